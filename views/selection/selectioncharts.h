#pragma once

#include "selection.h"
#include "winprobability.h"

class QChart;

namespace ArchBoard {

class Document;

/// Charts of the selection engine's results. They draw figures the engine
/// computed; nothing is calculated here.
namespace SelectionCharts {

/// Stacked horizontal bars: each candidate's score split by criterion contribution.
/// \a win, when given, adds each candidate's win probability to its label.
void fillRanking(QChart *chart, const Document &document, const TierResult &tier, const TierWinProbability *win = nullptr);
/// Radar (polar) chart of the candidates' normalised profiles over the tier's criteria.
void fillProfiles(QChart *chart, const Document &document, const SelectionMatrix &matrix, const TierResult &tier);
/// For each weighted criterion: its current share and the share at which the winner changes.
void fillSensitivity(QChart *chart, const Document &document, const TierResult &tier, double fragilePp);

} // namespace SelectionCharts

} // namespace ArchBoard
