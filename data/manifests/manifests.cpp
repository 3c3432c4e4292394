#include "manifests.h"

#include "tomlguard.h"

#include "yamlguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QXmlStreamReader>

// toml++ is used header-only without exceptions (TOML_HEADER_ONLY=1,
// TOML_EXCEPTIONS=0 come from data/CMakeLists.txt): parse errors arrive as
// values, and nothing but std::bad_alloc can leave the library.
// Its parser asserts (debug builds) or tells the optimiser to assume (release
// builds with clang) conditions that hostile input breaks, e.g. a table header
// "[" followed by a character that cannot start a key, although the code right
// after reports exactly those inputs as errors. Untrusted files must not abort
// the application or reach undefined behaviour, so both become no-ops.
#include <toml++/impl/preprocessor.h>
#undef TOML_ASSERT
#define TOML_ASSERT(expr) static_assert(true)
#undef TOML_ASSERT_ASSUME
#define TOML_ASSERT_ASSUME(expr) static_assert(true)
#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace ArchBoard {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Manifests)
};

// Bounds for untrusted input. Hand-written manifests are small; lock files of
// large monorepos reach tens of MB.
constexpr qsizetype kMaxManifestBytes = 8ll * 1024 * 1024;
constexpr qsizetype kMaxLockBytes = 40ll * 1024 * 1024;
constexpr qsizetype kMaxFieldChars = 1024;   // a name, version, URL or checksum
constexpr int kMaxErrors = 200;              // per file; the rest are counted
constexpr int kMaxTomlNesting = 32;          // [ and { inside each other
constexpr int kMaxTomlKeyParts = 48;         // a.b.c… in one key or header
constexpr int kMaxXmlDepth = 128;
constexpr qsizetype kMaxPropertyChars = 4096; // a Maven property after substitution
constexpr int kMaxPropertyNesting = 32;

bool isLockKind(ManifestKind kind)
{
    return kind == ManifestKind::PackageLock || kind == ManifestKind::CargoLock || kind == ManifestKind::DependenciesLock;
}

/// Quoted and shortened so that a hostile value cannot flood a message.
QString quoted(QStringView text)
{
    constexpr qsizetype max = 80;
    QString shown = text.size() > max ? text.left(max).toString() + QStringLiteral("…") : text.toString();
    for (QChar &c : shown) {
        if (c.unicode() < 0x20)
            c = QChar(0xFFFD);
    }
    return QStringLiteral("“") + shown + QStringLiteral("”");
}

QString joinNote(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral("; ") + b;
}

/// Collects what one parse() finds: dependencies checked for size, errors capped.
class Sink
{
public:
    explicit Sink(Manifest &manifest)
        : m(manifest)
    {
    }

    void error(int line, const QString &message)
    {
        if (int(m.errors.size()) >= kMaxErrors) {
            ++m_suppressed;
            return;
        }
        m.errors.push_back(ManifestError{m.path, std::max(line, 0), message});
    }

    /// Whether \a value may be stored: bounded length, no control characters.
    bool fits(const QString &value, int line, const QString &what)
    {
        return fits(value, line, [&] { return what; });
    }

    /// As above; \a what is only built when the value does not fit (most never fail).
    template<class What>
    bool fits(const QString &value, int line, const What &what)
    {
        if (value.size() > kMaxFieldChars) {
            error(line, Text::tr("%1 is too long (%2 characters; at most %3)").arg(what()).arg(value.size()).arg(kMaxFieldChars));
            return false;
        }
        for (const QChar c : value) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
                error(line, Text::tr("%1 contains control characters").arg(what()));
                return false;
            }
        }
        return true;
    }

    /// Stores \a value in \a target when it fits.
    void set(QString *target, const QString &value, int line, const QString &what)
    {
        if (fits(value, line, what))
            *target = value;
    }

    void add(ManifestDependency dep)
    {
        if (dep.name.trimmed().isEmpty()) {
            error(dep.line, Text::tr("a dependency without a name"));
            return;
        }
        if (!fits(dep.name, dep.line, [] { return Text::tr("a dependency name"); }))
            return;
        if (!fits(dep.requested, dep.line, [&] { return Text::tr("the version of %1").arg(quoted(dep.name)); })
            || !fits(dep.resolved, dep.line, [&] { return Text::tr("the resolved version of %1").arg(quoted(dep.name)); })
            || !fits(dep.checksum, dep.line, [&] { return Text::tr("the checksum of %1").arg(quoted(dep.name)); })
            || !fits(dep.note, dep.line, [&] { return Text::tr("the source of %1").arg(quoted(dep.name)); }))
            return;
        m.dependencies.push_back(std::move(dep));
    }

    void finish()
    {
        if (m_suppressed > 0)
            m.errors.push_back(ManifestError{m.path, 0, Text::tr("%n more error(s) not listed", nullptr, m_suppressed)});
    }

    /// Dependencies and errors in file order (JSON objects come back sorted by key).
    void sortByLine()
    {
        std::stable_sort(m.dependencies.begin(), m.dependencies.end(),
                         [](const ManifestDependency &a, const ManifestDependency &b) { return a.line < b.line; });
        std::stable_sort(m.errors.begin(), m.errors.end(),
                         [](const ManifestError &a, const ManifestError &b) { return a.line < b.line; });
    }

    Manifest &m;

private:
    int m_suppressed = 0;
};

int lineAtOffset(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    return 1 + int(std::count(bytes.constBegin(), bytes.constBegin() + offset, '\n'));
}

/// Rejects what is not UTF-8 text: NUL and other control characters, bad sequences.
bool checkText(const QByteArray &bytes, Sink &out)
{
    TextRules rules;
    rules.formFeed = true;
    rules.c1Controls = true;
    InputError error;
    if (checkUtf8Text(bytes, 0, rules, &error))
        return true;
    out.error(error.line, Text::tr("%1 at column %2; a manifest is UTF-8 text").arg(error.message).arg(error.column));
    return false;
}

// ---------------------------------------------------------------- JSON (npm)

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

// ------------------------------------------------------------------- go.mod

struct GoTokens
{
    QStringList tokens;
    QString comment;
    QString error;
};

GoTokens tokenizeGoLine(QStringView s)
{
    GoTokens out;
    const qsizetype n = s.size();
    auto startsArrow = [&](qsizetype i) { return s[i] == QLatin1Char('=') && i + 1 < n && s[i + 1] == QLatin1Char('>'); };
    auto startsComment = [&](qsizetype i) { return s[i] == QLatin1Char('/') && i + 1 < n && s[i + 1] == QLatin1Char('/'); };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (startsComment(i)) {
            out.comment = s.mid(i + 2).trimmed().toString();
            break;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            out.tokens.append(QString(c));
            ++i;
            continue;
        }
        if (startsArrow(i)) {
            out.tokens.append(QStringLiteral("=>"));
            i += 2;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
            QString token;
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                if (s[j] == c) {
                    closed = true;
                    break;
                }
                if (c == QLatin1Char('"') && s[j] == QLatin1Char('\\') && j + 1 < n)
                    ++j;
                token.append(s[j]);
                ++j;
            }
            if (!closed) {
                out.error = Text::tr("a quoted string is not closed");
                return out;
            }
            out.tokens.append(token);
            i = j + 1;
            continue;
        }
        qsizetype j = i;
        while (j < n && !s[j].isSpace() && s[j] != QLatin1Char('(') && s[j] != QLatin1Char(')')
               && s[j] != QLatin1Char('"') && s[j] != QLatin1Char('`') && !startsComment(j) && !startsArrow(j))
            ++j;
        out.tokens.append(s.mid(i, j - i).toString());
        i = j;
    }
    return out;
}

bool isDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

/// "1.22", "1.22.3", "1.21rc1", "1.21beta2".
bool isGoVersion(QStringView s)
{
    qsizetype pre = -1;
    for (const char *tag : {"rc", "beta"}) {
        const qsizetype at = s.indexOf(QLatin1String(tag));
        if (at >= 0) {
            if (!isDigits(s.mid(at + qsizetype(qstrlen(tag)))))
                return false;
            pre = at;
            break;
        }
    }
    const QStringView release = pre >= 0 ? s.left(pre) : s;
    const QList<QStringView> parts = release.split(QLatin1Char('.'));
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    return std::all_of(parts.begin(), parts.end(), [](QStringView p) { return isDigits(p); });
}

/// "v1.2.3", "v0.0.0-20240101000000-abcdef123456", "v2.0.0+incompatible".
bool isModuleVersion(QStringView s)
{
    if (s.size() < 2 || s[0] != QLatin1Char('v') || !s[1].isDigit())
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('+');
    });
}

bool isModulePath(QStringView s)
{
    if (s.isEmpty() || s.startsWith(QLatin1Char('-')))
        return false;
    return std::none_of(s.begin(), s.end(), [](QChar c) {
        return c.unicode() < 0x21 || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('\\') || c == QLatin1Char('`');
    });
}

/// The go command's rule for a replacement without a version: a directory path.
bool isLocalPath(QStringView s)
{
    return s == QLatin1String(".") || s == QLatin1String("..") || s.startsWith(QLatin1String("./"))
        || s.startsWith(QLatin1String("../")) || s.startsWith(QLatin1Char('/')) || s.startsWith(QLatin1String(".\\"))
        || s.startsWith(QLatin1String("..\\")) || (s.size() > 2 && s[0].isLetter() && s[1] == QLatin1Char(':'));
}

void parseGoMod(const QByteArray &bytes, Sink &out)
{
    Manifest &m = out.m;
    m.runtime = QStringLiteral("go");

    struct Replace
    {
        QString oldPath, oldVersion, newPath, newVersion;
    };
    std::vector<ManifestDependency> requires_;
    std::vector<Replace> replaces;
    bool haveModule = false;
    QString toolchain;
    QString block;      // directive of the open "verb (" block
    bool blockKnown = true;
    int blockLine = 0;

    static const QStringList blockVerbs = {QStringLiteral("require"), QStringLiteral("replace"), QStringLiteral("exclude"),
                                           QStringLiteral("retract"), QStringLiteral("godebug"), QStringLiteral("tool"),
                                           QStringLiteral("ignore")};
    const QString text = QString::fromUtf8(bytes);
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int line = int(index + 1);
        const GoTokens tokens = tokenizeGoLine(lines[index]);
        if (!tokens.error.isEmpty()) {
            out.error(line, tokens.error);
            continue;
        }
        QStringList args = tokens.tokens;
        if (args.isEmpty())
            continue;
        QString verb;
        if (!block.isEmpty()) {
            if (args.size() == 1 && args.front() == QLatin1String(")")) {
                block.clear();
                continue;
            }
            if (!blockKnown)
                continue;
            if (args.contains(QStringLiteral("(")) || args.contains(QStringLiteral(")"))) {
                out.error(line, Text::tr("unexpected parenthesis inside the “%1 (” block").arg(block));
                continue;
            }
            verb = block;
        } else {
            verb = args.takeFirst();
            if (args.size() == 1 && args.front() == QLatin1String("(")) {
                block = verb;
                blockLine = line;
                blockKnown = blockVerbs.contains(verb);
                if (!blockKnown)
                    out.error(line, Text::tr("unknown directive %1").arg(quoted(verb)));
                continue;
            }
        }

        if (verb == QLatin1String("module")) {
            if (args.size() != 1 || !isModulePath(args.front())) {
                out.error(line, Text::tr("expected “module path”"));
                continue;
            }
            haveModule = true;
            out.set(&m.name, args.front(), line, Text::tr("the module path"));
        } else if (verb == QLatin1String("go")) {
            if (args.size() != 1 || !isGoVersion(args.front())) {
                out.error(line, Text::tr("invalid go version %1; expected e.g. “go 1.22” or “go 1.22.1”").arg(quoted(args.join(QLatin1Char(' ')))));
                continue;
            }
            m.runtimeVersion = args.front();
        } else if (verb == QLatin1String("toolchain")) {
            const QString name = args.size() == 1 ? args.front() : QString();
            const QStringView version = QStringView(name).mid(2).left(QStringView(name).mid(2).indexOf(QLatin1Char('-')));
            if (name != QLatin1String("default") && !(name.startsWith(QLatin1String("go")) && isGoVersion(version))) {
                out.error(line, Text::tr("invalid toolchain %1; expected e.g. “toolchain go1.22.3”").arg(quoted(args.join(QLatin1Char(' ')))));
                continue;
            }
            if (name != QLatin1String("default"))
                toolchain = version.toString();
        } else if (verb == QLatin1String("require")) {
            if (args.size() != 2 || !isModulePath(args[0]) || !isModuleVersion(args[1])) {
                out.error(line, Text::tr("expected “require module/path vX.Y.Z”, found %1").arg(quoted(args.join(QLatin1Char(' ')))));
                continue;
            }
            ManifestDependency dep;
            dep.ecosystem = Ecosystem::Go;
            dep.name = args[0];
            dep.requested = args[1];
            dep.line = line;
            if (tokens.comment == QLatin1String("indirect") || tokens.comment.startsWith(QLatin1String("indirect;")))
                dep.note = QStringLiteral("indirect");
            requires_.push_back(std::move(dep));
        } else if (verb == QLatin1String("replace")) {
            const qsizetype arrow = args.indexOf(QStringLiteral("=>"));
            const qsizetype right = args.size() - arrow - 1;
            if (arrow < 1 || arrow > 2 || right < 1 || right > 2 || !isModulePath(args[0])
                || (arrow == 2 && !isModuleVersion(args[1]))) {
                out.error(line, Text::tr("expected “replace module [version] => replacement [version]”"));
                continue;
            }
            Replace r;
            r.oldPath = args[0];
            r.oldVersion = arrow == 2 ? args[1] : QString();
            r.newPath = args[arrow + 1];
            if (right == 2) {
                r.newVersion = args[arrow + 2];
                if (!isModulePath(r.newPath) || !isModuleVersion(r.newVersion)) {
                    out.error(line, Text::tr("invalid replacement %1").arg(quoted(r.newPath + QLatin1Char(' ') + r.newVersion)));
                    continue;
                }
            } else if (!isLocalPath(r.newPath)) {
                out.error(line, Text::tr("replacement %1 has no version, so it must be a directory (./ or ../)").arg(quoted(r.newPath)));
                continue;
            }
            replaces.push_back(std::move(r));
        } else if (blockVerbs.contains(verb)) {
            continue; // exclude, retract, godebug, tool, ignore: nothing the scanner needs
        } else {
            out.error(line, Text::tr("unknown directive %1").arg(quoted(verb)));
        }
    }
    if (!block.isEmpty())
        out.error(blockLine, Text::tr("the “%1 (” block is never closed").arg(block));
    if (!haveModule)
        out.error(0, Text::tr("no module directive"));
    if (m.runtimeVersion.isEmpty())
        m.runtimeVersion = toolchain;

    for (ManifestDependency &dep : requires_) {
        const Replace *match = nullptr;
        for (const Replace &r : replaces) {
            if (r.oldPath != dep.name)
                continue;
            if (!r.oldVersion.isEmpty()) {
                if (r.oldVersion == dep.requested)
                    match = &r; // a version-specific replacement wins
            } else if (!match || match->oldVersion.isEmpty()) {
                match = &r;
            }
        }
        if (match) {
            if (match->newVersion.isEmpty()) {
                dep.requested = QStringLiteral("file:") + match->newPath;
                dep.note = joinNote(dep.note, Text::tr("replaced by %1").arg(match->newPath));
            } else {
                dep.requested = match->newVersion;
                dep.note = joinNote(dep.note, Text::tr("replaced by %1 %2").arg(match->newPath, match->newVersion));
            }
        }
        out.add(std::move(dep));
    }
}

// --------------------------------------------------------------------- TOML

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

int lineOf(const toml::node &node)
{
    return int(node.source().begin.line);
}

int lineOf(const toml::key &key, const toml::node &node)
{
    const int line = int(key.source().begin.line);
    return line > 0 ? line : lineOf(node);
}

/// Bounds what toml++ would otherwise turn into deep recursion: brackets
/// nested in each other and keys with thousands of dotted parts (each part is
/// a nested table, destroyed recursively).
bool checkTomlShape(const QByteArray &bytes, Sink &out)
{
    const char *d = bytes.constData();
    const qsizetype n = bytes.size();
    int line = 1;
    int depth = 0;
    int dots = 0;
    auto at = [&](qsizetype i) { return i < n ? d[i] : '\0'; };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = d[i];
        switch (c) {
        case '\n':
            ++line;
            dots = 0;
            break;
        case '#':
            while (i + 1 < n && d[i + 1] != '\n')
                ++i;
            break;
        case '"':
        case '\'': {
            const bool multi = at(i + 1) == c && at(i + 2) == c;
            const bool basic = c == '"';
            i += multi ? 3 : 1;
            for (; i < n; ++i) {
                if (d[i] == '\n') {
                    if (!multi)
                        break; // an unterminated string; toml++ reports it
                    ++line;
                } else if (basic && d[i] == '\\') {
                    if (at(i + 1) == '\n')
                        ++line;
                    ++i;
                } else if (d[i] == c && (!multi || (at(i + 1) == c && at(i + 2) == c))) {
                    if (multi) {
                        i += 2;
                        while (at(i + 1) == c) // up to two quotes may end the content
                            ++i;
                    }
                    break;
                }
            }
            if (i < n && d[i] == '\n')
                --i; // let the outer loop count it
            break;
        }
        case '[':
        case '{':
            dots = 0;
            if (++depth > kMaxTomlNesting) {
                out.error(line, Text::tr("brackets nested deeper than %1 levels").arg(kMaxTomlNesting));
                return false;
            }
            break;
        case ']':
        case '}':
            dots = 0;
            depth = std::max(depth - 1, 0);
            break;
        case '=':
        case ',':
            dots = 0;
            break;
        case '.':
            if (++dots >= kMaxTomlKeyParts) {
                out.error(line, Text::tr("a key with more than %1 dotted parts").arg(kMaxTomlKeyParts));
                return false;
            }
            break;
        default:
            break;
        }
    }
    return true;
}

std::optional<toml::table> parseToml(const QByteArray &bytes, Sink &out)
{
    if (!checkTomlShape(bytes, out))
        return std::nullopt;
    if (const int line = tomlNonAsciiOutsideStrings(bytes)) {
        out.error(line, Text::tr("TOML syntax: a character beyond ASCII outside a string or comment"));
        return std::nullopt;
    }
    toml::parse_result result = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (!result) {
        const toml::parse_error &e = result.error();
        out.error(int(e.source().begin.line),
                  Text::tr("TOML syntax (column %1): %2").arg(e.source().begin.column).arg(qs(e.description())));
        return std::nullopt;
    }
    return std::move(result).table();
}

const toml::table *tableAt(const toml::table *table, std::string_view key)
{
    if (!table)
        return nullptr;
    const toml::node *node = table->get(key);
    return node ? node->as_table() : nullptr;
}

/// A string member; an error when present with another type.
QString tomlString(const toml::table &table, std::string_view key, Sink &out, const QString &where)
{
    const toml::node *node = table.get(key);
    if (!node)
        return {};
    if (const auto *s = node->as_string()) {
        QString value;
        out.set(&value, qs(s->get()), lineOf(*node), where + QLatin1Char('.') + qs(key));
        return value;
    }
    out.error(lineOf(*node), Text::tr("%1.%2 is not a string").arg(where, qs(key)));
    return {};
}

void readTomlStringArray(const toml::node *node, const QString &where, Sink &out, QStringList *target)
{
    if (!node)
        return;
    const toml::array *array = node->as_array();
    if (!array) {
        out.error(lineOf(*node), Text::tr("%1 is not an array of strings").arg(where));
        return;
    }
    for (const toml::node &item : *array) {
        const auto *s = item.as_string();
        if (!s) {
            out.error(lineOf(item), Text::tr("an entry of %1 is not a string").arg(where));
            continue;
        }
        QString value;
        out.set(&value, qs(s->get()), lineOf(item), Text::tr("an entry of %1").arg(where));
        if (!value.isEmpty())
            target->append(value);
    }
}

// -------------------------------------------------------------------- Cargo

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

// -------------------------------------------------------------------- Maven

struct PomDependency
{
    QString groupId, artifactId, version, scope, optional, type;
    int line = 0;
    int versionLine = 0;
    bool managed = false;
};

struct PomModel
{
    QString groupId, artifactId, version;
    QString parentGroupId, parentArtifactId, parentVersion;
    int versionLine = 0;
    int parentVersionLine = 0;
    bool hasParent = false;
    bool hasModules = false;
    QHash<QString, QString> properties;
    QHash<QString, int> propertyLines;
    QStringList modules;
    std::vector<PomDependency> dependencies;
    int errorLine = 0;
    QString error;
};

bool readPom(const QByteArray &bytes, PomModel *pom)
{
    QXmlStreamReader reader(bytes);
    QStringList path; // element names from <project> down
    PomDependency dep;
    qsizetype depDepth = -1; // path size at the open <dependency>
    bool sawRoot = false;
    auto text = [&] {
        const QString value = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        path.removeLast();
        return value;
    };
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depDepth > 0 && path.size() == depDepth) {
                pom->dependencies.push_back(dep);
                depDepth = -1;
            }
            if (!path.isEmpty())
                path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        path.append(name);
        const qsizetype depth = path.size();
        if (depth > kMaxXmlDepth) {
            pom->errorLine = int(reader.lineNumber());
            pom->error = Text::tr("elements nested deeper than %1 levels").arg(kMaxXmlDepth);
            return false;
        }
        if (depth == 1) {
            sawRoot = true;
            if (name != QLatin1String("project")) {
                pom->errorLine = int(reader.lineNumber());
                pom->error = Text::tr("not a Maven POM: the root element is <%1>, not <project>").arg(name);
                return false;
            }
            continue;
        }
        if (depDepth > 0) {
            if (depth != depDepth + 1)
                continue;
            if (name == QLatin1String("groupId"))
                dep.groupId = text();
            else if (name == QLatin1String("artifactId"))
                dep.artifactId = text();
            else if (name == QLatin1String("version")) {
                dep.versionLine = int(reader.lineNumber());
                dep.version = text();
            } else if (name == QLatin1String("scope"))
                dep.scope = text();
            else if (name == QLatin1String("optional"))
                dep.optional = text();
            else if (name == QLatin1String("type"))
                dep.type = text();
            continue;
        }
        const QString section = path[1];
        if (depth == 2) {
            if (name == QLatin1String("groupId"))
                pom->groupId = text();
            else if (name == QLatin1String("artifactId"))
                pom->artifactId = text();
            else if (name == QLatin1String("version")) {
                pom->versionLine = int(reader.lineNumber());
                pom->version = text();
            } else if (name == QLatin1String("parent"))
                pom->hasParent = true;
            else if (name == QLatin1String("modules"))
                pom->hasModules = true;
        } else if (depth == 3 && section == QLatin1String("parent")) {
            if (name == QLatin1String("groupId"))
                pom->parentGroupId = text();
            else if (name == QLatin1String("artifactId"))
                pom->parentArtifactId = text();
            else if (name == QLatin1String("version")) {
                pom->parentVersionLine = int(reader.lineNumber());
                pom->parentVersion = text();
            }
        } else if (depth == 3 && section == QLatin1String("properties")) {
            pom->propertyLines.insert(name, int(reader.lineNumber()));
            pom->properties.insert(name, text());
        } else if (depth == 3 && section == QLatin1String("modules") && name == QLatin1String("module")) {
            pom->modules.append(text());
        } else if ((depth == 3 && section == QLatin1String("dependencies") && name == QLatin1String("dependency"))
                   || (depth == 4 && section == QLatin1String("dependencyManagement")
                       && path[2] == QLatin1String("dependencies") && name == QLatin1String("dependency"))) {
            dep = PomDependency();
            dep.line = int(reader.lineNumber());
            dep.managed = depth == 4;
            depDepth = depth;
        }
    }
    if (reader.hasError()) {
        pom->errorLine = int(reader.lineNumber());
        pom->error = Text::tr("XML: %1").arg(reader.errorString());
        return false;
    }
    if (!sawRoot) {
        // Only a prolog or comments: the reader sees nothing wrong.
        pom->errorLine = int(reader.lineNumber());
        pom->error = Text::tr("not a Maven POM: no <project> element");
        return false;
    }
    return true;
}

/// `${name}` substitution over a POM's effective properties; every property is
/// expanded once (memoised) with bounded nesting and length, so hostile
/// definitions (a=${b}${b}, b=${c}${c}, …) cannot blow up.
class PomProperties
{
public:
    explicit PomProperties(QHash<QString, QString> values)
        : m_raw(std::move(values))
    {
    }

    struct Result
    {
        QString value;
        QStringList unresolved; ///< names left as ${name}
        bool tooLong = false;
        bool tooDeep = false;
    };

    Result expand(const QString &text) { return expand(text, 0); }

private:
    Result expand(const QString &text, int depth)
    {
        Result r;
        qsizetype i = 0;
        while (true) {
            const qsizetype open = text.indexOf(QLatin1String("${"), i);
            const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open + 2);
            if (close < 0) {
                r.value += QStringView(text).mid(i);
                break;
            }
            r.value += QStringView(text).mid(i, open - i);
            const QString name = text.mid(open + 2, close - open - 2);
            if (depth >= kMaxPropertyNesting) {
                r.tooDeep = true;
                r.value += QStringView(text).mid(open, close - open + 1);
            } else if (m_active.contains(name) || !m_raw.contains(name)) {
                if (!r.unresolved.contains(name))
                    r.unresolved.append(name);
                r.value += QStringView(text).mid(open, close - open + 1);
            } else {
                const Result inner = property(name, depth);
                r.value += inner.value;
                for (const QString &u : inner.unresolved) {
                    if (!r.unresolved.contains(u))
                        r.unresolved.append(u);
                }
                r.tooLong = r.tooLong || inner.tooLong;
                r.tooDeep = r.tooDeep || inner.tooDeep;
            }
            if (r.value.size() > kMaxPropertyChars) {
                r.value.truncate(kMaxPropertyChars);
                r.tooLong = true;
                break;
            }
            i = close + 1;
        }
        return r;
    }

    Result property(const QString &name, int depth)
    {
        if (const auto it = m_done.constFind(name); it != m_done.constEnd())
            return *it;
        m_active.insert(name);
        Result r = expand(m_raw.value(name), depth + 1);
        m_active.remove(name);
        m_done.insert(name, r);
        return r;
    }

    QHash<QString, QString> m_raw;
    QHash<QString, Result> m_done;
    QSet<QString> m_active;
};

DependencyScope mavenScope(const QString &scope, const QString &optional)
{
    if (scope == QLatin1String("test") || scope == QLatin1String("provided"))
        return DependencyScope::Development;
    if (optional == QLatin1String("true"))
        return DependencyScope::Optional;
    return DependencyScope::Production;
}

void parsePom(const QByteArray &bytes, const QByteArray &parentBytes, Sink &out)
{
    Manifest &m = out.m;
    m.runtime = QStringLiteral("java");
    PomModel pom;
    if (!readPom(bytes, &pom)) {
        out.error(pom.errorLine, pom.error);
        return;
    }
    PomModel parent;
    bool haveParent = false;
    if (!parentBytes.isEmpty()) {
        if (parentBytes.size() > kMaxManifestBytes)
            out.error(0, Text::tr("the parent POM is too large (%1 MB); its properties are not used").arg(parentBytes.size() / (1024 * 1024)));
        else if (!readPom(parentBytes, &parent))
            out.error(0, Text::tr("the parent POM cannot be read (line %1: %2); its properties are not used").arg(parent.errorLine).arg(parent.error));
        else
            haveParent = true;
    }

    // Effective properties: the parent's, overridden by this POM's, then the model values.
    QHash<QString, QString> values = haveParent ? parent.properties : QHash<QString, QString>();
    for (auto it = pom.properties.constBegin(); it != pom.properties.constEnd(); ++it)
        values.insert(it.key(), it.value());
    const QString groupId = pom.groupId.isEmpty() ? pom.parentGroupId : pom.groupId;
    const QString version = pom.version.isEmpty() ? pom.parentVersion : pom.version;
    const std::pair<const char *, QString> model[] = {
        {"project.groupId", groupId},
        {"pom.groupId", groupId},
        {"project.artifactId", pom.artifactId},
        {"pom.artifactId", pom.artifactId},
        {"project.version", version},
        {"pom.version", version},
        {"project.parent.groupId", pom.parentGroupId},
        {"parent.groupId", pom.parentGroupId},
        {"project.parent.artifactId", pom.parentArtifactId},
        {"project.parent.version", pom.parentVersion},
        {"parent.version", pom.parentVersion},
    };
    for (auto &&[key, value] : model) {
        if (!value.isEmpty())
            values.insert(QLatin1String(key), value);
    }
    PomProperties properties(std::move(values));
    const QString whereDefined = !pom.hasParent ? Text::tr("in this POM")
        : haveParent                            ? Text::tr("in this POM or its parent")
                                                : Text::tr("in this POM; the parent POM was not available");

    // Expands text; each unresolved name is an error, and the text stays as written.
    auto resolve = [&](const QString &text, int line, const QString &what) {
        const PomProperties::Result r = properties.expand(text);
        for (const QString &name : r.unresolved)
            out.error(line, Text::tr("%1: the property ${%2} is not defined (%3)").arg(what, name, whereDefined));
        if (r.tooDeep)
            out.error(line, Text::tr("%1: properties nested more than %2 levels deep").arg(what).arg(kMaxPropertyNesting));
        if (r.tooLong) {
            out.error(line, Text::tr("%1: the value is longer than %2 characters after substitution").arg(what).arg(kMaxPropertyChars));
            return text;
        }
        return r.value;
    };

    const QString projectGroup = resolve(groupId, 0, Text::tr("the project groupId"));
    const QString projectArtifact = resolve(pom.artifactId, 0, Text::tr("the project artifactId"));
    if (!projectArtifact.isEmpty())
        out.set(&m.name, projectGroup.isEmpty() ? projectArtifact : projectGroup + QLatin1Char(':') + projectArtifact, 0, Text::tr("the project name"));
    const int versionLine = pom.version.isEmpty() ? pom.parentVersionLine : pom.versionLine;
    out.set(&m.version, resolve(version, versionLine, Text::tr("the project version")), versionLine, Text::tr("the project version"));
    for (const char *key : {"maven.compiler.release", "maven.compiler.source", "java.version"}) {
        const QString name = QLatin1String(key);
        const QString placeholder = QStringLiteral("${%1}").arg(name);
        const PomProperties::Result java = properties.expand(placeholder);
        if (java.unresolved.contains(name))
            continue; // not defined here nor in the parent
        const int line = pom.propertyLines.value(name, 0);
        const QString value = resolve(placeholder, line, Text::tr("the Java version (%1)").arg(name));
        if (java.unresolved.isEmpty() && !java.tooDeep && !java.tooLong)
            out.set(&m.runtimeVersion, value, line, Text::tr("the Java version"));
        break;
    }
    if (pom.hasModules) {
        m.isWorkspaceRoot = true;
        for (const QString &module : std::as_const(pom.modules)) {
            QString member;
            out.set(&member, module, 0, Text::tr("a module"));
            if (!member.isEmpty())
                m.workspaceMembers.append(member);
        }
    }

    // Versions from dependencyManagement, for dependencies that leave theirs out.
    auto managedKey = [&](const PomDependency &d) {
        return properties.expand(d.groupId).value + QLatin1Char(':') + properties.expand(d.artifactId).value;
    };
    QHash<QString, QString> managedHere;
    QHash<QString, QString> managedByParent;
    QSet<QString> usedHere;
    for (const PomDependency &d : pom.dependencies) {
        if (d.managed) {
            if (!d.version.isEmpty() && !managedHere.contains(managedKey(d)))
                managedHere.insert(managedKey(d), d.version);
        } else {
            usedHere.insert(managedKey(d));
        }
    }
    if (haveParent) {
        for (const PomDependency &d : parent.dependencies) {
            if (d.managed && !d.version.isEmpty() && !managedByParent.contains(managedKey(d)))
                managedByParent.insert(managedKey(d), d.version);
        }
    }

    for (const PomDependency &d : pom.dependencies) {
        if (d.managed && usedHere.contains(managedKey(d)))
            continue; // listed under <dependencies> as well, with this version
        const QString g = resolve(d.groupId, d.line, Text::tr("a dependency's groupId"));
        const QString a = resolve(d.artifactId, d.line, Text::tr("a dependency's artifactId"));
        if (g.isEmpty() || a.isEmpty()) {
            out.error(d.line, Text::tr("a dependency without groupId or artifactId"));
            continue;
        }
        ManifestDependency dep;
        dep.ecosystem = Ecosystem::Maven;
        dep.name = g + QLatin1Char(':') + a;
        dep.line = d.line;
        if (d.managed) {
            dep.scope = DependencyScope::Production;
            dep.note = d.scope == QLatin1String("import") ? Text::tr("BOM imported in <dependencyManagement>")
                                                            : Text::tr("managed in <dependencyManagement>");
        } else {
            dep.scope = mavenScope(d.scope, d.optional);
        }
        QString rawVersion = d.version;
        int versionLine = d.versionLine ? d.versionLine : d.line;
        if (rawVersion.isEmpty() && !d.managed) {
            const QString key = managedKey(d);
            if (managedHere.contains(key)) {
                rawVersion = managedHere.value(key);
                dep.note = Text::tr("version from <dependencyManagement>");
            } else if (managedByParent.contains(key)) {
                rawVersion = managedByParent.value(key);
                dep.note = Text::tr("version from the parent's <dependencyManagement>");
            } else {
                dep.note = Text::tr("version managed by the parent or an imported BOM");
            }
            versionLine = d.line;
        }
        dep.requested = resolve(rawVersion, versionLine, Text::tr("dependency %1").arg(dep.name));
        out.add(std::move(dep));
    }
}

// ------------------------------------------------------------------- Python

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

bool isNameChar(QChar c)
{
    return isAsciiAlnum(c) || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
}

/// A PEP 508 requirement.
struct Requirement
{
    QString name;      ///< normalised
    QString requested; ///< specifier without spaces ("==1.2", ">=1,<2") or the URL
    QString marker;
    QString extras;
    QString error;
};

bool parseRequirement(QStringView s, Requirement *r)
{
    s = s.trimmed();
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n && isNameChar(s[i]))
        ++i;
    const QStringView name = s.left(i);
    if (name.isEmpty()) {
        r->error = Text::tr("expected a project name, found %1").arg(quoted(s));
        return false;
    }
    if (!isAsciiAlnum(name.front()) || !isAsciiAlnum(name.back())) {
        r->error = Text::tr("invalid project name %1").arg(quoted(name));
        return false;
    }
    r->name = Manifests::normalisePythonName(name.toString());
    auto skipSpace = [&] {
        while (i < n && s[i].isSpace())
            ++i;
    };
    skipSpace();
    if (i < n && s[i] == QLatin1Char('[')) {
        const qsizetype close = s.indexOf(QLatin1Char(']'), i);
        if (close < 0) {
            r->error = Text::tr("the extras of %1 are not closed with “]”").arg(quoted(name));
            return false;
        }
        r->extras = s.mid(i + 1, close - i - 1).trimmed().toString();
        i = close + 1;
        skipSpace();
    }
    if (i < n && s[i] == QLatin1Char('@')) {
        ++i;
        skipSpace();
        qsizetype end = i;
        while (end < n && !s[end].isSpace())
            ++end;
        if (end == i) {
            r->error = Text::tr("expected a URL after “@” for %1").arg(quoted(name));
            return false;
        }
        r->requested = s.mid(i, end - i).toString();
        const QStringView rest = s.mid(end).trimmed();
        if (!rest.isEmpty()) {
            if (rest.front() != QLatin1Char(';')) {
                r->error = Text::tr("unexpected text after the URL of %1").arg(quoted(name));
                return false;
            }
            r->marker = rest.mid(1).trimmed().toString();
        }
        return true;
    }
    QStringView rest = s.mid(i);
    const qsizetype semicolon = rest.indexOf(QLatin1Char(';'));
    QStringView spec = (semicolon < 0 ? rest : rest.left(semicolon)).trimmed();
    if (semicolon >= 0) {
        r->marker = rest.mid(semicolon + 1).trimmed().toString();
        if (r->marker.isEmpty()) {
            r->error = Text::tr("an empty environment marker after “;”");
            return false;
        }
    }
    if (spec.startsWith(QLatin1Char('('))) {
        if (!spec.endsWith(QLatin1Char(')'))) {
            r->error = Text::tr("the version of %1 opens “(” without closing it").arg(quoted(name));
            return false;
        }
        spec = spec.mid(1, spec.size() - 2).trimmed();
    }
    if (spec.isEmpty())
        return true;
    static constexpr const char *operators[] = {"===", "~=", "==", "!=", "<=", ">=", "<", ">"};
    QString compact;
    for (QStringView clause : spec.split(QLatin1Char(','))) {
        clause = clause.trimmed();
        const char *op = nullptr;
        for (const char *candidate : operators) {
            if (clause.startsWith(QLatin1String(candidate))) {
                op = candidate;
                break;
            }
        }
        const QStringView version = op ? clause.mid(qsizetype(qstrlen(op))).trimmed() : QStringView();
        const bool valid = op && !version.isEmpty() && std::all_of(version.begin(), version.end(), [](QChar c) {
            return isAsciiAlnum(c) || QStringView(u"._*+!-").contains(c);
        });
        if (!valid) {
            r->error = Text::tr("invalid version specifier %1 for %2").arg(quoted(clause), quoted(name));
            return false;
        }
        if (!compact.isEmpty())
            compact += QLatin1Char(',');
        compact += QLatin1String(op) + version.toString();
    }
    r->requested = compact;
    return true;
}

/// "https://…", "git+ssh://…", "file:…": a scheme at the start.
bool isUrlLike(QStringView s)
{
    const qsizetype scheme = s.indexOf(QLatin1String("://"));
    if (scheme > 0 && std::all_of(s.begin(), s.begin() + scheme, [](QChar c) {
            return isAsciiAlnum(c) || c == QLatin1Char('+') || c == QLatin1Char('.') || c == QLatin1Char('-');
        }))
        return true;
    return s.startsWith(QLatin1String("file:")) || s.startsWith(QLatin1String("git+"))
        || s.startsWith(QLatin1String("hg+")) || s.startsWith(QLatin1String("svn+")) || s.startsWith(QLatin1String("bzr+"));
}

bool isPathLike(QStringView s)
{
    return s.startsWith(QLatin1Char('.')) || s.startsWith(QLatin1Char('/')) || s.startsWith(QLatin1Char('~'));
}

/// The project name in a URL's `#egg=name` fragment.
QString eggName(QStringView location)
{
    const qsizetype hash = location.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return {};
    for (QStringView part : location.mid(hash + 1).split(QLatin1Char('&'))) {
        if (part.startsWith(QLatin1String("egg="))) {
            QStringView egg = part.mid(4);
            const qsizetype bracket = egg.indexOf(QLatin1Char('['));
            if (bracket >= 0)
                egg = egg.left(bracket);
            return egg.toString();
        }
    }
    return {};
}

/// The project name a location implies: a wheel or sdist file name, else
/// (with \a folderName) the last folder of the path or repository (".git" and
/// "@ref" dropped).
QString nameFromLocation(QStringView location, bool folderName)
{
    QStringView s = location;
    const qsizetype hash = s.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        s = s.left(hash);
    const qsizetype bracket = s.indexOf(QLatin1Char('['));
    if (bracket >= 0)
        s = s.left(bracket);
    while (s.endsWith(QLatin1Char('/')) || s.endsWith(QLatin1Char('\\')))
        s.chop(1);
    qsizetype slash = std::max(s.lastIndexOf(QLatin1Char('/')), s.lastIndexOf(QLatin1Char('\\')));
    QStringView last = s.mid(slash + 1);
    if (isUrlLike(location)) {
        const qsizetype at = last.indexOf(QLatin1Char('@'));
        if (at >= 0)
            last = last.left(at);
    }
    if (last.endsWith(QLatin1String(".git")))
        last.chop(4);
    if (last.endsWith(QLatin1String(".whl")))
        return last.left(last.indexOf(QLatin1Char('-'))).toString();
    for (const char *ext : {".tar.gz", ".tar.bz2", ".zip", ".tgz"}) {
        if (last.endsWith(QLatin1String(ext))) {
            const QStringView stem = last.chopped(qsizetype(qstrlen(ext)));
            const qsizetype dash = stem.lastIndexOf(QLatin1Char('-'));
            return (dash > 0 ? stem.left(dash) : stem).toString();
        }
    }
    if (!folderName || last == QLatin1String(".") || last == QLatin1String("..") || last.contains(QLatin1Char(':')))
        return {};
    return last.toString();
}

bool validProjectName(const QString &name)
{
    return !name.isEmpty() && isAsciiAlnum(name.front()) && isAsciiAlnum(name.back())
        && std::all_of(name.begin(), name.end(), isNameChar);
}

void parseRequirementsTxt(const QByteArray &bytes, Sink &out)
{
    out.m.runtime = QStringLiteral("python");
    const QString text = QString::fromUtf8(bytes);

    // pip: a line ending in "\" continues on the next; a comment ends a
    // continued line; a comment starts at "#" at the start or after a space.
    struct Logical
    {
        int line;
        QString text;
    };
    std::vector<Logical> logical;
    auto commentStart = [](QStringView line) -> qsizetype {
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == QLatin1Char('#') && (i == 0 || line[i - 1].isSpace()))
                return i;
        }
        return -1;
    };
    QString pending;
    int pendingLine = 0;
    const QList<QStringView> raw = QStringView(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QStringView line = raw[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const qsizetype hash = commentStart(line);
        if (hash >= 0 || !line.endsWith(QLatin1Char('\\'))) {
            if (hash >= 0)
                line = line.left(hash);
            if (pendingLine) {
                logical.push_back({pendingLine, pending + line.toString()});
                pending.clear();
                pendingLine = 0;
            } else {
                logical.push_back({int(i + 1), line.toString()});
            }
        } else {
            if (!pendingLine)
                pendingLine = int(i + 1);
            pending += line.chopped(1);
        }
    }
    if (pendingLine)
        logical.push_back({pendingLine, pending});

    static const QStringList skipped = {
        QStringLiteral("-r"), QStringLiteral("--requirement"), QStringLiteral("-c"), QStringLiteral("--constraint"),
        QStringLiteral("-i"), QStringLiteral("--index-url"), QStringLiteral("--extra-index-url"), QStringLiteral("--no-index"),
        QStringLiteral("-f"), QStringLiteral("--find-links"), QStringLiteral("--pre"), QStringLiteral("--trusted-host"),
        QStringLiteral("--prefer-binary"), QStringLiteral("--require-hashes"), QStringLiteral("--only-binary"),
        QStringLiteral("--no-binary"), QStringLiteral("--use-feature"), QStringLiteral("--config-settings"),
        QStringLiteral("--global-option")};

    for (const Logical &entry : logical) {
        const int line = entry.line;
        const QString trimmed = entry.text.trimmed();
        if (trimmed.isEmpty())
            continue;
        ManifestDependency dep;
        dep.ecosystem = Ecosystem::PyPI;
        dep.line = line;

        if (trimmed.startsWith(QLatin1Char('-'))) {
            QString option;
            QString value;
            if (trimmed.startsWith(QLatin1String("--"))) {
                qsizetype end = 2;
                while (end < trimmed.size() && !trimmed[end].isSpace() && trimmed[end] != QLatin1Char('='))
                    ++end;
                option = trimmed.left(end);
                value = trimmed.mid(end + 1).trimmed();
            } else {
                option = trimmed.left(2);
                value = trimmed.mid(2).trimmed();
                if (value.startsWith(QLatin1Char('=')))
                    value = value.mid(1).trimmed();
            }
            if (skipped.contains(option))
                continue;
            if (option != QLatin1String("-e") && option != QLatin1String("--editable")) {
                out.error(line, Text::tr("unknown option %1").arg(quoted(option)));
                continue;
            }
            if (value.isEmpty()) {
                out.error(line, Text::tr("%1 needs a path or URL").arg(option));
                continue;
            }
            const QString egg = eggName(value);
            const QString name = egg.isEmpty() ? nameFromLocation(value, true) : egg;
            if (name.isEmpty()) {
                if (value == QLatin1String(".") || value.startsWith(QLatin1String(".[")) || value == QLatin1String("./"))
                    continue; // the project itself
                out.error(line, Text::tr("cannot tell the project name of %1; add “#egg=name”").arg(quoted(value)));
                continue;
            }
            if (!validProjectName(name)) {
                out.error(line, Text::tr("invalid project name %1").arg(quoted(name)));
                continue;
            }
            dep.name = Manifests::normalisePythonName(name);
            dep.requested = isUrlLike(value) ? value : QStringLiteral("file:") + value;
            dep.note = egg.isEmpty() ? Text::tr("editable; name taken from the path") : Text::tr("editable");
            out.add(std::move(dep));
            continue;
        }

        // Per-requirement options follow the requirement: --hash=…, --config-settings …
        QString requirement = trimmed;
        qsizetype optionsAt = -1;
        for (qsizetype i = 1; i + 1 < trimmed.size(); ++i) {
            if (trimmed[i] == QLatin1Char('-') && trimmed[i + 1] == QLatin1Char('-') && trimmed[i - 1].isSpace()) {
                optionsAt = i;
                break;
            }
        }
        bool bad = false;
        if (optionsAt > 0) {
            requirement = trimmed.left(optionsAt).trimmed();
            const QStringList words = trimmed.mid(optionsAt).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (qsizetype w = 0; w < words.size() && !bad; ++w) {
                QString word = words[w].trimmed();
                const qsizetype eq = word.indexOf(QLatin1Char('='));
                const QString option = eq < 0 ? word : word.left(eq);
                QString value = eq < 0 ? QString() : word.mid(eq + 1);
                if (!option.startsWith(QLatin1String("--")))
                    continue; // the value of the previous option
                if (eq < 0 && w + 1 < words.size() && !words[w + 1].startsWith(QLatin1String("--")))
                    value = words[++w].trimmed();
                if (option == QLatin1String("--hash")) {
                    const qsizetype colon = value.indexOf(QLatin1Char(':'));
                    const bool hex = colon > 0 && colon + 1 < value.size()
                        && std::all_of(value.begin() + colon + 1, value.end(), [](QChar c) { return isAsciiAlnum(c); });
                    if (!hex) {
                        out.error(line, Text::tr("invalid hash %1; expected “--hash=sha256:…”").arg(quoted(value)));
                        bad = true;
                    } else if (dep.checksum.isEmpty()) {
                        dep.checksum = value;
                    }
                } else if (option != QLatin1String("--config-settings") && option != QLatin1String("--global-option")
                           && option != QLatin1String("--install-option")) {
                    out.error(line, Text::tr("unknown option %1").arg(quoted(option)));
                    bad = true;
                }
            }
        }
        if (bad)
            continue;

        if (isUrlLike(requirement) || isPathLike(requirement)) {
            // A bare URL or path: the name comes from #egg= or the file name.
            const QString location = requirement.section(QLatin1Char(' '), 0, 0);
            const QString egg = eggName(location);
            const QString name = egg.isEmpty() ? nameFromLocation(location, false) : egg;
            if (name.isEmpty() || !validProjectName(name)) {
                out.error(line, Text::tr("cannot tell the project name of %1; write “name @ URL” or add “#egg=name”").arg(quoted(location)));
                continue;
            }
            dep.name = Manifests::normalisePythonName(name);
            dep.requested = isUrlLike(location) ? location : QStringLiteral("file:") + location;
            out.add(std::move(dep));
            continue;
        }

        Requirement r;
        if (!parseRequirement(requirement, &r)) {
            out.error(line, r.error);
            continue;
        }
        dep.name = r.name;
        dep.requested = r.requested;
        if (!r.marker.isEmpty())
            dep.note = Text::tr("marker: %1").arg(r.marker);
        out.add(std::move(dep));
    }
}

/// One entry of a PEP 621 / PEP 735 array of PEP 508 strings.
void addPep508(const toml::node &item, DependencyScope scope, const QString &note, Sink &out)
{
    const int line = lineOf(item);
    const auto *s = item.as_string();
    if (!s) {
        out.error(line, Text::tr("a dependency is not a PEP 508 string"));
        return;
    }
    Requirement r;
    if (!parseRequirement(qs(s->get()), &r)) {
        out.error(line, r.error);
        return;
    }
    ManifestDependency dep;
    dep.ecosystem = Ecosystem::PyPI;
    dep.name = r.name;
    dep.requested = r.requested;
    dep.scope = scope;
    dep.line = line;
    dep.note = joinNote(note, r.marker.isEmpty() ? QString() : Text::tr("marker: %1").arg(r.marker));
    out.add(std::move(dep));
}

void addPep508Array(const toml::node *node, DependencyScope scope, const QString &where, const QString &note, Sink &out)
{
    if (!node)
        return;
    const toml::array *array = node->as_array();
    if (!array) {
        out.error(lineOf(*node), Text::tr("%1 is not an array").arg(where));
        return;
    }
    for (const toml::node &item : *array) {
        if (item.is_table() && item.as_table()->get("include-group"))
            continue; // PEP 735 group include
        addPep508(item, scope, note, out);
    }
}

/// One Poetry dependency: "^2.31", { version, path, git, url, optional }, or an array of those.
void addPoetryDependency(const QString &key, const toml::node &node, int line, DependencyScope scope, Sink &out)
{
    if (const toml::array *alternatives = node.as_array()) {
        for (const toml::node &alternative : *alternatives)
            addPoetryDependency(key, alternative, lineOf(alternative) ? lineOf(alternative) : line, scope, out);
        return;
    }
    ManifestDependency dep;
    dep.ecosystem = Ecosystem::PyPI;
    dep.name = Manifests::normalisePythonName(key);
    dep.scope = scope;
    dep.line = line;
    if (const auto *s = node.as_string()) {
        dep.requested = qs(s->get());
        out.add(std::move(dep));
        return;
    }
    const toml::table *table = node.as_table();
    if (!table) {
        out.error(line, Text::tr("dependency %1: expected a version string, a table or an array of tables").arg(quoted(key)));
        return;
    }
    const QString where = Text::tr("dependency %1").arg(quoted(key));
    const QString version = tomlString(*table, "version", out, where);
    const QString path = tomlString(*table, "path", out, where);
    const QString git = tomlString(*table, "git", out, where);
    const QString url = tomlString(*table, "url", out, where);
    const QString python = tomlString(*table, "python", out, where);
    if (const toml::node *optional = table->get("optional"); optional && optional->value_or(false) && scope == DependencyScope::Production)
        dep.scope = DependencyScope::Optional;
    if (!path.isEmpty())
        dep.requested = QStringLiteral("file:") + path;
    else if (!git.isEmpty())
        dep.requested = git;
    else if (!url.isEmpty())
        dep.requested = url;
    else if (!version.isEmpty())
        dep.requested = version;
    else {
        out.error(line, Text::tr("dependency %1 has no version, path, git or url").arg(quoted(key)));
        return;
    }
    if (!python.isEmpty())
        dep.note = Text::tr("python %1").arg(python);
    out.add(std::move(dep));
}

void parsePyProject(const QByteArray &bytes, Sink &out)
{
    Manifest &m = out.m;
    m.runtime = QStringLiteral("python");
    const std::optional<toml::table> parsed = parseToml(bytes, out);
    if (!parsed)
        return;
    const toml::table &root = *parsed;

    QSet<QString> listed; // names from [project], which Poetry 2 only supplements
    if (const toml::table *project = tableAt(&root, "project")) {
        m.name = tomlString(*project, "name", out, QStringLiteral("[project]"));
        m.version = tomlString(*project, "version", out, QStringLiteral("[project]"));
        m.runtimeVersion = tomlString(*project, "requires-python", out, QStringLiteral("[project]"));
        addPep508Array(project->get("dependencies"), DependencyScope::Production, QStringLiteral("[project].dependencies"), {}, out);
        for (const ManifestDependency &dep : m.dependencies)
            listed.insert(dep.name);
        if (const toml::node *extras = project->get("optional-dependencies")) {
            if (const toml::table *table = extras->as_table()) {
                for (auto &&[key, value] : *table)
                    addPep508Array(&value, DependencyScope::Optional, QStringLiteral("[project.optional-dependencies].") + qs(key.str()),
                                   Text::tr("extra %1").arg(qs(key.str())), out);
            } else {
                out.error(lineOf(*extras), Text::tr("[project.optional-dependencies] is not a table"));
            }
        }
    }
    if (const toml::table *groups = tableAt(&root, "dependency-groups")) { // PEP 735
        for (auto &&[key, value] : *groups)
            addPep508Array(&value, DependencyScope::Development, QStringLiteral("[dependency-groups].") + qs(key.str()),
                           Text::tr("group %1").arg(qs(key.str())), out);
    }

    const toml::table *poetry = tableAt(tableAt(&root, "tool"), "poetry");
    if (!poetry)
        return;
    if (m.name.isEmpty())
        m.name = tomlString(*poetry, "name", out, QStringLiteral("[tool.poetry]"));
    if (m.version.isEmpty())
        m.version = tomlString(*poetry, "version", out, QStringLiteral("[tool.poetry]"));
    auto readTable = [&](const toml::node *node, DependencyScope scope, const QString &where, const QString &note) {
        if (!node)
            return;
        const toml::table *table = node->as_table();
        if (!table) {
            out.error(lineOf(*node), Text::tr("%1 is not a table").arg(where));
            return;
        }
        for (auto &&[key, value] : *table) {
            const QString name = qs(key.str());
            const int line = lineOf(key, value);
            if (name == QLatin1String("python")) {
                if (const auto *s = value.as_string(); s && m.runtimeVersion.isEmpty())
                    out.set(&m.runtimeVersion, qs(s->get()), line, Text::tr("the Python version"));
                continue;
            }
            if (scope == DependencyScope::Production && listed.contains(Manifests::normalisePythonName(name)))
                continue;
            const size_t before = m.dependencies.size();
            addPoetryDependency(name, value, line, scope, out);
            for (size_t i = before; i < m.dependencies.size(); ++i)
                m.dependencies[i].note = joinNote(m.dependencies[i].note, note);
        }
    };
    readTable(poetry->get("dependencies"), DependencyScope::Production, QStringLiteral("[tool.poetry.dependencies]"), {});
    readTable(poetry->get("dev-dependencies"), DependencyScope::Development, QStringLiteral("[tool.poetry.dev-dependencies]"), {});
    if (const toml::table *groups = tableAt(poetry, "group")) {
        for (auto &&[key, value] : *groups) {
            const QString group = qs(key.str());
            const toml::table *table = value.as_table();
            if (!table) {
                out.error(lineOf(key, value), Text::tr("[tool.poetry.group.%1] is not a table").arg(group));
                continue;
            }
            const DependencyScope scope = group == QLatin1String("main") ? DependencyScope::Production : DependencyScope::Development;
            readTable(table->get("dependencies"), scope, QStringLiteral("[tool.poetry.group.%1.dependencies]").arg(group),
                      scope == DependencyScope::Production ? QString() : Text::tr("group %1").arg(group));
        }
    }
}

// -------------------------------------------------------- dependencies.lock

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

} // namespace

namespace Manifests {

bool kindOf(const QString &fileName, ManifestKind *kind)
{
    const qsizetype slash = std::max(fileName.lastIndexOf(QLatin1Char('/')), fileName.lastIndexOf(QLatin1Char('\\')));
    const QStringView base = QStringView(fileName).mid(slash + 1);
    const QStringView folder = slash < 0 ? QStringView() : QStringView(fileName).left(slash);
    const QStringView parent = folder.mid(std::max(folder.lastIndexOf(QLatin1Char('/')), folder.lastIndexOf(QLatin1Char('\\'))) + 1);
    static constexpr struct
    {
        const char *name;
        ManifestKind kind;
    } exact[] = {
        {"package.json", ManifestKind::PackageJson},   {"package-lock.json", ManifestKind::PackageLock},
        {"go.mod", ManifestKind::GoMod},               {"Cargo.toml", ManifestKind::CargoToml},
        {"Cargo.lock", ManifestKind::CargoLock},       {"pom.xml", ManifestKind::PomXml},
        {"requirements.txt", ManifestKind::RequirementsTxt}, {"pyproject.toml", ManifestKind::PyProject},
        {"dependencies.lock", ManifestKind::DependenciesLock},
    };
    std::optional<ManifestKind> found;
    for (const auto &candidate : exact) {
        if (base == QLatin1String(candidate.name)) {
            found = candidate.kind;
            break;
        }
    }
    if (!found && base.endsWith(QLatin1String(".txt"))
        && ((base.size() > 17 && (base.startsWith(QLatin1String("requirements-")) || base.startsWith(QLatin1String("requirements_"))))
            || (base.size() > 4 && parent == QLatin1String("requirements"))))
        found = ManifestKind::RequirementsTxt;
    if (!found)
        return false;
    if (kind)
        *kind = *found;
    return true;
}

Manifest parse(ManifestKind kind, const QString &path, const QByteArray &bytes, const QByteArray &parentPom)
{
    Manifest m;
    m.path = path;
    m.kind = kind;
    Sink out(m);
    try {
        const qsizetype limit = isLockKind(kind) ? kMaxLockBytes : kMaxManifestBytes;
        if (bytes.size() > limit) {
            out.error(0, Text::tr("the file is too large (%1 MB; a %2 has at most %3 MB)")
                             .arg(double(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                             .arg(kindName(kind))
                             .arg(limit / (1024 * 1024)));
            out.finish();
            return m;
        }
        if (kind == ManifestKind::PomXml) {
            parsePom(bytes, parentPom, out); // XML declares its own encoding
        } else {
            const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
            if (checkText(text, out)) {
                switch (kind) {
                case ManifestKind::PackageJson: parsePackageJson(text, out); break;
                case ManifestKind::PackageLock: parsePackageLock(text, out); break;
                case ManifestKind::GoMod: parseGoMod(text, out); break;
                case ManifestKind::CargoToml:
                    parseCargoToml(text, out);
                    out.sortByLine(); // toml++ tables iterate by key
                    break;
                case ManifestKind::CargoLock: parseCargoLock(text, out); break;
                case ManifestKind::RequirementsTxt: parseRequirementsTxt(text, out); break;
                case ManifestKind::PyProject:
                    parsePyProject(text, out);
                    out.sortByLine();
                    break;
                case ManifestKind::DependenciesLock: parseDependenciesLock(text, out); break;
                case ManifestKind::PomXml: break;
                }
            }
        }
    } catch (const std::bad_alloc &) {
        m.dependencies.clear();
        out.error(0, Text::tr("out of memory while reading the file"));
    } catch (const std::exception &e) {
        m.dependencies.clear();
        out.error(0, Text::tr("cannot read the file: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        m.dependencies.clear();
        out.error(0, Text::tr("cannot read the file"));
    }
    out.finish();
    return m;
}

QString kindName(ManifestKind kind)
{
    switch (kind) {
    case ManifestKind::PackageJson: return QStringLiteral("package.json");
    case ManifestKind::PackageLock: return QStringLiteral("package-lock.json");
    case ManifestKind::GoMod: return QStringLiteral("go.mod");
    case ManifestKind::CargoToml: return QStringLiteral("Cargo.toml");
    case ManifestKind::CargoLock: return QStringLiteral("Cargo.lock");
    case ManifestKind::PomXml: return QStringLiteral("pom.xml");
    case ManifestKind::RequirementsTxt: return QStringLiteral("requirements.txt");
    case ManifestKind::PyProject: return QStringLiteral("pyproject.toml");
    case ManifestKind::DependenciesLock: return QStringLiteral("dependencies.lock");
    }
    return {};
}

QString normalisePythonName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    bool separator = false;
    for (const QChar c : name) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')) {
            separator = true;
            continue;
        }
        if (separator) {
            out += QLatin1Char('-');
            separator = false;
        }
        out += c.toLower();
    }
    if (separator)
        out += QLatin1Char('-');
    return out;
}

} // namespace Manifests

} // namespace ArchBoard
