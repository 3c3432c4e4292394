// FragmentationPage's panels: the metric cards, filters, mismatch table, drift
// chart, dependency graph and scan history/comparison, refreshed from a result.
// Moved out of fragmentationpage.cpp unchanged (issue 13).
#include "fragmentationpage.h"

#include "analysis.h"
#include "backgroundwork.h"
#include "diagramview.h"
#include "document.h"
#include "driftgraph.h"
#include "fragmentationcharts.h"
#include "mismatchmodel.h"
#include "scanhistory.h"
#include "scansession.h"
#include "workspace.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace ArchBoard {

MismatchFilter FragmentationPage::currentFilter() const
{
    MismatchFilter filter;
    filter.ecosystem = m_ecosystem->currentData().isValid() ? m_ecosystem->currentData().toInt() : -1;
    filter.service = m_service->text();
    filter.context = m_context->currentData().toString();
    filter.mismatchedOnly = m_mismatchedOnly->isChecked();
    return filter;
}

int FragmentationPage::chartRows() const
{
    // Title, axis and legend take about 100 pixels; a bar needs 22 to keep its label.
    return std::clamp((m_chart->height() - 100) / 22, 4, kChartRows);
}

void FragmentationPage::refreshChart()
{
    m_chartTimer.stop();
    if (!m_result)
        return;
    m_chartRows = chartRows();
    FragmentationCharts::fillDrift(m_chart->chart(), *m_result, m_chartRows);
}

void FragmentationPage::refreshCards(const FragmentationResult &result)
{
    const Workspace &ws = m_analysis->document()->workspace();
    for (FragmentationMetric m : ScanHistory::kMetricOrder) {
        Card &card = m_cards[size_t(m)];
        const MetricValue &v = result.metric(m);
        card.value->setText(ScanHistory::metricText(m, v.value));
        card.badge->setText(Fragmentation::levelLabel(v.level));
        card.detail->setText(v.value ? v.detail : tr("Nothing to measure: %1").arg(v.detail));
        const QColor colour = FragmentationCharts::levelColour(v.level);
        const QColor tint = FragmentationCharts::levelTint(v.level);
        card.frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-left: 6px solid %3; border-radius: 4px; }")
                                      .arg(card.frame->objectName(), tint.name(), colour.name()));
        card.badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; padding: 2px 8px; font-weight: bold; }")
                                      .arg(colour.name(), Diagrams::textColourOn(colour.name())));

        // The bands the level comes from, in the metric's terms.
        QStringList tip{QStringLiteral("<b>%1</b>").arg(Enums::fragmentationMetric.label(int(m)).toHtmlEscaped())};
        tip << tr("Now: %1 — %2").arg(ScanHistory::metricText(m, v.value).toHtmlEscaped(), Fragmentation::levelLabel(v.level));
        if (const FragmentationThreshold *t = ScanHistory::thresholdOf(ws, m)) {
            const bool lower = t->direction == Direction::LowerIsBetter;
            const QString at = lower ? QStringLiteral("≤") : QStringLiteral("≥");
            tip << (lower ? tr("Lower is better") : tr("Higher is better"));
            tip << tr("Healthy: %1 %2").arg(at, ScanHistory::limitText(m, t->healthy).toHtmlEscaped());
            tip << tr("Warning: %1 %2").arg(at, ScanHistory::limitText(m, t->warning).toHtmlEscaped());
            tip << tr("High: %1 %2").arg(at, ScanHistory::limitText(m, t->high).toHtmlEscaped());
            tip << (lower ? tr("Severe: above %1").arg(ScanHistory::limitText(m, t->high).toHtmlEscaped())
                          : tr("Severe: below %1").arg(ScanHistory::limitText(m, t->high).toHtmlEscaped()));
            if (t->reportedValue)
                tip << tr("Reported: %1").arg(ScanHistory::metricText(m, t->reportedValue).toHtmlEscaped());
            if (!t->source.isEmpty())
                tip << QStringLiteral("<i>%1</i>").arg(t->source.toHtmlEscaped());
            tip << tr("Click to edit the thresholds.");
        } else {
            tip << tr("No threshold for this metric: it is unrated. Click to add one on Thresholds and protocols.");
        }
        card.frame->setToolTip(tip.join(QStringLiteral("<br>")));
    }
}

void FragmentationPage::refreshFilters()
{
    const Workspace &ws = m_analysis->document()->workspace();
    const QVariant ecosystem = m_ecosystem->currentData();
    const QString context = m_context->currentData().toString();
    {
        QSignalBlocker block(m_ecosystem);
        m_ecosystem->clear();
        m_ecosystem->addItem(tr("All ecosystems"), -1);
        for (int e = 0; e < Enums::ecosystem.count(); ++e)
            m_ecosystem->addItem(Enums::ecosystem.label(e), e);
        m_ecosystem->setCurrentIndex(std::max(0, m_ecosystem->findData(ecosystem)));
    }
    {
        QSignalBlocker block(m_context);
        m_context->clear();
        m_context->addItem(tr("All bounded contexts"), QString());
        for (const BoundedContext &c : ws.contexts)
            m_context->addItem(c.name.isEmpty() ? c.id : c.name, c.id);
        m_context->setCurrentIndex(std::max(0, m_context->findData(context)));
    }
}

void FragmentationPage::applyFilter()
{
    m_filterTimer.stop();
    m_model->setFilter(currentFilter());
    showRowCount();
}

void FragmentationPage::showRowCount()
{
    const int shown = m_model->rowCount();
    const int all = m_model->totalRows();
    m_sideTabs->setTabText(0, shown == all ? tr("Shared dependencies (%1)").arg(all) : tr("Shared dependencies (%1 of %2)").arg(shown).arg(all));
}

void FragmentationPage::refreshGraph(const FragmentationResult &result)
{
    const Workspace &ws = m_analysis->document()->workspace();
    // The same graph as `archboard-cli export --diagrams` and the report draw.
    const DriftGraph graph = Fragmentation::driftGraphView(ws, result);
    const FragmentationResult &selection = graph.selection;
    Diagram d = graph.diagram;
    d.title = tr("Dependency drift");
    // Dependencies and uses answer hovering and clicks too: their tooltips say the versions.
    m_graphDependencies.clear();
    m_graphUses.clear();
    for (DiagramNode &n : d.nodes) {
        if (n.element.startsWith(QStringLiteral("service:")) && n.tooltip.isEmpty()) {
            n.tooltip = tr("%1 — click to select it on the Services page").arg(n.label);
        } else if (n.id.startsWith(QStringLiteral("dep:")) && m_graphDependencies.size() < selection.dependencies.size()) {
            // Drawn in the order of the selection.
            const SharedDependency &dep = selection.dependencies[m_graphDependencies.size()];
            n.element = QStringLiteral("dependency:%1").arg(m_graphDependencies.size());
            n.tooltip += tr(" — click to show it in the table");
            m_graphDependencies.emplace_back(dep.ecosystem, dep.name);
        }
    }
    for (DiagramEdge &e : d.edges) {
        e.element = QStringLiteral("use:%1").arg(m_graphUses.size());
        m_graphUses.push_back(e.from.mid(4)); // "svc:ID"
    }
    QString note = graph.note();
    if (graph.dependenciesTotal > 0)
        note += u' ' + tr("Click a service to select it on the Services page.");
    m_graphNote->setText(note);
    m_graph->setDiagram(d);
}

void FragmentationPage::refreshHistory()
{
    const Workspace &ws = m_analysis->document()->workspace();
    const std::vector<ScanRecord> &scans = ws.scans;
    m_history->setRowCount(int(scans.size()));
    // Newest first.
    for (int row = 0; row < int(scans.size()); ++row) {
        const size_t i = scans.size() - 1 - size_t(row);
        const ScanRecord &r = scans[i];
        const QDateTime when = QDateTime::fromString(r.takenAt, Qt::ISODate);
        auto set = [&](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            if (column >= 6 && column <= 8)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_history->setItem(row, column, item);
            return item;
        };
        set(0, when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : r.takenAt, r.takenAt);
        set(9, r.root, r.note.isEmpty() ? r.root : QStringLiteral("%1\n%2").arg(r.root, r.note));
        set(6, QString::number(r.manifests));
        set(7, QString::number(r.services));
        set(8, QString::number(r.errors));
        int column = 2;
        for (FragmentationMetric m : ScanHistory::kMetricOrder)
            set(column++, ScanHistory::metricText(m, ScanHistory::recordValue(r, m)));
        if (i == 0) {
            set(1, tr("first scan"));
        } else {
            int better = 0, worse = 0;
            const QString change = ScanHistory::change(ws, scans[i - 1], r, &better, &worse);
            QTableWidgetItem *item = set(1, change, tr("Since %1: %2").arg(ScanHistory::label(scans[i - 1]), change));
            if (worse > 0 || better > 0)
                item->setForeground(worse > 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
        }
    }
    m_history->resizeColumnsToContents();
    m_history->setColumnWidth(1, std::min(m_history->columnWidth(1), 420)); // the whole change is in the tooltip
    m_history->horizontalHeader()->setStretchLastSection(true);

    const QString from = m_compareFrom->currentData().toString();
    const QString to = m_compareTo->currentData().toString();
    {
        QSignalBlocker a(m_compareFrom), b(m_compareTo);
        m_compareFrom->clear();
        m_compareTo->clear();
        for (const ScanRecord &r : scans) {
            m_compareFrom->addItem(ScanHistory::label(r), r.id);
            m_compareTo->addItem(ScanHistory::label(r), r.id);
        }
        // The last two scans, unless two others were chosen.
        const int n = int(scans.size());
        const int fromAt = m_compareFrom->findData(from);
        const int toAt = m_compareTo->findData(to);
        const bool chosen = fromAt >= 0 && toAt >= 0 && fromAt != toAt;
        m_compareFrom->setCurrentIndex(chosen ? fromAt : std::max(0, n - 2));
        m_compareTo->setCurrentIndex(chosen ? toAt : n - 1);
    }
    m_sideTabs->setTabText(1, scans.empty() ? tr("Scan history") : tr("Scan history (%1)").arg(scans.size()));
    refreshComparison();
}

void FragmentationPage::refreshComparison()
{
    if (!m_analysis)
        return;
    const Workspace &ws = m_analysis->document()->workspace();
    const auto find = [&](const QString &id) -> const ScanRecord * {
        for (const ScanRecord &r : ws.scans) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    };
    const ScanRecord *a = find(m_compareFrom->currentData().toString());
    const ScanRecord *b = find(m_compareTo->currentData().toString());
    if (ws.scans.empty()) {
        m_comparison->setText(tr("No scans yet: Scan folder… stores one with its metrics, so later scans can be compared with it."));
    } else if (!a || !b || a == b) {
        m_comparison->setText(ws.scans.size() == 1 ? tr("One scan so far; the next one is compared with it.") : tr("Choose two different scans."));
    } else {
        int better = 0, worse = 0;
        const QString change = ScanHistory::change(ws, *a, *b, &better, &worse);
        m_comparison->setText(tr("%1 → %2: %3").arg(ScanHistory::label(*a), ScanHistory::label(*b), change));
    }
}

void FragmentationPage::onGraphClicked(const QString &element)
{
    if (!m_analysis)
        return;
    const qsizetype colon = element.indexOf(u':');
    const QStringView kind = QStringView(element).left(colon);
    const QString rest = element.mid(colon + 1);
    QString service;
    if (kind == u"service") {
        service = rest;
    } else if (kind == u"use") {
        const qsizetype k = rest.toLongLong();
        if (k >= 0 && k < qsizetype(m_graphUses.size()))
            service = m_graphUses[size_t(k)];
    } else if (kind == u"dependency") {
        const qsizetype k = rest.toLongLong();
        if (k < 0 || k >= qsizetype(m_graphDependencies.size()))
            return;
        m_graph->setHighlighted({element});
        const auto &[ecosystem, name] = m_graphDependencies[size_t(k)];
        // Shown in the table, even when the filters had hidden it.
        if (m_model->rowOf(ecosystem, name) < 0) {
            m_service->clear();
            setContextFilter(QString());
            setEcosystemFilter(-1);
            setMismatchedOnly(false);
            applyFilter();
        }
        const int row = m_model->rowOf(ecosystem, name);
        m_sideTabs->setCurrentIndex(0);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
        return;
    }
    const int row = service.isEmpty() ? -1 : m_analysis->document()->rowOfId(TableId::Services, service);
    if (row < 0) {
        m_graph->setHighlighted({});
        return;
    }
    m_graph->setHighlighted({element});
    emit openElement(TableId::Services, row);
}

} // namespace ArchBoard
