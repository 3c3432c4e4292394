#pragma once

#include "schema.h"
#include "workspace.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <array>
#include <memory>
#include <vector>

namespace ArchBoard {

class SetValueCommand;
class InsertRowCommand;
class RemoveRowCommand;
class MoveRowCommand;
class SwapWorkspaceCommand;
class EditGroupCommand;

/// One value of a field for Document::upsertRow().
struct FieldValue
{
    FieldRef field;
    QVariant value;
};

/// What a copy made by Document::duplicateRow() gets instead of the original's values.
struct DuplicateEdits
{
    /// A child row of the copy (a scenario's functions of one language, …): the rows of
    /// \c table that belong to the copy and match every \c match value get \c values;
    /// when none matches, one is added with the parent, \c match and \c values.
    struct Child
    {
        TableId table = TableId::Count;
        QHash<int, QVariant> match;
        QHash<int, QVariant> values;
    };
    QString name;                 ///< the copy's name; empty: "… (copy)"
    QHash<int, QVariant> values;  ///< field → value of the copy itself
    QList<Child> children;
};

/// Whether consecutive edits of the same value may become one undo step.
enum class EditMerge {
    Separate, ///< a separate undo step (typing into a cell)
    Merge,    ///< merged with the previous edit of the same value (slider drag)
};

class Document;

/**
 * Keeps a Document edit group open for a scope: commit() records it, leaving
 * the scope without commit() reverts it (an import that fails half-way).
 */
class EditScope
{
public:
    EditScope(Document *document, const QString &text);
    ~EditScope();
    EditScope(const EditScope &) = delete;
    EditScope &operator=(const EditScope &) = delete;
    void commit();

private:
    Document *m_document;
    bool m_open = true;
};

/**
 * The open workspace: owns the model and its undo stack, knows its file, and
 * announces every change with typed signals. Views edit only through the
 * facade methods below; each call becomes one undo command (or none when it
 * would change nothing).
 */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~Document() override;

    const Workspace &workspace() const { return *m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    /// Unsaved changes: the undo stack is away from its clean state, or the
    /// content did not come from the file (imported, recovered).
    bool isModified() const;
    /// Marks the current state as saved.
    void setClean();
    /// Asks the views to commit an edit in progress (text still being typed
    /// in a field) before the model is read for a save, autosave, export or close.
    void commitPendingEdits();
    /// Marks the document as changed although no command was pushed (recovered or imported content).
    void setUnsavedContent(bool unsaved);
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    /// Replaces the whole model (New, Open); clears the undo history.
    void resetWorkspace(std::unique_ptr<Workspace> workspace);

    /// Grows by one with every change; engines use it to cache results.
    quint64 revision() const { return m_revision; }

    // --- facade: every successful call pushes exactly one undo step --------

    /// Sets one value. Returns false (and sets errorString()) when the value
    /// cannot be converted to the field's type, is out of range, or would
    /// break a unique id; returns true without a command when nothing changes.
    /// Changing an id also updates every reference to it, in the same step.
    bool setValue(TableId table, int row, int field, const QVariant &value, EditMerge merge = EditMerge::Separate);
    /// Appends a row with default values overridden by \a presets (field → value);
    /// a missing id is generated from the name. Returns the new row or -1.
    int addRow(TableId table, const QHash<int, QVariant> &presets = {});
    /// Inserts a row with complete values at \a row. Returns false on invalid values.
    bool insertRow(TableId table, int row, const QVariantList &values);
    /// Removes rows together with the rows that belong to them (measurements of
    /// a candidate, …) and clears references to them, as one undo step.
    bool removeRows(TableId table, QList<int> rows);
    bool moveRow(TableId table, int from, int to);
    /// Copies a row with a new id and name ("… (copy)") right after it, with
    /// the rows that belong to it (a scenario's functions, cost lines and
    /// ranges; a tier's weights, …), as one undo step. A copied scenario is
    /// never the baseline. Returns the new row or -1.
    int duplicateRow(TableId table, int row);
    /// duplicateRow() with \a edits applied to the copy and its rows, still one undo
    /// step (a what-if kept as a new scenario). Invalid values undo everything.
    int duplicateRow(TableId table, int row, const DuplicateEdits &edits);
    /// Replaces the whole model with \a workspace as ONE undo step named
    /// \a text (a scan stored into the workspace: thousands of services and
    /// dependencies at once). Views reset as on open; undo swaps back.
    /// Returns false (nothing changed) when the document is read-only or \a workspace is null.
    bool applyWorkspace(std::unique_ptr<Workspace> workspace, const QString &text);

    /// setValue() with the field named by its member: `setValue(r, Schema::field(&TierWeight::weight), 0.3)`.
    bool setValue(int row, FieldRef field, const QVariant &value, EditMerge merge = EditMerge::Separate)
    {
        return setValue(field.table, row, field.index, value, merge);
    }
    /// Finds the row whose \a key fields hold the given values and sets \a
    /// values on it, or adds a row with the key and the values when there is
    /// none (a weight of a tier for a criterion, a rater's score for a cell):
    /// one undo step. Every field must belong to one table. Returns the row, or
    /// -1 (errorString()) when a value is refused; nothing is changed then.
    int upsertRow(const QList<FieldValue> &key, const QList<FieldValue> &values, EditMerge merge = EditMerge::Separate);
    /// The row whose \a key fields hold the given values, or -1.
    int findRow(const QList<FieldValue> &key) const;

    // --- edit groups ---------------------------------------------------------

    /// Starts a group: the edits until commitEdit() become ONE undo step named
    /// \a text (a slider drag, keeping what-if values, an import). Each edit
    /// applies at once, so views follow live; repeated edits of one value
    /// merge, and a value dragged back to where it started leaves nothing.
    /// Groups nest: an inner group becomes one part of the outer one.
    void beginEdit(const QString &text);
    /// Ends the innermost group and records it as one step (none when its edits
    /// cancelled out).
    void commitEdit();
    /// Ends the innermost group by reverting its edits: no undo or redo step remains.
    void rollbackEdit();
    /// Whether a group is open.
    bool isEditing() const { return !m_groups.empty(); }

    // --- history: views use these, never the undo stack itself ---------------

    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    /// Undoes the last step (an open group is committed first).
    void undo();
    void redo();
    /// Steps in the history and the position in it (0: before the first step).
    int historyCount() const;
    int historyIndex() const;
    QString historyText(int index) const;
    /// Undoes or redoes up to position \a index.
    void setHistoryIndex(int index);

    QString errorString() const { return m_errorString; }

    // --- lookups ------------------------------------------------------------

    int rowCount(TableId table) const;
    QVariant value(TableId table, int row, int field) const;
    /// Row with id \a id, or -1. Uses an index rebuilt lazily after structural changes.
    int rowOfId(TableId table, const QString &id) const;
    /// How a row is named to a user: its name (or title), else its id, else "Table #n".
    QString displayName(TableId table, int row) const;
    /// Display name of the element \a id of \a table, or the id marked as unknown.
    QString referenceName(TableId table, const QString &id) const;
    /// A fresh id for a row of \a table based on \a name.
    QString uniqueId(TableId table, const QString &name) const;

signals:
    void valueChanged(ArchBoard::TableId table, int row, int field);
    void rowsAboutToBeInserted(ArchBoard::TableId table, int first, int last);
    void rowsInserted(ArchBoard::TableId table, int first, int last);
    void rowsAboutToBeRemoved(ArchBoard::TableId table, int first, int last);
    void rowsRemoved(ArchBoard::TableId table, int first, int last);
    void rowAboutToBeMoved(ArchBoard::TableId table, int from, int to);
    void rowMoved(ArchBoard::TableId table, int from, int to);
    void aboutToReset();
    void workspaceReset();
    /// Any change of the model at all (after the specific signal).
    void changed();
    void modifiedChanged(bool modified);
    /// The undo history changed: a step was done, undone or redone.
    void historyChanged();
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);
    void undoTextChanged(const QString &text);
    void redoTextChanged(const QString &text);
    void fileNameChanged(const QString &fileName);
    void readOnlyChanged(bool readOnly);
    /// commitPendingEdits() was called: the view with the focused editor commits it now.
    void pendingEditsRequested();

private:
    friend class SetValueCommand;
    friend class InsertRowCommand;
    friend class RemoveRowCommand;
    friend class MoveRowCommand;
    friend class SwapWorkspaceCommand;
    void swapWorkspace(std::unique_ptr<Workspace> &other);

    // Raw mutators used by the commands; they emit the signals.
    void applyValue(TableId table, int row, int field, const QVariant &value);
    void applyInsert(TableId table, int row, const QVariantList &values);
    QVariantList applyRemove(TableId table, int row);
    void applyMove(TableId table, int from, int to);

    /// Records \a command: on the undo stack, or in the open group (applied at once).
    void push(QUndoCommand *command);
    void touch();
    void invalidateIndex(TableId table);
    bool failWith(const QString &message);
    bool normalizeRow(TableId table, const QVariantList &in, QVariantList *out);

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
    std::vector<std::unique_ptr<EditGroupCommand>> m_groups; ///< open edit groups, innermost last
    QString m_fileName;
    QString m_errorString;
    bool m_readOnly = false;
    bool m_unsavedContent = false;
    bool m_lastModified = false;
    quint64 m_revision = 0;
    mutable std::array<QHash<QString, int>, tableCount> m_idIndex;
    mutable std::array<bool, tableCount> m_idIndexValid{};
};

} // namespace ArchBoard
