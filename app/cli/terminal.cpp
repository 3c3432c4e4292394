#include "terminal.h"

#include <cstdio>

namespace ArchBoard::Cli {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

void appendEscape(QString &out, char32_t c)
{
    if (c < 0x100)
        out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

QString terminalSafe(const QString &text)
{
    // Every character this escapes is in the BMP: UTF-16 units are compared
    // directly, and surrogate pairs pass as they are.
    const auto escaped = [&](qsizetype i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\t')
            return false;
        if (c == u'\r')
            return !(i + 1 < text.size() && text.at(i + 1) == u'\n'); // CR only before LF
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c);
    };
    qsizetype i = 0;
    while (i < text.size() && !escaped(i))
        ++i;
    if (i == text.size())
        return text; // the common case: nothing to escape, no copy
    QString out;
    out.reserve(text.size() + 16);
    out.append(text.constData(), i);
    for (; i < text.size(); ++i) {
        if (escaped(i))
            appendEscape(out, text.at(i).unicode());
        else
            out += text.at(i);
    }
    return out;
}

bool writeJson(std::FILE *stream, const QByteArray &json)
{
    const auto *bytes = reinterpret_cast<const uchar *>(json.constData());
    const qsizetype n = json.size();
    qsizetype run = 0; // start of the bytes not written yet
    const auto flush = [&](qsizetype upTo) {
        return std::fwrite(bytes + run, 1, size_t(upTo - run), stream) == size_t(upTo - run);
    };
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = 0;
        int length = 0;
        if (bytes[i] == 0x7F) {
            c = 0x7F;
            length = 1;
        } else if (bytes[i] == 0xC2 && i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F) {
            c = bytes[i + 1];
            length = 2;
        } else if (bytes[i] == 0xD8 && i + 1 < n && bytes[i + 1] == 0x9C) {
            c = 0x061C;
            length = 2;
        } else if (bytes[i] == 0xE2 && i + 2 < n && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81)) {
            const char32_t candidate = 0x2000 | char32_t(bytes[i + 1] & 0x3F) << 6 | char32_t(bytes[i + 2] & 0x3F);
            if (isBidiControl(candidate)) {
                c = candidate;
                length = 3;
            }
        }
        if (!length)
            continue;
        if (!flush(i))
            return false;
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(c));
        if (std::fwrite(escape, 1, 6, stream) != 6)
            return false;
        i += length - 1;
        run = i + 1;
    }
    return flush(n);
}

TerminalDevice::TerminalDevice(std::FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalDevice::writeData(const char *data, qint64 size)
{
    // Stateful decoding: a character split across two writes is joined.
    QString text = m_decoder.decode(QByteArrayView(data, size));
    if (m_pendingCr) {
        text.prepend(u'\r');
        m_pendingCr = false;
    }
    if (text.endsWith(u'\r')) { // may be the first half of "\r\n"
        text.chop(1);
        m_pendingCr = true;
    }
    const QByteArray bytes = terminalSafe(text).toUtf8();
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream) != size_t(bytes.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace ArchBoard::Cli
