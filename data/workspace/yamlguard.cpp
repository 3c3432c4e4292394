#include "yamlguard.h"

#include <QCoreApplication>

#include <vector>

namespace ArchBoard {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(YamlGuard)
};

/// Column (1-based, in characters) of byte \a pos on a line starting at \a lineStart.
int columnOf(const char *data, qsizetype lineStart, qsizetype pos)
{
    int col = 1;
    for (qsizetype i = lineStart; i < pos; ++i) {
        if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
            ++col;
    }
    return col;
}

bool fail(InputError *error, int line, int column, const QString &message)
{
    if (error) {
        error->line = line;
        error->column = column;
        error->message = message;
    }
    return false;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

/// One line of the file, its line break and any trailing '\r' left off.
struct YamlLine
{
    const char *s;        ///< the line's first byte
    int n;                ///< its length in bytes
    qsizetype lineStart;  ///< offset of s in the file
    int indent;           ///< leading spaces
    bool blankLine;       ///< nothing but blanks

    char at(int i) const { return i < n ? s[i] : '\0'; }
};

/// The state of checkYamlInput()'s one pass over the lines: quotes, brackets
/// and block scalars carry over from one line to the next.
class YamlChecker
{
public:
    YamlChecker(const char *data, const YamlLimits &limits, InputError *error) : m_data(data), m_limits(limits), m_error(error) {}

    bool check(qsizetype start, qsizetype total)
    {
        for (qsizetype lineStart = start; lineStart < total;) {
            ++m_line;
            qsizetype lineEnd = lineStart;
            while (lineEnd < total && m_data[lineEnd] != '\n')
                ++lineEnd;
            const qsizetype next = lineEnd + 1;
            if (lineEnd > lineStart && m_data[lineEnd - 1] == '\r')
                --lineEnd;
            const YamlLine l = lineAt(lineStart, lineEnd);

            if (m_blockScalar) {
                if (l.blankLine || l.indent > m_blockParent) {
                    lineStart = next;
                    continue;
                }
                m_blockScalar = false;
            }

            const bool quoted = m_inDouble || m_inSingle;
            if (!quoted && m_flow == 0 && !l.blankLine) {
                bool documentStart = false;
                if (!documentMarker(l, &documentStart))
                    return false;
                if (documentStart) {
                    lineStart = next;
                    continue;
                }
            }

            int scanFrom = quoted ? 0 : l.indent;
            int col = l.indent; // column of the node after any "- " entries on this line
            int lastDash = -1;
            if (!quoted && m_flow == 0 && !l.blankLine && l.s[l.indent] != '#' && !sequenceEntries(l, &col, &lastDash))
                return false;
            if (!scanLine(l, scanFrom, col, lastDash))
                return false;
            if (!l.blankLine && (quoted || l.s[l.indent] != '#'))
                m_contentSeen = true;
            lineStart = next;
        }
        if (m_inDouble || m_inSingle)
            return fail(m_error, m_quoteLine, m_quoteColumn, Text::tr("a quoted string starts here and is never closed"));
        return true;
    }

private:
    YamlLine lineAt(qsizetype lineStart, qsizetype lineEnd) const
    {
        const char *s = m_data + lineStart;
        const int n = int(lineEnd - lineStart);
        int indent = 0;
        while (indent < n && s[indent] == ' ')
            ++indent;
        const bool blankLine = indent == n || (indent < n && s[indent] == '\t' && [&] {
            for (int i = indent; i < n; ++i)
                if (!isBlank(s[i]))
                    return false;
            return true;
        }());
        return {s, n, lineStart, indent, blankLine};
    }

    bool err(const YamlLine &l, int i, const QString &message) const
    {
        return fail(m_error, m_line, columnOf(m_data, l.lineStart, l.lineStart + i), message);
    }

    /// "---", "..." and directives; \a documentStart when the line is the document's start.
    bool documentMarker(const YamlLine &l, bool *documentStart)
    {
        const char *s = l.s;
        const int n = l.n;
        auto marker = [&](const char *m) {
            return n >= 3 && s[0] == m[0] && s[1] == m[1] && s[2] == m[2] && (n == 3 || isBlank(s[3]));
        };
        if (marker("---")) {
            if (m_contentSeen || m_docStartSeen)
                return err(l, 0, Text::tr("a second YAML document starts here; a workspace file holds exactly one"));
            m_docStartSeen = true;
            int i = 3;
            while (i < n && isBlank(s[i]))
                ++i;
            if (i < n && s[i] != '#')
                return err(l, i, Text::tr("content on the document start line is not supported"));
            *documentStart = true;
            return true;
        }
        if (marker("..."))
            return err(l, 0, Text::tr("document end marker “...”; a workspace file holds exactly one document without markers"));
        if (s[0] == '%')
            return err(l, 0, Text::tr("YAML directives are not supported"));
        return true;
    }

    /// The line's "- " entries and its indentation: the nesting depth.
    bool sequenceEntries(const YamlLine &l, int *col, int *lastDash)
    {
        const char *s = l.s;
        const int n = l.n;
        const int indent = l.indent;
        int dashes = 0;
        while (*col < n && s[*col] == '-' && (*col + 1 == n || isBlank(s[*col + 1]))) {
            *lastDash = *col;
            ++dashes;
            ++*col;
            while (*col < n && isBlank(s[*col]))
                ++*col;
        }
        while (!m_indents.empty() && m_indents.back() > indent)
            m_indents.pop_back();
        if (m_indents.empty() || m_indents.back() < indent)
            m_indents.push_back(indent);
        if (int(m_indents.size()) + dashes > m_limits.maxDepth)
            return err(l, indent, Text::tr("nesting deeper than %1 levels").arg(m_limits.maxDepth));
        m_nodes += dashes;
        return true;
    }

    /// Steps over the character at \a i inside a quoted scalar; false when not in one.
    bool inQuotes(const YamlLine &l, int &i)
    {
        const char c = l.s[i];
        if (m_inDouble) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                m_inDouble = false;
            return true;
        }
        if (m_inSingle) {
            if (c == '\'') {
                if (l.at(i + 1) == '\'')
                    ++i;
                else
                    m_inSingle = false;
            }
            return true;
        }
        return false;
    }

    bool scanLine(const YamlLine &l, int scanFrom, int col, int lastDash)
    {
        const char *s = l.s;
        const int n = l.n;
        bool inPlain = false; // inside a plain scalar: indicators there are just text
        for (int i = scanFrom; i < n; ++i) {
            if (inQuotes(l, i))
                continue;
            const char c = s[i];
            const char prev = i > 0 ? s[i - 1] : ' ';
            if (c == '#' && (isBlank(prev) || i == 0))
                break; // comment to the end of the line
            if (inPlain) {
                const char next = l.at(i + 1);
                if (c == ':' && (next == '\0' || isBlank(next) || (m_flow > 0 && (next == ',' || next == ']' || next == '}'))))
                    inPlain = false; // the scalar was a key; its value follows
                else if (m_flow > 0 && (c == ',' || c == ']' || c == '}')) {
                    inPlain = false;
                    if (c != ',')
                        --m_flow;
                }
                continue;
            }
            if (isBlank(c))
                continue;
            if (!node(l, i, col, lastDash, &inPlain))
                return false;
            if (m_nodes > m_limits.maxNodes)
                return err(l, i, Text::tr("more than %1 values").arg(m_limits.maxNodes));
        }
        return true;
    }

    /// What the character at \a i starts (outside quotes and plain scalars).
    bool node(const YamlLine &l, int &i, int col, int lastDash, bool *inPlain)
    {
        const char *s = l.s;
        const int n = l.n;
        const char c = s[i];
        switch (c) {
        case '"':
            m_inDouble = true;
            m_quoteLine = m_line;
            m_quoteColumn = columnOf(m_data, l.lineStart, l.lineStart + i);
            ++m_nodes;
            break;
        case '\'':
            m_inSingle = true;
            m_quoteLine = m_line;
            m_quoteColumn = columnOf(m_data, l.lineStart, l.lineStart + i);
            ++m_nodes;
            break;
        case '&':
            return err(l, i, Text::tr("anchors (&) are not supported in a workspace file"));
        case '*':
            return err(l, i, Text::tr("aliases (*) are not supported in a workspace file"));
        case '!':
            return err(l, i, Text::tr("tags (!) are not supported in a workspace file"));
        case '%':
        case '@':
        case '`':
            return err(l, i, Text::tr("a value cannot start with “%1”; put it in quotes").arg(QLatin1Char(c)));
        case '?':
            if (i + 1 == n || isBlank(l.at(i + 1)))
                return err(l, i, Text::tr("complex keys (?) are not supported in a workspace file"));
            *inPlain = true;
            ++m_nodes;
            break;
        case '|':
        case '>': {
            if (m_flow > 0)
                return err(l, i, Text::tr("a block scalar inside brackets is not valid YAML"));
            int j = i + 1;
            while (j < n && (s[j] == '-' || s[j] == '+' || (s[j] >= '0' && s[j] <= '9')))
                ++j;
            while (j < n && isBlank(s[j]))
                ++j;
            if (j < n && s[j] != '#')
                return err(l, i, Text::tr("unexpected text after a block scalar indicator"));
            m_blockScalar = true;
            m_blockParent = i == col ? (lastDash >= 0 ? lastDash : l.indent) : col;
            ++m_nodes;
            i = n;
            break;
        }
        case '[':
        case '{':
            ++m_flow;
            if (int(m_indents.size()) + m_flow > m_limits.maxDepth)
                return err(l, i, Text::tr("nesting deeper than %1 levels").arg(m_limits.maxDepth));
            ++m_nodes;
            break;
        case ']':
        case '}':
            if (m_flow > 0)
                --m_flow;
            break;
        case ',':
            break;
        case ':':
            if (!(i + 1 == n || isBlank(l.at(i + 1)))) {
                *inPlain = true;
                ++m_nodes;
            }
            break;
        case '-':
            if (i + 1 == n || isBlank(l.at(i + 1))) {
                if (m_flow > 0) // "- " inside brackets starts nothing
                    return err(l, i, Text::tr("a block sequence inside brackets is not valid YAML"));
                break; // counted with the line's indentation above
            }
            *inPlain = true;
            ++m_nodes;
            break;
        default:
            *inPlain = true;
            ++m_nodes;
            break;
        }
        return true;
    }

    const char *m_data;
    const YamlLimits &m_limits;
    InputError *m_error;
    bool m_inDouble = false;
    bool m_inSingle = false;
    int m_flow = 0;
    bool m_blockScalar = false;
    int m_blockParent = -1;
    bool m_contentSeen = false;
    bool m_docStartSeen = false;
    qint64 m_nodes = 0;
    std::vector<int> m_indents;
    int m_line = 0;
    int m_quoteLine = 0;
    int m_quoteColumn = 0;
};

} // namespace

bool checkUtf8Text(const QByteArray &text, qsizetype start, const TextRules &rules, InputError *error)
{
    const auto *d = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype n = text.size();
    int line = 1;
    qsizetype lineStart = start;
    auto bad = [&](qsizetype at, const QString &message) { return fail(error, line, columnOf(text.constData(), lineStart, at), message); };
    for (qsizetype i = start; i < n;) {
        const unsigned char c = d[i];
        if (c < 0x80) {
            if (c == '\n') {
                ++line;
                lineStart = i + 1;
            } else if ((c < 0x20 && c != '\t' && c != '\r' && !(rules.formFeed && c == '\f')) || c == 0x7F) {
                return bad(i, Text::tr("binary data (control character 0x%1)").arg(c, 2, 16, QLatin1Char('0')));
            }
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return bad(i, Text::tr("invalid UTF-8 (byte 0x%1)").arg(c, 2, 16, QLatin1Char('0')));
        }
        if (i + len > n)
            return bad(i, Text::tr("invalid UTF-8 (truncated character)"));
        for (int k = 1; k < len; ++k) {
            if ((d[i + k] & 0xC0) != 0x80)
                return bad(i, Text::tr("invalid UTF-8 (bad continuation byte)"));
            cp = (cp << 6) | (d[i + k] & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return bad(i, Text::tr("invalid UTF-8 (bad code point)"));
        if (!rules.c1Controls && cp >= 0x80 && cp < 0xA0 && cp != 0x85)
            return bad(i, Text::tr("binary data (C1 control character)"));
        i += len;
    }
    return true;
}

bool checkYamlInput(const QByteArray &text, const YamlLimits &limits, InputError *error)
{
    if (text.size() > limits.maxBytes)
        return fail(error, 0, 0, Text::tr("the file is too large (%1 MB; at most %2 MB)")
                                      .arg(double(text.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                      .arg(limits.maxBytes / (1024 * 1024)));
    qsizetype start = 0;
    if (text.startsWith("\xEF\xBB\xBF"))
        start = 3;
    if (!checkUtf8Text(text, start, TextRules(), error)) {
        if (error && error->message.startsWith(QStringLiteral("binary data")))
            error->message += Text::tr("; a YAML workspace is text");
        return false;
    }

    YamlChecker checker(text.constData(), limits, error);
    return checker.check(start, text.size());
}

} // namespace ArchBoard
