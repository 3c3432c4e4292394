#pragma once

#include "fragmentation.h"

#include <QColor>
#include <QString>

class QBarSet;
class QChart;

namespace ArchBoard {

/// Charts and colours of the fragmentation dashboard. They draw what the
/// engine computed (Fragmentation::analyse); every bar carries its figures
/// as a tooltip.
namespace FragmentationCharts {

/// Badge colour of a risk level: healthy green, warning amber, high orange,
/// severe red, unrated grey.
QColor levelColour(RiskLevel level);
/// A light tint of the level's colour, for the background of a card.
QColor levelTint(RiskLevel level);
/// The drift graph's colours: major red, minor orange, patch green, none grey.
QColor driftColour(DriftLevel level);
QString driftLabel(DriftLevel level);

/// Where a semver distance ends on the chart's logarithmic axis: 1 patch at
/// 1, 1 minor at 2, 1 major at 3, 10 majors at 3.5; no drift at 0.
double barLength(double distance);

/// Horizontal bars of the shared dependencies that drift, worst on top (at
/// most \a maxRows), coloured by drift level.
void fillDrift(QChart *chart, const FragmentationResult &result, int maxRows = 20);

/// The tooltip of bar \a index of \a set, for tests and hovering.
QString tooltip(const QBarSet *set, int index);

} // namespace FragmentationCharts

} // namespace ArchBoard
