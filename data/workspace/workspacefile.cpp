#include "workspacefile.h"

#include "safefile.h"
#include "sqliteformat.h"
#include "workspace.h"
#include "yamlguard.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>

namespace ArchBoard::WorkspaceFile {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)
};
} // namespace

namespace {
QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

DiskStamp stampAfter(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    return {info.lastModified(), info.size(), hashOf(bytes)};
}
} // namespace

DiskStamp stampOf(const QString &path)
{
    QByteArray bytes;
    QString why;
    if (!SafeFile::read(path, SafeFile::defaultMaxBytes, &bytes, &why))
        return {};
    return stampAfter(path, bytes);
}

bool unchangedSince(const QString &path, const DiskStamp &stamp)
{
    const QFileInfo info(path);
    if (!info.exists())
        return stamp.isNull();
    if (stamp.isNull())
        return false;
    if (info.lastModified() == stamp.modified && info.size() == stamp.size)
        return true;
    QByteArray bytes;
    QString why;
    return SafeFile::read(path, SafeFile::defaultMaxBytes, &bytes, &why) && hashOf(bytes) == stamp.hash;
}

bool isWorkspaceFileName(const QString &path)
{
    return Formats::forFileName(path) != nullptr;
}

std::unique_ptr<Workspace> load(const QString &path, InputError *error, QStringList *warnings, DiskStamp *stamp)
{
    if (warnings)
        warnings->clear();
    *error = {};
    error->file = path;
    if (QFileInfo(path).isDir()) {
        error->message = Text::tr("this is a folder, not a workspace file");
        return nullptr;
    }
    // Regular files only, read without blocking (a FIFO would hang open) and
    // only as much as the file holds, up to the larger format's limit.
    QByteArray bytes;
    const qint64 cap = std::max(SqliteFormat::maxFileSize, YamlLimits{}.maxBytes);
    if (!SafeFile::read(path, cap, &bytes, &error->message))
        return nullptr;
    QBuffer file(&bytes);
    file.open(QIODevice::ReadOnly);
    const QByteArray head = bytes.left(64);
    std::unique_ptr<WorkspaceFormat> format = Formats::forContent(head);
    if (!format)
        format = Formats::forFileName(path);
    if (!format) {
        error->message = Text::tr("not an ArchBoard workspace (expected *.archboard or *.archboard.yaml)");
        return nullptr;
    }
    std::unique_ptr<Workspace> ws = format->read(file);
    if (!ws) {
        *error = format->error();
        error->file = path;
        return ws;
    }
    if (warnings)
        *warnings = format->warnings();
    if (stamp)
        *stamp = stampAfter(path, bytes);
    return ws;
}

bool save(const Workspace &workspace, const QString &path, QString *error, DiskStamp *stamp)
{
    std::unique_ptr<WorkspaceFormat> format = Formats::forFileName(path);
    if (!format) {
        *error = Text::tr("%1: choose a name ending in .archboard or .archboard.yaml").arg(path);
        return false;
    }
    // The whole file in memory first: a format that fails leaves the disk untouched.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!format->write(workspace, buffer)) {
        *error = path + QStringLiteral(": ") + format->errorString();
        return false;
    }
    buffer.close();
    if (!SafeFile::write(path, bytes, error))
        return false;
    if (stamp)
        *stamp = stampAfter(path, bytes);
    return true;
}

} // namespace ArchBoard::WorkspaceFile
