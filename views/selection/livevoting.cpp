#include "livevoting.h"

#include "document.h"
#include "schema.h"
#include "votingreveal.h"

namespace ArchBoard {

LiveVoting::LiveVoting(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(&m_host, &VotingHost::statusChanged, this, &LiveVoting::statusChanged);
    connect(&m_host, &VotingHost::newRater, this, &LiveVoting::onNewRater);
    connect(&m_host, &VotingHost::revealed, this, &LiveVoting::onRevealed);
    connect(&m_host, &VotingHost::problem, this, &LiveVoting::problem);
    connect(&m_host, &VotingHost::closed, this, &LiveVoting::closed);
}

LiveVoting::~LiveVoting()
{
    m_host.close();
}

bool LiveVoting::open(const VotingBallot &ballot, const Options &options)
{
    m_error.clear();
    if (!m_document || m_document->isReadOnly()) {
        m_error = tr("The workspace is open read-only: the scores could not be written.");
        return false;
    }
    const Workspace &ws = m_document->workspace();
    if (options.resumeJournal.isEmpty() && !Voting::checkBallot(ws, ballot, &m_error))
        return false;
    VotingSetup setup;
    setup.ballot = ballot;
    setup.ballotJson = Voting::ballotJson(ws, ballot);
    setup.raters = ws.raters;
    setup.address = options.address;
    setup.port = options.port;
    setup.tls = options.tls;
    setup.language = options.language;
    setup.workspacePath = m_document->fileName();
    setup.workspaceTitle = ws.info.name;
    setup.journalDirectory = options.journalDirectory;
    setup.resumeJournal = options.resumeJournal;
    m_lastReveal.reset();
    if (!m_host.open(setup)) {
        m_error = m_host.errorString();
        return false;
    }
    m_ballot = ballot;
    if (!options.resumeJournal.isEmpty()) {
        // A resumed session brings its own ballot.
        QJsonObject header;
        QList<QJsonObject> events;
        QString error;
        if (VotingJournal::read(m_host.endpoint().journal, &header, &events, &error)) {
            m_ballot.tier = header.value(QStringLiteral("tier")).toString();
            m_ballot.candidates = header.value(QStringLiteral("candidates")).toVariant().toStringList();
            m_ballot.criteria = header.value(QStringLiteral("criteria")).toVariant().toStringList();
        }
    }
    emit opened();
    return true;
}

void LiveVoting::close()
{
    m_host.close();
}

void LiveVoting::onNewRater(const QString &rater, const QString &name)
{
    // Names that arrive together (the room joining at once) become one undo
    // step and one recomputation of the matrix, not one each.
    if (m_pendingRaters.isEmpty())
        QMetaObject::invokeMethod(this, &LiveVoting::addPendingRaters, Qt::QueuedConnection);
    m_pendingRaters.append({rater, name});
}

void LiveVoting::addPendingRaters()
{
    QList<std::pair<QString, QString>> raters;
    raters.swap(m_pendingRaters);
    if (!m_document || m_document->isReadOnly())
        return;
    QStringList names;
    for (const auto &[id, name] : std::as_const(raters)) {
        if (m_document->rowOfId(TableId::Raters, id) < 0 && !names.contains(name))
            names << name;
    }
    if (names.isEmpty())
        return;
    m_document->beginEdit(names.size() == 1 ? tr("Add rater %1 (live voting)").arg(names.first())
                                            : tr("Add %n rater(s) (live voting)", nullptr, int(names.size())));
    for (const auto &[id, name] : std::as_const(raters)) {
        if (m_document->rowOfId(TableId::Raters, id) >= 0)
            continue;
        if (m_document->upsertRow({{Schema::field(&Rater::id), id}}, {{Schema::field(&Rater::name), name}}) < 0) {
            const QString error = m_document->errorString();
            m_document->rollbackEdit();
            emit problem(error);
            return;
        }
    }
    m_document->commitEdit();
}

void LiveVoting::onRevealed(const RoundResult &result)
{
    if (!m_document)
        return;
    addPendingRaters(); // a member who joined just before the reveal is a rater before the scores land
    RevealSummary summary;
    summary.round = result.number;
    for (const RoundMember &m : result.members) {
        summary.scores += m.scored();
        summary.raters += m.scored() > 0 ? 1 : 0;
    }
    if (summary.scores > 0) {
        if (m_document->isReadOnly()) {
            emit problem(tr("The workspace is open read-only: the scores could not be written."));
            return;
        }
        // The whole round as one undo step: every rater's scores, new raters, the kept round.
        QString error;
        if (!Voting::revealInto(*m_document, result, tr("Reveal voting round %1 (%n score(s))", nullptr, summary.scores).arg(result.number),
                                &error)) {
            emit problem(error);
            return;
        }
    }
    const Workspace &ws = m_document->workspace();
    summary.disputes = Voting::disputes(ws, m_ballot);
    summary.movement = Voting::movementText(Voting::latestSession(ws, m_ballot.tier));
    m_lastReveal = summary;
    emit revealed(summary);
}

} // namespace ArchBoard
