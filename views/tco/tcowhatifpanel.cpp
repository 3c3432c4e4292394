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

using TcoCharts::money;

using TcoSlider::Scale;

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

} // namespace

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

} // namespace ArchBoard
