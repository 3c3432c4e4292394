// MainWindow's file handling: new, open, save, save as, export YAML, the lock
// and the watch on the open file. Moved out of mainwindow.cpp unchanged (issue 13).
#include "mainwindow.h"

#include "backgroundwork.h"
#include "document.h"
#include "livevoting.h"
#include "recovery.h"
#include "referencedata.h"
#include "sample.h"
#include "validation.h"
#include "workspace.h"
#include "workspacefile.h"
#include "workspacelock.h"
#include "workspacesnapshot.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace ArchBoard {

namespace {

/// Runs \a work on a worker thread and keeps the event loop (painting, input) going until it is done.
template<class T>
T runInWorker(std::function<T()> work)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(backgroundPool(), std::move(work)));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return watcher.result();
}

struct LoadOutcome
{
    std::shared_ptr<Workspace> workspace;
    InputError error;
    QStringList warnings;
    WorkspaceFile::DiskStamp stamp;
    QList<ValidationFinding> findings; ///< validated on the worker too: no copy on the GUI thread
};

} // namespace

// --- files ------------------------------------------------------------------------

void MainWindow::installWorkspace(std::unique_ptr<Workspace> workspace, const QString &fileName, bool unsavedContent,
                                  const std::optional<QList<ValidationFinding>> &findings, const WorkspaceFile::DiskStamp &stamp)
{
    m_voting->close(); // a round belongs to the workspace it was opened on
    m_autosaver->discard();
    m_document->resetWorkspace(std::move(workspace));
    m_document->setFileName(fileName);
    m_diskStamp = stamp.isNull() && !fileName.isEmpty() ? WorkspaceFile::stampOf(fileName) : stamp;
    watchFile(fileName);
    lockFile(fileName);
    m_document->setUnsavedContent(unsavedContent);
    m_workspaceChosen = true;
    if (isStartPageShown()) // to the workspace's first page
        m_navigator->setCurrentItem(m_navigator->topLevelItem(0)->child(0));
    updateActions();
    m_problemsTimer.stop();
    if (findings)
        showFindings(*findings);
    else
        refreshProblems();
}

void MainWindow::lockFile(const QString &fileName)
{
    m_lock.reset();
    bool readOnly = false;
    QString why;
    if (!fileName.isEmpty()) {
        m_lock = std::make_unique<WorkspaceLock>(fileName);
        if (!m_lock->tryLock()) {
            readOnly = true;
            why = m_lock->errorString();
            m_lock.reset();
        } else if (!QFileInfo(fileName).isWritable() && QFileInfo::exists(fileName)) {
            readOnly = true;
            why = tr("you may not write to this file");
        }
    }
    m_document->setReadOnly(readOnly);
    m_banner->setText(readOnly ? tr("Opened read-only: %1. Use File → Save As to keep your own copy.").arg(why) : QString());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    if (!m_interactive)
        return true; // scripted use (tests) decides itself
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("“%1” has unsaved changes. Save them?").arg(windowTitle().remove(QStringLiteral("[*]"))),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newWorkspace()
{
    if (!maybeSave())
        return;
    InputError error;
    std::unique_ptr<Workspace> ws = ReferenceData::newWorkspace({}, &error);
    if (!ws) { // the bundled sample is broken (tests guard it): an empty workspace still opens
        showStatus(tr("The reference data could not be read: %1").arg(error.toString()));
        ws = std::make_unique<Workspace>();
        ws->info.name = ReferenceData::defaultName();
    }
    installWorkspace(std::move(ws), {}, false);
    showStatus(tr("New workspace with the reference data: provider prices, language cost profiles, SLA tiers, "
                  "fragmentation thresholds and approved protocols."));
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir,
                                                      tr("ArchBoard workspaces (*.archboard *.archboard.yaml *.archboard.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (m_busy)
        return false;
    m_busy = true;
    updateActions();
    showStatus(tr("Opening %1…").arg(path));
    const LoadOutcome outcome = runInWorker<LoadOutcome>([path] {
        LoadOutcome o;
        o.workspace = WorkspaceFile::load(path, &o.error, &o.warnings, &o.stamp);
        if (o.workspace)
            o.findings = validateWorkspace(*o.workspace);
        return o;
    });
    m_busy = false;
    if (!outcome.workspace) {
        updateActions();
        showError(tr("Cannot open workspace"), outcome.error.toString());
        if (!m_workspaceChosen) // the file named at start-up could not be opened
            showStartPage();
        return false;
    }
    // Moved out of the worker's result, not copied: nobody else holds it.
    installWorkspace(std::make_unique<Workspace>(std::move(*outcome.workspace)), QFileInfo(path).absoluteFilePath(), false,
                     outcome.findings, outcome.stamp);
    // Settings are written to disk: a separate event, so showing the workspace comes first.
    QTimer::singleShot(0, this, [this, path] {
        addRecent(QFileInfo(path).absoluteFilePath());
        QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    });
    if (outcome.warnings.isEmpty())
        showStatus(tr("Opened %1").arg(path));
    else // values the engines could not work with were brought into range: say which
        showError(tr("Values changed while opening"),
                  tr("%1 had values outside what ArchBoard can compute with; they were brought into range (save to keep them):\n%2")
                      .arg(path, outcome.warnings.join(u'\n')));
    return true;
}

bool MainWindow::openSample()
{
    if (!maybeSave())
        return false;
    InputError error;
    std::unique_ptr<Workspace> ws = Sample::load(&error);
    if (!ws) {
        showError(tr("Cannot open the sample"), error.toString());
        return false;
    }
    installWorkspace(std::move(ws), {}, false);
    showStatus(tr("Opened the bundled sample workspace (seed article figures). Save it to keep changes."));
    return true;
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty() || m_document->isReadOnly())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->fileName();
    if (suggestion.isEmpty()) {
        suggestion = QSettings().value(QStringLiteral("lastDirectory")).toString() + u'/'
            + Schema::slugify(m_document->workspace().info.name) + QStringLiteral(".archboard");
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Workspace As"), suggestion,
                                                tr("ArchBoard workspace (*.archboard);;ArchBoard YAML (*.archboard.yaml)"));
    if (path.isEmpty())
        return false;
    if (!WorkspaceFile::isWorkspaceFileName(path))
        path += QStringLiteral(".archboard");
    return saveTo(path);
}

void MainWindow::exportYaml()
{
    QString suggestion = m_document->fileName();
    suggestion = suggestion.isEmpty() ? Schema::slugify(m_document->workspace().info.name) : QFileInfo(suggestion).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export a Copy as YAML"), suggestion + QStringLiteral(".archboard.yaml"),
                                                tr("ArchBoard YAML (*.archboard.yaml)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".archboard.yaml")))
        path += QStringLiteral(".archboard.yaml");
    saveTo(path, true);
}

bool MainWindow::saveTo(const QString &path, bool asCopy)
{
    if (m_busy)
        return false;
    m_document->commitPendingEdits(); // Ctrl+S while typing: the text is part of the save
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool newFile = absolute != m_document->fileName();
    if (!asCopy && !newFile && !resolveExternalChange())
        return false;
    std::unique_ptr<WorkspaceLock> newLock;
    if (!asCopy && newFile) {
        newLock = std::make_unique<WorkspaceLock>(absolute);
        if (!newLock->tryLock()) {
            showError(tr("Cannot save"), tr("%1: %2").arg(absolute, newLock->errorString()));
            return false;
        }
    }
    m_busy = true;
    updateActions();
    const quint64 revision = m_document->revision();
    // Only the tables changed since the last run are copied here (a full copy
    // of the large workspace blocked the GUI for tens of milliseconds).
    std::shared_ptr<const Workspace> snapshot = m_problemsSnapshot->take();
    auto stamp = std::make_shared<WorkspaceFile::DiskStamp>();
    const QString error = runInWorker<QString>([snapshot, absolute, stamp] {
        QString why;
        return WorkspaceFile::save(*snapshot, absolute, &why, stamp.get()) ? QString() : why;
    });
    m_busy = false;
    if (!error.isEmpty()) {
        updateActions();
        showError(tr("Cannot save"), error);
        return false;
    }
    if (!asCopy) {
        if (newFile) {
            m_lock = std::move(newLock);
            m_document->setFileName(absolute);
            m_document->setReadOnly(false);
            m_banner->clear();
        }
        m_diskStamp = *stamp;
        watchFile(absolute);
        if (m_document->revision() == revision) { // nothing changed while it was written
            m_document->setClean();
            m_autosaver->discard();
        }
        addRecent(absolute);
    }
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(absolute).absolutePath());
    updateActions();
    showStatus(asCopy ? tr("Exported a copy to %1").arg(absolute) : tr("Saved %1").arg(absolute));
    return true;
}

void MainWindow::watchFile(const QString &fileName)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!fileName.isEmpty() && QFileInfo::exists(fileName))
        m_watcher->addPath(fileName);
}

void MainWindow::onFileChanged(const QString &path)
{
    // A save replaces the file (rename): the watch goes with the old one.
    if (path == m_document->fileName())
        watchFile(path);
    if (m_busy || m_askingExternal || path != m_document->fileName() || WorkspaceFile::unchangedSince(path, m_diskStamp))
        return;
    emit externalChangeDetected(path);
    m_askingExternal = true;
    const ExternalChange answer = askExternalChange(path);
    m_askingExternal = false;
    switch (answer) {
    case ExternalChange::Reload:
        openFile(path);
        break;
    case ExternalChange::KeepMine:
        m_diskStamp = WorkspaceFile::stampOf(path); // the next save overwrites without asking again
        break;
    case ExternalChange::SaveAs:
        saveAs();
        break;
    default:
        showStatus(tr("%1 was changed by another program; saving will ask what to do.").arg(path));
        break;
    }
}

MainWindow::ExternalChange MainWindow::askExternalChange(const QString &path)
{
    if (!m_interactive)
        return m_externalAnswer == ExternalChange::Ask ? ExternalChange::Cancel : m_externalAnswer;
    QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                    tr("“%1” was changed by another program since ArchBoard opened or saved it.").arg(path), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Reload it (changes made here and not saved are lost), keep your version (saving overwrites the "
                              "other program's change), or save your version under another name."));
    QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep Mine"), QMessageBox::DestructiveRole);
    QPushButton *saveAsButton = box.addButton(tr("Save As…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == reload)
        return ExternalChange::Reload;
    if (box.clickedButton() == keep)
        return ExternalChange::KeepMine;
    if (box.clickedButton() == saveAsButton)
        return ExternalChange::SaveAs;
    return ExternalChange::Cancel;
}

bool MainWindow::resolveExternalChange()
{
    const QString path = m_document->fileName();
    if (path.isEmpty() || WorkspaceFile::unchangedSince(path, m_diskStamp))
        return true;
    emit externalChangeDetected(path);
    switch (askExternalChange(path)) {
    case ExternalChange::KeepMine:
        return true;
    case ExternalChange::Reload:
        openFile(path);
        return false;
    case ExternalChange::SaveAs:
        saveAs();
        return false;
    default:
        showStatus(tr("Not saved: %1 was changed by another program.").arg(path));
        return false;
    }
}

} // namespace ArchBoard
