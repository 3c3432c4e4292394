#include "figurejson.h"

#include "fragmentation.h"
#include "jsonwriter.h"
#include "selection.h"
#include "tco.h"
#include "winprobability.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ArchBoard {

namespace {

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue money(double usd)
{
    return std::round(usd * 100.0) / 100.0;
}

QJsonObject figureFormulas(const TcoLanguageResult &l)
{
    QJsonObject f;
    for (const TcoCostLine &line : Tco::costLines())
        f.insert(QLatin1StringView(line.key), (l.*(line.figure)).formula);
    for (const auto &[name, figure] : l.custom)
        f.insert(QStringLiteral("custom: ") + name, figure.formula);
    return f;
}

} // namespace

QString markdownCell(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\n':
        case '\r':
            out += u' ';
            break;
        case '|':
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '~':
            out += u'\\';
            out += c;
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '&':
            out += QStringLiteral("&amp;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QJsonObject tcoResultJson(const TcoInput &input, const TcoResult &r, const std::vector<TcoSensitivity> &sensitivity,
                          const TcoUncertainty &uncertainty, std::optional<double> baselineTotal)
{
    QJsonArray languages;
    for (const TcoLanguageResult &l : r.languages) {
        QJsonObject lines;
        for (const TcoCostLine &line : Tco::costLines())
            lines.insert(QLatin1StringView(line.key), money((l.*(line.figure)).usd));
        for (const auto &[name, figure] : l.custom)
            lines.insert(QStringLiteral("custom: ") + name, money(figure.usd));
        languages.append(QJsonObject{
            {QStringLiteral("language"), l.language},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("functions"), l.functions},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("formulas"), figureFormulas(l)},
            {QStringLiteral("total_annual_usd"), money(l.totalAnnualUsd)},
            {QStringLiteral("latency"), QJsonObject{
                {QStringLiteral("cold_start_ms"), optional(l.coldStartMs)},
                {QStringLiteral("cold_start_sigma_ms"), optional(l.coldStartSigmaMs)},
                {QStringLiteral("first_byte_ms"), optional(l.firstByteMs)},
                {QStringLiteral("mean_added_ms"), optional(l.meanAddedLatencyMs)},
                {QStringLiteral("cold_starts_per_month"), l.coldStartsPerMonth}}},
            {QStringLiteral("notes"), QJsonArray::fromStringList(l.notes)}});
    }
    QJsonArray shared;
    for (const auto &[name, figure] : r.shared)
        shared.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("annual_usd"), money(figure.usd)},
                                  {QStringLiteral("formula"), figure.formula}});
    QJsonArray sens;
    for (const TcoSensitivity &s : sensitivity)
        sens.append(QJsonObject{{QStringLiteral("parameter"), s.parameter},
                                {QStringLiteral("value"), s.value},
                                {QStringLiteral("low_value"), s.lowValue},
                                {QStringLiteral("high_value"), s.highValue},
                                {QStringLiteral("low_usd"), money(s.lowUsd)},
                                {QStringLiteral("high_usd"), money(s.highUsd)}});
    QJsonArray cumulative;
    for (double c : r.cumulativeUsd)
        cumulative.append(money(c));
    QJsonArray drivers;
    for (const TcoDriver &d : uncertainty.drivers)
        drivers.append(QJsonObject{{QStringLiteral("parameter"), d.parameter},
                                   {QStringLiteral("distribution"), d.distribution},
                                   {QStringLiteral("share_of_spread_pct"), std::round(d.varianceSharePct * 10.0) / 10.0},
                                   {QStringLiteral("rank_correlation"), std::round(d.correlation * 1000.0) / 1000.0}});
    QJsonObject o{
        {QStringLiteral("scenario"), r.scenario},
        {QStringLiteral("name"), r.scenarioName},
        {QStringLiteral("baseline"), input.scenario.baseline},
        {QStringLiteral("provider"), r.provider.isEmpty() ? QJsonValue() : QJsonValue(r.provider)},
        {QStringLiteral("free_tier"), input.scenario.freeTier},
        {QStringLiteral("horizon_years"), r.horizonYears},
        {QStringLiteral("total_annual_usd"), money(r.totalAnnualUsd)},
        {QStringLiteral("one_off_usd"), money(r.oneOffUsd)},
        {QStringLiteral("cumulative_usd"), cumulative},
        {QStringLiteral("monthly"), QJsonObject{{QStringLiteral("compute_usd"), money(r.monthlyComputeUsd)},
                                                {QStringLiteral("requests_usd"), money(r.monthlyRequestsUsd)},
                                                {QStringLiteral("compute_formula"), r.monthlyCompute.formula},
                                                {QStringLiteral("requests_formula"), r.monthlyRequests.formula}}},
        {QStringLiteral("languages"), languages},
        {QStringLiteral("shared_lines"), shared},
        {QStringLiteral("sensitivity"), sens},
        {QStringLiteral("uncertainty"), QJsonObject{{QStringLiteral("p10_usd"), money(uncertainty.p10)},
                                                    {QStringLiteral("p50_usd"), money(uncertainty.p50)},
                                                    {QStringLiteral("p90_usd"), money(uncertainty.p90)},
                                                    {QStringLiteral("runs"), uncertainty.runs},
                                                    {QStringLiteral("seed"), QString::number(uncertainty.seed)},
                                                    {QStringLiteral("mean_usd"), money(uncertainty.mean)},
                                                    {QStringLiteral("standard_deviation_usd"), money(uncertainty.standardDeviation)},
                                                    {QStringLiteral("parameters"), QJsonArray::fromStringList(uncertainty.parameters)},
                                                    {QStringLiteral("drivers"), drivers},
                                                    {QStringLiteral("skipped"), QJsonArray::fromStringList(uncertainty.skipped)}}},
        {QStringLiteral("provider_limits"), QJsonObject{{QStringLiteral("refused"), r.refused.isEmpty() ? QJsonValue() : QJsonValue(r.refused)},
                                                        {QStringLiteral("billed_memory_mb"), optional(r.billedMemoryMb)},
                                                        {QStringLiteral("billed_duration_ms"), optional(r.billedDurationMs)},
                                                        {QStringLiteral("limits"), QJsonArray::fromStringList(r.limits)}}},
        {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}};
    if (baselineTotal)
        o.insert(QStringLiteral("delta_to_baseline_usd"), money(r.totalAnnualUsd - *baselineTotal));
    return o;
}

QJsonObject winProbabilityJson(const TierWinProbability &tier, const WinProbabilities &all)
{
    QJsonArray candidates;
    for (const CandidateWinChance &c : tier.candidates)
        candidates.append(QJsonObject{{QStringLiteral("candidate"), c.candidate},
                                      {QStringLiteral("probability"), c.probability},
                                      {QStringLiteral("standard_error"), c.standardError},
                                      {QStringLiteral("wins"), c.wins}});
    return {{QStringLiteral("draws"), tier.draws},
            {QStringLiteral("seed"), QString::number(all.seed)},
            {QStringLiteral("weight_band_pp"), all.weightBandPp},
            {QStringLiteral("dirichlet_concentration"), tier.concentration},
            {QStringLiteral("no_winner"), tier.noWinner},
            {QStringLiteral("candidates"), candidates}};
}

QJsonValue ahpJson(const AhpResult &ahp)
{
    if (ahp.criteria.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray weights;
    for (qsizetype i = 0; i < ahp.criteria.size(); ++i)
        weights.append(QJsonObject{{QStringLiteral("criterion"), ahp.criteria.at(i)},
                                   {QStringLiteral("weight"), size_t(i) < ahp.weights.size() ? QJsonValue(ahp.weights[size_t(i)] * 100.0)
                                                                                              : QJsonValue(QJsonValue::Null)}});
    const bool complete = ahp.complete();
    return QJsonObject{{QStringLiteral("criteria"), weights},
                       {QStringLiteral("complete"), complete},
                       {QStringLiteral("missing_pairs"), QJsonArray::fromStringList(ahp.missingPairs)},
                       {QStringLiteral("lambda_max"), complete ? QJsonValue(ahp.lambdaMax) : QJsonValue()},
                       {QStringLiteral("consistency_index"), complete ? QJsonValue(ahp.consistencyIndex) : QJsonValue()},
                       {QStringLiteral("random_index"), Selection::randomIndex(int(ahp.criteria.size()))},
                       {QStringLiteral("consistency_ratio"), complete ? QJsonValue(ahp.consistencyRatio) : QJsonValue()},
                       {QStringLiteral("consistent"), complete ? QJsonValue(ahp.consistent()) : QJsonValue()}};
}

void writeFragmentationMembers(JsonWriter &w, const FragmentationResult &result, int maxDependencies)
{
    w.key("dependencies").beginArray();
    int written = 0;
    for (const SharedDependency &d : result.dependencies) {
        if (maxDependencies >= 0 && written++ >= maxDependencies)
            break;
        w.beginObject();
        w.key("drift").value(Versions::levelKey(d.drift.level));
        w.key("ecosystem").value(Enums::ecosystem.key(int(d.ecosystem)));
        w.key("magnitude").value(d.drift.magnitude);
        w.key("name").value(d.name);
        w.key("versions").beginArray();
        for (const VersionUse &v : d.versions) {
            w.beginObject();
            if (!v.comparable)
                w.key("comparable").value(false);
            if (!v.note.isEmpty())
                w.key("note").value(v.note);
            w.key("services").strings(v.services);
            w.key("version").value(v.version);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("languages").strings(result.languages);
    w.key("metrics").beginObject();
    std::vector<const MetricValue *> metrics;
    for (const MetricValue &m : result.metrics)
        metrics.push_back(&m);
    std::stable_sort(metrics.begin(), metrics.end(), [](const MetricValue *a, const MetricValue *b) {
        return Fragmentation::metricKey(a->metric) < Fragmentation::metricKey(b->metric);
    });
    for (const MetricValue *m : metrics) {
        w.key(QLatin1StringView(Fragmentation::metricKey(m->metric).toLatin1())).beginObject();
        w.key("detail").value(m->detail);
        w.key("level").value(Fragmentation::levelKey(m->level));
        w.key("unit").value(m->unit);
        w.key("value").value(m->value);
        w.endObject();
    }
    w.endObject();
    w.key("runtimes").strings(result.runtimes);
    w.key("shared_dependencies").value(int(result.dependencies.size()));
}

QJsonObject fragmentationJson(const FragmentationResult &result, int maxDependencies)
{
    // Written once, by writeFragmentationMembers, and read back: `scan` streams
    // the same members without building this object.
    QByteArray text;
    JsonWriter w(&text);
    w.beginObject();
    writeFragmentationMembers(w, result, maxDependencies);
    w.endObject();
    return QJsonDocument::fromJson(text).object();
}

QString csvField(const QString &text)
{
    QString t = text;
    if (!t.isEmpty() && QStringView(u"=+-@\t\r").contains(t.front()))
        t.prepend(u'\'');
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n') || t.contains(u'\r') || t.startsWith(u' ') || t.endsWith(u' '))
        t = u'"' + t.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return t;
}

} // namespace ArchBoard
