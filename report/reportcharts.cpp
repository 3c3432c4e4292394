#include "reportcharts.h"

#include "chartstyle.h"
#include "document.h"
#include "fragmentationstyle.h"
#include "tablemodel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ArchBoard::ReportCharts {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

constexpr double kMargin = 8;
const QColor kInk(0x20, 0x21, 0x24);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kGrid(0xdd, 0xdd, 0xdd);

QFont chartFont(int pixels, bool bold = false)
{
    QFont f;
    // As the report's text: Latin in DejaVu/Noto Sans, Chinese in Noto Sans CJK SC.
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

/// Draws a category label in full in \a rect: wrapped at spaces, and in a smaller
/// font (down to 8 px) when the wrapped lines are taller than the rect.
void drawLabel(QPainter &p, const QRectF &rect, int align, const QString &text, const QFont &font)
{
    const int flags = align | Qt::TextWordWrap;
    QFont f = font;
    while (f.pixelSize() > 8 && QFontMetricsF(f).boundingRect(rect, flags, text).height() > rect.height())
        f.setPixelSize(f.pixelSize() - 1);
    p.setFont(f);
    p.drawText(rect, flags | Qt::TextDontClip, text);
}

/// The axis: the chart's own ticks, or nice numbers (1, 2, 2.5, 5 × 10^n) around its range.
std::vector<Tick> axisTicks(const BarChart &chart, double *lo, double *hi)
{
    *lo = chart.min;
    *hi = chart.max > chart.min ? chart.max : chart.min + 1;
    if (!chart.ticks.empty())
        return chart.ticks;
    const double raw = (*hi - *lo) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double multiple = 10;
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude >= raw * (1 - 1e-9)) {
            multiple = m;
            break;
        }
    }
    const double step = multiple * magnitude;
    *lo = std::floor(*lo / step + 1e-9) * step;
    *hi = std::ceil(*hi / step - 1e-9) * step;
    const int decimals = std::max(0, int(std::ceil(-std::log10(step) - 1e-9)) + (multiple == 2.5 ? 1 : 0));
    std::vector<Tick> ticks;
    for (int i = 0; *lo + i * step <= *hi + step * 1e-6; ++i) {
        const double v = std::abs(*lo + i * step) < step * 1e-9 ? 0.0 : *lo + i * step;
        QString label = QString::number(v, 'f', decimals);
        if (chart.signedLabels && v > 0)
            label.prepend(u'+');
        ticks.push_back({v, label});
    }
    return ticks;
}

/// The legend: the series with a name, a colour and a bar to show.
std::vector<const Series *> legendEntries(const BarChart &chart)
{
    std::vector<const Series *> out;
    for (const Series &s : chart.series) {
        const bool any = std::any_of(s.values.begin(), s.values.end(), [](double v) { return v != 0; });
        if (s.inLegend && any && s.colour.alpha() > 0 && !s.name.isEmpty())
            out.push_back(&s);
    }
    return out;
}

/// Lays the legend out in rows under the plot; returns its height (draws when \a painter is set).
double legend(const BarChart &chart, const QRectF &area, QPainter *painter)
{
    const QFont font = chartFont(11);
    const QFontMetricsF fm(font);
    const double row = fm.height() + 4;
    double x = area.left(), y = area.top();
    bool any = false;
    for (const Series *s : legendEntries(chart)) {
        const double width = 12 + 4 + fm.horizontalAdvance(s->name) + 14;
        if (any && x + width > area.right()) {
            x = area.left();
            y += row;
        }
        if (painter) {
            painter->setFont(font);
            painter->fillRect(QRectF(x, y + (row - 10) / 2, 10, 10), s->colour);
            painter->setPen(kInk);
            painter->drawText(QRectF(x + 16, y, width - 16, row), Qt::AlignLeft | Qt::AlignVCenter, s->name);
        }
        x += width;
        any = true;
    }
    return any ? y - area.top() + row : 0.0;
}

/// The bar segments of category \a index: positive values stack away from 0 to the right (up), negative ones the other way.
template <typename Draw>
void forEachSegment(const BarChart &chart, int index, Draw draw)
{
    double positive = 0, negative = 0;
    for (const Series &s : chart.series) {
        const double v = size_t(index) < s.values.size() ? s.values[size_t(index)] : 0.0;
        if (v == 0 || !std::isfinite(v))
            continue;
        if (v > 0) {
            draw(s, positive, positive + v);
            positive += v;
        } else {
            draw(s, negative + v, negative);
            negative += v;
        }
    }
}

void drawSegment(QPainter &painter, const QRectF &rect, const QColor &colour)
{
    if (colour.alpha() == 0)
        return; // a spacer
    painter.setPen(QPen(colour.darker(130), 0.6));
    painter.setBrush(colour);
    painter.drawRect(rect);
}

void paintHorizontal(QPainter &p, const BarChart &chart, const QRectF &area)
{
    double lo = 0, hi = 1;
    const std::vector<Tick> ticks = axisTicks(chart, &lo, &hi);
    const int n = int(chart.categories.size());
    const QFont labelFont = chartFont(n > 24 ? 9 : 11);
    const QFontMetricsF fm(labelFont);
    double labelWidth = 40;
    for (const QString &c : chart.categories) {
        for (const QString &line : c.split(u'\n'))
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(line) + 4);
    }
    labelWidth = std::min(labelWidth, area.width() * 0.42);
    const QFont tickFont = chartFont(10);
    const double tickHeight = QFontMetricsF(tickFont).height() + 2;
    const double titleHeight = chart.axisTitle.isEmpty() ? 0 : QFontMetricsF(chartFont(11)).height() + 2;
    const QRectF plot(area.left() + labelWidth + 6, area.top(), area.width() - labelWidth - 6 - 14, area.height() - tickHeight - titleHeight - 2);
    auto x = [&](double v) { return plot.left() + (std::clamp(v, lo, hi) - lo) / (hi - lo) * plot.width(); };

    p.setFont(tickFont);
    for (const Tick &t : ticks) {
        p.setPen(QPen(t.value == 0 && lo < 0 ? kMuted : kGrid, t.value == 0 && lo < 0 ? 1.0 : 0.6));
        p.drawLine(QPointF(x(t.value), plot.top()), QPointF(x(t.value), plot.bottom()));
        p.setPen(kMuted);
        p.drawText(QRectF(x(t.value) - 60, plot.bottom() + 2, 120, tickHeight), Qt::AlignHCenter | Qt::AlignTop, t.label);
    }
    if (!chart.axisTitle.isEmpty()) {
        p.setFont(chartFont(11));
        p.drawText(QRectF(plot.left(), plot.bottom() + tickHeight, plot.width(), titleHeight), Qt::AlignCenter, chart.axisTitle);
    }
    if (n == 0)
        return;
    const double band = plot.height() / n;
    const double thickness = std::min(band * chart.barShare, 28.0);
    p.setFont(labelFont);
    for (int i = 0; i < n; ++i) {
        const double top = plot.top() + i * band;
        p.setPen(kInk);
        drawLabel(p, QRectF(area.left(), top, labelWidth, band), Qt::AlignRight | Qt::AlignVCenter, chart.categories.at(i), labelFont);
        const double barTop = top + (band - thickness) / 2;
        forEachSegment(chart, i, [&](const Series &s, double from, double to) {
            drawSegment(p, QRectF(QPointF(x(from), barTop), QPointF(x(to), barTop + thickness)), s.colour);
        });
    }
    p.setPen(QPen(kMuted, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

void paintVertical(QPainter &p, const BarChart &chart, const QRectF &area)
{
    double lo = 0, hi = 1;
    const std::vector<Tick> ticks = axisTicks(chart, &lo, &hi);
    const int n = int(chart.categories.size());
    const QFont tickFont = chartFont(10);
    const QFontMetricsF tm(tickFont);
    double tickWidth = 0;
    for (const Tick &t : ticks)
        tickWidth = std::max(tickWidth, tm.horizontalAdvance(t.label));
    const QFont labelFont = chartFont(10);
    const QFontMetricsF fm(labelFont);
    qsizetype lines = 1;
    for (const QString &c : chart.categories)
        lines = std::max(lines, c.count(u'\n') + 1);
    const double labelHeight = double(lines) * fm.lineSpacing() + 4;
    const double titleWidth = chart.axisTitle.isEmpty() ? 0 : QFontMetricsF(chartFont(11)).height() + 4;
    const QRectF plot(area.left() + titleWidth + tickWidth + 6, area.top() + 6, area.width() - titleWidth - tickWidth - 6,
                      area.height() - labelHeight - 6);
    auto y = [&](double v) { return plot.bottom() - (std::clamp(v, lo, hi) - lo) / (hi - lo) * plot.height(); };

    p.setFont(tickFont);
    for (const Tick &t : ticks) {
        p.setPen(QPen(kGrid, 0.6));
        p.drawLine(QPointF(plot.left(), y(t.value)), QPointF(plot.right(), y(t.value)));
        p.setPen(kMuted);
        p.drawText(QRectF(plot.left() - tickWidth - 4, y(t.value) - 10, tickWidth, 20), Qt::AlignRight | Qt::AlignVCenter, t.label);
    }
    if (!chart.axisTitle.isEmpty()) {
        p.save();
        p.setFont(chartFont(11));
        p.translate(area.left(), plot.center().y());
        p.rotate(-90);
        p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), titleWidth), Qt::AlignCenter, chart.axisTitle);
        p.restore();
    }
    if (n == 0)
        return;
    const double band = plot.width() / n;
    const double thickness = std::min(band * chart.barShare, 90.0);
    p.setFont(labelFont);
    for (int i = 0; i < n; ++i) {
        const double left = plot.left() + i * band;
        p.setPen(kInk);
        drawLabel(p, QRectF(left, plot.bottom() + 4, band, labelHeight), Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(i), labelFont);
        const double barLeft = left + (band - thickness) / 2;
        forEachSegment(chart, i, [&](const Series &s, double from, double to) {
            drawSegment(p, QRectF(QPointF(barLeft, y(to)), QPointF(barLeft + thickness, y(from))), s.colour);
        });
    }
    p.setPen(QPen(kMuted, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

} // namespace

QImage paint(const BarChart &chart, int width, int height)
{
    QImage image(QSize(std::max(width, 1), std::max(height, 1)) * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF area(kMargin, kMargin, width - 2 * kMargin, height - 2 * kMargin);

    const QFont titleFont = chartFont(13, true);
    p.setFont(titleFont);
    p.setPen(kInk);
    const QRectF titleRect = p.boundingRect(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.title);
    p.drawText(QRectF(area.left(), area.top(), area.width(), titleRect.height()), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.title);
    if (chart.categories.isEmpty())
        return image; // the title says why there is nothing to draw

    const double legendHeight = legend(chart, area, nullptr);
    legend(chart, QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight), &p);
    const QRectF plotArea(area.left(), area.top() + titleRect.height() + 8, area.width(),
                          area.height() - titleRect.height() - 8 - legendHeight - (legendHeight > 0 ? 6 : 0));
    if (chart.horizontal)
        paintHorizontal(p, chart, plotArea);
    else
        paintVertical(p, chart, plotArea);
    return image;
}

BarChart ranking(const Document &doc, const TierResult &tier, const TierWinProbability *win)
{
    BarChart c;
    c.title = Text::tr("Weighted score by criterion (0–100)");
    c.max = 100;
    for (const CandidateScore &s : tier.ranking) {
        QString label = doc.referenceName(TableId::Candidates, s.candidate);
        if (s.knockedOut)
            label += Text::tr(" ✕ knocked out");
        else if (s.candidate == tier.winner)
            label += QStringLiteral(" ★");
        if (win)
            label += Text::tr(" · wins %1").arg(Selection::percentText(win->probabilityOf(s.candidate)));
        c.categories << label;
    }
    // As on the page: the twelve heaviest criteria get their own segment, the rest share one.
    const ChartStyle::Overflow overflow = ChartStyle::topN(tier.shares);
    int index = 0;
    for (int k : overflow.shown) {
        Series s{doc.referenceName(TableId::Criteria, tier.criteria.at(k)), ChartStyle::seriesColour(index++), {}};
        for (const CandidateScore &score : tier.ranking)
            s.values.push_back(score.contributions[size_t(k)].value_or(0.0) * 100.0);
        c.series.push_back(std::move(s));
    }
    if (overflow.any()) {
        const QString other = ChartStyle::otherLabel(int(overflow.grouped.size()));
        Series rest{other, ChartStyle::otherColour(), {}};
        for (const CandidateScore &score : tier.ranking) {
            double sum = 0;
            for (int k : overflow.grouped)
                sum += score.contributions[size_t(k)].value_or(0.0) * 100.0;
            rest.values.push_back(sum);
        }
        c.series.push_back(std::move(rest));
        c.title = Text::tr("Weighted score by criterion (0–100): the %1 heaviest of %2 criteria, the other %3 grouped as “%4”")
                      .arg(overflow.shown.size())
                      .arg(tier.criteria.size())
                      .arg(overflow.grouped.size())
                      .arg(other);
    }
    return c;
}

BarChart sensitivity(const Document &doc, const TierResult &tier, double fragilePp)
{
    BarChart c;
    c.title = Text::tr("Weight share now → share at which the winner changes (%)");
    c.max = 100;
    Series offset{QString(), Qt::transparent, {}, false};
    Series safe{Text::tr("Room before the winner changes"), QColor(0x00, 0x9e, 0x73), {}};
    Series fragile{Text::tr("Fragile: under %1 pp").arg(fragilePp), QColor(0xd5, 0x5e, 0x00), {}};
    // As on the page: the sixteen criteria nearest to changing the winner, the rest in one row.
    std::vector<double> nearness;
    for (const SensitivityItem &s : tier.sensitivity)
        nearness.push_back(s.distancePp ? -*s.distancePp : -std::numeric_limits<double>::infinity());
    const ChartStyle::Overflow overflow = ChartStyle::topN(nearness, ChartStyle::kMaxRows);
    for (int k : overflow.shown) {
        const SensitivityItem &s = tier.sensitivity[size_t(k)];
        QString label = doc.referenceName(TableId::Criteria, s.criterion);
        if (s.flipAtPct) {
            const double width = std::abs(*s.flipAtPct - s.weightPct);
            const bool isFragile = *s.distancePp < fragilePp;
            offset.values.push_back(std::min(s.weightPct, *s.flipAtPct));
            safe.values.push_back(isFragile ? 0.0 : width);
            fragile.values.push_back(isFragile ? width : 0.0);
            label += Text::tr(": %1 % → %2 at %3 %")
                         .arg(TableModel::formatNumber(s.weightPct, 1), doc.referenceName(TableId::Candidates, s.flipsTo),
                              TableModel::formatNumber(*s.flipAtPct, 1));
        } else {
            offset.values.push_back(0);
            safe.values.push_back(0);
            fragile.values.push_back(0);
            label += Text::tr(": %1 % — no share flips the winner").arg(TableModel::formatNumber(s.weightPct, 1));
        }
        c.categories << label;
    }
    if (overflow.any()) {
        const QString other = ChartStyle::otherLabel(int(overflow.grouped.size()));
        c.categories << other + Text::tr(": further from changing the winner");
        for (Series *s : {&offset, &safe, &fragile})
            s->values.push_back(0);
        c.title = Text::tr("Weight share now → share at which the winner changes (%): the %1 criteria nearest to a change of %2, the other %3 grouped as “%4”")
                      .arg(overflow.shown.size())
                      .arg(tier.sensitivity.size())
                      .arg(overflow.grouped.size())
                      .arg(other);
    }
    c.series = {offset, safe, fragile};
    return c;
}

BarChart tcoComparison(const std::vector<ScenarioTotal> &scenarios, int baseline)
{
    BarChart c;
    if (scenarios.empty()) {
        c.title = Text::tr("No scenarios to compare");
        return c;
    }
    const ScenarioTotal *base = baseline >= 0 && baseline < int(scenarios.size()) ? &scenarios[size_t(baseline)] : nullptr;
    c.title = base ? Text::tr("Total annual cost per scenario, compared with the baseline “%1”").arg(base->name)
                   : Text::tr("Total annual cost per scenario (no baseline)");
    double largest = 0;
    for (const ScenarioTotal &s : scenarios)
        largest = std::max(largest, s.totalUsd);
    const Tco::UsdScale scale = Tco::usdScale(largest);
    Series baseSeries{Text::tr("Baseline"), QColor(0x55, 0x55, 0x55), {}};
    Series others{Text::tr("Scenario"), ChartStyle::seriesColour(0), {}};
    for (const ScenarioTotal &s : scenarios) {
        QString delta;
        if (base && &s != base) {
            const double d = s.totalUsd - base->totalUsd;
            const QString sign = d >= 0 ? QStringLiteral("+") : QString();
            const QString pct = base->totalUsd != 0 ? QStringLiteral(", %1%2 %").arg(sign, QString::number(d / base->totalUsd * 100.0, 'f', 1)) : QString();
            delta = QStringLiteral(" (%1%2%3)").arg(sign, Tco::usd(d), pct);
        } else if (&s == base) {
            delta = Text::tr(" (baseline)");
        }
        c.categories << QStringLiteral("%1\n%2%3").arg(s.name, Tco::usd(s.totalUsd), delta);
        baseSeries.values.push_back(&s == base ? s.totalUsd / scale.divisor : 0.0);
        others.values.push_back(&s != base ? s.totalUsd / scale.divisor : 0.0);
    }
    c.series = {baseSeries, others};
    c.max = largest / scale.divisor * 1.05;
    c.axisTitle = Text::tr("%1 per year").arg(scale.unit);
    return c;
}

BarChart tcoLines(const TcoResult &result)
{
    BarChart c;
    c.horizontal = false;
    c.title = Text::tr("Annual cost per language — %1: %2 per year").arg(result.scenarioName, Tco::usd(result.totalAnnualUsd));
    const bool shared = !result.shared.empty();
    if (result.languages.empty() && !shared) {
        c.title = Text::tr("%1 has no functions yet: add some on the TCO scenarios page or with the sliders.").arg(result.scenarioName);
        return c;
    }
    double largest = 0;
    std::vector<std::vector<TcoLineValue>> rows;
    for (const TcoLanguageResult &l : result.languages) {
        c.categories << Text::tr("%1\n%2 functions · %3 USD").arg(l.name, Tco::money(l.functions), Tco::money(l.totalAnnualUsd));
        largest = std::max(largest, l.totalAnnualUsd);
        rows.push_back(Tco::lines(l));
    }
    const TcoLineValue sharedCustom = Tco::sharedLine(result);
    if (shared) {
        c.categories << Text::tr("Shared lines\n%1 USD").arg(Tco::money(sharedCustom.usd));
        largest = std::max(largest, sharedCustom.usd);
    }
    const Tco::UsdScale scale = Tco::usdScale(largest);
    const QStringList names = Tco::lineNames();
    for (int k = 0; k < names.size(); ++k) {
        Series s{names.at(k), ChartStyle::seriesColour(k), {}};
        for (const std::vector<TcoLineValue> &row : rows)
            s.values.push_back(row[size_t(k)].usd / scale.divisor);
        if (shared)
            s.values.push_back(k == names.size() - 1 ? sharedCustom.usd / scale.divisor : 0.0); // shared lines are the custom line
        c.series.push_back(std::move(s));
    }
    c.max = largest / scale.divisor * 1.05;
    c.axisTitle = Text::tr("%1 per year").arg(scale.unit);
    c.barShare = 0.5;
    return c;
}

BarChart tornado(const std::vector<TcoSensitivity> &sensitivity, const std::vector<TcoParameter> &parameters, double baseUsd, double pct,
                 int maxRows)
{
    BarChart c;
    std::vector<const TcoSensitivity *> rows;
    int swinging = 0;
    for (const TcoSensitivity &s : sensitivity) {
        swinging += s.swing() > 0;
        if (s.swing() > 0 && int(rows.size()) < maxRows)
            rows.push_back(&s); // already ranked by swing
    }
    const QString pctText = QString::number(pct, 'g', 4);
    c.title = swinging > int(rows.size())
        ? Text::tr("Sensitivity: annual total with each input %1 % lower and higher (base %2); the %3 largest of %4 swings, largest on top")
              .arg(pctText, Tco::usd(baseUsd)).arg(rows.size()).arg(swinging)
        : Text::tr("Sensitivity: annual total with each input %1 % lower and higher (base %2); largest swing on top").arg(pctText, Tco::usd(baseUsd));
    if (rows.empty()) {
        c.title = Text::tr("Sensitivity: no input changes the total (base %1)").arg(Tco::usd(baseUsd));
        return c;
    }
    double lo = 0, hi = 0;
    for (const TcoSensitivity *s : rows) {
        lo = std::min({lo, s->lowUsd - baseUsd, s->highUsd - baseUsd});
        hi = std::max({hi, s->lowUsd - baseUsd, s->highUsd - baseUsd});
    }
    const Tco::UsdScale scale = Tco::usdScale(std::max(-lo, hi));
    Series low{Text::tr("Input −%1 %").arg(pctText), ChartStyle::seriesColour(0), {}};
    Series high{Text::tr("Input +%1 %").arg(pctText), ChartStyle::seriesColour(5), {}};
    Series lowRest{QString(), low.colour, {}, false};
    for (const TcoSensitivity *s : rows) {
        const auto p = std::find_if(parameters.begin(), parameters.end(), [&](const TcoParameter &param) { return param.name == s->parameter; });
        const QString description = p != parameters.end() && !p->description.isEmpty() ? p->description : s->parameter;
        const QString unit = p != parameters.end() ? p->unit : QString();
        c.categories << QStringLiteral("%1\n%2 → %3 %4").arg(description, Tco::money(s->lowValue), Tco::money(s->highValue), unit);
        const double dl = (s->lowUsd - baseUsd) / scale.divisor;
        const double dh = (s->highUsd - baseUsd) / scale.divisor;
        // Bars stack: when both moves push the total the same way the nearer
        // one is drawn first and the farther one only beyond it.
        if ((dl >= 0) != (dh >= 0) || dl == 0 || dh == 0) {
            low.values.push_back(dl);
            high.values.push_back(dh);
            lowRest.values.push_back(0);
        } else if (std::abs(dl) <= std::abs(dh)) {
            low.values.push_back(dl);
            high.values.push_back(dh - dl);
            lowRest.values.push_back(0);
        } else {
            low.values.push_back(0);
            high.values.push_back(dh);
            lowRest.values.push_back(dl - dh);
        }
    }
    c.series = {low, high, lowRest};
    const double pad = (hi - lo) / scale.divisor * 0.06;
    c.min = lo / scale.divisor - pad;
    c.max = hi / scale.divisor + pad;
    c.signedLabels = true;
    c.axisTitle = Text::tr("Change of the annual total, %1 (0 = %2)").arg(scale.unit, Tco::usd(baseUsd));
    return c;
}

BarChart drift(const FragmentationResult &result, int maxRows)
{
    BarChart c;
    int drifting = 0;
    const std::vector<const SharedDependency *> rows = FragmentationStyle::driftRows(result, maxRows, &drifting);
    if (rows.empty()) {
        c.title = result.dependencies.empty() ? Text::tr("No dependency is used by two or more services")
                                              : Text::tr("No drift: every shared dependency is on one version");
        return c;
    }
    c.title = drifting > int(rows.size())
        ? Text::tr("Version drift (oldest → newest in use): the %1 worst of %2 drifting shared dependencies").arg(rows.size()).arg(drifting)
        : Text::tr("Version drift (oldest → newest in use) of %1 shared dependencies").arg(rows.size());
    double longest = 0;
    for (const SharedDependency *dep : rows) {
        c.categories << QStringLiteral("%1 · %2").arg(dep->name, Enums::ecosystem.key(int(dep->ecosystem)));
        longest = std::max(longest, FragmentationStyle::barLength(dep->drift.magnitude));
    }
    for (DriftLevel level : {DriftLevel::Major, DriftLevel::Minor, DriftLevel::Patch}) {
        Series s{FragmentationStyle::driftLabel(level), FragmentationStyle::driftColour(level), {}};
        for (const SharedDependency *dep : rows)
            s.values.push_back(dep->drift.level == level ? FragmentationStyle::barLength(dep->drift.magnitude) : 0.0);
        c.series.push_back(std::move(s));
    }
    // A logarithmic scale with the units as labels: 1 patch, 1 minor, 1 major, 10 major.
    c.ticks = {{0, QStringLiteral("0")}, {1, Text::tr("1 patch")}, {2, Text::tr("1 minor")}, {3, Text::tr("1 major")}};
    double end = 3;
    for (int majors = 10; end < longest; majors *= 10) {
        end += 0.5;
        c.ticks.push_back({end, Text::tr("%1 major").arg(majors)});
    }
    c.max = end + 0.15;
    c.barShare = std::min(0.7, 0.18 * double(rows.size())); // one or two bars stay bars, not blocks
    return c;
}

} // namespace ArchBoard::ReportCharts
