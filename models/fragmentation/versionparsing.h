// Versions and version requirements of npm, Cargo, Go, Maven and PyPI.
//
// Every parser walks the text by hand (no regular expressions): the input is
// bounded first, numbers are checked before they could overflow, and nothing
// throws. A spec is compiled into sets of comparators ("a || b" → two sets,
// each a conjunction); parseSpec() keeps only the summary (kind, floor,
// note), satisfies() compiles the text again, so VersionSpec stays plain data.
//
// This header holds what the files share: the translation context, bounds,
// small text helpers (inline: they sit in the parsers' inner loops) and the
// compiled form of a spec. Private to ArchBoard::Core, not installed.
#pragma once

#include "versions.h"

#include <QCoreApplication>
#include <QStringView>

#include <algorithm>
#include <limits>
#include <optional>

namespace ArchBoard::VersionParsing {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Versions)
};

constexpr qsizetype kMaxVersionLength = 256; // node-semver's MAX_LENGTH
constexpr qsizetype kMaxSpecLength = 1024;
constexpr qint64 kMaxNumber = std::numeric_limits<qint64>::max();
constexpr qint64 kMaxSafeInteger = 9007199254740991LL; // npm: Number.MAX_SAFE_INTEGER

inline bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline bool isAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

inline bool isAlnum(QChar c)
{
    return isDigit(c) || isAlpha(c);
}

inline bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return isDigit(c); });
}

inline qint64 plusOne(qint64 n)
{
    return n < kMaxNumber ? n + 1 : n;
}

/// ASCII digits to a number no larger than \a limit; false when it is larger.
inline bool toNumber(QStringView digits, qint64 limit, qint64 *out)
{
    qint64 value = 0;
    for (QChar c : digits) {
        const int d = c.unicode() - u'0';
        if (value > (limit - d) / 10)
            return false;
        value = value * 10 + d;
    }
    *out = value;
    return true;
}

/// Text for messages: quoted, at most 40 characters.
inline QString quoted(QStringView s)
{
    if (s.size() > 40)
        return u'\'' + s.left(39).toString() + QChar(0x2026) + u'\'';
    return u'\'' + s.toString() + u'\'';
}

inline QList<QStringView> splitWhitespace(QStringView s)
{
    QList<QStringView> words;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < s.size() && !s[i].isSpace())
            ++i;
        if (i > start)
            words.append(s.mid(start, i - start));
    }
    return words;
}

/// Compares digit strings by value, whatever their length.
inline int compareNumericText(QStringView a, QStringView b)
{
    while (a.size() > 1 && a[0] == u'0')
        a = a.mid(1);
    while (b.size() > 1 && b[0] == u'0')
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int c = a.compare(b);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

inline int sign(int c)
{
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

template<typename T>
int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : b < a ? 1 : 0;
}

struct SemVerRules
{
    qint64 limit = kMaxNumber;
    bool stripPrefix = false; ///< npm: leading `v` / `=` as semver.clean drops them
    bool requireV = false;    ///< Go
    bool lenient = false;     ///< Other: any number of release parts, leading zeros
};

struct Pep440Extra
{
    bool local = false;
    QString normalised; ///< public version, normalised (for ===)
};

enum class Op { Any, Eq, Ne, Lt, Le, Gt, Ge, PrefixEq, PrefixNe, Arbitrary };

struct Comparator
{
    Op op = Op::Any;
    Version version;   ///< the bound; PyPI prefix operators: epoch and release prefix
    QString arbitrary; ///< PyPI ===: the text, lower-cased
};

struct ComparatorSet
{
    std::vector<Comparator> comparators; ///< all must hold
    bool prereleases = false;            ///< PyPI: a specifier names a pre-release
};

struct Compiled
{
    VersionSpec spec;
    std::vector<ComparatorSet> sets; ///< any may hold
};

// SemVer versions (npm, Cargo, Go, Other): semver.cpp
int compareRelease(const std::vector<qint64> &a, const std::vector<qint64> &b);
int compareSemVer(const Version &a, const Version &b);
bool checkIdentifiers(QStringView ids, bool prerelease, bool lenient, QString *error);
bool parseSemVerText(QStringView s, const SemVerRules &rules, Version &v, QString *build);
void parseGo(QStringView s, Version &v);
void parseOther(QStringView s, Version &v);
void compileGo(QStringView s, Compiled &c);

// node-semver ranges (npm, Other) and Cargo requirements: semverranges.cpp
std::optional<Version> semVerFloor(Ecosystem e, const std::vector<ComparatorSet> &sets);
void compileNpm(QStringView s, Compiled &c);
void compileCargo(QStringView s, Compiled &c);
void compileOther(QStringView s, Compiled &c);

// Maven ComparableVersion and version ranges: maven.cpp
int compareMaven(const Version &a, const Version &b);
void parseMaven(QStringView s, Version &v);
void compileMaven(QStringView s, Compiled &c);

// PEP 440 versions and PyPI specifiers: pep440.cpp
QString pep440Text(const Version &v);
bool parsePep440(QStringView input, Version &v, Pep440Extra *extra);
bool pep440IsPrerelease(const Version &v);
int comparePep440(const Version &a, const Version &b);
bool samePep440Base(const Version &a, const Version &b);
void compilePyPI(QStringView s, Compiled &c);

// Comparators, testing, non-registry sources, compile dispatch: versionranges.cpp
Comparator comparator(Op op, const Version &v);
int compareIn(Ecosystem e, const Version &a, const Version &b);
bool testSets(Ecosystem e, const std::vector<ComparatorSet> &sets, const Version &v);
void setInvalid(Compiled &c, const QString &why);
void setAny(Compiled &c, const QString &note);
std::optional<Version> boundedFloor(Ecosystem e, const std::vector<ComparatorSet> &sets);
Compiled compile(Ecosystem e, const QString &text);

} // namespace ArchBoard::VersionParsing
