// package.json and package-lock.json (lockfileVersion 2 and 3).
#include "manifestparsing.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace ArchBoard::ManifestParsing {

namespace {

int lineAtOffset(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    return 1 + int(std::count(bytes.constBegin(), bytes.constBegin() + offset, '\n'));
}

/// Lines of object keys, found by scanning the text once (QJsonDocument keeps
/// no positions): keys of the top-level object, and keys of the objects that
/// are its values ("dependencies" → "react", "packages" → "node_modules/x").
struct JsonKeyLines
{
    QHash<QString, int> top;
    QHash<QString, QHash<QString, int>> nested;

    int topLine(const QString &key) const { return top.value(key, 0); }
    int nestedLine(const QString &parent, const QString &key) const
    {
        const auto it = nested.constFind(parent);
        return it == nested.constEnd() ? 0 : it->value(key, 0);
    }
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Decodes the body of a JSON string (between the quotes) that has escapes.
QString decodeJsonString(const char *s, qsizetype n)
{
    QByteArray utf8;
    QString out;
    auto flush = [&] {
        out += QString::fromUtf8(utf8);
        utf8.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] != '\\' || i + 1 >= n) {
            utf8 += s[i];
            continue;
        }
        const char e = s[++i];
        switch (e) {
        case 'b': utf8 += '\b'; break;
        case 'f': utf8 += '\f'; break;
        case 'n': utf8 += '\n'; break;
        case 'r': utf8 += '\r'; break;
        case 't': utf8 += '\t'; break;
        case 'u': {
            if (i + 4 >= n)
                return out;
            int v = 0;
            for (int k = 1; k <= 4; ++k) {
                const int h = hexValue(s[i + k]);
                if (h < 0)
                    return out;
                v = v * 16 + h;
            }
            i += 4;
            flush();
            out += QChar(char16_t(v));
            break;
        }
        default: utf8 += e; break;
        }
    }
    flush();
    return out;
}

JsonKeyLines indexJsonKeys(const QByteArray &bytes)
{
    struct Frame
    {
        bool object;
        QString key; // the key of this container in its parent (depth 2 only)
    };
    JsonKeyLines out;
    std::vector<Frame> stack;
    QString lastKey;
    bool expectKey = false;
    int line = 1;
    const char *d = bytes.constData();
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        switch (d[i]) {
        case '\n':
            ++line;
            break;
        case '"': {
            const qsizetype start = ++i;
            bool escaped = false;
            while (i < n && d[i] != '"') {
                if (d[i] == '\\') {
                    escaped = true;
                    ++i;
                }
                ++i;
            }
            const qsizetype end = std::min(i, n);
            if (expectKey && !stack.empty() && stack.back().object) {
                expectKey = false;
                if (stack.size() <= 2) {
                    const QString key = escaped ? decodeJsonString(d + start, end - start)
                                                : QString::fromUtf8(d + start, end - start);
                    if (stack.size() == 1) {
                        if (!out.top.contains(key))
                            out.top.insert(key, line);
                    } else if (stack.front().object) {
                        QHash<QString, int> &keys = out.nested[stack[1].key];
                        if (!keys.contains(key))
                            keys.insert(key, line);
                    }
                    lastKey = key;
                }
            }
            break;
        }
        case '{':
            stack.push_back({true, stack.size() == 1 ? lastKey : QString()});
            expectKey = true;
            break;
        case '[':
            stack.push_back({false, {}});
            expectKey = false;
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            break;
        case ',':
            expectKey = !stack.empty() && stack.back().object;
            break;
        default:
            break;
        }
    }
    return out;
}

bool readJsonObject(const QByteArray &bytes, Sink &out, QJsonObject *root)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.error(lineAtOffset(bytes, parseError.offset), Text::tr("JSON syntax: %1").arg(parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        out.error(1, Text::tr("expected a JSON object at the top level"));
        return false;
    }
    *root = doc.object();
    return true;
}

/// Reads a string member into \a target; a value of another type is an error.
void readJsonString(const QJsonObject &object, const QString &key, int line, Sink &out, QString *target)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isString()) {
        out.error(line, Text::tr("“%1” is not a string").arg(key));
        return;
    }
    out.set(target, value.toString(), line, Text::tr("“%1”").arg(key));
}

void readEngines(const QJsonValue &engines, int line, Sink &out)
{
    if (engines.isUndefined() || engines.isNull())
        return;
    if (!engines.isObject()) {
        out.error(line, Text::tr("“engines” is not an object"));
        return;
    }
    readJsonString(engines.toObject(), QStringLiteral("node"), line, out, &out.m.runtimeVersion);
}

void readWorkspaces(const QJsonValue &workspaces, int line, Sink &out)
{
    if (workspaces.isUndefined() || workspaces.isNull())
        return;
    QJsonArray members;
    if (workspaces.isArray()) {
        members = workspaces.toArray();
    } else if (workspaces.isObject()) {
        const QJsonValue packages = workspaces.toObject().value(QStringLiteral("packages"));
        if (packages.isArray()) {
            members = packages.toArray();
        } else if (!packages.isUndefined()) {
            out.error(line, Text::tr("“workspaces.packages” is not an array of folder globs"));
            return;
        }
    } else {
        out.error(line, Text::tr("“workspaces” is neither an array nor an object with “packages”"));
        return;
    }
    out.m.isWorkspaceRoot = true;
    out.m.workspaceLine = line;
    for (const QJsonValue &member : std::as_const(members)) {
        if (!member.isString()) {
            out.error(line, Text::tr("a workspace member is not a string"));
            continue;
        }
        QString glob;
        out.set(&glob, member.toString(), line, Text::tr("a workspace member"));
        if (!glob.isEmpty())
            out.m.workspaceMembers.append(glob);
    }
}

} // namespace

void parsePackageJson(const QByteArray &bytes, Sink &out)
{
    Manifest &m = out.m;
    m.runtime = QStringLiteral("nodejs");
    QJsonObject root;
    if (!readJsonObject(bytes, out, &root))
        return;
    const JsonKeyLines lines = indexJsonKeys(bytes);
    readJsonString(root, QStringLiteral("name"), lines.topLine(QStringLiteral("name")), out, &m.name);
    readJsonString(root, QStringLiteral("version"), lines.topLine(QStringLiteral("version")), out, &m.version);
    readEngines(root.value(QStringLiteral("engines")), lines.topLine(QStringLiteral("engines")), out);
    readWorkspaces(root.value(QStringLiteral("workspaces")), lines.topLine(QStringLiteral("workspaces")), out);

    static constexpr struct
    {
        const char *key;
        DependencyScope scope;
    } sections[] = {
        {"dependencies", DependencyScope::Production},
        {"devDependencies", DependencyScope::Development},
        {"peerDependencies", DependencyScope::Peer},
        {"optionalDependencies", DependencyScope::Optional},
    };
    for (const auto &section : sections) {
        const QString key = QLatin1String(section.key);
        const QJsonValue value = root.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isObject()) {
            out.error(lines.topLine(key), Text::tr("“%1” is not an object of package names and versions").arg(key));
            continue;
        }
        const QJsonObject deps = value.toObject();
        for (auto it = deps.constBegin(); it != deps.constEnd(); ++it) {
            const int line = lines.nestedLine(key, it.key());
            if (!it.value().isString()) {
                out.error(line, Text::tr("dependency %1 in “%2”: the version is not a string").arg(quoted(it.key()), key));
                continue;
            }
            ManifestDependency dep;
            dep.ecosystem = Ecosystem::Npm;
            dep.name = it.key();
            dep.requested = it.value().toString();
            dep.scope = section.scope;
            dep.line = line;
            out.add(std::move(dep));
        }
    }
    out.sortByLine();
}

void parsePackageLock(const QByteArray &bytes, Sink &out)
{
    Manifest &m = out.m;
    m.runtime = QStringLiteral("nodejs");
    QJsonObject root;
    if (!readJsonObject(bytes, out, &root))
        return;
    const JsonKeyLines lines = indexJsonKeys(bytes);
    const QJsonValue lockfileVersion = root.value(QStringLiteral("lockfileVersion"));
    const int versionLine = lines.topLine(QStringLiteral("lockfileVersion"));
    if (!lockfileVersion.isDouble()) {
        out.error(versionLine, Text::tr("no numeric “lockfileVersion”; this is not a package-lock.json written by npm"));
        return;
    }
    const double version = lockfileVersion.toDouble();
    if (version == 1) {
        out.error(versionLine, Text::tr("lockfileVersion 1 is not supported; run npm install with npm ≥ 7"));
        return;
    }
    if (version != 2 && version != 3) {
        out.error(versionLine, Text::tr("lockfileVersion %1 is not supported (npm 7 and later write 2 or 3)").arg(version));
        return;
    }
    const QJsonValue packagesValue = root.value(QStringLiteral("packages"));
    if (!packagesValue.isObject()) {
        out.error(lines.topLine(QStringLiteral("packages")),
                  Text::tr("no “packages” object, which lockfileVersion %1 requires").arg(version));
        return;
    }
    const QString packagesKey = QStringLiteral("packages");
    const QJsonObject packages = packagesValue.toObject();
    const QJsonObject self = packages.value(QString()).toObject();
    const int selfLine = lines.nestedLine(packagesKey, QString());
    readJsonString(root, QStringLiteral("name"), lines.topLine(QStringLiteral("name")), out, &m.name);
    readJsonString(root, QStringLiteral("version"), lines.topLine(QStringLiteral("version")), out, &m.version);
    readJsonString(self, QStringLiteral("name"), selfLine, out, &m.name);
    readJsonString(self, QStringLiteral("version"), selfLine, out, &m.version);
    readEngines(self.value(QStringLiteral("engines")), selfLine, out);
    readWorkspaces(self.value(QStringLiteral("workspaces")), selfLine, out);

    const QString nodeModules = QStringLiteral("node_modules/");
    for (auto it = packages.constBegin(); it != packages.constEnd(); ++it) {
        const QString &key = it.key();
        if (key.isEmpty())
            continue; // the project itself
        const qsizetype at = key.lastIndexOf(nodeModules);
        if (at < 0 || (at > 0 && key.at(at - 1) != QLatin1Char('/')))
            continue; // a workspace member's own folder ("packages/ui"), not an installed package
        const int line = lines.nestedLine(packagesKey, key);
        if (!it.value().isObject()) {
            out.error(line, Text::tr("package %1 is not an object").arg(quoted(key)));
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        ManifestDependency dep;
        dep.ecosystem = Ecosystem::Npm;
        dep.name = key.mid(at + nodeModules.size());
        dep.line = line;
        if (entry.value(QStringLiteral("link")).toBool()) {
            dep.requested = QStringLiteral("workspace:");
            dep.note = Text::tr("workspace link to %1").arg(entry.value(QStringLiteral("resolved")).toString());
            out.add(std::move(dep));
            continue;
        }
        const QJsonValue installed = entry.value(QStringLiteral("version"));
        if (!installed.isString()) {
            out.error(line, Text::tr("package %1 has no version").arg(quoted(key)));
            continue;
        }
        const QJsonValue realName = entry.value(QStringLiteral("name"));
        if (realName.isString() && !realName.toString().isEmpty()) {
            dep.note = Text::tr("installed as %1").arg(dep.name);
            dep.name = realName.toString(); // an npm alias: "node_modules/x" holds package "y"
        }
        dep.resolved = installed.toString();
        dep.checksum = entry.value(QStringLiteral("integrity")).toString();
        if (entry.value(QStringLiteral("dev")).toBool() || entry.value(QStringLiteral("devOptional")).toBool())
            dep.scope = DependencyScope::Development;
        else if (entry.value(QStringLiteral("peer")).toBool())
            dep.scope = DependencyScope::Peer;
        else if (entry.value(QStringLiteral("optional")).toBool())
            dep.scope = DependencyScope::Optional;
        out.add(std::move(dep));
    }
    out.sortByLine();
}

} // namespace ArchBoard::ManifestParsing
