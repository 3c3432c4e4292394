#pragma once

#include "schema.h"
#include "workspace.h"

#include <QObject>
#include <QPointer>

#include <array>
#include <memory>

namespace ArchBoard {

class Document;

/**
 * Read-only copies of a Document's workspace for work on another thread
 * (validation of the Problems list, …), kept up to date table by table: a
 * snapshot taken after a rater joined a live vote copies the raters, not the
 * tens of thousands of dependency rows of a large workspace.
 */
class WorkspaceSnapshot : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSnapshot(Document *document, QObject *parent = nullptr);

    /// The workspace as it is now. The copy is shared with the caller and
    /// never changes while anyone else holds it: a snapshot still in use
    /// (a worker is reading it) makes the next take() a full copy, as does a
    /// workspace reset (that copy is made at the reset).
    std::shared_ptr<const Workspace> take();
    /// Tables copied by the last take(); tableCount when it copied everything (tests).
    int copiedTables() const { return m_copiedTables; }

private:
    void markDirty(TableId table);

    QPointer<Document> m_document;
    std::shared_ptr<Workspace> m_copy;
    std::array<bool, tableCount> m_dirty{};
    bool m_allDirty = true;
    int m_copiedTables = 0;
};

} // namespace ArchBoard
