#pragma once

#include "workspaceformat.h"

#include <memory>

namespace ArchBoard {

struct Workspace;

/**
 * Reading and writing workspace files by path. The format is chosen by
 * content (an SQLite header) and then by suffix; writing goes through
 * QSaveFile, so the old file stays intact until the new one is complete.
 */
namespace WorkspaceFile {

/// Reads \a path; on failure returns nullptr and fills \a error (with the file name).
std::unique_ptr<Workspace> load(const QString &path, InputError *error);
/// Writes \a workspace to \a path in the format its suffix names; atomic.
bool save(const Workspace &workspace, const QString &path, QString *error);
/// Whether \a path names a format we can write ("x.archboard", "x.archboard.yaml").
bool isWorkspaceFileName(const QString &path);

} // namespace WorkspaceFile

} // namespace ArchBoard
