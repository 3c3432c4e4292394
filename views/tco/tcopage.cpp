#include "tcopage.h"

#include "tcopagedriver.h"

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

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

} // namespace

TcoPage::TcoPage(Analysis *analysis, DiagramRenderer *renderer, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
{
    setObjectName(QStringLiteral("tcoPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("FaaS cost model")), this));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scenario:"), this));
    m_scenarioCombo = new QComboBox(this);
    m_scenarioCombo->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarioCombo->setMaximumWidth(420);
    top->addWidget(m_scenarioCombo);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tcoSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_whatIfButton = new QPushButton(tr("What-if"), this);
    m_whatIfButton->setObjectName(QStringLiteral("whatIfButton"));
    m_whatIfButton->setCheckable(true);
    m_whatIfButton->setToolTip(tr("Try values without changing the saved scenario; Keep writes them, Discard drops them"));
    m_keepButton = new QPushButton(tr("Keep"), this);
    m_keepButton->setObjectName(QStringLiteral("keepButton"));
    m_keepButton->setToolTip(tr("Write the what-if values to the scenario (one undo step)"));
    m_keepNewButton = new QPushButton(tr("Keep as New Scenario"), this);
    m_keepNewButton->setObjectName(QStringLiteral("keepAsNewButton"));
    m_keepNewButton->setToolTip(tr("Add a copy of the scenario with the what-if values; the saved scenario stays as it is (one undo step)"));
    m_discardButton = new QPushButton(tr("Discard"), this);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_discardButton->setToolTip(tr("Drop the what-if values; the scenario stays as saved"));
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setToolTip(tr("Save the lines per language, their formulas and the sensitivity table as CSV"));
    top->addWidget(m_whatIfButton);
    top->addWidget(m_keepButton);
    top->addWidget(m_keepNewButton);
    top->addWidget(m_discardButton);
    top->addSpacing(12);
    top->addWidget(m_exportButton);
    layout->addLayout(top);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("whatIfBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; border: 1px solid #e0c36c; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    // Left: the drivers and the headline figures.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *driversBox = new QGroupBox(tr("Drivers"), left);
    auto *driversLayout = new QVBoxLayout(driversBox);
    driversLayout->setContentsMargins(6, 6, 6, 6);
    auto *grid = new QWidget;
    m_driverGrid = new QGridLayout(grid);
    m_driverGrid->setContentsMargins(0, 0, 0, 0);
    m_driverGrid->setVerticalSpacing(2);
    m_driverGrid->setColumnStretch(0, 1);
    auto *scroll = new QScrollArea(driversBox);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    driversLayout->addWidget(scroll);
    leftLayout->addWidget(driversBox, 3);
    auto *figuresBox = new QGroupBox(tr("Figures"), left);
    auto *figuresLayout = new QVBoxLayout(figuresBox);
    figuresLayout->setContentsMargins(6, 6, 6, 6);
    m_figures = new QLabel(figuresBox);
    m_figures->setObjectName(QStringLiteral("tcoFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_uncertainty = new QLabel(figuresBox);
    m_uncertainty->setObjectName(QStringLiteral("tcoUncertainty"));
    m_uncertainty->setWordWrap(true);
    m_uncertainty->setTextFormat(Qt::RichText);
    figuresLayout->addWidget(m_figures);
    figuresLayout->addWidget(m_uncertainty);
    figuresLayout->addStretch();
    leftLayout->addWidget(figuresBox, 2);

    // Right: charts, table and pipeline.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tcoTabs"));
    m_lines = chartView(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("tcoLines"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->setWordWrap(false);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("tcoNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    // The chart takes the room; the table is as tall as its rows.
    auto *linesPage = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesPage);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_lines, 1);
    linesLayout->addWidget(m_table);
    linesLayout->addWidget(m_notes);
    m_comparison = chartView(this);
    m_cumulative = chartView(this);
    m_tornado = chartView(this);
    m_coldStart = chartView(this);
    m_pipelinePage = new QWidget(this);
    auto *pipelineLayout = new QVBoxLayout(m_pipelinePage);
    pipelineLayout->setContentsMargins(0, 0, 0, 0);
    m_pipeline = new DiagramView(renderer, m_pipelinePage);
    m_pipeline->setObjectName(QStringLiteral("pipelineDiagram"));
    pipelineLayout->addWidget(m_pipeline, 1);
    m_tabs->addTab(linesPage, tr("Lines per language"));
    m_tabs->addTab(m_comparison, tr("Scenarios"));
    m_tabs->addTab(m_cumulative, tr("Over the horizon"));
    m_tabs->addTab(m_tornado, tr("Sensitivity"));
    m_tabs->addTab(m_coldStart, tr("Cold starts"));
    m_tabs->addTab(m_pipelinePage, tr("Build pipeline"));
    m_pairwise = new ScenarioComparison(this);
    m_tabs->addTab(m_pairwise, tr("Compare two"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({290, 900});
    left->setMinimumWidth(250);
    layout->addWidget(split, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TcoPage::onUpdated);
    m_pipelineTimer.setSingleShot(true);
    m_pipelineTimer.setInterval(200);
    connect(&m_pipelineTimer, &QTimer::timeout, this, &TcoPage::refreshPipeline);
    m_uncertaintyTimer.setSingleShot(true);
    m_uncertaintyTimer.setInterval(250);
    connect(&m_uncertaintyTimer, &QTimer::timeout, this, &TcoPage::startUncertainty);
    m_uncertaintyRun = new LatestRun(this);
    connect(m_uncertaintyRun, &LatestRun::finished, this, &TcoPage::onUncertaintyDone);

    connect(m_scenarioCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_whatIf.setScenario(scenario()))
            emit status(tr("What-if values discarded: another scenario was chosen."));
        rebuildDrivers();
        onUpdated();
    });
    connect(m_whatIfButton, &QPushButton::toggled, this, [this](bool on) {
        if (!on && m_whatIf.clear()) {
            emit status(tr("What-if mode off: the what-if values were discarded."));
        }
        onUpdated();
    });
    connect(m_keepButton, &QPushButton::clicked, this, &TcoPage::keepWhatIf);
    connect(m_keepNewButton, &QPushButton::clicked, this, &TcoPage::keepWhatIfAsNew);
    connect(m_pairwise, &ScenarioComparison::pairChanged, this, &TcoPage::refreshCurrentTab);
    connect(m_discardButton, &QPushButton::clicked, this, &TcoPage::discardWhatIf);
    connect(m_exportButton, &QPushButton::clicked, this, &TcoPage::exportCsvDialog);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TcoPage::refreshCurrentTab);
    connect(analysis, &Analysis::updated, this, &TcoPage::onUpdated);
    connect(analysis->document(), &Document::workspaceReset, this, [this] {
        m_whatIf.clear();
        m_whatIfButton->setChecked(false);
    });
    connect(analysis->document(), &Document::readOnlyChanged, this, &TcoPage::onUpdated);
}

TcoPage::~TcoPage() = default;

// --- state ---------------------------------------------------------------------------

QString TcoPage::scenario() const
{
    return m_scenarioCombo->currentData().toString();
}

void TcoPage::setScenario(const QString &id)
{
    rebuildScenarios();
    const int i = m_scenarioCombo->findData(id);
    if (i >= 0)
        m_scenarioCombo->setCurrentIndex(i);
}

QSlider *TcoPage::slider(const QString &parameter) const
{
    for (const Driver &d : m_drivers) {
        if (d.parameter == parameter)
            return d.slider;
    }
    return nullptr;
}

QStringList TcoPage::drivers() const
{
    QStringList names;
    for (const Driver &d : m_drivers)
        names << d.parameter;
    return names;
}

QChart *TcoPage::chart(Chart which) const
{
    switch (which) {
    case Chart::Lines: return m_lines->chart();
    case Chart::Comparison: return m_comparison->chart();
    case Chart::Cumulative: return m_cumulative->chart();
    case Chart::Tornado: return m_tornado->chart();
    case Chart::ColdStart: return m_coldStart->chart();
    }
    return nullptr;
}

QString TcoPage::summary() const
{
    return m_summary->text();
}

bool TcoPage::isWhatIf() const
{
    return m_whatIfButton->isChecked();
}

void TcoPage::setWhatIf(bool on)
{
    m_whatIfButton->setChecked(on);
}

QString TcoPage::baselineId() const
{
    return Tco::baselineScenario(m_analysis->document()->workspace());
}

std::vector<TcoParameter> TcoPage::parameterList() const
{
    return m_input ? Tco::parameters(*m_input, m_analysis->document()->workspace()) : std::vector<TcoParameter>();
}

void TcoPage::onUpdated()
{
    if (isVisible())
        refresh();
    else
        m_stale = true; // caught up in showEvent(): edits on other pages stay quick
}

void TcoPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TcoPage::scheduleRefresh()
{
    m_refreshTimer.start();
}

void TcoPage::rebuildScenarios()
{
    constexpr int kNameRole = Qt::UserRole + 1;
    constexpr int kBaselineRole = Qt::UserRole + 2;
    const Workspace &ws = m_analysis->document()->workspace();
    bool same = m_scenarioCombo->count() == int(ws.scenarios.size());
    for (int i = 0; same && i < m_scenarioCombo->count(); ++i) {
        const TcoScenario &s = ws.scenarios[size_t(i)];
        same = m_scenarioCombo->itemData(i).toString() == s.id && m_scenarioCombo->itemData(i, kNameRole).toString() == s.name
            && m_scenarioCombo->itemData(i, kBaselineRole).toBool() == s.baseline;
    }
    if (same)
        return;
    const QString current = scenario();
    {
        const QSignalBlocker block(m_scenarioCombo);
        m_scenarioCombo->clear();
        for (const TcoScenario &s : ws.scenarios) {
            m_scenarioCombo->addItem(s.baseline ? tr("%1 (baseline)").arg(s.name) : s.name, s.id);
            const int i = m_scenarioCombo->count() - 1;
            m_scenarioCombo->setItemData(i, s.name, kNameRole);
            m_scenarioCombo->setItemData(i, s.baseline, kBaselineRole);
            m_scenarioCombo->setItemData(i, s.description, Qt::ToolTipRole);
        }
        int i = m_scenarioCombo->findData(current);
        if (i < 0)
            i = m_scenarioCombo->findData(baselineId());
        m_scenarioCombo->setCurrentIndex(i >= 0 ? i : 0);
    }
    if (m_whatIf.setScenario(scenario()) && scenario() != current) {
        emit status(tr("What-if values discarded: their scenario was removed."));
    }
}

// --- uncertainty ---------------------------------------------------------------------

void TcoPage::scheduleUncertainty()
{
    if (!m_input) {
        m_uncertainty->clear();
        m_uncertaintyCurrent = false;
        return;
    }
    m_uncertaintyCurrent = m_hasUncertainty && m_shownSerial == m_inputSerial;
    if (m_uncertaintyCurrent)
        return;
    m_uncertainty->setText(m_hasUncertainty ? QStringLiteral("<span style='color:gray'>%1<br>%2</span>").arg(uncertaintyHtml(), tr("updating…"))
                                            : tr("<b>Annual total</b><br>P10 / P50 / P90: computing…"));
    // Thousands of runs per result: only when the sliders rest, and never on this thread.
    if (m_dragging.isEmpty())
        m_uncertaintyTimer.start();
}

void TcoPage::startUncertainty()
{
    if (!m_input || !m_dragging.isEmpty() || (m_hasUncertainty && m_shownSerial == m_inputSerial))
        return;
    const TcoInput input = *m_input;
    const int runs = input.scenario.monteCarloRuns;
    const quint64 seed = quint64(std::max(0, input.scenario.monteCarloSeed));
    m_uncertaintyRun->request(m_inputSerial, [input, runs, seed] { return std::any(Tco::uncertainty(input, runs, seed)); });
}

void TcoPage::onUncertaintyDone()
{
    if (m_uncertaintyRun->resultKey() != m_inputSerial) {
        // The inputs moved on while it ran: a run for the inputs on screen follows.
        if (!m_uncertaintyRun->isRunning())
            m_uncertaintyTimer.start();
        return;
    }
    m_shownUncertainty = std::any_cast<TcoUncertainty>(m_uncertaintyRun->result());
    m_shownSerial = m_inputSerial;
    m_hasUncertainty = true;
    m_uncertaintyCurrent = true;
    const TcoUncertainty &u = m_shownUncertainty;
    QString html = uncertaintyHtml();
    // A ranged input changed in what-if mode: the engine moves its range along, in proportion.
    if (m_input) {
        for (const QString &moved : m_whatIf.movedRanges(*m_input))
            html += QStringLiteral("<br><span style='color:#555555'>%1</span>").arg(moved.toHtmlEscaped());
    }
    m_uncertainty->setText(html);
    QStringList drivers;
    for (const TcoDriver &d : u.drivers)
        drivers << tr("%1 (%2): %3 % of the spread").arg(d.parameter, d.distribution, QString::number(d.varianceSharePct, 'f', 1));
    m_uncertainty->setToolTip(u.parameters.isEmpty()
                                  ? tr("No input of this scenario has a distribution (TCO scenarios page): the percentiles equal the total.")
                                  : tr("Monte Carlo: %1 runs, seed %2. Share of the spread (squared rank correlation with the total):\n%3")
                                        .arg(u.runs).arg(u.seed).arg(drivers.join(u'\n')));
    emit uncertaintyUpdated();
}

QString TcoPage::uncertaintyHtml() const
{
    const TcoUncertainty &u = m_shownUncertainty;
    QString html = tr("<b>Annual total, uncertainty</b><br>P10 %1<br>P50 %2<br>P90 %3").arg(Tco::usd(u.p10), Tco::usd(u.p50), Tco::usd(u.p90));
    QStringList drivers;
    for (size_t i = 0; i < u.drivers.size() && i < 3; ++i)
        drivers << tr("%1 %2 %").arg(u.drivers[i].parameter.toHtmlEscaped(), QString::number(u.drivers[i].varianceSharePct, 'f', 0));
    if (!drivers.isEmpty())
        html += QStringLiteral("<br><span style='color:#555555'>%1</span>").arg(tr("Spread driven by: %1").arg(drivers.join(QStringLiteral(", "))));
    return html;
}

QString TcoPage::uncertaintyText() const
{
    if (!m_hasUncertainty)
        return {};
    const TcoUncertainty &u = m_shownUncertainty;
    return tr("P10 %1 · P50 %2 · P90 %3").arg(Tco::usd(u.p10), Tco::usd(u.p50), Tco::usd(u.p90));
}

// --- export --------------------------------------------------------------------------

bool TcoPage::exportCsv(const QString &path, QString *message)
{
    if (!m_analysis || !m_input) {
        *message = tr("There is no scenario to export.");
        return false;
    }
    // The engine's figures for the inputs on screen; the Monte Carlo on screen
    // when it is current (the same seed gives the same figures), else run now.
    const Workspace &ws = m_analysis->document()->workspace();
    const TcoScenario &sc = m_input->scenario;
    TcoAnalysis analysis;
    analysis.input = *m_input;
    analysis.overridden = m_whatIf.names();
    analysis.result = m_result;
    analysis.sensitivityPct = sc.sensitivityPct;
    analysis.sensitivity = Tco::sensitivity(*m_input, sc.sensitivityPct);
    analysis.uncertainty = m_uncertaintyCurrent ? m_shownUncertainty
                                                : Tco::uncertainty(*m_input, sc.monteCarloRuns, quint64(std::max(0, sc.monteCarloSeed)));
    analysis.baselineTotal = Tco::baselineTotal(ws);
    const QByteArray bytes = Tco::csv(analysis, ws);
    if (!SafeFile::write(path, bytes, message))
        return false;
    *message = tr("Exported the cost lines of %1 to %2.").arg(m_result.scenarioName, path);
    return true;
}

void TcoPage::exportCsvDialog()
{
    if (m_analysis)
        m_analysis->document()->commitPendingEdits();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Cost Lines as CSV"),
                                                      QStringLiteral("tco-%1.csv").arg(Schema::slugify(scenario())), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString message;
    const bool ok = exportCsv(path, &message);
    emit status(message);
    if (!ok)
        QMessageBox::warning(this, tr("Export CSV"), message);
}

} // namespace ArchBoard
