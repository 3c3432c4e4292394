#include "reportjson.h"

#include "figurejson.h"

#include "fragmentation.h"
#include "tco.h"

#include "contextmap.h"
#include "schema.h"
#include "selection.h"
#include "validation.h"
#include "winprobability.h"
#include "workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace ArchBoard {

namespace {

QJsonValue jsonValue(const FieldDef &def, const QVariant &v)
{
    switch (def.type) {
    case FieldType::Integer:
        return v.toInt();
    case FieldType::Real:
        return v.toDouble();
    case FieldType::OptionalReal:
        return v.isNull() || !v.isValid() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toDouble());
    case FieldType::Bool:
        return v.toBool();
    case FieldType::Enum:
        return def.enumDef->key(v.toInt());
    case FieldType::Date:
        return v.toDate().isValid() ? QJsonValue(v.toDate().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    default:
        return v.toString();
    }
}

/// Selected fields of one row, by their file keys.
QJsonObject rowObject(const Workspace &ws, TableId table, int row, std::initializer_list<const char *> keys)
{
    const TableSchema &ts = Schema::table(table);
    QJsonObject o;
    for (const char *key : keys) {
        const int f = ts.fieldIndex(QLatin1StringView(key));
        Q_ASSERT_X(f >= 0, key, "unknown field");
        o.insert(QLatin1StringView(key), jsonValue(ts.field(f), ts.value(ws, row, f)));
    }
    return o;
}

template<class Row, class Pred>
QJsonArray childRows(const Workspace &ws, TableId table, const std::vector<Row> &rows, Pred belongs,
                     std::initializer_list<const char *> keys)
{
    QJsonArray out;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (belongs(rows[r]))
            out.append(rowObject(ws, table, int(r), keys));
    }
    return out;
}

QJsonObject workspaceSection(const Workspace &ws)
{
    QJsonObject counts;
    for (TableId t : Schema::tables()) {
        const TableSchema &ts = Schema::table(t);
        if (!ts.isSingleton())
            counts.insert(QLatin1StringView(ts.key()), ts.rowCount(ws));
    }
    int errors = 0;
    int warnings = 0;
    for (const ValidationFinding &f : validateWorkspace(ws))
        (f.severity == ValidationFinding::Severity::Error ? errors : warnings)++;
    QJsonObject o = rowObject(ws, TableId::Workspace, 0, {"name", "description", "rating_aggregation"});
    o.insert(QStringLiteral("schema_version"), Schema::version);
    o.insert(QStringLiteral("counts"), counts);
    o.insert(QStringLiteral("validation"), QJsonObject{{QStringLiteral("errors"), errors}, {QStringLiteral("warnings"), warnings}});
    return o;
}

template<class Row>
QString nameOf(const std::vector<Row> &rows, const QString &id)
{
    for (const Row &r : rows) {
        if (r.id == id)
            return r.name;
    }
    return id;
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject selectionSection(const Workspace &ws, const ReportData &data)
{
    const SelectionResult &result = data.selection;
    const SelectionMatrix &m = result.matrix;

    QJsonArray candidates;
    for (size_t r = 0; r < ws.candidates.size(); ++r)
        candidates.append(rowObject(ws, TableId::Candidates, int(r), {"id", "name", "category", "shortlisted"}));
    QJsonArray criteria;
    for (size_t r = 0; r < ws.criteria.size(); ++r)
        criteria.append(rowObject(ws, TableId::Criteria, int(r), {"id", "name", "unit", "direction", "kind"}));

    QJsonArray matrix;
    for (int i = 0; i < m.candidates.size(); ++i) {
        for (int j = 0; j < m.criteria.size(); ++j) {
            const MatrixCell &c = m.cell(i, j);
            QJsonObject cell{{QStringLiteral("candidate"), m.candidates.at(i)},
                             {QStringLiteral("criterion"), m.criteria.at(j)},
                             {QStringLiteral("raw"), optional(c.raw)},
                             {QStringLiteral("normalised"), optional(c.normalised)}};
            if (ws.criteria[size_t(j)].kind == CriterionKind::Rated) {
                cell.insert(QStringLiteral("ratings"), c.ratings);
                cell.insert(QStringLiteral("spread"), optional(c.spread));
                cell.insert(QStringLiteral("disputed"), c.disputed);
            }
            matrix.append(cell);
        }
    }

    QJsonArray tiers;
    const WinProbabilities &win = data.win;
    for (size_t t = 0; t < result.tiers.size(); ++t) {
        const TierResult &tr = result.tiers[t];
        QJsonArray weights;
        for (qsizetype k = 0; k < tr.criteria.size(); ++k)
            weights.append(QJsonObject{{QStringLiteral("criterion"), tr.criteria.at(k)},
                                       {QStringLiteral("weight"), tr.shares[size_t(k)] * 100.0}});
        QJsonArray ranking;
        for (const CandidateScore &cs : tr.ranking) {
            QJsonObject contributions;
            for (qsizetype k = 0; k < tr.criteria.size(); ++k)
                contributions.insert(tr.criteria.at(k), optional(cs.contributions[size_t(k)]));
            QJsonArray failed;
            for (const FailedThreshold &f : cs.failed)
                failed.append(QJsonObject{{QStringLiteral("criterion"), f.criterion},
                                          {QStringLiteral("comparison"), Enums::comparison.key(int(f.comparison))},
                                          {QStringLiteral("threshold"), f.threshold},
                                          {QStringLiteral("value"), optional(f.value)}});
            ranking.append(QJsonObject{{QStringLiteral("rank"), cs.rank},
                                       {QStringLiteral("candidate"), cs.candidate},
                                       {QStringLiteral("name"), nameOf(ws.candidates, cs.candidate)},
                                       {QStringLiteral("score"), cs.score},
                                       {QStringLiteral("coverage"), cs.coverage},
                                       {QStringLiteral("contributions"), contributions},
                                       {QStringLiteral("knocked_out"), cs.knockedOut},
                                       {QStringLiteral("failed_thresholds"), failed}});
        }
        QJsonArray sensitivity;
        for (const SensitivityItem &si : tr.sensitivity)
            sensitivity.append(QJsonObject{{QStringLiteral("criterion"), si.criterion},
                                           {QStringLiteral("weight"), si.weightPct},
                                           {QStringLiteral("flip_at_weight"), optional(si.flipAtPct)},
                                           {QStringLiteral("flips_to"), si.flipsTo.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(si.flipsTo)},
                                           {QStringLiteral("distance_pp"), optional(si.distancePp)}});
        const TierRecommendation &rule = result.tierRules[t];
        tiers.append(QJsonObject{
            {QStringLiteral("tier"), tr.tier},
            {QStringLiteral("name"), ws.tiers[t].name},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("ranking"), ranking},
            {QStringLiteral("winner"), tr.winner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tr.winner)},
            {QStringLiteral("sensitivity"), sensitivity},
            {QStringLiteral("stability"), Selection::stabilityKey(tr.stability)},
            {QStringLiteral("min_distance_pp"), optional(tr.minDistancePp)},
            {QStringLiteral("win_probability"), winProbabilityJson(win.tiers[t], win)},
            {QStringLiteral("ahp"), ahpJson(Selection::ahp(ws, tr.tier))},
            {QStringLiteral("rule_recommendation"), QJsonObject{
                {QStringLiteral("candidate"), rule.candidate.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rule.candidate)},
                {QStringLiteral("rule"), rule.rule.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rule.rule)}}},
        });
    }

    QJsonArray recommendations;
    for (const Recommendation &r : result.recommendations)
        recommendations.append(QJsonObject{
            {QStringLiteral("context"), r.context},
            {QStringLiteral("candidate"), r.candidate.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.candidate)},
            {QStringLiteral("rule"), r.rule.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.rule)},
            {QStringLiteral("current"), r.current.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.current)},
            {QStringLiteral("disagrees_with_current"), r.disagrees}});

    QJsonArray rules;
    for (size_t r = 0; r < ws.rules.size(); ++r) {
        const QString id = ws.rules[r].id;
        QJsonObject rule = rowObject(ws, TableId::Rules, int(r), {"id", "name", "candidate"});
        rule.insert(QStringLiteral("conditions"), childRows(ws, TableId::RuleConditions, ws.ruleConditions,
                                                            [&](const RuleCondition &c) { return c.rule == id; },
                                                            {"attribute", "comparison", "value"}));
        rules.append(rule);
    }
    return {
        {QStringLiteral("method"), QJsonObject{
            {QStringLiteral("normalisation"), QStringLiteral("min-max per criterion across shortlisted candidates; best = 1")},
            {QStringLiteral("missing_policy"), Enums::missingPolicy.key(int(ws.info.missingPolicy))},
            {QStringLiteral("rating_aggregation"), Enums::ratingAggregation.key(int(ws.info.ratingAggregation))},
            {QStringLiteral("fragile_below_pp"), ws.info.fragileThresholdPp},
            {QStringLiteral("disagreement_threshold"), ws.info.disagreementThreshold},
            {QStringLiteral("win_draws"), win.draws},
            {QStringLiteral("win_seed"), QString::number(win.seed)},
            {QStringLiteral("weight_band_pp"), win.weightBandPp},
            {QStringLiteral("resampled_cells"), win.resampledCells},
            {QStringLiteral("ranged_measurements"), win.rangedMeasurements}}},
        {QStringLiteral("candidates"), candidates},
        {QStringLiteral("criteria"), criteria},
        {QStringLiteral("matrix"), matrix},
        {QStringLiteral("tiers"), tiers},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("recommendations"), recommendations},
    };
}

QJsonObject contextsSection(const Workspace &ws, const ReportData &data)
{
    QJsonArray contexts;
    for (size_t r = 0; r < ws.contexts.size(); ++r)
        contexts.append(rowObject(ws, TableId::Contexts, int(r),
                                  {"id", "name", "domain_type", "team", "language", "data_format", "sync_mechanism",
                                   "latency_tolerance_ms", "tier", "function_count"}));
    QJsonArray relations;
    for (size_t r = 0; r < ws.relations.size(); ++r)
        relations.append(rowObject(ws, TableId::Relations, int(r),
                                   {"id", "upstream", "downstream", "pattern", "upstream_roles", "downstream_role",
                                    "mechanism", "format", "expected_latency_ms"}));
    const ContextMapResult &map = data.contextMap;
    QJsonArray findings;
    for (const ContextFinding &f : map.findings)
        findings.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                    {QStringLiteral("severity"), ContextMap::severityKey(f.severity)},
                                    {QStringLiteral("elements"), QJsonArray::fromStringList(f.elements)},
                                    {QStringLiteral("message"), f.message}});
    const ProtocolConsistency &pc = map.protocolConsistency;
    return {{QStringLiteral("contexts"), contexts},
            {QStringLiteral("relations"), relations},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("protocol_consistency"), QJsonObject{
                {QStringLiteral("value"), optional(pc.valuePct)},
                {QStringLiteral("unit"), QStringLiteral("%")},
                {QStringLiteral("integrations"), pc.integrations},
                {QStringLiteral("conforming"), pc.conforming},
                {QStringLiteral("non_conforming"), QJsonArray::fromStringList(pc.nonConforming)}}}};
}

QJsonObject tcoSection(const Workspace &ws, const ReportData &data)
{
    QJsonArray scenarios;
    for (size_t r = 0; r < ws.scenarios.size(); ++r) {
        const QString id = ws.scenarios[r].id;
        QJsonObject s = rowObject(ws, TableId::Scenarios, int(r),
                                  {"id", "name", "baseline", "provider", "free_tier", "memory_mb", "duration_ms",
                                   "invocations_per_month", "cold_start_pct", "horizon_years", "base_platform_cost_usd",
                                   "normalisation_functions", "team_size", "day_rate_usd"});
        s.insert(QStringLiteral("functions"), childRows(ws, TableId::ScenarioFunctions, ws.scenarioFunctions,
                                                        [&](const ScenarioFunctions &f) { return f.scenario == id; },
                                                        {"language", "functions"}));
        s.insert(QStringLiteral("cost_lines"), childRows(ws, TableId::CostLines, ws.costLines,
                                                         [&](const CostLine &c) { return c.scenario == id; },
                                                         {"name", "language", "amount_usd", "recurrence"}));
        scenarios.append(s);
    }
    QJsonArray profiles;
    for (size_t r = 0; r < ws.languageProfiles.size(); ++r)
        profiles.append(rowObject(ws, TableId::LanguageProfiles, int(r),
                                  {"language", "language_factor", "factor_is_estimate", "cold_start_mean_ms",
                                   "cold_start_sigma_ms", "first_byte_ms", "monitoring_person_days"}));
    QJsonArray providers;
    for (size_t r = 0; r < ws.providers.size(); ++r)
        providers.append(rowObject(ws, TableId::Providers, int(r), {"id", "name", "as_of", "min_memory_mb", "max_memory_mb", "memory_limit", "max_duration_ms", "source"}));
    // Every scenario computed, compared with the baseline.
    QJsonArray results;
    for (const ReportData::Scenario &sc : data.scenarios)
        results.append(tcoResultJson(sc.input, sc.result, sc.sensitivity, sc.uncertainty, data.baselineTotal));
    return {{QStringLiteral("scenarios"), scenarios},
            {QStringLiteral("results"), results},
            {QStringLiteral("language_profiles"), profiles},
            {QStringLiteral("providers"), providers}};
}

QJsonObject fragmentationSection(const Workspace &ws, const ReportData &data)
{
    QHash<QString, int> deps;
    QHash<QString, int> apis;
    for (const Dependency &d : ws.dependencies)
        ++deps[d.service];
    for (const ServiceApi &a : ws.serviceApis)
        ++apis[a.service];
    QJsonArray services;
    for (size_t r = 0; r < ws.services.size(); ++r) {
        QJsonObject s = rowObject(ws, TableId::Services, int(r), {"id", "name", "context", "language", "runtime", "runtime_version"});
        s.insert(QStringLiteral("dependencies"), deps.value(ws.services[r].id));
        s.insert(QStringLiteral("apis"), apis.value(ws.services[r].id));
        services.append(s);
    }
    QJsonArray thresholds;
    for (size_t r = 0; r < ws.fragmentationThresholds.size(); ++r)
        thresholds.append(rowObject(ws, TableId::FragmentationThresholds, int(r),
                                    {"metric", "unit", "direction", "healthy", "warning", "high", "reported_value"}));
    QJsonArray approved;
    for (size_t r = 0; r < ws.approvedProtocols.size(); ++r)
        approved.append(rowObject(ws, TableId::ApprovedProtocols, int(r), {"protocol", "contract"}));
    QJsonArray scans;
    for (size_t r = 0; r < ws.scans.size(); ++r)
        scans.append(rowObject(ws, TableId::Scans, int(r),
                               {"id", "taken_at", "root", "manifests", "services", "errors", "version_drift", "protocol_consistency",
                                "peer_dependency_hygiene", "stack_heterogeneity"}));
    QJsonObject o = fragmentationJson(data.fragmentation, 200);
    o.insert(QStringLiteral("services"), services);
    o.insert(QStringLiteral("thresholds"), thresholds);
    o.insert(QStringLiteral("approved_protocols"), approved);
    o.insert(QStringLiteral("scans"), scans);
    return o;
}

QJsonObject decisionsSection(const Workspace &ws)
{
    QJsonArray records;
    for (size_t r = 0; r < ws.decisions.size(); ++r) {
        const QString id = ws.decisions[r].id;
        QJsonObject d = rowObject(ws, TableId::Decisions, int(r), {"id", "number", "title", "status", "superseded_by", "date"});
        d.insert(QStringLiteral("options"), childRows(ws, TableId::DecisionOptions, ws.decisionOptions,
                                                      [&](const DecisionOption &o) { return o.decision == id; },
                                                      {"name", "chosen"}));
        d.insert(QStringLiteral("links"), childRows(ws, TableId::DecisionLinks, ws.decisionLinks,
                                                    [&](const DecisionLink &l) { return l.decision == id; },
                                                    {"kind", "element"}));
        records.append(d);
    }
    return {{QStringLiteral("records"), records}};
}

QString cell(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String:
        return markdownCell(v.toString());
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray()) {
            if (e.isObject()) {
                QStringList kv;
                const QJsonObject o = e.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    kv << cell(it.value());
                parts << kv.join(QStringLiteral(" "));
            } else {
                parts << cell(e);
            }
        }
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Object:
        return QStringLiteral("…");
    }
    return {};
}

void table(QString &out, const QJsonArray &rows, const QStringList &keys)
{
    if (rows.isEmpty()) {
        out += QStringLiteral("_none_\n\n");
        return;
    }
    out += QStringLiteral("| ") + keys.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < keys.size(); ++i)
        out += QStringLiteral("---|");
    out += u'\n';
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        QStringList cells;
        for (const QString &k : keys)
            cells << cell(o.value(k));
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    out += u'\n';
}

/// The ranking of one tier as table rows: figures in percent, contributions and
/// failed thresholds as text, the win probability beside each.
QJsonArray rankingRows(const QJsonObject &t, const QHash<QString, QString> &wins)
{
    QJsonArray rows;
    for (const QJsonValue &rv : t.value(QStringLiteral("ranking")).toArray()) {
        QJsonObject r = rv.toObject();
        QStringList parts;
        const QJsonObject contributions = r.value(QStringLiteral("contributions")).toObject();
        for (const QJsonValue &wv : t.value(QStringLiteral("weights")).toArray()) { // the tier's criterion order
            const QString criterion = wv.toObject().value(QStringLiteral("criterion")).toString();
            const QJsonValue c = contributions.value(criterion);
            parts << criterion + QStringLiteral(" ") + (c.isNull() ? QStringLiteral("—") : QString::number(c.toDouble() * 100, 'f', 1));
        }
        r.insert(QStringLiteral("score"), QString::number(r.value(QStringLiteral("score")).toDouble() * 100, 'f', 1));
        r.insert(QStringLiteral("coverage"), QString::number(r.value(QStringLiteral("coverage")).toDouble() * 100, 'f', 0) + u'%');
        r.insert(QStringLiteral("contributions"), parts.join(QStringLiteral(", ")));
        QStringList failed;
        for (const QJsonValue &fv : r.value(QStringLiteral("failed_thresholds")).toArray()) {
            const QJsonObject f = fv.toObject();
            failed << QStringLiteral("%1 %2 %3 (value %4)").arg(f.value(QStringLiteral("criterion")).toString(),
                                                                 f.value(QStringLiteral("comparison")).toString(),
                                                                 QString::number(f.value(QStringLiteral("threshold")).toDouble()),
                                                                 cell(f.value(QStringLiteral("value"))));
        }
        r.insert(QStringLiteral("failed_thresholds"), failed.join(QStringLiteral("; ")));
        r.insert(QStringLiteral("wins"), wins.value(r.value(QStringLiteral("candidate")).toString()));
        rows.append(r);
    }
    return rows;
}

void markdownAhp(QString &out, const QJsonObject &a)
{
    QJsonArray weights;
    for (const QJsonValue &wv : a.value(QStringLiteral("criteria")).toArray()) {
        QJsonObject w = wv.toObject();
        if (!w.value(QStringLiteral("weight")).isNull())
            w.insert(QStringLiteral("weight"), QString::number(w.value(QStringLiteral("weight")).toDouble(), 'f', 1));
        weights.append(w);
    }
    out += a.value(QStringLiteral("complete")).toBool()
        ? QStringLiteral("Pairwise comparisons (AHP): consistency ratio %1 (%2; λmax %3, CI %4, RI %5).\n\n")
              .arg(QString::number(a.value(QStringLiteral("consistency_ratio")).toDouble(), 'f', 3),
                   a.value(QStringLiteral("consistent")).toBool() ? QStringLiteral("consistent, ≤ 0.10") : QStringLiteral("inconsistent, > 0.10"),
                   QString::number(a.value(QStringLiteral("lambda_max")).toDouble(), 'f', 3),
                   QString::number(a.value(QStringLiteral("consistency_index")).toDouble(), 'f', 3),
                   QString::number(a.value(QStringLiteral("random_index")).toDouble(), 'f', 2))
        : QStringLiteral("Pairwise comparisons (AHP): incomplete, missing %1.\n\n")
              .arg(markdownCell(a.value(QStringLiteral("missing_pairs")).toVariant().toStringList().join(QStringLiteral(", "))));
    table(out, weights, {QStringLiteral("criterion"), QStringLiteral("weight")});
}

void markdownTier(QString &out, const QJsonObject &t)
{
    out += QStringLiteral("### %1\n\n").arg(markdownCell(t.value(QStringLiteral("name")).toString()));
    const QJsonObject rule = t.value(QStringLiteral("rule_recommendation")).toObject();
    out += QStringLiteral("Winner: **%1** (%2). Decision rules recommend: %3 (%4).\n\n")
               .arg(cell(t.value(QStringLiteral("winner"))), cell(t.value(QStringLiteral("stability"))),
                    cell(rule.value(QStringLiteral("candidate"))), cell(rule.value(QStringLiteral("rule"))));
    const QJsonObject win = t.value(QStringLiteral("win_probability")).toObject();
    QHash<QString, QString> wins;
    for (const QJsonValue &cv : win.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject c = cv.toObject();
        wins.insert(c.value(QStringLiteral("candidate")).toString(),
                    QStringLiteral("%1 % ± %2").arg(QString::number(c.value(QStringLiteral("probability")).toDouble() * 100, 'f', 1),
                                                     QString::number(c.value(QStringLiteral("standard_error")).toDouble() * 100, 'f', 1)));
    }
    out += QStringLiteral("Win probability: %1 draws (seed %2), weights ± %3 pp (Dirichlet), ratings resampled, measured ranges drawn.\n\n")
               .arg(win.value(QStringLiteral("draws")).toInt())
               .arg(win.value(QStringLiteral("seed")).toString())
               .arg(win.value(QStringLiteral("weight_band_pp")).toDouble());
    const QJsonArray rows = rankingRows(t, wins);
    table(out, rows, {QStringLiteral("rank"), QStringLiteral("name"), QStringLiteral("score"), QStringLiteral("wins"), QStringLiteral("coverage"),
                      QStringLiteral("contributions"), QStringLiteral("knocked_out"), QStringLiteral("failed_thresholds")});
    const QJsonValue ahp = t.value(QStringLiteral("ahp"));
    if (ahp.isObject())
        markdownAhp(out, ahp.toObject());
    QJsonArray sens;
    for (const QJsonValue &sv : t.value(QStringLiteral("sensitivity")).toArray()) {
        QJsonObject o = sv.toObject();
        for (const char *k : {"weight", "flip_at_weight", "distance_pp"}) {
            const QJsonValue v = o.value(QLatin1StringView(k));
            if (!v.isNull())
                o.insert(QLatin1StringView(k), QString::number(v.toDouble(), 'f', 1));
        }
        sens.append(o);
    }
    table(out, sens, {QStringLiteral("criterion"), QStringLiteral("weight"), QStringLiteral("flip_at_weight"),
                      QStringLiteral("flips_to"), QStringLiteral("distance_pp")});
}

void markdownWorkspace(QString &out, const QJsonObject &report)
{
    const QJsonObject ws = report.value(QStringLiteral("workspace")).toObject();
    out += QStringLiteral("# ") + markdownCell(ws.value(QStringLiteral("name")).toString()) + QStringLiteral("\n\n");
    const QString description = ws.value(QStringLiteral("description")).toString();
    if (!description.isEmpty())
        out += markdownCell(description) + QStringLiteral("\n\n");
    const QJsonObject validation = ws.value(QStringLiteral("validation")).toObject();
    out += QStringLiteral("Schema version %1 · validation: %2 errors, %3 warnings\n\n")
               .arg(ws.value(QStringLiteral("schema_version")).toInt())
               .arg(validation.value(QStringLiteral("errors")).toInt())
               .arg(validation.value(QStringLiteral("warnings")).toInt());
}

void markdownSelection(QString &out, const QJsonObject &report)
{
    const QJsonObject sel = report.value(QStringLiteral("selection")).toObject();
    out += QStringLiteral("## Selection\n\n");
    const QJsonObject method = sel.value(QStringLiteral("method")).toObject();
    out += QStringLiteral("Normalisation: %1. Missing figures: %2. Ratings: %3. Fragile below %4 pp.\n\n")
               .arg(method.value(QStringLiteral("normalisation")).toString(), method.value(QStringLiteral("missing_policy")).toString(),
                    method.value(QStringLiteral("rating_aggregation")).toString())
               .arg(method.value(QStringLiteral("fragile_below_pp")).toDouble());
    for (const QJsonValue &tv : sel.value(QStringLiteral("tiers")).toArray())
        markdownTier(out, tv.toObject());
    out += QStringLiteral("### Recommendations per bounded context\n\n");
    table(out, sel.value(QStringLiteral("recommendations")).toArray(),
          {QStringLiteral("context"), QStringLiteral("candidate"), QStringLiteral("rule"), QStringLiteral("current"),
           QStringLiteral("disagrees_with_current")});
    out += QStringLiteral("### Decision rules (in order)\n\n");
    table(out, sel.value(QStringLiteral("rules")).toArray(), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("candidate"), QStringLiteral("conditions")});
}

void markdownContexts(QString &out, const QJsonObject &report)
{
    const QJsonObject ctx = report.value(QStringLiteral("contexts")).toObject();
    out += QStringLiteral("## Bounded contexts\n\n");
    table(out, ctx.value(QStringLiteral("contexts")).toArray(), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("language"), QStringLiteral("data_format"), QStringLiteral("sync_mechanism"), QStringLiteral("latency_tolerance_ms"), QStringLiteral("tier")});
    out += QStringLiteral("### Relations\n\n");
    table(out, ctx.value(QStringLiteral("relations")).toArray(), {QStringLiteral("id"), QStringLiteral("upstream"), QStringLiteral("downstream"), QStringLiteral("pattern"), QStringLiteral("mechanism"), QStringLiteral("format")});
    out += QStringLiteral("### Findings\n\n");
    table(out, ctx.value(QStringLiteral("findings")).toArray(), {QStringLiteral("severity"), QStringLiteral("kind"), QStringLiteral("message"), QStringLiteral("elements")});
    const QJsonObject pc = ctx.value(QStringLiteral("protocol_consistency")).toObject();
    out += QStringLiteral("API-protocol consistency: %1 (%2 of %3 integrations use an approved protocol)\n\n")
               .arg(pc.value(QStringLiteral("value")).isNull() ? QStringLiteral("—")
                                                               : QString::number(pc.value(QStringLiteral("value")).toDouble(), 'f', 1) + QStringLiteral(" %"))
               .arg(pc.value(QStringLiteral("conforming")).toInt())
               .arg(pc.value(QStringLiteral("integrations")).toInt());
}

void markdownTco(QString &out, const QJsonObject &report)
{
    const QJsonObject tco = report.value(QStringLiteral("tco")).toObject();
    out += QStringLiteral("## TCO scenarios\n\n");
    table(out, tco.value(QStringLiteral("scenarios")).toArray(), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("baseline"), QStringLiteral("provider"), QStringLiteral("functions")});
    out += QStringLiteral("### Annual cost per scenario\n\n");
    QJsonArray totals;
    for (const QJsonValue &v : tco.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = v.toObject();
        const QJsonObject u = r.value(QStringLiteral("uncertainty")).toObject();
        totals.append(QJsonObject{{QStringLiteral("scenario"), r.value(QStringLiteral("name"))},
                                  {QStringLiteral("provider"), r.value(QStringLiteral("provider"))},
                                  {QStringLiteral("total_annual_usd"), r.value(QStringLiteral("total_annual_usd"))},
                                  {QStringLiteral("delta_to_baseline_usd"), r.value(QStringLiteral("delta_to_baseline_usd"))},
                                  {QStringLiteral("p10_usd"), u.value(QStringLiteral("p10_usd"))},
                                  {QStringLiteral("p50_usd"), u.value(QStringLiteral("p50_usd"))},
                                  {QStringLiteral("p90_usd"), u.value(QStringLiteral("p90_usd"))}});
    }
    table(out, totals, {QStringLiteral("scenario"), QStringLiteral("provider"), QStringLiteral("total_annual_usd"), QStringLiteral("delta_to_baseline_usd"),
                        QStringLiteral("p10_usd"), QStringLiteral("p50_usd"), QStringLiteral("p90_usd")});
    out += QStringLiteral("### Language cost profiles\n\n");
    table(out, tco.value(QStringLiteral("language_profiles")).toArray(), {QStringLiteral("language"), QStringLiteral("language_factor"), QStringLiteral("cold_start_mean_ms"), QStringLiteral("cold_start_sigma_ms"), QStringLiteral("first_byte_ms"), QStringLiteral("monitoring_person_days")});
}

void markdownFragmentation(QString &out, const QJsonObject &report)
{
    const QJsonObject frag = report.value(QStringLiteral("fragmentation")).toObject();
    out += QStringLiteral("## Fragmentation\n\n### Services\n\n");
    table(out, frag.value(QStringLiteral("services")).toArray(), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("context"), QStringLiteral("language"), QStringLiteral("dependencies"), QStringLiteral("apis")});
    out += QStringLiteral("### Thresholds\n\n");
    table(out, frag.value(QStringLiteral("thresholds")).toArray(), {QStringLiteral("metric"), QStringLiteral("unit"), QStringLiteral("direction"), QStringLiteral("healthy"), QStringLiteral("warning"), QStringLiteral("high"), QStringLiteral("reported_value")});
}

void markdownDecisions(QString &out, const QJsonObject &report)
{
    const QJsonObject dec = report.value(QStringLiteral("decisions")).toObject();
    out += QStringLiteral("## Decision records\n\n");
    table(out, dec.value(QStringLiteral("records")).toArray(), {QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("date")});
}

} // namespace

QJsonObject buildReport(const Workspace &ws, const ReportData &data)
{
    return {
        {QStringLiteral("workspace"), workspaceSection(ws)},
        {QStringLiteral("selection"), selectionSection(ws, data)},
        {QStringLiteral("contexts"), contextsSection(ws, data)},
        {QStringLiteral("tco"), tcoSection(ws, data)},
        {QStringLiteral("fragmentation"), fragmentationSection(ws, data)},
        {QStringLiteral("decisions"), decisionsSection(ws)},
    };
}

QJsonObject buildReport(const Workspace &ws)
{
    return buildReport(ws, ReportData::compute(ws));
}

QString reportToMarkdown(const QJsonObject &report)
{
    QString out;
    markdownWorkspace(out, report);
    markdownSelection(out, report);
    markdownContexts(out, report);
    markdownTco(out, report);
    markdownFragmentation(out, report);
    markdownDecisions(out, report);
    return out;
}

} // namespace ArchBoard
