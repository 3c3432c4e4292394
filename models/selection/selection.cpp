#include "selection.h"

#include "enums.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ArchBoard::Selection {

namespace {

constexpr double kEpsilon = 1e-12;

bool compareImpl(double value, Comparison op, double threshold)
{
    switch (op) {
    case Comparison::Less: return value < threshold;
    case Comparison::LessOrEqual: return value <= threshold;
    case Comparison::Equal: return value == threshold;
    case Comparison::NotEqual: return value != threshold;
    case Comparison::GreaterOrEqual: return value >= threshold;
    case Comparison::Greater: return value > threshold;
    case Comparison::Contains:
    case Comparison::NotContains: return false;
    }
    return false;
}

/// A candidate's score as a function of one criterion's share s while the
/// other shares are rescaled to 1 − s: (a + b·s) / (c + d·s).
struct Rational
{
    double a = 0, b = 0, c = 0, d = 0;
    double at(double s) const
    {
        const double den = c + d * s;
        return den > kEpsilon ? (a + b * s) / den : 0.0;
    }
};

/// Roots of A2·x² + A1·x + A0 in [0, 1].
std::vector<double> rootsInUnit(double A2, double A1, double A0)
{
    std::vector<double> roots;
    const double scale = std::max({std::abs(A2), std::abs(A1), std::abs(A0), 1e-300});
    if (std::abs(A2) <= 1e-12 * scale) {
        if (std::abs(A1) > 1e-12 * scale)
            roots.push_back(-A0 / A1);
    } else {
        const double disc = A1 * A1 - 4 * A2 * A0;
        if (disc >= 0) {
            const double sq = std::sqrt(disc);
            // Numerically stable form.
            const double q = -0.5 * (A1 + (A1 >= 0 ? sq : -sq));
            if (std::abs(q) > 0)
                roots.push_back(A0 / q);
            if (std::abs(A2) > 0)
                roots.push_back(q / A2);
        }
    }
    std::vector<double> out;
    for (double r : roots) {
        if (r >= -1e-12 && r <= 1 + 1e-12)
            out.push_back(std::clamp(r, 0.0, 1.0));
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList skillsOf(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(u',', Qt::SkipEmptyParts))
        out << s.trimmed().toLower();
    return out;
}


} // namespace

bool compareValue(double value, Comparison op, double threshold)
{
    return compareImpl(value, op, threshold);
}

std::optional<double> aggregate(std::vector<int> scores, RatingAggregation how)
{
    if (scores.empty())
        return std::nullopt;
    if (how == RatingAggregation::Mean)
        return std::accumulate(scores.begin(), scores.end(), 0.0) / double(scores.size());
    std::sort(scores.begin(), scores.end());
    const size_t n = scores.size();
    return n % 2 ? double(scores[n / 2]) : (scores[n / 2 - 1] + scores[n / 2]) / 2.0;
}

SelectionMatrix buildMatrix(const Workspace &ws)
{
    SelectionMatrix m;
    for (const Candidate &c : ws.candidates) {
        if (c.shortlisted)
            m.candidates << c.id;
    }
    for (const Criterion &c : ws.criteria)
        m.criteria << c.id;
    const int nc = int(m.candidates.size());
    const int nk = int(m.criteria.size());
    m.cells.assign(size_t(nc * nk), MatrixCell{});
    m.best.assign(size_t(nk), std::nullopt);
    m.worst.assign(size_t(nk), std::nullopt);

    QHash<QString, int> candIndex;
    QHash<QString, int> critIndex;
    for (int i = 0; i < nc; ++i)
        candIndex.insert(m.candidates.at(i), i);
    for (int j = 0; j < nk; ++j)
        critIndex.insert(m.criteria.at(j), j);

    for (const Measurement &meas : ws.measurements) {
        const int i = candIndex.value(meas.candidate, -1);
        const int j = critIndex.value(meas.criterion, -1);
        if (i < 0 || j < 0 || ws.criteria[size_t(j)].kind != CriterionKind::Measured)
            continue;
        m.cells[size_t(i * nk + j)].raw = meas.value;
    }

    std::vector<std::vector<int>> scores(size_t(nc * nk));
    for (const Rating &r : ws.ratings) {
        const int i = candIndex.value(r.candidate, -1);
        const int j = critIndex.value(r.criterion, -1);
        if (i < 0 || j < 0 || ws.criteria[size_t(j)].kind != CriterionKind::Rated)
            continue;
        scores[size_t(i * nk + j)].push_back(r.score);
    }
    for (int j = 0; j < nk; ++j) {
        if (ws.criteria[size_t(j)].kind != CriterionKind::Rated)
            continue;
        for (int i = 0; i < nc; ++i) {
            MatrixCell &cell = m.cells[size_t(i * nk + j)];
            const std::vector<int> &s = scores[size_t(i * nk + j)];
            cell.ratings = int(s.size());
            cell.raw = aggregate(s, ws.info.ratingAggregation);
            if (!s.empty()) {
                const auto [lo, hi] = std::minmax_element(s.begin(), s.end());
                cell.spread = double(*hi - *lo);
                cell.disputed = s.size() >= 2 && *cell.spread >= ws.info.disagreementThreshold;
            }
        }
    }

    for (int j = 0; j < nk; ++j) {
        const bool higher = ws.criteria[size_t(j)].direction == Direction::HigherIsBetter;
        std::optional<double> lo;
        std::optional<double> hi;
        for (int i = 0; i < nc; ++i) {
            const std::optional<double> &v = m.cells[size_t(i * nk + j)].raw;
            if (!v)
                continue;
            lo = lo ? std::min(*lo, *v) : *v;
            hi = hi ? std::max(*hi, *v) : *v;
        }
        if (!lo)
            continue;
        m.best[size_t(j)] = higher ? hi : lo;
        m.worst[size_t(j)] = higher ? lo : hi;
        const double range = *hi - *lo;
        for (int i = 0; i < nc; ++i) {
            MatrixCell &cell = m.cells[size_t(i * nk + j)];
            if (!cell.raw)
                continue;
            if (range <= 0)
                cell.normalised = 1.0;
            else
                cell.normalised = higher ? (*cell.raw - *lo) / range : (*hi - *cell.raw) / range;
        }
    }
    return m;
}

namespace {

/// The tier's weighted criteria: their matrix columns; fills the tier's criteria and shares.
std::vector<int> weightedColumns(const Workspace &ws, const SelectionMatrix &m, const SlaTier &tier, TierResult &t)
{
    const int nk = int(m.criteria.size());
    std::vector<double> weight(size_t(nk), 0.0);
    for (const TierWeight &w : ws.tierWeights) {
        if (w.tier != tier.id)
            continue;
        const int j = m.criterionIndex(w.criterion);
        if (j >= 0 && w.weight > 0)
            weight[size_t(j)] += w.weight;
    }
    std::vector<int> cols; // matrix columns of the weighted criteria
    double total = 0;
    for (int j = 0; j < nk; ++j) {
        if (weight[size_t(j)] > 0) {
            cols.push_back(j);
            t.criteria << m.criteria.at(j);
            total += weight[size_t(j)];
        }
    }
    for (int j : cols)
        t.shares.push_back(weight[size_t(j)] / total);
    return cols;
}

/// Candidate \a i's weighted score, coverage and contributions.
CandidateScore scoreOf(const SelectionMatrix &m, int i, const std::vector<int> &cols, const std::vector<double> &shares, bool worst)
{
    CandidateScore s;
    s.candidate = m.candidates.at(i);
    double sum = 0;
    double covered = 0;
    for (size_t k = 0; k < cols.size(); ++k) {
        const std::optional<double> &n = m.cell(i, cols[k]).normalised;
        if (n) {
            sum += shares[k] * *n;
            covered += shares[k];
        }
    }
    s.coverage = covered;
    const double divisor = worst ? 1.0 : covered;
    s.score = divisor > kEpsilon ? sum / divisor : 0.0;
    for (size_t k = 0; k < cols.size(); ++k) {
        const std::optional<double> &n = m.cell(i, cols[k]).normalised;
        if (n && divisor > kEpsilon)
            s.contributions.push_back(shares[k] * *n / divisor);
        else if (worst)
            s.contributions.push_back(0.0);
        else
            s.contributions.push_back(std::nullopt);
    }
    return s;
}

void applyKnockOuts(const Workspace &ws, const SelectionMatrix &m, const SlaTier &tier, std::vector<CandidateScore> &scores)
{
    const int nc = int(m.candidates.size());
    for (const TierThreshold &th : ws.tierThresholds) {
        if (th.tier != tier.id)
            continue;
        const int j = m.criterionIndex(th.criterion);
        if (j < 0)
            continue;
        for (int i = 0; i < nc; ++i) {
            const std::optional<double> &raw = m.cell(i, j).raw;
            if (!raw || !compareImpl(*raw, th.comparison, th.value)) {
                scores[size_t(i)].knockedOut = true;
                scores[size_t(i)].failed.push_back({th.criterion, th.comparison, th.value, raw});
            }
        }
    }
}

/// The ranking (knocked-out candidates last) and its winner.
void rankScores(const std::vector<CandidateScore> &scores, TierResult &t)
{
    const int nc = int(scores.size());
    std::vector<int> order(static_cast<size_t>(nc));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const CandidateScore &a = scores[size_t(x)];
        const CandidateScore &b = scores[size_t(y)];
        if (a.knockedOut != b.knockedOut)
            return !a.knockedOut;
        return a.score > b.score;
    });
    for (int r = 0; r < nc; ++r) {
        CandidateScore s = scores[size_t(order[size_t(r)])];
        s.rank = r + 1;
        t.ranking.push_back(std::move(s));
    }
    if (!t.ranking.empty() && !t.ranking.front().knockedOut)
        t.winner = t.ranking.front().candidate;
}

/// Inputs of the sensitivity of one tier's winner.
struct SensitivityInput
{
    const SelectionMatrix &m;
    const TierResult &t;
    const std::vector<int> &cols;
    const std::vector<int> &eligible;
    int winnerIndex;
    bool worst;
};

/// How far criterion \a k's share moves before the winner changes.
SensitivityItem sensitivityOf(const SensitivityInput &in, size_t k)
{
    const SelectionMatrix &m = in.m;
    const TierResult &t = in.t;
    const std::vector<int> &cols = in.cols;
    const bool worst = in.worst;
    SensitivityItem item;
    item.criterion = t.criteria.at(qsizetype(k));
    const double s0 = t.shares[k];
    item.weightPct = s0 * 100.0;
    if (in.winnerIndex < 0 || in.eligible.size() < 2 || s0 >= 1 - 1e-12)
        return item;
    const double u = 1.0 / (1.0 - s0);
    auto curve = [&](int i) {
        double P = 0, Q = 0;
        for (size_t x = 0; x < cols.size(); ++x) {
            if (x == k)
                continue;
            const std::optional<double> &n = m.cell(i, cols[x]).normalised;
            if (n || worst) {
                P += t.shares[x] * n.value_or(0.0);
                Q += t.shares[x];
            }
        }
        const std::optional<double> &nk0 = m.cell(i, cols[k]).normalised;
        const double N = nk0.value_or(0.0);
        const double M = (nk0 || worst) ? 1.0 : 0.0;
        if (worst) // denominators are the full weight: always 1
            return Rational{u * P, N - u * P, 1.0, 0.0};
        return Rational{u * P, N - u * P, u * Q, M - u * Q};
    };
    const Rational w = curve(in.winnerIndex);
    double bestDistance = std::numeric_limits<double>::infinity();
    double bestAt = 0;
    QString bestTo;
    double bestScoreAfter = -1;
    for (int i : in.eligible) {
        if (i == in.winnerIndex)
            continue;
        const Rational o = curve(i);
        // f(s) = (a_w + b_w s)(c_o + d_o s) − (a_o + b_o s)(c_w + d_w s)
        const double A2 = w.b * o.d - o.b * w.d;
        const double A1 = w.a * o.d + w.b * o.c - o.a * w.d - o.b * w.c;
        const double A0 = w.a * o.c - o.a * w.c;
        for (double r : rootsInUnit(A2, A1, A0)) {
            const double distance = std::abs(r - s0);
            if (distance < 1e-12)
                continue;
            // A genuine flip: just past r (away from s0) the other is ahead.
            const double dir = r > s0 ? 1.0 : -1.0;
            const double past = std::clamp(r + dir * 1e-9, 0.0, 1.0);
            if (o.at(past) <= w.at(past))
                continue;
            const double after = o.at(past);
            if (distance < bestDistance - 1e-12 || (std::abs(distance - bestDistance) <= 1e-12 && after > bestScoreAfter)) {
                bestDistance = distance;
                bestAt = r;
                bestTo = m.candidates.at(i);
                bestScoreAfter = after;
            }
        }
    }
    if (!bestTo.isEmpty()) {
        item.flipAtPct = bestAt * 100.0;
        item.flipsTo = bestTo;
        item.distancePp = bestDistance * 100.0;
    }
    return item;
}

} // namespace

TierResult evaluateTier(const Workspace &ws, const SelectionMatrix &m, const SlaTier &tier)
{
    TierResult t;
    t.tier = tier.id;
    const std::vector<int> cols = weightedColumns(ws, m, tier, t);

    const bool worst = ws.info.missingPolicy == MissingPolicy::Worst;
    const int nc = int(m.candidates.size());
    std::vector<CandidateScore> scores;
    for (int i = 0; i < nc; ++i)
        scores.push_back(scoreOf(m, i, cols, t.shares, worst));
    applyKnockOuts(ws, m, tier, scores);
    rankScores(scores, t);

    // Sensitivity: move one criterion's share s from its value s0 over [0, 1],
    // the others keep their proportions and share 1 − s. Each candidate's
    // score is then (a + b·s)/(c + d·s); the winner changes where its curve
    // meets another's first (a quadratic after cross-multiplying).
    std::vector<int> eligible;
    for (int i = 0; i < nc; ++i) {
        if (!scores[size_t(i)].knockedOut)
            eligible.push_back(i);
    }
    const int winnerIndex = t.winner.isEmpty() ? -1 : m.candidateIndex(t.winner);
    const SensitivityInput input{m, t, cols, eligible, winnerIndex, worst};
    for (size_t k = 0; k < cols.size(); ++k) {
        SensitivityItem item = sensitivityOf(input, k);
        if (item.distancePp && (!t.minDistancePp || *item.distancePp < *t.minDistancePp))
            t.minDistancePp = item.distancePp;
        t.sensitivity.push_back(std::move(item));
    }
    if (t.winner.isEmpty())
        t.stability = Stability::Undecided;
    else if (eligible.size() == 1)
        t.stability = Stability::Uncontested; // "stable" would claim a contest that did not happen
    else if (t.minDistancePp && *t.minDistancePp < ws.info.fragileThresholdPp)
        t.stability = Stability::Fragile;
    else
        t.stability = Stability::Stable;
    return t;
}

RuleSubject subjectOf(const SlaTier &tier)
{
    RuleSubject s;
    s.tier = tier.id;
    s.availabilityPct = tier.availabilityPct;
    s.p99Ms = tier.p99Ms;
    s.deliveryWeeks = tier.deliveryWeeks;
    return s;
}

RuleSubject subjectOf(const Workspace &ws, const BoundedContext &context)
{
    RuleSubject s;
    for (const SlaTier &tier : ws.tiers) {
        if (tier.id == context.tier) {
            s = subjectOf(tier);
            break;
        }
    }
    s.tier = context.tier;
    s.latencyToleranceMs = context.latencyToleranceMs;
    s.functionCount = double(context.functionCount);
    s.domainType = Enums::domainType.key(int(context.domainType));
    s.team = context.team;
    s.teamSkills = context.teamSkills;
    s.currentLanguage = context.language;
    return s;
}

Truth evaluateCondition(const RuleCondition &c, const RuleSubject &s)
{
    if (isNumeric(c.attribute)) {
        std::optional<double> v;
        switch (c.attribute) {
        case RuleAttribute::AvailabilityPct: v = s.availabilityPct; break;
        case RuleAttribute::P99Ms: v = s.p99Ms; break;
        case RuleAttribute::DeliveryWeeks: v = s.deliveryWeeks; break;
        case RuleAttribute::LatencyToleranceMs: v = s.latencyToleranceMs; break;
        case RuleAttribute::FunctionCount: v = s.functionCount; break;
        default: break;
        }
        bool ok = false;
        const double threshold = c.value.trimmed().toDouble(&ok);
        if (!v || !ok || c.comparison == Comparison::Contains || c.comparison == Comparison::NotContains)
            return Truth::Unknown;
        return compareImpl(*v, c.comparison, threshold) ? Truth::True : Truth::False;
    }
    if (c.attribute == RuleAttribute::TeamSkills) {
        if (s.teamSkills.trimmed().isEmpty())
            return Truth::Unknown;
        const QStringList skills = skillsOf(s.teamSkills);
        const QString wanted = c.value.trimmed().toLower();
        switch (c.comparison) {
        case Comparison::Contains:
        case Comparison::Equal: return skills.contains(wanted) ? Truth::True : Truth::False;
        case Comparison::NotContains:
        case Comparison::NotEqual: return skills.contains(wanted) ? Truth::False : Truth::True;
        default: return Truth::Unknown;
        }
    }
    QString v;
    switch (c.attribute) {
    case RuleAttribute::Tier: v = s.tier; break;
    case RuleAttribute::DomainType: v = s.domainType; break;
    case RuleAttribute::Team: v = s.team; break;
    case RuleAttribute::CurrentLanguage: v = s.currentLanguage; break;
    default: break;
    }
    if (v.isEmpty())
        return Truth::Unknown;
    const QString wanted = c.value.trimmed();
    switch (c.comparison) {
    case Comparison::Equal: return v.compare(wanted, Qt::CaseInsensitive) == 0 ? Truth::True : Truth::False;
    case Comparison::NotEqual: return v.compare(wanted, Qt::CaseInsensitive) != 0 ? Truth::True : Truth::False;
    case Comparison::Contains: return v.contains(wanted, Qt::CaseInsensitive) ? Truth::True : Truth::False;
    case Comparison::NotContains: return v.contains(wanted, Qt::CaseInsensitive) ? Truth::False : Truth::True;
    default: return Truth::Unknown;
    }
}

RuleEvaluation evaluateRules(const Workspace &ws, const RuleSubject &subject)
{
    RuleEvaluation out;
    QHash<QString, std::vector<int>> conditionsOf;
    for (size_t r = 0; r < ws.ruleConditions.size(); ++r)
        conditionsOf[ws.ruleConditions[r].rule].push_back(int(r));
    for (const DecisionRule &rule : ws.rules) {
        RuleOutcome o;
        o.rule = rule.id;
        o.fires = true;
        for (int row : conditionsOf.value(rule.id)) {
            const Truth truth = evaluateCondition(ws.ruleConditions[size_t(row)], subject);
            o.conditions.push_back({row, truth});
            if (truth != Truth::True)
                o.fires = false; // unknown does not satisfy a condition
        }
        out.trace.push_back(o);
        if (o.fires) {
            out.candidate = rule.candidate;
            out.rule = rule.id;
            break;
        }
    }
    return out;
}

double randomIndex(int n)
{
    // Saaty's random consistency indices for n = 1 … 15.
    static const double ri[] = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    return n >= 0 && n <= 15 ? ri[n] : 1.59;
}

AhpResult ahp(const Workspace &ws, const QString &tier)
{
    AhpResult out;
    QHash<QString, int> index;
    for (const Criterion &c : ws.criteria) {
        bool involved = false;
        for (const TierComparison &cmp : ws.tierComparisons)
            involved = involved || (cmp.tier == tier && (cmp.criterionA == c.id || cmp.criterionB == c.id));
        if (involved) {
            index.insert(c.id, int(out.criteria.size()));
            out.criteria << c.id;
        }
    }
    const int n = int(out.criteria.size());
    if (n < 2)
        return out;
    std::vector<double> a(size_t(n * n), 0.0);
    for (int i = 0; i < n; ++i)
        a[size_t(i * n + i)] = 1.0;
    for (const TierComparison &cmp : ws.tierComparisons) {
        if (cmp.tier != tier || cmp.criterionA == cmp.criterionB || cmp.ratio <= 0)
            continue;
        const int i = index.value(cmp.criterionA);
        const int j = index.value(cmp.criterionB);
        a[size_t(i * n + j)] = cmp.ratio;
        a[size_t(j * n + i)] = 1.0 / cmp.ratio;
    }
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            if (a[size_t(i * n + j)] == 0.0)
                out.missingPairs << out.criteria.at(i) + QStringLiteral(" / ") + out.criteria.at(j);
        }
    }
    if (!out.missingPairs.isEmpty())
        return out;
    // Principal eigenvector by power iteration (the matrix is positive).
    std::vector<double> w(size_t(n), 1.0 / n);
    for (int iter = 0; iter < 1000; ++iter) {
        std::vector<double> next(size_t(n), 0.0);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j)
                next[size_t(i)] += a[size_t(i * n + j)] * w[size_t(j)];
        }
        const double sum = std::accumulate(next.begin(), next.end(), 0.0);
        double change = 0;
        for (int i = 0; i < n; ++i) {
            next[size_t(i)] /= sum;
            change = std::max(change, std::abs(next[size_t(i)] - w[size_t(i)]));
        }
        w = std::move(next);
        if (change < 1e-14)
            break;
    }
    double lambda = 0;
    for (int i = 0; i < n; ++i) {
        double row = 0;
        for (int j = 0; j < n; ++j)
            row += a[size_t(i * n + j)] * w[size_t(j)];
        lambda += row / w[size_t(i)];
    }
    lambda /= n;
    out.weights = w;
    out.lambdaMax = lambda;
    out.consistencyIndex = n > 1 ? (lambda - n) / (n - 1) : 0.0;
    const double ri = randomIndex(n);
    out.consistencyRatio = ri > 0 ? out.consistencyIndex / ri : 0.0;
    return out;
}

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context.
struct KnockOutText
{
    Q_DECLARE_TR_FUNCTIONS(Selection)
};

QString figure(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

QString describeKnockOut(const CandidateScore &score, const std::function<QString(const QString &)> &criterionName)
{
    QStringList clauses;
    for (const FailedThreshold &f : score.failed)
        clauses << KnockOutText::tr("%1 %2 %3 required, value %4")
                       .arg(criterionName(f.criterion), Enums::comparison.label(int(f.comparison)), figure(f.threshold),
                            f.value ? figure(*f.value) : KnockOutText::tr("missing"));
    return clauses.join(QStringLiteral("; "));
}

QString stabilityKey(Stability s)
{
    switch (s) {
    case Stability::Stable: return QStringLiteral("stable");
    case Stability::Fragile: return QStringLiteral("fragile");
    case Stability::Undecided: return QStringLiteral("undecided");
    case Stability::Uncontested: return QStringLiteral("uncontested");
    }
    return {};
}

SelectionResult compute(const Workspace &ws)
{
    SelectionResult r;
    r.matrix = buildMatrix(ws);
    for (const SlaTier &tier : ws.tiers) {
        r.tiers.push_back(evaluateTier(ws, r.matrix, tier));
        const RuleEvaluation e = evaluateRules(ws, subjectOf(tier));
        r.tierRules.push_back({tier.id, e.candidate, e.rule, e.trace});
    }
    for (const BoundedContext &c : ws.contexts) {
        const RuleEvaluation e = evaluateRules(ws, subjectOf(ws, c));
        Recommendation rec;
        rec.context = c.id;
        rec.candidate = e.candidate;
        rec.rule = e.rule;
        rec.current = c.language;
        rec.disagrees = !c.language.isEmpty() && !e.candidate.isEmpty() && c.language != e.candidate;
        rec.trace = e.trace;
        r.recommendations.push_back(std::move(rec));
    }
    return r;
}

} // namespace ArchBoard::Selection
