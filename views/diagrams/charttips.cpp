#include "charttips.h"

#include <QBarSet>
#include <QCursor>
#include <QFontMetricsF>
#include <QToolTip>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace ArchBoard::ChartTips {

namespace {
const char *const kTips = "archboardTips";
}

void setTips(QObject *item, const QStringList &tips)
{
    item->setProperty(kTips, tips);
}

QString tip(const QObject *item, int index)
{
    const QStringList tips = item->property(kTips).toStringList();
    return index >= 0 && index < tips.size() ? tips.at(index) : QString();
}

void showTipsOnHover(QBarSet *set)
{
    QObject::connect(set, &QBarSet::hovered, set, [set](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), tip(set, index));
        else
            QToolTip::hideText();
    });
}

void showTipsOnHover(QXYSeries *series)
{
    QObject::connect(series, &QXYSeries::hovered, series, [series](const QPointF &point, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const QList<QPointF> points = series->points();
        int best = -1;
        double bestDistance = 0;
        for (int i = 0; i < points.size(); ++i) {
            const double d = std::hypot(points.at(i).x() - point.x(), points.at(i).y() - point.y());
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        if (best >= 0)
            QToolTip::showText(QCursor::pos(), tip(series, best));
    });
}

} // namespace ArchBoard::ChartTips

namespace ArchBoard::ChartLabels {

QString wrapped(const QString &text, const QFont &font, double budget, int *lines)
{
    const QFontMetricsF fm(font);
    QStringList out;
    for (const QString &given : text.split(QStringLiteral("<br>"))) {
        QString line;
        for (const QString &word : given.split(u' ')) {
            const QString longer = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && fm.horizontalAdvance(longer) > budget) {
                out << line;
                line = word;
            } else {
                line = longer;
            }
        }
        out << line;
    }
    if (lines)
        *lines = std::max(*lines, int(out.size()));
    return out.join(QStringLiteral("<br>"));
}

} // namespace ArchBoard::ChartLabels
