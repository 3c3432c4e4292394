// Autosave to a recovery copy, recovery after a crash, and the lock that
// makes a second instance read-only.
#include "document.h"
#include "generator.h"
#include "recovery.h"
#include "workspace.h"
#include "workspacefile.h"
#include "workspacelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ArchBoard;

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void autosavesAfterABurstOfEdits();
    void autosavesPeriodically();
    void nothingToSaveWritesNothing();
    void discardRemovesTheCopy();
    void crashLeavesARecoverableCopy();
    void secondHolderIsRefused();
    void lockOfACrashedProcessIsTakenOver();
};

void TestRecovery::autosavesAfterABurstOfEdits()
{
    QTemporaryDir dir;
    Document doc(std::make_unique<Workspace>(Testing::generateWorkspace({}, 1)));
    Autosaver autosaver(&doc, RecoveryStore(dir.path()));
    autosaver.setInterval(3600 * 1000);
    autosaver.setBurst(3, 50);
    QSignalSpy written(&autosaver, &Autosaver::written);
    QObject::connect(&autosaver, &Autosaver::failed, [](const QString &m) { qWarning() << "autosave failed:" << m; });
    QVERIFY(doc.setValue(TableId::Workspace, 0, 0, QStringLiteral("one")));
    QVERIFY(doc.setValue(TableId::Workspace, 0, 0, QStringLiteral("two")));
    QTest::qWait(150);
    QCOMPARE(written.count(), 0); // two edits are not a burst
    QVERIFY(doc.setValue(TableId::Workspace, 0, 0, QStringLiteral("three")));
    QTRY_COMPARE(written.count(), 1);
    InputError error;
    std::unique_ptr<Workspace> copy = WorkspaceFile::load(autosaver.recoveryFile(), &error);
    QVERIFY2(copy, qPrintable(error.toString()));
    QVERIFY(*copy == doc.workspace());
}

void TestRecovery::autosavesPeriodically()
{
    QTemporaryDir dir;
    Document doc(std::make_unique<Workspace>(Testing::generateWorkspace({}, 2)));
    Autosaver autosaver(&doc, RecoveryStore(dir.path()));
    autosaver.setInterval(100);
    QSignalSpy written(&autosaver, &Autosaver::written);
    QVERIFY(doc.setValue(TableId::Workspace, 0, 0, QStringLiteral("periodic")));
    QTRY_COMPARE(written.count(), 1);
    QTest::qWait(300);
    QCOMPARE(written.count(), 1); // nothing new to write
}

void TestRecovery::nothingToSaveWritesNothing()
{
    QTemporaryDir dir;
    Document doc(std::make_unique<Workspace>(Testing::generateWorkspace({}, 2)));
    Autosaver autosaver(&doc, RecoveryStore(dir.path()));
    autosaver.saveNow();
    autosaver.waitForWrite();
    QCOMPARE(autosaver.writes(), 0);
    QVERIFY(!QFile::exists(autosaver.recoveryFile()));
}

void TestRecovery::discardRemovesTheCopy()
{
    QTemporaryDir dir;
    Document doc(std::make_unique<Workspace>(Testing::generateWorkspace({}, 3)));
    Autosaver autosaver(&doc, RecoveryStore(dir.path()));
    QVERIFY(doc.setValue(TableId::Workspace, 0, 0, QStringLiteral("x")));
    autosaver.saveNow();
    autosaver.waitForWrite();
    QTRY_VERIFY(QFile::exists(autosaver.recoveryFile()));
    autosaver.discard();
    QVERIFY(!QFile::exists(autosaver.recoveryFile()));
    QVERIFY(RecoveryStore(dir.path()).orphans().isEmpty());
}

void TestRecovery::crashLeavesARecoverableCopy()
{
    const QString helper = qEnvironmentVariable("ARCHBOARD_TESTHELPER");
    if (helper.isEmpty())
        QSKIP("ARCHBOARD_TESTHELPER not set (run through ctest)");
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("board.archboard"));
    QProcess p;
    p.start(helper, {QStringLiteral("autosave"), dir.filePath(QStringLiteral("recovery")), original});
    QByteArray out;
    while (!out.contains("autosaved") && p.waitForReadyRead(20000))
        out += p.readAllStandardOutput();
    QVERIFY2(out.contains("autosaved"), out.constData());

    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    QVERIFY(store.orphans().isEmpty()); // its session is alive and holds the copy
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(10000));

    const QList<RecoveryEntry> orphans = store.orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().originalPath, original);
    QCOMPARE(orphans.first().title, QStringLiteral("Crash edit 崩溃"));
    QVERIFY(orphans.first().savedAt.isValid());
    InputError error;
    std::unique_ptr<Workspace> recovered = WorkspaceFile::load(orphans.first().recoveryFile, &error);
    QVERIFY2(recovered, qPrintable(error.toString()));
    QCOMPARE(recovered->info.name, QStringLiteral("Crash edit 崩溃"));
    store.discard(orphans.first());
    QVERIFY(store.orphans().isEmpty());
}

void TestRecovery::secondHolderIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.archboard"));
    WorkspaceLock first(path);
    QVERIFY(first.tryLock());
    WorkspaceLock second(path);
    QVERIFY(!second.tryLock());
    QVERIFY2(second.errorString().contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
             qPrintable(second.errorString()));
    first.unlock();
    QVERIFY(second.tryLock());
}

void TestRecovery::lockOfACrashedProcessIsTakenOver()
{
    const QString helper = qEnvironmentVariable("ARCHBOARD_TESTHELPER");
    if (helper.isEmpty())
        QSKIP("ARCHBOARD_TESTHELPER not set (run through ctest)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.archboard"));
    QProcess p;
    p.start(helper, {QStringLiteral("hold-lock"), path});
    QByteArray out;
    while (!out.contains("locked") && p.waitForReadyRead(20000))
        out += p.readAllStandardOutput();
    QVERIFY2(out.contains("locked"), out.constData());
    WorkspaceLock mine(path);
    QVERIFY(!mine.tryLock());
    QVERIFY2(mine.holder().contains(QStringLiteral("archboard-testhelper, process %1").arg(p.processId())), qPrintable(mine.holder()));
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(10000));
    QVERIFY(QFile::exists(WorkspaceLock::lockFilePathFor(path))); // left behind by the crash
    QVERIFY(mine.tryLock());
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
