// requirements.txt (pip) and pyproject.toml (PEP 621, PEP 735, Poetry).
#include "tomlsupport.h"

#include <QSet>

namespace ArchBoard::ManifestParsing {

namespace {

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

/// One requirement line after joining continued lines and dropping comments.
struct LogicalLine
{
    int line;
    QString text;
};

qsizetype commentStart(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('#') && (i == 0 || line[i - 1].isSpace()))
            return i;
    }
    return -1;
}

// pip: a line ending in "\" continues on the next; a comment ends a
// continued line; a comment starts at "#" at the start or after a space.
std::vector<LogicalLine> logicalLines(const QString &text)
{
    std::vector<LogicalLine> logical;
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
    return logical;
}

/// A line that starts with an option: -e/--editable adds a dependency, pip's other options are skipped.
void addOptionLine(const QString &trimmed, ManifestDependency dep, Sink &out)
{
    static const QStringList skipped = {
        QStringLiteral("-r"), QStringLiteral("--requirement"), QStringLiteral("-c"), QStringLiteral("--constraint"),
        QStringLiteral("-i"), QStringLiteral("--index-url"), QStringLiteral("--extra-index-url"), QStringLiteral("--no-index"),
        QStringLiteral("-f"), QStringLiteral("--find-links"), QStringLiteral("--pre"), QStringLiteral("--trusted-host"),
        QStringLiteral("--prefer-binary"), QStringLiteral("--require-hashes"), QStringLiteral("--only-binary"),
        QStringLiteral("--no-binary"), QStringLiteral("--use-feature"), QStringLiteral("--config-settings"),
        QStringLiteral("--global-option")};
    const int line = dep.line;
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
        return;
    if (option != QLatin1String("-e") && option != QLatin1String("--editable")) {
        out.error(line, Text::tr("unknown option %1").arg(quoted(option)));
        return;
    }
    if (value.isEmpty()) {
        out.error(line, Text::tr("%1 needs a path or URL").arg(option));
        return;
    }
    const QString egg = eggName(value);
    const QString name = egg.isEmpty() ? nameFromLocation(value, true) : egg;
    if (name.isEmpty()) {
        if (value == QLatin1String(".") || value.startsWith(QLatin1String(".[")) || value == QLatin1String("./"))
            return; // the project itself
        out.error(line, Text::tr("cannot tell the project name of %1; add “#egg=name”").arg(quoted(value)));
        return;
    }
    if (!validProjectName(name)) {
        out.error(line, Text::tr("invalid project name %1").arg(quoted(name)));
        return;
    }
    dep.name = Manifests::normalisePythonName(name);
    dep.requested = isUrlLike(value) ? value : QStringLiteral("file:") + value;
    dep.note = egg.isEmpty() ? Text::tr("editable; name taken from the path") : Text::tr("editable");
    out.add(std::move(dep));
}

/// Per-requirement options follow the requirement: --hash=…, --config-settings …
/// \a requirement is the line without them; false (with an error) for a bad one.
bool readRequirementOptions(const QString &trimmed, QString *requirement, ManifestDependency &dep, Sink &out)
{
    const int line = dep.line;
    *requirement = trimmed;
    qsizetype optionsAt = -1;
    for (qsizetype i = 1; i + 1 < trimmed.size(); ++i) {
        if (trimmed[i] == QLatin1Char('-') && trimmed[i + 1] == QLatin1Char('-') && trimmed[i - 1].isSpace()) {
            optionsAt = i;
            break;
        }
    }
    if (optionsAt <= 0)
        return true;
    *requirement = trimmed.left(optionsAt).trimmed();
    const QStringList words = trimmed.mid(optionsAt).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype w = 0; w < words.size(); ++w) {
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
                return false;
            } else if (dep.checksum.isEmpty()) {
                dep.checksum = value;
            }
        } else if (option != QLatin1String("--config-settings") && option != QLatin1String("--global-option")
                   && option != QLatin1String("--install-option")) {
            out.error(line, Text::tr("unknown option %1").arg(quoted(option)));
            return false;
        }
    }
    return true;
}

/// A requirement: a bare URL or path, or a PEP 508 requirement.
void addRequirement(const QString &requirement, ManifestDependency dep, Sink &out)
{
    const int line = dep.line;
    if (isUrlLike(requirement) || isPathLike(requirement)) {
        // A bare URL or path: the name comes from #egg= or the file name.
        const QString location = requirement.section(QLatin1Char(' '), 0, 0);
        const QString egg = eggName(location);
        const QString name = egg.isEmpty() ? nameFromLocation(location, false) : egg;
        if (name.isEmpty() || !validProjectName(name)) {
            out.error(line, Text::tr("cannot tell the project name of %1; write “name @ URL” or add “#egg=name”").arg(quoted(location)));
            return;
        }
        dep.name = Manifests::normalisePythonName(name);
        dep.requested = isUrlLike(location) ? location : QStringLiteral("file:") + location;
        out.add(std::move(dep));
        return;
    }

    Requirement r;
    if (!parseRequirement(requirement, &r)) {
        out.error(line, r.error);
        return;
    }
    dep.name = r.name;
    dep.requested = r.requested;
    if (!r.marker.isEmpty())
        dep.note = Text::tr("marker: %1").arg(r.marker);
    out.add(std::move(dep));
}

} // namespace

void parseRequirementsTxt(const QByteArray &bytes, Sink &out)
{
    out.m.runtime = QStringLiteral("python");
    const QString text = QString::fromUtf8(bytes);
    for (const LogicalLine &entry : logicalLines(text)) {
        const int line = entry.line;
        const QString trimmed = entry.text.trimmed();
        if (trimmed.isEmpty())
            continue;
        ManifestDependency dep;
        dep.ecosystem = Ecosystem::PyPI;
        dep.line = line;

        if (trimmed.startsWith(QLatin1Char('-'))) {
            addOptionLine(trimmed, std::move(dep), out);
            continue;
        }
        QString requirement;
        if (!readRequirementOptions(trimmed, &requirement, dep, out))
            continue;
        addRequirement(requirement, std::move(dep), out);
    }
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
    // A uv workspace root: its members and excludes decide which pyproject.toml below count.
    if (const toml::table *uv = tableAt(tableAt(tableAt(&root, "tool"), "uv"), "workspace")) {
        m.isWorkspaceRoot = true;
        readTomlStringArray(uv->get("members"), QStringLiteral("[tool.uv.workspace].members"), out, &m.workspaceMembers);
        readTomlStringArray(uv->get("exclude"), QStringLiteral("[tool.uv.workspace].exclude"), out, &m.workspaceExcludes);
        if (const toml::node *members = uv->get("members"))
            m.workspaceLine = lineOf(*members);
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

} // namespace ArchBoard::ManifestParsing
