// pnpm's own files: pnpm-workspace.yaml (members, catalogs).
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

} // namespace ArchBoard::ManifestParsing
