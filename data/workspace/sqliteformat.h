#pragma once

#include "workspaceformat.h"

#include <QList>

struct sqlite3;

namespace ArchBoard {

/// One step of the SQLite schema from version \c from to \c from + 1.
struct Migration
{
    int from = 0;
    QString sql; ///< one or more statements
};

/**
 * The `*.archboard` workspace file: an SQLite database with our
 * application_id and the schema version in user_version, one table per model
 * collection (row order in `ord`).
 *
 * Reading copies the bytes into an in-memory database opened in defensive
 * mode (trusted_schema off, no triggers or views, bounded lengths), checks
 * application_id, version and integrity, and migrates older files in one
 * transaction — the file on disk is never touched. Writing builds the
 * database in memory and writes its image in one go, so a file written
 * through QSaveFile is replaced atomically. Journal mode is rollback (no WAL).
 */
class SqliteFormat : public WorkspaceFormat
{
public:
    /// 'ARCB' — identifies our files among SQLite databases.
    static constexpr int applicationId = 0x41524342;

    SqliteFormat();
    /// For tests: a different migration chain and target version.
    SqliteFormat(QList<Migration> migrations, int targetVersion);

    QString name() const override;
    QStringList extensions() const override;
    bool sniff(const QByteArray &head) const override;
    std::unique_ptr<Workspace> read(QIODevice &device) override;
    bool write(const Workspace &workspace, QIODevice &device) override;

    /// The database image of \a workspace (what write() writes), empty on failure.
    QByteArray serialize(const Workspace &workspace);

    /// The built-in chain of migrations (empty while the schema is at version 1).
    static QList<Migration> builtinMigrations();
    /// Schema 4 → 5, one step (kept in one place so renumbering it is one edit).
    static Migration migrationFrom4();
    /// Runs the migrations from \a fromVersion to \a toVersion on \a db in one
    /// transaction, setting user_version; on failure rolls everything back.
    static bool migrate(sqlite3 *db, int fromVersion, int toVersion, const QList<Migration> &migrations, QString *error);

    /// Largest file we read (the large benchmark workspace is far below).
    static constexpr qint64 maxFileSize = qint64(1) << 30;

private:
    QList<Migration> m_migrations;
    int m_targetVersion;
};

} // namespace ArchBoard
