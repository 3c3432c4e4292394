#include "analysis.h"

#include "document.h"

namespace ArchBoard {

Analysis::Analysis(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &Analysis::updated);
    connect(document, &Document::changed, &m_coalesce, qOverload<>(&QTimer::start));
    // A new workspace is shown at once, not a moment later.
    connect(document, &Document::workspaceReset, this, [this] {
        m_coalesce.stop();
        emit updated();
    });
}

Document *Analysis::document() const
{
    return m_document;
}

const SelectionResult &Analysis::selection()
{
    if (m_document && m_selectionRevision != m_document->revision()) {
        m_selection = Selection::compute(m_document->workspace());
        m_selectionRevision = m_document->revision();
    }
    return m_selection;
}

const ContextMapResult &Analysis::contextMap()
{
    if (m_document && m_contextMapRevision != m_document->revision()) {
        m_contextMap = ContextMap::analyse(m_document->workspace(), selection());
        m_contextMapRevision = m_document->revision();
    }
    return m_contextMap;
}

const FragmentationResult &Analysis::fragmentation()
{
    if (m_document && m_fragmentationRevision != m_document->revision()) {
        m_fragmentation = Fragmentation::analyse(m_document->workspace());
        m_fragmentationRevision = m_document->revision();
    }
    return m_fragmentation;
}

} // namespace ArchBoard
