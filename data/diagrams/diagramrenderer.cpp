#include "diagramrenderer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace ArchBoard {

namespace {
constexpr int kMaxCacheEntries = 48;
constexpr qint64 kMaxCacheBytes = qint64(96) << 20;
} // namespace

struct DiagramRenderer::Job
{
    QProcess *process = nullptr;
    QTimer *timer = nullptr;
    QElapsedTimer clock;
    QPointer<QObject> context;
    Callback done;
    QByteArray key;
    bool timedOut = false;
};

DiagramRenderer::DiagramRenderer(QObject *parent)
    : QObject(parent)
    , m_program(defaultHelper())
{
}

DiagramRenderer::~DiagramRenderer()
{
    for (Job *job : std::as_const(m_jobs)) {
        job->process->disconnect();
        job->process->kill();
        job->process->waitForFinished(1000);
        delete job;
    }
}

QString DiagramRenderer::defaultHelper()
{
    const QString env = qEnvironmentVariable("ARCHBOARD_RENDER");
    if (!env.isEmpty())
        return env;
    // Next to this program (the build tree's app/), then the installed helper
    // folder relative to the installed programs (relocatable: no absolute
    // prefix is compiled in), then the build tree seen from tests/ and tests/bench/.
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {dir + QStringLiteral("/archboard-render"),
                                     dir + QStringLiteral("/" ARCHBOARD_RENDER_FROM_BIN "/archboard-render"),
                                     dir + QStringLiteral("/../app/archboard-render"), dir + QStringLiteral("/../../app/archboard-render")}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("archboard-render"));
}

void DiagramRenderer::setHelper(const QString &program, const QStringList &leadingArguments)
{
    m_program = program;
    m_leading = leadingArguments;
}

QByteArray DiagramRenderer::cacheKey(const QByteArray &dot, const QString &format) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(format.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(dot);
    return hash.result();
}

void DiagramRenderer::remember(const QByteArray &key, const QByteArray &output)
{
    if (output.size() > kMaxCacheBytes / 4)
        return;
    if (m_cache.contains(key))
        return;
    m_cache.insert(key, output);
    m_lru.push_front(key);
    m_cacheBytes += output.size();
    while (int(m_lru.size()) > kMaxCacheEntries || m_cacheBytes > kMaxCacheBytes) {
        m_cacheBytes -= m_cache.value(m_lru.back()).size();
        m_cache.remove(m_lru.back());
        m_lru.pop_back();
    }
}

RenderResult DiagramRenderer::fromCache(const QByteArray &key)
{
    RenderResult r;
    r.ok = true;
    r.cached = true;
    r.output = m_cache.value(key);
    m_lru.remove(key); // most recently used first
    m_lru.push_front(key);
    return r;
}

void DiagramRenderer::clearCache()
{
    m_cache.clear();
    m_lru.clear();
    m_cacheBytes = 0;
}

RenderResult DiagramRenderer::finish(QProcess *process, bool timedOut, qint64 elapsed) const
{
    RenderResult r;
    r.elapsedMs = elapsed;
    if (process->error() == QProcess::FailedToStart) {
        r.error = tr("The diagram renderer “%1” could not be started: %2").arg(m_program, process->errorString());
        return r;
    }
    // Read only from a process that ran: a never-started one has no channel (Qt warns).
    const QString messages = QString::fromUtf8(process->readAllStandardError()).trimmed();
    if (timedOut) {
        r.timedOut = true;
        r.error = tr("Laying out the diagram took longer than %1 s and was stopped. The diagram may be too large; filter the model.")
                      .arg(m_timeoutMs / 1000.0, 0, 'f', 1);
        return r;
    }
    if (process->exitStatus() == QProcess::CrashExit || process->error() == QProcess::Crashed) {
        r.crashed = true;
        r.error = tr("Graphviz crashed while laying out the diagram (the application is not affected).");
        if (!messages.isEmpty())
            r.error += u'\n' + messages;
        return r;
    }
    if (process->exitCode() != 0) {
        r.error = messages.isEmpty() ? tr("The diagram renderer failed (exit code %1).").arg(process->exitCode()) : messages;
        return r;
    }
    r.ok = true;
    r.output = process->readAllStandardOutput();
    r.warnings = messages;
    return r;
}

quint64 DiagramRenderer::render(const QByteArray &dot, const QString &format, QObject *context, Callback done)
{
    const quint64 id = m_nextJob++;
    const QByteArray key = cacheKey(dot, format);
    if (m_cache.contains(key)) {
        const RenderResult r = fromCache(key);
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, context, [guard, done, r] {
            if (guard)
                done(r);
        });
        return id;
    }
    auto *job = new Job;
    job->context = context;
    job->done = std::move(done);
    job->key = key;
    job->process = new QProcess(this);
    job->timer = new QTimer(job->process);
    job->timer->setSingleShot(true);
    m_jobs.insert(id, job);

    connect(job->timer, &QTimer::timeout, this, [this, id] {
        Job *j = m_jobs.value(id);
        if (!j)
            return;
        j->timedOut = true;
        j->process->kill();
    });
    connect(job->process, &QProcess::finished, this, [this, id] {
        Job *j = m_jobs.take(id);
        if (!j)
            return;
        j->timer->stop();
        const RenderResult r = finish(j->process, j->timedOut, j->clock.elapsed());
        if (r.ok)
            remember(j->key, r.output);
        if (j->context)
            j->done(r);
        j->process->deleteLater();
        delete j;
    });
    connect(job->process, &QProcess::errorOccurred, this, [this, id](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes and kills end in finished()
        Job *j = m_jobs.take(id);
        if (!j)
            return;
        const RenderResult r = finish(j->process, false, 0);
        if (j->context)
            j->done(r);
        j->process->deleteLater();
        delete j;
    });
    job->clock.start();
    job->process->start(m_program, m_leading + QStringList{QStringLiteral("--format"), format});
    job->process->write(dot);
    job->process->closeWriteChannel();
    job->timer->start(m_timeoutMs);
    return id;
}

void DiagramRenderer::cancel(quint64 id)
{
    Job *job = m_jobs.take(id);
    if (!job)
        return;
    job->process->disconnect(this);
    job->process->kill();
    job->process->waitForFinished(1000);
    job->process->deleteLater();
    delete job;
}

RenderResult DiagramRenderer::renderBlocking(const QByteArray &dot, const QString &format)
{
    const QByteArray key = cacheKey(dot, format);
    if (m_cache.contains(key))
        return fromCache(key);
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(m_program, m_leading + QStringList{QStringLiteral("--format"), format});
    if (!process.waitForStarted(10000))
        return finish(&process, false, 0);
    process.write(dot);
    process.closeWriteChannel();
    bool timedOut = false;
    if (!process.waitForFinished(m_timeoutMs)) {
        timedOut = true;
        process.kill();
        process.waitForFinished(2000);
    }
    const RenderResult r = finish(&process, timedOut, clock.elapsed());
    if (r.ok)
        remember(key, r.output);
    return r;
}

} // namespace ArchBoard
