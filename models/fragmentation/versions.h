#pragma once

#include "enums.h"

#include <QString>

#include <optional>
#include <vector>

namespace ArchBoard {

/// How far apart two versions are, by the most significant part that differs.
enum class DriftLevel { None, Patch, Minor, Major };

/**
 * A concrete version of one ecosystem, comparable with others of the same
 * ecosystem by that ecosystem's rules:
 * - npm and Cargo: SemVer 2.0 (pre-release identifiers compared field by
 *   field, numeric < alphanumeric, build metadata ignored);
 * - Go: SemVer with a leading `v`, `+incompatible`, and pseudo-versions
 *   (`v0.0.0-20191109021931-daa7c04131f5`, `vX.Y.(Z+1)-0.yyyymmddhhmmss-abcdef`,
 *   `vX.Y.Z-pre.0.yyyymmddhhmmss-abcdef`) ordered by their timestamp;
 * - Maven: ComparableVersion (numeric and qualifier items, `alpha` < `beta` <
 *   `milestone` < `rc` = `cr` < `snapshot` < release = `ga` = `final` < `sp`,
 *   unknown qualifiers after `sp` lexically, `1.0` = `1`);
 * - PyPI: PEP 440 basics (epoch `N!`, release, `a`/`b`/`rc` pre, `.postN`,
 *   `.devN`, local `+…` ignored for ordering, normalisation of `-`/`_`/`.` and
 *   case, a leading `v`).
 */
struct Version
{
    Ecosystem ecosystem = Ecosystem::Other;
    QString text;                ///< as written
    bool valid = false;
    int epoch = 0;               ///< PEP 440
    std::vector<qint64> release; ///< numeric release parts: major, minor, patch, …
    QString prerelease;          ///< normalised pre-release / qualifier, empty for a release
    std::optional<qint64> post;  ///< PEP 440 .postN
    std::optional<qint64> dev;   ///< PEP 440 .devN
    QString pseudoTimestamp;     ///< Go pseudo-version: yyyymmddhhmmss
    QString error;               ///< why it is not valid
    qint64 major() const { return release.size() > 0 ? release[0] : 0; }
    qint64 minor() const { return release.size() > 1 ? release[1] : 0; }
    qint64 patch() const { return release.size() > 2 ? release[2] : 0; }
};

/**
 * What a manifest asks for: a pin, a range, anything, or a non-registry source.
 *
 * Ranges follow each ecosystem's own tool: node-semver 7 for npm (`^ ~ x *`,
 * partial versions, hyphen ranges, `||`), the Rust semver crate for Cargo
 * (comma-separated, a bare "1.2" is "^1.2"), PEP 440 specifiers for PyPI
 * (plus Poetry's `^`, `~`, bare versions and `||`), Maven version ranges, and
 * exact module versions for Go.
 */
struct VersionSpec
{
    enum class Kind {
        Exact,       ///< "1.2.3", "=1.2.3", "==1.2.3", Maven "1.2.3" / "[1.2.3]", Go "v1.2.3"
        Range,       ///< "^1.2", "~1.2.3", ">=1 <2", "1.x", "1.2.3 - 2", "a || b", "~=1.4", Maven "[1.0,2.0)"
        Any,         ///< "*", "", "x", "latest"
        NonRegistry, ///< "workspace:*", "file:../x", "link:", git URLs, "github:user/repo", http(s) tarballs, "npm:alias@1"
        Invalid
    };
    Kind kind = Kind::Invalid;
    QString text;                 ///< as written
    /**
     * The lowest version the spec allows (the version it is anchored at), for
     * comparing across services: `^1.2` → 1.2.0, `>=1.5 <2` → 1.5.0, `1.x` →
     * 1.0.0, `a || b` → the lower of the two. npm and Cargo follow
     * node-semver's minVersion (`>1.2.3` → 1.2.4, `<2` → 0.0.0); Maven and
     * PyPI have no "next" or "first" version, so an exclusive lower bound is
     * the floor itself and a range open below has none. None for Any,
     * NonRegistry, Invalid and ranges that match no version. Its text is a
     * plain version that Versions::parse() reads back to an equal version
     * ("1.2.0" for "^1.2", "1.2.3" for "=1.2.3", "==1.2.3" or "[1.2.3]"), so
     * use it rather than the spec's text when a version is needed.
     */
    std::optional<Version> floor;
    QString note;                 ///< "workspace protocol", "git dependency", "alias of other@^2", the parse error, …
    Ecosystem ecosystem = Ecosystem::Other; ///< whose rules read \a text (set by Versions::parseSpec)
};

struct VersionDifference
{
    DriftLevel level = DriftLevel::None;
    /// Semver distance: |Δmajor| when the majors differ, else |Δminor| × 0.01
    /// when the minors differ, else |Δpatch| × 0.0001 (1 major = 1,
    /// 1 minor = 0.01, 1 patch = 0.0001; pre-release-only differences count
    /// as 0.0001).
    double magnitude = 0.0;
};

namespace Versions {

/// Parses a concrete version (a lock file's, a resolved one). Never throws:
/// text longer than 256 characters, numbers that do not fit (npm: above
/// 2^53 − 1, elsewhere above 2^63 − 1) and malformed text give valid = false
/// with \a error saying why. Maven accepts any non-blank text, as Maven does.
Version parse(Ecosystem ecosystem, const QString &text);

/// Parses what a manifest requests (npm/Cargo ranges — Cargo's bare "1.2"
/// means "^1.2" —, PEP 440 specifiers "==", "~=", ">=,<", Maven ranges and
/// `${property}` already substituted, Go module versions). An empty text is
/// Any ("no version requested"); text longer than 1024 characters is Invalid.
VersionSpec parseSpec(Ecosystem ecosystem, const QString &text);

/// <0, 0, >0 by the ecosystem's ordering; invalid versions sort first.
int compare(const Version &a, const Version &b);

/// Whether \a version satisfies \a spec (Exact, Range, Any; false for
/// NonRegistry and Invalid, for an invalid version and for a version of
/// another ecosystem than the spec's). Pre-releases satisfy npm and Cargo
/// ranges only when a comparator of the same set names a pre-release of the
/// same major.minor.patch (npm's rule), PyPI specifiers only when one of them
/// names a pre-release (PEP 440); so npm's, Cargo's and PyPI's Any ("*")
/// matches releases only, as those tools do. Maven and Go have no such rule.
bool satisfies(const VersionSpec &spec, const Version &version);

/// How far apart two versions of one ecosystem are: by major, minor and
/// patch (Maven and PyPI: the first three release numbers, missing ones 0);
/// versions that order equal are None; versions that differ only after
/// those three numbers (pre-release, qualifier, post, dev, a fourth number)
/// are Patch with magnitude 0.0001; a PyPI epoch difference is Major with
/// magnitude at least 1. Invalid versions or different ecosystems: None, 0.
VersionDifference difference(const Version &a, const Version &b);

/// "none", "patch", "minor", "major".
QString levelKey(DriftLevel level);

} // namespace Versions

} // namespace ArchBoard
