#include "fragmentationcharts.h"

#include "charttips.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ArchBoard::FragmentationCharts {

namespace {


// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FragmentationCharts)
};

// Titles, axis labels and tooltips are rich text: user text is escaped.
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

void reset(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis only detaches it
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->legend()->setVisible(true);
}

QString tipOf(const SharedDependency &dep)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> (%2)").arg(esc(dep.name), esc(Enums::ecosystem.label(int(dep.ecosystem))));
    lines << Text::tr("Drift: %1 (%2 → %3)").arg(esc(Fragmentation::describeDifference(dep.drift)), esc(dep.oldest), esc(dep.newest));
    lines << Text::tr("%1 services use %2 versions:").arg(dep.services).arg(dep.versions.size());
    constexpr size_t kShown = 10;
    for (size_t i = 0; i < dep.versions.size() && i < kShown; ++i) {
        const VersionUse &v = dep.versions[i];
        const QString count = v.services.size() == 1 ? Text::tr("1 service") : Text::tr("%1 services").arg(v.services.size());
        lines << (v.note.isEmpty() ? QStringLiteral("%1: %2").arg(esc(v.version), count)
                                   : QStringLiteral("%1: %2 (%3)").arg(esc(v.version), count, esc(v.note)));
    }
    if (dep.versions.size() > kShown)
        lines << Text::tr("… and %1 more versions").arg(dep.versions.size() - kShown);
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

QString tooltip(const QBarSet *set, int index)
{
    return ChartTips::tip(set, index);
}

void fillDrift(QChart *chart, const FragmentationResult &result, int maxRows)
{
    reset(chart);
    int drifting = 0;
    const std::vector<const SharedDependency *> rows = FragmentationStyle::driftRows(result, maxRows, &drifting);
    if (rows.empty()) {
        chart->setTitle(result.dependencies.empty() ? Text::tr("No dependency is used by two or more services")
                                                    : Text::tr("No drift: every shared dependency is on one version"));
        chart->legend()->setVisible(false);
        return;
    }
    chart->setTitle(drifting > int(rows.size()) ? Text::tr("Version drift (oldest → newest in use): the %1 worst of %2 drifting shared dependencies").arg(rows.size()).arg(drifting)
                                                : Text::tr("Version drift (oldest → newest in use) of %1 shared dependencies").arg(rows.size()));

    // One set per drift level, stacked: each bar has its value in its level's set only.
    const DriftLevel levels[] = {DriftLevel::Major, DriftLevel::Minor, DriftLevel::Patch};
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    QStringList tips;
    double longest = 0;
    // Horizontal bars grow upwards: the worst goes last, on top.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        const SharedDependency &dep = **it;
        QString label = QStringLiteral("%1 · %2").arg(esc(dep.name), esc(Enums::ecosystem.key(int(dep.ecosystem))));
        if (categories.contains(label))
            label += QStringLiteral(" (%1)").arg(categories.size()); // labels must be unique
        categories << label;
        tips << tipOf(dep);
        longest = std::max(longest, barLength(dep.drift.magnitude));
    }
    for (DriftLevel level : levels) {
        auto *set = new QBarSet(driftLabel(level));
        set->setColor(driftColour(level));
        set->setBorderColor(driftColour(level).darker(130));
        bool any = false;
        for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
            const bool mine = (*it)->drift.level == level;
            set->append(mine ? barLength((*it)->drift.magnitude) : 0.0);
            any = any || mine;
        }
        if (!any) {
            delete set; // a level nobody has only clutters the legend
            continue;
        }
        ChartTips::setTips(set, tips);
        QObject::connect(set, &QBarSet::hovered, set, [set](bool on, int index) {
            if (on)
                QToolTip::showText(QCursor::pos(), tooltip(set, index));
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    series->setBarWidth(std::min(0.7, 0.18 * double(rows.size()))); // one or two bars stay bars, not blocks
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false); // names in full: QtCharts would cut a long one to "…"
    QFont labels = axisY->labelsFont();
    labels.setPointSizeF(labels.pointSizeF() * 0.9);
    axisY->setLabelsFont(labels);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    // A logarithmic scale with the units as labels: 1 patch, 1 minor, 1 major, 10 major.
    auto *axisX = new QCategoryAxis;
    axisX->setStartValue(0);
    axisX->append(Text::tr("1 patch"), 1);
    axisX->append(Text::tr("1 minor"), 2);
    axisX->append(Text::tr("1 major"), 3);
    double end = 3;
    for (int majors = 10; end < longest; majors *= 10) {
        end += 0.5;
        axisX->append(Text::tr("%1 major").arg(majors), end);
    }
    axisX->setRange(0, std::max(end, 3.0) + 0.15);
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setTitleVisible(false); // the units are the labels; the title says what is measured
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

} // namespace ArchBoard::FragmentationCharts
