#include "tablemodel.h"

#include "document.h"

#include <QBrush>
#include <QCoreApplication>
#include <QColor>
#include <QLocale>

namespace ArchBoard {

QString TableModel::formatNumber(double v, int decimals)
{
    QString s = QLocale().toString(v, 'f', decimals);
    const QChar dot = QLocale().decimalPoint().front();
    if (s.contains(dot)) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(dot))
            s.chop(1);
    }
    return s;
}

TableModel::TableModel(Document *document, TableId table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table)
{
    connect(document, &Document::valueChanged, this, &TableModel::onValueChanged);
    connect(document, &Document::rowsAboutToBeInserted, this, [this](TableId t, int first, int last) {
        if (t == m_table)
            beginInsertRows({}, first, last);
    });
    connect(document, &Document::rowsInserted, this, [this](TableId t) {
        if (t == m_table)
            endInsertRows();
        else
            onOtherTableChanged(t);
    });
    connect(document, &Document::rowsAboutToBeRemoved, this, [this](TableId t, int first, int last) {
        if (t == m_table)
            beginRemoveRows({}, first, last);
    });
    connect(document, &Document::rowsRemoved, this, [this](TableId t) {
        if (t == m_table)
            endRemoveRows();
        else
            onOtherTableChanged(t);
    });
    connect(document, &Document::rowAboutToBeMoved, this, [this](TableId t, int from, int to) {
        if (t == m_table)
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &Document::rowMoved, this, [this](TableId t) {
        if (t == m_table)
            endMoveRows();
    });
    connect(document, &Document::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &Document::workspaceReset, this, [this] { endResetModel(); });
    connect(document, &Document::readOnlyChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

Document *TableModel::document() const
{
    return m_document;
}

const TableSchema &TableModel::schema() const
{
    return Schema::table(m_table);
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return m_document->rowCount(m_table);
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : schema().fieldCount();
}

QString TableModel::unitFor(const Document *document, TableId table, int row, int field)
{
    const TableSchema &ts = Schema::table(table);
    const FieldDef &def = ts.field(field);
    if (def.unitFrom < 0 || row < 0)
        return def.translatedUnit();
    const FieldDef &refDef = ts.field(def.unitFrom);
    const int target = document->rowOfId(refDef.refTable, ts.value(document->workspace(), row, def.unitFrom).toString());
    if (target < 0)
        return {};
    const TableSchema &rs = Schema::table(refDef.refTable);
    const int unitField = rs.fieldIndex(u"unit");
    return unitField >= 0 ? rs.value(document->workspace(), target, unitField).toString() : QString();
}

QString TableModel::formatValue(const Document *document, TableId table, int row, int field, const QVariant &value)
{
    const TableSchema &ts = Schema::table(table);
    const FieldDef &def = ts.field(field);
    switch (def.type) {
    case FieldType::Id:
    case FieldType::Text:
        return value.toString();
    case FieldType::LongText: {
        const QString s = value.toString();
        const qsizetype nl = s.indexOf(u'\n');
        return nl < 0 ? s : s.left(nl) + QStringLiteral(" …");
    }
    case FieldType::Integer:
    case FieldType::Real:
    case FieldType::OptionalReal: {
        if (!value.isValid() || value.isNull())
            return QStringLiteral("—");
        const QString number = def.type == FieldType::Integer ? QLocale().toString(value.toInt())
                                                              : formatNumber(value.toDouble(), def.decimals);
        const QString unit = unitFor(document, table, row, field);
        return unit.isEmpty() ? number : number + u' ' + unit;
    }
    case FieldType::Bool:
        return value.toBool() ? QCoreApplication::translate("TableModel", "yes") : QCoreApplication::translate("TableModel", "no");
    case FieldType::Enum:
        return def.enumDef->label(value.toInt());
    case FieldType::Reference:
        return document->referenceName(def.refTable, value.toString());
    case FieldType::ElementRef: {
        const TableId target = Schema::tableForLinkKind(ts.value(document->workspace(), row, def.kindField).toInt());
        return target == TableId::Count ? value.toString() : document->referenceName(target, value.toString());
    }
    case FieldType::Date:
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
    }
    return {};
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= rowCount())
        return {};
    const TableSchema &ts = schema();
    const int row = index.row();
    const int field = index.column();
    const FieldDef &def = ts.field(field);
    const QVariant value = m_document->value(m_table, row, field);

    auto dangling = [&] {
        if (def.type == FieldType::Reference)
            return !value.toString().isEmpty() && m_document->rowOfId(def.refTable, value.toString()) < 0;
        if (def.type == FieldType::ElementRef) {
            const TableId target = Schema::tableForLinkKind(ts.value(m_document->workspace(), row, def.kindField).toInt());
            return target == TableId::Count || m_document->rowOfId(target, value.toString()) < 0;
        }
        return false;
    };

    switch (role) {
    case Qt::DisplayRole:
        if (def.type == FieldType::Bool)
            return {};
        return formatValue(m_document, m_table, row, field, value);
    case Qt::EditRole:
        return value;
    case Qt::CheckStateRole:
        if (def.type == FieldType::Bool)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (def.isNumeric())
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (dangling())
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (def.type == FieldType::OptionalReal && value.isNull())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::ToolTipRole: {
        QStringList parts;
        if (def.type == FieldType::LongText)
            parts << value.toString();
        if (def.tip)
            parts << def.translatedTip();
        if (dangling())
            parts << tr("Refers to “%1”, which does not exist.").arg(value.toString());
        if (def.isNumeric() && ts.fieldIndex(u"source") >= 0) {
            const QString source = ts.value(m_document->workspace(), row, ts.fieldIndex(u"source")).toString();
            if (!source.isEmpty())
                parts << tr("Source: %1").arg(source);
        }
        return parts.join(u'\n');
    }
    case FieldRole:
        return field;
    case UnitRole:
        return def.isNumeric() ? unitFor(m_document, m_table, row, field) : QString();
    case RowIdRole:
        return ts.idField() >= 0 ? ts.value(m_document->workspace(), row, ts.idField()) : QVariant();
    case DanglingRole:
        return dangling();
    default:
        return {};
    }
}

bool TableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid())
        return false;
    QVariant v = value;
    if (role == Qt::CheckStateRole)
        v = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    if (!m_document->setValue(m_table, index.row(), index.column(), v)) {
        m_lastError = m_document->errorString();
        emit editRefused(m_lastError);
        return false;
    }
    return true;
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const FieldDef &def = schema().field(index.column());
    const bool editable = m_document && !m_document->isReadOnly() && !(def.flags & ReadOnly);
    if (def.type == FieldType::Bool) {
        if (editable)
            f |= Qt::ItemIsUserCheckable;
    } else if (editable) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    const FieldDef &def = schema().field(section);
    if (role == Qt::DisplayRole) {
        const QString unit = def.translatedUnit();
        return unit.isEmpty() ? def.translatedLabel() : QStringLiteral("%1 (%2)").arg(def.translatedLabel(), unit);
    }
    if (role == Qt::ToolTipRole)
        return def.translatedTip();
    return {};
}

bool TableModel::refersTo(TableId other) const
{
    for (const FieldDef &def : schema().fields()) {
        if (def.type == FieldType::Reference && def.refTable == other)
            return true;
        if (def.type == FieldType::ElementRef && Schema::linkKindForTable(other) >= 0)
            return true;
    }
    return false;
}

void TableModel::onValueChanged(TableId table, int row, int)
{
    if (table == m_table) {
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    onOtherTableChanged(table);
}

void TableModel::onOtherTableChanged(TableId table)
{
    // Names and units shown in reference columns come from the other table.
    if (refersTo(table) && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ForegroundRole});
}

// --- FieldFilterModel ---------------------------------------------------------

FieldFilterModel::FieldFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
    // Display-only changes (a referenced name) must not re-filter large tables.
    setFilterRole(Qt::EditRole);
}

void FieldFilterModel::setFilter(int field, const QString &value)
{
    if (field == m_field && value == m_value)
        return; // source changes are followed by the proxy itself
    m_field = field;
    m_value = value;
    invalidateFilter();
}

void FieldFilterModel::clearFilter()
{
    setFilter(-1, {});
}

void FieldFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

QVariant FieldFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool FieldFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *src = sourceModel();
    if (m_field >= 0 && m_value.isEmpty())
        return false; // no owner selected: nothing to show, nothing to read
    if (m_field >= 0 && src->index(sourceRow, m_field, sourceParent).data(Qt::EditRole).toString() != m_value)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < src->columnCount(sourceParent); ++c) {
        if (src->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool FieldFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(Qt::EditRole);
    const QVariant r = right.data(Qt::EditRole);
    const bool lnum = l.typeId() == QMetaType::Double || l.typeId() == QMetaType::Int;
    const bool rnum = r.typeId() == QMetaType::Double || r.typeId() == QMetaType::Int;
    if (lnum && rnum)
        return l.toDouble() < r.toDouble();
    if (lnum != rnum) // missing figures sort last
        return lnum;
    return QString::localeAwareCompare(left.data(Qt::DisplayRole).toString(), right.data(Qt::DisplayRole).toString()) < 0;
}

} // namespace ArchBoard
