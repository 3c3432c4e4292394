// The bounded-context map: each finding kind on a minimal model, protocol
// consistency, the map diagram, and Context Mapper (CML) import/export.
#include "cmlformat.h"
#include "contextmap.h"
#include "diagramrenderer.h"
#include "dotbuilder.h"
#include "generator.h"
#include "selection.h"
#include "workspace.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace ArchBoard;

namespace {

struct Map
{
    Workspace ws;
    Map &context(const QString &id, std::optional<double> tolerance = std::nullopt, DataFormat format = DataFormat::Unspecified,
                 const QString &team = {})
    {
        BoundedContext c;
        c.id = id;
        c.name = id.toUpper();
        c.latencyToleranceMs = tolerance;
        c.dataFormat = format;
        c.team = team;
        ws.contexts.push_back(c);
        return *this;
    }
    Map &relation(const QString &up, const QString &down, SyncMechanism m, std::optional<double> latency = std::nullopt,
                  DataFormat format = DataFormat::Unspecified, DownstreamRole role = DownstreamRole::None)
    {
        ContextRelation r;
        r.id = up + u'-' + down;
        r.upstream = up;
        r.downstream = down;
        r.mechanism = m;
        r.expectedLatencyMs = latency;
        r.format = format;
        r.downstreamRole = role;
        ws.relations.push_back(r);
        return *this;
    }
    ContextMapResult analyse() const { return ContextMap::analyse(ws, Selection::compute(ws)); }
};

std::vector<ContextFinding> ofKind(const ContextMapResult &r, const QString &kind)
{
    std::vector<ContextFinding> out;
    for (const ContextFinding &f : r.findings) {
        if (f.kind == kind)
            out.push_back(f);
    }
    return out;
}

QByteArray testData(const QString &name)
{
    QFile file(qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/cml/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

const ContextRelation *relationBetween(const std::vector<ContextRelation> &rs, const QString &up, const QString &down)
{
    for (const ContextRelation &r : rs) {
        if (r.upstream == up && r.downstream == down)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestContextMap : public QObject
{
    Q_OBJECT

private slots:
    void latencyBudget();
    void latencyWithinBudgetAndUnknownFigures();
    void formatWithoutAcl();
    void languageDisagrees();
    void syncCycle();
    void isolatedContext();
    void protocolConsistency();
    void sampleMap();
    void diagramMarksFindingsAndSelection();
    void neighbourhoodLimitsTheDiagram();
    void sampleRendersAsTheSeedDescribes();
    void cmlImportReadsEveryNotation();
    void cmlImportReportsWhatItSkips();
    void cmlSyntaxErrorsNameLineAndColumn_data();
    void cmlSyntaxErrorsNameLineAndColumn();
    void cmlRoundTrip_data();
    void cmlRoundTrip();
    void cmlExportOfTheSample();
};

void TestContextMap::latencyBudget()
{
    // a waits on b (REST 30 ms), b on c (gRPC 40 ms): 70 ms > a's 50 ms tolerance.
    // c also publishes to d by Kafka: asynchronous, not part of any chain.
    Map m;
    m.context(QStringLiteral("a"), 50).context(QStringLiteral("b")).context(QStringLiteral("c")).context(QStringLiteral("d"), 1);
    m.relation(QStringLiteral("b"), QStringLiteral("a"), SyncMechanism::Rest, 30);
    m.relation(QStringLiteral("c"), QStringLiteral("b"), SyncMechanism::Grpc, 40);
    m.relation(QStringLiteral("c"), QStringLiteral("d"), SyncMechanism::KafkaEvents, 500);
    const auto f = ofKind(m.analyse(), QStringLiteral("latency_budget"));
    QCOMPARE(f.size(), size_t(1));
    QCOMPARE(f[0].severity, FindingSeverity::Error);
    QCOMPARE(f[0].elements, (QStringList{QStringLiteral("context:a"), QStringLiteral("relation:b-a"), QStringLiteral("relation:c-b")}));
    QVERIFY2(f[0].message.contains(QStringLiteral("70 ms")) && f[0].message.contains(QStringLiteral("50 ms"))
                 && f[0].message.contains(QStringLiteral("A → B (30 ms) → C (40 ms)")),
             qPrintable(f[0].message));
}

void TestContextMap::latencyWithinBudgetAndUnknownFigures()
{
    // Two chains from a: via b (10 + 20 = 30 ms) and via e (25 ms, then unknown).
    // The longest known chain is 30 ms, within 40 ms: no finding.
    Map m;
    m.context(QStringLiteral("a"), 40).context(QStringLiteral("b")).context(QStringLiteral("c")).context(QStringLiteral("e")).context(QStringLiteral("f"));
    m.relation(QStringLiteral("b"), QStringLiteral("a"), SyncMechanism::Rest, 10);
    m.relation(QStringLiteral("c"), QStringLiteral("b"), SyncMechanism::Rest, 20);
    m.relation(QStringLiteral("e"), QStringLiteral("a"), SyncMechanism::Grpc, 25);
    m.relation(QStringLiteral("f"), QStringLiteral("e"), SyncMechanism::Grpc);
    QVERIFY(ofKind(m.analyse(), QStringLiteral("latency_budget")).empty());
    // Tighten to 28 ms: the 30 ms chain breaks it; the unknown call is on the other chain.
    m.ws.contexts[0].latencyToleranceMs = 28;
    auto f = ofKind(m.analyse(), QStringLiteral("latency_budget"));
    QCOMPARE(f.size(), size_t(1));
    QVERIFY(!f[0].message.contains(QStringLiteral("not counted")));
    // Make the e-chain the longest (25 + unknown + 10): its unknown call is said.
    m.context(QStringLiteral("g"));
    m.relation(QStringLiteral("g"), QStringLiteral("f"), SyncMechanism::Rest, 10);
    f = ofKind(m.analyse(), QStringLiteral("latency_budget"));
    QCOMPARE(f.size(), size_t(1));
    QVERIFY2(f[0].message.contains(QStringLiteral("35 ms")) && f[0].message.contains(QStringLiteral("1 call without a latency figure")),
             qPrintable(f[0].message));
}

void TestContextMap::formatWithoutAcl()
{
    // Avro events into a Protobuf context: a finding; with an ACL, none; same format, none;
    // an unspecified format is not guessed.
    Map m;
    m.context(QStringLiteral("orders"), {}, DataFormat::Avro).context(QStringLiteral("stock"), {}, DataFormat::Protobuf);
    m.context(QStringLiteral("billing"), {}, DataFormat::Protobuf).context(QStringLiteral("bi"));
    m.relation(QStringLiteral("orders"), QStringLiteral("stock"), SyncMechanism::KafkaEvents);
    m.relation(QStringLiteral("orders"), QStringLiteral("billing"), SyncMechanism::KafkaEvents, {}, DataFormat::Unspecified,
               DownstreamRole::AnticorruptionLayer);
    m.relation(QStringLiteral("stock"), QStringLiteral("billing"), SyncMechanism::Grpc);
    m.relation(QStringLiteral("stock"), QStringLiteral("bi"), SyncMechanism::HttpWebhook);
    // The relation's own format wins over the upstream's: JSON on the wire into Protobuf.
    m.relation(QStringLiteral("bi"), QStringLiteral("stock"), SyncMechanism::Rest, {}, DataFormat::Json);
    const auto f = ofKind(m.analyse(), QStringLiteral("format_without_acl"));
    QCOMPARE(f.size(), size_t(2));
    QCOMPARE(f[0].elements.first(), QStringLiteral("relation:orders-stock"));
    QVERIFY(f[0].message.contains(QStringLiteral("receives Avro from ORDERS but works in Protobuf")));
    QCOMPARE(f[1].elements.first(), QStringLiteral("relation:bi-stock"));
    QVERIFY(f[1].message.contains(QStringLiteral("receives JSON")));
}

void TestContextMap::languageDisagrees()
{
    const Workspace ws = Testing::sampleWorkspace();
    const ContextMapResult r = ContextMap::analyse(ws, Selection::compute(ws));
    const auto f = ofKind(r, QStringLiteral("language_disagrees"));
    QCOMPARE(f.size(), size_t(2)); // Orders (Go) and BI (Python); the rules send both to Java
    QCOMPARE(f[0].elements, QStringList{QStringLiteral("context:orders")});
    QVERIFY(f[0].message.contains(QStringLiteral("written in Go; the decision rules recommend Java")));
    QCOMPARE(f[1].elements, QStringList{QStringLiteral("context:bi")});
}

void TestContextMap::syncCycle()
{
    // a → b → c → a synchronously (each waits on the next), plus d hanging off c.
    Map m;
    m.context(QStringLiteral("a"), 1000).context(QStringLiteral("b")).context(QStringLiteral("c")).context(QStringLiteral("d"));
    m.relation(QStringLiteral("b"), QStringLiteral("a"), SyncMechanism::Rest, 5);
    m.relation(QStringLiteral("c"), QStringLiteral("b"), SyncMechanism::Rest, 5);
    m.relation(QStringLiteral("a"), QStringLiteral("c"), SyncMechanism::Grpc, 5);
    m.relation(QStringLiteral("d"), QStringLiteral("c"), SyncMechanism::Rest, 5);
    const ContextMapResult r = m.analyse();
    const auto f = ofKind(r, QStringLiteral("sync_cycle"));
    QCOMPARE(f.size(), size_t(1));
    QCOMPARE(f[0].severity, FindingSeverity::Error);
    for (const char *e : {"context:a", "context:b", "context:c", "relation:b-a", "relation:c-b", "relation:a-c"})
        QVERIFY2(f[0].elements.contains(QLatin1StringView(e)), e);
    QVERIFY(!f[0].elements.contains(QStringLiteral("context:d")));
    // Asynchronous events in a loop are no cycle.
    for (ContextRelation &rel : m.ws.relations)
        rel.mechanism = SyncMechanism::KafkaEvents;
    QVERIFY(ofKind(m.analyse(), QStringLiteral("sync_cycle")).empty());
}

void TestContextMap::isolatedContext()
{
    Map m;
    m.context(QStringLiteral("a")).context(QStringLiteral("b")).context(QStringLiteral("lonely"));
    m.relation(QStringLiteral("a"), QStringLiteral("b"), SyncMechanism::KafkaEvents);
    const auto f = ofKind(m.analyse(), QStringLiteral("isolated_context"));
    QCOMPARE(f.size(), size_t(1));
    QCOMPARE(f[0].severity, FindingSeverity::Info);
    QCOMPARE(f[0].elements, QStringList{QStringLiteral("context:lonely")});
}

void TestContextMap::protocolConsistency()
{
    // Approved: REST with OpenAPI, gRPC with Protobuf.
    // Relations: REST ✓, gRPC streaming ✓ (gRPC), Kafka ✗, shared database ✗, unspecified (not counted).
    // Service APIs: REST+OpenAPI ✓, REST+none ✗ (contract style matters), GraphQL ✗.
    // 3 of 7 conform → 42.857 %.
    Map m;
    for (const char *c : {"a", "b", "c", "d", "e", "f"})
        m.context(QLatin1StringView(c));
    m.relation(QStringLiteral("a"), QStringLiteral("b"), SyncMechanism::Rest);
    m.relation(QStringLiteral("b"), QStringLiteral("c"), SyncMechanism::GrpcStreaming);
    m.relation(QStringLiteral("c"), QStringLiteral("d"), SyncMechanism::KafkaEvents);
    m.relation(QStringLiteral("d"), QStringLiteral("e"), SyncMechanism::SharedDatabase);
    m.relation(QStringLiteral("e"), QStringLiteral("f"), SyncMechanism::Unspecified);
    m.ws.approvedProtocols = {{ApiProtocol::Rest, ContractStyle::OpenApi, {}}, {ApiProtocol::Grpc, ContractStyle::Protobuf, {}}};
    m.ws.serviceApis = {{QStringLiteral("s1"), ApiProtocol::Rest, ContractStyle::OpenApi, ApiRole::Provides, {}},
                        {QStringLiteral("s2"), ApiProtocol::Rest, ContractStyle::None, ApiRole::Provides, {}},
                        {QStringLiteral("s3"), ApiProtocol::GraphQL, ContractStyle::GraphQLSdl, ApiRole::Provides, {}}};
    const ProtocolConsistency pc = ContextMap::protocolConsistency(m.ws);
    QCOMPARE(pc.integrations, 7);
    QCOMPARE(pc.conforming, 3);
    QVERIFY(qAbs(*pc.valuePct - 300.0 / 7.0) < 1e-9);
    QVERIFY(pc.nonConforming.contains(QStringLiteral("relation:c-d")));
    QVERIFY(pc.nonConforming.contains(QStringLiteral("service:s2")));
    m.ws.approvedProtocols.clear();
    QVERIFY(!ContextMap::protocolConsistency(m.ws).valuePct.has_value()); // nothing approved: no figure, not 0 %
}

void TestContextMap::sampleMap()
{
    // Sample: Avro → Protobuf and Protobuf → JSON:API without ACLs; Orders and BI disagree
    // with the rules; every context is connected; 2 of 5 integrations approved (Kafka, gRPC
    // relations; the webhook and the two browser-event APIs are not).
    const Workspace ws = Testing::sampleWorkspace();
    const ContextMapResult r = ContextMap::analyse(ws, Selection::compute(ws));
    QCOMPARE(ofKind(r, QStringLiteral("format_without_acl")).size(), size_t(2));
    QCOMPARE(ofKind(r, QStringLiteral("language_disagrees")).size(), size_t(2));
    QVERIFY(ofKind(r, QStringLiteral("isolated_context")).empty());
    QVERIFY(ofKind(r, QStringLiteral("latency_budget")).empty());
    QVERIFY(ofKind(r, QStringLiteral("sync_cycle")).empty());
    QCOMPARE(r.protocolConsistency.integrations, 5);
    QCOMPARE(r.protocolConsistency.conforming, 2);
    QCOMPARE(*r.protocolConsistency.valuePct, 40.0);
}

void TestContextMap::diagramMarksFindingsAndSelection()
{
    const Workspace ws = Testing::sampleWorkspace();
    const ContextMapResult r = ContextMap::analyse(ws, Selection::compute(ws));
    Diagram d = ContextMap::diagram(ws, r, ContextMap::Grouping::DomainType, {QStringLiteral("relation:finance-bi")});
    QCOMPARE(d.nodes.size(), qsizetype(4));
    QCOMPARE(d.edges.size(), qsizetype(3));
    QCOMPARE(d.clusters.size(), qsizetype(2)); // core and supporting
    const DiagramNode *orders = nullptr;
    for (const DiagramNode &n : d.nodes) {
        if (n.id == u"orders")
            orders = &n;
    }
    QVERIFY(orders);
    QCOMPARE(orders->fillColor, QStringLiteral("#00add8")); // Go's colour
    QVERIFY(orders->label.contains(QStringLiteral("Go · Avro")));
    QCOMPARE(orders->color, QStringLiteral("#c0392b"));     // a finding: red
    QCOMPARE(orders->element, QStringLiteral("context:orders"));
    QCOMPARE(d.edges[0].label, QStringLiteral("Kafka events · Avro"));
    QVERIFY(d.edges[0].dashed);     // events: asynchronous
    QVERIFY(!d.edges[1].dashed);    // gRPC streaming: the caller waits
    QCOMPARE(d.edges[0].color, QStringLiteral("#c0392b")); // format without ACL
    QCOMPARE(d.edges[2].color, QStringLiteral("#1f6feb")); // the selected relation
    // Roles appear on the edge when the relation has them.
    Workspace ws2 = ws;
    ws2.relations[0].pattern = ContextPattern::CustomerSupplier;
    ws2.relations[0].upstreamRoles = UpstreamRoles::OpenHostServiceAndPublishedLanguage;
    ws2.relations[0].downstreamRole = DownstreamRole::AnticorruptionLayer;
    d = ContextMap::diagram(ws2, ContextMap::analyse(ws2, Selection::compute(ws2)));
    QCOMPARE(d.edges[0].label, QStringLiteral("Customer/Supplier U[OHS,PL] → D[ACL]\nKafka events · Avro"));
    QCOMPARE(d.edges[0].color, QString()); // the ACL translates: no finding any more
}

void TestContextMap::neighbourhoodLimitsTheDiagram()
{
    // orders → inventory → finance → bi, in either direction.
    const Workspace ws = Testing::sampleWorkspace();
    QCOMPARE(ContextMap::neighbourhood(ws, QStringLiteral("inventory"), 0), QStringList{QStringLiteral("inventory")});
    QCOMPARE(ContextMap::neighbourhood(ws, QStringLiteral("inventory"), 1),
             (QStringList{QStringLiteral("inventory"), QStringLiteral("orders"), QStringLiteral("finance")}));
    QCOMPARE(ContextMap::neighbourhood(ws, QStringLiteral("bi"), 2),
             (QStringList{QStringLiteral("bi"), QStringLiteral("finance"), QStringLiteral("inventory")}));
    QCOMPARE(ContextMap::neighbourhood(ws, QStringLiteral("orders"), 9).size(), 4);
    QVERIFY(ContextMap::neighbourhood(ws, QStringLiteral("nowhere"), 1).isEmpty());
    const Diagram d = ContextMap::diagram(ws, ContextMap::analyse(ws, Selection::compute(ws)), ContextMap::Grouping::None, {},
                                          ContextMap::neighbourhood(ws, QStringLiteral("bi"), 1));
    QCOMPARE(d.nodes.size(), qsizetype(2));
    QCOMPARE(d.edges.size(), qsizetype(1)); // only the relation between the two shown
    QCOMPARE(d.edges[0].element, QStringLiteral("relation:finance-bi"));
}

void TestContextMap::sampleRendersAsTheSeedDescribes()
{
    // Seed §3.3: Orders → Kafka → Inventory → gRPC → Finance → webhook → BI.
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_RENDER"))
        QSKIP("ARCHBOARD_RENDER not set (run through ctest)");
    const Workspace ws = Testing::sampleWorkspace();
    const Diagram d = ContextMap::diagram(ws, ContextMap::analyse(ws, Selection::compute(ws)));
    const DotResult dot = Dot::build(d);
    DiagramRenderer renderer;
    renderer.setHelper(qEnvironmentVariable("ARCHBOARD_RENDER"));
    const RenderResult svg = renderer.renderBlocking(dot.dot, QStringLiteral("svg"));
    QVERIFY2(svg.ok, qPrintable(svg.error));
    // Each edge's SVG group has the title "tail->head" (Graphviz's convention).
    QStringList titles;
    QXmlStreamReader xml(svg.output);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"title")
            titles << xml.readElementText();
    }
    QStringList names;
    for (const auto &[id, element] : dot.elements.asKeyValueRange())
        names << id + u'=' + element;
    // node-0..3 are orders, inventory, finance, bi in workspace order.
    QVERIFY2(titles.contains(QStringLiteral("node-0->node-1")), qPrintable(titles.join(u' ')));
    QVERIFY(titles.contains(QStringLiteral("node-1->node-2")));
    QVERIFY(titles.contains(QStringLiteral("node-2->node-3")));
    QCOMPARE(dot.elements.value(QStringLiteral("node-0")), QStringLiteral("context:orders"));
    QCOMPARE(dot.elements.value(QStringLiteral("node-3")), QStringLiteral("context:bi"));
    QCOMPARE(dot.elements.value(QStringLiteral("edge-1")), QStringLiteral("relation:inventory-finance"));
    for (const char *label : {"Kafka events · Avro", "gRPC streaming · Protobuf", "HTTP webhook · JSON:API", "Orders (订单)", "BI analytics (BI分析)"})
        QVERIFY2(svg.output.contains(QByteArray(label)), label);
}

void TestContextMap::cmlImportReadsEveryNotation()
{
    CmlImport in;
    InputError error;
    QVERIFY2(Cml::parse(testData(QStringLiteral("insurance.cml")), &in, &error), qPrintable(error.toString()));
    QCOMPARE(in.mapName, QStringLiteral("InsuranceContextMap"));
    QCOMPARE(in.contexts.size(), size_t(6));
    QCOMPARE(in.relations.size(), size_t(7));
    // [D,C]<-[U,S]: the right side is the upstream supplier.
    const ContextRelation *cs = relationBetween(in.relations, QStringLiteral("CustomerManagementContext"), QStringLiteral("CustomerSelfServiceContext"));
    QVERIFY(cs);
    QCOMPARE(cs->pattern, ContextPattern::CustomerSupplier);
    const ContextRelation *print = relationBetween(in.relations, QStringLiteral("PrintingContext"), QStringLiteral("PolicyManagementContext"));
    QVERIFY(print);
    QCOMPARE(print->pattern, ContextPattern::UpstreamDownstream);
    QCOMPARE(print->upstreamRoles, UpstreamRoles::OpenHostServiceAndPublishedLanguage);
    QCOMPARE(print->downstreamRole, DownstreamRole::AnticorruptionLayer);
    const ContextRelation *soap = relationBetween(in.relations, QStringLiteral("PrintingContext"), QStringLiteral("CustomerManagementContext"));
    QVERIFY(soap);
    // No matching mechanism: the technology is kept as written, with the downstream rights.
    QCOMPARE(soap->description, QStringLiteral("CML implementationTechnology = \"SOAP\"\nCML downstreamRights = INFLUENCER"));
    QCOMPARE(soap->mechanism, SyncMechanism::Unspecified);
    const ContextRelation *rest = relationBetween(in.relations, QStringLiteral("CustomerManagementContext"), QStringLiteral("PolicyManagementContext"));
    QVERIFY(rest);
    QCOMPARE(rest->downstreamRole, DownstreamRole::Conformist);
    QCOMPARE(rest->mechanism, SyncMechanism::Rest);
    bool partnership = false;
    bool sharedKernel = false;
    for (const ContextRelation &r : in.relations) {
        if (r.pattern == ContextPattern::Partnership) {
            partnership = true;
            QCOMPARE(r.id, QStringLiteral("RiskPolicy")); // the relationship's name
        }
        sharedKernel = sharedKernel || r.pattern == ContextPattern::SharedKernel;
    }
    QVERIFY(partnership && sharedKernel);
    QCOMPARE(in.contexts[0].description,
             QStringLiteral("Manages the \"customer\" data\nCML type = FEATURE\nCML responsibilities = \"Customers\", \"Addresses\""));
    QCOMPARE(in.contexts[0].domainType, DomainType::Core); // implements the CORE_DOMAIN subdomain
    QCOMPARE(in.mapType, QStringLiteral("SYSTEM_LANDSCAPE"));
    QCOMPARE(in.mapState, QStringLiteral("TO_BE"));

    // Keyword forms and roles written next to the names.
    const QByteArray keywords = "ContextMap {\n"
                               "contains A, B, C, D, E\n"
                               "A Customer-Supplier B\n"
                               "C Supplier-Customer D\n"
                               "A Upstream-Downstream E\n"
                               "E Downstream-Upstream C\n"
                               "[U,OHS]B -> [D,CF]C\n"
                               "D Partnership E\n"
                               "B Shared-Kernel D\n"
                               "}";
    QVERIFY2(Cml::parse(keywords, &in, &error), qPrintable(error.toString()));
    QCOMPARE(in.relations.size(), size_t(7));
    QVERIFY(relationBetween(in.relations, QStringLiteral("B"), QStringLiteral("A"))); // A is the customer
    QCOMPARE(relationBetween(in.relations, QStringLiteral("B"), QStringLiteral("A"))->pattern, ContextPattern::CustomerSupplier);
    QVERIFY(relationBetween(in.relations, QStringLiteral("C"), QStringLiteral("D")));
    QVERIFY(relationBetween(in.relations, QStringLiteral("A"), QStringLiteral("E")));
    QVERIFY(relationBetween(in.relations, QStringLiteral("C"), QStringLiteral("E")));
    QCOMPARE(relationBetween(in.relations, QStringLiteral("B"), QStringLiteral("C"))->upstreamRoles, UpstreamRoles::OpenHostService);
    QCOMPARE(relationBetween(in.relations, QStringLiteral("B"), QStringLiteral("C"))->downstreamRole, DownstreamRole::Conformist);
}

void TestContextMap::cmlImportReportsWhatItSkips()
{
    CmlImport in;
    InputError error;
    QVERIFY(Cml::parse(testData(QStringLiteral("insurance.cml")), &in, &error));
    const QString notes = in.notes.join(u'\n');
    for (const char *expected : {"exposedAggregates of the relationship", "CustomerManagementContext implements CustomerManagementDomain",
                                 "Aggregate Customers in CustomerManagementContext", "Domain InsuranceDomain is not imported"})
        QVERIFY2(notes.contains(QLatin1StringView(expected)), qPrintable(QStringLiteral("missing note: %1\n%2").arg(QLatin1StringView(expected), notes)));
    QVERIFY(notes.contains(QStringLiteral("line 11:")));
    // Merging into the sample: the technology "Java, JEE Application" names the Java candidate.
    const Workspace sample = Testing::sampleWorkspace();
    std::vector<BoundedContext> contexts;
    std::vector<ContextRelation> relations;
    const QStringList merged = Cml::merge(in, sample, &contexts, &relations);
    QCOMPARE(contexts[0].language, QStringLiteral("java"));
    QVERIFY(merged.join(u'\n').contains(QStringLiteral("“PHP” matches no candidate")));
    QCOMPARE(relations.size(), size_t(7));
}

void TestContextMap::cmlSyntaxErrorsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed map") << QByteArray("ContextMap M {\n  contains A\n") << 3 << 1 << "expected “}” to close the ContextMap";
    QTest::newRow("bad arrow") << QByteArray("ContextMap {\n  A => B\n}") << 2 << 5 << "expected ->, <- or <->";
    QTest::newRow("unknown keyword relation") << QByteArray("ContextMap {\n  A Friends B\n}") << 2 << 5 << "relationship keyword";
    QTest::newRow("unclosed string") << QByteArray("BoundedContext A {\n  domainVisionStatement = \"open\n}") << 2 << 27 << "never closed";
    QTest::newRow("unclosed comment") << QByteArray("/* a\n b") << 1 << 1 << "comment starts here";
    QTest::newRow("role list") << QByteArray("ContextMap {\n  A [U,->[D] B\n}") << 2 << 8 << "expected a role";
}

void TestContextMap::cmlSyntaxErrorsNameLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    CmlImport in;
    InputError error;
    QVERIFY(!Cml::parse(text, &in, &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestContextMap::cmlRoundTrip_data()
{
    QTest::addColumn<QByteArray>("cml");
    QTest::newRow("insurance") << testData(QStringLiteral("insurance.cml"));
    QTest::newRow("ddd sample") << testData(QStringLiteral("ddd-sample.cml"));
    QTest::newRow("polyglot") << testData(QStringLiteral("polyglot.cml"));
}

void TestContextMap::cmlRoundTrip()
{
    // CML → workspace → CML → workspace: the context map survives unchanged.
    QFETCH(QByteArray, cml);
    CmlImport first;
    InputError error;
    QVERIFY2(Cml::parse(cml, &first, &error), qPrintable(error.toString()));
    const Workspace ws1 = Cml::toWorkspace(first);
    QStringList notes;
    const QByteArray exported = Cml::write(ws1, &notes);
    CmlImport second;
    QVERIFY2(Cml::parse(exported, &second, &error), qPrintable(error.toString() + u'\n' + QString::fromUtf8(exported)));
    const Workspace ws2 = Cml::toWorkspace(second);
    QCOMPARE(ws2.info.name, ws1.info.name);
    QCOMPARE(ws2.contexts.size(), ws1.contexts.size());
    QCOMPARE(ws2.info.description, ws1.info.description); // the map's type and state
    for (size_t i = 0; i < ws1.contexts.size(); ++i) {
        QCOMPARE(ws2.contexts[i].id, ws1.contexts[i].id);
        QCOMPARE(ws2.contexts[i].description, ws1.contexts[i].description);
        QCOMPARE(ws2.contexts[i].domainType, ws1.contexts[i].domainType);
        QCOMPARE(ws2.contexts[i].language, ws1.contexts[i].language);
    }
    QCOMPARE(ws2.relations.size(), ws1.relations.size());
    for (size_t i = 0; i < ws1.relations.size(); ++i) {
        const ContextRelation &a = ws1.relations[i];
        const ContextRelation &b = ws2.relations[i];
        QCOMPARE(b.upstream, a.upstream);
        QCOMPARE(b.downstream, a.downstream);
        QCOMPARE(b.pattern, a.pattern);
        QCOMPARE(b.upstreamRoles, a.upstreamRoles);
        QCOMPARE(b.downstreamRole, a.downstreamRole);
        QCOMPARE(b.mechanism, a.mechanism);
        QCOMPARE(b.format, a.format);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.description, a.description);
    }
    QCOMPARE(Cml::write(ws2, &notes), exported); // and the text is stable
}

void TestContextMap::cmlExportOfTheSample()
{
    const Workspace ws = Testing::sampleWorkspace();
    QStringList notes;
    const QByteArray cml = Cml::write(ws, &notes);
    QVERIFY(cml.contains("orders [U]->[D] inventory {\n    implementationTechnology = \"Kafka events · Avro\"\n  }"));
    QVERIFY2(cml.contains("BoundedContext orders implements CoreSubdomain {\n  implementationTechnology = \"Go\"\n}"), cml.constData());
    QVERIFY(cml.contains("BoundedContext bi implements SupportingSubdomain"));
    // What CML cannot carry is listed per context and field.
    QVERIFY2(notes.contains(QStringLiteral("bounded context finance: name “Finance (财务)”, data format, sync mechanism, latency tolerance, SLA tier "
                                           "not exported (CML has no place for them)")),
             qPrintable(notes.join(u'\n')));
    // Back into the sample's own candidates, relations and languages come back.
    CmlImport in;
    InputError error;
    QVERIFY(Cml::parse(cml, &in, &error));
    Workspace empty = ws;
    empty.contexts.clear();
    empty.relations.clear();
    std::vector<BoundedContext> contexts;
    std::vector<ContextRelation> relations;
    Cml::merge(in, empty, &contexts, &relations);
    QCOMPARE(contexts.size(), ws.contexts.size());
    for (size_t i = 0; i < contexts.size(); ++i) {
        QCOMPARE(contexts[i].language, ws.contexts[i].language);
        QCOMPARE(contexts[i].domainType, ws.contexts[i].domainType);
    }
    for (size_t i = 0; i < relations.size(); ++i) {
        QCOMPARE(relations[i].id, ws.relations[i].id);
        QCOMPARE(relations[i].mechanism, ws.relations[i].mechanism);
        QCOMPARE(relations[i].format, ws.relations[i].format);
    }
    // Ids that are not CML identifiers are renamed, and said so.
    empty.contexts = {ws.contexts[0]};
    empty.contexts[0].id = QStringLiteral("sub-app-a");
    notes.clear();
    QVERIFY(Cml::write(empty, &notes).contains("BoundedContext subAppA"));
    QVERIFY(notes.join(u'\n').contains(QStringLiteral("sub-app-a is called subAppA")));
    QCOMPARE(Cml::identifier(QStringLiteral("9lives")), QStringLiteral("Context_9lives"));
    QCOMPARE(Cml::identifier(QStringLiteral("ContextMap")), QStringLiteral("ContextMap_"));
}

QTEST_GUILESS_MAIN(TestContextMap)
#include "tst_contextmap.moc"
