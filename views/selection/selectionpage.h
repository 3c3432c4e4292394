#pragma once

#include "winprobability.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace ArchBoard {

class Analysis;
class DiagramRenderer;
class DiagramView;
class Document;
class MatrixModel;
class WorkshopModel;

/// Sliders for the criterion weights of one tier. A drag is one undo step.
class WeightsPanel : public QWidget
{
    Q_OBJECT

public:
    WeightsPanel(Analysis *analysis, QWidget *parent = nullptr);
    void setTier(const QString &tier);

signals:
    void status(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void refresh();
    void onUpdated();
    void applyWeight(const QString &criterion, double weight, bool merge);
    void applyAhp();

    QPointer<Analysis> m_analysis;
    QString m_tier;
    QGridLayout *m_grid;
    QLabel *m_ahpLabel;
    QPushButton *m_ahpButton;
    QStringList m_criteria; ///< rows of the grid
    QString m_dragging;     ///< criterion whose slider is held
    bool m_dragStep = false; ///< the held slider has opened its undo step
    bool m_stale = false;   ///< the model changed while hidden
};

/**
 * The board's main screen: the matrix with its heat map and each candidate's
 * score in the chosen tier, the tier's weights, and below the ranking,
 * profile and sensitivity charts and the per-context recommendations.
 */
class SelectionPage : public QWidget
{
    Q_OBJECT

public:
    SelectionPage(Analysis *analysis, DiagramRenderer *renderer, QWidget *parent = nullptr);

    QString tier() const;
    void setTier(const QString &tier);
    QTableView *matrixView() const { return m_matrixView; }
    QTabWidget *tabs() const { return m_tabs; }
    QString summary() const;
    DiagramView *decisionTree() const { return m_tree; }
    /// Highlights the rules' path for a context or tier ("context:orders", "tier:tier-fast", or empty).
    void showPathOf(const QString &subject);

signals:
    void status(const QString &message);
    /// A context was chosen in the recommendations table (for the decision-tree highlight).
    void contextChosen(const QString &context);
    /// Open Voting… was pressed: the board wants to vote on \a tierId.
    void openVotingRequested(const QString &tierId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildTiers();
    void onUpdated();
    void refresh();
    void refreshCurrentTab();
    void refreshRecommendations();
    void refreshTree();

    QPointer<Analysis> m_analysis;
    QComboBox *m_tierCombo;
    QLabel *m_summary;
    MatrixModel *m_matrix;
    QTableView *m_matrixView;
    WeightsPanel *m_weights;
    QTabWidget *m_tabs;
    QChartView *m_ranking;
    QChartView *m_profiles;
    QChartView *m_sensitivity;
    QTableWidget *m_recommendations;
    QComboBox *m_pathCombo;
    DiagramView *m_tree;
    bool m_stale = false; ///< the model changed while the page was hidden
    TierWinProbability m_win; ///< the tier's win probabilities on screen
    bool m_hasWin = false;
};

/// Workshop scoring: raters as columns, 1–5 typed straight into the grid.
class WorkshopPage : public QWidget
{
    Q_OBJECT

public:
    WorkshopPage(Analysis *analysis, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

signals:
    void status(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitColumns();

    QPointer<Analysis> m_analysis;
    WorkshopModel *m_model;
    QTableView *m_view;
    bool m_fitPending = false; ///< the columns changed while the page was hidden
    int m_fittedRows = -1;     ///< rows the name columns were last sized for
};

} // namespace ArchBoard
