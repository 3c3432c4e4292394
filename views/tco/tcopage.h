#pragma once

#include "tco.h"
#include "tcowhatif.h"

#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSlider;
class QTabWidget;
class QTableWidget;

namespace ArchBoard {

class Analysis;
class DiagramRenderer;
class DiagramView;
class ScenarioComparison;
class LatestRun;

/**
 * The FaaS cost model of one scenario: sliders for the main drivers, the
 * annual lines per language (chart and table, every figure with its
 * formula), the scenarios side by side and over their horizon, the
 * sensitivity tornado, cold starts and the build pipeline.
 *
 * A slider drag edits the scenario as one undo step. In what-if mode the
 * sliders change a copy of the scenario's inputs instead (overrides by
 * parameter name, as `archboard-cli tco --set` takes them); Keep writes
 * them to the scenario as one undo step, Discard drops them.
 *
 * The what-if values, the baseline delta, the CSV and the Monte Carlo are
 * the engine's (TcoWhatIf, Tco::baselineDelta, Tco::csv, Tco::uncertainty);
 * the Monte Carlo runs on a worker (LatestRun) after the sliders rest, and
 * a result for outdated inputs is dropped. This page only displays.
 */
class TcoPage : public QWidget
{
    Q_OBJECT

public:
    TcoPage(Analysis *analysis, DiagramRenderer *renderer, QWidget *parent = nullptr);
    ~TcoPage() override;

    enum class Chart { Lines, Comparison, Cumulative, Tornado, ColdStart };

    QString scenario() const;
    void setScenario(const QString &id);
    /// The slider of a driver, by parameter name (`functions.rust`, `memory_mb`, …).
    QSlider *slider(const QString &parameter) const;
    QStringList drivers() const;
    QChart *chart(Chart which) const;
    QTableWidget *linesTable() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    DiagramView *pipelineView() const { return m_pipeline; }
    /// The figures on screen: the scenario with the what-if values applied.
    const TcoResult &result() const { return m_result; }
    QString summary() const;

    bool isWhatIf() const;
    void setWhatIf(bool on);
    /// Unsaved what-if values, by parameter name.
    QMap<QString, double> overrides() const { return m_whatIf.values(); }
    /// Writes the what-if values to the scenario as one undo step.
    bool keepWhatIf();
    /// Keeps the what-if values as a new scenario (a copy of this one with
    /// them, "… (what-if)"), one undo step; the saved scenario stays as it
    /// was and the page shows the new one. Returns its row or -1.
    int keepWhatIfAsNew();
    /// The "Compare two" tab: any two scenarios side by side.
    ScenarioComparison *pairwise() const { return m_pairwise; }
    void discardWhatIf();

    /// "P10 … P50 … P90 …" once the Monte Carlo run for the inputs on screen is done.
    QString uncertaintyText() const;
    bool isUncertaintyCurrent() const { return m_uncertaintyCurrent; }

    /// Writes the lines table, the formulas and the sensitivity table as CSV.
    bool exportCsv(const QString &path, QString *message);
    void exportCsvDialog();

signals:
    void status(const QString &message);
    /// A Monte Carlo result for the inputs on screen arrived.
    void uncertaintyUpdated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Driver;
    /// What the figures on screen were computed from.
    struct InputKey
    {
        quint64 revision = 0;
        QString scenario;
        QMap<QString, double> overrides;
        bool operator==(const InputKey &) const = default;
    };

    void onUpdated();
    void rebuildScenarios();
    void rebuildDrivers();
    void refresh();
    void refreshDrivers();
    void refreshSummary();
    void refreshTable();
    void refreshCurrentTab();
    void refreshPipeline();
    void refreshWhatIfBanner();
    std::vector<TcoParameter> parameterList() const;
    void onSliderMoved(const QString &parameter, int position);
    bool writeToDocument(const QString &parameter, double value, bool merge);
    void scheduleRefresh();
    void scheduleUncertainty();
    void startUncertainty();
    void onUncertaintyDone();
    QString uncertaintyHtml() const;
    QString baselineId() const;

    QPointer<Analysis> m_analysis;
    QComboBox *m_scenarioCombo;
    QLabel *m_summary;
    QPushButton *m_whatIfButton;
    QPushButton *m_keepButton;
    QPushButton *m_keepNewButton;
    QPushButton *m_discardButton;
    QPushButton *m_exportButton;
    QLabel *m_banner;
    QGridLayout *m_driverGrid;
    std::vector<Driver> m_drivers;
    QLabel *m_figures;
    QLabel *m_uncertainty;
    QTabWidget *m_tabs;
    QChartView *m_lines;
    QTableWidget *m_table;
    QLabel *m_notes;
    QChartView *m_comparison;
    QChartView *m_cumulative;
    QChartView *m_tornado;
    QChartView *m_coldStart;
    DiagramView *m_pipeline;
    ScenarioComparison *m_pairwise;
    QWidget *m_pipelinePage;

    std::optional<TcoInput> m_input; ///< the scenario with the what-if values applied
    TcoResult m_result;
    InputKey m_inputKey;             ///< what m_input was made from
    quint64 m_inputSerial = 0;       ///< counts the changes of m_inputKey (the Monte Carlo's key)
    TcoWhatIf m_whatIf;
    QString m_dragging;        ///< the driver whose slider is held
    bool m_macroOpen = false;  ///< the drag's undo macro has begun (at its first change)
    bool m_stale = true;       ///< the model changed while the page was hidden
    QTimer m_refreshTimer;     ///< coalesces what-if slider ticks
    QTimer m_pipelineTimer;    ///< a new layout only when the sliders rest a moment
    QTimer m_uncertaintyTimer;

    LatestRun *m_uncertaintyRun;
    quint64 m_shownSerial = 0;     ///< inputs of the result on screen
    TcoUncertainty m_shownUncertainty;
    bool m_hasUncertainty = false;
    bool m_uncertaintyCurrent = false;
};

} // namespace ArchBoard
