#pragma once

#include "schema.h"
#include "workspace.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <array>
#include <memory>

namespace ArchBoard {

class SetValueCommand;
class InsertRowCommand;
class RemoveRowCommand;
class MoveRowCommand;
class SwapWorkspaceCommand;

/// Whether consecutive edits of the same value may become one undo step.
enum class EditMerge {
    Separate, ///< a separate undo step (typing into a cell)
    Merge,    ///< merged with the previous edit of the same value (slider drag)
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
    /// Replaces the whole model with \a workspace as ONE undo step named
    /// \a text (a scan stored into the workspace: thousands of services and
    /// dependencies at once). Views reset as on open; undo swaps back.
    void applyWorkspace(std::unique_ptr<Workspace> workspace, const QString &text);

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

    void touch();
    void invalidateIndex(TableId table);
    bool failWith(const QString &message);
    bool normalizeRow(TableId table, const QVariantList &in, QVariantList *out);

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
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
