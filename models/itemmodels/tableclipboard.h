#pragma once

#include <QList>
#include <QModelIndexList>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;

namespace ArchBoard {

/**
 * Ranges of cells to and from the clipboard as spreadsheets exchange them
 * (LibreOffice Calc, Excel, Google Sheets): rows end with a line break, cells
 * are separated by tabs, and a cell holding a tab, a line break or a quote is
 * quoted with `"` (a quote inside doubled). Widget-free: the views bind it to
 * Ctrl+C / Ctrl+V (TableClipboardFilter) and wrap a paste in one undo step.
 */
namespace TableClipboard {

/// The rows and cells of \a text; a trailing line break ends the last row.
QList<QStringList> parse(const QString &text);

/// The rectangle spanning \a cells as tab-separated text: each cell's edit
/// value (else its display text), cells inside the rectangle that are not in
/// \a cells left empty. Empty for no cells.
QString copy(const QAbstractItemModel &model, const QModelIndexList &cells);

struct PasteResult
{
    int pasted = 0;       ///< cells the model took
    int outside = 0;      ///< cells beyond the table's last row or column
    int readOnly = 0;     ///< cells the model does not edit (computed columns, rated criteria)
    QStringList refused;  ///< "“Rust” · “Cold start”: “abc” (why)" for each value the model refused
};

/**
 * Writes \a rows into \a model cell by cell with setData(EditRole), the
 * first at \a topLeft. One value and a \a selection of several cells fills
 * every selected cell, as spreadsheets do. Empty text clears a cell.
 * \a reason, when given, says why the model refused the last value.
 */
PasteResult paste(QAbstractItemModel *model, const QModelIndex &topLeft, const QList<QStringList> &rows,
                  const QModelIndexList &selection = {}, const std::function<QString()> &reason = {});

} // namespace TableClipboard
} // namespace ArchBoard
