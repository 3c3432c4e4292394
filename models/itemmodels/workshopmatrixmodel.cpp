#include "workshopmatrixmodel.h"

#include "analysis.h"
#include "document.h"
#include "tablemodel.h"

namespace ArchBoard {

namespace {

QString pairKey(const QString &candidate, const QString &criterion)
{
    return candidate + QChar(0x1f) + criterion;
}

} // namespace

WorkshopMatrixModel::WorkshopMatrixModel(Analysis *analysis, QObject *parent)
    : MatrixModel(analysis, parent)
    , m_analysis(analysis)
{
}

void WorkshopMatrixModel::setRater(const QString &rater)
{
    if (rater == m_rater)
        return;
    m_rater = rater;
    if (rowCount() > 0 && scoreColumn() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, scoreColumn() - 1));
}

bool WorkshopMatrixModel::isRated(int column) const
{
    const Document *doc = m_analysis ? m_analysis->document() : nullptr;
    if (!doc || column < 0 || column >= scoreColumn())
        return false;
    const int row = doc->rowOfId(TableId::Criteria, criterionAt(column));
    return row >= 0 && doc->workspace().criteria[size_t(row)].kind == CriterionKind::Rated;
}

int WorkshopMatrixModel::ratingRow(const QString &candidate, const QString &criterion) const
{
    const Document *doc = m_analysis->document();
    if (m_indexRevision != doc->revision() || m_indexRater != m_rater) {
        m_ratingIndex.clear();
        const Workspace &ws = doc->workspace();
        for (size_t r = 0; r < ws.ratings.size(); ++r) {
            if (ws.ratings[r].rater == m_rater)
                m_ratingIndex.insert(pairKey(ws.ratings[r].candidate, ws.ratings[r].criterion), int(r));
        }
        m_indexRevision = doc->revision();
        m_indexRater = m_rater;
    }
    return m_ratingIndex.value(pairKey(candidate, criterion), -1);
}

QVariant WorkshopMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis || !m_analysis->document() || index.column() >= scoreColumn())
        return MatrixModel::data(index, role);
    const bool rated = isRated(index.column());
    if (role == RatedRole)
        return rated;
    if (!rated || (role != Qt::DisplayRole && role != RaterScoreRole && role != AggregateTextRole))
        return MatrixModel::data(index, role);
    const Document *doc = m_analysis->document();
    const int r = m_rater.isEmpty() ? -1 : ratingRow(candidateAt(index.row()), criterionAt(index.column()));
    const QVariant own = r >= 0 ? QVariant(doc->workspace().ratings[size_t(r)].score) : QVariant();
    if (role == RaterScoreRole)
        return own;
    // The engine's aggregate of all raters, flagged when they disagree.
    const QVariant aggregate = MatrixModel::data(index, Qt::EditRole);
    const QString all = aggregate.isValid() ? TableModel::formatNumber(aggregate.toDouble(), 2) : QStringLiteral("—");
    QString room = doc->workspace().info.ratingAggregation == RatingAggregation::Mean ? tr("mean %1").arg(all) : tr("median %1").arg(all);
    // A disputed cell says how far apart the raters are: the board discusses the widest first.
    if (MatrixModel::data(index, DisputedRole).toBool())
        room = tr("%1 ⚑ spread %2").arg(room, TableModel::formatNumber(MatrixModel::data(index, SpreadRole).toDouble(), 1));
    if (role == AggregateTextRole)
        return room;
    // "4 · mean 3.33 ⚑ spread 3": the rater's own score first, then what the room thinks.
    return tr("%1 · %2").arg(own.isValid() ? own.toString() : QStringLiteral("—"), room);
}

bool WorkshopMatrixModel::refuse(const QString &message)
{
    m_scoreError = message;
    emit editRefused(message);
    return false;
}

bool WorkshopMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() >= scoreColumn() || !m_analysis)
        return false;
    Document *doc = m_analysis->document();
    const QString candidate = candidateAt(index.row());
    const QString criterion = criterionAt(index.column());
    if (!isRated(index.column()))
        return refuse(tr("“%1” is measured, not rated: its figures come from measurements, not from workshop scores.")
                          .arg(doc->referenceName(TableId::Criteria, criterion)));
    if (m_rater.isEmpty() || doc->rowOfId(TableId::Raters, m_rater) < 0)
        return refuse(tr("No rater chosen: add raters on the “Raters and ratings” page first."));
    if (doc->isReadOnly())
        return refuse(tr("The workspace is read-only."));
    const int existing = ratingRow(candidate, criterion);
    bool ok = true;
    if (!value.isValid()) {
        if (existing >= 0)
            ok = doc->removeRows(TableId::Ratings, {existing});
    } else {
        ok = doc->upsertRow({{Schema::field(&Rating::rater), m_rater},
                             {Schema::field(&Rating::candidate), candidate},
                             {Schema::field(&Rating::criterion), criterion}},
                            {{Schema::field(&Rating::score), value}})
            >= 0;
    }
    if (!ok)
        return refuse(doc->errorString());
    m_scoreError.clear();
    return true;
}

Qt::ItemFlags WorkshopMatrixModel::flags(const QModelIndex &index) const
{
    // Scores are set by key in workshop mode, never through an item editor.
    return MatrixModel::flags(index) & ~Qt::ItemIsEditable;
}

} // namespace ArchBoard
