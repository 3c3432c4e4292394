#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace ArchBoard {

class Analysis;

/**
 * Workshop mode's results: the tier's ranking (rank, candidate, score bar,
 * win probability, note) under the winner line, and its sensitivity (how far
 * each weight can move before the winner changes) under the verdict.
 */
class WorkshopResults : public QWidget
{
    Q_OBJECT

public:
    WorkshopResults(Analysis *analysis, QWidget *parent);

    /// Shows the results of \a tier (an SlaTier id).
    void setTier(const QString &tier);
    void refreshRanking();
    void refreshSensitivity();
    /// Sets the type sizes from the mode's \a base font.
    void applyFonts(const QFont &base);

    QTableWidget *rankingView() const { return m_ranking; }
    QTableWidget *sensitivityView() const { return m_sensitivity; }
    QString winnerText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitResults();

    QPointer<Analysis> m_analysis;
    QString m_tier;
    QLabel *m_winner;
    QTableWidget *m_ranking;
    QLabel *m_verdict;
    QTableWidget *m_sensitivity;
    QList<QLabel *> m_captions;
};

} // namespace ArchBoard
