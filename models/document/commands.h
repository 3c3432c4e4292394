#pragma once

#include <memory>
#include <vector>

#include "schema.h"

#include <QUndoCommand>
#include <QVariant>

namespace ArchBoard {

class Document;

/// Ids for QUndoCommand::id(); only commands with an id can merge.
enum class CommandId { SetValue = 1 };

/// Changes one value; swaps old and new on undo/redo. Merges with the next
/// SetValueCommand of the same value when created with merging allowed (a
/// slider drag is one step) and becomes obsolete when the merge returns to
/// the original value.
class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(Document *document, TableId table, int row, int field, QVariant newValue,
                    bool mergeable, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    TableId m_table;
    int m_row;
    int m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    bool m_mergeable;
};

/// Inserts one row with the given values; undo removes it again.
class InsertRowCommand : public QUndoCommand
{
public:
    InsertRowCommand(Document *document, TableId table, int row, QVariantList values,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    TableId m_table;
    int m_row;
    QVariantList m_values;
};

/// Removes one row. While the row is removed, its values belong to this
/// command (and only to it); undo puts them back at the same index.
class RemoveRowCommand : public QUndoCommand
{
public:
    RemoveRowCommand(Document *document, TableId table, int row, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    TableId m_table;
    int m_row;
    QVariantList m_removed;
};

/// Moves one row of an ordered table (decision rules are evaluated in order).
class MoveRowCommand : public QUndoCommand
{
public:
    MoveRowCommand(Document *document, TableId table, int from, int to, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    TableId m_table;
    int m_from;
    int m_to;
};

/// Several edits as one undo step (Document::beginEdit() … commitEdit()). The
/// steps are applied as they are added; the group owns them. Repeated edits of
/// one value merge, and an edit merged back to where it started is dropped.
class EditGroupCommand : public QUndoCommand
{
public:
    explicit EditGroupCommand(const QString &text);

    /// Takes \a step, which has been applied already.
    void add(std::unique_ptr<QUndoCommand> step);
    bool isEmpty() const { return m_steps.empty(); }
    /// True once any step changed the workspace, even if later steps undid it.
    bool changedAnything() const { return m_changed; }

    void undo() override;
    void redo() override;
    /// The next redo() does nothing: QUndoStack::push() calls it, and the
    /// steps were applied as they came.
    void skipNextRedo() { m_skipRedo = true; }

private:
    std::vector<std::unique_ptr<QUndoCommand>> m_steps;
    bool m_skipRedo = false;
    bool m_changed = false;
};

/// Swaps the whole workspace (one undo step for a bulk change such as a scan).
class SwapWorkspaceCommand : public QUndoCommand
{
public:
    SwapWorkspaceCommand(Document *document, std::unique_ptr<Workspace> other, const QString &text);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    std::unique_ptr<Workspace> m_other;
};

} // namespace ArchBoard
