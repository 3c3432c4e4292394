// archboard-cli workshop WS --tier ID [--listen ADDR:PORT]: live voting headless.
// Commands on standard input (one per line): reveal, round, approve NAME,
// status, close. Signals: SIGUSR1 reveal, SIGUSR2 another round, SIGINT and
// SIGTERM close. docs/workshop-voting.md has the details.
#include "command.h"

#include "qrcode.h"
#include "recovery.h"
#include "voting.h"
#include "votinghost.h"
#include "workspace.h"
#include "workspacefile.h"
#include "workspacelock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

namespace ArchBoard::Cli {

namespace {

int fail(const QString &message)
{
    err() << "archboard-cli: " << message << "\n";
    err().flush();
    return BadInput;
}

// Signals reach the event loop through a pipe: the handler only writes a byte.
int g_signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

/// The running command: the workspace, the host and what the facilitator types.
class WorkshopCommand : public QObject
{
public:
    WorkshopCommand(std::unique_ptr<Workspace> ws, QString path, VotingBallot ballot)
        : m_ws(std::move(ws))
        , m_path(std::move(path))
        , m_ballot(std::move(ballot))
    {
        connect(&m_host, &VotingHost::statusChanged, this, [this](const VotingStatus &s) { onStatus(s); });
        connect(&m_host, &VotingHost::revealed, this, [this](const RoundResult &r) { onRevealed(r); });
        connect(&m_host, &VotingHost::problem, this, [](const QString &message) {
            err() << "archboard-cli: " << message << "\n";
            err().flush();
        });
    }

    VotingHost &host() { return m_host; }

    void printOpened()
    {
        const VotingEndpoint e = m_host.endpoint();
        out() << Text::tr("Voting is open for the SLA tier “%1”: %2 candidates × %3 criteria = %4 cells.")
                     .arg(tierName())
                     .arg(m_ballot.candidates.size())
                     .arg(m_ballot.criteria.size())
                     .arg(m_ballot.cellCount())
              << "\n";
        out() << QrCode::encode(e.url).toText();
        out() << Text::tr("URL: %1").arg(e.url) << "\n";
        out() << Text::tr("Join code: %1").arg(e.joinCode) << "\n";
        if (!e.fingerprint.isEmpty())
            out() << Text::tr("TLS certificate SHA-256: %1").arg(e.fingerprint) << "\n";
        out() << Text::tr("Type reveal, round, approve NAME, status or close (SIGUSR1 reveals, SIGUSR2 opens another round, SIGINT/SIGTERM close).")
              << "\n";
        out().flush();
    }

    void command(const QString &line)
    {
        const QString text = line.trimmed();
        if (text.isEmpty())
            return;
        const QString verb = text.section(u' ', 0, 0).toLower();
        const QString rest = text.section(u' ', 1).trimmed();
        if (verb == u"reveal") {
            m_host.reveal();
        } else if (verb == u"round") {
            m_host.nextRound();
        } else if (verb == u"approve" && !rest.isEmpty()) {
            m_host.approve(rest);
        } else if (verb == u"status") {
            printStatus(m_host.status());
        } else if (verb == u"close" || verb == u"quit") {
            close();
        } else {
            out() << Text::tr("Commands: reveal, round, approve NAME, status, close.") << "\n";
        }
        out().flush();
    }

    void close()
    {
        const VotingStatus s = m_host.status();
        qint64 unrevealed = 0;
        for (const MemberProgress &m : s.members)
            unrevealed += m.scored;
        if (!s.revealed && unrevealed > 0)
            err() << Text::tr("warning: round %1 closes without a reveal; its %2 scores are not written.").arg(s.round).arg(unrevealed) << "\n";
        m_host.close();
        out() << Text::tr("Voting closed.") << "\n";
        out().flush();
        err().flush();
        QCoreApplication::exit(m_exitCode);
    }

private:
    QString tierName() const
    {
        for (const SlaTier &t : m_ws->tiers) {
            if (t.id == m_ballot.tier)
                return t.name;
        }
        return m_ballot.tier;
    }

    void printStatus(const VotingStatus &s)
    {
        out() << Text::tr("Round %1%2: %3 raters").arg(s.round).arg(s.revealed ? Text::tr(" (revealed)") : QString()).arg(s.members.size()) << "\n";
        for (const MemberProgress &m : s.members)
            out() << "  " << Text::tr("%1: %2 of %3 cells scored%4")
                                 .arg(m.name)
                                 .arg(m.scored)
                                 .arg(m.total)
                                 .arg(m.connections > 0 ? QString() : Text::tr(", not connected"))
                  << "\n";
        for (const QString &name : s.waitingForApproval)
            out() << "  " << Text::tr("%1 asks to join from a second device: “approve %1” lets it take over.").arg(name) << "\n";
    }

    void onStatus(const VotingStatus &s)
    {
        // Joins and takeover requests are news; every score is not (status lists those).
        QStringList names;
        for (const MemberProgress &m : s.members)
            names << m.name;
        for (const QString &name : names) {
            if (!m_names.contains(name))
                out() << Text::tr("%1 joined.").arg(name) << "\n";
        }
        for (const QString &name : s.waitingForApproval) {
            if (!m_waiting.contains(name))
                out() << Text::tr("%1 asks to join from a second device: “approve %1” lets it take over.").arg(name) << "\n";
        }
        if (s.round > m_round)
            out() << Text::tr("Round %1 is open: members see round %2's scores.").arg(s.round).arg(s.round - 1) << "\n";
        m_round = s.round;
        m_names = names;
        m_waiting = s.waitingForApproval;
        out().flush();
    }

    void onRevealed(const RoundResult &result)
    {
        int scores = 0;
        int raters = 0;
        for (const RoundMember &m : result.members) {
            scores += m.scored();
            raters += m.scored() > 0 ? 1 : 0;
        }
        if (scores == 0) {
            out() << Text::tr("Round %1 revealed: nobody has scored yet; nothing written.").arg(result.number) << "\n";
            out().flush();
            return;
        }
        Voting::applyRound(*m_ws, result);
        QString error;
        if (!WorkspaceFile::save(*m_ws, m_path, &error)) {
            err() << "archboard-cli: " << error << "\n"
                  << Text::tr("The scores stay in the recovery journal; fix the problem and reveal again.") << "\n";
            err().flush();
            m_exitCode = BadInput;
            return;
        }
        m_exitCode = Ok;
        out() << Text::tr("Round %1 revealed: %2 scores from %3 raters written to %4.").arg(result.number).arg(scores).arg(raters).arg(m_path)
              << "\n";
        const std::vector<Voting::Dispute> disputes = Voting::disputes(*m_ws, m_ballot);
        out() << Text::tr("Disputed cells (spread at or above %1): %2").arg(m_ws->info.disagreementThreshold).arg(disputes.size()) << "\n";
        for (const Voting::Dispute &d : disputes)
            out() << "  " << Text::tr("%1 · %2: spread %3").arg(candidateName(d.candidate), criterionName(d.criterion)).arg(d.spread) << "\n";
        out().flush();
    }

    QString candidateName(const QString &id) const
    {
        for (const Candidate &c : m_ws->candidates) {
            if (c.id == id)
                return c.name;
        }
        return id;
    }

    QString criterionName(const QString &id) const
    {
        for (const Criterion &c : m_ws->criteria) {
            if (c.id == id)
                return c.name;
        }
        return id;
    }

    std::unique_ptr<Workspace> m_ws;
    QString m_path;
    VotingBallot m_ballot;
    VotingHost m_host;
    QStringList m_names;
    QStringList m_waiting;
    int m_round = 1;
    int m_exitCode = Ok;
};

QStringList listOption(const QString &value)
{
    QStringList items;
    for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

} // namespace

QList<QCommandLineOption> workshopOptions()
{
    return {
        QCommandLineOption(QStringLiteral("tier"), Text::tr("workshop: the SLA tier to vote on (id)."), QStringLiteral("id")),
        QCommandLineOption(QStringLiteral("listen"),
                           Text::tr("workshop: address and port to listen on, e.g. 192.168.1.20:8080 or [::1]:0 (0: any free port). "
                                    "Default: this machine's LAN address, any free port."),
                           QStringLiteral("addr:port")),
        QCommandLineOption(QStringLiteral("tls"), Text::tr("workshop: HTTPS with a fresh self-signed certificate; its fingerprint is printed.")),
        QCommandLineOption(QStringLiteral("candidates"), Text::tr("workshop: only these candidates (ids, comma-separated)."), QStringLiteral("ids")),
        QCommandLineOption(QStringLiteral("criteria"), Text::tr("workshop: only these rated criteria (ids, comma-separated)."), QStringLiteral("ids")),
        QCommandLineOption(QStringLiteral("language"), Text::tr("workshop: the page's language when the browser asks for none ArchBoard has: en or zh_CN."),
                           QStringLiteral("code")),
        QCommandLineOption(QStringLiteral("resume"), Text::tr("workshop: continue the interrupted voting session of WS and this tier.")),
        QCommandLineOption(QStringLiteral("journal-dir"), Text::tr("workshop: folder of the recovery journal (default: the recovery folder)."),
                           QStringLiteral("dir")),
    };
}

int runWorkshop(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString tierOption = QStringLiteral("tier");
    const QString listenOption = QStringLiteral("listen");
    const QString tlsOption = QStringLiteral("tls");
    const QString candidatesOption = QStringLiteral("candidates");
    const QString criteriaOption = QStringLiteral("criteria");
    const QString languageOption = QStringLiteral("language");
    const QString resumeOption = QStringLiteral("resume");
    const QString journalOption = QStringLiteral("journal-dir");
    if (positional.size() != 1)
        return usageError(Text::tr("workshop needs exactly one argument: WS"));
    const QString path = QFileInfo(positional.at(0)).absoluteFilePath();
    if (!parser.isSet(tierOption))
        return usageError(Text::tr("workshop needs --tier ID"));
    if (!WorkspaceFile::isWorkspaceFileName(path))
        return usageError(Text::tr("WS must end in .archboard or .archboard.yaml: %1").arg(positional.at(0)));
    QHostAddress address = VotingHost::defaultAddress();
    quint16 port = 0;
    if (parser.isSet(listenOption) && !parseListen(parser.value(listenOption), &address, &port))
        return usageError(Text::tr("--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:0: %1").arg(parser.value(listenOption)));
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : QStringLiteral("en");
    if (language != u"en" && language != u"zh_CN")
        return usageError(Text::tr("--language must be en or zh_CN"));

    WorkspaceLock lock(path);
    if (!lock.tryLock())
        return fail(Text::tr("%1: %2; close it there first (the scores are written into the file)").arg(path, lock.errorString()));
    InputError loadError;
    std::unique_ptr<Workspace> ws = WorkspaceFile::load(path, &loadError);
    if (!ws)
        return fail(loadError.toString());

    const QString tier = parser.value(tierOption);
    VotingBallot ballot = Voting::defaultBallot(*ws, tier);
    if (parser.isSet(candidatesOption))
        ballot.candidates = listOption(parser.value(candidatesOption));
    if (parser.isSet(criteriaOption))
        ballot.criteria = listOption(parser.value(criteriaOption));
    QString ballotError;
    if (!Voting::checkBallot(*ws, ballot, &ballotError))
        return fail(Text::tr("%1: cannot vote: %2").arg(path, ballotError));

    VotingSetup setup;
    setup.ballot = ballot;
    setup.ballotJson = Voting::ballotJson(*ws, ballot);
    setup.raters = ws->raters;
    setup.address = address;
    setup.port = port;
    setup.tls = parser.isSet(tlsOption);
    setup.language = language;
    setup.workspacePath = path;
    setup.workspaceTitle = ws->info.name;
    setup.journalDirectory = parser.isSet(journalOption) ? parser.value(journalOption) : RecoveryStore::defaultDirectory();
    QString interrupted;
    for (const VotingJournalEntry &e : VotingJournal::orphans(setup.journalDirectory)) {
        if (e.header.value(QStringLiteral("workspace")).toString() == path && e.header.value(QStringLiteral("tier")).toString() == tier) {
            interrupted = e.path;
            break;
        }
    }
    if (parser.isSet(resumeOption)) {
        if (interrupted.isEmpty())
            return fail(Text::tr("%1: no interrupted voting session on the tier “%2” to resume").arg(path, tier));
        setup.resumeJournal = interrupted;
        out() << Text::tr("Resuming the interrupted voting session (%1).").arg(interrupted) << "\n";
    } else if (!interrupted.isEmpty()) {
        err() << Text::tr("note: an interrupted voting session on this tier exists (%1); --resume continues it.").arg(interrupted) << "\n";
        err().flush();
    }

    WorkshopCommand command(std::move(ws), path, ballot);
    if (!command.host().open(setup))
        return fail(command.host().errorString());
    command.printOpened();

    // Standard input: one command per line; at its end the session runs on until a signal closes it.
    fcntl(STDIN_FILENO, F_SETFL, fcntl(STDIN_FILENO, F_GETFL) | O_NONBLOCK);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffer;
    QObject::connect(&input, &QSocketNotifier::activated, &command, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            if (n == 0)
                input.setEnabled(false);
            return;
        }
        buffer.append(chunk, n);
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(newline));
            buffer.remove(0, newline + 1);
            command.command(line);
        }
        if (buffer.size() > 4096)
            buffer.clear();
    });
    if (::pipe(g_signalPipe) != 0)
        return fail(Text::tr("cannot set up signal handling"));
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int s : {SIGUSR1, SIGUSR2, SIGINT, SIGTERM})
        sigaction(s, &action, nullptr);
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &command, [&] {
        char s = 0;
        if (::read(g_signalPipe[0], &s, 1) != 1)
            return;
        if (s == SIGUSR1)
            command.command(QStringLiteral("reveal"));
        else if (s == SIGUSR2)
            command.command(QStringLiteral("round"));
        else
            command.close();
    });
    return QCoreApplication::exec();
}

Command workshopCommand()
{
    return {"workshop",
            QT_TRANSLATE_NOOP("cli", "  workshop WS --tier ID [--listen ADDR:PORT] [--tls]\n"
                                     "                       live voting: members score the tier blind from a browser; reveal writes the scores\n"
                                     "                       into WS. Commands on stdin: reveal, round, approve NAME, status, close; SIGUSR1\n"
                                     "                       reveals, SIGUSR2 opens another round, SIGINT/SIGTERM close (--candidates IDS,\n"
                                     "                       --criteria IDS, --language en|zh_CN, --resume, --journal-dir DIR)"),
            workshopOptions, runWorkshop,
            QT_TRANSLATE_NOOP("cli", "Live voting headless: every board member scores the tier's cells blind from a browser; the scores are written to WS\n"
                                     "on reveal. Standard input takes one command per line: reveal, round (another Delphi round), approve NAME (let a\n"
                                     "second device take a name over), status, close. Signals: SIGUSR1 reveals, SIGUSR2 opens another round, SIGINT and\n"
                                     "SIGTERM close. An interrupted session is kept in a recovery journal; --resume continues it.")};
}

} // namespace ArchBoard::Cli
