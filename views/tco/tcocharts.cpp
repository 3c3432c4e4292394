#include "tcocharts.h"

#include "charttips.h"
#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ArchBoard::TcoCharts {

namespace {

using ChartTips::setTips;
using ChartTips::showTipsOnHover;

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TcoCharts)
};

// Chart titles, axis labels and legends are rich text: user text is escaped.
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString usdText(double usd)
{
    return Tco::usd(usd);
}

/// Escaped formula for a tooltip: line breaks kept, "—" for none.
QString formulaHtml(const QString &formula)
{
    return formula.isEmpty() ? QStringLiteral("—") : esc(formula).replace(u'\n', QStringLiteral("<br>"));
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
    chart->legend()->setShowToolTips(true); // a legend entry too long for its place shows in full on hover
    chart->legend()->setVisible(true);
}

/// Category labels in full: QtCharts would cut a long one to "…".
void fullLabels(QAbstractAxis *axis)
{
    axis->setTruncateLabels(false);
}

/// The width of one category along the bottom, for its label: the plot's share of the chart.
double bandWidth(const QChart *chart, qsizetype categories)
{
    double width = chart->size().width();
    if (width < 400)
        width = 1100; // not laid out yet: as in a 1600-pixel window
    return std::max(70.0, (width - 140) / double(std::max<qsizetype>(categories, 1)) - 12);
}

using ChartLabels::wrapped;

using ChartStyle::seriesColour;
using Tco::UsdScale;
using Tco::usdScale;

QValueAxis *usdAxis(double lo, double hi, const QString &title, bool signedLabels = false)
{
    auto *axis = new QValueAxis;
    if (hi <= lo)
        hi = lo + 1;
    axis->setRange(lo, hi);
    axis->applyNiceNumbers();
    const bool fraction = axis->max() - axis->min() < 10;
    axis->setLabelFormat(QString::fromLatin1(signedLabels ? (fraction ? "%+.1f" : "%+.0f") : (fraction ? "%.1f" : "%.0f")));
    axis->setTitleText(title);
    return axis;
}

/// Category labels must be unique: a repeated one gets the element's id.
QString uniqueLabel(const QStringList &taken, const QString &label, const QString &id)
{
    return taken.contains(label) ? label + QStringLiteral(" [") + esc(id) + u']' : label;
}

void hideLegendOf(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
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

void fillLines(QChart *chart, const TcoResult &result)
{
    reset(chart);
    chart->setTitle(Text::tr("Annual cost per language — %1: %2 per year").arg(esc(result.scenarioName), esc(usdText(result.totalAnnualUsd))));
    const bool shared = !result.shared.empty();
    if (result.languages.empty() && !shared) {
        chart->setTitle(Text::tr("%1 has no functions yet: add some on the TCO scenarios page or with the sliders.").arg(esc(result.scenarioName)));
        return;
    }
    QStringList categories;
    double largest = 0;
    std::vector<std::vector<TcoLineValue>> rows;
    for (const TcoLanguageResult &l : result.languages) {
        categories << uniqueLabel(categories,
                                  wrapped(Text::tr("%1<br>%2 functions · %3 USD").arg(esc(l.name), money(l.functions), money(l.totalAnnualUsd)),
                                          chart->font(), bandWidth(chart, qsizetype(result.languages.size()) + (shared ? 1 : 0))),
                                  l.language);
        largest = std::max(largest, l.totalAnnualUsd);
        rows.push_back(Tco::lines(l));
    }
    const TcoLineValue sharedCustom = Tco::sharedLine(result);
    if (shared) {
        categories << Text::tr("Shared lines<br>%1 USD").arg(money(sharedCustom.usd));
        largest = std::max(largest, sharedCustom.usd);
    }
    const UsdScale scale = usdScale(largest);
    auto *series = new QStackedBarSeries;
    const QStringList names = Tco::lineNames();
    for (int k = 0; k < names.size(); ++k) {
        auto *set = new QBarSet(names.at(k));
        set->setColor(seriesColour(k));
        set->setBorderColor(seriesColour(k).darker(130));
        QStringList tips;
        bool any = false;
        for (size_t i = 0; i < rows.size(); ++i) {
            const TcoLineValue &line = rows[i][size_t(k)];
            set->append(line.usd / scale.divisor);
            any = any || line.usd != 0;
            tips << QStringLiteral("<b>%1 — %2</b><br>%3 per year<br>%4")
                        .arg(esc(result.languages[i].name), esc(line.name), esc(usdText(line.usd)), formulaHtml(line.formula));
        }
        if (shared) {
            const bool custom = k == names.size() - 1;
            set->append(custom ? sharedCustom.usd / scale.divisor : 0.0);
            any = any || (custom && sharedCustom.usd != 0);
            tips << (custom ? QStringLiteral("<b>%1</b><br>%2 per year<br>%3").arg(Text::tr("Shared lines"), esc(usdText(sharedCustom.usd)), formulaHtml(sharedCustom.formula))
                            : QString());
        }
        if (!any) {
            delete set; // a line that is zero everywhere only clutters the legend
            continue;
        }
        setTips(set, tips);
        showTipsOnHover(set);
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    fullLabels(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = usdAxis(0, largest / scale.divisor * 1.05, Text::tr("%1 per year").arg(scale.unit));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
}

void fillComparison(QChart *chart, const std::vector<ScenarioFigure> &scenarios, int baseline)
{
    reset(chart);
    if (scenarios.empty()) {
        chart->setTitle(Text::tr("No scenarios to compare"));
        return;
    }
    const ScenarioFigure *base = baseline >= 0 && baseline < int(scenarios.size()) ? &scenarios[size_t(baseline)] : nullptr;
    chart->setTitle(base ? Text::tr("Total annual cost per scenario, compared with the baseline “%1”").arg(esc(base->name))
                         : Text::tr("Total annual cost per scenario (no baseline)"));
    double largest = 0;
    for (const ScenarioFigure &s : scenarios)
        largest = std::max(largest, s.result.totalAnnualUsd);
    const UsdScale scale = usdScale(largest);
    auto *series = new QHorizontalStackedBarSeries;
    auto *baseSet = new QBarSet(Text::tr("Baseline"));
    baseSet->setColor(QColor(0x55, 0x55, 0x55));
    auto *otherSet = new QBarSet(Text::tr("Scenario"));
    otherSet->setColor(seriesColour(0));
    auto *whatIfSet = new QBarSet(Text::tr("With what-if values (not saved)"));
    whatIfSet->setColor(QColor(0xee, 0x99, 0x33));
    QStringList categories, tips;
    bool anyWhatIf = false;
    // Horizontal bars grow upwards: the first scenario goes on top.
    for (auto it = scenarios.rbegin(); it != scenarios.rend(); ++it) {
        const ScenarioFigure &s = *it;
        const double total = s.result.totalAnnualUsd;
        QString delta;
        QString deltaTip;
        if (base && &s != base) {
            const double d = total - base->result.totalAnnualUsd;
            const QString pct = base->result.totalAnnualUsd != 0
                ? QStringLiteral(", %1%2 %").arg(d >= 0 ? QStringLiteral("+") : QString(),
                                                 QString::number(d / base->result.totalAnnualUsd * 100.0, 'f', 1))
                : QString();
            delta = QStringLiteral(" (%1%2%3)").arg(d >= 0 ? QStringLiteral("+") : QString(), esc(usdText(d)), pct);
            deltaTip = Text::tr("<br>Difference to the baseline “%1” (%2): %3%4%5")
                           .arg(esc(base->name), esc(usdText(base->result.totalAnnualUsd)), d >= 0 ? QStringLiteral("+") : QString(),
                                esc(usdText(d)), pct);
        } else if (&s == base) {
            delta = Text::tr(" (baseline)");
        }
        const QString label = QStringLiteral("%1<br>%2%3").arg(esc(s.name), esc(usdText(total)), delta);
        categories << uniqueLabel(categories, label, s.id);
        QStringList parts;
        for (const TcoLanguageResult &l : s.result.languages)
            parts << QStringLiteral("%1 %2").arg(esc(l.name), esc(usdText(l.totalAnnualUsd)));
        if (!s.result.shared.empty())
            parts << Text::tr("shared lines %1").arg(esc(usdText(Tco::sharedLine(s.result).usd)));
        tips << Text::tr("<b>%1</b>%2<br>Total annual cost: %3<br>= %4%5")
                    .arg(esc(s.name), s.whatIf ? Text::tr(" — with what-if values, not saved") : QString(), esc(usdText(total)),
                         parts.isEmpty() ? Text::tr("no functions and no cost lines") : parts.join(QStringLiteral(" + ")), deltaTip);
        const double v = total / scale.divisor;
        baseSet->append(&s == base && !s.whatIf ? v : 0.0);
        whatIfSet->append(s.whatIf ? v : 0.0);
        otherSet->append(&s != base && !s.whatIf ? v : 0.0);
        anyWhatIf = anyWhatIf || s.whatIf;
    }
    for (QBarSet *set : {baseSet, otherSet, whatIfSet}) {
        setTips(set, tips);
        showTipsOnHover(set);
        series->append(set);
    }
    chart->addSeries(series);
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    markers.at(0)->setVisible(base != nullptr);
    markers.at(2)->setVisible(anyWhatIf);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    fullLabels(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = usdAxis(0, largest / scale.divisor * 1.05, Text::tr("%1 per year").arg(scale.unit));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

void fillCumulative(QChart *chart, const std::vector<ScenarioFigure> &scenarios)
{
    reset(chart);
    chart->setTitle(Text::tr("Cumulative cost over each scenario's horizon (one-offs in year 1)"));
    int years = 1;
    double largest = 0;
    for (const ScenarioFigure &s : scenarios) {
        years = std::max(years, int(s.result.cumulativeUsd.size()));
        for (double v : s.result.cumulativeUsd)
            largest = std::max(largest, v);
    }
    if (scenarios.empty()) {
        chart->setTitle(Text::tr("No scenarios"));
        return;
    }
    const UsdScale scale = usdScale(largest);
    auto *axisX = new QCategoryAxis;
    axisX->setStartValue(0.5);
    for (int y = 1; y <= years; ++y)
        axisX->append(Text::tr("Year %1").arg(y), y + 0.5);
    axisX->setRange(0.5, years + 0.5);
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    QValueAxis *axisY = usdAxis(0, largest / scale.divisor * 1.08, scale.unit);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    // The first twelve scenarios (the baseline and what-ifs always) in the palette's
    // colours, the rest in grey under one legend entry.
    std::vector<double> priority;
    for (size_t i = 0; i < scenarios.size(); ++i)
        priority.push_back(scenarios[i].baseline || scenarios[i].whatIf ? 1.0 : 0.0);
    const ChartStyle::Overflow overflow = ChartStyle::topN(priority);
    const QString other = ChartStyle::otherLabel(int(overflow.grouped.size()));
    if (overflow.any())
        chart->setTitle(Text::tr("Cumulative cost over each scenario's horizon (one-offs in year 1): %1 of %2 scenarios in colour, the other %3 in grey as “%4”")
                            .arg(overflow.shown.size())
                            .arg(scenarios.size())
                            .arg(overflow.grouped.size())
                            .arg(other));
    int index = 0;
    bool otherInLegend = false;
    for (size_t i = 0; i < scenarios.size(); ++i) {
        const ScenarioFigure &s = scenarios[i];
        const bool grouped = std::find(overflow.grouped.begin(), overflow.grouped.end(), int(i)) != overflow.grouped.end();
        auto *line = new QLineSeries;
        QString name = esc(s.name);
        if (s.baseline)
            name += Text::tr(" (baseline)");
        if (s.whatIf)
            name += Text::tr(" (what-if, not saved)");
        line->setName(grouped ? other : name);
        QPen pen(s.baseline ? QColor(0x33, 0x33, 0x33) : grouped ? ChartStyle::otherColour() : seriesColour(index));
        pen.setWidthF(s.baseline ? 3.0 : grouped ? 1.0 : 2.0);
        if (s.whatIf)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        if (!s.baseline && !grouped)
            ++index;
        QStringList tips;
        const double oneOff = s.result.oneOffUsd;
        const double recurring = s.result.cumulativeUsd.empty() ? 0.0 : s.result.cumulativeUsd.front() - oneOff;
        for (size_t y = 0; y < s.result.cumulativeUsd.size(); ++y) {
            const double v = s.result.cumulativeUsd[y];
            line->append(double(y + 1), v / scale.divisor);
            tips << Text::tr("<b>%1</b>, end of year %2<br>%3<br>= one-offs %4 (year 1) + %2 × %5 recurring per year")
                        .arg(esc(s.name)).arg(y + 1)
                        .arg(esc(usdText(v)), esc(usdText(oneOff)), esc(usdText(recurring)));
        }
        setTips(line, tips);
        showTipsOnHover(line);
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        if (grouped) {
            hideLegendOf(chart, line);
            if (!otherInLegend) {
                for (QLegendMarker *m : chart->legend()->markers(line))
                    m->setVisible(true); // one entry for all the grey lines
            }
            otherInLegend = true;
        }
    }
    if (overflow.shown.size() > 4)
        chart->legend()->setAlignment(Qt::AlignRight); // one line per scenario, none cut
}

void fillTornado(QChart *chart, const std::vector<TcoSensitivity> &sensitivity, const std::vector<TcoParameter> &parameters,
                 double baseUsd, double pct, int maxRows)
{
    reset(chart);
    std::vector<const TcoSensitivity *> rows;
    int swinging = 0;
    for (const TcoSensitivity &s : sensitivity) {
        swinging += s.swing() > 0;
        if (s.swing() > 0 && int(rows.size()) < maxRows)
            rows.push_back(&s); // already ranked by swing
    }
    chart->setTitle(swinging > int(rows.size())
                        ? Text::tr("Sensitivity: annual total with each input %1 % lower and higher (base %2); the %3 largest of %4 swings, largest on top")
                              .arg(QString::number(pct, 'g', 4), esc(usdText(baseUsd))).arg(rows.size()).arg(swinging)
                        : Text::tr("Sensitivity: annual total with each input %1 % lower and higher (base %2); largest swing on top")
                              .arg(QString::number(pct, 'g', 4), esc(usdText(baseUsd))));
    if (rows.empty()) {
        chart->setTitle(Text::tr("Sensitivity: no input changes the total (base %1)").arg(esc(usdText(baseUsd))));
        return;
    }
    double largest = 0, lo = 0, hi = 0;
    for (const TcoSensitivity *s : rows) {
        lo = std::min({lo, s->lowUsd - baseUsd, s->highUsd - baseUsd});
        hi = std::max({hi, s->lowUsd - baseUsd, s->highUsd - baseUsd});
    }
    largest = std::max(-lo, hi);
    const UsdScale scale = usdScale(largest);
    auto *series = new QHorizontalStackedBarSeries;
    auto *lowSet = new QBarSet(Text::tr("Input −%1 %").arg(QString::number(pct, 'g', 4)));
    auto *highSet = new QBarSet(Text::tr("Input +%1 %").arg(QString::number(pct, 'g', 4)));
    auto *lowRest = new QBarSet(QString());
    lowSet->setColor(seriesColour(0));
    lowRest->setColor(seriesColour(0));
    highSet->setColor(seriesColour(5));
    QStringList categories, tips;
    auto describe = [&](const QString &name) -> const TcoParameter * {
        for (const TcoParameter &p : parameters) {
            if (p.name == name)
                return &p;
        }
        return nullptr;
    };
    auto number = [](double v) { return money(v); };
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        const TcoSensitivity &s = **it;
        const TcoParameter *p = describe(s.parameter);
        const QString description = p && !p->description.isEmpty() ? p->description : s.parameter;
        const QString unit = p ? p->unit : QString();
        categories << uniqueLabel(categories,
                                  QStringLiteral("%1<br>%2 → %3 %4").arg(esc(description), number(s.lowValue), number(s.highValue), esc(unit)),
                                  s.parameter);
        const double dl = (s.lowUsd - baseUsd) / scale.divisor;
        const double dh = (s.highUsd - baseUsd) / scale.divisor;
        // Stacked bars add up: when both moves push the total the same way the
        // nearer one is drawn first and the farther one only beyond it.
        if ((dl >= 0) != (dh >= 0) || dl == 0 || dh == 0) {
            lowSet->append(dl);
            highSet->append(dh);
            lowRest->append(0);
        } else if (std::abs(dl) <= std::abs(dh)) {
            lowSet->append(dl);
            highSet->append(dh - dl);
            lowRest->append(0);
        } else {
            lowSet->append(0);
            highSet->append(dh);
            lowRest->append(dl - dh);
        }
        auto signedUsd = [](double d) { return (d >= 0 ? QStringLiteral("+") : QString()) + Tco::usd(d); };
        tips << Text::tr("<b>%1</b> (%2)<br>now %3 %4: total %5<br>−%6 %: %7 %4 → %8 (%9)<br>+%6 %: %10 %4 → %11 (%12)<br>swing %13")
                    .arg(esc(description), esc(s.parameter), number(s.value), esc(unit), esc(usdText(baseUsd)), QString::number(pct, 'g', 4),
                         number(s.lowValue), esc(usdText(s.lowUsd)), esc(signedUsd(s.lowUsd - baseUsd)))
                    .arg(number(s.highValue), esc(usdText(s.highUsd)), esc(signedUsd(s.highUsd - baseUsd)), esc(usdText(s.swing())));
    }
    for (QBarSet *set : {lowSet, highSet, lowRest}) {
        setTips(set, tips);
        showTipsOnHover(set);
        series->append(set);
    }
    chart->addSeries(series);
    chart->legend()->markers(series).at(2)->setVisible(false);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    fullLabels(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    const double pad = (hi - lo) / scale.divisor * 0.06;
    QValueAxis *axisX = usdAxis(lo / scale.divisor - pad, hi / scale.divisor + pad,
                                Text::tr("Change of the annual total, %1 (0 = %2)").arg(scale.unit, esc(usdText(baseUsd))), true);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

void fillColdStart(QChart *chart, const TcoResult &result, double coldStartPct)
{
    reset(chart);
    chart->setTitle(Text::tr("Cold start per language: mean ± σ and first byte (%1 % of invocations start cold)").arg(QString::number(coldStartPct, 'g', 4)));
    const int n = int(result.languages.size());
    if (n == 0) {
        chart->setTitle(Text::tr("No languages in this scenario"));
        return;
    }
    auto *axisX = new QCategoryAxis;
    axisX->setStartValue(-0.5);
    QStringList labels;
    double largest = 0;
    for (int i = 0; i < n; ++i) {
        const TcoLanguageResult &l = result.languages[size_t(i)];
        QString label = wrapped(esc(l.name), chart->font(), bandWidth(chart, n));
        if (!l.coldStartMs)
            label += Text::tr("<br>(no cold-start figure)");
        label = uniqueLabel(labels, label, l.language);
        labels << label;
        axisX->append(label, i + 0.5);
        if (l.coldStartMs)
            largest = std::max(largest, *l.coldStartMs + l.coldStartSigmaMs.value_or(0.0));
        if (l.firstByteMs)
            largest = std::max(largest, *l.firstByteMs);
    }
    axisX->setRange(-0.5, n - 0.5);
    fullLabels(axisX);
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, largest > 0 ? largest * 1.15 : 100);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(Text::tr("ms"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto *means = new QScatterSeries;
    means->setName(Text::tr("Cold start (mean)"));
    means->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    means->setMarkerSize(12);
    means->setColor(QColor(0x44, 0x77, 0xaa));
    means->setBorderColor(QColor(0x22, 0x44, 0x66));
    auto *firstByte = new QScatterSeries;
    firstByte->setName(Text::tr("First byte"));
    firstByte->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    firstByte->setMarkerSize(10);
    firstByte->setColor(QColor(0xee, 0x66, 0x77));
    firstByte->setBorderColor(QColor(0x99, 0x33, 0x44));
    QStringList meanTips, byteTips;
    std::vector<QLineSeries *> bars;
    for (int i = 0; i < n; ++i) {
        const TcoLanguageResult &l = result.languages[size_t(i)];
        QStringList parts;
        if (l.coldStartMs) {
            parts << (l.coldStartSigmaMs ? Text::tr("cold start %1 ms ± %2 ms (σ)").arg(money(*l.coldStartMs), money(*l.coldStartSigmaMs))
                                         : Text::tr("cold start %1 ms (no σ)").arg(money(*l.coldStartMs)));
        } else {
            parts << Text::tr("no cold-start figure in the language profile");
        }
        if (l.firstByteMs)
            parts << Text::tr("first byte %1 ms").arg(money(*l.firstByteMs));
        if (l.meanAddedLatencyMs)
            parts << Text::tr("%1 % cold × %2 ms = %3 ms added per invocation on average")
                         .arg(QString::number(coldStartPct, 'g', 4), money(*l.coldStartMs), money(*l.meanAddedLatencyMs));
        parts << Text::tr("%1 cold starts per month").arg(money(l.coldStartsPerMonth));
        const QString tip = QStringLiteral("<b>%1</b><br>%2").arg(esc(l.name), parts.join(QStringLiteral("<br>")));
        if (l.coldStartMs) {
            means->append(i, *l.coldStartMs);
            meanTips << tip;
            if (l.coldStartSigmaMs && *l.coldStartSigmaMs > 0) {
                // The error bar as one polyline: lower cap, stem, upper cap.
                const double lo = std::max(0.0, *l.coldStartMs - *l.coldStartSigmaMs);
                const double hi = *l.coldStartMs + *l.coldStartSigmaMs;
                const double w = 0.12;
                auto *bar = new QLineSeries;
                bar->setName(Text::tr("± σ"));
                QPen pen(QColor(0x33, 0x33, 0x33));
                pen.setWidthF(1.6);
                bar->setPen(pen);
                for (const QPointF &p : {QPointF(i - w, lo), QPointF(i + w, lo), QPointF(i, lo), QPointF(i, hi), QPointF(i - w, hi), QPointF(i + w, hi)})
                    bar->append(p);
                setTips(bar, QStringList(6, tip));
                showTipsOnHover(bar);
                bars.push_back(bar);
            }
        }
        if (l.firstByteMs) {
            firstByte->append(i, *l.firstByteMs);
            byteTips << tip;
        }
    }
    setTips(means, meanTips);
    setTips(firstByte, byteTips);
    showTipsOnHover(means);
    showTipsOnHover(firstByte);
    bool firstBar = true;
    for (QLineSeries *bar : bars) {
        chart->addSeries(bar);
        bar->attachAxis(axisX);
        bar->attachAxis(axisY);
        if (!firstBar)
            hideLegendOf(chart, bar); // one "± σ" entry is enough
        firstBar = false;
    }
    for (QScatterSeries *s : {means, firstByte}) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
}

} // namespace ArchBoard::TcoCharts
