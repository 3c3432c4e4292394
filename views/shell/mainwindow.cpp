#include "mainwindow.h"


#include "analysis.h"
#include "backgroundwork.h"
#include "comparedock.h"
#include "contextmappage.h"
#include "decisionpanel.h"
#include "decisions.h"
#include "diagramrenderer.h"
#include "document.h"
#include "fieldeditor.h"
#include "fragmentationpage.h"
#include "recovery.h"
#include "referencedata.h"
#include "startpage.h"
#include "userguide.h"
#include "selectionpage.h"
#include "tablepage.h"
#include "tcopage.h"
#include "validation.h"
#include "workshopmode.h"
#include "workspace.h"
#include "workspacefile.h"
#include "workspacelock.h"
#include "workspacesnapshot.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ArchBoard {

namespace {

constexpr int kPageRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_analysis(new Analysis(m_document, this))
    , m_renderer(new DiagramRenderer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/archboard/icons/archboard.svg")));
    // Not an empty workspace (its empty name is a validation error): the reference data, as File → New gives it.
    if (std::unique_ptr<Workspace> reference = ReferenceData::newWorkspace())
        m_document->resetWorkspace(std::move(reference));
    createActions();
    createPages();
    createDocks();

    m_voting = new LiveVoting(m_document, this);
    connect(m_voting, &LiveVoting::problem, this, &MainWindow::showStatus);
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::onFileChanged);
    m_autosaver = std::make_unique<Autosaver>(m_document, RecoveryStore());
    m_problemsSnapshot = new WorkspaceSnapshot(m_document, this);
    connect(m_autosaver.get(), &Autosaver::failed, this, &MainWindow::showStatus);

    connect(m_document, &Document::pendingEditsRequested, this, [] { FieldEditor::commitFocused(); });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::readOnlyChanged, this, &MainWindow::updateActions);
    connect(m_document, &Document::changed, this, [this] { m_problemsTimer.start(); });
    connect(m_document, &Document::changed, this, &MainWindow::updateTitle);
    m_problemsTimer.setSingleShot(true);
    m_problemsTimer.setInterval(300);
    connect(&m_problemsTimer, &QTimer::timeout, this, &MainWindow::refreshProblems);
    connect(&m_problemsWatcher, &QFutureWatcher<QList<ValidationFinding>>::finished, this, &MainWindow::showProblems);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 880);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // Once the window is laid out: a short Problems panel, the page gets the room.
        QTimer::singleShot(0, this, [this] {
            if (auto *dock = findChild<QDockWidget *>(QStringLiteral("ProblemsDock")))
                resizeDocks({dock}, {110}, Qt::Vertical);
        });
    }
    updateTitle();
    updateActions();
    refreshProblems();
    // Opened without a file: the start page. A file opened right after construction (the command
    // line, --sample, a test) comes first, so the start page does not flash up before it.
    QTimer::singleShot(0, this, [this] {
        if (!m_workspaceChosen && !m_busy)
            showStartPage();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_navigator = new QTreeWidget;
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setHeaderHidden(true);
    m_navigator->setRootIsDecorated(true);
    m_navigator->setMinimumWidth(200);
    m_stack = new QStackedWidget;

    struct Group
    {
        QString title;
        QList<PageSpec> pages;
        QList<QPair<QString, QWidget *>> views = {}; ///< result views shown before the editing pages
    };
    m_selectionPage = new SelectionPage(m_analysis, m_renderer);
    connect(m_selectionPage, &SelectionPage::openVotingRequested, this, [this](const QString &tier) { openVoting(tier); });
    m_workshopPage = new WorkshopPage(m_analysis);
    connect(m_selectionPage, &SelectionPage::status, this, &MainWindow::showStatus);
    connect(m_workshopPage, &WorkshopPage::status, this, &MainWindow::showStatus);
    m_contextMapPage = new ContextMapPage(m_analysis, m_renderer);
    connect(m_contextMapPage, &ContextMapPage::status, this, &MainWindow::showStatus);
    connect(m_contextMapPage, &ContextMapPage::openElement, this, [this](TableId table, int row) { showElement(table, row); });
    auto *tcoPage = new TcoPage(m_analysis, m_renderer);
    connect(tcoPage, &TcoPage::status, this, &MainWindow::showStatus);
    auto *fragmentationPage = new FragmentationPage(m_analysis, m_renderer);
    connect(fragmentationPage, &FragmentationPage::status, this, &MainWindow::showStatus);
    connect(fragmentationPage, &FragmentationPage::openElement, this, [this](TableId table, int row) { showElement(table, row); });
    const QList<Group> groups = {
        {tr("Workspace"), {
            {tr("Workspace"), tr("Name, description and the settings that apply to the whole workspace."), TableId::Workspace, {}},
        }},
        {tr("Selection matrix"), {
            {tr("Candidates"), tr("The technologies the board chooses between; only shortlisted ones enter the matrix."), TableId::Candidates, {TableId::Measurements}},
            {tr("Criteria and measurements"), tr("What candidates are compared on, with unit and direction; raw measurements with their source."), TableId::Criteria, {TableId::Measurements}},
            {tr("SLA tiers"), tr("Each tier weights the criteria its own way and may knock candidates out with must-pass thresholds."), TableId::Tiers, {TableId::TierWeights, TableId::TierThresholds, TableId::TierComparisons}},
            {tr("Decision rules"), tr("Evaluated in order for every bounded context; the first rule whose conditions all hold recommends its candidate."), TableId::Rules, {TableId::RuleConditions}},
            {tr("Raters and ratings"), tr("The workshop's raters and every rating as a table."), TableId::Raters, {TableId::Ratings}},
            {tr("Voting rounds"), tr("Every revealed round of live voting with each rater's blind scores, to show how opinions moved."), TableId::VotingRounds, {TableId::RoundScores}},
        }, {{tr("Matrix and ranking"), m_selectionPage}, {tr("Workshop scoring"), m_workshopPage}}},
        {tr("Context map"), {
            {tr("Bounded contexts"), tr("Language, data format, sync mechanism, latency tolerance and SLA tier of each context."), TableId::Contexts, {TableId::Services}},
            {tr("Context relations"), tr("Upstream/downstream relations with their DDD pattern, mechanism and format."), TableId::Relations, {}},
        }, {{tr("Map and findings"), m_contextMapPage}}},
        {tr("FaaS TCO"), {
            {tr("TCO scenarios"), tr("A baseline and its variants: every parameter of the cost model."), TableId::Scenarios, {TableId::ScenarioFunctions, TableId::CostLines, TableId::TcoRanges}},
            {tr("Language cost profiles"), tr("Per-language factor, cold start and monitoring effort (seed §2.5)."), TableId::LanguageProfiles, {}},
            {tr("FaaS providers"), tr("Price presets as the providers publish them; editable."), TableId::Providers, {}},
        }, {{tr("Cost model and charts"), tcoPage}}},
        {tr("Fragmentation"), {
            {tr("Services"), tr("Services with their dependencies and API protocols."), TableId::Services, {TableId::Dependencies, TableId::ServiceApis}},
            {tr("Thresholds and protocols"), tr("Risk bands of the fragmentation metrics and the board's approved protocols."), TableId::FragmentationThresholds, {TableId::ApprovedProtocols}},
            {tr("Scan history"), tr("Every scan kept in the workspace with its metrics, to compare scans over time."), TableId::Scans, {}},
        }, {{tr("Dashboard"), fragmentationPage}}},
        {tr("Decision records"), {
            {tr("Decision records"), tr("MADR records with their considered options and the model elements they decide."), TableId::Decisions, {TableId::DecisionOptions, TableId::DecisionLinks, TableId::DecisionFigures}, true},
            {tr("Radar exports"), tr("Every exported technology radar blip, to show what moved since the last export."), TableId::RadarHistory, {}},
        }},
    };
    for (const Group &group : groups) {
        auto *top = new QTreeWidgetItem(m_navigator, {group.title});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFlags(Qt::ItemIsEnabled);
        for (const auto &[title, widget] : group.views) {
            const int index = m_stack->addWidget(widget);
            auto *item = new QTreeWidgetItem(top, {title});
            item->setData(0, kPageRole, index);
        }
        for (const PageSpec &spec : group.pages) {
            auto *page = new TablePage(m_document, spec);
            connect(page, &TablePage::status, this, &MainWindow::showStatus);
            m_pages.append(page);
            const int index = m_stack->addWidget(page);
            auto *item = new QTreeWidgetItem(top, {spec.title});
            item->setData(0, kPageRole, index);
            item->setToolTip(0, spec.help);
        }
    }
    // Decision records: the record page's actions and banner; "Decided in" on the pages of elements records link to.
    for (TablePage *page : m_pages) {
        const TableId master = page->spec().master;
        TableSection *section = page->section(master);
        if (!section)
            continue;
        if (master == TableId::Decisions) {
            m_decisionPanel = new DecisionPanel(m_document, page);
            page->addHeaderWidget(m_decisionPanel);
            page->addFooterWidget(m_decisionPanel->footer());
            connect(section, &TableSection::currentRowChanged, m_decisionPanel, &DecisionPanel::setRecord);
            connect(m_decisionPanel, &DecisionPanel::draftRequested, this, &MainWindow::draftDecision);
            connect(m_decisionPanel, &DecisionPanel::supersedeRequested, this, &MainWindow::supersedeDecision);
            connect(m_decisionPanel, &DecisionPanel::openElement, this, [this](TableId table, int row) { showElement(table, row); });
            connect(m_decisionPanel, &DecisionPanel::status, this, &MainWindow::showStatus);
        } else if (Schema::linkKindForTable(master) >= 0) {
            auto *decided = new DecidedInLabel(m_document, master, page);
            page->addFooterWidget(decided);
            connect(section, &TableSection::currentRowChanged, decided, &DecidedInLabel::setRow);
            connect(decided, &DecidedInLabel::openRecord, this, [this](int row) { showElement(TableId::Decisions, row); });
        }
    }
    m_startPage = new StartPage;
    m_stack->addWidget(m_startPage);
    connect(m_startPage, &StartPage::newWorkspaceRequested, this, &MainWindow::newWorkspace);
    connect(m_startPage, &StartPage::newFromSampleRequested, this, &MainWindow::openSample);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openDialog);
    connect(m_startPage, &StartPage::guideRequested, this, [this](const QString &page) { showUserGuide(page); });
    connect(m_startPage, &StartPage::openRecentRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    rebuildRecentMenu();

    m_navigator->expandAll();
    connect(m_navigator, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kPageRole).isValid())
            m_stack->setCurrentIndex(item->data(0, kPageRole).toInt());
    });
    m_navigator->setCurrentItem(m_navigator->topLevelItem(0)->child(0));

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; border-bottom: 1px solid #e0c36c; }"));
    m_banner->hide();

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1160});

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
}

void MainWindow::draftDecision(const QString &tierId)
{
    startDraft(tierId, QString());
}

void MainWindow::supersedeDecision(const QString &tierId, const QString &recordId)
{
    startDraft(tierId, recordId);
}

void MainWindow::startDraft(const QString &tierId, const QString &supersedes)
{
    if (m_document->isReadOnly()) {
        showStatus(tr("The workspace is open read-only; no record drafted."));
        return;
    }
    if (m_drafting)
        return; // one draft at a time (a second D press while the first is on its way)
    // Every engine runs for the draft (a full fragmentation analysis of a large
    // workspace takes a quarter of a second): on a copy, on a worker.
    m_drafting = true;
    showStatus(tr("Drafting a record from the analysis…"));
    const quint64 revision = m_document->revision();
    const QString file = m_document->fileName();
    auto *watcher = new QFutureWatcher<Decisions::Draft>(this);
    connect(watcher, &QFutureWatcher<Decisions::Draft>::finished, this, [this, watcher, tierId, supersedes, revision, file] {
        watcher->deleteLater();
        m_drafting = false;
        if (m_document->fileName() != file)
            return; // another workspace was opened meanwhile: the draft belongs to none
        if (m_document->revision() != revision) {
            startDraft(tierId, supersedes); // the model moved meanwhile: the record must show what is on screen now
            return;
        }
        if (m_document->isReadOnly())
            return;
        const Decisions::Draft draft = watcher->result();
        auto ws = std::make_unique<Workspace>(m_document->workspace());
        const int old = m_document->rowOfId(TableId::Decisions, supersedes);
        if (old >= 0 && Decisions::supersedeWithDraft(ws.get(), supersedes, draft)) {
            const QString label = Decisions::label(m_document->workspace().decisions[size_t(old)].number);
            m_document->applyWorkspace(std::move(ws), tr("Supersede %1 with %2").arg(label, Decisions::label(draft.record.number)));
        } else {
            Decisions::addDraft(ws.get(), draft);
            m_document->applyWorkspace(std::move(ws), tr("Draft %1").arg(Decisions::label(draft.record.number)));
        }
        const int row = m_document->rowOfId(TableId::Decisions, draft.record.id);
        if (row < 0)
            return;
        showElement(TableId::Decisions, row);
        showStatus(tr("Drafted %1 “%2” with %3 frozen figures.").arg(Decisions::label(draft.record.number), draft.record.title).arg(draft.figures.size()));
        emit decisionDrafted(row);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [ws = m_document->workspace(), tierId, date = QDate::currentDate()] {
        return Decisions::draftFromAnalysis(ws, tierId, date);
    }));
}

void MainWindow::compareDialog()
{
    CompareSourceDialog dialog(m_document->fileName(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.spec().isEmpty())
        return;
    m_compareDock->show();
    m_compareDock->raise();
    m_compareDock->compareWith(dialog.spec(), dialog.label());
}

void MainWindow::openWorkshopMode(bool windowed)
{
    if (!m_workshopMode) {
        m_workshopMode = new WorkshopMode(m_analysis, this);
        connect(m_workshopMode, &WorkshopMode::recordDecisionRequested, this, &MainWindow::draftDecision);
        connect(m_workshopMode, &WorkshopMode::openVotingRequested, this, [this](const QString &tier) { openVoting(tier, !m_workshopMode->isFullScreen()); });
        m_workshopMode->setVoting(m_voting);
    }
    m_workshopMode->setTier(m_selectionPage->tier());
    m_workshopMode->present(windowed);
}

TablePage *MainWindow::currentPage() const
{
    return qobject_cast<TablePage *>(m_stack->currentWidget());
}

TablePage *MainWindow::pageFor(TableId table) const
{
    for (TablePage *page : m_pages) {
        if (page->spec().master == table)
            return page;
    }
    for (TablePage *page : m_pages) {
        if (page->shows(table))
            return page;
    }
    return nullptr;
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_stack->indexOf(page);
    for (QTreeWidgetItemIterator it(m_navigator); *it; ++it) {
        if ((*it)->data(0, kPageRole).isValid() && (*it)->data(0, kPageRole).toInt() == index)
            m_navigator->setCurrentItem(*it);
    }
}

void MainWindow::showElement(TableId table, int row, int field)
{
    TablePage *page = pageFor(table);
    if (!page)
        return;
    const int index = m_stack->indexOf(page);
    for (QTreeWidgetItemIterator it(m_navigator); *it; ++it) {
        if ((*it)->data(0, kPageRole).isValid() && (*it)->data(0, kPageRole).toInt() == index)
            m_navigator->setCurrentItem(*it);
    }
    page->selectRow(table, row, field);
}

QString MainWindow::readOnlyBanner() const
{
    return m_document->isReadOnly() ? m_banner->text() : QString();
}

void MainWindow::updateTitle()
{
    const QString name = m_document->fileName().isEmpty()
        ? (m_document->workspace().info.name.isEmpty() ? tr("Untitled") : m_document->workspace().info.name)
        : QFileInfo(m_document->fileName()).fileName();
    QString title = name + QStringLiteral("[*]");
    if (m_document->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title + QStringLiteral(" — ArchBoard"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool readOnly = m_document->isReadOnly();
    m_saveAction->setEnabled(!readOnly && !m_busy);
    m_saveAsAction->setEnabled(!m_busy);
    m_importCmlAction->setEnabled(!readOnly && !m_busy);
    m_banner->setVisible(readOnly);
    updateTitle();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    showStatus(message);
    if (m_interactive)
        QMessageBox::critical(this, title, message);
}

void MainWindow::refreshProblems()
{
    // Validation of a large workspace takes tens of milliseconds: it runs on a
    // worker over a snapshot, and a result for an outdated model is dropped.
    if (m_problemsWatcher.isRunning()) {
        m_problemsTimer.start();
        return;
    }
    // Only the tables changed since the last run are copied here (a full copy
    // of the large workspace blocked the GUI for tens of milliseconds).
    std::shared_ptr<const Workspace> snapshot = m_problemsSnapshot->take();
    m_problemsRevision = m_document->revision();
    m_problemsWatcher.setFuture(QtConcurrent::run(backgroundPool(), [snapshot] { return validateWorkspace(*snapshot); }));
}

void MainWindow::showProblems()
{
    if (m_problemsRevision != m_document->revision())
        return; // the model changed meanwhile; the timer brings a fresh run
    showFindings(m_problemsWatcher.result());
}

void MainWindow::showFindings(const QList<ValidationFinding> &findings)
{
    m_problems->clear();
    QList<QTreeWidgetItem *> items;
    for (const ValidationFinding &f : findings) {
        auto *item = new QTreeWidgetItem({f.severity == ValidationFinding::Severity::Error ? tr("Error") : tr("Warning"),
                                          f.path(), f.message});
        item->setIcon(0, style()->standardIcon(f.severity == ValidationFinding::Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                                                  : QStyle::SP_MessageBoxWarning));
        item->setData(0, Qt::UserRole, QVariantList{int(f.table), f.row, f.field});
        items.append(item);
        if (items.size() >= 1000)
            break; // a list nobody reads; the count below still tells the truth
    }
    m_problems->addTopLevelItems(items);
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("ProblemsDock")))
        dock->setWindowTitle(findings.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(findings.size()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_document->commitPendingEdits(); // before asking: the text being typed is an unsaved change
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_voting->close();
    m_autosaver->discard();
    event->accept();
}

} // namespace ArchBoard
