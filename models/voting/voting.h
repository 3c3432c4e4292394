#pragma once

#include "workspace.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace ArchBoard {

/**
 * Live voting (docs/workshop-voting.md): every board member scores the cells
 * of one SLA tier blind from their own device; the facilitator reveals, and
 * the round's scores become the raters' ratings in one undo step. These are
 * the pure parts shared by the GUI, archboard-cli and the tests.
 */

/// The cells put to the vote: candidates × rated criteria of one tier.
struct VotingBallot
{
    QString tier;
    QStringList candidates; ///< shortlisted candidate ids, in workspace order
    QStringList criteria;   ///< rated criterion ids, in workspace order

    int cellCount() const { return int(candidates.size() * criteria.size()); }
    /// Row-major index of a cell, -1 when the candidate or criterion is not on the ballot.
    int cellIndex(const QString &candidate, const QString &criterion) const;
    QString candidateOf(int cell) const { return candidates.at(cell / int(criteria.size())); }
    QString criterionOf(int cell) const { return criteria.at(cell % int(criteria.size())); }
    bool operator==(const VotingBallot &) const = default;
};

/// One member's score of one cell; score 0 means none.
struct CellVote
{
    int score = 0;
    QString reason;
    bool operator==(const CellVote &) const = default;
};

/// How many members gave each score to a cell (index 0 = score 1).
using ScoreCounts = std::array<int, 5>;

/// A member of a round: the rater they vote as.
struct RoundMember
{
    QString rater;      ///< rater id
    QString name;       ///< rater name
    bool newRater = false; ///< not in the workspace when they joined
    std::vector<CellVote> votes; ///< per ballot cell
    int scored() const;
};

/// What a reveal writes into the workspace.
struct RoundResult
{
    VotingBallot ballot;
    QString session;   ///< shared by the rounds of one voting session
    int number = 1;
    QString openedAt;  ///< ISO 8601, UTC
    QString revealedAt;
    std::vector<RoundMember> members;
};

namespace Voting {

/// The whole tier: every shortlisted candidate × every rated criterion with a
/// positive weight in the tier (all rated criteria when the tier weights none).
VotingBallot defaultBallot(const Workspace &ws, const QString &tier);

/// Checks \a ballot against \a ws: the tier exists, every candidate and
/// criterion exists, the criteria are rated, nothing is listed twice, at least one cell.
bool checkBallot(const Workspace &ws, const VotingBallot &ballot, QString *error);

/// What a member's page shows: the tier, candidates, criteria with
/// description, unit and direction, and the tier's measured figures per
/// candidate. Plain data: the page inserts every text as text.
QJsonObject ballotJson(const Workspace &ws, const VotingBallot &ballot);

/// Per cell, how many members gave each score.
std::vector<ScoreCounts> distribution(const RoundResult &round);

/// Writes a revealed round into \a ws: missing raters are added; for every
/// member who scored at least one cell, each cell of the ballot holds exactly
/// what they said (a score sets their rating and its comment, no score removes
/// their rating); the round and its scores are kept in voting_rounds and
/// round_scores. Returns the id of the new round row.
QString applyRound(Workspace &ws, const RoundResult &round);

/// A cell of the ballot where the raters disagree at or beyond the workspace's threshold.
struct Dispute
{
    QString candidate;
    QString criterion;
    double spread = 0.0; ///< highest minus lowest rating
    int ratings = 0;
};

/// The ballot's disputed cells in the workspace as it is now (after a reveal),
/// widest spread first: what the projector flags and archboard-cli prints.
std::vector<Dispute> disputes(const Workspace &ws, const VotingBallot &ballot);

/// One kept round, summarised for the record.
struct RoundSummary
{
    QString round;  ///< voting_rounds id
    int number = 1;
    int raters = 0;
    int scores = 0;
    int disputedCells = 0;   ///< cells whose spread reaches the workspace's threshold
    double meanSpread = 0.0; ///< over cells with two or more scores
    QString revealedAt;
};

/// The kept rounds of the latest voting session on \a tier, in round order.
std::vector<RoundSummary> latestSession(const Workspace &ws, const QString &tier);

/// "Scored blind in 2 rounds by 5 raters: disputed cells 7 → 2, mean spread 2.1 → 0.9."; empty without rounds.
QString movementText(const std::vector<RoundSummary> &rounds);

} // namespace Voting

} // namespace ArchBoard
