#pragma once

#include "fragmentation.h"

#include <QColor>
#include <QString>

#include <vector>

namespace ArchBoard {

/// How the fragmentation figures are shown wherever they are drawn (the
/// dashboard, the report's chart, the drift graph): colours, labels, the drift
/// bars' logarithmic scale.
namespace FragmentationStyle {

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

/// The drift charts' bars: the shared dependencies that drift, worst first, at
/// most \a maxRows; \a drifting counts all that drift. The page and the report draw these.
std::vector<const SharedDependency *> driftRows(const FragmentationResult &result, int maxRows, int *drifting);

} // namespace FragmentationStyle

} // namespace ArchBoard
