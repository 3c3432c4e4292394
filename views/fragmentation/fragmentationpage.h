#pragma once

#include "fragmentation.h"
#include "scanner.h"
#include "schema.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>

class QAbstractItemModel;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace ArchBoard {

class Analysis;
class DiagramRenderer;
class DiagramView;
class ScanSession;
class MismatchModel;
struct MismatchFilter;

/**
 * The fragmentation dashboard (Fragmentation → Dashboard): the four metrics
 * of Analysis::fragmentation() as cards with their risk levels, the worst
 * version drift as a chart, every shared dependency with the versions in use
 * and who uses them (filtered by ecosystem, service, bounded context), the
 * dependency-drift graph, and the workspace's scan history.
 *
 * Fragmentation::analyse takes hundreds of milliseconds on 120 000
 * dependencies, so Analysis computes a large workspace's figures on a worker
 * over a copy (Analysis::fragmentationFigures()); the figures on screen stay
 * until the new ones arrive. A page that is hidden catches up when it is shown.
 *
 * "Scan folder…" runs the manifest scanner on worker threads with progress
 * and cancel; the scan is merged into a copy of the workspace off the GUI
 * thread too (with the metrics of the merged workspace, which the cards then
 * show) and stored with Document::applyWorkspace, one undo step.
 */
class FragmentationPage : public QWidget
{
    Q_OBJECT

public:
    FragmentationPage(Analysis *analysis, DiagramRenderer *renderer, QWidget *parent = nullptr);
    ~FragmentationPage() override;

    static constexpr int kChartRows = 20;          ///< dependencies in the drift chart, at most (fewer when it is short)

    /// The card of a metric as shown: its value in the metric's terms ("1 minor",
    /// "40.0 %", "3 runtime versions"), its level ("Severe"), its tooltip (the bands).
    QString metricValue(FragmentationMetric metric) const;
    QString metricLevel(FragmentationMetric metric) const;
    QString metricToolTip(FragmentationMetric metric) const;
    QFrame *metricCard(FragmentationMetric metric) const;

    QChart *driftChart() const;
    /// One row per shared dependency (after the filters), worst drift first.
    QAbstractItemModel *mismatchModel() const;
    QTableView *mismatchTable() const { return m_table; }
    /// -1 for every ecosystem.
    void setEcosystemFilter(int ecosystem);
    void setServiceFilter(const QString &text);
    /// A bounded context's id, or empty for every context.
    void setContextFilter(const QString &context);
    void setMismatchedOnly(bool on);
    DiagramView *driftGraph() const { return m_graph; }
    QString graphNote() const;

    QTableWidget *scanHistory() const { return m_history; }
    /// "version drift 3.2 major → 1.4 major ▼; …" for the two scans chosen to compare.
    QString scanComparison() const;
    QListWidget *scanErrors() const { return m_errors; }
    /// The last scan's workspace definitions and the manifests they left out.
    QListWidget *scanMembership() const { return m_membership; }

    /// Scans \a folder on worker threads and stores the result as one undo step;
    /// scanFinished() follows (at once, with false, for a path that is no folder
    /// or a read-only workspace). Does nothing while a scan runs.
    void scanFolder(const QString &folder);
    void scanFolderDialog();
    void cancelScan();
    bool isScanning() const;
    /// What the last scan did (or is doing).
    QString scanStatus() const;

    /// The metrics are being computed on a worker.
    bool isAnalysing() const;

signals:
    void status(const QString &message);
    /// The user wants an element's editor: a service node of the graph, a metric card's thresholds.
    void openElement(ArchBoard::TableId table, int row);
    /// A scan ended: stored as one undo step, or not (cancelled, failed).
    void scanFinished(bool stored);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Card
    {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *badge = nullptr;
        QLabel *detail = nullptr;
    };

    void onUpdated();
    void refresh();
    void onFiguresReady();
    void showResult();
    MismatchFilter currentFilter() const;
    void refreshChart();
    int chartRows() const;
    void refreshCards(const FragmentationResult &result);
    void refreshFilters();
    void refreshGraph(const FragmentationResult &result);
    void refreshHistory();
    void refreshComparison();
    void applyFilter();
    void showRowCount();
    void onGraphClicked(const QString &element);

    void onScanProgress(int done, int total);
    void onScanned(std::shared_ptr<const ScanResult> scan);
    void onScanFinished(bool stored, const QString &message, std::shared_ptr<const FragmentationResult> metrics, quint64 revision);
    void endScan(const QString &message, bool stored);
    void showScanErrors(const std::vector<ManifestError> &errors);
    void showMembership(const ScanResult &scan);
    /// The last scan's errors, workspaces and status line while its record is
    /// in the workspace; cleared once the scan is undone, shown again on redo.
    void followLastScan();

    QPointer<Analysis> m_analysis;
    std::array<Card, 4> m_cards;
    QChartView *m_chart;
    MismatchModel *m_model;
    QTableView *m_table;
    QComboBox *m_ecosystem;
    QLineEdit *m_service;
    QComboBox *m_context;
    QCheckBox *m_mismatchedOnly;
    QTimer m_filterTimer;
    DiagramView *m_graph;
    QLabel *m_graphNote;
    QTabWidget *m_sideTabs; ///< shared dependencies, scan history, scan errors, workspaces
    QTableWidget *m_history;
    QComboBox *m_compareFrom;
    QComboBox *m_compareTo;
    QLabel *m_comparison;
    QListWidget *m_errors;
    QListWidget *m_membership;
    QPushButton *m_scanButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_scanStatus;
    bool m_stale = true;
    std::shared_ptr<const FragmentationResult> m_result; ///< on screen (Analysis replaces its own at the next change)
    int m_chartRows = 0;
    QTimer m_chartTimer;
    std::vector<std::pair<Ecosystem, QString>> m_graphDependencies; ///< "dependency:N" on the graph
    std::vector<QString> m_graphUses;                                ///< "use:N" on the graph → service id

    QLabel *m_busy;
    QTimer m_refreshTimer;
    quint64 m_resultRevision = 0;  ///< the document revision m_result is for

    ScanSession *m_scan; ///< "Scan folder…": scanner, merge and store, without widgets
    std::shared_ptr<const ScanResult> m_lastScan; ///< the scan whose errors and workspaces the tabs show
    QString m_lastScanRecord;                     ///< its record (id, time, folder) once stored
    QString m_lastScanMessage;
    bool m_lastScanShown = false;
};

} // namespace ArchBoard
