// The live-voting server on loopback with hostile clients: wrong tokens and
// join codes (rate-limited), cross-site WebSocket, oversized requests and
// messages, unknown fields, ids that do not exist, HTML in names, a second
// device taking a name, TLS with the fingerprint shown, the recovery journal
// written within a second and a crashed session resumed by archboard-cli.
#include "generator.h"
#include "schema.h"
#include "votinghost.h"
#include "votingjournal.h"
#include "workspacefile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace ArchBoard;

namespace {

const QString kDeviceA = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kDeviceB = QStringLiteral("fedcba9876543210fedcba9876543210");

/// A member's browser, reduced to its WebSocket.
class Client : public QObject
{
public:
    explicit Client(const QString &origin)
        : m_socket(origin)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &t) {
            m_messages.append(QJsonDocument::fromJson(t.toUtf8()).object());
        });
        m_socket.ignoreSslErrors();
        connect(&m_socket, &QWebSocket::sslErrors, &m_socket, [this](const QList<QSslError> &) { m_socket.ignoreSslErrors(); });
    }
    bool open(const QUrl &url)
    {
        m_socket.open(url);
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QJsonObject &o) { m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))); }
    void sendRaw(const QString &text) { m_socket.sendTextMessage(text); }
    /// Waits for the next message of \a type (skipping others) and returns it; empty on timeout.
    QJsonObject next(const QString &type, int ms = 5000)
    {
        QJsonObject found;
        [[maybe_unused]] const bool arrived = QTest::qWaitFor([&] {
            while (!m_messages.isEmpty()) {
                const QJsonObject o = m_messages.takeFirst();
                if (o.value(QStringLiteral("type")).toString() == type) {
                    found = o;
                    return true;
                }
            }
            return false;
        }, ms);
        return found;
    }
    bool closed(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, ms);
    }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
};

struct HttpReply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

HttpReply rawRequest(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    HttpReply r;
    if (!socket.waitForConnected(5000))
        return r;
    socket.write(request);
    QByteArray all;
    QElapsedTimer t;
    t.start();
    while (socket.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
        socket.waitForReadyRead(200);
        all += socket.readAll();
    }
    all += socket.readAll();
    const qsizetype end = all.indexOf("\r\n\r\n");
    r.head = all.left(end);
    r.body = all.mid(end + 4);
    const QList<QByteArray> first = r.head.split('\n').value(0).split(' ');
    r.status = first.value(1).toInt();
    return r;
}

HttpReply get(quint16 port, const QByteArray &path)
{
    return rawRequest(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
}

QJsonObject score(qint64 seq, const QString &candidate, const QString &criterion, const QJsonValue &value)
{
    return {{QStringLiteral("type"), QStringLiteral("score")},
            {QStringLiteral("seq"), double(seq)},
            {QStringLiteral("candidate"), candidate},
            {QStringLiteral("criterion"), criterion},
            {QStringLiteral("score"), value}};
}

} // namespace

class TestVotingServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pageIsServedWithStrictHeaders();
    void nothingWithoutTheToken();
    void oversizedRequestHead();
    void crossSiteWebSocketRefused();
    void wrongJoinCodesAreRateLimited();
    void messagesAreValidated();
    void oversizedMessages();
    void htmlInNamesIsData();
    void secondDeviceWaitsForApproval();
    void revealSendsTheRound();
    void scoresReachTheJournalWithinASecond();
    void closedPortStopsListening();
    void tlsShowsTheFingerprint();
    void crashedSessionResumes();

private:
    bool open(bool tls = false);
    QUrl wsUrl() const;
    QString origin() const;
    /// A client that has sent the code and joined as \a name.
    std::unique_ptr<Client> member(const QString &name, const QString &device, QJsonObject *ballot = nullptr);

    QTemporaryDir m_dir;
    Workspace m_ws;
    VotingBallot m_ballot;
    std::unique_ptr<VotingHost> m_host;
};

void TestVotingServer::init()
{
    m_ws = Testing::sampleWorkspace();
    m_ballot = Voting::defaultBallot(m_ws, m_ws.tiers.front().id);
    m_host = std::make_unique<VotingHost>();
}

void TestVotingServer::cleanup()
{
    m_host.reset();
}

bool TestVotingServer::open(bool tls)
{
    VotingSetup setup;
    setup.ballot = m_ballot;
    setup.ballotJson = Voting::ballotJson(m_ws, m_ballot);
    setup.raters = m_ws.raters;
    setup.address = QHostAddress(QHostAddress::LocalHost);
    setup.tls = tls;
    setup.language = QStringLiteral("en");
    setup.workspacePath = m_dir.filePath(QStringLiteral("ws.archboard"));
    setup.journalDirectory = m_dir.filePath(QStringLiteral("journal"));
    const bool ok = m_host->open(setup);
    if (!ok)
        qWarning() << m_host->errorString();
    return ok;
}

QString TestVotingServer::origin() const
{
    const VotingEndpoint e = m_host->endpoint();
    return QStringLiteral("%1://127.0.0.1:%2").arg(e.fingerprint.isEmpty() ? u"http" : u"https").arg(e.port);
}

QUrl TestVotingServer::wsUrl() const
{
    QString url = m_host->endpoint().url + QStringLiteral("ws");
    url.replace(QRegularExpression(QStringLiteral("^http")), QStringLiteral("ws"));
    return QUrl(url);
}

std::unique_ptr<Client> TestVotingServer::member(const QString &name, const QString &device, QJsonObject *ballot)
{
    auto c = std::make_unique<Client>(origin());
    if (!c->open(wsUrl()))
        return nullptr;
    c->send({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("code"), m_host->endpoint().joinCode}});
    if (c->next(QStringLiteral("welcome")).isEmpty())
        return nullptr;
    c->send({{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), name}, {QStringLiteral("device"), device}});
    if (ballot)
        *ballot = c->next(QStringLiteral("ballot"));
    return c;
}

void TestVotingServer::pageIsServedWithStrictHeaders()
{
    QVERIFY(open());
    const VotingEndpoint e = m_host->endpoint();
    QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]{22}/$")).match(e.url).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{6}$")).match(e.joinCode).hasMatch());
    const QByteArray base = QUrl(e.url).path().toLatin1();
    const HttpReply page = get(e.port, base);
    QCOMPARE(page.status, 200);
    QVERIFY(page.head.contains("Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'"));
    QVERIFY(!page.head.contains("unsafe-inline"));
    QVERIFY(page.head.contains("Referrer-Policy: no-referrer"));
    QVERIFY(page.head.contains("X-Content-Type-Options: nosniff"));
    // No inline script at all: the only script is app.js from this server.
    QCOMPARE(page.body.count("<script"), 1);
    QVERIFY(page.body.contains("<script src=\"app.js\" defer></script>"));
    QVERIFY(!page.body.contains("http://") && !page.body.contains("https://")); // no CDN
    QCOMPARE(get(e.port, base + "app.js").status, 200);
    QCOMPARE(get(e.port, base + "app.css").status, 200);
    const HttpReply config = get(e.port, base + "config.json");
    QCOMPARE(config.status, 200);
    const QJsonObject texts = QJsonDocument::fromJson(config.body).object().value(QStringLiteral("texts")).toObject();
    QVERIFY(texts.contains(QStringLiteral("en")) && texts.contains(QStringLiteral("zh_CN")));
    QCOMPARE(get(e.port, base + "../etc/passwd").status, 404);
    QCOMPARE(rawRequest(e.port, "POST " + base + " HTTP/1.1\r\nHost: x\r\n\r\n").status, 405);
}

void TestVotingServer::nothingWithoutTheToken()
{
    QVERIFY(open());
    const quint16 port = m_host->endpoint().port;
    const QByteArray base = QUrl(m_host->endpoint().url).path().toLatin1();
    QCOMPARE(get(port, "/").status, 404);
    QCOMPARE(get(port, "/AAAAAAAAAAAAAAAAAAAAAA/").status, 404);
    // Guessing is rate-limited per address: after 8 wrong tokens even the right one waits.
    for (int i = 0; i < 7; ++i)
        get(port, "/guess" + QByteArray::number(i) + "/");
    QCOMPARE(get(port, base).status, 429);
}

void TestVotingServer::oversizedRequestHead()
{
    QVERIFY(open());
    const QByteArray huge = "GET / HTTP/1.1\r\nX: " + QByteArray(9000, 'a') + "\r\n\r\n";
    QCOMPARE(rawRequest(m_host->endpoint().port, huge).status, 431);
}

void TestVotingServer::crossSiteWebSocketRefused()
{
    QVERIFY(open());
    Client evil(QStringLiteral("http://evil.example"));
    evil.socket().open(wsUrl());
    QVERIFY(evil.closed());
    QVERIFY(!QTest::qWaitFor([&] { return evil.socket().state() == QAbstractSocket::ConnectedState; }, 300));
    Client good(origin());
    QVERIFY(good.open(wsUrl()));
}

void TestVotingServer::wrongJoinCodesAreRateLimited()
{
    QVERIFY(open());
    Client c(origin());
    QVERIFY(c.open(wsUrl()));
    // Joining before the code is refused.
    c.send({{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("device"), kDeviceA}});
    QCOMPARE(c.next(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("not-admitted"));
    const QString wrong = m_host->endpoint().joinCode == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
    for (int i = 0; i < 8; ++i) {
        c.send({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("code"), wrong}});
        QCOMPARE(c.next(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("bad-code"));
    }
    c.send({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("code"), m_host->endpoint().joinCode}});
    QCOMPARE(c.next(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("too-many-attempts"));
    QVERIFY(c.closed());
}

void TestVotingServer::messagesAreValidated()
{
    QVERIFY(open());
    auto c = member(QStringLiteral("Alice"), kDeviceA);
    QVERIFY(c);
    QVERIFY(!c->next(QStringLiteral("ballot")).isEmpty());
    const QString cand = m_ballot.candidates.first();
    const QString crit = m_ballot.criteria.first();
    struct Case
    {
        QJsonObject message;
        const char *code;
        const char *field;
    };
    QJsonObject unknownField = score(1, cand, crit, 3);
    unknownField.insert(QStringLiteral("rater"), QStringLiteral("someone-else"));
    const Case cases[] = {
        {score(1, QStringLiteral("no-such-candidate"), crit, 3), "unknown-candidate", "candidate"},
        {score(2, cand, QStringLiteral("no-such-criterion"), 3), "unknown-criterion", "criterion"},
        {score(3, cand, crit, 6), "bad-score", "score"},
        {score(4, cand, crit, QStringLiteral("5")), "bad-score", "score"},
        {unknownField, "unknown-field", "rater"},
    };
    for (const Case &k : cases) {
        c->send(k.message);
        const QJsonObject e = c->next(QStringLiteral("error"));
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QLatin1StringView(k.code));
        QCOMPARE(e.value(QStringLiteral("field")).toString(), QLatin1StringView(k.field));
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
    }
    c->sendRaw(QStringLiteral("{not json"));
    QCOMPARE(c->next(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("not-json"));
    c->socket().sendBinaryMessage("\x01\x02");
    QCOMPARE(c->next(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("not-json"));
    // None of it counted; a good score does, and the error carried the seq.
    c->send(score(9, cand, crit, 4));
    const QJsonObject ack = c->next(QStringLiteral("ack"));
    QCOMPARE(ack.value(QStringLiteral("seq")).toInt(), 9);
    QCOMPARE(ack.value(QStringLiteral("scored")).toInt(), 1);
    QVERIFY(QTest::qWaitFor([this] { return m_host->status().accepted == 1; }, 3000));
}

void TestVotingServer::oversizedMessages()
{
    QVERIFY(open());
    auto c = member(QStringLiteral("Alice"), kDeviceA);
    QVERIFY(c);
    c->sendRaw(QStringLiteral("{\"type\":\"ping\",\"pad\":\"%1\"}").arg(QString(5000, u'x')));
    QCOMPARE(c->next(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("too-large"));
    c->send({{QStringLiteral("type"), QStringLiteral("ping")}});
    QVERIFY(!c->next(QStringLiteral("pong")).isEmpty()); // still connected
    // Beyond 64 KiB the connection is closed before the message is read.
    c->sendRaw(QString(100 * 1024, u'x'));
    QVERIFY(c->closed());
}

void TestVotingServer::htmlInNamesIsData()
{
    QVERIFY(open());
    QSignalSpy raters(m_host.get(), &VotingHost::newRater);
    const QString name = QStringLiteral("<img src=x onerror=alert(1)> & \"Bob\"");
    QJsonObject ballot;
    auto c = member(name, kDeviceA, &ballot);
    QVERIFY(c);
    QCOMPARE(ballot.value(QStringLiteral("name")).toString(), name);
    QVERIFY(raters.wait(3000) || raters.size() == 1);
    QCOMPARE(raters.at(0).at(1).toString(), name);
    QString why;
    QVERIFY(Schema::isValidId(raters.at(0).at(0).toString(), &why));
    // The ballot's texts are plain JSON strings for the page to insert as text.
    const QJsonArray candidates = ballot.value(QStringLiteral("ballot")).toObject().value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), m_ballot.candidates.size());
}

void TestVotingServer::secondDeviceWaitsForApproval()
{
    QVERIFY(open());
    auto first = member(QStringLiteral("Alice"), kDeviceA);
    QVERIFY(first);
    QVERIFY(!first->next(QStringLiteral("ballot")).isEmpty());
    first->send(score(1, m_ballot.candidates.first(), m_ballot.criteria.first(), 5));
    QVERIFY(!first->next(QStringLiteral("ack")).isEmpty());
    auto second = member(QStringLiteral("ALICE"), kDeviceB);
    QVERIFY(second);
    QCOMPARE(second->next(QStringLiteral("pending")).value(QStringLiteral("name")).toString(), QStringLiteral("Alice"));
    QVERIFY(QTest::qWaitFor([this] { return m_host->status().waitingForApproval == QStringList{QStringLiteral("Alice")}; }, 3000));
    // Until approved, the second device cannot score.
    second->send(score(1, m_ballot.candidates.first(), m_ballot.criteria.first(), 1));
    QCOMPARE(second->next(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("not-joined"));
    m_host->approve(QStringLiteral("Alice"));
    const QJsonObject ballot = second->next(QStringLiteral("ballot"));
    QCOMPARE(ballot.value(QStringLiteral("votes")).toArray().size(), 1); // Alice's scores come along
    QVERIFY(!first->next(QStringLiteral("replaced")).isEmpty());
    QVERIFY(first->closed());
}

void TestVotingServer::revealSendsTheRound()
{
    QVERIFY(open());
    auto a = member(QStringLiteral("Alice"), kDeviceA);
    auto b = member(QStringLiteral("Bob"), kDeviceB);
    QVERIFY(a && b);
    a->send(score(1, m_ballot.candidates.first(), m_ballot.criteria.first(), 5));
    b->send(score(1, m_ballot.candidates.first(), m_ballot.criteria.first(), 1));
    QVERIFY(!a->next(QStringLiteral("ack")).isEmpty() && !b->next(QStringLiteral("ack")).isEmpty());
    QVERIFY(QTest::qWaitFor([this] { return m_host->status().members.size() == 2 && m_host->status().members[1].scored == 1; }, 3000));
    // Progress never carries a score.
    QSignalSpy revealed(m_host.get(), &VotingHost::revealed);
    m_host->reveal();
    QVERIFY(revealed.wait(3000));
    const RoundResult r = revealed.at(0).at(0).value<RoundResult>();
    QCOMPARE(r.members.size(), size_t(2));
    QCOMPARE(r.members[0].votes[0].score, 5);
    QCOMPARE(r.members[1].votes[0].score, 1);
    const QJsonObject msg = a->next(QStringLiteral("revealed"));
    QCOMPARE(msg.value(QStringLiteral("distribution")).toArray()[0].toArray(), (QJsonArray{1, 0, 0, 0, 1}));
    a->send(score(2, m_ballot.candidates.first(), m_ballot.criteria.first(), 3));
    QCOMPARE(a->next(QStringLiteral("error")).value(QStringLiteral("code")).toString(), QStringLiteral("round-closed"));
    m_host->nextRound();
    const QJsonObject round2 = a->next(QStringLiteral("ballot"));
    QCOMPARE(round2.value(QStringLiteral("round")).toInt(), 2);
    QCOMPARE(round2.value(QStringLiteral("previous")).toArray()[0].toArray(), (QJsonArray{1, 0, 0, 0, 1}));
}

void TestVotingServer::scoresReachTheJournalWithinASecond()
{
    QVERIFY(open());
    const QString journal = m_host->endpoint().journal;
    QVERIFY(QFile::exists(journal));
    QCOMPARE(QFile::permissions(journal) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    auto c = member(QStringLiteral("Alice"), kDeviceA);
    QVERIFY(c);
    QElapsedTimer t;
    c->send(score(1, m_ballot.candidates.first(), m_ballot.criteria.first(), 4));
    t.start();
    QVERIFY(!c->next(QStringLiteral("ack")).isEmpty());
    const bool written = QTest::qWaitFor([&] {
        QFile f(journal);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains("\"e\":\"score\"");
    }, 1000);
    QVERIFY2(written, "the score is not in the journal within a second");
    qInfo("score in the journal after %lld ms", t.elapsed());
    QJsonObject header;
    QList<QJsonObject> events;
    QString error;
    QVERIFY(VotingJournal::read(journal, &header, &events, &error));
    QCOMPARE(header.value(QStringLiteral("code")).toString(), m_host->endpoint().joinCode);
    QVERIFY(VotingJournal::orphans(QFileInfo(journal).path()).isEmpty()); // running: not an orphan
    m_host->close();
    QVERIFY(!QFile::exists(journal)); // a normal close leaves nothing behind
}

void TestVotingServer::closedPortStopsListening()
{
    QVERIFY(open());
    const quint16 port = m_host->endpoint().port;
    auto c = member(QStringLiteral("Alice"), kDeviceA);
    QVERIFY(c);
    m_host->close();
    QVERIFY(!c->next(QStringLiteral("closed")).isEmpty());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(1000));
}

void TestVotingServer::tlsShowsTheFingerprint()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QVERIFY(open(true));
    const VotingEndpoint e = m_host->endpoint();
    QVERIFY(e.url.startsWith(u"https://"));
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$")).match(e.fingerprint).hasMatch());
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), e.port);
    QVERIFY(socket.waitForEncrypted(5000));
    // What the browser shows is what the projector shows.
    const QByteArray digest = socket.peerCertificate().digest(QCryptographicHash::Sha256);
    QCOMPARE(QString::fromLatin1(digest.toHex(':').toUpper()), e.fingerprint);
    socket.write("GET " + QUrl(e.url).path().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return socket.bytesAvailable() > 0 || socket.waitForReadyRead(100); }, 5000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200 OK"));
    // And a WebSocket over TLS joins and scores.
    auto c = member(QStringLiteral("Alice"), kDeviceA);
    QVERIFY(c);
    QVERIFY(!c->next(QStringLiteral("ballot")).isEmpty());
}

void TestVotingServer::crashedSessionResumes()
{
    // archboard-cli workshop in a process of its own, killed mid-round.
    const QString ws = m_dir.filePath(QStringLiteral("board.archboard"));
    QString error;
    QVERIFY(WorkspaceFile::save(m_ws, ws, &error));
    const QString journals = m_dir.filePath(QStringLiteral("crash-journal"));
    const QString cli = qEnvironmentVariable("ARCHBOARD_CLI");
    QVERIFY(!cli.isEmpty());
    const QStringList args = {QStringLiteral("workshop"), ws, QStringLiteral("--tier"), m_ballot.tier, QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--journal-dir"), journals};
    QProcess first;
    first.start(cli, args);
    QVERIFY(first.waitForStarted());
    QByteArray out;
    QVERIFY(QTest::qWaitFor([&] { first.waitForReadyRead(50); out += first.readAllStandardOutput(); return out.contains("Join code:"); }, 10000));
    const QString url = QRegularExpression(QStringLiteral("URL: (\\S+)")).match(QString::fromUtf8(out)).captured(1);
    const QString code = QRegularExpression(QStringLiteral("Join code: (\\d+)")).match(QString::fromUtf8(out)).captured(1);
    const quint16 port = quint16(QUrl(url).port());
    const QString wsOrigin = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QUrl socketUrl(url + QStringLiteral("ws"));
    socketUrl.setScheme(QStringLiteral("ws"));
    {
        Client c(wsOrigin);
        QVERIFY(c.open(socketUrl));
        c.send({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("code"), code}});
        c.send({{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), QStringLiteral("Alice")}, {QStringLiteral("device"), kDeviceA}});
        QVERIFY(!c.next(QStringLiteral("ballot")).isEmpty());
        c.send(score(1, m_ballot.candidates.first(), m_ballot.criteria.first(), 2));
        QVERIFY(!c.next(QStringLiteral("ack")).isEmpty());
        QTest::qWait(VotingJournal::kFlushMs + 300);
        first.kill(); // no clean shutdown: the journal stays
        QVERIFY(first.waitForFinished(5000));
    }
    const QList<VotingJournalEntry> orphans = VotingJournal::orphans(journals);
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().header.value(QStringLiteral("workspace")).toString(), QFileInfo(ws).absoluteFilePath());

    // The next start continues it: same URL and code, Alice finds her score.
    QProcess second;
    second.start(cli, QStringList(args) << QStringLiteral("--resume"));
    QVERIFY(second.waitForStarted());
    out.clear();
    QVERIFY(QTest::qWaitFor([&] { second.waitForReadyRead(50); out += second.readAllStandardOutput(); return out.contains("Join code:"); }, 10000));
    QVERIFY2(out.contains(url.toUtf8()) && out.contains(("Join code: " + code).toUtf8()), out.constData());
    {
        Client c(wsOrigin);
        QVERIFY(c.open(socketUrl));
        c.send({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("code"), code}});
        c.send({{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), QStringLiteral("Alice")}, {QStringLiteral("device"), kDeviceA}});
        const QJsonObject ballot = c.next(QStringLiteral("ballot"));
        QCOMPARE(ballot.value(QStringLiteral("votes")).toArray().size(), 1);
        QCOMPARE(ballot.value(QStringLiteral("votes")).toArray()[0].toObject().value(QStringLiteral("score")).toInt(), 2);
    }
    second.write("reveal\nclose\n");
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 0);
    InputError loadError;
    std::unique_ptr<Workspace> saved = WorkspaceFile::load(ws, &loadError);
    QVERIFY(saved);
    QCOMPARE(saved->roundScores.size(), size_t(1));
    QVERIFY(VotingJournal::orphans(journals).isEmpty());
}

QTEST_GUILESS_MAIN(TestVotingServer)
#include "tst_votingserver.moc"
