#include "scansession.h"

#include "backgroundwork.h"
#include "document.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace ArchBoard {

ScanSession::ScanSession(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(&m_scanWatcher, &QFutureWatcher<ScanResult>::finished, this, &ScanSession::onScanned);
    connect(&m_mergeWatcher, &QFutureWatcher<Merged>::finished, this, &ScanSession::onMerged);
    connect(document, &Document::workspaceReset, this, [this] {
        // Another workspace (opened, new, an undone scan): a scan under way would land in it.
        if (m_job && !m_job->cancel)
            cancel(tr("the workspace was replaced while scanning"));
    });
}

ScanSession::~ScanSession()
{
    // The scan's progress callback posts to this object: it must be over first.
    if (m_job)
        m_job->cancel = true;
    m_scanWatcher.waitForFinished();
    m_mergeWatcher.waitForFinished();
}

bool ScanSession::start(const QString &folder, QString *error)
{
    const QFileInfo info(folder);
    QString why;
    if (m_job)
        why = tr("A scan is under way.");
    else if (!m_document || m_document->isReadOnly())
        why = tr("The workspace is open read-only: a scan cannot be stored.");
    else if (!info.isDir())
        why = tr("%1 is not a folder.").arg(folder);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    auto job = std::make_shared<Job>();
    job->folder = QDir::cleanPath(info.absoluteFilePath());
    job->clock.start();
    m_job = job;

    ScanOptions options;
    options.root = job->folder;
    options.cancel = &job->cancel;
    // Called on the scanning threads: only atomics here, and at most one update
    // on its way to this thread at a time.
    options.progress = [this, job](int done, int total) {
        job->done.store(done, std::memory_order_relaxed);
        job->total.store(total, std::memory_order_relaxed);
        if (!job->progressPosted.exchange(true)) {
            QMetaObject::invokeMethod(this, [this, job] {
                job->progressPosted = false;
                if (job == m_job)
                    emit progress(job->done.load(std::memory_order_relaxed), job->total.load(std::memory_order_relaxed));
            }, Qt::QueuedConnection);
        }
    };
    // The job is held by the options the worker holds: its cancel flag outlives the scan.
    m_scanWatcher.setFuture(QtConcurrent::run(backgroundPool(), [options] { return Scanner::scan(options); }));
    return true;
}

void ScanSession::cancel(const QString &reason)
{
    if (!m_job || m_job->cancel)
        return;
    m_job->cancelReason = reason;
    m_job->cancel = true;
}

void ScanSession::onScanned()
{
    if (!m_job)
        return;
    ScanResult result = m_scanWatcher.result();
    if (m_job->cancel || result.cancelled) {
        const QString why = m_job->cancelReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_job->cancelReason);
        end(false, tr("The scan of %1 was cancelled after %2 manifests%3; nothing was stored.")
                       .arg(QDir::toNativeSeparators(m_job->folder)).arg(result.manifestsScanned).arg(why));
        return;
    }
    m_job->result = std::make_shared<const ScanResult>(std::move(result));
    emit scanned(m_job->result);
    m_job->when = QDateTime::currentDateTimeUtc();
    startMerge();
}

void ScanSession::startMerge()
{
    // The copy is taken here, on the document's thread, where it changes; the
    // merge (and the metrics of the scan record) run on a worker.
    auto copy = std::make_shared<Workspace>(m_document->workspace());
    m_job->mergeRevision = m_document->revision();
    m_mergeWatcher.setFuture(QtConcurrent::run(backgroundPool(), [copy, scan = m_job->result, when = m_job->when] {
        // The metrics of the scan record are those of the merged workspace: kept for the cards.
        auto metrics = std::make_shared<FragmentationResult>();
        Scanner::merge(copy.get(), *scan, when, metrics.get());
        return Merged{copy, metrics};
    }));
}

void ScanSession::onMerged()
{
    if (!m_job)
        return;
    const QString folder = QDir::toNativeSeparators(m_job->folder);
    if (m_job->cancel || !m_document) {
        const QString why = m_job->cancelReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_job->cancelReason);
        end(false, tr("The scan of %1 was cancelled%2; nothing was stored.").arg(folder, why));
        return;
    }
    if (m_document->revision() != m_job->mergeRevision) {
        // Edited meanwhile: merge into the workspace as it is now, not as it was.
        if (++m_job->merges < 5) {
            startMerge();
            return;
        }
        end(false, tr("The workspace kept changing while the scan of %1 was stored; nothing was stored.").arg(folder));
        return;
    }
    if (m_document->isReadOnly()) {
        end(false, tr("The workspace became read-only; the scan of %1 was not stored.").arg(folder));
        return;
    }
    const Merged merged = m_mergeWatcher.result();
    // Off this session before the swap: the workspace reset it announces is this scan's own.
    const std::shared_ptr<Job> job = std::move(m_job);
    const ScanResult &scan = *job->result;
    if (!m_document->applyWorkspace(std::make_unique<Workspace>(std::move(*merged.workspace)), tr("Scan %1").arg(folder))) {
        end(false, tr("The scan of %1 could not be stored.").arg(folder));
        return;
    }
    const auto duration = [](qint64 ms) {
        return ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    };
    const QString errors = scan.errors.empty() ? tr("no errors")
        : scan.errors.size() == 1             ? tr("1 unreadable manifest (see Scan errors)")
                                              : tr("%1 unreadable manifests (see Scan errors)").arg(scan.errors.size());
    // Computed with the merge for exactly this workspace: no second analysis.
    end(true,
        tr("Scanned %1 in %2 (reading the manifests %3): %4 manifests, %5 services, %6; stored as one undo step.")
            .arg(folder, duration(job->clock.elapsed()), duration(scan.elapsedMs))
            .arg(scan.manifestsScanned)
            .arg(scan.services.size())
            .arg(errors),
        merged.metrics, m_document->revision());
}

void ScanSession::end(bool stored, const QString &message, std::shared_ptr<const FragmentationResult> metrics, quint64 revision)
{
    m_job.reset();
    emit finished(stored, message, std::move(metrics), revision);
}

} // namespace ArchBoard
