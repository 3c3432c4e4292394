#include "document.h"

#include "commands.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

namespace ArchBoard {

namespace {
bool isReference(const FieldDef &f)
{
    return f.type == FieldType::Reference || f.type == FieldType::ElementRef;
}
} // namespace

// --- facade ---------------------------------------------------------------

bool Document::setValue(TableId table, int row, int field, const QVariant &value, EditMerge merge)
{
    if (m_readOnly)
        return failWith(tr("The workspace is open read-only."));
    const TableSchema &schema = Schema::table(table);
    if (row < 0 || row >= schema.rowCount(*m_workspace) || field < 0 || field >= schema.fieldCount())
        return failWith(tr("No such value."));
    const FieldDef &def = schema.field(field);
    QVariant normalized;
    QString error;
    if (!Schema::normalizeValue(def, value, &normalized, &error))
        return failWith(error);
    const QVariant old = schema.value(*m_workspace, row, field);
    if (old == normalized)
        return true;

    // Unique keys (candidate + criterion of a measurement, …) stay unique.
    if (schema.uniqueKey().contains(field)) {
        QVariantList key;
        for (int f : schema.uniqueKey())
            key.append(f == field ? normalized : schema.value(*m_workspace, row, f));
        for (int r = 0; r < schema.rowCount(*m_workspace); ++r) {
            if (r == row)
                continue;
            bool same = true;
            for (int i = 0; same && i < schema.uniqueKey().size(); ++i)
                same = schema.value(*m_workspace, r, schema.uniqueKey().at(i)) == key.at(i);
            if (same)
                return failWith(tr("Another %1 with the same %2 exists already.")
                                    .arg(schema.rowTitle(), def.translatedLabel()));
        }
    }

    // A language factor the user sets is no longer an estimate (docs/tco.md).
    if (table == TableId::LanguageProfiles && field == Schema::field(&LanguageProfile::languageFactor).index && !normalized.isNull()
        && m_workspace->languageProfiles[size_t(row)].factorIsEstimate) {
        auto *macro = new QUndoCommand(tr("Change %1 of %2 “%3”").arg(def.translatedLabel(), schema.rowTitle(), displayName(table, row)));
        new SetValueCommand(this, table, row, field, normalized, false, macro);
        new SetValueCommand(this, table, row, Schema::field(&LanguageProfile::factorIsEstimate).index, false, false, macro);
        push(macro);
        return true;
    }

    if (def.type != FieldType::Id) {
        push(new SetValueCommand(this, table, row, field, normalized, merge == EditMerge::Merge));
        return true;
    }

    // Renaming an id: the id and every reference to it change in one step.
    const QString newId = normalized.toString();
    const QString oldId = old.toString();
    if (rowOfId(table, newId) >= 0)
        return failWith(tr("The id “%1” is already used by another %2.").arg(newId, schema.rowTitle()));
    auto *macro = new QUndoCommand(tr("Rename %1 “%2” to “%3”").arg(schema.rowTitle(), oldId, newId));
    new SetValueCommand(this, table, row, field, normalized, false, macro);
    const int kind = Schema::linkKindForTable(table);
    for (TableId other : Schema::tables()) {
        const TableSchema &os = Schema::table(other);
        for (int f = 0; f < os.fieldCount(); ++f) {
            const FieldDef &of = os.field(f);
            const bool points = (of.type == FieldType::Reference && of.refTable == table)
                || (of.type == FieldType::ElementRef && kind >= 0);
            if (!points)
                continue;
            for (int r = 0; r < os.rowCount(*m_workspace); ++r) {
                if (of.type == FieldType::ElementRef && os.value(*m_workspace, r, of.kindField).toInt() != kind)
                    continue;
                if (os.value(*m_workspace, r, f).toString() == oldId)
                    new SetValueCommand(this, other, r, f, newId, false, macro);
            }
        }
    }
    push(macro);
    return true;
}

int Document::duplicateRow(TableId table, int row)
{
    return duplicateRow(table, row, DuplicateEdits());
}

int Document::duplicateRow(TableId table, int row, const DuplicateEdits &edits)
{
    const TableSchema &schema = Schema::table(table);
    if (m_readOnly) {
        failWith(tr("The workspace is open read-only."));
        return -1;
    }
    if (schema.isSingleton() || schema.idField() < 0 || row < 0 || row >= schema.rowCount(*m_workspace)) {
        failWith(tr("%1 rows cannot be duplicated.").arg(schema.rowTitle()));
        return -1;
    }
    const int idField = schema.idField();
    const int nameField = schema.nameField();
    const QString oldId = schema.value(*m_workspace, row, idField).toString();
    QVariantList values;
    for (int f = 0; f < schema.fieldCount(); ++f)
        values << schema.value(*m_workspace, row, f);
    for (auto it = edits.values.cbegin(); it != edits.values.cend(); ++it) {
        if (it.key() >= 0 && it.key() < schema.fieldCount() && it.key() != idField)
            values[it.key()] = it.value();
    }
    if (nameField >= 0) {
        const QString base = edits.name.isEmpty() ? tr("%1 (copy)").arg(values.at(nameField).toString()) : edits.name;
        QString name = base;
        for (int n = 2;; ++n) {
            bool taken = false;
            for (int r = 0; r < schema.rowCount(*m_workspace) && !taken; ++r)
                taken = schema.value(*m_workspace, r, nameField).toString() == name;
            if (!taken)
                break;
            name = base + u' ' + QString::number(n);
        }
        values[nameField] = name;
    }
    const QString newId = uniqueId(table, nameField >= 0 ? values.at(nameField).toString() : oldId);
    values[idField] = newId;
    if (table == TableId::Scenarios)
        values[Schema::field(&TcoScenario::baseline).index] = false;

    beginEdit(tr("Duplicate %1 “%2”").arg(schema.rowTitle(), displayName(table, row)));
    bool ok = insertRow(table, row + 1, values);
    QList<bool> applied(edits.children.size(), false);
    // The rows that belong to it: every table whose parent field points here.
    for (int t = 0; ok && t < tableCount; ++t) {
        const TableSchema &child = Schema::table(TableId(t));
        const int parent = child.parentField();
        if (parent < 0 || child.field(parent).refTable != table)
            continue;
        const int count = child.rowCount(*m_workspace);
        for (int r = 0; ok && r < count; ++r) {
            if (child.value(*m_workspace, r, parent).toString() != oldId)
                continue;
            QVariantList childValues;
            for (int f = 0; f < child.fieldCount(); ++f)
                childValues << child.value(*m_workspace, r, f);
            childValues[parent] = newId;
            if (child.idField() >= 0)
                childValues[child.idField()] = uniqueId(TableId(t), childValues.at(child.idField()).toString());
            for (int e = 0; e < edits.children.size(); ++e) {
                const DuplicateEdits::Child &edit = edits.children.at(e);
                bool matches = edit.table == TableId(t);
                for (auto m = edit.match.cbegin(); matches && m != edit.match.cend(); ++m)
                    matches = m.key() >= 0 && m.key() < child.fieldCount() && childValues.at(m.key()) == m.value();
                if (!matches)
                    continue;
                applied[e] = true;
                for (auto v = edit.values.cbegin(); v != edit.values.cend(); ++v) {
                    if (v.key() >= 0 && v.key() < child.fieldCount())
                        childValues[v.key()] = v.value();
                }
            }
            ok = insertRow(TableId(t), child.rowCount(*m_workspace), childValues);
        }
    }
    // Child edits that matched no copied row add one (functions of a language the original did not have).
    for (int e = 0; ok && e < edits.children.size(); ++e) {
        const DuplicateEdits::Child &edit = edits.children.at(e);
        if (applied.at(e) || edit.table == TableId::Count)
            continue;
        const TableSchema &child = Schema::table(edit.table);
        const int parent = child.parentField();
        if (parent < 0 || child.field(parent).refTable != table) {
            ok = failWith(tr("%1 rows do not belong to a %2.").arg(child.rowTitle(), schema.rowTitle()));
            break;
        }
        QVariantList childValues = child.defaultRow();
        childValues[parent] = newId;
        for (const QHash<int, QVariant> *part : {&edit.match, &edit.values}) {
            for (auto v = part->cbegin(); v != part->cend(); ++v) {
                if (v.key() >= 0 && v.key() < child.fieldCount())
                    childValues[v.key()] = v.value();
            }
        }
        ok = insertRow(edit.table, child.rowCount(*m_workspace), childValues);
    }
    if (!ok) {
        const QString error = m_errorString;
        rollbackEdit(); // nothing half-done stays
        failWith(error);
        return -1;
    }
    commitEdit();
    return row + 1;
}

namespace {

/// The values of a row addRow() is about to insert, and the rules it fills them by.
struct NewRow
{
    const TableSchema &schema;
    const Workspace &ws;
    QVariantList values;

    TableId targetOf(const FieldDef &def) const
    {
        return def.type == FieldType::ElementRef ? Schema::tableForLinkKind(values.at(def.kindField).toInt()) : def.refTable;
    }

    bool keyTaken(const QVariantList &candidate) const
    {
        if (schema.uniqueKey().isEmpty())
            return false;
        for (int r = 0; r < schema.rowCount(ws); ++r) {
            bool same = true;
            for (int f : schema.uniqueKey())
                same = same && schema.value(ws, r, f) == candidate.at(f);
            if (same)
                return true;
        }
        return false;
    }

    // Two references of one row into the same table (criterion A and B of a
    // pairwise comparison, upstream and downstream) never start out equal:
    // "X vs X" is an error, not a default.
    bool clashes(int f, const QVariant &value) const
    {
        for (int g = 0; g < schema.fieldCount(); ++g) {
            if (g != f && isReference(schema.field(g)) && targetOf(schema.field(g)) == targetOf(schema.field(f))
                && !value.toString().isEmpty() && values.at(g).toString() == value.toString())
                return true;
        }
        return false;
    }

    /// \a base, else "\a base 2", "\a base 3", …: the first name no row has.
    QString freeName(int nameField, const QString &base) const
    {
        QString name = base;
        for (int n = 2;; ++n) {
            bool taken = false;
            for (int r = 0; r < schema.rowCount(ws) && !taken; ++r)
                taken = schema.value(ws, r, nameField).toString() == name;
            if (!taken)
                break;
            name = base + u' ' + QString::number(n);
        }
        return name;
    }

    /// Required references without a preset point at an existing row; false
    /// when there is none, with the table to add one to in \a missing
    /// (TableId::Count when the reference has no target).
    bool pointRequiredReferences(TableId *missing)
    {
        for (int f = 0; f < schema.fieldCount(); ++f) {
            const FieldDef &def = schema.field(f);
            if (!isReference(def) || !def.isRequired() || !values.at(f).toString().isEmpty())
                continue;
            const TableId target = targetOf(def);
            if (target == TableId::Count || Schema::table(target).rowCount(ws) == 0) {
                *missing = target;
                return false;
            }
            const TableSchema &ts = Schema::table(target);
            values[f] = ts.value(ws, 0, ts.idField());
            for (int r = 0; r < ts.rowCount(ws) && clashes(f, values.at(f)); ++r)
                values[f] = ts.value(ws, r, ts.idField());
        }
        return true;
    }

    // A unique key (candidate + criterion, protocol + contract, …) must stay
    // unique: vary the key fields the caller left open until one is free.
    void varyUniqueKey(const QHash<int, QVariant> &presets)
    {
        for (int f : schema.uniqueKey()) {
            if (!keyTaken(values))
                break;
            const FieldDef &def = schema.field(f);
            if (presets.contains(f))
                continue;
            QVariantList options;
            if (def.type == FieldType::Enum) {
                for (int i = 0; i < def.enumDef->count(); ++i)
                    options << i;
            } else if (isReference(def) && targetOf(def) != TableId::Count) {
                const TableSchema &target = Schema::table(targetOf(def));
                for (int r = 0; r < target.rowCount(ws); ++r)
                    options << target.value(ws, r, target.idField());
            }
            const QVariant original = values.at(f);
            for (const QVariant &option : options) {
                if (isReference(def) && clashes(f, option))
                    continue;
                values[f] = option;
                if (!keyTaken(values))
                    break;
            }
            if (keyTaken(values))
                values[f] = original;
        }
    }
};

} // namespace

int Document::addRow(TableId table, const QHash<int, QVariant> &presets)
{
    if (m_readOnly) {
        failWith(tr("The workspace is open read-only."));
        return -1;
    }
    const TableSchema &schema = Schema::table(table);
    if (schema.isSingleton()) {
        failWith(tr("%1 has exactly one row.").arg(schema.title()));
        return -1;
    }
    NewRow draft{schema, *m_workspace, schema.defaultRow()};
    QVariantList &values = draft.values;
    for (auto it = presets.cbegin(); it != presets.cend(); ++it) {
        if (it.key() < 0 || it.key() >= schema.fieldCount())
            continue;
        QVariant v;
        QString error;
        if (!Schema::normalizeValue(schema.field(it.key()), it.value(), &v, &error)) {
            failWith(error);
            return -1;
        }
        values[it.key()] = v;
    }

    const int nameField = schema.nameField();
    if (nameField >= 0 && values.at(nameField).toString().isEmpty() && schema.field(nameField).isRequired())
        values[nameField] = draft.freeName(nameField, tr("New %1").arg(schema.rowTitle().toLower()));
    if (schema.idField() >= 0) {
        const QString id = values.at(schema.idField()).toString();
        if (id.isEmpty())
            values[schema.idField()] = uniqueId(table, nameField >= 0 ? values.at(nameField).toString() : QString());
        else if (rowOfId(table, id) >= 0) {
            failWith(tr("The id “%1” is already used by another %2.").arg(id, schema.rowTitle()));
            return -1;
        }
    }

    TableId missing = TableId::Count;
    if (!draft.pointRequiredReferences(&missing)) {
        failWith(tr("Add a %1 first.").arg(missing == TableId::Count ? tr("target") : Schema::table(missing).rowTitle().toLower()));
        return -1;
    }
    draft.varyUniqueKey(presets);
    if (draft.keyTaken(values)) {
        failWith(tr("Every combination of %1 exists already.").arg(schema.title().toLower()));
        return -1;
    }
    const int row = schema.rowCount(*m_workspace);
    push(new InsertRowCommand(this, table, row, values));
    return row;
}

bool Document::insertRow(TableId table, int row, const QVariantList &values)
{
    if (m_readOnly)
        return failWith(tr("The workspace is open read-only."));
    const TableSchema &schema = Schema::table(table);
    if (schema.isSingleton())
        return failWith(tr("%1 has exactly one row.").arg(schema.title()));
    QVariantList normalized;
    if (!normalizeRow(table, values, &normalized))
        return false;
    if (schema.idField() >= 0 && rowOfId(table, normalized.at(schema.idField()).toString()) >= 0)
        return failWith(tr("The id “%1” is already used by another %2.")
                            .arg(normalized.at(schema.idField()).toString(), schema.rowTitle()));
    row = std::clamp(row, 0, schema.rowCount(*m_workspace));
    push(new InsertRowCommand(this, table, row, normalized));
    return true;
}

bool Document::removeRows(TableId table, QList<int> rows)
{
    if (m_readOnly)
        return failWith(tr("The workspace is open read-only."));
    const TableSchema &schema = Schema::table(table);
    if (schema.isSingleton())
        return failWith(tr("%1 has exactly one row.").arg(schema.title()));
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([&](int r) { return r < 0 || r >= schema.rowCount(*m_workspace); });
    if (rows.isEmpty())
        return failWith(tr("Nothing to remove."));

    // Closure of what goes: per table the rows removed; references to removed
    // ids either cascade (the row belongs to the removed one) or are cleared.
    std::map<TableId, QSet<int>> removed;
    std::map<TableId, QSet<QString>> pendingIds;
    auto take = [&](TableId t, int r) {
        if (removed[t].contains(r))
            return;
        removed[t].insert(r);
        const TableSchema &ts = Schema::table(t);
        if (ts.idField() >= 0)
            pendingIds[t].insert(ts.value(*m_workspace, r, ts.idField()).toString());
    };
    for (int r : rows)
        take(table, r);

    QList<std::tuple<TableId, int, int>> clears;
    while (!pendingIds.empty()) {
        auto [target, ids] = *pendingIds.begin();
        pendingIds.erase(pendingIds.begin());
        const int kind = Schema::linkKindForTable(target);
        for (TableId other : Schema::tables()) {
            const TableSchema &os = Schema::table(other);
            if (os.isSingleton())
                continue;
            for (int f = 0; f < os.fieldCount(); ++f) {
                const FieldDef &of = os.field(f);
                if (!isReference(of))
                    continue;
                if (of.type == FieldType::Reference && of.refTable != target)
                    continue;
                if (of.type == FieldType::ElementRef && kind < 0)
                    continue;
                const int n = os.rowCount(*m_workspace);
                for (int r = 0; r < n; ++r) {
                    if (of.type == FieldType::ElementRef && os.value(*m_workspace, r, of.kindField).toInt() != kind)
                        continue;
                    if (!ids.contains(os.value(*m_workspace, r, f).toString()))
                        continue;
                    if (of.onRemove == OnRemove::Cascade)
                        take(other, r);
                    else
                        clears.append({other, r, f});
                }
            }
        }
    }

    int count = 0;
    for (const auto &[t, set] : removed)
        count += int(set.size());
    QString text = count == 1 && removed.size() == 1
        ? tr("Remove %1 “%2”").arg(schema.rowTitle(), displayName(table, rows.first()))
        : tr("Remove %1 × %2 (with what belongs to them)").arg(rows.size()).arg(schema.rowTitle());
    if (rows.size() == 1 && count > 1)
        text = tr("Remove %1 “%2” and %3 dependent rows").arg(schema.rowTitle(), displayName(table, rows.first())).arg(count - 1);
    auto *macro = new QUndoCommand(text);
    for (const auto &[t, r, f] : clears) {
        if (removed.count(t) && removed[t].contains(r))
            continue;
        new SetValueCommand(this, t, r, f, QString(), false, macro);
    }
    for (const auto &[t, set] : removed) {
        QList<int> sorted(set.begin(), set.end());
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        for (int r : sorted)
            new RemoveRowCommand(this, t, r, macro);
    }
    push(macro);
    return true;
}

bool Document::moveRow(TableId table, int from, int to)
{
    if (m_readOnly)
        return failWith(tr("The workspace is open read-only."));
    const TableSchema &schema = Schema::table(table);
    const int n = schema.rowCount(*m_workspace);
    if (schema.isSingleton() || from < 0 || from >= n || to < 0 || to >= n)
        return failWith(tr("Cannot move there."));
    if (from == to)
        return true;
    push(new MoveRowCommand(this, table, from, to));
    return true;
}

// --- upsert -----------------------------------------------------------------

int Document::findRow(const QList<FieldValue> &key) const
{
    if (key.isEmpty())
        return -1;
    const TableSchema &schema = Schema::table(key.first().field.table);
    QVariantList wanted;
    for (const FieldValue &k : key) {
        QVariant normalized;
        QString error;
        if (k.field.table != schema.id() || !Schema::normalizeValue(schema.field(k.field.index), k.value, &normalized, &error))
            return -1;
        wanted.append(normalized);
    }
    const int n = schema.rowCount(*m_workspace);
    for (int r = 0; r < n; ++r) {
        bool same = true;
        for (int i = 0; same && i < key.size(); ++i)
            same = schema.value(*m_workspace, r, key.at(i).field.index) == wanted.at(i);
        if (same)
            return r;
    }
    return -1;
}

int Document::upsertRow(const QList<FieldValue> &key, const QList<FieldValue> &values, EditMerge merge)
{
    if (m_readOnly) {
        failWith(tr("The workspace is open read-only."));
        return -1;
    }
    if (key.isEmpty() && values.isEmpty()) {
        failWith(tr("No such value."));
        return -1;
    }
    const TableId table = (key.isEmpty() ? values : key).first().field.table;
    for (const QList<FieldValue> *list : {&key, &values}) {
        for (const FieldValue &v : *list) {
            if (v.field.table != table || !v.field.isValid()) {
                failWith(tr("No such value."));
                return -1;
            }
        }
    }
    const int row = findRow(key);
    if (row < 0) {
        QHash<int, QVariant> presets;
        for (const QList<FieldValue> *list : {&key, &values}) {
            for (const FieldValue &v : *list)
                presets.insert(v.field.index, v.value);
        }
        return addRow(table, presets);
    }
    if (values.size() == 1)
        return setValue(row, values.first().field, values.first().value, merge) ? row : -1;
    beginEdit(tr("Change %1 “%2”").arg(Schema::table(table).rowTitle(), displayName(table, row)));
    for (const FieldValue &v : values) {
        if (!setValue(row, v.field, v.value)) {
            const QString error = m_errorString;
            rollbackEdit();
            failWith(error);
            return -1;
        }
    }
    commitEdit();
    return row;
}

} // namespace ArchBoard
