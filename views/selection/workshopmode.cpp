#include "workshopmode.h"

#include "analysis.h"
#include "document.h"
#include "livevoting.h"
#include "tablemodel.h"
#include "votingpanel.h"
#include "workshopkeys.h"
#include "workshopmatrix.h"
#include "workshopmatrixmodel.h"
#include "workshopresults.h"
#include "workshopstyle.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ArchBoard {

using namespace WorkshopStyle;

namespace {

constexpr double kDefaultScale = 1.6;
constexpr double kMinScale = 1.0;
constexpr double kMaxScale = 3.0;
constexpr double kScaleStep = 0.2;

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

    m_grid = new WorkshopMatrix(m_matrix, this);
    connect(m_grid, &WorkshopMatrix::cellClicked, this, &WorkshopMode::setCursor);
    connect(m_matrix, &QAbstractItemModel::modelReset, this, &WorkshopMode::clampCursor);
    // The matrix (criteria down, the totals under them) and the results beside
    // it, each the full height; the voting panel (while open) on the right.
    m_body = new QHBoxLayout;
    m_body->setSpacing(28);
    m_body->addWidget(m_grid, 3);
    m_results = new WorkshopResults(analysis, this);
    m_body->addWidget(m_results, 2);
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

    m_keys = new WorkshopKeys(this);

    connect(analysis, &Analysis::updated, this, &WorkshopMode::onUpdated);
    connect(analysis, &Analysis::winProbabilitiesReady, this, [this] {
        if (isVisible())
            m_results->refreshRanking();
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
    m_title->setFont(scaled(base, 1.35, true));
    m_tierLabel->setFont(scaled(base, 1.1, true));
    m_raterLabel->setFont(scaled(base, 1.1, true));
    m_hint->setFont(scaled(base, 0.8, false));
    m_keys->setFont(scaled(base, 1.0, false));
    m_grid->applyFonts(base);
    m_results->applyFonts(base);
    if (m_votingPanel)
        m_votingPanel->setScale(m_scale);
    if (m_keys->isVisible())
        m_keys->recentre();
}

void WorkshopMode::setFontScale(double scale)
{
    scale = std::clamp(std::round(scale * 10.0) / 10.0, kMinScale, kMaxScale);
    if (scale == m_scale)
        return;
    m_scale = scale;
    applyFonts();
    m_results->refreshRanking();
    m_results->refreshSensitivity();
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
    if (m_keys->isVisible())
        m_keys->recentre();
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
    m_results->setTier(m_tier);
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

void WorkshopMode::clampCursor()
{
    const int rows = m_matrix->rowCount();
    const int columns = m_matrix->scoreColumn(); // criteria only, not score and rank
    m_row = rows > 0 ? std::clamp(m_row, 0, rows - 1) : 0;
    m_column = columns > 0 ? std::clamp(m_column, 0, columns - 1) : 0;
    m_grid->setCursor(rows > 0 && columns > 0 ? m_row : -1, m_column);
}

void WorkshopMode::setCursor(int row, int column)
{
    m_row = row;
    m_column = column;
    clampCursor();
}

void WorkshopMode::moveCursor(int candidates, int criteria)
{
    moveCursorTo(m_row + candidates, m_column + criteria);
}

void WorkshopMode::moveCursorTo(int candidate, int criterion)
{
    setCursor(candidate, criterion);
    const QModelIndex index = cursorIndex();
    if (index.isValid())
        setStatus(tr("%1 — %2").arg(m_matrix->headerData(index.row(), Qt::Vertical).toString(),
                                     m_analysis->document()->referenceName(TableId::Criteria, m_matrix->criterionAt(index.column()))));
}

QModelIndex WorkshopMode::cursorIndex() const
{
    return m_row < m_matrix->rowCount() && m_column < m_matrix->scoreColumn() ? m_matrix->index(m_row, m_column) : QModelIndex();
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
    const QModelIndex index = cursorIndex();
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
    m_keys->showCentred(shown);
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

QTableView *WorkshopMode::matrixView() const
{
    return m_grid->criteriaView();
}

QModelIndex WorkshopMode::viewIndex(int candidate, int criterion) const
{
    return m_grid->viewIndex(candidate, criterion);
}

QTableView *WorkshopMode::totalsView() const
{
    return m_grid->totalsView();
}

QString WorkshopMode::criteriaPageText() const
{
    return m_grid->pageText();
}

QTableWidget *WorkshopMode::rankingView() const
{
    return m_results->rankingView();
}

QTableWidget *WorkshopMode::sensitivityView() const
{
    return m_results->sensitivityView();
}

QString WorkshopMode::winnerText() const
{
    return m_results->winnerText();
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
    // Criteria run down the matrix, candidates across it.
    case Qt::Key_Left: moveCursor(-1, 0); return;
    case Qt::Key_Right: moveCursor(1, 0); return;
    case Qt::Key_Up: moveCursor(0, -1); return;
    case Qt::Key_Down: moveCursor(0, 1); return;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        // A page turn: the cursor goes to the page's first criterion, at the top.
        const int target = m_grid->pageTarget(key == Qt::Key_PageDown ? 1 : -1);
        moveCursorTo(m_row, target);
        m_grid->showFromTop(target);
        return;
    }
    case Qt::Key_Home: moveCursorTo(m_row, 0); return;
    case Qt::Key_End: moveCursorTo(m_row, m_matrix->scoreColumn() - 1); return;
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
