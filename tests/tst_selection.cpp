// The selection engine, with hand-computed cases. Each case's arithmetic is
// written next to it so a reader can check the expected figures.
#include "generator.h"
#include "selection.h"
#include "winprobability.h"
#include "workspace.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace ArchBoard;

namespace {

/// A small workspace builder for the hand-computed cases.
struct Builder
{
    Workspace ws;

    Builder &candidate(const QString &id, bool shortlisted = true)
    {
        ws.candidates.push_back({id, id.toUpper(), CandidateCategory::Language, shortlisted, {}, {}});
        return *this;
    }
    Builder &criterion(const QString &id, Direction d, CriterionKind k = CriterionKind::Measured)
    {
        ws.criteria.push_back({id, id, QStringLiteral("u"), d, k, {}});
        return *this;
    }
    Builder &value(const QString &cand, const QString &crit, std::optional<double> v)
    {
        ws.measurements.push_back({cand, crit, v, Distribution::None, {}, {}, {}});
        return *this;
    }
    Builder &tier(const QString &id)
    {
        ws.tiers.push_back({id, id, {}, {}, {}, {}, {}});
        return *this;
    }
    Builder &weight(const QString &tier, const QString &crit, double w)
    {
        ws.tierWeights.push_back({tier, crit, w, {}});
        return *this;
    }
    Builder &threshold(const QString &tier, const QString &crit, Comparison op, double v)
    {
        ws.tierThresholds.push_back({tier, crit, op, v, {}});
        return *this;
    }
};

const CandidateScore &scoreOf(const TierResult &t, const QString &candidate)
{
    for (const CandidateScore &s : t.ranking) {
        if (s.candidate == candidate)
            return s;
    }
    qFatal("no score for %s", qPrintable(candidate));
}

const SensitivityItem &sensitivityOf(const TierResult &t, const QString &criterion)
{
    for (const SensitivityItem &s : t.sensitivity) {
        if (s.criterion == criterion)
            return s;
    }
    qFatal("no sensitivity for %s", qPrintable(criterion));
}

/// Recomputes \a tier with criterion \a crit at share \a share (others keep their proportions).
TierResult withShare(Workspace ws, const QString &tier, const QString &crit, double share)
{
    double others = 0;
    for (const TierWeight &w : ws.tierWeights) {
        if (w.tier == tier && w.criterion != crit)
            others += w.weight;
    }
    for (TierWeight &w : ws.tierWeights) {
        if (w.tier == tier && w.criterion == crit)
            w.weight = share / (1 - share) * others;
    }
    const SelectionMatrix m = Selection::buildMatrix(ws);
    for (const SlaTier &t : ws.tiers) {
        if (t.id == tier)
            return Selection::evaluateTier(ws, m, t);
    }
    qFatal("no tier %s", qPrintable(tier));
}

/// Three candidates on two higher-is-better criteria:
///        X    Y          normalised X   Y
///   a    1    0                   1     0
///   b    0    1                   0     1
///   c  0.5  0.8                 0.5   0.8
/// Weights X 3, Y 1 → shares 0.75, 0.25.
/// Scores: a = 0.75·1 = 0.75; b = 0.25·1 = 0.25; c = 0.75·0.5 + 0.25·0.8 = 0.575.
Builder threeCandidates()
{
    Builder b;
    b.candidate(QStringLiteral("a")).candidate(QStringLiteral("b")).candidate(QStringLiteral("c"));
    b.criterion(QStringLiteral("x"), Direction::HigherIsBetter).criterion(QStringLiteral("y"), Direction::HigherIsBetter);
    b.value(QStringLiteral("a"), QStringLiteral("x"), 1).value(QStringLiteral("a"), QStringLiteral("y"), 0);
    b.value(QStringLiteral("b"), QStringLiteral("x"), 0).value(QStringLiteral("b"), QStringLiteral("y"), 1);
    b.value(QStringLiteral("c"), QStringLiteral("x"), 0.5).value(QStringLiteral("c"), QStringLiteral("y"), 0.8);
    b.tier(QStringLiteral("t")).weight(QStringLiteral("t"), QStringLiteral("x"), 3).weight(QStringLiteral("t"), QStringLiteral("y"), 1);
    return b;
}

} // namespace

class TestSelection : public QObject
{
    Q_OBJECT

private slots:
    void normalisation();
    void weightingAndRanking();
    void missingValuesFollowThePolicy();
    void knockOuts();
    void aggregation_data();
    void aggregation();
    void workshopCellsShowDisagreement();
    void ruleEvaluation();
    void sampleFollowsTheSeedDecisionTree();
    void sensitivityHandComputed();
    void flipPointsAreExact_data();
    void flipPointsAreExact();
    void stabilityVerdict();
    void ahpWeights();
    void uncontestedWhenOneSurvives();
    void dirichletConcentration();
    void winProbabilityWithoutUncertaintyIsCertain();
    void winProbabilityFromWeightBand();
    void winProbabilityFromRatings();
    void winProbabilityFromMeasuredRanges();
    void winProbabilityIsReproducible();
};

void TestSelection::normalisation()
{
    // latency (lower is better) 100, 200, 300 → 1, 0.5, 0
    // maturity (higher is better) 2, 4, — → 0, 1, missing
    // flat (all 7) → 1 each; empty (no values) → missing; d is not shortlisted and ignored.
    Builder b;
    for (const char *c : {"a", "b", "c"})
        b.candidate(QLatin1StringView(c));
    b.candidate(QStringLiteral("d"), false);
    b.criterion(QStringLiteral("latency"), Direction::LowerIsBetter).criterion(QStringLiteral("maturity"), Direction::HigherIsBetter);
    b.criterion(QStringLiteral("flat"), Direction::HigherIsBetter).criterion(QStringLiteral("empty"), Direction::HigherIsBetter);
    b.value(QStringLiteral("a"), QStringLiteral("latency"), 100).value(QStringLiteral("b"), QStringLiteral("latency"), 200);
    b.value(QStringLiteral("c"), QStringLiteral("latency"), 300).value(QStringLiteral("d"), QStringLiteral("latency"), 1);
    b.value(QStringLiteral("a"), QStringLiteral("maturity"), 2).value(QStringLiteral("b"), QStringLiteral("maturity"), 4);
    b.value(QStringLiteral("c"), QStringLiteral("maturity"), std::nullopt);
    for (const char *c : {"a", "b", "c"})
        b.value(QLatin1StringView(c), QStringLiteral("flat"), 7);
    const SelectionMatrix m = Selection::buildMatrix(b.ws);
    QCOMPARE(m.candidates, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(m.cell(0, 0).normalised, std::optional<double>(1.0));
    QCOMPARE(m.cell(1, 0).normalised, std::optional<double>(0.5));
    QCOMPARE(m.cell(2, 0).normalised, std::optional<double>(0.0));
    QCOMPARE(m.cell(0, 1).normalised, std::optional<double>(0.0));
    QCOMPARE(m.cell(1, 1).normalised, std::optional<double>(1.0));
    QVERIFY(!m.cell(2, 1).normalised.has_value()); // missing stays missing
    QVERIFY(!m.cell(2, 1).raw.has_value());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m.cell(i, 2).normalised, std::optional<double>(1.0));
        QVERIFY(!m.cell(i, 3).normalised.has_value());
    }
    QCOMPARE(m.best[0], std::optional<double>(100));
    QCOMPARE(m.worst[0], std::optional<double>(300));
}

void TestSelection::weightingAndRanking()
{
    const Builder b = threeCandidates();
    const TierResult t = Selection::evaluateTier(b.ws, Selection::buildMatrix(b.ws), b.ws.tiers[0]);
    QCOMPARE(t.shares, (std::vector<double>{0.75, 0.25}));
    QCOMPARE(t.ranking[0].candidate, QStringLiteral("a"));
    QCOMPARE(t.ranking[1].candidate, QStringLiteral("c"));
    QCOMPARE(t.ranking[2].candidate, QStringLiteral("b"));
    QCOMPARE(scoreOf(t, QStringLiteral("a")).score, 0.75);
    QCOMPARE(scoreOf(t, QStringLiteral("b")).score, 0.25);
    QVERIFY(qFuzzyCompare(scoreOf(t, QStringLiteral("c")).score, 0.575));
    // Contributions: c = 0.75·0.5 = 0.375 from x, 0.25·0.8 = 0.2 from y.
    QCOMPARE(scoreOf(t, QStringLiteral("c")).contributions[0], std::optional<double>(0.375));
    QVERIFY(qFuzzyCompare(*scoreOf(t, QStringLiteral("c")).contributions[1], 0.2));
    QCOMPARE(t.winner, QStringLiteral("a"));
    QCOMPARE(t.ranking[0].rank, 1);
    QCOMPARE(t.ranking[2].rank, 3);
}

void TestSelection::missingValuesFollowThePolicy()
{
    //        X   Y      normalised X  Y
    //   a   10   0                1   0
    //   b    0  10                0   1
    //   c   10   —                1   —
    // Shares 0.5 / 0.5. a = b = 0.5.
    // exclude: c is scored over X alone: 0.5·1 / 0.5 = 1.0, coverage 0.5 → c wins.
    // worst:   c's Y counts as 0: 0.5 → a, b, c tie at 0.5; ties keep workspace order → a.
    Builder b;
    b.candidate(QStringLiteral("a")).candidate(QStringLiteral("b")).candidate(QStringLiteral("c"));
    b.criterion(QStringLiteral("x"), Direction::HigherIsBetter).criterion(QStringLiteral("y"), Direction::HigherIsBetter);
    b.value(QStringLiteral("a"), QStringLiteral("x"), 10).value(QStringLiteral("a"), QStringLiteral("y"), 0);
    b.value(QStringLiteral("b"), QStringLiteral("x"), 0).value(QStringLiteral("b"), QStringLiteral("y"), 10);
    b.value(QStringLiteral("c"), QStringLiteral("x"), 10);
    b.tier(QStringLiteral("t")).weight(QStringLiteral("t"), QStringLiteral("x"), 1).weight(QStringLiteral("t"), QStringLiteral("y"), 1);

    b.ws.info.missingPolicy = MissingPolicy::Exclude;
    TierResult t = Selection::evaluateTier(b.ws, Selection::buildMatrix(b.ws), b.ws.tiers[0]);
    QCOMPARE(t.winner, QStringLiteral("c"));
    QCOMPARE(scoreOf(t, QStringLiteral("c")).score, 1.0);
    QCOMPARE(scoreOf(t, QStringLiteral("c")).coverage, 0.5);
    QVERIFY(!scoreOf(t, QStringLiteral("c")).contributions[1].has_value());

    b.ws.info.missingPolicy = MissingPolicy::Worst;
    t = Selection::evaluateTier(b.ws, Selection::buildMatrix(b.ws), b.ws.tiers[0]);
    QCOMPARE(scoreOf(t, QStringLiteral("c")).score, 0.5);
    QCOMPARE(scoreOf(t, QStringLiteral("c")).coverage, 0.5);
    QCOMPARE(scoreOf(t, QStringLiteral("c")).contributions[1], std::optional<double>(0.0));
    QCOMPARE(t.winner, QStringLiteral("a"));
}

void TestSelection::knockOuts()
{
    // Thresholds on raw values: y ≥ 0.5 knocks out a (0); x ≤ 0.9 knocks out a (1) too.
    // A threshold on a criterion without a value knocks out: z ≥ 1, and only b has z.
    Builder b = threeCandidates();
    b.criterion(QStringLiteral("z"), Direction::HigherIsBetter).value(QStringLiteral("b"), QStringLiteral("z"), 2);
    b.threshold(QStringLiteral("t"), QStringLiteral("y"), Comparison::GreaterOrEqual, 0.5);
    b.threshold(QStringLiteral("t"), QStringLiteral("x"), Comparison::LessOrEqual, 0.9);
    TierResult t = Selection::evaluateTier(b.ws, Selection::buildMatrix(b.ws), b.ws.tiers[0]);
    const CandidateScore &a = scoreOf(t, QStringLiteral("a"));
    QVERIFY(a.knockedOut);
    QCOMPARE(a.failed.size(), size_t(2));
    QCOMPARE(a.failed[0].criterion, QStringLiteral("y"));
    QCOMPARE(a.failed[0].value, std::optional<double>(0));
    QCOMPARE(a.failed[0].threshold, 0.5);
    QCOMPARE(a.failed[1].criterion, QStringLiteral("x"));
    QVERIFY(!scoreOf(t, QStringLiteral("c")).knockedOut);
    // Eligible ones first: c (0.575), b (0.25), then the knocked-out a (0.75).
    QCOMPARE(t.ranking[0].candidate, QStringLiteral("c"));
    QCOMPARE(t.ranking[1].candidate, QStringLiteral("b"));
    QCOMPARE(t.ranking[2].candidate, QStringLiteral("a"));
    QCOMPARE(t.winner, QStringLiteral("c"));

    b.threshold(QStringLiteral("t"), QStringLiteral("z"), Comparison::GreaterOrEqual, 1);
    t = Selection::evaluateTier(b.ws, Selection::buildMatrix(b.ws), b.ws.tiers[0]);
    const CandidateScore &c = scoreOf(t, QStringLiteral("c"));
    QVERIFY(c.knockedOut);
    QCOMPARE(c.failed.back().criterion, QStringLiteral("z"));
    QVERIFY(!c.failed.back().value.has_value()); // no value to prove it
    QCOMPARE(t.winner, QStringLiteral("b"));

    b.threshold(QStringLiteral("t"), QStringLiteral("x"), Comparison::Greater, 5);
    t = Selection::evaluateTier(b.ws, Selection::buildMatrix(b.ws), b.ws.tiers[0]);
    QVERIFY(t.winner.isEmpty());
    QCOMPARE(t.stability, Stability::Undecided);
}

void TestSelection::aggregation_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("median");
    QTest::newRow("one") << QList<int>{4} << 4.0 << 4.0;
    QTest::newRow("odd") << QList<int>{5, 1, 2} << 8.0 / 3.0 << 2.0;         // sorted 1 2 5
    QTest::newRow("even") << QList<int>{5, 1, 4, 2} << 3.0 << 3.0;          // (2 + 4) / 2
    QTest::newRow("skewed") << QList<int>{1, 1, 1, 5} << 2.0 << 1.0;
}

void TestSelection::aggregation()
{
    QFETCH(QList<int>, scores);
    QFETCH(double, mean);
    QFETCH(double, median);
    const std::vector<int> v(scores.begin(), scores.end());
    QVERIFY(qFuzzyCompare(*Selection::aggregate(v, RatingAggregation::Mean), mean));
    QCOMPARE(*Selection::aggregate(v, RatingAggregation::Median), median);
    QVERIFY(!Selection::aggregate({}, RatingAggregation::Mean).has_value());
}

void TestSelection::workshopCellsShowDisagreement()
{
    // Sample: Rust's delivery speed is rated 2, 2, 4 → mean 2.667, spread 2 ≥ threshold 2: disputed.
    // Java's resilience 5, 5, 4 → mean 4.667, spread 1: not disputed.
    Workspace ws = Testing::sampleWorkspace();
    SelectionMatrix m = Selection::buildMatrix(ws);
    const int rust = m.candidateIndex(QStringLiteral("rust"));
    const int java = m.candidateIndex(QStringLiteral("java"));
    const int delivery = m.criterionIndex(QStringLiteral("delivery-speed"));
    const int resilience = m.criterionIndex(QStringLiteral("resilience"));
    QVERIFY(qFuzzyCompare(*m.cell(rust, delivery).raw, 8.0 / 3.0));
    QCOMPARE(m.cell(rust, delivery).ratings, 3);
    QCOMPARE(m.cell(rust, delivery).spread, std::optional<double>(2));
    QVERIFY(m.cell(rust, delivery).disputed);
    QVERIFY(qFuzzyCompare(*m.cell(java, resilience).raw, 14.0 / 3.0));
    QVERIFY(!m.cell(java, resilience).disputed);
    // Median instead of mean: Rust's delivery speed becomes 2.
    ws.info.ratingAggregation = RatingAggregation::Median;
    m = Selection::buildMatrix(ws);
    QCOMPARE(m.cell(rust, delivery).raw, std::optional<double>(2));
    // A stricter threshold flags nothing.
    ws.info.disagreementThreshold = 3;
    m = Selection::buildMatrix(ws);
    QVERIFY(!m.cell(rust, delivery).disputed);
}

void TestSelection::ruleEvaluation()
{
    Workspace ws;
    ws.rules = {{QStringLiteral("r1"), QStringLiteral("R1"), QStringLiteral("rust"), {}, {}},
                {QStringLiteral("r2"), QStringLiteral("R2"), QStringLiteral("typescript"), {}, {}},
                {QStringLiteral("r3"), QStringLiteral("R3"), QStringLiteral("java"), {}, {}},
                {QStringLiteral("r4"), QStringLiteral("R4"), QStringLiteral("go"), {}, {}}};
    ws.ruleConditions = {{QStringLiteral("r1"), RuleAttribute::AvailabilityPct, Comparison::GreaterOrEqual, QStringLiteral("99.99")},
                         {QStringLiteral("r2"), RuleAttribute::DeliveryWeeks, Comparison::Less, QStringLiteral("2")},
                         {QStringLiteral("r3"), RuleAttribute::TeamSkills, Comparison::Contains, QStringLiteral("java")},
                         {QStringLiteral("r3"), RuleAttribute::DomainType, Comparison::Equal, QStringLiteral("core")}};
    RuleSubject s;
    s.availabilityPct = 99.99;
    RuleEvaluation e = Selection::evaluateRules(ws, s);
    QCOMPARE(e.rule, QStringLiteral("r1"));
    QCOMPARE(e.candidate, QStringLiteral("rust"));
    QCOMPARE(e.trace.size(), size_t(1));

    s.availabilityPct = 99.9;
    s.deliveryWeeks = 1.5;
    e = Selection::evaluateRules(ws, s);
    QCOMPARE(e.rule, QStringLiteral("r2"));
    QCOMPARE(e.trace[0].conditions[0].truth, Truth::False);

    // Unknown attributes never satisfy a condition: r1 and r2 are unknown here.
    s = RuleSubject{};
    s.teamSkills = QStringLiteral("Go, Java ,Kotlin");
    s.domainType = QStringLiteral("core");
    e = Selection::evaluateRules(ws, s);
    QCOMPARE(e.rule, QStringLiteral("r3"));
    QCOMPARE(e.trace[0].conditions[0].truth, Truth::Unknown);
    QCOMPARE(e.trace[1].conditions[0].truth, Truth::Unknown);
    QCOMPARE(e.trace[2].conditions[0].truth, Truth::True);
    QCOMPARE(e.trace[2].conditions[1].truth, Truth::True);

    s.domainType = QStringLiteral("generic"); // r3 needs both conditions
    e = Selection::evaluateRules(ws, s);
    QCOMPARE(e.rule, QStringLiteral("r4")); // no conditions: always fires
    QCOMPARE(e.candidate, QStringLiteral("go"));

    ws.rules.pop_back();
    e = Selection::evaluateRules(ws, s);
    QVERIFY(e.rule.isEmpty());
    QVERIFY(e.candidate.isEmpty());
}

void TestSelection::sampleFollowsTheSeedDecisionTree()
{
    // Seed §3.1: availability ≥ 99.99 % → Rust; else delivery < 2 weeks → TypeScript; else Java.
    const Workspace ws = Testing::sampleWorkspace();
    const SelectionResult r = Selection::compute(ws);
    QCOMPARE(r.tierRules.size(), size_t(3));
    QCOMPARE(r.tierRules[0].tier, QStringLiteral("tier-9999"));
    QCOMPARE(r.tierRules[0].candidate, QStringLiteral("rust"));
    QCOMPARE(r.tierRules[1].tier, QStringLiteral("tier-fast"));
    QCOMPARE(r.tierRules[1].candidate, QStringLiteral("typescript"));
    QCOMPARE(r.tierRules[2].tier, QStringLiteral("tier-core"));
    QCOMPARE(r.tierRules[2].candidate, QStringLiteral("java"));
    // The weighted rankings agree with the tree on the sample.
    QCOMPARE(r.tiers[0].winner, QStringLiteral("rust"));
    QCOMPARE(r.tiers[1].winner, QStringLiteral("typescript"));
    QCOMPARE(r.tiers[2].winner, QStringLiteral("java"));
    // TypeScript and Java fail the real-time tier's memory-jitter must-pass (12 and 45 MB > 1 MB).
    QVERIFY(scoreOf(r.tiers[0], QStringLiteral("typescript")).knockedOut);
    QVERIFY(scoreOf(r.tiers[0], QStringLiteral("java")).knockedOut);
    // Per context: Inventory (99.99 % tier, Rust) agrees; Orders (Go, no tier) falls through to Java.
    QCOMPARE(r.recommendations[1].context, QStringLiteral("inventory"));
    QCOMPARE(r.recommendations[1].candidate, QStringLiteral("rust"));
    QVERIFY(!r.recommendations[1].disagrees);
    QCOMPARE(r.recommendations[0].context, QStringLiteral("orders"));
    QCOMPARE(r.recommendations[0].candidate, QStringLiteral("java"));
    QCOMPARE(r.recommendations[0].rule, QStringLiteral("rule-otherwise"));
    QVERIFY(r.recommendations[0].disagrees);
}

void TestSelection::sensitivityHandComputed()
{
    // threeCandidates(): moving x's share s (y gets 1 − s):
    //   a(s) = s,  b(s) = 1 − s,  c(s) = 0.5·s + 0.8·(1 − s) = 0.8 − 0.3·s.
    //   a = c at s = 0.8 / 1.3 = 0.615384…; a = b at 0.5. Going down from 0.75, c overtakes
    //   first: flip at 61.538 %, 13.462 pp away, to c. Nothing overtakes a going up.
    // Moving y's share s (x gets 1 − s): a = 1 − s, c = 0.5 + 0.3·s → equal at s = 0.5 / 1.3 = 0.384615…
    const Builder b = threeCandidates();
    const TierResult t = Selection::evaluateTier(b.ws, Selection::buildMatrix(b.ws), b.ws.tiers[0]);
    const SensitivityItem &x = sensitivityOf(t, QStringLiteral("x"));
    QCOMPARE(x.weightPct, 75.0);
    QVERIFY(x.flipAtPct.has_value());
    QVERIFY(qAbs(*x.flipAtPct - 80.0 / 1.3) < 1e-9);
    QCOMPARE(x.flipsTo, QStringLiteral("c"));
    QVERIFY(qAbs(*x.distancePp - (75.0 - 80.0 / 1.3)) < 1e-9);
    const SensitivityItem &y = sensitivityOf(t, QStringLiteral("y"));
    QVERIFY(qAbs(*y.flipAtPct - 50.0 / 1.3) < 1e-9);
    QCOMPARE(y.flipsTo, QStringLiteral("c"));

    // Just before the flip point a still wins; just past it c does.
    QCOMPARE(withShare(b.ws, QStringLiteral("t"), QStringLiteral("x"), 0.8 / 1.3 + 1e-6).winner, QStringLiteral("a"));
    QCOMPARE(withShare(b.ws, QStringLiteral("t"), QStringLiteral("x"), 0.8 / 1.3 - 1e-6).winner, QStringLiteral("c"));
    QCOMPARE(withShare(b.ws, QStringLiteral("t"), QStringLiteral("y"), 0.5 / 1.3 - 1e-6).winner, QStringLiteral("a"));
    QCOMPARE(withShare(b.ws, QStringLiteral("t"), QStringLiteral("y"), 0.5 / 1.3 + 1e-6).winner, QStringLiteral("c"));
}

void TestSelection::flipPointsAreExact_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("worst");
    for (quint32 seed = 1; seed <= 6; ++seed) {
        QTest::addRow("exclude-%u", seed) << seed << false;
        QTest::addRow("worst-%u", seed) << seed << true;
    }
}

void TestSelection::flipPointsAreExact()
{
    // On generated workspaces (missing values included): for every tier and
    // criterion with a flip point, recomputing just before it keeps the
    // winner and just past it gives flips_to; without one, no share in a
    // fine scan changes the winner.
    Testing::GeneratorSpec spec;
    spec.candidates = 6;
    spec.criteria = 7;
    spec.tiers = 4;
    QFETCH(quint32, seed);
    QFETCH(bool, worst);
    Workspace ws = Testing::generateWorkspace(spec, seed);
    ws.info.missingPolicy = worst ? MissingPolicy::Worst : MissingPolicy::Exclude;
    const SelectionResult r = Selection::compute(ws);
    int checked = 0;
    for (const TierResult &t : r.tiers) {
        if (t.winner.isEmpty())
            continue;
        for (const SensitivityItem &s : t.sensitivity) {
            if (s.weightPct >= 100.0 - 1e-9)
                continue;
            if (s.flipAtPct) {
                const double at = *s.flipAtPct / 100.0;
                const double toward = at < s.weightPct / 100.0 ? -1.0 : 1.0;
                const TierResult before = withShare(ws, t.tier, s.criterion, at - toward * 1e-7);
                const TierResult after = withShare(ws, t.tier, s.criterion, at + toward * 1e-7);
                QVERIFY2(before.winner == t.winner, qPrintable(t.tier + u' ' + s.criterion));
                QVERIFY2(after.winner == s.flipsTo, qPrintable(t.tier + u' ' + s.criterion + QStringLiteral(" → ") + after.winner));
                // Nothing flips between the current share and the flip point.
                for (int k = 1; k < 20; ++k) {
                    const double share = s.weightPct / 100.0 + (at - s.weightPct / 100.0) * k / 20.0;
                    QCOMPARE(withShare(ws, t.tier, s.criterion, share).winner, t.winner);
                }
                ++checked;
            } else {
                for (int k = 1; k < 100; ++k) {
                    const double share = k / 100.0;
                    QCOMPARE(withShare(ws, t.tier, s.criterion, share).winner, t.winner);
                }
            }
        }
    }
    qInfo("%d flip points checked", checked);
}

void TestSelection::stabilityVerdict()
{
    // threeCandidates: the smallest move that changes the winner is 13.46 pp (either criterion).
    Builder b = threeCandidates();
    b.ws.info.fragileThresholdPp = 10;
    TierResult t = Selection::evaluateTier(b.ws, Selection::buildMatrix(b.ws), b.ws.tiers[0]);
    QVERIFY(qAbs(*t.minDistancePp - (75.0 - 80.0 / 1.3)) < 1e-9);
    QCOMPARE(t.stability, Stability::Stable);
    b.ws.info.fragileThresholdPp = 15;
    t = Selection::evaluateTier(b.ws, Selection::buildMatrix(b.ws), b.ws.tiers[0]);
    QCOMPARE(t.stability, Stability::Fragile);
}

void TestSelection::ahpWeights()
{
    // Saaty's textbook matrix [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]]:
    // weights 0.637, 0.258, 0.105; λmax 3.0385; CI 0.0193; CR = CI / 0.58 = 0.0332.
    Workspace ws;
    for (const char *c : {"a", "b", "c", "d"})
        ws.criteria.push_back({QLatin1StringView(c), QLatin1StringView(c), {}, Direction::HigherIsBetter, CriterionKind::Measured, {}});
    ws.tierComparisons = {{QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("b"), 3},
                          {QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("c"), 5},
                          {QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("b"), 1.0 / 3.0}};
    AhpResult r = Selection::ahp(ws, QStringLiteral("t"));
    QVERIFY(r.complete());
    QCOMPARE(r.criteria, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(qAbs(r.weights[0] - 0.6370) < 1e-4);
    QVERIFY(qAbs(r.weights[1] - 0.2583) < 1e-4);
    QVERIFY(qAbs(r.weights[2] - 0.1047) < 1e-4);
    QVERIFY(qAbs(r.lambdaMax - 3.0385) < 1e-4);
    QVERIFY(qAbs(r.consistencyRatio - 0.0332) < 1e-4);
    QVERIFY(r.consistent());

    // Circular judgements (a ≫ b ≫ c ≫ a) are inconsistent: CR far above 0.10.
    ws.tierComparisons = {{QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("b"), 9},
                          {QStringLiteral("t"), QStringLiteral("b"), QStringLiteral("c"), 9},
                          {QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("a"), 9}};
    r = Selection::ahp(ws, QStringLiteral("t"));
    QVERIFY(r.consistencyRatio > 0.10);
    QVERIFY(!r.consistent());

    // A missing judgement is named, no weights are guessed.
    ws.tierComparisons.pop_back();
    r = Selection::ahp(ws, QStringLiteral("t"));
    QCOMPARE(r.missingPairs, QStringList{QStringLiteral("a / c")});
    QVERIFY(r.weights.empty());
    QCOMPARE(Selection::randomIndex(4), 0.90);
}

namespace {

/// The regularised incomplete beta I_x(a, b) by Simpson's rule on the density
/// (an independent recomputation of a Dirichlet share's distribution).
double betaCdf(double x, double a, double b)
{
    const double logNorm = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b);
    const int n = 20000; // even
    const double h = x / n;
    double sum = 0;
    for (int i = 0; i <= n; ++i) {
        const double t = i * h;
        const double f = (t <= 0 || t >= 1) ? 0.0 : std::exp(logNorm + (a - 1) * std::log(t) + (b - 1) * std::log(1 - t));
        sum += f * (i == 0 || i == n ? 1 : i % 2 ? 4 : 2);
    }
    return sum * h / 3;
}

double chance(const WinProbabilities &w, const QString &tier, const QString &candidate)
{
    return w.tier(tier)->probabilityOf(candidate);
}

} // namespace

void TestSelection::uncontestedWhenOneSurvives()
{
    // Sample, 99.99 % tier: only Rust passes "memory jitter ≤ 1 MB". One
    // candidate left is not a stable contest: it is uncontested.
    const Workspace ws = Testing::sampleWorkspace();
    const SelectionResult r = Selection::compute(ws);
    QCOMPARE(r.tiers[0].winner, QStringLiteral("rust"));
    QCOMPARE(r.tiers[0].stability, Stability::Uncontested);
    QCOMPARE(Selection::stabilityKey(r.tiers[0].stability), QStringLiteral("uncontested"));
    QCOMPARE(r.tiers[2].stability, Stability::Stable); // three eligible: a real contest
}

void TestSelection::dirichletConcentration()
{
    // Var(share) = s(1 − s)/(κ + 1): shares 0.6/0.4, σ 5 pp on the 0.6 → κ = 0.24/0.0025 − 1 = 95.
    QVERIFY(std::abs(Selection::dirichletConcentration({0.6, 0.4}, 5) - 95) < 1e-9);
    QCOMPARE(Selection::dirichletConcentration({0.6, 0.4}, 0), 0.0);
    QCOMPARE(Selection::dirichletConcentration({1.0}, 5), 0.0); // one criterion: nothing to move
    QCOMPARE(Selection::dirichletConcentration({0.5, 0.5}, 40), 1.0); // a huge band is held at κ = 1
}

void TestSelection::winProbabilityWithoutUncertaintyIsCertain()
{
    // No band, no ratings, no ranges: the deterministic winner wins every draw.
    const Workspace ws = threeCandidates().ws;
    const WinProbabilities w = Selection::winProbabilities(ws, 500, 1, 0);
    QCOMPARE(w.tiers.size(), size_t(1));
    QCOMPARE(w.tiers[0].candidates[0].candidate, QStringLiteral("a")); // in ranking order
    QCOMPARE(chance(w, QStringLiteral("t"), QStringLiteral("a")), 1.0);
    QCOMPARE(w.tiers[0].candidates[0].standardError, 0.0);
    QCOMPARE(chance(w, QStringLiteral("t"), QStringLiteral("c")), 0.0);
    QCOMPARE(w.tiers[0].concentration, 0.0);
}

void TestSelection::winProbabilityFromWeightBand()
{
    // threeCandidates with x's share s: a = s, c = 0.8 − 0.3 s, b = 1 − s.
    // a wins when s > 8/13, c when 2/7 < s < 8/13, b below 2/7 (beyond
    // reach). Shares 0.75/0.25 with σ 5 pp: κ = 0.1875/0.0025 − 1 = 74,
    // s ~ Beta(55.5, 18.5): P(c wins) = I_{8/13}(55.5, 18.5) − I_{2/7}(…).
    const Workspace ws = threeCandidates().ws;
    const int draws = 40000;
    const WinProbabilities w = Selection::winProbabilities(ws, draws, 7, 5);
    QVERIFY(std::abs(w.tiers[0].concentration - 74) < 1e-9);
    const double pc = betaCdf(8.0 / 13, 55.5, 18.5) - betaCdf(2.0 / 7, 55.5, 18.5);
    const double se = std::sqrt(pc * (1 - pc) / draws);
    const double got = chance(w, QStringLiteral("t"), QStringLiteral("c"));
    QVERIFY2(std::abs(got - pc) < 4 * se + 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(pc)));
    QVERIFY(pc > 0.001 && pc < 0.05); // a real but small chance: the test can fail
    QVERIFY(std::abs(chance(w, QStringLiteral("t"), QStringLiteral("a")) + got - 1.0) < 1e-12);
    // The engine's standard error is the binomial one.
    QVERIFY(std::abs(w.tiers[0].candidates[0].standardError
                     - std::sqrt(w.tiers[0].candidates[0].probability * (1 - w.tiers[0].candidates[0].probability) / draws)) < 1e-15);
}

void TestSelection::winProbabilityFromRatings()
{
    // One rated criterion; A is rated 2 and 4, B 3 and 3 (no disagreement:
    // fixed). A's bootstrap mean is 2, 3 or 4 with chances ¼, ½, ¼; a tie at 3
    // normalises both to 1 and keeps A (listed first): P(A) = ¾.
    Builder b;
    b.candidate(QStringLiteral("a")).candidate(QStringLiteral("b"));
    b.criterion(QStringLiteral("r"), Direction::HigherIsBetter, CriterionKind::Rated);
    b.tier(QStringLiteral("t")).weight(QStringLiteral("t"), QStringLiteral("r"), 1);
    b.ws.raters = {{QStringLiteral("p"), QStringLiteral("P"), {}}, {QStringLiteral("q"), QStringLiteral("Q"), {}}, {QStringLiteral("s"), QStringLiteral("S"), {}}};
    b.ws.ratings = {{QStringLiteral("p"), QStringLiteral("a"), QStringLiteral("r"), 2, {}}, {QStringLiteral("q"), QStringLiteral("a"), QStringLiteral("r"), 4, {}},
                    {QStringLiteral("p"), QStringLiteral("b"), QStringLiteral("r"), 3, {}}, {QStringLiteral("q"), QStringLiteral("b"), QStringLiteral("r"), 3, {}}};
    const int draws = 40000;
    WinProbabilities w = Selection::winProbabilities(b.ws, draws, 3, 5);
    QCOMPARE(w.resampledCells, 1);
    double p = chance(w, QStringLiteral("t"), QStringLiteral("a"));
    QVERIFY2(std::abs(p - 0.75) < 4 * std::sqrt(0.75 * 0.25 / draws), qPrintable(QString::number(p)));
    // Median of three ratings 1, 3, 5 for A: the bootstrap median is 1 when
    // two or three draws are 1: 3·(1/3)²·(2/3) + (1/3)³ = 7/27. B is 3: A wins
    // (or ties, and keeps the lead) with 20/27.
    b.ws.info.ratingAggregation = RatingAggregation::Median;
    b.ws.ratings = {{QStringLiteral("p"), QStringLiteral("a"), QStringLiteral("r"), 1, {}}, {QStringLiteral("q"), QStringLiteral("a"), QStringLiteral("r"), 3, {}},
                    {QStringLiteral("s"), QStringLiteral("a"), QStringLiteral("r"), 5, {}}, {QStringLiteral("p"), QStringLiteral("b"), QStringLiteral("r"), 3, {}}};
    w = Selection::winProbabilities(b.ws, draws, 3, 5);
    p = chance(w, QStringLiteral("t"), QStringLiteral("a"));
    QVERIFY2(std::abs(p - 20.0 / 27) < 4 * std::sqrt(20.0 / 27 * 7 / 27 / draws), qPrintable(QString::number(p)));
}

void TestSelection::winProbabilityFromMeasuredRanges()
{
    // Lower is better; A measured 10, uniform 5–15; B 11 fixed; both must pass
    // ≤ 12. A wins below 11 (P 0.6); between 11 and 12 B is better; above 12 A
    // is knocked out and B wins: P(A) = 0.6, P(B) = 0.4.
    Builder b;
    b.candidate(QStringLiteral("a")).candidate(QStringLiteral("b"));
    b.criterion(QStringLiteral("x"), Direction::LowerIsBetter);
    b.value(QStringLiteral("a"), QStringLiteral("x"), 10).value(QStringLiteral("b"), QStringLiteral("x"), 11);
    b.ws.measurements[0].distribution = Distribution::Uniform;
    b.ws.measurements[0].low = 5;
    b.ws.measurements[0].high = 15;
    b.tier(QStringLiteral("t")).weight(QStringLiteral("t"), QStringLiteral("x"), 1).threshold(QStringLiteral("t"), QStringLiteral("x"), Comparison::LessOrEqual, 12);
    const int draws = 40000;
    const WinProbabilities w = Selection::winProbabilities(b.ws, draws, 11, 5);
    QCOMPARE(w.rangedMeasurements, 1);
    const double p = chance(w, QStringLiteral("t"), QStringLiteral("a"));
    QVERIFY2(std::abs(p - 0.6) < 4 * std::sqrt(0.6 * 0.4 / draws), qPrintable(QString::number(p)));
    QCOMPARE(w.tiers[0].noWinner, 0);
    // Both above 12 when B is 13: then no one wins in the draws where A is too.
    b.ws.measurements[1].value = 13;
    const WinProbabilities none = Selection::winProbabilities(b.ws, draws, 11, 5);
    QVERIFY(std::abs(double(none.tiers[0].noWinner) / draws - 0.3) < 4 * std::sqrt(0.3 * 0.7 / draws));
}

void TestSelection::winProbabilityIsReproducible()
{
    const Workspace ws = Testing::sampleWorkspace();
    const WinProbabilities a = Selection::winProbabilities(ws);
    const WinProbabilities b = Selection::winProbabilities(ws);
    QCOMPARE(a.draws, 10000);
    for (size_t t = 0; t < a.tiers.size(); ++t) {
        double sum = 0;
        for (size_t i = 0; i < a.tiers[t].candidates.size(); ++i) {
            QCOMPARE(a.tiers[t].candidates[i].wins, b.tiers[t].candidates[i].wins);
            sum += a.tiers[t].candidates[i].probability;
        }
        QVERIFY(std::abs(sum + double(a.tiers[t].noWinner) / a.draws - 1) < 1e-12);
    }
    // The transactional core: Java leads but raters' disagreement on Rust's
    // delivery speed and the weights' band leave the others a chance.
    const double java = chance(a, QStringLiteral("tier-core"), QStringLiteral("java"));
    QVERIFY(java > 0.5 && java < 1.0);
    const WinProbabilities other = Selection::winProbabilities(ws, 10000, 2, ws.info.weightBandPp);
    QVERIFY(chance(other, QStringLiteral("tier-core"), QStringLiteral("java")) != java);
    QCOMPARE(chance(a, QStringLiteral("tier-9999"), QStringLiteral("rust")), 1.0); // uncontested
}

QTEST_GUILESS_MAIN(TestSelection)
#include "tst_selection.moc"
