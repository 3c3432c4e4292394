#include "startpage.h"

#include "userguide.h"

#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ArchBoard {

namespace {

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setFocusPolicy(Qt::StrongFocus);

    auto *title = new QLabel(tr("Welcome to ArchBoard"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("An architecture-decision workbench for review boards: one editable model behind the selection "
                                "matrix, the bounded-context map, the FaaS cost model, ecosystem fragmentation and the decision "
                                "records."));
    intro->setWordWrap(true);

    // Left: start something.
    m_newButton = new QPushButton(tr("&New Workspace"));
    m_newButton->setObjectName(QStringLiteral("startNewWorkspace"));
    m_newButton->setToolTip(tr("A workspace with the reference data only: provider prices with their sources and dates, "
                               "language cost profiles, SLA tiers, fragmentation thresholds and approved protocols"));
    auto *sampleButton = new QPushButton(tr("New from the &Sample"));
    sampleButton->setObjectName(QStringLiteral("startNewFromSample"));
    sampleButton->setToolTip(tr("The seed article's complete example: candidates, contexts, TCO scenarios, services and "
                                "decision records, every figure with its source"));
    auto *openButton = new QPushButton(tr("&Open…"));
    openButton->setObjectName(QStringLiteral("startOpen"));
    auto *guideButton = new QPushButton(tr("User &Guide"));
    guideButton->setObjectName(QStringLiteral("startGuide"));
    for (QPushButton *b : {m_newButton, sampleButton, openButton, guideButton}) {
        b->setMinimumHeight(36);
        b->setAutoDefault(true); // Enter (not only Space) presses the focused button, in a page too
    }
    connect(m_newButton, &QPushButton::clicked, this, &StartPage::newWorkspaceRequested);
    connect(sampleButton, &QPushButton::clicked, this, &StartPage::newFromSampleRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(guideButton, &QPushButton::clicked, this, [this] { emit guideRequested(QString()); });

    auto *newHint = new QLabel(tr("<b>New Workspace</b> starts with the reference data (providers' prices with their source "
                                  "and date, language cost profiles, SLA tiers, fragmentation thresholds, approved "
                                  "protocols) and none of the sample's project. <b>New from the Sample</b> opens the seed "
                                  "article's complete example to look around in."));
    newHint->setWordWrap(true);

    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setMinimumHeight(120);
    auto *recentLabel = new QLabel(tr("&Recent files"));
    recentLabel->setBuddy(m_recent);
    // Enter, Return or a double click opens (itemActivated).
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).isValid())
            emit openRecentRequested(item->data(Qt::UserRole).toString());
    });

    auto *left = new QVBoxLayout;
    left->addWidget(heading(tr("Start")));
    left->addWidget(m_newButton);
    left->addWidget(sampleButton);
    left->addWidget(openButton);
    left->addWidget(guideButton);
    left->addWidget(newHint);
    left->addSpacing(12);
    left->addWidget(recentLabel);
    left->addWidget(m_recent, 1);

    // Right: what to do first, per tool; each links to its guide page.
    auto *steps = new QGridLayout;
    steps->setColumnStretch(1, 1);
    steps->setVerticalSpacing(10);
    const QList<UserGuide::Page> pages = UserGuide::pages();
    int row = 0;
    for (const UserGuide::Page &page : pages) {
        if (page.firstStep.isEmpty())
            continue;
        auto *link = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>").arg(page.id, page.title.toHtmlEscaped()));
        link->setObjectName(QStringLiteral("startGuide-") + page.id);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction); // Tab reaches the link, Enter follows it
        connect(link, &QLabel::linkActivated, this, &StartPage::guideRequested);
        auto *text = new QLabel(page.firstStep);
        text->setWordWrap(true);
        steps->addWidget(link, row, 0, Qt::AlignTop);
        steps->addWidget(text, row, 1);
        ++row;
    }
    auto *right = new QVBoxLayout;
    right->addWidget(heading(tr("What to do first")));
    right->addLayout(steps);
    right->addStretch(1);
    auto *keys = new QLabel(tr("Help → Keyboard Shortcuts lists every key; File → Start Page brings this page back."));
    keys->setWordWrap(true);
    right->addWidget(keys);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(32);
    columns->addLayout(right, 3);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(16);
    layout->addLayout(columns, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_newButton, sampleButton);
    setTabOrder(sampleButton, openButton);
    setTabOrder(openButton, guideButton);
    setTabOrder(guideButton, m_recent);
    setRecentFiles({});
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (!QFileInfo::exists(path))
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (paths.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No recent files yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_recent->setCurrentRow(0);
    }
}

void StartPage::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_newButton->setFocus(); // the page itself takes no keys: the first button does
}

} // namespace ArchBoard
