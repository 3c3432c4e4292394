#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ArchBoard::Testing {

/// What a generated monorepo holds, so tests can check a scan against it.
struct MonorepoTruth
{
    int packages = 0;           ///< npm workspace packages (plus the root package.json)
    int manifests = 0;          ///< manifest files written (package.json, go.mod, Cargo.toml, …)
    int services = 0;           ///< folders with a manifest
    /// npm dependency name → the distinct version texts the packages request
    /// (for every dependency used by two or more packages).
    QHash<QString, QSet<QString>> npmVersions;
    /// npm dependencies requested in two or more different versions.
    QSet<QString> npmMismatched;
    QStringList malformed;      ///< relative paths of the broken manifests written
    int leftOut = 0;            ///< manifests written outside their workspace (polyglot)
};

struct MonorepoSpec
{
    int packages = 200;
    int sharedDependencies = 60; ///< pool of shared npm dependencies
    int dependenciesPerPackage = 12;
    bool polyglot = true;        ///< also a Go, a Cargo, a Maven and a Python service
    bool malformed = true;       ///< one broken package.json and one broken go.mod
    /// With more than 0: that many more services spread over Cargo, Go, Maven
    /// and Python (a fifth of them also with a dependencies.lock), each
    /// ecosystem under its workspace definition (Cargo [workspace], go.work,
    /// Maven <modules>), plus non-member fixtures that must be left out.
    int polyglotServices = 0;
    quint32 seed = 7;
};

/// Writes a deterministic npm workspace monorepo (root package.json with
/// `workspaces: ["packages/*"]`, packages/pkg-N/package.json with exact pins
/// from a pool of shared dependencies, some pinned at drifting versions),
/// plus node_modules and dist folders that must be skipped, and optionally a
/// few services of other ecosystems and broken manifests. Returns the truth.
MonorepoTruth writeMonorepo(const QString &dir, const MonorepoSpec &spec);

} // namespace ArchBoard::Testing
