#include "workshopresults.h"

#include "analysis.h"
#include "document.h"
#include "tablemodel.h"
#include "workshopstyle.h"
#include "workshoptable.h"

#include <QVBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QResizeEvent>
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
    table->setHorizontalHeader(new WorkshopHeader(Qt::Horizontal, table));
    // Names and notes wrap, never elide: the room reads them from the back.
    table->setItemDelegate(new WorkshopTextDelegate(table));
    table->setFocusPolicy(Qt::NoFocus);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setShowGrid(false);
    table->setWordWrap(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    return table;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

/// The widest word of a column's heading, padding included.
int longestWord(const WorkshopHeader *header, int column)
{
    int widest = 0;
    const QString label = header->model()->headerData(column, Qt::Horizontal).toString();
    for (const QString &word : label.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        widest = std::max(widest, header->fontMetrics().horizontalAdvance(word));
    return widest + 2 * header->padding() + 4;
}

} // namespace

WorkshopResults::WorkshopResults(Analysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
{
    // The ranking on top, as tall as its rows; the sensitivity (a row per
    // criterion) takes the rest of the height and scrolls when it must.
    auto *results = new QVBoxLayout(this);
    results->setContentsMargins(0, 0, 0, 0);
    results->setSpacing(10);
    auto *rankingCaption = new QLabel(tr("Ranking"), this);
    rankingCaption->setWordWrap(true);
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
    results->addWidget(rankingCaption);
    results->addWidget(m_winner);
    results->addWidget(m_ranking);
    results->addSpacing(14);
    results->addWidget(sensitivityCaption);
    results->addWidget(m_verdict);
    results->addWidget(m_sensitivity, 1);
    m_ranking->viewport()->installEventFilter(this);
    m_sensitivity->viewport()->installEventFilter(this);
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

bool WorkshopResults::eventFilter(QObject *watched, QEvent *event)
{
    // The tables' widths settle after this panel's: fit when a table's width changes.
    if (event->type() == QEvent::Resize) {
        auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitResults();
    }
    return QWidget::eventFilter(watched, event);
}

void WorkshopResults::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitResults();
}

void WorkshopResults::fitResults()
{
    // Figures get the width they need (their headings wrap to it); the
    // free-text columns (names, notes) share what is left and wrap.
    const auto fit = [](QTableWidget *table, QList<int> flexible, const QList<int> &minimumLines) {
        auto *header = static_cast<WorkshopHeader *>(table->horizontalHeader());
        auto *cells = static_cast<WorkshopTextDelegate *>(table->itemDelegate());
        const int columns = table->columnCount();
        flexible.removeIf([columns](int c) { return c >= columns; });
        const int line = QFontMetrics(table->font()).height();
        QStyleOptionViewItem option;
        option.font = table->font();
        const auto natural = [&](int c) {
            int w = 0;
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->item(r, c))
                    w = std::max(w, cells->sizeHint(option, table->model()->index(r, c)).width());
            }
            return w;
        };
        // (The viewport may not be laid out yet: never wider than the frame allows.)
        int left = std::min(table->viewport()->width(), table->maximumViewportSize().width());
        QList<int> widths(columns, 0);
        for (int c = 0; c < columns; ++c) {
            if (flexible.contains(c))
                continue;
            // (+ 4: rounding never wraps a figure; a heading breaks between words, not inside one.)
            widths[c] = std::max({natural(c) + 4, longestWord(header, c), line * minimumLines.value(c)});
            left -= widths[c];
        }
        // Names first take what they need up to an even share; notes the rest.
        for (int i = 0; i < flexible.size(); ++i) {
            const int c = flexible[i];
            const bool last = i == flexible.size() - 1;
            const int share = std::max(line * 3, left / int(flexible.size() - i));
            widths[c] = last ? std::max(line * 3, left) : std::min(share, std::max(natural(c), header->naturalWidth(c) / 2));
            left -= widths[c];
        }
        int headerHeight = line;
        for (int c = 0; c < columns; ++c) {
            table->setColumnWidth(c, widths[c]);
            headerHeight = std::max(headerHeight, header->labelHeight(c, widths[c]));
        }
        header->setFixedHeight(headerHeight);
        int content = headerHeight + 2 * table->frameWidth();
        for (int r = 0; r < table->rowCount(); ++r) {
            int h = int(line * 1.8);
            for (int c = 0; c < columns; ++c) {
                if (table->item(r, c))
                    h = std::max(h, cells->sizeHint(option, table->model()->index(r, c)).height());
            }
            table->setRowHeight(r, h);
            content += h;
        }
        return content;
    };
    // The ranking shows every candidate (up to half the height, then it scrolls).
    const int ranking = fit(m_ranking, {1}, {1, 0, 5, 0});
    m_ranking->setFixedHeight(std::min(ranking, std::max(height() * 7 / 10, 100)));
    fit(m_sensitivity, {0, 3}, {});
}

void WorkshopResults::refreshRanking()
{
    const Document &doc = *m_analysis->document();
    const TierResult *t = tierResult(m_analysis->selection(), m_tier);
    m_ranking->clear();
    m_ranking->setColumnCount(4);
    m_ranking->setHorizontalHeaderLabels({tr("#"), tr("Candidate"), tr("Score (0–100)"), tr("Wins")});
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
        // The note (why a candidate is out or scored on part of the weight) under its
        // name: the two share the width the figures leave, so a long note wraps less.
        auto *name = cell(doc.referenceName(TableId::Candidates, s.candidate) + (isWinner ? QStringLiteral(" ★") : QString())
                          + (notes.isEmpty() ? QString() : u'\n' + notes.join(QStringLiteral("; "))));
        name->setData(Qt::UserRole, s.candidate);
        auto *wins = cell(chances ? Selection::percentText(chances->probabilityOf(s.candidate)) : QStringLiteral("…"), Qt::AlignRight | Qt::AlignVCenter);
        for (QTableWidgetItem *item : {rank, name, score, wins}) {
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
