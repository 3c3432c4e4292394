#include "voting.h"

#include "schema.h"
#include "selection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace ArchBoard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Voting)
};

template<typename T>
const T *byId(const std::vector<T> &rows, const QString &id)
{
    for (const T &row : rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

QString cellKey(const QString &rater, const QString &candidate, const QString &criterion)
{
    return rater + QChar(0x1f) + candidate + QChar(0x1f) + criterion;
}

/// Criteria with a positive weight in \a tier.
QSet<QString> weighted(const Workspace &ws, const QString &tier)
{
    QSet<QString> out;
    for (const TierWeight &w : ws.tierWeights) {
        if (w.tier == tier && w.weight > 0.0)
            out.insert(w.criterion);
    }
    return out;
}

} // namespace

int VotingBallot::cellIndex(const QString &candidate, const QString &criterion) const
{
    const qsizetype c = candidates.indexOf(candidate);
    const qsizetype k = criteria.indexOf(criterion);
    if (c < 0 || k < 0)
        return -1;
    return int(c * criteria.size() + k);
}

int RoundMember::scored() const
{
    return int(std::count_if(votes.begin(), votes.end(), [](const CellVote &v) { return v.score > 0; }));
}

namespace Voting {

VotingBallot defaultBallot(const Workspace &ws, const QString &tier)
{
    VotingBallot ballot;
    ballot.tier = tier;
    for (const Candidate &c : ws.candidates) {
        if (c.shortlisted)
            ballot.candidates << c.id;
    }
    const QSet<QString> inTier = weighted(ws, tier);
    QStringList rated;
    for (const Criterion &k : ws.criteria) {
        if (k.kind != CriterionKind::Rated)
            continue;
        rated << k.id;
        if (inTier.contains(k.id))
            ballot.criteria << k.id;
    }
    if (ballot.criteria.isEmpty())
        ballot.criteria = rated;
    return ballot;
}

bool checkBallot(const Workspace &ws, const VotingBallot &ballot, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!byId(ws.tiers, ballot.tier))
        return fail(Text::tr("no SLA tier “%1”").arg(ballot.tier));
    if (ballot.candidates.isEmpty())
        return fail(Text::tr("the tier has no shortlisted candidates to vote on"));
    if (ballot.criteria.isEmpty())
        return fail(Text::tr("the workspace has no rated criteria to vote on"));
    if (QSet<QString>(ballot.candidates.begin(), ballot.candidates.end()).size() != ballot.candidates.size()
        || QSet<QString>(ballot.criteria.begin(), ballot.criteria.end()).size() != ballot.criteria.size())
        return fail(Text::tr("a candidate or criterion is listed twice"));
    for (const QString &c : ballot.candidates) {
        if (!byId(ws.candidates, c))
            return fail(Text::tr("no candidate “%1”").arg(c));
    }
    for (const QString &k : ballot.criteria) {
        const Criterion *criterion = byId(ws.criteria, k);
        if (!criterion)
            return fail(Text::tr("no criterion “%1”").arg(k));
        if (criterion->kind != CriterionKind::Rated)
            return fail(Text::tr("criterion “%1” is measured, not rated").arg(k));
    }
    return true;
}

QJsonObject ballotJson(const Workspace &ws, const VotingBallot &ballot)
{
    const SlaTier *tier = byId(ws.tiers, ballot.tier);
    QJsonArray candidates;
    for (const QString &id : ballot.candidates) {
        const Candidate *c = byId(ws.candidates, id);
        candidates.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), c ? c->name : id}});
    }
    auto criterionJson = [](const Criterion &k) {
        return QJsonObject{{QStringLiteral("id"), k.id},
                           {QStringLiteral("name"), k.name},
                           {QStringLiteral("unit"), k.unit},
                           {QStringLiteral("description"), k.description},
                           {QStringLiteral("direction"), Enums::direction.key(int(k.direction))}};
    };
    QJsonArray criteria;
    for (const QString &id : ballot.criteria) {
        if (const Criterion *k = byId(ws.criteria, id))
            criteria.append(criterionJson(*k));
    }
    // The tier's measured figures, for reference while scoring.
    QHash<QString, std::optional<double>> values;
    for (const Measurement &m : ws.measurements)
        values.insert(m.candidate + QChar(0x1f) + m.criterion, m.value);
    const QSet<QString> inTier = weighted(ws, ballot.tier);
    QJsonArray measured;
    for (const Criterion &k : ws.criteria) {
        if (k.kind != CriterionKind::Measured || !inTier.contains(k.id))
            continue;
        QJsonArray row;
        for (const QString &c : ballot.candidates) {
            const std::optional<double> v = values.value(c + QChar(0x1f) + k.id);
            row.append(v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
        }
        QJsonObject o = criterionJson(k);
        o.insert(QStringLiteral("values"), row);
        measured.append(o);
    }
    return QJsonObject{
        {QStringLiteral("tier"), QJsonObject{{QStringLiteral("id"), ballot.tier},
                                             {QStringLiteral("name"), tier ? tier->name : ballot.tier},
                                             {QStringLiteral("description"), tier ? tier->description : QString()}}},
        {QStringLiteral("candidates"), candidates},
        {QStringLiteral("criteria"), criteria},
        {QStringLiteral("measured"), measured},
    };
}

std::vector<ScoreCounts> distribution(const RoundResult &round)
{
    std::vector<ScoreCounts> out(size_t(round.ballot.cellCount()), ScoreCounts{});
    for (const RoundMember &m : round.members) {
        for (size_t c = 0; c < m.votes.size() && c < out.size(); ++c) {
            const int s = m.votes[c].score;
            if (s >= 1 && s <= 5)
                ++out[c][size_t(s - 1)];
        }
    }
    return out;
}

QString applyRound(Workspace &ws, const RoundResult &round)
{
    for (const RoundMember &m : round.members) {
        if (!byId(ws.raters, m.rater))
            ws.raters.push_back({m.rater, m.name, QString()});
    }
    // Revealing the same round again (after a resumed session) replaces it.
    QString id;
    for (VotingRound &r : ws.votingRounds) {
        if (r.tier == round.ballot.tier && r.session == round.session && r.number == round.number) {
            id = r.id;
            r.revealedAt = round.revealedAt;
        }
    }
    if (id.isEmpty()) {
        for (int n = int(ws.votingRounds.size()) + 1;; ++n) {
            id = QStringLiteral("vote-%1").arg(n);
            if (!byId(ws.votingRounds, id))
                break;
        }
        ws.votingRounds.push_back({id, round.ballot.tier, round.session, round.number, round.openedAt, round.revealedAt});
    } else {
        std::erase_if(ws.roundScores, [&id](const RoundScore &s) { return s.round == id; });
    }

    QHash<QString, size_t> rows;
    rows.reserve(qsizetype(ws.ratings.size()));
    for (size_t r = 0; r < ws.ratings.size(); ++r)
        rows.insert(cellKey(ws.ratings[r].rater, ws.ratings[r].candidate, ws.ratings[r].criterion), r);
    std::vector<bool> remove(ws.ratings.size(), false);
    for (const RoundMember &m : round.members) {
        if (m.scored() == 0)
            continue; // joined but said nothing: their earlier ratings stand
        for (int cell = 0; cell < round.ballot.cellCount() && cell < int(m.votes.size()); ++cell) {
            const QString candidate = round.ballot.candidateOf(cell);
            const QString criterion = round.ballot.criterionOf(cell);
            const CellVote &vote = m.votes[size_t(cell)];
            const auto it = rows.constFind(cellKey(m.rater, candidate, criterion));
            if (vote.score > 0) {
                if (it != rows.cend()) {
                    ws.ratings[*it].score = vote.score;
                    ws.ratings[*it].comment = vote.reason;
                    remove[*it] = false;
                } else {
                    ws.ratings.push_back({m.rater, candidate, criterion, vote.score, vote.reason});
                }
                ws.roundScores.push_back({id, m.rater, candidate, criterion, vote.score, vote.reason});
            } else if (it != rows.cend()) {
                remove[*it] = true;
            }
        }
    }
    size_t out = 0;
    for (size_t r = 0; r < ws.ratings.size(); ++r) {
        if (r < remove.size() && remove[r])
            continue;
        if (out != r)
            ws.ratings[out] = std::move(ws.ratings[r]);
        ++out;
    }
    ws.ratings.resize(out);
    return id;
}

std::vector<Dispute> disputes(const Workspace &ws, const VotingBallot &ballot)
{
    std::vector<Dispute> out;
    const SelectionMatrix matrix = Selection::buildMatrix(ws);
    for (const QString &candidate : ballot.candidates) {
        const int row = matrix.candidateIndex(candidate);
        for (const QString &criterion : ballot.criteria) {
            const int column = matrix.criterionIndex(criterion);
            if (row < 0 || column < 0)
                continue;
            const MatrixCell &cell = matrix.cell(row, column);
            if (cell.disputed && cell.spread)
                out.push_back({candidate, criterion, *cell.spread, cell.ratings});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Dispute &a, const Dispute &b) { return a.spread > b.spread; });
    return out;
}

std::vector<RoundSummary> latestSession(const Workspace &ws, const QString &tier)
{
    QString session;
    for (const VotingRound &r : ws.votingRounds) {
        if (r.tier == tier)
            session = r.session;
    }
    std::vector<RoundSummary> out;
    if (session.isEmpty())
        return out;
    std::map<QString, size_t> index;
    for (const VotingRound &r : ws.votingRounds) {
        if (r.tier == tier && r.session == session) {
            index[r.id] = out.size();
            out.push_back({r.id, r.number, 0, 0, 0, 0.0, r.revealedAt});
        }
    }
    struct Cell
    {
        int lo = 6, hi = 0, n = 0;
    };
    std::vector<std::map<QString, Cell>> cells(out.size());
    std::vector<QSet<QString>> raters(out.size());
    for (const RoundScore &s : ws.roundScores) {
        const auto it = index.find(s.round);
        if (it == index.end())
            continue;
        Cell &c = cells[it->second][s.candidate + QChar(0x1f) + s.criterion];
        c.lo = std::min(c.lo, s.score);
        c.hi = std::max(c.hi, s.score);
        ++c.n;
        raters[it->second].insert(s.rater);
        ++out[it->second].scores;
    }
    for (size_t i = 0; i < out.size(); ++i) {
        int spreadCells = 0;
        double spreadSum = 0.0;
        for (const auto &[key, c] : cells[i]) {
            if (c.n < 2)
                continue;
            const int spread = c.hi - c.lo;
            ++spreadCells;
            spreadSum += spread;
            if (spread >= ws.info.disagreementThreshold)
                ++out[i].disputedCells;
        }
        out[i].raters = int(raters[i].size());
        out[i].meanSpread = spreadCells > 0 ? spreadSum / spreadCells : 0.0;
    }
    std::stable_sort(out.begin(), out.end(), [](const RoundSummary &a, const RoundSummary &b) { return a.number < b.number; });
    return out;
}

QString movementText(const std::vector<RoundSummary> &rounds)
{
    if (rounds.empty())
        return {};
    const RoundSummary &first = rounds.front();
    const RoundSummary &last = rounds.back();
    const QString spread = QString::number(first.meanSpread, 'f', 1);
    if (rounds.size() == 1)
        return Text::tr("Scored blind in live voting by %n rater(s); among their votes, disputed cells %1, mean spread %2.", nullptr, last.raters)
            .arg(last.disputedCells)
            .arg(spread);
    return Text::tr("Scored blind in %1 rounds of live voting by %n rater(s); among their votes, disputed cells %2 → %3, mean spread %4 → %5.", nullptr, last.raters)
        .arg(rounds.size())
        .arg(first.disputedCells)
        .arg(last.disputedCells)
        .arg(spread, QString::number(last.meanSpread, 'f', 1));
}

} // namespace Voting

} // namespace ArchBoard
