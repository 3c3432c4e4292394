#include "jsonwriter.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace ArchBoard {

namespace {

/// Latin-1 text JSON writes as it is: printable ASCII other than " and \.
bool isPlain(QLatin1StringView text)
{
    for (const char c : text) {
        if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\')
            return false;
    }
    return true;
}

} // namespace

JsonWriter::JsonWriter(QByteArray *out)
    : m_out(*out)
{
}

JsonWriter::JsonWriter(std::function<bool(const QByteArray &)> sink, qsizetype chunk)
    : m_out(m_buffer)
    , m_sink(std::move(sink))
    , m_chunk(chunk)
{
    m_buffer.reserve(chunk + 4096);
}

void JsonWriter::afterValue()
{
    if (m_sink && m_out.size() >= m_chunk) {
        m_sinkOk = m_sink(m_out) && m_sinkOk;
        m_out.resize(0); // keeps the capacity
    }
}

bool JsonWriter::finish()
{
    if (m_sink && !m_out.isEmpty()) {
        m_sinkOk = m_sink(m_out) && m_sinkOk;
        m_out.resize(0);
    }
    return m_sinkOk;
}

void JsonWriter::appendLatin1(QLatin1StringView text)
{
    if (!isPlain(text)) {
        appendString(QString(text));
        return;
    }
    m_out.append('"');
    m_out.append(text.data(), text.size());
    m_out.append('"');
}

void JsonWriter::indent(size_t levels)
{
    m_out.append(qsizetype(4 * levels), ' ');
}

void JsonWriter::beforeValue()
{
    m_started = true;
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return; // the document's own value
    Level &level = m_levels.back();
    Q_ASSERT(!level.object); // a value in an object needs key() first
    if (!level.empty)
        m_out.append(",\n");
    level.empty = false;
    indent(m_levels.size());
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object && !m_afterKey);
    Level &level = m_levels.back();
    if (!level.empty)
        m_out.append(",\n");
    level.empty = false;
    indent(m_levels.size());
    appendLatin1(name);
    m_out.append(": ");
    m_afterKey = true;
    return *this;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append("{\n");
    m_levels.push_back({true, true});
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append("[\n");
    m_levels.push_back({false, true});
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object && !m_afterKey);
    end('}');
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_levels.empty() && !m_levels.back().object && !m_afterKey);
    end(']');
}

void JsonWriter::end(char closer)
{
    if (!m_levels.back().empty)
        m_out.append('\n');
    m_levels.pop_back();
    indent(m_levels.size());
    m_out.append(closer);
    if (m_levels.empty())
        m_out.append('\n'); // as QJsonDocument ends the document
    afterValue();
}

void JsonWriter::appendString(QStringView text)
{
    // QJsonDocument's escapes: ", \ and C0 controls; other characters as UTF-8,
    // a lone surrogate (not UTF-16 text) as \uXXXX.
    static constexpr char hex[] = "0123456789abcdef";
    m_out.append('"');
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p > run) {
            const qsizetype at = m_out.size();
            m_out.resize(at + (p - run));
            char *d = m_out.data() + at;
            for (const char16_t *s = run; s < p; ++s)
                *d++ = char(*s);
        }
        if (p == end)
            break;
        const char16_t c = *p;
        if (c < 0x80) {
            m_out.append('\\');
            switch (c) {
            case u'"': m_out.append('"'); break;
            case u'\\': m_out.append('\\'); break;
            case u'\b': m_out.append('b'); break;
            case u'\f': m_out.append('f'); break;
            case u'\n': m_out.append('n'); break;
            case u'\r': m_out.append('r'); break;
            case u'\t': m_out.append('t'); break;
            default:
                m_out.append("u00");
                m_out.append(hex[c >> 4]);
                m_out.append(hex[c & 0xF]);
            }
            ++p;
            continue;
        }
        char32_t code = c;
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            code = QChar::surrogateToUcs4(c, p[1]);
            units = 2;
        } else if (QChar::isSurrogate(c)) {
            const char escape[] = {'\\', 'u', hex[c >> 12], hex[(c >> 8) & 0xF], hex[(c >> 4) & 0xF], hex[c & 0xF]};
            m_out.append(escape, sizeof escape);
            ++p;
            continue;
        }
        if (code < 0x800) {
            m_out.append(char(0xC0 | (code >> 6)));
            m_out.append(char(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            m_out.append(char(0xE0 | (code >> 12)));
            m_out.append(char(0x80 | ((code >> 6) & 0x3F)));
            m_out.append(char(0x80 | (code & 0x3F)));
        } else {
            m_out.append(char(0xF0 | (code >> 18)));
            m_out.append(char(0x80 | ((code >> 12) & 0x3F)));
            m_out.append(char(0x80 | ((code >> 6) & 0x3F)));
            m_out.append(char(0x80 | (code & 0x3F)));
        }
        p += units;
    }
    m_out.append('"');
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    appendString(text);
    afterValue();
}

void JsonWriter::value(QLatin1StringView text)
{
    beforeValue();
    appendLatin1(text);
    afterValue();
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_out.append(digits, end - digits);
}

void JsonWriter::value(double number)
{
    beforeValue();
    if (std::isfinite(number))
        m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        m_out.append("null"); // as QJsonDocument writes infinities and NaN
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::value(const std::optional<double> &number)
{
    if (number)
        value(*number);
    else
        null();
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::strings(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(s);
    endArray();
}

} // namespace ArchBoard
