#include "tableclipboard.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

#include <algorithm>

namespace ArchBoard::TableClipboard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableClipboard)
};

QString quoted(const QString &cell)
{
    if (!cell.contains(u'\t') && !cell.contains(u'\n') && !cell.contains(u'\r') && !cell.startsWith(u'"'))
        return cell;
    QString q = cell;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString headerName(const QAbstractItemModel &model, int section, Qt::Orientation orientation)
{
    const QString name = model.headerData(section, orientation, Qt::DisplayRole).toString().simplified();
    return name.isEmpty() ? QString::number(section + 1) : name;
}

} // namespace

QList<QStringList> parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool cellStarted = false; // a quote counts as quoting only at a cell's start
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            inQuotes = true;
            cellStarted = true;
        } else if (c == u'\t') {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

QString copy(const QAbstractItemModel &model, const QModelIndexList &cells)
{
    if (cells.isEmpty())
        return {};
    int top = cells.first().row(), bottom = top, left = cells.first().column(), right = left;
    for (const QModelIndex &i : cells) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    const int width = right - left + 1;
    QList<QStringList> grid(bottom - top + 1, QStringList(width));
    for (const QModelIndex &i : cells) {
        QVariant v = model.data(i, Qt::EditRole);
        if (!v.isValid())
            v = model.data(i, Qt::DisplayRole);
        grid[i.row() - top][i.column() - left] = quoted(v.toString());
    }
    QString out;
    for (const QStringList &row : std::as_const(grid))
        out += row.join(u'\t') + u'\n';
    return out;
}

PasteResult paste(QAbstractItemModel *model, const QModelIndex &topLeft, const QList<QStringList> &rows, const QModelIndexList &selection,
                  const std::function<QString()> &reason)
{
    PasteResult result;
    if (!model || !topLeft.isValid() || rows.isEmpty())
        return result;
    const auto put = [&](const QModelIndex &index, const QString &value) {
        if (!(model->flags(index) & Qt::ItemIsEditable)) {
            ++result.readOnly;
            return;
        }
        if (model->setData(index, value.trimmed().isEmpty() ? QVariant() : QVariant(value.trimmed()), Qt::EditRole)) {
            ++result.pasted;
            return;
        }
        const QString why = reason ? reason() : QString();
        const QString cell = Text::tr("“%1” · “%2”: “%3”")
                                 .arg(headerName(*model, index.row(), Qt::Vertical), headerName(*model, index.column(), Qt::Horizontal), value);
        result.refused << (why.isEmpty() ? cell : Text::tr("%1 (%2)").arg(cell, why));
    };
    // One value over several selected cells: every one of them gets it.
    if (rows.size() == 1 && rows.first().size() == 1 && selection.size() > 1) {
        for (const QModelIndex &index : selection)
            put(index, rows.first().first());
        return result;
    }
    const int rowCount = model->rowCount(topLeft.parent());
    const int columnCount = model->columnCount(topLeft.parent());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const int row = topLeft.row() + int(r);
            const int column = topLeft.column() + int(c);
            if (row >= rowCount || column >= columnCount) {
                ++result.outside;
                continue;
            }
            put(model->index(row, column, topLeft.parent()), rows[r][c]);
        }
    }
    return result;
}

} // namespace ArchBoard::TableClipboard
