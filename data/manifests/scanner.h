#pragma once

#include "fragmentation.h"
#include "manifests.h"
#include "workspacemembership.h"
#include "workspace.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <span>
#include <vector>

namespace ArchBoard {

/// A folder with one or more manifests: one service.
struct ScannedService
{
    QString id;             ///< slug of the folder's path relative to the root ("root" for the root itself)
    QString name;           ///< the manifest's package/module name, else the folder's name
    QString path;           ///< folder relative to the root ("." for the root)
    QString language;       ///< "typescript", "javascript", "go", "rust", "java", "python" or empty
    QString runtime;
    QString runtimeVersion;
    QString version;        ///< the package's own version (package.json "version"), when declared
    QStringList manifests;  ///< file names read in this folder
    bool workspaceRoot = false;
    /// Its dependencies are ScanResult::dependencies[firstDependency, firstDependency + dependencyCount):
    /// `service` set to id; `resolved` filled from the folder's lock file.
    size_t firstDependency = 0;
    size_t dependencyCount = 0;
};

/// \a s's dependencies: its range of \a all (ScanResult::dependencies).
inline std::span<Dependency> dependenciesOf(std::vector<Dependency> &all, const ScannedService &s)
{
    return std::span<Dependency>(all).subspan(s.firstDependency, s.dependencyCount);
}

inline std::span<const Dependency> dependenciesOf(const std::vector<Dependency> &all, const ScannedService &s)
{
    return std::span<const Dependency>(all).subspan(s.firstDependency, s.dependencyCount);
}

/// Something about the requests of a shared dependency that no metric shows
/// (docs/fragmentation.md, "Ranges"): a finding, not a figure.
struct ScanFinding
{
    QString kind;        ///< "range-style", "local-version", "catalog"
    Ecosystem ecosystem = Ecosystem::Npm;
    QString dependency;  ///< the package
    QStringList folders; ///< the services' folders it concerns
    QString message;     ///< what is wrong, naming the requests and folders
};

struct ScanResult
{
    QString root;
    int manifestsScanned = 0;
    int filesVisited = 0;
    std::vector<ScannedService> services;
    /// Every service's dependencies, service after service, in one list (see
    /// ScannedService::firstDependency): one allocation, moved whole into a workspace.
    std::vector<Dependency> dependencies;
    std::vector<ManifestError> errors; ///< file paths relative to the root (left-out manifests' own errors are not listed)
    std::vector<WorkspaceRule> workspaceRules; ///< the workspace definitions found, in path order
    std::vector<LeftOutManifest> leftOut;      ///< manifests that are not workspace members, with the rule that decided
    std::vector<ScanFinding> findings;         ///< range styles, local-package and catalog problems
    bool cancelled = false;
    qint64 elapsedMs = 0;
};

struct ScanOptions
{
    QString root;
    int threads = 0;                                  ///< 0: one per core
    const std::atomic<bool> *cancel = nullptr;        ///< set to stop early (the result says cancelled)
    std::function<void(int done, int total)> progress; ///< called from the scanning thread(s), throttled
};

/**
 * The manifest scanner (docs/fragmentation.md): walks a folder — a monorepo or a
 * folder of checkouts —, skipping `.git`, `node_modules`, `vendor`,
 * `target`, `build`, `dist` and hidden folders, and without following
 * symbolic links; reads the manifests in parallel; groups them by folder into
 * services, honouring workspace definitions (WorkspaceMembership: a manifest
 * its workspace leaves out is no service, and listed in leftOut with the
 * rule). A lock file in a service's folder (package-lock.json,
 * Cargo.lock) fills the resolved versions of the declared dependencies, and
 * npm copies nested under a workspace member (`packages/a/node_modules/x`)
 * mark that member's dependency as a bundled copy. A malformed manifest is
 * reported with file and line and the scan goes on.
 */
namespace Scanner {

ScanResult scan(const ScanOptions &options);

/// Whether a folder of this name is skipped.
bool skipsFolder(const QString &name);

/**
 * Puts a scan into \a ws: services matched by id are updated in place (their
 * APIs and bounded context kept) and their dependencies replaced; new ones
 * are added; services of an earlier scan of the same root that are gone are
 * removed. Languages are set where a candidate has that id. Appends a
 * ScanRecord with the metric values so two scans can be compared; \a metrics
 * receives them (Fragmentation::analyse of the merged workspace).
 */
void merge(Workspace *ws, const ScanResult &scan, const QDateTime &when, FragmentationResult *metrics = nullptr);

/// As merge(), moving the dependencies out of \a scan instead of copying them
/// (ScanResult::dependencies is left empty; the services keep their counts):
/// for a caller that is done with them.
void mergeTaking(Workspace *ws, ScanResult &scan, const QDateTime &when, FragmentationResult *metrics = nullptr);

} // namespace Scanner

} // namespace ArchBoard
