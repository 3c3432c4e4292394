#include "terminal.h"

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
    QString out;
    out.reserve(text.size());
    const auto ucs4 = text.toUcs4();
    for (qsizetype i = 0; i < ucs4.size(); ++i) {
        const char32_t c = ucs4[i];
        const bool crlf = c == u'\r' && i + 1 < ucs4.size() && ucs4[i + 1] == u'\n';
        if (c == u'\n' || c == u'\t' || crlf) {
            out += QChar(char16_t(c));
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c)) {
            appendEscape(out, c);
        } else {
            const char32_t one[] = {c};
            out += QString::fromUcs4(one, 1);
        }
    }
    return out;
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
