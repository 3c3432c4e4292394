#pragma once

#include "livevoting.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;

namespace ArchBoard {

struct Workspace;

/**
 * Open voting: the tier, which cells (all shortlisted candidates × the tier's
 * rated criteria, or a chosen subset), the network interface and port the
 * server binds to (the LAN address by default, never all interfaces unasked),
 * and whether to use TLS.
 */
class OpenVotingDialog : public QDialog
{
    Q_OBJECT

public:
    OpenVotingDialog(const Workspace &ws, const QString &tier, QWidget *parent = nullptr);

    VotingBallot ballot() const;
    LiveVoting::Options options() const;

    QComboBox *tierCombo() const { return m_tier; }
    QListWidget *candidateList() const { return m_candidates; }
    QListWidget *criterionList() const { return m_criteria; }
    QComboBox *addressCombo() const { return m_address; }

private:
    void fillCells();
    void updateOk();

    const Workspace &m_ws;
    QComboBox *m_tier;
    QListWidget *m_candidates;
    QListWidget *m_criteria;
    QComboBox *m_address;
    QSpinBox *m_port;
    QCheckBox *m_tls;
};

} // namespace ArchBoard
