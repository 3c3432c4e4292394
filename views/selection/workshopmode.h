#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QTableView;
class QTableWidget;

namespace ArchBoard {

class Analysis;
class LiveVoting;
class VotingPanel;
class WorkshopKeys;
class WorkshopMatrixModel;
class WorkshopMatrix;
class WorkshopResults;

/**
 * Workshop mode: the selection matrix, the tier's ranking and its
 * sensitivity on one full-screen page for the projector, in large
 * high-contrast type, driven from the keyboard alone.
 *
 * The matrix runs criteria down and candidates across, every name wrapped
 * (never elided); under the criteria every candidate's score and rank stay in
 * view, and criteria that do not fit the height scroll (PgUp / PgDn, Home /
 * End), the cursor's always in view.
 *
 * Keys: arrows move the cell cursor (↑ ↓ criterion, ← → candidate); 1–5 set the current rater's score of
 * the cell and 0 / Delete clears it (rated criteria only; each one undo
 * step); Ctrl+Z / Ctrl+Shift+Z undo and redo; Tab / Shift+Tab or ] / [
 * switch rater; T / Shift+T the next / previous tier; Ctrl+= / Ctrl+- / Ctrl+0
 * the type size; ? or F1 the key overview; D records the decision (leaves
 * the mode and emits recordDecisionRequested()); V opens live voting for the
 * tier (emits openVotingRequested(); while voting is open V shows or hides
 * its panel), R reveals, N opens another round, Shift+V closes voting; Esc leaves.
 */
class WorkshopMode : public QWidget
{
    Q_OBJECT

public:
    /// A top-level window (also when \a parent is given: it is only the owner).
    explicit WorkshopMode(Analysis *analysis, QWidget *parent = nullptr);

    /// Shows the mode full screen, or in a normal window when \a windowed (tests, a second screen).
    void present(bool windowed = false);

    /// Shows \a voting's projector panel beside the matrix while voting is open.
    void setVoting(LiveVoting *voting);
    VotingPanel *votingPanel() const { return m_votingPanel; }

    QString tier() const { return m_tier; }
    void setTier(const QString &tier);
    QString rater() const { return m_rater; }
    void setRater(const QString &rater);
    /// The cell under the cursor: row = shortlisted candidate, column = criterion (of matrixModel()).
    int cursorRow() const { return m_row; }
    int cursorColumn() const { return m_column; }
    void setCursor(int row, int column);

    /// Type size relative to the desktop's (1.6 by default).
    double fontScale() const { return m_scale; }
    void setFontScale(double scale);

    /// The criteria × candidates (a view of matrixModel() transposed); viewIndex() maps a model cell to it.
    QTableView *matrixView() const;
    QModelIndex viewIndex(int candidate, int criterion) const;
    /// Every candidate's score and rank, under the criteria.
    QTableView *totalsView() const;
    /// What part of the criteria is shown ("Criteria 1–9 of 40 …"); empty when all are.
    QString criteriaPageText() const;
    WorkshopMatrixModel *matrixModel() const { return m_matrix; }
    QTableWidget *rankingView() const;
    QTableWidget *sensitivityView() const;
    /// The winner line above the ranking, as shown.
    QString winnerText() const;
    QString headerText() const;
    /// The status line (the last key's outcome).
    QString statusText() const;
    bool keysShown() const;

signals:
    /// D was pressed: the board wants a decision record drafted for \a tierId.
    void recordDecisionRequested(const QString &tierId);
    /// V was pressed with no voting open: the board wants to vote on \a tierId.
    void openVotingRequested(const QString &tierId);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void refreshHeader();
    void onUpdated();
    void applyFonts();
    void applyPalette();
    void moveCursor(int candidates, int criteria);
    void moveCursorTo(int candidate, int criterion);
    QModelIndex cursorIndex() const;
    void score(std::optional<int> value);
    void stepRater(int step);
    void stepTier(int step);
    void undo(bool redo);
    void recordDecision();
    void votingKey(int key, bool shift);
    void showKeys(bool shown);
    void setStatus(const QString &message);
    void clampCursor();

    QPointer<Analysis> m_analysis;
    WorkshopMatrixModel *m_matrix;
    QString m_tier;
    QString m_rater;
    int m_row = 0;
    int m_column = 0;
    double m_scale = 1.6;
    bool m_stale = false; ///< the model changed while hidden

    QLabel *m_title;
    QLabel *m_tierLabel;
    QLabel *m_raterLabel;
    WorkshopMatrix *m_grid;
    WorkshopResults *m_results;
    QLabel *m_status;
    QLabel *m_hint;
    WorkshopKeys *m_keys; ///< the key overview, over everything
    QPointer<LiveVoting> m_voting;
    VotingPanel *m_votingPanel = nullptr;
    QHBoxLayout *m_body = nullptr;
};

} // namespace ArchBoard
