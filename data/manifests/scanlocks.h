// The lock files of one scan (package-lock.json, pnpm-lock.yaml, yarn.lock,
// Cargo.lock) and pnpm catalogs, and the resolved versions they give the
// services. Private to the scanner.
#pragma once

#include "scanchecks.h"
#include "scanner.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <map>

namespace ArchBoard::ScanLocks {

/// package-lock.json's "packages" keys: hoisted copies and copies nested under a member.
struct NpmLock
{
    QHash<QString, QString> hoisted;                 // name → version
    QHash<QString, QHash<QString, QString>> nested;  // member folder (relative to the lock) → name → version
};

/// The lock files and pnpm catalogs found, by the folder they are in.
struct LockFiles
{
    std::map<QString, NpmLock> npm;                                     // folder of the lock → lock
    std::map<QString, QHash<QString, QHash<QString, QString>>> pnpm;    // folder → importer → name → version
    std::map<QString, QHash<QString, QString>> yarn;                    // folder → "name@range" → version
    ScanChecks::Catalogs catalogs;                                      // pnpm-workspace.yaml folder → catalog → name → range
    std::map<QString, QHash<QString, QStringList>> cargo;               // folder → name → versions
};

/// The folder that holds \a folder: "." for a top-level folder, empty for the root ".".
QString parentFolder(const QString &folder);

/// Keeps what a lock file or pnpm-workspace.yaml says; false for any other manifest.
bool readLockFile(ManifestKind kind, const QString &folder, const Manifest &manifest, const QByteArray &lockBytes, LockFiles &locks);

/// The closest npm, pnpm or yarn lock at or above the folder fills the npm
/// dependencies' resolved versions and marks nested copies.
void resolveFromNodeLock(const QString &folder, std::span<Dependency> dependencies, const LockFiles &locks);

/// The closest Cargo.lock at or above the folder fills the Cargo dependencies
/// it locks to exactly one version.
void resolveFromCargoLock(const QString &folder, std::span<Dependency> dependencies, const LockFiles &locks);

} // namespace ArchBoard::ScanLocks
