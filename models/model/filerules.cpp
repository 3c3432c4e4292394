#include "filerules.h"

#include "workspace.h"

#include <QCoreApplication>

#include <cmath>

namespace ArchBoard::FileRules {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FileRules)
};

bool isText(FieldType type)
{
    return type == FieldType::Id || type == FieldType::Text || type == FieldType::LongText || type == FieldType::Reference
        || type == FieldType::ElementRef;
}

bool hasLineBreak(const QString &s)
{
    // What both readers refuse in a one-line field ('\r' alone is written escaped and reads back).
    return s.contains(u'\n');
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

/// \a s cut to at most \a bytes of UTF-8, at a character boundary, ending in "…".
QString cutToBytes(const QString &s, qint64 bytes)
{
    QString out;
    qint64 used = 3; // the "…"
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool pair = s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(s.at(i), s.at(i + 1)) : s.at(i).unicode();
        const int width = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (used + width > bytes)
            break;
        used += width;
        out += s.at(i);
        if (pair)
            out += s.at(++i);
    }
    return out + QStringLiteral("…");
}

} // namespace

QString where(TableId table, int row, int field)
{
    const TableSchema &ts = Schema::table(table);
    QString p = QString::fromLatin1(ts.key());
    if (!ts.isSingleton())
        p += QStringLiteral("[%1]").arg(row);
    if (field >= 0)
        p += u'.' + QString::fromLatin1(ts.field(field).key);
    return p;
}

bool checkWritable(const Workspace &ws, QString *error)
{
    for (TableId t : Schema::tables()) {
        const TableSchema &ts = Schema::table(t);
        const int rows = ts.rowCount(ws);
        for (int r = 0; r < rows; ++r) {
            qint64 rowBytes = 0;
            for (int f = 0; f < ts.fieldCount(); ++f) {
                const FieldDef &def = ts.field(f);
                if (isText(def.type)) {
                    const QString s = ts.value(ws, r, f).toString();
                    if (def.type != FieldType::LongText && hasLineBreak(s)) {
                        *error = Text::tr("%1: a line break in a one-line field (the file would not open again)").arg(where(t, r, f));
                        return false;
                    }
                    // UTF-8 is at most 3 bytes per UTF-16 unit: count exactly only when it may matter.
                    const qint64 bytes = s.size() * 3 > maxTextBytes ? s.toUtf8().size() : s.size();
                    if (bytes > maxTextBytes) {
                        *error = Text::tr("%1: the text is %2 MB; a workspace holds at most %3 MB per text")
                                     .arg(where(t, r, f), megabytes(bytes), megabytes(maxTextBytes));
                        return false;
                    }
                    rowBytes += bytes;
                } else if (def.type == FieldType::Real || def.type == FieldType::OptionalReal) {
                    const QVariant v = ts.value(ws, r, f);
                    if (v.isValid() && !v.isNull() && !std::isfinite(v.toDouble())) {
                        *error = Text::tr("%1: not a finite number").arg(where(t, r, f));
                        return false;
                    }
                    rowBytes += 8;
                } else {
                    rowBytes += 8;
                }
            }
            if (rowBytes > maxRowBytes) {
                *error = Text::tr("%1: the row holds %2 MB of text; a workspace holds at most %3 MB per row")
                             .arg(where(t, r, -1), megabytes(rowBytes), megabytes(maxRowBytes));
                return false;
            }
        }
    }
    return true;
}

namespace {

template<class Tables>
QStringList makeTablesWritable(Workspace *ws, const Tables &tables)
{
    QStringList notes;
    for (TableId t : tables) {
        const TableSchema &ts = Schema::table(t);
        const int rows = ts.rowCount(*ws);
        for (int r = 0; r < rows; ++r) {
            for (int f = 0; f < ts.fieldCount(); ++f) {
                const FieldDef &def = ts.field(f);
                if (!isText(def.type))
                    continue;
                QString s = ts.value(*ws, r, f).toString();
                bool changed = false;
                if (def.type != FieldType::LongText && hasLineBreak(s)) {
                    s.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
                    s.replace(u'\n', u' ');
                    notes << Text::tr("%1: line break replaced by a space (a one-line field)").arg(where(t, r, f));
                    changed = true;
                }
                if (s.size() * 3 > maxTextBytes && s.toUtf8().size() > maxTextBytes) {
                    notes << Text::tr("%1: text of %2 MB cut to %3 MB").arg(where(t, r, f), megabytes(s.toUtf8().size()), megabytes(maxTextBytes));
                    s = cutToBytes(s, maxTextBytes);
                    changed = true;
                }
                if (changed)
                    ts.setValue(*ws, r, f, s);
            }
        }
    }
    return notes;
}

} // namespace

QStringList makeWritable(Workspace *ws)
{
    return makeTablesWritable(ws, Schema::tables());
}

QStringList makeWritable(Workspace *ws, std::initializer_list<TableId> tables)
{
    return makeTablesWritable(ws, tables);
}

QStringList clampOnRead(Workspace *ws)
{
    QStringList findings;
    for (TableId t : Schema::tables()) {
        const TableSchema &ts = Schema::table(t);
        for (int f = 0; f < ts.fieldCount(); ++f) {
            const FieldDef &def = ts.field(f);
            if (!(def.flags & Clamped))
                continue;
            const int rows = ts.rowCount(*ws);
            for (int r = 0; r < rows; ++r) {
                const QVariant v = ts.value(*ws, r, f);
                const double d = v.toDouble();
                if (d >= def.min && d <= def.max)
                    continue;
                const double bounded = d < def.min ? def.min : def.max;
                findings << Text::tr("%1: %2 is outside %3 … %4; read as %5")
                                .arg(where(t, r, f), v.toString(), QString::number(def.min, 'g', 15), QString::number(def.max, 'g', 15), QString::number(bounded, 'g', 15));
                ts.setValue(*ws, r, f, def.type == FieldType::Integer ? QVariant(int(bounded)) : QVariant(bounded));
            }
        }
    }
    return findings;
}

} // namespace ArchBoard::FileRules
