#include "matrixmodel.h"

#include "analysis.h"
#include "document.h"
#include "tablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace ArchBoard {

namespace {

const Criterion *criterionById(const Workspace &ws, const QString &id)
{
    for (const Criterion &c : ws.criteria) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString ratingKey(const QString &rater, const QString &candidate, const QString &criterion)
{
    return rater + QChar(0x1f) + candidate + QChar(0x1f) + criterion;
}

} // namespace

// --- MatrixModel ------------------------------------------------------------------

MatrixModel::MatrixModel(Analysis *analysis, QObject *parent)
    : QAbstractTableModel(parent)
    , m_analysis(analysis)
{
    connect(analysis, &Analysis::updated, this, &MatrixModel::refresh);
    refresh();
}

QColor MatrixModel::heat(double normalised)
{
    // Red (worst) through yellow to green (best), light enough for black text.
    const double n = std::clamp(normalised, 0.0, 1.0);
    return QColor::fromHsvF(float(n * 120.0 / 360.0), 0.38f, 0.97f);
}

void MatrixModel::setTier(const QString &tier)
{
    m_tier = tier;
    if (rowCount() > 0)
        emit dataChanged(index(0, scoreColumn()), index(rowCount() - 1, scoreColumn() + 1));
    emit headerDataChanged(Qt::Horizontal, scoreColumn(), scoreColumn() + 1);
}

void MatrixModel::refresh()
{
    const SelectionMatrix &m = m_analysis->selection().matrix;
    if (m.candidates != m_candidates || m.criteria != m_criteria) {
        beginResetModel();
        m_candidates = m.candidates;
        m_criteria = m.criteria;
        endResetModel();
        return;
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_criteria.size()) + 2; // + score, rank
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis || !m_analysis->document())
        return {};
    const Document *doc = m_analysis->document();
    const Workspace &ws = doc->workspace();
    const SelectionResult &result = m_analysis->selection();
    const SelectionMatrix &m = result.matrix;
    const int row = index.row();
    const int col = index.column();

    if (col >= scoreColumn()) {
        const TierResult *tier = nullptr;
        for (const TierResult &t : result.tiers) {
            if (t.tier == m_tier)
                tier = &t;
        }
        if (!tier)
            return {};
        const CandidateScore *score = nullptr;
        for (const CandidateScore &s : tier->ranking) {
            if (s.candidate == m_candidates.at(row))
                score = &s;
        }
        if (!score)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            if (col == scoreColumn())
                return TableModel::formatNumber(score->score * 100.0, 1) + (score->knockedOut ? QStringLiteral(" ✕") : QString());
            return score->knockedOut ? tr("out") : QString::number(score->rank);
        case Qt::EditRole:
            return col == scoreColumn() ? QVariant(score->score) : QVariant(score->rank);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            return score->knockedOut ? QBrush(QColor(0x99, 0x99, 0x99)) : QVariant();
        case Qt::FontRole:
            if (score->candidate == tier->winner) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ToolTipRole: {
            QStringList lines;
            lines << tr("Score %1 of 100 (rank %2)").arg(TableModel::formatNumber(score->score * 100.0, 1)).arg(score->rank);
            if (score->coverage < 0.999)
                lines << tr("Scored on %1 % of the tier's weight: some figures are missing.").arg(TableModel::formatNumber(score->coverage * 100.0, 0));
            for (const FailedThreshold &f : score->failed) {
                lines << tr("Knocked out: %1 %2 %3 required, value %4")
                             .arg(doc->referenceName(TableId::Criteria, f.criterion), Enums::comparison.label(int(f.comparison)),
                                  TableModel::formatNumber(f.threshold, 3),
                                  f.value ? TableModel::formatNumber(*f.value, 3) : tr("missing"));
            }
            return lines.join(u'\n');
        }
        case KnockedOutRole:
            return score->knockedOut;
        default:
            return {};
        }
    }

    // By id, not position: between a change and updated() the rows shown may
    // still be the previous ones.
    const int mi = m.candidateIndex(m_candidates.at(row));
    const int mj = m.criterionIndex(m_criteria.at(col));
    const Criterion *crit = criterionById(ws, m_criteria.at(col));
    if (mi < 0 || mj < 0 || !crit)
        return {};
    const MatrixCell &cell = m.cell(mi, mj);
    switch (role) {
    case Qt::DisplayRole: {
        if (!cell.raw)
            return QStringLiteral("—");
        QString text = TableModel::formatNumber(*cell.raw, crit->kind == CriterionKind::Rated ? 1 : 3);
        if (!crit->unit.isEmpty() && crit->kind == CriterionKind::Measured)
            text += u' ' + crit->unit;
        if (cell.disputed)
            text += QStringLiteral(" ⚑");
        return text;
    }
    case Qt::EditRole:
        return cell.raw ? QVariant(*cell.raw) : QVariant();
    case Qt::BackgroundRole:
        return cell.normalised ? QBrush(heat(*cell.normalised)) : QBrush(QColor(0xee, 0xee, 0xee));
    case Qt::ForegroundRole:
        return QBrush(cell.raw ? QColor(0x1e, 0x1e, 0x1e) : QColor(0x80, 0x80, 0x80));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (cell.normalised)
            lines << tr("Normalised %1 (1 = best of the shortlist)").arg(TableModel::formatNumber(*cell.normalised, 3));
        else
            lines << tr("Missing: not measured or rated");
        if (crit->kind == CriterionKind::Measured) {
            for (const Measurement &meas : ws.measurements) {
                if (meas.candidate == m_candidates.at(row) && meas.criterion == crit->id && !meas.source.isEmpty())
                    lines << tr("Source: %1").arg(meas.source);
            }
        } else {
            lines << tr("%1 of %n rating(s), spread %2", nullptr, cell.ratings)
                         .arg(ws.info.ratingAggregation == RatingAggregation::Mean ? tr("Mean") : tr("Median"),
                              cell.spread ? TableModel::formatNumber(*cell.spread, 1) : QStringLiteral("—"));
            for (const Rating &r : ws.ratings) {
                if (r.candidate == m_candidates.at(row) && r.criterion == crit->id)
                    lines << QStringLiteral("  %1: %2").arg(doc->referenceName(TableId::Raters, r.rater)).arg(r.score);
            }
            if (cell.disputed)
                lines << tr("Raters disagree: discuss before deciding.");
        }
        return lines.join(u'\n');
    }
    case NormalisedRole:
        return cell.normalised ? QVariant(*cell.normalised) : QVariant();
    case DisputedRole:
        return cell.disputed;
    case SpreadRole:
        return cell.spread && cell.ratings >= 2 ? QVariant(*cell.spread) : QVariant();
    default:
        return {};
    }
}

bool MatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() >= scoreColumn() || !m_analysis)
        return false;
    Document *doc = m_analysis->document();
    const QString candidate = m_candidates.at(index.row());
    const QString criterion = m_criteria.at(index.column());
    const int row = doc->upsertRow({{Schema::field(&Measurement::candidate), candidate}, {Schema::field(&Measurement::criterion), criterion}},
                                   {{Schema::field(&Measurement::value), value}});
    if (row < 0) {
        m_lastError = doc->errorString();
        emit editRefused(m_lastError);
        return false;
    }
    return true;
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() < scoreColumn() && m_analysis && m_analysis->document() && !m_analysis->document()->isReadOnly()) {
        const Criterion *crit = criterionById(m_analysis->document()->workspace(), m_criteria.at(index.column()));
        if (crit && crit->kind == CriterionKind::Measured)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_analysis || !m_analysis->document())
        return {};
    const Document *doc = m_analysis->document();
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_candidates.size())
            return doc->referenceName(TableId::Candidates, m_candidates.at(section));
        return {};
    }
    if (section == scoreColumn())
        return role == Qt::DisplayRole ? tr("Score") : role == Qt::ToolTipRole ? tr("Weighted score in the chosen tier, 0–100") : QVariant();
    if (section == scoreColumn() + 1)
        return role == Qt::DisplayRole ? tr("Rank") : QVariant();
    const Criterion *crit = section < m_criteria.size() ? criterionById(doc->workspace(), m_criteria.at(section)) : nullptr;
    if (!crit)
        return {};
    if (role == Qt::DisplayRole) {
        // Two lines keep the columns narrow: "Cold start\n(启动冷启动时间) ms ↓".
        const QString arrow = crit->direction == Direction::LowerIsBetter ? QStringLiteral("↓") : QStringLiteral("↑");
        QString name = crit->name;
        const qsizetype paren = name.indexOf(QStringLiteral(" ("));
        if (paren > 0)
            name = name.left(paren) + u'\n' + name.mid(paren + 1);
        else
            name += u'\n';
        return crit->unit.isEmpty() || crit->kind == CriterionKind::Rated ? QStringLiteral("%1 %2").arg(name, arrow)
                                                                         : QStringLiteral("%1 %2 %3").arg(name, crit->unit, arrow);
    }
    if (role == Qt::ToolTipRole) {
        return (crit->direction == Direction::LowerIsBetter ? tr("Lower is better") : tr("Higher is better"))
            + (crit->kind == CriterionKind::Rated ? tr("; rated in the workshop (edit there)") : QString())
            + (crit->description.isEmpty() ? QString() : u'\n' + crit->description);
    }
    return {};
}

// --- WorkshopModel ----------------------------------------------------------------

WorkshopModel::WorkshopModel(Analysis *analysis, QObject *parent)
    : QAbstractTableModel(parent)
    , m_analysis(analysis)
{
    connect(analysis, &Analysis::updated, this, &WorkshopModel::refresh);
    refresh();
}

void WorkshopModel::refresh()
{
    const Workspace &ws = m_analysis->document()->workspace();
    QList<Pair> pairs;
    for (const Candidate &c : ws.candidates) {
        if (!c.shortlisted)
            continue;
        for (const Criterion &k : ws.criteria) {
            if (k.kind == CriterionKind::Rated)
                pairs.append({c.id, k.id});
        }
    }
    QStringList raters;
    for (const Rater &r : ws.raters)
        raters << r.id;
    bool same = raters == m_raters && pairs.size() == m_pairs.size();
    for (qsizetype i = 0; same && i < pairs.size(); ++i)
        same = pairs[i].candidate == m_pairs[i].candidate && pairs[i].criterion == m_pairs[i].criterion;
    if (!same) {
        beginResetModel();
        m_pairs = pairs;
        m_raters = raters;
        endResetModel();
        return;
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int WorkshopModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int WorkshopModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2 + raterCount() + 2;
}

int WorkshopModel::ratingRow(int row, int column) const
{
    if (!isRaterColumn(column) || row < 0 || row >= m_pairs.size())
        return -1;
    const Document *doc = m_analysis->document();
    if (m_indexRevision != doc->revision()) {
        const Workspace &ws = doc->workspace();
        m_ratingIndex.clear();
        for (size_t r = 0; r < ws.ratings.size(); ++r)
            m_ratingIndex.insert(ratingKey(ws.ratings[r].rater, ws.ratings[r].candidate, ws.ratings[r].criterion), int(r));
        m_indexRevision = doc->revision();
    }
    const Pair &p = m_pairs.at(row);
    return m_ratingIndex.value(ratingKey(m_raters.at(column - 2), p.candidate, p.criterion), -1);
}

QVariant WorkshopModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis || !m_analysis->document())
        return {};
    const Document *doc = m_analysis->document();
    const Pair &p = m_pairs.at(index.row());
    const SelectionMatrix &m = m_analysis->selection().matrix;
    const int ci = m.candidateIndex(p.candidate);
    const int ki = m.criterionIndex(p.criterion);
    const MatrixCell *cell = ci >= 0 && ki >= 0 ? &m.cell(ci, ki) : nullptr;
    const int col = index.column();
    const int aggregateColumn = 2 + raterCount();

    if (role == DisputedRole)
        return cell && cell->disputed;
    if (role == Qt::BackgroundRole && cell && cell->disputed && col >= 2)
        return QBrush(QColor(0xff, 0xe0, 0xb2)); // the whole row asks for discussion
    if (col == 0)
        return role == Qt::DisplayRole ? QVariant(doc->referenceName(TableId::Candidates, p.candidate)) : QVariant();
    if (col == 1)
        return role == Qt::DisplayRole ? QVariant(doc->referenceName(TableId::Criteria, p.criterion)) : QVariant();
    if (isRaterColumn(col)) {
        const int r = ratingRow(index.row(), col);
        const Rating *rating = r >= 0 ? &doc->workspace().ratings[size_t(r)] : nullptr;
        switch (role) {
        case Qt::DisplayRole:
            return rating ? QVariant(rating->score) : QVariant(QStringLiteral("·"));
        case Qt::EditRole:
            return rating ? QVariant(rating->score) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignCenter);
        case Qt::ToolTipRole:
            return rating && !rating->comment.isEmpty() ? QVariant(rating->comment) : QVariant(tr("Type 1–5; Delete clears"));
        case Qt::ForegroundRole:
            return rating ? QVariant() : QBrush(QColor(0xa0, 0xa0, 0xa0));
        default:
            return {};
        }
    }
    if (!cell)
        return {};
    if (col == aggregateColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return cell->raw ? QVariant(TableModel::formatNumber(*cell->raw, 2)) : QVariant(QStringLiteral("—"));
        case Qt::EditRole:
            return cell->raw ? QVariant(*cell->raw) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (!cell->spread)
            return QStringLiteral("—");
        return TableModel::formatNumber(*cell->spread, 1) + (cell->disputed ? tr(" ⚑ discuss") : QString());
    case Qt::EditRole:
        return cell->spread ? QVariant(*cell->spread) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("Highest minus lowest score; flagged at %1 or more").arg(doc->workspace().info.disagreementThreshold);
    default:
        return {};
    }
}

bool WorkshopModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !isRaterColumn(index.column()) || !m_analysis)
        return false;
    Document *doc = m_analysis->document();
    const int existing = ratingRow(index.row(), index.column());
    const bool clear = !value.isValid() || value.toString().trimmed().isEmpty();
    bool ok = true;
    if (clear) {
        if (existing >= 0)
            ok = doc->removeRows(TableId::Ratings, {existing});
    } else {
        const Pair &p = m_pairs.at(index.row());
        ok = doc->upsertRow({{Schema::field(&Rating::rater), m_raters.at(index.column() - 2)},
                             {Schema::field(&Rating::candidate), p.candidate},
                             {Schema::field(&Rating::criterion), p.criterion}},
                            {{Schema::field(&Rating::score), value}})
            >= 0;
    }
    if (!ok) {
        m_lastError = doc->errorString();
        emit editRefused(m_lastError);
    }
    return ok;
}

Qt::ItemFlags WorkshopModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (isRaterColumn(index.column()) && m_analysis && m_analysis->document() && !m_analysis->document()->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant WorkshopModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole || !m_analysis || !m_analysis->document())
        return {};
    if (section == 0)
        return tr("Candidate");
    if (section == 1)
        return tr("Criterion");
    if (isRaterColumn(section))
        return m_analysis->document()->referenceName(TableId::Raters, m_raters.at(section - 2));
    if (section == 2 + raterCount())
        return m_analysis->document()->workspace().info.ratingAggregation == RatingAggregation::Mean ? tr("Mean") : tr("Median");
    return tr("Spread");
}

} // namespace ArchBoard
