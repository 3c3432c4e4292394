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

} // namespace ArchBoard
