// The SQLite handles and helpers the workspace format's writer (sqliteformat.cpp)
// and reader (sqlitereader.cpp) share. Private to data/workspace.
#pragma once

#include "schema.h"

#include <QString>

#include <sqlite3.h>

namespace ArchBoard::SqliteDb {

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

bool exec(sqlite3 *db, const QString &sql, QString *error);
bool pragmaInt(sqlite3 *db, const char *pragma, qint64 *out, QString *error);
const char *sqlType(FieldType type);
/// Applies the settings SQLite recommends for databases from untrusted sources.
void harden(sqlite3 *db);

} // namespace ArchBoard::SqliteDb
