#pragma once

#include "fragmentation.h"
#include "fragmentationstyle.h"

#include <QColor>
#include <QString>

class QBarSet;
class QChart;

namespace ArchBoard {

/// Charts and colours of the fragmentation dashboard. They draw what the
/// engine computed (Fragmentation::analyse); every bar carries its figures
/// as a tooltip.
namespace FragmentationCharts {

// The colours, labels and bar scale are the engine's (models/fragmentation/fragmentationstyle.h),
// so the page, the report and the drift graph agree.
using FragmentationStyle::barLength;
using FragmentationStyle::driftColour;
using FragmentationStyle::driftLabel;
using FragmentationStyle::levelColour;
using FragmentationStyle::levelTint;

/// Horizontal bars of the shared dependencies that drift, worst on top (at
/// most \a maxRows), coloured by drift level.
void fillDrift(QChart *chart, const FragmentationResult &result, int maxRows = 20);

/// The tooltip of bar \a index of \a set, for tests and hovering.
QString tooltip(const QBarSet *set, int index);

} // namespace FragmentationCharts

} // namespace ArchBoard
