#pragma once

#include "tcopage.h"

#include <QString>

// Private to the TCO page's files (views/tco/tcopage*.cpp, tcowhatifpanel.cpp).

namespace ArchBoard {

namespace TcoSlider {

/// How a slider's positions map onto a driver's values. Counts are linear;
/// invocations and durations span decades (logarithmic), memory doubles, and
/// the cold-start share is quadratic so the usual 0.5–5 % get room.
enum class Scale { Count, Invocations, Memory, Duration, Share };

} // namespace TcoSlider

struct TcoPage::Driver
{
    QString parameter;
    QString label;
    TcoSlider::Scale scale = TcoSlider::Scale::Count;
    QSlider *slider = nullptr;
    QLabel *name = nullptr;
    QLabel *value = nullptr;
};

} // namespace ArchBoard
