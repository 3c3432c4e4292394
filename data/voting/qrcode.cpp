#include "qrcode.h"

#include <qrencode.h>

namespace ArchBoard {

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    QRcode *qr = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!qr)
        return code;
    code.size = qr->width;
    code.modules.resize(qsizetype(qr->width) * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.modules[i] = char(qr->data[i] & 1);
    QRcode_free(qr);
    return code;
}

QString QrCode::toText() const
{
    if (isNull())
        return {};
    constexpr int quiet = 2;
    // Light on dark terminals is the common case: a dark module prints as a space.
    auto at = [this](int x, int y) { return x >= 0 && y >= 0 && x < size && y < size && dark(x, y); };
    QString out;
    for (int y = -quiet; y < size + quiet; y += 2) {
        for (int x = -quiet; x < size + quiet; ++x) {
            const bool top = !at(x, y);
            const bool bottom = !at(x, y + 1);
            out += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : QChar(u' ');
        }
        out += u'\n';
    }
    return out;
}

} // namespace ArchBoard
