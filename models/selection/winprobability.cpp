#include "winprobability.h"

#include "sampling.h"
#include "selection.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace ArchBoard {

double TierWinProbability::probabilityOf(const QString &candidate) const
{
    for (const CandidateWinChance &c : candidates) {
        if (c.candidate == candidate)
            return c.probability;
    }
    return 0.0;
}

const TierWinProbability *WinProbabilities::tier(const QString &id) const
{
    for (const TierWinProbability &t : tiers) {
        if (t.tier == id)
            return &t;
    }
    return nullptr;
}

namespace Selection {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Selection)
};

/// One matrix cell as the draws see it.
struct Cell
{
    enum Kind { Fixed, Resampled, Ranged } kind = Fixed;
    std::optional<double> raw;
    std::vector<int> scores;  ///< Resampled: the raters' scores
    Distribution distribution = Distribution::None;
    double low = 0, high = 0; ///< Ranged
};

struct Threshold
{
    int column;
    Comparison comparison;
    double value;
};

struct Tier
{
    std::vector<int> columns;  ///< weighted criteria (matrix columns)
    std::vector<double> shares;
    double concentration = 0;
    std::vector<Threshold> thresholds;
};

/// The k-th smallest (0-based) of scores 1–5 counted in \a bins.
int kthScore(const std::array<int, 6> &bins, int k)
{
    for (int v = 1; v <= 5; ++v) {
        k -= bins[size_t(v)];
        if (k < 0)
            return v;
    }
    return 5;
}

double resample(const Cell &c, RatingAggregation how, SampleGenerator &g)
{
    const int n = int(c.scores.size());
    std::array<int, 6> bins{};
    int sum = 0;
    for (int i = 0; i < n; ++i) {
        const int s = std::clamp(c.scores[size_t(g.below(n))], 1, 5);
        ++bins[size_t(s)];
        sum += s;
    }
    if (how == RatingAggregation::Mean)
        return double(sum) / n;
    return n % 2 ? kthScore(bins, n / 2) : (kthScore(bins, n / 2 - 1) + kthScore(bins, n / 2)) / 2.0;
}

std::vector<Cell> cellsOf(const Workspace &ws, const SelectionMatrix &m, WinProbabilities &out)
{
    const int nc = int(m.candidates.size());
    const int nk = int(m.criteria.size());
    std::vector<Cell> cells(size_t(nc * nk));
    for (int i = 0; i < nc; ++i) {
        for (int j = 0; j < nk; ++j)
            cells[size_t(i * nk + j)].raw = m.cell(i, j).raw;
    }
    QHash<QString, int> candIndex, critIndex;
    for (int i = 0; i < nc; ++i)
        candIndex.insert(m.candidates.at(i), i);
    for (int j = 0; j < nk; ++j)
        critIndex.insert(m.criteria.at(j), j);
    for (const Measurement &meas : ws.measurements) {
        const int i = candIndex.value(meas.candidate, -1), j = critIndex.value(meas.criterion, -1);
        if (i < 0 || j < 0 || ws.criteria[size_t(j)].kind != CriterionKind::Measured || !meas.value
            || meas.distribution == Distribution::None || !meas.low || !meas.high || *meas.low > *meas.high)
            continue;
        Cell &c = cells[size_t(i * nk + j)];
        c.kind = Cell::Ranged;
        c.distribution = meas.distribution;
        c.low = *meas.low;
        c.high = *meas.high;
        ++out.rangedMeasurements;
    }
    for (const Rating &r : ws.ratings) {
        const int i = candIndex.value(r.candidate, -1), j = critIndex.value(r.criterion, -1);
        if (i >= 0 && j >= 0 && ws.criteria[size_t(j)].kind == CriterionKind::Rated)
            cells[size_t(i * nk + j)].scores.push_back(r.score);
    }
    for (Cell &c : cells) {
        if (c.scores.size() >= 2 && std::any_of(c.scores.begin(), c.scores.end(), [&](int s) { return s != c.scores.front(); })) {
            c.kind = Cell::Resampled; // raters disagree: resample them
            ++out.resampledCells;
        }
    }
    return cells;
}

Tier tierOf(const Workspace &ws, const SelectionMatrix &m, const SlaTier &tier, double bandPp)
{
    Tier t;
    const TierResult base = evaluateTier(ws, m, tier);
    for (const QString &criterion : base.criteria)
        t.columns.push_back(m.criterionIndex(criterion));
    t.shares = base.shares;
    t.concentration = dirichletConcentration(t.shares, bandPp);
    for (const TierThreshold &th : ws.tierThresholds) {
        const int j = m.criterionIndex(th.criterion);
        if (th.tier == tier.id && j >= 0)
            t.thresholds.push_back({j, th.comparison, th.value});
    }
    return t;
}

/// The winner of \a t for one draw's raw values and normalised values, or -1.
int winnerOf(const Tier &t, const std::vector<double> &shares, const std::vector<std::optional<double>> &raw,
             const std::vector<std::optional<double>> &norm, int nc, int nk, bool worst)
{
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < nc; ++i) {
        bool out = false;
        for (const Threshold &th : t.thresholds) {
            const std::optional<double> &v = raw[size_t(i * nk + th.column)];
            if (!v || !compareValue(*v, th.comparison, th.value)) {
                out = true;
                break;
            }
        }
        if (out)
            continue;
        double sum = 0, covered = 0;
        for (size_t k = 0; k < t.columns.size(); ++k) {
            if (const std::optional<double> &n = norm[size_t(i * nk + t.columns[k])]) {
                sum += shares[k] * *n;
                covered += shares[k];
            }
        }
        const double divisor = worst ? 1.0 : covered;
        const double score = divisor > 1e-12 ? sum / divisor : 0.0;
        if (best < 0 || score > bestScore) { // ties keep the earlier candidate, as the ranking does
            best = i;
            bestScore = score;
        }
    }
    return best;
}

void normalise(const Workspace &ws, const std::vector<std::optional<double>> &raw, std::vector<std::optional<double>> &norm, int nc, int nk)
{
    for (int j = 0; j < nk; ++j) {
        double lo = 0, hi = 0;
        bool any = false;
        for (int i = 0; i < nc; ++i) {
            if (const std::optional<double> &v = raw[size_t(i * nk + j)]) {
                lo = any ? std::min(lo, *v) : *v;
                hi = any ? std::max(hi, *v) : *v;
                any = true;
            }
        }
        const bool higher = ws.criteria[size_t(j)].direction == Direction::HigherIsBetter;
        const double range = hi - lo;
        for (int i = 0; i < nc; ++i) {
            const std::optional<double> &v = raw[size_t(i * nk + j)];
            std::optional<double> &n = norm[size_t(i * nk + j)];
            if (!v)
                n.reset();
            else if (range <= 0)
                n = 1.0;
            else
                n = higher ? (*v - lo) / range : (hi - *v) / range;
        }
    }
}

void drawShares(const Tier &t, SampleGenerator &g, std::vector<double> &shares)
{
    shares = t.shares;
    if (t.concentration <= 0)
        return;
    double sum = 0;
    for (size_t k = 0; k < shares.size(); ++k) {
        shares[k] = g.gamma(t.concentration * t.shares[k]);
        sum += shares[k];
    }
    if (sum <= 0) {
        shares = t.shares;
        return;
    }
    for (double &s : shares)
        s /= sum;
}

} // namespace

double dirichletConcentration(const std::vector<double> &shares, double bandPp)
{
    if (bandPp <= 0 || shares.size() < 2)
        return 0.0;
    const double s = *std::max_element(shares.begin(), shares.end());
    if (s >= 1.0)
        return 0.0;
    const double b = bandPp / 100.0;
    // Var(share) = s(1 − s)/(κ + 1) for a Dirichlet with α = κ·shares.
    return std::max(1.0, s * (1.0 - s) / (b * b) - 1.0);
}

WinProbabilities winProbabilities(const Workspace &ws, int draws, quint64 seed, double weightBandPp)
{
    WinProbabilities out;
    out.draws = std::max(1, draws);
    out.seed = seed;
    out.weightBandPp = std::max(0.0, weightBandPp);
    const SelectionMatrix m = buildMatrix(ws);
    const int nc = int(m.candidates.size());
    const int nk = int(m.criteria.size());
    const std::vector<Cell> cells = cellsOf(ws, m, out);
    std::vector<Tier> tiers;
    for (const SlaTier &tier : ws.tiers) {
        tiers.push_back(tierOf(ws, m, tier, out.weightBandPp));
        TierWinProbability p;
        p.tier = tier.id;
        p.draws = out.draws;
        p.concentration = tiers.back().concentration;
        for (const CandidateScore &s : evaluateTier(ws, m, tier).ranking)
            p.candidates.push_back({s.candidate, 0, 0.0, 0.0});
        out.tiers.push_back(std::move(p));
    }
    // wins[t][i]: how often candidate i (matrix order) wins tier t
    std::vector<std::vector<int>> wins(tiers.size(), std::vector<int>(size_t(nc), 0));
    SampleGenerator g(seed);
    const bool worst = ws.info.missingPolicy == MissingPolicy::Worst;
    std::vector<std::optional<double>> raw(cells.size()), norm(cells.size());
    std::vector<double> shares;
    for (int d = 0; d < out.draws; ++d) {
        for (size_t c = 0; c < cells.size(); ++c) {
            const Cell &cell = cells[c];
            switch (cell.kind) {
            case Cell::Fixed: raw[c] = cell.raw; break;
            case Cell::Resampled: raw[c] = resample(cell, ws.info.ratingAggregation, g); break;
            case Cell::Ranged: raw[c] = Sampling::draw(cell.distribution, *cell.raw, cell.low, cell.high, g); break;
            }
        }
        normalise(ws, raw, norm, nc, nk);
        for (size_t t = 0; t < tiers.size(); ++t) {
            drawShares(tiers[t], g, shares);
            const int w = winnerOf(tiers[t], shares, raw, norm, nc, nk, worst);
            if (w >= 0)
                ++wins[t][size_t(w)];
            else
                ++out.tiers[t].noWinner;
        }
    }
    for (size_t t = 0; t < tiers.size(); ++t) {
        for (CandidateWinChance &c : out.tiers[t].candidates) {
            c.wins = wins[t][size_t(m.candidateIndex(c.candidate))];
            c.probability = double(c.wins) / out.draws;
            c.standardError = std::sqrt(c.probability * (1.0 - c.probability) / out.draws);
        }
    }
    return out;
}

QString percentText(double probability)
{
    if (probability <= 0)
        return QStringLiteral("0 %");
    if (probability < 0.0005)
        return QStringLiteral("< 0.1 %");
    return QString::number(probability * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString describeWinChances(const TierWinProbability &tier, const std::function<QString(const QString &)> &nameOf, int max)
{
    std::vector<CandidateWinChance> chances = tier.candidates;
    std::stable_sort(chances.begin(), chances.end(), [](const CandidateWinChance &a, const CandidateWinChance &b) { return a.wins > b.wins; });
    QStringList parts;
    for (const CandidateWinChance &c : chances) {
        if (c.wins == 0 || int(parts.size()) >= max)
            break;
        if (parts.isEmpty()) {
            QString draws = QString::number(tier.draws);
            for (qsizetype i = draws.size() - 3; i > 0; i -= 3)
                draws.insert(i, QChar(0x2009));
            parts << Text::tr("%1 wins in %2 of %3 draws (± %4 pp)")
                         .arg(nameOf(c.candidate), percentText(c.probability), draws, QString::number(c.standardError * 100.0, 'f', 1));
        } else {
            parts << QStringLiteral("%1 %2").arg(nameOf(c.candidate), percentText(c.probability));
        }
    }
    if (parts.isEmpty())
        return Text::tr("no candidate wins in any draw");
    if (tier.noWinner > 0)
        parts << Text::tr("no winner in %1").arg(percentText(double(tier.noWinner) / tier.draws));
    return parts.join(QStringLiteral("; "));
}

WinProbabilities winProbabilities(const Workspace &ws)
{
    return winProbabilities(ws, ws.info.winDraws, quint64(std::max(0, ws.info.winSeed)), ws.info.weightBandPp);
}

} // namespace Selection

} // namespace ArchBoard
