#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;
class QSaveFile;

namespace ArchBoard {

/**
 * Every file ArchBoard writes or reads from a path goes through here.
 *
 * Writing: Qt 6.4's QSaveFile::commit() flushes its buffer and ignores a
 * failed flush, so on a full disk a small file is renamed over the original
 * empty or truncated and commit() still returns true. commit() here flushes
 * and checks first, fsyncs, compares the size on disk with what was
 * written, then renames (and fsyncs the folder); on any failure the
 * original stays as it was and the message names the file and the reason.
 *
 * Reading: only regular files are opened (a FIFO, socket or device — also
 * behind a symbolic link — is refused without blocking), and never more than
 * a hard cap is read; what is read is what the file holds, not the cap.
 */
namespace SafeFile {

/// Writes \a bytes to \a path atomically (see above). False with a message naming \a path.
bool write(const QString &path, const QByteArray &bytes, QString *error);

/// Opens \a file (a QSaveFile) for writing. False with a message naming the file.
bool open(QSaveFile &file, QString *error);
/// Checks and commits a QSaveFile the caller wrote to (streaming writers:
/// PDF, images). On failure cancels it, so the original stays intact.
bool commit(QSaveFile &file, QString *error);

/// Largest file read() reads by default (the SQLite workspace limit).
constexpr qint64 defaultMaxBytes = qint64(1) << 30;

/**
 * Reads \a path into \a bytes: a regular file of at most \a maxBytes.
 * Opening never blocks (O_NONBLOCK: a FIFO is refused, not waited on).
 * False with a message (without the file name) in \a error.
 */
bool read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);

/// As read(), for \a path relative to the open folder \a folder (AT_FDCWD:
/// the current folder; an absolute path ignores it).
bool readAt(int folder, const char *path, qint64 maxBytes, QByteArray *bytes, QString *error);

/// Whether \a path is a regular file (following symbolic links), without opening it.
bool isRegularFile(const QString &path);

/**
 * Reads what \a device has left, at most \a maxBytes + 1 bytes (so a caller
 * can tell "too large"), allocating only for what is there: a file's
 * remaining size, or chunks for a sequential device.
 */
QByteArray readBounded(QIODevice &device, qint64 maxBytes);

} // namespace SafeFile

} // namespace ArchBoard
