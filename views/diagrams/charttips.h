#pragma once

#include <QString>
#include <QStringList>

class QBarSet;
class QFont;
class QObject;
class QXYSeries;

namespace ArchBoard {

/**
 * Tooltips on chart marks, shared by the selection, cost and fragmentation
 * charts: each bar set or series keeps one tip per mark (a dynamic property),
 * shown while the pointer is over the mark.
 */
namespace ChartTips {

/// Gives \a item (a QBarSet or QXYSeries) one tip per mark, in mark order.
void setTips(QObject *item, const QStringList &tips);
/// The tip of mark \a index of \a item; empty when it has none.
QString tip(const QObject *item, int index);
/// Shows the hovered bar's tip.
void showTipsOnHover(QBarSet *set);
/// Shows the tip of the point nearest to the pointer (a hover on a line
/// segment reports a position between two points).
void showTipsOnHover(QXYSeries *series);

} // namespace ChartTips

/// Axis labels of the same charts.
namespace ChartLabels {

/// \a text (rich text, lines broken by <br>) broken at spaces into lines of at
/// most \a budget pixels, so labels do not run into their neighbours;
/// \a lines, when given, is raised to the number of lines the label takes.
QString wrapped(const QString &text, const QFont &font, double budget, int *lines = nullptr);

} // namespace ChartLabels
} // namespace ArchBoard
