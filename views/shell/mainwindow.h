#pragma once

#include "livevoting.h"

#include "schema.h"
#include "validation.h"
#include "workspacefile.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ArchBoard {

class Analysis;
class Autosaver;
class LiveVoting;
class CompareDock;
class ContextMapPage;
class DecisionPanel;
class DiagramRenderer;
class Document;
class SelectionPage;
class ShortcutsDialog;
class StartPage;
class UserGuide;
class WorkshopPage;
class WorkspaceSnapshot;
class WorkshopMode;
class TablePage;
class WorkspaceLock;
struct RecoveryEntry;
struct Workspace;
struct ValidationFinding;

/**
 * The one window: a navigator of the model's areas on the left, the page of
 * the chosen area on the right, Undo/Redo with the command's text, a
 * Problems panel (validation) and the edit history. File work (open, save,
 * autosave) runs on worker threads; the window never waits for the disk.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    Analysis *analysis() const { return m_analysis; }
    SelectionPage *selectionPage() const { return m_selectionPage; }
    WorkshopPage *workshopPage() const { return m_workshopPage; }
    ContextMapPage *contextMapPage() const { return m_contextMapPage; }
    /// The full-screen workshop window (View → Workshop Mode); created when first opened.
    WorkshopMode *workshopMode() const { return m_workshopMode; }
    /// Opens workshop mode on the selection page's tier; \a windowed for tests.
    void openWorkshopMode(bool windowed = false);
    /// Shows one of the window's pages (as if chosen in the navigator).
    void showPage(QWidget *page);

    /// Opens \a path; on failure shows why and keeps the current workspace.
    bool openFile(const QString &path);
    /// Replaces the workspace with the bundled sample (untitled).
    bool openSample();
    /// File → New: an untitled workspace with the reference data (ReferenceData::newWorkspace).
    void newWorkspace();

    /// The page shown when ArchBoard opens without a file (File → Start Page).
    StartPage *startPage() const { return m_startPage; }
    void showStartPage();
    bool isStartPageShown() const;
    /// Help → User Guide, at \a page ("" for the first); one window, raised when open already.
    UserGuide *showUserGuide(const QString &page = {});
    /// Help → Keyboard Shortcuts: the window's actions and their keys as they are now.
    ShortcutsDialog *showShortcuts();
    /// Saves to the current file, or asks for one.
    bool save();
    bool saveAs();
    /// Saves to \a path; with \a asCopy the document keeps its own file.
    bool saveTo(const QString &path, bool asCopy = false);
    /// Offers the recovery copies left by sessions that crashed, then a live-voting round that was interrupted.
    void offerRecovery();
    /// Live voting on the open workspace (View → Open Voting…, V in workshop mode).
    LiveVoting *liveVoting() const { return m_voting; }
    /// Asks which cells, interface and port, opens voting on \a tier and shows it in workshop mode.
    void openVoting(const QString &tier, bool windowed = false);
    /// Opens voting without asking (tests, a resumed round) and shows it in workshop mode.
    bool startVoting(const VotingBallot &ballot, const LiveVoting::Options &options, bool windowed = false);
    /// Continues the interrupted voting session of \a journal (its workspace opened first when it is another file).
    bool resumeVoting(const QString &journal, bool windowed = false);
    /// Loads a recovery copy as an unsaved version of its original file.
    bool recover(const RecoveryEntry &entry);

    /// Navigates to the page that edits \a table and selects \a row.
    void showElement(TableId table, int row, int field = -1);
    TablePage *currentPage() const;
    TablePage *pageFor(TableId table) const;
    QString readOnlyBanner() const;
    Autosaver *autosaver() const { return m_autosaver.get(); }
    /// Without interaction no dialogs are shown (errors go to the status bar)
    /// and unsaved changes are not asked about. For scripted use and tests.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    DecisionPanel *decisionPanel() const { return m_decisionPanel; }
    /// The Compare dock (File → Compare With…).
    CompareDock *compareDock() const { return m_compareDock; }
    /// File → Compare With…: asks what to compare the open workspace with.
    void compareDialog();

    /// What to do when the open file was changed by another program.
    enum class ExternalChange { Ask, Reload, KeepMine, SaveAs, Cancel };
    /// The answer used without interaction (default Cancel: nothing is overwritten).
    void setExternalChangeAnswer(ExternalChange answer) { m_externalAnswer = answer; }

public slots:
    /// Drafts a decision record for the SLA tier \a tierId from the live
    /// analysis (one undo step), then selects and shows it. The engines run on
    /// a worker; decisionDrafted() says when the record is in the workspace.
    void draftDecision(const QString &tierId);
    /// As draftDecision(), and the new record supersedes \a recordId: its
    /// links move to the new record, all in the same undo step.
    void supersedeDecision(const QString &tierId, const QString &recordId);

signals:
    /// A drafted record was added (row of the Decisions table).
    void decisionDrafted(int row);
    /// The open file was changed by another program (seen by the watcher or at a save).
    void externalChangeDetected(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPages();
    void createDocks();
    void openDialog();
    void exportYaml();
    bool maybeSave();
    void installWorkspace(std::unique_ptr<Workspace> workspace, const QString &fileName, bool unsavedContent,
                          const std::optional<QList<ValidationFinding>> &findings = std::nullopt,
                          const WorkspaceFile::DiskStamp &stamp = {});
    void watchFile(const QString &fileName);
    void onFileChanged(const QString &path);
    ExternalChange askExternalChange(const QString &path);
    /// Before saving over the open file: false when another program changed it and the user did not choose to overwrite.
    bool resolveExternalChange();
    void lockFile(const QString &fileName);
    void updateTitle();
    void updateActions();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void refreshProblems();
    void showProblems();
    void showFindings(const QList<ValidationFinding> &findings);
    void showStatus(const QString &message);
    void showError(const QString &title, const QString &message);

    Document *m_document;
    Analysis *m_analysis;
    DiagramRenderer *m_renderer;
    SelectionPage *m_selectionPage = nullptr;
    WorkshopPage *m_workshopPage = nullptr;
    ContextMapPage *m_contextMapPage = nullptr;
    WorkshopMode *m_workshopMode = nullptr;
    LiveVoting *m_voting = nullptr;
    DecisionPanel *m_decisionPanel = nullptr;
    CompareDock *m_compareDock = nullptr;
    StartPage *m_startPage = nullptr;
    UserGuide *m_guide = nullptr;
    std::unique_ptr<WorkspaceLock> m_lock;
    std::unique_ptr<Autosaver> m_autosaver;
    QFileSystemWatcher *m_watcher = nullptr;
    WorkspaceFile::DiskStamp m_diskStamp;
    ExternalChange m_externalAnswer = ExternalChange::Cancel;
    bool m_askingExternal = false;
    QTreeWidget *m_navigator = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<TablePage *> m_pages;
    QLabel *m_banner = nullptr;
    QTreeWidget *m_problems = nullptr;
    QTimer m_problemsTimer;
    QFutureWatcher<QList<ValidationFinding>> m_problemsWatcher;
    quint64 m_problemsRevision = 0;
    WorkspaceSnapshot *m_problemsSnapshot = nullptr;
    bool m_busy = false;
    bool m_drafting = false;
    /// Drafts for \a tierId on a worker; with \a supersedes the draft replaces that record.
    void startDraft(const QString &tierId, const QString &supersedes);
    bool m_interactive = true;
    bool m_workspaceChosen = false; ///< a file, the sample or File → New was opened: no start page at start-up

    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportYamlAction = nullptr;
    QAction *m_importCmlAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace ArchBoard
