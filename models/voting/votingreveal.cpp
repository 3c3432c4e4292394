#include "votingreveal.h"

#include "document.h"
#include "schema.h"

#include <QHash>

namespace ArchBoard::Voting {

namespace {

QString cellKey(const QString &rater, const QString &candidate, const QString &criterion)
{
    return rater + QChar(0x1f) + candidate + QChar(0x1f) + criterion;
}

// The round's row: the same round revealed again (a resumed session) is
// replaced, with its scores. Returns the round's id, empty on a refused value.
QString upsertRound(Document &doc, const RoundResult &round)
{
    const QList<FieldValue> key{{Schema::field(&VotingRound::tier), round.ballot.tier},
                                {Schema::field(&VotingRound::session), round.session},
                                {Schema::field(&VotingRound::number), round.number}};
    const int row = doc.findRow(key);
    if (row >= 0) {
        const FieldRef idField = Schema::field(&VotingRound::id);
        const QString id = doc.value(TableId::VotingRounds, row, idField.index).toString();
        if (!doc.setValue(row, Schema::field(&VotingRound::revealedAt), round.revealedAt))
            return {};
        QList<int> old;
        const std::vector<RoundScore> &scores = doc.workspace().roundScores;
        for (size_t r = 0; r < scores.size(); ++r) {
            if (scores[r].round == id)
                old.append(int(r));
        }
        if (!old.isEmpty() && !doc.removeRows(TableId::RoundScores, old))
            return {};
        return id;
    }
    QString id;
    for (int n = doc.rowCount(TableId::VotingRounds) + 1;; ++n) {
        id = QStringLiteral("vote-%1").arg(n);
        if (doc.rowOfId(TableId::VotingRounds, id) < 0)
            break;
    }
    const QHash<int, QVariant> values{{Schema::field(&VotingRound::id).index, id},
                                      {Schema::field(&VotingRound::tier).index, round.ballot.tier},
                                      {Schema::field(&VotingRound::session).index, round.session},
                                      {Schema::field(&VotingRound::number).index, round.number},
                                      {Schema::field(&VotingRound::openedAt).index, round.openedAt},
                                      {Schema::field(&VotingRound::revealedAt).index, round.revealedAt}};
    return doc.addRow(TableId::VotingRounds, values) >= 0 ? id : QString();
}

// Every scored cell of every member: the matrix's rating (replaced or added)
// and the round's own copy; a cleared cell removes the member's rating.
bool writeScores(Document &doc, const RoundResult &round, const QString &id)
{
    const std::vector<Rating> &ratings = doc.workspace().ratings;
    QHash<QString, int> rows;
    rows.reserve(qsizetype(ratings.size()));
    for (size_t r = 0; r < ratings.size(); ++r)
        rows.insert(cellKey(ratings[r].rater, ratings[r].candidate, ratings[r].criterion), int(r));
    const FieldRef score = Schema::field(&Rating::score);
    const FieldRef comment = Schema::field(&Rating::comment);
    QList<int> cleared;
    for (const RoundMember &m : round.members) {
        if (m.scored() == 0)
            continue; // joined but said nothing: their earlier ratings stand
        for (int cell = 0; cell < round.ballot.cellCount() && cell < int(m.votes.size()); ++cell) {
            const QString candidate = round.ballot.candidateOf(cell);
            const QString criterion = round.ballot.criterionOf(cell);
            const CellVote &vote = m.votes[size_t(cell)];
            const auto it = rows.constFind(cellKey(m.rater, candidate, criterion));
            if (vote.score <= 0) {
                if (it != rows.cend())
                    cleared.append(*it);
                continue;
            }
            // Rows are only appended until the end, so the indexes stay valid.
            if (it != rows.cend()) {
                if (!doc.setValue(*it, score, vote.score) || !doc.setValue(*it, comment, vote.reason))
                    return false;
            } else if (doc.addRow(TableId::Ratings, {{Schema::field(&Rating::rater).index, m.rater},
                                                     {Schema::field(&Rating::candidate).index, candidate},
                                                     {Schema::field(&Rating::criterion).index, criterion},
                                                     {score.index, vote.score},
                                                     {comment.index, vote.reason}}) < 0) {
                return false;
            }
            if (doc.addRow(TableId::RoundScores, {{Schema::field(&RoundScore::round).index, id},
                                                  {Schema::field(&RoundScore::rater).index, m.rater},
                                                  {Schema::field(&RoundScore::candidate).index, candidate},
                                                  {Schema::field(&RoundScore::criterion).index, criterion},
                                                  {Schema::field(&RoundScore::score).index, vote.score},
                                                  {Schema::field(&RoundScore::reason).index, vote.reason}}) < 0) {
                return false;
            }
        }
    }
    return cleared.isEmpty() || doc.removeRows(TableId::Ratings, cleared);
}

} // namespace

bool revealInto(Document &document, const RoundResult &round, const QString &text, QString *error)
{
    EditScope scope(&document, text);
    for (const RoundMember &m : round.members) {
        if (document.rowOfId(TableId::Raters, m.rater) >= 0)
            continue;
        if (document.upsertRow({{Schema::field(&Rater::id), m.rater}}, {{Schema::field(&Rater::name), m.name}}) < 0) {
            *error = document.errorString();
            return false;
        }
    }
    const QString id = upsertRound(document, round);
    if (id.isEmpty() || !writeScores(document, round, id)) {
        *error = document.errorString();
        return false; // the scope reverts every edit made so far
    }
    scope.commit();
    return true;
}

} // namespace ArchBoard::Voting
