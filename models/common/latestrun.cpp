#include "latestrun.h"

#include "backgroundwork.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>

namespace ArchBoard {

struct LatestRun::Alive
{
    QMutex mutex;
    QPointer<LatestRun> owner;
};

LatestRun::LatestRun(QObject *parent)
    : QObject(parent)
    , m_alive(std::make_shared<Alive>())
{
    m_alive->owner = this;
}

LatestRun::~LatestRun()
{
    const QMutexLocker lock(&m_alive->mutex);
    m_alive->owner = nullptr; // a worker still running delivers nowhere
}

void LatestRun::request(quint64 key, Work work)
{
    if (m_running) {
        m_pending = std::move(work);
        m_pendingKey = key;
        m_hasPending = true;
        return;
    }
    start(key, std::move(work));
}

void LatestRun::start(quint64 key, Work work)
{
    m_running = true;
    std::shared_ptr<Alive> alive = m_alive;
    backgroundPool()->start([alive, key, work = std::move(work)] {
        std::any result = work();
        const QMutexLocker lock(&alive->mutex);
        if (LatestRun *owner = alive->owner.data())
            QMetaObject::invokeMethod(owner, [owner, key, result = std::move(result)]() mutable { owner->done(key, std::move(result)); },
                                      Qt::QueuedConnection);
    });
}

void LatestRun::done(quint64 key, std::any result)
{
    m_running = false;
    m_result = std::move(result);
    m_resultKey = key;
    m_hasResult = true;
    if (m_hasPending) {
        m_hasPending = false;
        start(m_pendingKey, std::move(m_pending));
    }
    emit finished(key);
}

} // namespace ArchBoard
