// MainWindow's sessions that outlive a run of the program: recovery copies left by a
// crash and live voting (open, resume). Moved out of mainwindow.cpp unchanged (issue 17).
#include "mainwindow.h"

#include "document.h"
#include "openvotingdialog.h"
#include "recovery.h"
#include "selectionpage.h"
#include "votingjournal.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace ArchBoard {

void MainWindow::offerRecovery()
{
    const RecoveryStore store;
    for (const RecoveryEntry &entry : store.orphans()) {
        const QString what = entry.originalPath.isEmpty() ? tr("the unsaved workspace “%1”").arg(entry.title)
                                                          : tr("“%1” (%2)").arg(entry.title, entry.originalPath);
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"),
                        tr("ArchBoard did not close properly. An autosaved copy of %1 from %2 exists.")
                            .arg(what, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        QPushButton *recoverButton = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        QPushButton *discardButton = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Decide Later"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == recoverButton) {
            if (recover(entry))
                store.discard(entry);
            return; // one workspace per window
        }
        if (box.clickedButton() == discardButton)
            store.discard(entry);
    }
    for (const VotingJournalEntry &entry : VotingJournal::orphans(store.directory())) {
        const QString title = entry.header.value(QStringLiteral("title")).toString();
        const QString tier = entry.header.value(QStringLiteral("tier")).toString();
        QMessageBox box(QMessageBox::Question, tr("Resume live voting?"),
                        tr("ArchBoard stopped during live voting on the SLA tier “%1” of “%2” (%n event(s) received, the last at %3). "
                           "Resume the round? The members' pages reconnect by themselves and keep their scores.", nullptr, entry.events)
                            .arg(tier, title, QLocale().toString(entry.modified, QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        QPushButton *resume = box.addButton(tr("Resume Voting"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Decide Later"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == resume) {
            resumeVoting(entry.path);
            return; // one session at a time
        }
        if (box.clickedButton() == discard)
            VotingJournal::discard(entry.path);
    }
}

void MainWindow::openVoting(const QString &tier, bool windowed)
{
    if (m_voting->isOpen()) {
        openWorkshopMode(windowed);
        return;
    }
    OpenVotingDialog dialog(m_document->workspace(), tier, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startVoting(dialog.ballot(), dialog.options(), windowed);
}

bool MainWindow::startVoting(const VotingBallot &ballot, const LiveVoting::Options &options, bool windowed)
{
    LiveVoting::Options o = options;
    if (o.journalDirectory.isEmpty())
        o.journalDirectory = RecoveryStore().directory();
    if (!m_voting->open(ballot, o)) {
        showError(tr("Cannot open voting"), m_voting->errorString());
        return false;
    }
    m_selectionPage->setTier(m_voting->ballot().tier);
    openWorkshopMode(windowed);
    showStatus(tr("Voting is open at %1 (join code %2).").arg(m_voting->endpoint().url, m_voting->endpoint().joinCode));
    return true;
}

bool MainWindow::resumeVoting(const QString &journal, bool windowed)
{
    QJsonObject header;
    QList<QJsonObject> events;
    QString error;
    if (!VotingJournal::read(journal, &header, &events, &error)) {
        showError(tr("Cannot resume voting"), error);
        return false;
    }
    const QString workspace = header.value(QStringLiteral("workspace")).toString();
    if (!workspace.isEmpty() && QFileInfo(workspace).absoluteFilePath() != QFileInfo(m_document->fileName()).absoluteFilePath()
        && QFileInfo::exists(workspace) && !openFile(workspace))
        return false;
    LiveVoting::Options options;
    options.address = QHostAddress(header.value(QStringLiteral("address")).toString());
    options.tls = header.value(QStringLiteral("tls")).toBool();
    options.language = header.value(QStringLiteral("language")).toString();
    options.resumeJournal = journal;
    return startVoting({}, options, windowed);
}

bool MainWindow::recover(const RecoveryEntry &entry)
{
    InputError error;
    std::unique_ptr<Workspace> ws = WorkspaceFile::load(entry.recoveryFile, &error);
    if (!ws) {
        showError(tr("Cannot recover"), error.toString());
        return false;
    }
    installWorkspace(std::move(ws), entry.originalPath, true);
    showStatus(tr("Recovered the autosaved copy from %1; save to keep it.").arg(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

} // namespace ArchBoard
