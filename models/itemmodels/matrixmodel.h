#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

namespace ArchBoard {

class Analysis;
class Document;

/// Extra roles of the selection item models.
enum SelectionRole {
    NormalisedRole = Qt::UserRole + 20, ///< double 0 … 1, or invalid when missing
    DisputedRole,                       ///< bool: raters disagree strongly on this cell
    KnockedOutRole,                     ///< bool: the row's candidate is knocked out of the tier
    SpreadRole,                         ///< double: highest minus lowest rating of a rated cell; invalid without two ratings
};

/**
 * The selection matrix: shortlisted candidates × criteria, raw values with
 * their unit and a heat-map background of the normalised score, then the
 * candidate's score and rank in the chosen tier. A measured cell is edited in
 * place (the measurement is created when there is none); rated cells show the
 * workshop aggregate and are edited in the workshop view.
 */
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    MatrixModel(Analysis *analysis, QObject *parent = nullptr);

    void setTier(const QString &tier);
    QString tier() const { return m_tier; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString candidateAt(int row) const { return m_candidates.value(row); }
    QString criterionAt(int column) const { return m_criteria.value(column); }
    int scoreColumn() const { return int(m_criteria.size()); }
    QString lastError() const { return m_lastError; }

    /// Heat-map colour for a normalised score (0 red … 1 green), shared with the charts.
    static QColor heat(double normalised);

signals:
    void editRefused(const QString &message);

private:
    void refresh();

    QPointer<Analysis> m_analysis;
    QString m_tier;
    QStringList m_candidates;
    QStringList m_criteria;
    QString m_lastError;
};

/**
 * Workshop scoring: one row per shortlisted candidate and rated criterion,
 * one column per rater (1–5, empty when not rated yet), then the aggregate
 * and the spread. Rows where raters disagree strongly are flagged.
 */
class WorkshopModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    WorkshopModel(Analysis *analysis, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int firstRaterColumn() const { return 2; }
    int raterCount() const { return int(m_raters.size()); }
    bool isRaterColumn(int column) const { return column >= 2 && column < 2 + raterCount(); }
    QString lastError() const { return m_lastError; }

signals:
    void editRefused(const QString &message);

private:
    void refresh();
    int ratingRow(int row, int column) const;

    struct Pair
    {
        QString candidate;
        QString criterion;
    };
    QPointer<Analysis> m_analysis;
    QList<Pair> m_pairs;
    QStringList m_raters;
    /// "rater\x1fcandidate\x1fcriterion" → row of ratings; rebuilt when the document's
    /// revision moves, so it is right even between a change and updated().
    mutable QHash<QString, int> m_ratingIndex;
    mutable quint64 m_indexRevision = ~quint64(0);
    QString m_lastError;
};

} // namespace ArchBoard
