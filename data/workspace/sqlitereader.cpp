#include "sqliteformat.h"

#include "sqlitedb.h"

#include "filerules.h"
#include "safefile.h"
#include "schema.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ArchBoard {

using namespace SqliteDb;

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFormat)
};

/// Reads the typed values of the current row of a SELECT (column = field + 1),
/// checking every value against the schema. Repeated text in a column (the
/// owner id of consecutive child rows) shares one QString.
class ColumnSource final : public FieldSource
{
public:
    ColumnSource(sqlite3_stmt *stmt, const TableSchema &table)
        : m_stmt(stmt)
        , m_table(table)
        , m_previousBytes(size_t(table.fieldCount()))
        , m_previous(size_t(table.fieldCount()))
        , m_hasPrevious(size_t(table.fieldCount()), false)
    {
    }

    void setRow(int row) { m_row = row; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString text(int field) override
    {
        const char *bytes = nullptr;
        int len = 0;
        if (!rawText(field, &bytes, &len))
            return {};
        const size_t f = size_t(field);
        if (m_hasPrevious[f] && size_t(len) == m_previousBytes[f].size() && std::memcmp(bytes, m_previousBytes[f].data(), size_t(len)) == 0)
            return m_previous[f];
        // Short values repeat across rows (dependency names, versions,
        // owner ids): one shared QString each, up to a bound per column.
        const std::string_view view(bytes, size_t(len));
        Interned &interned = m_interned[f];
        if (len <= 64) {
            if (const auto it = interned.find(view); it != interned.end()) {
                m_previousBytes[f].assign(bytes, size_t(len));
                m_previous[f] = it->second;
                m_hasPrevious[f] = true;
                return it->second;
            }
        }
        QString value = m_decoder.decode(QByteArrayView(bytes, len));
        if (m_decoder.hasError()) {
            m_decoder.resetState();
            fail(field, Text::tr("text is not valid UTF-8"));
            return {};
        }
        if (m_table.field(field).type != FieldType::LongText && value.contains(u'\n')) {
            fail(field, Text::tr("line break in a one-line field"));
            return {};
        }
        m_previousBytes[f].assign(bytes, size_t(len));
        m_previous[f] = value;
        m_hasPrevious[f] = true;
        if (len <= 64 && interned.size() < 4096)
            interned.emplace(std::string(view), value);
        return value;
    }
    int integer(int field) override
    {
        if (!expect(field, SQLITE_INTEGER, QT_TRANSLATE_NOOP("SqliteFormat", "expected a whole number")))
            return 0;
        const qint64 v = sqlite3_column_int64(m_stmt, field + 1);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            fail(field, Text::tr("number out of range"));
            return 0;
        }
        return int(v);
    }
    double real(int field) override
    {
        const int type = sqlite3_column_type(m_stmt, field + 1);
        if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) {
            fail(field, type == SQLITE_NULL ? Text::tr("missing value") : Text::tr("expected a number"));
            return 0;
        }
        const double v = sqlite3_column_double(m_stmt, field + 1);
        if (!std::isfinite(v)) {
            fail(field, Text::tr("not a finite number"));
            return 0;
        }
        return v;
    }
    std::optional<double> optionalReal(int field) override
    {
        if (sqlite3_column_type(m_stmt, field + 1) == SQLITE_NULL)
            return std::nullopt;
        return real(field);
    }
    bool boolean(int field) override
    {
        if (!expect(field, SQLITE_INTEGER, QT_TRANSLATE_NOOP("SqliteFormat", "expected 0 or 1")))
            return false;
        const qint64 v = sqlite3_column_int64(m_stmt, field + 1);
        if (v != 0 && v != 1)
            fail(field, Text::tr("expected 0 or 1"));
        return v == 1;
    }
    int enumeration(int field) override
    {
        const char *bytes = nullptr;
        int len = 0;
        if (!rawText(field, &bytes, &len))
            return 0;
        const EnumDef &def = *m_table.field(field).enumDef;
        for (int i = 0; i < def.count(); ++i) {
            const char *key = def.values[size_t(i)].key;
            if (int(std::strlen(key)) == len && std::memcmp(key, bytes, size_t(len)) == 0)
                return i;
        }
        fail(field, Text::tr("“%1” is not one of %2").arg(QString::fromUtf8(bytes, std::min(len, 40)), def.keys().join(QStringLiteral(", "))));
        return 0;
    }
    QDate date(int field) override
    {
        if (sqlite3_column_type(m_stmt, field + 1) == SQLITE_NULL)
            return {};
        const char *bytes = nullptr;
        int len = 0;
        if (!rawText(field, &bytes, &len))
            return {};
        const QDate d = QDate::fromString(QString::fromLatin1(bytes, std::min(len, 40)), Qt::ISODate);
        if (!d.isValid() || len != 10)
            fail(field, Text::tr("“%1” is not a date (YYYY-MM-DD)").arg(QString::fromUtf8(bytes, std::min(len, 40))));
        return d;
    }

private:
    /// \a what is translated only when the check fails (this runs for every value).
    bool expect(int field, int type, const char *what)
    {
        const int actual = sqlite3_column_type(m_stmt, field + 1);
        if (actual == type)
            return true;
        fail(field, actual == SQLITE_NULL ? Text::tr("missing value") : Text::tr(what));
        return false;
    }
    bool rawText(int field, const char **bytes, int *len)
    {
        if (!expect(field, SQLITE_TEXT, QT_TRANSLATE_NOOP("SqliteFormat", "expected text")))
            return false;
        *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, field + 1));
        *len = sqlite3_column_bytes(m_stmt, field + 1);
        return *bytes != nullptr || *len == 0;
    }
    void fail(int field, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = Text::tr("table “%1”, row %2, column “%3”: %4")
                          .arg(QLatin1StringView(m_table.key())).arg(m_row + 1).arg(QLatin1StringView(m_table.field(field).key), what);
    }

    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
    };
    using Interned = std::unordered_map<std::string, QString, StringHash, std::equal_to<>>;

    sqlite3_stmt *m_stmt;
    const TableSchema &m_table;
    int m_row = 0;
    QString m_error;
    std::vector<Interned> m_interned{size_t(m_table.fieldCount())};
    std::vector<std::string> m_previousBytes;
    std::vector<QString> m_previous;
    std::vector<bool> m_hasPrevious;
    // Keeps a leading U+FEFF as text: it is data here, not a byte-order mark.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};
};

/// An in-memory database holding a copy of \a bytes.
bool openInMemory(Db &db, const QByteArray &bytes, QString *error)
{
    if (sqlite3_open_v2(":memory:", &db.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = Text::tr("cannot open a database: %1").arg(db.lastError());
        return false;
    }
    harden(db.db);
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(bytes.size())));
    if (!buffer) {
        *error = Text::tr("out of memory");
        return false;
    }
    std::memcpy(buffer, bytes.constData(), size_t(bytes.size()));
    if (sqlite3_deserialize(db.db, "main", buffer, bytes.size(), bytes.size(),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK) {
        *error = Text::tr("cannot read the database: %1").arg(db.lastError());
        return false;
    }
    return true;
}

/// The application id and the schema version: ours, and one this version reads.
bool readVersion(sqlite3 *db, int targetVersion, qint64 *version, QString *error)
{
    QString why;
    qint64 appId = 0;
    if (!pragmaInt(db, "application_id", &appId, &why) || !pragmaInt(db, "user_version", version, &why)) {
        *error = Text::tr("the file is corrupt: %1").arg(why);
        return false;
    }
    if (appId != SqliteFormat::applicationId) {
        *error = Text::tr("not an ArchBoard workspace: this SQLite database belongs to another application (application_id 0x%1)")
                     .arg(quint32(appId), 8, 16, QLatin1Char('0'));
        return false;
    }
    if (*version > targetVersion) {
        *error = Text::tr("the workspace was written by a newer ArchBoard (schema version %1; this version reads up to %2). "
                          "Open it with a newer ArchBoard.").arg(*version).arg(targetVersion);
        return false;
    }
    if (*version < 1) {
        *error = Text::tr("the workspace has no valid schema version (%1)").arg(*version);
        return false;
    }
    return true;
}

bool checkIntegrity(Db &db, QString *error)
{
    Statement st;
    if (sqlite3_prepare_v2(db.db, "PRAGMA integrity_check(5)", -1, &st.stmt, nullptr) != SQLITE_OK) {
        *error = Text::tr("the file is corrupt: %1").arg(db.lastError());
        return false;
    }
    QStringList problems;
    int rc = 0;
    while ((rc = sqlite3_step(st.stmt)) == SQLITE_ROW)
        problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.stmt, 0)));
    if (rc != SQLITE_DONE) {
        *error = Text::tr("the file is corrupt: %1").arg(db.lastError());
        return false;
    }
    if (problems != QStringList{QStringLiteral("ok")}) {
        *error = Text::tr("the file is corrupt (integrity check): %1").arg(problems.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

/// The SELECT that reads table \a ts; the columns must be ours: same names, same types.
bool selectFor(Db &db, const TableSchema &ts, QString *select, QString *error)
{
    const QString table = QString::fromLatin1(ts.key());
    QHash<QString, QString> columns;
    {
        Statement info;
        const QByteArray sql = "PRAGMA table_info(" + QByteArray(ts.key()) + ")";
        if (sqlite3_prepare_v2(db.db, sql.constData(), -1, &info.stmt, nullptr) != SQLITE_OK) {
            *error = Text::tr("the file is corrupt: %1").arg(db.lastError());
            return false;
        }
        while (sqlite3_step(info.stmt) == SQLITE_ROW)
            columns.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.stmt, 1))),
                           QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.stmt, 2))).toUpper());
    }
    if (columns.isEmpty()) {
        *error = Text::tr("not a complete ArchBoard workspace: table “%1” is missing").arg(table);
        return false;
    }
    *select = QStringLiteral("SELECT ord");
    for (const FieldDef &f : ts.fields()) {
        const QString key = QString::fromLatin1(f.key);
        if (!columns.contains(key)) {
            *error = Text::tr("not a complete ArchBoard workspace: table “%1” has no column “%2”").arg(table, key);
            return false;
        }
        if (columns.value(key) != QLatin1StringView(sqlType(f.type))) {
            *error = Text::tr("table “%1”, column “%2” has type %3 instead of %4")
                         .arg(table, key, columns.value(key), QLatin1StringView(sqlType(f.type)));
            return false;
        }
        *select += QStringLiteral(", \"%1\"").arg(key);
    }
    if (columns.size() != ts.fieldCount() + 1) {
        *error = Text::tr("table “%1” has columns this version does not know").arg(table);
        return false;
    }
    *select += QStringLiteral(" FROM %1 ORDER BY ord").arg(table);
    return true;
}

/// Reads the rows of table \a ts into \a ws; \a fileSize bounds what is reserved.
bool readTable(Db &db, const TableSchema &ts, qint64 fileSize, Workspace &ws, QString *error)
{
    const QString table = QString::fromLatin1(ts.key());
    QString select;
    if (!selectFor(db, ts, &select, error))
        return false;

    Statement st;
    if (sqlite3_prepare_v2(db.db, select.toUtf8().constData(), -1, &st.stmt, nullptr) != SQLITE_OK) {
        *error = Text::tr("cannot read table “%1”: %2").arg(table, db.lastError());
        return false;
    }
    {
        // max(ord) is a b-tree lookup (count(*) would scan); a hostile ord
        // cannot make us reserve more rows than the file could hold.
        Statement last;
        const QByteArray lastSql = "SELECT max(ord) FROM " + QByteArray(ts.key());
        if (sqlite3_prepare_v2(db.db, lastSql.constData(), -1, &last.stmt, nullptr) == SQLITE_OK && sqlite3_step(last.stmt) == SQLITE_ROW)
            ts.reserve(ws, int(std::clamp<qint64>(sqlite3_column_int64(last.stmt, 0), -1, fileSize / 16) + 1));
    }
    int row = 0;
    int rc = 0;
    ColumnSource source(st.stmt, ts);
    while ((rc = sqlite3_step(st.stmt)) == SQLITE_ROW) {
        if (ts.isSingleton() && row > 0) {
            *error = Text::tr("table “%1” must have exactly one row").arg(table);
            return false;
        }
        source.setRow(row);
        ts.appendRow(ws, source);
        if (source.failed()) {
            *error = source.error();
            return false;
        }
        ++row;
    }
    if (rc != SQLITE_DONE) {
        *error = Text::tr("cannot read table “%1”: %2").arg(table, db.lastError());
        return false;
    }
    if (ts.isSingleton() && row != 1) {
        *error = Text::tr("table “%1” must have exactly one row").arg(table);
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<Workspace> SqliteFormat::read(QIODevice &device)
{
    clearError();
    if (!device.isSequential() && device.size() > maxFileSize) {
        setError(0, 0, Text::tr("the file is too large (%1 MB; at most %2 MB)").arg(device.size() >> 20).arg(maxFileSize >> 20));
        return nullptr;
    }
    const QByteArray bytes = SafeFile::readBounded(device, maxFileSize);
    if (bytes.size() > maxFileSize) {
        setError(0, 0, Text::tr("the file is too large (at most %1 MB)").arg(maxFileSize >> 20));
        return nullptr;
    }
    if (bytes.isEmpty()) {
        setError(0, 0, Text::tr("the file is empty"));
        return nullptr;
    }
    if (!sniff(bytes)) {
        setError(0, 0, Text::tr("not an ArchBoard workspace: the file is not an SQLite database"));
        return nullptr;
    }
    if (bytes.size() < 512) {
        setError(0, 0, Text::tr("the file is truncated (%1 bytes, shorter than one database page)").arg(bytes.size()));
        return nullptr;
    }

    Db db;
    QString why;
    qint64 version = 0;
    if (!openInMemory(db, bytes, &why) || !readVersion(db.db, m_targetVersion, &version, &why) || !checkIntegrity(db, &why)) {
        setError(0, 0, why);
        return nullptr;
    }
    if (!migrate(db.db, int(version), m_targetVersion, m_migrations, &why)) {
        setError(0, 0, Text::tr("cannot upgrade the workspace: %1").arg(why));
        return nullptr;
    }

    auto ws = std::make_unique<Workspace>();
    for (TableId t : Schema::tables()) {
        if (!readTable(db, Schema::table(t), bytes.size(), *ws, &why)) {
            setError(0, 0, why);
            return nullptr;
        }
    }
    finishRead(*ws);
    return ws;
}

} // namespace ArchBoard
