#pragma once

#include <QString>

// Private to the engine's files (models/tco/*.cpp); not part of tco.h.

namespace ArchBoard::Tco {

/// A number for formulas: digits grouped by thin spaces, no exponent, trailing zeros dropped.
QString num(double v);

} // namespace ArchBoard::Tco
