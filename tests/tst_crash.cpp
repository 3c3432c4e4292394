// Nothing lost: a process saving in a loop is killed with SIGKILL at random
// moments, many times. Every time the file must pass SQLite's integrity
// check, open, and hold every edit the process reported as committed.
#include "workspace.h"
#include "workspacefile.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>

using namespace ArchBoard;

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killMidSaveLosesNothing();
};

namespace {
QString integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open");
    }
    sqlite3_stmt *st = nullptr;
    QString result;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    else
        result = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return result;
}
} // namespace

void TestCrash::killMidSaveLosesNothing()
{
    const QString helper = qEnvironmentVariable("ARCHBOARD_TESTHELPER");
    if (helper.isEmpty())
        QSKIP("ARCHBOARD_TESTHELPER not set (run through ctest)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.archboard"));
    QRandomGenerator rng(20261126);
    int committed = 0;
    int midSave = 0;
    const int kills = 40;
    for (int round = 0; round < kills; ++round) {
        QProcess p;
        p.start(helper, {QStringLiteral("save-loop"), path});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        while (!out.contains("ready\n") && p.waitForReadyRead(20000))
            out += p.readAllStandardOutput();
        QVERIFY2(out.contains("ready\n"), out.constData());
        // Let it save a few times, then kill it somewhere in its loop.
        QTest::qWait(int(rng.bounded(20u, 400u)));
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(20000));
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        int lastCommitted = committed;
        for (const QByteArray &line : lines) {
            QVERIFY2(!line.startsWith("save-failed") && !line.startsWith("load-failed"), line.constData());
            if (line.startsWith("committed "))
                lastCommitted = line.mid(10).toInt();
        }
        if (lines.last().startsWith("begin "))
            ++midSave;
        committed = lastCommitted;
        if (committed == 0)
            continue; // killed before its first save completed: no file yet is fine

        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        InputError error;
        std::unique_ptr<Workspace> ws = WorkspaceFile::load(path, &error);
        QVERIFY2(ws, qPrintable(error.toString()));
        // Every committed edit is there; at most one more (saved, not yet reported).
        QSet<QString> ids;
        for (const Candidate &c : ws->candidates)
            ids.insert(c.id);
        for (int i = 1; i <= committed; ++i)
            QVERIFY2(ids.contains(QStringLiteral("crash-%1").arg(i)), qPrintable(QStringLiteral("lost edit %1 of %2").arg(i).arg(committed)));
        const int described = ws->info.description.mid(5).toInt();
        QVERIFY2(described == committed || described == committed + 1, qPrintable(ws->info.description));
        committed = described;
    }
    qInfo("%d kills, %d of them in the middle of a save, %d edits committed", kills, midSave, committed);
    QVERIFY2(midSave >= kills / 4, "too few kills landed mid-save to prove anything");
    QVERIFY(committed > kills);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
