#pragma once

#include "tcocomparison.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ArchBoard {

struct Workspace;

/**
 * Any two TCO scenarios side by side (the TCO page's "Compare two" tab):
 * annual and horizon totals and every cost line, with the difference. The
 * figures are Tco::compare() of the engine's results; the scenario on the
 * page enters with its what-if values.
 */
class ScenarioComparison : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioComparison(QWidget *parent = nullptr);

    /// Shows the comparison for the chosen pair; \a current / \a currentResult
    /// is the scenario on the page as it is shown there (what-if values applied).
    void refresh(const Workspace &ws, const QString &current, const TcoResult &currentResult, bool whatIf);

    QComboBox *scenarioA() const { return m_a; }
    QComboBox *scenarioB() const { return m_b; }
    QTableWidget *table() const { return m_table; }
    /// The comparison on screen; nullopt when fewer than one scenario exists.
    const std::optional<TcoComparison> &comparison() const { return m_comparison; }

signals:
    /// The user chose another pair: the page calls refresh() again.
    void pairChanged();

private:
    void fillCombo(QComboBox *combo, const Workspace &ws, const QString &fallback);

    QComboBox *m_a;
    QComboBox *m_b;
    QLabel *m_summary;
    QTableWidget *m_table;
    std::optional<TcoComparison> m_comparison;
    bool m_chosen = false; ///< the user picked a pair: keep it while scenarios change
};

} // namespace ArchBoard
