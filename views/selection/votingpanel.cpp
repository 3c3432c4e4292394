#include "votingpanel.h"

#include "document.h"
#include "qrcode.h"
#include "tablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ArchBoard {

namespace {

/// The QR code as a crisp pixmap: whole pixels per module, a quiet zone of four.
QPixmap qrPixmap(const QrCode &code, int side)
{
    if (code.isNull())
        return {};
    const int modules = code.size + 8;
    const int scale = std::max(2, side / modules);
    QPixmap pixmap(modules * scale, modules * scale);
    pixmap.fill(Qt::white);
    QPainter p(&pixmap);
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size; ++x) {
            if (code.dark(x, y))
                p.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale, Qt::black);
        }
    }
    return pixmap;
}

QString spaced(const QString &code)
{
    return code.size() == 6 ? code.left(3) + u' ' + code.mid(3) : code;
}

} // namespace

VotingPanel::VotingPanel(LiveVoting *voting, QWidget *parent)
    : QWidget(parent)
    , m_voting(voting)
{
    setObjectName(QStringLiteral("votingPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("votingHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto *join = new QHBoxLayout;
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("votingQr"));
    m_qr->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    join->addWidget(m_qr);
    auto *how = new QVBoxLayout;
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("votingCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url = new QLabel(this);
    m_url->setObjectName(QStringLiteral("votingUrl"));
    m_url->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    how->addWidget(m_code);
    how->addWidget(m_url);
    how->addWidget(m_fingerprint);
    how->addStretch(1);
    join->addLayout(how, 1);
    layout->addLayout(join);

    m_progress = new QTableWidget(this);
    m_progress->setObjectName(QStringLiteral("votingProgress"));
    m_progress->setColumnCount(3);
    m_progress->setHorizontalHeaderLabels({tr("Rater"), tr("Scored"), tr("Device")});
    m_progress->verticalHeader()->hide();
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setSelectionMode(QAbstractItemView::NoSelection);
    m_progress->setFocusPolicy(Qt::NoFocus);
    m_progress->setShowGrid(false);
    m_progress->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_progress->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_progress->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    layout->addWidget(m_progress, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("votingSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_reveal = new QPushButton(tr("&Reveal"), this);
    m_next = new QPushButton(tr("Another &round"), this);
    m_close = new QPushButton(tr("&Close voting"), this);
    for (QPushButton *b : {m_reveal, m_next, m_close}) {
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    connect(m_reveal, &QPushButton::clicked, voting, &LiveVoting::reveal);
    connect(m_next, &QPushButton::clicked, voting, &LiveVoting::nextRound);
    connect(m_close, &QPushButton::clicked, voting, &LiveVoting::close);
    connect(voting, &LiveVoting::opened, this, &VotingPanel::onOpened);
    connect(voting, &LiveVoting::statusChanged, this, &VotingPanel::onStatus);
    connect(voting, &LiveVoting::revealed, this, &VotingPanel::onRevealed);
    if (voting->isOpen())
        onOpened();
}

void VotingPanel::setScale(double scale)
{
    m_scale = scale;
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 2.2);
    big.setBold(true);
    m_code->setFont(big);
    QFont heading = font();
    heading.setPointSizeF(font().pointSizeF() * 1.1);
    heading.setBold(true);
    m_heading->setFont(heading);
    onOpened();
}

void VotingPanel::onOpened()
{
    if (!m_voting || !m_voting->isOpen())
        return;
    const VotingEndpoint e = m_voting->endpoint();
    // Large enough to scan from the back of the room.
    const int side = int(fontMetrics().height() * 15);
    m_qr->setPixmap(qrPixmap(QrCode::encode(e.url), side));
    m_code->setText(tr("Join code %1").arg(spaced(e.joinCode)));
    m_url->setText(e.url);
    m_fingerprint->setText(e.fingerprint.isEmpty() ? QString() : tr("TLS certificate (SHA-256): %1").arg(e.fingerprint));
    m_fingerprint->setVisible(!e.fingerprint.isEmpty());
    m_summary->clear();
    onStatus(m_voting->status());
}

void VotingPanel::onStatus(const VotingStatus &status)
{
    // Called many times a second while the room scores: only what changed is
    // touched, and the columns have computed widths (a ResizeToContents column
    // measures every row again on every change).
    const int cells = status.cells;
    m_heading->setText(status.revealed ? tr("Live voting · round %1 revealed").arg(status.round)
                                       : tr("Live voting · round %1 · %2 cells, blind until the reveal").arg(status.round).arg(cells));
    m_progress->setRowCount(int(status.members.size()));
    const auto setText = [this](int row, int column, const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
        QTableWidgetItem *item = m_progress->item(row, column);
        if (!item) {
            item = new QTableWidgetItem(text);
            item->setTextAlignment(alignment);
            m_progress->setItem(row, column, item);
        } else if (item->text() != text) {
            item->setText(text);
        }
    };
    for (int r = 0; r < int(status.members.size()); ++r) {
        const MemberProgress &m = status.members[size_t(r)];
        setText(r, 0, m.name + (m.newRater ? tr(" (new)") : QString()));
        setText(r, 1, tr("%1 / %2").arg(m.scored).arg(m.total), Qt::AlignRight | Qt::AlignVCenter);
        auto *approve = qobject_cast<QPushButton *>(m_progress->cellWidget(r, 2));
        if (m.waitingForApproval) {
            if (!approve || approve->property("member").toString() != m.name) {
                approve = new QPushButton(tr("Approve second device"), m_progress);
                approve->setFocusPolicy(Qt::NoFocus);
                approve->setProperty("member", m.name);
                connect(approve, &QPushButton::clicked, this, [this, n = m.name] {
                    if (m_voting)
                        m_voting->approve(n);
                });
                m_progress->setCellWidget(r, 2, approve);
            }
        } else {
            if (approve)
                m_progress->removeCellWidget(r, 2);
            setText(r, 2, m.connections > 0 ? tr("connected") : tr("away"));
        }
    }
    fitProgressColumns(cells);
    m_reveal->setEnabled(!status.revealed);
    m_next->setEnabled(status.revealed);
}

void VotingPanel::fitProgressColumns(int cells)
{
    if (cells == m_fittedCells && m_progress->font() == m_fittedFont)
        return;
    m_fittedCells = cells;
    m_fittedFont = m_progress->font();
    const QFontMetrics fm(m_fittedFont);
    const int pad = fm.averageCharWidth() * 3;
    const auto widest = [&fm](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w;
    };
    const int scored = widest({m_progress->horizontalHeaderItem(1)->text(), tr("%1 / %2").arg(cells).arg(cells)}) + pad;
    const int device = std::max(widest({m_progress->horizontalHeaderItem(2)->text(), tr("connected"), tr("away")}) + pad,
                                QPushButton(tr("Approve second device")).sizeHint().width());
    QHeaderView *header = m_progress->horizontalHeader();
    if (header->sectionSize(1) != scored)
        header->resizeSection(1, scored);
    if (header->sectionSize(2) != device)
        header->resizeSection(2, device);
}

void VotingPanel::onRevealed(const RevealSummary &summary)
{
    // The round is revealed now; the server's next status (throttled, from its
    // thread) says so too, but a second press of Reveal must not wait for it.
    m_reveal->setEnabled(false);
    m_next->setEnabled(true);
    const Document *doc = m_voting ? m_voting->document() : nullptr;
    QStringList lines;
    lines << tr("Round %1: %2 scores from %3 raters are in the matrix.").arg(summary.round).arg(summary.scores).arg(summary.raters);
    if (summary.disputes.empty()) {
        lines << tr("No cell is disputed.");
    } else {
        lines << tr("Disputed cells in the matrix (every rater's scores), widest spread first:");
        for (size_t i = 0; i < summary.disputes.size() && i < 6; ++i) {
            const Voting::Dispute &d = summary.disputes[i];
            const QString candidate = doc ? doc->referenceName(TableId::Candidates, d.candidate) : d.candidate;
            const QString criterion = doc ? doc->referenceName(TableId::Criteria, d.criterion) : d.criterion;
            lines << tr("⚑ %1 · %2: spread %3").arg(candidate, criterion, TableModel::formatNumber(d.spread, 1));
        }
        if (summary.disputes.size() > 6)
            lines << tr("… and %1 more").arg(summary.disputes.size() - 6);
    }
    if (!summary.movement.isEmpty())
        lines << summary.movement;
    m_summary->setText(lines.join(u'\n'));
}

QString VotingPanel::joinCodeText() const
{
    return m_code->text();
}

QString VotingPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace ArchBoard
