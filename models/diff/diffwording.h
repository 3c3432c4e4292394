#pragma once

#include "diffreport.h"

#include <QString>

#include <functional>

namespace ArchBoard {

/// The sentences the text and Markdown forms of a diff share. Text from the
/// workspaces goes through \c quote (as is for a terminal, an inert code span
/// for Markdown); everything else is ours.
namespace DiffWording {

using Quote = std::function<QString(const QString &)>;

/// The one-line summary (WorkspaceDiff::summary()) with \a quote around workspace text.
QString summary(const WorkspaceComparison &comparison, const Quote &quote);
/// "tier_weights[gold / cold-start]": where an element is.
QString elementPath(const ElementChange &change);
/// One line per changed field, or one line for an added, removed or moved element (no sign).
QStringList changeLines(const WorkspaceComparison &comparison, const ElementChange &change, const Quote &quote);
/// "+", "−", "~" or "↕".
QString sign(const ElementChange &change, const FieldChange *field = nullptr);
/// "Gold: winner Rust → Java (stable → fragile)", "Gold: new tier, winner Java".
QString tierLine(const TierConsequence &tier, const Quote &quote);
/// "1. Java 72.4 % (was 2., 68.1 %)" for a candidate after the change; before-only candidates say they left.
QStringList rankingLines(const TierConsequence &tier, const Quote &quote);
/// "Baseline: 12 000.00 USD → 14 160.00 USD per year (+18.0 %); 36 000.00 USD → … over 3 years".
QString scenarioLine(const TcoConsequence &scenario, const Quote &quote);
/// "Rust · Compute: 1 000.00 USD → 2 000.00 USD (+1 000.00 USD)".
QString tcoLineText(const TcoLineDelta &line, const Quote &quote);
/// "[warning] Latency budget: message".
QString findingLine(const ContextFinding &finding, const Quote &quote);
/// "Protocol consistency: 68.0 % → 72.0 % (17 of 25 integrations → 18 of 25)".
QString consistencyLine(const ContextConsequence &contexts);
/// "Version drift: 1.4 → 1.6 semver distance; High → Severe".
QString metricLine(const MetricConsequence &metric, const Quote &quote);
/// "ADR-0004 “Title”: 2 frozen figures stale" / "… superseded by adr-0005".
QString recordLine(const RecordConsequence &record, const Quote &quote);
/// "“Score of Rust” was 72.1 %, now 70 %".
QString staleFigureLine(const Decisions::StaleFigure &figure, const Quote &quote);
/// "+18.0 %", "−3.2 %", "±0 %"; \a pct may be missing ("—").
QString percentChange(const std::optional<double> &pct);
/// "+1 000.00 USD" / "−12.00 USD".
QString signedUsd(double value);

} // namespace DiffWording

} // namespace ArchBoard
