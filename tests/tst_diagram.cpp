// Diagram machinery: DOT built through cgraph with every user text escaped,
// rendering in a helper process (time limit, crash containment, cache), and
// the decision-tree diagram with its highlighted path.
#include "contextmap.h"
#include "diagram.h"
#include "diagramrenderer.h"
#include "dotbuilder.h"
#include "generator.h"
#include "selection.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <tuple>

using namespace ArchBoard;

namespace {

/// Every text node of an SVG document, in order.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            out << xml.readElementText();
    }
    return out;
}

DiagramRenderer *renderer(QObject *parent)
{
    auto *r = new DiagramRenderer(parent);
    r->setHelper(qEnvironmentVariable("ARCHBOARD_RENDER"));
    return r;
}

const DiagramEdge *edge(const Diagram &d, const QString &from, const QString &to)
{
    for (const DiagramEdge &e : d.edges) {
        if (e.from == from && e.to == to)
            return &e;
    }
    return nullptr;
}

const DiagramNode *node(const Diagram &d, const QString &id)
{
    for (const DiagramNode &n : d.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

} // namespace

class TestDiagram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void escapeText_data();
    void escapeText();
    void hostileLabelsAppearVerbatim_data();
    void hostileLabelsAppearVerbatim();
    void dotIsAcceptedWithoutWarnings();
    void sizeIsBounded();
    void largeGraphsGetABoundedLayout();
    void malformedDotGetsGraphvizMessage();
    void timeoutStopsTheRenderer();
    void crashIsContained();
    void asyncRenderCancelAndCache();
    void decisionTreeFollowsTheRules();
    void decisionTreeHighlightsAContextsPath();
};

void TestDiagram::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_RENDER"))
        QSKIP("ARCHBOARD_RENDER not set (run through ctest)");
}

void TestDiagram::escapeText_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "Orders (订单)" << "Orders (订单)";
    QTest::newRow("node-name escape") << "\\N" << "\\\\N";
    QTest::newRow("all escapes") << "\\G\\E\\T\\H\\L\\l\\r" << "\\\\G\\\\E\\\\T\\\\H\\\\L\\\\l\\\\r";
    QTest::newRow("line break") << "a\nb" << "a\\nb";
    QTest::newRow("control characters dropped") << QStringLiteral("a\x01\x1b[31mb\u202Ec") << "a[31mbc";
    QTest::newRow("quotes stay (cgraph quotes them)") << "say \"hi\"" << "say \"hi\"";
    QTest::newRow("entities stay text") << "&lt; & &#65;" << "&amp;lt; &amp; &amp;#65;";
}

void TestDiagram::escapeText()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Dot::escapeText(in), out);
    QCOMPARE(Dot::escapeText(QString(500, u'x'), 10), QString(9, u'x') + QStringLiteral("…"));
}

void TestDiagram::hostileLabelsAppearVerbatim_data()
{
    QTest::addColumn<QString>("label");
    const QStringList labels = {
        QStringLiteral("\"quoted\" and 'single'"), QStringLiteral("back\\slash \\N \\G \\E \\T \\H \\L"),
        QStringLiteral("<script>alert(1)</script>"), QStringLiteral("{record|fields}<port>"),
        QStringLiteral("&amp; &lt; &#x41; ]]>"), QStringLiteral("javascript:alert(1)"), QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("订单 → 库存 ≥ 99.99 %"), QStringLiteral("trailing backslash \\"), QStringLiteral("-> -- ; digraph { }"),
    };
    QRandomGenerator rng(7);
    for (const QString &l : labels)
        QTest::newRow(qPrintable(l.toHtmlEscaped())) << l;
    // And random mixtures of the dangerous characters.
    const QString alphabet = QStringLiteral("\"\\<>{}|&;:/NGETHLlr ab订");
    for (int i = 0; i < 8; ++i) {
        QString s;
        for (int k = 0; k < 24; ++k)
            s += alphabet.at(int(rng.bounded(quint32(alphabet.size()))));
        QTest::newRow(qPrintable(QStringLiteral("random-%1").arg(i))) << s.trimmed();
    }
}

void TestDiagram::hostileLabelsAppearVerbatim()
{
    QFETCH(QString, label);
    Diagram d;
    d.title = label;
    d.nodes.append({QStringLiteral("a"), label, label, NodeShape::Box, {}, {}, {}, false, {}, QStringLiteral("context:a")});
    d.nodes.append({QStringLiteral("b"), QStringLiteral("B"), {}, NodeShape::Ellipse, {}, {}, {}, false, {}, {}});
    d.edges.append({QStringLiteral("a"), QStringLiteral("b"), label, label, {}, false, false, {}});
    const DotResult dot = Dot::build(d);
    QVERIFY2(dot.error.isEmpty(), qPrintable(dot.error));
    QCOMPARE(dot.elements.value(QStringLiteral("node-0")), QStringLiteral("context:a"));
    DiagramRenderer *r = renderer(this);
    const RenderResult svg = r->renderBlocking(dot.dot, QStringLiteral("svg"));
    QVERIFY2(svg.ok, qPrintable(svg.error));
    const QStringList texts = svgTexts(svg.output);
    // Node label, edge label and graph title: each appears exactly as typed.
    QVERIFY2(texts.count(label) >= 3, qPrintable(texts.join(QStringLiteral(" ‖ "))));
    QVERIFY(!svg.output.contains("<script"));
    QVERIFY(!svg.output.contains("<image"));
    QVERIFY(!svg.output.contains("<img"));
    QVERIFY(!svg.output.contains("xlink:href=\"javascript"));

    // The same text as a bounded context's name and team, and on a relation, in the context map.
    Workspace ws = Testing::sampleWorkspace();
    ws.contexts[0].name = label;
    ws.contexts[0].team = label;
    ws.contexts[1].team = label;
    ws.relations[0].description = label;
    const Diagram map = ContextMap::diagram(ws, ContextMap::analyse(ws, Selection::compute(ws)), ContextMap::Grouping::Team);
    const RenderResult mapSvg = r->renderBlocking(Dot::build(map).dot, QStringLiteral("svg"));
    QVERIFY2(mapSvg.ok, qPrintable(mapSvg.error));
    const QStringList mapTexts = svgTexts(mapSvg.output);
    QVERIFY2(mapTexts.contains(label), qPrintable(mapTexts.join(QStringLiteral(" ‖ "))));
    QVERIFY2(mapTexts.contains(QStringLiteral("Team ") + label), qPrintable(mapTexts.join(QStringLiteral(" ‖ "))));
    QVERIFY(!mapSvg.output.contains("<script") && !mapSvg.output.contains("<image") && !mapSvg.output.contains("href=\"javascript"));
    QVERIFY(!svg.output.contains("href=\"javascript"));
}

void TestDiagram::dotIsAcceptedWithoutWarnings()
{
    const QString dotTool = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dotTool.isEmpty())
        QSKIP("Graphviz's dot is not installed");
    Testing::GeneratorSpec spec;
    spec.hostileText = true;
    const Workspace ws = Testing::generateWorkspace(spec, 3);
    const Workspace sample = Testing::sampleWorkspace();
    Workspace teams = ws; // hostile team names become cluster labels
    for (size_t i = 0; i < teams.contexts.size(); ++i)
        teams.contexts[i].team = teams.contexts[i].name;
    const QList<Diagram> diagrams = {
        Diagrams::decisionTree(ws), Diagrams::decisionTree(sample, QStringLiteral("orders")),
        ContextMap::diagram(sample, ContextMap::analyse(sample, Selection::compute(sample)), ContextMap::Grouping::DomainType),
        ContextMap::diagram(ws, ContextMap::analyse(ws, Selection::compute(ws)), ContextMap::Grouping::Team),
        ContextMap::diagram(teams, ContextMap::analyse(teams, Selection::compute(teams)), ContextMap::Grouping::Team,
                            {QStringLiteral("context:") + teams.contexts[0].id})};
    for (const Diagram &d : diagrams) {
        const DotResult dot = Dot::build(d);
        QVERIFY2(dot.error.isEmpty(), qPrintable(dot.error));
        QProcess p;
        p.start(dotTool, {QStringLiteral("-Tsvg")});
        p.write(dot.dot);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray warnings = p.readAllStandardError();
        QVERIFY2(warnings.isEmpty(), warnings.constData());
    }
}

void TestDiagram::sizeIsBounded()
{
    Diagram d;
    for (int i = 0; i < 51; ++i)
        d.nodes.append({QStringLiteral("n%1").arg(i), QStringLiteral("N"), {}, NodeShape::Box, {}, {}, {}, false, {}, {}});
    DotLimits limits;
    limits.maxNodes = 50;
    DotResult r = Dot::build(d, limits);
    QVERIFY(r.dot.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("51 nodes")) && r.error.contains(QStringLiteral("50")), qPrintable(r.error));
    d.nodes.removeLast();
    d.edges.append({QStringLiteral("n0"), QStringLiteral("ghost"), {}, {}, {}, false, false, {}});
    r = Dot::build(d, limits);
    QVERIFY(r.error.contains(QStringLiteral("ghost")));
}

void TestDiagram::largeGraphsGetABoundedLayout()
{
    // A context map of 500 contexts grouped by team: clustered, so newrank; past 300 edges
    // the layout is capped, past 600 it is force-directed. Each renders without errors.
    for (const auto &[relations, layout, attribute] : {std::tuple{120, DotLayout::Capped, "nslimit"},
                                                       std::tuple{400, DotLayout::Capped, "nslimit"},
                                                       std::tuple{900, DotLayout::ForceDirected, "sfdp"}}) {
        Testing::GeneratorSpec spec = Testing::largeSpec();
        spec.relations = relations;
        const Workspace ws = Testing::generateWorkspace(spec, 42);
        const DotResult dot = Dot::build(ContextMap::diagram(ws, ContextMap::analyse(ws, Selection::compute(ws))));
        QVERIFY2(dot.error.isEmpty(), qPrintable(dot.error));
        QCOMPARE(dot.layout, layout);
        QVERIFY(dot.dot.contains(attribute));
        QVERIFY(dot.dot.contains("newrank"));
        const RenderResult svg = renderer(this)->renderBlocking(dot.dot, QStringLiteral("svg"));
        QVERIFY2(svg.ok, qPrintable(svg.error.left(2000)));
        QVERIFY2(!svg.warnings.contains(QStringLiteral("Error")), qPrintable(svg.warnings.left(2000)));
        QCOMPARE(svg.output.count("class=\"node\""), qsizetype(500));
    }
    // Small diagrams keep dot's full layout.
    QCOMPARE(Dot::build(Diagrams::decisionTree(Testing::sampleWorkspace())).layout, DotLayout::Layered);
}

void TestDiagram::malformedDotGetsGraphvizMessage()
{
    DiagramRenderer *r = renderer(this);
    const RenderResult result = r->renderBlocking("digraph { a -> ", QStringLiteral("svg"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("syntax error"), Qt::CaseInsensitive), qPrintable(result.error));
    QCOMPARE(r->cacheSize(), 0);
}

void TestDiagram::timeoutStopsTheRenderer()
{
    DiagramRenderer r;
    r.setHelper(qEnvironmentVariable("ARCHBOARD_TESTHELPER"), {QStringLiteral("render-hang")});
    r.setTimeout(300);
    QElapsedTimer clock;
    clock.start();
    RenderResult result = r.renderBlocking("digraph { a }", QStringLiteral("svg"));
    QVERIFY(!result.ok);
    QVERIFY(result.timedOut);
    QVERIFY(result.error.contains(QStringLiteral("longer than")));
    QVERIFY(clock.elapsed() < 10000);

    bool called = false;
    r.render("digraph { b }", QStringLiteral("svg"), this, [&](const RenderResult &res) {
        called = true;
        result = res;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QVERIFY(result.timedOut);
}

void TestDiagram::crashIsContained()
{
    DiagramRenderer r;
    r.setHelper(qEnvironmentVariable("ARCHBOARD_TESTHELPER"), {QStringLiteral("render-crash")});
    const RenderResult result = r.renderBlocking("digraph { a }", QStringLiteral("svg"));
    QVERIFY(!result.ok);
    QVERIFY(result.crashed);
    QVERIFY2(result.error.contains(QStringLiteral("crashed")), qPrintable(result.error));
    // This process carries on, and so does a working renderer.
    const RenderResult good = renderer(this)->renderBlocking("digraph { a -> b }", QStringLiteral("svg"));
    QVERIFY(good.ok);
}

void TestDiagram::asyncRenderCancelAndCache()
{
    DiagramRenderer *r = renderer(this);
    const QByteArray dot = Dot::build(Diagrams::decisionTree(Testing::sampleWorkspace())).dot;
    RenderResult first;
    bool done = false;
    r->render(dot, QStringLiteral("svg"), this, [&](const RenderResult &res) {
        first = res;
        done = true;
    });
    QVERIFY(!done); // never synchronous
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(!first.cached);
    QVERIFY(first.output.startsWith("<?xml"));

    done = false;
    RenderResult second;
    r->render(dot, QStringLiteral("svg"), this, [&](const RenderResult &res) {
        second = res;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(second.cached);
    QCOMPARE(second.output, first.output);

    bool cancelledCalled = false;
    const quint64 job = r->render(dot + "\n", QStringLiteral("png"), this, [&](const RenderResult &) { cancelledCalled = true; });
    r->cancel(job);
    QTest::qWait(300);
    QVERIFY(!cancelledCalled);
}

void TestDiagram::decisionTreeFollowsTheRules()
{
    // Sample: availability ≥ 99.99 % → Rust; delivery < 2 weeks (the article's ‹2周) → TypeScript; otherwise Java.
    const Diagram d = Diagrams::decisionTree(Testing::sampleWorkspace());
    QVERIFY(node(d, QStringLiteral("rule-0")));
    QCOMPARE(node(d, QStringLiteral("rule-0"))->shape, NodeShape::Diamond);
    QVERIFY(node(d, QStringLiteral("rule-0"))->label.contains(QStringLiteral("Availability target (%) ≥ 99.99")));
    QVERIFY2(node(d, QStringLiteral("rule-1"))->label.contains(QStringLiteral("Delivery cycle (weeks) < 2")), qPrintable(node(d, QStringLiteral("rule-1"))->label));
    QCOMPARE(node(d, QStringLiteral("leaf-0"))->label, QStringLiteral("Rust"));
    QCOMPARE(node(d, QStringLiteral("leaf-0"))->fillColor, QStringLiteral("#dea584"));
    QCOMPARE(node(d, QStringLiteral("leaf-1"))->label, QStringLiteral("TypeScript"));
    QCOMPARE(node(d, QStringLiteral("leaf-2"))->label, QStringLiteral("Java"));
    QCOMPARE(edge(d, QStringLiteral("rule-0"), QStringLiteral("leaf-0"))->label, QStringLiteral("yes"));
    QCOMPARE(edge(d, QStringLiteral("rule-0"), QStringLiteral("rule-1"))->label, QStringLiteral("no"));
    QCOMPARE(edge(d, QStringLiteral("rule-1"), QStringLiteral("leaf-2"))->label, QStringLiteral("otherwise"));
    QVERIFY(!node(d, QStringLiteral("none"))); // the unconditional rule ends the tree
    for (const DiagramEdge &e : d.edges)
        QVERIFY(!e.bold); // nothing highlighted without a subject
}

void TestDiagram::decisionTreeHighlightsAContextsPath()
{
    const Workspace ws = Testing::sampleWorkspace();
    // Orders has no tier: both questions are unknown, the rules fall through to Java.
    Diagram d = Diagrams::decisionTree(ws, QStringLiteral("orders"));
    QCOMPARE(node(d, QStringLiteral("start"))->label, QStringLiteral("Orders (订单)"));
    QVERIFY(edge(d, QStringLiteral("start"), QStringLiteral("rule-0"))->bold);
    QVERIFY(edge(d, QStringLiteral("rule-0"), QStringLiteral("rule-1"))->bold);
    QVERIFY(edge(d, QStringLiteral("rule-1"), QStringLiteral("leaf-2"))->bold);
    QVERIFY(!edge(d, QStringLiteral("rule-0"), QStringLiteral("leaf-0"))->bold);
    QVERIFY(node(d, QStringLiteral("leaf-2"))->bold);
    QVERIFY(node(d, QStringLiteral("rule-0"))->tooltip.contains(QStringLiteral("unknown")));
    // Inventory (99.99 % tier) takes the first "yes".
    d = Diagrams::decisionTree(ws, QStringLiteral("inventory"));
    QVERIFY(edge(d, QStringLiteral("rule-0"), QStringLiteral("leaf-0"))->bold);
    QVERIFY(node(d, QStringLiteral("leaf-0"))->bold);
    QVERIFY(!edge(d, QStringLiteral("rule-0"), QStringLiteral("rule-1"))->bold);
    QVERIFY(!node(d, QStringLiteral("rule-1"))->bold);
    // A tier as the subject: the 2-week tier ends at TypeScript.
    d = Diagrams::decisionTree(ws, {}, QStringLiteral("tier-fast"));
    QVERIFY(edge(d, QStringLiteral("rule-1"), QStringLiteral("leaf-1"))->bold);
    QVERIFY(node(d, QStringLiteral("leaf-1"))->bold);
}

QTEST_GUILESS_MAIN(TestDiagram)
#include "tst_diagram.moc"
