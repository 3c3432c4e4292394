#include "workshopmatrix.h"

#include "workshopmatrixmodel.h"
#include "workshopstyle.h"
#include "workshoptable.h"

#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QTableView>
#include <QTransposeProxyModel>

#include <algorithm>

namespace ArchBoard {

using namespace WorkshopStyle;

namespace {

constexpr int kCellPad = 12;
constexpr int kGap = 8;

/// The matrix cells: heat-map background, a rated cell's own score large with
/// the room's aggregate beside it (wrapped when the column is narrow), and a
/// thick frame around the cursor.
class CellDelegate : public QStyledItemDelegate
{
public:
    CellDelegate(QTableView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    static QFont bigFont(const QFont &font)
    {
        QFont big = font;
        big.setBold(true);
        big.setPointSizeF(font.pointSizeF() * 1.5);
        return big;
    }

    /// The room's aggregate beside the score: smaller, it is the second thing read.
    static QFont aggregateFont(const QFont &font)
    {
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.85);
        return small;
    }

    /// The width the big score takes in a rated cell.
    static int scoreWidth(const QFont &font) { return QFontMetrics(bigFont(font)).horizontalAdvance(QStringLiteral("5")) + kCellPad; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        const QVariant background = index.data(Qt::BackgroundRole);
        painter->fillRect(option.rect, background.canConvert<QBrush>() ? background.value<QBrush>() : QBrush(kPanel));
        const QRect text = option.rect.adjusted(kCellPad, kCellPad / 2, -kCellPad, -kCellPad / 2);
        // Heat-map cells are light (dark ink); score and rank sit on the dark panel.
        const QVariant foreground = index.data(Qt::ForegroundRole);
        const QColor ink = foreground.canConvert<QBrush>() ? foreground.value<QBrush>().color()
                           : background.isValid()          ? QColor(0x1e, 0x1e, 0x1e)
                                                           : kText;
        painter->setPen(ink);
        if (index.data(RatedRole).toBool()) {
            const QVariant own = index.data(RaterScoreRole);
            painter->setFont(bigFont(option.font));
            painter->setPen(own.isValid() ? ink : QColor(0x70, 0x70, 0x70));
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, own.isValid() ? own.toString() : QStringLiteral("·"));
            painter->setFont(aggregateFont(option.font));
            painter->setPen(ink);
            WorkshopText::drawWrapped(painter, text.adjusted(scoreWidth(option.font), 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
                                      index.data(AggregateTextRole).toString());
        } else {
            QFont font = option.font;
            const QVariant f = index.data(Qt::FontRole);
            if (f.canConvert<QFont>() && f.value<QFont>().bold())
                font.setBold(true);
            painter->setFont(font);
            WorkshopText::drawWrapped(painter, text, Qt::AlignRight | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());
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

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = m_view->columnWidth(index.column()) - 2 * kCellPad;
        int height = 0;
        if (index.data(RatedRole).toBool()) {
            height = std::max(QFontMetrics(bigFont(option.font)).height(),
                              WorkshopText::wrappedHeight(index.data(AggregateTextRole).toString(), aggregateFont(option.font), width - scoreWidth(option.font)));
        } else {
            QFont font = option.font;
            const QVariant f = index.data(Qt::FontRole);
            if (f.canConvert<QFont>() && f.value<QFont>().bold())
                font.setBold(true);
            height = WorkshopText::wrappedHeight(index.data(Qt::DisplayRole).toString(), font, width);
        }
        return {width + 2 * kCellPad, height + kCellPad};
    }

private:
    QTableView *m_view;
};

QTableView *gridView(QWidget *parent, QAbstractItemModel *model, WorkshopHeader *rows, WorkshopHeader *columns)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setVerticalHeader(rows);
    view->setHorizontalHeader(columns);
    view->setItemDelegate(new CellDelegate(view));
    // The window takes every key; the views only show.
    view->setFocusPolicy(Qt::NoFocus);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    rows->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    return view;
}

} // namespace

WorkshopMatrix::WorkshopMatrix(WorkshopMatrixModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QTransposeProxyModel(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Criteria down, candidates across: many criteria scroll, a board has few candidates.
    m_proxy->setSourceModel(model);
    m_criteria = new WorkshopHeader(Qt::Vertical, this);
    m_candidates = new WorkshopHeader(Qt::Horizontal, this);
    m_body = gridView(this, m_proxy, m_criteria, m_candidates);
    m_body->setObjectName(QStringLiteral("workshopMatrix"));
    m_totalsLabels = new WorkshopHeader(Qt::Vertical, this);
    m_totals = gridView(this, m_proxy, m_totalsLabels, new WorkshopHeader(Qt::Horizontal, this));
    m_totals->setObjectName(QStringLiteral("workshopTotals"));
    m_totals->horizontalHeader()->hide();
    m_page = new QLabel(this);
    m_page->setObjectName(QStringLiteral("workshopCriteriaPage"));
    m_page->setWordWrap(true);
    QPalette muted = m_page->palette();
    muted.setColor(QPalette::WindowText, kMuted);
    m_page->setPalette(muted);
    m_page->hide();

    connect(m_body, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            emit cellClicked(source.row(), source.column());
    });
    connect(m_body->verticalScrollBar(), &QScrollBar::valueChanged, this, &WorkshopMatrix::updatePageLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WorkshopMatrix::relayout);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &WorkshopMatrix::relayoutLater);
    connect(m_proxy, &QAbstractItemModel::headerDataChanged, this, &WorkshopMatrix::relayoutLater);
}

QModelIndex WorkshopMatrix::viewIndex(int candidate, int criterion) const
{
    return m_proxy->mapFromSource(m_model->index(candidate, criterion));
}

void WorkshopMatrix::setCursor(int candidate, int criterion)
{
    m_candidate = candidate;
    m_criterion = criterion;
    const QModelIndex index = viewIndex(candidate, criterion);
    m_body->setCurrentIndex(index);
    m_criteria->setCurrentSection(index.isValid() ? index.row() : -1);
    m_candidates->setCurrentSection(index.isValid() ? index.column() : -1);
    if (index.isValid())
        m_body->scrollTo(index);
    m_body->viewport()->update();
    updatePageLabel();
}

void WorkshopMatrix::showFromTop(int criterion)
{
    const QModelIndex index = viewIndex(std::max(0, m_candidate), criterion);
    if (index.isValid())
        m_body->scrollTo(index, QAbstractItemView::PositionAtTop);
    updatePageLabel();
}

int WorkshopMatrix::lastFullyShown() const
{
    const int criteria = m_model->scoreColumn();
    const int first = std::max(0, m_body->rowAt(0));
    int last = first;
    for (int r = first; r < criteria; ++r) {
        if (m_body->rowViewportPosition(r) + m_body->rowHeight(r) > m_body->viewport()->height())
            break;
        last = r;
    }
    return last;
}

int WorkshopMatrix::pageTarget(int pages) const
{
    const int criteria = m_model->scoreColumn();
    if (criteria <= 0)
        return 0;
    const int first = std::max(0, m_body->rowAt(0));
    const int shown = lastFullyShown() - first + 1;
    return std::clamp(first + pages * shown, 0, criteria - 1);
}

QString WorkshopMatrix::pageText() const
{
    return m_page->isHidden() ? QString() : m_page->text();
}

void WorkshopMatrix::updatePageLabel()
{
    const int criteria = m_model->scoreColumn();
    const int first = std::max(0, m_body->rowAt(0));
    const int last = lastFullyShown();
    const bool all = criteria == 0 || (first == 0 && last >= criteria - 1);
    m_page->setText(all ? QString() : tr("Criteria %1–%2 of %3 · PgUp / PgDn: the other criteria").arg(first + 1).arg(last + 1).arg(criteria));
}

void WorkshopMatrix::applyFonts(const QFont &base)
{
    m_candidates->setFont(scaled(base, 1.0, true));
    m_criteria->setFont(scaled(base, 0.95, true));
    m_totalsLabels->setFont(scaled(base, 1.0, true));
    m_totals->setFont(scaled(base, 1.15, false));
    m_page->setFont(scaled(base, 0.85, false));
    relayout();
}

void WorkshopMatrix::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WorkshopMatrix::relayoutLater()
{
    if (m_relayoutQueued)
        return;
    m_relayoutQueued = true;
    QMetaObject::invokeMethod(this, &WorkshopMatrix::relayout, Qt::QueuedConnection);
}

int WorkshopMatrix::rowHeightFor(QTableView *view, WorkshopHeader *header, int row, int labelWidth, int minimum) const
{
    int height = std::max(minimum, header->labelHeight(row, labelWidth));
    QStyleOptionViewItem option;
    option.font = view->font();
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        height = std::max(height, view->itemDelegate()->sizeHint(option, m_proxy->index(row, c)).height());
    return height;
}

void WorkshopMatrix::relayout()
{
    m_relayoutQueued = false;
    const int criteria = m_model->scoreColumn();
    const int rows = m_proxy->rowCount(); // the criteria, then score and rank
    const int candidates = m_proxy->columnCount();
    for (int r = 0; r < rows; ++r) {
        m_body->setRowHidden(r, r >= criteria);
        m_totals->setRowHidden(r, r < criteria);
    }
    const int frame = 2 * m_body->frameWidth();
    const int inner = std::max(1, width() - frame);

    // The criterion names take what they need up to a third of the width
    // (a quarter with many candidates), then wrap; the candidates share the rest.
    int natural = 0;
    for (int r = 0; r < rows; ++r) {
        WorkshopHeader *header = r < criteria ? m_criteria : m_totalsLabels;
        natural = std::max(natural, header->naturalWidth(r));
    }
    const int minimum = std::min(inner / 2, m_criteria->fontMetrics().averageCharWidth() * 10);
    const int labelWidth = std::max(minimum, std::min(natural, int(inner * (candidates > 6 ? 0.24 : 0.3))));
    m_criteria->setFixedWidth(labelWidth);
    m_totalsLabels->setFixedWidth(labelWidth);
    const int across = inner - labelWidth;
    const int line = QFontMetrics(font()).height();
    int headerHeight = line;
    for (int c = 0; c < candidates; ++c) {
        const int w = across / candidates + (c < across % candidates ? 1 : 0);
        m_body->setColumnWidth(c, w);
        m_totals->setColumnWidth(c, w);
        headerHeight = std::max(headerHeight, m_candidates->labelHeight(c, w));
    }
    m_candidates->setFixedHeight(headerHeight);

    QList<int> heights;
    int content = frame + headerHeight;
    for (int r = 0; r < criteria; ++r) {
        heights << rowHeightFor(m_body, m_criteria, r, labelWidth, int(line * 2.2));
        content += heights.back();
    }
    int totalsHeight = frame;
    for (int r = criteria; r < rows; ++r) {
        const int h = rowHeightFor(m_totals, m_totalsLabels, r, labelWidth, int(QFontMetrics(m_totals->font()).height() * 1.8));
        m_totals->setRowHeight(r, h);
        totalsHeight += h;
    }

    // The totals are always shown; the criteria get the rest of the height.
    // Few criteria grow (up to twice their height) into it; many scroll.
    int available = height() - totalsHeight - kGap;
    const bool paged = content > available;
    m_page->setVisible(paged);
    const int pageHeight = paged ? m_page->heightForWidth(width()) : 0;
    if (paged)
        available -= pageHeight + kGap;
    if (!paged && criteria > 0) {
        const int extra = (available - content) / criteria;
        for (int &h : heights) {
            const int grow = std::min(extra, h);
            h += grow;
            content += grow;
        }
    }
    for (int r = 0; r < criteria; ++r)
        m_body->setRowHeight(r, heights[r]);
    const int bodyHeight = std::max(0, std::min(content, available));
    m_body->setGeometry(0, 0, width(), bodyHeight);
    m_totals->setGeometry(0, bodyHeight + kGap, width(), totalsHeight);
    m_page->setGeometry(0, bodyHeight + kGap + totalsHeight + kGap, width(), pageHeight);
    const QModelIndex current = m_body->currentIndex();
    if (current.isValid())
        m_body->scrollTo(current);
    updatePageLabel();
}

} // namespace ArchBoard
