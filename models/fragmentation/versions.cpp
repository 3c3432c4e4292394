// Versions and version requirements of npm, Cargo, Go, Maven and PyPI.
//
// Every parser walks the text by hand (no regular expressions): the input is
// bounded first, numbers are checked before they could overflow, and nothing
// throws. A spec is compiled into sets of comparators ("a || b" → two sets,
// each a conjunction); parseSpec() keeps only the summary (kind, floor,
// note), satisfies() compiles the text again, so VersionSpec stays plain data.
#include "versions.h"

#include <QCoreApplication>
#include <QStringView>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace ArchBoard {

namespace {

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

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAlnum(QChar c)
{
    return isDigit(c) || isAlpha(c);
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return isDigit(c); });
}

qint64 plusOne(qint64 n)
{
    return n < kMaxNumber ? n + 1 : n;
}

/// ASCII digits to a number no larger than \a limit; false when it is larger.
bool toNumber(QStringView digits, qint64 limit, qint64 *out)
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
QString quoted(QStringView s)
{
    if (s.size() > 40)
        return u'\'' + s.left(39).toString() + QChar(0x2026) + u'\'';
    return u'\'' + s.toString() + u'\'';
}

QList<QStringView> splitWhitespace(QStringView s)
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
int compareNumericText(QStringView a, QStringView b)
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

int sign(int c)
{
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

template<typename T>
int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : b < a ? 1 : 0;
}

// ---------------------------------------------------------------------------
// SemVer (npm, Cargo, Go, Other)

int compareRelease(const std::vector<qint64> &a, const std::vector<qint64> &b)
{
    const size_t n = std::max(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        const qint64 x = i < a.size() ? a[i] : 0;
        const qint64 y = i < b.size() ? b[i] : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

/// SemVer §11: numeric identifiers by value and below alphanumeric ones,
/// alphanumeric ones in ASCII order, a shorter list first, a release last.
int comparePrerelease(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() == b.isEmpty() ? 0 : a.isEmpty() ? 1 : -1;
    const QList<QStringView> x = a.split(u'.');
    const QList<QStringView> y = b.split(u'.');
    const qsizetype n = std::min(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i) {
        const bool xn = allDigits(x[i]);
        const bool yn = allDigits(y[i]);
        int c = 0;
        if (xn && yn)
            c = compareNumericText(x[i], y[i]);
        else if (xn != yn)
            c = xn ? -1 : 1;
        else
            c = sign(x[i].compare(y[i]));
        if (c != 0)
            return c;
    }
    return compareValues(x.size(), y.size());
}

int compareSemVer(const Version &a, const Version &b)
{
    if (const int c = compareRelease(a.release, b.release))
        return c;
    return comparePrerelease(a.prerelease, b.prerelease);
}

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

struct SemVerRules
{
    qint64 limit = kMaxNumber;
    bool stripPrefix = false; ///< npm: leading `v` / `=` as semver.clean drops them
    bool requireV = false;    ///< Go
    bool lenient = false;     ///< Other: any number of release parts, leading zeros
};

/// Dot-separated identifiers of [0-9A-Za-z-]; numeric pre-release
/// identifiers without leading zeros unless lenient.
bool checkIdentifiers(QStringView ids, bool prerelease, bool lenient, QString *error)
{
    const auto what = [prerelease] { return prerelease ? Text::tr("pre-release") : Text::tr("build metadata"); };
    if (ids.isEmpty()) {
        *error = Text::tr("empty %1").arg(what());
        return false;
    }
    for (QStringView id : ids.split(u'.')) {
        if (id.isEmpty()) {
            *error = Text::tr("empty identifier in %1 %2").arg(what(), quoted(ids));
            return false;
        }
        for (QChar c : id) {
            if (!isAlnum(c) && c != u'-') {
                *error = Text::tr("%1 in %2 %3: only letters, digits and '-' are allowed").arg(quoted(QString(c)), what(), quoted(ids));
                return false;
            }
        }
        if (prerelease && !lenient && id.size() > 1 && id[0] == u'0' && allDigits(id)) {
            *error = Text::tr("numeric pre-release identifier %1 has a leading zero").arg(quoted(id));
            return false;
        }
    }
    return true;
}

bool parseSemVerText(QStringView s, const SemVerRules &rules, Version &v, QString *build)
{
    qsizetype pos = 0;
    const qsizetype size = s.size();
    if (rules.requireV) {
        if (s[0] != u'v') {
            v.error = Text::tr("Go module versions start with 'v' (v1.2.3)");
            return false;
        }
        pos = 1;
    } else if (rules.stripPrefix) {
        while (pos < size && (s[pos] == u'v' || s[pos] == u'=' || (rules.lenient && s[pos] == u'V')))
            ++pos;
    }
    v.release.clear();
    while (true) {
        const qsizetype start = pos;
        while (pos < size && isDigit(s[pos]))
            ++pos;
        const QStringView run = s.mid(start, pos - start);
        if (run.isEmpty()) {
            v.error = pos < size ? Text::tr("expected a number at %1 in %2").arg(quoted(s.mid(pos, 1)), quoted(s))
                                 : Text::tr("expected a number at the end of %1").arg(quoted(s));
            return false;
        }
        if (!rules.lenient && run.size() > 1 && run[0] == u'0') {
            v.error = Text::tr("%1 has a leading zero").arg(quoted(run));
            return false;
        }
        qint64 n = 0;
        if (!toNumber(run, rules.limit, &n)) {
            v.error = Text::tr("number %1 is too large (more than %2)").arg(quoted(run)).arg(rules.limit);
            return false;
        }
        v.release.push_back(n);
        const bool more = pos + 1 < size && s[pos] == u'.' && isDigit(s[pos + 1]);
        if (rules.lenient ? !more : v.release.size() == 3)
            break;
        if (pos >= size || s[pos] != u'.') {
            v.error = Text::tr("expected MAJOR.MINOR.PATCH, got %1").arg(quoted(s));
            return false;
        }
        ++pos;
    }
    if (pos < size && s[pos] == u'-') {
        qsizetype end = pos + 1;
        while (end < size && s[end] != u'+')
            ++end;
        const QStringView pre = s.mid(pos + 1, end - pos - 1);
        if (!checkIdentifiers(pre, true, rules.lenient, &v.error))
            return false;
        v.prerelease = pre.toString();
        pos = end;
    }
    if (pos < size && s[pos] == u'+') {
        const QStringView meta = s.mid(pos + 1);
        if (!checkIdentifiers(meta, false, rules.lenient, &v.error))
            return false;
        if (build)
            *build = meta.toString();
        pos = size;
    }
    if (pos != size) {
        v.error = Text::tr("unexpected %1 in %2").arg(quoted(s.mid(pos, 1)), quoted(s));
        return false;
    }
    return true;
}

void parseGo(QStringView s, Version &v)
{
    QString build;
    if (!parseSemVerText(s, SemVerRules{kMaxNumber, false, true, false}, v, &build))
        return;
    if (!build.isEmpty()) {
        if (build != u"incompatible") {
            v.error = Text::tr("build metadata %1 is not allowed in a Go module version (only +incompatible)").arg(quoted(build));
            return;
        }
        if (v.major() < 2) {
            v.error = Text::tr("+incompatible is only allowed from major version 2 on");
            return;
        }
    }
    // Pseudo-versions: vX.0.0-yyyymmddhhmmss-abcdef, vX.Y.(Z+1)-0.yyyymmddhhmmss-abcdef,
    // vX.Y.Z-pre.0.yyyymmddhhmmss-abcdef. Their SemVer order is their time order.
    const QList<QStringView> ids = QStringView(v.prerelease).split(u'.');
    auto stampedRevision = [](QStringView id) {
        if (id.size() < 16 || id[14] != u'-' || !allDigits(id.left(14)))
            return false;
        const QStringView rev = id.mid(15);
        return std::all_of(rev.begin(), rev.end(), [](QChar c) { return isAlnum(c); });
    };
    if (!v.prerelease.isEmpty()) {
        const QStringView last = ids.last();
        const bool base = ids.size() == 1 && v.minor() == 0 && v.patch() == 0;
        const bool derived = ids.size() >= 2 && ids[ids.size() - 2] == u"0";
        if ((base || derived) && stampedRevision(last))
            v.pseudoTimestamp = last.left(14).toString();
    }
    v.valid = true;
}

/// Other ecosystems: SemVer-ish, else the numbers found in the text.
void parseOther(QStringView s, Version &v)
{
    if (parseSemVerText(s, SemVerRules{kMaxNumber, true, false, true}, v, nullptr)) {
        v.valid = true;
        v.error.clear();
        return;
    }
    const QString semverError = v.error;
    v.release.clear();
    v.prerelease.clear();
    qsizetype i = 0;
    while (i < s.size()) {
        if (!isDigit(s[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        qint64 n = 0;
        if (!toNumber(s.mid(start, i - start), kMaxNumber, &n)) {
            v.error = Text::tr("number %1 is too large").arg(quoted(s.mid(start, i - start)));
            v.release.clear();
            return;
        }
        v.release.push_back(n);
    }
    if (v.release.empty()) {
        v.error = Text::tr("no number in %1 (%2)").arg(quoted(s), semverError);
        return;
    }
    v.error.clear();
    v.valid = true;
}

// ---------------------------------------------------------------------------
// Maven ComparableVersion (maven-artifact 3.x: items split on '.', '-' and
// digit/letter transitions, the latter two opening a nested list)

struct MavenItem
{
    enum Type { Int, String, List };
    Type type = List;
    QString value; ///< Int: digits without leading zeros; String: qualifier after aliases
    std::vector<MavenItem> items;
};

const QStringList &mavenQualifiers()
{
    static const QStringList q{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("milestone"),
                               QStringLiteral("rc"), QStringLiteral("snapshot"), QString(), QStringLiteral("sp")};
    return q;
}

constexpr int kMavenReleaseIndex = 5;

MavenItem mavenString(QString value, bool followedByDigit)
{
    if (followedByDigit && value.size() == 1) {
        if (value == u"a")
            value = QStringLiteral("alpha");
        else if (value == u"b")
            value = QStringLiteral("beta");
        else if (value == u"m")
            value = QStringLiteral("milestone");
    }
    if (value == u"ga" || value == u"final" || value == u"release")
        value.clear();
    else if (value == u"cr")
        value = QStringLiteral("rc");
    MavenItem item;
    item.type = MavenItem::String;
    item.value = value;
    return item;
}

MavenItem mavenInt(QStringView digits)
{
    while (digits.size() > 1 && digits[0] == u'0')
        digits = digits.mid(1);
    MavenItem item;
    item.type = MavenItem::Int;
    item.value = digits.isEmpty() ? QStringLiteral("0") : digits.toString();
    return item;
}

MavenItem mavenItem(bool isDigit, QStringView buf)
{
    return isDigit ? mavenInt(buf) : mavenString(buf.toString(), false);
}

/// Java's comparableQualifier(): known qualifiers by index, unknown ones after
/// all of them in lexical order.
int compareQualifiers(const QString &a, const QString &b)
{
    const qsizetype ia = mavenQualifiers().indexOf(a);
    const qsizetype ib = mavenQualifiers().indexOf(b);
    if (ia >= 0 && ib >= 0)
        return compareValues(ia, ib);
    if (ia >= 0 || ib >= 0)
        return ia >= 0 ? -1 : 1;
    return sign(a.compare(b));
}

int compareQualifierWithRelease(const QString &a)
{
    const qsizetype i = mavenQualifiers().indexOf(a);
    return i < 0 ? 1 : compareValues<qsizetype>(i, kMavenReleaseIndex);
}

bool mavenIsNull(const MavenItem &item)
{
    switch (item.type) {
    case MavenItem::Int:
        return item.value == u"0";
    case MavenItem::String:
        return compareQualifierWithRelease(item.value) == 0;
    case MavenItem::List:
        return item.items.empty();
    }
    return false;
}

void mavenNormalize(MavenItem &list)
{
    for (qsizetype i = qsizetype(list.items.size()) - 1; i >= 0; --i) {
        if (mavenIsNull(list.items[size_t(i)]))
            list.items.erase(list.items.begin() + i);
        else if (list.items[size_t(i)].type != MavenItem::List)
            break;
    }
}

MavenItem parseMavenItems(QStringView text)
{
    const QString version = text.toString().toLower();
    MavenItem root;
    // Each new list is appended to the deepest one and nothing is appended to
    // an outer list afterwards, so these pointers stay valid.
    std::vector<MavenItem *> stack{&root};
    MavenItem *list = &root;
    auto openList = [&] {
        list->items.emplace_back();
        list = &list->items.back();
        stack.push_back(list);
    };
    bool digit = false;
    qsizetype start = 0;
    const qsizetype n = version.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = version[i];
        if (c == u'.' || c == u'-') {
            if (i == start)
                list->items.push_back(mavenInt(u"0"));
            else
                list->items.push_back(mavenItem(digit, QStringView(version).mid(start, i - start)));
            start = i + 1;
            if (c == u'-')
                openList();
        } else if (isDigit(c)) {
            if (!digit && i > start) {
                list->items.push_back(mavenString(version.mid(start, i - start), true));
                start = i;
                openList();
            }
            digit = true;
        } else {
            if (digit && i > start) {
                list->items.push_back(mavenItem(true, QStringView(version).mid(start, i - start)));
                start = i;
                openList();
            }
            digit = false;
        }
    }
    if (n > start)
        list->items.push_back(mavenItem(digit, QStringView(version).mid(start)));
    while (!stack.empty()) {
        mavenNormalize(*stack.back());
        stack.pop_back();
    }
    return root;
}

int compareMavenItem(const MavenItem &a, const MavenItem *b);

/// A list against nothing: item by item (MNG-6964).
int compareMavenListWithNull(const MavenItem &list)
{
    for (const MavenItem &item : list.items) {
        if (const int c = compareMavenItem(item, nullptr))
            return c;
    }
    return 0;
}

int compareMavenItem(const MavenItem &a, const MavenItem *b)
{
    switch (a.type) {
    case MavenItem::Int:
        if (!b)
            return a.value == u"0" ? 0 : 1;
        if (b->type == MavenItem::Int)
            return compareNumericText(a.value, b->value);
        return 1; // 1.1 > 1-sp, 1.1 > 1-1
    case MavenItem::String:
        if (!b)
            return compareQualifierWithRelease(a.value);
        if (b->type == MavenItem::String)
            return compareQualifiers(a.value, b->value);
        return -1; // 1.any < 1.1, 1.any < 1-1
    case MavenItem::List:
        if (!b)
            return compareMavenListWithNull(a);
        if (b->type == MavenItem::Int)
            return -1; // 1-1 < 1.0.x
        if (b->type == MavenItem::String)
            return 1; // 1-1 > 1-sp
        const size_t n = std::max(a.items.size(), b->items.size());
        for (size_t i = 0; i < n; ++i) {
            const MavenItem *l = i < a.items.size() ? &a.items[i] : nullptr;
            const MavenItem *r = i < b->items.size() ? &b->items[i] : nullptr;
            int c = 0;
            if (l)
                c = compareMavenItem(*l, r);
            else if (r)
                c = -compareMavenItem(*r, nullptr);
            if (c != 0)
                return c;
        }
        return 0;
    }
    return 0;
}

int compareMaven(const Version &a, const Version &b)
{
    const MavenItem x = parseMavenItems(QStringView(a.text).trimmed());
    const MavenItem y = parseMavenItems(QStringView(b.text).trimmed());
    return compareMavenItem(x, &y);
}

void parseMaven(QStringView s, Version &v)
{
    for (QChar c : s) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            v.error = Text::tr("a Maven version has no spaces or control characters: %1").arg(quoted(s));
            return;
        }
        if (c == u'[' || c == u']' || c == u'(' || c == u')' || c == u',') {
            v.error = Text::tr("%1 belongs to a version range, not a version: %2").arg(quoted(QString(c)), quoted(s));
            return;
        }
    }
    if (s.contains(u"${")) {
        v.error = Text::tr("unresolved property in %1").arg(quoted(s));
        return;
    }
    if (std::none_of(s.begin(), s.end(), [](QChar c) { return isAlnum(c); })) {
        v.error = Text::tr("a Maven version needs a letter or a digit: %1").arg(quoted(s));
        return;
    }
    // The leading numbers are the release; the rest, lower-cased, the qualifier.
    qsizetype pos = 0;
    while (pos < s.size() && isDigit(s[pos])) {
        const qsizetype start = pos;
        while (pos < s.size() && isDigit(s[pos]))
            ++pos;
        qint64 n = kMaxNumber;
        toNumber(s.mid(start, pos - start), kMaxNumber, &n); // saturates: ordering uses the digits
        v.release.push_back(n);
        if (pos + 1 < s.size() && s[pos] == u'.' && isDigit(s[pos + 1]))
            ++pos;
        else
            break;
    }
    QStringView rest = s.mid(pos);
    if (!rest.isEmpty() && (rest[0] == u'.' || rest[0] == u'-'))
        rest = rest.mid(1);
    QString qualifier = rest.toString().toLower();
    if (qualifier == u"ga" || qualifier == u"final" || qualifier == u"release")
        qualifier.clear();
    v.prerelease = qualifier;
    v.valid = true;
}

// ---------------------------------------------------------------------------
// PEP 440

struct Pep440Extra
{
    bool local = false;
    QString normalised; ///< public version, normalised (for ===)
};

/// The first of \a words that \a s continues with at \a pos (in order).
qsizetype matchWord(QStringView s, qsizetype pos, std::initializer_list<const char16_t *> words, QStringView *matched)
{
    for (const char16_t *w : words) {
        const QStringView word(w);
        if (s.mid(pos).startsWith(word)) {
            *matched = word;
            return word.size();
        }
    }
    return 0;
}

bool isPep440Separator(QChar c)
{
    return c == u'-' || c == u'_' || c == u'.';
}

QString pep440Text(const Version &v)
{
    QString s;
    if (v.epoch != 0)
        s += QString::number(v.epoch) + u'!';
    QStringList parts;
    for (qint64 n : v.release)
        parts << QString::number(n);
    s += parts.join(u'.');
    s += v.prerelease;
    if (v.post)
        s += QStringLiteral(".post") + QString::number(*v.post);
    if (v.dev)
        s += QStringLiteral(".dev") + QString::number(*v.dev);
    return s;
}

bool parsePep440(QStringView input, Version &v, Pep440Extra *extra)
{
    const QString lower = input.toString().toLower();
    const QStringView s(lower);
    const qsizetype size = s.size();
    qsizetype pos = 0;
    auto readNumber = [&](qint64 limit, qint64 *out) {
        const qsizetype start = pos;
        while (pos < size && isDigit(s[pos]))
            ++pos;
        if (pos == start)
            return false;
        if (!toNumber(s.mid(start, pos - start), limit, out)) {
            v.error = Text::tr("number %1 is too large").arg(quoted(s.mid(start, pos - start)));
            return false;
        }
        return true;
    };
    auto fail = [&](const QString &why) {
        if (v.error.isEmpty())
            v.error = why;
        v.release.clear();
        return false;
    };
    if (pos < size && s[pos] == u'v')
        ++pos;
    qint64 first = 0;
    if (!readNumber(kMaxNumber, &first))
        return fail(Text::tr("expected a release number in %1").arg(quoted(input)));
    if (pos < size && s[pos] == u'!') {
        if (first > std::numeric_limits<int>::max())
            return fail(Text::tr("epoch %1 is too large").arg(first));
        v.epoch = int(first);
        ++pos;
        if (!readNumber(kMaxNumber, &first))
            return fail(Text::tr("expected a release number after the epoch in %1").arg(quoted(input)));
    }
    v.release = {first};
    while (pos + 1 < size && s[pos] == u'.' && isDigit(s[pos + 1])) {
        ++pos;
        qint64 n = 0;
        if (!readNumber(kMaxNumber, &n))
            return fail(QString());
        v.release.push_back(n);
    }
    // pre-release: [-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?N?
    {
        const qsizetype save = pos;
        if (pos < size && isPep440Separator(s[pos]))
            ++pos;
        QStringView word;
        if (const qsizetype len = matchWord(s, pos, {u"alpha", u"a", u"beta", u"b", u"preview", u"pre", u"c", u"rc"}, &word)) {
            pos += len;
            if (pos < size && isPep440Separator(s[pos]))
                ++pos;
            qint64 n = 0;
            if (pos < size && isDigit(s[pos]) && !readNumber(kMaxNumber, &n))
                return fail(QString());
            const QString letter = word == u"alpha" || word == u"a" ? QStringLiteral("a")
                                 : word == u"beta" || word == u"b"  ? QStringLiteral("b")
                                                                    : QStringLiteral("rc");
            v.prerelease = letter + QString::number(n);
        } else {
            pos = save;
        }
    }
    // post-release: -N | [-_.]?(post|rev|r)[-_.]?N?
    {
        const qsizetype save = pos;
        if (pos + 1 < size && s[pos] == u'-' && isDigit(s[pos + 1])) {
            ++pos;
            qint64 n = 0;
            if (!readNumber(kMaxNumber, &n))
                return fail(QString());
            v.post = n;
        } else {
            if (pos < size && isPep440Separator(s[pos]))
                ++pos;
            QStringView word;
            if (const qsizetype len = matchWord(s, pos, {u"post", u"rev", u"r"}, &word)) {
                pos += len;
                if (pos < size && isPep440Separator(s[pos]))
                    ++pos;
                qint64 n = 0;
                if (pos < size && isDigit(s[pos]) && !readNumber(kMaxNumber, &n))
                    return fail(QString());
                v.post = n;
            } else {
                pos = save;
            }
        }
    }
    // development release: [-_.]?dev[-_.]?N?
    {
        const qsizetype save = pos;
        if (pos < size && isPep440Separator(s[pos]))
            ++pos;
        if (s.mid(pos).startsWith(u"dev")) {
            pos += 3;
            if (pos < size && isPep440Separator(s[pos]))
                ++pos;
            qint64 n = 0;
            if (pos < size && isDigit(s[pos]) && !readNumber(kMaxNumber, &n))
                return fail(QString());
            v.dev = n;
        } else {
            pos = save;
        }
    }
    // local version label: +[a-z0-9]+([-_.][a-z0-9]+)*  (ignored for ordering)
    bool local = false;
    if (pos < size && s[pos] == u'+') {
        ++pos;
        bool expectPart = true;
        while (pos < size) {
            if (isAlnum(s[pos])) {
                expectPart = false;
            } else if (isPep440Separator(s[pos]) && !expectPart) {
                expectPart = true;
            } else {
                break;
            }
            ++pos;
        }
        if (expectPart)
            return fail(Text::tr("malformed local version label in %1").arg(quoted(input)));
        local = true;
    }
    if (pos != size)
        return fail(Text::tr("unexpected %1 in %2 (PEP 440: [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local])")
                        .arg(quoted(s.mid(pos, 1)), quoted(input)));
    if (extra) {
        extra->local = local;
        extra->normalised = pep440Text(v);
    }
    return true;
}

bool pep440IsPrerelease(const Version &v)
{
    return !v.prerelease.isEmpty() || v.dev.has_value();
}

std::pair<int, qint64> pep440Pre(const QString &pre)
{
    qsizetype i = 0;
    while (i < pre.size() && !isDigit(pre[i]))
        ++i;
    const QStringView letter = QStringView(pre).left(i);
    qint64 n = 0;
    toNumber(QStringView(pre).mid(i), kMaxNumber, &n);
    return {letter == u"a" ? 0 : letter == u"b" ? 1 : 2, n};
}

int comparePep440(const Version &a, const Version &b)
{
    if (a.epoch != b.epoch)
        return compareValues(a.epoch, b.epoch);
    if (const int c = compareRelease(a.release, b.release))
        return c;
    // A dev release of a final release sorts before its pre-releases.
    auto preKey = [](const Version &v) {
        if (v.prerelease.isEmpty() && !v.post && v.dev)
            return std::tuple<int, int, qint64>(0, 0, 0);
        if (v.prerelease.isEmpty())
            return std::tuple<int, int, qint64>(2, 0, 0);
        const auto [letter, n] = pep440Pre(v.prerelease);
        return std::tuple<int, int, qint64>(1, letter, n);
    };
    if (const int c = compareValues(preKey(a), preKey(b)))
        return c;
    const auto postKey = [](const Version &v) { return std::pair<int, qint64>(v.post ? 1 : 0, v.post.value_or(0)); };
    if (const int c = compareValues(postKey(a), postKey(b)))
        return c;
    const auto devKey = [](const Version &v) { return std::pair<int, qint64>(v.dev ? 0 : 1, v.dev.value_or(0)); };
    return compareValues(devKey(a), devKey(b));
}

bool samePep440Base(const Version &a, const Version &b)
{
    return a.epoch == b.epoch && compareRelease(a.release, b.release) == 0;
}

// ---------------------------------------------------------------------------
// Compiled specs

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

// ---------------------------------------------------------------------------
// Non-registry sources

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

// ---------------------------------------------------------------------------
// node-semver ranges (npm, and Other), Cargo requirements

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

void compileGo(QStringView s, Compiled &c)
{
    const Version v = Versions::parse(Ecosystem::Go, s.toString());
    if (!v.valid) {
        setInvalid(c, v.error);
        return;
    }
    c.spec.kind = VersionSpec::Kind::Exact;
    c.sets.push_back(ComparatorSet{{comparator(Op::Eq, v)}, false});
    if (!v.pseudoTimestamp.isEmpty())
        c.spec.note = Text::tr("pseudo-version (commit of %1)").arg(v.pseudoTimestamp);
}

/// Maven VersionRange: "[1.0,2.0)", "(,1.0]", "[1.2]", "[1,2),[3,4)"; a plain version is a soft requirement.
void compileMaven(QStringView s, Compiled &c)
{
    const Ecosystem e = Ecosystem::Maven;
    if (s == u"LATEST" || s == u"RELEASE") {
        setAny(c, Text::tr("Maven meta-version %1 (deprecated)").arg(s.toString()));
        return;
    }
    if (s.contains(u"${")) {
        setInvalid(c, Text::tr("unresolved property in %1").arg(quoted(s)));
        return;
    }
    if (!s.startsWith(u'[') && !s.startsWith(u'(')) {
        const Version v = Versions::parse(e, s.toString());
        if (!v.valid) {
            setInvalid(c, v.error);
            return;
        }
        c.spec.kind = VersionSpec::Kind::Exact;
        c.spec.note = Text::tr("soft requirement");
        c.sets.push_back(ComparatorSet{{comparator(Op::Eq, v)}, false});
        return;
    }
    QStringView rest = s;
    std::optional<Version> previousUpper;
    bool previousOpenAbove = false;
    bool exact = false;
    while (!rest.isEmpty() && (rest[0] == u'[' || rest[0] == u'(')) {
        const qsizetype close1 = rest.indexOf(u')');
        const qsizetype close2 = rest.indexOf(u']');
        const qsizetype close = close1 < 0 ? close2 : close2 < 0 ? close1 : std::min(close1, close2);
        if (close < 0) {
            setInvalid(c, Text::tr("unbounded range (no closing ']' or ')'): %1").arg(quoted(s)));
            return;
        }
        const QStringView body = rest.mid(1, close - 1).trimmed();
        const bool lowerInclusive = rest[0] == u'[';
        const bool upperInclusive = rest[close] == u']';
        ComparatorSet set;
        std::optional<Version> lower, upper;
        auto bound = [&](QStringView text, std::optional<Version> *out) {
            if (text.isEmpty())
                return true;
            Version v = Versions::parse(e, text.toString());
            if (!v.valid) {
                setInvalid(c, Text::tr("bad bound in %1: %2").arg(quoted(s), v.error));
                return false;
            }
            *out = v;
            return true;
        };
        const qsizetype comma = body.indexOf(u',');
        if (comma < 0) {
            if (!lowerInclusive || !upperInclusive) {
                setInvalid(c, Text::tr("a single version must be surrounded by [ ]: %1").arg(quoted(rest.left(close + 1))));
                return;
            }
            if (body.isEmpty()) {
                setInvalid(c, Text::tr("empty range %1").arg(quoted(rest.left(close + 1))));
                return;
            }
            if (!bound(body, &lower))
                return;
            upper = lower;
            set.comparators.push_back(comparator(Op::Eq, *lower));
            exact = true;
        } else {
            const QStringView lowerText = body.left(comma).trimmed();
            const QStringView upperText = body.mid(comma + 1).trimmed();
            if (upperText.contains(u',')) {
                setInvalid(c, Text::tr("a range has two bounds: %1").arg(quoted(rest.left(close + 1))));
                return;
            }
            if (!bound(lowerText, &lower) || !bound(upperText, &upper))
                return;
            if (lower && upper) {
                const int order = compareMaven(*upper, *lower);
                if (order < 0) {
                    setInvalid(c, Text::tr("range defies version ordering: %1").arg(quoted(rest.left(close + 1))));
                    return;
                }
                if (order == 0 && !(lowerInclusive && upperInclusive)) {
                    setInvalid(c, Text::tr("range cannot have identical boundaries: %1").arg(quoted(rest.left(close + 1))));
                    return;
                }
            }
            if (lower)
                set.comparators.push_back(comparator(lowerInclusive ? Op::Ge : Op::Gt, *lower));
            if (upper)
                set.comparators.push_back(comparator(upperInclusive ? Op::Le : Op::Lt, *upper));
            exact = false;
        }
        if (!c.sets.empty() && (previousOpenAbove || !lower || compareMaven(*lower, *previousUpper) < 0)) {
            setInvalid(c, Text::tr("ranges overlap: %1").arg(quoted(s)));
            return;
        }
        previousUpper = upper;
        previousOpenAbove = !upper;
        c.sets.push_back(std::move(set));
        rest = rest.mid(close + 1).trimmed();
        if (rest.startsWith(u','))
            rest = rest.mid(1).trimmed();
    }
    if (!rest.isEmpty()) {
        setInvalid(c, Text::tr("only ranges can follow a range: %1 in %2").arg(quoted(rest), quoted(s)));
        return;
    }
    c.spec.kind = exact && c.sets.size() == 1 ? VersionSpec::Kind::Exact : VersionSpec::Kind::Range;
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

/// PEP 440 specifiers, comma-separated; Poetry's ^, ~, bare versions and || too.
void compilePyPI(QStringView s, Compiled &c)
{
    const Ecosystem e = Ecosystem::PyPI;
    if (s == u"*") {
        setAny(c, QString());
        return;
    }
    const QList<QStringView> alternatives = s.split(u'|', Qt::SkipEmptyParts);
    if (alternatives.isEmpty()) {
        setInvalid(c, Text::tr("'|' without specifiers"));
        return;
    }
    bool exact = false;
    int clauses = 0;
    QStringList notes;
    for (QStringView alternative : alternatives) {
        ComparatorSet set;
        for (QStringView piece : alternative.split(u',')) {
            qsizetype pos = 0;
            while (true) {
                while (pos < piece.size() && piece[pos].isSpace())
                    ++pos;
                if (pos >= piece.size())
                    break;
                static const char16_t *const ops[] = {u"===", u"==", u"!=", u"~=", u"<=", u">=", u"<", u">", u"^", u"~", u"="};
                QStringView op;
                for (const char16_t *o : ops) {
                    if (piece.mid(pos).startsWith(QStringView(o))) {
                        op = QStringView(o);
                        break;
                    }
                }
                pos += op.size();
                while (pos < piece.size() && piece[pos].isSpace())
                    ++pos;
                const qsizetype start = pos;
                while (pos < piece.size() && !piece[pos].isSpace()) {
                    const QChar ch = piece[pos];
                    if (ch == u'<' || ch == u'>' || ch == u'=' || ch == u'~' || ch == u'^')
                        break;
                    if (ch == u'!' && pos + 1 < piece.size() && piece[pos + 1] == u'=')
                        break;
                    ++pos;
                }
                const QStringView token = piece.mid(start, pos - start);
                if (token.isEmpty()) {
                    setInvalid(c, op.isEmpty() ? Text::tr("unexpected %1 in %2").arg(quoted(piece.mid(pos, 1)), quoted(s))
                                               : Text::tr("%1 without a version in %2").arg(quoted(op), quoted(s)));
                    return;
                }
                ++clauses;
                if (op == u"===") {
                    Comparator cmp;
                    cmp.op = Op::Arbitrary;
                    cmp.arbitrary = token.toString();
                    Pep440Extra extra;
                    cmp.version = Version{};
                    cmp.version.ecosystem = e;
                    cmp.version.text = cmp.arbitrary;
                    cmp.version.valid = parsePep440(token, cmp.version, &extra);
                    if (cmp.version.valid && pep440IsPrerelease(cmp.version))
                        set.prereleases = true;
                    set.comparators.push_back(cmp);
                    exact = true;
                    continue;
                }
                const bool equality = op == u"==" || op == u"!=" || op == u"=" || op.isEmpty();
                if (token.endsWith(u".*") || token == u"*") {
                    if (!equality || token == u"*") {
                        setInvalid(c, Text::tr("'.*' only follows a release after == or != (%1)").arg(quoted(s)));
                        return;
                    }
                    Version prefix;
                    prefix.ecosystem = e;
                    Pep440Extra extra;
                    const QStringView base = token.chopped(2);
                    if (!parsePep440(base, prefix, &extra) || extra.local || pep440IsPrerelease(prefix) || prefix.post) {
                        setInvalid(c, Text::tr("'.*' only follows a release number: %1%2").arg(op.toString(), token.toString())
                                          + (prefix.error.isEmpty() ? QString() : QStringLiteral(" (") + prefix.error + u')'));
                        return;
                    }
                    prefix.valid = true;
                    prefix.text = pep440Text(prefix);
                    Comparator cmp = comparator(op == u"!=" ? Op::PrefixNe : Op::PrefixEq, prefix);
                    set.comparators.push_back(cmp);
                    exact = false;
                    continue;
                }
                Version v;
                v.ecosystem = e;
                v.text = token.toString();
                Pep440Extra extra;
                if (!parsePep440(token, v, &extra)) {
                    setInvalid(c, Text::tr("bad version in %1: %2").arg(quoted(s), v.error));
                    return;
                }
                v.valid = true;
                if (extra.local && !equality) {
                    setInvalid(c, Text::tr("a local version label is only allowed with == and != (%1)").arg(quoted(s)));
                    return;
                }
                const bool pre = pep440IsPrerelease(v);
                if (op == u"==" || op == u"=" || op.isEmpty()) {
                    if (op.isEmpty())
                        notes << Text::tr("bare version %1 read as ==%1 (Poetry)").arg(token.toString());
                    set.comparators.push_back(comparator(Op::Eq, v));
                    set.prereleases = set.prereleases || pre;
                    exact = true;
                } else if (op == u"!=") {
                    set.comparators.push_back(comparator(Op::Ne, v));
                } else if (op == u">=" || op == u"<=" || op == u">" || op == u"<") {
                    const Op o = op == u">=" ? Op::Ge : op == u"<=" ? Op::Le : op == u">" ? Op::Gt : Op::Lt;
                    set.comparators.push_back(comparator(o, v));
                    set.prereleases = set.prereleases || pre;
                } else {
                    // ~= V.N: >= V.N, == V.*; Poetry ^ and ~: >= V, < the next significant release
                    Version upper;
                    upper.ecosystem = e;
                    upper.valid = true;
                    upper.epoch = v.epoch;
                    if (op == u"~=") {
                        if (v.release.size() < 2) {
                            setInvalid(c, Text::tr("~= needs at least two release numbers (~=1.4): %1").arg(quoted(s)));
                            return;
                        }
                        upper.release.assign(v.release.begin(), v.release.end() - 1);
                        upper.text = pep440Text(upper);
                        set.comparators.push_back(comparator(Op::Ge, v));
                        set.comparators.push_back(comparator(Op::PrefixEq, upper));
                    } else {
                        size_t bump = 0;
                        if (op == u"^") {
                            while (bump + 1 < v.release.size() && v.release[bump] == 0)
                                ++bump;
                        } else {
                            bump = v.release.size() > 1 ? 1 : 0;
                        }
                        upper.release.assign(v.release.begin(), v.release.begin() + qsizetype(bump) + 1);
                        upper.release.back() = plusOne(upper.release.back());
                        upper.text = pep440Text(upper);
                        set.comparators.push_back(comparator(Op::Ge, v));
                        set.comparators.push_back(comparator(Op::Lt, upper));
                        notes << Text::tr("Poetry %1%2: >=%2,<%3").arg(op.toString(), token.toString(), upper.text);
                    }
                    set.prereleases = set.prereleases || pre;
                }
            }
        }
        c.sets.push_back(std::move(set));
    }
    if (clauses == 0) {
        setAny(c, QString());
        return;
    }
    if (alternatives.size() > 1)
        notes << Text::tr("alternatives (Poetry ||)");
    c.spec.note = notes.join(QStringLiteral("; "));
    c.spec.kind = exact && clauses == 1 && alternatives.size() == 1 ? VersionSpec::Kind::Exact : VersionSpec::Kind::Range;
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

} // namespace

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
