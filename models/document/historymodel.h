#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace ArchBoard {

class Document;

/**
 * The document's undo history as a list for the History dock: row 0 is the
 * state the workspace was opened in (\a emptyLabel), row n the state after the
 * n-th step. currentRow() is where the document is; setCurrentRow() undoes or
 * redoes up to there.
 */
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit HistoryModel(Document *document, const QString &emptyLabel, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int currentRow() const;
    void setCurrentRow(int row);

signals:
    /// The document moved in its history (a step done, undone or redone).
    void currentRowChanged(int row);

private:
    QPointer<Document> m_document;
    QString m_emptyLabel;
};

} // namespace ArchBoard
