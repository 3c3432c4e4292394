#pragma once

#include <QByteArray>
#include <QString>

namespace ArchBoard {

/// A QR code as a square of modules (libqrencode, error correction level M):
/// what the projector paints and archboard-cli prints.
struct QrCode
{
    int size = 0;          ///< modules per side; 0 when encoding failed
    QByteArray modules;    ///< size × size, row-major, 1 = dark

    bool isNull() const { return size == 0; }
    bool dark(int x, int y) const { return modules.at(y * size + x) != 0; }

    static QrCode encode(const QString &text);
    /// The code in Unicode half blocks, two module rows per text line, with a quiet zone (terminals).
    QString toText() const;
};

} // namespace ArchBoard
