#include "votingserver.h"

#include "selfsignedcertificate.h"
#include "votinghttp.h"
#include "votingpage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace ArchBoard::VotingProtocol;

namespace ArchBoard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VotingServer)
};

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QByteArray randomToken()
{
    // 128 random bits from the system's generator, URL-safe.
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString digitsOf(const QString &code)
{
    QString out;
    for (QChar c : code) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

QJsonArray countsJson(const std::vector<ScoreCounts> &counts)
{
    QJsonArray out;
    for (const ScoreCounts &c : counts)
        out.append(QJsonArray{c[0], c[1], c[2], c[3], c[4]});
    return out;
}

} // namespace

struct VotingServer::Connection
{
    QWebSocket *socket = nullptr;
    QString peer;
    bool admitted = false;
    int member = -1;          ///< the member this connection scores for, -1 before join
    QString device;
    QString waitingName;      ///< asked to take over this name; waits for approval
    TokenBucket bucket;
};

VotingServer::VotingServer(VotingSetup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_journalTimer(this)
    , m_statusTimer(this)
{
    // The timers are children so they move to the server's thread with it.
    m_clock.start();
    m_journalTimer.setSingleShot(true);
    connect(&m_journalTimer, &QTimer::timeout, this, &VotingServer::flushJournal);
    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, &VotingServer::emitStatus);
}

VotingServer::~VotingServer()
{
    flushJournal();
}

QString VotingServer::peerOf(QTcpSocket *socket) const
{
    const QHostAddress a = socket->peerAddress();
    bool v4 = false;
    const quint32 ip = a.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip).toString() : a.toString();
}

bool VotingServer::start(VotingEndpoint *endpoint, QString *error)
{
    QJsonObject header;
    QList<QJsonObject> events;
    if (!m_setup.resumeJournal.isEmpty()) {
        if (!VotingJournal::read(m_setup.resumeJournal, &header, &events, error))
            return false;
        m_setup.ballot.tier = header.value(QStringLiteral("tier")).toString();
        m_setup.ballot.candidates = header.value(QStringLiteral("candidates")).toVariant().toStringList();
        m_setup.ballot.criteria = header.value(QStringLiteral("criteria")).toVariant().toStringList();
        m_setup.ballotJson = header.value(QStringLiteral("ballot")).toObject();
        m_setup.raters.clear();
        for (const QJsonValue &r : header.value(QStringLiteral("raters")).toArray())
            m_setup.raters.push_back({r[QStringLiteral("id")].toString(), r[QStringLiteral("name")].toString(), QString()});
        m_token = header.value(QStringLiteral("token")).toString().toLatin1();
        m_joinCode = header.value(QStringLiteral("code")).toString();
        if (m_setup.port == 0)
            m_setup.port = quint16(header.value(QStringLiteral("port")).toInt());
        m_session = std::make_unique<VotingSession>(m_setup.ballot, m_setup.raters, header.value(QStringLiteral("session")).toString(),
                                                    header.value(QStringLiteral("opened_at")).toString());
        if (m_token.size() < 22 || digitsOf(m_joinCode).size() != 6 || m_setup.ballot.cellCount() == 0) {
            *error = Text::tr("%1: the voting journal is incomplete").arg(m_setup.resumeJournal);
            return false;
        }
    } else {
        m_token = randomToken();
        m_joinCode = QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
        const QString opened = nowIso();
        m_session = std::make_unique<VotingSession>(m_setup.ballot, m_setup.raters, opened, opened);
    }
    for (const QJsonObject &e : events)
        replayEvent(e);

    QString fingerprint;
    if (m_setup.tls) {
        if (!QSslSocket::supportsSsl()) {
            *error = Text::tr("TLS is not available: Qt found no usable TLS backend (%1)").arg(QSslSocket::sslLibraryVersionString());
            return false;
        }
        const SelfSignedCertificate cert = SelfSignedCertificate::generate(m_setup.address);
        if (cert.isNull()) {
            *error = cert.error;
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(cert.certificatePem, QSsl::Pem));
        config.setPrivateKey(QSslKey(cert.privateKeyPem, QSsl::Ec, QSsl::Pem));
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(config);
        ssl->setHandshakeTimeout(kRequestTimeoutMs);
        m_tcp = ssl;
        fingerprint = cert.fingerprint;
    } else {
        m_tcp = new QTcpServer(this);
    }
    m_tcp->setMaxPendingConnections(64);
    connect(m_tcp, &QTcpServer::pendingConnectionAvailable, this, &VotingServer::onPendingConnection);
    if (!m_tcp->listen(m_setup.address, m_setup.port)) {
        *error = Text::tr("cannot listen on %1 port %2: %3").arg(m_setup.address.toString()).arg(m_setup.port).arg(m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    m_ws = new QWebSocketServer(QStringLiteral("ArchBoard"), QWebSocketServer::NonSecureMode, this);
    m_ws->setHandshakeTimeout(kRequestTimeoutMs);
    connect(m_ws, &QWebSocketServer::newConnection, this, &VotingServer::onWebSocket);

    const quint16 port = m_tcp->serverPort();
    const QString host = m_setup.address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + m_setup.address.toString() + u']'
                                                                                       : m_setup.address.toString();
    const QString scheme = m_setup.tls ? QStringLiteral("https") : QStringLiteral("http");
    m_connectSources = QStringLiteral("ws://%1:%2 wss://%1:%2").arg(host).arg(port).toLatin1();
    m_config = VotingPage::configJson(m_setup.language);

    if (!m_setup.journalDirectory.isEmpty() || !m_setup.resumeJournal.isEmpty()) {
        QJsonArray raters;
        for (const Rater &r : m_setup.raters)
            raters.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}});
        header = QJsonObject{
            {QStringLiteral("e"), QStringLiteral("open")},
            {QStringLiteral("workspace"), m_setup.workspacePath},
            {QStringLiteral("title"), m_setup.workspaceTitle},
            {QStringLiteral("tier"), m_setup.ballot.tier},
            {QStringLiteral("candidates"), QJsonArray::fromStringList(m_setup.ballot.candidates)},
            {QStringLiteral("criteria"), QJsonArray::fromStringList(m_setup.ballot.criteria)},
            {QStringLiteral("ballot"), m_setup.ballotJson},
            {QStringLiteral("raters"), raters},
            {QStringLiteral("token"), QString::fromLatin1(m_token)},
            {QStringLiteral("code"), m_joinCode},
            {QStringLiteral("session"), m_session->sessionId()},
            {QStringLiteral("opened_at"), m_session->openedAt()},
            {QStringLiteral("address"), m_setup.address.toString()},
            {QStringLiteral("port"), int(port)},
            {QStringLiteral("tls"), m_setup.tls},
            {QStringLiteral("language"), m_setup.language},
        };
        const QString directory = m_setup.journalDirectory.isEmpty() ? QFileInfo(m_setup.resumeJournal).path() : m_setup.journalDirectory;
        if (!m_journal.open(directory, header, m_setup.resumeJournal, error)) {
            m_tcp->close();
            return false;
        }
    }

    endpoint->url = QStringLiteral("%1://%2:%3/%4/").arg(scheme, host).arg(port).arg(QString::fromLatin1(m_token));
    endpoint->joinCode = m_joinCode;
    endpoint->fingerprint = fingerprint;
    endpoint->address = m_setup.address;
    endpoint->port = port;
    endpoint->journal = m_journal.path();
    emitStatus();
    return true;
}

void VotingServer::replayEvent(const QJsonObject &e)
{
    const QString kind = e.value(QStringLiteral("e")).toString();
    const QString name = e.value(QStringLiteral("name")).toString();
    if (kind == u"join") {
        m_session->join(name, e.value(QStringLiteral("device")).toString());
    } else if (kind == u"approve") {
        m_session->approve(name);
    } else if (kind == u"score") {
        for (int m = 0; m < m_session->memberCount(); ++m) {
            if (m_session->member(m).name == name)
                m_session->score(m, e.value(QStringLiteral("c")).toString(), e.value(QStringLiteral("k")).toString(),
                                 e.value(QStringLiteral("s")).toInt(), e.value(QStringLiteral("r")).toString());
        }
    } else if (kind == u"reveal") {
        m_session->reveal(e.value(QStringLiteral("at")).toString());
    } else if (kind == u"round") {
        m_session->nextRound(e.value(QStringLiteral("at")).toString());
    }
}

// --- HTTP -------------------------------------------------------------------

void VotingServer::onPendingConnection()
{
    while (m_tcp && m_tcp->hasPendingConnections()) {
        QTcpSocket *socket = m_tcp->nextPendingConnection();
        const QString peer = peerOf(socket);
        if (m_closed || m_sockets >= kMaxConnections || m_socketsPerAddress.value(peer) >= kMaxConnectionsPerAddress) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_sockets;
        ++m_socketsPerAddress[peer];
        // Counted until the socket is gone, also after a WebSocket took it over.
        connect(socket, &QObject::destroyed, this, [this, peer] {
            --m_sockets;
            if (--m_socketsPerAddress[peer] <= 0)
                m_socketsPerAddress.remove(peer);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onHttpReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A request head must arrive in time; slow senders do not keep a slot.
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] {
            if (!socket->property("upgraded").toBool())
                socket->abort();
        });
    }
}

void VotingServer::answer(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body, bool headOnly)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->readAll();
    socket->write(VotingHttp::response(status, type, status == 200 ? body : VotingHttp::statusText(status) + '\n', m_connectSources, headOnly));
    socket->disconnectFromHost();
}

void VotingServer::onHttpReadable(QTcpSocket *socket)
{
    const QString peer = peerOf(socket);
    if (m_limiter.blockedForMs(peer, now()) > 0)
        return answer(socket, 429);
    const QByteArray head = socket->peek(VotingHttp::kMaxRequestHead + 1);
    const qsizetype length = VotingHttp::headLength(head);
    if (length < 0) {
        if (head.size() > VotingHttp::kMaxRequestHead)
            answer(socket, 431);
        return; // the rest of the head is still on its way
    }
    const std::optional<VotingHttp::Request> request = VotingHttp::parse(QByteArrayView(head).first(length));
    if (!request)
        return answer(socket, 400);
    const bool headOnly = request->method == "HEAD";
    if (request->method != "GET" && !headOnly)
        return answer(socket, 405);
    // /<token>/<file>: nothing at all is served without the session's token.
    const QByteArray &path = request->path;
    const qsizetype slash = path.indexOf('/', 1);
    if (slash < 0 || !constantTimeEquals(QByteArrayView(path).sliced(1, slash - 1), m_token)) {
        m_limiter.recordFailure(peer, now());
        return answer(socket, 404);
    }
    const QByteArray file = path.mid(slash + 1);
    if (file == "ws") {
        if (!request->isWebSocketUpgrade())
            return answer(socket, 400);
        // Only this page may open the socket (no cross-site WebSocket).
        const QByteArray origin = request->header("origin").toLower();
        const QByteArray expected = (m_setup.tls ? "https://" : "http://") + request->header("host").toLower();
        if (origin != expected)
            return answer(socket, 403);
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->setProperty("upgraded", true);
        m_ws->handleConnection(socket); // reads the head we only peeked at
        return;
    }
    if (file == "config.json")
        return answer(socket, 200, "application/json; charset=utf-8", m_config, headOnly);
    const VotingPage::File page = VotingPage::file(file.isEmpty() ? QByteArray("index.html") : file);
    if (page.body.isEmpty())
        return answer(socket, 404);
    answer(socket, 200, page.contentType, page.body, headOnly);
}

// --- WebSocket ----------------------------------------------------------------

void VotingServer::onWebSocket()
{
    while (m_ws->hasPendingConnections()) {
        QWebSocket *socket = m_ws->nextPendingConnection();
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
        socket->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
        auto c = std::make_shared<Connection>();
        c->socket = socket;
        bool v4 = false;
        const quint32 ip = socket->peerAddress().toIPv4Address(&v4);
        c->peer = v4 ? QHostAddress(ip).toString() : socket->peerAddress().toString();
        m_connections.insert(socket, c);
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
            refuse(socket, error(QStringLiteral("not-json"), {}, QStringLiteral("only text messages are accepted")));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
            recountConnections();
            statusDirty();
        });
        if (m_closed) {
            send(socket, {{QStringLiteral("type"), QStringLiteral("closed")}});
            socket->close();
        }
    }
}

QList<std::shared_ptr<VotingServer::Connection>> VotingServer::connections() const
{
    // A copy: closing a socket (or a failed send) emits disconnected() at once,
    // whose handler removes the connection from m_connections while a loop
    // over it still runs (ASan: heap-use-after-free in shutdown()).
    return m_connections.values();
}

void VotingServer::send(QWebSocket *socket, const QJsonObject &message)
{
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void VotingServer::refuse(QWebSocket *socket, const ProtocolError &e, qint64 seq)
{
    socket->sendTextMessage(QString::fromUtf8(errorReply(e, seq)));
}

void VotingServer::broadcast(const QJsonObject &message)
{
    for (const auto &c : connections()) {
        if (c->member >= 0)
            send(c->socket, message);
    }
}

void VotingServer::onMessage(QWebSocket *socket, const QString &text)
{
    const std::shared_ptr<Connection> c = m_connections.value(socket);
    if (!c || m_closed)
        return;
    const QByteArray bytes = text.toUtf8();
    const Parsed parsed = parse(bytes);
    if (!parsed.message)
        return refuse(socket, parsed.error, parsed.seq);
    if (!c->bucket.take(now()))
        return refuse(socket, error(QStringLiteral("too-fast"), {}, QStringLiteral("too many messages; send again in a moment")), parsed.seq);
    const ClientMessage &m = *parsed.message;
    switch (m.type) {
    case MessageType::Ping:
        send(socket, {{QStringLiteral("type"), QStringLiteral("pong")}});
        break;
    case MessageType::Hello:
        handleHello(*c, m);
        break;
    case MessageType::Join:
        if (!c->admitted)
            return refuse(socket, error(QStringLiteral("not-admitted"), {}, QStringLiteral("send the join code (hello) first")));
        handleJoin(*c, m);
        break;
    case MessageType::Score:
        handleScore(*c, m);
        break;
    }
}

void VotingServer::handleHello(Connection &c, const ClientMessage &m)
{
    const qint64 blocked = m_limiter.blockedForMs(c.peer, now());
    if (blocked > 0) {
        refuse(c.socket, error(QStringLiteral("too-many-attempts"), QStringLiteral("code"),
                               QStringLiteral("too many wrong join codes; try again in %1 s").arg((blocked + 999) / 1000)));
        c.socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    if (!constantTimeEquals(digitsOf(m.code).toLatin1(), m_joinCode.toLatin1())) {
        m_limiter.recordFailure(c.peer, now());
        refuse(c.socket, error(QStringLiteral("bad-code"), QStringLiteral("code"), QStringLiteral("wrong join code")));
        return;
    }
    c.admitted = true;
    send(c.socket, {{QStringLiteral("type"), QStringLiteral("welcome")},
                    {QStringLiteral("tier"), m_setup.ballotJson.value(QStringLiteral("tier")).toObject().value(QStringLiteral("name"))},
                    {QStringLiteral("raters"), QJsonArray::fromStringList(m_session->raterNames())},
                    {QStringLiteral("round"), m_session->round()}});
}

void VotingServer::handleJoin(Connection &c, const ClientMessage &m)
{
    const VotingSession::JoinResult r = m_session->join(m.name, m.device);
    if (r.status == VotingSession::JoinStatus::Refused)
        return refuse(c.socket, r.error);
    journal({{QStringLiteral("e"), QStringLiteral("join")}, {QStringLiteral("name"), m.name}, {QStringLiteral("device"), m.device}});
    c.device = m.device;
    if (r.status == VotingSession::JoinStatus::NeedsApproval) {
        c.member = -1;
        c.waitingName = m_session->member(r.member).name;
        send(c.socket, {{QStringLiteral("type"), QStringLiteral("pending")}, {QStringLiteral("name"), c.waitingName}});
    } else {
        c.member = r.member;
        c.waitingName.clear();
        const RoundMember &member = m_session->member(r.member);
        if (r.status == VotingSession::JoinStatus::Joined && member.newRater)
            emit newRater(member.rater, member.name);
        sendBallot(c);
    }
    recountConnections();
    statusDirty();
}

void VotingServer::handleScore(Connection &c, const ClientMessage &m)
{
    if (c.member < 0 || m_session->deviceOf(c.member) != c.device)
        return refuse(c.socket, error(QStringLiteral("not-joined"), {}, QStringLiteral("join before scoring")), m.seq);
    const ProtocolError e = m_session->score(c.member, m.candidate, m.criterion, m.score, m.reason);
    if (e.isError())
        return refuse(c.socket, e, m.seq);
    const RoundMember &member = m_session->member(c.member);
    journal({{QStringLiteral("e"), QStringLiteral("score")},
             {QStringLiteral("name"), member.name},
             {QStringLiteral("c"), m.candidate},
             {QStringLiteral("k"), m.criterion},
             {QStringLiteral("s"), m.score},
             {QStringLiteral("r"), m.reason}});
    send(c.socket, {{QStringLiteral("type"), QStringLiteral("ack")},
                    {QStringLiteral("seq"), double(m.seq)},
                    {QStringLiteral("scored"), member.scored()},
                    {QStringLiteral("total"), m_session->ballot().cellCount()}});
    statusDirty();
}

void VotingServer::sendBallot(Connection &c)
{
    const RoundMember &member = m_session->member(c.member);
    const VotingBallot &ballot = m_session->ballot();
    QJsonArray votes;
    for (int cell = 0; cell < ballot.cellCount(); ++cell) {
        const CellVote &v = member.votes[size_t(cell)];
        if (v.score > 0)
            votes.append(QJsonObject{{QStringLiteral("candidate"), ballot.candidateOf(cell)},
                                     {QStringLiteral("criterion"), ballot.criterionOf(cell)},
                                     {QStringLiteral("score"), v.score},
                                     {QStringLiteral("reason"), v.reason}});
    }
    const bool revealed = m_session->phase() == VotingSession::Phase::Revealed;
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("ballot")},
                        {QStringLiteral("name"), member.name},
                        {QStringLiteral("round"), m_session->round()},
                        {QStringLiteral("revealed"), revealed},
                        {QStringLiteral("ballot"), m_setup.ballotJson},
                        {QStringLiteral("votes"), votes},
                        {QStringLiteral("scored"), member.scored()},
                        {QStringLiteral("total"), ballot.cellCount()}};
    if (!m_session->previousDistribution().empty())
        message.insert(QStringLiteral("previous"), countsJson(m_session->previousDistribution()));
    if (revealed)
        message.insert(QStringLiteral("distribution"), countsJson(Voting::distribution(m_session->current())));
    send(c.socket, message);
}

// --- facilitator ----------------------------------------------------------------

void VotingServer::reveal()
{
    if (!m_session || m_closed)
        return;
    const RoundResult result = m_session->reveal(nowIso());
    journal({{QStringLiteral("e"), QStringLiteral("reveal")}, {QStringLiteral("at"), result.revealedAt}});
    flushJournal();
    emit revealed(result);
    broadcast({{QStringLiteral("type"), QStringLiteral("revealed")},
               {QStringLiteral("round"), result.number},
               {QStringLiteral("distribution"), countsJson(Voting::distribution(result))}});
    statusDirty();
}

void VotingServer::nextRound()
{
    if (!m_session || m_closed)
        return;
    const QString at = nowIso();
    if (!m_session->nextRound(at)) {
        emit problem(Text::tr("Reveal this round before opening the next one."));
        return;
    }
    journal({{QStringLiteral("e"), QStringLiteral("round")}, {QStringLiteral("at"), at}});
    for (const auto &c : connections()) {
        if (c->member >= 0)
            sendBallot(*c);
    }
    statusDirty();
}

void VotingServer::approve(const QString &name)
{
    if (!m_session || m_closed)
        return;
    QString replaced;
    const int index = m_session->approve(name, &replaced);
    if (index < 0) {
        emit problem(Text::tr("Nobody is waiting to take over “%1”.").arg(name));
        return;
    }
    journal({{QStringLiteral("e"), QStringLiteral("approve")}, {QStringLiteral("name"), m_session->member(index).name}});
    const QString device = m_session->deviceOf(index);
    for (const auto &c : connections()) {
        if (c->member == index && c->device == replaced && replaced != device) {
            c->member = -1;
            send(c->socket, {{QStringLiteral("type"), QStringLiteral("replaced")}});
            c->socket->close();
        } else if (c->device == device && c->waitingName == m_session->member(index).name) {
            c->member = index;
            c->waitingName.clear();
            sendBallot(*c);
        }
    }
    recountConnections();
    statusDirty();
}

void VotingServer::shutdown()
{
    if (m_closed)
        return;
    m_closed = true;
    for (const auto &c : connections()) {
        send(c->socket, {{QStringLiteral("type"), QStringLiteral("closed")}});
        c->socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("voting closed"));
        c->socket->flush();
    }
    if (m_tcp)
        m_tcp->close();
    m_journalTimer.stop();
    m_journal.finish();
}

// --- bookkeeping ------------------------------------------------------------------

void VotingServer::recountConnections()
{
    std::vector<int> counts(size_t(m_session->memberCount()), 0);
    for (const auto &c : std::as_const(m_connections)) {
        if (c->member >= 0 && c->member < int(counts.size()))
            ++counts[size_t(c->member)];
    }
    for (int m = 0; m < int(counts.size()); ++m)
        m_session->setConnections(m, counts[size_t(m)]);
}

void VotingServer::statusDirty()
{
    const qint64 since = now() - m_lastStatus;
    if (since >= kStatusIntervalMs)
        emitStatus();
    else if (!m_statusTimer.isActive())
        m_statusTimer.start(int(kStatusIntervalMs - since));
}

void VotingServer::emitStatus()
{
    m_statusTimer.stop();
    m_lastStatus = now();
    VotingStatus status;
    status.round = m_session->round();
    status.revealed = m_session->phase() == VotingSession::Phase::Revealed;
    status.cells = m_session->ballot().cellCount();
    status.members = m_session->progress();
    status.waitingForApproval = m_session->waitingForApproval();
    status.accepted = m_session->accepted();
    status.sequence = ++m_statusSequence;
    emit statusChanged(status);
}

void VotingServer::journal(const QJsonObject &event)
{
    if (!m_journal.isOpen())
        return;
    m_journal.append(event);
    if (!m_journalTimer.isActive())
        m_journalTimer.start(VotingJournal::kFlushMs);
}

void VotingServer::flushJournal()
{
    QString error;
    if (!m_journal.flush(&error))
        emit problem(error);
}

} // namespace ArchBoard
