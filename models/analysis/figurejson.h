#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace ArchBoard {

class JsonWriter;
struct AhpResult;
struct TierWinProbability;
struct WinProbabilities;
struct FragmentationResult;
struct TcoInput;
struct TcoResult;
struct TcoSensitivity;
struct TcoUncertainty;

// One engine figure as JSON or as a CSV/Markdown cell, the same wherever it is
// printed: `archboard-cli rank`, `tco`, `scan`, the report (report/reportjson)
// and the exports.

/// One scenario's TCO figures as `archboard-cli tco` prints them and the
/// report lists them (docs/report-schema.md, `tco.results`). Money is
/// rounded to cents; \a baselineTotal adds `delta_to_baseline_usd`.
QJsonObject tcoResultJson(const TcoInput &input, const TcoResult &result, const std::vector<TcoSensitivity> &sensitivity,
                          const TcoUncertainty &uncertainty, std::optional<double> baselineTotal = std::nullopt);

/// A tier's win probabilities as the report and `archboard-cli rank` print
/// them: draws, and per candidate (in ranking order) probability, standard
/// error and wins.
QJsonObject winProbabilityJson(const TierWinProbability &tier, const WinProbabilities &all);
/// A tier's pairwise-comparison (AHP) weights and consistency: null when the
/// tier has no comparisons.
QJsonValue ahpJson(const AhpResult &ahp);

/// Fragmentation metrics and shared dependencies (worst drift first, at most
/// \a maxDependencies; all when negative) as `scan` and `report` print them.
QJsonObject fragmentationJson(const FragmentationResult &result, int maxDependencies = -1);
/// The same as members of an object \a w has begun (dependencies, languages,
/// metrics, runtimes, shared_dependencies), written as they go.
void writeFragmentationMembers(JsonWriter &w, const FragmentationResult &result, int maxDependencies = -1);

/// \a text as one CSV field: quoted when it must be (comma, quote, line
/// break, edge spaces); text a spreadsheet would take for a formula (= + - @,
/// tab, CR first) gets a leading ' so exports stay inert.
QString csvField(const QString &text);

/// Escapes \a text for a Markdown table cell: no HTML, no links, no pipes, one line.
QString markdownCell(const QString &text);

} // namespace ArchBoard
