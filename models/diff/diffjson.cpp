// The diff as JSON (docs/git.md has the schema): keys in snake_case, money in
// USD rounded to cents, values as the workspace file writes them.
#include "diffreport.h"

#include "diffwording.h"
#include "workspace.h"

#include <QJsonArray>

#include <cmath>

namespace ArchBoard {

namespace {

QJsonValue money(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString kindKey(ElementChange::Kind kind)
{
    switch (kind) {
    case ElementChange::Kind::Added: return QStringLiteral("added");
    case ElementChange::Kind::Removed: return QStringLiteral("removed");
    case ElementChange::Kind::Changed: return QStringLiteral("changed");
    }
    return {};
}

QJsonObject keyObject(TableId table, const QString &key)
{
    QJsonObject o;
    const TableSchema &ts = Schema::table(table);
    const QList<int> &fields = ElementKeys::identityFields(table);
    const QStringList parts = ElementKeys::parts(key);
    for (int i = 0; i < fields.size() && i < parts.size(); ++i)
        o.insert(QLatin1StringView(ts.field(fields.at(i)).key), parts.at(i));
    return o;
}

QJsonObject changeJson(const WorkspaceComparison &cmp, const ElementChange &c)
{
    const TableSchema &ts = Schema::table(c.table);
    QJsonObject o{{QStringLiteral("table"), QLatin1StringView(ts.key())},
                  {QStringLiteral("kind"), kindKey(c.kind)},
                  {QStringLiteral("key"), keyObject(c.table, c.key)},
                  {QStringLiteral("element"), ElementKeys::label(c.key)}};
    if (ElementKeys::occurrence(c.key) > 1)
        o.insert(QStringLiteral("occurrence"), ElementKeys::occurrence(c.key));
    const Workspace &ws = c.kind == ElementChange::Kind::Removed ? *cmp.before : *cmp.after;
    const int row = c.kind == ElementChange::Kind::Removed ? c.rowBefore : c.rowAfter;
    o.insert(QStringLiteral("name"), WorkspaceDiff::elementName(ws, c.table, row, c.key));
    if (c.kind != ElementChange::Kind::Changed) {
        QJsonObject values;
        for (int f = 0; f < ts.fieldCount(); ++f)
            values.insert(QLatin1StringView(ts.field(f).key),
                          QJsonValue::fromVariant(WorkspaceDiff::plainValue(c.table, f, ts.value(ws, row, f))));
        o.insert(QStringLiteral("values"), values);
        return o;
    }
    QJsonArray fields;
    for (const FieldChange &f : c.fields) {
        const auto [was, now] = WorkspaceDiff::formatChange(*cmp.before, *cmp.after, c, f);
        fields.append(QJsonObject{{QStringLiteral("field"), QLatin1StringView(ts.field(f.field).key)},
                                  {QStringLiteral("before"), QJsonValue::fromVariant(WorkspaceDiff::plainValue(c.table, f.field, f.before))},
                                  {QStringLiteral("after"), QJsonValue::fromVariant(WorkspaceDiff::plainValue(c.table, f.field, f.after))},
                                  {QStringLiteral("before_text"), was},
                                  {QStringLiteral("after_text"), now}});
    }
    o.insert(QStringLiteral("fields"), fields);
    if (c.moved)
        o.insert(QStringLiteral("moved"), QJsonObject{{QStringLiteral("before"), c.positionBefore}, {QStringLiteral("after"), c.positionAfter}});
    return o;
}

QJsonValue tierJson(const std::optional<TierOutcome> &t)
{
    if (!t)
        return QJsonValue();
    QJsonArray ranking;
    for (const RankedCandidate &c : t->ranking)
        ranking.append(QJsonObject{{QStringLiteral("candidate"), c.candidate},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("rank"), c.rank},
                                   {QStringLiteral("score_pct"), c.scorePct},
                                   {QStringLiteral("knocked_out"), c.knockedOut}});
    return QJsonObject{{QStringLiteral("name"), t->name},
                       {QStringLiteral("winner"), t->winner.isEmpty() ? QJsonValue() : QJsonValue(t->winner)},
                       {QStringLiteral("stability"), Selection::stabilityKey(t->stability)},
                       {QStringLiteral("min_distance_pp"), optional(t->minDistancePp)},
                       {QStringLiteral("ranking"), ranking}};
}

QJsonObject scenarioJson(const TcoConsequence &s)
{
    QJsonObject o{{QStringLiteral("scenario"), s.scenario}, {QStringLiteral("name"), s.name}};
    if (s.only) {
        const TcoResult &r = *s.only;
        const QString side = s.added ? QStringLiteral("after") : QStringLiteral("before");
        o.insert(QStringLiteral("status"), s.added ? QStringLiteral("added") : QStringLiteral("removed"));
        o.insert(QStringLiteral("annual_%1_usd").arg(side), money(r.totalAnnualUsd));
        o.insert(QStringLiteral("horizon_%1_usd").arg(side), money(r.cumulativeUsd.empty() ? r.totalAnnualUsd : r.cumulativeUsd.back()));
        o.insert(QStringLiteral("horizon_%1_years").arg(side), r.horizonYears);
        return o;
    }
    const TcoComparison &c = *s.comparison;
    o.insert(QStringLiteral("status"), QStringLiteral("changed"));
    o.insert(QStringLiteral("annual_before_usd"), money(c.annualA));
    o.insert(QStringLiteral("annual_after_usd"), money(c.annualB));
    o.insert(QStringLiteral("annual_change_pct"), optional(c.annualChangePct()));
    o.insert(QStringLiteral("horizon_before_usd"), money(c.horizonA));
    o.insert(QStringLiteral("horizon_after_usd"), money(c.horizonB));
    o.insert(QStringLiteral("horizon_before_years"), c.horizonYearsA);
    o.insert(QStringLiteral("horizon_after_years"), c.horizonYearsB);
    o.insert(QStringLiteral("horizon_change_pct"), optional(c.horizonChangePct()));
    QJsonArray lines;
    for (const TcoLineDelta &l : c.movedLines())
        lines.append(QJsonObject{{QStringLiteral("language"), l.language.isEmpty() ? QJsonValue() : QJsonValue(l.language)},
                                 {QStringLiteral("line"), l.line},
                                 {QStringLiteral("custom"), l.custom.isEmpty() ? QJsonValue() : QJsonValue(l.custom)},
                                 {QStringLiteral("before_usd"), l.aUsd ? money(*l.aUsd) : QJsonValue()},
                                 {QStringLiteral("after_usd"), l.bUsd ? money(*l.bUsd) : QJsonValue()},
                                 {QStringLiteral("delta_usd"), money(l.delta())}});
    o.insert(QStringLiteral("lines"), lines);
    return o;
}

QJsonObject findingJson(const ContextFinding &f)
{
    return QJsonObject{{QStringLiteral("kind"), f.kind},
                       {QStringLiteral("severity"), ContextMap::severityKey(f.severity)},
                       {QStringLiteral("elements"), QJsonArray::fromStringList(f.elements)},
                       {QStringLiteral("message"), f.message}};
}

QJsonObject contextsJson(const ContextConsequence &c)
{
    QJsonArray appeared, resolved, changed;
    for (const ContextFinding &f : c.appeared)
        appeared.append(findingJson(f));
    for (const ContextFinding &f : c.resolved)
        resolved.append(findingJson(f));
    for (const FindingChange &f : c.changed) {
        QJsonObject o = findingJson(f.after);
        o.insert(QStringLiteral("message_before"), f.before.message);
        changed.append(o);
    }
    return QJsonObject{{QStringLiteral("appeared"), appeared},
                       {QStringLiteral("resolved"), resolved},
                       {QStringLiteral("changed"), changed},
                       // Only when it moved, like everything else here.
                       {QStringLiteral("protocol_consistency"),
                        c.consistencyChanged() ? QJsonValue(QJsonObject{{QStringLiteral("before_pct"), optional(c.consistencyBefore.valuePct)},
                                                                        {QStringLiteral("after_pct"), optional(c.consistencyAfter.valuePct)}})
                                               : QJsonValue()}};
}

QJsonArray metricsJson(const std::vector<MetricConsequence> &metrics)
{
    QJsonArray out;
    for (const MetricConsequence &m : metrics)
        out.append(QJsonObject{{QStringLiteral("metric"), Fragmentation::metricKey(m.metric)},
                               {QStringLiteral("before"), optional(m.before.value)},
                               {QStringLiteral("after"), optional(m.after.value)},
                               {QStringLiteral("unit"), m.after.unit},
                               {QStringLiteral("level_before"), Fragmentation::levelKey(m.before.level)},
                               {QStringLiteral("level_after"), Fragmentation::levelKey(m.after.level)}});
    return out;
}

QJsonArray recordsJson(const std::vector<RecordConsequence> &records)
{
    QJsonArray out;
    for (const RecordConsequence &r : records) {
        QJsonObject o{{QStringLiteral("decision"), r.decision},
                      {QStringLiteral("number"), r.number},
                      {QStringLiteral("label"), Decisions::label(r.number)},
                      {QStringLiteral("title"), r.title},
                      {QStringLiteral("kind"), r.kind == RecordConsequence::Kind::Stale ? QStringLiteral("stale") : QStringLiteral("superseded")}};
        if (r.kind == RecordConsequence::Kind::Superseded) {
            o.insert(QStringLiteral("superseded_by"), r.supersededBy);
        } else {
            QJsonArray figures;
            for (const Decisions::StaleFigure &f : r.figures) {
                const auto [was, now] = Decisions::formatChange(f);
                figures.append(QJsonObject{{QStringLiteral("key"), f.snapshot.key},
                                           {QStringLiteral("label"), f.snapshot.label},
                                           {QStringLiteral("frozen"), was},
                                           {QStringLiteral("live"), f.live ? QJsonValue(now) : QJsonValue()}});
            }
            o.insert(QStringLiteral("figures"), figures);
        }
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject WorkspaceDiff::toJson(const WorkspaceComparison &cmp)
{
    QJsonArray changes;
    for (const ElementChange &c : cmp.model.changes)
        changes.append(changeJson(cmp, c));
    const Consequences &c = cmp.consequences;
    QJsonArray tiers;
    for (const TierConsequence &t : c.tiers)
        tiers.append(QJsonObject{{QStringLiteral("tier"), t.tier},
                                 {QStringLiteral("before"), tierJson(t.before)},
                                 {QStringLiteral("after"), tierJson(t.after)},
                                 {QStringLiteral("winner_changed"), t.winnerChanged()}});
    QJsonArray scenarios;
    for (const TcoConsequence &s : c.scenarios)
        scenarios.append(scenarioJson(s));
    return QJsonObject{
        {QStringLiteral("before"), cmp.beforeLabel},
        {QStringLiteral("after"), cmp.afterLabel},
        {QStringLiteral("summary"), summary(cmp)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("added"), cmp.model.count(ElementChange::Kind::Added)},
                                               {QStringLiteral("removed"), cmp.model.count(ElementChange::Kind::Removed)},
                                               {QStringLiteral("changed"), cmp.model.count(ElementChange::Kind::Changed)},
                                               {QStringLiteral("winners_changed"), c.winnersChanged()}}},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("consequences"), QJsonObject{{QStringLiteral("tiers"), tiers},
                                                     {QStringLiteral("tco"), scenarios},
                                                     {QStringLiteral("contexts"), contextsJson(c.contexts)},
                                                     {QStringLiteral("fragmentation"), metricsJson(c.metrics)},
                                                     {QStringLiteral("records"), recordsJson(c.records)}}},
    };
}

} // namespace ArchBoard
