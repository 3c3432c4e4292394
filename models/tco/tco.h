#pragma once

#include "diagram.h"
#include "workspace.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>
#include <span>
#include <vector>

namespace ArchBoard {

/**
 * The FaaS total-cost-of-ownership engine (docs/tco.md, seed §2.5): pure
 * functions of the workspace. A scenario is flattened into a TcoInput (the
 * scenario, its provider, each language's profile and function count, its
 * custom lines); what-if overrides and `--set` change that input by
 * parameter name, never the workspace. Every figure of a TcoResult carries
 * the formula that produced it with the inputs filled in.
 *
 * Lines per language, per year:
 * - platform_overhead: base_platform_cost × language_factor × functions / normalisation
 * - compute: GB-seconds (+ vCPU-seconds where the provider bills CPU) of the
 *   warm invocations, billed duration rounded as the provider rounds
 * - requests: invocations × price per million
 * - cold_start: the extra billed duration of cold invocations (init + run vs
 *   run) where the provider bills init time; 0 where it does not
 *   (the latency effect is reported either way)
 * - dependency_volume: what a larger artifact costs as providers bill it —
 *   the init time it adds to every cold start (artifact MB × ms/MB, billed
 *   where init is billed) plus its storage (artifact GB × functions ×
 *   storage price × 12)
 *   Free tiers are monthly, per account: applied once to the scenario's
 *   total and shared out in proportion to each language's usage.
 * - ci: builds × minutes × price × 12 × (1 + extra % × (pipelines − 1)),
 *   shared equally by the languages that have functions
 * - monitoring: person-days per person × team size × day rate, one-off,
 *   spread over the horizon
 * - custom lines of the language (monthly × 12, one-off / horizon)
 * Custom lines without a language are listed as shared lines.
 *
 * Provider limits: a memory outside the provider's limits is billed at the
 * limit where the provider caps it (Azure Functions Consumption) and makes
 * the scenario undeployable where it refuses it (AWS Lambda): then
 * TcoResult::refused says so and nothing the provider bills is priced. A
 * duration beyond the timeout is billed up to the timeout.
 */

/// One language of a scenario, with the profile figures the engine uses.
struct TcoLanguageInput
{
    QString language;   ///< candidate id
    QString name;       ///< candidate name
    double functions = 0;
    std::optional<double> languageFactor;
    bool factorIsEstimate = true;
    std::optional<double> coldStartMeanMs;
    std::optional<double> coldStartSigmaMs;
    std::optional<double> firstByteMs;
    std::optional<double> artifactMb;
    std::optional<double> coldStartMsPerMb;
    double monitoringPersonDays = 0;
};

struct TcoInput
{
    TcoScenario scenario;
    std::optional<FaasProvider> provider; ///< missing: compute and requests cannot be priced
    std::vector<TcoLanguageInput> languages;
    std::vector<CostLine> costLines;
    std::vector<TcoRange> ranges;
    /// The saved value of each ranged parameter (at input()): an override
    /// (what-if, --set) moves its range with it, in proportion.
    QHash<QString, double> rangeBase;
};

/// A figure and how it was computed ("12 000 USD × 1.8 × 50 / 50").
struct TcoFigure
{
    double usd = 0;
    QString formula;
};

struct TcoLanguageResult
{
    QString language;
    QString name;
    double functions = 0;
    TcoFigure platformOverhead;
    TcoFigure compute;
    TcoFigure requests;
    TcoFigure coldStart;
    TcoFigure ci;
    TcoFigure dependencyVolume;
    TcoFigure monitoring;
    std::vector<std::pair<QString, TcoFigure>> custom; ///< name → annual figure
    double totalAnnualUsd = 0;
    double oneOffUsd = 0; ///< part of the total that is a one-off spread over the horizon
    /// The language's custom lines together, per year.
    double customUsd() const
    {
        double sum = 0;
        for (const auto &line : custom)
            sum += line.second.usd;
        return sum;
    }
    // Latency effect of cold starts (missing when the profile has no figure).
    std::optional<double> coldStartMs;      ///< effective cold start (artifact effect included)
    std::optional<double> coldStartSigmaMs;
    std::optional<double> firstByteMs;
    std::optional<double> meanAddedLatencyMs; ///< cold-start share × cold start
    double coldStartsPerMonth = 0;
    QStringList notes; ///< "no language factor: platform overhead not counted", …
};

struct TcoSensitivity
{
    QString parameter;
    double value = 0;     ///< the input's current value
    double lowValue = 0;  ///< value − pct
    double highValue = 0; ///< value + pct
    double lowUsd = 0;    ///< total annual cost with the input at lowValue
    double highUsd = 0;
    double swing() const { return std::abs(highUsd - lowUsd); }
};

/// One uncertain input and its share of the spread of the annual total.
struct TcoDriver
{
    QString parameter;
    QString distribution;       ///< as stated: "normal 842 ± 196", "triangular 0.5–5, mode 1"
    double correlation = 0;     ///< Spearman rank correlation of the input's draws with the total
    double varianceSharePct = 0; ///< ρ² normalised over the inputs: its share of the spread, %
};

struct TcoUncertainty
{
    int runs = 0;
    quint64 seed = 0;
    QStringList parameters; ///< the inputs that have a distribution
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
    double mean = 0;
    double standardDeviation = 0;
    std::vector<TcoDriver> drivers; ///< largest share of the spread first
    QStringList skipped;            ///< ranges not used, with the reason
};

/// One of the engine's seven cost lines of a language: every writer (JSON,
/// CSV, tables, charts, the report) iterates this list.
struct TcoCostLine
{
    const char *key;   ///< "platform_overhead_usd": JSON and CSV key
    const char *label; ///< English label, translated in context "Tco"
    TcoFigure TcoLanguageResult::*figure;
    QString name() const; ///< the translated label
};

/// A line's value for one language (the custom lines shown together as one).
struct TcoLineValue
{
    QString key;
    QString name;
    double usd = 0;
    QString formula;
};

struct TcoResult
{
    QString scenario;
    QString scenarioName;
    QString provider;
    int horizonYears = 1;
    std::vector<TcoLanguageResult> languages;
    std::vector<std::pair<QString, TcoFigure>> shared; ///< custom lines without a language
    double totalAnnualUsd = 0;
    double oneOffUsd = 0;                  ///< one-offs in total (counted in the annual total / horizon)
    /// Why the provider would not run this configuration (memory beyond a
    /// limit it refuses); empty when it would. When set, compute, requests,
    /// cold starts and the artifact's init time are not priced.
    QString refused;
    std::optional<double> billedMemoryMb;  ///< memory as the provider bills it (rounded, capped)
    std::optional<double> billedDurationMs; ///< duration as the provider bills it (rounded, stopped at the timeout)
    QStringList limits;                    ///< the provider limits this scenario runs into, in words
    std::vector<double> cumulativeUsd;     ///< end of year 1..horizon: one-offs in year 1 + k × recurring
    // Monthly, after free tiers, all languages.
    double monthlyComputeUsd = 0;          ///< GB-s (+ vCPU-s) of warm and cold invocations
    double monthlyRequestsUsd = 0;
    TcoFigure monthlyCompute;
    TcoFigure monthlyRequests;
    double pipelines = 0;                  ///< languages with functions (CI pipelines)
    std::optional<double> artifactSpread;  ///< largest / smallest artifact of the languages in use
    QStringList notes;
};

/// A named input of a scenario (`memory_mb`, `functions.rust`, …).
struct TcoParameter
{
    QString name;
    QString unit;
    QString description;
    double value = 0;
    bool integer = false;
    bool isText = false;   ///< `provider`: the value is textValue
    bool isBool = false;   ///< `free_tier`
    bool missing = false;  ///< a profile figure the workspace does not have (value is 0)
    QString textValue;
};

namespace Tco {

/// The scenario's inputs: the scenario row, its provider, the languages it
/// has functions for (with their profiles), its cost lines and ranges.
/// nullopt when there is no such scenario.
std::optional<TcoInput> input(const Workspace &ws, const QString &scenario);

/// The scenario the others are compared with: the first marked as baseline,
/// else the first; empty without scenarios.
QString baselineScenario(const Workspace &ws);
/// Its saved annual total; nullopt without scenarios.
std::optional<double> baselineTotal(const Workspace &ws);

/// Every parameter of \a in, with its current value.
std::vector<TcoParameter> parameters(const TcoInput &in, const Workspace &ws);
/// Whether \a name names a parameter (for `language.x` names: any language of
/// the workspace, even one without functions in the scenario).
bool isParameter(const QString &name);

/// The seven cost lines, in the order every table and chart shows them.
std::span<const TcoCostLine> costLines();
/// The names of costLines() followed by "Custom lines".
QStringList lineNames();
/// \a language's lines in the order of lineNames(); its custom lines are one
/// line ("custom_usd"), their formulas listed one by one.
std::vector<TcoLineValue> lines(const TcoLanguageResult &language);
/// The shared custom lines (those without a language) as one line.
TcoLineValue sharedLine(const TcoResult &result);
/// The key lines() and sharedLine() give the custom lines: "custom_usd".
QString customLinesKey();

/// Sets one parameter by name. `value` is parsed as the parameter's type
/// (provider id, true/false, number). Returns false with a message naming
/// the parameter and the problem. A `functions.<language>` of a language the
/// scenario does not have yet adds it (with its profile from \a ws).
bool set(TcoInput *in, const Workspace &ws, const QString &name, const QString &value, QString *error);
/// Numeric form of set(); for sliders, sensitivity and Monte Carlo.
bool setNumber(TcoInput *in, const Workspace &ws, const QString &name, double value, QString *error);
/// The numeric value of \a name in \a in; nullopt for unknown or missing values.
std::optional<double> number(const TcoInput &in, const QString &name);

TcoResult compute(const TcoInput &in);
/// The numeric inputs the tornado moves: every scenario and provider input
/// but the horizon (it only re-spreads one-offs), every language input.
QStringList sensitivityParameters(const TcoInput &in);
/// compute()'s annual total without the formulas (sensitivity, Monte Carlo).
double annualTotal(const TcoInput &in);
/// \a value moved into the range \a name accepts (memory 128–32 768 MB,
/// shares ≤ 100 %, counts and prices ≥ 0): a Monte Carlo draw stays valid.
double clampToParameter(const QString &name, double value);

/// Each numeric input with a non-zero value moved ±pct %, ranked by its
/// effect on the total (largest swing first).
std::vector<TcoSensitivity> sensitivity(const TcoInput &in, double pct = 20.0);

/// Monte Carlo over the inputs that have a distribution (as the source states
/// it: triangular or uniform limits, normal or lognormal value ± σ): P10/P50/
/// P90, mean and σ of the annual total, and each input's share of the spread
/// (normalised squared rank correlation). A ranged input overridden since
/// input() has its range scaled by current / saved value. Reproducible for a
/// seed (SampleGenerator).
TcoUncertainty uncertainty(const TcoInput &in, int runs = 5000, quint64 seed = 1);

/**
 * The build pipeline the scenario implies (seed §2.5): source → language
 * detection → one build per language with functions (its CI share and
 * artifact) → API gateway. Languages are coloured as on the context map.
 */
Diagram pipelineDiagram(const TcoInput &in, const TcoResult &result, const Workspace &ws);

/// "1 234.56 USD" for messages and formulas.
QString usd(double value);
/// A table's or chart's amount without the unit: "1 235" at 100 and above,
/// "12.5" below, thin-space thousands, "—" when not finite.
QString money(double usd);

/// Chart axes in USD, thousands or millions, whichever keeps the labels short.
struct UsdScale
{
    double divisor = 1;
    QString unit;
};
UsdScale usdScale(double largest);
/// The colour of cost line \a index (lineNames() order) on every chart.
QColor lineColour(int index);

} // namespace Tco

} // namespace ArchBoard
