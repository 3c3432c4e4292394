#include "workspacemerge.h"

#include "validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <functional>
#include <future>

namespace ArchBoard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceMerge)
};

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    return a == b;
}

/// One row of the merged table: taken from ours or from theirs.
struct Entry
{
    QString key;
    bool fromTheirs = false;
    int row = -1;
};

/// Merges one table: ours' rows with the changes theirs made to base.
class TableMerge
{
public:
    TableMerge(TableId table, const Workspace &base, const Workspace &ours, const Workspace &theirs, MergeResult &result,
               ElementKeys::Cache &cache)
        : m_table(table), m_ts(Schema::table(table)), m_base(base), m_ours(ours), m_theirs(theirs), m_result(result)
        , m_oursKeys(cache.of(ours, table).keys), m_theirsKeys(cache.of(theirs, table).keys), m_oursRow(cache.of(ours, table).rowOf)
    {
    }

    void run(const std::vector<const ElementChange *> &theirsChanges, const std::vector<const ElementChange *> &oursChanges)
    {
        QSet<QString> oursChanged;
        bool oursMoved = false;
        for (const ElementChange *c : oursChanges) {
            oursChanged.insert(c->key);
            oursMoved = oursMoved || c->moved;
        }
        bool theirsMoved = false;
        // Additions and changes come in theirs' order, removals last (WorkspaceDiff::compare).
        for (const ElementChange *c : theirsChanges) {
            theirsMoved = theirsMoved || c->moved;
            switch (c->kind) {
            case ElementChange::Kind::Added: added(*c); break;
            case ElementChange::Kind::Removed: removed(*c, oursChanged.contains(c->key)); break;
            case ElementChange::Kind::Changed: changed(*c); break;
            }
        }
        std::vector<Entry> entries = order();
        if (theirsMoved && !oursMoved)
            entries = takeTheirsOrder(entries);
        else if (theirsMoved && oursMoved)
            conflict(MergeConflict::Kind::Order, QString(), -1);
        write(entries);
    }

private:
    bool inResult(const QString &key) const
    {
        return (m_oursRow.contains(key) && !m_removed.contains(key)) || m_inserted.contains(key);
    }

    /// Puts theirs' row \a row after the nearest row before it in theirs that is in the result.
    void insertFromTheirs(int row)
    {
        const Entry e{m_theirsKeys.at(row), true, row};
        m_inserted.insert(e.key);
        m_structural = true;
        for (int r = row - 1; r >= 0; --r) {
            if (inResult(m_theirsKeys.at(r))) {
                m_after[m_theirsKeys.at(r)].push_back(e);
                return;
            }
        }
        m_atStart.push_back(e);
    }

    /// Ours' rows without the removed ones, theirs' additions after their predecessors.
    std::vector<Entry> order() const
    {
        std::vector<Entry> out;
        out.reserve(size_t(m_oursKeys.size()) + size_t(m_inserted.size()));
        std::function<void(const std::vector<Entry> &)> emitAll = [&](const std::vector<Entry> &list) {
            for (const Entry &e : list) {
                out.push_back(e);
                if (const auto it = m_after.constFind(e.key); it != m_after.cend())
                    emitAll(it.value());
            }
        };
        emitAll(m_atStart);
        for (int r = 0; r < m_oursKeys.size(); ++r) {
            const QString &key = m_oursKeys.at(r);
            if (!m_removed.contains(key))
                out.push_back({key, false, r});
            if (const auto it = m_after.constFind(key); it != m_after.cend())
                emitAll(it.value());
        }
        return out;
    }

    MergeConflict &conflict(MergeConflict::Kind kind, const QString &key, int field)
    {
        MergeConflict c;
        c.kind = kind;
        c.table = m_table;
        c.key = key;
        c.field = field;
        m_result.conflicts.push_back(c);
        return m_result.conflicts.back();
    }

    void added(const ElementChange &c)
    {
        const int ours = m_oursRow.value(c.key, -1);
        if (ours < 0) {
            insertFromTheirs(c.rowAfter);
            ++m_result.fromTheirs;
            return;
        }
        if (m_ts.rowsEqual(m_ours, ours, m_theirs, c.rowAfter))
            return;
        for (int f = 0; f < m_ts.fieldCount(); ++f) {
            const QVariant o = m_ts.value(m_ours, ours, f);
            const QVariant t = m_ts.value(m_theirs, c.rowAfter, f);
            if (sameValue(o, t))
                continue;
            MergeConflict &x = conflict(MergeConflict::Kind::BothAdded, c.key, f);
            x.ours = o;
            x.theirs = t;
            x.rowOurs = ours;
            x.rowTheirs = c.rowAfter;
        }
    }

    void removed(const ElementChange &c, bool oursChangedIt)
    {
        const int ours = m_oursRow.value(c.key, -1);
        if (ours < 0)
            return; // removed on both sides
        if (oursChangedIt && !m_ts.rowsEqual(m_ours, ours, m_base, c.rowBefore)) {
            MergeConflict &x = conflict(MergeConflict::Kind::ChangedRemoved, c.key, -1);
            x.rowOurs = ours;
            x.rowBase = c.rowBefore;
            return;
        }
        m_removed.insert(c.key);
        m_structural = true;
        ++m_result.fromTheirs;
    }

    void changed(const ElementChange &c)
    {
        const int ours = m_ts.isSingleton() ? 0 : m_oursRow.value(c.key, -1);
        if (ours < 0) {
            // Ours removed what theirs edited: the edited element stays, the removal is the conflict.
            insertFromTheirs(c.rowAfter);
            MergeConflict &x = conflict(MergeConflict::Kind::RemovedChanged, c.key, -1);
            x.rowTheirs = c.rowAfter;
            x.rowBase = c.rowBefore;
            return;
        }
        for (const FieldChange &f : c.fields) {
            const QVariant o = m_ts.value(m_ours, ours, f.field);
            if (sameValue(o, f.after))
                continue;
            if (sameValue(o, f.before)) {
                m_sets.push_back({c.key, f.field, f.after});
                ++m_result.fromTheirs;
                continue;
            }
            MergeConflict &x = conflict(MergeConflict::Kind::BothChanged, c.key, f.field);
            x.base = f.before;
            x.ours = o;
            x.theirs = f.after;
            x.rowOurs = ours;
            x.rowTheirs = c.rowAfter;
            x.rowBase = c.rowBefore;
        }
    }

    /// Theirs reordered (ours did not): their order, with ours' own rows after their predecessors.
    std::vector<Entry> takeTheirsOrder(const std::vector<Entry> &entries)
    {
        QHash<QString, int> theirsPosition;
        for (int r = 0; r < m_theirsKeys.size(); ++r)
            theirsPosition.insert(m_theirsKeys.at(r), r);
        std::vector<Entry> ordered;
        for (const Entry &e : entries) {
            if (theirsPosition.contains(e.key))
                ordered.push_back(e);
        }
        std::stable_sort(ordered.begin(), ordered.end(), [&](const Entry &a, const Entry &b) {
            return theirsPosition.value(a.key) < theirsPosition.value(b.key);
        });
        // Rows theirs does not have (ours' additions): after the row that preceded them.
        for (size_t i = 0; i < entries.size(); ++i) {
            if (theirsPosition.contains(entries[i].key))
                continue;
            size_t at = 0;
            for (size_t p = i; p-- > 0;) {
                const auto q = std::find_if(ordered.begin(), ordered.end(), [&](const Entry &x) { return x.key == entries[p].key; });
                if (q != ordered.end()) {
                    at = size_t(q - ordered.begin()) + 1;
                    break;
                }
            }
            ordered.insert(ordered.begin() + qsizetype(at), entries[i]);
        }
        m_structural = true;
        ++m_result.fromTheirs;
        return ordered;
    }

    void write(const std::vector<Entry> &entries)
    {
        Workspace &ws = m_result.merged;
        if (m_structural) {
            m_ts.clear(ws);
            m_ts.reserve(ws, int(entries.size()));
            for (const Entry &e : entries)
                m_ts.copyRow(e.fromTheirs ? m_theirs : m_ours, e.row, ws);
        }
        if (m_sets.empty())
            return;
        QHash<QString, int> rowOf;
        if (m_structural) {
            for (size_t i = 0; i < entries.size(); ++i)
                rowOf.insert(entries[i].key, int(i));
        }
        for (const Set &set : m_sets) {
            const int row = m_ts.isSingleton() ? 0 : m_structural ? rowOf.value(set.key) : m_oursRow.value(set.key);
            m_ts.setValue(ws, row, set.field, set.value);
        }
    }

    TableId m_table;
    const TableSchema &m_ts;
    const Workspace &m_base;
    const Workspace &m_ours;
    const Workspace &m_theirs;
    MergeResult &m_result;
    const QStringList &m_oursKeys;
    const QStringList &m_theirsKeys;
    const QHash<QString, int> &m_oursRow;
    QSet<QString> m_removed;
    QSet<QString> m_inserted;
    QHash<QString, std::vector<Entry>> m_after; ///< theirs' additions after a row of the result
    std::vector<Entry> m_atStart;
    struct Set
    {
        QString key;
        int field;
        QVariant value;
    };
    std::vector<Set> m_sets;
    bool m_structural = false;
};

/// Both sides only edited rows of \a table in place (ModelDiff::positional):
/// rows pair up by position in all three versions, no keys needed.
void mergeInPlace(TableId table, const Workspace &ours, const std::vector<const ElementChange *> &theirsChanges, MergeResult &result)
{
    const TableSchema &ts = Schema::table(table);
    for (const ElementChange *c : theirsChanges) {
        const int row = c->rowBefore;
        for (const FieldChange &f : c->fields) {
            const QVariant o = ts.value(ours, row, f.field);
            if (sameValue(o, f.after))
                continue;
            if (sameValue(o, f.before)) {
                ts.setValue(result.merged, row, f.field, f.after);
                ++result.fromTheirs;
                continue;
            }
            MergeConflict x;
            x.kind = MergeConflict::Kind::BothChanged;
            x.table = table;
            x.key = c->key;
            x.field = f.field;
            x.base = f.before;
            x.ours = o;
            x.theirs = f.after;
            x.rowOurs = x.rowTheirs = x.rowBase = x.rowMerged = row;
            result.conflicts.push_back(x);
        }
    }
}

/// Errors of \a ws as "table, key, field, message with the numbers left out" (rows move in a merge).
QSet<QString> errorIdentities(const Workspace &ws, const QList<ValidationFinding> &findings, ElementKeys::Cache &keys)
{
    QSet<QString> out;
    for (const ValidationFinding &f : findings) {
        if (f.severity != ValidationFinding::Severity::Error)
            continue;
        QString message = f.message;
        message.removeIf([](QChar c) { return c.isDigit(); });
        out.insert(QStringLiteral("%1\x1f%2\x1f%3\x1f%4").arg(int(f.table)).arg(keys.of(ws, f.table).keys.value(f.row)).arg(f.field).arg(message));
    }
    return out;
}

void addInvalidConflicts(MergeResult &result, const Workspace &ours, const Workspace &theirs, ElementKeys::Cache &keys)
{
    std::future<QList<ValidationFinding>> oursFindings = std::async(std::launch::async, [&ours] { return validateWorkspace(ours); });
    const QList<ValidationFinding> merged = validateWorkspace(result.merged);
    const QList<ValidationFinding> theirsFindings = merged.isEmpty() ? QList<ValidationFinding>() : validateWorkspace(theirs);
    const QList<ValidationFinding> oursList = oursFindings.get();
    if (merged.isEmpty())
        return;
    const QSet<QString> before = errorIdentities(ours, oursList, keys) + errorIdentities(theirs, theirsFindings, keys);
    for (const ValidationFinding &f : merged) {
        if (f.severity != ValidationFinding::Severity::Error)
            continue;
        if (before.contains(*errorIdentities(result.merged, {f}, keys).cbegin()))
            continue;
        MergeConflict c;
        c.kind = MergeConflict::Kind::Invalid;
        c.table = f.table;
        c.key = keys.of(result.merged, f.table).keys.value(f.row);
        c.field = f.field;
        c.rowMerged = f.row;
        c.message = f.message;
        result.conflicts.push_back(c);
    }
}

QString valueText(const Workspace &ws, const MergeConflict &c, int row, const QVariant &value)
{
    if (c.field < 0)
        return {};
    const QString text = WorkspaceDiff::formatValue(ws, c.table, row, c.field, value);
    return text.isEmpty() ? Text::tr("(empty)") : QStringLiteral("“%1”").arg(text);
}

} // namespace

namespace WorkspaceMerge {

MergeResult merge(const Workspace &base, const Workspace &ours, const Workspace &theirs)
{
    MergeResult result;
    result.merged = ours;
    ElementKeys::Cache keys; // each version's keys once for both comparisons
    const ModelDiff theirsDiff = WorkspaceDiff::compare(base, theirs, &keys);
    if (theirsDiff.isEmpty())
        return result;
    const ModelDiff oursDiff = WorkspaceDiff::compare(base, ours, &keys);
    for (TableId t : Schema::tables()) {
        const std::vector<const ElementChange *> theirsChanges = theirsDiff.ofTable(t);
        if (theirsChanges.empty())
            continue;
        if (theirsDiff.positional[size_t(t)] && oursDiff.positional[size_t(t)]) {
            mergeInPlace(t, ours, theirsChanges, result);
            continue;
        }
        keys.prepare(ours, theirs, t);
        TableMerge(t, base, ours, theirs, result, keys).run(theirsChanges, oursDiff.ofTable(t));
    }
    // Conflicts keep ours: find where the kept element is now.
    for (MergeConflict &c : result.conflicts) {
        if (c.kind == MergeConflict::Kind::Invalid || c.kind == MergeConflict::Kind::Order || c.rowMerged >= 0)
            continue;
        c.rowMerged = keys.of(result.merged, c.table).row(c.key);
    }
    if (!oursDiff.isEmpty())
        addInvalidConflicts(result, ours, theirs, keys);
    return result;
}

QString where(const MergeConflict &c)
{
    const TableSchema &ts = Schema::table(c.table);
    QString out = QString::fromLatin1(ts.key());
    if (!ts.isSingleton() && !c.key.isEmpty())
        out += u'[' + ElementKeys::label(c.key) + u']';
    if (c.field >= 0)
        out += u'.' + QString::fromLatin1(ts.field(c.field).key);
    return out;
}

QString kindKey(MergeConflict::Kind kind)
{
    switch (kind) {
    case MergeConflict::Kind::BothChanged: return QStringLiteral("both_changed");
    case MergeConflict::Kind::BothAdded: return QStringLiteral("both_added");
    case MergeConflict::Kind::ChangedRemoved: return QStringLiteral("changed_removed");
    case MergeConflict::Kind::RemovedChanged: return QStringLiteral("removed_changed");
    case MergeConflict::Kind::Order: return QStringLiteral("order");
    case MergeConflict::Kind::Invalid: return QStringLiteral("invalid");
    }
    return {};
}

QString describe(const MergeConflict &c, const Workspace &base, const Workspace &ours, const Workspace &theirs)
{
    const QString at = where(c);
    switch (c.kind) {
    case MergeConflict::Kind::BothChanged:
        return Text::tr("%1: ours %2, theirs %3 (base %4); kept ours")
            .arg(at, valueText(ours, c, c.rowOurs, c.ours), valueText(theirs, c, c.rowTheirs, c.theirs),
                 valueText(base, c, c.rowBase, c.base));
    case MergeConflict::Kind::BothAdded:
        return Text::tr("%1: added on both sides, ours %2, theirs %3; kept ours")
            .arg(at, valueText(ours, c, c.rowOurs, c.ours), valueText(theirs, c, c.rowTheirs, c.theirs));
    case MergeConflict::Kind::ChangedRemoved:
        return Text::tr("%1: changed in ours, removed in theirs; kept ours").arg(at);
    case MergeConflict::Kind::RemovedChanged:
        return Text::tr("%1: removed in ours, changed in theirs; kept theirs").arg(at);
    case MergeConflict::Kind::Order:
        return Text::tr("%1: both sides reordered the rows; kept ours' order").arg(at);
    case MergeConflict::Kind::Invalid:
        return Text::tr("%1: %2 (after combining both sides)").arg(at, c.message);
    }
    return at;
}

} // namespace WorkspaceMerge

} // namespace ArchBoard
