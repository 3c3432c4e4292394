#include "historymodel.h"

#include "document.h"

#include <QFont>

namespace ArchBoard {

HistoryModel::HistoryModel(Document *document, const QString &emptyLabel, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_emptyLabel(emptyLabel)
{
    // Steps are few and change one at a time; a reset keeps this simple and exact.
    connect(document, &Document::historyChanged, this, [this] {
        beginResetModel();
        endResetModel();
        emit currentRowChanged(currentRow());
    });
    connect(document, &Document::workspaceReset, this, [this] {
        beginResetModel();
        endResetModel();
        emit currentRowChanged(currentRow());
    });
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->historyCount() + 1;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document || index.row() >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return index.row() == 0 ? m_emptyLabel : m_document->historyText(index.row() - 1);
    if (role == Qt::FontRole && index.row() == currentRow()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

int HistoryModel::currentRow() const
{
    return m_document ? m_document->historyIndex() : 0;
}

void HistoryModel::setCurrentRow(int row)
{
    if (m_document && row >= 0 && row < rowCount() && row != currentRow())
        m_document->setHistoryIndex(row);
}

} // namespace ArchBoard
