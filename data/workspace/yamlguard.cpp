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

    const char *d = text.constData();
    const qsizetype total = text.size();
    bool inDouble = false;
    bool inSingle = false;
    int flow = 0;
    bool blockScalar = false;
    int blockParent = -1;
    bool contentSeen = false;
    bool docStartSeen = false;
    qint64 nodes = 0;
    std::vector<int> indents;
    int line = 0;
    int quoteLine = 0;
    int quoteColumn = 0;

    for (qsizetype lineStart = start; lineStart < total;) {
        ++line;
        qsizetype lineEnd = lineStart;
        while (lineEnd < total && d[lineEnd] != '\n')
            ++lineEnd;
        const qsizetype next = lineEnd + 1;
        if (lineEnd > lineStart && d[lineEnd - 1] == '\r')
            --lineEnd;
        const char *s = d + lineStart;
        const int n = int(lineEnd - lineStart);
        auto at = [&](int i) { return i < n ? s[i] : '\0'; };
        auto err = [&](int i, const QString &message) {
            return fail(error, line, columnOf(d, lineStart, lineStart + i), message);
        };

        int indent = 0;
        while (indent < n && s[indent] == ' ')
            ++indent;
        const bool blankLine = indent == n || (indent < n && s[indent] == '\t' && [&] {
            for (int i = indent; i < n; ++i)
                if (!isBlank(s[i]))
                    return false;
            return true;
        }());

        if (blockScalar) {
            if (blankLine || indent > blockParent) {
                lineStart = next;
                continue;
            }
            blockScalar = false;
        }

        const bool quoted = inDouble || inSingle;
        if (!quoted && flow == 0 && !blankLine) {
            auto marker = [&](const char *m) {
                return n >= 3 && s[0] == m[0] && s[1] == m[1] && s[2] == m[2] && (n == 3 || isBlank(s[3]));
            };
            if (marker("---")) {
                if (contentSeen || docStartSeen)
                    return err(0, Text::tr("a second YAML document starts here; a workspace file holds exactly one"));
                docStartSeen = true;
                int i = 3;
                while (i < n && isBlank(s[i]))
                    ++i;
                if (i < n && s[i] != '#')
                    return err(i, Text::tr("content on the document start line is not supported"));
                lineStart = next;
                continue;
            }
            if (marker("..."))
                return err(0, Text::tr("document end marker “...”; a workspace file holds exactly one document without markers"));
            if (s[0] == '%')
                return err(0, Text::tr("YAML directives are not supported"));
        }

        int scanFrom = quoted ? 0 : indent;
        int col = indent; // column of the node after any "- " entries on this line
        int lastDash = -1;
        if (!quoted && flow == 0 && !blankLine && s[indent] != '#') {
            int dashes = 0;
            while (col < n && s[col] == '-' && (col + 1 == n || isBlank(s[col + 1]))) {
                lastDash = col;
                ++dashes;
                ++col;
                while (col < n && isBlank(s[col]))
                    ++col;
            }
            while (!indents.empty() && indents.back() > indent)
                indents.pop_back();
            if (indents.empty() || indents.back() < indent)
                indents.push_back(indent);
            if (int(indents.size()) + dashes > limits.maxDepth)
                return err(indent, Text::tr("nesting deeper than %1 levels").arg(limits.maxDepth));
            nodes += dashes;
        }

        bool inPlain = false; // inside a plain scalar: indicators there are just text
        for (int i = scanFrom; i < n; ++i) {
            const char c = s[i];
            if (inDouble) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inDouble = false;
                continue;
            }
            if (inSingle) {
                if (c == '\'') {
                    if (at(i + 1) == '\'')
                        ++i;
                    else
                        inSingle = false;
                }
                continue;
            }
            const char prev = i > 0 ? s[i - 1] : ' ';
            if (c == '#' && (isBlank(prev) || i == 0))
                break; // comment to the end of the line
            if (inPlain) {
                const char next = at(i + 1);
                if (c == ':' && (next == '\0' || isBlank(next) || (flow > 0 && (next == ',' || next == ']' || next == '}'))))
                    inPlain = false; // the scalar was a key; its value follows
                else if (flow > 0 && (c == ',' || c == ']' || c == '}')) {
                    inPlain = false;
                    if (c != ',')
                        --flow;
                }
                continue;
            }
            if (isBlank(c))
                continue;
            switch (c) {
            case '"':
                inDouble = true;
                quoteLine = line;
                quoteColumn = columnOf(d, lineStart, lineStart + i);
                ++nodes;
                break;
            case '\'':
                inSingle = true;
                quoteLine = line;
                quoteColumn = columnOf(d, lineStart, lineStart + i);
                ++nodes;
                break;
            case '&':
                return err(i, Text::tr("anchors (&) are not supported in a workspace file"));
            case '*':
                return err(i, Text::tr("aliases (*) are not supported in a workspace file"));
            case '!':
                return err(i, Text::tr("tags (!) are not supported in a workspace file"));
            case '%':
            case '@':
            case '`':
                return err(i, Text::tr("a value cannot start with “%1”; put it in quotes").arg(QLatin1Char(c)));
            case '?':
                if (i + 1 == n || isBlank(at(i + 1)))
                    return err(i, Text::tr("complex keys (?) are not supported in a workspace file"));
                inPlain = true;
                ++nodes;
                break;
            case '|':
            case '>': {
                if (flow > 0)
                    return err(i, Text::tr("a block scalar inside brackets is not valid YAML"));
                int j = i + 1;
                while (j < n && (s[j] == '-' || s[j] == '+' || (s[j] >= '0' && s[j] <= '9')))
                    ++j;
                while (j < n && isBlank(s[j]))
                    ++j;
                if (j < n && s[j] != '#')
                    return err(i, Text::tr("unexpected text after a block scalar indicator"));
                blockScalar = true;
                blockParent = i == col ? (lastDash >= 0 ? lastDash : indent) : col;
                ++nodes;
                i = n;
                break;
            }
            case '[':
            case '{':
                ++flow;
                if (int(indents.size()) + flow > limits.maxDepth)
                    return err(i, Text::tr("nesting deeper than %1 levels").arg(limits.maxDepth));
                ++nodes;
                break;
            case ']':
            case '}':
                if (flow > 0)
                    --flow;
                break;
            case ',':
                break;
            case ':':
                if (!(i + 1 == n || isBlank(at(i + 1)))) {
                    inPlain = true;
                    ++nodes;
                }
                break;
            case '-':
                if (i + 1 == n || isBlank(at(i + 1))) {
                    if (flow > 0) // "- " inside brackets starts nothing
                        return err(i, Text::tr("a block sequence inside brackets is not valid YAML"));
                    break; // counted with the line's indentation above
                }
                inPlain = true;
                ++nodes;
                break;
            default:
                inPlain = true;
                ++nodes;
                break;
            }
            if (nodes > limits.maxNodes)
                return err(i, Text::tr("more than %1 values").arg(limits.maxNodes));
        }
        if (!blankLine && (quoted || s[indent] != '#'))
            contentSeen = true;
        lineStart = next;
    }
    if (inDouble || inSingle)
        return fail(error, quoteLine, quoteColumn, Text::tr("a quoted string starts here and is never closed"));
    return true;
}

} // namespace ArchBoard
