// Hostile input: special files, links out of a folder, names no workspace
// can hold, values that would make the engines allocate gigabytes, text
// meant to drive a terminal, Graphviz escapes. Each is refused or made safe
// with a message, never a hang, a crash or a file that does not open again.
#include "cliprocess.h"
#include "memorylimit.h"
#include "slowdown.h"
#include "cmlformat.h"
#include "diagramrenderer.h"
#include "dotbuilder.h"
#include "document.h"
#include "madrformat.h"
#include "manifests.h"
#include "sample.h"
#include "workspace.h"
#include "workspacefile.h"
#include "yamlformat.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QJsonParseError>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sqlite3.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ArchBoard;
using namespace ArchBoard::Testing;

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void fifoAsWorkspaceIsRefusedAtOnce();
    void fifoManifestDoesNotHangTheScan();
    void adrImportStaysInsideTheFolder();
    void scannerSaysWhatItSkipped();
    void importedTextOpensAgain_data();
    void importedTextOpensAgain();
    void editorsRefuseWhatCannotBeSaved();
    void oversizedTextIsNotWritten();
    void truncatedYamlIsAnError();
    void hugeOrdinalLoads();
    void openingReadsOnlyWhatIsThere();
    void hugeHorizonAndRunsAreBroughtIntoRange();
    void controlSequencesDoNotReachTheTerminal();
    void graphvizEscapesStayText();
    void cliWritersHonourTheLock();
    void tomlBeyondAsciiOutsideStringsIsAnError();
    void cmlLoneCaretIsAnError();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0644) == 0;
}

QByteArray sampleYaml()
{
    return Sample::yaml();
}

} // namespace

void TestHostile::fifoAsWorkspaceIsRefusedAtOnce()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("board.archboard"));
    const QString fifoYaml = dir.filePath(QStringLiteral("board.archboard.yaml"));
    QVERIFY(makeFifo(fifo) && makeFifo(fifoYaml));
    CliRun run = cli({QStringLiteral("validate"), fifo}, 20000);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("FIFO")), qPrintable(run.err));
    run = cli({QStringLiteral("convert"), fifoYaml, dir.filePath(QStringLiteral("out.archboard"))}, 20000);
    QCOMPARE(run.code, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.archboard"))));
    // File → Open reads through the same function.
    InputError error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!WorkspaceFile::load(fifo, &error));
    QVERIFY2(error.toString().contains(QStringLiteral("FIFO")), qPrintable(error.toString()));
    QVERIFY(clock.elapsed() < 5000);
    // A FIFO as the target is not written into either.
    run = cli({QStringLiteral("sample"), fifo}, 20000);
    QCOMPARE(run.code, 2);
}

void TestHostile::fifoManifestDoesNotHangTheScan()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("web/package.json")), R"({"name": "web", "dependencies": {"react": "^18.2.0"}})");
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("api"))));
    QVERIFY(makeFifo(dir.filePath(QStringLiteral("api/package.json"))));
    // A parent pom.xml that is a FIFO, below a module's pom.
    QDir().mkpath(dir.filePath(QStringLiteral("java/mod")));
    QVERIFY(makeFifo(dir.filePath(QStringLiteral("java/pom.xml"))));
    write(dir.filePath(QStringLiteral("java/mod/pom.xml")),
          "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>mod</artifactId><version>1</version></project>");
    const CliRun run = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--format"), QStringLiteral("json")}, 30000);
    QVERIFY2(run.code == 0 || run.code == 1, qPrintable(run.err));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QStringList errors;
    for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray())
        errors << e.toObject().value(QStringLiteral("file")).toString() + u' ' + e.toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(errors.join(u'\n').contains(QStringLiteral("api/package.json")) && errors.join(u'\n').contains(QStringLiteral("FIFO")),
             qPrintable(errors.join(u'\n')));
    QVERIFY(o.value(QStringLiteral("services")).toArray().size() >= 2); // web and java/mod still scanned
}

void TestHostile::adrImportStaysInsideTheFolder()
{
    QTemporaryDir dir;
    const QString adr = dir.filePath(QStringLiteral("adr"));
    write(adr + QStringLiteral("/0001-use-rust.md"), "# Use Rust\n\n## Context and Problem Statement\n\nFast.\n");
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), adr + QStringLiteral("/0002-passwd.md")));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), adr + QStringLiteral("/0003-zero.md")));
    QVERIFY(QFile::link(adr + QStringLiteral("/0001-use-rust.md"), adr + QStringLiteral("/0004-same.md")));
    QVERIFY(makeFifo(adr + QStringLiteral("/0005-fifo.md")));
    Madr::AdrImport import;
    InputError error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(Madr::readFolder(adr, &import, &error));
    QVERIFY(clock.elapsed() < 10000);
    QCOMPARE(import.records.decisions.size(), size_t(2)); // 0001 and the link to it inside the folder
    QStringList errors;
    for (const InputError &e : import.errors)
        errors << e.toString();
    const QString all = errors.join(u'\n');
    QCOMPARE(import.errors.size(), 3);
    QVERIFY2(all.contains(QStringLiteral("0002-passwd.md")) && all.contains(QStringLiteral("out of the folder")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("0003-zero.md")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("0005-fifo.md")) && all.contains(QStringLiteral("FIFO")), qPrintable(all));
    for (const DecisionRecord &d : import.records.decisions)
        QVERIFY(!d.context.contains(QStringLiteral("root:")));
}

void TestHostile::scannerSaysWhatItSkipped()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                  | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    write(dir.filePath(QStringLiteral("ok/package.json")), R"({"name": "ok"})");
    // A folder whose name is not UTF-8 (Latin-1 "café").
    const QByteArray bad = QFile::encodeName(dir.path()) + "/caf\xe9";
    QVERIFY(::mkdir(bad.constData(), 0755) == 0);
    {
        const QByteArray p = bad + "/package.json";
        FILE *f = std::fopen(p.constData(), "w");
        QVERIFY(f);
        std::fputs(R"({"name": "latin"})", f);
        std::fclose(f);
    }
    write(dir.filePath(QStringLiteral("locked/package.json")), R"({"name": "locked"})");
    QVERIFY(::chmod(QFile::encodeName(dir.filePath(QStringLiteral("locked"))).constData(), 0) == 0);

    // Root reads every folder: run the scan as an unprivileged user then.
    QStringList args{QStringLiteral("scan"), dir.path(), QStringLiteral("--format"), QStringLiteral("json")};
    QProcess p;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    const bool asRoot = ::geteuid() == 0;
    if (asRoot && setpriv.isEmpty())
        QSKIP("running as root without setpriv: an unreadable folder cannot be made");
    if (asRoot)
        p.start(setpriv, QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                     qEnvironmentVariable("ARCHBOARD_CLI")} + args);
    else
        p.start(qEnvironmentVariable("ARCHBOARD_CLI"), args);
    QVERIFY(p.waitForFinished(30000));
    ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("locked"))).constData(), 0755);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QStringList errors;
    for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray())
        errors << e.toObject().value(QStringLiteral("file")).toString() + u' ' + e.toObject().value(QStringLiteral("message")).toString();
    const QString all = errors.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("locked")) && all.contains(QStringLiteral("cannot be read")), qPrintable(all + p.readAllStandardError()));
    QVERIFY2(all.contains(QStringLiteral("caf\\xe9")) && all.contains(QStringLiteral("not UTF-8")), qPrintable(all));
    QCOMPARE(o.value(QStringLiteral("services")).toArray().size(), 1);
}

void TestHostile::importedTextOpensAgain_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("suffix");
    for (const char *suffix : {"archboard", "archboard.yaml"}) {
        for (const char *kind : {"scan", "madr", "cml"})
            QTest::newRow(qPrintable(QStringLiteral("%1 → .%2").arg(QLatin1StringView(kind), QLatin1StringView(suffix))))
                << QString::fromLatin1(kind) << QString::fromLatin1(suffix);
    }
}

void TestHostile::importedTextOpensAgain()
{
    QFETCH(QString, kind);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("board.") + suffix);
    CliRun run;
    if (kind == u"scan") {
        // git can store a folder name with a line break; package names can hold one too.
        write(dir.filePath(QStringLiteral("repo/line\nbreak/package.json")), R"({"name": "two\nlines", "dependencies": {"left-pad": "1.3.0"}})");
        run = cli({QStringLiteral("scan"), dir.filePath(QStringLiteral("repo")), QStringLiteral("--into"), ws});
        QVERIFY2(run.code == 0 || run.code == 1, qPrintable(run.err));
    } else if (kind == u"madr") {
        write(dir.filePath(QStringLiteral("adr/0001-x.md")),
              "---\nstatus: accepted\ndecision-makers: \"alice\\nbob\"\nconsulted: \"carol\\r\\ndave\"\n---\n\n# Pick \\\n\n## Context and Problem Statement\n\nWhy.\n");
        run = cli({QStringLiteral("import-adr"), dir.filePath(QStringLiteral("adr")), QStringLiteral("--into"), ws});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("line break replaced")), qPrintable(run.out));
    } else {
        write(dir.filePath(QStringLiteral("map.cml")),
              "ContextMap M { contains A, B\n A -> B }\nBoundedContext A { domainVisionStatement = \"one\ntwo\" }\nBoundedContext B\n");
        run = cli({QStringLiteral("import-cml"), dir.filePath(QStringLiteral("map.cml")), ws});
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
    InputError error;
    std::unique_ptr<Workspace> back = WorkspaceFile::load(ws, &error);
    QVERIFY2(back, qPrintable(error.toString()));
    // And in the other format too.
    const QString other = dir.filePath(suffix == u"archboard" ? QStringLiteral("other.archboard.yaml") : QStringLiteral("other.archboard"));
    QCOMPARE(cli({QStringLiteral("convert"), ws, other}).code, 0);
    QVERIFY2(WorkspaceFile::load(other, &error), qPrintable(error.toString()));
}

void TestHostile::editorsRefuseWhatCannotBeSaved()
{
    InputError loadError;
    Document doc(Sample::load(&loadError));
    QVERIFY(!doc.setValue(TableId::Candidates, 0, Schema::table(TableId::Candidates).nameField(), QStringLiteral("a\nb")));
    const int description = Schema::table(TableId::Workspace).fieldIndex("description");
    QVERIFY(description >= 0);
    QVERIFY(!doc.setValue(TableId::Workspace, 0, description, QString(2'000'000, u'x')));
    QVERIFY(doc.setValue(TableId::Workspace, 0, description, QStringLiteral("multi\nline\n")));
    QTemporaryDir dir;
    for (const char *name : {"a.archboard", "a.archboard.yaml"}) {
        QString error;
        QVERIFY2(WorkspaceFile::save(doc.workspace(), dir.filePath(QLatin1StringView(name)), &error), qPrintable(error));
        InputError readError;
        std::unique_ptr<Workspace> back = WorkspaceFile::load(dir.filePath(QLatin1StringView(name)), &readError);
        QVERIFY2(back, qPrintable(readError.toString()));
        QVERIFY(*back == doc.workspace());
    }
}

void TestHostile::oversizedTextIsNotWritten()
{
    InputError loadError;
    std::unique_ptr<Workspace> ws = Sample::load(&loadError);
    // Past the reader's 16 MB, and a line break where one line belongs: refused before anything is written.
    ws->info.description = QString(17'000'000, u'x');
    QTemporaryDir dir;
    for (const char *name : {"big.archboard", "big.archboard.yaml"}) {
        QString error;
        QVERIFY(!WorkspaceFile::save(*ws, dir.filePath(QLatin1StringView(name)), &error));
        QVERIFY2(error.contains(QStringLiteral("workspace.description")), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QLatin1StringView(name))));
    }
    ws->info.description.clear();
    ws->candidates[0].name = QStringLiteral("two\nlines");
    QString error;
    QVERIFY(!WorkspaceFile::save(*ws, dir.filePath(QStringLiteral("nl.archboard")), &error));
    QVERIFY2(error.contains(QStringLiteral("candidates[0].name")), qPrintable(error));
}

void TestHostile::truncatedYamlIsAnError()
{
    const QByteArray full = sampleYaml();
    QVERIFY(full.endsWith("# end of workspace\n"));
    YamlFormat format;
    QVERIFY(format.fromYaml(full));
    // Cut at every line boundary from the second section on: never a silent load.
    const QList<QByteArray> lines = full.split('\n');
    int cuts = 0;
    QByteArray prefix;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        prefix += lines[i] + '\n';
        if (i < 3 || i % 7 != 0)
            continue;
        ++cuts;
        QVERIFY2(!format.fromYaml(prefix), qPrintable(QStringLiteral("cut after line %1 loaded").arg(i + 1)));
        QVERIFY2(format.errorString().contains(QStringLiteral("ends early")) || format.errorString().contains(QStringLiteral("YAML")),
                 qPrintable(format.errorString()));
    }
    QVERIFY(cuts > 20);
    // The previous version's files: every section of their schema version is required.
    const QByteArray oldHeader = "# ArchBoard workspace. `archboard-cli validate FILE` checks it after hand edits.\n";
    QByteArray old = oldHeader + full.mid(full.indexOf('\n') + 1);
    old.chop(QByteArray("# end of workspace\n").size());
    QVERIFY2(format.fromYaml(old), qPrintable(format.errorString()));
    const QByteArray cutOld = old.left(old.indexOf("\nradar_history:") + 1);
    QVERIFY(!format.fromYaml(cutOld));
    QVERIFY2(format.errorString().contains(QStringLiteral("radar_history")), qPrintable(format.errorString()));
    // Hand-written files (no header) are read as before, whatever sections they have.
    const QByteArray hand = old.mid(oldHeader.size());
    QVERIFY2(format.fromYaml(hand.left(hand.indexOf("\nradar_history:") + 1)), qPrintable(format.errorString()));
}

void TestHostile::hugeOrdinalLoads()
{
    InputError loadError;
    std::unique_ptr<Workspace> ws = Sample::load(&loadError);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ord.archboard"));
    QString error;
    QVERIFY(WorkspaceFile::save(*ws, path, &error));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "UPDATE candidates SET ord = 9223372036854775807 WHERE ord = (SELECT max(ord) FROM candidates)", nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    InputError readError;
    std::unique_ptr<Workspace> back = WorkspaceFile::load(path, &readError);
    QVERIFY2(back, qPrintable(readError.toString()));
    QCOMPARE(back->candidates.size(), ws->candidates.size());
}

void TestHostile::openingReadsOnlyWhatIsThere()
{
    // Under a 1 GiB address-space limit a small workspace opens: nothing
    // reserves the 1 GiB file-size limit up front.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.archboard"));
    QCOMPARE(cli({QStringLiteral("sample"), path}).code, 0);
    QProcess p;
    Testing::limitMemory(p, 1024, true);
    p.start(qEnvironmentVariable("ARCHBOARD_CLI"), {QStringLiteral("validate"), path});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0 || p.exitCode() == 1, p.readAllStandardError().constData());
}

void TestHostile::hugeHorizonAndRunsAreBroughtIntoRange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.archboard.yaml"));
    QByteArray yaml = sampleYaml();
    const qsizetype horizon = yaml.indexOf("horizon_years: ");
    QVERIFY(horizon > 0);
    yaml.replace(horizon, yaml.indexOf('\n', horizon) - horizon, "horizon_years: 2000000000");
    const qsizetype runs = yaml.indexOf("monte_carlo_runs: ");
    QVERIFY(runs > 0);
    yaml.replace(runs, yaml.indexOf('\n', runs) - runs, "monte_carlo_runs: 2000000000");
    const qsizetype draws = yaml.indexOf("win_draws: ");
    QVERIFY(draws > 0);
    yaml.replace(draws, yaml.indexOf('\n', draws) - draws, "win_draws: 2000000000");
    write(path, yaml);
    QElapsedTimer clock;
    clock.start();
    CliRun run = cli({QStringLiteral("tco"), path}, 120000 * Testing::kSlowdown);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains(QStringLiteral("horizon_years")) && run.err.contains(QStringLiteral("read as 30")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("monte_carlo_runs")), qPrintable(run.err));
    // The win probabilities on the ranking draw win_draws samples per tier.
    run = cli({QStringLiteral("rank"), path}, 120000 * Testing::kSlowdown);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains(QStringLiteral("win_draws")) && run.err.contains(QStringLiteral("read as 100000")) && !run.err.contains(QStringLiteral("read as 1000000")), qPrintable(run.err));
    run = cli({QStringLiteral("report"), path}, 120000 * Testing::kSlowdown);
    QCOMPARE(run.code, 0);
    run = cli({QStringLiteral("validate"), path});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.out.contains(QStringLiteral("error: scenarios[0].horizon_years")), qPrintable(run.out));
}

void TestHostile::controlSequencesDoNotReachTheTerminal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("esc.archboard.yaml"));
    InputError loadError;
    std::unique_ptr<Workspace> ws = Sample::load(&loadError);
    const QString evil = QStringLiteral("Evil \x1b]0;owned\x07 \x1b[2J\u202e name\x9b");
    ws->info.name = evil;
    ws->candidates[0].name = evil;
    ws->tiers[0].name = QString(); // an empty name: a validation finding that quotes other names
    QString error;
    QVERIFY(WorkspaceFile::save(*ws, path, &error));
    for (const QStringList &args : {QStringList{QStringLiteral("validate"), path}, QStringList{QStringLiteral("report"), path, QStringLiteral("--format"), QStringLiteral("markdown")},
                                    QStringList{QStringLiteral("tco"), path}}) {
        const CliRun run = cli(args);
        QVERIFY2(run.code >= 0, qPrintable(run.err));
        for (const QString &stream : {run.out, run.err}) {
            QVERIFY2(!stream.contains(QChar(0x1b)) && !stream.contains(QChar(0x07)) && !stream.contains(QChar(0x202e)) && !stream.contains(QChar(0x9b)),
                     qPrintable(args.first()));
        }
        if (args.first() == u"report")
            QVERIFY2(run.out.contains(QStringLiteral("\\x1b")) && run.out.contains(QStringLiteral("owned\\x07")), qPrintable(run.out.left(400)));
    }
    // JSON output: the same names, as JSON's own escapes (a "\x9b" would make
    // the output invalid JSON), so a tool reads the value back unchanged.
    const QStringList jsonRuns[] = {{QStringLiteral("report"), path, QStringLiteral("--format"), QStringLiteral("json")},
                                    {QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")}};
    for (const QStringList &args : jsonRuns) {
        const CliRun run = cli(args);
        QVERIFY2(run.code >= 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x07)) && !run.out.contains(QChar(0x202e)) && !run.out.contains(QChar(0x9b)),
                 qPrintable(args.first()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(args.first() + QStringLiteral(": ") + parseError.errorString()));
        // The evil name is somewhere in the report, unchanged.
        std::function<bool(const QJsonValue &)> holds = [&](const QJsonValue &v) {
            if (v.isString())
                return v.toString().contains(evil);
            if (v.isArray()) {
                const QJsonArray a = v.toArray();
                return std::any_of(a.begin(), a.end(), [&](const QJsonValue &e) { return holds(e); });
            }
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                return std::any_of(o.begin(), o.end(), [&](const QJsonValue &e) { return holds(e); });
            }
            return false;
        };
        if (args.first() != u"report")
            continue; // validate's findings quote no names here: valid JSON is what it must keep
        QVERIFY2(holds(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array())), qPrintable(args.first()));
        QVERIFY2(run.out.contains(QStringLiteral("\\u202e")) && run.out.contains(QStringLiteral("\\u009b")), qPrintable(args.first()));
    }
}

void TestHostile::graphvizEscapesStayText()
{
    Diagram d;
    d.name = QStringLiteral("escapes");
    d.title = QStringLiteral("Title \\G");
    DiagramNode a;
    a.id = QStringLiteral("a");
    a.label = QStringLiteral("Name \\N");
    a.tooltip = QStringLiteral("Tip \\N \\E \\\\ end");
    DiagramNode b;
    b.id = QStringLiteral("b");
    b.label = QStringLiteral("B");
    d.nodes = {a, b};
    DiagramEdge e;
    e.from = QStringLiteral("a");
    e.to = QStringLiteral("b");
    e.label = QStringLiteral("edge \\T");
    e.tooltip = QStringLiteral("edge tip \\H");
    DiagramNode c; // Graphviz 2.43 wrote "-." unquoted and could not read it back (found by fuzz target dot)
    c.id = QStringLiteral("c");
    c.label = QStringLiteral("-.");
    d.nodes.append(c);
    d.edges = {e};
    const DotResult dot = Dot::build(d);
    QVERIFY2(dot.error.isEmpty(), qPrintable(dot.error));
    DiagramRenderer renderer;
    const RenderResult svg = renderer.renderBlocking(dot.dot, QStringLiteral("svg"));
    QVERIFY2(svg.ok, qPrintable(svg.error));
    const QString text = QString::fromUtf8(svg.output);
    QVERIFY2(text.contains(QStringLiteral(">Name \\N<")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("xlink:title=\"Tip \\N \\E \\\\ end\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(">edge \\T<")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("xlink:title=\"edge tip \\H\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(">Title \\G<")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("node-0<")) || text.contains(QStringLiteral("<title>node-0</title>")));
}

void TestHostile::cliWritersHonourTheLock()
{
    const QString helper = qEnvironmentVariable("ARCHBOARD_TESTHELPER");
    if (helper.isEmpty())
        QSKIP("ARCHBOARD_TESTHELPER not set (run through ctest)");
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("open.archboard"));
    QCOMPARE(cli({QStringLiteral("sample"), ws}).code, 0);
    const QString data = qEnvironmentVariable("ARCHBOARD_TESTDATA");
    // The GUI holds this lock while the file is open.
    QProcess holder;
    holder.start(helper, {QStringLiteral("hold-lock"), ws});
    QByteArray out;
    while (!out.contains("locked") && holder.waitForReadyRead(20000))
        out += holder.readAllStandardOutput();
    QVERIFY2(out.contains("locked"), out.constData());
    const QByteArray before = readAll(ws);
    const QList<QStringList> writers = {
        {QStringLiteral("decide"), ws, QStringLiteral("--tier"), QStringLiteral("tier-9999")},
        {QStringLiteral("scan"), data + QStringLiteral("/manifests/npm"), QStringLiteral("--into"), ws},
        {QStringLiteral("import-adr"), data + QStringLiteral("/adr/madr4"), QStringLiteral("--into"), ws},
        {QStringLiteral("export"), ws, QStringLiteral("--radar"), dir.filePath(QStringLiteral("r.json")), QStringLiteral("--record")},
        {QStringLiteral("convert"), dir.filePath(QStringLiteral("open.archboard")), ws},
        {QStringLiteral("sample"), ws},
        {QStringLiteral("import-cml"), data + QStringLiteral("/cml/insurance.cml"), ws},
    };
    for (const QStringList &args : writers) {
        const CliRun run = cli(args);
        QVERIFY2(run.code == 2, qPrintable(args.first() + u' ' + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("is open in archboard-testhelper")) && run.err.contains(QStringLiteral("--force")),
                 qPrintable(run.err));
        QCOMPARE(readAll(ws), before);
    }
    const CliRun forced = cli({QStringLiteral("decide"), ws, QStringLiteral("--tier"), QStringLiteral("tier-9999"), QStringLiteral("--force")});
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QVERIFY(readAll(ws) != before);
    holder.kill();
    holder.waitForFinished(10000);
    // A lock left by a dead process does not block.
    QCOMPARE(cli({QStringLiteral("decide"), ws, QStringLiteral("--tier"), QStringLiteral("tier-9999")}).code, 0);
}

void TestHostile::tomlBeyondAsciiOutsideStringsIsAnError()
{
    // Found by fuzz target Cargo.toml: toml++ 3.3 reached TOML_UNREACHABLE on U+048A in a table header.
    const Manifest bad = Manifests::parse(ManifestKind::CargoToml, QStringLiteral("Cargo.toml"),
                                          "[pa\xd2\x8a]\nname = \"x\"\n[package]\nname = \"x\"\nversion = \"1.0.0\"\n");
    QCOMPARE(bad.errors.size(), size_t(1));
    QCOMPARE(bad.errors.front().line, 1);
    QVERIFY2(bad.errors.front().message.contains(QStringLiteral("beyond ASCII")), qPrintable(bad.errors.front().message));
    // In strings and comments such characters are TOML, and read.
    const Manifest good = Manifests::parse(ManifestKind::CargoToml, QStringLiteral("Cargo.toml"),
                                           "# 注释\n[package]\nname = \"x\"\nversion = \"1.0.0\"\ndescription = \"\"\"多行\n文本\"\"\"\n"
                                           "authors = ['José']\n[dependencies]\nserde = \"1.0\"\n");
    QVERIFY2(good.errors.empty(), qPrintable(good.errors.empty() ? QString() : good.errors.front().message));
    QCOMPARE(good.dependencies.size(), size_t(1));
}

void TestHostile::cmlLoneCaretIsAnError()
{
    // Issue 18's caret.cml: "^" (Xtext's keyword escape) with no name after it
    // made an empty identifier that the attribute check indexed (null QString::at).
    for (const QByteArray &text : {QByteArray("BoundedContext A {\n  ^ }\n"), QByteArray("BoundedContext A {\n  ^"),
                                   QByteArray("ContextMap M {\n  contains ^ }\n")}) {
        CmlImport in;
        InputError error;
        QVERIFY2(!Cml::parse(text, &in, &error), text.constData());
        QCOMPARE(error.line, 2);
        QVERIFY2(error.message.contains(QStringLiteral("“^”")), qPrintable(error.message));
    }
    // The escape itself still works: ^Aggregate is a context named Aggregate.
    CmlImport in;
    InputError error;
    QVERIFY2(Cml::parse("ContextMap M {\n  contains ^Aggregate\n}\nBoundedContext ^Aggregate\n", &in, &error), qPrintable(error.toString()));
    QCOMPARE(in.contexts.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
