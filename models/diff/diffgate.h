#pragma once

#include "diffreport.h"
#include "fragmentation.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ArchBoard {

/// A condition under which `archboard-cli diff --fail-on` fails a CI job.
struct FailCondition
{
    enum class Kind {
        WinnerChanged, ///< `winner`: a tier's winner changed
        TcoRise,       ///< `tco-rise=PCT`: a scenario's annual total rose by more than PCT %
        RiskReached,   ///< `risk=LEVEL`: a fragmentation metric reached LEVEL (warning, high, severe) from below
        Findings,      ///< `findings`: a context-map finding appeared
        Stale,         ///< `stale`: a decision record became stale or superseded
    };
    Kind kind = Kind::WinnerChanged;
    double pct = 0;
    RiskLevel level = RiskLevel::High;
};

namespace DiffGate {

/// Parses `--fail-on` values (each may hold several, comma-separated).
/// Returns false with a message naming the bad value.
bool parse(const QStringList &specs, std::vector<FailCondition> *conditions, QString *error);
/// One line per condition that \a comparison meets, saying why; empty when none does.
QStringList check(const std::vector<FailCondition> &conditions, const WorkspaceComparison &comparison);

} // namespace DiffGate

} // namespace ArchBoard
