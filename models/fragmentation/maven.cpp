// Maven ComparableVersion (maven-artifact 3.x: items split on '.', '-' and
// digit/letter transitions, the latter two opening a nested list) and
// Maven version ranges.
#include "versionparsing.h"

namespace ArchBoard::VersionParsing {

namespace {

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

} // namespace

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

} // namespace ArchBoard::VersionParsing
