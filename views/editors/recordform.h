#pragma once

#include "schema.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace ArchBoard {

class Document;

/**
 * A form with every field of one row: the place for long texts (decision
 * records, descriptions, sources). Edits go through the Document facade when
 * an editor loses focus or a choice is made; the form follows undo/redo.
 */
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    RecordForm(Document *document, TableId table, QWidget *parent = nullptr);

    void setRow(int row);
    int row() const { return m_row; }

signals:
    void editRefused(const QString &message);

private:
    void rebuild();
    bool refersTo(TableId table) const;
    void refresh(int field = -1);
    void commit(int field);

    QPointer<Document> m_document;
    TableId m_table;
    int m_row = -1;
    QFormLayout *m_layout;
    QLabel *m_empty;
    QList<QWidget *> m_editors;
};

} // namespace ArchBoard
