// validateWorkspace(): each kind of finding from a minimal change to the
// (clean) sample, with the path and message a user sees in `validate`.
#include "generator.h"
#include "sample.h"
#include "validation.h"
#include "workspace.h"

#include <QTest>

#include <functional>

using namespace ArchBoard;

Q_DECLARE_METATYPE(std::function<void(Workspace &)>)
Q_DECLARE_METATYPE(ArchBoard::Testing::GeneratorSpec)

namespace {
Workspace sample()
{
    return Testing::sampleWorkspace();
}
using Mutation = std::function<void(Workspace &)>;
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsClean();
    void generatedIsClean_data();
    void generatedIsClean();
    void findings_data();
    void findings();
    void findingPathsAreStable();
};

void TestValidation::sampleIsClean()
{
    const QList<ValidationFinding> findings = validateWorkspace(sample());
    for (const ValidationFinding &f : findings)
        qWarning() << f.path() << f.message;
    QVERIFY(findings.isEmpty());
}

void TestValidation::generatedIsClean_data()
{
    QTest::addColumn<Testing::GeneratorSpec>("spec");
    QTest::addColumn<quint32>("seed");
    Testing::GeneratorSpec hostile;
    hostile.hostileText = true;
    // The large workspace's selection shape (benchmarks validate it in full),
    // with fewer contexts, relations and services to stay quick.
    Testing::GeneratorSpec large = Testing::largeSpec();
    large.contexts = 50;
    large.relations = 120;
    large.services = 40;
    large.dependenciesPerService = 10;
    QTest::newRow("default") << Testing::GeneratorSpec() << 1u;
    QTest::newRow("hostile text") << hostile << 7u;
    QTest::newRow("large shape, seed 42") << large << 42u;
}

void TestValidation::generatedIsClean()
{
    // bench_store validates the generated large workspace and fails on any finding.
    QFETCH(Testing::GeneratorSpec, spec);
    QFETCH(quint32, seed);
    const Workspace ws = Testing::generateWorkspace(spec, seed);
    QVERIFY(!ws.decisionFigures.empty()); // the records still freeze figures
    const QList<ValidationFinding> findings = validateWorkspace(ws);
    for (const ValidationFinding &f : findings)
        qWarning() << f.path() << f.message;
    QCOMPARE(findings.size(), 0);
}

void TestValidation::findings_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("duplicate id") << Mutation([](Workspace &w) { w.candidates[1].id = QStringLiteral("rust"); })
                                  << "error" << "candidates[1].id" << "also used by row 1";
    QTest::newRow("id with space") << Mutation([](Workspace &w) { w.tiers[0].id = QStringLiteral("tier one"); })
                                   << "error" << "tiers[0].id" << "spaces";
    QTest::newRow("empty required name") << Mutation([](Workspace &w) { w.criteria[2].name.clear(); })
                                         << "error" << "criteria[2].name" << "must not be empty";
    QTest::newRow("missing required reference") << Mutation([](Workspace &w) { w.rules[1].candidate.clear(); })
                                                << "error" << "rules[1].candidate" << "missing";
    QTest::newRow("dangling reference") << Mutation([](Workspace &w) { w.contexts[0].language = QStringLiteral("cobol"); })
                                        << "error" << "contexts[0].language" << "unknown candidate “cobol”";
    QTest::newRow("dangling element link") << Mutation([](Workspace &w) { w.decisionLinks[2].element = QStringLiteral("nowhere"); })
                                           << "error" << "decision_links[2].element" << "unknown bounded context “nowhere”";
    QTest::newRow("rating out of range") << Mutation([](Workspace &w) { w.ratings[0].score = 7; })
                                         << "error" << "ratings[0].score" << "outside the allowed range 1 … 5";
    QTest::newRow("availability above 100") << Mutation([](Workspace &w) { w.tiers[0].availabilityPct = 120; })
                                            << "error" << "tiers[0].availability_pct" << "outside";
    QTest::newRow("negative latency") << Mutation([](Workspace &w) { w.contexts[2].latencyToleranceMs = -5; })
                                      << "error" << "contexts[2].latency_tolerance_ms" << "outside";
    QTest::newRow("duplicate measurement") << Mutation([](Workspace &w) { w.measurements.push_back(w.measurements[1]); })
                                           << "error" << "measurements[6]" << "combination of candidate, criterion must be unique";
    QTest::newRow("bad colour") << Mutation([](Workspace &w) { w.candidates[0].color = QStringLiteral("orange"); })
                                << "warning" << "candidates[0].color" << "#rrggbb";
    QTest::newRow("weights add up to zero") << Mutation([](Workspace &w) {
        for (TierWeight &tw : w.tierWeights)
            if (tw.tier == u"tier-core")
                tw.weight = 0;
    }) << "error" << "tier_weights[8].weight" << "add up to zero";
    QTest::newRow("rating of a measured criterion") << Mutation([](Workspace &w) { w.ratings[0].criterion = QStringLiteral("cold-start"); })
                                                    << "warning" << "ratings[0].criterion" << "not used";
    QTest::newRow("threshold with =") << Mutation([](Workspace &w) { w.tierThresholds[0].comparison = Comparison::Equal; })
                                      << "error" << "tier_thresholds[0].comparison" << "needs <, ≤, ≥ or >";
    QTest::newRow("compared with itself") << Mutation([](Workspace &w) {
        w.tierComparisons.push_back({QStringLiteral("tier-core"), QStringLiteral("resilience"), QStringLiteral("resilience"), 3});
    }) << "error" << "tier_comparisons[0].criterion_b" << "not compared with itself";
    QTest::newRow("compared both ways") << Mutation([](Workspace &w) {
        w.tierComparisons.push_back({QStringLiteral("tier-core"), QStringLiteral("resilience"), QStringLiteral("cold-start"), 3});
        w.tierComparisons.push_back({QStringLiteral("tier-core"), QStringLiteral("cold-start"), QStringLiteral("resilience"), 0.5});
    }) << "error" << "tier_comparisons[1].criterion_a" << "other way round";
    QTest::newRow("numeric condition with text") << Mutation([](Workspace &w) { w.ruleConditions[0].value = QStringLiteral("four nines"); })
                                                 << "error" << "rule_conditions[0].value" << "not one";
    QTest::newRow("contains on a number") << Mutation([](Workspace &w) { w.ruleConditions[1].comparison = Comparison::Contains; })
                                          << "error" << "rule_conditions[1].comparison" << "does not apply to a number";
    QTest::newRow("order on text") << Mutation([](Workspace &w) {
        w.ruleConditions[1].attribute = RuleAttribute::Team;
        w.ruleConditions[1].comparison = Comparison::Less;
    }) << "error" << "rule_conditions[1].comparison" << "is not a number";
    QTest::newRow("unknown tier in condition") << Mutation([](Workspace &w) {
        w.ruleConditions[0].attribute = RuleAttribute::Tier;
        w.ruleConditions[0].comparison = Comparison::Equal;
        w.ruleConditions[0].value = QStringLiteral("gold");
    }) << "error" << "rule_conditions[0].value" << "unknown SLA tier “gold”";
    QTest::newRow("unknown language in condition") << Mutation([](Workspace &w) {
        w.ruleConditions[0].attribute = RuleAttribute::CurrentLanguage;
        w.ruleConditions[0].comparison = Comparison::Equal;
        w.ruleConditions[0].value = QStringLiteral("perl");
    }) << "error" << "rule_conditions[0].value" << "unknown candidate “perl”";
    QTest::newRow("unknown domain type") << Mutation([](Workspace &w) {
        w.ruleConditions[0].attribute = RuleAttribute::DomainType;
        w.ruleConditions[0].comparison = Comparison::Equal;
        w.ruleConditions[0].value = QStringLiteral("central");
    }) << "error" << "rule_conditions[0].value" << "core, supporting, generic";
    QTest::newRow("rule after the unconditional one") << Mutation([](Workspace &w) {
        w.rules.push_back({QStringLiteral("late"), QStringLiteral("Late"), QStringLiteral("go"), {}, {}});
    }) << "warning" << "rules[3]" << "never applies";
    QTest::newRow("relation to itself") << Mutation([](Workspace &w) { w.relations[0].downstream = w.relations[0].upstream; })
                                        << "error" << "relations[0].downstream" << "upstream of itself";
    QTest::newRow("two baselines") << Mutation([](Workspace &w) { w.scenarios[1].baseline = true; })
                                   << "warning" << "scenarios[0].baseline" << "2 scenarios are marked as baseline";
    // Provider limits (issue 14): AWS Lambda refuses more than 10 240 MB, Azure Consumption bills at most 1 536 MB.
    QTest::newRow("memory the provider refuses") << Mutation([](Workspace &w) { w.scenarios[0].memoryMb = 20000; })
                                                 << "warning" << "scenarios[0].memory_mb" << "the provider refuses it";
    QTest::newRow("memory the provider caps") << Mutation([](Workspace &w) {
        w.scenarios[1].provider = QStringLiteral("azure-functions-consumption");
        w.scenarios[1].memoryMb = 4096;
    }) << "warning" << "scenarios[1].memory_mb" << "bills it as 1536 MB";
    QTest::newRow("duration beyond the timeout") << Mutation([](Workspace &w) { w.scenarios[0].durationMs = 1000000; })
                                                 << "warning" << "scenarios[0].duration_ms" << "timeout of 900000 ms";
    QTest::newRow("value ± σ not centred") << Mutation([](Workspace &w) { w.tcoRanges[2].low = 600; })
                                           << "warning" << "tco_ranges[2].distribution" << "not centred on the value 842";
    QTest::newRow("measurement distribution without limits") << Mutation([](Workspace &w) { w.measurements[1].distribution = Distribution::Normal; })
                                                             << "warning" << "measurements[1].distribution" << "needs a value, a low and a high";
    QTest::newRow("threshold bands out of order") << Mutation([](Workspace &w) { w.fragmentationThresholds[0].warning = 99; })
                                                  << "error" << "fragmentation_thresholds[0].healthy" << "higher is better";
    QTest::newRow("duplicate decision number") << Mutation([](Workspace &w) {
        DecisionRecord d = w.decisions[0];
        d.id = QStringLiteral("adr-copy");
        w.decisions.push_back(d);
    }) << "error" << "decisions[1].number" << "also used by row 1";
    QTest::newRow("superseded without successor") << Mutation([](Workspace &w) { w.decisions[0].status = DecisionStatus::Superseded; })
                                                  << "warning" << "decisions[0].superseded_by" << "not named";
    QTest::newRow("successor without superseded") << Mutation([](Workspace &w) {
        DecisionRecord d = w.decisions[0];
        d.id = QStringLiteral("adr-0002");
        d.number = 2;
        w.decisions.push_back(d);
        w.decisions[0].supersededBy = QStringLiteral("adr-0002");
    }) << "warning" << "decisions[0].status" << "not “superseded”";
    QTest::newRow("supersedes itself") << Mutation([](Workspace &w) {
        w.decisions[0].status = DecisionStatus::Superseded;
        w.decisions[0].supersededBy = w.decisions[0].id;
    }) << "error" << "decisions[0].superseded_by" << "cannot supersede itself";
}

void TestValidation::findings()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, severity);
    QFETCH(QString, path);
    QFETCH(QString, message);
    Workspace ws = sample();
    mutate(ws);
    const QList<ValidationFinding> list = validateWorkspace(ws);
    QStringList seen;
    bool found = false;
    for (const ValidationFinding &f : list) {
        seen << f.severityKey() + u' ' + f.path() + QStringLiteral(": ") + f.message;
        found = found || (f.severityKey() == severity && f.path() == path && f.message.contains(message));
    }
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1 %2: …%3…; got:\n%4").arg(severity, path, message, seen.join(u'\n'))));
}

void TestValidation::findingPathsAreStable()
{
    ValidationFinding f{ValidationFinding::Severity::Error, TableId::Workspace, 0,
                        Schema::table(TableId::Workspace).fieldIndex(u"name"), QStringLiteral("x")};
    QCOMPARE(f.path(), QStringLiteral("workspace.name"));
    f.table = TableId::DecisionLinks;
    f.row = 3;
    f.field = -1;
    QCOMPARE(f.path(), QStringLiteral("decision_links[3]"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
