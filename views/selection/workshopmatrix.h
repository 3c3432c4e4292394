#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTransposeProxyModel;

namespace ArchBoard {

class WorkshopHeader;
class WorkshopMatrixModel;

/**
 * Workshop mode's matrix for the projector: one row per criterion, one column
 * per shortlisted candidate, as a heat map; a rated cell shows the current
 * rater's score large beside the room's aggregate, and the cursor's cell has a
 * thick frame. Criterion and candidate names wrap, never elide. Under the
 * criteria, always shown, every candidate's score and rank; when the criteria
 * do not fit the height they scroll, a line says which ones are shown
 * ("Criteria 1–9 of 40"), and the cursor's criterion is always in view.
 */
class WorkshopMatrix : public QWidget
{
    Q_OBJECT

public:
    WorkshopMatrix(WorkshopMatrixModel *model, QWidget *parent);

    /// The criteria × candidates (scrolls vertically).
    QTableView *criteriaView() const { return m_body; }
    /// Score and rank × candidates, under the criteria.
    QTableView *totalsView() const { return m_totals; }
    /// "Criteria 1–9 of 40 …", empty when every criterion is shown.
    QString pageText() const;
    /// The views' index of a model cell (shortlisted candidate, criterion or score/rank column).
    QModelIndex viewIndex(int candidate, int criterion) const;

    /// Puts the cursor on a cell and scrolls its criterion into view.
    void setCursor(int candidate, int criterion);
    /// Scrolls the criteria so that \a criterion is the first shown (as far as they go).
    void showFromTop(int criterion);
    /// The criterion a page down (\a pages > 0) or up from the criteria shown lands on.
    int pageTarget(int pages) const;
    /// Sets the type sizes from the mode's \a base font and lays the matrix out again.
    void applyFonts(const QFont &base);
    /// Lays the matrix out again: column widths, wrapped heights, what fits.
    void relayout();

signals:
    /// A cell was clicked: model row (candidate) and column (criterion).
    void cellClicked(int candidate, int criterion);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayoutLater();
    void updatePageLabel();
    int lastFullyShown() const;
    int rowHeightFor(QTableView *view, WorkshopHeader *header, int row, int labelWidth, int minimum) const;

    WorkshopMatrixModel *m_model;
    QTransposeProxyModel *m_proxy;
    QTableView *m_body;
    QTableView *m_totals;
    WorkshopHeader *m_criteria;
    WorkshopHeader *m_candidates;
    WorkshopHeader *m_totalsLabels;
    QLabel *m_page;
    int m_candidate = -1;
    int m_criterion = -1;
    bool m_relayoutQueued = false;
};

} // namespace ArchBoard
