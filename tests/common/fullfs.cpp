#include "fullfs.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace ArchBoard::Testing {

namespace {
constexpr char kFiller[] = ".filler";
}

FullFileSystem::FullFileSystem(int megabytes)
{
    if (::geteuid() != 0) {
        m_reason = QStringLiteral("mounting a small tmpfs needs root (CI runs as root); the full-disk tests did not run");
        return;
    }
    const QByteArray options = "size=" + QByteArray::number(megabytes) + "m,mode=0755";
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0) {
        m_reason = QStringLiteral("cannot mount a tmpfs (%1); the full-disk tests did not run").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

FullFileSystem::~FullFileSystem()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

bool FullFileSystem::fill()
{
    const int fd = ::open(QFile::encodeName(filePath(QLatin1StringView(kFiller))).constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0)
        return false;
    static char block[64 * 1024];
    for (size_t chunk = sizeof block; chunk > 0; chunk /= 2) {
        while (::write(fd, block, chunk) == ssize_t(chunk)) {
        }
    }
    ::fsync(fd);
    ::close(fd);
    return true;
}

void FullFileSystem::drain()
{
    QFile::remove(filePath(QLatin1StringView(kFiller)));
}

QStringList FullFileSystem::entries() const
{
    QStringList out = QDir(path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    out.removeAll(QLatin1StringView(kFiller));
    return out;
}

} // namespace ArchBoard::Testing
