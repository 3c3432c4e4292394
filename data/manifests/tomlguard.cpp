#include "tomlguard.h"

namespace ArchBoard {

int tomlNonAsciiOutsideStrings(const QByteArray &text)
{
    enum class In { Code, Comment, Basic, Literal, MultiBasic, MultiLiteral };
    In in = In::Code;
    int line = 1;
    const qsizetype n = text.size();
    const auto at = [&](qsizetype i, const char *s) { return text.mid(i, qsizetype(qstrlen(s))) == s; };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            if (in == In::Comment || in == In::Basic || in == In::Literal)
                in = In::Code; // a one-line string ends at the line's end (toml++ reports it)
            continue;
        }
        switch (in) {
        case In::Code:
            if (uchar(c) >= 0x80)
                return line;
            if (c == '#') {
                in = In::Comment;
            } else if (at(i, "\"\"\"")) {
                in = In::MultiBasic;
                i += 2;
            } else if (at(i, "'''")) {
                in = In::MultiLiteral;
                i += 2;
            } else if (c == '"') {
                in = In::Basic;
            } else if (c == '\'') {
                in = In::Literal;
            }
            break;
        case In::Comment:
            break;
        case In::Basic:
            if (c == '\\')
                ++i;
            else if (c == '"')
                in = In::Code;
            break;
        case In::Literal:
            if (c == '\'')
                in = In::Code;
            break;
        case In::MultiBasic:
            if (c == '\\' && i + 1 < n && text[i + 1] != '\n')
                ++i;
            else if (at(i, "\"\"\"")) {
                // Up to two quotes may close the string's content: """"" ends after the fifth.
                i += 2;
                while (i + 1 < n && text[i + 1] == '"')
                    ++i;
                in = In::Code;
            }
            break;
        case In::MultiLiteral:
            if (at(i, "'''")) {
                i += 2;
                while (i + 1 < n && text[i + 1] == '\'')
                    ++i;
                in = In::Code;
            }
            break;
        }
    }
    return 0;
}

} // namespace ArchBoard
