#include "reportdata.h"

#include "workspace.h"

namespace ArchBoard {

ReportData ReportData::compute(const Workspace &ws)
{
    ReportData d;
    d.selection = Selection::compute(ws);
    d.win = Selection::winProbabilities(ws);
    d.contextMap = ContextMap::analyse(ws, d.selection);
    d.fragmentation = Fragmentation::analyse(ws);
    d.baselineId = Tco::baselineScenario(ws);
    d.baselineTotal = Tco::baselineTotal(ws);
    for (const TcoScenario &sc : ws.scenarios) {
        const std::optional<TcoInput> in = Tco::input(ws, sc.id);
        if (!in)
            continue; // validation names what is missing
        const TcoResult result = Tco::compute(*in);
        d.scenarios.push_back({*in, result, Tco::sensitivity(*in, sc.sensitivityPct),
                               Tco::uncertainty(*in, sc.monteCarloRuns, quint64(sc.monteCarloSeed))});
    }
    return d;
}

} // namespace ArchBoard
