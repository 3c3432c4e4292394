#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <list>

class QProcess;
class QTimer;

namespace ArchBoard {

struct RenderResult
{
    bool ok = false;
    QByteArray output;  ///< SVG, PNG, PDF or laid-out DOT
    QString error;      ///< Graphviz's messages, or why the helper failed
    QString warnings;   ///< Graphviz's warnings when the render still succeeded
    bool timedOut = false;
    bool crashed = false;
    bool cached = false;
    qint64 elapsedMs = 0;
};

/**
 * Renders DOT in the archboard-render helper process, never in this one: the
 * Graphviz library is not thread-safe and can crash or hang. Each job has a
 * time limit and can be cancelled; results are cached by content (format +
 * DOT), so an unchanged diagram is not laid out again.
 */
class DiagramRenderer : public QObject
{
    Q_OBJECT

public:
    explicit DiagramRenderer(QObject *parent = nullptr);
    ~DiagramRenderer() override;

    /// The helper: $ARCHBOARD_RENDER, else archboard-render next to this program
    /// (build tree), else in the installed helper folder (libexec/archboard
    /// relative to the installed programs), else on PATH.
    static QString defaultHelper();
    /// For tests: another program (and leading arguments) in place of the helper.
    void setHelper(const QString &program, const QStringList &leadingArguments = {});
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    using Callback = std::function<void(const RenderResult &)>;
    /// Starts a render; \a done runs later on \a context's thread (also for cached results).
    quint64 render(const QByteArray &dot, const QString &format, QObject *context, Callback done);
    /// Stops a job; its callback is not called.
    void cancel(quint64 job);
    /// Renders and waits (command line, tests). Uses and fills the cache too.
    RenderResult renderBlocking(const QByteArray &dot, const QString &format);

    void clearCache();
    int cacheSize() const { return int(m_cache.size()); }

private:
    struct Job;
    QByteArray cacheKey(const QByteArray &dot, const QString &format) const;
    void remember(const QByteArray &key, const QByteArray &output);
    RenderResult fromCache(const QByteArray &key);
    RenderResult finish(QProcess *process, bool timedOut, qint64 elapsed) const;

    QString m_program;
    QStringList m_leading;
    int m_timeoutMs = 20000;
    quint64 m_nextJob = 1;
    QHash<quint64, Job *> m_jobs;
    QHash<QByteArray, QByteArray> m_cache;
    std::list<QByteArray> m_lru; ///< most recent first
    qint64 m_cacheBytes = 0;
};

} // namespace ArchBoard
