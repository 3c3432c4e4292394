#include "sqliteformat.h"

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

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFormat)
};

constexpr char kHeader[] = "SQLite format 3";

/// Closes the connection when it goes out of scope.
struct Db
{
    sqlite3 *db = nullptr;
    ~Db()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

/// Finalizes the statement when it goes out of scope.
struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement()
    {
        if (stmt)
            sqlite3_finalize(stmt);
    }
};

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &msg) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

bool pragmaInt(sqlite3 *db, const char *pragma, qint64 *out, QString *error)
{
    Statement st;
    const QByteArray sql = QByteArray("PRAGMA ") + pragma;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st.stmt, nullptr) != SQLITE_OK || sqlite3_step(st.stmt) != SQLITE_ROW) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    *out = sqlite3_column_int64(st.stmt, 0);
    return true;
}

const char *sqlType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Bool:
        return "INTEGER";
    case FieldType::Real:
    case FieldType::OptionalReal:
        return "REAL";
    default:
        return "TEXT";
    }
}

bool nullable(const FieldDef &f)
{
    return f.type == FieldType::OptionalReal || f.type == FieldType::Date;
}

QString createTableSql(const TableSchema &ts)
{
    QString sql = QStringLiteral("CREATE TABLE %1 (ord INTEGER PRIMARY KEY").arg(QLatin1StringView(ts.key()));
    for (const FieldDef &f : ts.fields()) {
        sql += QStringLiteral(", %1 %2").arg(QLatin1StringView(f.key), QLatin1StringView(sqlType(f.type)));
        if (!nullable(f))
            sql += QStringLiteral(" NOT NULL");
    }
    sql += QStringLiteral(") STRICT");
    return sql;
}

/// Applies the settings SQLite recommends for databases from untrusted sources.
void harden(sqlite3 *db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 16 * 1000 * 1000);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1000 * 1000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 100000000);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 200);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    exec(db, QStringLiteral("PRAGMA cell_size_check=ON"), nullptr);
}

/// Binds the typed values of a row to the INSERT statement (column = field + 2).
/// Text is encoded into one reusable buffer per field, bound without a copy.
class BindingSink final : public FieldSink
{
public:
    BindingSink(sqlite3_stmt *stmt, const TableSchema &table)
        : m_stmt(stmt)
        , m_table(table)
        , m_buffers(size_t(table.fieldCount()))
    {
    }

    void text(int field, const QString &value) override
    {
        std::string &buffer = m_buffers[size_t(field)];
        buffer.resize(size_t(value.size()) * 3);
        char *end = m_encoder.appendToBuffer(buffer.data(), value);
        sqlite3_bind_text(m_stmt, field + 2, buffer.data(), int(end - buffer.data()), SQLITE_STATIC);
    }
    void integer(int field, int value) override { sqlite3_bind_int64(m_stmt, field + 2, value); }
    void real(int field, double value) override { sqlite3_bind_double(m_stmt, field + 2, value); }
    void optionalReal(int field, std::optional<double> value) override
    {
        if (value)
            sqlite3_bind_double(m_stmt, field + 2, *value);
        else
            sqlite3_bind_null(m_stmt, field + 2);
    }
    void boolean(int field, bool value) override { sqlite3_bind_int64(m_stmt, field + 2, value ? 1 : 0); }
    void enumeration(int field, int index) override
    {
        const char *key = m_table.field(field).enumDef->values[size_t(index)].key;
        sqlite3_bind_text(m_stmt, field + 2, key, int(std::strlen(key)), SQLITE_STATIC);
    }
    void date(int field, const QDate &value) override
    {
        if (!value.isValid()) {
            sqlite3_bind_null(m_stmt, field + 2);
            return;
        }
        std::string &buffer = m_buffers[size_t(field)];
        buffer = value.toString(Qt::ISODate).toStdString();
        sqlite3_bind_text(m_stmt, field + 2, buffer.data(), int(buffer.size()), SQLITE_STATIC);
    }

private:
    sqlite3_stmt *m_stmt;
    const TableSchema &m_table;
    std::vector<std::string> m_buffers;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
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

} // namespace

SqliteFormat::SqliteFormat()
    : SqliteFormat(builtinMigrations(), Schema::version)
{
}

SqliteFormat::SqliteFormat(QList<Migration> migrations, int targetVersion)
    : m_migrations(std::move(migrations))
    , m_targetVersion(targetVersion)
{
}

QString SqliteFormat::name() const
{
    return Text::tr("ArchBoard workspace");
}

QStringList SqliteFormat::extensions() const
{
    return {QStringLiteral("archboard")};
}

bool SqliteFormat::sniff(const QByteArray &head) const
{
    return head.startsWith(QByteArray(kHeader, sizeof kHeader)); // includes the NUL
}

QList<Migration> SqliteFormat::builtinMigrations()
{
    // Each new schema version appends {from, sql} here and raises
    // Schema::version; tests/tst_store opens a version-1 file.
    return {
        {1, QStringLiteral("ALTER TABLE workspace ADD COLUMN missing_policy TEXT NOT NULL DEFAULT 'exclude';"
                           "CREATE TABLE tier_comparisons (ord INTEGER PRIMARY KEY, tier TEXT NOT NULL, criterion_a TEXT NOT NULL,"
                           " criterion_b TEXT NOT NULL, ratio REAL NOT NULL) STRICT;")},
        {2, QStringLiteral("ALTER TABLE providers ADD COLUMN price_per_vcpu_second REAL NOT NULL DEFAULT 0;"
                           "ALTER TABLE providers ADD COLUMN free_vcpu_seconds_per_month REAL NOT NULL DEFAULT 0;"
                           "ALTER TABLE providers ADD COLUMN memory_granularity_mb REAL NOT NULL DEFAULT 1;"
                           "ALTER TABLE providers ADD COLUMN vcpu_by_memory TEXT NOT NULL DEFAULT '';"
                           "ALTER TABLE language_profiles ADD COLUMN cold_start_ms_per_mb REAL;"
                           "ALTER TABLE scenarios ADD COLUMN transfer_price_per_gb_usd REAL NOT NULL DEFAULT 0;"
                           "ALTER TABLE scenarios ADD COLUMN sensitivity_pct REAL NOT NULL DEFAULT 20;"
                           "ALTER TABLE scenarios ADD COLUMN monte_carlo_runs INTEGER NOT NULL DEFAULT 5000;"
                           "ALTER TABLE scenarios ADD COLUMN monte_carlo_seed INTEGER NOT NULL DEFAULT 1;"
                           "CREATE TABLE tco_ranges (ord INTEGER PRIMARY KEY, scenario TEXT NOT NULL, parameter TEXT NOT NULL,"
                           " low REAL NOT NULL, high REAL NOT NULL, source TEXT NOT NULL) STRICT;"
                           "CREATE TABLE scans (ord INTEGER PRIMARY KEY, id TEXT NOT NULL, taken_at TEXT NOT NULL, root TEXT NOT NULL,"
                           " manifests INTEGER NOT NULL, services INTEGER NOT NULL, errors INTEGER NOT NULL, version_drift REAL,"
                           " protocol_consistency REAL, peer_dependency_hygiene REAL, stack_heterogeneity REAL, note TEXT NOT NULL) STRICT;")},
        {3, QStringLiteral("CREATE TABLE decision_figures (ord INTEGER PRIMARY KEY, decision TEXT NOT NULL, key TEXT NOT NULL,"
                           " label TEXT NOT NULL, value REAL, text TEXT NOT NULL, unit TEXT NOT NULL) STRICT;"
                           "CREATE TABLE radar_history (ord INTEGER PRIMARY KEY, exported_at TEXT NOT NULL, candidate TEXT NOT NULL,"
                           " name TEXT NOT NULL, quadrant TEXT NOT NULL, ring TEXT NOT NULL) STRICT;")},
        migrationFrom4(),
        {5, QStringLiteral("CREATE TABLE voting_rounds (ord INTEGER PRIMARY KEY, id TEXT NOT NULL, tier TEXT NOT NULL, session TEXT NOT NULL,"
                           " number INTEGER NOT NULL, opened_at TEXT NOT NULL, revealed_at TEXT NOT NULL) STRICT;"
                           "CREATE TABLE round_scores (ord INTEGER PRIMARY KEY, round TEXT NOT NULL, rater TEXT NOT NULL, candidate TEXT NOT NULL,"
                           " criterion TEXT NOT NULL, score INTEGER NOT NULL, reason TEXT NOT NULL) STRICT;")},
        // Schema 7 (issue 12): the decision status `unstated` and record number 0
        // are new values in existing columns; the step only raises the version
        // so a schema-6 build refuses the file instead of misreading it.
        {6, QStringLiteral("SELECT 1;")},
    };
}

Migration SqliteFormat::migrationFrom4()
{
    // Schema 5 (issue 14): distributions on measurements and TCO ranges
    // (existing ranges keep their triangular reading), win-probability
    // settings, provider limits (0: not known), team size (1 keeps the old
    // monitoring figure). The artifact transfer price goes: no provider bills
    // moving code into a function (docs/tco.md).
    return {4, QStringLiteral("ALTER TABLE workspace ADD COLUMN weight_band_pp REAL NOT NULL DEFAULT 5;"
                              "ALTER TABLE workspace ADD COLUMN win_draws INTEGER NOT NULL DEFAULT 10000;"
                              "ALTER TABLE workspace ADD COLUMN win_seed INTEGER NOT NULL DEFAULT 1;"
                              "ALTER TABLE measurements ADD COLUMN distribution TEXT NOT NULL DEFAULT 'none';"
                              "ALTER TABLE measurements ADD COLUMN low REAL;"
                              "ALTER TABLE measurements ADD COLUMN high REAL;"
                              "ALTER TABLE providers ADD COLUMN min_memory_mb REAL NOT NULL DEFAULT 0;"
                              "ALTER TABLE providers ADD COLUMN max_memory_mb REAL NOT NULL DEFAULT 0;"
                              "ALTER TABLE providers ADD COLUMN memory_limit TEXT NOT NULL DEFAULT 'refuse';"
                              "ALTER TABLE providers ADD COLUMN max_duration_ms REAL NOT NULL DEFAULT 0;"
                              "ALTER TABLE scenarios ADD COLUMN team_size INTEGER NOT NULL DEFAULT 1;"
                              "ALTER TABLE scenarios DROP COLUMN transfer_price_per_gb_usd;"
                              "ALTER TABLE tco_ranges ADD COLUMN distribution TEXT NOT NULL DEFAULT 'triangular';")};
}

bool SqliteFormat::migrate(sqlite3 *db, int fromVersion, int toVersion, const QList<Migration> &migrations, QString *error)
{
    if (fromVersion == toVersion)
        return true;
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    for (int v = fromVersion; v < toVersion; ++v) {
        const Migration *step = nullptr;
        for (const Migration &m : migrations) {
            if (m.from == v)
                step = &m;
        }
        QString why;
        if (!step)
            why = Text::tr("no migration from schema version %1 to %2").arg(v).arg(v + 1);
        else if (!exec(db, step->sql, &why))
            why = Text::tr("migration from schema version %1 to %2 failed: %3").arg(v).arg(v + 1).arg(why);
        if (!why.isEmpty()) {
            exec(db, QStringLiteral("ROLLBACK"), nullptr);
            *error = why;
            return false;
        }
    }
    QString why;
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(toVersion), &why) || !exec(db, QStringLiteral("COMMIT"), &why)) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        *error = why;
        return false;
    }
    return true;
}

QByteArray SqliteFormat::serialize(const Workspace &ws)
{
    clearError();
    // The reader's rules: a file that would not open again is not written.
    if (QString why; !FileRules::checkWritable(ws, &why)) {
        setError(0, 0, Text::tr("cannot write the workspace: %1").arg(why));
        return {};
    }
    Db db;
    if (sqlite3_open_v2(":memory:", &db.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        setError(0, 0, Text::tr("cannot create a database: %1").arg(db.lastError()));
        return {};
    }
    QString why;
    auto fail = [&](const QString &what) {
        setError(0, 0, Text::tr("cannot write the workspace: %1").arg(what));
        return QByteArray();
    };
    if (!exec(db.db, QStringLiteral("PRAGMA journal_mode=OFF; PRAGMA application_id=%1; PRAGMA user_version=%2; BEGIN")
                         .arg(applicationId).arg(m_targetVersion), &why))
        return fail(why);
    if (!exec(db.db, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT; "
                                    "INSERT INTO meta VALUES ('format', 'archboard-workspace'), ('writer', 'ArchBoard %1')")
                         .arg(QStringLiteral(ARCHBOARD_VERSION)), &why))
        return fail(why);

    for (TableId t : Schema::tables()) {
        const TableSchema &ts = Schema::table(t);
        if (!exec(db.db, createTableSql(ts), &why))
            return fail(why);
        QString insert = QStringLiteral("INSERT INTO %1 VALUES (?").arg(QLatin1StringView(ts.key()));
        for (int f = 0; f < ts.fieldCount(); ++f)
            insert += QStringLiteral(", ?");
        insert += u')';
        Statement st;
        if (sqlite3_prepare_v3(db.db, insert.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &st.stmt, nullptr) != SQLITE_OK)
            return fail(db.lastError());
        const int rows = ts.rowCount(ws);
        BindingSink sink(st.stmt, ts);
        for (int r = 0; r < rows; ++r) {
            sqlite3_bind_int64(st.stmt, 1, r);
            ts.writeRow(ws, r, sink);
            if (sqlite3_step(st.stmt) != SQLITE_DONE)
                return fail(QStringLiteral("%1[%2]: %3").arg(QLatin1StringView(ts.key())).arg(r).arg(db.lastError()));
            sqlite3_reset(st.stmt);
        }
    }
    if (!exec(db.db, QStringLiteral("COMMIT"), &why))
        return fail(why);

    sqlite3_int64 size = 0;
    unsigned char *image = sqlite3_serialize(db.db, "main", &size, 0);
    if (!image)
        return fail(db.lastError());
    QByteArray out(reinterpret_cast<const char *>(image), qsizetype(size));
    sqlite3_free(image);
    return out;
}

bool SqliteFormat::write(const Workspace &workspace, QIODevice &device)
{
    const QByteArray image = serialize(workspace);
    if (image.isEmpty())
        return false;
    if (device.write(image) != image.size()) {
        setError(0, 0, Text::tr("cannot write: %1").arg(device.errorString()));
        return false;
    }
    return true;
}

namespace {

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
