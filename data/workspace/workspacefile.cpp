#include "workspacefile.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ArchBoard::WorkspaceFile {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)
};
} // namespace

bool isWorkspaceFileName(const QString &path)
{
    return Formats::forFileName(path) != nullptr;
}

std::unique_ptr<Workspace> load(const QString &path, InputError *error)
{
    *error = {};
    error->file = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        error->message = Text::tr("the file does not exist");
        return nullptr;
    }
    if (info.isDir()) {
        error->message = Text::tr("this is a folder, not a workspace file");
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error->message = Text::tr("cannot open: %1").arg(file.errorString());
        return nullptr;
    }
    const QByteArray head = file.peek(64);
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
    }
    return ws;
}

bool save(const Workspace &workspace, const QString &path, QString *error)
{
    std::unique_ptr<WorkspaceFormat> format = Formats::forFileName(path);
    if (!format) {
        *error = Text::tr("%1: choose a name ending in .archboard or .archboard.yaml").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (!format->write(workspace, file)) {
        file.cancelWriting();
        *error = path + QStringLiteral(": ") + format->errorString();
        return false;
    }
    if (!file.commit()) {
        *error = Text::tr("%1: cannot save: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ArchBoard::WorkspaceFile
