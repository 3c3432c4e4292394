// The public Versions API; the parsers live in semver.cpp, semverranges.cpp,
// maven.cpp, pep440.cpp and versionranges.cpp (see versionparsing.h).
#include "versions.h"

#include "versionparsing.h"

#include <cmath>

namespace ArchBoard {

using namespace VersionParsing;

namespace Versions {

Version parse(Ecosystem ecosystem, const QString &text)
{
    Version v;
    v.ecosystem = ecosystem;
    v.text = text;
    if (text.size() > kMaxVersionLength) {
        v.error = Text::tr("longer than %1 characters").arg(kMaxVersionLength);
        return v;
    }
    const QStringView s = QStringView(text).trimmed();
    if (s.isEmpty()) {
        v.error = Text::tr("empty version");
        return v;
    }
    switch (ecosystem) {
    case Ecosystem::Npm:
        v.valid = parseSemVerText(s, SemVerRules{kMaxSafeInteger, true, false, false}, v, nullptr);
        break;
    case Ecosystem::Cargo:
        if (s[0] == u'v' || s[0] == u'V' || s[0] == u'=')
            v.error = Text::tr("a Cargo version is plain MAJOR.MINOR.PATCH, without %1").arg(quoted(s.left(1)));
        else
            v.valid = parseSemVerText(s, SemVerRules{}, v, nullptr);
        break;
    case Ecosystem::Go:
        parseGo(s, v);
        break;
    case Ecosystem::Maven:
        parseMaven(s, v);
        break;
    case Ecosystem::PyPI:
        v.valid = parsePep440(s, v, nullptr);
        break;
    case Ecosystem::Other:
        parseOther(s, v);
        break;
    }
    if (!v.valid) {
        v.release.clear();
        v.prerelease.clear();
        v.post.reset();
        v.dev.reset();
        v.epoch = 0;
        v.pseudoTimestamp.clear();
        if (v.error.isEmpty())
            v.error = Text::tr("not a version: %1").arg(quoted(s));
    }
    return v;
}

VersionSpec parseSpec(Ecosystem ecosystem, const QString &text)
{
    Compiled c = compile(ecosystem, text);
    switch (c.spec.kind) {
    case VersionSpec::Kind::Exact:
    case VersionSpec::Kind::Range:
        if (ecosystem == Ecosystem::Npm || ecosystem == Ecosystem::Cargo || ecosystem == Ecosystem::Other)
            c.spec.floor = semVerFloor(ecosystem, c.sets);
        else
            c.spec.floor = boundedFloor(ecosystem, c.sets);
        if (!c.spec.floor && c.spec.kind == VersionSpec::Kind::Range && c.spec.note.isEmpty()
            && (ecosystem == Ecosystem::Npm || ecosystem == Ecosystem::Cargo || ecosystem == Ecosystem::Other))
            c.spec.note = Text::tr("matches no version");
        break;
    case VersionSpec::Kind::Any:
    case VersionSpec::Kind::NonRegistry:
    case VersionSpec::Kind::Invalid:
        c.spec.floor.reset();
        break;
    }
    return c.spec;
}

int compare(const Version &a, const Version &b)
{
    if (!a.valid || !b.valid)
        return a.valid == b.valid ? 0 : a.valid ? 1 : -1;
    if (a.ecosystem != b.ecosystem)
        return compareValues(int(a.ecosystem), int(b.ecosystem));
    return compareIn(a.ecosystem, a, b);
}

bool satisfies(const VersionSpec &spec, const Version &version)
{
    if (!version.valid || version.ecosystem != spec.ecosystem)
        return false;
    if (spec.kind == VersionSpec::Kind::NonRegistry || spec.kind == VersionSpec::Kind::Invalid)
        return false;
    const Compiled c = compile(spec.ecosystem, spec.text);
    return testSets(spec.ecosystem, c.sets, version);
}

VersionDifference difference(const Version &a, const Version &b)
{
    VersionDifference d;
    if (!a.valid || !b.valid || a.ecosystem != b.ecosystem || compare(a, b) == 0)
        return d;
    auto part = [](const Version &v, int i) { return double(i == 0 ? v.major() : i == 1 ? v.minor() : v.patch()); };
    if (a.epoch != b.epoch) {
        d.level = DriftLevel::Major;
        d.magnitude = std::max(1.0, std::fabs(part(a, 0) - part(b, 0)));
        return d;
    }
    static const DriftLevel levels[] = {DriftLevel::Major, DriftLevel::Minor, DriftLevel::Patch};
    static const double units[] = {1.0, 0.01, 0.0001};
    for (int i = 0; i < 3; ++i) {
        const qint64 x = i == 0 ? a.major() : i == 1 ? a.minor() : a.patch();
        const qint64 y = i == 0 ? b.major() : i == 1 ? b.minor() : b.patch();
        if (x != y) {
            d.level = levels[i];
            d.magnitude = std::fabs(part(a, i) - part(b, i)) * units[i];
            return d;
        }
    }
    d.level = DriftLevel::Patch;
    d.magnitude = 0.0001;
    return d;
}

QString levelKey(DriftLevel level)
{
    switch (level) {
    case DriftLevel::None:
        return QStringLiteral("none");
    case DriftLevel::Patch:
        return QStringLiteral("patch");
    case DriftLevel::Minor:
        return QStringLiteral("minor");
    case DriftLevel::Major:
        return QStringLiteral("major");
    }
    return QStringLiteral("none");
}

} // namespace Versions

} // namespace ArchBoard
