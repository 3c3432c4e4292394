#pragma once

#include "votingjournal.h"
#include "votingsession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace ArchBoard {

/// What a voting session is opened with.
struct VotingSetup
{
    VotingBallot ballot;
    QJsonObject ballotJson;      ///< Voting::ballotJson() of the workspace, built on the caller's thread
    std::vector<Rater> raters;   ///< the workspace's raters (names members can pick)
    QHostAddress address;        ///< where to listen (see VotingHost::defaultAddress())
    quint16 port = 0;            ///< 0: any free port
    bool tls = false;            ///< HTTPS/WSS with a fresh self-signed certificate
    QString language;            ///< the page's language when the browser asks for none we have
    QString workspacePath;       ///< for the journal: which workspace the round belongs to
    QString workspaceTitle;
    QString journalDirectory;    ///< empty: no journal
    QString resumeJournal;       ///< a journal to continue (VotingJournal::orphans()); its secrets and scores come back
};

/// Where members connect.
struct VotingEndpoint
{
    QString url;         ///< http(s)://address:port/<token>/
    QString joinCode;    ///< six digits
    QString fingerprint; ///< SHA-256 of the TLS certificate; empty without TLS
    QHostAddress address;
    quint16 port = 0;
    QString journal;     ///< the recovery journal's path
};

/// What the projector shows: progress only, never a score.
struct VotingStatus
{
    int round = 1;
    bool revealed = false;
    int cells = 0;
    std::vector<MemberProgress> members;
    QStringList waitingForApproval;
    qint64 accepted = 0;   ///< score messages accepted so far
    qint64 sequence = 0;   ///< grows with every status (tests and the benchmark)
};

/**
 * The voting server (lives on VotingHost's thread): one TCP (or TLS) port that
 * serves the member's static page and upgrades /<token>/ws to a WebSocket,
 * validates every message, keeps the VotingSession and its recovery journal,
 * and reports progress. docs/workshop-voting.md has the protocol and the
 * threat model.
 */
class VotingServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxConnections = 256;
    static constexpr int kMaxConnectionsPerAddress = 64; ///< a room behind one NAT or proxy shares an address
    static constexpr int kMaxIncomingBytes = 64 * 1024; ///< a larger WebSocket message closes the connection
    static constexpr int kRequestTimeoutMs = 10000;
    static constexpr int kStatusIntervalMs = 25;

    explicit VotingServer(VotingSetup setup, QObject *parent = nullptr);
    ~VotingServer() override;

    /// Starts listening; false with \a error set when the port cannot be opened.
    bool start(VotingEndpoint *endpoint, QString *error);
    void reveal();
    void nextRound();
    void approve(const QString &name);
    /// Tells every member voting is closed, closes every connection and the port, and removes the journal.
    void shutdown();

signals:
    void statusChanged(const ArchBoard::VotingStatus &status);
    /// A member joined under a name the workspace does not have yet.
    void newRater(const QString &rater, const QString &name);
    void revealed(const ArchBoard::RoundResult &result);
    void problem(const QString &message);

private:
    struct Peer;
    struct Connection;
    void onPendingConnection();
    void onHttpReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &type = "text/plain; charset=utf-8", const QByteArray &body = {},
                bool headOnly = false);
    void onWebSocket();
    void onMessage(QWebSocket *socket, const QString &text);
    void handleHello(Connection &c, const VotingProtocol::ClientMessage &m);
    void handleJoin(Connection &c, const VotingProtocol::ClientMessage &m);
    void handleScore(Connection &c, const VotingProtocol::ClientMessage &m);
    void sendBallot(Connection &c);
    /// The open connections, copied: safe to loop over while sockets close.
    QList<std::shared_ptr<Connection>> connections() const;
    void send(QWebSocket *socket, const QJsonObject &message);
    void broadcast(const QJsonObject &message);
    void refuse(QWebSocket *socket, const VotingProtocol::ProtocolError &error, qint64 seq = -1);
    void recountConnections();
    void statusDirty();
    void emitStatus();
    void journal(const QJsonObject &event);
    void flushJournal();
    void replayEvent(const QJsonObject &event);
    QString peerOf(QTcpSocket *socket) const;
    qint64 now() const { return m_clock.elapsed(); }

    VotingSetup m_setup;
    std::unique_ptr<VotingSession> m_session;
    VotingJournal m_journal;
    QTimer m_journalTimer;
    QTimer m_statusTimer;
    QElapsedTimer m_clock;
    qint64 m_lastStatus = -1000;
    qint64 m_statusSequence = 0;
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_ws = nullptr;
    QByteArray m_token;
    QString m_joinCode;
    QByteArray m_connectSources;
    QByteArray m_config;
    VotingProtocol::AttemptLimiter m_limiter;
    QHash<QString, int> m_socketsPerAddress;
    int m_sockets = 0;
    QHash<QWebSocket *, std::shared_ptr<Connection>> m_connections;
    bool m_closed = false;
};

} // namespace ArchBoard

Q_DECLARE_METATYPE(ArchBoard::VotingStatus)
Q_DECLARE_METATYPE(ArchBoard::RoundResult)
