#pragma once

#include "contextmap.h"
#include "fragmentation.h"
#include "selection.h"
#include "tco.h"
#include "winprobability.h"

#include <optional>
#include <vector>

namespace ArchBoard {

struct Workspace;

/**
 * Every engine figure a report shows, computed once: the JSON and Markdown
 * summary (reportjson) and the HTML/PDF report (WorkshopReport) are written
 * from one ReportData, so they cannot disagree.
 */
struct ReportData
{
    SelectionResult selection;
    WinProbabilities win;
    ContextMapResult contextMap;
    FragmentationResult fragmentation;

    /// One TCO scenario that could be computed (in the workspace's order).
    struct Scenario
    {
        TcoInput input;
        TcoResult result;
        std::vector<TcoSensitivity> sensitivity; ///< at the scenario's own ±%
        TcoUncertainty uncertainty;              ///< its Monte Carlo runs and seed
    };
    std::vector<Scenario> scenarios;
    QString baselineId;                 ///< empty when no scenario is the baseline
    std::optional<double> baselineTotal; ///< the baseline's annual total, when it can be computed

    /// Runs the engines on \a workspace.
    static ReportData compute(const Workspace &workspace);
};

} // namespace ArchBoard
