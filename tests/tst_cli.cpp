// archboard-cli as a user and CI run it: commands, outputs and exit codes
// (0 ok, 1 findings, 2 bad input or usage).
#include "cliprocess.h"
#include "cmlformat.h"
#include "generator.h"
#include "sample.h"
#include "schema.h"
#include "selection.h"
#include "winprobability.h"
#include "workspace.h"
#include "workspacefile.h"
#include "yamlformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ArchBoard;

namespace {

using Run = Testing::CliRun;
using Testing::cli;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void sampleWritesBothFormats();
    void convertRoundTrips();
    void validateReportsFindings();
    void validateRejectsBadInput();
    void reportJson();
    void reportMarkdownIsInert();
    void exportWritesDiagrams();
    void cmlImportAndExport();
    void tcoJson();
    void tcoOverridesAndErrors();
    void tcoTableCsvAndParameters();
    void reportHasEveryScenario();
    void rankShowsWinProbabilitiesAndAhp();
    void scanCountsRuntimesByTheirLine();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    QVERIFY(m_dir.isValid());
}

void TestCli::helpAndVersion()
{
    Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *command : {"sample OUT", "convert IN OUT", "validate WS", "report WS", "Exit codes"})
        QVERIFY2(r.out.contains(QLatin1StringView(command)), command);
    r = cli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("archboard-cli " ARCHBOARD_VERSION));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "no command";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("explode")} << "unknown command “explode”";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("sample without OUT") << QStringList{QStringLiteral("sample")} << "OUT";
    QTest::newRow("sample bad suffix") << QStringList{QStringLiteral("sample"), QStringLiteral("x.txt")} << ".archboard";
    QTest::newRow("convert one arg") << QStringList{QStringLiteral("convert"), QStringLiteral("a.archboard")} << "IN OUT";
    QTest::newRow("report bad format") << QStringList{QStringLiteral("report"), QStringLiteral("a.archboard"), QStringLiteral("--format"), QStringLiteral("xml")}
                                       << "json or markdown";
    QTest::newRow("validate bad format") << QStringList{QStringLiteral("validate"), QStringLiteral("a.archboard"), QStringLiteral("-f"), QStringLiteral("csv")}
                                         << "text or json";
    QTest::newRow("option of another command") << QStringList{QStringLiteral("scan"), QStringLiteral("."), QStringLiteral("--tier"), QStringLiteral("t1")}
                                               << "scan does not take --tier";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::sampleWritesBothFormats()
{
    const QString db = m_dir.filePath(QStringLiteral("sample.archboard"));
    const QString yaml = m_dir.filePath(QStringLiteral("sample.archboard.yaml"));
    QCOMPARE(cli({QStringLiteral("sample"), db}).code, 0);
    QCOMPARE(cli({QStringLiteral("sample"), yaml}).code, 0);
    QCOMPARE(readFile(yaml), Sample::yaml());
    InputError error;
    std::unique_ptr<Workspace> fromDb = WorkspaceFile::load(db, &error);
    QVERIFY2(fromDb, qPrintable(error.toString()));
    InputError sampleError;
    QVERIFY(*fromDb == *Sample::load(&sampleError));
}

void TestCli::convertRoundTrips()
{
    const QString yaml = m_dir.filePath(QStringLiteral("a.archboard.yaml"));
    const QString db = m_dir.filePath(QStringLiteral("b.archboard"));
    const QString yaml2 = m_dir.filePath(QStringLiteral("c.archboard.yaml"));
    writeFile(yaml, Sample::yaml());
    QCOMPARE(cli({QStringLiteral("convert"), yaml, db}).code, 0);
    QCOMPARE(cli({QStringLiteral("convert"), db, yaml2}).code, 0);
    QCOMPARE(readFile(yaml2), Sample::yaml());
    const Run missing = cli({QStringLiteral("convert"), m_dir.filePath(QStringLiteral("nope.archboard")), yaml2});
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("nope.archboard: the file does not exist")), qPrintable(missing.err));
}

void TestCli::validateReportsFindings()
{
    const QString clean = m_dir.filePath(QStringLiteral("clean.archboard.yaml"));
    writeFile(clean, Sample::yaml());
    Run r = cli({QStringLiteral("validate"), clean});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("no findings")));

    QByteArray broken = Sample::yaml();
    broken.replace("    language: go\n    data_format: avro", "    language: cobol\n    data_format: avro");
    broken.replace("    score: 3\n    comment: \"illustrative; §3.1: tokio::time::timeout\"", "    score: 9\n    comment: x");
    const QString bad = m_dir.filePath(QStringLiteral("broken.archboard.yaml"));
    writeFile(bad, broken);
    r = cli({QStringLiteral("validate"), bad});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("error: contexts[0].language: refers to an unknown candidate “cobol”")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("error: ratings[0].score")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("2 errors, 0 warnings")));

    r = cli({QStringLiteral("validate"), bad, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("ratings[0].score"));
}

void TestCli::validateRejectsBadInput()
{
    const QString bad = m_dir.filePath(QStringLiteral("syntax.archboard.yaml"));
    writeFile(bad, "archboard: 1\nworkspace:\n  name: [unclosed\n");
    Run r = cli({QStringLiteral("validate"), bad});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("syntax.archboard.yaml:3:9: expected a single value for “name”")), qPrintable(r.err));

    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.archboard"));
    writeFile(corrupt, QByteArray("SQLite format 3\0", 16) + QByteArray(2000, 'x'));
    r = cli({QStringLiteral("validate"), corrupt});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("corrupt.archboard: ")), qPrintable(r.err));
}

void TestCli::reportJson()
{
    const QString path = m_dir.filePath(QStringLiteral("report.archboard"));
    QCOMPARE(cli({QStringLiteral("sample"), path}).code, 0);
    const Run r = cli({QStringLiteral("report"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("contexts"), QStringLiteral("decisions"), QStringLiteral("fragmentation"),
                                QStringLiteral("selection"), QStringLiteral("tco"), QStringLiteral("workspace")}));
    QCOMPARE(o.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("schema_version")).toInt(), Schema::version);
    const QJsonObject selection = o.value(QStringLiteral("selection")).toObject();
    const QJsonArray tiers = selection.value(QStringLiteral("tiers")).toArray();
    QCOMPARE(tiers.size(), 3);
    QStringList winners;
    for (const QJsonValue &t : tiers)
        winners << t.toObject().value(QStringLiteral("winner")).toString();
    QCOMPARE(winners, (QStringList{QStringLiteral("rust"), QStringLiteral("typescript"), QStringLiteral("java")}));
    const QJsonObject first = tiers.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("tier")).toString(), QStringLiteral("tier-9999"));
    QCOMPARE(first.value(QStringLiteral("rule_recommendation")).toObject().value(QStringLiteral("candidate")).toString(), QStringLiteral("rust"));
    const QJsonObject top = first.value(QStringLiteral("ranking")).toArray().at(0).toObject();
    for (const char *key : {"candidate", "score", "contributions", "knocked_out", "failed_thresholds"})
        QVERIFY2(top.contains(QLatin1StringView(key)), key);
    QVERIFY(top.value(QStringLiteral("contributions")).toObject().value(QStringLiteral("cold-start")).isNull()); // missing, not 0
    const QJsonObject out = first.value(QStringLiteral("ranking")).toArray().at(1).toObject();
    QCOMPARE(out.value(QStringLiteral("knocked_out")).toBool(), true);
    QCOMPARE(out.value(QStringLiteral("failed_thresholds")).toArray().at(0).toObject().value(QStringLiteral("criterion")).toString(),
             QStringLiteral("memory-jitter"));
    const QJsonObject core = tiers.at(2).toObject();
    const QJsonObject sens = core.value(QStringLiteral("sensitivity")).toArray().at(0).toObject();
    for (const char *key : {"criterion", "weight", "flip_at_weight", "flips_to"})
        QVERIFY2(sens.contains(QLatin1StringView(key)), key);
    QCOMPARE(core.value(QStringLiteral("stability")).toString(), QStringLiteral("stable"));
    const QJsonArray recs = selection.value(QStringLiteral("recommendations")).toArray();
    QCOMPARE(recs.size(), 4);
    QCOMPARE(recs.at(0).toObject().value(QStringLiteral("context")).toString(), QStringLiteral("orders"));
    QCOMPARE(recs.at(0).toObject().value(QStringLiteral("disagrees_with_current")).toBool(), true);
    const QJsonObject contexts = o.value(QStringLiteral("contexts")).toObject();
    QCOMPARE(contexts.value(QStringLiteral("contexts")).toArray().size(), 4);
    const QJsonArray findings = contexts.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 4);
    const QJsonObject finding = findings.at(0).toObject();
    QCOMPARE(finding.value(QStringLiteral("kind")).toString(), QStringLiteral("format_without_acl"));
    QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QVERIFY(finding.value(QStringLiteral("elements")).toArray().contains(QStringLiteral("relation:orders-inventory")));
    QVERIFY(finding.value(QStringLiteral("message")).toString().contains(QStringLiteral("Avro")));
    const QJsonObject pc = contexts.value(QStringLiteral("protocol_consistency")).toObject();
    QCOMPARE(pc.value(QStringLiteral("value")).toDouble(), 40.0);
    QCOMPARE(pc.value(QStringLiteral("integrations")).toInt(), 5);
    QCOMPARE(pc.value(QStringLiteral("conforming")).toInt(), 2);
    const QJsonArray profiles = o.value(QStringLiteral("tco")).toObject().value(QStringLiteral("language_profiles")).toArray();
    QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("language_factor")).toDouble(), 1.8);
    QVERIFY(profiles.at(3).toObject().value(QStringLiteral("cold_start_mean_ms")).isNull()); // missing: null, never 0
    QCOMPARE(profiles.at(3).toObject().value(QStringLiteral("factor_is_estimate")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("decisions")).toObject().value(QStringLiteral("records")).toArray().size(), 1);
}

void TestCli::reportMarkdownIsInert()
{
    InputError error;
    Workspace ws = *Sample::load(&error);
    ws.candidates[0].name = QStringLiteral("<script>alert(1)</script> | [click](javascript:alert(2))");
    const QString path = m_dir.filePath(QStringLiteral("hostile.archboard.yaml"));
    writeFile(path, YamlFormat::toYaml(ws));
    const Run r = cli({QStringLiteral("report"), path, QStringLiteral("--format"), QStringLiteral("markdown")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("# Seed sample")));
    QVERIFY(r.out.contains(QStringLiteral("## Selection")));
    QVERIFY(!r.out.contains(QStringLiteral("<script>")));
    QVERIFY(r.out.contains(QStringLiteral("&lt;script&gt;")));
    // The candidate's row in the first tier's ranking.
    QString line;
    for (const QString &l : r.out.split(u'\n')) {
        if (l.startsWith(QStringLiteral("| 1 | &lt;script")))
            line = l;
    }
    // The pipe in the name is escaped, so the table keeps its 8 columns (win probability added).
    QCOMPARE(line.count(QStringLiteral(" | ")), 7);
    // No link can form: every bracket of user text is escaped.
    static const QRegularExpression bareBracket(QStringLiteral("(^|[^\\\\])[\\[\\]]"));
    QVERIFY2(line.contains(QStringLiteral("javascript")) && !bareBracket.match(line).hasMatch(), qPrintable(line));
}

void TestCli::exportWritesDiagrams()
{
    const QString ws = m_dir.filePath(QStringLiteral("diagrams.archboard.yaml"));
    writeFile(ws, Sample::yaml());
    const QString dir = m_dir.filePath(QStringLiteral("out/diagrams"));
    Run r = cli({QStringLiteral("export"), ws, QStringLiteral("--diagrams"), dir});
    QCOMPARE(r.code, 0);
    const QByteArray svg = readFile(dir + QStringLiteral("/decision-tree.svg"));
    QVERIFY2(svg.startsWith("<?xml") && svg.contains("<svg"), svg.left(200).constData());
    QVERIFY(svg.contains("TypeScript"));
    QVERIFY(r.out.contains(QStringLiteral("decision-tree.svg")));
    const QByteArray map = readFile(dir + QStringLiteral("/context-map.svg"));
    QVERIFY(map.contains("<svg") && map.contains("Orders (订单)") && map.contains("Kafka events · Avro"));
    QVERIFY(r.out.contains(QStringLiteral("context-map.svg")));
    // One build-pipeline diagram per TCO scenario, named from its id's slug.
    const QByteArray pipeline = readFile(dir + QStringLiteral("/build-pipeline-seed-baseline.svg"));
    QVERIFY(pipeline.contains("Language detection") && pipeline.contains("Rust build") && pipeline.contains("API gateway"));
    QVERIFY(QFile::exists(dir + QStringLiteral("/build-pipeline-whatif-rust-60.svg")));
    // The sample's shared lodash (4.17.21 and 4.18.0) as a drift graph.
    const QByteArray drift = readFile(dir + QStringLiteral("/dependency-drift.svg"));
    QVERIFY(drift.contains("lodash") && drift.contains("4.17.21"));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--diagrams"), dir, QStringLiteral("--format"), QStringLiteral("dot")});
    QCOMPARE(r.code, 0);
    QVERIFY(readFile(dir + QStringLiteral("/decision-tree.dot")).startsWith("digraph"));
    QVERIFY(readFile(dir + QStringLiteral("/context-map.dot")).startsWith("digraph"));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--diagrams"), dir, QStringLiteral("--format"), QStringLiteral("png")});
    QCOMPARE(r.code, 0);
    QVERIFY(readFile(dir + QStringLiteral("/decision-tree.png")).startsWith("\x89PNG"));
    QCOMPARE(cli({QStringLiteral("export"), ws}).code, 2);
    QCOMPARE(cli({QStringLiteral("export"), ws, QStringLiteral("--diagrams"), dir, QStringLiteral("-f"), QStringLiteral("gif")}).code, 2);
    writeFile(m_dir.filePath(QStringLiteral("a-file")), "x");
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--diagrams"), m_dir.filePath(QStringLiteral("a-file/sub"))});
    QCOMPARE(r.code, 2);
}

void TestCli::cmlImportAndExport()
{
    // import-cml: a new workspace, what was not imported on stdout, exit 0.
    const QString ws = m_dir.filePath(QStringLiteral("insurance.archboard"));
    Run r = cli({QStringLiteral("import-cml"), qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/cml/insurance.cml"), ws});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("6 bounded contexts, 7 relations")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("not imported: line 45: Domain InsuranceDomain")));
    r = cli({QStringLiteral("report"), ws, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject contexts = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("contexts")).toObject();
    QCOMPARE(contexts.value(QStringLiteral("relations")).toArray().size(), 7);

    // export-cml writes what import-cml reads back.
    const QString cml = m_dir.filePath(QStringLiteral("insurance-out.cml"));
    QCOMPARE(cli({QStringLiteral("export-cml"), ws, cml}).code, 0);
    QVERIFY(readFile(cml).contains("PrintingContext [U,OHS,PL]->[D,ACL] PolicyManagementContext"));
    // What CML cannot carry: one "note:" line per note of Cml::writeFile, as the GUI lists them.
    const QString sample = m_dir.filePath(QStringLiteral("sample-for-cml.archboard.yaml"));
    QCOMPARE(cli({QStringLiteral("sample"), sample}).code, 0);
    r = cli({QStringLiteral("export-cml"), sample, m_dir.filePath(QStringLiteral("sample.cml"))});
    QCOMPARE(r.code, 0);
    InputError loadError;
    std::unique_ptr<Workspace> sampleWs = WorkspaceFile::load(sample, &loadError);
    QVERIFY2(sampleWs, qPrintable(loadError.toString()));
    QStringList notes;
    Cml::write(*sampleWs, &notes);
    QStringList printed;
    for (const QString &note : notes)
        printed << QStringLiteral("note: ") + note;
    QCOMPARE(r.out.trimmed().split(u'\n'), printed);
    const QString again = m_dir.filePath(QStringLiteral("again.archboard.yaml"));
    QCOMPARE(cli({QStringLiteral("import-cml"), cml, again}).code, 0);

    // Bad input: exit 2 with file, line and column; nothing written.
    const QString broken = m_dir.filePath(QStringLiteral("broken.cml"));
    writeFile(broken, "ContextMap {\n  A [U,OHS->[D] B\n}\n");
    const QString notWritten = m_dir.filePath(QStringLiteral("not-written.archboard"));
    r = cli({QStringLiteral("import-cml"), broken, notWritten});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(broken + QStringLiteral(":2:")), qPrintable(r.err));
    QVERIFY(!QFile::exists(notWritten));
    QCOMPARE(cli({QStringLiteral("import-cml"), m_dir.filePath(QStringLiteral("missing.cml")), notWritten}).code, 2);
    QCOMPARE(cli({QStringLiteral("import-cml"), broken}).code, 2);
    QCOMPARE(cli({QStringLiteral("import-cml"), cml, m_dir.filePath(QStringLiteral("x.txt"))}).code, 2);
    QCOMPARE(cli({QStringLiteral("export-cml"), m_dir.filePath(QStringLiteral("missing.archboard")), cml}).code, 2);
    QCOMPARE(cli({QStringLiteral("export-cml"), ws, m_dir.filePath(QStringLiteral("no-such-dir/x.cml"))}).code, 2);
}

void TestCli::tcoJson()
{
    const QString ws = m_dir.filePath(QStringLiteral("tco.archboard.yaml"));
    writeFile(ws, Sample::yaml());
    Run r = cli({QStringLiteral("tco"), ws, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("seed-baseline")); // the baseline by default
    QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("aws-lambda-x86"));
    QCOMPARE(o.value(QStringLiteral("horizon_years")).toInt(), 3);
    for (const char *key : {"total_annual_usd", "monthly", "languages", "sensitivity", "uncertainty"})
        QVERIFY2(o.contains(QLatin1StringView(key)), key);
    const QJsonObject monthly = o.value(QStringLiteral("monthly")).toObject();
    QVERIFY(monthly.contains(QStringLiteral("compute_usd")) && monthly.contains(QStringLiteral("requests_usd")));
    const QJsonArray languages = o.value(QStringLiteral("languages")).toArray();
    QCOMPARE(languages.size(), 3);
    double sum = 0;
    for (const QJsonValue &v : languages) {
        const QJsonObject l = v.toObject();
        const QJsonObject lines = l.value(QStringLiteral("lines")).toObject();
        for (const char *key : {"platform_overhead_usd", "compute_usd", "requests_usd", "cold_start_usd", "ci_usd", "dependency_volume_usd", "monitoring_usd"})
            QVERIFY2(lines.contains(QLatin1StringView(key)), key);
        if (l.value(QStringLiteral("language")).toString() == u"python") {
            QCOMPARE(l.value(QStringLiteral("functions")).toDouble(), 50.0);
            QCOMPARE(lines.value(QStringLiteral("platform_overhead_usd")).toDouble(), 21600.0);
        }
        sum += l.value(QStringLiteral("total_annual_usd")).toDouble();
    }
    QVERIFY(std::abs(sum - o.value(QStringLiteral("total_annual_usd")).toDouble()) < 0.05);
    const QJsonArray sensitivity = o.value(QStringLiteral("sensitivity")).toArray();
    QVERIFY(!sensitivity.isEmpty());
    const QJsonObject top = sensitivity.first().toObject();
    QVERIFY(top.contains(QStringLiteral("parameter")) && top.contains(QStringLiteral("low_usd")) && top.contains(QStringLiteral("high_usd")));
    const QJsonObject u = o.value(QStringLiteral("uncertainty")).toObject();
    QVERIFY(u.value(QStringLiteral("p10_usd")).toDouble() < u.value(QStringLiteral("p90_usd")).toDouble());
    // Same seed, same figures; another seed, another P50.
    QCOMPARE(cli({QStringLiteral("tco"), ws, QStringLiteral("-f"), QStringLiteral("json")}).out, r.out);
    const QJsonObject other = QJsonDocument::fromJson(
        cli({QStringLiteral("tco"), ws, QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("--seed"), QStringLiteral("99")}).out.toUtf8()).object();
    QVERIFY(other.value(QStringLiteral("uncertainty")).toObject().value(QStringLiteral("p50_usd")) != u.value(QStringLiteral("p50_usd")));
}

void TestCli::tcoOverridesAndErrors()
{
    const QString ws = m_dir.filePath(QStringLiteral("tco-set.archboard.yaml"));
    writeFile(ws, Sample::yaml());
    const QByteArray before = readFile(ws);
    auto total = [&](const QStringList &extra) {
        const Run r = cli(QStringList{QStringLiteral("tco"), ws, QStringLiteral("-f"), QStringLiteral("json")} + extra);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("total_annual_usd")).toDouble();
    };
    const double base = total({});
    // The seed's what-if: 200 Python functions vs 60 Rust functions.
    const double python200 = total({QStringLiteral("--scenario"), QStringLiteral("whatif-python-200")});
    const double rust60 = total({QStringLiteral("--scenario"), QStringLiteral("What-if: 60 functions in Rust")}); // by name
    QVERIFY(python200 > base && rust60 < base);
    // Overrides change the figures for this run only.
    QVERIFY(total({QStringLiteral("--set"), QStringLiteral("functions.python=200"), QStringLiteral("--set"), QStringLiteral("functions.go=0"),
                   QStringLiteral("--set"), QStringLiteral("functions.rust=0")}) == python200);
    QVERIFY(total({QStringLiteral("--set"), QStringLiteral("memory_mb=2048")}) > base);
    QVERIFY(total({QStringLiteral("--set"), QStringLiteral("provider=aws-lambda-arm")}) < base);
    QVERIFY(total({QStringLiteral("--set"), QStringLiteral("free_tier=false")}) > base);
    QCOMPARE(readFile(ws), before);

    const struct
    {
        QStringList args;
        const char *message;
    } bad[] = {
        {{QStringLiteral("--set"), QStringLiteral("bogus=1")}, "unknown parameter “bogus”"},
        {{QStringLiteral("--set"), QStringLiteral("memory_mb=lots")}, "memory_mb: “lots” is not a number"},
        {{QStringLiteral("--set"), QStringLiteral("memory_mb")}, "expected PARAM=VALUE"},
        {{QStringLiteral("--set"), QStringLiteral("provider=ibm")}, "no provider “ibm”"},
        {{QStringLiteral("--set"), QStringLiteral("functions.cobol=3")}, "no candidate (language) “cobol”"},
        {{QStringLiteral("--scenario"), QStringLiteral("nope")}, "no scenario “nope”"},
        {{QStringLiteral("--format"), QStringLiteral("xml")}, "json, table or csv"},
        {{QStringLiteral("--runs"), QStringLiteral("5")}, "--runs 5"},
    };
    for (const auto &b : bad) {
        const Run r = cli(QStringList{QStringLiteral("tco"), ws} + b.args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QString::fromUtf8(b.message)), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(cli({QStringLiteral("tco"), m_dir.filePath(QStringLiteral("missing.archboard"))}).code, 2);
    QCOMPARE(cli({QStringLiteral("tco")}).code, 2);
}

void TestCli::tcoTableCsvAndParameters()
{
    const QString ws = m_dir.filePath(QStringLiteral("tco-table.archboard.yaml"));
    writeFile(ws, Sample::yaml());
    Run r = cli({QStringLiteral("tco"), ws});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("21600.00")) && r.out.contains(QStringLiteral("Total per year:")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Python: 842 ms ± 196, first byte 910 ms")));
    r = cli({QStringLiteral("tco"), ws, QStringLiteral("-f"), QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    // The cost model's one CSV (Tco::csv, the GUI's Export CSV): BOM, CRLF, sections.
    QVERIFY(r.outBytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(r.outBytes.mid(3)).split(QStringLiteral("\r\n"));
    const qsizetype header = rows.indexOf(QRegularExpression(QStringLiteral("^language,language_id,functions,platform_overhead_usd,.*")));
    QVERIFY(header > 0);
    QVERIFY(rows[header + 1].startsWith(QStringLiteral("Python,python,50,21600.00,"))); // three languages, then the total
    QVERIFY(rows[header + 4].startsWith(QStringLiteral("total,")));
    r = cli({QStringLiteral("tco"), ws, QStringLiteral("--list-parameters"), QStringLiteral("-f"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject p = v.toObject();
        names << p.value(QStringLiteral("name")).toString();
        if (p.value(QStringLiteral("name")).toString() == u"memory_mb") {
            QCOMPARE(p.value(QStringLiteral("unit")).toString(), QStringLiteral("MB"));
            QCOMPARE(p.value(QStringLiteral("value")).toDouble(), 512.0);
        }
    }
    for (const char *name : {"provider", "free_tier", "memory_mb", "duration_ms", "invocations_per_month", "functions.python",
                             "language_factor.rust", "base_platform_cost_usd", "horizon_years"})
        QVERIFY2(names.contains(QLatin1StringView(name)), name);
}

void TestCli::reportHasEveryScenario()
{
    const QString ws = m_dir.filePath(QStringLiteral("tco-report.archboard.yaml"));
    writeFile(ws, Sample::yaml());
    const Run r = cli({QStringLiteral("report"), ws});
    QCOMPARE(r.code, 0);
    const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tco")).toObject()
                                   .value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0].toObject().value(QStringLiteral("delta_to_baseline_usd")).toDouble(), 0.0);
    QVERIFY(results[1].toObject().value(QStringLiteral("delta_to_baseline_usd")).toDouble() > 0); // 200 Python functions
    QVERIFY(results[2].toObject().value(QStringLiteral("delta_to_baseline_usd")).toDouble() < 0); // 60 Rust functions
    const Run md = cli({QStringLiteral("report"), ws, QStringLiteral("-f"), QStringLiteral("markdown")});
    QVERIFY(md.out.contains(QStringLiteral("### Annual cost per scenario")));
}

void TestCli::rankShowsWinProbabilitiesAndAhp()
{
    // Pairwise comparisons for the transactional core (resilience over cold
    // start ×3 and over memory jitter ×5, cold start = memory jitter).
    Workspace ws = Testing::sampleWorkspace();
    ws.tierComparisons = {{QStringLiteral("tier-core"), QStringLiteral("resilience"), QStringLiteral("cold-start"), 3},
                          {QStringLiteral("tier-core"), QStringLiteral("resilience"), QStringLiteral("memory-jitter"), 5},
                          {QStringLiteral("tier-core"), QStringLiteral("cold-start"), QStringLiteral("memory-jitter"), 1}};
    const QString path = m_dir.filePath(QStringLiteral("rank.archboard.yaml"));
    writeFile(path, YamlFormat::toYaml(ws));
    const AhpResult ahp = Selection::ahp(ws, QStringLiteral("tier-core"));
    QVERIFY(ahp.complete());

    Run r = cli({QStringLiteral("rank"), path, QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("--draws"), QStringLiteral("2000"),
                 QStringLiteral("--seed"), QStringLiteral("9")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("draws")).toInt(), 2000);
    // The CLI's figures are the engine's for the same draws and seed.
    const WinProbabilities engine = Selection::winProbabilities(ws, 2000, 9, ws.info.weightBandPp);
    const QJsonArray tiers = o.value(QStringLiteral("tiers")).toArray();
    QCOMPARE(tiers.size(), 3);
    for (const QJsonValue &tv : tiers) {
        const QJsonObject t = tv.toObject();
        const TierWinProbability *p = engine.tier(t.value(QStringLiteral("tier")).toString());
        QVERIFY(p);
        for (const QJsonValue &cv : t.value(QStringLiteral("ranking")).toArray()) {
            const QJsonObject c = cv.toObject();
            QCOMPARE(c.value(QStringLiteral("win_probability")).toDouble(), p->probabilityOf(c.value(QStringLiteral("candidate")).toString()));
        }
    }
    QCOMPARE(tiers.at(0).toObject().value(QStringLiteral("stability")).toString(), QStringLiteral("uncontested"));
    const QJsonObject core = tiers.at(2).toObject().value(QStringLiteral("ahp")).toObject();
    QCOMPARE(core.value(QStringLiteral("consistency_ratio")).toDouble(), ahp.consistencyRatio);
    QCOMPARE(core.value(QStringLiteral("criteria")).toArray().size(), 3);
    QVERIFY(tiers.at(0).toObject().value(QStringLiteral("ahp")).isNull());

    // The table names the likeliest winner and the consistency ratio.
    r = cli({QStringLiteral("rank"), path, QStringLiteral("--tier"), QStringLiteral("tier-core")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("How sure: Java wins in")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("consistency ratio %1").arg(QString::number(ahp.consistencyRatio, 'f', 3))));
    QVERIFY(!r.out.contains(QStringLiteral("tier-fast")));
    QCOMPARE(cli({QStringLiteral("rank"), path, QStringLiteral("--draws"), QStringLiteral("5")}).code, 2);
    QCOMPARE(cli({QStringLiteral("rank"), path, QStringLiteral("--tier"), QStringLiteral("gold")}).code, 2);

    // report JSON and Markdown archive the same (the workspace's own draws and seed).
    r = cli({QStringLiteral("report"), path});
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject coreTier = report.value(QStringLiteral("selection")).toObject().value(QStringLiteral("tiers")).toArray().at(2).toObject();
    QCOMPARE(coreTier.value(QStringLiteral("win_probability")).toObject().value(QStringLiteral("draws")).toInt(), 10000);
    QCOMPARE(coreTier.value(QStringLiteral("ahp")).toObject().value(QStringLiteral("lambda_max")).toDouble(), ahp.lambdaMax);
    r = cli({QStringLiteral("report"), path, QStringLiteral("-f"), QStringLiteral("markdown")});
    QVERIFY(r.out.contains(QStringLiteral("Pairwise comparisons (AHP): consistency ratio %1").arg(QString::number(ahp.consistencyRatio, 'f', 3))));
    QVERIFY(r.out.contains(QStringLiteral("Win probability: 10000 draws (seed 1)")));
}

void TestCli::scanCountsRuntimesByTheirLine()
{
    // Issue 14, point 1: six services whose truth is three runtime versions —
    // Node 18 (">=18", "^18.17.0"), Python 3.11 (">=3.11", "~=3.11.2"), Rust
    // 1.70 ("1.70", "1.70.0"). The sample's thresholds: healthy up to 3.
    QTemporaryDir dir;
    const QString fixture = qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/runtimes");
    const QStringList manifests = {QStringLiteral("a/package.json"), QStringLiteral("b/package.json"), QStringLiteral("c/pyproject.toml"),
                                   QStringLiteral("d/pyproject.toml"), QStringLiteral("e/Cargo.toml"), QStringLiteral("f/Cargo.toml")};
    for (const QString &m : manifests) {
        QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(m)).path()));
        QVERIFY2(QFile::copy(fixture + u'/' + m, dir.filePath(m)), qPrintable(m));
    }
    const QRegularExpression heterogeneity(QStringLiteral("^\\s*stack_heterogeneity\\s+(\\d+) runtime versions\\s+(\\S+)\\s+(.*)$"),
                                           QRegularExpression::MultilineOption);
    Run r = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--fail-on"), QStringLiteral("warning")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QRegularExpressionMatch m = heterogeneity.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    QCOMPARE(m.captured(1), QStringLiteral("3"));
    QCOMPARE(m.captured(2), QStringLiteral("HEALTHY"));
    // The ranges are shown as written, beside the line they count for.
    QCOMPARE(m.captured(3).trimmed(), QStringLiteral("nodejs 18 (>=18, ^18.17.0), python 3.11 (>=3.11, ~=3.11.2), rust 1.70"));
    QVERIFY(r.out.contains(QStringLiteral("Gate passed (--fail-on warning).")));

    // b moves to Node 20: four runtime versions, a warning, and the gate fails with exit 1.
    writeFile(dir.filePath(QStringLiteral("b/package.json")), R"({"name": "b", "version": "1.0.0", "engines": {"node": "^20.10.0"}})");
    r = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--fail-on"), QStringLiteral("warning")});
    QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
    m = heterogeneity.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    QCOMPARE(m.captured(1), QStringLiteral("4"));
    QCOMPARE(m.captured(2), QStringLiteral("WARNING"));
    QVERIFY(m.captured(3).contains(QStringLiteral("nodejs 18 (>=18), nodejs 20 (^20.10.0)")));
    QVERIFY(r.out.contains(QStringLiteral("Gate failed: a metric is at or above warning.")));
    // The JSON says the same.
    r = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--fail-on"), QStringLiteral("high"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject stack = o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("stack_heterogeneity")).toObject();
    QCOMPARE(stack.value(QStringLiteral("value")).toDouble(), 4.0);
    QCOMPARE(stack.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    QCOMPARE(o.value(QStringLiteral("gate")).toObject().value(QStringLiteral("failed")).toBool(), false);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
