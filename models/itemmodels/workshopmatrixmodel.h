#pragma once

#include "matrixmodel.h"

#include <QHash>
#include <QPointer>

namespace ArchBoard {

/// Extra roles of the workshop matrix.
enum WorkshopMatrixRole {
    RatedRole = Qt::UserRole + 40, ///< bool: the column is a rated criterion (scored in the workshop)
    RaterScoreRole,                ///< int 1–5: the current rater's score; invalid when not rated yet
    AggregateTextRole,             ///< QString: "mean 3.33 ⚑ spread 3", the room's aggregate with the disagreement flag and spread
};

/**
 * The selection matrix as workshop mode shows it: like MatrixModel, but a
 * rated cell shows the current rater's own score next to the aggregate of all
 * raters (with the disagreement flag), and setData() on a rated cell sets the
 * current rater's score: 1–5, or an invalid value to clear it. Each change is
 * one undo step on the Document. Measured cells are not edited here.
 */
class WorkshopMatrixModel : public MatrixModel
{
    Q_OBJECT

public:
    WorkshopMatrixModel(Analysis *analysis, QObject *parent = nullptr);

    /// The rater whose scores are shown and set (a Rater id).
    void setRater(const QString &rater);
    QString rater() const { return m_rater; }

    bool isRated(int column) const;
    /// Why the last setData() changed nothing.
    QString scoreError() const { return m_scoreError; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    int ratingRow(const QString &candidate, const QString &criterion) const;
    bool refuse(const QString &message);

    QPointer<Analysis> m_analysis;
    QString m_rater;
    QString m_scoreError;
    /// "candidate\x1fcriterion" → row of the current rater's rating; rebuilt
    /// when the document's revision or the rater moves.
    mutable QHash<QString, int> m_ratingIndex;
    mutable quint64 m_indexRevision = ~quint64(0);
    mutable QString m_indexRater;
};

} // namespace ArchBoard
