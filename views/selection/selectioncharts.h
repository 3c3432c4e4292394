#pragma once

#include "selection.h"
#include "winprobability.h"

#include <QString>

class QBarSet;
class QChart;
class QXYSeries;

namespace ArchBoard {

class Document;

/// Charts of the selection engine's results. They draw figures the engine
/// computed; nothing is calculated here. Colours and the overflow rule ("the
/// top 12, the rest grouped as “Other (k more)”") are ChartStyle's, as in the
/// report. Names are shown in full; every bar and point has a tooltip.
namespace SelectionCharts {

/// Stacked horizontal bars: each candidate's score split by criterion contribution
/// (the 12 heaviest criteria, the rest as one “Other” segment).
/// \a win, when given, adds each candidate's win probability to its label.
void fillRanking(QChart *chart, const Document &document, const TierResult &tier, const TierWinProbability *win = nullptr);
/// Radar (polar) chart of the candidates' normalised profiles over the tier's
/// (12 heaviest) criteria; the 12 best-ranked candidates in colour, the rest in grey.
void fillProfiles(QChart *chart, const Document &document, const SelectionMatrix &matrix, const TierResult &tier);
/// For each weighted criterion: its current share and the share at which the
/// winner changes (the 16 closest to changing it, the rest as one row).
void fillSensitivity(QChart *chart, const Document &document, const TierResult &tier, double fragilePp);

/// The tooltip of bar \a index of \a set: what the bar is, its value and what it means.
QString tooltip(const QBarSet *set, int index);
/// The tooltip of point \a index of \a series.
QString tooltip(const QXYSeries *series, int index);

} // namespace SelectionCharts

} // namespace ArchBoard
