// FragmentationPage's scanning: Scan folder…, progress, cancel, storing the scan
// and showing its errors and workspace membership. Moved out of
// fragmentationpage.cpp unchanged (issue 13).
#include "fragmentationpage.h"

#include "analysis.h"
#include "backgroundwork.h"
#include "diagramview.h"
#include "document.h"
#include "driftgraph.h"
#include "fragmentationcharts.h"
#include "mismatchmodel.h"
#include "scanhistory.h"
#include "scansession.h"
#include "workspace.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace ArchBoard {

// --- scanning -----------------------------------------------------------------------------------

void FragmentationPage::scanFolderDialog()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("scan/lastFolder"), settings.value(QStringLiteral("lastDirectory"))).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Scan Folder"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("scan/lastFolder"), folder);
    scanFolder(folder);
}

void FragmentationPage::scanFolder(const QString &folder)
{
    if (!m_analysis || m_scan->isRunning())
        return;
    QString error;
    if (!m_scan->start(folder, &error)) {
        m_scanStatus->setText(error);
        emit status(error);
        emit scanFinished(false);
        return;
    }
    m_scanButton->setEnabled(false);
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_progress->setRange(0, 0); // counting the manifests
    m_progress->setFormat(tr("%v of %m manifests"));
    m_progress->show();
    m_scanStatus->setForegroundRole(QPalette::WindowText);
    m_scanStatus->setText(tr("Scanning %1…").arg(QDir::toNativeSeparators(m_scan->folder())));
    emit status(m_scanStatus->text());
}

void FragmentationPage::cancelScan()
{
    if (!m_scan->isRunning() || m_scan->isCancelling())
        return;
    const QString folder = m_scan->folder();
    m_scan->cancel();
    m_cancelButton->setEnabled(false);
    m_scanStatus->setText(tr("Cancelling the scan of %1…").arg(QDir::toNativeSeparators(folder)));
}

void FragmentationPage::onScanProgress(int done, int total)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(std::min(done, total));
    }
}

namespace {

/// A scan record's identity: ids repeat across workspaces and after an undo, the time and folder do not.
QString recordKey(const ScanRecord &r)
{
    return r.id + u'\n' + r.takenAt + u'\n' + r.root;
}

} // namespace

void FragmentationPage::onScanned(std::shared_ptr<const ScanResult> scan)
{
    m_lastScan = scan;
    m_lastScanRecord.clear();
    showScanErrors(scan->errors);
    showMembership(*scan);
    m_progress->setRange(0, 0);
    m_scanStatus->setText(tr("Storing the scan of %1…").arg(QDir::toNativeSeparators(m_scan->folder())));
}

void FragmentationPage::onScanFinished(bool stored, const QString &message, std::shared_ptr<const FragmentationResult> metrics, quint64 revision)
{
    if (stored && metrics) {
        // Computed with the merge for exactly this workspace: no second analysis.
        m_result = std::move(metrics);
        m_resultRevision = revision;
    }
    if (stored && m_analysis && !m_analysis->document()->workspace().scans.empty()) {
        m_lastScanRecord = recordKey(m_analysis->document()->workspace().scans.back());
        m_lastScanMessage = message;
        m_lastScanShown = true;
    }
    endScan(message, stored);
}

void FragmentationPage::followLastScan()
{
    if (m_lastScanRecord.isEmpty() || !m_lastScan || !m_analysis || m_scan->isRunning())
        return;
    const std::vector<ScanRecord> &scans = m_analysis->document()->workspace().scans;
    const bool present = std::any_of(scans.begin(), scans.end(), [&](const ScanRecord &r) { return recordKey(r) == m_lastScanRecord; });
    if (present == m_lastScanShown)
        return;
    m_lastScanShown = present;
    if (present) {
        showScanErrors(m_lastScan->errors);
        showMembership(*m_lastScan);
        m_scanStatus->setText(m_lastScanMessage);
        return;
    }
    // Undone: what the tabs said belonged to a scan the workspace no longer holds.
    m_errors->clear();
    m_membership->clear();
    m_sideTabs->setTabText(2, tr("Scan errors"));
    m_sideTabs->setTabToolTip(2, QString());
    m_sideTabs->setTabText(3, tr("Workspaces"));
    m_scanStatus->setText(tr("The scan of %1 was undone; its services, errors and workspaces are gone with it.")
                              .arg(QDir::toNativeSeparators(m_lastScan->root)));
}

void FragmentationPage::endScan(const QString &message, bool stored)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_scanButton->setEnabled(m_analysis && !m_analysis->document()->isReadOnly());
    m_scanStatus->setText(message);
    emit status(message);
    emit scanFinished(stored);
}

void FragmentationPage::showScanErrors(const std::vector<ManifestError> &errors)
{
    m_errors->clear();
    constexpr size_t kShown = 1000;
    QStringList lines;
    for (size_t i = 0; i < errors.size() && i < kShown; ++i) {
        const ManifestError &e = errors[i];
        lines << (e.line > 0 ? QStringLiteral("%1:%2: %3").arg(e.file).arg(e.line).arg(e.message) : QStringLiteral("%1: %2").arg(e.file, e.message));
    }
    if (errors.size() > kShown)
        lines << tr("… and %1 more").arg(errors.size() - kShown);
    if (errors.empty())
        lines << tr("Every manifest of the last scan was read.");
    m_errors->addItems(lines);
    m_sideTabs->setTabText(2, errors.empty() ? tr("Scan errors") : tr("Scan errors (%1)").arg(errors.size()));
    if (!errors.empty())
        m_sideTabs->setTabToolTip(2, tr("Manifests of the last scan that could not be read; their folders are services without dependencies"));
}

void FragmentationPage::showMembership(const ScanResult &scan)
{
    m_membership->clear();
    constexpr size_t kShown = 1000;
    QStringList lines;
    for (const WorkspaceRule &r : scan.workspaceRules)
        lines << tr("%1 — members: %2, left out: %3").arg(r.describe()).arg(r.members).arg(r.leftOut);
    for (size_t i = 0; i < scan.leftOut.size() && i < kShown; ++i)
        lines << tr("Left out %1: %2").arg(scan.leftOut[i].path, scan.leftOut[i].reason);
    for (size_t i = 0; i < scan.findings.size() && i < kShown; ++i)
        lines << tr("Finding (%1): %2").arg(scan.findings[i].kind, scan.findings[i].message);
    if (scan.leftOut.size() > kShown)
        lines << tr("… and %1 more").arg(scan.leftOut.size() - kShown);
    if (scan.workspaceRules.empty())
        lines << tr("No workspace definition found: every folder with a manifest is a service.");
    m_membership->addItems(lines);
    m_sideTabs->setTabText(3, scan.leftOut.empty() ? tr("Workspaces") : tr("Workspaces (%1 left out)").arg(scan.leftOut.size()));
}

} // namespace ArchBoard
