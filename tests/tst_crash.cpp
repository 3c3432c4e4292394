// Nothing lost: a process saving in a loop is killed with SIGKILL at random
// moments, many times. Every time the file must pass SQLite's integrity
// check, open, and hold every edit the process reported as committed. The
// same for every archboard-cli writer (killed mid-run: the target is the old
// file or the complete new one) and for the GUI's autosave (the recovery
// copy always opens and holds the last edit reported as autosaved).
#include "recovery.h"
#include "workspace.h"
#include "workspacefile.h"

#include "slowdown.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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
    void killCliWritersLosesNothing_data();
    void killCliWritersLosesNothing();
    void killAutosaveLosesNothing();
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
        QTest::qWait(int(rng.bounded(20u, 400u)) * Testing::kSlowdown);
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

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Runs archboard-cli with \a args and kills it after \a delayMs (unless it finished).
/// Returns its exit code, or -1 when it was killed.
int runAndKill(const QStringList &args, int delayMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("ARCHBOARD_CLI"), args);
    if (!p.waitForStarted(20000))
        return -2;
    if (p.waitForFinished(delayMs))
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished(20000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int g_cliKills = 0;
int g_cliKillsBeforeDone = 0;

} // namespace

void TestCrash::killCliWritersLosesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("target");
    const QString data = qEnvironmentVariable("ARCHBOARD_TESTDATA");
    QTest::newRow("convert") << QStringList{QStringLiteral("convert"), QStringLiteral("IN"), QStringLiteral("OUT")} << "out.archboard";
    QTest::newRow("convert yaml") << QStringList{QStringLiteral("convert"), QStringLiteral("IN"), QStringLiteral("OUT")} << "out.archboard.yaml";
    QTest::newRow("sample") << QStringList{QStringLiteral("sample"), QStringLiteral("OUT")} << "out.archboard";
    QTest::newRow("import-cml") << QStringList{QStringLiteral("import-cml"), data + QStringLiteral("/cml/insurance.cml"), QStringLiteral("OUT")} << "out.archboard";
    QTest::newRow("decide") << QStringList{QStringLiteral("decide"), QStringLiteral("OUT"), QStringLiteral("--tier"), QStringLiteral("tier-9999"), QStringLiteral("--date"), QStringLiteral("2026-01-01")} << "board.archboard";
    QTest::newRow("import-adr") << QStringList{QStringLiteral("import-adr"), data + QStringLiteral("/adr/madr4"), QStringLiteral("--into"), QStringLiteral("OUT")} << "board.archboard.yaml";
    QTest::newRow("scan --into") << QStringList{QStringLiteral("scan"), data + QStringLiteral("/manifests/npm"), QStringLiteral("--into"), QStringLiteral("OUT")} << "board.archboard";
    QTest::newRow("export --record") << QStringList{QStringLiteral("export"), QStringLiteral("OUT"), QStringLiteral("--radar"), QStringLiteral("SIDE.json"), QStringLiteral("--record")} << "board.archboard";
    QTest::newRow("export-cml") << QStringList{QStringLiteral("export-cml"), QStringLiteral("IN"), QStringLiteral("OUT")} << "map.cml";
    QTest::newRow("export --radar") << QStringList{QStringLiteral("export"), QStringLiteral("IN"), QStringLiteral("--radar"), QStringLiteral("OUT")} << "radar.csv";
    QTest::newRow("export --madr") << QStringList{QStringLiteral("export"), QStringLiteral("IN"), QStringLiteral("--madr"), QStringLiteral("DIR")} << "0001-use-rust-for-services-in-the-99-99-availability-tier.md";
}

void TestCrash::killCliWritersLosesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    if (qEnvironmentVariable("ARCHBOARD_CLI").isEmpty())
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.archboard"));
    QProcess sample;
    sample.start(qEnvironmentVariable("ARCHBOARD_CLI"), {QStringLiteral("sample"), in});
    QVERIFY(sample.waitForFinished(60000) && sample.exitCode() == 0);
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    const QString targetPath = out + u'/' + target;
    const bool workspaceTarget = WorkspaceFile::isWorkspaceFileName(target);
    QStringList resolved = args;
    for (QString &a : resolved) {
        if (a == u"IN")
            a = in;
        else if (a == u"OUT")
            a = targetPath;
        else if (a == u"DIR")
            a = out;
        else if (a == u"SIDE.json")
            a = dir.filePath(a);
    }
    // The original the target starts from in every round, and the result of one uninterrupted run.
    // Commands that only write the target start from a different workspace; those that read it first, from the sample.
    const bool readsTarget = args.first() == u"decide" || args.contains(QStringLiteral("--into")) || args.contains(QStringLiteral("--record"));
    QByteArray original = QByteArrayLiteral("ORIGINAL\n");
    if (workspaceTarget && readsTarget) {
        original = readAll(in);
    } else if (workspaceTarget) {
        Workspace other;
        other.info.name = QStringLiteral("original");
        const QString otherPath = dir.filePath(QStringLiteral("other.") + QFileInfo(target).completeSuffix());
        QString error;
        QVERIFY2(WorkspaceFile::save(other, otherPath, &error), qPrintable(error));
        original = readAll(otherPath);
    }
    if (args.contains(QStringLiteral("--madr"))) {
        // An export updates the record's own file in place and leaves a file it cannot
        // read as a record alone: the target starts as an earlier version of the record.
        const QString first = dir.filePath(QStringLiteral("first"));
        QProcess once;
        once.start(qEnvironmentVariable("ARCHBOARD_CLI"), {QStringLiteral("export"), in, QStringLiteral("--madr"), first});
        QVERIFY(once.waitForFinished(60000) && once.exitCode() == 0);
        original = readAll(first + u'/' + target);
        QVERIFY(original.contains("# Use Rust for services"));
        original.replace("# Use Rust for services", "# Use Rust (an earlier title) for services");
    }
    const auto reset = [&] {
        QFile::remove(targetPath);
        QFile f(targetPath);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(original) == original.size());
    };
    reset();
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(runAndKill(resolved, 120000), 0);
    const int duration = int(clock.elapsed());
    const QByteArray complete = readAll(targetPath);
    QVERIFY(complete != original);

    QRandomGenerator rng(quint32(qHash(target)) ^ 20261201u);
    const int rounds = 8;
    for (int round = 0; round < rounds; ++round) {
        reset();
        const int code = runAndKill(resolved, int(rng.bounded(quint32(duration + 20))));
        QVERIFY2(code == 0 || code == -1, qPrintable(QStringLiteral("exit %1").arg(code)));
        ++g_cliKills;
        const QByteArray now = readAll(targetPath);
        if (code == -1)
            ++g_cliKillsBeforeDone;
        if (workspaceTarget) {
            InputError error;
            QVERIFY2(WorkspaceFile::load(targetPath, &error), qPrintable(error.toString())); // never corrupt
            if (code == 0)
                QVERIFY(now != original); // a run that reported success is on disk
        } else {
            QVERIFY2(now == original || now == complete, qPrintable(QStringLiteral("round %1: a partial file").arg(round)));
            if (code == 0)
                QCOMPARE(now, complete);
        }
    }
    if (QTest::currentDataTag() == QLatin1StringView("export --madr"))
        qInfo("%d CLI runs killed, %d of them before they finished; 0 corrupt", g_cliKills, g_cliKillsBeforeDone);
}

void TestCrash::killAutosaveLosesNothing()
{
    const QString helper = qEnvironmentVariable("ARCHBOARD_TESTHELPER");
    if (helper.isEmpty())
        QSKIP("ARCHBOARD_TESTHELPER not set (run through ctest)");
    QRandomGenerator rng(20261202);
    const int kills = 25;
    int checked = 0;
    for (int round = 0; round < kills; ++round) {
        QTemporaryDir dir;
        QProcess p;
        p.start(helper, {QStringLiteral("autosave-loop"), dir.path()});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        while (!out.contains("ready\n") && p.waitForReadyRead(20000))
            out += p.readAllStandardOutput();
        QTest::qWait(int(rng.bounded(30u, 600u)) * Testing::kSlowdown);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(20000));
        out += p.readAllStandardOutput();
        QVERIFY2(!out.contains("failed"), out.constData());
        int autosaved = 0;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("autosaved "))
                autosaved = line.mid(10).toInt();
        }
        const QList<RecoveryEntry> orphans = RecoveryStore(dir.path()).orphans();
        if (autosaved == 0 && orphans.isEmpty())
            continue; // killed before the first copy was complete
        QCOMPARE(orphans.size(), 1);
        InputError error;
        std::unique_ptr<Workspace> copy = WorkspaceFile::load(orphans.first().recoveryFile, &error);
        QVERIFY2(copy, qPrintable(error.toString()));
        const int held = copy->info.name.mid(5).toInt();
        QVERIFY2(held >= autosaved, qPrintable(QStringLiteral("the copy holds edit %1, edit %2 was reported autosaved").arg(held).arg(autosaved)));
        ++checked;
    }
    qInfo("%d autosave sessions killed, %d recovery copies checked, 0 corrupt, 0 lost", kills, checked);
    QVERIFY(checked > kills / 2);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
