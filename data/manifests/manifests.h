#pragma once

#include "enums.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace ArchBoard {

/// The manifest and lock-file formats the scanner reads.
enum class ManifestKind {
    PackageJson,     ///< package.json
    PackageLock,     ///< package-lock.json (lockfileVersion 2 or 3)
    GoMod,           ///< go.mod
    CargoToml,       ///< Cargo.toml
    CargoLock,       ///< Cargo.lock
    PomXml,          ///< pom.xml
    RequirementsTxt, ///< requirements.txt (also requirements-*.txt, requirements/*.txt)
    PyProject,       ///< pyproject.toml (PEP 621 [project] and [tool.poetry])
    DependenciesLock, ///< the seed's cross-language dependencies.lock (§4.3)
    PnpmWorkspace,   ///< pnpm-workspace.yaml (packages globs, catalog, catalogs)
    GoWork,          ///< go.work (use directives)
    PnpmLock,        ///< pnpm-lock.yaml (lockfileVersion 5.4, 6.x, 9.x)
    YarnLock         ///< yarn.lock (yarn 1's own format and berry's YAML)
};

/// One dependency as a manifest declares it.
struct ManifestDependency
{
    Ecosystem ecosystem = Ecosystem::Other;
    QString name;      ///< as the ecosystem names it: "lodash", "@scope/x", "golang.org/x/net", "org.springframework.boot:spring-boot-starter-web", "requests" (PEP 503-normalised)
    QString requested; ///< the version text as written after substitution (range, pin, "workspace:*", git URL, …); empty when none
    QString resolved;  ///< the exact version from a lock file, when this entry comes from one
    DependencyScope scope = DependencyScope::Production;
    QString checksum;  ///< integrity / checksum, when the file has one
    int line = 0;      ///< 1-based line of the entry in the file (0 when unknown)
    QString note;      ///< how the entry was read, when it matters: "indirect", "managed in <dependencyManagement>", "replaced by ./x", "marker: python_version < \"3.8\"", …; empty otherwise
    QString group;     ///< pnpm-lock.yaml: the importer (member folder relative to the lock, "." the root); pnpm-workspace.yaml: the catalog ("default" for `catalog:`); empty otherwise
};

/// A problem in a manifest: the file, the line (1-based, 0 when unknown) and what is wrong.
struct ManifestError
{
    QString file;
    int line = 0;
    QString message;
};

/// What one manifest file says. A malformed file gives errors and no
/// dependencies (never guessed ones); a file with some bad entries gives the
/// good entries and one error per bad entry.
struct Manifest
{
    QString path;                 ///< as given to parse()
    ManifestKind kind = ManifestKind::PackageJson;
    QString name;                 ///< package / module / artifact name when the file declares one
    QString version;              ///< its own version when declared
    QString runtime;              ///< "nodejs", "go", "rust", "java", "python" — from the format, or dependencies.lock's runtime
    QString runtimeVersion;       ///< "18.17.0" (engines.node, go directive, rust-version, maven.compiler.release/java.version, requires-python)
    bool isWorkspaceRoot = false; ///< package.json "workspaces", pnpm-workspace.yaml, Cargo [workspace], go.work, Maven <modules>
    QStringList workspaceMembers; ///< member globs (with "!" negations) / module paths / go.work use paths as written
    QStringList workspaceExcludes; ///< Cargo [workspace] exclude
    int workspaceLine = 0;        ///< line of the member list (0 when unknown)
    std::vector<ManifestDependency> dependencies;
    std::vector<ManifestError> errors;
};

namespace Manifests {

/// The kind of manifest \a fileName is (by its name only), or false.
bool kindOf(const QString &fileName, ManifestKind *kind);

/// Parses \a bytes as a manifest of \a kind read from \a path (used in
/// errors). For pom.xml, \a parentPom holds the bytes of the parent POM
/// (`<parent><relativePath>` or ../pom.xml) when the scanner found one, so
/// `${property}` placeholders defined there resolve; unresolved placeholders
/// are reported, not guessed. Never throws; thread-safe (no shared state).
Manifest parse(ManifestKind kind, const QString &path, const QByteArray &bytes, const QByteArray &parentPom = {});
/// As above with the POMs above a module, nearest first (its parent, the
/// parent's parent…): each is used while the one below declares a <parent>,
/// so `${revision}` defined at the root resolves in a module two folders down.
Manifest parse(ManifestKind kind, const QString &path, const QByteArray &bytes, const QList<QByteArray> &ancestorPoms);

/// "package.json", "go.mod", … for messages.
QString kindName(ManifestKind kind);

/// PEP 503 normalised Python project name ("Foo_Bar.baz" → "foo-bar-baz").
QString normalisePythonName(const QString &name);

} // namespace Manifests

} // namespace ArchBoard
