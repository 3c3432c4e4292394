#include "workshopresults.h"

#include "analysis.h"
#include "document.h"
#include "tablemodel.h"
#include "workshopstyle.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace ArchBoard {

using namespace WorkshopStyle;

namespace {

const TierResult *tierResult(const SelectionResult &r, const QString &tier)
{
    for (const TierResult &t : r.tiers) {
        if (t.tier == tier)
            return &t;
    }
    return nullptr;
}

/// The ranking's score column: a bar in the candidate's colour, the figure on it.
class ScoreBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->fillRect(option.rect, kPanel);
        const double share = std::clamp(index.data(Qt::UserRole).toDouble(), 0.0, 1.0);
        QColor colour = index.data(Qt::UserRole + 1).value<QColor>();
        if (!colour.isValid())
            colour = QColor(0x44, 0x77, 0xaa);
        const QRect bar = option.rect.adjusted(4, 6, -4, -6);
        const QRect filled(bar.left(), bar.top(), int(std::lround(bar.width() * share)), bar.height());
        painter->fillRect(filled, colour);
        painter->setPen(QPen(kMuted, 1));
        painter->drawRect(bar);
        painter->setFont(option.font);
        // On a long bar the figure sits inside, dark or light as the colour
        // needs; on a short one it follows the bar on the dark panel.
        const bool inside = share >= 0.5;
        painter->setPen(inside && colour.lightnessF() > 0.55 ? Qt::black : kText);
        const QRect label = inside ? bar.adjusted(10, 0, -10, 0) : bar.adjusted(filled.width() + 10, 0, -10, 0);
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());
        painter->restore();
    }
};

QTableWidget *resultTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setFocusPolicy(Qt::NoFocus);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->horizontalHeader()->setHighlightSections(false);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

} // namespace

WorkshopResults::WorkshopResults(Analysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
{
    auto *results = new QGridLayout(this);
    results->setContentsMargins(0, 0, 0, 0);
    results->setHorizontalSpacing(28);
    auto *rankingCaption = new QLabel(tr("Ranking"), this);
    auto *sensitivityCaption = new QLabel(tr("Sensitivity: how far a weight can move before the winner changes"), this);
    sensitivityCaption->setWordWrap(true);
    m_captions = {rankingCaption, sensitivityCaption};
    m_winner = new QLabel(this);
    m_winner->setObjectName(QStringLiteral("workshopWinner"));
    m_winner->setWordWrap(true);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("workshopVerdict"));
    m_verdict->setWordWrap(true);
    m_ranking = resultTable(this, QStringLiteral("workshopRanking"));
    m_ranking->setItemDelegateForColumn(2, new ScoreBarDelegate(m_ranking));
    m_sensitivity = resultTable(this, QStringLiteral("workshopSensitivity"));
    results->addWidget(rankingCaption, 0, 0);
    results->addWidget(sensitivityCaption, 0, 1);
    results->addWidget(m_winner, 1, 0);
    results->addWidget(m_verdict, 1, 1);
    results->addWidget(m_ranking, 2, 0);
    results->addWidget(m_sensitivity, 2, 1);
    results->setColumnStretch(0, 1);
    results->setColumnStretch(1, 1);
    results->setRowStretch(2, 1);
}

void WorkshopResults::setTier(const QString &tier)
{
    m_tier = tier;
    refreshRanking();
    refreshSensitivity();
}

QString WorkshopResults::winnerText() const
{
    return m_winner->text();
}

void WorkshopResults::applyFonts(const QFont &base)
{
    m_winner->setFont(scaled(base, 1.1, true));
    m_verdict->setFont(scaled(base, 1.0, false));
    for (QLabel *caption : std::as_const(m_captions))
        caption->setFont(scaled(base, 1.1, true));
    m_ranking->setFont(scaled(base, 1.25, false));
    for (QTableWidget *table : {m_ranking, m_sensitivity}) {
        table->horizontalHeader()->setFont(scaled(base, 0.85, true));
        table->verticalHeader()->setDefaultSectionSize(int(QFontMetrics(table->font()).height() * 1.8));
    }
}

void WorkshopResults::fitResults()
{
    const int pad = fontMetrics().averageCharWidth() * 3;
    // Figures get their width; the free-text column (the ranking's note, the
    // sensitivity's criterion name) takes what is left and elides.
    const auto fit = [pad](QTableWidget *table, int flexible) {
        QHeaderView *header = table->horizontalHeader();
        header->setStretchLastSection(false);
        for (int c = 0; c < table->columnCount(); ++c) {
            header->setSectionResizeMode(c, QHeaderView::Interactive);
            if (c != flexible) {
                table->resizeColumnToContents(c);
                table->setColumnWidth(c, table->columnWidth(c) + pad);
            }
        }
        if (flexible >= 0 && flexible < table->columnCount())
            header->setSectionResizeMode(flexible, QHeaderView::Stretch);
    };
    fit(m_ranking, 4);
    m_ranking->setColumnWidth(2, std::max(m_ranking->columnWidth(2), QFontMetrics(m_ranking->font()).height() * 7));
    fit(m_sensitivity, 0);
}

void WorkshopResults::refreshRanking()
{
    const Document &doc = *m_analysis->document();
    const TierResult *t = tierResult(m_analysis->selection(), m_tier);
    m_ranking->clear();
    m_ranking->setColumnCount(5);
    m_ranking->setHorizontalHeaderLabels({tr("#"), tr("Candidate"), tr("Score (0–100)"), tr("Wins"), tr("Note")});
    // The win probability beside the deterministic rank (computed on a worker).
    const WinProbabilities *win = m_analysis->winProbabilities();
    const TierWinProbability *chances = win && t ? win->tier(t->tier) : nullptr;
    if (m_ranking->horizontalHeaderItem(3))
        m_ranking->horizontalHeaderItem(3)->setToolTip(chances ? tr("Share of %1 Monte Carlo draws (weights, ratings and measured ranges varied together) this candidate wins")
                                                                     .arg(chances->draws)
                                                               : tr("Win probabilities are being computed"));
    m_ranking->setRowCount(t ? int(t->ranking.size()) : 0);
    if (!t) {
        m_winner->setText(QString());
        return;
    }
    m_winner->setText(t->winner.isEmpty() ? tr("No winner: every candidate is knocked out.")
                                          : tr("Winner: %1 ★").arg(doc.referenceName(TableId::Candidates, t->winner)));
    QPalette winner = m_winner->palette();
    winner.setColor(QPalette::WindowText, t->winner.isEmpty() ? kMuted : kAccent);
    m_winner->setPalette(winner);
    for (int r = 0; r < int(t->ranking.size()); ++r) {
        const CandidateScore &s = t->ranking[size_t(r)];
        const bool isWinner = s.candidate == t->winner;
        auto *rank = cell(s.knockedOut ? QStringLiteral("✕") : QString::number(s.rank), Qt::AlignCenter);
        auto *name = cell(doc.referenceName(TableId::Candidates, s.candidate) + (isWinner ? QStringLiteral(" ★") : QString()));
        name->setData(Qt::UserRole, s.candidate);
        auto *score = cell(TableModel::formatNumber(s.score * 100.0, 1));
        score->setData(Qt::UserRole, s.score);
        const int row = doc.rowOfId(TableId::Candidates, s.candidate);
        const QColor colour = row >= 0 ? QColor(doc.workspace().candidates[size_t(row)].color) : QColor();
        score->setData(Qt::UserRole + 1, colour.isValid() ? colour : QColor(0x44, 0x77, 0xaa));
        QStringList notes;
        for (const FailedThreshold &f : s.failed)
            notes << tr("knocked out by %1").arg(doc.referenceName(TableId::Criteria, f.criterion));
        if (s.coverage < 0.999)
            notes << tr("%1 % of the weight has figures").arg(TableModel::formatNumber(s.coverage * 100.0, 0));
        auto *note = cell(notes.join(QStringLiteral("; ")));
        auto *wins = cell(chances ? Selection::percentText(chances->probabilityOf(s.candidate)) : QStringLiteral("…"), Qt::AlignRight | Qt::AlignVCenter);
        for (QTableWidgetItem *item : {rank, name, score, wins, note}) {
            item->setForeground(s.knockedOut ? kMuted : isWinner ? kAccent : kText);
            if (isWinner) {
                QFont f = m_ranking->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        m_ranking->setItem(r, 0, rank);
        m_ranking->setItem(r, 1, name);
        m_ranking->setItem(r, 2, score);
        m_ranking->setItem(r, 3, wins);
        m_ranking->setItem(r, 4, note);
    }
    fitResults();
}

void WorkshopResults::refreshSensitivity()
{
    const Document &doc = *m_analysis->document();
    const TierResult *t = tierResult(m_analysis->selection(), m_tier);
    m_sensitivity->clear();
    m_sensitivity->setColumnCount(5);
    m_sensitivity->setHorizontalHeaderLabels({tr("Criterion"), tr("Weight"), tr("Winner changes at"), tr("Then wins"), tr("Room")});
    m_sensitivity->setRowCount(t ? int(t->sensitivity.size()) : 0);
    if (!t) {
        m_verdict->setText(QString());
        return;
    }
    const double fragilePp = doc.workspace().info.fragileThresholdPp;
    QPalette verdict = m_verdict->palette();
    verdict.setColor(QPalette::WindowText, kText);
    switch (t->stability) {
    case Stability::Stable:
        m_verdict->setText(t->minDistancePp ? tr("Stable: the winner holds until a weight moves %1 pp.").arg(TableModel::formatNumber(*t->minDistancePp, 1))
                                            : tr("Stable: no single weight change alters the winner."));
        break;
    case Stability::Fragile:
        m_verdict->setText(tr("Fragile: a %1 pp weight change alters the winner.").arg(TableModel::formatNumber(*t->minDistancePp, 1)));
        verdict.setColor(QPalette::WindowText, QColor(0xff, 0x8a, 0x80));
        break;
    case Stability::Undecided:
        m_verdict->setText(tr("Undecided: every candidate is knocked out."));
        break;
    case Stability::Uncontested:
        m_verdict->setText(tr("Uncontested: the only candidate left after the knock-outs, so no weight can change the winner."));
        break;
    }
    m_verdict->setPalette(verdict);
    for (int r = 0; r < int(t->sensitivity.size()); ++r) {
        const SensitivityItem &s = t->sensitivity[size_t(r)];
        const bool fragile = s.distancePp && *s.distancePp < fragilePp;
        const QString pct = QStringLiteral("%1 %");
        const QList<QTableWidgetItem *> items = {
            cell(doc.referenceName(TableId::Criteria, s.criterion)),
            cell(pct.arg(TableModel::formatNumber(s.weightPct, 1)), Qt::AlignRight | Qt::AlignVCenter),
            cell(s.flipAtPct ? pct.arg(TableModel::formatNumber(*s.flipAtPct, 1)) : tr("never"), Qt::AlignRight | Qt::AlignVCenter),
            cell(s.flipsTo.isEmpty() ? QStringLiteral("—") : doc.referenceName(TableId::Candidates, s.flipsTo)),
            cell(s.distancePp ? tr("%1 pp").arg(TableModel::formatNumber(*s.distancePp, 1)) : QStringLiteral("—"), Qt::AlignRight | Qt::AlignVCenter),
        };
        for (int c = 0; c < int(items.size()); ++c) {
            if (fragile) {
                items[c]->setBackground(kFragile);
                items[c]->setForeground(kText);
            }
            m_sensitivity->setItem(r, c, items[c]);
        }
    }
    fitResults();
}

} // namespace ArchBoard
