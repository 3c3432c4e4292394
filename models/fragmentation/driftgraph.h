#pragma once

#include "diagram.h"
#include "fragmentation.h"

#include <QString>

namespace ArchBoard {

struct Workspace;

/// How much of the dependency-drift graph is drawn.
struct DriftGraphLimits
{
    int dependencies = 10;        ///< the worst-drifting shared dependencies
    int services = 10;            ///< services drawn (more when the dependencies need one each)
    qsizetype labelledEdges = 30; ///< past this the edges carry no version labels (tooltips keep them)
};

/**
 * The dependency-drift graph as the Fragmentation page, `archboard-cli
 * export --diagrams` and the workshop report all draw it: the same
 * dependencies, services and edges everywhere.
 */
struct DriftGraph
{
    Diagram diagram;
    FragmentationResult selection; ///< the dependencies drawn, each with only the services drawn
    int dependenciesShown = 0;
    int dependenciesTotal = 0;
    int servicesShown = 0;
    int servicesTotal = 0; ///< services that use the dependencies drawn
    bool labelled = true;  ///< false when the edges carry no version labels

    /// One sentence saying what the graph shows of the whole ("The 10 worst of 40 …").
    QString note() const;
};

namespace Fragmentation {

/// The worst dependencies and the services furthest behind on them, for a
/// graph that stays readable with thousands of services: every dependency
/// keeps the service furthest behind on it, then the services most behind
/// over all of them fill up to \a maxServices. A chosen service keeps all
/// its edges. \a servicesTotal counts the services that use those dependencies.
FragmentationResult graphSelection(const FragmentationResult &result, int maxDependencies, int maxServices, int *servicesShown,
                                   int *servicesTotal);

/// The drift graph of \a result within \a limits.
DriftGraph driftGraphView(const Workspace &ws, const FragmentationResult &result, const DriftGraphLimits &limits = {});

} // namespace Fragmentation
} // namespace ArchBoard
