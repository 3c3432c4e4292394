#include "selectionpage.h"

#include "tableclipboardfilter.h"

#include "analysis.h"
#include "diagram.h"
#include "diagramview.h"
#include "document.h"
#include "matrixmodel.h"
#include "selectioncharts.h"
#include "tablemodel.h"

#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPolarChart>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ArchBoard {

namespace {

const TierResult *tierResult(const SelectionResult &r, const QString &tier)
{
    for (const TierResult &t : r.tiers) {
        if (t.tier == tier)
            return &t;
    }
    return nullptr;
}

int weightRow(const Workspace &ws, const QString &tier, const QString &criterion)
{
    for (size_t r = 0; r < ws.tierWeights.size(); ++r) {
        if (ws.tierWeights[r].tier == tier && ws.tierWeights[r].criterion == criterion)
            return int(r);
    }
    return -1;
}

QChartView *chartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

// --- WeightsPanel -------------------------------------------------------------------

WeightsPanel::WeightsPanel(Analysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QWidget(this);
    m_grid = new QGridLayout(grid);
    m_grid->setColumnStretch(0, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    m_ahpLabel = new QLabel(this);
    m_ahpLabel->setWordWrap(true);
    m_ahpButton = new QPushButton(tr("Use pairwise-comparison (AHP) weights"), this);
    m_ahpButton->setObjectName(QStringLiteral("useAhpWeightsButton"));
    m_ahpButton->setToolTip(tr("Sets the tier's weights to the AHP priorities of the compared criteria (others to 0), as one undo step"));
    layout->addWidget(m_ahpLabel);
    layout->addWidget(m_ahpButton);
    connect(m_ahpButton, &QPushButton::clicked, this, &WeightsPanel::applyAhp);
    connect(analysis, &Analysis::updated, this, &WeightsPanel::onUpdated);
}

void WeightsPanel::onUpdated()
{
    // A hidden panel catches up when shown: editing elsewhere stays quick.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void WeightsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void WeightsPanel::setTier(const QString &tier)
{
    m_tier = tier;
    rebuild();
}

void WeightsPanel::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_criteria.clear();
    if (!m_analysis || m_tier.isEmpty())
        return;
    Document *doc = m_analysis->document();
    const Workspace &ws = doc->workspace();
    int row = 0;
    for (const Criterion &c : ws.criteria) {
        m_criteria << c.id;
        auto *name = new QLabel(c.name);
        name->setToolTip(c.description);
        name->setWordWrap(true);
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setMinimumWidth(120);
        slider->setObjectName(QStringLiteral("weight-slider-") + c.id);
        slider->setRange(0, 100);
        slider->setToolTip(tr("Weight 0–10; drag to see the ranking follow"));
        auto *spin = new QDoubleSpinBox;
        spin->setObjectName(QStringLiteral("weight-spin-") + c.id);
        spin->setRange(0, 1000);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setKeyboardTracking(false);
        auto *share = new QLabel;
        share->setObjectName(QStringLiteral("weight-share-") + c.id);
        share->setMinimumWidth(share->fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")));
        share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Name on its own line, the controls under it: long bilingual names stay readable.
        m_grid->addWidget(name, 2 * row, 0, 1, 3);
        m_grid->addWidget(slider, 2 * row + 1, 0);
        m_grid->addWidget(spin, 2 * row + 1, 1);
        m_grid->addWidget(share, 2 * row + 1, 2);
        const QString id = c.id;
        // A drag is one undo step, opened at its first move: a press without
        // a move leaves the history (and its redo steps) alone.
        connect(slider, &QSlider::sliderPressed, this, [this, id] {
            m_dragging = id;
            m_dragStep = false;
        });
        connect(slider, &QSlider::sliderReleased, this, [this] {
            m_dragging.clear();
            if (m_dragStep) {
                m_dragStep = false;
                m_analysis->document()->commitEdit(); // moved back to where it started: no step
            }
            refresh();
        });
        connect(slider, &QSlider::valueChanged, this, [this, id](int v) {
            if (m_dragging == id && !m_dragStep) {
                m_dragStep = true;
                m_analysis->document()->beginEdit(
                    tr("Drag weight of %1").arg(m_analysis->document()->referenceName(TableId::Criteria, id)));
            }
            applyWeight(id, v / 10.0, m_dragging == id);
        });
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this, id, spin] { applyWeight(id, spin->value(), false); });
        ++row;
    }
    m_grid->setRowStretch(2 * row, 1);
    refresh();
}

void WeightsPanel::refresh()
{
    m_stale = false;
    if (!m_analysis || m_tier.isEmpty())
        return;
    Document *doc = m_analysis->document();
    const Workspace &ws = doc->workspace();
    QStringList ids;
    for (const Criterion &c : ws.criteria)
        ids << c.id;
    if (ids != m_criteria) {
        rebuild(); // criteria added, removed or renamed
        return;
    }
    const TierResult *t = tierResult(m_analysis->selection(), m_tier);
    const bool writable = !doc->isReadOnly();
    for (int row = 0; row < m_criteria.size(); ++row) {
        const QString &id = m_criteria.at(row);
        const int r = weightRow(ws, m_tier, id);
        const double weight = r >= 0 ? ws.tierWeights[size_t(r)].weight : 0.0;
        auto *slider = qobject_cast<QSlider *>(m_grid->itemAtPosition(2 * row + 1, 0)->widget());
        auto *spin = qobject_cast<QDoubleSpinBox *>(m_grid->itemAtPosition(2 * row + 1, 1)->widget());
        auto *share = qobject_cast<QLabel *>(m_grid->itemAtPosition(2 * row + 1, 2)->widget());
        if (m_dragging != id) {
            const QSignalBlocker block(slider);
            slider->setMaximum(std::max(100, int(std::ceil(weight * 10))));
            slider->setValue(int(std::lround(weight * 10)));
        }
        {
            const QSignalBlocker block(spin);
            spin->setValue(weight);
        }
        slider->setEnabled(writable);
        spin->setEnabled(writable);
        const qsizetype k = t ? t->criteria.indexOf(id) : -1;
        share->setText(k >= 0 ? TableModel::formatNumber(t->shares[size_t(k)] * 100.0, 1) + QStringLiteral(" %") : QStringLiteral("—"));
    }

    const AhpResult ahp = Selection::ahp(ws, m_tier);
    if (ahp.criteria.size() < 2) {
        m_ahpLabel->setText(tr("Pairwise comparisons: none yet for this tier (add them on the SLA tiers page)."));
        m_ahpButton->setEnabled(false);
    } else if (!ahp.complete()) {
        m_ahpLabel->setText(tr("Pairwise comparisons: still missing %1.").arg(ahp.missingPairs.join(QStringLiteral(", "))));
        m_ahpButton->setEnabled(false);
    } else {
        QStringList parts;
        for (qsizetype i = 0; i < ahp.criteria.size(); ++i)
            parts << QStringLiteral("%1 %2 %").arg(doc->referenceName(TableId::Criteria, ahp.criteria.at(i)),
                                                   TableModel::formatNumber(ahp.weights[size_t(i)] * 100.0, 1));
        m_ahpLabel->setText(ahp.consistent()
                                ? tr("AHP priorities: %1. Consistency ratio %2 (≤ 0.10: consistent).")
                                      .arg(parts.join(QStringLiteral(", ")), TableModel::formatNumber(ahp.consistencyRatio, 3))
                                : tr("<b>AHP judgements are inconsistent</b>: consistency ratio %1 > 0.10. Revise the comparisons before using them.")
                                      .arg(TableModel::formatNumber(ahp.consistencyRatio, 3)));
        m_ahpButton->setEnabled(writable);
    }
}

void WeightsPanel::applyWeight(const QString &criterion, double weight, bool merge)
{
    Document *doc = m_analysis->document();
    const int row = doc->upsertRow({{Schema::field(&TierWeight::tier), m_tier}, {Schema::field(&TierWeight::criterion), criterion}},
                                   {{Schema::field(&TierWeight::weight), weight}}, merge ? EditMerge::Merge : EditMerge::Separate);
    if (row < 0)
        emit status(doc->errorString());
}

void WeightsPanel::applyAhp()
{
    Document *doc = m_analysis->document();
    const AhpResult ahp = Selection::ahp(doc->workspace(), m_tier);
    if (!ahp.complete())
        return;
    EditScope edit(doc, tr("Use pairwise-comparison weights"));
    for (const QString &id : m_criteria) {
        const qsizetype k = ahp.criteria.indexOf(id);
        const double weight = k >= 0 ? std::round(ahp.weights[size_t(k)] * 10000.0) / 100.0 : 0.0;
        if (k >= 0 || weightRow(doc->workspace(), m_tier, id) >= 0)
            applyWeight(id, weight, false);
    }
    edit.commit();
    emit status(tr("Weights set from the pairwise comparisons (consistency ratio %1).").arg(TableModel::formatNumber(ahp.consistencyRatio, 3)));
}

// --- SelectionPage --------------------------------------------------------------------

SelectionPage::SelectionPage(Analysis *analysis, DiagramRenderer *renderer, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
{
    setObjectName(QStringLiteral("selectionPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Selection matrix and ranking")), this));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("SLA tier:"), this));
    m_tierCombo = new QComboBox(this);
    m_tierCombo->setObjectName(QStringLiteral("tierCombo"));
    m_tierCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_tierCombo);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("selectionSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    auto *vote = new QPushButton(tr("Open Voting…"), this);
    vote->setObjectName(QStringLiteral("openVotingButton"));
    vote->setToolTip(tr("Every board member scores this tier's rated cells blind from their own phone or laptop"));
    connect(vote, &QPushButton::clicked, this, [this] { emit openVotingRequested(tier()); });
    top->addWidget(vote);
    layout->addLayout(top);

    m_matrix = new MatrixModel(analysis, this);
    m_matrixView = new QTableView(this);
    m_matrixView->setObjectName(QStringLiteral("matrixView"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(150);
    m_matrixView->verticalHeader()->setDefaultSectionSize(m_matrixView->fontMetrics().height() + 12);
    connect(m_matrix, &MatrixModel::editRefused, this, &SelectionPage::status);
    connect(new TableClipboardFilter(m_matrixView, analysis->document()), &TableClipboardFilter::status, this, &SelectionPage::status);
    connect(m_matrix, &QAbstractItemModel::modelReset, this, [this] { m_matrixView->resizeColumnsToContents(); });

    m_weights = new WeightsPanel(analysis, this);
    connect(m_weights, &WeightsPanel::status, this, &SelectionPage::status);
    auto *weightsBox = new QGroupBox(tr("Weights of this tier"), this);
    auto *weightsLayout = new QVBoxLayout(weightsBox);
    weightsLayout->addWidget(m_weights);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_matrixView);
    upper->addWidget(weightsBox);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 1);
    upper->setSizes({880, 420});

    m_tabs = new QTabWidget(this);
    m_ranking = chartView(new QChart, this);
    m_profiles = chartView(new QPolarChart, this);
    m_sensitivity = chartView(new QChart, this);
    m_recommendations = new QTableWidget(this);
    m_recommendations->setObjectName(QStringLiteral("recommendations"));
    m_recommendations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recommendations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recommendations->horizontalHeader()->setStretchLastSection(true);
    connect(m_recommendations, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_recommendations->item(row, 0))
            emit contextChosen(m_recommendations->item(row, 0)->data(Qt::UserRole).toString());
    });
    m_tabs->addTab(m_ranking, tr("Ranking"));
    m_tabs->addTab(m_profiles, tr("Profiles"));
    m_tabs->addTab(m_sensitivity, tr("Sensitivity"));
    m_tabs->addTab(m_recommendations, tr("Recommendations per context"));

    auto *treePage = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto *pathBar = new QHBoxLayout;
    pathBar->addWidget(new QLabel(tr("Show the path of:"), treePage));
    m_pathCombo = new QComboBox(treePage);
    m_pathCombo->setObjectName(QStringLiteral("pathCombo"));
    m_pathCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pathBar->addWidget(m_pathCombo);
    pathBar->addStretch();
    treeLayout->addLayout(pathBar);
    m_tree = new DiagramView(renderer, treePage);
    m_tree->setObjectName(QStringLiteral("decisionTree"));
    treeLayout->addWidget(m_tree, 1);
    m_tabs->addTab(treePage, tr("Decision tree"));
    connect(m_pathCombo, &QComboBox::currentIndexChanged, this, &SelectionPage::refreshTree);
    connect(this, &SelectionPage::contextChosen, this, [this](const QString &context) {
        showPathOf(QStringLiteral("context:") + context);
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_tierCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString tier = m_tierCombo->currentData().toString();
        m_matrix->setTier(tier);
        m_weights->setTier(tier);
        refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &SelectionPage::refreshCurrentTab);
    connect(analysis, &Analysis::updated, this, &SelectionPage::onUpdated);
    connect(analysis, &Analysis::winProbabilitiesReady, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(analysis->document(), &Document::workspaceReset, this, [this] {
        rebuildTiers();
        m_matrixView->resizeColumnsToContents();
    });
    rebuildTiers();
}

QString SelectionPage::tier() const
{
    return m_tierCombo->currentData().toString();
}

void SelectionPage::setTier(const QString &tier)
{
    const int i = m_tierCombo->findData(tier);
    if (i >= 0)
        m_tierCombo->setCurrentIndex(i);
}

QString SelectionPage::summary() const
{
    return m_summary->text();
}

void SelectionPage::showPathOf(const QString &subject)
{
    refreshTree(); // the subjects may not be listed yet
    const int i = m_pathCombo->findData(subject);
    m_pathCombo->setCurrentIndex(i >= 0 ? i : 0);
}

void SelectionPage::refreshTree()
{
    const Document &doc = *m_analysis->document();
    const Workspace &ws = doc.workspace();
    // The subjects: nothing, each tier, each context.
    QStringList subjects{QString()};
    QStringList names{tr("(no subject)")};
    for (const SlaTier &t : ws.tiers) {
        subjects << QStringLiteral("tier:") + t.id;
        names << tr("Tier: %1").arg(t.name);
    }
    for (const BoundedContext &c : ws.contexts) {
        subjects << QStringLiteral("context:") + c.id;
        names << tr("Context: %1").arg(c.name);
    }
    bool same = m_pathCombo->count() == subjects.size();
    for (int i = 0; same && i < m_pathCombo->count(); ++i)
        same = m_pathCombo->itemData(i).toString() == subjects.at(i) && m_pathCombo->itemText(i) == names.at(i);
    if (!same) {
        const QString current = m_pathCombo->currentData().toString();
        const QSignalBlocker block(m_pathCombo);
        m_pathCombo->clear();
        for (qsizetype i = 0; i < subjects.size(); ++i)
            m_pathCombo->addItem(names.at(i), subjects.at(i));
        const int index = m_pathCombo->findData(current);
        m_pathCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    const QString subject = m_pathCombo->currentData().toString();
    const QString context = subject.startsWith(QStringLiteral("context:")) ? subject.mid(8) : QString();
    const QString tier = subject.startsWith(QStringLiteral("tier:")) ? subject.mid(5) : QString();
    m_tree->setDiagram(Diagrams::decisionTree(ws, context, tier));
}

void SelectionPage::rebuildTiers()
{
    const Workspace &ws = m_analysis->document()->workspace();
    const QString current = tier();
    bool same = m_tierCombo->count() == int(ws.tiers.size());
    for (int i = 0; same && i < m_tierCombo->count(); ++i)
        same = m_tierCombo->itemData(i).toString() == ws.tiers[size_t(i)].id && m_tierCombo->itemText(i) == ws.tiers[size_t(i)].name;
    if (same)
        return;
    {
        const QSignalBlocker block(m_tierCombo);
        m_tierCombo->clear();
        for (const SlaTier &t : ws.tiers)
            m_tierCombo->addItem(t.name, t.id);
        const int i = m_tierCombo->findData(current);
        m_tierCombo->setCurrentIndex(i >= 0 ? i : 0);
    }
    m_matrix->setTier(tier());
    m_weights->setTier(tier());
    refresh();
}

void SelectionPage::onUpdated()
{
    if (isVisible())
        refresh();
    else
        m_stale = true; // caught up in showEvent(): edits on other pages stay quick
}

void SelectionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SelectionPage::refresh()
{
    m_stale = false;
    rebuildTiers();
    const Document &doc = *m_analysis->document();
    const SelectionResult &result = m_analysis->selection();
    const TierResult *t = tierResult(result, tier());
    if (!t) {
        m_summary->setText(tr("Add an SLA tier to rank the candidates."));
        return;
    }
    QString verdict;
    switch (t->stability) {
    case Stability::Stable:
        verdict = t->minDistancePp ? tr("stable: the winner holds until a weight moves %1 pp").arg(TableModel::formatNumber(*t->minDistancePp, 1))
                                   : tr("stable: no single weight change alters the winner");
        break;
    case Stability::Fragile:
        verdict = tr("<span style='color:#b3261e'>fragile</span>: a %1 pp weight change alters the winner").arg(TableModel::formatNumber(*t->minDistancePp, 1));
        break;
    case Stability::Undecided:
        verdict = tr("no eligible candidate: every one is knocked out");
        break;
    case Stability::Uncontested:
        verdict = tr("uncontested: the only candidate left after the knock-outs");
        break;
    }
    QString rule;
    for (const TierRecommendation &r : result.tierRules) {
        if (r.tier == t->tier)
            rule = r.candidate.isEmpty() ? tr("no decision rule applies") : tr("decision rules: %1").arg(doc.referenceName(TableId::Candidates, r.candidate));
    }
    QString summary = t->winner.isEmpty() ? verdict
                                          : tr("Winner: <b>%1</b> — %2; %3.").arg(doc.referenceName(TableId::Candidates, t->winner).toHtmlEscaped(), verdict, rule.toHtmlEscaped());
    // Knock-outs on the ranking itself, with their reasons (issue 17: not only in tooltips).
    QStringList knockedOut;
    const auto criterionName = [&](const QString &id) { return doc.referenceName(TableId::Criteria, id); };
    for (const CandidateScore &s : t->ranking) {
        if (s.knockedOut)
            knockedOut << tr("%1 (%2)").arg(doc.referenceName(TableId::Candidates, s.candidate), Selection::describeKnockOut(s, criterionName));
    }
    if (!knockedOut.isEmpty())
        summary += QStringLiteral("<br>") + tr("Knocked out: %1.").arg(knockedOut.join(QStringLiteral("; "))).toHtmlEscaped();
    // Beside the deterministic rank: how sure the winner is under the board's joint uncertainty.
    const WinProbabilities *win = m_analysis->winProbabilities();
    const TierWinProbability *p = win ? win->tier(t->tier) : nullptr;
    m_win = p ? *p : TierWinProbability();
    m_hasWin = p != nullptr;
    if (p)
        summary += QStringLiteral("<br>") + tr("How sure: %1.").arg(Selection::describeWinChances(*p, [&](const QString &id) {
                                                    return doc.referenceName(TableId::Candidates, id);
                                                }).toHtmlEscaped());
    else
        summary += QStringLiteral("<br><span style='color:gray'>%1</span>").arg(tr("How sure: computing the win probabilities…"));
    m_summary->setText(summary);

    refreshCurrentTab();
}

void SelectionPage::refreshCurrentTab()
{
    // Only the tab on screen is drawn; the others when they are chosen.
    const Document &doc = *m_analysis->document();
    const SelectionResult &result = m_analysis->selection();
    const TierResult *t = tierResult(result, tier());
    QWidget *current = m_tabs->currentWidget();
    if (t && current == m_ranking)
        SelectionCharts::fillRanking(m_ranking->chart(), doc, *t, m_hasWin && m_win.tier == t->tier ? &m_win : nullptr);
    else if (t && current == m_profiles)
        SelectionCharts::fillProfiles(m_profiles->chart(), doc, result.matrix, *t);
    else if (t && current == m_sensitivity)
        SelectionCharts::fillSensitivity(m_sensitivity->chart(), doc, *t, doc.workspace().info.fragileThresholdPp);
    else if (current == m_recommendations)
        refreshRecommendations();
    else if (current && current->isAncestorOf(m_tree))
        refreshTree();
}

void SelectionPage::refreshRecommendations()
{
    const Document &doc = *m_analysis->document();
    const SelectionResult &result = m_analysis->selection();
    m_recommendations->clear();
    m_recommendations->setColumnCount(5);
    m_recommendations->setHorizontalHeaderLabels({tr("Bounded context"), tr("Current language"), tr("Recommended"), tr("Rule"), tr("Agrees")});
    m_recommendations->setRowCount(int(result.recommendations.size()));
    for (int r = 0; r < int(result.recommendations.size()); ++r) {
        const Recommendation &rec = result.recommendations[size_t(r)];
        auto *ctx = new QTableWidgetItem(doc.referenceName(TableId::Contexts, rec.context));
        ctx->setData(Qt::UserRole, rec.context);
        m_recommendations->setItem(r, 0, ctx);
        m_recommendations->setItem(r, 1, new QTableWidgetItem(rec.current.isEmpty() ? QStringLiteral("—") : doc.referenceName(TableId::Candidates, rec.current)));
        m_recommendations->setItem(r, 2, new QTableWidgetItem(rec.candidate.isEmpty() ? tr("(no rule applies)") : doc.referenceName(TableId::Candidates, rec.candidate)));
        m_recommendations->setItem(r, 3, new QTableWidgetItem(rec.rule.isEmpty() ? QStringLiteral("—") : doc.referenceName(TableId::Rules, rec.rule)));
        auto *agrees = new QTableWidgetItem(rec.disagrees ? tr("no — the rules recommend another language") : rec.candidate.isEmpty() || rec.current.isEmpty() ? QStringLiteral("—") : tr("yes"));
        if (rec.disagrees) {
            for (int c = 0; c < 4; ++c)
                m_recommendations->item(r, c)->setBackground(QColor(0xfd, 0xe2, 0xe1));
            agrees->setBackground(QColor(0xfd, 0xe2, 0xe1));
        }
        m_recommendations->setItem(r, 4, agrees);
    }
    m_recommendations->resizeColumnsToContents();
}

// --- WorkshopPage ---------------------------------------------------------------------

WorkshopPage::WorkshopPage(Analysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_model(new WorkshopModel(analysis, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("workshopPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Workshop scoring")), this));
    auto *help = new QLabel(tr("Each rater scores the rated criteria from 1 to 5: select a rater's cell and type the digit — the cursor moves down. "
                               "Delete clears a score. Rows where raters disagree by the workspace's threshold or more are highlighted for discussion."),
                            this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(help);
    m_view->setObjectName(QStringLiteral("workshopView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->installEventFilter(this);
    connect(new TableClipboardFilter(m_view, analysis->document()), &TableClipboardFilter::status, this, &WorkshopPage::status);
    layout->addWidget(m_view, 1);
    connect(m_model, &WorkshopModel::editRefused, this, &WorkshopPage::status);
    // A rater joining a live vote resets the model; measuring all 480 rows of
    // a large ballot in every column for every join blocked the projector for
    // a fifth of a second (see fitColumns()).
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    // Another workspace may have as many rows with other names.
    connect(analysis->document(), &Document::aboutToReset, this, [this] { m_fittedRows = -1; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        if (m_model->raterCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, m_model->firstRaterColumn()));
    });
    fitColumns();
    if (m_model->raterCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, m_model->firstRaterColumn()));
}

void WorkshopPage::fitColumns()
{
    m_fitPending = !isVisible();
    if (m_fitPending)
        return;
    // The candidate and criterion columns fit every row, measured again only
    // when the rows change; rater and result columns hold figures, sized from
    // the rows on screen (a joining rater adds a column, not rows).
    QHeaderView *header = m_view->horizontalHeader();
    const int rows = m_model->rowCount();
    if (rows != m_fittedRows) {
        header->setResizeContentsPrecision(-1);
        for (int c = 0; c < m_model->firstRaterColumn(); ++c)
            m_view->resizeColumnToContents(c);
        header->setResizeContentsPrecision(0);
        m_fittedRows = rows;
    }
    for (int c = m_model->firstRaterColumn(); c < m_model->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
}

void WorkshopPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        fitColumns();
}

bool WorkshopPage::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is being edited the keys go to its editor, not to the view.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && m_model->isRaterColumn(current.column())) {
            if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_5 && key->modifiers() == Qt::NoModifier) {
                if (m_model->setData(current, key->key() - Qt::Key_0) && current.row() + 1 < m_model->rowCount())
                    m_view->setCurrentIndex(current.siblingAtRow(current.row() + 1));
                return true;
            }
            if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
                m_model->setData(current, QVariant());
                return true;
            }
            if ((key->key() == Qt::Key_0 || (key->key() >= Qt::Key_6 && key->key() <= Qt::Key_9)) && key->modifiers() == Qt::NoModifier) {
                emit status(tr("Scores run from 1 to 5; Delete clears."));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ArchBoard
