#include "randomedits.h"

#include "workspace.h"

#include <QStringList>

#include <algorithm>

namespace ArchBoard::Testing {

namespace {

QString line(TableId table, const QString &key, ElementChange::Kind kind, QStringList fields)
{
    static const char *kinds[] = {"added", "removed", "changed"};
    fields.sort();
    return QStringLiteral("%1 %2 %3 %4").arg(elementId(table, key), QLatin1StringView(kinds[int(kind)]), fields.join(u','));
}

/// A different valid value for \a def than \a v; invalid when there is none.
QVariant otherValue(const FieldDef &def, const QVariant &v, QRandomGenerator &rng)
{
    switch (def.type) {
    case FieldType::Text:
    case FieldType::Reference:
    case FieldType::ElementRef: return v.toString() + QStringLiteral("x");
    case FieldType::LongText: return v.toString() + QStringLiteral("\nmore");
    case FieldType::Integer: return v.toInt() + 1 <= def.max ? v.toInt() + 1 : v.toInt() - 1;
    case FieldType::Real:
    case FieldType::OptionalReal: {
        if (def.type == FieldType::OptionalReal && (!v.isValid() || v.isNull() || rng.bounded(2u)))
            return v.isValid() && !v.isNull() ? QVariant() : QVariant(std::clamp(1.0, def.min, def.max));
        const double x = v.toDouble();
        const double y = def.max - x > 1e-9 ? x + std::min(1.0, (def.max - x) / 2) : (x + def.min) / 2;
        return y == x ? QVariant() : QVariant(y);
    }
    case FieldType::Bool: return !v.toBool();
    case FieldType::Enum: return (v.toInt() + 1) % def.enumDef->count();
    case FieldType::Date: return v.toDate().isValid() ? v.toDate().addDays(1) : QDate(2020, 1, 1);
    case FieldType::Id: return {};
    }
    return {};
}

} // namespace

QString elementId(TableId table, const QString &key)
{
    return QString::fromLatin1(Schema::table(table).key()) + u' ' + key;
}

QString RandomEdit::describe() const
{
    QStringList names;
    for (int f : fields)
        names << QString::fromLatin1(Schema::table(table).field(f).key);
    return line(table, key, kind, names);
}

QString describe(const ElementChange &change)
{
    QStringList names;
    for (const FieldChange &f : change.fields)
        names << QString::fromLatin1(Schema::table(change.table).field(f.field).key);
    return line(change.table, change.key, change.kind, names);
}

std::vector<RandomEdit> applyRandomEdits(Workspace &ws, QRandomGenerator &rng, int count, QSet<QString> *avoid, const QString &prefix)
{
    std::vector<RandomEdit> out;
    QSet<QString> own;
    QSet<QString> &touched = avoid ? *avoid : own;
    int fresh = 0;
    for (int attempt = 0; int(out.size()) < count && attempt < count * 50; ++attempt) {
        const TableId t = Schema::tables().at(int(rng.bounded(quint32(tableCount))));
        const TableSchema &ts = Schema::table(t);
        const int rows = ts.rowCount(ws);
        if (rows == 0)
            continue;
        const QStringList keys = ElementKeys::keys(ws, t);
        const int row = int(rng.bounded(quint32(rows)));
        const QString key = keys.at(row);
        const quint32 what = ts.isSingleton() ? 0 : rng.bounded(10u);
        if (what < 6) { // one or two fields
            if (touched.contains(elementId(t, key)))
                continue;
            RandomEdit e{t, key, ElementChange::Kind::Changed, {}};
            const int tries = 1 + int(rng.bounded(2u));
            for (int n = 0; n < tries; ++n) {
                const int f = int(rng.bounded(quint32(ts.fieldCount())));
                if (ElementKeys::isIdentityField(t, f) || e.fields.contains(f))
                    continue;
                const QVariant v = otherValue(ts.field(f), ts.value(ws, row, f), rng);
                if (ts.field(f).type != FieldType::OptionalReal && !v.isValid())
                    continue;
                ts.setValue(ws, row, f, v);
                e.fields.insert(f);
            }
            if (e.fields.isEmpty())
                continue;
            touched.insert(elementId(t, key));
            out.push_back(e);
        } else if (what < 8) { // a row whose key does not repeat
            if (touched.contains(elementId(t, key)) || ElementKeys::occurrence(key) > 1 || keys.contains(key + QStringLiteral("#2")))
                continue;
            ts.removeRow(ws, row);
            touched.insert(elementId(t, key));
            out.push_back({t, key, ElementChange::Kind::Removed, {}});
        } else { // a copy with a fresh key
            QVariantList values = ts.rowValues(ws, row);
            bool identified = false;
            for (int f : ElementKeys::identityFields(t)) {
                const FieldType type = ts.field(f).type;
                if (type == FieldType::Id || type == FieldType::Text || type == FieldType::Reference || type == FieldType::ElementRef) {
                    values[f] = QStringLiteral("%1-%2").arg(prefix).arg(++fresh);
                    identified = true;
                    break;
                }
            }
            if (!identified)
                continue;
            ts.insertRow(ws, rows, values);
            const QString added = ElementKeys::keys(ws, t).last();
            touched.insert(elementId(t, added));
            out.push_back({t, added, ElementChange::Kind::Added, {}});
        }
    }
    return out;
}

} // namespace ArchBoard::Testing
