#include "workspacesnapshot.h"

#include "document.h"

namespace ArchBoard {

WorkspaceSnapshot::WorkspaceSnapshot(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &Document::valueChanged, this, [this](TableId table) { markDirty(table); });
    connect(document, &Document::rowsInserted, this, [this](TableId table) { markDirty(table); });
    connect(document, &Document::rowsRemoved, this, [this](TableId table) { markDirty(table); });
    connect(document, &Document::rowMoved, this, [this](TableId table) { markDirty(table); });
    // A new workspace (open, a scan or a reveal stored) is copied right away,
    // while the GUI is busy with it anyway, not on the first small edit after it.
    connect(document, &Document::workspaceReset, this, [this] {
        m_allDirty = true;
        if (!m_copy || m_copy.use_count() == 1)
            take();
    });
}

void WorkspaceSnapshot::markDirty(TableId table)
{
    if (table != TableId::Count)
        m_dirty[size_t(table)] = true;
}

std::shared_ptr<const Workspace> WorkspaceSnapshot::take()
{
    if (!m_document)
        return std::make_shared<const Workspace>();
    const Workspace &ws = m_document->workspace();
    if (!m_copy || m_copy.use_count() > 1 || m_allDirty) {
        m_copy = std::make_shared<Workspace>(ws);
        m_copiedTables = tableCount;
    } else {
        m_copiedTables = 0;
        for (TableId id : Schema::tables()) {
            if (!m_dirty[size_t(id)])
                continue;
            const TableSchema &table = Schema::table(id);
            table.clear(*m_copy);
            const int rows = table.rowCount(ws);
            table.reserve(*m_copy, rows);
            for (int r = 0; r < rows; ++r)
                table.copyRow(ws, r, *m_copy);
            ++m_copiedTables;
        }
    }
    m_dirty.fill(false);
    m_allDirty = false;
    return m_copy;
}

} // namespace ArchBoard
