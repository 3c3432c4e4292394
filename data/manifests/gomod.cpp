// go.mod: module, go and toolchain directives, require and replace; go.work: use.
#include "manifestparsing.h"

#include <functional>

namespace ArchBoard::ManifestParsing {

namespace {

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

/**
 * go.mod and go.work share one grammar: a directive per line, or "verb ("
 * … ")" blocks of \a blockVerbs. Calls \a directive with each directive's
 * line, verb, arguments and trailing comment; reports what the tokenizer
 * refuses, parentheses inside a block, unknown blocks and a block never closed.
 */
void forEachGoDirective(const QByteArray &bytes, const QStringList &blockVerbs, Sink &out,
                        const std::function<void(int, const QString &, const QStringList &, const QString &)> &directive)
{
    QString block; // directive of the open "verb (" block
    bool blockKnown = true;
    int blockLine = 0;
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
        directive(line, verb, args, tokens.comment);
    }
    if (!block.isEmpty())
        out.error(blockLine, Text::tr("the “%1 (” block is never closed").arg(block));
}

} // namespace

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

    static const QStringList blockVerbs = {QStringLiteral("require"), QStringLiteral("replace"), QStringLiteral("exclude"),
                                           QStringLiteral("retract"), QStringLiteral("godebug"), QStringLiteral("tool"),
                                           QStringLiteral("ignore")};
    forEachGoDirective(bytes, blockVerbs, out, [&](int line, const QString &verb, const QStringList &args, const QString &comment) {
        if (verb == QLatin1String("module")) {
            if (args.size() != 1 || !isModulePath(args.front())) {
                out.error(line, Text::tr("expected “module path”"));
                return;
            }
            haveModule = true;
            out.set(&m.name, args.front(), line, Text::tr("the module path"));
        } else if (verb == QLatin1String("go")) {
            if (args.size() != 1 || !isGoVersion(args.front())) {
                out.error(line, Text::tr("invalid go version %1; expected e.g. “go 1.22” or “go 1.22.1”").arg(quoted(args.join(QLatin1Char(' ')))));
                return;
            }
            m.runtimeVersion = args.front();
        } else if (verb == QLatin1String("toolchain")) {
            const QString name = args.size() == 1 ? args.front() : QString();
            const QStringView version = QStringView(name).mid(2).left(QStringView(name).mid(2).indexOf(QLatin1Char('-')));
            if (name != QLatin1String("default") && !(name.startsWith(QLatin1String("go")) && isGoVersion(version))) {
                out.error(line, Text::tr("invalid toolchain %1; expected e.g. “toolchain go1.22.3”").arg(quoted(args.join(QLatin1Char(' ')))));
                return;
            }
            if (name != QLatin1String("default"))
                toolchain = version.toString();
        } else if (verb == QLatin1String("require")) {
            if (args.size() != 2 || !isModulePath(args[0]) || !isModuleVersion(args[1])) {
                out.error(line, Text::tr("expected “require module/path vX.Y.Z”, found %1").arg(quoted(args.join(QLatin1Char(' ')))));
                return;
            }
            ManifestDependency dep;
            dep.ecosystem = Ecosystem::Go;
            dep.name = args[0];
            dep.requested = args[1];
            dep.line = line;
            if (comment == QLatin1String("indirect") || comment.startsWith(QLatin1String("indirect;")))
                dep.note = QStringLiteral("indirect");
            requires_.push_back(std::move(dep));
        } else if (verb == QLatin1String("replace")) {
            const qsizetype arrow = args.indexOf(QStringLiteral("=>"));
            const qsizetype right = args.size() - arrow - 1;
            if (arrow < 1 || arrow > 2 || right < 1 || right > 2 || !isModulePath(args[0])
                || (arrow == 2 && !isModuleVersion(args[1]))) {
                out.error(line, Text::tr("expected “replace module [version] => replacement [version]”"));
                return;
            }
            Replace r;
            r.oldPath = args[0];
            r.oldVersion = arrow == 2 ? args[1] : QString();
            r.newPath = args[arrow + 1];
            if (right == 2) {
                r.newVersion = args[arrow + 2];
                if (!isModulePath(r.newPath) || !isModuleVersion(r.newVersion)) {
                    out.error(line, Text::tr("invalid replacement %1").arg(quoted(r.newPath + QLatin1Char(' ') + r.newVersion)));
                    return;
                }
            } else if (!isLocalPath(r.newPath)) {
                out.error(line, Text::tr("replacement %1 has no version, so it must be a directory (./ or ../)").arg(quoted(r.newPath)));
                return;
            }
            replaces.push_back(std::move(r));
        } else if (blockVerbs.contains(verb)) {
            return; // exclude, retract, godebug, tool, ignore: nothing the scanner needs
        } else {
            out.error(line, Text::tr("unknown directive %1").arg(quoted(verb)));
        }
    });
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

void parseGoWork(const QByteArray &bytes, Sink &out)
{
    Manifest &m = out.m;
    m.runtime = QStringLiteral("go");
    m.isWorkspaceRoot = true;
    static const QStringList blockVerbs = {QStringLiteral("use"), QStringLiteral("replace"), QStringLiteral("godebug")};
    forEachGoDirective(bytes, blockVerbs, out, [&](int line, const QString &verb, const QStringList &args, const QString &) {
        if (verb == QLatin1String("go")) {
            if (args.size() != 1 || !isGoVersion(args.front())) {
                out.error(line, Text::tr("invalid go version %1; expected e.g. “go 1.22” or “go 1.22.1”").arg(quoted(args.join(QLatin1Char(' ')))));
                return;
            }
            m.runtimeVersion = args.front();
        } else if (verb == QLatin1String("use")) {
            if (args.size() != 1 || args.front().isEmpty()) {
                out.error(line, Text::tr("expected “use ./path”, found %1").arg(quoted(args.join(QLatin1Char(' ')))));
                return;
            }
            QString path;
            out.set(&path, args.front(), line, Text::tr("a use path"));
            if (path.isEmpty())
                return;
            if (m.workspaceLine == 0)
                m.workspaceLine = line;
            m.workspaceMembers.append(path);
        } else if (verb == QLatin1String("toolchain") || blockVerbs.contains(verb)) {
            return; // toolchain, replace, godebug: nothing membership needs
        } else {
            out.error(line, Text::tr("unknown directive %1").arg(quoted(verb)));
        }
    });
}

} // namespace ArchBoard::ManifestParsing
