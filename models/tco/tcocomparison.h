#pragma once

#include "tco.h"

#include <QString>

#include <optional>
#include <vector>

namespace ArchBoard {

/// One cost line of two TCO results side by side.
struct TcoLineDelta
{
    QString language;     ///< candidate id; empty for a shared custom line
    QString languageName; ///< as the results name it
    QString line;         ///< the key of Tco::costLines() ("compute_usd", …), or "custom_usd" as Tco::lines() names the custom lines
    QString custom;       ///< the custom line's name (line == "custom_usd"): compared one by one
    std::optional<double> aUsd; ///< missing: the line is not in A (the language has no functions there)
    std::optional<double> bUsd;
    double delta() const { return bUsd.value_or(0.0) - aUsd.value_or(0.0); }
    bool moved() const;   ///< differs by more than half a cent, or exists on one side only
};

/// Two TCO results compared line by line: annual and horizon totals, and every line of either.
struct TcoComparison
{
    QString scenarioA;
    QString scenarioB;
    double annualA = 0;
    double annualB = 0;
    double horizonA = 0; ///< cumulative cost at the end of A's horizon
    double horizonB = 0;
    int horizonYearsA = 1;
    int horizonYearsB = 1;
    std::vector<TcoLineDelta> lines; ///< languages of A then those only in B; lines in engine order, shared lines last
    double annualDelta() const { return annualB - annualA; }
    double horizonDelta() const { return horizonB - horizonA; }
    /// B's annual total against A's in %; nullopt when A's is 0.
    std::optional<double> annualChangePct() const;
    std::optional<double> horizonChangePct() const;
    /// The lines that moved, largest change first.
    std::vector<TcoLineDelta> movedLines() const;
};

namespace Tco {

/// Compares two results of the engine (two scenarios, or one scenario in two
/// versions of a workspace). Pure; the figures are the results' own.
TcoComparison compare(const TcoResult &a, const TcoResult &b);

/// The line's name as Tco::lineNames() gives it ("Platform overhead", …,
/// translated), or the custom line's own name.
QString lineLabel(const TcoLineDelta &line);

} // namespace Tco

} // namespace ArchBoard
