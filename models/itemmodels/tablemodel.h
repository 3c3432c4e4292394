#pragma once

#include "schema.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace ArchBoard {

class Document;

/// Extra item data roles of TableModel.
enum TableRole {
    FieldRole = Qt::UserRole + 1, ///< int: the field index of the column
    UnitRole,                     ///< QString: the unit of this cell (may depend on the row)
    RowIdRole,                    ///< QString: the id of the row (empty when rows have no id)
    DanglingRole,                 ///< bool: a reference that points nowhere
};

/**
 * One table of the Document as a Qt item model: a column per field. Display
 * text is formatted (units, enum labels, referenced names, "—" for a missing
 * figure); the edit role holds the canonical value. setData() goes through
 * the Document facade, so every edit is an undo command.
 */
class TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    TableModel(Document *document, TableId table, QObject *parent = nullptr);

    Document *document() const;
    TableId table() const { return m_table; }
    const TableSchema &schema() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The message of the last refused edit.
    QString lastError() const { return m_lastError; }

    /// Display text of a value of \a field in \a row (shared with the form editor).
    static QString formatValue(const Document *document, TableId table, int row, int field, const QVariant &value);
    /// A number in the user's locale with at most \a decimals, trailing zeros dropped.
    static QString formatNumber(double value, int decimals);
    /// Unit of a numeric value: the field's own, or that of the referenced row (a criterion's unit).
    static QString unitFor(const Document *document, TableId table, int row, int field);

signals:
    void editRefused(const QString &message);

private:
    void onValueChanged(TableId table, int row, int field);
    void onOtherTableChanged(TableId table);
    bool refersTo(TableId other) const;

    QPointer<Document> m_document;
    TableId m_table;
    QString m_lastError;
};

/// Shows the rows of a TableModel whose \a field equals a value (the child
/// rows of the selected master row); sorts numbers as numbers.
class FieldFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FieldFilterModel(QObject *parent = nullptr);

    void setFilter(int field, const QString &value);
    void clearFilter();
    int filterField() const { return m_field; }
    QString filterValue() const { return m_value; }
    /// Free-text search over the display text of all columns.
    void setSearchText(const QString &text);
    /// Rows are numbered as shown (1…n), not by their place in the whole table.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_field = -1;
    QString m_value;
    QString m_search;
};

} // namespace ArchBoard
