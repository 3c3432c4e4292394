#include "sqliteformat.h"

#include "schema.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace ArchBoard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteFormat", text);
}

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
    return tr("ArchBoard workspace");
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
    // Version 1 is the first schema. A new version appends {from, sql} here
    // and raises Schema::version; tests/tst_store covers the mechanism.
    return {};
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
            why = tr("no migration from schema version %1 to %2").arg(v).arg(v + 1);
        else if (!exec(db, step->sql, &why))
            why = tr("migration from schema version %1 to %2 failed: %3").arg(v).arg(v + 1).arg(why);
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
    Db db;
    if (sqlite3_open_v2(":memory:", &db.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
        setError(0, 0, tr("cannot create a database: %1").arg(db.lastError()));
        return {};
    }
    QString why;
    auto fail = [&](const QString &what) {
        setError(0, 0, tr("cannot write the workspace: %1").arg(what));
        return QByteArray();
    };
    if (!exec(db.db, QStringLiteral("PRAGMA journal_mode=MEMORY; PRAGMA application_id=%1; PRAGMA user_version=%2; BEGIN")
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
        for (int r = 0; r < rows; ++r) {
            sqlite3_bind_int64(st.stmt, 1, r);
            for (int f = 0; f < ts.fieldCount(); ++f) {
                const FieldDef &def = ts.field(f);
                const QVariant v = ts.value(ws, r, f);
                const int col = f + 2;
                switch (def.type) {
                case FieldType::Integer:
                    sqlite3_bind_int64(st.stmt, col, v.toInt());
                    break;
                case FieldType::Bool:
                    sqlite3_bind_int64(st.stmt, col, v.toBool() ? 1 : 0);
                    break;
                case FieldType::Real:
                    sqlite3_bind_double(st.stmt, col, v.toDouble());
                    break;
                case FieldType::OptionalReal:
                    if (v.isNull() || !v.isValid())
                        sqlite3_bind_null(st.stmt, col);
                    else
                        sqlite3_bind_double(st.stmt, col, v.toDouble());
                    break;
                case FieldType::Enum: {
                    const char *key = def.enumDef->values[size_t(v.toInt())].key;
                    sqlite3_bind_text(st.stmt, col, key, -1, SQLITE_STATIC);
                    break;
                }
                case FieldType::Date:
                    if (v.toDate().isValid()) {
                        const QByteArray iso = v.toDate().toString(Qt::ISODate).toLatin1();
                        sqlite3_bind_text(st.stmt, col, iso.constData(), int(iso.size()), SQLITE_TRANSIENT);
                    } else {
                        sqlite3_bind_null(st.stmt, col);
                    }
                    break;
                default: {
                    const QByteArray utf8 = v.toString().toUtf8();
                    sqlite3_bind_text(st.stmt, col, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                    break;
                }
                }
            }
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
        setError(0, 0, tr("cannot write: %1").arg(device.errorString()));
        return false;
    }
    return true;
}

std::unique_ptr<Workspace> SqliteFormat::read(QIODevice &device)
{
    clearError();
    if (!device.isSequential() && device.size() > maxFileSize) {
        setError(0, 0, tr("the file is too large (%1 MB; at most %2 MB)").arg(device.size() >> 20).arg(maxFileSize >> 20));
        return nullptr;
    }
    const QByteArray bytes = device.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize) {
        setError(0, 0, tr("the file is too large (at most %1 MB)").arg(maxFileSize >> 20));
        return nullptr;
    }
    if (bytes.isEmpty()) {
        setError(0, 0, tr("the file is empty"));
        return nullptr;
    }
    if (!sniff(bytes)) {
        setError(0, 0, tr("not an ArchBoard workspace: the file is not an SQLite database"));
        return nullptr;
    }
    if (bytes.size() < 512) {
        setError(0, 0, tr("the file is truncated (%1 bytes, shorter than one database page)").arg(bytes.size()));
        return nullptr;
    }

    Db db;
    if (sqlite3_open_v2(":memory:", &db.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
        setError(0, 0, tr("cannot open a database: %1").arg(db.lastError()));
        return nullptr;
    }
    harden(db.db);
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(bytes.size())));
    if (!buffer) {
        setError(0, 0, tr("out of memory"));
        return nullptr;
    }
    std::memcpy(buffer, bytes.constData(), size_t(bytes.size()));
    if (sqlite3_deserialize(db.db, "main", buffer, bytes.size(), bytes.size(),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK) {
        setError(0, 0, tr("cannot read the database: %1").arg(db.lastError()));
        return nullptr;
    }

    QString why;
    qint64 appId = 0;
    qint64 version = 0;
    if (!pragmaInt(db.db, "application_id", &appId, &why) || !pragmaInt(db.db, "user_version", &version, &why)) {
        setError(0, 0, tr("the file is corrupt: %1").arg(why));
        return nullptr;
    }
    if (appId != applicationId) {
        setError(0, 0, tr("not an ArchBoard workspace: this SQLite database belongs to another application (application_id 0x%1)")
                           .arg(quint32(appId), 8, 16, QLatin1Char('0')));
        return nullptr;
    }
    if (version > m_targetVersion) {
        setError(0, 0, tr("the workspace was written by a newer ArchBoard (schema version %1; this version reads up to %2). "
                          "Open it with a newer ArchBoard.").arg(version).arg(m_targetVersion));
        return nullptr;
    }
    if (version < 1) {
        setError(0, 0, tr("the workspace has no valid schema version (%1)").arg(version));
        return nullptr;
    }

    {
        Statement st;
        if (sqlite3_prepare_v2(db.db, "PRAGMA quick_check(5)", -1, &st.stmt, nullptr) != SQLITE_OK) {
            setError(0, 0, tr("the file is corrupt: %1").arg(db.lastError()));
            return nullptr;
        }
        QStringList problems;
        int rc = 0;
        while ((rc = sqlite3_step(st.stmt)) == SQLITE_ROW)
            problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.stmt, 0)));
        if (rc != SQLITE_DONE) {
            setError(0, 0, tr("the file is corrupt: %1").arg(db.lastError()));
            return nullptr;
        }
        if (problems != QStringList{QStringLiteral("ok")}) {
            setError(0, 0, tr("the file is corrupt (integrity check): %1").arg(problems.join(QStringLiteral("; "))));
            return nullptr;
        }
    }

    if (!migrate(db.db, int(version), m_targetVersion, m_migrations, &why)) {
        setError(0, 0, tr("cannot upgrade the workspace: %1").arg(why));
        return nullptr;
    }

    auto ws = std::make_unique<Workspace>();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    for (TableId t : Schema::tables()) {
        const TableSchema &ts = Schema::table(t);
        const QString table = QString::fromLatin1(ts.key());

        // The columns must be ours: same names, same types.
        QHash<QString, QString> columns;
        {
            Statement info;
            const QByteArray sql = "PRAGMA table_info(" + QByteArray(ts.key()) + ")";
            if (sqlite3_prepare_v2(db.db, sql.constData(), -1, &info.stmt, nullptr) != SQLITE_OK) {
                setError(0, 0, tr("the file is corrupt: %1").arg(db.lastError()));
                return nullptr;
            }
            while (sqlite3_step(info.stmt) == SQLITE_ROW)
                columns.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.stmt, 1))),
                               QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.stmt, 2))).toUpper());
        }
        if (columns.isEmpty()) {
            setError(0, 0, tr("not a complete ArchBoard workspace: table “%1” is missing").arg(table));
            return nullptr;
        }
        QString select = QStringLiteral("SELECT ord");
        for (const FieldDef &f : ts.fields()) {
            const QString key = QString::fromLatin1(f.key);
            if (!columns.contains(key)) {
                setError(0, 0, tr("not a complete ArchBoard workspace: table “%1” has no column “%2”").arg(table, key));
                return nullptr;
            }
            if (columns.value(key) != QLatin1StringView(sqlType(f.type))) {
                setError(0, 0, tr("table “%1”, column “%2” has type %3 instead of %4")
                                   .arg(table, key, columns.value(key), QLatin1StringView(sqlType(f.type))));
                return nullptr;
            }
            select += QStringLiteral(", \"%1\"").arg(key);
        }
        if (columns.size() != ts.fieldCount() + 1) {
            setError(0, 0, tr("table “%1” has columns this version does not know").arg(table));
            return nullptr;
        }
        select += QStringLiteral(" FROM %1 ORDER BY ord").arg(table);

        Statement st;
        if (sqlite3_prepare_v2(db.db, select.toUtf8().constData(), -1, &st.stmt, nullptr) != SQLITE_OK) {
            setError(0, 0, tr("cannot read table “%1”: %2").arg(table, db.lastError()));
            return nullptr;
        }
        int row = 0;
        int rc = 0;
        QVariantList values;
        values.reserve(ts.fieldCount());
        while ((rc = sqlite3_step(st.stmt)) == SQLITE_ROW) {
            if (ts.isSingleton() && row > 0) {
                setError(0, 0, tr("table “%1” must have exactly one row").arg(table));
                return nullptr;
            }
            values.clear();
            for (int f = 0; f < ts.fieldCount(); ++f) {
                const FieldDef &def = ts.field(f);
                const int col = f + 1;
                const int type = sqlite3_column_type(st.stmt, col);
                auto bad = [&](const QString &what) {
                    setError(0, 0, tr("table “%1”, row %2, column “%3”: %4")
                                       .arg(table).arg(row + 1).arg(QLatin1StringView(def.key), what));
                    return nullptr;
                };
                if (type == SQLITE_NULL) {
                    if (!nullable(def))
                        return bad(tr("missing value"));
                    values.append(def.type == FieldType::Date ? QVariant(QDate()) : QVariant());
                    continue;
                }
                switch (def.type) {
                case FieldType::Integer:
                case FieldType::Bool: {
                    if (type != SQLITE_INTEGER)
                        return bad(tr("expected a whole number"));
                    const qint64 v = sqlite3_column_int64(st.stmt, col);
                    if (def.type == FieldType::Bool) {
                        if (v != 0 && v != 1)
                            return bad(tr("expected 0 or 1"));
                        values.append(v == 1);
                    } else {
                        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
                            return bad(tr("number out of range"));
                        values.append(int(v));
                    }
                    break;
                }
                case FieldType::Real:
                case FieldType::OptionalReal: {
                    if (type != SQLITE_FLOAT && type != SQLITE_INTEGER)
                        return bad(tr("expected a number"));
                    const double v = sqlite3_column_double(st.stmt, col);
                    if (!std::isfinite(v))
                        return bad(tr("not a finite number"));
                    values.append(v);
                    break;
                }
                default: {
                    if (type != SQLITE_TEXT)
                        return bad(tr("expected text"));
                    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(st.stmt, col));
                    const int len = sqlite3_column_bytes(st.stmt, col);
                    QString s = utf8.decode(QByteArrayView(text, len));
                    if (utf8.hasError()) {
                        utf8.resetState();
                        return bad(tr("text is not valid UTF-8"));
                    }
                    if (def.type == FieldType::Enum) {
                        const int index = def.enumDef->indexOf(s);
                        if (index < 0)
                            return bad(tr("“%1” is not one of %2").arg(s, def.enumDef->keys().join(QStringLiteral(", "))));
                        values.append(index);
                    } else if (def.type == FieldType::Date) {
                        const QDate d = QDate::fromString(s, Qt::ISODate);
                        if (!d.isValid())
                            return bad(tr("“%1” is not a date (YYYY-MM-DD)").arg(s));
                        values.append(d);
                    } else {
                        if (def.type != FieldType::LongText && s.contains(u'\n'))
                            return bad(tr("line break in a one-line field"));
                        values.append(s);
                    }
                    break;
                }
                }
            }
            ts.insertRow(*ws, row, values);
            ++row;
        }
        if (rc != SQLITE_DONE) {
            setError(0, 0, tr("cannot read table “%1”: %2").arg(table, db.lastError()));
            return nullptr;
        }
        if (ts.isSingleton() && row != 1) {
            setError(0, 0, tr("table “%1” must have exactly one row").arg(table));
            return nullptr;
        }
    }
    return ws;
}

} // namespace ArchBoard
