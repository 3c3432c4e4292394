#include "workshoptable.h"

#include "workshopstyle.h"

#include <QPainter>
#include <QTableView>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace ArchBoard {

namespace WorkshopText {

namespace {

/// Lays \a text out in \a width and calls \a visit(line, paragraph layout) for every line.
template <typename Visit>
void forEachLine(const QString &text, const QFont &font, int width, Visit &&visit)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        QTextLayout layout(paragraph, font);
        layout.setTextOption(option);
        layout.beginLayout();
        QList<QTextLine> lines;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(1, width));
            line.setPosition(QPointF(0, 0));
            lines << line;
        }
        layout.endLayout();
        for (const QTextLine &line : std::as_const(lines))
            visit(line);
    }
}

} // namespace

namespace {

/// A line's height: the font's line spacing, or more where a fallback font (Chinese) is taller.
qreal lineHeight(const QTextLine &line, int spacing)
{
    return std::max<qreal>(line.height(), spacing);
}

} // namespace

int wrappedHeight(const QString &text, const QFont &font, int width)
{
    const int spacing = QFontMetrics(font).lineSpacing();
    qreal height = 0;
    forEachLine(text, font, width, [&](const QTextLine &line) { height += lineHeight(line, spacing); });
    // Never less than Qt's own measure of the wrapped text: no line is ever cut.
    const int measured = QFontMetrics(font).boundingRect(QRect(0, 0, std::max(1, width), 1 << 20), Qt::TextWordWrap | Qt::TextWrapAnywhere, text).height();
    return std::max({spacing, int(std::ceil(height)), measured});
}

int naturalWidth(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

void drawWrapped(QPainter *painter, const QRect &rect, Qt::Alignment align, const QString &text)
{
    const QFont font = painter->font();
    const int spacing = QFontMetrics(font).lineSpacing();
    const int height = wrappedHeight(text, font, rect.width());
    qreal y = rect.top();
    if (align & Qt::AlignBottom)
        y = rect.bottom() + 1 - height;
    else if (align & Qt::AlignVCenter)
        y = rect.top() + (rect.height() - height) / 2.0;
    forEachLine(text, font, rect.width(), [&](const QTextLine &line) {
        const qreal free = rect.width() - line.naturalTextWidth();
        qreal x = rect.left();
        if (align & Qt::AlignRight)
            x += free;
        else if (align & Qt::AlignHCenter)
            x += free / 2.0;
        line.draw(painter, QPointF(x, y));
        y += lineHeight(line, spacing);
    });
}

} // namespace WorkshopText

WorkshopHeader::WorkshopHeader(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setHighlightSections(false);
    setSectionsClickable(false);
    // Widths and heights come from the labels and the room left, not the style's minimum.
    setMinimumSectionSize(8);
    setDefaultAlignment(orientation == Qt::Horizontal ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
}

int WorkshopHeader::padding() const
{
    return std::max(4, fontMetrics().averageCharWidth());
}

QString WorkshopHeader::label(int section) const
{
    return model() ? model()->headerData(section, orientation(), Qt::DisplayRole).toString() : QString();
}

int WorkshopHeader::labelHeight(int section, int width) const
{
    return WorkshopText::wrappedHeight(label(section), font(), width - 2 * padding()) + padding();
}

int WorkshopHeader::naturalWidth(int section) const
{
    return WorkshopText::naturalWidth(label(section), font()) + 2 * padding();
}

void WorkshopHeader::setCurrentSection(int section)
{
    if (section == m_current)
        return;
    m_current = section;
    viewport()->update();
}

void WorkshopHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    painter->save();
    painter->fillRect(rect, palette().color(QPalette::Button));
    painter->setPen(palette().color(QPalette::Mid));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->drawLine(rect.topRight(), rect.bottomRight());
    painter->setFont(font());
    painter->setPen(logicalIndex == m_current ? WorkshopStyle::kAccent : palette().color(QPalette::ButtonText));
    const int pad = padding();
    WorkshopText::drawWrapped(painter, rect.adjusted(pad, pad / 2, -pad, -pad / 2), defaultAlignment(), label(logicalIndex));
    painter->restore();
}

QSize WorkshopHeader::sectionSizeFromContents(int logicalIndex) const
{
    const int across = orientation() == Qt::Horizontal ? sectionSize(logicalIndex) : width();
    return {naturalWidth(logicalIndex), labelHeight(logicalIndex, across)};
}

WorkshopTextDelegate::WorkshopTextDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

int WorkshopTextDelegate::padding() const
{
    return std::max(4, m_view->fontMetrics().averageCharWidth() / 2);
}

void WorkshopTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    if (opt.backgroundBrush.style() != Qt::NoBrush)
        painter->fillRect(opt.rect, opt.backgroundBrush);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(QPalette::Text));
    const int pad = padding();
    WorkshopText::drawWrapped(painter, opt.rect.adjusted(pad, pad / 2, -pad, -pad / 2), opt.displayAlignment, opt.text);
    painter->restore();
}

QSize WorkshopTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto *table = qobject_cast<const QTableView *>(m_view);
    const int width = table ? table->columnWidth(index.column()) : opt.rect.width();
    const int pad = padding();
    return {WorkshopText::naturalWidth(opt.text, opt.font) + 2 * pad, WorkshopText::wrappedHeight(opt.text, opt.font, width - 2 * pad) + pad};
}

} // namespace ArchBoard
