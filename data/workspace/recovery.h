#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace ArchBoard {

class Document;
struct Workspace;

/// A recovery copy left behind by a session that did not end normally.
struct RecoveryEntry
{
    QString id;
    QString recoveryFile; ///< the autosaved workspace (*.archboard)
    QString originalPath; ///< the file it belongs to; empty for an unsaved workspace
    QString title;        ///< workspace name at the time of the autosave
    QDateTime savedAt;
};

/**
 * The folder of recovery copies. Each running session writes its own copy
 * and holds a lock on it; a copy whose lock is stale (its process died)
 * is an orphan that the next start offers to recover.
 */
class RecoveryStore
{
public:
    explicit RecoveryStore(const QString &directory = defaultDirectory());

    QString directory() const { return m_dir; }
    /// Copies left by sessions that are no longer running, newest first.
    QList<RecoveryEntry> orphans() const;
    /// Deletes a recovery copy (after it was recovered or declined).
    void discard(const RecoveryEntry &entry) const;

    static QString defaultDirectory();

private:
    QString m_dir;
};

/**
 * Writes the recovery copy of one open document: every minute while there
 * are unsaved changes, and shortly after a burst of edits. The model is
 * copied on the caller's thread (cheap, implicitly shared strings) and
 * written on a worker thread, so the GUI never waits for the disk.
 */
class Autosaver : public QObject
{
    Q_OBJECT

public:
    Autosaver(Document *document, const RecoveryStore &store, QObject *parent = nullptr);
    ~Autosaver() override;

    void setInterval(int ms);        ///< periodic autosave (default 60 000)
    void setBurst(int edits, int quietMs); ///< autosave after \a edits changes once \a quietMs pass without one
    /// Writes now if there are changes not yet in the recovery copy.
    void saveNow();
    /// Removes the recovery copy (after a save, or when the document closes cleanly).
    void discard();
    /// Waits for a write in progress (tests, shutdown).
    void waitForWrite();

    QString recoveryFile() const;
    int writes() const { return m_writes; }

signals:
    void written(const QString &recoveryFile);
    void failed(const QString &message);

private:
    void onChanged();
    void onWriteFinished();

    Document *m_document;
    QString m_dir;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_periodic;
    QTimer m_quiet;
    int m_burstEdits = 20;
    int m_editsSinceWrite = 0;
    bool m_dirty = false;
    bool m_pendingAfterWrite = false;
    int m_writes = 0;
    QFutureWatcher<QString> m_watcher;
};

} // namespace ArchBoard
