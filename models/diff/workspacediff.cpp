#include "workspacediff.h"

#include "tablemodel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <functional>
#include <future>

namespace ArchBoard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDiff)
};

/// Natural keys of the tables that have neither an id nor a unique key.
QList<int> naturalKey(TableId table)
{
    const TableSchema &ts = Schema::table(table);
    auto fields = [&ts](std::initializer_list<const char *> keys) {
        QList<int> out;
        for (const char *k : keys)
            out << ts.fieldIndex(QLatin1StringView(k));
        return out;
    };
    switch (table) {
    case TableId::TierThresholds: return fields({"tier", "criterion", "comparison"});
    case TableId::RuleConditions: return fields({"rule", "attribute"});
    case TableId::CostLines: return fields({"scenario", "name"});
    case TableId::Dependencies: return fields({"service", "ecosystem", "name", "manifest"});
    case TableId::ServiceApis: return fields({"service", "protocol", "role"});
    case TableId::DecisionOptions: return fields({"decision", "name"});
    default: break;
    }
    // A table added later without a rule here: every field (a change is then a removal and an addition).
    QList<int> all;
    for (int f = 0; f < ts.fieldCount(); ++f)
        all << f;
    return all;
}

const std::array<QList<int>, tableCount> &identityTable()
{
    static const std::array<QList<int>, tableCount> table = [] {
        std::array<QList<int>, tableCount> out;
        for (TableId t : Schema::tables()) {
            const TableSchema &ts = Schema::table(t);
            if (ts.isSingleton())
                continue;
            if (ts.idField() >= 0)
                out[size_t(t)] = {ts.idField()};
            else if (!ts.uniqueKey().isEmpty())
                out[size_t(t)] = ts.uniqueKey();
            else
                out[size_t(t)] = naturalKey(t);
            std::sort(out[size_t(t)].begin(), out[size_t(t)].end()); // the order writeRow() hands fields over
        }
        return out;
    }();
    return table;
}

void appendEscaped(QString &out, const QString &part)
{
    bool plain = true;
    for (QChar c : part)
        plain = plain && c != u'\\' && c != u'/' && c != u'#';
    if (plain) {
        out += part;
        return;
    }
    for (QChar c : part) {
        if (c == u'\\' || c == u'/' || c == u'#')
            out += u'\\';
        out += c;
    }
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    return a == b;
}

/// Builds a row's key from its identity fields, typed (no QVariant per field).
class KeySink final : public FieldSink
{
public:
    KeySink(const TableSchema &ts, const QList<int> &fields) : m_ts(ts), m_position(ts.fieldCount(), -1)
    {
        for (int i = 0; i < fields.size(); ++i)
            m_position[fields.at(i)] = i;
    }

    QString key;

    void text(int field, const QString &value) override { part(field, value); }
    void integer(int field, int value) override
    {
        if (m_position[field] >= 0)
            part(field, QString::number(value));
    }
    void real(int field, double value) override
    {
        if (m_position[field] >= 0)
            part(field, QString::number(value, 'g', 17));
    }
    void optionalReal(int field, std::optional<double> value) override
    {
        if (m_position[field] >= 0)
            part(field, value ? QString::number(*value, 'g', 17) : QString());
    }
    void boolean(int field, bool value) override
    {
        if (m_position[field] >= 0)
            part(field, value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void enumeration(int field, int index) override
    {
        if (m_position[field] >= 0)
            part(field, m_ts.field(field).enumDef->key(index));
    }
    void date(int field, const QDate &value) override
    {
        if (m_position[field] >= 0)
            part(field, value.toString(Qt::ISODate));
    }

private:
    void part(int field, const QString &value)
    {
        const int at = m_position[field];
        if (at < 0)
            return;
        if (at > 0)
            key += u'/';
        appendEscaped(key, value);
    }

    const TableSchema &m_ts;
    std::vector<int> m_position; ///< field → its place in the key, -1 when not part of it
};

/// Row of a referenced element by id, for units that come from it.
int rowOfId(const Workspace &ws, TableId table, const QString &id)
{
    const TableSchema &ts = Schema::table(table);
    const int idField = ts.idField();
    if (idField < 0)
        return -1;
    for (int r = 0; r < ts.rowCount(ws); ++r) {
        if (ts.value(ws, r, idField).toString() == id)
            return r;
    }
    return -1;
}

QString unitOf(const Workspace &ws, TableId table, int row, const FieldDef &def)
{
    if (def.unitFrom < 0)
        return def.translatedUnit();
    if (row < 0)
        return {};
    const TableSchema &ts = Schema::table(table);
    const FieldDef &ref = ts.field(def.unitFrom);
    const int target = rowOfId(ws, ref.refTable, ts.value(ws, row, def.unitFrom).toString());
    if (target < 0)
        return {};
    const TableSchema &rs = Schema::table(ref.refTable);
    const int unitField = rs.fieldIndex(u"unit");
    return unitField >= 0 ? rs.value(ws, target, unitField).toString() : QString();
}

QString formatNumber(const QVariant &value, const FieldDef &def, int decimals, const QString &unit)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    const QString number = def.type == FieldType::Integer ? QLocale().toString(value.toInt())
                                                          : TableModel::formatNumber(value.toDouble(), decimals);
    return unit.isEmpty() ? number : number + u' ' + unit;
}

/// Positions (in the new order) of the common elements that left the longest run kept in order.
std::vector<bool> movedElements(const std::vector<int> &oldPositions)
{
    // Longest increasing subsequence of the old positions, in new order: those stayed; the rest moved.
    const size_t n = oldPositions.size();
    std::vector<int> tails, tailIndex, previous(n, -1);
    for (size_t i = 0; i < n; ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), oldPositions[i]);
        const size_t at = size_t(it - tails.begin());
        if (at > 0)
            previous[i] = tailIndex[at - 1];
        if (it == tails.end()) {
            tails.push_back(oldPositions[i]);
            tailIndex.push_back(int(i));
        } else {
            *it = oldPositions[i];
            tailIndex[at] = int(i);
        }
    }
    std::vector<bool> moved(n, true);
    for (int i = tailIndex.empty() ? -1 : tailIndex.back(); i >= 0; i = previous[size_t(i)])
        moved[size_t(i)] = false;
    return moved;
}

/// A 64-bit hash of a row's identity fields, typed (no strings built).
class HashSink final : public FieldSink
{
public:
    HashSink(const TableSchema &ts, const QList<int> &fields) : m_part(ts.fieldCount(), false)
    {
        for (int f : fields)
            m_part[f] = true;
    }

    quint64 hash = 0;

    void text(int field, const QString &value) override { mix(field, qHash(value)); }
    void integer(int field, int value) override { mix(field, quint64(value)); }
    void real(int field, double value) override { mix(field, qHash(value)); }
    void optionalReal(int field, std::optional<double> value) override { mix(field, value ? qHash(*value) : 1); }
    void boolean(int field, bool value) override { mix(field, value); }
    void enumeration(int field, int index) override { mix(field, quint64(index)); }
    void date(int field, const QDate &value) override { mix(field, quint64(value.toJulianDay())); }

private:
    void mix(int field, quint64 h)
    {
        if (m_part[field])
            hash = (hash ^ h) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
    }

    std::vector<bool> m_part;
};

/// The key of row \a row given that rows pair up by position: the identity
/// and, when it repeats, its occurrence (counted by hash, confirmed by the text).
class PositionalKeys
{
public:
    PositionalKeys(const Workspace &ws, TableId table) : m_ws(ws), m_ts(Schema::table(table)), m_fields(ElementKeys::identityFields(table))
    {
        HashSink sink(m_ts, m_fields);
        const int rows = m_ts.rowCount(ws);
        m_hashes.resize(size_t(rows));
        for (int r = 0; r < rows; ++r) {
            sink.hash = 0;
            m_ts.writeRow(ws, r, sink);
            m_hashes[size_t(r)] = sink.hash;
        }
        m_sorted = m_hashes;
        std::sort(m_sorted.begin(), m_sorted.end());
    }

    QString identity(int row) const
    {
        KeySink sink(m_ts, m_fields);
        m_ts.writeRow(m_ws, row, sink);
        return sink.key;
    }

    QString key(int row) const
    {
        const QString id = identity(row);
        const quint64 h = m_hashes[size_t(row)];
        const auto [lo, hi] = std::equal_range(m_sorted.begin(), m_sorted.end(), h);
        if (hi - lo == 1)
            return id;
        int n = 1;
        for (int r = 0; r < row; ++r) {
            if (m_hashes[size_t(r)] == h && identity(r) == id)
                ++n;
        }
        return n == 1 ? id : id + u'#' + QString::number(n);
    }

private:
    const Workspace &m_ws;
    const TableSchema &m_ts;
    const QList<int> &m_fields;
    std::vector<quint64> m_hashes;
    std::vector<quint64> m_sorted;
};

/// The common case of a large table: the same number of rows, a few edited
/// in place. Rows then pair up by position and only the edited ones need keys.
bool comparePositionally(const Workspace &before, const Workspace &after, TableId table, std::vector<ElementChange> &out,
                         const std::function<std::vector<FieldChange>(int, int)> &fieldChanges)
{
    const TableSchema &ts = Schema::table(table);
    const int rows = ts.rowCount(before);
    if (ts.isSingleton() || rows != ts.rowCount(after))
        return false;
    std::vector<int> differing;
    for (int r = 0; r < rows; ++r) {
        if (!ts.rowsEqual(before, r, after, r)) {
            differing.push_back(r);
            if (int(differing.size()) > rows / 8 + 16)
                return false; // much changed: matching by key is as quick
        }
    }
    const QList<int> &fields = ElementKeys::identityFields(table);
    KeySink a(ts, fields);
    KeySink b(ts, fields);
    for (int r : differing) {
        a.key.clear();
        b.key.clear();
        ts.writeRow(before, r, a);
        ts.writeRow(after, r, b);
        if (a.key != b.key)
            return false; // an element was replaced or renamed: match by key
    }
    const PositionalKeys keys(before, table);
    for (int r : differing) {
        ElementChange c;
        c.table = table;
        c.key = keys.key(r);
        c.rowBefore = r;
        c.rowAfter = r;
        c.fields = fieldChanges(r, r);
        out.push_back(std::move(c));
    }
    return true;
}

void compareTable(const Workspace &before, const Workspace &after, TableId table, std::vector<ElementChange> &out,
                  ElementKeys::Cache &cache, bool &positional)
{
    const TableSchema &ts = Schema::table(table);
    if (ts.tablesEqual(before, after))
        return;
    auto fieldChanges = [&](int rb, int ra) {
        std::vector<FieldChange> fields;
        for (int f = 0; f < ts.fieldCount(); ++f) {
            const QVariant b = ts.value(before, rb, f);
            const QVariant a = ts.value(after, ra, f);
            if (!sameValue(b, a))
                fields.push_back({f, b, a});
        }
        return fields;
    };
    if (ts.isSingleton()) {
        ElementChange c;
        c.table = table;
        c.rowBefore = 0;
        c.rowAfter = 0;
        c.fields = fieldChanges(0, 0);
        if (!c.fields.empty())
            out.push_back(std::move(c));
        return;
    }
    if (comparePositionally(before, after, table, out, fieldChanges)) {
        positional = true;
        return;
    }
    cache.prepare(before, after, table);
    const QStringList &beforeKeys = cache.of(before, table).keys;
    const QStringList &afterKeys = cache.of(after, table).keys;
    const QHash<QString, int> &beforeRow = cache.of(before, table).rowOf;
    std::vector<bool> matched(size_t(beforeKeys.size()), false);
    std::vector<int> commonOld;   // old row of each common element, in new order
    std::vector<size_t> commonAt; // its change in out, or npos
    const size_t first = out.size();
    for (int r = 0; r < afterKeys.size(); ++r) {
        const auto it = beforeRow.constFind(afterKeys.at(r));
        if (it == beforeRow.cend()) {
            ElementChange c;
            c.kind = ElementChange::Kind::Added;
            c.table = table;
            c.key = afterKeys.at(r);
            c.rowAfter = r;
            out.push_back(std::move(c));
            continue;
        }
        const int rb = it.value();
        matched[size_t(rb)] = true;
        commonOld.push_back(rb);
        commonAt.push_back(std::string::npos);
        if (ts.rowsEqual(before, rb, after, r))
            continue;
        ElementChange c;
        c.table = table;
        c.key = afterKeys.at(r);
        c.rowBefore = rb;
        c.rowAfter = r;
        c.fields = fieldChanges(rb, r);
        commonAt.back() = out.size();
        out.push_back(std::move(c));
    }
    if (ts.isOrdered()) {
        const std::vector<bool> moved = movedElements(commonOld);
        for (size_t i = 0; i < moved.size(); ++i) {
            if (!moved[i])
                continue;
            if (commonAt[i] == std::string::npos) {
                ElementChange c;
                c.table = table;
                c.rowBefore = commonOld[i];
                c.key = beforeKeys.at(commonOld[i]);
                c.rowAfter = cache.of(after, table).row(c.key);
                commonAt[i] = out.size();
                out.push_back(std::move(c));
            }
            ElementChange &c = out[commonAt[i]];
            c.moved = true;
            c.positionBefore = c.rowBefore;
            c.positionAfter = c.rowAfter;
        }
        // Moved-only changes were appended: put this table's changes back in the new order.
        std::stable_sort(out.begin() + qsizetype(first), out.end(),
                         [](const ElementChange &a, const ElementChange &b) { return a.rowAfter < b.rowAfter; });
    }
    for (int r = 0; r < beforeKeys.size(); ++r) {
        if (matched[size_t(r)])
            continue;
        ElementChange c;
        c.kind = ElementChange::Kind::Removed;
        c.table = table;
        c.key = beforeKeys.at(r);
        c.rowBefore = r;
        out.push_back(std::move(c));
    }
}

} // namespace

namespace ElementKeys {

const QList<int> &identityFields(TableId table)
{
    return identityTable()[size_t(table)];
}

bool isIdentityField(TableId table, int field)
{
    return identityFields(table).contains(field);
}

TableKeys index(const Workspace &ws, TableId table)
{
    const TableSchema &ts = Schema::table(table);
    TableKeys out;
    if (ts.isSingleton()) {
        out.keys = {QString()};
        out.rowOf.insert(QString(), 0);
        return out;
    }
    const int rows = ts.rowCount(ws);
    KeySink sink(ts, identityFields(table));
    out.keys.reserve(rows);
    out.rowOf.reserve(rows);
    QHash<QString, int> repeats; // identity → how often it came so far, for the ones that repeat
    for (int r = 0; r < rows; ++r) {
        sink.key.clear();
        ts.writeRow(ws, r, sink);
        const qsizetype known = out.rowOf.size();
        int &slot = out.rowOf[sink.key]; // one lookup for the common case, a key not seen before
        if (out.rowOf.size() > known) {
            slot = r;
            out.keys.append(sink.key);
            continue;
        }
        int &n = repeats[sink.key];
        n = n == 0 ? 2 : n + 1;
        const QString key = sink.key + u'#' + QString::number(n);
        out.rowOf.insert(key, r);
        out.keys.append(key);
    }
    return out;
}

QStringList keys(const Workspace &ws, TableId table)
{
    return index(ws, table).keys;
}

const TableKeys &Cache::of(const Workspace &ws, TableId table)
{
    std::shared_ptr<const TableKeys> &slot = m_tables[{quintptr(&ws), int(table)}];
    if (!slot)
        slot = std::make_shared<const TableKeys>(index(ws, table));
    return *slot;
}

void Cache::prepare(const Workspace &a, const Workspace &b, TableId table)
{
    const bool haveA = m_tables.contains({quintptr(&a), int(table)});
    const bool haveB = m_tables.contains({quintptr(&b), int(table)});
    const TableSchema &ts = Schema::table(table);
    if (!haveA && !haveB && &a != &b && ts.rowCount(a) + ts.rowCount(b) > 20000) {
        // Large tables: one version's keys on another thread.
        std::future<TableKeys> other = std::async(std::launch::async, [&a, table] { return index(a, table); });
        auto mine = std::make_shared<const TableKeys>(index(b, table));
        m_tables.insert({quintptr(&a), int(table)}, std::make_shared<const TableKeys>(other.get()));
        m_tables.insert({quintptr(&b), int(table)}, std::move(mine));
        return;
    }
    of(a, table);
    of(b, table);
}

QStringList parts(const QString &key)
{
    QStringList out;
    QString part;
    bool escaped = false;
    for (QChar c : key) {
        if (escaped) {
            part += c;
            escaped = false;
        } else if (c == u'\\') {
            escaped = true;
        } else if (c == u'/') {
            out << part;
            part.clear();
        } else if (c == u'#') {
            break; // the occurrence follows
        } else {
            part += c;
        }
    }
    out << part;
    return out;
}

int occurrence(const QString &key)
{
    // The occurrence is the only unescaped '#'.
    bool escaped = false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (escaped)
            escaped = false;
        else if (key.at(i) == u'\\')
            escaped = true;
        else if (key.at(i) == u'#')
            return key.mid(i + 1).toInt();
    }
    return 1;
}

QString label(const QString &key)
{
    QString out = parts(key).join(QStringLiteral(" / "));
    const int n = occurrence(key);
    if (n > 1)
        out += QStringLiteral(" #") + QString::number(n);
    return out;
}

} // namespace ElementKeys

int ModelDiff::count(ElementChange::Kind kind) const
{
    return int(std::count_if(changes.begin(), changes.end(), [kind](const ElementChange &c) { return c.kind == kind; }));
}

std::vector<const ElementChange *> ModelDiff::ofTable(TableId table) const
{
    std::vector<const ElementChange *> out;
    for (const ElementChange &c : changes) {
        if (c.table == table)
            out.push_back(&c);
    }
    return out;
}

namespace WorkspaceDiff {

ModelDiff compare(const Workspace &before, const Workspace &after, ElementKeys::Cache *cache)
{
    ModelDiff diff;
    ElementKeys::Cache own;
    for (TableId t : Schema::tables())
        compareTable(before, after, t, diff.changes, cache ? *cache : own, diff.positional[size_t(t)]);
    return diff;
}

QString formatValue(const Workspace &ws, TableId table, int row, int field, const QVariant &value)
{
    const FieldDef &def = Schema::table(table).field(field);
    switch (def.type) {
    case FieldType::Integer:
    case FieldType::Real:
    case FieldType::OptionalReal:
        return formatNumber(value, def, def.decimals, unitOf(ws, table, row, def));
    case FieldType::Bool:
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    case FieldType::Enum:
        return def.enumDef->label(value.toInt());
    case FieldType::Date:
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QStringLiteral("—");
    default:
        return value.toString();
    }
}

std::pair<QString, QString> formatChange(const Workspace &before, const Workspace &after, const ElementChange &change,
                                         const FieldChange &field)
{
    const FieldDef &def = Schema::table(change.table).field(field.field);
    std::pair<QString, QString> out{formatValue(before, change.table, change.rowBefore, field.field, field.before),
                                    formatValue(after, change.table, change.rowAfter, field.field, field.after)};
    if (def.type != FieldType::Real && def.type != FieldType::OptionalReal)
        return out;
    // 0.251 → 0.252 would read "0.25 → 0.25" at two decimals: show as many as it takes.
    for (int decimals = def.decimals + 1; out.first == out.second && decimals <= 17; ++decimals) {
        out.first = formatNumber(field.before, def, decimals, unitOf(before, change.table, change.rowBefore, def));
        out.second = formatNumber(field.after, def, decimals, unitOf(after, change.table, change.rowAfter, def));
    }
    return out;
}

QString elementName(const Workspace &ws, TableId table, int row, const QString &key)
{
    const TableSchema &ts = Schema::table(table);
    if (ts.isSingleton())
        return ts.rowTitle();
    const QString keyLabel = ElementKeys::label(key);
    if (row < 0 || ts.nameField() < 0 || ElementKeys::isIdentityField(table, ts.nameField()))
        return keyLabel;
    const QString name = ts.value(ws, row, ts.nameField()).toString();
    return name.isEmpty() || name == keyLabel ? keyLabel : QStringLiteral("%1 (%2)").arg(name, keyLabel);
}

QVariant plainValue(TableId table, int field, const QVariant &value)
{
    const FieldDef &def = Schema::table(table).field(field);
    if (!value.isValid() || value.isNull())
        return def.type == FieldType::OptionalReal ? QVariant() : QVariant(QString());
    switch (def.type) {
    case FieldType::Enum: return def.enumDef->key(value.toInt());
    case FieldType::Date: return value.toDate().isValid() ? QVariant(value.toDate().toString(Qt::ISODate)) : QVariant();
    case FieldType::Integer: return value.toInt();
    case FieldType::Real:
    case FieldType::OptionalReal: return value.toDouble();
    case FieldType::Bool: return value.toBool();
    default: return value.toString();
    }
}

} // namespace WorkspaceDiff

} // namespace ArchBoard
