#include "tcopage.h"

#include "analysis.h"
#include "diagramview.h"
#include "document.h"
#include "latestrun.h"
#include "figurejson.h"
#include "safefile.h"
#include "scenariocomparison.h"
#include "tcocharts.h"
#include "tcocsv.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ArchBoard {

namespace {

using TcoCharts::money;

} // namespace

// --- figures -------------------------------------------------------------------------

void TcoPage::refresh()
{
    m_stale = false;
    m_refreshTimer.stop();
    if (!m_analysis)
        return;
    rebuildScenarios();
    rebuildDrivers();
    QStringList problems;
    m_whatIf.setScenario(scenario());
    m_input = m_whatIf.input(m_analysis->document()->workspace(), &problems);
    m_result = m_input ? Tco::compute(*m_input) : TcoResult();
    m_result.notes = problems + m_result.notes;
    const InputKey key{m_analysis->document()->revision(), scenario(), m_whatIf.values()};
    if (!(key == m_inputKey)) {
        m_inputKey = key;
        ++m_inputSerial;
    }
    m_exportButton->setEnabled(m_input.has_value());
    refreshDrivers();
    refreshWhatIfBanner();
    refreshSummary();
    refreshTable();
    refreshCurrentTab();
    scheduleUncertainty();
}

void TcoPage::refreshSummary()
{
    if (!m_input) {
        m_summary->setText(tr("Add a TCO scenario on the TCO scenarios page to see its costs."));
        m_figures->clear();
        return;
    }
    const Workspace &ws = m_analysis->document()->workspace();
    const TcoResult &r = m_result;
    const double horizonTotal = r.cumulativeUsd.empty() ? r.totalAnnualUsd : r.cumulativeUsd.back();
    QString versus;
    const TcoBaselineDelta delta = Tco::baselineDelta(ws, scenario(), r.totalAnnualUsd);
    if (delta.isBaseline) {
        versus = tr("the baseline");
    } else if (delta.deltaUsd) {
        const double d = *delta.deltaUsd;
        versus = tr("%1%2 vs the baseline").arg(d >= 0 ? QStringLiteral("+") : QString(), Tco::usd(d));
        if (delta.deltaPct)
            versus += QStringLiteral(" (%1%2 %)").arg(d >= 0 ? QStringLiteral("+") : QString(), QString::number(*delta.deltaPct, 'f', 1));
    }
    QString summary = tr("<b>%1 per year</b> · %2 over %n year(s) · %3%4", nullptr, r.horizonYears)
                          .arg(Tco::usd(r.totalAnnualUsd), Tco::usd(horizonTotal), versus.toHtmlEscaped(),
                               m_whatIf.isEmpty() ? QString() : tr(" · <span style='color:#b35c00'>with what-if values, not saved</span>"));
    if (!r.refused.isEmpty())
        summary += QStringLiteral("<br><span style='color:#b3261e'>%1</span>").arg(tr("Not deployable: %1").arg(r.refused).toHtmlEscaped());
    m_summary->setText(summary);

    QStringList rows;
    auto row = [&](const QString &name, const QString &value) {
        rows << QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(name, value);
    };
    row(tr("Provider"), r.provider.isEmpty() ? tr("none") : m_analysis->document()->referenceName(TableId::Providers, r.provider).toHtmlEscaped());
    row(tr("Compute per month"), Tco::usd(r.monthlyComputeUsd));
    row(tr("Requests per month"), Tco::usd(r.monthlyRequestsUsd));
    row(tr("One-offs"), Tco::usd(r.oneOffUsd));
    row(tr("CI pipelines"), QString::number(r.pipelines));
    if (r.artifactSpread)
        row(tr("Artifact spread"), QStringLiteral("%1×").arg(QString::number(*r.artifactSpread, 'f', 1)));
    if (r.billedMemoryMb && r.refused.isEmpty())
        row(tr("Billed memory"), tr("%1 MB").arg(QString::number(*r.billedMemoryMb, 'g', 6)));
    for (const QString &limit : r.limits)
        rows << QStringLiteral("<tr><td colspan='2' style='color:#b35c00'>%1</td></tr>").arg(limit.toHtmlEscaped());
    m_figures->setText(QStringLiteral("<table width='100%'>") + rows.join(QString()) + QStringLiteral("</table>"));
    m_figures->setToolTip(tr("Compute: %1\nRequests: %2").arg(r.monthlyCompute.formula.isEmpty() ? QStringLiteral("—") : r.monthlyCompute.formula,
                                                            r.monthlyRequests.formula.isEmpty() ? QStringLiteral("—") : r.monthlyRequests.formula));
}

void TcoPage::refreshTable()
{
    const QStringList names = Tco::lineNames();
    QStringList headers{tr("Language"), tr("Functions")};
    for (const QString &n : names)
        headers << (n.size() > 10 && n.contains(u' ') ? QString(n).replace(n.indexOf(u' '), 1, u'\n') : n);
    headers << tr("Total");
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 2; c < m_table->columnCount(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tr("USD per year"));
    if (!m_input) {
        m_table->setRowCount(0);
        m_notes->clear();
        return;
    }
    const TcoResult &r = m_result;
    const int rows = int(r.languages.size() + r.shared.size()) + 1;
    m_table->setRowCount(rows);
    const int totalColumn = int(headers.size()) - 1;
    std::vector<double> sums(size_t(headers.size()), 0.0);
    auto cell = [&](int row, int column, const QString &text, const QString &tip = QString(), bool number = true) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!tip.isEmpty())
            item->setToolTip(tip);
        m_table->setItem(row, column, item);
        return item;
    };
    int row = 0;
    for (const TcoLanguageResult &l : r.languages) {
        cell(row, 0, l.name, l.notes.join(u'\n'), false)->setData(Qt::UserRole, l.language);
        cell(row, 1, money(l.functions));
        sums[1] += l.functions;
        const std::vector<TcoLineValue> lines = Tco::lines(l);
        QStringList parts;
        for (size_t k = 0; k < lines.size(); ++k) {
            cell(row, int(k) + 2, money(lines[k].usd), lines[k].formula);
            sums[k + 2] += lines[k].usd;
            if (lines[k].usd != 0)
                parts << QStringLiteral("%1 %2").arg(lines[k].name, money(lines[k].usd));
        }
        cell(row, totalColumn, money(l.totalAnnualUsd), parts.join(QStringLiteral(" + ")))->setFont([&] {
            QFont f = m_table->font();
            f.setBold(true);
            return f;
        }());
        sums[size_t(totalColumn)] += l.totalAnnualUsd;
        ++row;
    }
    const int customColumn = int(names.size()) + 1;
    for (const auto &[name, figure] : r.shared) {
        cell(row, 0, tr("%1 (shared)").arg(name), {}, false);
        cell(row, customColumn, money(figure.usd), figure.formula);
        cell(row, totalColumn, money(figure.usd), figure.formula);
        sums[size_t(customColumn)] += figure.usd;
        sums[size_t(totalColumn)] += figure.usd;
        ++row;
    }
    QFont bold = m_table->font();
    bold.setBold(true);
    cell(row, 0, tr("Total"), {}, false)->setFont(bold);
    cell(row, 1, money(sums[1]))->setFont(bold);
    for (int c = 2; c < totalColumn; ++c)
        cell(row, c, money(sums[size_t(c)]), tr("sum of the column"))->setFont(bold);
    // The engine's total, not the column sum: the two agree, and this is the figure the CLI prints.
    cell(row, totalColumn, money(r.totalAnnualUsd), tr("%1 per year; one-offs %2 are spread over %n year(s)", nullptr, r.horizonYears)
                                                        .arg(Tco::usd(r.totalAnnualUsd), Tco::usd(r.oneOffUsd)))->setFont(bold);
    for (int c = 0; c < m_table->columnCount(); ++c) {
        if (QTableWidgetItem *item = m_table->item(row, c))
            item->setBackground(palette().alternateBase());
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int r = 0; r < std::min(m_table->rowCount(), 10); ++r)
        height += m_table->rowHeight(r);
    int width = 2 * m_table->frameWidth();
    for (int c = 0; c < m_table->columnCount(); ++c)
        width += m_table->columnWidth(c);
    if (width > m_table->width())
        height += m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);

    QStringList notes;
    for (const QString &n : r.notes)
        notes << n.toHtmlEscaped();
    m_notes->setText(notes.isEmpty() ? QString() : tr("<b>Notes:</b> %1").arg(notes.join(QStringLiteral("; "))));
    m_notes->setVisible(!notes.isEmpty());
}

void TcoPage::refreshCurrentTab()
{
    if (!m_analysis)
        return;
    // Only the tab on screen is drawn; the others when they are chosen.
    QWidget *current = m_tabs->currentWidget();
    const Workspace &ws = m_analysis->document()->workspace();
    if (!m_input) {
        for (QChartView *v : {m_lines, m_comparison, m_cumulative, m_tornado, m_coldStart}) {
            v->chart()->removeAllSeries();
            for (QAbstractAxis *axis : v->chart()->axes()) {
                v->chart()->removeAxis(axis);
                delete axis;
            }
            v->chart()->setTitle(tr("Add a TCO scenario to see its costs."));
        }
        return;
    }
    if (current == m_lines->parentWidget()) {
        TcoCharts::fillLines(m_lines->chart(), m_result);
    } else if (current == m_comparison || current == m_cumulative) {
        std::vector<TcoCharts::ScenarioFigure> figures;
        int baseline = -1;
        const QString base = baselineId();
        for (const TcoScenario &s : ws.scenarios) {
            TcoCharts::ScenarioFigure f;
            f.id = s.id;
            f.name = s.name;
            f.baseline = s.id == base;
            if (s.id == scenario()) {
                f.result = m_result;
                f.whatIf = !m_whatIf.isEmpty();
            } else {
                f.result = Tco::compute(*Tco::input(ws, s.id));
            }
            if (f.baseline)
                baseline = int(figures.size());
            figures.push_back(std::move(f));
        }
        if (current == m_comparison)
            TcoCharts::fillComparison(m_comparison->chart(), figures, baseline);
        else
            TcoCharts::fillCumulative(m_cumulative->chart(), figures);
    } else if (current == m_pairwise) {
        m_pairwise->refresh(ws, scenario(), m_result, !m_whatIf.isEmpty());
    } else if (current == m_tornado) {
        const double pct = m_input->scenario.sensitivityPct;
        TcoCharts::fillTornado(m_tornado->chart(), Tco::sensitivity(*m_input, pct), parameterList(), m_result.totalAnnualUsd, pct);
    } else if (current == m_coldStart) {
        TcoCharts::fillColdStart(m_coldStart->chart(), m_result, m_input->scenario.coldStartPct);
    } else if (current == m_pipelinePage) {
        // A drag would start a layout per tick: draw when the sliders rest.
        if (m_dragging.isEmpty() && !m_refreshTimer.isActive())
            refreshPipeline();
        else
            m_pipelineTimer.start();
    }
}

void TcoPage::refreshPipeline()
{
    if (!m_input || m_tabs->currentWidget() != m_pipelinePage)
        return;
    m_pipeline->setDiagram(Tco::pipelineDiagram(*m_input, m_result, m_analysis->document()->workspace()));
}

} // namespace ArchBoard
