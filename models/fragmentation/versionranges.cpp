// Compiled specs: comparators and how a version is tested against them,
// non-registry sources, and compile(), which picks the ecosystem's rules.
#include "versionparsing.h"

namespace ArchBoard::VersionParsing {

namespace {

bool testOrdering(Op op, int c)
{
    switch (op) {
    case Op::Any:
        return true;
    case Op::Eq:
        return c == 0;
    case Op::Ne:
        return c != 0;
    case Op::Lt:
        return c < 0;
    case Op::Le:
        return c <= 0;
    case Op::Gt:
        return c > 0;
    case Op::Ge:
        return c >= 0;
    case Op::PrefixEq:
    case Op::PrefixNe:
    case Op::Arbitrary:
        break;
    }
    return false;
}

/// node-semver's testSet(): every comparator, then the pre-release rule.
bool testSemVerSet(Ecosystem e, const ComparatorSet &set, const Version &v)
{
    for (const Comparator &c : set.comparators) {
        if (c.op != Op::Any && !testOrdering(c.op, compareIn(e, v, c.version)))
            return false;
    }
    if (v.prerelease.isEmpty())
        return true;
    for (const Comparator &c : set.comparators) {
        if (c.op != Op::Any && !c.version.prerelease.isEmpty() && c.version.major() == v.major()
            && c.version.minor() == v.minor() && c.version.patch() == v.patch())
            return true;
    }
    return false;
}

bool pep440PrefixMatch(const Version &v, const Version &prefix)
{
    if (v.epoch != prefix.epoch)
        return false;
    for (size_t i = 0; i < prefix.release.size(); ++i) {
        if ((i < v.release.size() ? v.release[i] : 0) != prefix.release[i])
            return false;
    }
    return true;
}

bool testPep440(const Comparator &c, const Version &v)
{
    switch (c.op) {
    case Op::PrefixEq:
        return pep440PrefixMatch(v, c.version);
    case Op::PrefixNe:
        return !pep440PrefixMatch(v, c.version);
    case Op::Arbitrary:
        return QStringView(v.text).trimmed().compare(c.arbitrary, Qt::CaseInsensitive) == 0
               || pep440Text(v).compare(c.arbitrary, Qt::CaseInsensitive) == 0;
    case Op::Lt:
        // <V excludes pre-releases of V itself unless V is one (<3.1 does not match 3.1.dev0)
        return comparePep440(v, c.version) < 0
               && !(!pep440IsPrerelease(c.version) && pep440IsPrerelease(v) && samePep440Base(v, c.version));
    case Op::Gt:
        // >V excludes post-releases of V itself unless V is one (>3.1 does not match 3.1.post0)
        return comparePep440(v, c.version) > 0 && !(!c.version.post && v.post && samePep440Base(v, c.version));
    case Op::Any:
    case Op::Eq:
    case Op::Ne:
    case Op::Le:
    case Op::Ge:
        return testOrdering(c.op, comparePep440(v, c.version));
    }
    return false;
}

bool testSet(Ecosystem e, const ComparatorSet &set, const Version &v)
{
    switch (e) {
    case Ecosystem::PyPI:
        if (!set.prereleases && pep440IsPrerelease(v))
            return false;
        return std::all_of(set.comparators.begin(), set.comparators.end(),
                           [&](const Comparator &c) { return testPep440(c, v); });
    case Ecosystem::Maven:
    case Ecosystem::Go:
        return std::all_of(set.comparators.begin(), set.comparators.end(), [&](const Comparator &c) {
            return testOrdering(c.op, compareIn(e, v, c.version));
        });
    case Ecosystem::Npm:
    case Ecosystem::Cargo:
    case Ecosystem::Other:
        return testSemVerSet(e, set, v);
    }
    return false;
}

struct Source
{
    VersionSpec::Kind kind = VersionSpec::Kind::NonRegistry;
    QString note;
};

bool looksLikeGitUrl(QStringView s)
{
    const qsizetype hash = s.indexOf(u'#');
    const QStringView url = hash < 0 ? s : s.left(hash);
    return url.endsWith(u".git", Qt::CaseInsensitive) || url.endsWith(u".git/", Qt::CaseInsensitive);
}

std::optional<Source> nonRegistrySource(Ecosystem e, QStringView s)
{
    // Every form below has a ':', '/' or '\\', or starts with '@'; ranges have none.
    if (!s.startsWith(u'@') && !s.contains(u':') && !s.contains(u'/') && !s.contains(u'\\'))
        return std::nullopt;
    auto starts = [&](QStringView prefix) { return s.startsWith(prefix, Qt::CaseInsensitive); };
    if (starts(u"workspace:"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("workspace protocol")};
    if (starts(u"file:"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("local file dependency")};
    if (starts(u"link:"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("link protocol (local folder)")};
    if (starts(u"portal:"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("portal protocol (local folder)")};
    if (starts(u"patch:"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("patch protocol (patched package)")};
    if (starts(u"git+") || starts(u"git://") || starts(u"git@") || starts(u"ssh://"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("git dependency")};
    if (starts(u"github:") || starts(u"gitlab:") || starts(u"bitbucket:") || starts(u"gist:"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("git dependency (%1)").arg(s.left(s.indexOf(u':')).toString().toLower())};
    if (starts(u"http://") || starts(u"https://")) {
        if (looksLikeGitUrl(s))
            return Source{VersionSpec::Kind::NonRegistry, Text::tr("git dependency")};
        return Source{VersionSpec::Kind::NonRegistry, e == Ecosystem::Npm ? Text::tr("tarball URL") : Text::tr("direct URL")};
    }
    if (starts(u"./") || starts(u"../") || starts(u"/") || starts(u"~/") || starts(u".\\") || starts(u"..\\"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("local path")};
    if (e == Ecosystem::PyPI && s.startsWith(u'@')) {
        const QStringView target = s.mid(1).trimmed();
        if (target.isEmpty())
            return Source{VersionSpec::Kind::Invalid, Text::tr("'@' without a URL")};
        const std::optional<Source> inner = nonRegistrySource(e, target);
        return Source{VersionSpec::Kind::NonRegistry,
                      Text::tr("direct reference (%1)").arg(inner ? inner->note : Text::tr("URL"))};
    }
    if (e != Ecosystem::Npm)
        return std::nullopt;
    if (starts(u"npm:")) {
        const QStringView rest = s.mid(4).trimmed();
        const qsizetype at = rest.lastIndexOf(u'@');
        const QStringView name = at > 0 ? rest.left(at) : rest;
        if (name.isEmpty() || name == u"@")
            return Source{VersionSpec::Kind::Invalid, Text::tr("npm: alias without a package name")};
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("alias of %1").arg(rest.toString())};
    }
    if (starts(u"catalog:"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("pnpm catalog")};
    if (starts(u"jsr:"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("JSR package")};
    if (starts(u"exec:"))
        return Source{VersionSpec::Kind::NonRegistry, Text::tr("exec protocol (generated package)")};
    return std::nullopt;
}

} // namespace

Comparator comparator(Op op, const Version &v)
{
    Comparator c;
    c.op = op;
    c.version = v;
    return c;
}

int compareIn(Ecosystem e, const Version &a, const Version &b)
{
    switch (e) {
    case Ecosystem::Maven:
        return compareMaven(a, b);
    case Ecosystem::PyPI:
        return comparePep440(a, b);
    case Ecosystem::Npm:
    case Ecosystem::Cargo:
    case Ecosystem::Go:
    case Ecosystem::Other:
        return compareSemVer(a, b);
    }
    return 0;
}

bool testSets(Ecosystem e, const std::vector<ComparatorSet> &sets, const Version &v)
{
    return std::any_of(sets.begin(), sets.end(), [&](const ComparatorSet &s) { return testSet(e, s, v); });
}

void setInvalid(Compiled &c, const QString &why)
{
    c.spec.kind = VersionSpec::Kind::Invalid;
    c.spec.note = why;
    c.spec.floor.reset();
    c.sets.clear();
}

void setAny(Compiled &c, const QString &note)
{
    c.spec.kind = VersionSpec::Kind::Any;
    c.spec.note = note;
    c.sets.assign(1, ComparatorSet{{Comparator{}}, false});
}

std::optional<Version> boundedFloor(Ecosystem e, const std::vector<ComparatorSet> &sets)
{
    std::optional<Version> lowest;
    for (const ComparatorSet &set : sets) {
        std::optional<Version> setMin;
        for (const Comparator &cmp : set.comparators) {
            switch (cmp.op) {
            case Op::Eq:
            case Op::Ge:
            case Op::Gt:
            case Op::PrefixEq:
                if (!setMin || compareIn(e, cmp.version, *setMin) > 0)
                    setMin = cmp.version;
                break;
            case Op::Arbitrary:
                if (cmp.version.valid && (!setMin || compareIn(e, cmp.version, *setMin) > 0))
                    setMin = cmp.version;
                break;
            case Op::Any:
            case Op::Ne:
            case Op::Lt:
            case Op::Le:
            case Op::PrefixNe:
                break;
            }
        }
        if (!setMin)
            return std::nullopt; // open below
        if (!lowest || compareIn(e, *lowest, *setMin) > 0)
            lowest = setMin;
    }
    return lowest;
}

Compiled compile(Ecosystem e, const QString &text)
{
    Compiled c;
    c.spec.text = text;
    c.spec.ecosystem = e;
    if (text.size() > kMaxSpecLength) {
        setInvalid(c, Text::tr("longer than %1 characters").arg(kMaxSpecLength));
        return c;
    }
    const QStringView s = QStringView(text).trimmed();
    if (s.isEmpty()) {
        setAny(c, Text::tr("no version requested"));
        return c;
    }
    if (const std::optional<Source> source = nonRegistrySource(e, s)) {
        c.spec.kind = source->kind;
        c.spec.note = source->note;
        return c;
    }
    switch (e) {
    case Ecosystem::Npm:
        compileNpm(s, c);
        break;
    case Ecosystem::Cargo:
        compileCargo(s, c);
        break;
    case Ecosystem::Go:
        compileGo(s, c);
        break;
    case Ecosystem::Maven:
        compileMaven(s, c);
        break;
    case Ecosystem::PyPI:
        compilePyPI(s, c);
        break;
    case Ecosystem::Other:
        compileOther(s, c);
        break;
    }
    return c;
}

} // namespace ArchBoard::VersionParsing
