// pnpm's own files: pnpm-workspace.yaml (members, catalogs) and pnpm-lock.yaml
// (lockfileVersion 5.4, 6.x and 9.x: the importers' resolved versions).
#include "manifestparsing.h"

#include "yamlguard.h"

#include <yaml-cpp/yaml.h>

#include <string>

namespace ArchBoard::ManifestParsing {

namespace {

int yamlLine(const YAML::Mark &mark)
{
    return mark.is_null() ? 0 : mark.line + 1;
}

int yamlLine(const YAML::Node &node)
{
    return yamlLine(node.Mark());
}

/// Loads \a bytes after the guard's checks; false after reporting why not.
bool loadYaml(const QByteArray &bytes, qsizetype maxBytes, Sink &out, YAML::Node *root)
{
    YamlLimits limits;
    limits.maxBytes = maxBytes;
    InputError guard;
    if (!checkYamlInput(bytes, limits, &guard)) {
        const QString file = Manifests::kindName(out.m.kind);
        QString message = guard.message;
        message.replace(QLatin1String("a workspace file"), file);
        message.replace(QLatin1String("a YAML workspace"), file);
        out.error(guard.line, guard.column > 0 ? Text::tr("%1 (column %2)").arg(message).arg(guard.column) : message);
        return false;
    }
    try {
        *root = YAML::Load(std::string(bytes.constData(), size_t(bytes.size())));
    } catch (const YAML::Exception &e) {
        out.error(yamlLine(e.mark), Text::tr("YAML syntax: %1").arg(QString::fromStdString(e.msg)));
        return false;
    }
    return true;
}

QString scalar(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

/// A missing key gives an invalid node, whose type queries throw: ask IsDefined() first.
bool isScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}

bool isMap(const YAML::Node &node)
{
    return node.IsDefined() && node.IsMap();
}

/// One catalog (name → range) as dependencies of group \a catalog.
void readCatalog(const YAML::Node &node, const QString &catalog, const QString &where, Sink &out)
{
    if (!node.IsDefined() || node.IsNull())
        return;
    if (!node.IsMap()) {
        out.error(yamlLine(node), Text::tr("%1 is not a mapping of package names and versions").arg(where));
        return;
    }
    for (const auto &entry : node) {
        const int line = yamlLine(entry.first);
        if (!entry.first.IsScalar() || !entry.second.IsScalar()) {
            out.error(line, Text::tr("%1: an entry is not “name: version”").arg(where));
            continue;
        }
        ManifestDependency dep;
        dep.ecosystem = Ecosystem::Npm;
        dep.name = scalar(entry.first);
        dep.requested = scalar(entry.second);
        dep.group = catalog;
        dep.line = line;
        dep.note = catalog == QLatin1String("default") ? Text::tr("catalog") : Text::tr("catalog %1").arg(catalog);
        out.add(std::move(dep));
    }
}

} // namespace

void parsePnpmWorkspace(const QByteArray &bytes, Sink &out)
{
    Manifest &m = out.m;
    m.runtime = QStringLiteral("nodejs");
    YAML::Node root;
    if (!loadYaml(bytes, kMaxManifestBytes, out, &root))
        return; // unreadable: no workspace rule (the scan says why)
    try {
        if (root.IsNull()) {
            m.isWorkspaceRoot = true; // pnpm 10: an empty file is a workspace of the root alone
            return;
        }
        if (!root.IsMap()) {
            out.error(yamlLine(root), Text::tr("expected a mapping with “packages”"));
            return;
        }
        m.isWorkspaceRoot = true; // without "packages", pnpm 10 reads the root alone
        const YAML::Node packages = root["packages"];
        if (packages.IsDefined() && !packages.IsNull()) {
            m.workspaceLine = yamlLine(packages);
            if (!packages.IsSequence()) {
                out.error(yamlLine(packages), Text::tr("“packages” is not a list of folder globs"));
            } else {
                for (const YAML::Node &item : packages) {
                    if (!item.IsScalar()) {
                        out.error(yamlLine(item), Text::tr("an entry of “packages” is not a text value"));
                        continue;
                    }
                    QString glob;
                    out.set(&glob, scalar(item).trimmed(), yamlLine(item), Text::tr("an entry of “packages”"));
                    if (!glob.isEmpty())
                        m.workspaceMembers.append(glob);
                }
            }
        }
        readCatalog(root["catalog"], QStringLiteral("default"), QStringLiteral("“catalog”"), out);
        const YAML::Node catalogs = root["catalogs"];
        if (catalogs.IsDefined() && !catalogs.IsNull()) {
            if (!catalogs.IsMap()) {
                out.error(yamlLine(catalogs), Text::tr("“catalogs” is not a mapping of catalog names"));
            } else {
                for (const auto &entry : catalogs) {
                    if (!entry.first.IsScalar()) {
                        out.error(yamlLine(entry.first), Text::tr("a catalog name is not a text value"));
                        continue;
                    }
                    const QString name = scalar(entry.first);
                    if (!out.fits(name, yamlLine(entry.first), Text::tr("a catalog name")))
                        continue;
                    readCatalog(entry.second, name, Text::tr("catalog %1").arg(quoted(name)), out);
                }
            }
        }
    } catch (const YAML::Exception &e) {
        out.error(yamlLine(e.mark), Text::tr("YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    out.sortByLine();
}

namespace {

/// What an importer's "version" says: the exact version without pnpm's peer
/// suffix ("18.2.0(react@18.2.0)", 5.x "18.2.0_react@18.2.0"), the aliased
/// package's version ("/is-odd@3.0.1", 5.x "/is-odd/3.0.1", 9.x "is-odd@3.0.1"),
/// or nothing for links, files, git and tarballs (\a note says which).
QString lockedVersion(QString text, bool v5, QString *note)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1String("link:"))) {
        *note = Text::tr("workspace link to %1").arg(text.mid(5));
        return {};
    }
    if (text.startsWith(QLatin1String("file:")) || text.contains(QLatin1String("://")) || text.startsWith(QLatin1String("github.com/"))
        || text.startsWith(QLatin1String("git"))) {
        *note = Text::tr("not from the registry: %1").arg(text);
        return {};
    }
    if (const qsizetype paren = text.indexOf(u'('); paren >= 0)
        text.truncate(paren);
    if (v5 && text.startsWith(u'/')) {
        // "/is-odd/3.0.1_peer@1.0.0", "/@scope/x/1.0.0"
        text = text.mid(text.lastIndexOf(u'/') + 1);
        *note = Text::tr("alias");
    } else if (const qsizetype at = text.lastIndexOf(u'@'); at > 0) {
        text = text.mid(at + 1);
        *note = Text::tr("alias");
    }
    if (v5) {
        if (const qsizetype underscore = text.indexOf(u'_'); underscore >= 0)
            text.truncate(underscore);
    }
    return text;
}

/// One importer ("." or a member folder) of pnpm-lock.yaml.
void readImporter(const YAML::Node &importer, const QString &folder, bool v5, Sink &out)
{
    if (!importer.IsMap()) {
        out.error(yamlLine(importer), Text::tr("importer %1 is not a mapping").arg(quoted(folder)));
        return;
    }
    const YAML::Node specifiers = importer["specifiers"]; // 5.x keeps the requests apart
    static constexpr struct
    {
        const char *key;
        DependencyScope scope;
    } sections[] = {
        {"dependencies", DependencyScope::Production},
        {"devDependencies", DependencyScope::Development},
        {"optionalDependencies", DependencyScope::Optional},
    };
    for (const auto &section : sections) {
        const YAML::Node deps = importer[section.key];
        if (!deps.IsDefined() || deps.IsNull())
            continue;
        if (!deps.IsMap()) {
            out.error(yamlLine(deps), Text::tr("“%1” of importer %2 is not a mapping").arg(QLatin1String(section.key), quoted(folder)));
            continue;
        }
        for (const auto &entry : deps) {
            const int line = yamlLine(entry.first);
            if (!entry.first.IsScalar()) {
                out.error(line, Text::tr("a dependency name is not a text value"));
                continue;
            }
            ManifestDependency dep;
            dep.ecosystem = Ecosystem::Npm;
            dep.name = scalar(entry.first);
            dep.scope = section.scope;
            dep.group = folder;
            dep.line = line;
            QString version;
            if (entry.second.IsScalar()) {
                version = scalar(entry.second); // 5.x: "name: version"
                if (isMap(specifiers) && isScalar(specifiers[entry.first.Scalar()]))
                    dep.requested = scalar(specifiers[entry.first.Scalar()]);
            } else if (entry.second.IsMap() && isScalar(entry.second["version"])) {
                version = scalar(entry.second["version"]);
                if (isScalar(entry.second["specifier"]))
                    dep.requested = scalar(entry.second["specifier"]);
            } else {
                out.error(line, Text::tr("dependency %1 of importer %2 has no version").arg(quoted(dep.name), quoted(folder)));
                continue;
            }
            dep.resolved = lockedVersion(version, v5, &dep.note);
            out.add(std::move(dep));
        }
    }
}

} // namespace

void parsePnpmLock(const QByteArray &bytes, Sink &out)
{
    Manifest &m = out.m;
    m.runtime = QStringLiteral("nodejs");
    YAML::Node root;
    if (!loadYaml(bytes, kMaxLockBytes, out, &root))
        return;
    try {
        if (!root.IsMap()) {
            out.error(yamlLine(root), Text::tr("expected a mapping with “lockfileVersion”"));
            return;
        }
        const YAML::Node version = root["lockfileVersion"];
        if (!isScalar(version)) {
            out.error(1, Text::tr("no “lockfileVersion”; this is not a pnpm-lock.yaml written by pnpm"));
            return;
        }
        const QString text = scalar(version).trimmed();
        const int major = text.section(u'.', 0, 0).toInt();
        if (major != 5 && major != 6 && major != 9) {
            out.error(yamlLine(version), Text::tr("lockfileVersion %1 is not supported (pnpm 7 writes 5.4, pnpm 8 6.0, pnpm 9 and 10 9.0)").arg(quoted(text)));
            return;
        }
        const bool v5 = major == 5;
        const YAML::Node importers = root["importers"];
        if (importers.IsDefined() && !importers.IsNull()) {
            if (!importers.IsMap()) {
                out.error(yamlLine(importers), Text::tr("“importers” is not a mapping of folders"));
                return;
            }
            for (const auto &entry : importers) {
                if (!entry.first.IsScalar()) {
                    out.error(yamlLine(entry.first), Text::tr("an importer folder is not a text value"));
                    continue;
                }
                const QString folder = scalar(entry.first);
                if (out.fits(folder, yamlLine(entry.first), Text::tr("an importer folder")))
                    readImporter(entry.second, folder, v5, out);
            }
        } else {
            readImporter(root, QStringLiteral("."), v5, out); // a single project: its dependencies at the top
        }
    } catch (const YAML::Exception &e) {
        out.error(yamlLine(e.mark), Text::tr("YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    out.sortByLine();
}

} // namespace ArchBoard::ManifestParsing
