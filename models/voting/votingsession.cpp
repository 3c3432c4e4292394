#include "votingsession.h"

#include "schema.h"

namespace ArchBoard {

using VotingProtocol::error;
using VotingProtocol::ProtocolError;

VotingSession::VotingSession(VotingBallot ballot, const std::vector<Rater> &raters, QString session, QString openedAt)
    : m_ballot(std::move(ballot))
    , m_raters(raters)
    , m_session(std::move(session))
    , m_openedAt(std::move(openedAt))
{
}

QStringList VotingSession::raterNames() const
{
    QStringList names;
    for (const Rater &r : m_raters)
        names << r.name;
    for (const Member &m : m_members) {
        if (m.votes.newRater)
            names << m.votes.name;
    }
    return names;
}

int VotingSession::findMember(const QString &name) const
{
    for (size_t i = 0; i < m_members.size(); ++i) {
        if (m_members[i].votes.name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QString VotingSession::newRaterId(const QString &name) const
{
    const QString base = Schema::slugify(name).left(48);
    auto taken = [this](const QString &id) {
        for (const Rater &r : m_raters) {
            if (r.id == id)
                return true;
        }
        for (const Member &m : m_members) {
            if (m.votes.rater == id)
                return true;
        }
        return false;
    };
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

VotingSession::JoinResult VotingSession::join(const QString &rawName, const QString &device)
{
    JoinResult result;
    const QString name = VotingProtocol::normalizedName(rawName);
    QString why;
    if (!VotingProtocol::isValidName(name, &why)) {
        result.error = error(QStringLiteral("bad-name"), QStringLiteral("name"), why);
        return result;
    }
    const int existing = findMember(name);
    if (existing >= 0) {
        Member &m = m_members[size_t(existing)];
        result.member = existing;
        if (m.device.isEmpty() || m.device == device) {
            m.device = device;
            result.status = JoinStatus::Resumed;
        } else {
            // A second device for a name already taken: the facilitator decides.
            m.waitingDevice = device;
            result.status = JoinStatus::NeedsApproval;
        }
        return result;
    }
    if (int(m_members.size()) >= kMaxMembers) {
        result.error = error(QStringLiteral("too-many-raters"), QStringLiteral("name"),
                             QStringLiteral("this session has its %1 raters already").arg(kMaxMembers));
        return result;
    }
    Member m;
    m.device = device;
    m.votes.votes.assign(size_t(m_ballot.cellCount()), CellVote{});
    for (const Rater &r : m_raters) {
        if (VotingProtocol::normalizedName(r.name).compare(name, Qt::CaseInsensitive) == 0) {
            m.votes.rater = r.id;
            m.votes.name = r.name;
            break;
        }
    }
    if (m.votes.rater.isEmpty()) {
        m.votes.rater = newRaterId(name);
        m.votes.name = name;
        m.votes.newRater = true;
    }
    m_members.push_back(std::move(m));
    result.member = int(m_members.size()) - 1;
    result.status = JoinStatus::Joined;
    return result;
}

int VotingSession::approve(const QString &name, QString *replacedDevice)
{
    const int index = findMember(VotingProtocol::normalizedName(name));
    if (index < 0 || m_members[size_t(index)].waitingDevice.isEmpty())
        return -1;
    Member &m = m_members[size_t(index)];
    if (replacedDevice)
        *replacedDevice = m.device;
    m.device = m.waitingDevice;
    m.waitingDevice.clear();
    return index;
}

QStringList VotingSession::waitingForApproval() const
{
    QStringList names;
    for (const Member &m : m_members) {
        if (!m.waitingDevice.isEmpty())
            names << m.votes.name;
    }
    return names;
}

int VotingSession::memberOfDevice(const QString &device) const
{
    for (size_t i = 0; i < m_members.size(); ++i) {
        if (m_members[i].device == device)
            return int(i);
    }
    return -1;
}

void VotingSession::setConnections(int member, int connections)
{
    if (member >= 0 && member < int(m_members.size()))
        m_members[size_t(member)].connections = connections;
}

ProtocolError VotingSession::score(int member, const QString &candidate, const QString &criterion, int score, const QString &reason)
{
    if (member < 0 || member >= int(m_members.size()))
        return error(QStringLiteral("not-joined"), {}, QStringLiteral("join before scoring"));
    if (m_phase != Phase::Collecting)
        return error(QStringLiteral("round-closed"), {}, QStringLiteral("round %1 has been revealed; wait for the next round").arg(m_round));
    if (!m_ballot.candidates.contains(candidate))
        return error(QStringLiteral("unknown-candidate"), QStringLiteral("candidate"),
                     QStringLiteral("no candidate “%1” on this ballot").arg(candidate.left(64)));
    if (!m_ballot.criteria.contains(criterion))
        return error(QStringLiteral("unknown-criterion"), QStringLiteral("criterion"),
                     QStringLiteral("no criterion “%1” on this ballot").arg(criterion.left(64)));
    if (score < 0 || score > 5)
        return error(QStringLiteral("bad-score"), QStringLiteral("score"), QStringLiteral("“score” must be 1 to 5 or null"));
    QString why;
    if (!VotingProtocol::isValidReason(reason, &why))
        return error(QStringLiteral("bad-value"), QStringLiteral("reason"), why);
    CellVote &vote = m_members[size_t(member)].votes.votes[size_t(m_ballot.cellIndex(candidate, criterion))];
    vote.score = score;
    vote.reason = score > 0 ? reason : QString();
    ++m_accepted;
    return {};
}

std::vector<MemberProgress> VotingSession::progress() const
{
    std::vector<MemberProgress> out;
    out.reserve(m_members.size());
    for (const Member &m : m_members)
        out.push_back({m.votes.name, m.votes.rater, m.votes.newRater, m.votes.scored(), m_ballot.cellCount(),
                       !m.waitingDevice.isEmpty(), m.connections});
    return out;
}

RoundResult VotingSession::current() const
{
    RoundResult r;
    r.ballot = m_ballot;
    r.session = m_session;
    r.number = m_round;
    r.openedAt = m_openedAt;
    for (const Member &m : m_members)
        r.members.push_back(m.votes);
    return r;
}

RoundResult VotingSession::reveal(const QString &revealedAt)
{
    m_phase = Phase::Revealed;
    RoundResult r = current();
    r.revealedAt = revealedAt;
    return r;
}

bool VotingSession::nextRound(const QString &openedAt)
{
    if (m_phase != Phase::Revealed)
        return false;
    m_previous = Voting::distribution(current());
    ++m_round;
    m_openedAt = openedAt;
    m_phase = Phase::Collecting;
    return true;
}

} // namespace ArchBoard
