#include "workshopmatrix.h"

#include "workshopmatrixmodel.h"
#include "workshopstyle.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>

#include <algorithm>

namespace ArchBoard {

using namespace WorkshopStyle;

namespace {

/// The matrix cells: heat-map background, a rated cell's own score large with
/// the room's aggregate beside it, and a thick frame around the cursor.
class CellDelegate : public QStyledItemDelegate
{
public:
    CellDelegate(QTableView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        const QVariant background = index.data(Qt::BackgroundRole);
        painter->fillRect(option.rect, background.canConvert<QBrush>() ? background.value<QBrush>() : QBrush(kPanel));
        const QRect text = option.rect.adjusted(12, 0, -12, 0);
        // Heat-map cells are light (dark ink); score and rank sit on the dark panel.
        const QVariant foreground = index.data(Qt::ForegroundRole);
        const QColor ink = foreground.canConvert<QBrush>() ? foreground.value<QBrush>().color()
                           : background.isValid()          ? QColor(0x1e, 0x1e, 0x1e)
                                                           : kText;
        painter->setPen(ink);
        if (index.data(RatedRole).toBool()) {
            QFont big = option.font;
            big.setBold(true);
            big.setPointSizeF(option.font.pointSizeF() * 1.5);
            const QVariant own = index.data(RaterScoreRole);
            painter->setFont(big);
            painter->setPen(own.isValid() ? ink : QColor(0x70, 0x70, 0x70));
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, own.isValid() ? own.toString() : QStringLiteral("·"));
            painter->setFont(option.font);
            painter->setPen(ink);
            painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, index.data(AggregateTextRole).toString());
        } else {
            QFont font = option.font;
            const QVariant f = index.data(Qt::FontRole);
            if (f.canConvert<QFont>() && f.value<QFont>().bold())
                font.setBold(true);
            painter->setFont(font);
            painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());
        }
        if (index == m_view->currentIndex()) {
            // Yellow outside, black inside: visible on dark gaps and light cells alike.
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(kAccent, 6));
            painter->drawRect(option.rect.adjusted(3, 3, -3, -3));
            painter->setPen(QPen(Qt::black, 2));
            painter->drawRect(option.rect.adjusted(7, 7, -7, -7));
        }
        painter->restore();
    }

private:
    QTableView *m_view;
};

} // namespace

WorkshopMatrixView::WorkshopMatrixView(WorkshopMatrixModel *model, QWidget *parent)
    : QTableView(parent)
    , m_matrix(model)
{
    setObjectName(QStringLiteral("workshopMatrix"));
    setModel(model);
    setItemDelegate(new CellDelegate(this));
    // The window takes every key; the views only show.
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void WorkshopMatrixView::applyFonts(const QFont &base)
{
    horizontalHeader()->setFont(scaled(base, 0.85, true));
    verticalHeader()->setFont(scaled(base, 1.0, true));
    const int line = QFontMetrics(base).height();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(int(line * 2.2));
}

void WorkshopMatrixView::fitColumns(int maxHeight)
{
    // Criteria share the width left by score and rank; a column is never
    // narrower than its content (many criteria scroll sideways instead).
    QHeaderView *columns = horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    resizeColumnsToContents();
    const int pad = fontMetrics().averageCharWidth() * 3;
    const int criteria = m_matrix->scoreColumn();
    int used = 0;
    for (int c = 0; c < m_matrix->columnCount(); ++c) {
        columns->resizeSection(c, columns->sectionSize(c) + pad);
        used += columns->sectionSize(c);
    }
    const int room = viewport()->width() - used - 4;
    if (criteria > 0 && room > 0) {
        for (int c = 0; c < criteria; ++c)
            columns->resizeSection(c, columns->sectionSize(c) + room / criteria);
    }
    // The matrix is as tall as its rows (up to half the screen, then it
    // scrolls): the rest goes to the ranking and the sensitivity.
    const int frame = 2 * frameWidth();
    const int wide = used > viewport()->width() ? horizontalScrollBar()->sizeHint().height() : 0;
    const int content = columns->sizeHint().height() + verticalHeader()->length() + frame + wide;
    setFixedHeight(std::min(content, maxHeight));
}

} // namespace ArchBoard
