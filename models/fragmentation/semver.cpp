// SemVer versions: npm and Cargo (SemVer 2.0), Go module versions, Other.
#include "versionparsing.h"

namespace ArchBoard::VersionParsing {

namespace {

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

} // namespace

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

int compareSemVer(const Version &a, const Version &b)
{
    if (const int c = compareRelease(a.release, b.release))
        return c;
    return comparePrerelease(a.prerelease, b.prerelease);
}

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

} // namespace ArchBoard::VersionParsing
