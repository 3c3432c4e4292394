#pragma once

#include "manifests.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ArchBoard {

/// A workspace definition found by a scan: which folders below it are members.
struct WorkspaceRule
{
    QString folder;       ///< relative to the scan root ("." the root)
    QString file;         ///< "package.json", "pnpm-workspace.yaml", "Cargo.toml", "go.work", "pom.xml", "pyproject.toml"
    Ecosystem ecosystem = Ecosystem::Other;
    QString field;        ///< "workspaces", "packages", "[workspace] members", "use", "<modules>"
    QStringList patterns; ///< as written; npm/yarn/pnpm negations start with "!"
    QStringList excludes; ///< Cargo's [workspace] exclude, uv's [tool.uv.workspace] exclude
    int line = 0;         ///< of the member list in the file (0 when unknown)
    int members = 0;      ///< manifests it includes, its own folder's not counted
    int leftOut = 0;      ///< manifests it leaves out (directly or below a left-out member)
    /// "package.json workspaces [packages/*, apps/*] in ." (Cargo adds "exclude [...]").
    QString describe() const;
};

/// A manifest whose folder a workspace rule leaves out: not part of any service.
struct LeftOutManifest
{
    QString path;   ///< the manifest, relative to the root
    QString folder; ///< its folder, relative to the root
    Ecosystem ecosystem = Ecosystem::Other;
    int rule = -1;  ///< the deciding rule (index into ScanResult::workspaceRules)
    QString reason; ///< "not matched by package.json workspaces [packages/*, apps/*] in ."
};

/**
 * Workspace membership as the ecosystems' own tools decide it
 * (docs/fragmentation.md, "Workspaces"): npm and yarn `workspaces` (ordered,
 * `!` negations), pnpm-workspace.yaml `packages` (`!` excludes; the root is
 * always a member), Cargo `[workspace] members` / `exclude` (and the path
 * dependencies of members), go.work `use`, Maven `<modules>` (a module's own
 * modules too), uv's `[tool.uv.workspace] members` / `exclude` in
 * pyproject.toml (globs; requirements files are not governed). A manifest of ecosystem E below a workspace root of E that
 * its closest such root does not include is left out; other ecosystems are
 * not affected; a manifest with no workspace root of its ecosystem above it
 * counts as before.
 */
namespace WorkspaceMembership {

/// One manifest the scan read.
struct Entry
{
    QString path;   ///< relative to the root, '/'-separated
    QString folder; ///< "." for the root
    const Manifest *manifest = nullptr;
};

struct Decision
{
    std::vector<WorkspaceRule> rules;
    std::vector<LeftOutManifest> leftOut; ///< in the order of the entries
    std::vector<bool> member;             ///< per entry: false when left out
};

Decision decide(const std::vector<Entry> &entries);

/// Whether the folder \a path ('/'-separated, relative to the rule's folder;
/// "." the folder itself) matches \a glob as npm, pnpm and Cargo read it:
/// `*` and `?` within one segment, `[a-z]` classes, `{a,b}` alternatives,
/// `**` any number of segments (none too); "./" and a trailing "/" ignored.
bool globMatches(const QString &glob, const QString &path);

} // namespace WorkspaceMembership

} // namespace ArchBoard
