#include "commands.h"

#include "document.h"

#include <QCoreApplication>

namespace ArchBoard {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

SetValueCommand::SetValueCommand(Document *document, TableId table, int row, int field, QVariant newValue,
                                 bool mergeable, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_table(table)
    , m_row(row)
    , m_field(field)
    , m_oldValue(document->value(table, row, field))
    , m_newValue(std::move(newValue))
    , m_mergeable(mergeable)
{
    const TableSchema &schema = Schema::table(table);
    if (schema.isSingleton()) {
        setText(Text::tr("Change %1").arg(schema.field(field).translatedLabel()));
    } else {
        setText(Text::tr("Change %1 of %2 “%3”")
                    .arg(schema.field(field).translatedLabel(), schema.rowTitle(),
                         document->displayName(table, row)));
    }
}

void SetValueCommand::undo()
{
    m_document->applyValue(m_table, m_row, m_field, m_oldValue);
}

void SetValueCommand::redo()
{
    m_document->applyValue(m_table, m_row, m_field, m_newValue);
}

int SetValueCommand::id() const
{
    return m_mergeable ? int(CommandId::SetValue) : -1;
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetValueCommand *>(other);
    if (!o->m_mergeable || o->m_document != m_document || o->m_table != m_table || o->m_row != m_row
        || o->m_field != m_field)
        return false;
    m_newValue = o->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

InsertRowCommand::InsertRowCommand(Document *document, TableId table, int row, QVariantList values,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_table(table)
    , m_row(row)
    , m_values(std::move(values))
{
    setText(Text::tr("Add %1").arg(Schema::table(table).rowTitle()));
}

void InsertRowCommand::undo()
{
    m_document->applyRemove(m_table, m_row);
}

void InsertRowCommand::redo()
{
    m_document->applyInsert(m_table, m_row, m_values);
}

RemoveRowCommand::RemoveRowCommand(Document *document, TableId table, int row, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_table(table)
    , m_row(row)
{
    setText(Text::tr("Remove %1 “%2”").arg(Schema::table(table).rowTitle(), document->displayName(table, row)));
}

void RemoveRowCommand::undo()
{
    m_document->applyInsert(m_table, m_row, m_removed);
    m_removed.clear();
}

void RemoveRowCommand::redo()
{
    m_removed = m_document->applyRemove(m_table, m_row);
}

MoveRowCommand::MoveRowCommand(Document *document, TableId table, int from, int to, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_table(table)
    , m_from(from)
    , m_to(to)
{
    setText(Text::tr("Move %1 “%2”").arg(Schema::table(table).rowTitle(), document->displayName(table, from)));
}

void MoveRowCommand::undo()
{
    m_document->applyMove(m_table, m_to, m_from);
}

void MoveRowCommand::redo()
{
    m_document->applyMove(m_table, m_from, m_to);
}

SwapWorkspaceCommand::SwapWorkspaceCommand(Document *document, std::unique_ptr<Workspace> other, const QString &text)
    : m_document(document)
    , m_other(std::move(other))
{
    setText(text);
}

void SwapWorkspaceCommand::undo()
{
    m_document->swapWorkspace(m_other);
}

void SwapWorkspaceCommand::redo()
{
    m_document->swapWorkspace(m_other);
}

EditGroupCommand::EditGroupCommand(const QString &text)
    : QUndoCommand(text)
{
}

void EditGroupCommand::add(std::unique_ptr<QUndoCommand> step)
{
    if (step->isObsolete())
        return; // changed nothing
    m_changed = true;
    if (!m_steps.empty()) {
        QUndoCommand *last = m_steps.back().get();
        if (last->id() != -1 && last->id() == step->id() && last->mergeWith(step.get())) {
            if (last->isObsolete())
                m_steps.pop_back(); // back where it started (a drag returned)
            return;
        }
    }
    m_steps.push_back(std::move(step));
}

void EditGroupCommand::undo()
{
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
        (*it)->undo();
}

void EditGroupCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    for (const auto &step : m_steps)
        step->redo();
}

} // namespace ArchBoard
