// Three-way merge of workspaces by element and field: disjoint edits combine,
// true conflicts are listed with both values, the result is always complete.
#include "generator.h"
#include "randomedits.h"
#include "validation.h"
#include "workspace.h"
#include "workspacemerge.h"

#include <QTest>

using namespace ArchBoard;

namespace {

TierWeight &weight(Workspace &ws, const char *tier, const char *criterion)
{
    for (TierWeight &w : ws.tierWeights) {
        if (w.tier == QLatin1StringView(tier) && w.criterion == QLatin1StringView(criterion))
            return w;
    }
    qFatal("no weight %s/%s", tier, criterion);
}

int field(TableId t, const char *key)
{
    return Schema::table(t).fieldIndex(QLatin1StringView(key));
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void disjointEditsCombine();
    void sameFieldTwoWaysConflicts();
    void sameChangeOnBothSidesIsNoConflict();
    void removedAndEdited();
    void addedTwice();
    void referenceToRemovedElement();
    void reorderedRulesKeepTheOtherSidesEdits();
    void randomDisjointEditsCombine_data();
    void randomDisjointEditsCombine();
};

void TestMerge::disjointEditsCombine()
{
    const Workspace base = Testing::sampleWorkspace();
    Workspace ours = base;
    Workspace theirs = base;
    Workspace expected = base;
    for (Workspace *ws : {&ours, &expected}) {
        weight(*ws, "tier-9999", "cold-start").weight = 5;
        ws->contexts[0].latencyToleranceMs = 250;
        ws->scenarios[0].memoryMb = 1024;
        ws->info.name = QStringLiteral("Renamed by ours");
    }
    for (Workspace *ws : {&theirs, &expected}) {
        weight(*ws, "tier-9999", "memory-jitter").weight = 7; // the next row of the same table
        ws->contexts[0].team = QStringLiteral("Platform team"); // another field of the same context
        ws->contexts[1].tier = QStringLiteral("tier-core");
        ws->scenarios[1].invocationsPerMonth = 123456;
        ws->info.description = QStringLiteral("Described by theirs");
        Candidate zig;
        zig.id = QStringLiteral("zig");
        zig.name = QStringLiteral("Zig");
        ws->candidates.push_back(zig);
    }
    const MergeResult r = WorkspaceMerge::merge(base, ours, theirs);
    QVERIFY(r.clean());
    QCOMPARE(r.fromTheirs, 6);
    QVERIFY(r.merged == expected);
    // And the other way round: the same model (rows of theirs first where they added).
    const MergeResult back = WorkspaceMerge::merge(base, theirs, ours);
    QVERIFY(back.clean());
    QVERIFY(back.merged == expected);
}

void TestMerge::sameFieldTwoWaysConflicts()
{
    const Workspace base = Testing::sampleWorkspace();
    Workspace ours = base;
    Workspace theirs = base;
    weight(ours, "tier-core", "resilience").weight = 5;
    weight(theirs, "tier-core", "resilience").weight = 6;
    theirs.contexts[2].team = QStringLiteral("taken over cleanly");
    const MergeResult r = WorkspaceMerge::merge(base, ours, theirs);
    QCOMPARE(r.conflicts.size(), size_t(1));
    const MergeConflict &c = r.conflicts[0];
    QCOMPARE(c.kind, MergeConflict::Kind::BothChanged);
    QCOMPARE(c.table, TableId::TierWeights);
    QCOMPARE(c.key, QStringLiteral("tier-core/resilience"));
    QCOMPARE(c.field, field(TableId::TierWeights, "weight"));
    QCOMPARE(c.base.toDouble(), 4.0);
    QCOMPARE(c.ours.toDouble(), 5.0);
    QCOMPARE(c.theirs.toDouble(), 6.0);
    QCOMPARE(weight(const_cast<Workspace &>(r.merged), "tier-core", "resilience").weight, 5.0); // ours kept
    QCOMPARE(r.merged.contexts[2].team, QStringLiteral("taken over cleanly"));
    QCOMPARE(WorkspaceMerge::describe(c, base, ours, theirs),
             QStringLiteral("tier_weights[tier-core / resilience].weight: ours “5”, theirs “6” (base “4”); kept ours"));
    QVERIFY(r.merged.tierWeights[size_t(c.rowMerged)].weight == 5.0);
}

void TestMerge::sameChangeOnBothSidesIsNoConflict()
{
    const Workspace base = Testing::sampleWorkspace();
    Workspace ours = base;
    ours.contexts[0].name = QStringLiteral("Same");
    ours.relations.erase(ours.relations.begin());
    const Workspace theirs = ours;
    const MergeResult r = WorkspaceMerge::merge(base, ours, theirs);
    QVERIFY(r.clean());
    QVERIFY(r.merged == ours);
}

void TestMerge::removedAndEdited()
{
    const Workspace base = Testing::sampleWorkspace();
    Workspace ours = base;
    Workspace theirs = base;
    const QString kept = base.scenarios[1].id;
    ours.scenarios[1].durationMs = 321; // edited here, removed there
    theirs.scenarios.erase(theirs.scenarios.begin() + 1);
    MergeResult r = WorkspaceMerge::merge(base, ours, theirs);
    QCOMPARE(r.conflicts.size(), size_t(1));
    QCOMPARE(r.conflicts[0].kind, MergeConflict::Kind::ChangedRemoved);
    QCOMPARE(r.conflicts[0].key, kept);
    QCOMPARE(r.merged.scenarios[1].durationMs, 321.0);
    QVERIFY(WorkspaceMerge::describe(r.conflicts[0], base, ours, theirs).contains(QStringLiteral("removed in theirs")));

    // Removed by ours, edited by theirs: the edited element comes back where theirs has it.
    r = WorkspaceMerge::merge(base, theirs, ours);
    QCOMPARE(r.conflicts.size(), size_t(1));
    QCOMPARE(r.conflicts[0].kind, MergeConflict::Kind::RemovedChanged);
    QCOMPARE(r.merged.scenarios.size(), base.scenarios.size());
    QCOMPARE(r.merged.scenarios[1].id, kept);
    QCOMPARE(r.merged.scenarios[1].durationMs, 321.0);
    QCOMPARE(r.conflicts[0].rowMerged, 1);
}

void TestMerge::addedTwice()
{
    const Workspace base = Testing::sampleWorkspace();
    Workspace ours = base;
    Workspace theirs = base;
    ours.candidates.push_back({QStringLiteral("zig"), QStringLiteral("Zig"), CandidateCategory::Language, true, QStringLiteral("#f7a41d"), {}});
    theirs.candidates.push_back({QStringLiteral("zig"), QStringLiteral("Ziglang"), CandidateCategory::Language, true, QStringLiteral("#f7a41d"), {}});
    const MergeResult r = WorkspaceMerge::merge(base, ours, theirs);
    QCOMPARE(r.conflicts.size(), size_t(1));
    QCOMPARE(r.conflicts[0].kind, MergeConflict::Kind::BothAdded);
    QCOMPARE(r.conflicts[0].field, field(TableId::Candidates, "name"));
    QCOMPARE(r.conflicts[0].theirs.toString(), QStringLiteral("Ziglang"));
    QCOMPARE(r.merged.candidates.back().name, QStringLiteral("Zig"));
    QCOMPARE(r.merged.candidates.size(), ours.candidates.size());
}

void TestMerge::referenceToRemovedElement()
{
    const Workspace base = Testing::sampleWorkspace();
    Workspace ours = base;
    Workspace theirs = base;
    // Theirs removes a context that nothing else refers to; ours adds a relation to it.
    BoundedContext spare;
    spare.id = QStringLiteral("spare");
    spare.name = QStringLiteral("Spare");
    Workspace base2 = base;
    base2.contexts.push_back(spare);
    ours = base2;
    theirs = base2;
    theirs.contexts.pop_back();
    ContextRelation r;
    r.id = QStringLiteral("to-spare");
    r.upstream = QStringLiteral("spare");
    r.downstream = base.contexts[0].id;
    ours.relations.push_back(r);
    QVERIFY(validateWorkspace(ours).isEmpty() || std::none_of(validateWorkspace(ours).begin(), validateWorkspace(ours).end(), [](const ValidationFinding &f) {
        return f.severity == ValidationFinding::Severity::Error;
    }));
    const MergeResult m = WorkspaceMerge::merge(base2, ours, theirs);
    QCOMPARE(m.conflicts.size(), size_t(1));
    const MergeConflict &c = m.conflicts[0];
    QCOMPARE(c.kind, MergeConflict::Kind::Invalid);
    QCOMPARE(c.table, TableId::Relations);
    QCOMPARE(c.key, QStringLiteral("to-spare"));
    QCOMPARE(c.field, field(TableId::Relations, "upstream"));
    QVERIFY(WorkspaceMerge::describe(c, base2, ours, theirs).startsWith(QStringLiteral("relations[to-spare].upstream: ")));
}

void TestMerge::reorderedRulesKeepTheOtherSidesEdits()
{
    const Workspace base = Testing::sampleWorkspace();
    Workspace ours = base;
    Workspace theirs = base;
    std::rotate(theirs.rules.begin(), theirs.rules.end() - 1, theirs.rules.end());
    ours.rules[0].name = QStringLiteral("First rule, renamed");
    DecisionRule added;
    added.id = QStringLiteral("added-by-ours");
    added.name = QStringLiteral("Added");
    ours.rules.insert(ours.rules.begin() + 1, added);
    const MergeResult r = WorkspaceMerge::merge(base, ours, theirs);
    QVERIFY(r.clean());
    QStringList order;
    for (const DecisionRule &rule : r.merged.rules)
        order << rule.id;
    QStringList expected;
    for (const DecisionRule &rule : theirs.rules)
        expected << rule.id;
    expected.insert(expected.indexOf(base.rules[0].id) + 1, QStringLiteral("added-by-ours"));
    QCOMPARE(order, expected);
    QCOMPARE(r.merged.rules[size_t(order.indexOf(base.rules[0].id))].name, QStringLiteral("First rule, renamed"));
    // Both reorder: ours' order stays, listed.
    std::swap(ours.rules[0], ours.rules[2]);
    const MergeResult both = WorkspaceMerge::merge(base, ours, theirs);
    QCOMPARE(both.conflicts.size(), size_t(1));
    QCOMPARE(both.conflicts[0].kind, MergeConflict::Kind::Order);
}

void TestMerge::randomDisjointEditsCombine_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 8; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestMerge::randomDisjointEditsCombine()
{
    QFETCH(quint32, seed);
    Testing::GeneratorSpec spec;
    spec.hostileText = seed % 2 == 0;
    const Workspace base = Testing::generateWorkspace(spec, seed);
    Workspace ours = base;
    Workspace theirs = base;
    QRandomGenerator rng(seed);
    QSet<QString> touched;
    const auto theirsEdits = Testing::applyRandomEdits(theirs, rng, 20, &touched, QStringLiteral("theirs"));
    const auto oursEdits = Testing::applyRandomEdits(ours, rng, 20, &touched, QStringLiteral("ours"));
    const MergeResult r = WorkspaceMerge::merge(base, ours, theirs);
    // The generated edits do not keep references valid, so the combination may break rules
    // neither side broke only where they meet; edits of different elements never conflict as such.
    for (const MergeConflict &c : r.conflicts)
        QCOMPARE(c.kind, MergeConflict::Kind::Invalid);
    QStringList want, got;
    for (const auto &e : theirsEdits)
        want << e.describe();
    for (const auto &e : oursEdits)
        want << e.describe();
    for (const ElementChange &c : WorkspaceDiff::compare(base, r.merged).changes)
        got << Testing::describe(c);
    want.sort();
    got.sort();
    QCOMPARE(got, want);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
