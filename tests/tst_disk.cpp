// Nothing lost on a full disk: every writer, CLI and library, writing into a
// full tmpfs must fail with a clear message and leave the file it would have
// replaced exactly as it was (and no temporary files behind).
#include "cliprocess.h"
#include "document.h"
#include "fullfs.h"
#include "madrformat.h"
#include "radar.h"
#include "radarformat.h"
#include "recovery.h"
#include "safefile.h"
#include "sample.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchBoard;
using namespace ArchBoard::Testing;

class TestDisk : public QObject
{
    Q_OBJECT

private slots:
    void cliWriterOnFullDiskKeepsTheOriginal_data();
    void cliWriterOnFullDiskKeepsTheOriginal();
    void libraryWritersOnFullDiskKeepTheOriginal();
    void autosaveOnFullDiskSaysSo();
    void roomAgainSavesNormally();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString testData(const QString &name)
{
    return qEnvironmentVariable("ARCHBOARD_TESTDATA") + u'/' + name;
}

} // namespace

void TestDisk::cliWriterOnFullDiskKeepsTheOriginal_data()
{
    // Arguments with "OUT" for the target on the full disk and "IN" for the
    // sample workspace elsewhere; the target's original holds "ORIGINAL" (or
    // a workspace when the command reads it first).
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("workspaceTarget");
    const QString adr = testData(QStringLiteral("adr/madr4"));
    const QString cml = testData(QStringLiteral("cml/polyglot.cml"));
    const QString manifests = testData(QStringLiteral("manifests/npm"));
    QTest::newRow("convert to .archboard") << QStringList{QStringLiteral("convert"), QStringLiteral("IN"), QStringLiteral("OUT")} << "out.archboard" << false;
    QTest::newRow("convert to .yaml") << QStringList{QStringLiteral("convert"), QStringLiteral("IN"), QStringLiteral("OUT")} << "out.archboard.yaml" << false;
    QTest::newRow("sample") << QStringList{QStringLiteral("sample"), QStringLiteral("OUT")} << "out.archboard.yaml" << false;
    QTest::newRow("import-cml") << QStringList{QStringLiteral("import-cml"), cml, QStringLiteral("OUT")} << "out.archboard" << false;
    QTest::newRow("export-cml") << QStringList{QStringLiteral("export-cml"), QStringLiteral("IN"), QStringLiteral("OUT")} << "out.cml" << false;
    QTest::newRow("export --radar json") << QStringList{QStringLiteral("export"), QStringLiteral("IN"), QStringLiteral("--radar"), QStringLiteral("OUT")} << "radar.json" << false;
    QTest::newRow("export --radar csv") << QStringList{QStringLiteral("export"), QStringLiteral("IN"), QStringLiteral("--radar"), QStringLiteral("OUT")} << "radar.csv" << false;
    QTest::newRow("export --report html") << QStringList{QStringLiteral("export"), QStringLiteral("IN"), QStringLiteral("--report"), QStringLiteral("OUT")} << "report.html" << false;
    QTest::newRow("export --diagrams dot") << QStringList{QStringLiteral("export"), QStringLiteral("IN"), QStringLiteral("--diagrams"), QStringLiteral("DIR"), QStringLiteral("--format"), QStringLiteral("dot")} << "context-map.dot" << false;
    QTest::newRow("export --madr") << QStringList{QStringLiteral("export"), QStringLiteral("IN"), QStringLiteral("--madr"), QStringLiteral("DIR")} << "0001-use-rust-for-services-in-the-99-99-availability-tier.md" << false;
    QTest::newRow("decide") << QStringList{QStringLiteral("decide"), QStringLiteral("OUT"), QStringLiteral("--tier"), QStringLiteral("tier-9999")} << "board.archboard" << true;
    QTest::newRow("decide yaml") << QStringList{QStringLiteral("decide"), QStringLiteral("OUT"), QStringLiteral("--tier"), QStringLiteral("tier-9999")} << "board.archboard.yaml" << true;
    QTest::newRow("import-adr --into") << QStringList{QStringLiteral("import-adr"), adr, QStringLiteral("--into"), QStringLiteral("OUT")} << "board.archboard" << true;
    QTest::newRow("scan --into") << QStringList{QStringLiteral("scan"), manifests, QStringLiteral("--into"), QStringLiteral("OUT")} << "board.archboard" << true;
    QTest::newRow("export --radar --record") << QStringList{QStringLiteral("export"), QStringLiteral("OUT"), QStringLiteral("--radar"), QStringLiteral("RADAR"), QStringLiteral("--record")} << "board.archboard" << true;
    // The git merge driver writes the merge over OURS.
    QTest::newRow("merge") << QStringList{QStringLiteral("merge"), QStringLiteral("IN"), QStringLiteral("OUT"), QStringLiteral("IN")} << "board.archboard" << true;
    QTest::newRow("merge yaml") << QStringList{QStringLiteral("merge"), QStringLiteral("IN"), QStringLiteral("OUT"), QStringLiteral("IN")} << "board.archboard.yaml" << true;
}

void TestDisk::cliWriterOnFullDiskKeepsTheOriginal()
{
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    QFETCH(bool, workspaceTarget);
    FullFileSystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    QTemporaryDir scratch;
    const QString in = scratch.filePath(QStringLiteral("in.archboard"));
    QVERIFY(cli({QStringLiteral("sample"), in}).code == 0);

    const QString targetPath = disk.filePath(target);
    QByteArray original = "ORIGINAL\n";
    if (workspaceTarget) {
        QVERIFY(cli({QStringLiteral("sample"), targetPath}).code == 0);
        original = readAll(targetPath);
    } else {
        write(targetPath, original);
    }
    const QStringList before = disk.entries();
    QVERIFY(disk.fill());
    for (QString &a : args) {
        if (a == u"IN")
            a = in;
        else if (a == u"OUT")
            a = targetPath;
        else if (a == u"DIR")
            a = disk.path();
        else if (a == u"RADAR")
            a = scratch.filePath(QStringLiteral("radar.json")); // the workspace write is what fails here
    }
    const CliRun run = cli(args);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(targetPath) || run.err.contains(disk.path()), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("No space left on device")) || run.err.contains(QStringLiteral("reached the disk")),
             qPrintable(run.err));
    QCOMPARE(readAll(targetPath), original);
    QCOMPARE(disk.entries(), before); // no temporary file left behind
    if (workspaceTarget) {
        InputError error;
        QVERIFY2(WorkspaceFile::load(targetPath, &error), qPrintable(error.toString()));
    }
}

void TestDisk::libraryWritersOnFullDiskKeepTheOriginal()
{
    FullFileSystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    InputError loadError;
    std::unique_ptr<Workspace> ws = Sample::load(&loadError);
    QVERIFY(ws);
    const QString saved = disk.filePath(QStringLiteral("board.archboard"));
    QString error;
    QVERIFY2(WorkspaceFile::save(*ws, saved, &error), qPrintable(error));
    const QByteArray original = readAll(saved);
    const QString small = disk.filePath(QStringLiteral("small.txt"));
    write(small, "ORIGINAL\n");
    const QStringList before = disk.entries();
    QVERIFY(disk.fill());

    ws->info.name = QStringLiteral("changed");
    QVERIFY(!WorkspaceFile::save(*ws, saved, &error));
    QVERIFY2(error.contains(saved) && error.contains(QStringLiteral("unchanged")), qPrintable(error));
    QCOMPARE(readAll(saved), original);

    // Smaller than Qt's write buffer: the failure shows only when flushing.
    QVERIFY(!SafeFile::write(small, "a few bytes\n", &error));
    QVERIFY2(error.contains(small), qPrintable(error));
    QCOMPARE(readAll(small), QByteArray("ORIGINAL\n"));

    const QString radar = disk.filePath(QStringLiteral("radar.json"));
    QVERIFY(!RadarFormat::write(Radar::build(*ws), radar, QStringLiteral("2026-01-01"), &error));
    QVERIFY(!QFile::exists(radar));
    const Madr::ExportResult madr = Madr::exportFolder(*ws, disk.path());
    QVERIFY(!madr.error.isEmpty());
    QCOMPARE(disk.entries(), before);
}

void TestDisk::autosaveOnFullDiskSaysSo()
{
    FullFileSystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    InputError loadError;
    Document doc(Sample::load(&loadError));
    Autosaver autosaver(&doc, RecoveryStore(disk.path()));
    QSignalSpy failed(&autosaver, &Autosaver::failed);
    QSignalSpy written(&autosaver, &Autosaver::written);
    QVERIFY(doc.setValue(TableId::Workspace, 0, 0, QStringLiteral("first")));
    autosaver.saveNow();
    QTRY_COMPARE(written.count(), 1);
    const QByteArray copy = readAll(autosaver.recoveryFile());
    QVERIFY(disk.fill());
    QVERIFY(doc.setValue(TableId::Workspace, 0, 0, QStringLiteral("second")));
    autosaver.saveNow();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("No space left on device")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(readAll(autosaver.recoveryFile()), copy); // the last good copy is still there
}

void TestDisk::roomAgainSavesNormally()
{
    FullFileSystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString out = disk.filePath(QStringLiteral("board.archboard.yaml"));
    QVERIFY(disk.fill());
    QCOMPARE(cli({QStringLiteral("sample"), out}).code, 2);
    QVERIFY(!QFile::exists(out));
    disk.drain();
    QCOMPARE(cli({QStringLiteral("sample"), out}).code, 0);
    InputError error;
    QVERIFY2(WorkspaceFile::load(out, &error), qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(TestDisk)
#include "tst_disk.moc"
