#pragma once

#include "fragmentation.h"
#include "selection.h"
#include "tco.h"
#include "winprobability.h"

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>

#include <vector>

namespace ArchBoard {

class Document;

/**
 * The report's charts, drawn with QPainter on a QImage: no widgets, no
 * QtCharts, so archboard-cli stays headless and a worker thread can draw
 * them. Each builder turns an engine's result into a BarChart (what to
 * draw); paint() draws it. The figures are the ones the pages' charts show:
 * both are filled from the same engine results.
 */
namespace ReportCharts {

struct Series
{
    QString name;
    QColor colour;
    std::vector<double> values; ///< one per category
    bool inLegend = true;       ///< false for spacers (transparent offsets)
};

struct Tick
{
    double value = 0;
    QString label;
};

/// Bars, one per category, each the stack of its series' values: positive
/// values stack away from 0 one way, negative ones the other.
struct BarChart
{
    QString title;
    bool horizontal = true;  ///< categories down the left; else along the bottom
    QStringList categories;  ///< in reading order (top to bottom, left to right); "\n" breaks a label
    std::vector<Series> series;
    double min = 0;          ///< the value axis; nice numbers are applied unless ticks are given
    double max = 0;
    std::vector<Tick> ticks; ///< fixed axis labels (a log scale); empty: nice numbers
    bool signedLabels = false;
    QString axisTitle;
    double barShare = 0.6;   ///< a bar's thickness as a share of its category's band
};

/// Draws \a chart at \a width × \a height CSS pixels, at twice that resolution.
QImage paint(const BarChart &chart, int width, int height);

/// The weighted score by criterion per candidate (rank 1 on top), with the
/// win chances on the labels when \a win is given.
BarChart ranking(const Document &document, const TierResult &tier, const TierWinProbability *win);
/// Each criterion's weight share now and where the winner changes.
BarChart sensitivity(const Document &document, const TierResult &tier, double fragilePp);

struct ScenarioTotal
{
    QString name;
    double totalUsd = 0;
};
/// Total annual cost per scenario, the baseline (index, or -1) in grey.
BarChart tcoComparison(const std::vector<ScenarioTotal> &scenarios, int baseline);
/// One scenario's annual cost per language, stacked by cost line.
BarChart tcoLines(const TcoResult &result);
/// Change of the annual total with each input lower and higher, largest swing on top.
BarChart tornado(const std::vector<TcoSensitivity> &sensitivity, const std::vector<TcoParameter> &parameters,
                 double baseUsd, double pct, int maxRows = 12);
/// The shared dependencies that drift most (at most \a maxRows), coloured by drift level.
BarChart drift(const FragmentationResult &result, int maxRows = 20);

} // namespace ReportCharts

} // namespace ArchBoard
