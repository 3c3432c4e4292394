// The semantic diff engine: model changes by element and field (property test
// on generated workspaces), consequences read from the engines, the formats
// (Markdown stays inert when rendered by GitHub's cmark-gfm), the CI gate.
#include "decisions.h"
#include "diffgate.h"
#include "diffreport.h"
#include "generator.h"
#include "randomedits.h"
#include "tcocomparison.h"
#include "workspace.h"

#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace ArchBoard;

namespace {

int field(TableId t, const char *key)
{
    return Schema::table(t).fieldIndex(QLatin1StringView(key));
}

int rowOf(const std::vector<TierWeight> &weights, const QString &tier, const QString &criterion)
{
    for (size_t i = 0; i < weights.size(); ++i) {
        if (weights[i].tier == tier && weights[i].criterion == criterion)
            return int(i);
    }
    return -1;
}

/// Only delivery speed counts in the sample's availability tier and its must-pass
/// threshold no longer knocks anyone out: TypeScript wins instead of Rust.
void flipAvailabilityTier(Workspace &ws)
{
    for (TierWeight &w : ws.tierWeights) {
        if (w.tier == u"tier-9999")
            w.weight = w.criterion == u"delivery-speed" ? 10 : 0;
    }
    for (TierThreshold &t : ws.tierThresholds) {
        if (t.tier == u"tier-9999")
            t.value = 1000;
    }
}

QString renderGfm(const QString &markdown)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("cmark-gfm"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    // --unsafe: raw HTML passes as on GitHub, which allows <img>, <details>, …; the extensions GitHub uses.
    p.start(tool, {QStringLiteral("--unsafe"), QStringLiteral("-e"), QStringLiteral("table"), QStringLiteral("-e"),
                   QStringLiteral("autolink"), QStringLiteral("-e"), QStringLiteral("strikethrough")});
    p.write(markdown.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private slots:
    void noChange();
    void fieldChangeInGuiUnits();
    void addedRemovedAndMovedRules();
    void repeatedKeysPairInOrder();
    void randomEditsAreListedExactly_data();
    void randomEditsAreListedExactly();
    void enginesLeftOutMoveNothing();
    void winnerChangeFromTheEngine();
    void tcoTotalsAndLines();
    void findingsMetricsAndRecords();
    void pairwiseScenarioComparison();
    void failOnConditions();
    void markdownIsInert();
    void markdownStaysShort();
    void jsonNamesEveryChange();
};

void TestDiff::noChange()
{
    const Workspace ws = Testing::sampleWorkspace();
    QVERIFY(WorkspaceDiff::compare(ws, ws).isEmpty());
    const WorkspaceComparison cmp = WorkspaceDiff::run(std::make_shared<Workspace>(ws), std::make_shared<Workspace>(ws),
                                                       QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(cmp.consequences.isEmpty());
    QCOMPARE(WorkspaceDiff::summary(cmp), QStringLiteral("No model changes."));
}

void TestDiff::fieldChangeInGuiUnits()
{
    const Workspace before = Testing::sampleWorkspace();
    Workspace after = before;
    const int w = rowOf(after.tierWeights, QStringLiteral("tier-9999"), QStringLiteral("cold-start"));
    QVERIFY(w >= 0);
    after.tierWeights[size_t(w)].weight = 3.001; // two decimals would read "3 → 3"
    after.contexts[0].latencyToleranceMs = 1234;
    const auto m = std::find_if(after.measurements.begin(), after.measurements.end(),
                                [](const Measurement &x) { return x.criterion == u"cold-start" && x.value; });
    QVERIFY(m != after.measurements.end());
    const double oldValue = *m->value;
    m->value = oldValue + 5;
    const ModelDiff diff = WorkspaceDiff::compare(before, after);
    QCOMPARE(diff.changes.size(), size_t(3));
    // Schema order: measurements, tier weights, contexts.
    const ElementChange &measurement = diff.changes[0];
    QCOMPARE(measurement.table, TableId::Measurements);
    QCOMPARE(measurement.key, m->candidate + QStringLiteral("/cold-start"));
    QCOMPARE(ElementKeys::label(measurement.key), m->candidate + QStringLiteral(" / cold-start"));
    QCOMPARE(measurement.fields.size(), size_t(1));
    const auto [was, now] = WorkspaceDiff::formatChange(before, after, measurement, measurement.fields[0]);
    QCOMPARE(was, QStringLiteral("%1 ms").arg(oldValue)); // the criterion's unit, as the GUI shows it
    QCOMPARE(now, QStringLiteral("%1 ms").arg(oldValue + 5));

    const ElementChange &weight = diff.changes[1];
    QCOMPARE(weight.table, TableId::TierWeights);
    QCOMPARE(weight.key, QStringLiteral("tier-9999/cold-start"));
    QCOMPARE(weight.kind, ElementChange::Kind::Changed);
    QCOMPARE(weight.fields[0].field, field(TableId::TierWeights, "weight"));
    QCOMPARE(WorkspaceDiff::formatChange(before, after, weight, weight.fields[0]), std::make_pair(QStringLiteral("3"), QStringLiteral("3.001")));

    const ElementChange &context = diff.changes[2];
    QCOMPARE(context.table, TableId::Contexts);
    QCOMPARE(context.key, after.contexts[0].id);
    QCOMPARE(WorkspaceDiff::formatChange(before, after, context, context.fields[0]).second, QLocale().toString(1234.0, 'f', 0) + QStringLiteral(" ms"));

    const WorkspaceComparison cmp = WorkspaceDiff::run(std::make_shared<Workspace>(before), std::make_shared<Workspace>(after),
                                                       QStringLiteral("old"), QStringLiteral("new"));
    const QString text = WorkspaceDiff::toText(cmp);
    QVERIFY2(text.contains(QStringLiteral("~ tier_weights[tier-9999 / cold-start].weight: 3 → 3.001")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("~ contexts[%1].latency_tolerance_ms: ").arg(after.contexts[0].id)), qPrintable(text));
}

void TestDiff::addedRemovedAndMovedRules()
{
    const Workspace before = Testing::sampleWorkspace();
    QVERIFY(before.rules.size() >= 3);
    Workspace after = before;
    Candidate zig;
    zig.id = QStringLiteral("zig");
    zig.name = QStringLiteral("Zig");
    after.candidates.push_back(zig);
    const QString removedRelation = after.relations[1].id;
    after.relations.erase(after.relations.begin() + 1);
    std::rotate(after.rules.begin(), after.rules.end() - 1, after.rules.end()); // the last rule first
    const ModelDiff diff = WorkspaceDiff::compare(before, after);
    QCOMPARE(diff.changes.size(), size_t(3));
    QCOMPARE(diff.changes[0].kind, ElementChange::Kind::Added);
    QCOMPARE(diff.changes[0].key, QStringLiteral("zig"));
    QCOMPARE(diff.changes[0].rowAfter, int(after.candidates.size()) - 1);
    QCOMPARE(diff.changes[1].table, TableId::Rules);
    QVERIFY(diff.changes[1].moved);
    QVERIFY(diff.changes[1].fields.empty());
    QCOMPARE(diff.changes[1].key, before.rules.back().id);
    QCOMPARE(diff.changes[1].positionBefore, int(before.rules.size()) - 1);
    QCOMPARE(diff.changes[1].positionAfter, 0);
    QCOMPARE(diff.changes[2].kind, ElementChange::Kind::Removed);
    QCOMPARE(diff.changes[2].key, removedRelation);
    // Row order of an unordered table is not a change.
    Workspace shuffled = before;
    std::reverse(shuffled.candidates.begin(), shuffled.candidates.end());
    QVERIFY(WorkspaceDiff::compare(before, shuffled).isEmpty());
}

void TestDiff::repeatedKeysPairInOrder()
{
    Workspace before = Testing::sampleWorkspace();
    const QString scenario = before.scenarios[0].id;
    before.costLines.push_back({scenario, QStringLiteral("Support/24×7 #1"), {}, 100, Recurrence::Annual, {}});
    before.costLines.push_back({scenario, QStringLiteral("Support/24×7 #1"), {}, 200, Recurrence::Annual, {}});
    Workspace after = before;
    after.costLines.back().amountUsd = 250;
    const ModelDiff diff = WorkspaceDiff::compare(before, after);
    QCOMPARE(diff.changes.size(), size_t(1));
    const ElementChange &c = diff.changes[0];
    QCOMPARE(ElementKeys::occurrence(c.key), 2);
    QCOMPARE(ElementKeys::parts(c.key), (QStringList{scenario, QStringLiteral("Support/24×7 #1")}));
    QCOMPARE(ElementKeys::label(c.key), scenario + QStringLiteral(" / Support/24×7 #1 #2"));
    QCOMPARE(c.rowBefore, int(before.costLines.size()) - 1);
}

void TestDiff::randomEditsAreListedExactly_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("hostile");
    for (quint32 seed = 1; seed <= 6; ++seed) {
        QTest::addRow("seed %u", seed) << seed << false;
        QTest::addRow("seed %u hostile", seed) << seed << true;
    }
}

void TestDiff::randomEditsAreListedExactly()
{
    QFETCH(quint32, seed);
    QFETCH(bool, hostile);
    Testing::GeneratorSpec spec;
    spec.hostileText = hostile;
    const Workspace before = Testing::generateWorkspace(spec, seed);
    Workspace after = before;
    QRandomGenerator rng(seed * 7919u);
    const std::vector<Testing::RandomEdit> edits = Testing::applyRandomEdits(after, rng, 25);
    QVERIFY(edits.size() >= 20);
    QStringList want, got;
    for (const Testing::RandomEdit &e : edits)
        want << e.describe();
    for (const ElementChange &c : WorkspaceDiff::compare(before, after).changes) {
        QVERIFY(!c.moved);
        got << Testing::describe(c);
    }
    want.sort();
    got.sort();
    QCOMPARE(got, want);
}

void TestDiff::enginesLeftOutMoveNothing()
{
    // An engine whose input tables did not change is not run; a few edits at a time
    // on generated workspaces give the same consequences as running every engine.
    int skipped = 0;
    for (quint32 seed = 1; seed <= 60; ++seed) {
        Testing::GeneratorSpec spec;
        spec.hostileText = seed % 3 == 0;
        const Workspace before = Testing::generateWorkspace(spec, seed);
        Workspace after = before;
        QRandomGenerator rng(seed);
        Testing::applyRandomEdits(after, rng, 1 + int(seed % 3));
        const ModelDiff diff = WorkspaceDiff::compare(before, after);
        WorkspaceComparison some{QStringLiteral("a"), QStringLiteral("b"), std::make_shared<Workspace>(before),
                                 std::make_shared<Workspace>(after), diff, WorkspaceDiff::consequences(before, after, &diff)};
        WorkspaceComparison all = some;
        all.consequences = WorkspaceDiff::consequences(before, after);
        QCOMPARE(WorkspaceDiff::toJson(some), WorkspaceDiff::toJson(all));
        const bool fragmentation = std::any_of(diff.changes.begin(), diff.changes.end(), [](const ElementChange &c) {
            return c.table == TableId::Dependencies || c.table == TableId::Services || c.table == TableId::Relations;
        });
        skipped += fragmentation ? 0 : 1;
    }
    QVERIFY(skipped > 10); // the test did leave engines out
}

void TestDiff::winnerChangeFromTheEngine()
{
    const Workspace before = Testing::sampleWorkspace();
    Workspace after = before;
    flipAvailabilityTier(after);
    const SelectionResult a = Selection::compute(before);
    const SelectionResult b = Selection::compute(after);
    QVERIFY(a.tiers[0].winner != b.tiers[0].winner);
    const Consequences c = WorkspaceDiff::consequences(before, after);
    QCOMPARE(c.winnersChanged(), 1);
    const TierConsequence &t = c.tiers[0];
    QCOMPARE(t.tier, QStringLiteral("tier-9999"));
    QCOMPARE(t.before->winner, a.tiers[0].winner);
    QCOMPARE(t.after->winner, b.tiers[0].winner);
    QCOMPARE(t.after->ranking.size(), b.tiers[0].ranking.size());
    for (size_t i = 0; i < b.tiers[0].ranking.size(); ++i) {
        QCOMPARE(t.after->ranking[i].candidate, b.tiers[0].ranking[i].candidate);
        QCOMPARE(t.after->ranking[i].scorePct, b.tiers[0].ranking[i].score * 100.0);
        QCOMPARE(t.after->ranking[i].rank, b.tiers[0].ranking[i].rank);
    }
    for (const TierConsequence &other : c.tiers)
        QVERIFY(other.tier == u"tier-9999"); // the other tiers did not move
}

void TestDiff::tcoTotalsAndLines()
{
    const Workspace before = Testing::sampleWorkspace();
    Workspace after = before;
    after.scenarios[0].invocationsPerMonth *= 3;
    after.scenarios[0].horizonYears += 1;
    const Consequences c = WorkspaceDiff::consequences(before, after);
    QVERIFY(!c.scenarios.empty());
    const TcoConsequence &s = c.scenarios[0];
    QCOMPARE(s.scenario, after.scenarios[0].id);
    QVERIFY(s.comparison);
    const TcoResult a = Tco::compute(*Tco::input(before, s.scenario));
    const TcoResult b = Tco::compute(*Tco::input(after, s.scenario));
    QCOMPARE(s.comparison->annualA, a.totalAnnualUsd);
    QCOMPARE(s.comparison->annualB, b.totalAnnualUsd);
    QCOMPARE(s.comparison->horizonA, a.cumulativeUsd.back());
    QCOMPARE(s.comparison->horizonB, b.cumulativeUsd.back());
    QCOMPARE(s.comparison->horizonYearsB, a.horizonYears + 1);
    const std::vector<TcoLineDelta> moved = s.comparison->movedLines();
    QVERIFY(!moved.empty());
    QVERIFY(std::any_of(moved.begin(), moved.end(), [](const TcoLineDelta &l) { return l.line == u"requests_usd" || l.line == u"compute_usd"; }));
    for (size_t i = 1; i < moved.size(); ++i)
        QVERIFY(std::abs(moved[i - 1].delta()) >= std::abs(moved[i].delta()));
    // Scenarios the edit did not touch are not listed.
    for (const TcoConsequence &x : c.scenarios)
        QCOMPARE(x.scenario, after.scenarios[0].id);
}

void TestDiff::findingsMetricsAndRecords()
{
    Workspace before = Testing::sampleWorkspace();
    const Decisions::Draft draft = Decisions::draftFromAnalysis(before, QStringLiteral("tier-9999"), QDate(2026, 3, 1));
    Decisions::addDraft(&before, draft);
    QVERIFY(Decisions::staleFigures(before, draft.record.id).empty());
    QVERIFY(!before.decisions.empty());
    Workspace after = before;
    for (TierWeight &w : after.tierWeights) {
        if (w.tier == u"tier-9999" && w.criterion == u"cold-start")
            w.weight += 1;
    }
    BoundedContext lonely;
    lonely.id = QStringLiteral("lonely");
    lonely.name = QStringLiteral("Lonely");
    after.contexts.push_back(lonely);
    after.approvedProtocols.clear();
    after.decisions[0].status = DecisionStatus::Superseded;
    after.decisions[0].supersededBy = draft.record.id;

    const Consequences c = WorkspaceDiff::consequences(before, after);
    QVERIFY(std::any_of(c.contexts.appeared.begin(), c.contexts.appeared.end(), [](const ContextFinding &f) {
        return f.kind == u"isolated_context" && f.elements.contains(QStringLiteral("context:lonely"));
    }));
    QVERIFY(c.contexts.consistencyChanged());
    const ContextMapResult map = ContextMap::analyse(after, Selection::compute(after));
    QCOMPARE(c.contexts.consistencyAfter.valuePct, map.protocolConsistency.valuePct);
    const FragmentationResult frag = Fragmentation::analyse(after);
    const auto pc = std::find_if(c.metrics.begin(), c.metrics.end(),
                                 [](const MetricConsequence &m) { return m.metric == FragmentationMetric::ProtocolConsistency; });
    QVERIFY(pc != c.metrics.end());
    QCOMPARE(pc->after.value, frag.metric(FragmentationMetric::ProtocolConsistency).value);
    QCOMPARE(pc->after.level, frag.metric(FragmentationMetric::ProtocolConsistency).level);

    const auto stale = std::find_if(c.records.begin(), c.records.end(),
                                    [&](const RecordConsequence &r) { return r.kind == RecordConsequence::Kind::Stale; });
    QVERIFY(stale != c.records.end());
    QCOMPARE(stale->decision, draft.record.id);
    QCOMPARE(stale->figures.size(), Decisions::staleFigures(after, draft.record.id).size());
    const auto superseded = std::find_if(c.records.begin(), c.records.end(),
                                         [](const RecordConsequence &r) { return r.kind == RecordConsequence::Kind::Superseded; });
    QVERIFY(superseded != c.records.end());
    QCOMPARE(superseded->decision, after.decisions[0].id);
    QCOMPARE(superseded->supersededBy, draft.record.id);
}

void TestDiff::pairwiseScenarioComparison()
{
    const Workspace ws = Testing::sampleWorkspace();
    QVERIFY(ws.scenarios.size() >= 3);
    const TcoResult a = Tco::compute(*Tco::input(ws, ws.scenarios[1].id));
    const TcoResult b = Tco::compute(*Tco::input(ws, ws.scenarios[2].id));
    const TcoComparison c = Tco::compare(a, b);
    QCOMPARE(c.scenarioA, ws.scenarios[1].id);
    QCOMPARE(c.annualA, a.totalAnnualUsd);
    QCOMPARE(c.annualB, b.totalAnnualUsd);
    // The lines account for the whole difference.
    double sum = 0;
    for (const TcoLineDelta &l : c.lines)
        sum += l.delta();
    QVERIFY2(std::abs(sum - c.annualDelta()) < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(c.annualDelta())));
    QCOMPARE(Tco::compare(a, a).movedLines().size(), size_t(0));
}

void TestDiff::failOnConditions()
{
    std::vector<FailCondition> conditions;
    QString error;
    QVERIFY(!DiffGate::parse({QStringLiteral("tco-rise=abc")}, &conditions, &error));
    QVERIFY(error.contains(QStringLiteral("tco-rise")));
    QVERIFY(!DiffGate::parse({QStringLiteral("risk=medium")}, &conditions, &error));
    QVERIFY(!DiffGate::parse({QStringLiteral("winners")}, &conditions, &error));
    conditions.clear();
    QVERIFY(DiffGate::parse({QStringLiteral("winner,tco-rise=5%"), QStringLiteral("risk=high")}, &conditions, &error));
    QCOMPARE(conditions.size(), size_t(3));
    QCOMPARE(conditions[1].pct, 5.0);

    const Workspace before = Testing::sampleWorkspace();
    Workspace after = before;
    flipAvailabilityTier(after);
    after.scenarios[0].invocationsPerMonth *= 10;
    const WorkspaceComparison cmp = WorkspaceDiff::run(std::make_shared<Workspace>(before), std::make_shared<Workspace>(after),
                                                       QStringLiteral("a"), QStringLiteral("b"));
    const double rise = *cmp.consequences.scenarios[0].comparison->annualChangePct();
    QVERIFY(rise > 0);
    std::vector<FailCondition> winner, smallRise, bigRise;
    QVERIFY(DiffGate::parse({QStringLiteral("winner")}, &winner, &error));
    QVERIFY(DiffGate::parse({QStringLiteral("tco-rise=%1").arg(rise / 2)}, &smallRise, &error));
    QVERIFY(DiffGate::parse({QStringLiteral("tco-rise=%1").arg(rise * 2)}, &bigRise, &error));
    QCOMPARE(DiffGate::check(winner, cmp).size(), 1);
    QCOMPARE(DiffGate::check(smallRise, cmp).size(), 1);
    QVERIFY(DiffGate::check(bigRise, cmp).isEmpty());
}

void TestDiff::markdownIsInert()
{
    const QStringList hostile = {
        QStringLiteral("HOSTILE1 <img src=x onerror=alert(1)>"), QStringLiteral("HOSTILE2 [click](https://evil.example/)"),
        QStringLiteral("HOSTILE3 @octo-org/board ping"), QStringLiteral("HOSTILE4 **bold** _em_ ~~gone~~"),
        QStringLiteral("HOSTILE5 | cell | break |"), QStringLiteral("HOSTILE6 ``` fence ` tick"),
        QStringLiteral("HOSTILE7 </details><script>alert(2)</script>"), QStringLiteral("HOSTILE8 https://evil.example/x www.evil.example"),
        QStringLiteral("HOSTILE9\n# heading\n- item\n\n<div>block</div>"), QStringLiteral("`HOSTILE10` &lt;entity&gt; &amp; :smile: #1234"),
    };
    const Workspace before = Testing::sampleWorkspace();
    Workspace after = before;
    for (int i = 0; i < hostile.size() && i < int(after.candidates.size()); ++i)
        after.candidates[size_t(i)].name = hostile.at(i);
    after.scenarios[0].name = hostile.at(6);
    after.scenarios[0].invocationsPerMonth *= 2;
    flipAvailabilityTier(after);
    BoundedContext c;
    c.id = QStringLiteral("HOSTILE11-<b>");
    c.name = hostile.at(0);
    after.contexts.push_back(c);
    const WorkspaceComparison cmp = WorkspaceDiff::run(std::make_shared<Workspace>(before), std::make_shared<Workspace>(after),
                                                       hostile.at(1), hostile.at(8));
    const QString markdown = WorkspaceDiff::toMarkdown(cmp);
    const QString html = renderGfm(markdown);
    if (html.isEmpty())
        QSKIP("cmark-gfm is not installed (scripts/setup.sh installs it): the rendering is not checked");
    // Outside code spans nothing of the hostile text survives: no tag, link, emphasis, heading or mention from it.
    QString outside = html;
    outside.remove(QRegularExpression(QStringLiteral("<code>.*?</code>"), QRegularExpression::DotMatchesEverythingOption));
    QVERIFY2(!outside.contains(QStringLiteral("HOSTILE")), qPrintable(outside));
    for (const char *tag : {"<img", "<script", "<a ", "<div", "<h1", "<b>", "<del", "<em"})
        QVERIFY2(!html.contains(QLatin1StringView(tag)), tag);
    QVERIFY(html.count(QStringLiteral("HOSTILE")) >= 8); // shown, as code
    QCOMPARE(html.count(QStringLiteral("<details>")), html.count(QStringLiteral("</details>")));
    // Every table row has as many cells as its header: no pipe broke out.
    static const QRegularExpression tableRe(QStringLiteral("<table>(.*?)</table>"), QRegularExpression::DotMatchesEverythingOption);
    for (auto it = tableRe.globalMatch(html); it.hasNext();) {
        const QString table = it.next().captured(1);
        static const QRegularExpression headRe(QStringLiteral("<th[ >]")), cellRe(QStringLiteral("<t[dh][ >]"));
        const int columns = int(table.left(table.indexOf(QStringLiteral("</thead>"))).count(headRe));
        static const QRegularExpression rowRe(QStringLiteral("<tr>(.*?)</tr>"), QRegularExpression::DotMatchesEverythingOption);
        for (auto r = rowRe.globalMatch(table); r.hasNext();) {
            const QString row = r.next().captured(1);
            QCOMPARE(int(row.count(cellRe)), columns);
        }
    }
}

void TestDiff::markdownStaysShort()
{
    const Workspace before = Testing::generateWorkspace(Testing::GeneratorSpec{}, 3);
    Workspace after = before;
    QRandomGenerator rng(11);
    Testing::applyRandomEdits(after, rng, 60);
    for (TcoScenario &s : after.scenarios)
        s.invocationsPerMonth = s.invocationsPerMonth * 2 + 1000;
    const WorkspaceComparison cmp = WorkspaceDiff::run(std::make_shared<Workspace>(before), std::make_shared<Workspace>(after),
                                                       QStringLiteral("base"), QStringLiteral("head"));
    const QString markdown = WorkspaceDiff::toMarkdown(cmp);
    QVERIFY(markdown.startsWith(QStringLiteral("### ArchBoard: ") + WorkspaceDiff::summary(cmp).left(5)));
    const qsizetype details = markdown.indexOf(QStringLiteral("<details>"));
    QVERIFY(details > 0);
    QVERIFY2(markdown.left(details).count(u'\n') <= 60, qPrintable(markdown.left(details)));
    QVERIFY(markdown.size() < 65536);
    QVERIFY(markdown.trimmed().endsWith(QLatin1StringView(WorkspaceDiff::markdownMarker)));
}

void TestDiff::jsonNamesEveryChange()
{
    const Workspace before = Testing::sampleWorkspace();
    Workspace after = before;
    const int w = rowOf(after.tierWeights, QStringLiteral("tier-core"), QStringLiteral("resilience"));
    after.tierWeights[size_t(w)].weight = 2.5;
    after.candidates.pop_back();
    const WorkspaceComparison cmp = WorkspaceDiff::run(std::make_shared<Workspace>(before), std::make_shared<Workspace>(after),
                                                       QStringLiteral("a"), QStringLiteral("b"));
    const QJsonObject json = WorkspaceDiff::toJson(cmp);
    const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), qsizetype(cmp.model.changes.size()));
    bool sawWeight = false;
    for (const QJsonValue &v : changes) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("table")).toString() != u"tier_weights")
            continue;
        sawWeight = true;
        QCOMPARE(o.value(QStringLiteral("key")).toObject().value(QStringLiteral("tier")).toString(), QStringLiteral("tier-core"));
        const QJsonObject f = o.value(QStringLiteral("fields")).toArray().at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("field")).toString(), QStringLiteral("weight"));
        QCOMPARE(f.value(QStringLiteral("before")).toDouble(), 4.0);
        QCOMPARE(f.value(QStringLiteral("after")).toDouble(), 2.5);
    }
    QVERIFY(sawWeight);
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("removed")).toInt(),
             cmp.model.count(ElementChange::Kind::Removed));
    QVERIFY(json.value(QStringLiteral("consequences")).toObject().contains(QStringLiteral("tiers")));
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
