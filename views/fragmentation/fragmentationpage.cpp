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

FragmentationPage::FragmentationPage(Analysis *analysis, DiagramRenderer *renderer, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_chart(new QChartView(new QChart, this))
    , m_model(new MismatchModel(this))
    , m_table(new QTableView(this))
    , m_ecosystem(new QComboBox(this))
    , m_service(new QLineEdit(this))
    , m_context(new QComboBox(this))
    , m_mismatchedOnly(new QCheckBox(tr("Mismatched only"), this))
    , m_graph(new DiagramView(renderer, this))
    , m_graphNote(new QLabel(this))
    , m_sideTabs(new QTabWidget(this))
    , m_history(new QTableWidget(this))
    , m_compareFrom(new QComboBox(this))
    , m_compareTo(new QComboBox(this))
    , m_comparison(new QLabel(this))
    , m_errors(new QListWidget(this))
    , m_membership(new QListWidget(this))
    , m_scanButton(new QPushButton(tr("Scan folder…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_scanStatus(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_scan(new ScanSession(analysis->document(), this))
{
    setObjectName(QStringLiteral("fragmentationPage"));
    Document *doc = analysis->document();

    // Top: title, the scan controls and what the last scan did.
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Ecosystem fragmentation")), this));
    m_busy->setObjectName(QStringLiteral("analysisBusy"));
    m_busy->setText(tr("Updating the metrics…"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->hide();
    top->addWidget(m_busy);
    top->addSpacing(12);
    m_scanStatus->setObjectName(QStringLiteral("scanStatus"));
    m_scanStatus->setWordWrap(true);
    m_scanStatus->setTextFormat(Qt::PlainText);
    m_scanStatus->setText(tr("Scan a monorepo or a folder of checkouts: its manifests become services and dependencies, stored as one undo step."));
    m_scanStatus->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_scanStatus, 1);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setFixedWidth(220);
    m_progress->hide();
    top->addWidget(m_progress);
    m_cancelButton->setObjectName(QStringLiteral("cancelScanButton"));
    m_cancelButton->setToolTip(tr("Stop the scan; nothing is stored"));
    m_cancelButton->hide();
    top->addWidget(m_cancelButton);
    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_scanButton->setToolTip(tr("Read the manifests of a folder (package.json, go.mod, Cargo.toml, pom.xml, requirements.txt, …) into the workspace"));
    top->addWidget(m_scanButton);
    connect(m_scanButton, &QPushButton::clicked, this, &FragmentationPage::scanFolderDialog);
    connect(m_cancelButton, &QPushButton::clicked, this, &FragmentationPage::cancelScan);

    // The metric cards.
    auto *cards = new QHBoxLayout;
    for (FragmentationMetric m : ScanHistory::kMetricOrder) {
        Card &card = m_cards[size_t(m)];
        card.frame = new QFrame(this);
        card.frame->setObjectName(QStringLiteral("metricCard-") + Fragmentation::metricKey(m));
        card.frame->setCursor(Qt::PointingHandCursor);
        card.frame->installEventFilter(this);
        auto *grid = new QGridLayout(card.frame);
        grid->setContentsMargins(12, 8, 10, 8);
        grid->setVerticalSpacing(2);
        card.title = new QLabel(Enums::fragmentationMetric.label(int(m)), card.frame);
        QFont bold = card.title->font();
        bold.setBold(true);
        card.title->setFont(bold);
        card.value = new QLabel(QStringLiteral("…"), card.frame);
        card.value->setObjectName(QStringLiteral("metricValue"));
        QFont big = card.value->font();
        big.setPointSizeF(big.pointSizeF() * 1.7);
        big.setBold(true);
        card.value->setFont(big);
        card.badge = new QLabel(card.frame);
        card.badge->setObjectName(QStringLiteral("metricLevel"));
        card.badge->setAlignment(Qt::AlignCenter);
        card.detail = new QLabel(card.frame);
        card.detail->setWordWrap(true);
        card.detail->setTextFormat(Qt::PlainText);
        card.detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        QFont small = card.detail->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        card.detail->setFont(small);
        grid->addWidget(card.title, 0, 0, 1, 2);
        grid->addWidget(card.value, 1, 0);
        grid->addWidget(card.badge, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(card.detail, 2, 0, 1, 2);
        grid->setColumnStretch(0, 1);
        grid->setRowStretch(2, 1);
        cards->addWidget(card.frame, 1);
    }

    // The drift chart and graph.
    m_chart->setObjectName(QStringLiteral("driftChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_chart->installEventFilter(this);
    m_chartTimer.setSingleShot(true);
    m_chartTimer.setInterval(60);
    connect(&m_chartTimer, &QTimer::timeout, this, &FragmentationPage::refreshChart);
    auto *graphBox = new QWidget(this);
    auto *graphLayout = new QVBoxLayout(graphBox);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    m_graphNote->setObjectName(QStringLiteral("graphNote"));
    m_graphNote->setWordWrap(true);
    m_graphNote->setMinimumWidth(200); // wraps rather than widening its side of the splitter
    m_graphNote->setTextFormat(Qt::PlainText);
    graphLayout->addWidget(m_graphNote);
    graphLayout->addWidget(m_graph, 1);
    connect(m_graph, &DiagramView::elementClicked, this, &FragmentationPage::onGraphClicked);
    connect(m_graph, &DiagramView::elementActivated, this, &FragmentationPage::onGraphClicked);

    // The mismatch table with its filters.
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_ecosystem->setObjectName(QStringLiteral("ecosystemFilter"));
    m_ecosystem->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_service->setObjectName(QStringLiteral("serviceFilter"));
    m_service->setPlaceholderText(tr("Filter by service name or id"));
    m_service->setMinimumWidth(140);
    m_ecosystem->setToolTip(tr("Only dependencies of this ecosystem"));
    m_context->setToolTip(tr("Only dependencies used by services of this bounded context"));
    m_service->setClearButtonEnabled(true);
    m_context->setObjectName(QStringLiteral("contextFilter"));
    m_context->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_context->setMaximumWidth(220);
    m_mismatchedOnly->setObjectName(QStringLiteral("mismatchedOnly"));
    m_mismatchedOnly->setChecked(true);
    m_mismatchedOnly->setToolTip(tr("Only dependencies used in two or more versions"));
    // The combos' first items and the placeholder say what they filter: room for the table.
    filters->addWidget(m_ecosystem);
    filters->addWidget(m_context);
    filters->addWidget(m_service, 1);
    filters->addWidget(m_mismatchedOnly);
    tableLayout->addLayout(filters);
    m_table->setObjectName(QStringLiteral("mismatchTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model, &MismatchModel::sort);
    const QFontMetrics fm = m_table->fontMetrics();
    // The versions column gets what is left: names elide (tooltips carry them whole).
    m_table->setColumnWidth(MismatchModel::EcosystemColumn, fm.horizontalAdvance(QStringLiteral("Go modules")) + 12);
    m_table->setColumnWidth(MismatchModel::NameColumn, fm.horizontalAdvance(QStringLiteral("spring-boot-starter")) + 12);
    m_table->setColumnWidth(MismatchModel::DriftColumn, fm.horizontalAdvance(QStringLiteral("3.25 major")) + 12);
    m_table->setColumnWidth(MismatchModel::OldestColumn, fm.horizontalAdvance(QStringLiteral("4.17.21-rc.1")) + 12);
    m_table->setColumnWidth(MismatchModel::NewestColumn, fm.horizontalAdvance(QStringLiteral("4.17.21-rc.1")) + 12);
    m_table->setColumnWidth(MismatchModel::ServicesColumn, fm.horizontalAdvance(tr("Services")) + 16);
    tableLayout->addWidget(m_table, 1);
    connect(m_ecosystem, &QComboBox::currentIndexChanged, this, &FragmentationPage::applyFilter);
    connect(m_context, &QComboBox::currentIndexChanged, this, &FragmentationPage::applyFilter);
    connect(m_mismatchedOnly, &QCheckBox::toggled, this, &FragmentationPage::applyFilter);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(200);
    connect(&m_filterTimer, &QTimer::timeout, this, &FragmentationPage::applyFilter);
    connect(m_service, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));

    // Scan history with a comparison of two scans, and the last scan's errors.
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(4, 4, 4, 4);
    m_history->setObjectName(QStringLiteral("scanHistory"));
    m_history->setColumnCount(10);
    // The change first: what a board looks for; the folder last, stretched.
    m_history->setHorizontalHeaderLabels({tr("Taken"), tr("Change since the previous scan"), tr("Version drift"), tr("Protocol consistency"),
                                          tr("Peer hygiene"), tr("Stacks"), tr("Manifests"), tr("Services"), tr("Errors"), tr("Folder")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(false);
    historyLayout->addWidget(m_history, 1);
    auto *compare = new QHBoxLayout;
    m_compareFrom->setObjectName(QStringLiteral("compareFrom"));
    m_compareTo->setObjectName(QStringLiteral("compareTo"));
    compare->addWidget(new QLabel(tr("Compare"), this));
    compare->addWidget(m_compareFrom, 1);
    compare->addWidget(new QLabel(tr("with"), this));
    compare->addWidget(m_compareTo, 1);
    historyLayout->addLayout(compare);
    m_comparison->setObjectName(QStringLiteral("scanComparison"));
    m_comparison->setWordWrap(true);
    m_comparison->setTextFormat(Qt::PlainText);
    historyLayout->addWidget(m_comparison);
    connect(m_compareFrom, &QComboBox::currentIndexChanged, this, &FragmentationPage::refreshComparison);
    connect(m_compareTo, &QComboBox::currentIndexChanged, this, &FragmentationPage::refreshComparison);
    m_errors->setObjectName(QStringLiteral("scanErrors"));
    m_errors->setUniformItemSizes(true);
    m_sideTabs->setObjectName(QStringLiteral("fragmentationTabs"));
    m_sideTabs->addTab(tableBox, tr("Shared dependencies"));
    m_sideTabs->addTab(historyBox, tr("Scan history"));
    m_sideTabs->addTab(m_errors, tr("Scan errors"));
    m_membership->setObjectName(QStringLiteral("scanMembership"));
    m_membership->setUniformItemSizes(true);
    m_sideTabs->addTab(m_membership, tr("Workspaces"));
    m_sideTabs->setTabToolTip(3, tr("The workspace definitions the last scan honoured, the manifests they left out, and findings about requests (range styles, local packages, catalogs)"));

    // Left the figures (chart over the tables), right the picture.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_chart);
    left->addWidget(m_sideTabs);
    left->setSizes({340, 260});
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(graphBox);
    split->setSizes({700, 520});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(cards);
    layout->addWidget(split, 1);

    connect(analysis, &Analysis::updated, this, &FragmentationPage::onUpdated);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FragmentationPage::refresh);
    connect(m_analysis, &Analysis::fragmentationReady, this, &FragmentationPage::onFiguresReady);
    connect(m_scan, &ScanSession::progress, this, &FragmentationPage::onScanProgress);
    connect(m_scan, &ScanSession::scanned, this, &FragmentationPage::onScanned);
    connect(m_scan, &ScanSession::finished, this, &FragmentationPage::onScanFinished);
    connect(doc, &Document::readOnlyChanged, this, [this](bool readOnly) { m_scanButton->setEnabled(!readOnly && !m_scan->isRunning()); });
}

FragmentationPage::~FragmentationPage() = default;

bool FragmentationPage::isScanning() const
{
    return m_scan->isRunning();
}

QString FragmentationPage::metricValue(FragmentationMetric metric) const
{
    return m_cards[size_t(metric)].value->text();
}

QString FragmentationPage::metricLevel(FragmentationMetric metric) const
{
    return m_cards[size_t(metric)].badge->text();
}

QString FragmentationPage::metricToolTip(FragmentationMetric metric) const
{
    return m_cards[size_t(metric)].frame->toolTip();
}

QFrame *FragmentationPage::metricCard(FragmentationMetric metric) const
{
    return m_cards[size_t(metric)].frame;
}

QChart *FragmentationPage::driftChart() const
{
    return m_chart->chart();
}

QAbstractItemModel *FragmentationPage::mismatchModel() const
{
    return m_model;
}

void FragmentationPage::setEcosystemFilter(int ecosystem)
{
    const int at = m_ecosystem->findData(ecosystem);
    m_ecosystem->setCurrentIndex(std::max(0, at));
}

void FragmentationPage::setServiceFilter(const QString &text)
{
    m_service->setText(text);
    applyFilter();
}

void FragmentationPage::setContextFilter(const QString &context)
{
    const int at = m_context->findData(context);
    m_context->setCurrentIndex(std::max(0, at));
}

void FragmentationPage::setMismatchedOnly(bool on)
{
    m_mismatchedOnly->setChecked(on);
}

QString FragmentationPage::graphNote() const
{
    return m_graphNote->text();
}

QString FragmentationPage::scanComparison() const
{
    return m_comparison->text();
}

QString FragmentationPage::scanStatus() const
{
    return m_scanStatus->text();
}

void FragmentationPage::onUpdated()
{
    // A moment later, not at once: a swapped workspace (a scan stored or undone)
    // announces itself before its revision is counted.
    if (isVisible())
        m_refreshTimer.start();
    else
        m_stale = true; // caught up in showEvent(): edits on other pages stay quick
}

bool FragmentationPage::isAnalysing() const
{
    return m_analysis && m_analysis->isComputingFragmentation();
}

void FragmentationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

bool FragmentationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart && event->type() == QEvent::Resize && chartRows() != m_chartRows)
        m_chartTimer.start(); // as many bars as have room, once the resizing rests
    if (event->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && m_analysis) {
        for (FragmentationMetric m : ScanHistory::kMetricOrder) {
            if (watched != m_cards[size_t(m)].frame)
                continue;
            // A click on a card opens the thresholds it is rated by.
            const Workspace &ws = m_analysis->document()->workspace();
            int row = 0;
            for (size_t i = 0; i < ws.fragmentationThresholds.size(); ++i) {
                if (ws.fragmentationThresholds[i].metric == m) {
                    row = int(i);
                    break;
                }
            }
            emit openElement(TableId::FragmentationThresholds, ws.fragmentationThresholds.empty() ? -1 : row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FragmentationPage::refresh()
{
    m_stale = false;
    m_refreshTimer.stop();
    if (!m_analysis)
        return;
    followLastScan();
    const Document *doc = m_analysis->document();
    if (m_result && m_resultRevision == doc->revision()) {
        showResult(); // the metrics are current (stored with a scan, or nothing changed)
    } else if (std::shared_ptr<const FragmentationResult> figures = m_analysis->fragmentationFigures()) {
        m_busy->hide();
        m_result = std::move(figures);
        m_resultRevision = doc->revision();
        showResult();
    } else {
        // On a worker (Analysis decides): the figures on screen stay meanwhile;
        // the scans and contexts are the workspace's own.
        m_busy->show();
        refreshFilters();
        refreshHistory();
    }
}

void FragmentationPage::onFiguresReady()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void FragmentationPage::showResult()
{
    const Workspace &ws = m_analysis->document()->workspace();
    refreshFilters();
    refreshHistory();
    if (!m_result)
        return;
    const std::shared_ptr<const FragmentationResult> result = m_result;
    refreshCards(*result);
    refreshChart();

    auto services = std::make_shared<ServiceDirectory>();
    services->index.reserve(qsizetype(ws.services.size()));
    services->names.reserve(qsizetype(ws.services.size()));
    services->contexts.reserve(qsizetype(ws.services.size()));
    for (const Service &s : ws.services) {
        services->index.insert(s.id, int(services->names.size()));
        services->names << (s.name.isEmpty() ? s.id : s.name);
        services->contexts << s.context;
    }
    m_model->setResult(result, services, currentFilter());
    showRowCount();
    refreshGraph(*result);
}

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

// --- scanning -----------------------------------------------------------------------------------

void FragmentationPage::scanFolderDialog()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("scan/lastFolder"), settings.value(QStringLiteral("lastDirectory"))).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Scan Folder"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("scan/lastFolder"), folder);
    scanFolder(folder);
}

void FragmentationPage::scanFolder(const QString &folder)
{
    if (!m_analysis || m_scan->isRunning())
        return;
    QString error;
    if (!m_scan->start(folder, &error)) {
        m_scanStatus->setText(error);
        emit status(error);
        emit scanFinished(false);
        return;
    }
    m_scanButton->setEnabled(false);
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_progress->setRange(0, 0); // counting the manifests
    m_progress->setFormat(tr("%v of %m manifests"));
    m_progress->show();
    m_scanStatus->setForegroundRole(QPalette::WindowText);
    m_scanStatus->setText(tr("Scanning %1…").arg(QDir::toNativeSeparators(m_scan->folder())));
    emit status(m_scanStatus->text());
}

void FragmentationPage::cancelScan()
{
    if (!m_scan->isRunning() || m_scan->isCancelling())
        return;
    const QString folder = m_scan->folder();
    m_scan->cancel();
    m_cancelButton->setEnabled(false);
    m_scanStatus->setText(tr("Cancelling the scan of %1…").arg(QDir::toNativeSeparators(folder)));
}

void FragmentationPage::onScanProgress(int done, int total)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(std::min(done, total));
    }
}

namespace {

/// A scan record's identity: ids repeat across workspaces and after an undo, the time and folder do not.
QString recordKey(const ScanRecord &r)
{
    return r.id + u'\n' + r.takenAt + u'\n' + r.root;
}

} // namespace

void FragmentationPage::onScanned(std::shared_ptr<const ScanResult> scan)
{
    m_lastScan = scan;
    m_lastScanRecord.clear();
    showScanErrors(scan->errors);
    showMembership(*scan);
    m_progress->setRange(0, 0);
    m_scanStatus->setText(tr("Storing the scan of %1…").arg(QDir::toNativeSeparators(m_scan->folder())));
}

void FragmentationPage::onScanFinished(bool stored, const QString &message, std::shared_ptr<const FragmentationResult> metrics, quint64 revision)
{
    if (stored && metrics) {
        // Computed with the merge for exactly this workspace: no second analysis.
        m_result = std::move(metrics);
        m_resultRevision = revision;
    }
    if (stored && m_analysis && !m_analysis->document()->workspace().scans.empty()) {
        m_lastScanRecord = recordKey(m_analysis->document()->workspace().scans.back());
        m_lastScanMessage = message;
        m_lastScanShown = true;
    }
    endScan(message, stored);
}

void FragmentationPage::followLastScan()
{
    if (m_lastScanRecord.isEmpty() || !m_lastScan || !m_analysis || m_scan->isRunning())
        return;
    const std::vector<ScanRecord> &scans = m_analysis->document()->workspace().scans;
    const bool present = std::any_of(scans.begin(), scans.end(), [&](const ScanRecord &r) { return recordKey(r) == m_lastScanRecord; });
    if (present == m_lastScanShown)
        return;
    m_lastScanShown = present;
    if (present) {
        showScanErrors(m_lastScan->errors);
        showMembership(*m_lastScan);
        m_scanStatus->setText(m_lastScanMessage);
        return;
    }
    // Undone: what the tabs said belonged to a scan the workspace no longer holds.
    m_errors->clear();
    m_membership->clear();
    m_sideTabs->setTabText(2, tr("Scan errors"));
    m_sideTabs->setTabToolTip(2, QString());
    m_sideTabs->setTabText(3, tr("Workspaces"));
    m_scanStatus->setText(tr("The scan of %1 was undone; its services, errors and workspaces are gone with it.")
                              .arg(QDir::toNativeSeparators(m_lastScan->root)));
}

void FragmentationPage::endScan(const QString &message, bool stored)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_scanButton->setEnabled(m_analysis && !m_analysis->document()->isReadOnly());
    m_scanStatus->setText(message);
    emit status(message);
    emit scanFinished(stored);
}

void FragmentationPage::showScanErrors(const std::vector<ManifestError> &errors)
{
    m_errors->clear();
    constexpr size_t kShown = 1000;
    QStringList lines;
    for (size_t i = 0; i < errors.size() && i < kShown; ++i) {
        const ManifestError &e = errors[i];
        lines << (e.line > 0 ? QStringLiteral("%1:%2: %3").arg(e.file).arg(e.line).arg(e.message) : QStringLiteral("%1: %2").arg(e.file, e.message));
    }
    if (errors.size() > kShown)
        lines << tr("… and %1 more").arg(errors.size() - kShown);
    if (errors.empty())
        lines << tr("Every manifest of the last scan was read.");
    m_errors->addItems(lines);
    m_sideTabs->setTabText(2, errors.empty() ? tr("Scan errors") : tr("Scan errors (%1)").arg(errors.size()));
    if (!errors.empty())
        m_sideTabs->setTabToolTip(2, tr("Manifests of the last scan that could not be read; their folders are services without dependencies"));
}

void FragmentationPage::showMembership(const ScanResult &scan)
{
    m_membership->clear();
    constexpr size_t kShown = 1000;
    QStringList lines;
    for (const WorkspaceRule &r : scan.workspaceRules)
        lines << tr("%1 — members: %2, left out: %3").arg(r.describe()).arg(r.members).arg(r.leftOut);
    for (size_t i = 0; i < scan.leftOut.size() && i < kShown; ++i)
        lines << tr("Left out %1: %2").arg(scan.leftOut[i].path, scan.leftOut[i].reason);
    for (size_t i = 0; i < scan.findings.size() && i < kShown; ++i)
        lines << tr("Finding (%1): %2").arg(scan.findings[i].kind, scan.findings[i].message);
    if (scan.leftOut.size() > kShown)
        lines << tr("… and %1 more").arg(scan.leftOut.size() - kShown);
    if (scan.workspaceRules.empty())
        lines << tr("No workspace definition found: every folder with a manifest is a service.");
    m_membership->addItems(lines);
    m_sideTabs->setTabText(3, scan.leftOut.empty() ? tr("Workspaces") : tr("Workspaces (%1 left out)").arg(scan.leftOut.size()));
}

} // namespace ArchBoard
