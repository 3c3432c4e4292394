#pragma once

#include "voting.h"
#include "votingprotocol.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ArchBoard {

/// One line of the projector's progress list: who has joined and how far
/// they are — never what they scored.
struct MemberProgress
{
    QString name;
    QString rater;
    bool newRater = false;
    int scored = 0;
    int total = 0;
    bool waitingForApproval = false; ///< a second device asks to take the name over
    int connections = 0;             ///< live connections of the member's device
    bool operator==(const MemberProgress &) const = default;
};

/**
 * The state of one live-voting session: the ballot, who has joined as which
 * rater from which device, every member's blind votes of the current round,
 * and the rounds before. Pure: the server feeds it validated messages, the
 * recovery journal replays them, the tests drive it directly.
 *
 * A name binds to the first device that joins with it; the same device
 * rejoining resumes (reconnect, reload), another device waits until the
 * facilitator approves it (approve()), and then replaces the first.
 */
class VotingSession
{
public:
    enum class Phase { Collecting, Revealed };
    enum class JoinStatus { Joined, Resumed, NeedsApproval, Refused };

    struct JoinResult
    {
        JoinStatus status = JoinStatus::Refused;
        int member = -1;
        VotingProtocol::ProtocolError error;
    };

    static constexpr int kMaxMembers = 200;

    /// \a raters are the workspace's raters: a member who gives one of their
    /// names (case does not matter) votes as that rater.
    VotingSession(VotingBallot ballot, const std::vector<Rater> &raters, QString session, QString openedAt);

    const VotingBallot &ballot() const { return m_ballot; }
    QString sessionId() const { return m_session; }
    int round() const { return m_round; }
    Phase phase() const { return m_phase; }
    QString openedAt() const { return m_openedAt; }

    /// The names a member can pick from: the workspace's raters, then new ones who joined.
    QStringList raterNames() const;

    JoinResult join(const QString &name, const QString &device);
    /// Lets the device waiting for \a name take it over. Returns the member, or
    /// -1 when nobody waits for that name; \a replacedDevice gets the device that lost it.
    int approve(const QString &name, QString *replacedDevice = nullptr);
    /// Names with a second device waiting for approval.
    QStringList waitingForApproval() const;

    /// Sets (1–5) or clears (0) \a member's vote of a cell, with a reason.
    VotingProtocol::ProtocolError score(int member, const QString &candidate, const QString &criterion, int score, const QString &reason);

    int memberCount() const { return int(m_members.size()); }
    const RoundMember &member(int index) const { return m_members.at(size_t(index)).votes; }
    QString deviceOf(int index) const { return m_members.at(size_t(index)).device; }
    int memberOfDevice(const QString &device) const;
    void setConnections(int member, int connections);

    std::vector<MemberProgress> progress() const;
    /// Score messages accepted since the session opened.
    qint64 accepted() const { return m_accepted; }

    /// Closes the current round for reveal and returns it (every member, their votes).
    RoundResult reveal(const QString &revealedAt);
    /// The round as it stands (for the journal and a resumed session's checks).
    RoundResult current() const;
    /// Opens the next round on the same cells (only after a reveal): each
    /// member starts from their own votes, and everyone sees the distribution
    /// of the round before.
    bool nextRound(const QString &openedAt);
    /// Per cell, the previous round's scores; empty in the first round.
    const std::vector<ScoreCounts> &previousDistribution() const { return m_previous; }

private:
    struct Member
    {
        RoundMember votes;
        QString device;
        QString waitingDevice;
        int connections = 0;
    };
    int findMember(const QString &name) const;
    QString newRaterId(const QString &name) const;

    VotingBallot m_ballot;
    std::vector<Rater> m_raters;
    QString m_session;
    QString m_openedAt;
    int m_round = 1;
    Phase m_phase = Phase::Collecting;
    std::vector<Member> m_members;
    std::vector<ScoreCounts> m_previous;
    qint64 m_accepted = 0;
};

} // namespace ArchBoard
