#pragma once

#include <QObject>
#include <QPointer>

class QTableView;

namespace ArchBoard {

class Document;

/**
 * Ctrl+C and Ctrl+V on a table view, range by range, the way a spreadsheet
 * hands them over: Ctrl+C copies the selected cells as tab-separated rows,
 * Ctrl+V writes the clipboard's rows from the current cell on (one value over
 * a selection fills it). A paste is one undo step; what the table refused
 * (a value out of range, a computed cell, a cell beyond the last row) is said
 * in status() with the row and column, never dropped silently.
 */
class TableClipboardFilter : public QObject
{
    Q_OBJECT

public:
    /// Installs itself on \a view (and is owned by it).
    TableClipboardFilter(QTableView *view, Document *document);

    void copySelection();
    /// Pastes \a text (tab-separated rows); returns how many cells changed.
    int paste(const QString &text);

signals:
    void status(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    QPointer<Document> m_document;
};

} // namespace ArchBoard
