#pragma once

#include <QStyledItemDelegate>

namespace ArchBoard {

class TableModel;

/// Edits cells of a TableModel (possibly behind a proxy) with FieldEditor's
/// editors; Delete on a cell clears an optional value.
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    FieldDelegate(TableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    TableModel *m_model;
};

} // namespace ArchBoard
