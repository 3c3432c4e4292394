#include "openvotingdialog.h"

#include "translations.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ArchBoard {

OpenVotingDialog::OpenVotingDialog(const Workspace &ws, const QString &tier, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("openVotingDialog"));
    setWindowTitle(tr("Open Voting"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every board member scores the chosen cells blind from their own phone or laptop. "
                                "Nobody sees a score until you reveal; the server runs only while voting is open."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("votingTier"));
    for (const SlaTier &t : ws.tiers)
        m_tier->addItem(t.name, t.id);
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(tier)));
    form->addRow(tr("SLA tier:"), m_tier);
    layout->addLayout(form);

    auto *cells = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Candidates:"), this));
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("votingCandidates"));
    left->addWidget(m_candidates);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Rated criteria:"), this));
    m_criteria = new QListWidget(this);
    m_criteria->setObjectName(QStringLiteral("votingCriteria"));
    right->addWidget(m_criteria);
    cells->addLayout(left);
    cells->addLayout(right);
    layout->addLayout(cells, 1);

    auto *network = new QFormLayout;
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("votingAddress"));
    for (const QHostAddress &a : VotingHost::addresses())
        m_address->addItem(a.toString(), a.toString());
    m_address->addItem(tr("All interfaces (0.0.0.0)"), QStringLiteral("0.0.0.0"));
    m_address->setToolTip(tr("Members must reach this address: the LAN the projector's room shares, not all interfaces"));
    network->addRow(tr("Listen on:"), m_address);
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    network->addRow(tr("Port:"), m_port);
    m_tls = new QCheckBox(tr("TLS (HTTPS) with a fresh self-signed certificate; members compare its fingerprint"), this);
    network->addRow(QString(), m_tls);
    layout->addLayout(network);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open Voting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &OpenVotingDialog::fillCells);
    connect(m_candidates, &QListWidget::itemChanged, this, &OpenVotingDialog::updateOk);
    connect(m_criteria, &QListWidget::itemChanged, this, &OpenVotingDialog::updateOk);
    fillCells();
    resize(640, 560);
}

void OpenVotingDialog::fillCells()
{
    const VotingBallot defaults = Voting::defaultBallot(m_ws, m_tier->currentData().toString());
    auto fill = [](QListWidget *list, const QStringList &checked, const auto &rows, auto include) {
        QSignalBlocker block(list);
        list->clear();
        for (const auto &row : rows) {
            if (!include(row))
                continue;
            auto *item = new QListWidgetItem(row.name, list);
            item->setData(Qt::UserRole, row.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(row.id) ? Qt::Checked : Qt::Unchecked);
        }
    };
    fill(m_candidates, defaults.candidates, m_ws.candidates, [](const Candidate &c) { return c.shortlisted; });
    fill(m_criteria, defaults.criteria, m_ws.criteria, [](const Criterion &c) { return c.kind == CriterionKind::Rated; });
    updateOk();
}

void OpenVotingDialog::updateOk()
{
    const VotingBallot b = ballot();
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(b.cellCount() > 0);
}

VotingBallot OpenVotingDialog::ballot() const
{
    VotingBallot b;
    b.tier = m_tier->currentData().toString();
    for (int i = 0; i < m_candidates->count(); ++i) {
        if (m_candidates->item(i)->checkState() == Qt::Checked)
            b.candidates << m_candidates->item(i)->data(Qt::UserRole).toString();
    }
    for (int i = 0; i < m_criteria->count(); ++i) {
        if (m_criteria->item(i)->checkState() == Qt::Checked)
            b.criteria << m_criteria->item(i)->data(Qt::UserRole).toString();
    }
    return b;
}

LiveVoting::Options OpenVotingDialog::options() const
{
    LiveVoting::Options o;
    o.address = QHostAddress(m_address->currentData().toString());
    o.port = quint16(m_port->value());
    o.tls = m_tls->isChecked();
    const QString language = Translations::configuredLanguage();
    // The page follows the browser; failing that, what ArchBoard itself shows.
    o.language = !language.isEmpty() ? language : QLocale().name().startsWith(u"zh") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    return o;
}

} // namespace ArchBoard
