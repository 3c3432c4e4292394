// PEP 440 versions and PyPI specifiers (with Poetry's ^, ~, bare versions and ||).
#include "versionparsing.h"

#include <tuple>

namespace ArchBoard::VersionParsing {

namespace {

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

} // namespace

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

} // namespace ArchBoard::VersionParsing
