// Cargo.toml (packages, workspaces, targets) and Cargo.lock.
#include "tomlsupport.h"

#include <QHash>
#include <QSet>

namespace ArchBoard::ManifestParsing {

namespace {

/// Reads one Cargo dependency ("1.0" or a table with version/path/git/
/// workspace/package/optional) into \a dep, whose scope and line are set.
bool readCargoDependency(const QString &key, const toml::node &node, const toml::table *workspaceDeps,
                         ManifestDependency *dep, Sink &out)
{
    dep->ecosystem = Ecosystem::Cargo;
    dep->name = key;
    if (const auto *s = node.as_string()) {
        dep->requested = qs(s->get());
        return true;
    }
    const toml::table *table = node.as_table();
    const int line = dep->line;
    if (!table) {
        out.error(line, Text::tr("dependency %1: expected a version string or a table").arg(quoted(key)));
        return false;
    }
    bool ok = true;
    auto field = [&](const char *name) {
        const toml::node *value = table->get(name);
        if (!value)
            return QString();
        if (const auto *s = value->as_string())
            return qs(s->get());
        out.error(line, Text::tr("dependency %1: “%2” is not a string").arg(quoted(key), QLatin1String(name)));
        ok = false;
        return QString();
    };
    const QString version = field("version");
    const QString path = field("path");
    const QString git = field("git");
    const QString package = field("package");
    const QString tag = field("tag");
    const QString branch = field("branch");
    const QString rev = field("rev");
    if (!ok)
        return false;
    if (const toml::node *optional = table->get("optional")) {
        if (!optional->is_boolean()) {
            out.error(line, Text::tr("dependency %1: “optional” is not true or false").arg(quoted(key)));
            return false;
        }
        if (optional->as_boolean()->get() && dep->scope == DependencyScope::Production)
            dep->scope = DependencyScope::Optional;
    }
    if (!package.isEmpty()) {
        dep->name = package; // renamed: the crate's own name counts, the key is a local alias
        dep->note = Text::tr("imported as %1").arg(key);
    }
    if (const toml::node *workspace = table->get("workspace")) {
        if (!workspace->is_boolean() || !workspace->as_boolean()->get()) {
            out.error(line, Text::tr("dependency %1: “workspace” can only be true").arg(quoted(key)));
            return false;
        }
        const toml::node *inherited = workspaceDeps ? workspaceDeps->get(key.toStdString()) : nullptr;
        if (!inherited) {
            dep->requested = QStringLiteral("workspace:");
            dep->note = joinNote(dep->note, Text::tr("inherited from the workspace root"));
            return true;
        }
        ManifestDependency base;
        base.line = lineOf(*inherited);
        if (!readCargoDependency(key, *inherited, nullptr, &base, out))
            return false;
        dep->name = base.name;
        dep->requested = base.requested;
        dep->note = joinNote(dep->note, Text::tr("from [workspace.dependencies]"));
        return true;
    }
    if (!path.isEmpty()) {
        dep->requested = QStringLiteral("file:") + path;
        if (!version.isEmpty())
            dep->note = joinNote(dep->note, Text::tr("version %1 when published").arg(version));
    } else if (!git.isEmpty()) {
        dep->requested = git;
        if (!tag.isEmpty())
            dep->note = joinNote(dep->note, Text::tr("tag %1").arg(tag));
        else if (!branch.isEmpty())
            dep->note = joinNote(dep->note, Text::tr("branch %1").arg(branch));
        else if (!rev.isEmpty())
            dep->note = joinNote(dep->note, Text::tr("rev %1").arg(rev));
    } else if (!version.isEmpty()) {
        dep->requested = version;
    } else {
        out.error(line, Text::tr("dependency %1 has no version, path, git or workspace").arg(quoted(key)));
        return false;
    }
    return true;
}

/// A [package] field that may be inherited: `version.workspace = true`.
QString cargoPackageField(const toml::table &package, std::string_view key, const toml::table *workspacePackage, Sink &out)
{
    const toml::node *node = package.get(key);
    if (!node)
        return {};
    if (node->is_string())
        return tomlString(package, key, out, QStringLiteral("[package]"));
    if (const toml::table *t = node->as_table(); t && t->get("workspace") && t->get("workspace")->value_or(false)) {
        if (workspacePackage && workspacePackage->get(key))
            return tomlString(*workspacePackage, key, out, QStringLiteral("[workspace.package]"));
        return {}; // inherited from a workspace root in another file
    }
    out.error(lineOf(*node), Text::tr("[package].%1 is not a string").arg(qs(key)));
    return {};
}

} // namespace

void parseCargoToml(const QByteArray &bytes, Sink &out)
{
    Manifest &m = out.m;
    m.runtime = QStringLiteral("rust");
    const std::optional<toml::table> parsed = parseToml(bytes, out);
    if (!parsed)
        return;
    const toml::table &root = *parsed;

    const toml::table *workspace = tableAt(&root, "workspace");
    if (root.get("workspace") && !workspace)
        out.error(lineOf(*root.get("workspace")), Text::tr("[workspace] is not a table"));
    const toml::table *workspacePackage = tableAt(workspace, "package");
    const toml::table *workspaceDeps = tableAt(workspace, "dependencies");
    if (workspace) {
        m.isWorkspaceRoot = true;
        readTomlStringArray(workspace->get("members"), QStringLiteral("[workspace].members"), out, &m.workspaceMembers);
        readTomlStringArray(workspace->get("exclude"), QStringLiteral("[workspace].exclude"), out, &m.workspaceExcludes);
        if (const toml::node *members = workspace->get("members"))
            m.workspaceLine = lineOf(*members);
    }
    const toml::table *package = tableAt(&root, "package");
    if (!package)
        package = tableAt(&root, "project"); // the pre-1.0 name
    if (!package && !workspace)
        out.error(0, Text::tr("neither [package] nor [workspace]: not a Cargo manifest"));
    if (package) {
        m.name = cargoPackageField(*package, "name", workspacePackage, out);
        m.version = cargoPackageField(*package, "version", workspacePackage, out);
        m.runtimeVersion = cargoPackageField(*package, "rust-version", workspacePackage, out);
    } else if (workspacePackage && workspacePackage->get("rust-version")) {
        // A virtual workspace: the rust-version its members inherit.
        m.runtimeVersion = tomlString(*workspacePackage, "rust-version", out, QStringLiteral("[workspace.package]"));
    }

    QSet<QString> declared;
    auto readTable = [&](const toml::table *owner, const char *tableName, DependencyScope scope, const QString &note) {
        const toml::node *node = owner->get(tableName);
        if (!node)
            return;
        const toml::table *deps = node->as_table();
        if (!deps) {
            out.error(lineOf(*node), Text::tr("[%1] is not a table").arg(QLatin1String(tableName)));
            return;
        }
        for (auto &&[key, value] : *deps) {
            ManifestDependency dep;
            dep.scope = scope;
            dep.line = lineOf(key, value);
            const QString name = qs(key.str());
            declared.insert(name);
            if (!readCargoDependency(name, value, workspaceDeps, &dep, out))
                continue;
            dep.note = joinNote(dep.note, note);
            out.add(std::move(dep));
        }
    };
    auto readTables = [&](const toml::table *owner, const QString &note) {
        readTable(owner, "dependencies", DependencyScope::Production, note);
        readTable(owner, "dev-dependencies", DependencyScope::Development, note);
        readTable(owner, "dev_dependencies", DependencyScope::Development, note);
        readTable(owner, "build-dependencies", DependencyScope::Development, note);
        readTable(owner, "build_dependencies", DependencyScope::Development, note);
    };
    readTables(&root, QString());
    if (const toml::node *targets = root.get("target")) {
        if (const toml::table *table = targets->as_table()) {
            for (auto &&[key, value] : *table) {
                if (const toml::table *target = value.as_table())
                    readTables(target, Text::tr("target %1").arg(qs(key.str())));
                else
                    out.error(lineOf(key, value), Text::tr("[target.%1] is not a table").arg(qs(key.str())));
            }
        } else {
            out.error(lineOf(*targets), Text::tr("[target] is not a table"));
        }
    }
    // The workspace's shared versions (like Maven's dependencyManagement),
    // unless the root package already listed the crate itself.
    if (workspaceDeps) {
        for (auto &&[key, value] : *workspaceDeps) {
            const QString name = qs(key.str());
            if (declared.contains(name))
                continue;
            ManifestDependency dep;
            dep.line = lineOf(key, value);
            if (!readCargoDependency(name, value, nullptr, &dep, out))
                continue;
            dep.scope = DependencyScope::Production;
            dep.note = joinNote(dep.note, Text::tr("[workspace.dependencies]"));
            out.add(std::move(dep));
        }
    }
}

void parseCargoLock(const QByteArray &bytes, Sink &out)
{
    out.m.runtime = QStringLiteral("rust");
    const std::optional<toml::table> parsed = parseToml(bytes, out);
    if (!parsed)
        return;
    const toml::table &root = *parsed;

    // Lock format 1 kept checksums apart: "checksum name version (source)" = "…".
    QHash<QString, QString> oldChecksums;
    if (const toml::table *metadata = tableAt(&root, "metadata")) {
        for (auto &&[key, value] : *metadata) {
            const QString k = qs(key.str());
            if (k.startsWith(QLatin1String("checksum ")) && value.is_string())
                oldChecksums.insert(k.mid(9), qs(value.as_string()->get()));
        }
    }
    const toml::node *packages = root.get("package");
    if (!packages)
        return;
    const toml::array *array = packages->as_array();
    if (!array) {
        out.error(lineOf(*packages), Text::tr("“package” is not an array of [[package]] tables"));
        return;
    }
    for (const toml::node &node : *array) {
        const int line = lineOf(node);
        const toml::table *table = node.as_table();
        if (!table) {
            out.error(line, Text::tr("a [[package]] entry is not a table"));
            continue;
        }
        const QString where = QStringLiteral("[[package]]");
        const QString name = tomlString(*table, "name", out, where);
        const QString version = tomlString(*table, "version", out, where);
        const QString source = tomlString(*table, "source", out, where);
        if (name.isEmpty() || version.isEmpty()) {
            out.error(line, Text::tr("a [[package]] without name or version"));
            continue;
        }
        if (source.isEmpty())
            continue; // one of the workspace's own crates
        ManifestDependency dep;
        dep.ecosystem = Ecosystem::Cargo;
        dep.name = name;
        dep.resolved = version;
        dep.line = line;
        dep.checksum = tomlString(*table, "checksum", out, where);
        if (dep.checksum.isEmpty())
            dep.checksum = oldChecksums.value(name + QLatin1Char(' ') + version + QStringLiteral(" (") + source + QLatin1Char(')'));
        if (!source.startsWith(QLatin1String("registry+https://github.com/rust-lang/crates.io-index"))
            && !source.startsWith(QLatin1String("sparse+https://index.crates.io/")))
            dep.note = source;
        out.add(std::move(dep));
    }
}

} // namespace ArchBoard::ManifestParsing
