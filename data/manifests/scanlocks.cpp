#include "scanlocks.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ArchBoard::ScanLocks {

namespace {

NpmLock readNpmLock(const QByteArray &bytes)
{
    NpmLock lock;
    const QJsonObject packages = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("packages")).toObject();
    const QString nm = QStringLiteral("node_modules/");
    for (auto it = packages.constBegin(); it != packages.constEnd(); ++it) {
        const QString key = it.key();
        const QString version = it.value().toObject().value(QStringLiteral("version")).toString();
        if (version.isEmpty())
            continue;
        if (key.startsWith(nm)) {
            const QString name = key.mid(nm.size());
            if (!name.contains(QStringLiteral("/node_modules/")))
                lock.hoisted.insert(name, version);
            continue;
        }
        const qsizetype at = key.indexOf(QStringLiteral("/node_modules/"));
        if (at <= 0)
            continue;
        const QString member = key.left(at);
        const QString name = key.mid(at + 14);
        if (!member.contains(QStringLiteral("node_modules")) && !name.contains(QStringLiteral("/node_modules/")))
            lock.nested[member].insert(name, version);
    }
    return lock;
}

QString relativeFolder(const QString &folder, const QString &base)
{
    if (base == u".")
        return folder;
    return folder.mid(base.size() + 1);
}

} // namespace

QString parentFolder(const QString &folder)
{
    if (folder == u".")
        return {};
    const qsizetype slash = folder.lastIndexOf(u'/');
    return slash < 0 ? QStringLiteral(".") : folder.left(slash);
}

bool readLockFile(ManifestKind kind, const QString &folder, const Manifest &manifest, const QByteArray &lockBytes, LockFiles &locks)
{
    if (kind == ManifestKind::PackageLock) {
        if (manifest.errors.empty())
            locks.npm[folder] = readNpmLock(lockBytes);
        return true;
    }
    if (kind == ManifestKind::PnpmLock) {
        if (manifest.errors.empty()) {
            QHash<QString, QHash<QString, QString>> &importers = locks.pnpm[folder];
            for (const ManifestDependency &d : manifest.dependencies) {
                if (!d.resolved.isEmpty())
                    importers[d.group].insert(d.name, d.resolved);
            }
        }
        return true;
    }
    if (kind == ManifestKind::YarnLock) {
        if (manifest.errors.empty()) {
            QHash<QString, QString> &descriptors = locks.yarn[folder];
            for (const ManifestDependency &d : manifest.dependencies)
                descriptors.insert(d.name + u'@' + d.requested, d.resolved);
        }
        return true;
    }
    if (kind == ManifestKind::CargoLock) {
        QHash<QString, QStringList> &versions = locks.cargo[folder];
        for (const ManifestDependency &d : manifest.dependencies) {
            if (!versions[d.name].contains(d.resolved))
                versions[d.name] << d.resolved;
        }
        return true;
    }
    if (kind == ManifestKind::PnpmWorkspace) {
        for (const ManifestDependency &d : manifest.dependencies)
            locks.catalogs[folder][d.group].insert(d.name, d.requested);
        return true;
    }
    return false;
}

void resolveFromNodeLock(const QString &folder, std::span<Dependency> dependencies, const LockFiles &locks)
{
    for (QString at = folder; !at.isEmpty(); at = parentFolder(at)) {
        const QString member = relativeFolder(folder, at);
        if (const auto npm = locks.npm.find(at); npm != locks.npm.end()) {
            const QHash<QString, QString> nested = folder == at ? QHash<QString, QString>() : npm->second.nested.value(member);
            for (Dependency &d : dependencies) {
                if (d.ecosystem != Ecosystem::Npm || !d.resolved.isEmpty())
                    continue;
                if (const auto n = nested.constFind(d.name); n != nested.cend()) {
                    d.resolved = n.value();
                    d.bundled = true; // its own copy, not the shared hoisted one
                } else if (const auto h = npm->second.hoisted.constFind(d.name); h != npm->second.hoisted.cend()) {
                    d.resolved = h.value();
                }
            }
            return;
        }
        if (const auto pnpm = locks.pnpm.find(at); pnpm != locks.pnpm.end()) {
            // pnpm locks per importer: exactly this member's versions.
            const QHash<QString, QString> versions = pnpm->second.value(folder == at ? QStringLiteral(".") : member);
            for (Dependency &d : dependencies) {
                if (d.ecosystem == Ecosystem::Npm && d.resolved.isEmpty() && d.scope != DependencyScope::Peer)
                    d.resolved = versions.value(d.name);
            }
            return;
        }
        if (const auto yarn = locks.yarn.find(at); yarn != locks.yarn.end()) {
            // yarn locks per request: "name@range" → the version it resolved to.
            for (Dependency &d : dependencies) {
                if (d.ecosystem == Ecosystem::Npm && d.resolved.isEmpty())
                    d.resolved = yarn->second.value(d.name + u'@' + d.version.trimmed());
            }
            return;
        }
    }
}

void resolveFromCargoLock(const QString &folder, std::span<Dependency> dependencies, const LockFiles &locks)
{
    for (QString at = folder; !at.isEmpty(); at = parentFolder(at)) {
        const auto cargo = locks.cargo.find(at);
        if (cargo == locks.cargo.end())
            continue;
        for (Dependency &d : dependencies) {
            const QStringList versions = cargo->second.value(d.name);
            if (d.ecosystem == Ecosystem::Cargo && d.resolved.isEmpty() && versions.size() == 1)
                d.resolved = versions.front();
        }
        return;
    }
}

} // namespace ArchBoard::ScanLocks
