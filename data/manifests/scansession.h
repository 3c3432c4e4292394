#pragma once

#include "fragmentation.h"
#include "scanner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <vector>

namespace ArchBoard {

class Document;
struct Workspace;

/**
 * One "Scan folder…" run against an open Document, without widgets: the
 * manifest scanner on worker threads with progress and cancel, then the merge
 * into a copy of the workspace off the GUI thread (with the metrics of the
 * merged workspace), stored with Document::applyWorkspace as one undo step.
 * An edit meanwhile makes the merge start again on the workspace as it is
 * now; a replaced workspace cancels the run. The fragmentation page drives
 * one and shows its signals.
 */
class ScanSession : public QObject
{
    Q_OBJECT

public:
    explicit ScanSession(Document *document, QObject *parent = nullptr);
    ~ScanSession() override;

    /// Starts scanning \a folder; false (with \a error) when the workspace is
    /// read-only, \a folder is not a folder, or a scan is under way.
    bool start(const QString &folder, QString *error);
    /// Stops the run; finished() follows with stored = false. \a reason is added to its message.
    void cancel(const QString &reason = {});
    bool isRunning() const { return bool(m_job); }
    bool isCancelling() const { return m_job && m_job->cancel; }
    QString folder() const { return m_job ? m_job->folder : QString(); }

signals:
    /// Manifests read so far and in all (total 0 while they are counted).
    void progress(int done, int total);
    /// The scan is read (its errors, workspace rules and left-out manifests
    /// can be shown); the merge starts.
    void scanned(std::shared_ptr<const ScanResult> scan);
    /// The run ended. When \a stored, \a metrics are the stored workspace's
    /// fragmentation figures at document revision \a revision.
    void finished(bool stored, const QString &message, std::shared_ptr<const FragmentationResult> metrics, quint64 revision);

private:
    struct Job
    {
        QString folder;
        std::atomic<bool> cancel{false};
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> progressPosted{false}; ///< a progress update is on its way to this thread
        QElapsedTimer clock;
        std::shared_ptr<const ScanResult> result;
        QDateTime when;
        quint64 mergeRevision = 0;
        int merges = 0;
        QString cancelReason;
    };
    struct Merged
    {
        std::shared_ptr<Workspace> workspace;
        std::shared_ptr<const FragmentationResult> metrics;
    };
    void onScanned();
    void startMerge();
    void onMerged();
    void end(bool stored, const QString &message, std::shared_ptr<const FragmentationResult> metrics = {}, quint64 revision = 0);

    QPointer<Document> m_document;
    std::shared_ptr<Job> m_job; ///< the run in progress
    QFutureWatcher<ScanResult> m_scanWatcher;
    QFutureWatcher<Merged> m_mergeWatcher;
};

} // namespace ArchBoard
