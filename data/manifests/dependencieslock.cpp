// The seed article's cross-language dependencies.lock (§4.3), a YAML file.
#include "manifestparsing.h"

#include "yamlguard.h"

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace ArchBoard::ManifestParsing {

namespace {

/// "npm", "maven", … and the runtime names the seed's format uses.
std::optional<Ecosystem> ecosystemFromName(const QString &text)
{
    const QString key = text.trimmed().toLower();
    const int index = Enums::ecosystem.indexOf(key);
    if (index >= 0)
        return Ecosystem(index);
    if (key == QLatin1String("nodejs") || key == QLatin1String("node"))
        return Ecosystem::Npm;
    if (key == QLatin1String("java"))
        return Ecosystem::Maven;
    if (key == QLatin1String("python") || key == QLatin1String("pip"))
        return Ecosystem::PyPI;
    if (key == QLatin1String("golang"))
        return Ecosystem::Go;
    if (key == QLatin1String("rust") || key == QLatin1String("crates"))
        return Ecosystem::Cargo;
    return std::nullopt;
}

int yamlLine(const YAML::Mark &mark)
{
    return mark.is_null() ? 0 : mark.line + 1;
}

int yamlLine(const YAML::Node &node)
{
    return yamlLine(node.Mark());
}

} // namespace

void parseDependenciesLock(const QByteArray &bytes, Sink &out)
{
    Manifest &m = out.m;
    YamlLimits limits;
    limits.maxBytes = kMaxLockBytes;
    InputError guard;
    if (!checkYamlInput(bytes, limits, &guard)) {
        QString message = guard.message;
        message.replace(QLatin1String("a workspace file"), QLatin1String("dependencies.lock"));
        message.replace(QLatin1String("a YAML workspace"), QLatin1String("dependencies.lock"));
        out.error(guard.line, guard.column > 0 ? Text::tr("%1 (column %2)").arg(message).arg(guard.column) : message);
        return;
    }
    YAML::Node loaded;
    try {
        loaded = YAML::Load(std::string(bytes.constData(), size_t(bytes.size())));
    } catch (const YAML::Exception &e) {
        out.error(yamlLine(e.mark), Text::tr("YAML syntax: %1").arg(QString::fromStdString(e.msg)));
        return;
    }
    const YAML::Node &root = loaded;
    try {
        if (!root.IsMap()) {
            out.error(yamlLine(root), Text::tr("expected a mapping with “runtime” and “dependencies”"));
            return;
        }
        const YAML::Node runtime = root["runtime"];
        Ecosystem derived = Ecosystem::Other;
        if (!runtime.IsDefined() || runtime.IsNull()) {
            out.error(1, Text::tr("no “runtime” (e.g. “runtime: nodejs-18.17.0”)"));
        } else if (!runtime.IsScalar()) {
            out.error(yamlLine(runtime), Text::tr("“runtime” is not a text value like “nodejs-18.17.0”"));
        } else {
            // "nodejs-18.17.0" → nodejs + 18.17.0: the version starts at the first "-" before a digit.
            const QString text = QString::fromStdString(runtime.Scalar()).trimmed();
            qsizetype split = -1;
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text[i] == QLatin1Char('-') && text[i + 1].isDigit()) {
                    split = i;
                    break;
                }
            }
            QString name = (split < 0 ? text : text.left(split)).toLower();
            if (name == QLatin1String("node"))
                name = QStringLiteral("nodejs");
            else if (name == QLatin1String("golang"))
                name = QStringLiteral("go");
            out.set(&m.runtime, name, yamlLine(runtime), Text::tr("the runtime"));
            if (split >= 0)
                out.set(&m.runtimeVersion, text.mid(split + 1), yamlLine(runtime), Text::tr("the runtime version"));
            if (name == QLatin1String("nodejs"))
                derived = Ecosystem::Npm;
            else if (name == QLatin1String("java"))
                derived = Ecosystem::Maven;
            else if (name == QLatin1String("python"))
                derived = Ecosystem::PyPI;
            else if (name == QLatin1String("go"))
                derived = Ecosystem::Go;
            else if (name == QLatin1String("rust"))
                derived = Ecosystem::Cargo;
        }
        const YAML::Node deps = root["dependencies"];
        if (!deps.IsDefined() || deps.IsNull())
            return;
        if (!deps.IsSequence()) {
            out.error(yamlLine(deps), Text::tr("“dependencies” is not a list"));
            return;
        }
        for (const YAML::Node &item : deps) {
            const int line = yamlLine(item);
            if (!item.IsMap()) {
                out.error(line, Text::tr("a dependency is not a mapping of name, version and checksum"));
                continue;
            }
            auto text = [&](const char *key, bool required) -> std::optional<QString> {
                const YAML::Node value = item[key];
                if (!value.IsDefined() || value.IsNull()) {
                    if (required) {
                        out.error(line, Text::tr("a dependency without “%1”").arg(QLatin1String(key)));
                        return std::nullopt;
                    }
                    return QString();
                }
                if (!value.IsScalar()) {
                    out.error(yamlLine(value), Text::tr("“%1” is not a text value").arg(QLatin1String(key)));
                    return std::nullopt;
                }
                return QString::fromStdString(value.Scalar()).trimmed();
            };
            const std::optional<QString> name = text("name", true);
            const std::optional<QString> version = name ? text("version", true) : std::nullopt;
            const std::optional<QString> checksum = version ? text("checksum", false) : std::nullopt;
            const std::optional<QString> ecosystem = checksum ? text("ecosystem", false) : std::nullopt;
            if (!ecosystem)
                continue;
            ManifestDependency dep;
            dep.ecosystem = derived;
            if (!ecosystem->isEmpty()) {
                const std::optional<Ecosystem> e = ecosystemFromName(*ecosystem);
                if (!e) {
                    out.error(line, Text::tr("dependency %1: unknown ecosystem %2 (npm, maven, pypi, go, cargo or other)")
                                        .arg(quoted(*name), quoted(*ecosystem)));
                    continue;
                }
                dep.ecosystem = *e;
            }
            dep.name = dep.ecosystem == Ecosystem::PyPI ? Manifests::normalisePythonName(*name) : *name;
            dep.requested = *version;
            dep.resolved = *version;
            dep.checksum = *checksum;
            dep.line = line;
            out.add(std::move(dep));
        }
    } catch (const YAML::Exception &e) {
        out.error(yamlLine(e.mark), Text::tr("YAML: %1").arg(QString::fromStdString(e.msg)));
    }
}

} // namespace ArchBoard::ManifestParsing
