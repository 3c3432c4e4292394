#include "workshopmode.h"

#include "analysis.h"
#include "document.h"
#include "livevoting.h"
#include "tablemodel.h"
#include "votingpanel.h"
#include "workshopmatrixmodel.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ArchBoard {

namespace {

// High contrast for a projector in a lit room: white on near-black, one
// signal colour (yellow) for the cursor and the winner.
const QColor kBackground(0x0b, 0x0b, 0x0b);
const QColor kPanel(0x1a, 0x1a, 0x1a);
const QColor kText(Qt::white);
const QColor kMuted(0xb0, 0xb0, 0xb0);
const QColor kAccent(0xff, 0xd4, 0x00);
const QColor kFragile(0x9b, 0x1c, 0x1c);

constexpr double kDefaultScale = 1.6;
constexpr double kMinScale = 1.0;
constexpr double kMaxScale = 3.0;
constexpr double kScaleStep = 0.2;

const TierResult *tierResult(const SelectionResult &r, const QString &tier)
{
    for (const TierResult &t : r.tiers) {
        if (t.tier == tier)
            return &t;
    }
    return nullptr;
}

/// The matrix cells: heat-map background, a rated cell's own score large with
/// the room's aggregate beside it, and a thick frame around the cursor.
class CellDelegate : public QStyledItemDelegate
{
public:
    CellDelegate(QTableView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        const QVariant background = index.data(Qt::BackgroundRole);
        painter->fillRect(option.rect, background.canConvert<QBrush>() ? background.value<QBrush>() : QBrush(kPanel));
        const QRect text = option.rect.adjusted(12, 0, -12, 0);
        // Heat-map cells are light (dark ink); score and rank sit on the dark panel.
        const QVariant foreground = index.data(Qt::ForegroundRole);
        const QColor ink = foreground.canConvert<QBrush>() ? foreground.value<QBrush>().color()
                           : background.isValid()          ? QColor(0x1e, 0x1e, 0x1e)
                                                           : kText;
        painter->setPen(ink);
        if (index.data(RatedRole).toBool()) {
            QFont big = option.font;
            big.setBold(true);
            big.setPointSizeF(option.font.pointSizeF() * 1.5);
            const QVariant own = index.data(RaterScoreRole);
            painter->setFont(big);
            painter->setPen(own.isValid() ? ink : QColor(0x70, 0x70, 0x70));
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, own.isValid() ? own.toString() : QStringLiteral("·"));
            painter->setFont(option.font);
            painter->setPen(ink);
            painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, index.data(AggregateTextRole).toString());
        } else {
            QFont font = option.font;
            const QVariant f = index.data(Qt::FontRole);
            if (f.canConvert<QFont>() && f.value<QFont>().bold())
                font.setBold(true);
            painter->setFont(font);
            painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());
        }
        if (index == m_view->currentIndex()) {
            // Yellow outside, black inside: visible on dark gaps and light cells alike.
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(kAccent, 6));
            painter->drawRect(option.rect.adjusted(3, 3, -3, -3));
            painter->setPen(QPen(Qt::black, 2));
            painter->drawRect(option.rect.adjusted(7, 7, -7, -7));
        }
        painter->restore();
    }

private:
    QTableView *m_view;
};

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

WorkshopMode::WorkshopMode(Analysis *analysis, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_analysis(analysis)
    , m_matrix(new WorkshopMatrixModel(analysis, this))
{
    setObjectName(QStringLiteral("workshopMode"));
    setWindowTitle(tr("ArchBoard — Workshop Mode"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 16);
    layout->setSpacing(14);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("workshopTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    auto *who = new QHBoxLayout;
    m_tierLabel = new QLabel(this);
    m_tierLabel->setObjectName(QStringLiteral("workshopTier"));
    m_tierLabel->setWordWrap(true);
    m_raterLabel = new QLabel(this);
    m_raterLabel->setObjectName(QStringLiteral("workshopRater"));
    m_raterLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    who->addWidget(m_tierLabel, 3);
    who->addWidget(m_raterLabel, 2);
    layout->addLayout(who);

    m_matrixView = new QTableView(this);
    m_matrixView->setObjectName(QStringLiteral("workshopMatrix"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setItemDelegate(new CellDelegate(m_matrixView));
    // The window takes every key; the views only show.
    m_matrixView->setFocusPolicy(Qt::NoFocus);
    m_matrixView->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setWordWrap(false);
    m_matrixView->horizontalHeader()->setHighlightSections(false);
    m_matrixView->verticalHeader()->setHighlightSections(false);
    m_matrixView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_matrixView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_matrixView, &QTableView::clicked, this, [this](const QModelIndex &index) { setCursor(index.row(), index.column()); });
    connect(m_matrix, &QAbstractItemModel::modelReset, this, [this] {
        clampCursor();
        fitColumns();
    });
    // The matrix and the results on the left, the voting panel (while open) on the right.
    m_body = new QHBoxLayout;
    m_body->setSpacing(28);
    auto *left = new QVBoxLayout;
    left->setSpacing(14);
    left->addWidget(m_matrixView);

    auto *results = new QGridLayout;
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
    left->addLayout(results, 1);
    m_body->addLayout(left, 2);
    layout->addLayout(m_body, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("workshopStatus"));
    m_status->setWordWrap(true);
    m_hint = new QLabel(tr("? keys · 1–5 score · Tab rater · T tier · V voting · D record decision · Esc leave"), this);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_hint);
    layout->addLayout(bottom);

    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("workshopKeys"));
    m_keys->setTextFormat(Qt::RichText);
    m_keys->setAlignment(Qt::AlignCenter);
    m_keys->setAutoFillBackground(true);
    m_keys->setFrameStyle(QFrame::Box | QFrame::Plain);
    m_keys->setLineWidth(3);
    m_keys->setMargin(24);
    const QStringList rows = {
        tr("<tr><td><b>← ↑ → ↓</b></td><td>move the cell cursor</td></tr>"),
        tr("<tr><td><b>1 – 5</b></td><td>the current rater's score of a rated criterion</td></tr>"),
        tr("<tr><td><b>0</b> / <b>Delete</b></td><td>clear the current rater's score</td></tr>"),
        tr("<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo</td></tr>"),
        tr("<tr><td><b>Tab</b> / <b>Shift+Tab</b>, <b>]</b> / <b>[</b></td><td>next / previous rater</td></tr>"),
        tr("<tr><td><b>T</b> / <b>Shift+T</b></td><td>next / previous SLA tier</td></tr>"),
        tr("<tr><td><b>Ctrl+=</b> / <b>Ctrl+-</b> / <b>Ctrl+0</b></td><td>larger / smaller / default type</td></tr>"),
        tr("<tr><td><b>V</b></td><td>open live voting on this tier (while open: show or hide its panel)</td></tr>"),
        tr("<tr><td><b>R</b> / <b>N</b> / <b>Shift+V</b></td><td>reveal the votes / another round / close voting</td></tr>"),
        tr("<tr><td><b>D</b></td><td>record the decision: leave and draft the decision record of this tier</td></tr>"),
        tr("<tr><td><b>? </b> / <b>F1</b></td><td>show or hide these keys</td></tr>"),
        tr("<tr><td><b>Esc</b></td><td>leave workshop mode</td></tr>"),
    };
    m_keys->setText(QStringLiteral("<h2>%1</h2><table cellspacing='10'>%2</table>").arg(tr("Workshop mode keys"), rows.join(QString())));
    m_keys->hide();

    connect(analysis, &Analysis::updated, this, &WorkshopMode::onUpdated);
    connect(analysis, &Analysis::winProbabilitiesReady, this, [this] {
        if (isVisible())
            refreshRanking();
    });
    applyPalette();
    applyFonts();
    refresh();
    setStatus(tr("Scores go to the rater shown at the top right. Press ? for every key."));
}

void WorkshopMode::present(bool windowed)
{
    refresh();
    if (windowed) {
        setWindowState(windowState() & ~Qt::WindowFullScreen);
        show();
    } else {
        showFullScreen();
    }
    raise();
    activateWindow();
    setFocus(Qt::ActiveWindowFocusReason);
}

void WorkshopMode::applyPalette()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, kBackground);
    p.setColor(QPalette::WindowText, kText);
    p.setColor(QPalette::Base, kPanel);
    p.setColor(QPalette::AlternateBase, kPanel.lighter(130));
    p.setColor(QPalette::Text, kText);
    p.setColor(QPalette::Button, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::ButtonText, kText);
    p.setColor(QPalette::Highlight, kAccent);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::PlaceholderText, kMuted);
    setPalette(p);
    QPalette keys = p;
    keys.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    m_keys->setPalette(keys);
    QPalette muted = p;
    muted.setColor(QPalette::WindowText, kMuted);
    m_hint->setPalette(muted);
    QPalette accent = p;
    accent.setColor(QPalette::WindowText, kAccent);
    m_raterLabel->setPalette(accent);
    m_status->setPalette(accent);
}

void WorkshopMode::applyFonts()
{
    QFont base = QApplication::font();
    if (base.pointSizeF() > 0)
        base.setPointSizeF(base.pointSizeF() * m_scale);
    else
        base.setPixelSize(int(std::lround(base.pixelSize() * m_scale)));
    setFont(base);
    auto sized = [&base](double factor, bool bold) {
        QFont f = base;
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * factor);
        else
            f.setPixelSize(int(std::lround(f.pixelSize() * factor)));
        f.setBold(bold);
        return f;
    };
    m_title->setFont(sized(1.35, true));
    m_tierLabel->setFont(sized(1.1, true));
    m_raterLabel->setFont(sized(1.1, true));
    m_winner->setFont(sized(1.1, true));
    m_verdict->setFont(sized(1.0, false));
    m_hint->setFont(sized(0.8, false));
    m_keys->setFont(sized(1.0, false));
    for (QLabel *caption : std::as_const(m_captions))
        caption->setFont(sized(1.1, true));
    m_matrixView->horizontalHeader()->setFont(sized(0.85, true));
    m_matrixView->verticalHeader()->setFont(sized(1.0, true));

    m_ranking->setFont(sized(1.25, false));
    const int line = QFontMetrics(base).height();
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->verticalHeader()->setDefaultSectionSize(int(line * 2.2));
    for (QTableWidget *table : {m_ranking, m_sensitivity}) {
        table->horizontalHeader()->setFont(sized(0.85, true));
        table->verticalHeader()->setDefaultSectionSize(int(QFontMetrics(table->font()).height() * 1.8));
    }
    if (m_votingPanel)
        m_votingPanel->setScale(m_scale);
    fitColumns();
    if (m_keys->isVisible()) {
        m_keys->adjustSize();
        m_keys->move((width() - m_keys->width()) / 2, (height() - m_keys->height()) / 2);
    }
}

void WorkshopMode::fitColumns()
{
    // Criteria share the width left by score and rank; a column is never
    // narrower than its content (many criteria scroll sideways instead).
    QHeaderView *columns = m_matrixView->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    m_matrixView->resizeColumnsToContents();
    const int pad = fontMetrics().averageCharWidth() * 3;
    const int criteria = m_matrix->scoreColumn();
    int used = 0;
    for (int c = 0; c < m_matrix->columnCount(); ++c) {
        columns->resizeSection(c, columns->sectionSize(c) + pad);
        used += columns->sectionSize(c);
    }
    const int room = m_matrixView->viewport()->width() - used - 4;
    if (criteria > 0 && room > 0) {
        for (int c = 0; c < criteria; ++c)
            columns->resizeSection(c, columns->sectionSize(c) + room / criteria);
    }
    // The matrix is as tall as its rows (up to half the screen, then it
    // scrolls): the rest goes to the ranking and the sensitivity.
    const int frame = 2 * m_matrixView->frameWidth();
    const int wide = used > m_matrixView->viewport()->width() ? m_matrixView->horizontalScrollBar()->sizeHint().height() : 0;
    const int content = columns->sizeHint().height() + m_matrixView->verticalHeader()->length() + frame + wide;
    m_matrixView->setFixedHeight(std::min(content, std::max(200, int(height() * 0.5))));
    fitResults();
}

void WorkshopMode::fitResults()
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

void WorkshopMode::setFontScale(double scale)
{
    scale = std::clamp(std::round(scale * 10.0) / 10.0, kMinScale, kMaxScale);
    if (scale == m_scale)
        return;
    m_scale = scale;
    applyFonts();
    refreshRanking();
    refreshSensitivity();
    setStatus(tr("Type size %1 × the desktop's.").arg(TableModel::formatNumber(m_scale, 1)));
}

void WorkshopMode::onUpdated()
{
    if (isVisible())
        refresh();
    else
        m_stale = true; // caught up when shown: edits elsewhere stay quick
}

void WorkshopMode::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void WorkshopMode::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
    if (m_keys->isVisible())
        m_keys->move((width() - m_keys->width()) / 2, (height() - m_keys->height()) / 2);
}

void WorkshopMode::refresh()
{
    m_stale = false;
    if (!m_analysis || !m_analysis->document())
        return;
    const Workspace &ws = m_analysis->document()->workspace();
    // The tier and rater shown may have been removed (or a new workspace opened).
    const auto hasTier = std::any_of(ws.tiers.begin(), ws.tiers.end(), [this](const SlaTier &t) { return t.id == m_tier; });
    if (!hasTier)
        m_tier = ws.tiers.empty() ? QString() : ws.tiers.front().id;
    const auto hasRater = std::any_of(ws.raters.begin(), ws.raters.end(), [this](const Rater &r) { return r.id == m_rater; });
    if (!hasRater)
        m_rater = ws.raters.empty() ? QString() : ws.raters.front().id;
    if (m_matrix->tier() != m_tier)
        m_matrix->setTier(m_tier);
    m_matrix->setRater(m_rater);
    clampCursor();
    refreshHeader();
    refreshRanking();
    refreshSensitivity();
}

void WorkshopMode::refreshHeader()
{
    const Document &doc = *m_analysis->document();
    const Workspace &ws = doc.workspace();
    m_title->setText(ws.info.name.isEmpty() ? tr("Workshop") : ws.info.name);
    int tierIndex = -1;
    for (size_t i = 0; i < ws.tiers.size(); ++i) {
        if (ws.tiers[i].id == m_tier)
            tierIndex = int(i);
    }
    m_tierLabel->setText(tierIndex < 0 ? tr("No SLA tier yet: add one to rank the candidates.")
                                       : tr("SLA tier %1 of %2: %3").arg(tierIndex + 1).arg(ws.tiers.size()).arg(ws.tiers[size_t(tierIndex)].name));
    int raterIndex = -1;
    for (size_t i = 0; i < ws.raters.size(); ++i) {
        if (ws.raters[i].id == m_rater)
            raterIndex = int(i);
    }
    m_raterLabel->setText(raterIndex < 0 ? tr("No raters yet")
                                         : tr("Scoring as: %1 (%2 of %3)").arg(ws.raters[size_t(raterIndex)].name).arg(raterIndex + 1).arg(ws.raters.size()));
}

void WorkshopMode::refreshRanking()
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

void WorkshopMode::refreshSensitivity()
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

void WorkshopMode::clampCursor()
{
    const int rows = m_matrix->rowCount();
    const int columns = m_matrix->scoreColumn(); // criteria only, not score and rank
    m_row = rows > 0 ? std::clamp(m_row, 0, rows - 1) : 0;
    m_column = columns > 0 ? std::clamp(m_column, 0, columns - 1) : 0;
    const QModelIndex index = rows > 0 && columns > 0 ? m_matrix->index(m_row, m_column) : QModelIndex();
    m_matrixView->setCurrentIndex(index);
    if (index.isValid())
        m_matrixView->scrollTo(index);
    m_matrixView->viewport()->update();
}

void WorkshopMode::setCursor(int row, int column)
{
    m_row = row;
    m_column = column;
    clampCursor();
}

void WorkshopMode::moveCursor(int rows, int columns)
{
    setCursor(m_row + rows, m_column + columns);
    const QModelIndex index = m_matrixView->currentIndex();
    if (index.isValid())
        setStatus(tr("%1 — %2").arg(m_matrix->headerData(index.row(), Qt::Vertical).toString(),
                                     m_analysis->document()->referenceName(TableId::Criteria, m_matrix->criterionAt(index.column()))));
}

void WorkshopMode::setTier(const QString &tier)
{
    m_tier = tier;
    refresh();
}

void WorkshopMode::setRater(const QString &rater)
{
    m_rater = rater;
    refresh();
}

void WorkshopMode::score(std::optional<int> value)
{
    const QModelIndex index = m_matrixView->currentIndex();
    if (!index.isValid()) {
        setStatus(tr("Nothing to score: the matrix has no candidates or criteria."));
        return;
    }
    const Document &doc = *m_analysis->document();
    const QString candidate = doc.referenceName(TableId::Candidates, m_matrix->candidateAt(index.row()));
    const QString criterion = doc.referenceName(TableId::Criteria, m_matrix->criterionAt(index.column()));
    if (!m_matrix->setData(index, value ? QVariant(*value) : QVariant())) {
        setStatus(m_matrix->scoreError());
        return;
    }
    const QString rater = doc.referenceName(TableId::Raters, m_rater);
    setStatus(value ? tr("%1 scores %2 on %3: %4.").arg(rater, candidate, criterion).arg(*value)
                    : tr("%1's score of %2 on %3 cleared.").arg(rater, candidate, criterion));
}

void WorkshopMode::stepRater(int step)
{
    const Workspace &ws = m_analysis->document()->workspace();
    if (ws.raters.empty()) {
        setStatus(tr("No raters yet: add them on the “Raters and ratings” page."));
        return;
    }
    int i = 0;
    for (size_t r = 0; r < ws.raters.size(); ++r) {
        if (ws.raters[r].id == m_rater)
            i = int(r);
    }
    const int n = int(ws.raters.size());
    setRater(ws.raters[size_t(((i + step) % n + n) % n)].id);
    setStatus(tr("Now scoring as %1.").arg(m_analysis->document()->referenceName(TableId::Raters, m_rater)));
}

void WorkshopMode::stepTier(int step)
{
    const Workspace &ws = m_analysis->document()->workspace();
    if (ws.tiers.empty()) {
        setStatus(tr("No SLA tiers yet: add them on the “SLA tiers” page."));
        return;
    }
    int i = 0;
    for (size_t t = 0; t < ws.tiers.size(); ++t) {
        if (ws.tiers[t].id == m_tier)
            i = int(t);
    }
    const int n = int(ws.tiers.size());
    setTier(ws.tiers[size_t(((i + step) % n + n) % n)].id);
    setStatus(tr("Tier: %1.").arg(m_analysis->document()->referenceName(TableId::Tiers, m_tier)));
}

void WorkshopMode::undo(bool redo)
{
    Document *doc = m_analysis->document();
    if (redo ? !doc->canRedo() : !doc->canUndo()) {
        setStatus(redo ? tr("Nothing to redo.") : tr("Nothing to undo."));
        return;
    }
    const QString text = redo ? doc->redoText() : doc->undoText();
    redo ? doc->redo() : doc->undo();
    setStatus(redo ? tr("Redone: %1.").arg(text) : tr("Undone: %1.").arg(text));
}

void WorkshopMode::recordDecision()
{
    if (m_tier.isEmpty()) {
        setStatus(tr("No SLA tier to record a decision for."));
        return;
    }
    const QString tier = m_tier;
    // Leave first: the drafted record opens in the main window behind.
    showKeys(false);
    close();
    emit recordDecisionRequested(tier);
}

void WorkshopMode::showKeys(bool shown)
{
    if (shown) {
        m_keys->adjustSize();
        m_keys->move((width() - m_keys->width()) / 2, (height() - m_keys->height()) / 2);
        m_keys->raise();
    }
    m_keys->setVisible(shown);
}

bool WorkshopMode::keysShown() const
{
    return m_keys->isVisible();
}

void WorkshopMode::setStatus(const QString &message)
{
    m_status->setText(message);
}

QString WorkshopMode::statusText() const
{
    return m_status->text();
}

QString WorkshopMode::winnerText() const
{
    return m_winner->text();
}

QString WorkshopMode::headerText() const
{
    return QStringLiteral("%1\n%2\n%3").arg(m_title->text(), m_tierLabel->text(), m_raterLabel->text());
}

bool WorkshopMode::event(QEvent *event)
{
    // Tab would move the focus; here it switches the rater.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    }
    return QWidget::event(event);
}

void WorkshopMode::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (event->matches(QKeySequence::Undo)) {
        undo(false);
        return;
    }
    if (event->matches(QKeySequence::Redo) || (key == Qt::Key_Z && mods == (Qt::ControlModifier | Qt::ShiftModifier))) {
        undo(true);
        return;
    }
    if (mods & Qt::ControlModifier) {
        if (key == Qt::Key_Equal || key == Qt::Key_Plus)
            setFontScale(m_scale + kScaleStep);
        else if (key == Qt::Key_Minus)
            setFontScale(m_scale - kScaleStep);
        else if (key == Qt::Key_0)
            setFontScale(kDefaultScale);
        else
            QWidget::keyPressEvent(event);
        return;
    }
    if (mods & (Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (key == Qt::Key_Escape) {
        if (keysShown())
            showKeys(false);
        else
            close();
        return;
    }
    if (key == Qt::Key_Question || key == Qt::Key_F1) {
        showKeys(!keysShown());
        return;
    }
    switch (key) {
    case Qt::Key_Left: moveCursor(0, -1); return;
    case Qt::Key_Right: moveCursor(0, 1); return;
    case Qt::Key_Up: moveCursor(-1, 0); return;
    case Qt::Key_Down: moveCursor(1, 0); return;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
    case Qt::Key_5: score(key - Qt::Key_0); return;
    case Qt::Key_0:
    case Qt::Key_Delete:
    case Qt::Key_Backspace: score(std::nullopt); return;
    case Qt::Key_6:
    case Qt::Key_7:
    case Qt::Key_8:
    case Qt::Key_9: setStatus(tr("Scores run from 1 to 5; 0 or Delete clears.")); return;
    case Qt::Key_Tab: stepRater(mods & Qt::ShiftModifier ? -1 : 1); return;
    case Qt::Key_Backtab: stepRater(-1); return;
    case Qt::Key_BracketRight: stepRater(1); return;
    case Qt::Key_BracketLeft: stepRater(-1); return;
    case Qt::Key_T: stepTier(mods & Qt::ShiftModifier ? -1 : 1); return;
    case Qt::Key_D: recordDecision(); return;
    case Qt::Key_V:
    case Qt::Key_R:
    case Qt::Key_N: votingKey(key, mods & Qt::ShiftModifier); return;
    default: QWidget::keyPressEvent(event);
    }
}

void WorkshopMode::setVoting(LiveVoting *voting)
{
    m_voting = voting;
    if (!voting || m_votingPanel)
        return;
    m_votingPanel = new VotingPanel(voting, this);
    m_votingPanel->setVisible(voting->isOpen());
    m_votingPanel->setScale(m_scale);
    m_body->addWidget(m_votingPanel, 1);
    connect(voting, &LiveVoting::opened, this, [this] {
        m_votingPanel->show();
        setStatus(tr("Voting is open: members join with the QR code or the URL and the join code."));
    });
    connect(voting, &LiveVoting::closed, this, [this] {
        m_votingPanel->hide();
        setStatus(tr("Voting closed: the server has stopped."));
    });
    connect(voting, &LiveVoting::revealed, this, [this](const RevealSummary &summary) {
        setStatus(tr("Round %1 revealed: %2 scores in the matrix, %3 cells disputed.").arg(summary.round).arg(summary.scores).arg(summary.disputes.size()));
    });
    connect(voting, &LiveVoting::problem, this, &WorkshopMode::setStatus);
}

void WorkshopMode::votingKey(int key, bool shift)
{
    const bool open = m_voting && m_voting->isOpen();
    if (key == Qt::Key_V && !shift) {
        if (!open) {
            emit openVotingRequested(m_tier);
            return;
        }
        m_votingPanel->setVisible(!m_votingPanel->isVisible());
        return;
    }
    if (!open) {
        setStatus(tr("No voting is open: V opens it."));
        return;
    }
    if (key == Qt::Key_V) {
        m_voting->close();
    } else if (key == Qt::Key_R) {
        m_voting->reveal();
    } else if (key == Qt::Key_N) {
        if (m_voting->status().revealed)
            m_voting->nextRound();
        else
            setStatus(tr("Reveal this round (R) before opening another."));
    }
}

} // namespace ArchBoard
