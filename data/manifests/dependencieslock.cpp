// The seed article's cross-language dependencies.lock (§4.3), a YAML file.
#include "manifestparsing.h"

#include "yamlguard.h"

#include <yaml-cpp/yaml.h>

#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

/// What the interpretation needs from the file, as either reader found it.
struct LockValue
{
    enum class State { Missing, Null, Text, NotText } state = State::Missing;
    QString text; ///< trimmed
    int line = 0;
};

struct LockItem
{
    bool isMap = true;
    int line = 0;
    LockValue name, version, checksum, ecosystem;
};

struct LockDocument
{
    bool isMap = false;
    int line = 0;
    LockValue runtime;
    enum class Dependencies { Missing, Null, List, NotList } dependencies = Dependencies::Missing;
    int dependenciesLine = 0;
    std::vector<LockItem> items;
};

// --- the fast reader: the plain block style every generator writes -----------------------------

using Bytes = std::string_view;

Bytes trimmedRight(Bytes b)
{
    while (!b.empty() && b.back() == ' ')
        b.remove_suffix(1);
    return b;
}

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
}

/// "key: plain value" or "key:" with nothing after it; false for anything
/// else a YAML reader could read differently (quotes, flow, comments, tabs…).
bool splitKeyValue(Bytes rest, Bytes *key, Bytes *value)
{
    size_t k = 0;
    while (k < rest.size() && isKeyChar(rest[k]))
        ++k;
    if (k == 0 || k >= rest.size() || rest[k] != ':' || !isKeyChar(rest[0]) || rest[0] == '-' || rest[0] == '.')
        return false;
    if (k + 1 < rest.size() && rest[k + 1] != ' ')
        return false;
    *key = rest.substr(0, k);
    Bytes v = rest.substr(std::min(rest.size(), k + 1));
    while (!v.empty() && v.front() == ' ')
        v.remove_prefix(1);
    v = trimmedRight(v);
    if (!v.empty()) {
        static constexpr std::string_view indicators = "-?:,[]{}#&*!|>'\"%@`";
        if (indicators.find(v.front()) != Bytes::npos)
            return false;
        if (v.back() == ':' || v.find(": ") != Bytes::npos || v.find(" #") != Bytes::npos || v.find('\t') != Bytes::npos)
            return false;
    }
    *value = v;
    return true;
}

LockValue plainValue(Bytes v, int line)
{
    LockValue value;
    value.line = line;
    if (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL") {
        value.state = LockValue::State::Null;
        return value;
    }
    value.state = LockValue::State::Text;
    value.text = QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed();
    return value;
}

/// Reads the file when every line is one of: blank, a comment, a top-level
/// "key: plain value", "dependencies:" followed by "- key: value" items whose
/// further keys line up under the first. Returns false, having read
/// nothing that counts, for any other shape; yaml-cpp then reads the file.
bool readPlainLock(const QByteArray &bytes, LockDocument *doc)
{
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    int lineNo = 0;
    bool inDependencies = false, sawRuntime = false, sawDependencies = false, sawKey = false;
    int sequenceIndent = -1;
    LockItem *item = nullptr;
    std::vector<Bytes> itemKeys;
    doc->isMap = true;
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        Bytes line(p, size_t(eol - p));
        // CR LF ends a line; a CR on its own is text to yaml-cpp (a value "\r", not null).
        if (eol < end && !line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        p = eol + 1;
        ++lineNo;
        if (line.find('\r') != Bytes::npos || line.find('\t') != Bytes::npos)
            return false;
        size_t indent = 0;
        while (indent < line.size() && line[indent] == ' ')
            ++indent;
        const Bytes rest = line.substr(indent);
        if (rest.empty() || rest.front() == '#')
            continue;
        Bytes key, value;
        if (indent == 0 && !rest.starts_with("- ")) {
            if (!splitKeyValue(rest, &key, &value))
                return false;
            if (!sawKey)
                doc->line = lineNo;
            sawKey = true;
            item = nullptr;
            inDependencies = false;
            if (key == "runtime") {
                if (sawRuntime)
                    return false;
                sawRuntime = true;
                doc->runtime = plainValue(value, lineNo);
            } else if (key == "dependencies") {
                if (sawDependencies || !value.empty())
                    return false;
                sawDependencies = inDependencies = true;
                doc->dependencies = LockDocument::Dependencies::Null;
                doc->dependenciesLine = lineNo;
            } else if (value.empty()) {
                return false; // another key whose value may be a nested block
            }
            continue;
        }
        if (inDependencies && rest.starts_with("- ")) {
            if (sequenceIndent < 0)
                sequenceIndent = int(indent);
            if (int(indent) != sequenceIndent || !splitKeyValue(rest.substr(2), &key, &value))
                return false;
            doc->dependencies = LockDocument::Dependencies::List;
            item = &doc->items.emplace_back();
            item->line = lineNo;
            itemKeys.clear();
        } else if (item && int(indent) == sequenceIndent + 2) {
            if (!splitKeyValue(rest, &key, &value))
                return false;
        } else {
            return false;
        }
        if (itemKeys.size() >= 32)
            return false; // not a generator's item; and the check below would grow with the square of it
        for (const Bytes &seen : itemKeys) {
            if (seen == key)
                return false; // a repeated key: leave it to yaml-cpp
        }
        itemKeys.push_back(key);
        if (key == "name")
            item->name = plainValue(value, lineNo);
        else if (key == "version")
            item->version = plainValue(value, lineNo);
        else if (key == "checksum")
            item->checksum = plainValue(value, lineNo);
        else if (key == "ecosystem")
            item->ecosystem = plainValue(value, lineNo);
        else if (value.empty())
            return false; // a nested block under another key
    }
    return sawKey;
}

// --- yaml-cpp: everything else ----------------------------------------------------------------

LockValue yamlValue(const YAML::Node &node)
{
    LockValue value;
    if (!node.IsDefined())
        return value;
    value.line = yamlLine(node);
    if (node.IsNull())
        value.state = LockValue::State::Null;
    else if (!node.IsScalar())
        value.state = LockValue::State::NotText;
    else {
        value.state = LockValue::State::Text;
        value.text = QString::fromStdString(node.Scalar()).trimmed();
    }
    return value;
}

/// False with the error in \a out when yaml-cpp cannot read the file.
bool readYamlLock(const QByteArray &bytes, LockDocument *doc, Sink &out)
{
    YAML::Node root;
    try {
        root = YAML::Load(std::string(bytes.constData(), size_t(bytes.size())));
    } catch (const YAML::Exception &e) {
        out.error(yamlLine(e.mark), Text::tr("YAML syntax: %1").arg(QString::fromStdString(e.msg)));
        return false;
    }
    try {
        const YAML::Node &map = root; // const: operator[] must not add keys
        doc->isMap = map.IsMap();
        doc->line = yamlLine(map);
        if (!doc->isMap)
            return true;
        doc->runtime = yamlValue(map["runtime"]);
        const YAML::Node deps = map["dependencies"];
        doc->dependenciesLine = deps.IsDefined() ? yamlLine(deps) : 0;
        if (!deps.IsDefined())
            doc->dependencies = LockDocument::Dependencies::Missing;
        else if (deps.IsNull())
            doc->dependencies = LockDocument::Dependencies::Null;
        else if (!deps.IsSequence())
            doc->dependencies = LockDocument::Dependencies::NotList;
        else {
            doc->dependencies = LockDocument::Dependencies::List;
            for (const YAML::Node &node : deps) {
                LockItem &item = doc->items.emplace_back();
                item.line = yamlLine(node);
                item.isMap = node.IsMap();
                if (!item.isMap)
                    continue;
                item.name = yamlValue(node["name"]);
                item.version = yamlValue(node["version"]);
                item.checksum = yamlValue(node["checksum"]);
                item.ecosystem = yamlValue(node["ecosystem"]);
            }
        }
    } catch (const YAML::Exception &e) {
        out.error(yamlLine(e.mark), Text::tr("YAML: %1").arg(QString::fromStdString(e.msg)));
        return false;
    }
    return true;
}

// --- what the file means ---------------------------------------------------------------------

/// "nodejs-18.17.0" → runtime nodejs, version 18.17.0; returns the ecosystem its dependencies default to.
Ecosystem readRuntime(const LockValue &runtime, Sink &out)
{
    Manifest &m = out.m;
    if (runtime.state == LockValue::State::Missing || runtime.state == LockValue::State::Null) {
        out.error(1, Text::tr("no “runtime” (e.g. “runtime: nodejs-18.17.0”)"));
        return Ecosystem::Other;
    }
    if (runtime.state == LockValue::State::NotText) {
        out.error(runtime.line, Text::tr("“runtime” is not a text value like “nodejs-18.17.0”"));
        return Ecosystem::Other;
    }
    // The version starts at the first "-" before a digit.
    const QString &text = runtime.text;
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
    out.set(&m.runtime, name, runtime.line, Text::tr("the runtime"));
    if (split >= 0)
        out.set(&m.runtimeVersion, text.mid(split + 1), runtime.line, Text::tr("the runtime version"));
    if (name == QLatin1String("nodejs"))
        return Ecosystem::Npm;
    if (name == QLatin1String("java"))
        return Ecosystem::Maven;
    if (name == QLatin1String("python"))
        return Ecosystem::PyPI;
    if (name == QLatin1String("go"))
        return Ecosystem::Go;
    if (name == QLatin1String("rust"))
        return Ecosystem::Cargo;
    return Ecosystem::Other;
}

void readItem(const LockItem &item, Ecosystem derived, Sink &out)
{
    if (!item.isMap) {
        out.error(item.line, Text::tr("a dependency is not a mapping of name, version and checksum"));
        return;
    }
    auto text = [&](const LockValue &value, const char *key, bool required) -> std::optional<QString> {
        if (value.state == LockValue::State::Missing || value.state == LockValue::State::Null) {
            if (required) {
                out.error(item.line, Text::tr("a dependency without “%1”").arg(QLatin1String(key)));
                return std::nullopt;
            }
            return QString();
        }
        if (value.state == LockValue::State::NotText) {
            out.error(value.line, Text::tr("“%1” is not a text value").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return value.text;
    };
    const std::optional<QString> name = text(item.name, "name", true);
    const std::optional<QString> version = name ? text(item.version, "version", true) : std::nullopt;
    const std::optional<QString> checksum = version ? text(item.checksum, "checksum", false) : std::nullopt;
    const std::optional<QString> ecosystem = checksum ? text(item.ecosystem, "ecosystem", false) : std::nullopt;
    if (!ecosystem)
        return;
    ManifestDependency dep;
    dep.ecosystem = derived;
    if (!ecosystem->isEmpty()) {
        const std::optional<Ecosystem> e = ecosystemFromName(*ecosystem);
        if (!e) {
            out.error(item.line, Text::tr("dependency %1: unknown ecosystem %2 (npm, maven, pypi, go, cargo or other)")
                                     .arg(quoted(*name), quoted(*ecosystem)));
            return;
        }
        dep.ecosystem = *e;
    }
    dep.name = dep.ecosystem == Ecosystem::PyPI ? Manifests::normalisePythonName(*name) : *name;
    dep.requested = *version;
    dep.resolved = *version;
    dep.checksum = *checksum;
    dep.line = item.line;
    out.add(std::move(dep));
}

void interpret(const LockDocument &doc, Sink &out)
{
    if (!doc.isMap) {
        out.error(doc.line, Text::tr("expected a mapping with “runtime” and “dependencies”"));
        return;
    }
    const Ecosystem derived = readRuntime(doc.runtime, out);
    if (doc.dependencies == LockDocument::Dependencies::NotList) {
        out.error(doc.dependenciesLine, Text::tr("“dependencies” is not a list"));
        return;
    }
    for (const LockItem &item : doc.items)
        readItem(item, derived, out);
}

} // namespace

bool parseDependenciesLockPlain(const QByteArray &bytes, Sink &out)
{
    LockDocument doc;
    if (bytes.size() > kMaxLockBytes || !readPlainLock(bytes, &doc))
        return false;
    interpret(doc, out);
    return true;
}

void parseDependenciesLockYaml(const QByteArray &bytes, Sink &out)
{
    LockDocument doc;
    if (readYamlLock(bytes, &doc, out))
        interpret(doc, out);
}

void parseDependenciesLock(const QByteArray &bytes, Sink &out)
{
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
    // yaml-cpp takes ~1 ms for a 400-line file; almost every real file is in the plain
    // shape, read here in a tenth of that with the same result (tst_manifests and the
    // dependencies.lock fuzz target compare the two readers).
    if (!parseDependenciesLockPlain(bytes, out))
        parseDependenciesLockYaml(bytes, out);
}

} // namespace ArchBoard::ManifestParsing
