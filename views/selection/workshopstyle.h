#pragma once

#include <QColor>
#include <QFont>

#include <cmath>

namespace ArchBoard::WorkshopStyle {

// High contrast for a projector in a lit room: white on near-black, one
// signal colour (yellow) for the cursor and the winner.
inline const QColor kBackground(0x0b, 0x0b, 0x0b);
inline const QColor kPanel(0x1a, 0x1a, 0x1a);
inline const QColor kText(Qt::white);
inline const QColor kMuted(0xb0, 0xb0, 0xb0);
inline const QColor kAccent(0xff, 0xd4, 0x00);
inline const QColor kFragile(0x9b, 0x1c, 0x1c);

/// \a base \a factor times as large (point or pixel sized), bold or not.
inline QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(int(std::lround(f.pixelSize() * factor)));
    f.setBold(bold);
    return f;
}

} // namespace ArchBoard::WorkshopStyle
