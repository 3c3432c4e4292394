#include "workspacemembership.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace ArchBoard {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Scanner)
};

constexpr int kMaxBraceExpansions = 256;
constexpr int kMaxGlobSegments = 128;

/// "a/./b/", "./a" → ["a", "b"]; ".." kept (resolved by the caller).
QStringList segments(QStringView path)
{
    QStringList out;
    for (QStringView part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part != u".")
            out.append(part.toString());
    }
    return out;
}

/// `{a,b}c` → `ac`, `bc` (nested braces too), at most kMaxBraceExpansions.
void expandBraces(const QString &glob, QStringList *out)
{
    if (out->size() >= kMaxBraceExpansions)
        return;
    qsizetype open = -1;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        if (glob[i] == u'\\') {
            ++i;
            continue;
        }
        if (glob[i] == u'{') {
            open = i;
            break;
        }
    }
    if (open < 0) {
        out->append(glob);
        return;
    }
    int depth = 0;
    qsizetype close = -1;
    QList<qsizetype> commas;
    for (qsizetype i = open; i < glob.size(); ++i) {
        const QChar c = glob[i];
        if (c == u'\\') {
            ++i;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (--depth == 0) {
                close = i;
                break;
            }
        } else if (c == u',' && depth == 1) {
            commas.append(i);
        }
    }
    if (close < 0 || commas.isEmpty()) {
        // Unbalanced or a single alternative: the brace is a plain character.
        QString literal = glob;
        literal.replace(open, 1, QStringLiteral("\\{"));
        expandBraces(literal, out);
        return;
    }
    const QString before = glob.left(open);
    const QString after = glob.mid(close + 1);
    qsizetype start = open + 1;
    commas.append(close);
    for (qsizetype comma : std::as_const(commas)) {
        expandBraces(before + glob.mid(start, comma - start) + after, out);
        start = comma + 1;
    }
}

/// One segment against one glob segment: `*`, `?`, `[...]`, `\x`.
bool segmentMatches(QStringView glob, QStringView name)
{
    // Iterative wildcard matching with one backtrack point (the last `*`).
    qsizetype g = 0, n = 0, starG = -1, starN = 0;
    auto matchOne = [&](qsizetype &gi, QChar c) -> bool {
        const QChar p = glob[gi];
        if (p == u'?') {
            ++gi;
            return true;
        }
        if (p == u'\\' && gi + 1 < glob.size()) {
            const bool ok = glob[gi + 1] == c;
            gi += 2;
            return ok;
        }
        if (p == u'[') {
            qsizetype i = gi + 1;
            bool negate = false;
            if (i < glob.size() && (glob[i] == u'!' || glob[i] == u'^')) {
                negate = true;
                ++i;
            }
            bool found = false;
            bool first = true;
            for (; i < glob.size() && (first || glob[i] != u']'); ++i) {
                first = false;
                QChar lo = glob[i];
                if (lo == u'\\' && i + 1 < glob.size())
                    lo = glob[++i];
                QChar hi = lo;
                if (i + 2 < glob.size() && glob[i + 1] == u'-' && glob[i + 2] != u']') {
                    hi = glob[i + 2];
                    i += 2;
                }
                found = found || (c >= lo && c <= hi);
            }
            if (i >= glob.size()) { // no closing bracket: a literal "["
                ++gi;
                return c == u'[';
            }
            gi = i + 1;
            return found != negate;
        }
        ++gi;
        return p == c;
    };
    while (n < name.size()) {
        if (g < glob.size() && glob[g] == u'*') {
            while (g < glob.size() && glob[g] == u'*')
                ++g;
            starG = g;
            starN = n;
            continue;
        }
        qsizetype next = g;
        if (g < glob.size() && matchOne(next, name[n])) {
            g = next;
            ++n;
            continue;
        }
        if (starG < 0)
            return false;
        g = starG;
        n = ++starN;
    }
    while (g < glob.size() && glob[g] == u'*')
        ++g;
    return g == glob.size();
}

bool segmentsMatch(const QStringList &glob, qsizetype gi, const QStringList &path, qsizetype pi)
{
    for (; gi < glob.size(); ++gi, ++pi) {
        if (glob[gi] == u"**") {
            while (gi + 1 < glob.size() && glob[gi + 1] == u"**")
                ++gi;
            for (qsizetype skip = pi; skip <= path.size(); ++skip) {
                if (segmentsMatch(glob, gi + 1, path, skip))
                    return true;
            }
            return false;
        }
        if (pi >= path.size())
            return false;
        // Hidden folders match only a pattern that names the dot (as npm and pnpm glob them).
        if (path[pi].startsWith(u'.') && !glob[gi].startsWith(u'.'))
            return false;
        if (!segmentMatches(glob[gi], path[pi]))
            return false;
    }
    return pi == path.size();
}

/// Whether the glob matches \a path or a folder above it ("examples" covers "examples/a").
bool matchesPrefix(const QString &glob, const QString &path)
{
    QStringList parts = segments(path);
    for (qsizetype n = parts.size(); n >= 0; --n) {
        if (WorkspaceMembership::globMatches(glob, parts.mid(0, n).join(u'/')))
            return true;
    }
    return false;
}

bool hasGlobCharacters(QStringView s)
{
    for (QChar c : s) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u'{')
            return true;
    }
    return false;
}

/// \a relative joined to \a base ('/'-separated, "." the root), ".." resolved;
/// nullopt when it leaves the scanned folder.
std::optional<QString> joinPath(const QString &base, const QString &relative)
{
    if (relative.startsWith(u'/'))
        return std::nullopt;
    QStringList parts = segments(base);
    for (const QString &part : segments(QString(relative).replace(u'\\', u'/'))) {
        if (part == u"..") {
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
        } else {
            parts.append(part);
        }
    }
    return parts.isEmpty() ? QStringLiteral(".") : parts.join(u'/');
}

QString parentOf(const QString &folder)
{
    if (folder == u".")
        return {};
    const qsizetype slash = folder.lastIndexOf(u'/');
    return slash < 0 ? QStringLiteral(".") : folder.left(slash);
}

QString relativeTo(const QString &folder, const QString &base)
{
    if (base == u".")
        return folder;
    if (folder == base)
        return QStringLiteral(".");
    return folder.mid(base.size() + 1);
}

std::optional<Ecosystem> membershipEcosystem(ManifestKind kind)
{
    switch (kind) {
    case ManifestKind::PackageJson: return Ecosystem::Npm;
    case ManifestKind::CargoToml: return Ecosystem::Cargo;
    case ManifestKind::GoMod: return Ecosystem::Go;
    case ManifestKind::PomXml: return Ecosystem::Maven;
    case ManifestKind::PyProject: return Ecosystem::PyPI; // uv workspaces; requirements files have none
    default: return std::nullopt;
    }
}

struct Verdict
{
    bool member = true;
    int rule = -1;
    QString reason;
};

class Decider
{
public:
    explicit Decider(const std::vector<WorkspaceMembership::Entry> &entries)
        : m_entries(entries)
    {
        collectRules();
    }

    WorkspaceMembership::Decision run()
    {
        WorkspaceMembership::Decision out;
        out.member.assign(m_entries.size(), true);
        // Cargo: path dependencies of members inside the workspace are members too.
        for (int round = 0; round < 64; ++round) {
            m_memo.clear();
            if (!addCargoPathMembers())
                break;
        }
        m_memo.clear();
        for (size_t i = 0; i < m_entries.size(); ++i) {
            const WorkspaceMembership::Entry &e = m_entries[i];
            const std::optional<Ecosystem> eco = membershipEcosystem(e.manifest->kind);
            if (!eco)
                continue;
            const Verdict v = decide(*eco, e.folder);
            if (v.rule >= 0 && v.member)
                ++m_rules[size_t(v.rule)].members;
            if (v.member)
                continue;
            out.member[i] = false;
            if (v.rule >= 0)
                ++m_rules[size_t(v.rule)].leftOut;
            out.leftOut.push_back({e.path, e.folder, *eco, v.rule, v.reason});
        }
        out.rules = std::move(m_rules);
        return out;
    }

private:
    void addRule(const WorkspaceMembership::Entry &e, Ecosystem eco, const QString &field)
    {
        const Manifest &m = *e.manifest;
        WorkspaceRule rule;
        rule.folder = e.folder;
        rule.file = e.path.mid(e.path.lastIndexOf(u'/') + 1);
        rule.ecosystem = eco;
        rule.field = field;
        rule.patterns = m.workspaceMembers;
        rule.excludes = m.workspaceExcludes;
        rule.line = m.workspaceLine;
        QHash<QString, int> &at = m_ruleAt[int(eco)];
        const auto existing = at.constFind(e.folder);
        if (existing != at.cend()) {
            // pnpm reads pnpm-workspace.yaml, not package.json's "workspaces".
            if (m.kind == ManifestKind::PnpmWorkspace)
                m_rules[size_t(existing.value())] = rule;
            return;
        }
        at.insert(e.folder, int(m_rules.size()));
        m_rules.push_back(rule);
    }

    void collectRules()
    {
        for (const WorkspaceMembership::Entry &e : m_entries) {
            const Manifest &m = *e.manifest;
            if (!m.isWorkspaceRoot)
                continue;
            switch (m.kind) {
            case ManifestKind::PackageJson: addRule(e, Ecosystem::Npm, QStringLiteral("workspaces")); break;
            case ManifestKind::PnpmWorkspace: addRule(e, Ecosystem::Npm, QStringLiteral("packages")); break;
            case ManifestKind::CargoToml: addRule(e, Ecosystem::Cargo, QStringLiteral("[workspace] members")); break;
            case ManifestKind::GoWork: addRule(e, Ecosystem::Go, QStringLiteral("use")); break;
            case ManifestKind::PomXml: addRule(e, Ecosystem::Maven, QStringLiteral("<modules>")); break;
            case ManifestKind::PyProject: addRule(e, Ecosystem::PyPI, QStringLiteral("[tool.uv.workspace] members")); break;
            default: break;
            }
        }
        // Go and Maven list folders: resolve them once.
        for (size_t r = 0; r < m_rules.size(); ++r) {
            const WorkspaceRule &rule = m_rules[r];
            if (rule.ecosystem != Ecosystem::Go && rule.ecosystem != Ecosystem::Maven)
                continue;
            for (QString member : rule.patterns) {
                if (rule.ecosystem == Ecosystem::Maven && member.endsWith(QLatin1String(".xml")))
                    member = member.left(std::max<qsizetype>(0, member.lastIndexOf(u'/'))); // <module>sub/pom.xml</module>
                if (const std::optional<QString> folder = joinPath(rule.folder, member.isEmpty() ? QStringLiteral(".") : member))
                    m_listedBy[int(rule.ecosystem)][*folder].append(int(r));
            }
        }
    }

    /// The closest rule of \a eco in \a folder or above (from \a folder itself when \a inclusive).
    int closestRule(Ecosystem eco, const QString &folder, bool inclusive) const
    {
        const QHash<QString, int> &at = m_ruleAt[int(eco)];
        for (QString f = inclusive ? folder : parentOf(folder); !f.isEmpty(); f = parentOf(f)) {
            const auto it = at.constFind(f);
            if (it != at.cend())
                return it.value();
        }
        return -1;
    }

    Verdict notMatched(int rule) const
    {
        return {false, rule, Text::tr("not matched by %1").arg(m_rules[size_t(rule)].describe())};
    }

    /// Whether a rule's own folder is a member of the rules above it.
    Verdict insideRule(Ecosystem eco, int rule, Verdict matched)
    {
        const WorkspaceRule &r = m_rules[size_t(rule)];
        if (eco == Ecosystem::Go)
            return matched; // go uses the closest go.work; they do not nest
        const Verdict outer = decide(eco, r.folder);
        if (outer.member)
            return matched;
        return {false, outer.rule, Text::tr("inside %1, which is itself left out: %2").arg(r.folder, outer.reason)};
    }

    Verdict globVerdict(Ecosystem eco, const QString &folder)
    {
        const int rule = closestRule(eco, folder, false);
        if (rule < 0)
            return {};
        const WorkspaceRule &r = m_rules[size_t(rule)];
        const QString rel = relativeTo(folder, r.folder);
        bool included = false;
        if (eco == Ecosystem::Cargo) {
            bool matched = m_cargoPathMembers.contains(folder);
            bool explicitMember = false;
            for (const QString &m : r.patterns) {
                matched = matched || WorkspaceMembership::globMatches(m, rel);
                explicitMember = explicitMember || (!hasGlobCharacters(m) && matchesPrefix(m, rel));
            }
            bool excluded = false;
            for (const QString &x : r.excludes)
                excluded = excluded || matchesPrefix(x, rel);
            if (matched && excluded && !explicitMember)
                return {false, rule, Text::tr("excluded by %1").arg(r.describe())};
            included = matched;
        } else if (eco == Ecosystem::PyPI) {
            // uv: members globs, minus exclude globs (an exclude wins even over a listed path).
            for (const QString &m : r.patterns)
                included = included || WorkspaceMembership::globMatches(m, rel);
            bool excluded = false;
            for (const QString &x : r.excludes)
                excluded = excluded || WorkspaceMembership::globMatches(x, rel);
            if (included && excluded)
                return {false, rule, Text::tr("excluded by %1").arg(r.describe())};
        } else if (r.file == u"pnpm-workspace.yaml") {
            // fast-glob's ignore patterns: a match of any "!" pattern excludes, whatever the order.
            bool positive = false, negative = false;
            for (const QString &p : r.patterns) {
                if (p.startsWith(u'!'))
                    negative = negative || WorkspaceMembership::globMatches(p.mid(1), rel);
                else
                    positive = positive || WorkspaceMembership::globMatches(p, rel);
            }
            if (positive && negative)
                return {false, rule, Text::tr("excluded by %1").arg(r.describe())};
            included = positive;
        } else {
            // npm and yarn: in order, a later "!" pattern removes what earlier ones added.
            bool negated = false;
            for (const QString &p : r.patterns) {
                if (p.startsWith(u'!')) {
                    if (included && WorkspaceMembership::globMatches(p.mid(1), rel)) {
                        included = false;
                        negated = true;
                    }
                } else if (WorkspaceMembership::globMatches(p, rel)) {
                    included = true;
                }
            }
            if (!included && negated)
                return {false, rule, Text::tr("excluded by %1").arg(r.describe())};
        }
        if (!included)
            return notMatched(rule);
        return insideRule(eco, rule, {true, rule, {}});
    }

    Verdict listVerdict(Ecosystem eco, const QString &folder)
    {
        // Listed by a rule that is itself a member (a module's own modules, ../ paths).
        const QList<int> listing = m_listedBy[int(eco)].value(folder);
        Verdict firstLeftOut;
        bool sawLeftOut = false;
        for (int rule : listing) {
            if (m_rules[size_t(rule)].folder == folder && eco == Ecosystem::Maven)
                continue; // a pom listing itself
            const Verdict v = insideRule(eco, rule, {true, rule, {}});
            if (v.member)
                return v;
            if (!sawLeftOut) {
                firstLeftOut = v;
                sawLeftOut = true;
            }
        }
        if (sawLeftOut)
            return firstLeftOut;
        // go.work governs the go.mod beside it; a pom with <modules> is decided by the ones above.
        const int rule = closestRule(eco, folder, eco == Ecosystem::Go);
        if (rule < 0)
            return {};
        return notMatched(rule);
    }

    Verdict decide(Ecosystem eco, const QString &folder)
    {
        const QString key = QString::number(int(eco)) + u':' + folder;
        if (const auto it = m_memo.constFind(key); it != m_memo.cend())
            return it.value();
        m_memo.insert(key, Verdict{}); // a cycle of <module> paths counts as member
        const Verdict v = eco == Ecosystem::Go || eco == Ecosystem::Maven ? listVerdict(eco, folder) : globVerdict(eco, folder);
        m_memo.insert(key, v);
        return v;
    }

    /// Adds the folders of Cargo path dependencies of members; true when one was added.
    bool addCargoPathMembers()
    {
        if (m_ruleAt[int(Ecosystem::Cargo)].isEmpty())
            return false;
        QSet<QString> cargoFolders;
        for (const WorkspaceMembership::Entry &e : m_entries) {
            if (e.manifest->kind == ManifestKind::CargoToml)
                cargoFolders.insert(e.folder);
        }
        bool added = false;
        for (const WorkspaceMembership::Entry &e : m_entries) {
            if (e.manifest->kind != ManifestKind::CargoToml)
                continue;
            const int rule = closestRule(Ecosystem::Cargo, e.folder, true);
            if (rule < 0 || !decide(Ecosystem::Cargo, e.folder).member)
                continue;
            for (const ManifestDependency &d : e.manifest->dependencies) {
                if (!d.requested.startsWith(QLatin1String("file:")))
                    continue;
                const std::optional<QString> target = joinPath(e.folder, d.requested.mid(5));
                if (!target || !cargoFolders.contains(*target) || m_cargoPathMembers.contains(*target))
                    continue;
                // Only inside the same workspace: cargo leaves path dependencies elsewhere out.
                if (closestRule(Ecosystem::Cargo, *target, false) != rule && *target != m_rules[size_t(rule)].folder)
                    continue;
                m_cargoPathMembers.insert(*target);
                added = true;
            }
        }
        return added;
    }

    const std::vector<WorkspaceMembership::Entry> &m_entries;
    std::vector<WorkspaceRule> m_rules;
    static constexpr int kEcosystems = int(Ecosystem::Other) + 1;
    QHash<QString, int> m_ruleAt[kEcosystems];          // per ecosystem: folder → rule
    QHash<QString, QList<int>> m_listedBy[kEcosystems]; // per ecosystem: folder → rules that list it (Go, Maven)
    QSet<QString> m_cargoPathMembers;
    QHash<QString, Verdict> m_memo;
};

} // namespace

QString WorkspaceRule::describe() const
{
    if (!excludes.isEmpty())
        return Text::tr("%1 %2 [%3] exclude [%4] in %5")
            .arg(file, field, patterns.join(QStringLiteral(", ")), excludes.join(QStringLiteral(", ")), folder);
    return Text::tr("%1 %2 [%3] in %4").arg(file, field, patterns.join(QStringLiteral(", ")), folder);
}

namespace WorkspaceMembership {

bool globMatches(const QString &glob, const QString &path)
{
    QStringList alternatives;
    expandBraces(glob, &alternatives);
    const QStringList parts = segments(path);
    for (const QString &alternative : std::as_const(alternatives)) {
        QString g = alternative;
        g.replace(QStringLiteral("\\{"), QStringLiteral("{"));
        const QStringList globParts = segments(g);
        if (globParts.size() > kMaxGlobSegments)
            continue;
        if (segmentsMatch(globParts, 0, parts, 0))
            return true;
    }
    return false;
}

Decision decide(const std::vector<Entry> &entries)
{
    return Decider(entries).run();
}

} // namespace WorkspaceMembership

} // namespace ArchBoard
