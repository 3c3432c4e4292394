#pragma once

#include "workspaceformat.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace ArchBoard {

struct Workspace;

/**
 * Workspaces from bytes and from git: `git:REV:path` names the file `path`
 * (relative to the current folder) as it was at revision REV, read with
 * `git show`. Used by `archboard-cli diff` and File → Compare With….
 * Git is run as a child process with a time limit; its errors come back as
 * InputError naming the revision and file.
 */
namespace WorkspaceSource {

/// Reads a workspace from \a bytes: the format by content (SQLite header,
/// YAML header), else by \a nameHint's suffix, else YAML. \a nameHint also
/// names the input in errors.
std::unique_ptr<Workspace> fromBytes(const QByteArray &bytes, const QString &nameHint, InputError *error);
/// Whether \a spec is `git:REV:path`.
bool isGitSpec(const QString &spec);
/// A file path or `git:REV:path`.
std::unique_ptr<Workspace> load(const QString &spec, InputError *error);
/// The raw bytes of `git:REV:path` or of a file, for formats that must keep the input's format.
bool readBytes(const QString &spec, QByteArray *bytes, InputError *error);

} // namespace WorkspaceSource

namespace Git {

/// One commit that touched a file.
struct Revision
{
    QString hash;
    QString date;    ///< YYYY-MM-DD, author date
    QString author;
    QString subject;
};

/// Whether \a path is a file tracked in a git work tree (and git can be run).
bool isTracked(const QString &path);
/// The commits that touched \a path, newest first (at most \a max).
QList<Revision> history(const QString &path, int max, QString *error);
/// The file \a path as it was at \a revision.
bool show(const QString &path, const QString &revision, QByteArray *bytes, QString *error);

} // namespace Git

} // namespace ArchBoard
