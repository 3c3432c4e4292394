#include "schema.h"

#include "workspace.h"

#include <QCoreApplication>

namespace ArchBoard {

QString FieldDef::translatedLabel() const
{
    return QCoreApplication::translate("Field", label);
}

QString FieldDef::translatedUnit() const
{
    return unit ? QCoreApplication::translate("Unit", unit) : QString();
}

QString FieldDef::translatedTip() const
{
    return tip ? QCoreApplication::translate("FieldTip", tip) : QString();
}

TableSchema::TableSchema(TableId id, const char *key, const char *title, const char *rowTitle,
                         QList<FieldDef> fields, bool singleton, bool ordered, QList<int> uniqueKey)
    : m_id(id)
    , m_key(key)
    , m_title(title)
    , m_rowTitle(rowTitle)
    , m_fields(std::move(fields))
    , m_singleton(singleton)
    , m_ordered(ordered)
    , m_uniqueKey(std::move(uniqueKey))
{
    for (int i = 0; i < m_fields.size(); ++i) {
        const FieldDef &f = m_fields.at(i);
        if (f.type == FieldType::Id && m_idField < 0)
            m_idField = i;
        if ((qstrcmp(f.key, "name") == 0 || qstrcmp(f.key, "title") == 0) && m_nameField < 0)
            m_nameField = i;
        if ((f.flags & Parent) && m_parentField < 0)
            m_parentField = i;
    }
}

QString TableSchema::title() const
{
    return QCoreApplication::translate("Table", m_title);
}

QString TableSchema::rowTitle() const
{
    return QCoreApplication::translate("Table", m_rowTitle);
}

int TableSchema::fieldIndex(QAnyStringView key) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (QAnyStringView::equal(key, QLatin1StringView(m_fields.at(i).key)))
            return i;
    }
    return -1;
}

QVariantList TableSchema::rowValues(const Workspace &ws, int row) const
{
    QVariantList out;
    out.reserve(m_fields.size());
    for (int f = 0; f < m_fields.size(); ++f)
        out.append(value(ws, row, f));
    return out;
}

namespace Schema {

FieldRef fieldOfMember(const std::type_info &rowType, const std::type_info &memberType, const void *member)
{
    for (TableId id : tables()) {
        const int f = table(id).memberField(rowType, memberType, member);
        if (f >= 0)
            return {id, f};
    }
    return {};
}

TableId tableByKey(QAnyStringView key)
{
    for (TableId id : tables()) {
        if (QAnyStringView::equal(key, QLatin1StringView(table(id).key())))
            return id;
    }
    return TableId::Count;
}

TableId tableForLinkKind(int kind)
{
    switch (LinkKind(kind)) {
    case LinkKind::Tier: return TableId::Tiers;
    case LinkKind::Candidate: return TableId::Candidates;
    case LinkKind::Criterion: return TableId::Criteria;
    case LinkKind::Context: return TableId::Contexts;
    case LinkKind::Relation: return TableId::Relations;
    case LinkKind::Scenario: return TableId::Scenarios;
    case LinkKind::Service: return TableId::Services;
    }
    return TableId::Count;
}

int linkKindForTable(TableId t)
{
    for (int k = 0; k < Enums::linkKind.count(); ++k) {
        if (tableForLinkKind(k) == t)
            return k;
    }
    return -1;
}

} // namespace Schema

} // namespace ArchBoard
