#include "workspacelock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>

namespace ArchBoard {

WorkspaceLock::WorkspaceLock(const QString &workspacePath)
    : m_lockPath(lockFilePathFor(workspacePath))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // Held for as long as the document is open: only a dead owner makes it stale.
    m_lock->setStaleLockTime(0);
}

WorkspaceLock::~WorkspaceLock() = default;

QString WorkspaceLock::lockFilePathFor(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

bool WorkspaceLock::tryLock()
{
    m_error.clear();
    m_heldByOther = false;
    if (m_lock->isLocked())
        return true;
    if (m_lock->tryLock(100))
        return true;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        m_heldByOther = true;
        m_error = QCoreApplication::translate("WorkspaceLock", "the file is open in %1").arg(holder());
        break;
    case QLockFile::PermissionError:
        m_error = QCoreApplication::translate("WorkspaceLock", "the folder is not writable");
        break;
    default:
        m_error = QCoreApplication::translate("WorkspaceLock", "the lock file %1 cannot be created").arg(m_lockPath);
        break;
    }
    return false;
}

bool WorkspaceLock::isLocked() const
{
    return m_lock->isLocked();
}

void WorkspaceLock::unlock()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

QString WorkspaceLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return QCoreApplication::translate("WorkspaceLock", "another program");
    if (app.isEmpty())
        app = QCoreApplication::translate("WorkspaceLock", "another program");
    return QCoreApplication::translate("WorkspaceLock", "%1, process %2 on host “%3”").arg(app).arg(pid).arg(host);
}

} // namespace ArchBoard
