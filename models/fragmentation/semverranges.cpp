// node-semver ranges (npm, and Other) and Cargo requirements.
#include "versionparsing.h"

namespace ArchBoard::VersionParsing {

namespace {

QString semVerText(const Version &v)
{
    QString s;
    for (qint64 n : v.release) {
        if (!s.isEmpty())
            s += u'.';
        s += QString::number(n);
    }
    if (!v.prerelease.isEmpty())
        s += u'-' + v.prerelease;
    return s;
}

/// A bound synthesised from a range; its text is filled in only when it
/// becomes a floor (formatting every bound costs more than the rest of the parse).
Version makeSemVer(Ecosystem e, qint64 major, qint64 minor, qint64 patch, const QString &prerelease = {})
{
    Version v;
    v.ecosystem = e;
    v.valid = true;
    v.release = {major, minor, patch};
    v.prerelease = prerelease;
    return v;
}

Version withText(Version v)
{
    if (v.text.isEmpty())
        v.text = semVerText(v);
    return v;
}

/// npm: "user/repo" (GitHub shorthand, optionally "#ref").
bool isGitHubShorthand(QStringView s)
{
    const qsizetype hash = s.indexOf(u'#');
    const QStringView path = hash < 0 ? s : s.left(hash);
    const qsizetype slash = path.indexOf(u'/');
    if (slash <= 0 || slash != path.lastIndexOf(u'/') || slash == path.size() - 1)
        return false;
    if (path[0] == u'.' || path[0] == u'@')
        return false;
    return std::all_of(path.begin(), path.end(),
                       [](QChar c) { return isAlnum(c) || c == u'-' || c == u'_' || c == u'.' || c == u'/'; });
}

/// npm dist-tag: a word that is not a range.
bool isDistTag(QStringView s)
{
    if (s.isEmpty() || !isAlpha(s[0]))
        return false;
    if (s.size() > 1 && (s[0] == u'v' || s[0] == u'V') && isDigit(s[1]))
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return isAlnum(c) || c == u'-' || c == u'_' || c == u'.'; });
}

struct Partial
{
    int parts = 0;      ///< numeric parts before the first wildcard or the end
    bool wildcard = false; ///< written with x, X or *
    qint64 n[3] = {0, 0, 0};
    QString prerelease; ///< only with three numeric parts
};

struct PartialRules
{
    qint64 limit = kMaxNumber;
    bool prefix = false;        ///< npm: `v` and `=` before the version
    bool strictWildcard = false; ///< Cargo: nothing but wildcards after a wildcard
};

bool parsePartial(QStringView s, const PartialRules &rules, Partial *out, QString *error)
{
    qsizetype pos = 0;
    const qsizetype size = s.size();
    if (rules.prefix) {
        while (pos < size && (s[pos] == u'v' || s[pos] == u'='))
            ++pos;
    }
    bool wildcard = false;
    int ids = 0;
    while (true) {
        if (pos >= size) {
            *error = ids == 0 ? Text::tr("missing version in %1").arg(quoted(s)) : Text::tr("expected a number after '.' in %1").arg(quoted(s));
            return false;
        }
        const QChar c = s[pos];
        if (c == u'x' || c == u'X' || c == u'*') {
            wildcard = true;
            ++pos;
        } else if (isDigit(c)) {
            const qsizetype start = pos;
            while (pos < size && isDigit(s[pos]))
                ++pos;
            const QStringView run = s.mid(start, pos - start);
            if (run.size() > 1 && run[0] == u'0') {
                *error = Text::tr("%1 has a leading zero").arg(quoted(run));
                return false;
            }
            if (wildcard && rules.strictWildcard) {
                *error = Text::tr("a number after a wildcard in %1").arg(quoted(s));
                return false;
            }
            if (!wildcard) {
                qint64 n = 0;
                if (!toNumber(run, rules.limit, &n)) {
                    *error = Text::tr("number %1 is too large (more than %2)").arg(quoted(run)).arg(rules.limit);
                    return false;
                }
                out->n[ids] = n;
                out->parts = ids + 1;
            }
        } else {
            *error = Text::tr("expected a number, 'x' or '*' at %1 in %2").arg(quoted(s.mid(pos, 1)), quoted(s));
            return false;
        }
        ++ids;
        if (ids == 3 || pos >= size || s[pos] != u'.')
            break;
        ++pos;
    }
    if (ids == 3 && pos < size && s[pos] == u'-') {
        qsizetype end = pos + 1;
        while (end < size && s[end] != u'+')
            ++end;
        const QStringView pre = s.mid(pos + 1, end - pos - 1);
        if (!checkIdentifiers(pre, true, false, error))
            return false;
        if (!wildcard)
            out->prerelease = pre.toString();
        pos = end;
    }
    if (ids == 3 && pos < size && s[pos] == u'+') {
        if (!checkIdentifiers(s.mid(pos + 1), false, false, error))
            return false;
        pos = size;
    }
    if (pos != size) {
        *error = ids == 3 && s[pos] == u'.' ? Text::tr("too many parts in %1 (MAJOR.MINOR.PATCH)").arg(quoted(s))
                                            : Text::tr("unexpected %1 in %2").arg(quoted(s.mid(pos, 1)), quoted(s));
        return false;
    }
    out->wildcard = wildcard;
    return true;
}

enum class NodeOp { None, Eq, Lt, Le, Gt, Ge, Tilde, Caret };

/// Strips the operator off a comparator: "~>" and "~", "^", ">=", "<=", ">", "<", "=".
NodeOp takeNodeOp(QStringView *s)
{
    struct Prefix
    {
        const char16_t *text;
        NodeOp op;
    };
    static const Prefix prefixes[] = {{u"~>", NodeOp::Tilde}, {u"~", NodeOp::Tilde}, {u"^", NodeOp::Caret},
                                      {u">=", NodeOp::Ge},    {u"<=", NodeOp::Le},   {u">", NodeOp::Gt},
                                      {u"<", NodeOp::Lt},     {u"=", NodeOp::Eq}};
    for (const Prefix &p : prefixes) {
        if (s->startsWith(QStringView(p.text))) {
            *s = s->mid(QStringView(p.text).size()).trimmed();
            return p.op;
        }
    }
    return NodeOp::None;
}

/// node-semver 7's replaceCaret / replaceTilde / replaceXRange for one comparator.
void desugarNode(Ecosystem e, NodeOp op, const Partial &p, std::vector<Comparator> &out)
{
    const qint64 M = p.n[0], m = p.n[1], pt = p.n[2];
    auto add = [&](Op o, qint64 a, qint64 b, qint64 c, const QString &pre = {}) {
        out.push_back(comparator(o, makeSemVer(e, a, b, c, pre)));
    };
    const QString zero = QStringLiteral("0");
    if (op == NodeOp::Caret) {
        if (p.parts == 0) {
            out.push_back(Comparator{});
        } else if (p.parts == 1) {
            add(Op::Ge, M, 0, 0);
            add(Op::Lt, plusOne(M), 0, 0, zero);
        } else if (p.parts == 2) {
            add(Op::Ge, M, m, 0);
            if (M == 0)
                add(Op::Lt, 0, plusOne(m), 0, zero);
            else
                add(Op::Lt, plusOne(M), 0, 0, zero);
        } else {
            add(Op::Ge, M, m, pt, p.prerelease);
            if (M == 0 && m == 0)
                add(Op::Lt, 0, 0, plusOne(pt), zero);
            else if (M == 0)
                add(Op::Lt, 0, plusOne(m), 0, zero);
            else
                add(Op::Lt, plusOne(M), 0, 0, zero);
        }
        return;
    }
    if (op == NodeOp::Tilde) {
        if (p.parts == 0) {
            out.push_back(Comparator{});
        } else if (p.parts == 1) {
            add(Op::Ge, M, 0, 0);
            add(Op::Lt, plusOne(M), 0, 0, zero);
        } else {
            add(Op::Ge, M, m, p.parts == 3 ? pt : 0, p.prerelease);
            add(Op::Lt, M, plusOne(m), 0, zero);
        }
        return;
    }
    // X-ranges and primitive comparators
    const bool anyX = p.parts < 3;
    if (op == NodeOp::Eq && anyX)
        op = NodeOp::None;
    if (p.parts == 0) {
        if (op == NodeOp::Gt || op == NodeOp::Lt)
            add(Op::Lt, 0, 0, 0, zero); // nothing is allowed
        else
            out.push_back(Comparator{}); // nothing is forbidden
        return;
    }
    if (op != NodeOp::None && anyX) {
        const bool xm = p.parts < 2;
        qint64 a = M, b = xm ? 0 : m, c = 0;
        Op o = op == NodeOp::Ge ? Op::Ge : op == NodeOp::Le ? Op::Le : op == NodeOp::Gt ? Op::Gt : Op::Lt;
        if (op == NodeOp::Gt) { // >1 → >=2.0.0, >1.2 → >=1.3.0
            o = Op::Ge;
            if (xm) {
                a = plusOne(M);
                b = 0;
            } else {
                b = plusOne(m);
            }
        } else if (op == NodeOp::Le) { // <=1.2 → <1.3.0-0, <=1 → <2.0.0-0
            o = Op::Lt;
            if (xm)
                a = plusOne(M);
            else
                b = plusOne(m);
        }
        add(o, a, b, c, o == Op::Lt ? zero : QString());
        return;
    }
    if (p.parts == 1) {
        add(Op::Ge, M, 0, 0);
        add(Op::Lt, plusOne(M), 0, 0, zero);
        return;
    }
    if (p.parts == 2) {
        add(Op::Ge, M, m, 0);
        add(Op::Lt, M, plusOne(m), 0, zero);
        return;
    }
    const Op o = op == NodeOp::Lt ? Op::Lt : op == NodeOp::Le ? Op::Le : op == NodeOp::Gt ? Op::Gt
               : op == NodeOp::Ge ? Op::Ge : Op::Eq;
    add(o, M, m, pt, p.prerelease);
}

void desugarHyphen(Ecosystem e, const Partial &from, const Partial &to, std::vector<Comparator> &out)
{
    const QString zero = QStringLiteral("0");
    if (from.parts > 0)
        out.push_back(comparator(Op::Ge, makeSemVer(e, from.n[0], from.parts > 1 ? from.n[1] : 0,
                                                    from.parts > 2 ? from.n[2] : 0, from.prerelease)));
    if (to.parts == 1)
        out.push_back(comparator(Op::Lt, makeSemVer(e, plusOne(to.n[0]), 0, 0, zero)));
    else if (to.parts == 2)
        out.push_back(comparator(Op::Lt, makeSemVer(e, to.n[0], plusOne(to.n[1]), 0, zero)));
    else if (to.parts == 3)
        out.push_back(comparator(Op::Le, makeSemVer(e, to.n[0], to.n[1], to.n[2], to.prerelease)));
    if (out.empty())
        out.push_back(Comparator{});
}

bool isBareNodeOperator(QStringView w)
{
    return w == u"<" || w == u">" || w == u"<=" || w == u">=" || w == u"=" || w == u"~" || w == u"~>" || w == u"^";
}

bool isAnySet(const ComparatorSet &set)
{
    return std::all_of(set.comparators.begin(), set.comparators.end(), [](const Comparator &c) { return c.op == Op::Any; });
}

/// node-semver's Range: sets separated by "||", comparators by whitespace.
bool compileNodeRange(Ecosystem e, QStringView s, Compiled &c, QString *error)
{
    const PartialRules rules{e == Ecosystem::Npm ? kMaxSafeInteger : kMaxNumber, true, false};
    bool exactPin = false;
    int tokens = 0;
    std::vector<ComparatorSet> sets;
    const QList<QStringView> parts = s.split(u"||");
    for (QStringView part : parts) {
        const QList<QStringView> words = splitWhitespace(part);
        ComparatorSet set;
        if (words.isEmpty()) {
            set.comparators.push_back(Comparator{});
        } else if (words.size() == 3 && words[1] == u"-") {
            Partial from, to;
            if (!parsePartial(words[0], rules, &from, error) || !parsePartial(words[2], rules, &to, error))
                return false;
            desugarHyphen(e, from, to, set.comparators);
        } else {
            for (qsizetype i = 0; i < words.size(); ++i) {
                QString token = words[i].toString();
                if (isBareNodeOperator(words[i])) {
                    if (i + 1 >= words.size()) {
                        *error = Text::tr("%1 without a version").arg(quoted(words[i]));
                        return false;
                    }
                    token += words[++i].toString();
                }
                QStringView rest(token);
                const NodeOp op = takeNodeOp(&rest);
                if (!rest.isEmpty() && (rest[0] == u'<' || rest[0] == u'>' || rest[0] == u'^' || rest[0] == u'~')) {
                    *error = Text::tr("unexpected operator in %1").arg(quoted(token));
                    return false;
                }
                Partial p;
                if (!parsePartial(rest, rules, &p, error))
                    return false;
                ++tokens;
                exactPin = (op == NodeOp::None || op == NodeOp::Eq) && p.parts == 3;
                desugarNode(e, op, p, set.comparators);
            }
        }
        if (set.comparators.size() > 1) {
            std::erase_if(set.comparators, [](const Comparator &x) { return x.op == Op::Any; });
            if (set.comparators.empty())
                set.comparators.push_back(Comparator{});
        }
        sets.push_back(std::move(set));
    }
    if (std::any_of(sets.begin(), sets.end(), isAnySet)) {
        setAny(c, QString());
        return true;
    }
    c.sets = std::move(sets);
    c.spec.kind = exactPin && parts.size() == 1 && tokens == 1 ? VersionSpec::Kind::Exact : VersionSpec::Kind::Range;
    return true;
}

} // namespace

/// node-semver's minVersion().
std::optional<Version> semVerFloor(Ecosystem e, const std::vector<ComparatorSet> &sets)
{
    const Version zero = makeSemVer(e, 0, 0, 0);
    if (testSets(e, sets, zero))
        return withText(zero);
    const Version zeroPre = makeSemVer(e, 0, 0, 0, QStringLiteral("0"));
    if (testSets(e, sets, zeroPre))
        return withText(zeroPre);
    std::optional<Version> lowest;
    for (const ComparatorSet &set : sets) {
        std::optional<Version> setMin;
        for (const Comparator &cmp : set.comparators) {
            Version v = cmp.version;
            switch (cmp.op) {
            case Op::Gt:
                if (v.prerelease.isEmpty()) {
                    v = makeSemVer(e, v.major(), v.minor(), plusOne(v.patch()));
                } else {
                    v.prerelease += QStringLiteral(".0");
                    v.text.clear();
                }
                [[fallthrough]];
            case Op::Eq:
            case Op::Ge:
                if (!setMin || compareSemVer(v, *setMin) > 0)
                    setMin = v;
                break;
            case Op::Any:
            case Op::Lt:
            case Op::Le:
            case Op::Ne:
            case Op::PrefixEq:
            case Op::PrefixNe:
            case Op::Arbitrary:
                break;
            }
        }
        if (setMin && (!lowest || compareSemVer(*lowest, *setMin) > 0))
            lowest = setMin;
    }
    // npm cannot write a version above 2^53 − 1 (">9007199254740991" allows none)
    const qint64 limit = e == Ecosystem::Npm ? kMaxSafeInteger : kMaxNumber;
    if (lowest && std::any_of(lowest->release.begin(), lowest->release.end(), [limit](qint64 n) { return n > limit; }))
        return std::nullopt;
    if (lowest && testSets(e, sets, *lowest))
        return withText(*lowest);
    return std::nullopt;
}

void compileNpm(QStringView s, Compiled &c)
{
    QString error;
    if (compileNodeRange(Ecosystem::Npm, s, c, &error))
        return;
    if (isGitHubShorthand(s)) {
        c.spec.kind = VersionSpec::Kind::NonRegistry;
        c.spec.note = Text::tr("git dependency (GitHub shorthand)");
        return;
    }
    if (s == u"latest") {
        setAny(c, Text::tr("dist-tag latest"));
        return;
    }
    if (isDistTag(s)) {
        c.spec.kind = VersionSpec::Kind::NonRegistry;
        c.spec.note = Text::tr("dist-tag %1").arg(s.toString());
        return;
    }
    setInvalid(c, Text::tr("not an npm range: %1").arg(error));
}

/// The Rust semver crate's VersionReq: comparators separated by commas, a
/// bare version is a caret requirement.
void compileCargo(QStringView s, Compiled &c)
{
    const PartialRules rules{kMaxNumber, false, true};
    const QList<QStringView> parts = s.split(u',');
    ComparatorSet set;
    bool bare = false;
    for (QStringView raw : parts) {
        QStringView part = raw.trimmed();
        if (part.isEmpty()) {
            setInvalid(c, Text::tr("empty requirement between commas in %1").arg(quoted(s)));
            return;
        }
        if (part.startsWith(u"~>") || part.startsWith(u"==") || part.startsWith(u"||") || part.contains(u"||")) {
            setInvalid(c, Text::tr("%1 is not a Cargo requirement (operators: = > >= < <= ~ ^, comma-separated)").arg(quoted(part)));
            return;
        }
        NodeOp op = takeNodeOp(&part);
        if (part.contains(u' ') || part.contains(u'\t')) {
            setInvalid(c, Text::tr("Cargo requirements are separated by commas: %1").arg(quoted(s)));
            return;
        }
        Partial p;
        QString error;
        if (!parsePartial(part, rules, &p, &error)) {
            setInvalid(c, Text::tr("not a Cargo requirement: %1").arg(error));
            return;
        }
        if (p.parts == 0) {
            if (parts.size() > 1 || op != NodeOp::None) {
                setInvalid(c, Text::tr("a wildcard requirement must stand alone: %1").arg(quoted(s)));
                return;
            }
            setAny(c, QString());
            return;
        }
        const Ecosystem e = Ecosystem::Cargo;
        const qint64 M = p.n[0], m = p.n[1], pt = p.n[2];
        auto add = [&](Op o, qint64 a, qint64 b, qint64 d, const QString &pre = {}) {
            set.comparators.push_back(comparator(o, makeSemVer(e, a, b, d, pre)));
        };
        // A trailing wildcard (1.*, 1.2.*) reads like a bare partial of "=".
        if (op == NodeOp::None && p.wildcard)
            op = NodeOp::Eq;
        if (op == NodeOp::None) {
            bare = true;
            op = NodeOp::Caret;
        }
        switch (op) {
        case NodeOp::Eq:
            if (p.parts == 3) {
                add(Op::Eq, M, m, pt, p.prerelease);
            } else if (p.parts == 2) {
                add(Op::Ge, M, m, 0);
                add(Op::Lt, M, plusOne(m), 0);
            } else {
                add(Op::Ge, M, 0, 0);
                add(Op::Lt, plusOne(M), 0, 0);
            }
            break;
        case NodeOp::Gt:
            if (p.parts == 3)
                add(Op::Gt, M, m, pt, p.prerelease);
            else if (p.parts == 2)
                add(Op::Ge, M, plusOne(m), 0);
            else
                add(Op::Ge, plusOne(M), 0, 0);
            break;
        case NodeOp::Ge:
            add(Op::Ge, M, m, pt, p.prerelease);
            break;
        case NodeOp::Lt:
            add(Op::Lt, M, m, pt, p.prerelease);
            break;
        case NodeOp::Le:
            if (p.parts == 3)
                add(Op::Le, M, m, pt, p.prerelease);
            else if (p.parts == 2)
                add(Op::Lt, M, plusOne(m), 0);
            else
                add(Op::Lt, plusOne(M), 0, 0);
            break;
        case NodeOp::Tilde:
            add(Op::Ge, M, m, pt, p.prerelease);
            if (p.parts == 1)
                add(Op::Lt, plusOne(M), 0, 0);
            else
                add(Op::Lt, M, plusOne(m), 0);
            break;
        case NodeOp::Caret:
            add(Op::Ge, M, m, pt, p.prerelease);
            if (p.parts == 1 || M > 0)
                add(Op::Lt, plusOne(M), 0, 0);
            else if (p.parts == 2 || m > 0)
                add(Op::Lt, 0, plusOne(m), 0);
            else
                add(Op::Lt, 0, 0, plusOne(pt));
            break;
        case NodeOp::None:
            break;
        }
    }
    const bool exact = set.comparators.size() == 1 && set.comparators.front().op == Op::Eq;
    c.sets.push_back(std::move(set));
    c.spec.kind = exact ? VersionSpec::Kind::Exact : VersionSpec::Kind::Range;
    if (bare && parts.size() == 1)
        c.spec.note = Text::tr("^%1 (Cargo reads a bare version as a caret requirement)").arg(s.toString());
}

void compileOther(QStringView s, Compiled &c)
{
    if (s == u"latest") {
        setAny(c, Text::tr("latest"));
        return;
    }
    QString normalised = s.toString();
    normalised.replace(u',', u' ');
    normalised.replace(QStringLiteral("=="), QStringLiteral("="));
    QString error;
    if (compileNodeRange(Ecosystem::Other, normalised, c, &error))
        return;
    const Version v = Versions::parse(Ecosystem::Other, s.toString());
    if (v.valid && isAlnum(s[0])) {
        c.spec.kind = VersionSpec::Kind::Exact;
        c.sets.push_back(ComparatorSet{{comparator(Op::Eq, v)}, false});
        return;
    }
    setInvalid(c, Text::tr("neither a version nor a range: %1").arg(error));
}

} // namespace ArchBoard::VersionParsing
