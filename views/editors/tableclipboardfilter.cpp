#include "tableclipboardfilter.h"

#include "document.h"
#include "tableclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QTableView>

#include <algorithm>

namespace ArchBoard {

TableClipboardFilter::TableClipboardFilter(QTableView *view, Document *document)
    : QObject(view)
    , m_view(view)
    , m_document(document)
{
    view->installEventFilter(this);
}

bool TableClipboardFilter::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is being edited its editor has the focus and the keys: they copy and paste text there.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            paste(QApplication::clipboard()->text());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void TableClipboardFilter::copySelection()
{
    QModelIndexList cells = m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells << m_view->currentIndex();
    if (cells.isEmpty())
        return;
    QApplication::clipboard()->setText(TableClipboard::copy(*m_view->model(), cells));
    emit status(tr("%n cell(s) copied.", nullptr, int(cells.size())));
}

int TableClipboardFilter::paste(const QString &text)
{
    QAbstractItemModel *model = m_view->model();
    const QList<QStringList> rows = TableClipboard::parse(text);
    if (!model || !m_document || rows.isEmpty())
        return 0;
    if (m_document->isReadOnly()) {
        emit status(tr("The workspace is open read-only; nothing pasted."));
        return 0;
    }
    QModelIndexList selection = m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList();
    QModelIndex topLeft = m_view->currentIndex();
    if (!selection.isEmpty()) {
        // From the selection's top-left cell, wherever the cursor is within it.
        topLeft = *std::min_element(selection.begin(), selection.end(), [](const QModelIndex &a, const QModelIndex &b) {
            return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
        });
        const int left = std::min_element(selection.begin(), selection.end(), [](const QModelIndex &a, const QModelIndex &b) {
                             return a.column() < b.column();
                         })->column();
        topLeft = topLeft.siblingAtColumn(left);
    }
    if (!topLeft.isValid()) {
        emit status(tr("Select the cell to paste into first."));
        return 0;
    }
    int cells = 0;
    for (const QStringList &r : rows)
        cells += int(r.size());
    EditScope edit(m_document, tr("Paste %n cell(s)", nullptr, cells));
    const TableClipboard::PasteResult result
        = TableClipboard::paste(model, topLeft, rows, selection, [doc = m_document] { return doc ? doc->errorString() : QString(); });
    edit.commit();

    QStringList message;
    message << tr("%n cell(s) pasted.", nullptr, result.pasted);
    if (!result.refused.isEmpty()) {
        QStringList shown = result.refused.mid(0, 3);
        if (result.refused.size() > 3)
            shown << tr("and %n more", nullptr, int(result.refused.size()) - 3);
        message << tr("Refused: %1.").arg(shown.join(QStringLiteral("; ")));
    }
    if (result.readOnly > 0)
        message << tr("%n cell(s) are computed or not editable here and were left as they were.", nullptr, result.readOnly);
    if (result.outside > 0)
        message << tr("%n cell(s) fell beyond the table's last row or column.", nullptr, result.outside);
    emit status(message.join(u' '));
    return result.pasted;
}

} // namespace ArchBoard
