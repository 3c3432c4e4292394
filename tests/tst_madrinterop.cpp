// MADR folders as other tools write and read them (issue 12): a MADR 4 folder
// with YAML lists, record 0000, a record without status, real Markdown and
// neutral arguments imports without loss; exporting into it updates its files;
// log4brains and adr-tools read what we write.

#include "madrformat.h"
#include "madrtext.h"
#include "validation.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ArchBoard;

namespace {

QString testData(const QString &rel)
{
    return qEnvironmentVariable("ARCHBOARD_TESTDATA") + u'/' + rel;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool copyFolder(const QString &from, const QString &to)
{
    for (const QString &name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    }
    return true;
}

std::vector<DecisionOption> optionsOf(const Workspace &ws, const QString &id)
{
    std::vector<DecisionOption> out;
    std::copy_if(ws.decisionOptions.begin(), ws.decisionOptions.end(), std::back_inserter(out), [&](const DecisionOption &o) { return o.decision == id; });
    return out;
}

QStringList mdFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

/// The real-world fixture read and merged into an empty workspace.
Workspace importedRealWorld(const QString &dir, QStringList *notes = nullptr)
{
    Madr::AdrImport import;
    InputError error;
    if (!Madr::readFolder(dir, &import, &error) || !import.errors.isEmpty())
        return {};
    Workspace ws;
    ws.info.name = QStringLiteral("real world");
    QStringList mergeNotes;
    Madr::merge(&ws, import, &mergeNotes);
    if (notes)
        *notes = import.notes + mergeNotes;
    return ws;
}

bool runAdr(const QString &dir, const QStringList &args, QString *out)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("/usr/bin/adr"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return false;
    *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

} // namespace

class TestMadrInterop : public QObject
{
    Q_OBJECT

private slots:
    void realWorldImport();
    void exportIntoSourceFolder();
    void markdownKeptOnExport();
    void log4brainsStatusList();
    void adrToolsSupersession();
    void adrToolsGraphQuotes();
    void exportLeavesUnreadableFileAlone();
};

void TestMadrInterop::realWorldImport()
{
    QStringList notes;
    const Workspace ws = importedRealWorld(testData(QStringLiteral("adr/realworld")), &notes);
    QCOMPARE(ws.decisions.size(), size_t(4));
    // Numbers as in the folder, 0000 included: "ADR-0002" in a text still names record 0002.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(ws.decisions[size_t(i)].number, i);
    QVERIFY2(notes.filter(QStringLiteral("is taken")).isEmpty(), qPrintable(notes.join(u'\n')));
    const DecisionRecord &markdown = ws.decisions[0];
    // YAML lists in the front matter.
    QCOMPARE(markdown.decisionMakers, QStringLiteral("Ada Byron, Lin Wei"));
    QCOMPARE(markdown.consulted, QStringLiteral("SRE, Security"));
    QCOMPARE(markdown.informed, QString());
    QCOMPARE(markdown.status, DecisionStatus::Accepted);
    QCOMPARE(markdown.date, QDate(2025, 2, 3));
    // Markdown as written.
    QVERIFY2(markdown.context.contains(QStringLiteral("We lose track of *why* things were decided. See [the RFC](https://example.org/rfc/42?x=1&y=2)\n"
                                                      "and `docs/decisions/` for where they go.")),
             qPrintable(markdown.context));
    QVERIFY(markdown.context.contains(QStringLiteral("```sh\n# not a heading: a shell comment\nls docs/decisions\n```")));
    QCOMPARE(markdown.consequences, QStringLiteral("* Good, because reviews see decisions in pull requests\n* Bad, because people must learn the template"));
    // The chosen option matched loosely ("MADR 4" against "[MADR](…) 4"); the neutral argument kept.
    const std::vector<DecisionOption> options = optionsOf(ws, markdown.id);
    QCOMPARE(options.size(), size_t(3));
    QCOMPARE(options[0].name, QStringLiteral("[MADR](https://adr.github.io/madr/) 4"));
    QVERIFY(options[0].chosen);
    QVERIFY(!options[1].chosen && !options[2].chosen);
    QCOMPARE(options[0].pros, QStringLiteral("it is lean"));
    QCOMPARE(options[0].cons, QStringLiteral("it has many optional sections"));
    QVERIFY2(options[0].description.contains(QStringLiteral("Neutral, because it needs a folder convention")), qPrintable(options[0].description));
    // No status: not stated, and said so; never silently "proposed".
    const DecisionRecord &orders = ws.decisions[1];
    QCOMPARE(orders.status, DecisionStatus::Unstated);
    QVERIFY2(!notes.filter(QStringLiteral("0001-store-orders-in-postgres.md:1: no status")).isEmpty(), qPrintable(notes.join(u'\n')));
    const std::vector<DecisionOption> orderOptions = optionsOf(ws, orders.id);
    QCOMPARE(orderOptions.size(), size_t(2));
    QVERIFY(orderOptions[0].chosen); // "postgres" chose "Postgres"
    // "superseded by ADR-0003" resolved to the record numbered 3.
    QCOMPARE(ws.decisions[2].status, DecisionStatus::Superseded);
    QCOMPARE(ws.decisions[2].supersededBy, ws.decisions[3].id);
    QCOMPARE(ws.decisions[3].decisionMakers, QStringLiteral("Platform team"));
    QVERIFY(!notes.filter(QStringLiteral("index.md")).isEmpty());

    // What the importer accepted saves and opens again, number 0000 and "not stated" included.
    for (const ValidationFinding &f : validateWorkspace(ws))
        QVERIFY2(f.severity != ValidationFinding::Severity::Error, qPrintable(f.path() + u' ' + f.message));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.archboard"));
    QString saveError;
    QVERIFY2(WorkspaceFile::save(ws, path, &saveError), qPrintable(saveError));
    InputError loadError;
    const std::unique_ptr<Workspace> loaded = WorkspaceFile::load(path, &loadError);
    QVERIFY2(loaded, qPrintable(loadError.toString()));
    QCOMPARE(loaded->decisions.size(), size_t(4));
    QVERIFY(loaded->decisions == ws.decisions);
    QVERIFY(loaded->decisionOptions == ws.decisionOptions);
}

void TestMadrInterop::exportIntoSourceFolder()
{
    QTemporaryDir dir;
    QVERIFY(copyFolder(testData(QStringLiteral("adr/realworld")), dir.path()));
    const QStringList before = mdFiles(dir.path());
    const Workspace ws = importedRealWorld(dir.path());
    QCOMPARE(ws.decisions.size(), size_t(4));
    const Madr::ExportResult result = Madr::exportFolder(ws, dir.path(), Madr::Flavour::Madr4);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    // Every record updated its own file: no second copy beside it.
    QCOMPARE(result.updated.size(), 4);
    QCOMPARE(mdFiles(dir.path()), before);
    const QString markdown = readText(dir.filePath(QStringLiteral("0000-keep-decisions-as-markdown.md")));
    // What the workspace has no field for stays in the file.
    QVERIFY2(markdown.contains(QStringLiteral("parent: Decisions")), qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("nav_order: 0")));
    QVERIFY(markdown.contains(QStringLiteral("tags: [process, docs]")));
    QVERIFY(markdown.contains(QStringLiteral("* Neutral, because it needs a folder convention\n")));
    // The record without status still states none (no invented "proposed").
    const QString orders = readText(dir.filePath(QStringLiteral("0001-store-orders-in-postgres.md")));
    QVERIFY2(!orders.contains(QStringLiteral("status"), Qt::CaseInsensitive), qPrintable(orders));
    // Read again: the same records.
    const Workspace again = importedRealWorld(dir.path());
    QCOMPARE(again.decisions.size(), ws.decisions.size());
    for (size_t i = 0; i < ws.decisions.size(); ++i) {
        QCOMPARE(again.decisions[i].number, ws.decisions[i].number);
        QCOMPARE(again.decisions[i].status, ws.decisions[i].status);
        QCOMPARE(again.decisions[i].context, ws.decisions[i].context);
        QCOMPARE(again.decisions[i].consequences, ws.decisions[i].consequences);
        QCOMPARE(again.decisions[i].decisionMakers, ws.decisions[i].decisionMakers);
        QCOMPARE(again.decisions[i].consulted, ws.decisions[i].consulted);
        QCOMPARE(optionsOf(again, again.decisions[i].id).size(), optionsOf(ws, ws.decisions[i].id).size());
    }
    QCOMPARE(again.decisions[2].supersededBy, again.decisions[3].id);
    // A second export changes nothing.
    const QByteArray first = readText(dir.filePath(QStringLiteral("0000-keep-decisions-as-markdown.md"))).toUtf8();
    QVERIFY(Madr::exportFolder(again, dir.path(), Madr::Flavour::Madr4).error.isEmpty());
    QCOMPARE(readText(dir.filePath(QStringLiteral("0000-keep-decisions-as-markdown.md"))).toUtf8(), first);
}

void TestMadrInterop::markdownKeptOnExport()
{
    const Workspace ws = importedRealWorld(testData(QStringLiteral("adr/realworld")));
    QCOMPARE(ws.decisions.size(), size_t(4));
    for (Madr::Flavour flavour : {Madr::Flavour::Madr4, Madr::Flavour::AdrTools}) {
        const QString text = QString::fromUtf8(Madr::write(ws, ws.decisions[0], flavour));
        QVERIFY2(text.contains(QStringLiteral("See [the RFC](https://example.org/rfc/42?x=1&y=2)\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("*why*")));
        QVERIFY(text.contains(QStringLiteral("`docs/decisions/`")));
        QVERIFY(text.contains(QStringLiteral("* [MADR](https://adr.github.io/madr/) 4\n")));
        QVERIFY(!text.contains(QStringLiteral("\\[")));
        QVERIFY(!text.contains(QStringLiteral("&#32;")));
        QVERIFY(text.contains(QStringLiteral("# not a heading: a shell comment\n")));
    }
    // A hard line break (two trailing blanks) and a heading-like line in a multi-line field.
    Workspace one;
    DecisionRecord r;
    r.id = QStringLiteral("adr-1");
    r.number = 1;
    r.title = QStringLiteral("Break lines");
    r.status = DecisionStatus::Accepted;
    r.context = QStringLiteral("First line  \nsecond line\n\n* a list item\n  continued");
    one.decisions.push_back(r);
    const QString text = QString::fromUtf8(Madr::write(one, r, Madr::Flavour::Madr4));
    QVERIFY2(text.contains(QStringLiteral("First line  \nsecond line\n\n* a list item\n  continued\n")), qPrintable(text));
}

void TestMadrInterop::log4brainsStatusList()
{
    // log4brains reads status, date and deciders from the first list after the title, and the
    // text after "superseded by" as the successor's file name (slug); scripts/check-log4brains.sh
    // runs the real `log4brains build` on such a folder.
    const Workspace ws = importedRealWorld(testData(QStringLiteral("adr/realworld")));
    QCOMPARE(ws.decisions.size(), size_t(4));
    QTemporaryDir dir;
    for (Madr::Flavour flavour : {Madr::Flavour::Madr4, Madr::Flavour::AdrTools}) {
        const Madr::ExportResult result = Madr::exportFolder(ws, dir.path(), flavour);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QString redis = readText(dir.filePath(QStringLiteral("0002-cache-prices-in-redis.md")));
        const qsizetype title = redis.indexOf(QStringLiteral("# Cache prices in Redis\n\n"));
        QVERIFY2(title >= 0, qPrintable(redis));
        QVERIFY2(redis.mid(title).contains(QStringLiteral("# Cache prices in Redis\n\n- Status: superseded by [0003-cache-prices-in-the-service](0003-cache-prices-in-the-service.md)\n"
                                                          "- Date: 2025-03-10\n- Deciders: Platform team\n")),
                 qPrintable(redis));
        // No "---" line between the front matter's YAML and its end that Markdown reads as a heading underline.
        if (flavour == Madr::Flavour::Madr4)
            QVERIFY2(redis.contains(QStringLiteral("\n\n---\n\n# Cache prices in Redis")), qPrintable(redis));
        const QString accepted = readText(dir.filePath(QStringLiteral("0003-cache-prices-in-the-service.md")));
        QVERIFY2(accepted.contains(QStringLiteral("# Cache prices in the service\n\n- Status: accepted\n- Date: 2025-06-01\n")), qPrintable(accepted));
        QVERIFY(QDir(dir.path()).removeRecursively() && QDir().mkpath(dir.path()));
    }
}

void TestMadrInterop::adrToolsSupersession()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/adr")))
        QSKIP("adr-tools is not installed (/usr/bin/adr)");
    const Workspace ws = importedRealWorld(testData(QStringLiteral("adr/realworld")));
    QCOMPARE(ws.decisions.size(), size_t(4));
    QTemporaryDir dir;
    QVERIFY(Madr::exportFolder(ws, dir.path(), Madr::Flavour::AdrTools).error.isEmpty());
    // adr-tools sees our supersession: record 3 supersedes record 2.
    QString links;
    QVERIFY(runAdr(dir.path(), {QStringLiteral("generate"), QStringLiteral("graph")}, &links));
    QVERIFY2(links.contains(QStringLiteral("_3 -> _2 [label=\"Supersedes\", weight=0]")), qPrintable(links));
    // adr-tools sets supersession on our record: `adr new -s 3` marks record 3 superseded by the new one.
    QProcess p;
    p.setWorkingDirectory(dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EDITOR"), QStringLiteral("true"));
    env.insert(QStringLiteral("VISUAL"), QStringLiteral("true"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/usr/bin/adr"), {QStringLiteral("new"), QStringLiteral("-s"), QStringLiteral("3"), QStringLiteral("Cache prices at the edge")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    Madr::AdrImport import;
    InputError error;
    QVERIFY(Madr::readFolder(dir.path(), &import, &error));
    QVERIFY2(import.errors.isEmpty(), qPrintable(import.errors.isEmpty() ? QString() : import.errors.front().toString()));
    QCOMPARE(import.records.decisions.size(), size_t(5));
    const DecisionRecord &service = import.records.decisions[3];
    const DecisionRecord &edge = import.records.decisions[4];
    QCOMPARE(edge.title, QStringLiteral("Cache prices at the edge"));
    QCOMPARE(edge.number, 4);
    QCOMPARE(service.status, DecisionStatus::Superseded);
    QCOMPARE(service.supersededBy, edge.id);
}

void TestMadrInterop::adrToolsGraphQuotes()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/adr")) || !QFileInfo::exists(QStringLiteral("/usr/bin/dot")))
        QSKIP("adr-tools or Graphviz is not installed");
    Workspace ws;
    DecisionRecord r;
    r.id = QStringLiteral("adr-1");
    r.number = 1;
    r.title = QStringLiteral("Use \"Rust\" for the 99.99 % tier");
    r.status = DecisionStatus::Accepted;
    ws.decisions.push_back(r);
    QTemporaryDir dir;
    QVERIFY(Madr::exportFolder(ws, dir.path(), Madr::Flavour::AdrTools).error.isEmpty());
    QString graph;
    QVERIFY(runAdr(dir.path(), {QStringLiteral("generate"), QStringLiteral("graph")}, &graph));
    QProcess dot;
    dot.start(QStringLiteral("/usr/bin/dot"), {QStringLiteral("-Tsvg")});
    QVERIFY(dot.waitForStarted());
    dot.write(graph.toUtf8());
    dot.closeWriteChannel();
    QVERIFY(dot.waitForFinished(30000));
    QVERIFY2(dot.exitCode() == 0, qPrintable(QString::fromUtf8(dot.readAllStandardError()) + graph));
    // The title reads back as written.
    Madr::AdrImport import;
    InputError error;
    QVERIFY(Madr::readFolder(dir.path(), &import, &error));
    QCOMPARE(import.records.decisions.size(), size_t(1));
    QCOMPARE(import.records.decisions.front().title, r.title);
}

void TestMadrInterop::exportLeavesUnreadableFileAlone()
{
    // A file with a record's name that is no record (someone's notes) is never overwritten:
    // the record goes beside it, and the export says so.
    const Workspace ws = importedRealWorld(testData(QStringLiteral("adr/realworld")));
    QTemporaryDir dir;
    QVERIFY(Madr::exportFolder(ws, dir.path(), Madr::Flavour::Madr4).error.isEmpty());
    const QStringList names = QDir(dir.path()).entryList({QStringLiteral("0001-*.md")}, QDir::Files);
    QCOMPARE(names.size(), 1);
    const QString path = dir.filePath(names.front());
    QFile notes(path);
    QVERIFY(notes.open(QIODevice::WriteOnly | QIODevice::Truncate) && notes.write("not a record\n") == 13);
    notes.close();
    const Madr::ExportResult again = Madr::exportFolder(ws, dir.path(), Madr::Flavour::Madr4);
    QVERIFY(again.error.isEmpty());
    QCOMPARE(readText(path), QStringLiteral("not a record\n"));
    QVERIFY2(again.notes.join(u'\n').contains(path + QStringLiteral(": cannot be read as a record; left alone")), qPrintable(again.notes.join(u'\n')));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("0001-*.md")}, QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestMadrInterop)
#include "tst_madrinterop.moc"
