#pragma once

#include <QColor>
#include <QString>

#include <vector>

namespace ArchBoard {

/**
 * What every multi-series chart shares, on the pages (QtCharts) and in the
 * report (QPainter): the series palette and the overflow rule, "the top N,
 * the rest grouped as “Other (k more)”". Qt Gui only, no widgets.
 */
namespace ChartStyle {

/// A chart shows at most this many series (or ranked items) before it groups the rest.
constexpr int kMaxSeries = 12;
/// A chart of one row per criterion shows at most this many rows before it groups the rest
/// (sixteen rows and the grouped one fit a chart in a 1600 × 1000 window).
constexpr int kMaxRows = 16;

/// The number of distinct colours in the palette: a chart repeats none below this many series.
int paletteSize();
/// Series colour \a index: Okabe–Ito first (safe for colour-blind readers),
/// then Paul Tol's muted scheme and distinct extras; no grey, none near white.
QColor seriesColour(int index);
/// The grey of the grouped series (“Other (k more)”), apart from every palette colour.
QColor otherColour();
/// Perceived difference of two colours: CIE76 ΔE in CIELAB (about 2.3 is just noticeable).
double colourDistance(const QColor &a, const QColor &b);
/// Colours for items that bring their own (a candidate's colour): an item keeps
/// its colour when it is valid, not near white and unlike the colours given
/// before it; otherwise it gets the first palette colour unlike those.
std::vector<QColor> distinctColours(const std::vector<QColor> &own);

/// Which items a chart draws on their own and which it groups.
struct Overflow
{
    std::vector<int> shown;   ///< indices, in their original order
    std::vector<int> grouped; ///< the rest, in their original order
    bool any() const { return !grouped.empty(); }
};
/// The \a limit items with the largest \a weights (ties: the earlier one) are shown,
/// the rest grouped; with \a limit or fewer items nothing is grouped.
Overflow topN(const std::vector<double> &weights, int limit = kMaxSeries);
/// The first \a limit of \a count items (already ranked) are shown, the rest grouped.
Overflow firstN(int count, int limit = kMaxSeries);

/// The grouped series' name: “Other (4 more)”.
QString otherLabel(int count);

} // namespace ChartStyle

} // namespace ArchBoard
