#pragma once

#include "livevoting.h"

#include <QFont>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ArchBoard {

/**
 * The projector's live-voting panel: the QR code, the URL and join code (and
 * the TLS fingerprint), who has joined and how many cells each has scored —
 * never a score — with Approve for a second device asking for a taken name,
 * and Reveal, Another round and Close voting. After a reveal it lists the
 * cells the raters disagree on, widest spread first.
 */
class VotingPanel : public QWidget
{
    Q_OBJECT

public:
    VotingPanel(LiveVoting *voting, QWidget *parent = nullptr);

    QLabel *qrLabel() const { return m_qr; }
    QTableWidget *progressTable() const { return m_progress; }
    QString joinCodeText() const;
    QString summaryText() const;
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *nextRoundButton() const { return m_next; }
    QPushButton *closeButton() const { return m_close; }
    /// The panel's type size relative to the desktop's (follows workshop mode's).
    void setScale(double scale);

private:
    void onOpened();
    void onStatus(const VotingStatus &status);
    void fitProgressColumns(int cells);
    void onRevealed(const RevealSummary &summary);

    QPointer<LiveVoting> m_voting;
    QLabel *m_heading;
    QLabel *m_qr;
    QLabel *m_url;
    QLabel *m_code;
    QLabel *m_fingerprint;
    QTableWidget *m_progress;
    QLabel *m_summary;
    QPushButton *m_reveal;
    QPushButton *m_next;
    QPushButton *m_close;
    double m_scale = 1.0;
    int m_fittedCells = -1; ///< what the progress columns were last sized for
    QFont m_fittedFont;
};

} // namespace ArchBoard
