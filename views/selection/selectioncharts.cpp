#include "selectioncharts.h"

#include "charttips.h"
#include "chartstyle.h"
#include "document.h"
#include "matrixmodel.h"
#include "tablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ArchBoard::SelectionCharts {

namespace {

using ChartTips::setTips;
using ChartTips::showTipsOnHover;

// Chart titles, axis labels, legends and tooltips are rich text: names the board
// typed (candidates, criteria) are escaped so "<b>" stays "<b>".
QString userText(const QString &text)
{
    return text.toHtmlEscaped();
}

QString criterionName(const Document &doc, const QString &id)
{
    return userText(doc.referenceName(TableId::Criteria, id));
}

QString candidateName(const Document &doc, const QString &id)
{
    return userText(doc.referenceName(TableId::Candidates, id));
}

QString number(double value)
{
    return TableModel::formatNumber(value, 1);
}

void reset(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis only detaches it
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6)); // every pixel of height is a row of labels
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // a legend entry too long for its place shows in full on hover
    chart->legend()->setVisible(true);
}

/// More than a few legend entries go in a column on the right, where each has a line of its own.
void placeLegend(QChart *chart, int entries)
{
    chart->legend()->setAlignment(entries > 4 ? Qt::AlignRight : Qt::AlignBottom);
}

/// The font of the names down the left: a little smaller when there are many rows.
QFont rowFont(const QChart *chart, qsizetype rows)
{
    QFont font = chart->font();
    if (rows > 12)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

/// The width the names down the left may take: QtCharts gives a left axis at
/// most 40 % of the chart's width (less a legend on the right) and pushes longer
/// labels out of the chart.
double labelBudget(const QChart *chart, bool legendOnTheRight)
{
    double width = chart->size().width();
    if (width < 400)
        width = 1300; // not laid out yet: as in a 1600-pixel window
    if (legendOnTheRight)
        width -= 280;
    return std::max(160.0, 0.4 * width - 24);
}

using ChartLabels::wrapped;

/// Grows the chart's view so that \a lines lines of names (each row as tall as
/// its tallest label) have room: QtCharts hides a label that would overlap the
/// one before. Capped, so a window on a small screen still fits.
void makeRoomFor(QChart *chart, const QFont &font, double lines)
{
    if (!chart->scene() || chart->scene()->views().isEmpty())
        return;
    const QFontMetricsF fm(font);
    // Per line the text and the label's margins; around the plot the title, the value axis and a legend.
    const int needed = int(lines * (fm.lineSpacing() + 5) + 130);
    chart->scene()->views().constFirst()->setMinimumHeight(std::clamp(needed, 220, 480));
}

/// Names as rows down the left, in full (QtCharts would cut them to "…"), 0–100 along the bottom.
void attachAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories)
{
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false);
    axisY->setLabelsFont(rowFont(chart, categories.size()));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

} // namespace

QString tooltip(const QBarSet *set, int index)
{
    return ChartTips::tip(set, index);
}

QString tooltip(const QXYSeries *series, int index)
{
    return ChartTips::tip(series, index);
}

void fillRanking(QChart *chart, const Document &doc, const TierResult &tier, const TierWinProbability *win)
{
    reset(chart);
    chart->setTitle(QObject::tr("Weighted score by criterion (0–100)"));
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    // Horizontal bars grow upwards: list the ranking bottom-up so rank 1 is on top.
    std::vector<const CandidateScore *> rows;
    for (auto it = tier.ranking.rbegin(); it != tier.ranking.rend(); ++it)
        rows.push_back(&*it);
    // The twelve heaviest criteria get their own segment; the rest share one,
    // so a bar stays readable with forty criteria.
    const ChartStyle::Overflow overflow = ChartStyle::topN(tier.shares);
    const bool legendOnTheRight = overflow.shown.size() + (overflow.any() ? 1 : 0) > 4;
    const QFont font = rowFont(chart, qsizetype(rows.size()));
    int lines = 1;
    for (const CandidateScore *s : rows) {
        // The criteria a knocked-out candidate fails are in its tooltips and the summary above the chart.
        QString label = candidateName(doc, s->candidate);
        if (s->knockedOut)
            label += QObject::tr(" ✕ knocked out");
        else if (s->candidate == tier.winner)
            label += QStringLiteral(" ★");
        if (win)
            label += QObject::tr(" · wins %1").arg(Selection::percentText(win->probabilityOf(s->candidate)));
        categories << wrapped(label, font, labelBudget(chart, legendOnTheRight), &lines);
    }
    auto tip = [&](const CandidateScore *s, const QString &what, double points) {
        QString text = QObject::tr("<b>%1</b> — %2<br>%3 of its %4 points (the weighted score, 0–100)")
                           .arg(candidateName(doc, s->candidate), what, number(points), number(s->score * 100.0));
        if (s->knockedOut) {
            QStringList failed;
            for (const FailedThreshold &f : s->failed)
                failed << criterionName(doc, f.criterion);
            text += QStringLiteral("<br>") + QObject::tr(" ✕ knocked out: %1").arg(failed.join(QStringLiteral(", ")));
        }
        return text;
    };
    int index = 0;
    for (int k : overflow.shown) {
        const QString name = criterionName(doc, tier.criteria.at(k));
        auto *set = new QBarSet(name);
        set->setColor(ChartStyle::seriesColour(index));
        set->setBorderColor(ChartStyle::seriesColour(index).darker(130));
        QStringList tips;
        for (const CandidateScore *s : rows) {
            const double points = s->contributions[size_t(k)].value_or(0.0) * 100.0;
            set->append(points);
            QString text = tip(s, name, points);
            text += QStringLiteral("<br>") + QObject::tr("The criterion's share of the weight: %1 %").arg(number(tier.shares[size_t(k)] * 100.0));
            if (!s->contributions[size_t(k)])
                text += QStringLiteral("<br>") + QObject::tr("No figure for this criterion: it adds nothing.");
            tips << text;
        }
        setTips(set, tips);
        showTipsOnHover(set);
        series->append(set);
        ++index;
    }
    if (overflow.any()) {
        const QString other = ChartStyle::otherLabel(int(overflow.grouped.size()));
        auto *rest = new QBarSet(other);
        rest->setColor(ChartStyle::otherColour());
        rest->setBorderColor(ChartStyle::otherColour().darker(130));
        QStringList tips;
        for (const CandidateScore *s : rows) {
            double sum = 0;
            QStringList parts;
            for (int k : overflow.grouped) {
                const double points = s->contributions[size_t(k)].value_or(0.0) * 100.0;
                sum += points;
                parts << QStringLiteral("%1: %2").arg(criterionName(doc, tier.criteria.at(k)), number(points));
            }
            rest->append(sum);
            tips << tip(s, other, sum) + QStringLiteral("<br>") + parts.join(QStringLiteral("<br>"));
        }
        setTips(rest, tips);
        showTipsOnHover(rest);
        series->append(rest);
        chart->setTitle(QObject::tr("Weighted score by criterion (0–100): the %1 heaviest of %2 criteria, the other %3 grouped as “%4”")
                            .arg(overflow.shown.size())
                            .arg(tier.criteria.size())
                            .arg(overflow.grouped.size())
                            .arg(other));
    }
    chart->addSeries(series);
    attachAxes(chart, series, categories);
    placeLegend(chart, int(series->count()));
    // Room for every name, and for the legend's entries in their column.
    makeRoomFor(chart, font, std::max(double(lines) * double(rows.size()), legendOnTheRight ? double(series->count()) * 1.15 : 0.0));
}

void fillProfiles(QChart *chart, const Document &doc, const SelectionMatrix &m, const TierResult &tier)
{
    reset(chart);
    auto *polar = qobject_cast<QPolarChart *>(chart);
    QString title = QObject::tr("Normalised profile (1 = best of the shortlist); missing figures are left out");
    // At most twelve spokes (the heaviest criteria): more is unreadable.
    QStringList criteria = tier.criteria;
    const ChartStyle::Overflow spokes = ChartStyle::topN(tier.shares);
    if (spokes.any()) {
        QStringList heaviest;
        for (int k : spokes.shown)
            heaviest << criteria.at(k);
        criteria = heaviest;
        title = QObject::tr("Normalised profile over the 12 heaviest criteria; missing figures are left out");
    }
    const qsizetype n = criteria.size();
    if (n < 3 || !polar) {
        chart->setTitle(QObject::tr("A profile needs at least three weighted criteria"));
        return;
    }
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setTruncateLabels(false);
    // Names broken into lines of about 150 pixels, so neighbouring spokes' names do not collide
    // (QtCharts hides a label that would overlap another).
    int nameLines = 1;
    for (qsizetype k = 0; k < n; ++k)
        angular->append(wrapped(criterionName(doc, criteria.at(k)), chart->font(), 150, &nameLines), 360.0 * double(k) / double(n));
    auto *radial = new QValueAxis;
    radial->setRange(0, 1);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%.2f"));
    polar->addAxis(angular, QPolarChart::PolarOrientationAngular);
    polar->addAxis(radial, QPolarChart::PolarOrientationRadial);

    // The best-ranked twelve in colour (their own when it is distinct), the rest in grey.
    std::vector<double> standing(size_t(m.candidates.size()), -std::numeric_limits<double>::infinity());
    for (const CandidateScore &s : tier.ranking) {
        const int i = int(m.candidates.indexOf(s.candidate));
        if (i >= 0)
            standing[size_t(i)] = -double(s.rank);
    }
    const ChartStyle::Overflow lines = ChartStyle::topN(standing);
    std::vector<QColor> own;
    for (int i : lines.shown) {
        const int row = doc.rowOfId(TableId::Candidates, m.candidates.at(i));
        own.push_back(row >= 0 ? QColor(doc.workspace().candidates[size_t(row)].color) : QColor());
    }
    const std::vector<QColor> colours = ChartStyle::distinctColours(own);
    std::vector<QColor> colourOf(size_t(m.candidates.size()), ChartStyle::otherColour());
    for (size_t j = 0; j < lines.shown.size(); ++j)
        colourOf[size_t(lines.shown[j])] = colours[j];
    const QString other = ChartStyle::otherLabel(int(lines.grouped.size()));
    if (lines.any())
        title += QObject::tr("; the %1 best-ranked of %2 candidates in colour, the other %3 in grey as “%4”")
                     .arg(lines.shown.size())
                     .arg(m.candidates.size())
                     .arg(lines.grouped.size())
                     .arg(other);
    chart->setTitle(title);

    bool otherInLegend = false;
    for (qsizetype i = 0; i < m.candidates.size(); ++i) {
        const bool grouped = std::find(lines.grouped.begin(), lines.grouped.end(), int(i)) != lines.grouped.end();
        auto *line = new QLineSeries;
        const QString name = candidateName(doc, m.candidates.at(i));
        line->setName(grouped ? other : name);
        QPen pen(colourOf[size_t(i)]);
        pen.setWidthF(grouped ? 1.0 : 2.0);
        line->setPen(pen);
        line->setPointsVisible(true);
        std::optional<QPointF> first;
        QString firstTip;
        QStringList tips;
        for (qsizetype k = 0; k < n; ++k) {
            const int col = m.criterionIndex(criteria.at(k));
            const std::optional<double> v = col >= 0 ? m.cell(int(i), col).normalised : std::nullopt;
            if (!v)
                continue;
            const QPointF p(360.0 * double(k) / double(n), *v);
            line->append(p);
            tips << QObject::tr("<b>%1</b> — %2<br>Normalised value %3 (1 = best of the shortlist, 0 = worst)")
                        .arg(name, criterionName(doc, criteria.at(k)), TableModel::formatNumber(*v, 2));
            if (!first) {
                first = p;
                firstTip = tips.back();
            }
        }
        if (first) {
            line->append(QPointF(360.0, first->y())); // close the polygon
            tips << firstTip;
        }
        setTips(line, tips);
        showTipsOnHover(line);
        polar->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
        if (grouped) {
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(!otherInLegend); // one legend entry for the grey lines
            otherInLegend = true;
        }
    }
    placeLegend(chart, int(lines.shown.size()) + (lines.any() ? 1 : 0));
    makeRoomFor(chart, chart->font(), std::max(16.0, double(lines.shown.size() + 1) * 1.15));
}

void fillSensitivity(QChart *chart, const Document &doc, const TierResult &tier, double fragilePp)
{
    reset(chart);
    chart->setTitle(QObject::tr("Weight share now → share at which the winner changes (%)"));
    auto *series = new QHorizontalStackedBarSeries;
    auto *offset = new QBarSet(QString());
    offset->setColor(Qt::transparent);
    offset->setBorderColor(Qt::transparent);
    auto *safe = new QBarSet(QObject::tr("Room before the winner changes"));
    safe->setColor(QColor(0x00, 0x9e, 0x73)); // Okabe–Ito bluish green and vermillion: apart for colour-blind readers
    auto *fragile = new QBarSet(QObject::tr("Fragile: under %1 pp").arg(fragilePp));
    fragile->setColor(QColor(0xd5, 0x5e, 0x00));
    // The sixteen criteria nearest to changing the winner get a row each; the rest share one.
    std::vector<double> nearness;
    for (const SensitivityItem &s : tier.sensitivity)
        nearness.push_back(s.distancePp ? -*s.distancePp : -std::numeric_limits<double>::infinity());
    const ChartStyle::Overflow overflow = ChartStyle::topN(nearness, ChartStyle::kMaxRows);
    QStringList categories, tips;
    auto describe = [&](const SensitivityItem &s) {
        QString text = QObject::tr("<b>%1</b><br>Its share of the weight now: %2 %").arg(criterionName(doc, s.criterion), number(s.weightPct));
        if (s.flipAtPct) {
            text += QStringLiteral("<br>")
                + QObject::tr("At %1 % %2 wins instead: %3 pp away").arg(number(*s.flipAtPct), candidateName(doc, s.flipsTo), number(*s.distancePp));
            text += QStringLiteral("<br>")
                + (*s.distancePp < fragilePp ? QObject::tr("Fragile: a move under %1 pp changes the winner.").arg(fragilePp)
                                             : QObject::tr("Safe: the winner holds for moves under %1 pp.").arg(fragilePp));
        } else {
            text += QStringLiteral("<br>") + QObject::tr("No share of this criterion changes the winner.");
        }
        return text;
    };
    if (overflow.any()) {
        // The grouped row goes last, at the bottom, with no bar: its criteria are listed in its tooltip.
        const QString other = ChartStyle::otherLabel(int(overflow.grouped.size()));
        QStringList names;
        for (int k : overflow.grouped)
            names << criterionName(doc, tier.sensitivity[size_t(k)].criterion);
        categories << other + QObject::tr(": further from changing the winner");
        tips << QStringLiteral("<b>%1</b><br>%2").arg(other, names.join(QStringLiteral("<br>")));
        offset->append(0);
        safe->append(0);
        fragile->append(0);
        chart->setTitle(QObject::tr("Weight share now → share at which the winner changes (%): the %1 criteria nearest to a change of %2, the other %3 grouped as “%4”")
                            .arg(overflow.shown.size())
                            .arg(tier.sensitivity.size())
                            .arg(overflow.grouped.size())
                            .arg(other));
    }
    const QFont font = rowFont(chart, qsizetype(overflow.shown.size()) + (overflow.any() ? 1 : 0));
    const double budget = labelBudget(chart, false);
    int lines = 1;
    for (auto it = overflow.shown.rbegin(); it != overflow.shown.rend(); ++it) {
        const SensitivityItem &s = tier.sensitivity[size_t(*it)];
        QString label = criterionName(doc, s.criterion);
        // Who takes over (or that nobody does) is in the tooltip too: a label too long for one line leaves it out.
        const QString shortLabel = s.flipAtPct ? label + QStringLiteral(": %1 % → %2 %").arg(number(s.weightPct), number(*s.flipAtPct))
                                               : label + QStringLiteral(": %1 %").arg(number(s.weightPct));
        if (s.flipAtPct) {
            const double lo = std::min(s.weightPct, *s.flipAtPct);
            const double width = std::abs(*s.flipAtPct - s.weightPct);
            offset->append(lo);
            const bool isFragile = *s.distancePp < fragilePp;
            safe->append(isFragile ? 0.0 : width);
            fragile->append(isFragile ? width : 0.0);
            label += QObject::tr(": %1 % → %2 at %3 %").arg(number(s.weightPct), candidateName(doc, s.flipsTo), number(*s.flipAtPct));
        } else {
            offset->append(0);
            safe->append(0);
            fragile->append(0);
            label += QObject::tr(": %1 % — no share flips the winner").arg(number(s.weightPct));
        }
        if (QFontMetricsF(font).horizontalAdvance(label) > budget)
            label = shortLabel;
        categories << wrapped(label, font, budget, &lines);
        tips << describe(s);
    }
    for (QBarSet *set : {offset, safe, fragile}) {
        setTips(set, tips);
        showTipsOnHover(set);
        series->append(set);
    }
    chart->addSeries(series);
    chart->legend()->markers(series).first()->setVisible(false);
    attachAxes(chart, series, categories);
    makeRoomFor(chart, font, double(lines) * double(categories.size()));
}

} // namespace ArchBoard::SelectionCharts
