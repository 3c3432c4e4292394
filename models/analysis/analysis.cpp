#include "analysis.h"

#include "document.h"
#include "latestrun.h"

namespace ArchBoard {

Analysis::Analysis(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_winRun(new LatestRun(this))
    , m_fragmentationRun(new LatestRun(this))
{
    connect(m_fragmentationRun, &LatestRun::finished, this, [this](quint64 key) {
        if (m_document && key == m_document->revision())
            emit fragmentationReady();
    });
    connect(m_winRun, &LatestRun::finished, this, [this](quint64 key) {
        if (key == m_selectionInputs)
            emit winProbabilitiesReady();
    });
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &Analysis::updated);
    connect(document, &Document::changed, &m_coalesce, qOverload<>(&QTimer::start));
    // A new workspace is shown at once, not a moment later.
    connect(document, &Document::workspaceReset, this, [this] {
        m_fragmentationRebuild = true;
        ++m_selectionInputs;
        m_coalesce.stop();
        emit updated();
    });
    connect(document, &Document::valueChanged, this, &Analysis::noteChange);
    auto rows = [this](TableId table) { noteChange(table, -1, -1); };
    connect(document, &Document::rowsInserted, this, rows);
    connect(document, &Document::rowsRemoved, this, rows);
    connect(document, &Document::rowMoved, this, rows);
}

void Analysis::noteChange(TableId table, int row, int field)
{
    switch (table) {
    case TableId::Workspace:
    case TableId::Candidates:
    case TableId::Criteria:
    case TableId::Measurements:
    case TableId::Tiers:
    case TableId::TierWeights:
    case TableId::TierThresholds:
    case TableId::Ratings:
        ++m_selectionInputs; // the win probabilities are out of date
        break;
    case TableId::Dependencies: {
        // A row's own figures change in place; a new name, ecosystem or
        // service (or added/removed rows) regroups.
        static const QList<int> inPlace = {Schema::field(&Dependency::version).index, Schema::field(&Dependency::resolved).index,
                                           Schema::field(&Dependency::scope).index, Schema::field(&Dependency::bundled).index,
                                           Schema::field(&Dependency::checksum).index, Schema::field(&Dependency::manifest).index};
        if (row >= 0 && inPlace.contains(field))
            m_fragmentationRows.push_back(row);
        else
            m_fragmentationRebuild = true;
        break;
    }
    case TableId::Services:
        m_fragmentationRebuild = true;
        break;
    case TableId::ServiceApis:
    case TableId::ApprovedProtocols:
    case TableId::FragmentationThresholds:
    case TableId::Relations:
    case TableId::Contexts:
        m_fragmentationMetrics = true;
        break;
    default:
        break;
    }
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

const WinProbabilities *Analysis::winProbabilities()
{
    if (!m_document)
        return nullptr;
    if (m_winRun->hasResult() && m_winRun->resultKey() == m_selectionInputs)
        return std::any_cast<WinProbabilities>(&m_winRun->result());
    if (m_winRequested != m_selectionInputs) {
        // Only what the selection engine reads goes to the worker: a copy of
        // the large workspace's dependency rows would cost the UI thread.
        const Workspace &ws = m_document->workspace();
        auto slim = std::make_shared<Workspace>();
        slim->info = ws.info;
        slim->candidates = ws.candidates;
        slim->criteria = ws.criteria;
        slim->measurements = ws.measurements;
        slim->tiers = ws.tiers;
        slim->tierWeights = ws.tierWeights;
        slim->tierThresholds = ws.tierThresholds;
        slim->ratings = ws.ratings;
        m_winRequested = m_selectionInputs;
        m_winRun->request(m_selectionInputs, [slim] { return std::any(Selection::winProbabilities(*slim)); });
    }
    return nullptr;
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
        const Workspace &ws = m_document->workspace();
        bool inPlace = !m_fragmentationRebuild;
        for (size_t i = 0; inPlace && i < m_fragmentationRows.size(); ++i)
            inPlace = m_fragmentation.updateDependency(ws, m_fragmentationRows[i]);
        if (!inPlace)
            m_fragmentation.rebuild(ws);
        else if (m_fragmentationMetrics)
            m_fragmentation.refreshMetrics(ws);
        m_fragmentationRebuild = false;
        m_fragmentationMetrics = false;
        m_fragmentationRows.clear();
        m_fragmentationRevision = m_document->revision();
    }
    return m_fragmentation.result();
}

std::shared_ptr<const FragmentationResult> Analysis::fragmentationFigures()
{
    if (!m_document)
        return {};
    const quint64 revision = m_document->revision();
    if (m_fragmentationRun->hasResult() && m_fragmentationRun->resultKey() == revision)
        return std::any_cast<std::shared_ptr<const FragmentationResult>>(m_fragmentationRun->result());
    const Workspace &ws = m_document->workspace();
    if (qsizetype(ws.dependencies.size()) < m_fragmentationBackgroundFrom)
        return std::make_shared<const FragmentationResult>(fragmentation());
    if (m_fragmentationRequested != revision) {
        // A result for a model that changed meanwhile is not shown: LatestRun runs the newest request next.
        auto snapshot = std::make_shared<const Workspace>(ws);
        m_fragmentationRequested = revision;
        m_fragmentationRun->request(revision, [snapshot] {
            return std::any(std::make_shared<const FragmentationResult>(Fragmentation::analyse(*snapshot)));
        });
    }
    return {};
}

bool Analysis::isComputingFragmentation() const
{
    return m_fragmentationRun->isRunning();
}

} // namespace ArchBoard
