#pragma once

#include <QObject>

#include <any>
#include <functional>
#include <memory>

namespace ArchBoard {

/**
 * Runs the latest of a series of computations on backgroundPool(), never on
 * the caller's thread: while one runs, a newer request waits (older waiting
 * ones are dropped) and starts when it finishes. finished() comes on this
 * object's thread with the result and the key it was requested for; the
 * caller compares the key with what is on screen. Engines stay pure
 * functions; this only decides where and when they run.
 */
class LatestRun : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<std::any()>;

    explicit LatestRun(QObject *parent = nullptr);
    ~LatestRun() override;

    /// Runs \a work for \a key (now, or after the run in progress).
    void request(quint64 key, Work work);
    bool isRunning() const { return m_running; }
    /// Key and result of the last finished run.
    quint64 resultKey() const { return m_resultKey; }
    bool hasResult() const { return m_hasResult; }
    const std::any &result() const { return m_result; }

signals:
    void finished(quint64 key);

private:
    void start(quint64 key, Work work);
    void done(quint64 key, std::any result);

    struct Alive;
    std::shared_ptr<Alive> m_alive; ///< outlives this object while a worker still runs
    bool m_running = false;
    bool m_hasPending = false;
    quint64 m_pendingKey = 0;
    Work m_pending;
    bool m_hasResult = false;
    quint64 m_resultKey = 0;
    std::any m_result;
};

} // namespace ArchBoard
