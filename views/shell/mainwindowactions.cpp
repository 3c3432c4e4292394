// MainWindow's menus, toolbar, docks, the Open Recent list and what the Help menu and
// the start page open: moved out of mainwindow.cpp (issue 17: it had grown past the house's ~600 lines).
#include "mainwindow.h"

#include "comparedock.h"
#include "contextmappage.h"
#include "document.h"
#include "historymodel.h"
#include "reportdialogs.h"
#include "selectionpage.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "userguide.h"
#include "techradarexport.h"
#include "undoshortcuts.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>

namespace ArchBoard {

namespace {

constexpr int kMaxRecent = 8;

} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *newAction = file->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newAction"));
    newAction->setToolTip(tr("A new workspace with the reference data: provider prices, language cost profiles, SLA tiers, "
                             "fragmentation thresholds and approved protocols"));
    QAction *openAction = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this, &MainWindow::openDialog);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Sample Workspace"), this, &MainWindow::openSample);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *startPage = file->addAction(tr("Start Pa&ge"), this, &MainWindow::showStartPage);
    startPage->setObjectName(QStringLiteral("startPageAction"));
    file->addSeparator();
    m_saveAction = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_exportYamlAction = file->addAction(tr("&Export a Copy as YAML…"), this, &MainWindow::exportYaml);
    QAction *compare = file->addAction(tr("Co&mpare With…"), this, &MainWindow::compareDialog);
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setToolTip(tr("What changed against another workspace file or a git revision of this one, and what it means"));
    file->addSeparator();
    m_importCmlAction = file->addAction(tr("&Import Context Mapper (CML)…"), this, [this] {
        showPage(m_contextMapPage);
        m_contextMapPage->importCmlDialog();
    });
    file->addAction(tr("Export Context Map as &CML…"), this, [this] {
        m_document->commitPendingEdits();
        m_contextMapPage->exportCmlDialog();
    });
    file->addAction(tr("Export &Tech Radar…"), this, [this] {
        m_document->commitPendingEdits();
        TechRadarExport::exportDialog(this, m_analysis);
    });
    file->addSeparator();
    // The workshop report: diagrams render in the helper process, the window keeps running.
    auto status = [this](const QString &message) { showStatus(message); };
    file->addAction(tr("Export &Report…"), this, [this, status] {
        m_document->commitPendingEdits();
        ReportDialogs::exportReport(this, *m_document, m_renderer, status);
    });
    QAction *printAction = file->addAction(tr("&Print…"), this, [this, status] {
        m_document->commitPendingEdits();
        ReportDialogs::print(this, *m_document, m_renderer, status);
    });
    printAction->setShortcut(QKeySequence::Print);
    file->addAction(tr("Print Pre&view…"), this, [this, status] {
        m_document->commitPendingEdits();
        ReportDialogs::printPreview(this, *m_document, m_renderer, status);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    connect(m_undoAction, &QAction::triggered, m_document, &Document::undo);
    m_redoAction = new QAction(tr("&Redo"), this);
    // Ctrl+Y as well as the platform's Redo (Ctrl+Shift+Z here), as in most editors.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(m_redoAction, &QAction::triggered, m_document, &Document::redo);
    // In a text box with nothing of its own to undo, Ctrl+Z undoes the last change.
    new UndoShortcuts(this);
    // The actions name the step they undo or redo ("Undo Change weight …").
    const auto followHistory = [this] {
        m_undoAction->setEnabled(m_document->canUndo());
        m_undoAction->setText(m_document->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(m_document->undoText()));
        m_redoAction->setEnabled(m_document->canRedo());
        m_redoAction->setText(m_document->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(m_document->redoText()));
    };
    connect(m_document, &Document::historyChanged, this, followHistory);
    connect(m_document, &Document::workspaceReset, this, followHistory);
    followHistory();
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && dialog.save())
            statusBar()->showMessage(tr("The language changes the next time ArchBoard starts."), 10000);
    });
    settings->setMenuRole(QAction::PreferencesRole);

    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] { showUserGuide(); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showShortcuts(); });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("&Start Page"), this, &MainWindow::showStartPage);
    help->addSeparator();
    help->addAction(tr("&About ArchBoard"), this, [this] {
        QMessageBox::about(this, tr("About ArchBoard"),
                           tr("<h3>ArchBoard %1</h3><p>An architecture-decision workbench for review boards: "
                              "selection matrix, bounded-context map, FaaS TCO and ecosystem fragmentation in one "
                              "editable model.</p>").arg(QStringLiteral(ARCHBOARD_VERSION)));
    });
    rebuildRecentMenu();
}

void MainWindow::createDocks()
{
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("ProblemsDock"));
    m_problems = new QTreeWidget(problemsDock);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariantList where = item->data(0, Qt::UserRole).toList();
        if (where.size() == 3)
            showElement(TableId(where.at(0).toInt()), where.at(1).toInt(), where.at(2).toInt());
    });

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("HistoryDock"));
    auto *history = new QListView(historyDock);
    auto *historyModel = new HistoryModel(m_document, tr("<opened>"), history);
    history->setModel(historyModel);
    history->setSelectionMode(QAbstractItemView::SingleSelection);
    const auto showCurrent = [history, historyModel](int row) {
        history->setCurrentIndex(historyModel->index(row));
        history->scrollTo(historyModel->index(row));
    };
    connect(historyModel, &HistoryModel::currentRowChanged, history, showCurrent);
    connect(history, &QListView::clicked, historyModel, [historyModel](const QModelIndex &index) { historyModel->setCurrentRow(index.row()); });
    showCurrent(historyModel->currentRow());
    historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();

    // File → Compare With…: model changes and their consequences; a line selects its element.
    m_compareDock = new CompareDock(m_document, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_compareDock);
    tabifyDockWidget(problemsDock, m_compareDock);
    m_compareDock->hide();
    connect(m_compareDock, &CompareDock::openElement, this, [this](TableId table, int row) { showElement(table, row); });
    connect(m_compareDock, &CompareDock::status, this, &MainWindow::showStatus);

    m_viewMenu->addAction(problemsDock->toggleViewAction());
    m_viewMenu->addAction(m_compareDock->toggleViewAction());
    m_viewMenu->addAction(historyDock->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction *workshop = m_viewMenu->addAction(tr("&Workshop Mode"), this, [this] { openWorkshopMode(); });
    workshop->setObjectName(QStringLiteral("workshopModeAction"));
    workshop->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)});
    workshop->setToolTip(tr("Full screen for the projector: matrix, ranking and sensitivity, scored from the keyboard"));
    QAction *voting = m_viewMenu->addAction(tr("Open &Voting…"), this, [this] { openVoting(m_selectionPage->tier()); });
    voting->setObjectName(QStringLiteral("openVotingAction"));
    voting->setToolTip(tr("Every board member scores the tier blind from their own phone or laptop; reveal writes the scores into the matrix"));
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (m_startPage)
        m_startPage->setRecentFiles(recent);
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            rebuildRecentMenu();
        });
    }
}

void MainWindow::showStartPage()
{
    m_startPage->setRecentFiles(QSettings().value(QStringLiteral("recentFiles")).toStringList());
    m_navigator->setCurrentItem(nullptr); // a click on any page leaves the start page
    m_stack->setCurrentWidget(m_startPage);
    m_startPage->setFocus();
}

bool MainWindow::isStartPageShown() const
{
    return m_stack->currentWidget() == m_startPage;
}

UserGuide *MainWindow::showUserGuide(const QString &page)
{
    if (!m_guide)
        m_guide = new UserGuide(this);
    m_guide->showPage(page);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    // Built from the actions as they are now, each time: a changed key shows at once.
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace ArchBoard
