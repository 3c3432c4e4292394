// YAML interchange: lossless and byte-stable round trips, strict errors with
// line and column, and hostile input rejected fast with bounded memory.
#include "generator.h"
#include "sample.h"
#include "workspace.h"
#include "yamlformat.h"

#include "memorylimit.h"
#include "slowdown.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace ArchBoard;

namespace {

Workspace sample()
{
    return Testing::sampleWorkspace();
}

QByteArray minimal(const QByteArray &extra = {})
{
    return "archboard: 1\nworkspace:\n  name: Minimal\n  rating_aggregation: mean\n  disagreement_threshold: 2\n"
           "  fragile_threshold_pp: 10\n"
        + extra;
}

QByteArray repeat(const QByteArray &s, int n)
{
    QByteArray out;
    out.reserve(s.size() * n);
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

} // namespace

class TestYaml : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsLosslessAndByteStable_data();
    void roundTripIsLosslessAndByteStable();
    void bundledSampleIsCanonical();
    void trickyStrings_data();
    void trickyStrings();
    void numbersKeepTheirValue();
    void readsHandWrittenYaml();
    void errorsNameLineAndColumn_data();
    void errorsNameLineAndColumn();
    void hostileInputIsRejectedFast_data();
    void hostileInputIsRejectedFast();
    void hostileFilesStayWithinMemory_data();
    void hostileFilesStayWithinMemory();
};

void TestYaml::roundTripIsLosslessAndByteStable_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("hostile");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed-%u%s", seed, seed % 3 ? "-hostile" : "") << seed << bool(seed % 3);
}

void TestYaml::roundTripIsLosslessAndByteStable()
{
    QFETCH(quint32, seed);
    QFETCH(bool, hostile);
    Testing::GeneratorSpec spec;
    spec.hostileText = hostile;
    const Workspace ws = Testing::generateWorkspace(spec, seed);
    const QByteArray first = YamlFormat::toYaml(ws);
    YamlFormat format;
    std::unique_ptr<Workspace> back = format.fromYaml(first);
    QVERIFY2(back, qPrintable(format.errorString()));
    QVERIFY(*back == ws);
    QCOMPARE(YamlFormat::toYaml(*back), first);
}

void TestYaml::bundledSampleIsCanonical()
{
    const QByteArray bundled = Sample::yaml();
    QVERIFY(!bundled.isEmpty());
    QCOMPARE(YamlFormat::toYaml(sample()), bundled);
}

void TestYaml::trickyStrings_data()
{
    QTest::addColumn<QString>("text");
    const QStringList strings = {
        QString(), QStringLiteral(" "), QStringLiteral("a: b"), QStringLiteral("a:b"), QStringLiteral("#x"), QStringLiteral("x #y"),
        QStringLiteral("x# y"), QStringLiteral("- x"), QStringLiteral("-"), QStringLiteral("? x"), QStringLiteral("@x"),
        QStringLiteral("`x`"), QStringLiteral("'"), QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\\N \\G \\\\"),
        QStringLiteral("null"), QStringLiteral("Null"), QStringLiteral("~"), QStringLiteral("true"), QStringLiteral("No"),
        QStringLiteral("on"), QStringLiteral("1e3"), QStringLiteral("0x10"), QStringLiteral(".inf"), QStringLiteral("-.5"),
        QStringLiteral("+1"), QStringLiteral("---"), QStringLiteral("..."), QStringLiteral("%YAML"), QStringLiteral("&a"),
        QStringLiteral("*a"), QStringLiteral("!tag"), QStringLiteral("|"), QStringLiteral(">"), QStringLiteral("[a, b]"),
        QStringLiteral("{a: b}"), QStringLiteral("a, b"), QStringLiteral("订单服务：库存"), QStringLiteral("😀 emoji"),
        QStringLiteral("tab\tinside"), QStringLiteral("\ttab first"), QStringLiteral("line\u2028sep"), QStringLiteral("nel\u0085"),
        QStringLiteral("\uFEFFbom"), QStringLiteral("ctrl\x01\x1f\x7f"), QStringLiteral("trailing "), QStringLiteral(" leading"),
        QStringLiteral("<script>alert(1)</script>"), QStringLiteral("=")
    };
    for (const QString &s : strings)
        QTest::newRow(qPrintable(QStringLiteral("[%1]").arg(s.toHtmlEscaped().left(30)))) << s;
    const QStringList multiline = {
        QStringLiteral("a\nb"), QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n\n"), QStringLiteral("\nstarts"), QStringLiteral("a\n\n\nb"),
        QStringLiteral("  indented\nnext"), QStringLiteral("a\n  b\n    c"), QStringLiteral("trailing \nspace"), QStringLiteral("crlf\r\nx"),
        QStringLiteral("key: v\n- item\n# not a comment\n--- not a marker"), QStringLiteral("中文\n第二行"), QStringLiteral("\n"),
        QStringLiteral("\n\n"), QStringLiteral("   \n   "), QStringLiteral("a\n \nb"), QStringLiteral("tab\n\tline"),
    };
    for (const QString &s : multiline)
        QTest::newRow(qPrintable(QStringLiteral("multiline [%1]").arg(QString(s).replace(u'\n', QStringLiteral("⏎")).left(30)))) << s;
}

void TestYaml::trickyStrings()
{
    QFETCH(QString, text);
    Workspace ws = sample();
    if (!text.contains(u'\n'))
        ws.candidates[0].name = text;
    ws.candidates[0].notes = text;
    ws.decisions[0].context = text;
    const QByteArray yaml = YamlFormat::toYaml(ws);
    YamlFormat format;
    std::unique_ptr<Workspace> back = format.fromYaml(yaml);
    QVERIFY2(back, qPrintable(format.errorString() + QStringLiteral("\n") + QString::fromUtf8(yaml.mid(yaml.indexOf("candidates:"), 300))));
    QCOMPARE(back->candidates[0].name, ws.candidates[0].name);
    QCOMPARE(back->candidates[0].notes, text);
    QCOMPARE(back->decisions[0].context, text);
    QCOMPARE(YamlFormat::toYaml(*back), yaml);
}

void TestYaml::numbersKeepTheirValue()
{
    Workspace ws = sample();
    const double values[] = {0.1, 1.0 / 3.0, 0.0000166667, 1e-9, 123456789.125, 1e14, 99.99, 2.5e-7, 0.3};
    for (double v : values) {
        ws.measurements[1].value = v;
        ws.providers[0].pricePerGbSecond = v;
        YamlFormat format;
        std::unique_ptr<Workspace> back = format.fromYaml(YamlFormat::toYaml(ws));
        QVERIFY2(back, qPrintable(format.errorString()));
        QCOMPARE(back->measurements[1].value, std::optional<double>(v));
        QCOMPARE(back->providers[0].pricePerGbSecond, v);
    }
    QCOMPARE(Yaml::number(0.1), QByteArray("0.1"));
    QCOMPARE(Yaml::number(12000), QByteArray("12000"));
    QCOMPARE(Yaml::number(0.0000166667), QByteArray("0.0000166667"));
}

void TestYaml::readsHandWrittenYaml()
{
    const QByteArray text = R"(# hand-written
archboard: 1   # schema
workspace: {name: "Hand written", rating_aggregation: median, disagreement_threshold: 1.5, fragile_threshold_pp: 5}
candidates:
- id: rust
  name: 'Rust ''2024'''
  category: language
  shortlisted: True
  color: "#dea584"
  notes: >-
    folded
    text
- {id: go, name: Go, category: language, shortlisted: false}
criteria: []
measurements:
raters: []
)";
    YamlFormat format;
    std::unique_ptr<Workspace> ws = format.fromYaml(text);
    QVERIFY2(ws, qPrintable(format.errorString()));
    QCOMPARE(ws->info.name, QStringLiteral("Hand written"));
    QCOMPARE(ws->info.ratingAggregation, RatingAggregation::Median);
    QCOMPARE(ws->candidates.size(), size_t(2));
    QCOMPARE(ws->candidates[0].name, QStringLiteral("Rust '2024'"));
    QCOMPARE(ws->candidates[0].notes, QStringLiteral("folded text"));
    QVERIFY(ws->candidates[0].shortlisted);
    QVERIFY(!ws->candidates[1].shortlisted);
    QVERIFY(ws->candidates[1].color.isEmpty());
    QVERIFY(ws->measurements.empty());
}

void TestYaml::errorsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << 0 << 0 << "empty";
    QTest::newRow("comment only") << QByteArray("# nothing\n") << 0 << 0 << "empty";
    QTest::newRow("comma document") << QByteArray(",") << 1 << 1 << "not an ArchBoard workspace";
    QTest::newRow("a list at the top") << QByteArray("- a\n- b\n") << 1 << 1 << "not an ArchBoard workspace";
    QTest::newRow("foreign yaml") << QByteArray("apiVersion: v1\nkind: Pod\n") << 1 << 1 << "first key must be “archboard”";
    QTest::newRow("newer schema") << QByteArray("archboard: 8\n") << 1 << 12 << "newer ArchBoard (schema version 8";
    QTest::newRow("version not a number") << QByteArray("archboard: one\n") << 1 << 12 << "schema version number";
    QTest::newRow("no workspace section") << QByteArray("archboard: 1\ncandidates: []\n") << 0 << 0 << "“workspace” section is missing";
    QTest::newRow("unknown section") << minimal("widgets: []\n") << 7 << 1 << "unknown section “widgets”";
    QTest::newRow("section twice") << minimal("candidates: []\ncandidates: []\n") << 8 << 1 << "appears twice";
    QTest::newRow("unknown key") << minimal("candidates:\n  - id: rust\n    name: Rust\n    colour: red\n") << 10 << 5
                                 << "unknown key “colour” in candidates[0]";
    QTest::newRow("key twice") << minimal("raters:\n  - id: a\n    name: A\n    name: B\n") << 10 << 5 << "key “name” appears twice";
    QTest::newRow("missing key") << minimal("candidates:\n  - id: rust\n    name: Rust\n") << 8 << 5
                                 << "candidates[0] lacks the key “category”";
    QTest::newRow("unknown enum") << minimal("criteria:\n  - id: c\n    name: C\n    direction: up\n    kind: measured\n") << 10 << 16
                                  << "criteria[0].direction: “up” is not one of lower_is_better, higher_is_better";
    QTest::newRow("text for a number") << minimal("tiers:\n  - id: t\n    name: T\n    availability_pct: high\n") << 10 << 23
                                       << "tiers[0].availability_pct: “high” is not a number";
    QTest::newRow("quoted number") << minimal("raters: []\nratings:\n  - rater: a\n    candidate: b\n    criterion: c\n    score: \"3\"\n")
                                   << 12 << 12 << "ratings[0].score: “3” is not a whole number";
    QTest::newRow("fraction for a whole number") << minimal("ratings:\n  - rater: a\n    candidate: b\n    criterion: c\n    score: 2.5\n")
                                                 << 11 << 12 << "not a whole number";
    QTest::newRow("bad bool") << minimal("candidates:\n  - id: r\n    name: R\n    category: language\n    shortlisted: yes\n")
                              << 11 << 18 << "expected true or false, found “yes”";
    QTest::newRow("bad date") << minimal("decisions:\n  - id: d\n    number: 1\n    title: T\n    status: proposed\n    date: 26/11/2026\n")
                              << 12 << 11 << "is not a date";
    QTest::newRow("list for a value") << minimal("raters:\n  - id: [a, b]\n    name: A\n") << 8 << 9 << "expected a single value for “id”";
    QTest::newRow("map where a list belongs") << minimal("raters:\n  id: a\n") << 8 << 3 << "expected a list of rows for “raters”";
    QTest::newRow("scalar row") << minimal("raters:\n  - just text\n") << 8 << 5 << "expected a row (a mapping)";
    QTest::newRow("line break in a name") << minimal("raters:\n  - id: a\n    name: \"A\\nB\"\n") << 9 << 11 << "line break";
    QTest::newRow("unclosed quote") << minimal("raters:\n  - id: \"a\n    name: A\n") << 8 << 9 << "quoted string starts here and is never closed";
    QTest::newRow("bad indentation") << minimal("raters:\n  - id: a\n   name: A\n") << 8 << 5 << "raters[0] lacks the key “name”" /* yaml-cpp reads the line as a continuation */;
}

void TestYaml::errorsNameLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    YamlFormat format;
    std::unique_ptr<Workspace> ws = format.fromYaml(text);
    QVERIFY(!ws);
    const InputError &e = format.error();
    QVERIFY2(e.message.contains(message), qPrintable(QStringLiteral("message was: ") + e.message));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

void TestYaml::hostileInputIsRejectedFast_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("comma") << QByteArray(",") << "not an ArchBoard workspace";
    QTest::newRow("self-referencing alias") << QByteArray("&x [*x]") << "anchors";
    QTest::newRow("alias in a workspace") << minimal("candidates: *list\n") << "aliases";
    QByteArray laughs = "archboard: 1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const char prev = char(c - 1);
        laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [" + repeat(QByteArray("*") + prev + ",", 8) + "*" + prev + "]\n";
    }
    QTest::newRow("billion laughs") << laughs << "anchors";
    QTest::newRow("flow depth 1000") << (repeat("[", 1000) + repeat("]", 1000)) << "nesting deeper than";
    QByteArray block = "archboard: 1\n";
    for (int i = 0; i < 1000; ++i)
        block += QByteArray(i, ' ') + "a:\n";
    QTest::newRow("block depth 1000") << block << "nesting deeper than";
    QTest::newRow("sequence depth 1000") << (repeat("- ", 1000) + "x\n") << "nesting deeper than";
    QTest::newRow("map depth 1000") << (repeat("{a: ", 1000) + "b" + repeat("}", 1000)) << "nesting deeper than";
    QByteArray huge(100 * 1024 * 1024, 'a');
    QTest::newRow("100 MB") << huge << "too large";
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 2654435761u) >> 24);
    QTest::newRow("binary garbage") << garbage << "binary data";
    QTest::newRow("NUL byte") << QByteArray() << QString(); // built in the test: a literal would stop at the NUL
    QTest::newRow("invalid utf-8") << minimal("raters:\n  - id: \xff\xfe\n") << "invalid UTF-8";
    QTest::newRow("overlong utf-8") << minimal("raters:\n  - id: \xc0\xaf\n") << "invalid UTF-8";
    QTest::newRow("two documents") << (minimal() + "---\n" + minimal()) << "second YAML document";
    QTest::newRow("document end marker") << (minimal() + "...\n") << "document end marker";
    QTest::newRow("directive") << ("%YAML 1.2\n---\n" + minimal()) << "directives";
    QTest::newRow("tag") << minimal("raters: !!set {a, b}\n") << "tags";
    QTest::newRow("complex key") << minimal("? [a, b]\n: c\n") << "complex keys";
    QTest::newRow("many values") << ("archboard: 1\nx: [" + repeat("1,", 4'100'000) + "1]\n") << "more than";
}

void TestYaml::hostileInputIsRejectedFast()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    if (QByteArray(QTest::currentDataTag()) == "NUL byte") {
        text = minimal("raters: []\n");
        text.append('\0');
        text.append("x\n");
        message = QStringLiteral("binary data");
    }
    YamlFormat format;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Workspace> ws = format.fromYaml(text);
    const qint64 ms = timer.elapsed();
    QVERIFY(!ws);
    QVERIFY2(format.errorString().contains(message), qPrintable(QStringLiteral("error was: ") + format.errorString()));
    // A robustness bound (the issue asks for rejection within a second), far above the
    // few milliseconds these take; it catches loops and expansions, not slowness.
    QVERIFY2(ms < 1000 * Testing::kSlowdown, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
}

void TestYaml::hostileFilesStayWithinMemory_data()
{
    hostileInputIsRejectedFast_data();
}

void TestYaml::hostileFilesStayWithinMemory()
{
    // The CLI reads the file in a child process limited to 256 MB of data:
    // rejection must come from our checks (exit 2 with the expected message),
    // not from running out of memory.
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    if (QByteArray(QTest::currentDataTag()) == "NUL byte")
        message = QStringLiteral("binary data");
    const QString cli = qEnvironmentVariable("ARCHBOARD_CLI");
    if (cli.isEmpty())
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.archboard.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    if (QByteArray(QTest::currentDataTag()) == "NUL byte") {
        f.write(minimal("raters: []\n"));
        f.write("\0x\n", 3);
    } else {
        f.write(text);
    }
    f.close();
    QProcess p;
    Testing::limitMemory(p, 256, false);
    p.start(cli, {QStringLiteral("validate"), path});
    QVERIFY(p.waitForFinished(20000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(message) && err.contains(QStringLiteral("hostile.archboard.yaml")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestYaml)
#include "tst_yaml.moc"
