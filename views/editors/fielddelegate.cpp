#include "fielddelegate.h"

#include "fieldeditor.h"
#include "tablemodel.h"

#include <QAbstractProxyModel>
#include <QPlainTextEdit>

namespace ArchBoard {

namespace {
/// The TableModel row behind \a index, through any proxies.
QModelIndex sourceIndex(const QModelIndex &index)
{
    QModelIndex i = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(i.model()))
        i = proxy->mapToSource(i);
    return i;
}
} // namespace

FieldDelegate::FieldDelegate(TableModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QModelIndex src = sourceIndex(index);
    QWidget *editor = FieldEditor::create(parent, m_model->document(), m_model->table(), src.row(), src.column(),
                                          src.data(UnitRole).toString());
    editor->setAutoFillBackground(true);
    return editor;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    FieldEditor::setValue(editor, index.data(Qt::EditRole));
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, FieldEditor::value(editor), Qt::EditRole);
}

void FieldDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QRect r = option.rect;
    if (qobject_cast<QPlainTextEdit *>(editor))
        r.setHeight(std::max(r.height(), 90));
    editor->setGeometry(r);
}

} // namespace ArchBoard
