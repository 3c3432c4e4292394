#pragma once

#include <QString>
#include <QTemporaryDir>

namespace ArchBoard::Testing {

/**
 * A small tmpfs mounted for one test, to be filled up: a real "no space left
 * on device" for writers. Mounting needs root (CI runs as root); elsewhere
 * isMounted() is false and skipReason() says why.
 */
class FullFileSystem
{
public:
    explicit FullFileSystem(int megabytes = 4);
    ~FullFileSystem();
    FullFileSystem(const FullFileSystem &) = delete;
    FullFileSystem &operator=(const FullFileSystem &) = delete;

    bool isMounted() const { return m_mounted; }
    QString skipReason() const { return m_reason; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Writes a filler file until not one more byte fits.
    bool fill();
    /// Removes the filler: there is room again.
    void drain();
    /// Entries other than the filler (a failed write must leave no temporary files).
    QStringList entries() const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace ArchBoard::Testing
