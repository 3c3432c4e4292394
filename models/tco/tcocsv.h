#pragma once

#include "tco.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace ArchBoard {

/// Everything the cost model shows of one scenario: what `archboard-cli tco`
/// prints and the GUI's Export CSV writes, computed by one function.
struct TcoAnalysis
{
    TcoInput input;               ///< with the what-if / --set values applied
    QStringList overridden;       ///< parameters that differ from the saved scenario
    TcoResult result;
    double sensitivityPct = 20.0;
    std::vector<TcoSensitivity> sensitivity;
    TcoUncertainty uncertainty;
    std::optional<double> baselineTotal; ///< the saved baseline's annual total
};

namespace Tco {

/// Lines, sensitivity (± \a pct) and Monte Carlo (\a runs, \a seed) of \a input.
TcoAnalysis analyse(const TcoInput &input, double pct, int runs, quint64 seed, std::optional<double> baselineTotal = std::nullopt,
                    const QStringList &overridden = {});

/**
 * The one CSV of a scenario (RFC 4180: UTF-8 with a byte-order mark so
 * spreadsheets read names right, CRLF, every text field inert through
 * csvField()). Sections, each with its own header row of stable keys and a
 * blank line between: the scenario (id, provider, overrides, refusal), the
 * lines per language with the engine's total, every line's formula with the
 * monthly bill and the P10/P50/P90, the uncertainty drivers, the
 * sensitivity table, the notes. Money has two decimals.
 * `archboard-cli tco --format csv` prints these bytes; the cost-model page
 * exports them.
 */
QByteArray csv(const TcoAnalysis &analysis, const Workspace &ws);

} // namespace Tco

} // namespace ArchBoard
