#include "gitsource.h"

#include "safefile.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace ArchBoard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSource)
};

constexpr int kGitTimeoutMs = 60000;
constexpr qint64 kMaxBytes = qint64(1) << 30;

/// Runs git in \a dir; false with git's own message when it fails or does not finish.
bool runGit(const QString &dir, const QStringList &args, QByteArray *out, QString *error)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), args);
    if (!git.waitForStarted(kGitTimeoutMs)) {
        *error = Text::tr("cannot run git: %1").arg(git.errorString());
        return false;
    }
    git.closeWriteChannel();
    QByteArray bytes;
    while (git.state() != QProcess::NotRunning) {
        if (!git.waitForReadyRead(kGitTimeoutMs) && git.state() != QProcess::NotRunning) {
            git.kill();
            git.waitForFinished(5000);
            *error = Text::tr("git did not finish within %1 s").arg(kGitTimeoutMs / 1000);
            return false;
        }
        bytes += git.readAllStandardOutput();
        if (bytes.size() > kMaxBytes) {
            git.kill();
            git.waitForFinished(5000);
            *error = Text::tr("the file is too large (more than %1 MB)").arg(kMaxBytes >> 20);
            return false;
        }
    }
    bytes += git.readAllStandardOutput();
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        const QString message = QString::fromUtf8(git.readAllStandardError()).trimmed();
        *error = message.isEmpty() ? Text::tr("git failed (exit code %1)").arg(git.exitCode()) : message;
        return false;
    }
    *out = bytes;
    return true;
}

/// "git:REV:path" → REV and path.
bool splitSpec(const QString &spec, QString *revision, QString *path)
{
    if (!spec.startsWith(QStringLiteral("git:")))
        return false;
    const qsizetype colon = spec.indexOf(u':', 4);
    if (colon < 0)
        return false;
    *revision = spec.mid(4, colon - 4);
    *path = spec.mid(colon + 1);
    return !path->isEmpty();
}

} // namespace

namespace WorkspaceSource {

std::unique_ptr<Workspace> fromBytes(const QByteArray &bytes, const QString &nameHint, InputError *error)
{
    *error = {};
    error->file = nameHint;
    std::unique_ptr<WorkspaceFormat> format = Formats::forContent(bytes.left(64));
    if (!format)
        format = Formats::forFileName(nameHint);
    if (!format)
        format = Formats::yaml(); // a hand-written file that starts with its own comment
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    std::unique_ptr<Workspace> ws = format->read(buffer);
    if (!ws) {
        *error = format->error();
        error->file = nameHint;
    }
    return ws;
}

bool isGitSpec(const QString &spec)
{
    QString revision, path;
    return splitSpec(spec, &revision, &path);
}

bool readBytes(const QString &spec, QByteArray *bytes, InputError *error)
{
    *error = {};
    error->file = spec;
    QString revision, path;
    if (splitSpec(spec, &revision, &path))
        return Git::show(path, revision, bytes, &error->message);
    if (!QFileInfo::exists(spec)) {
        error->message = Text::tr("the file does not exist");
        return false;
    }
    if (QFileInfo(spec).isDir()) {
        error->message = Text::tr("this is a folder, not a workspace file");
        return false;
    }
    // Regular files only, without blocking on a FIFO, and only what the file holds.
    if (!SafeFile::read(spec, kMaxBytes, bytes, &error->message))
        return false;
    return true;
}

std::unique_ptr<Workspace> load(const QString &spec, InputError *error)
{
    QByteArray bytes;
    if (!readBytes(spec, &bytes, error))
        return nullptr;
    return fromBytes(bytes, spec, error);
}

} // namespace WorkspaceSource

namespace Git {

bool isTracked(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    QByteArray out;
    QString error;
    return runGit(info.absolutePath(), {QStringLiteral("ls-files"), QStringLiteral("--error-unmatch"), QStringLiteral("--"), info.fileName()},
                  &out, &error);
}

QList<Revision> history(const QString &path, int max, QString *error)
{
    const QFileInfo info(path);
    QByteArray out;
    // Fields split by the unit separator, which a subject cannot hold.
    if (!runGit(info.absolutePath(), {QStringLiteral("log"), QStringLiteral("-n"), QString::number(max),
                                      QStringLiteral("--date=short"), QStringLiteral("--format=%H%x1f%ad%x1f%an%x1f%s"),
                                      QStringLiteral("--"), info.fileName()},
                &out, error))
        return {};
    QList<Revision> revisions;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> f = line.split('\x1f');
        if (f.size() < 4)
            continue;
        revisions.append({QString::fromUtf8(f.at(0)), QString::fromUtf8(f.at(1)), QString::fromUtf8(f.at(2)),
                          QString::fromUtf8(f.mid(3).join('\x1f'))});
    }
    return revisions;
}

bool show(const QString &path, const QString &revision, QByteArray *bytes, QString *error)
{
    // "REV:./name" in the file's folder: the path is relative to where the user is, as for every other argument.
    const QFileInfo info(path);
    const QString dir = QDir(info.absolutePath()).exists() ? info.absolutePath() : QDir::currentPath();
    const QString name = QDir(dir).relativeFilePath(info.absoluteFilePath());
    if (revision.startsWith(u'-')) {
        *error = Text::tr("“%1” is not a revision").arg(revision);
        return false;
    }
    return runGit(dir, {QStringLiteral("show"), QStringLiteral("%1:./%2").arg(revision, name)}, bytes, error);
}

} // namespace Git

} // namespace ArchBoard
