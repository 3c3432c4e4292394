#include "votinghost.h"

#include <QCoreApplication>
#include <QNetworkInterface>
#include <QThread>

namespace ArchBoard {

VotingHost::VotingHost(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ArchBoard::VotingStatus>();
    qRegisterMetaType<ArchBoard::RoundResult>();
}

VotingHost::~VotingHost()
{
    close();
}

bool VotingHost::open(const VotingSetup &setup)
{
    close();
    m_error.clear();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("voting"));
    m_server = new VotingServer(setup);
    m_server->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    // Statuses that queued up while the GUI was busy are shown once, the
    // latest: the projector never replays a backlog of outdated progress.
    connect(m_server, &VotingServer::statusChanged, this, [this](const VotingStatus &s) {
        m_status = s;
        if (m_statusPosted)
            return;
        m_statusPosted = true;
        QMetaObject::invokeMethod(this, [this] {
            m_statusPosted = false;
            emit statusChanged(m_status);
        }, Qt::QueuedConnection);
    });
    connect(m_server, &VotingServer::newRater, this, &VotingHost::newRater);
    // The reveal is news before the server's next (throttled) status: R then N
    // pressed quickly must find the round revealed.
    connect(m_server, &VotingServer::revealed, this, [this](const RoundResult &result) {
        m_status.revealed = true;
        emit revealed(result);
    });
    connect(m_server, &VotingServer::problem, this, &VotingHost::problem);
    m_thread->start();
    bool ok = false;
    VotingEndpoint endpoint;
    QString error;
    QMetaObject::invokeMethod(m_server, [&] { ok = m_server->start(&endpoint, &error); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        m_error = error;
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_server = nullptr;
        return false;
    }
    m_endpoint = endpoint;
    return true;
}

void VotingHost::reveal()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, &VotingServer::reveal, Qt::QueuedConnection);
}

void VotingHost::nextRound()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, &VotingServer::nextRound, Qt::QueuedConnection);
}

void VotingHost::approve(const QString &name)
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [server = m_server, name] { server->approve(name); }, Qt::QueuedConnection);
}

void VotingHost::close()
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(m_server, &VotingServer::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_server = nullptr;
    // A reveal asked for just before closing is delivered, not dropped.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    emit closed();
}

QList<QHostAddress> VotingHost::addresses()
{
    QList<QHostAddress> preferred;
    QList<QHostAddress> other;
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        const auto flags = i.flags();
        if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning) || (flags & QNetworkInterface::IsLoopBack))
            continue;
        // Container and VM bridges are not where the board's phones are.
        const QString name = i.name();
        const bool virtualBridge = name.startsWith(u"docker") || name.startsWith(u"br-") || name.startsWith(u"veth")
            || name.startsWith(u"virbr") || name.startsWith(u"vmnet") || name.startsWith(u"podman");
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            const QHostAddress a = e.ip();
            if (a.isLinkLocal())
                continue;
            (a.protocol() == QAbstractSocket::IPv4Protocol && !virtualBridge ? preferred : other).append(a);
        }
    }
    QList<QHostAddress> out = preferred + other;
    out.append(QHostAddress(QHostAddress::LocalHost));
    return out;
}

QHostAddress VotingHost::defaultAddress()
{
    return addresses().first();
}

} // namespace ArchBoard
