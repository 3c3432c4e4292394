#pragma once

#include <QHeaderView>
#include <QStyledItemDelegate>

class QPainter;

namespace ArchBoard {

/**
 * Text as workshop mode shows it to the room: never elided, wrapped at word
 * boundaries and, inside a word too long for the line or in Chinese (which has
 * no spaces), anywhere (QTextOption::WrapAtWordBoundaryOrAnywhere).
 */
namespace WorkshopText {

/// Height of \a text laid out in \a width with \a font, one line spacing a line ("\n" starts a line).
int wrappedHeight(const QString &text, const QFont &font, int width);
/// Widest line of \a text unwrapped.
int naturalWidth(const QString &text, const QFont &font);
/// Draws \a text wrapped in \a rect, aligned by \a align (horizontal and vertical flags).
void drawWrapped(QPainter *painter, const QRect &rect, Qt::Alignment align, const QString &text);

} // namespace WorkshopText

/**
 * A header whose labels wrap instead of eliding: a section's size hint is the
 * height its label needs in the section's width (or, vertical, in the header's
 * width). The section of the cursor's cell is drawn in the signal colour.
 */
class WorkshopHeader : public QHeaderView
{
    Q_OBJECT

public:
    WorkshopHeader(Qt::Orientation orientation, QWidget *parent);

    /// Space between a label and its section's edges, on each side.
    int padding() const;
    /// The height the label of \a section needs in \a width (the section's or the header's).
    int labelHeight(int section, int width) const;
    /// The width the label of \a section needs on one line (each of its lines), padding included.
    int naturalWidth(int section) const;
    /// Marks \a section as the cursor's (-1: none).
    void setCurrentSection(int section);
    int currentSection() const { return m_current; }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QString label(int section) const;

    int m_current = -1;
};

/// Item text that wraps instead of eliding; the row's height follows it (resizeRowsToContents).
class WorkshopTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WorkshopTextDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Space between the text and the cell's edges, on each side.
    int padding() const;

private:
    QAbstractItemView *m_view;
};

} // namespace ArchBoard
