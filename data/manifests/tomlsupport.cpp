#include "tomlsupport.h"

#include "tomlguard.h"

namespace ArchBoard::ManifestParsing {

namespace {

/// Bounds what toml++ would otherwise turn into deep recursion: brackets
/// nested in each other and keys with thousands of dotted parts (each part is
/// a nested table, destroyed recursively).
bool checkTomlShape(const QByteArray &bytes, Sink &out)
{
    const char *d = bytes.constData();
    const qsizetype n = bytes.size();
    int line = 1;
    int depth = 0;
    int dots = 0;
    auto at = [&](qsizetype i) { return i < n ? d[i] : '\0'; };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = d[i];
        switch (c) {
        case '\n':
            ++line;
            dots = 0;
            break;
        case '#':
            while (i + 1 < n && d[i + 1] != '\n')
                ++i;
            break;
        case '"':
        case '\'': {
            const bool multi = at(i + 1) == c && at(i + 2) == c;
            const bool basic = c == '"';
            i += multi ? 3 : 1;
            for (; i < n; ++i) {
                if (d[i] == '\n') {
                    if (!multi)
                        break; // an unterminated string; toml++ reports it
                    ++line;
                } else if (basic && d[i] == '\\') {
                    if (at(i + 1) == '\n')
                        ++line;
                    ++i;
                } else if (d[i] == c && (!multi || (at(i + 1) == c && at(i + 2) == c))) {
                    if (multi) {
                        i += 2;
                        while (at(i + 1) == c) // up to two quotes may end the content
                            ++i;
                    }
                    break;
                }
            }
            if (i < n && d[i] == '\n')
                --i; // let the outer loop count it
            break;
        }
        case '[':
        case '{':
            dots = 0;
            if (++depth > kMaxTomlNesting) {
                out.error(line, Text::tr("brackets nested deeper than %1 levels").arg(kMaxTomlNesting));
                return false;
            }
            break;
        case ']':
        case '}':
            dots = 0;
            depth = std::max(depth - 1, 0);
            break;
        case '=':
        case ',':
            dots = 0;
            break;
        case '.':
            if (++dots >= kMaxTomlKeyParts) {
                out.error(line, Text::tr("a key with more than %1 dotted parts").arg(kMaxTomlKeyParts));
                return false;
            }
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

int lineOf(const toml::node &node)
{
    return int(node.source().begin.line);
}

int lineOf(const toml::key &key, const toml::node &node)
{
    const int line = int(key.source().begin.line);
    return line > 0 ? line : lineOf(node);
}

std::optional<toml::table> parseToml(const QByteArray &bytes, Sink &out)
{
    if (!checkTomlShape(bytes, out))
        return std::nullopt;
    if (const int line = tomlNonAsciiOutsideStrings(bytes)) {
        out.error(line, Text::tr("TOML syntax: a character beyond ASCII outside a string or comment"));
        return std::nullopt;
    }
    toml::parse_result result = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (!result) {
        const toml::parse_error &e = result.error();
        out.error(int(e.source().begin.line),
                  Text::tr("TOML syntax (column %1): %2").arg(e.source().begin.column).arg(qs(e.description())));
        return std::nullopt;
    }
    return std::move(result).table();
}

const toml::table *tableAt(const toml::table *table, std::string_view key)
{
    if (!table)
        return nullptr;
    const toml::node *node = table->get(key);
    return node ? node->as_table() : nullptr;
}

QString tomlString(const toml::table &table, std::string_view key, Sink &out, const QString &where)
{
    const toml::node *node = table.get(key);
    if (!node)
        return {};
    if (const auto *s = node->as_string()) {
        QString value;
        out.set(&value, qs(s->get()), lineOf(*node), where + QLatin1Char('.') + qs(key));
        return value;
    }
    out.error(lineOf(*node), Text::tr("%1.%2 is not a string").arg(where, qs(key)));
    return {};
}

void readTomlStringArray(const toml::node *node, const QString &where, Sink &out, QStringList *target)
{
    if (!node)
        return;
    const toml::array *array = node->as_array();
    if (!array) {
        out.error(lineOf(*node), Text::tr("%1 is not an array of strings").arg(where));
        return;
    }
    for (const toml::node &item : *array) {
        const auto *s = item.as_string();
        if (!s) {
            out.error(lineOf(item), Text::tr("an entry of %1 is not a string").arg(where));
            continue;
        }
        QString value;
        out.set(&value, qs(s->get()), lineOf(item), Text::tr("an entry of %1").arg(where));
        if (!value.isEmpty())
            target->append(value);
    }
}

} // namespace ArchBoard::ManifestParsing
