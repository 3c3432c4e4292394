#pragma once

#include "schema.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <memory>
#include <utility>
#include <vector>

namespace ArchBoard {

struct Workspace;

/**
 * Elements across versions of a workspace. A row is the same element in two
 * versions when it has the same key: its id; else the table's unique key
 * (tier + criterion of a weight); else a natural key of the fields that say
 * what the row is about (scenario + name of a cost line, service + ecosystem
 * + name + manifest of a dependency). A key that repeats within a table gets
 * its occurrence appended ("#2"), so every row has a key of its own and
 * repeats pair up in order. The singleton workspace settings have one key.
 */
namespace ElementKeys {

/// The fields whose values make up a row's key (empty for the singleton).
const QList<int> &identityFields(TableId table);
/// Whether \a field is part of the key of \a table's rows.
bool isIdentityField(TableId table, int field);
/// The key of every row of \a table in \a ws, in row order; unique within the table.
QStringList keys(const Workspace &ws, TableId table);

/// The keys of a table's rows and the row of each key.
struct TableKeys
{
    QStringList keys;
    QHash<QString, int> rowOf;
    int row(const QString &key) const { return rowOf.value(key, -1); }
};
/// keys() with the row of each key.
TableKeys index(const Workspace &ws, TableId table);

/// Keys computed once per workspace and table (a merge compares three
/// versions twice). The workspaces must outlive the cache and not change.
class Cache
{
public:
    const TableKeys &of(const Workspace &ws, TableId table);
    /// Computes the keys of \a a and \a b (two threads for large tables) unless cached.
    void prepare(const Workspace &a, const Workspace &b, TableId table);

private:
    QHash<QPair<quintptr, int>, std::shared_ptr<const TableKeys>> m_tables;
};
/// The key as a reader sees it: "gold / cold-start", "#2" appended for a repeat.
QString label(const QString &key);
/// The parts of the key: one per identity field (without the occurrence).
QStringList parts(const QString &key);
/// 1 for the first row with these identity values, 2 for the second, ….
int occurrence(const QString &key);

} // namespace ElementKeys

/// One field of an element that differs between two versions.
struct FieldChange
{
    int field = -1;
    QVariant before;
    QVariant after;
};

/// One element that was added, removed or changed.
struct ElementChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    TableId table = TableId::Workspace;
    QString key;            ///< ElementKeys key, the same in both versions
    int rowBefore = -1;     ///< row in the old workspace; -1 when added
    int rowAfter = -1;      ///< row in the new workspace; -1 when removed
    std::vector<FieldChange> fields; ///< Changed: the fields that differ
    bool moved = false;     ///< ordered tables (rules): its place among the others changed
    int positionBefore = -1; ///< 0-based row, set when moved
    int positionAfter = -1;
};

/// What changed from one workspace to another, element by element.
struct ModelDiff
{
    std::vector<ElementChange> changes; ///< by table in schema order; within a table as in the new version, removed ones last
    /// Tables whose rows pair up by position: the same keys in the same order, only edited in place.
    std::array<bool, tableCount> positional{};
    bool isEmpty() const { return changes.empty(); }
    int count(ElementChange::Kind kind) const;
    /// Changes of \a table only.
    std::vector<const ElementChange *> ofTable(TableId table) const;
};

namespace WorkspaceDiff {

/// Compares \a before with \a after element by element and field by field.
/// Row order counts only in ordered tables (decision rules). Pure function;
/// \a cache may hold keys of the same workspaces from an earlier call.
ModelDiff compare(const Workspace &before, const Workspace &after, ElementKeys::Cache *cache = nullptr);

/// A value as the GUI shows it: numbers in the field's decimals with its unit
/// (a measurement in its criterion's unit), enum labels, yes/no, "—" for a
/// missing figure, references as the id they name. \a row is the row in \a ws.
QString formatValue(const Workspace &ws, TableId table, int row, int field, const QVariant &value);
/// Old and new value formatted as formatValue() does; numbers get more digits
/// when the field's decimals would show the same text twice.
std::pair<QString, QString> formatChange(const Workspace &before, const Workspace &after, const ElementChange &change,
                                         const FieldChange &field);
/// The element's readable name in \a ws: its name or title with the key, or the key.
QString elementName(const Workspace &ws, TableId table, int row, const QString &key);
/// A value for JSON and merge reports: numbers as numbers, enums by key, dates ISO, missing as null.
QVariant plainValue(TableId table, int field, const QVariant &value);

} // namespace WorkspaceDiff

} // namespace ArchBoard
