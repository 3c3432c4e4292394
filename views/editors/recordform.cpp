#include "recordform.h"

#include "document.h"
#include "fieldeditor.h"
#include "tablemodel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ArchBoard {

RecordForm::RecordForm(Document *document, TableId table, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(table)
{
    auto *outer = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Select a row to see all of its fields."), this);
    m_empty->setEnabled(false);
    outer->addWidget(m_empty);
    auto *holder = new QWidget(this);
    m_layout = new QFormLayout(holder);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addWidget(holder);
    outer->addStretch();

    connect(document, &Document::valueChanged, this, [this](TableId t, int row, int field) {
        if (t == m_table && row == m_row)
            refresh(field);
        else if (refersTo(t))
            rebuild(); // reference choices and units may have changed
    });
    auto structural = [this](TableId t) {
        if (t == m_table) {
            const int n = m_document->rowCount(m_table);
            setRow(m_row < n ? m_row : -1);
        } else if (refersTo(t)) {
            rebuild();
        }
    };
    connect(document, &Document::rowsRemoved, this, structural);
    connect(document, &Document::rowsInserted, this, structural);
    connect(document, &Document::rowMoved, this, structural);
    connect(document, &Document::workspaceReset, this, [this] { setRow(Schema::table(m_table).isSingleton() ? 0 : -1); });
    connect(document, &Document::readOnlyChanged, this, [this] { rebuild(); });
    if (Schema::table(table).isSingleton())
        setRow(0);
    else
        rebuild();
}

bool RecordForm::refersTo(TableId table) const
{
    // Choices of a reference field and units (TableModel::unitFor) come from the referenced tables only.
    const TableSchema &ts = Schema::table(m_table);
    for (int f = 0; f < ts.fieldCount(); ++f) {
        const FieldDef &def = ts.field(f);
        if (def.refTable == table || (def.type == FieldType::ElementRef && Schema::linkKindForTable(table) >= 0))
            return true;
    }
    return false;
}

void RecordForm::setRow(int row)
{
    m_row = row;
    rebuild();
}

void RecordForm::rebuild()
{
    m_editors.clear(); // first: editors losing focus while deleted must not commit
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    const bool valid = m_document && m_row >= 0 && m_row < m_document->rowCount(m_table);
    m_empty->setVisible(!valid);
    if (!valid)
        return;
    const TableSchema &ts = Schema::table(m_table);
    for (int f = 0; f < ts.fieldCount(); ++f) {
        const FieldDef &def = ts.field(f);
        const QString unit = TableModel::unitFor(m_document, m_table, m_row, f);
        QWidget *editor = FieldEditor::create(this, m_document, m_table, m_row, f, unit);
        editor->setObjectName(QString::fromLatin1(def.key));
        editor->setEnabled(!m_document->isReadOnly() && !(def.flags & ReadOnly));
        FieldEditor::setValue(editor, m_document->value(m_table, m_row, f));
        FieldEditor::onCommit(editor, this, [this, f] { commit(f); });
        auto *label = new QLabel(def.translatedLabel() + u':', this);
        label->setToolTip(def.translatedTip());
        m_layout->addRow(label, editor);
        m_editors.append(editor);
    }
}

void RecordForm::refresh(int field)
{
    if (m_row < 0 || m_editors.isEmpty())
        return;
    for (int f = 0; f < m_editors.size(); ++f) {
        if (field >= 0 && f != field)
            continue;
        QWidget *editor = m_editors.at(f);
        if (editor->hasFocus() && field < 0)
            continue;
        const QVariant value = m_document->value(m_table, m_row, f);
        if (FieldEditor::value(editor) == value)
            continue; // a commit of the text being typed: leave the cursor where it is
        const QSignalBlocker block(editor);
        FieldEditor::setValue(editor, value);
    }
}

void RecordForm::commit(int field)
{
    if (!m_document || m_row < 0 || field >= m_editors.size())
        return;
    QWidget *editor = m_editors.at(field);
    const QVariant value = FieldEditor::value(editor);
    if (!m_document->setValue(m_table, m_row, field, value)) {
        emit editRefused(m_document->errorString());
        const QSignalBlocker block(editor);
        FieldEditor::setValue(editor, m_document->value(m_table, m_row, field));
    }
}

} // namespace ArchBoard
