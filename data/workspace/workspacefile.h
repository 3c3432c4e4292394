#pragma once

#include "workspaceformat.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>

namespace ArchBoard {

struct Workspace;

/**
 * Reading and writing workspace files by path. The format is chosen by
 * content (an SQLite header) and then by suffix; writing goes through
 * QSaveFile, so the old file stays intact until the new one is complete.
 */
namespace WorkspaceFile {

/// What a file on disk was when it was read or written: modification time,
/// size and a hash of its bytes. Another program changed it when it differs.
struct DiskStamp
{
    QDateTime modified;
    qint64 size = -1;
    QByteArray hash;
    bool isNull() const { return size < 0; }
};

/// Reads \a path; on failure returns nullptr and fills \a error (with the file name).
/// \a warnings receives what the read changed (values brought into range),
/// \a stamp what the file was when read.
std::unique_ptr<Workspace> load(const QString &path, InputError *error, QStringList *warnings = nullptr,
                                DiskStamp *stamp = nullptr);
/// Writes \a workspace to \a path in the format its suffix names; atomic.
/// \a stamp receives what the file is after the write.
bool save(const Workspace &workspace, const QString &path, QString *error, DiskStamp *stamp = nullptr);
/// What the file at \a path is now (null when it does not exist).
DiskStamp stampOf(const QString &path);
/// Whether the file at \a path is still what \a stamp says: same time and
/// size, or else the same bytes (touched, or written back unchanged).
bool unchangedSince(const QString &path, const DiskStamp &stamp);
/// Whether \a path names a format we can write ("x.archboard", "x.archboard.yaml").
bool isWorkspaceFileName(const QString &path);

} // namespace WorkspaceFile

} // namespace ArchBoard
