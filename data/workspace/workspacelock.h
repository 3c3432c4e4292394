#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace ArchBoard {

/**
 * Marks a workspace file as open for editing by this process (a QLockFile
 * next to it, kept for as long as the file is open). A second instance that
 * finds the lock held opens the file read-only and can say who holds it. A
 * lock left by a crashed process is recognised as stale and taken over.
 */
class WorkspaceLock
{
public:
    explicit WorkspaceLock(const QString &workspacePath);
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    /// Takes the lock. False when another live process holds it (see holder())
    /// or when the lock file cannot be created (see errorString()).
    bool tryLock();
    bool isLocked() const;
    void unlock();

    /// Whether the last tryLock() failed because another live process holds the lock
    /// (not because the lock file could not be created).
    bool isHeldByOther() const { return m_heldByOther; }
    /// "ArchBoard, process 1234 on host ‘build-7’" when someone else holds the lock.
    QString holder() const;
    QString errorString() const { return m_error; }
    QString lockFilePath() const { return m_lockPath; }

    static QString lockFilePathFor(const QString &workspacePath);

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    QString m_error;
    bool m_heldByOther = false;
};

} // namespace ArchBoard
