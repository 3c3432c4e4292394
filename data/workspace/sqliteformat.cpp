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

namespace SqliteDb {

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

} // namespace SqliteDb

using namespace SqliteDb;

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFormat)
};

constexpr char kHeader[] = "SQLite format 3";

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

} // namespace ArchBoard
