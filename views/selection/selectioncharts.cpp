#include "selectioncharts.h"

#include "document.h"
#include "matrixmodel.h"
#include "tablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace ArchBoard::SelectionCharts {

namespace {

// Chart titles, axis labels and legends are rich text: names the board typed
// (candidates, criteria) are escaped so "<b>" stays "<b>".
QString userText(const QString &text)
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
}

QColor candidateColour(const Document &doc, const QString &id, int fallbackIndex)
{
    const int row = doc.rowOfId(TableId::Candidates, id);
    if (row >= 0) {
        const QColor c(doc.workspace().candidates[size_t(row)].color);
        if (c.isValid())
            return c;
    }
    static const QColor palette[] = {QColor(0x44, 0x77, 0xaa), QColor(0xee, 0x66, 0x77), QColor(0x22, 0x88, 0x33),
                                     QColor(0xcc, 0xbb, 0x44), QColor(0x66, 0xcc, 0xee), QColor(0xaa, 0x33, 0x77)};
    return palette[fallbackIndex % 6];
}

QString shortName(const Document &doc, TableId table, const QString &id)
{
    QString name = doc.referenceName(table, id);
    // "Cold start (启动冷启动时间)" → keep both languages but stay readable on an axis.
    if (name.size() > 34)
        name = name.left(32) + QStringLiteral("…");
    return name;
}

/// Candidates (or criteria) down the left, 0–100 along the bottom.
void attachAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories)
{
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

} // namespace

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
    for (const CandidateScore *s : rows) {
        QString label = userText(doc.referenceName(TableId::Candidates, s->candidate));
        if (s->knockedOut) {
            // The criteria it fails, by name (the values are in the summary above the chart).
            QStringList failed;
            for (const FailedThreshold &f : s->failed)
                failed << userText(shortName(doc, TableId::Criteria, f.criterion));
            label += QObject::tr(" ✕ knocked out: %1").arg(failed.join(QStringLiteral(", ")));
        }
        else if (s->candidate == tier.winner)
            label += QStringLiteral(" ★");
        if (win)
            label += QObject::tr(" · wins %1").arg(Selection::percentText(win->probabilityOf(s->candidate)));
        categories << label;
    }
    // The eight heaviest criteria get their own segment; the rest share one,
    // so a bar stays readable with forty criteria.
    std::vector<size_t> order(size_t(tier.criteria.size()));
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return tier.shares[a] > tier.shares[b]; });
    const size_t shown = std::min<size_t>(order.size(), order.size() > 9 ? 8 : order.size());
    std::sort(order.begin(), order.begin() + qsizetype(shown));
    for (size_t i = 0; i < shown; ++i) {
        const size_t k = order[i];
        auto *set = new QBarSet(userText(shortName(doc, TableId::Criteria, tier.criteria.at(qsizetype(k)))));
        for (const CandidateScore *s : rows)
            set->append(s->contributions[k].value_or(0.0) * 100.0);
        series->append(set);
    }
    if (shown < order.size()) {
        auto *rest = new QBarSet(QObject::tr("%n other criteria", nullptr, int(order.size() - shown)));
        rest->setColor(QColor(0xbb, 0xbb, 0xbb));
        for (const CandidateScore *s : rows) {
            double sum = 0;
            for (size_t i = shown; i < order.size(); ++i)
                sum += s->contributions[order[i]].value_or(0.0);
            rest->append(sum * 100.0);
        }
        series->append(rest);
    }
    chart->addSeries(series);
    attachAxes(chart, series, categories);
}

void fillProfiles(QChart *chart, const Document &doc, const SelectionMatrix &m, const TierResult &tier)
{
    reset(chart);
    auto *polar = qobject_cast<QPolarChart *>(chart);
    chart->setTitle(QObject::tr("Normalised profile (1 = best of the shortlist); missing figures are left out"));
    // At most twelve spokes (the heaviest criteria): more is unreadable.
    QStringList criteria = tier.criteria;
    if (criteria.size() > 12) {
        std::vector<qsizetype> order(size_t(criteria.size()));
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return tier.shares[size_t(a)] > tier.shares[size_t(b)]; });
        order.resize(12);
        std::sort(order.begin(), order.end());
        QStringList heaviest;
        for (qsizetype k : order)
            heaviest << criteria.at(k);
        criteria = heaviest;
        chart->setTitle(QObject::tr("Normalised profile over the 12 heaviest criteria; missing figures are left out"));
    }
    const qsizetype n = criteria.size();
    if (n < 3 || !polar) {
        chart->setTitle(QObject::tr("A profile needs at least three weighted criteria"));
        return;
    }
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype k = 0; k < n; ++k)
        angular->append(userText(shortName(doc, TableId::Criteria, criteria.at(k))), 360.0 * double(k) / double(n));
    auto *radial = new QValueAxis;
    radial->setRange(0, 1);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%.2f"));
    polar->addAxis(angular, QPolarChart::PolarOrientationAngular);
    polar->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (qsizetype i = 0; i < m.candidates.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(userText(doc.referenceName(TableId::Candidates, m.candidates.at(i))));
        QPen pen(candidateColour(doc, m.candidates.at(i), int(i)));
        pen.setWidthF(2.0);
        line->setPen(pen);
        std::optional<QPointF> first;
        for (qsizetype k = 0; k < n; ++k) {
            const int col = m.criterionIndex(criteria.at(k));
            const std::optional<double> v = col >= 0 ? m.cell(int(i), col).normalised : std::nullopt;
            if (!v)
                continue;
            const QPointF p(360.0 * double(k) / double(n), *v);
            line->append(p);
            if (!first)
                first = p;
        }
        if (first)
            line->append(QPointF(360.0, first->y())); // close the polygon
        polar->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
    }
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
    safe->setColor(QColor(0x7f, 0xb8, 0x7f));
    auto *fragile = new QBarSet(QObject::tr("Fragile: under %1 pp").arg(fragilePp));
    fragile->setColor(QColor(0xe0, 0x6c, 0x5f));
    QStringList categories;
    for (auto it = tier.sensitivity.rbegin(); it != tier.sensitivity.rend(); ++it) {
        const SensitivityItem &s = *it;
        QString label = userText(shortName(doc, TableId::Criteria, s.criterion));
        if (s.flipAtPct) {
            const double lo = std::min(s.weightPct, *s.flipAtPct);
            const double width = std::abs(*s.flipAtPct - s.weightPct);
            offset->append(lo);
            const bool isFragile = *s.distancePp < fragilePp;
            safe->append(isFragile ? 0.0 : width);
            fragile->append(isFragile ? width : 0.0);
            label += QObject::tr(": %1 % → %2 at %3 %")
                         .arg(TableModel::formatNumber(s.weightPct, 1), userText(doc.referenceName(TableId::Candidates, s.flipsTo)),
                              TableModel::formatNumber(*s.flipAtPct, 1));
        } else {
            offset->append(0);
            safe->append(0);
            fragile->append(0);
            label += QObject::tr(": %1 % — no share flips the winner").arg(TableModel::formatNumber(s.weightPct, 1));
        }
        categories << label;
    }
    series->append(offset);
    series->append(safe);
    series->append(fragile);
    chart->addSeries(series);
    chart->legend()->markers(series).first()->setVisible(false);
    attachAxes(chart, series, categories);
}

} // namespace ArchBoard::SelectionCharts
