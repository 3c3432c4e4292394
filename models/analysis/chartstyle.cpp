#include "chartstyle.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace ArchBoard::ChartStyle {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartStyle)
};

// Okabe & Ito (2008) without black, Paul Tol's muted scheme, then colours
// picked from Kelly's, Tableau's and Tol's sets for the largest smallest
// difference: every pair is at least 18 ΔE apart, every colour at least 40 ΔE
// from white and from otherColour().
constexpr std::array<QRgb, 24> kPalette = {
    0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xd55e00, 0xf0e442, 0x332288,
    0x117733, 0x882255, 0x44aa99, 0x999933, 0xaa4499, 0x654522, 0xbe0032, 0xf99379,
    0x225555, 0x98df8a, 0x8db600, 0x882d17, 0xee3377, 0xdbdb8d, 0x2ca02c, 0x604e97,
};

struct Lab
{
    double l, a, b;
};

Lab lab(const QColor &colour)
{
    auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double r = linear(colour.redF()), g = linear(colour.greenF()), b = linear(colour.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

/// A colour a reader can tell from the white background.
bool visibleOnWhite(const QColor &colour)
{
    return colour.isValid() && colour.alpha() == 255 && colourDistance(colour, Qt::white) >= 25;
}

} // namespace

int paletteSize()
{
    return int(kPalette.size());
}

QColor seriesColour(int index)
{
    return QColor(kPalette[size_t(std::max(index, 0)) % kPalette.size()]);
}

QColor otherColour()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

double colourDistance(const QColor &a, const QColor &b)
{
    const Lab p = lab(a), q = lab(b);
    return std::hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

std::vector<QColor> distinctColours(const std::vector<QColor> &own)
{
    // 18 ΔE: as far apart as the palette's closest pair.
    constexpr double kApart = 18;
    std::vector<QColor> out;
    auto unlikeTheOthers = [&](const QColor &c) {
        return colourDistance(c, otherColour()) >= kApart
            && std::all_of(out.begin(), out.end(), [&](const QColor &taken) { return colourDistance(c, taken) >= kApart; });
    };
    int next = 0;
    for (const QColor &wanted : own) {
        if (visibleOnWhite(wanted) && unlikeTheOthers(wanted)) {
            out.push_back(wanted);
            continue;
        }
        // The first palette colour unlike those taken; past the palette, the palette again.
        QColor chosen = seriesColour(next);
        for (int i = 0; i < paletteSize(); ++i) {
            const QColor c = seriesColour(next + i);
            if (unlikeTheOthers(c)) {
                chosen = c;
                next += i + 1;
                break;
            }
        }
        out.push_back(chosen);
    }
    return out;
}

Overflow topN(const std::vector<double> &weights, int limit)
{
    Overflow o;
    std::vector<int> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return weights[size_t(a)] > weights[size_t(b)]; });
    const size_t shown = std::min(order.size(), size_t(std::max(limit, 0)));
    o.shown.assign(order.begin(), order.begin() + qsizetype(shown));
    o.grouped.assign(order.begin() + qsizetype(shown), order.end());
    std::sort(o.shown.begin(), o.shown.end());
    std::sort(o.grouped.begin(), o.grouped.end());
    return o;
}

Overflow firstN(int count, int limit)
{
    Overflow o;
    for (int i = 0; i < count; ++i)
        (i < limit ? o.shown : o.grouped).push_back(i);
    return o;
}

QString otherLabel(int count)
{
    return Text::tr("Other (%n more)", nullptr, count);
}

} // namespace ArchBoard::ChartStyle
