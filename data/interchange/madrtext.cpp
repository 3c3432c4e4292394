#include "madrtext.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace ArchBoard::Madr {

namespace {

/// Characters of \a line inside code spans (per line: a span across lines is rare in records).
std::vector<bool> codeMask(const QString &line)
{
    std::vector<bool> mask(size_t(line.size()), false);
    const qsizetype n = line.size();
    const auto runAt = [&](qsizetype i) {
        qsizetype r = 0;
        while (i + r < n && line[i + r] == u'`')
            ++r;
        return r;
    };
    qsizetype i = 0;
    while (i < n) {
        if (line[i] == u'\\') {
            i += 2;
            continue;
        }
        if (line[i] != u'`') {
            ++i;
            continue;
        }
        const qsizetype open = runAt(i);
        qsizetype j = i + open;
        qsizetype close = -1;
        while (j < n) {
            if (line[j] == u'`') {
                const qsizetype r = runAt(j);
                if (r == open) {
                    close = j;
                    break;
                }
                j += r;
            } else {
                ++j;
            }
        }
        if (close < 0) {
            i += open;
            continue;
        }
        for (qsizetype k = i; k < close + open; ++k)
            mask[size_t(k)] = true;
        i = close + open;
    }
    return mask;
}

/// Whether a `<` followed by \a rest starts raw HTML (not an autolink, not text).
bool startsHtml(QStringView rest)
{
    if (rest.isEmpty())
        return false;
    const QChar c = rest[0];
    if (c == u'/' || c == u'!' || c == u'?')
        return true;
    if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
        return false;
    static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.\\-]{1,31}:[^\\s<>]*>"));
    static const QRegularExpression email(QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                                                         "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>"));
    const QString s = rest.left(512).toString();
    return !uri.match(s).hasMatch() && !email.match(s).hasMatch();
}

int backslashesBefore(const QString &s, qsizetype i)
{
    int k = 0;
    while (i - 1 - k >= 0 && s[i - 1 - k] == u'\\')
        ++k;
    return k;
}

/// One reference the one-line and block writers use, with the character it stands for.
struct Reference
{
    QChar c;
    QLatin1StringView name; ///< "lt" for &lt;
};

/// The references a text may need: `<` always, the others in one-line places.
struct Encoding
{
    bool oneLine = false;
    bool title = false;

    /// Whether \a c at \a i of \a s is written as a reference.
    bool encodes(const QString &s, qsizetype i, const std::vector<bool> &code) const
    {
        const QChar c = s[i];
        if (c == u'<')
            return !code[size_t(i)] && backslashesBefore(s, i) % 2 == 0 && startsHtml(QStringView(s).mid(i + 1));
        if (!oneLine)
            return false;
        if (c == u'\n' || c == u'\r' || c == u'\t')
            return true;
        if (c == u'"')
            return title;
        if (c == u' ') {
            qsizetype a = i;
            while (a > 0 && s[a - 1] == u' ')
                --a;
            qsizetype b = i;
            while (b + 1 < s.size() && s[b + 1] == u' ')
                ++b;
            return a == 0 || b == s.size() - 1;
        }
        return false;
    }
    /// Whether the reference \a name whose `&` is at \a i stands for a character we encode.
    bool decodes(const QString &s, qsizetype i, QLatin1StringView name, qsizetype after, const std::vector<bool> &code) const
    {
        if (name == QLatin1StringView("lt"))
            return !code[size_t(i)] && backslashesBefore(s, i) % 2 == 0 && startsHtml(QStringView(s).mid(after));
        if (!oneLine)
            return false;
        if (name == QLatin1StringView("quot"))
            return title;
        return true;
    }
};

constexpr Reference references[] = {
    {u'<', QLatin1StringView("lt")},     {u'"', QLatin1StringView("quot")}, {u'\n', QLatin1StringView("#10")},
    {u'\r', QLatin1StringView("#13")},   {u'\t', QLatin1StringView("#9")},  {u' ', QLatin1StringView("#32")},
};

/// "&(amp;)*name;" at \a i: the number of "amp;" and the reference, or no match.
bool referenceAt(const QString &s, qsizetype i, int *amps, const Reference **ref, qsizetype *end)
{
    if (s[i] != u'&')
        return false;
    qsizetype p = i + 1;
    int a = 0;
    while (QStringView(s).mid(p).startsWith(u"amp;")) {
        p += 4;
        ++a;
    }
    for (const Reference &r : references) {
        if (QStringView(s).mid(p).startsWith(r.name) && p + r.name.size() < s.size() && s[p + r.name.size()] == u';') {
            *amps = a;
            *ref = &r;
            *end = p + r.name.size() + 1;
            return true;
        }
    }
    return false;
}

QString encode(const QString &s, const Encoding &enc)
{
    const std::vector<bool> code = codeMask(s);
    QString out;
    out.reserve(s.size() + 8);
    for (qsizetype i = 0; i < s.size(); ++i) {
        int amps = 0;
        const Reference *ref = nullptr;
        qsizetype end = 0;
        if (referenceAt(s, i, &amps, &ref, &end) && enc.decodes(s, i, ref->name, end, code)) {
            out += QStringLiteral("&amp;"); // one more, so reading takes exactly one away
            continue;
        }
        if (enc.encodes(s, i, code)) {
            for (const Reference &r : references) {
                if (r.c == s[i]) {
                    out += u'&' + QString(r.name) + u';';
                    break;
                }
            }
            continue;
        }
        out += s[i];
    }
    return out;
}

QString decode(const QString &s, const Encoding &enc)
{
    const std::vector<bool> code = codeMask(s);
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        int amps = 0;
        const Reference *ref = nullptr;
        qsizetype end = 0;
        if (referenceAt(s, i, &amps, &ref, &end) && enc.decodes(s, i, ref->name, end, code)) {
            if (amps == 0)
                out += ref->c;
            else
                out += QStringLiteral("&") + QStringLiteral("amp;").repeated(amps - 1) + QString(ref->name) + u';';
            i = end - 1;
            continue;
        }
        out += s[i];
    }
    return out;
}

/// Columns of leading blanks (a tab to the next multiple of 4) and where the text starts.
int indentOf(const QString &line, qsizetype *start)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        if (line[i] == u' ')
            ++col;
        else if (line[i] == u'\t')
            col += 4 - col % 4;
        else
            break;
    }
    *start = i;
    return col;
}

struct Fence
{
    QChar c;
    int length = 0;
};

/// The fence \a rest starts with (`` ``` `` or `~~~`, a backtick fence without '`' after it).
Fence fenceOf(QStringView rest)
{
    if (rest.isEmpty() || (rest[0] != u'`' && rest[0] != u'~'))
        return {};
    int n = 0;
    while (n < rest.size() && rest[n] == rest[0])
        ++n;
    if (n < 3 || (rest[0] == u'`' && rest.mid(n).contains(u'`')))
        return {};
    return {rest[0], n};
}

bool closesFence(const QString &line, const Fence &open)
{
    qsizetype start = 0;
    if (indentOf(line, &start) > 3)
        return false;
    const QStringView rest = QStringView(line).mid(start);
    int n = 0;
    while (n < rest.size() && rest[n] == open.c)
        ++n;
    return n >= open.length && rest.mid(n).trimmed().isEmpty();
}

/// The ATX heading \a rest starts with: its level (0: none) and text.
int headingOf(QStringView rest, QString *text)
{
    int level = 0;
    while (level < rest.size() && rest[level] == u'#')
        ++level;
    if (level == 0 || level > 6 || (level < rest.size() && rest[level] != u' ' && rest[level] != u'\t'))
        return 0;
    static const QRegularExpression closing(QStringLiteral("(?:^|\\s+)#+\\s*$"));
    *text = rest.mid(level).toString().trimmed().remove(closing).trimmed();
    return level;
}

/// Whether \a rest is a run of `-` or `=` only: under a paragraph line it makes that line a (setext) heading.
bool isUnderline(QStringView rest)
{
    static const QRegularExpression underline(QStringLiteral("^(?:-+|=+)[ \t]*$"));
    return underline.match(rest.toString()).hasMatch();
}

} // namespace

std::vector<bool> codeSpans(const QString &line)
{
    return codeMask(line);
}

bool isSubsection(BlockPlace place, const QString &heading)
{
    if (place == BlockPlace::Option)
        return true;
    if (place != BlockPlace::Outcome)
        return false;
    static const QStringList names = {QStringLiteral("consequences"), QStringLiteral("positive consequences"),
                                      QStringLiteral("negative consequences"), QStringLiteral("confirmation"),
                                      QStringLiteral("validation")};
    return names.contains(readHeading(heading).trimmed().toLower());
}

bool FenceTracker::feed(const QString &line)
{
    if (m_length > 0) {
        if (closesFence(line, Fence{m_char, m_length}))
            m_length = 0;
        return true;
    }
    qsizetype start = 0;
    if (indentOf(line, &start) > 3)
        return false;
    const Fence f = fenceOf(QStringView(line).mid(start));
    if (f.length == 0)
        return false;
    m_char = f.c;
    m_length = f.length;
    return true;
}

namespace {

/// `&#N;` with any number of `amp;` in front.
const QRegularExpression &numericReference()
{
    static const QRegularExpression re(QStringLiteral("&((?:amp;)*)#([0-9]{1,7});"));
    return re;
}

/// Whether \a line is only references to blanks (`&#32;`, `&#9;`, …), each with any number of `amp;`.
bool isBlankReferences(const QString &line)
{
    qsizetype at = 0;
    for (const QRegularExpressionMatch &m : numericReference().globalMatch(line)) {
        if (m.capturedStart() != at || !QChar(char16_t(std::min(m.captured(2).toUInt(), 0xFFFFu))).isSpace())
            return false;
        at = m.capturedEnd();
    }
    return at > 0 && at == line.size();
}

/// Blanks as references, so a line of only blanks at either end of a field is not dropped.
QString blanksAsReferences(const QString &line)
{
    QString out;
    for (const QChar c : line)
        out += QStringLiteral("&#%1;").arg(int(c.unicode()));
    return out;
}

/// Reads an isBlankReferences() line: each reference loses one `amp;`, one without becomes its blank.
QString readBlankReferences(const QString &line)
{
    QString out;
    for (const QRegularExpressionMatch &m : numericReference().globalMatch(line)) {
        if (m.capturedLength(1) == 0)
            out += QChar(char16_t(m.captured(2).toUInt()));
        else
            out += u'&' + m.captured(1).mid(4) + u'#' + m.captured(2) + u';';
    }
    return out;
}

} // namespace

QString writeBlock(const QString &text, BlockPlace place)
{
    const QStringList lines = text.split(u'\n');
    // Reading drops blank lines at either end: those of only blanks are written as references.
    qsizetype firstText = 0;
    while (firstText < lines.size() && lines[firstText].trimmed().isEmpty())
        ++firstText;
    qsizetype lastText = lines.size() - 1;
    while (lastText >= firstText && lines[lastText].trimmed().isEmpty())
        --lastText;
    QStringList out;
    FenceTracker fences;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (fences.inside()) {
            fences.feed(line);
            out << line;
            continue;
        }
        if (i < firstText || i > lastText) {
            out << blanksAsReferences(line);
            continue;
        }
        if (isBlankReferences(line)) { // one more `amp;`, so reading takes exactly one away
            out << QString(line).replace(u'&', QStringLiteral("&amp;"));
            continue;
        }
        qsizetype start = 0;
        if (indentOf(line, &start) > 3) { // perhaps indented code: left as it is
            out << line;
            continue;
        }
        qsizetype k = start;
        while (k < line.size() && line[k] == u'\\')
            ++k;
        const QStringView rest = QStringView(line).mid(k);
        QString heading;
        const int level = headingOf(rest, &heading);
        const Fence fence = fenceOf(rest);
        bool escape = false;
        if (k > start) {
            escape = level > 0 || fence.length > 0 || isUnderline(rest);
        } else if (isUnderline(rest)) {
            escape = i > 0 && !lines[i - 1].trimmed().isEmpty(); // else a thematic break, no heading
        } else if (level > 0) {
            escape = level <= 2 || (level == 3 && isSubsection(place, heading));
        } else if (fence.length > 0) {
            bool closed = false;
            for (qsizetype j = i + 1; j < lines.size() && !closed; ++j)
                closed = closesFence(lines[j], fence);
            escape = !closed; // an open fence would swallow the sections after it
            if (closed)
                fences.feed(line);
        }
        if (fences.inside()) {
            out << line;
            continue;
        }
        QString written = line.left(start) + (escape ? QStringLiteral("\\") : QString()) + line.mid(start);
        out << encode(written, Encoding{});
    }
    return out.join(u'\n');
}

QString readBlock(const QStringList &input)
{
    qsizetype first = 0;
    qsizetype last = input.size();
    while (first < last && input[first].trimmed().isEmpty())
        ++first;
    while (last > first && input[last - 1].trimmed().isEmpty())
        --last;
    QStringList out;
    FenceTracker fences;
    for (qsizetype i = first; i < last; ++i) {
        const QString &line = input[i];
        if (fences.feed(line)) {
            out << line;
            continue;
        }
        if (isBlankReferences(line)) {
            out << readBlankReferences(line);
            continue;
        }
        qsizetype start = 0;
        if (indentOf(line, &start) > 3) {
            out << line;
            continue;
        }
        QString t = decode(line, Encoding{});
        qsizetype k = start;
        while (k < t.size() && t[k] == u'\\')
            ++k;
        QString heading;
        const QStringView rest = QStringView(t).mid(k);
        if (k > start && (headingOf(rest, &heading) > 0 || fenceOf(rest).length > 0 || isUnderline(rest)))
            t.remove(start, 1);
        out << t;
    }
    return out.join(u'\n');
}

QString writeInline(const QString &text)
{
    return encode(text, Encoding{true, false});
}

QString readInline(const QString &text)
{
    return decode(text, Encoding{true, false});
}

namespace {

// A closing run of '#' would be dropped from a heading: one more backslash keeps it.
QString protectClosingHashes(QString out)
{
    static const QRegularExpression closing(QStringLiteral("(^|\\s)(\\\\*)(#+)$"));
    const QRegularExpressionMatch m = closing.match(out);
    if (m.hasMatch())
        out.insert(m.capturedStart(2), u'\\');
    return out;
}

QString unprotectClosingHashes(QString t)
{
    static const QRegularExpression closing(QStringLiteral("(^|\\s)(\\\\+)(#+)$"));
    const QRegularExpressionMatch m = closing.match(t);
    if (m.hasMatch())
        t.remove(m.capturedStart(2), 1);
    return t;
}

} // namespace

QString writeHeading(const QString &text)
{
    return protectClosingHashes(encode(text, Encoding{true, false}));
}

QString readHeading(const QString &text)
{
    return decode(unprotectClosingHashes(text), Encoding{true, false});
}

QString writeTitle(const QString &text)
{
    return protectClosingHashes(encode(text, Encoding{true, true}));
}

QString readTitle(const QString &text)
{
    return decode(unprotectClosingHashes(text), Encoding{true, true});
}

QString looseName(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression marks(QStringLiteral("[*_`~\"'“”„‘’«»]"));
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    QString s = text;
    s.replace(link, QStringLiteral("\\1"));
    s.remove(marks);
    s = s.toLower().replace(blanks, QStringLiteral(" ")).trimmed();
    while (!s.isEmpty() && QStringLiteral(".:,;").contains(s.back()))
        s.chop(1);
    return s.trimmed();
}

} // namespace ArchBoard::Madr
