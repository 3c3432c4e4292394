#pragma once

#include <QTableView>

namespace ArchBoard {

class WorkshopMatrixModel;

/**
 * Workshop mode's matrix: candidates × criteria, then score and rank, as a
 * heat map; a rated cell shows the current rater's score large beside the
 * room's aggregate, and the cursor's cell has a thick frame.
 */
class WorkshopMatrixView : public QTableView
{
    Q_OBJECT

public:
    WorkshopMatrixView(WorkshopMatrixModel *model, QWidget *parent);

    /// Sets the type sizes from the mode's \a base font.
    void applyFonts(const QFont &base);
    /// Criteria share the width; the view is as tall as its rows, at most \a maxHeight.
    void fitColumns(int maxHeight);

private:
    WorkshopMatrixModel *m_matrix;
};

} // namespace ArchBoard
