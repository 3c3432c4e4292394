#pragma once

#include "contextmap.h"
#include "fragmentation.h"
#include "schema.h"
#include "selection.h"
#include "winprobability.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace ArchBoard {

class Document;
class LatestRun;

/**
 * The engines' results for the open document. Results are computed when
 * asked for and kept until the document changes; changes made in one go
 * (a cascading removal, a macro) are announced once, as updated().
 */
class Analysis : public QObject
{
    Q_OBJECT

public:
    explicit Analysis(Document *document, QObject *parent = nullptr);

    Document *document() const;
    /// The selection engine's result for the current model.
    const SelectionResult &selection();
    /// The context map's findings and protocol consistency.
    const ContextMapResult &contextMap();
    /// Shared-dependency drift and the fragmentation metrics with their risk levels.
    const FragmentationResult &fragmentation();
    /// The same figures to keep (shared), or null while a worker computes
    /// them: under fragmentationBackgroundFrom() dependencies they come at once
    /// (fragmentation(), kept up to date row by row); from there on
    /// Fragmentation::analyse runs on a worker over a copy (hundreds of
    /// milliseconds for 120 000 dependencies) and fragmentationReady() follows.
    std::shared_ptr<const FragmentationResult> fragmentationFigures();
    static constexpr qsizetype kFragmentationBackgroundFrom = 10000;
    void setFragmentationBackgroundFrom(qsizetype dependencies) { m_fragmentationBackgroundFrom = dependencies; }
    /// A worker is computing the fragmentation figures.
    bool isComputingFragmentation() const;
    /// The win probabilities of every tier for the current model, or null
    /// while they are computed: the first call after a change starts the run
    /// on a worker (never on the caller's thread) and winProbabilitiesReady()
    /// follows when it is done.
    const WinProbabilities *winProbabilities();

signals:
    /// The model changed; views that show results fetch them again.
    void updated();
    /// winProbabilities() has the figures for the current model.
    void winProbabilitiesReady();
    /// fragmentationFigures() has the figures for the current model.
    void fragmentationReady();

private:
    QPointer<Document> m_document;
    QTimer m_coalesce;
    SelectionResult m_selection;
    quint64 m_selectionRevision = ~quint64(0);
    ContextMapResult m_contextMap;
    quint64 m_contextMapRevision = ~quint64(0);
    // The fragmentation metrics are kept up to date row by row where they can be.
    Fragmentation::FragmentationIndex m_fragmentation;
    quint64 m_fragmentationRevision = ~quint64(0);
    bool m_fragmentationRebuild = true;  ///< rows added, removed or regrouped: everything again
    bool m_fragmentationMetrics = false; ///< thresholds, protocols, relations changed: metrics again
    std::vector<int> m_fragmentationRows; ///< dependency rows edited in place since
    void noteChange(TableId table, int row, int field);
    LatestRun *m_winRun;
    LatestRun *m_fragmentationRun;
    quint64 m_fragmentationRequested = ~quint64(0);
    qsizetype m_fragmentationBackgroundFrom = kFragmentationBackgroundFrom;
    quint64 m_selectionInputs = 1; ///< counts the changes of what the selection engine reads
    quint64 m_winRequested = 0;
};

} // namespace ArchBoard
