#include "safefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ArchBoard::SafeFile {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

/// Makes the rename itself durable: the folder's entry is on disk too.
void syncFolderOf(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd); // best effort: some file systems refuse fsync on folders
    ::close(fd);
}

QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode))
        return Text::tr("a FIFO");
    if (S_ISSOCK(mode))
        return Text::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Text::tr("a device");
    return Text::tr("a special file");
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

bool open(QSaveFile &file, QString *error)
{
    // A FIFO or device at the target would be written to, not replaced.
    const QFileInfo target(file.fileName());
    if (target.exists() && !target.isFile()) {
        *error = Text::tr("%1: cannot write here: it is not a regular file").arg(file.fileName());
        return false;
    }
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("%1: cannot write: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool commit(QSaveFile &file, QString *error)
{
    const QString path = file.fileName();
    auto fail = [&](const QString &why) {
        file.cancelWriting();
        file.commit(); // with writing cancelled: removes the temporary file, leaves the original
        *error = Text::tr("%1: not saved, the file on disk is unchanged: %2").arg(path, why);
        return false;
    };
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    const qint64 written = file.pos();
    if (!file.flush())
        return fail(file.errorString());
    const int fd = file.handle();
    if (fd >= 0) {
        if (::fsync(fd) != 0)
            return fail(systemError(errno));
        struct stat st {};
        if (::fstat(fd, &st) != 0)
            return fail(systemError(errno));
        if (st.st_size != written)
            return fail(Text::tr("%1 of %2 bytes reached the disk").arg(qint64(st.st_size)).arg(written));
    }
    if (!file.commit()) {
        *error = Text::tr("%1: not saved, the file on disk is unchanged: %2").arg(path, file.errorString());
        return false;
    }
    syncFolderOf(path);
    const QFileInfo after(path);
    if (after.size() != written) {
        *error = Text::tr("%1: the saved file has %2 bytes instead of %3").arg(path).arg(after.size()).arg(written);
        return false;
    }
    return true;
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit();
        *error = Text::tr("%1: not saved, the file on disk is unchanged: %2").arg(path, why);
        return false;
    }
    return commit(file, error);
}

bool isRegularFile(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

bool read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    return readAt(AT_FDCWD, QFile::encodeName(path).constData(), maxBytes, bytes, error);
}

bool readAt(int folder, const char *path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    bytes->clear();
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::openat(folder, path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = errno == ENOENT ? Text::tr("the file does not exist") : Text::tr("cannot open: %1").arg(systemError(errno));
        return false;
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        *error = Text::tr("cannot open: %1").arg(systemError(errno));
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        *error = Text::tr("this is a folder, not a file");
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = Text::tr("not a regular file (%1); not read").arg(kindOf(st.st_mode));
        return false;
    }
    if (st.st_size > maxBytes) {
        *error = Text::tr("the file is too large (%1 MB; at most %2 MB)").arg(megabytes(st.st_size), megabytes(maxBytes));
        return false;
    }
    // What the file holds and one byte more: a read that stops at the size
    // fstat gave has reached the end (no second read to see the end); one
    // that fills the buffer means the file grew, and the buffer grows up to
    // the cap. Files that report size 0 (/proc) are read until read() gives 0.
    bytes->resize(qsizetype(std::min<qint64>(st.st_size + 1, maxBytes + 1)));
    qint64 have = 0;
    for (;;) {
        if (have == bytes->size()) {
            if (have > maxBytes)
                break;
            bytes->resize(qsizetype(std::min<qint64>(maxBytes + 1, have + 64 * 1024)));
        }
        const ssize_t n = ::read(fd, bytes->data() + have, size_t(bytes->size() - have));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = Text::tr("cannot read: %1").arg(systemError(errno));
            bytes->clear();
            return false;
        }
        have += n;
        if (n == 0 || (have == st.st_size && have < bytes->size()))
            break;
    }
    bytes->resize(qsizetype(have));
    if (have > maxBytes) {
        *error = Text::tr("the file is too large (at most %1 MB)").arg(megabytes(maxBytes));
        bytes->clear();
        return false;
    }
    return true;
}

QByteArray readBounded(QIODevice &device, qint64 maxBytes)
{
    if (auto *buffer = qobject_cast<QBuffer *>(&device)) {
        // Shares the buffer's bytes instead of copying them (a whole workspace file).
        const qint64 pos = buffer->pos();
        const QByteArray out = buffer->data().mid(qsizetype(pos), qsizetype(std::min<qint64>(maxBytes + 1, buffer->size() - pos)));
        buffer->seek(pos + out.size());
        return out;
    }
    if (!device.isSequential()) {
        const qint64 left = std::max<qint64>(0, device.size() - device.pos());
        QByteArray out = device.read(std::min(left, maxBytes + 1));
        // A file that grew after size() was taken: the rest, in chunks, up to the cap.
        while (out.size() <= maxBytes) {
            const QByteArray more = device.read(std::min<qint64>(64 * 1024, maxBytes + 1 - out.size()));
            if (more.isEmpty())
                break;
            out += more;
        }
        return out;
    }
    QByteArray out;
    while (out.size() <= maxBytes) {
        if (!device.bytesAvailable() && !device.waitForReadyRead(0))
            break;
        const QByteArray more = device.read(std::min<qint64>(64 * 1024, maxBytes + 1 - out.size()));
        if (more.isEmpty())
            break;
        out += more;
    }
    return out;
}

} // namespace ArchBoard::SafeFile
