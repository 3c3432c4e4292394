#pragma once

// The typed half of the schema: how a table of one row type reads and writes
// its members. Private to the model folder; only schematables.cpp includes it.

#include "schema.h"
#include "workspace.h"

#include <QDate>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <optional>
#include <type_traits>
#include <typeinfo>

namespace ArchBoard::SchemaColumns {

// --- typed member <-> QVariant ------------------------------------------------

inline QVariant toVariant(const QString &v) { return v; }
inline QVariant toVariant(double v) { return v; }
inline QVariant toVariant(int v) { return v; }
inline QVariant toVariant(bool v) { return v; }
inline QVariant toVariant(const QDate &v) { return v; }
inline QVariant toVariant(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }
template<class E>
    requires std::is_enum_v<E>
QVariant toVariant(E v)
{
    return int(v);
}

inline void fromVariant(const QVariant &v, QString &out) { out = v.toString(); }
inline void fromVariant(const QVariant &v, double &out) { out = v.toDouble(); }
inline void fromVariant(const QVariant &v, int &out) { out = v.toInt(); }
inline void fromVariant(const QVariant &v, bool &out) { out = v.toBool(); }
inline void fromVariant(const QVariant &v, QDate &out) { out = v.toDate(); }
inline void fromVariant(const QVariant &v, std::optional<double> &out)
{
    out = v.isValid() && !v.isNull() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
template<class E>
    requires std::is_enum_v<E>
void fromVariant(const QVariant &v, E &out)
{
    out = E(v.toInt());
}

inline void put(FieldSink &sink, int f, const QString &v) { sink.text(f, v); }
inline void put(FieldSink &sink, int f, int v) { sink.integer(f, v); }
inline void put(FieldSink &sink, int f, double v) { sink.real(f, v); }
inline void put(FieldSink &sink, int f, const std::optional<double> &v) { sink.optionalReal(f, v); }
inline void put(FieldSink &sink, int f, bool v) { sink.boolean(f, v); }
inline void put(FieldSink &sink, int f, const QDate &v) { sink.date(f, v); }
template<class E>
    requires std::is_enum_v<E>
void put(FieldSink &sink, int f, E v)
{
    sink.enumeration(f, int(v));
}

inline void take(FieldSource &src, int f, QString &out) { out = src.text(f); }
inline void take(FieldSource &src, int f, int &out) { out = src.integer(f); }
inline void take(FieldSource &src, int f, double &out) { out = src.real(f); }
inline void take(FieldSource &src, int f, std::optional<double> &out) { out = src.optionalReal(f); }
inline void take(FieldSource &src, int f, bool &out) { out = src.boolean(f); }
inline void take(FieldSource &src, int f, QDate &out) { out = src.date(f); }
template<class E>
    requires std::is_enum_v<E>
void take(FieldSource &src, int f, E &out)
{
    out = E(src.enumeration(f));
}

template<class Row>
struct Accessor
{
    virtual ~Accessor() = default;
    virtual QVariant get(const Row &row) const = 0;
    virtual void set(Row &row, const QVariant &value) const = 0;
    virtual void write(const Row &row, int field, FieldSink &sink) const = 0;
    virtual void read(Row &row, int field, FieldSource &source) const = 0;
    /// Whether this accessor reads and writes the member \a member of type \a memberType.
    virtual bool holds(const std::type_info &memberType, const void *member) const = 0;
};

template<class Row, class M>
struct MemberAccessor final : Accessor<Row>
{
    explicit MemberAccessor(M Row::*member) : m(member) {}
    QVariant get(const Row &row) const override { return toVariant(row.*m); }
    void set(Row &row, const QVariant &value) const override { fromVariant(value, row.*m); }
    void write(const Row &row, int field, FieldSink &sink) const override { put(sink, field, row.*m); }
    void read(Row &row, int field, FieldSource &source) const override { take(source, field, row.*m); }
    bool holds(const std::type_info &memberType, const void *member) const override
    {
        return memberType == typeid(M) && *static_cast<M Row::*const *>(member) == m;
    }
    M Row::*m;
};

template<class Row>
struct Column
{
    FieldDef def;
    std::shared_ptr<Accessor<Row>> access;
};

template<class M>
constexpr bool typeMatches(FieldType t)
{
    if constexpr (std::is_same_v<M, QString>)
        return t == FieldType::Id || t == FieldType::Text || t == FieldType::LongText
            || t == FieldType::Reference || t == FieldType::ElementRef;
    else if constexpr (std::is_same_v<M, double>)
        return t == FieldType::Real;
    else if constexpr (std::is_same_v<M, std::optional<double>>)
        return t == FieldType::OptionalReal;
    else if constexpr (std::is_same_v<M, int>)
        return t == FieldType::Integer;
    else if constexpr (std::is_same_v<M, bool>)
        return t == FieldType::Bool;
    else if constexpr (std::is_same_v<M, QDate>)
        return t == FieldType::Date;
    else if constexpr (std::is_enum_v<M>)
        return t == FieldType::Enum;
    else
        return false;
}

template<class Row, class M>
Column<Row> col(M Row::*member, FieldDef def)
{
    Q_ASSERT_X(typeMatches<M>(def.type), def.key, "field type does not match the member type");
    return {def, std::make_shared<MemberAccessor<Row, M>>(member)};
}

template<class Row>
QList<FieldDef> defsOf(const QList<Column<Row>> &cols)
{
    QList<FieldDef> out;
    for (const auto &c : cols)
        out.append(c.def);
    return out;
}

/// Storage-independent half of a table of \c Row: its columns and how a
/// whole row goes to and from values, sinks and sources.
template<class Row>
class TypedTable : public TableSchema
{
public:
    QVariantList defaultRow() const override { return valuesOf(Row{}); }

protected:
    TypedTable(TableId id, const char *key, const char *title, const char *rowTitle, QList<Column<Row>> cols,
               bool singleton, bool ordered, QList<int> uniqueKey)
        : TableSchema(id, key, title, rowTitle, defsOf(cols), singleton, ordered, std::move(uniqueKey))
        , m_cols(std::move(cols))
    {
    }

    int memberField(const std::type_info &rowType, const std::type_info &memberType, const void *member) const override
    {
        if (rowType != typeid(Row))
            return -1;
        for (int f = 0; f < m_cols.size(); ++f) {
            if (m_cols.at(f).access->holds(memberType, member))
                return f;
        }
        return -1;
    }

    QVariant get(const Row &r, int field) const { return m_cols.at(field).access->get(r); }
    void set(Row &r, int field, const QVariant &v) const { m_cols.at(field).access->set(r, v); }
    QVariantList valuesOf(const Row &r) const
    {
        QVariantList out;
        out.reserve(m_cols.size());
        for (const auto &c : m_cols)
            out.append(c.access->get(r));
        return out;
    }
    void assign(Row &r, const QVariantList &values) const
    {
        for (int f = 0; f < m_cols.size() && f < values.size(); ++f)
            m_cols.at(f).access->set(r, values.at(f));
    }
    void write(const Row &r, FieldSink &sink) const
    {
        for (int f = 0; f < m_cols.size(); ++f)
            m_cols.at(f).access->write(r, f, sink);
    }
    void read(Row &r, FieldSource &source) const
    {
        for (int f = 0; f < m_cols.size(); ++f)
            m_cols.at(f).access->read(r, f, source);
    }

private:
    QList<Column<Row>> m_cols;
};

/// A collection stored as std::vector<Row> in the Workspace.
template<class Row>
class VectorTable final : public TypedTable<Row>
{
public:
    VectorTable(TableId id, const char *key, const char *title, const char *rowTitle,
                std::vector<Row> Workspace::*vec, QList<Column<Row>> cols,
                QList<int> uniqueKey = {}, bool ordered = false)
        : TypedTable<Row>(id, key, title, rowTitle, std::move(cols), false, ordered, std::move(uniqueKey))
        , m_vec(vec)
    {
    }

    int rowCount(const Workspace &ws) const override { return int((ws.*m_vec).size()); }
    QVariant value(const Workspace &ws, int row, int field) const override { return this->get(at(ws, row), field); }
    void setValue(Workspace &ws, int row, int field, const QVariant &v) const override
    {
        this->set((ws.*m_vec).at(size_t(row)), field, v);
    }
    void insertRow(Workspace &ws, int row, const QVariantList &values) const override
    {
        Row r;
        this->assign(r, values);
        auto &vec = ws.*m_vec;
        vec.insert(vec.begin() + std::clamp(row, 0, int(vec.size())), std::move(r));
    }
    void removeRow(Workspace &ws, int row) const override
    {
        auto &vec = ws.*m_vec;
        vec.erase(vec.begin() + row);
    }
    void moveRow(Workspace &ws, int from, int to) const override
    {
        auto &vec = ws.*m_vec;
        Row r = std::move(vec[size_t(from)]);
        vec.erase(vec.begin() + from);
        vec.insert(vec.begin() + to, std::move(r));
    }
    void clear(Workspace &ws) const override { (ws.*m_vec).clear(); }
    void writeRow(const Workspace &ws, int row, FieldSink &sink) const override { this->write(at(ws, row), sink); }
    void appendRow(Workspace &ws, FieldSource &source) const override { this->read((ws.*m_vec).emplace_back(), source); }
    void reserve(Workspace &ws, int rows) const override { (ws.*m_vec).reserve((ws.*m_vec).size() + size_t(rows)); }
    bool rowsEqual(const Workspace &a, int rowA, const Workspace &b, int rowB) const override { return at(a, rowA) == at(b, rowB); }
    bool tablesEqual(const Workspace &a, const Workspace &b) const override { return a.*m_vec == b.*m_vec; }
    void copyRow(const Workspace &from, int row, Workspace &to) const override { (to.*m_vec).push_back(at(from, row)); }

private:
    const Row &at(const Workspace &ws, int row) const { return (ws.*m_vec).at(size_t(row)); }

    std::vector<Row> Workspace::*m_vec;
};

/// A collection of exactly one row (the workspace's own settings).
template<class Row>
class SingletonTable final : public TypedTable<Row>
{
public:
    SingletonTable(TableId id, const char *key, const char *title, const char *rowTitle,
                   Row Workspace::*member, QList<Column<Row>> cols)
        : TypedTable<Row>(id, key, title, rowTitle, std::move(cols), true, false, {})
        , m_member(member)
    {
    }

    int rowCount(const Workspace &) const override { return 1; }
    QVariant value(const Workspace &ws, int, int field) const override { return this->get(ws.*m_member, field); }
    void setValue(Workspace &ws, int, int field, const QVariant &v) const override { this->set(ws.*m_member, field, v); }
    void insertRow(Workspace &ws, int, const QVariantList &values) const override { this->assign(ws.*m_member, values); }
    void removeRow(Workspace &, int) const override { Q_UNREACHABLE(); }
    void moveRow(Workspace &, int, int) const override { Q_UNREACHABLE(); }
    void clear(Workspace &ws) const override { ws.*m_member = Row{}; }
    void writeRow(const Workspace &ws, int, FieldSink &sink) const override { this->write(ws.*m_member, sink); }
    void appendRow(Workspace &ws, FieldSource &source) const override { this->read(ws.*m_member, source); }
    void reserve(Workspace &, int) const override {}
    bool rowsEqual(const Workspace &a, int, const Workspace &b, int) const override { return a.*m_member == b.*m_member; }
    bool tablesEqual(const Workspace &a, const Workspace &b) const override { return a.*m_member == b.*m_member; }
    void copyRow(const Workspace &from, int, Workspace &to) const override { to.*m_member = from.*m_member; }

private:
    Row Workspace::*m_member;
};
} // namespace ArchBoard::SchemaColumns
