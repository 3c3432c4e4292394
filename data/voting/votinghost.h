#pragma once

#include "votingserver.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

class QThread;

namespace ArchBoard {

/**
 * Runs a VotingServer on a thread of its own, so neither a burst of scores
 * nor a slow client ever blocks the GUI (or archboard-cli's command loop).
 * Everything here is called on the owner's thread; the signals arrive there.
 * The port is open only between open() and close().
 */
class VotingHost : public QObject
{
    Q_OBJECT

public:
    explicit VotingHost(QObject *parent = nullptr);
    ~VotingHost() override;

    /// Starts the server and waits until it listens (or fails: see errorString()).
    bool open(const VotingSetup &setup);
    bool isOpen() const { return m_server != nullptr; }
    VotingEndpoint endpoint() const { return m_endpoint; }
    QString errorString() const { return m_error; }
    /// The latest progress (also after close(): what the round ended with).
    VotingStatus status() const { return m_status; }

    /// Closes the round and sends it with revealed().
    void reveal();
    /// Re-opens the same cells for another (Delphi) round; after a reveal only.
    void nextRound();
    /// Lets the device waiting for \a name take the name over.
    void approve(const QString &name);
    /// Tells the members, closes the port and removes the recovery journal.
    void close();

    /// The address members most likely reach: the first IPv4 address of a
    /// running, non-loopback interface that is not a container or VM bridge;
    /// the loopback address when there is none.
    static QHostAddress defaultAddress();
    /// Every address the facilitator can choose from, the default first.
    static QList<QHostAddress> addresses();

signals:
    void statusChanged(const ArchBoard::VotingStatus &status);
    void newRater(const QString &rater, const QString &name);
    void revealed(const ArchBoard::RoundResult &result);
    void problem(const QString &message);
    void closed();

private:
    QThread *m_thread = nullptr;
    VotingServer *m_server = nullptr;
    VotingEndpoint m_endpoint;
    VotingStatus m_status;
    bool m_statusPosted = false;
    QString m_error;
};

} // namespace ArchBoard
