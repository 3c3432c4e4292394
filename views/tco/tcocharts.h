#pragma once

#include "tco.h"

#include <QString>
#include <QStringList>

#include <vector>

class QBarSet;
class QChart;
class QXYSeries;

namespace ArchBoard {

/// Charts of the TCO engine's results. They draw figures the engine
/// computed; every bar and point carries its formula as a tooltip.
namespace TcoCharts {

/// A scenario as drawn in the comparison and horizon charts.
struct ScenarioFigure
{
    QString id;
    QString name;
    bool baseline = false;
    bool whatIf = false; ///< computed with unsaved what-if values
    TcoResult result;
};

/// Stacked bars: each language's annual cost split by line, plus the shared lines.
void fillLines(QChart *chart, const TcoResult &result);
/// The total annual cost of every scenario, with its difference to \a baseline (an index, or -1).
void fillComparison(QChart *chart, const std::vector<ScenarioFigure> &scenarios, int baseline);
/// Cumulative cost at the end of each year of the horizon, one line per scenario.
void fillCumulative(QChart *chart, const std::vector<ScenarioFigure> &scenarios);
/// Tornado: the annual total with each input at −pct and +pct, largest swing on top
/// (at most \a maxRows inputs). \a parameters give the inputs' descriptions and units.
void fillTornado(QChart *chart, const std::vector<TcoSensitivity> &sensitivity, const std::vector<TcoParameter> &parameters,
                 double baseUsd, double pct, int maxRows = 12);
/// Cold start per language: mean with ±σ error bars and first byte.
void fillColdStart(QChart *chart, const TcoResult &result, double coldStartPct);

/// The tooltip of bar \a index of \a set (the formula and its inputs), for tests and hovering.
QString tooltip(const QBarSet *set, int index);
/// The tooltip of point \a index of \a series.
QString tooltip(const QXYSeries *series, int index);

/// "21 600", "8.45": digits grouped by thin spaces, for tables and axes.
/// Amounts as the TCO page and the report show them (the engine's).
using Tco::money;

} // namespace TcoCharts

} // namespace ArchBoard
