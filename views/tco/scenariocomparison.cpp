#include "scenariocomparison.h"

#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ArchBoard {

namespace {

QString signedUsd(double v)
{
    if (std::abs(v) < 0.005)
        return QStringLiteral("±") + Tco::usd(0);
    return (v > 0 ? QStringLiteral("+") : QStringLiteral("−")) + Tco::usd(std::abs(v));
}

QString pct(const std::optional<double> &p)
{
    if (!p)
        return QStringLiteral("—");
    return (*p >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + QString::number(std::abs(*p), 'f', 1) + QStringLiteral(" %");
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ScenarioComparison::ScenarioComparison(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioComparison"));
    auto *layout = new QVBoxLayout(this);
    auto *pick = new QHBoxLayout;
    m_a = new QComboBox(this);
    m_a->setObjectName(QStringLiteral("compareA"));
    m_b = new QComboBox(this);
    m_b->setObjectName(QStringLiteral("compareB"));
    for (QComboBox *c : {m_a, m_b})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pick->addWidget(new QLabel(tr("Compare"), this));
    pick->addWidget(m_a);
    pick->addWidget(new QLabel(tr("with"), this));
    pick->addWidget(m_b);
    pick->addStretch();
    layout->addLayout(pick);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Language"), tr("Line"), tr("A per year"), tr("B per year"), tr("B − A")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    for (QComboBox *c : {m_a, m_b}) {
        connect(c, &QComboBox::activated, this, [this] {
            m_chosen = true;
            emit pairChanged();
        });
    }
}

void ScenarioComparison::fillCombo(QComboBox *combo, const Workspace &ws, const QString &fallback)
{
    const QString keep = m_chosen ? combo->currentData().toString() : fallback;
    const QSignalBlocker block(combo);
    combo->clear();
    for (const TcoScenario &s : ws.scenarios)
        combo->addItem(s.baseline ? tr("%1 (baseline)").arg(s.name) : s.name, s.id);
    int i = combo->findData(keep);
    if (i < 0)
        i = combo->findData(fallback);
    combo->setCurrentIndex(std::max(i, 0));
}

void ScenarioComparison::refresh(const Workspace &ws, const QString &current, const TcoResult &currentResult, bool whatIf)
{
    m_comparison.reset();
    m_table->setRowCount(0);
    if (ws.scenarios.empty()) {
        m_summary->setText(tr("Add TCO scenarios to compare them."));
        return;
    }
    // Default pair: the baseline against the scenario on the page (or the next one).
    const QString baseline = Tco::baselineScenario(ws);
    QString other = current;
    if (other == baseline || other.isEmpty()) {
        for (const TcoScenario &s : ws.scenarios) {
            if (s.id != baseline) {
                other = s.id;
                break;
            }
        }
    }
    fillCombo(m_a, ws, baseline);
    fillCombo(m_b, ws, other);
    auto resultOf = [&](const QString &id) {
        if (id == current)
            return currentResult;
        const std::optional<TcoInput> in = Tco::input(ws, id);
        return in ? Tco::compute(*in) : TcoResult();
    };
    const QString a = m_a->currentData().toString();
    const QString b = m_b->currentData().toString();
    m_comparison = Tco::compare(resultOf(a), resultOf(b));
    const TcoComparison &c = *m_comparison;
    QString note;
    if (whatIf && (a == current || b == current)) {
        const QString name = (a == current ? m_a : m_b)->currentText();
        note = QStringLiteral(" · <span style='color:#b35c00'>%1</span>").arg(tr("%1 with its what-if values").arg(name.toHtmlEscaped()));
    }
    m_summary->setText(tr("<b>B − A: %1 per year (%2)</b> · over the horizon %3 (%4)")
                           .arg(signedUsd(c.annualDelta()), pct(c.annualChangePct()), signedUsd(c.horizonDelta()), pct(c.horizonChangePct()))
                       + note);
    auto addRow = [this](const QString &language, const QString &line, const std::optional<double> &x, const std::optional<double> &y,
                         bool bold) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const double delta = y.value_or(0) - x.value_or(0);
        const QString items[] = {language, line, x ? Tco::usd(*x) : QStringLiteral("—"), y ? Tco::usd(*y) : QStringLiteral("—"), signedUsd(delta)};
        for (int col = 0; col < 5; ++col) {
            QTableWidgetItem *item = cell(items[col], col >= 2);
            if (bold) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (col == 4 && std::abs(delta) >= 0.005)
                item->setForeground(delta > 0 ? QColor(0xb0, 0x30, 0x30) : QColor(0x1e, 0x7b, 0x34));
            m_table->setItem(r, col, item);
        }
    };
    addRow(tr("All"), tr("Total per year"), c.annualA, c.annualB, true);
    addRow(tr("All"), c.horizonYearsA == c.horizonYearsB ? tr("Over %n year(s)", nullptr, c.horizonYearsA)
                                                         : tr("Over %1 / %2 years").arg(c.horizonYearsA).arg(c.horizonYearsB),
           c.horizonA, c.horizonB, true);
    for (const TcoLineDelta &l : c.lines)
        addRow(l.language.isEmpty() ? tr("Shared") : l.languageName, Tco::lineLabel(l), l.aUsd, l.bUsd, false);
}

} // namespace ArchBoard
