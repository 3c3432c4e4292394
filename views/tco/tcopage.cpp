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

/// How a slider's positions map onto a driver's values. Counts are linear;
/// invocations and durations span decades (logarithmic), memory doubles, and
/// the cold-start share is quadratic so the usual 0.5–5 % get room.
enum class Scale { Count, Invocations, Memory, Duration, Share };

/// \a v rounded to three significant digits: slider values read as typed.
double significant(double v)
{
    if (v <= 0)
        return 0;
    const double step = std::pow(10.0, std::floor(std::log10(v)) - 2);
    return std::round(v / step) * step;
}

int maxPosition(Scale s, double current)
{
    switch (s) {
    case Scale::Count: return std::max(300, int(std::ceil(current * 2 / 100.0)) * 100);
    case Scale::Invocations: return 700;  // 100 … 10⁹ per function and month
    case Scale::Memory: return 192;       // 128 MB … 32 GB, 24 steps per doubling
    case Scale::Duration: return 655;     // 1 ms … 1 h
    case Scale::Share: return 1000;       // 0 … 100 %
    }
    return 100;
}

double toValue(Scale s, int pos)
{
    switch (s) {
    case Scale::Count: return pos;
    case Scale::Invocations: return pos <= 0 ? 0.0 : significant(std::pow(10.0, 2.0 + pos / 100.0));
    case Scale::Memory: return std::min(32768.0, std::max(128.0, std::round(128.0 * std::pow(2.0, pos / 24.0) / 64.0) * 64.0));
    case Scale::Duration: return significant(std::pow(10.0, pos / 100.0));
    case Scale::Share: {
        const double v = 100.0 * std::pow(pos / 1000.0, 2);
        return v < 1 ? std::round(v * 100) / 100 : std::round(v * 10) / 10;
    }
    }
    return pos;
}

int toPosition(Scale s, double v)
{
    switch (s) {
    case Scale::Count: return int(std::lround(v));
    case Scale::Invocations: return v <= 0 ? 0 : std::clamp(int(std::lround((std::log10(v) - 2.0) * 100)), 1, 700);
    case Scale::Memory: return std::clamp(int(std::lround(std::log2(std::max(v, 1.0) / 128.0) * 24)), 0, 192);
    case Scale::Duration: return v <= 1 ? 0 : std::clamp(int(std::lround(std::log10(v) * 100)), 0, 655);
    case Scale::Share: return std::clamp(int(std::lround(std::sqrt(std::max(v, 0.0) / 100.0) * 1000)), 0, 1000);
    }
    return 0;
}

QString valueText(Scale s, double v)
{
    switch (s) {
    case Scale::Count: return TcoPage::tr("%1 functions").arg(money(v));
    case Scale::Invocations: return TcoPage::tr("%1 per function").arg(money(v));
    case Scale::Memory: return TcoPage::tr("%1 MB").arg(money(v));
    case Scale::Duration: return TcoPage::tr("%1 ms").arg(money(v));
    case Scale::Share: return TcoPage::tr("%1 %").arg(QString::number(v, 'g', 4));
    }
    return money(v);
}

const QString kFunctions = QStringLiteral("functions.");

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

} // namespace

struct TcoPage::Driver
{
    QString parameter;
    QString label;
    Scale scale = Scale::Count;
    QSlider *slider = nullptr;
    QLabel *name = nullptr;
    QLabel *value = nullptr;
};

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

// --- drivers -------------------------------------------------------------------------

void TcoPage::rebuildDrivers()
{
    if (!m_dragging.isEmpty())
        return; // never pull a slider from under the mouse
    const Workspace &ws = m_analysis->document()->workspace();
    const std::optional<TcoInput> saved = Tco::input(ws, scenario());
    std::vector<std::tuple<QString, QString, Scale>> wanted;
    if (saved) {
        for (const TcoLanguageInput &l : saved->languages)
            wanted.emplace_back(kFunctions + l.language, tr("Functions in %1").arg(l.name), Scale::Count);
    }
    wanted.emplace_back(QStringLiteral("invocations_per_month"), tr("Invocations per month"), Scale::Invocations);
    wanted.emplace_back(QStringLiteral("memory_mb"), tr("Memory"), Scale::Memory);
    wanted.emplace_back(QStringLiteral("duration_ms"), tr("Mean duration"), Scale::Duration);
    wanted.emplace_back(QStringLiteral("cold_start_pct"), tr("Cold-start share"), Scale::Share);
    if (!saved)
        wanted.clear();
    bool same = wanted.size() == m_drivers.size();
    for (size_t i = 0; same && i < wanted.size(); ++i)
        same = std::get<0>(wanted[i]) == m_drivers[i].parameter && std::get<1>(wanted[i]) == m_drivers[i].label;
    if (same)
        return;

    while (QLayoutItem *item = m_driverGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_drivers.clear();
    const std::vector<TcoParameter> parameters = saved ? Tco::parameters(*saved, ws) : std::vector<TcoParameter>();
    int row = 0;
    for (const auto &[parameter, label, scale] : wanted) {
        Driver d;
        d.parameter = parameter;
        d.label = label;
        d.scale = scale;
        d.name = new QLabel(label);
        d.name->setTextFormat(Qt::PlainText); // names are user text
        d.name->setWordWrap(true);
        d.value = new QLabel;
        d.value->setTextFormat(Qt::PlainText);
        d.value->setObjectName(QStringLiteral("tco-value-") + parameter);
        d.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        d.slider = new QSlider(Qt::Horizontal);
        d.slider->setObjectName(QStringLiteral("tco-slider-") + parameter);
        d.slider->setMinimumWidth(160);
        d.slider->setRange(0, maxPosition(scale, 0));
        QString tip = parameter;
        for (const TcoParameter &p : parameters) {
            if (p.name == parameter)
                tip = QStringLiteral("%1 (%2, %3)").arg(p.description, p.name, p.unit);
        }
        d.name->setToolTip(tip);
        d.slider->setToolTip(tip);
        m_driverGrid->addWidget(d.name, 2 * row, 0);
        m_driverGrid->addWidget(d.value, 2 * row, 1);
        m_driverGrid->addWidget(d.slider, 2 * row + 1, 0, 1, 2);
        const QString name = parameter;
        const QString what = label;
        connect(d.slider, &QSlider::sliderPressed, this, [this, name] {
            m_dragging = name;
            m_macroOpen = false;
        });
        connect(d.slider, &QSlider::sliderReleased, this, [this] {
            if (m_macroOpen)
                m_analysis->document()->commitEdit(); // a drag back to where it started leaves no step
            m_macroOpen = false;
            m_dragging.clear();
            refresh();
        });
        connect(d.slider, &QSlider::valueChanged, this, [this, name](int position) { onSliderMoved(name, position); });
        m_drivers.push_back(d);
        ++row;
    }
    m_driverGrid->setRowStretch(2 * row, 1);
}

void TcoPage::refreshDrivers()
{
    const Document *doc = m_analysis->document();
    const std::optional<TcoInput> saved = Tco::input(doc->workspace(), scenario());
    const bool editable = isWhatIf() || !doc->isReadOnly();
    for (const Driver &d : m_drivers) {
        const double value = m_input ? Tco::number(*m_input, d.parameter).value_or(0.0) : 0.0;
        if (m_dragging != d.parameter) {
            const QSignalBlocker block(d.slider);
            d.slider->setMaximum(maxPosition(d.scale, value));
            d.slider->setValue(toPosition(d.scale, value));
        }
        d.slider->setEnabled(editable && m_input.has_value());
        d.value->setText(valueText(d.scale, value));
        const bool overridden = m_whatIf.overrides(d.parameter);
        QFont f = d.value->font();
        f.setBold(overridden);
        d.value->setFont(f);
        d.value->setStyleSheet(overridden ? QStringLiteral("color: #b35c00;") : QString());
        const std::optional<double> savedValue = saved ? Tco::number(*saved, d.parameter) : std::nullopt;
        d.value->setToolTip(overridden && savedValue ? tr("What-if value; saved: %1").arg(valueText(d.scale, *savedValue)) : QString());
    }
}

void TcoPage::onSliderMoved(const QString &parameter, int position)
{
    const auto it = std::find_if(m_drivers.begin(), m_drivers.end(), [&](const Driver &d) { return d.parameter == parameter; });
    if (it == m_drivers.end())
        return;
    const double value = toValue(it->scale, position);
    it->value->setText(valueText(it->scale, value));
    Document *doc = m_analysis->document();
    if (isWhatIf()) {
        m_whatIf.setValue(doc->workspace(), parameter, value);
        scheduleRefresh();
        return;
    }
    const bool dragging = m_dragging == parameter;
    if (dragging && !m_macroOpen) {
        // Opened at the first change: a click without a move leaves no empty step.
        doc->beginEdit(tr("Drag %1 of %2").arg(it->label, doc->referenceName(TableId::Scenarios, scenario())));
        m_macroOpen = true;
    }
    if (!writeToDocument(parameter, value, dragging))
        emit status(doc->errorString());
}

bool TcoPage::writeToDocument(const QString &parameter, double value, bool merge)
{
    Document *doc = m_analysis->document();
    const EditMerge how = merge ? EditMerge::Merge : EditMerge::Separate;
    if (parameter.startsWith(kFunctions)) {
        const QString language = parameter.mid(kFunctions.size());
        return doc->upsertRow({{Schema::field(&ScenarioFunctions::scenario), scenario()},
                               {Schema::field(&ScenarioFunctions::language), language}},
                              {{Schema::field(&ScenarioFunctions::functions), int(std::lround(value))}}, how)
            >= 0;
    }
    // The scenario's drivers are its columns, named as the parameters.
    const TableSchema &ts = Schema::table(TableId::Scenarios);
    const int field = ts.fieldIndex(parameter);
    const int row = doc->rowOfId(TableId::Scenarios, scenario());
    if (field < 0 || row < 0)
        return false;
    const QVariant v = ts.field(field).type == FieldType::Integer ? QVariant(int(std::lround(value))) : QVariant(value);
    return doc->setValue(TableId::Scenarios, row, field, v, how);
}

// --- what-if -------------------------------------------------------------------------

bool TcoPage::keepWhatIf()
{
    if (m_whatIf.isEmpty())
        return true;
    Document *doc = m_analysis->document();
    if (doc->isReadOnly()) {
        emit status(tr("The workspace is open read-only: the what-if values cannot be kept."));
        return false;
    }
    const QMap<QString, double> overrides = m_whatIf.values();
    EditScope edit(doc, tr("Keep what-if values of %1").arg(doc->referenceName(TableId::Scenarios, scenario())));
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!writeToDocument(it.key(), it.value(), false)) {
            // All or nothing: leaving the scope reverts what was written, and no Redo remains.
            emit status(tr("The what-if values were not kept: %1").arg(tr("%1: %2").arg(it.key(), doc->errorString())));
            return false;
        }
    }
    edit.commit(); // no step when every value was already saved
    m_whatIf.clear();
    emit status(tr("Kept %n what-if value(s) in the scenario (one undo step).", nullptr, int(overrides.size())));
    refresh();
    return true;
}

int TcoPage::keepWhatIfAsNew()
{
    Document *doc = m_analysis->document();
    const int row = doc->rowOfId(TableId::Scenarios, scenario());
    if (m_whatIf.isEmpty() || row < 0)
        return -1;
    if (doc->isReadOnly()) {
        emit status(tr("The workspace is open read-only: the what-if values cannot be kept."));
        return -1;
    }
    // The copy with the values: scenario columns by parameter name, functions per language.
    DuplicateEdits edits;
    edits.name = tr("%1 (what-if)").arg(doc->workspace().scenarios[size_t(row)].name);
    const TableSchema &scenarios = Schema::table(TableId::Scenarios);
    const int languageField = Schema::field(&ScenarioFunctions::language).index;
    const int functionsField = Schema::field(&ScenarioFunctions::functions).index;
    for (auto it = m_whatIf.values().cbegin(); it != m_whatIf.values().cend(); ++it) {
        if (it.key().startsWith(kFunctions)) {
            edits.children.append({TableId::ScenarioFunctions,
                                   {{languageField, it.key().mid(kFunctions.size())}},
                                   {{functionsField, int(std::lround(it.value()))}}});
            continue;
        }
        const int field = scenarios.fieldIndex(it.key());
        if (field < 0) {
            emit status(tr("The what-if values were not kept: %1 is not a scenario value").arg(it.key()));
            return -1;
        }
        edits.values.insert(field, scenarios.field(field).type == FieldType::Integer ? QVariant(int(std::lround(it.value()))) : QVariant(it.value()));
    }
    const int added = doc->duplicateRow(TableId::Scenarios, row, edits);
    if (added < 0) {
        emit status(tr("The what-if values were not kept: %1").arg(doc->errorString()));
        return -1;
    }
    const QString id = doc->workspace().scenarios[size_t(added)].id;
    const QString name = doc->workspace().scenarios[size_t(added)].name;
    m_whatIf.clear();
    m_whatIfButton->setChecked(false);
    setScenario(id);
    emit status(tr("Kept the what-if values as the new scenario “%1” (one undo step).").arg(name));
    refresh();
    return added;
}

void TcoPage::discardWhatIf()
{
    if (!m_whatIf.clear())
        return;
    emit status(tr("What-if values discarded; the scenario is as saved."));
    refresh();
}

void TcoPage::refreshWhatIfBanner()
{
    const bool on = isWhatIf();
    m_keepButton->setVisible(on);
    m_keepNewButton->setVisible(on);
    m_discardButton->setVisible(on);
    m_keepButton->setEnabled(!m_whatIf.isEmpty() && !m_analysis->document()->isReadOnly());
    m_keepNewButton->setEnabled(m_keepButton->isEnabled());
    m_discardButton->setEnabled(!m_whatIf.isEmpty());
    m_banner->setVisible(on);
    if (!on)
        return;
    QStringList changes;
    const std::optional<TcoInput> saved = m_whatIf.saved(m_analysis->document()->workspace());
    const QMap<QString, double> &values = m_whatIf.values();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto d = std::find_if(m_drivers.begin(), m_drivers.end(), [&](const Driver &x) { return x.parameter == it.key(); });
        const Scale scale = d != m_drivers.end() ? d->scale : Scale::Count;
        const QString label = d != m_drivers.end() ? d->label : it.key();
        const std::optional<double> was = saved ? Tco::number(*saved, it.key()) : std::nullopt;
        changes << tr("%1 %2 → %3").arg(label.toHtmlEscaped(), was ? valueText(scale, *was).toHtmlEscaped() : QStringLiteral("—"),
                                        valueText(scale, it.value()).toHtmlEscaped());
    }
    m_banner->setText(changes.isEmpty()
                          ? tr("<b>What-if mode:</b> slider moves change a copy of the scenario, <b>not saved</b>. Move a slider to try a value.")
                          : tr("<b>What-if values, not saved:</b> %1. <b>Keep</b> writes them to the scenario as one undo step, <b>Keep as New Scenario</b> adds a copy with them; <b>Discard</b> drops them.")
                                .arg(changes.join(QStringLiteral("; "))));
}

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
