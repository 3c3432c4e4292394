// Context Mapper (CML) interop with real-world files (issue 12): keywords are
// never written as bare names, valid constructs are read or skipped with a note,
// and a round trip keeps what CML carries or says what it does not.

#include "cmlformat.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchBoard;

namespace {

QByteArray testData(const QString &name)
{
    QFile f(qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/cml/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

const BoundedContext *contextById(const std::vector<BoundedContext> &contexts, const QString &id)
{
    for (const BoundedContext &c : contexts) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const ContextRelation *relationById(const std::vector<ContextRelation> &relations, const QString &id)
{
    for (const ContextRelation &r : relations) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

bool containsNote(const QStringList &notes, const QString &part)
{
    return std::any_of(notes.begin(), notes.end(), [&](const QString &n) { return n.contains(part); });
}

} // namespace

class TestCmlInterop : public QObject
{
    Q_OBJECT

private slots:
    void keywordsAreNeverBareNames_data();
    void keywordsAreNeverBareNames();
    void importReadsEscapedNames();
    void importSkipsValidConstructsWithNotes();
    void roundTripKeepsWhatCmlCarries();
    void exportListsWhatCmlCannotCarry();
};

void TestCmlInterop::keywordsAreNeverBareNames_data()
{
    QTest::addColumn<QString>("word");
    // The examples, a one-letter keyword, a lexer terminal (Map), an enum
    // literal, the first word of "delegates to" and the Langium grammar's spelling.
    for (const char *w : {"core", "external", "description", "priority", "level", "a", "Map", "UNDEFINED", "delegates", "ContextMap",
                          "type", "Aggregate", "ValueWeighting", "not"})
        QTest::newRow(w) << QString::fromLatin1(w);
}

void TestCmlInterop::keywordsAreNeverBareNames()
{
    QFETCH(QString, word);
    QVERIFY(Cml::isKeyword(word));
    QVERIFY(!Cml::isName(word));
    QCOMPARE(Cml::identifier(word), word + u'_');

    Workspace ws;
    ws.info.name = QStringLiteral("Keywords");
    BoundedContext named;
    named.id = word;
    BoundedContext plain;
    plain.id = QStringLiteral("plain");
    ws.contexts = {named, plain};
    ContextRelation r;
    r.id = word;
    r.upstream = word;
    r.downstream = plain.id;
    ws.relations = {r};
    QStringList notes;
    const QByteArray cml = Cml::write(ws, &notes);
    const QString text = QString::fromUtf8(cml);
    // The word stands nowhere as a name: not declared, not contained, not in a relationship.
    const QRegularExpression bare(QStringLiteral("(BoundedContext|contains|:)\\s+%1\\b(?!_)|^\\s+%1\\s*\\[").arg(QRegularExpression::escape(word)),
                                  QRegularExpression::MultilineOption);
    QVERIFY2(!bare.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("BoundedContext %1_").arg(word)), qPrintable(text));
    QVERIFY2(containsNote(notes, QStringLiteral("bounded context %1 is called %1_ in CML").arg(word)), qPrintable(notes.join(u'\n')));
    // A relation id that is a keyword is not written as the relationship's name, and that is said.
    QVERIFY2(containsNote(notes, QStringLiteral("relation %1: its id is no CML name").arg(word)), qPrintable(notes.join(u'\n')));
    // And the file reads back.
    CmlImport back;
    InputError error;
    QVERIFY2(Cml::parse(cml, &back, &error), qPrintable(error.toString() + u'\n' + text));
    QVERIFY(contextById(back.contexts, word + u'_'));
    QCOMPARE(back.relations.size(), size_t(1));
}

void TestCmlInterop::importReadsEscapedNames()
{
    // Xtext's "^" escape: the name is the word without it.
    QVERIFY(Cml::keywordCount() >= 300); // the grammar's whole list, not a handful
    QVERIFY(!Cml::isKeyword(QStringLiteral("Orders")));
    const QByteArray text = "ContextMap ^Map {\n"
                            "  contains ^core, Billing\n"
                            "  ^core [U]->[D] Billing : ^type\n"
                            "}\n"
                            "BoundedContext ^core { ^type = FEATURE }\n"
                            "BoundedContext Billing\n";
    CmlImport in;
    InputError error;
    QVERIFY2(Cml::parse(text, &in, &error), qPrintable(error.toString()));
    QCOMPARE(in.mapName, QStringLiteral("Map"));
    QVERIFY(contextById(in.contexts, QStringLiteral("core")));
    QCOMPARE(contextById(in.contexts, QStringLiteral("core"))->description, QStringLiteral("CML type = FEATURE"));
    QVERIFY(relationById(in.relations, QStringLiteral("type")));
    // A lone "^" is no name.
    QVERIFY(!Cml::parse("BoundedContext ^ {}", &in, &error));
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, 16);
}

void TestCmlInterop::importSkipsValidConstructsWithNotes()
{
    // Flows with "+", doc strings before Aggregate and Module, tactic DDD details,
    // subdomains with entities, use cases, stakeholders, value registers.
    CmlImport in;
    InputError error;
    QVERIFY2(Cml::parse(testData(QStringLiteral("constructs.cml")), &in, &error), qPrintable(error.toString()));
    QCOMPARE(in.mapName, QStringLiteral("LogisticsMap"));
    QCOMPARE(in.mapType, QStringLiteral("ORGANIZATIONAL"));
    QCOMPARE(in.mapState, QStringLiteral("AS_IS"));
    QCOMPARE(in.contexts.size(), size_t(3)); // nothing from the skipped parts became a context
    QCOMPARE(in.relations.size(), size_t(2));
    QCOMPARE(contextById(in.contexts, QStringLiteral("Shipping"))->domainType, DomainType::Core);
    QCOMPARE(contextById(in.contexts, QStringLiteral("Shipping"))->description, QStringLiteral("CML type = APPLICATION"));
    QCOMPARE(contextById(in.contexts, QStringLiteral("Warehouse"))->domainType, DomainType::Core); // core and generic: core
    const ContextRelation *feed = relationById(in.relations, QStringLiteral("Stock_Feed"));
    QVERIFY(feed);
    QCOMPARE(feed->upstream, QStringLiteral("Warehouse"));
    QCOMPARE(feed->downstreamRole, DownstreamRole::Conformist);
    QCOMPARE(feed->description, QStringLiteral("CML implementationTechnology = \"RabbitMQ\"\nCML downstreamRights = VETO_RIGHT"));
    const ContextRelation *billing = relationById(in.relations, QStringLiteral("billing-core-shipping"));
    QVERIFY(billing);
    QCOMPARE(billing->pattern, ContextPattern::CustomerSupplier);
    for (const char *expected : {"line 3: import \"./shared-kernel.cml\"", "line 21: Aggregate Parcels in Shipping", "line 36: Application ShippingApp in Shipping",
                                 "line 57: Module stock in Warehouse", "exposedAggregates of the relationship Warehouse–Shipping",
                                 "Domain Logistics is not imported", "UseCase ShipParcel", "UserStory Weighing", "Stakeholders of Shipping",
                                 "ValueRegister Fairness", "Warehouse implements subdomains of several types",
                                 "Billing_Core: no typed subdomain is implemented, so the domain type is Core"})
        QVERIFY2(containsNote(in.notes, QString::fromUtf8(expected)), qPrintable(QStringLiteral("missing: %1\n%2").arg(QString::fromUtf8(expected), in.notes.join(u'\n'))));
    // What the importer accepted saves and opens again.
    const Workspace ws = Cml::toWorkspace(in);
    QTemporaryDir dir;
    for (const char *name : {"constructs.archboard", "constructs.archboard.yaml"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QString saveError;
        QVERIFY2(WorkspaceFile::save(ws, path, &saveError), qPrintable(saveError));
        InputError loadError;
        const std::unique_ptr<Workspace> back = WorkspaceFile::load(path, &loadError);
        QVERIFY2(back, qPrintable(loadError.toString()));
        QVERIFY(*back == ws);
    }
}

void TestCmlInterop::roundTripKeepsWhatCmlCarries()
{
    CmlImport first;
    InputError error;
    QVERIFY2(Cml::parse(testData(QStringLiteral("roundtrip.cml")), &first, &error), qPrintable(error.toString()));
    const Workspace ws1 = Cml::toWorkspace(first);
    QCOMPARE(ws1.info.description, QStringLiteral("CML type = ORGANIZATIONAL\nCML state = TO_BE"));
    const BoundedContext *ledger = contextById(ws1.contexts, QStringLiteral("X_Volatility_OFTEN"));
    QVERIFY(ledger);
    QCOMPARE(ledger->domainType, DomainType::Generic);
    QCOMPARE(ledger->description, QStringLiteral("Keeps the ledger, \"exactly once\"\n"
                                                 "CML type = SYSTEM\n"
                                                 "CML responsibilities = \"Postings, and reversals\", \"Balances\"\n"
                                                 "CML implementationTechnology = \"COBOL on z/OS\"\n"
                                                 "CML knowledgeLevel = CONCRETE\n"
                                                 "CML businessModel = \"cost centre\"\n"
                                                 "CML evolution = PRODUCT"));
    QCOMPARE(contextById(ws1.contexts, QStringLiteral("Claims_Intake"))->domainType, DomainType::Core);
    // Attributes in any order come in the grammar's, so a second round trip changes nothing.
    QCOMPARE(contextById(ws1.contexts, QStringLiteral("Claims_Intake"))->description, QStringLiteral("CML type = FEATURE\nCML knowledgeLevel = CONCRETE"));
    QCOMPARE(contextById(ws1.contexts, QStringLiteral("Fraud_Check"))->domainType, DomainType::Core);
    QVERIFY(containsNote(first.notes, QStringLiteral("Fraud_Check implements subdomains of several types (Core, Supporting)")));
    for (const char *id : {"Intake_To_Fraud", "payout_feed", "Shared_Ledger"})
        QVERIFY2(relationById(ws1.relations, QString::fromLatin1(id)), id);
    const ContextRelation *kafka = relationById(ws1.relations, QStringLiteral("x-volatility-often-claims-intake"));
    QVERIFY(kafka);
    QCOMPARE(kafka->mechanism, SyncMechanism::KafkaEvents);
    QCOMPARE(kafka->format, DataFormat::Avro);

    // Through a saved file, CML → workspace → CML → workspace changes nothing.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("claims.archboard.yaml"));
    QString saveError;
    QVERIFY2(WorkspaceFile::save(ws1, path, &saveError), qPrintable(saveError));
    InputError loadError;
    const std::unique_ptr<Workspace> saved = WorkspaceFile::load(path, &loadError);
    QVERIFY2(saved, qPrintable(loadError.toString()));
    QStringList notes;
    const QByteArray exported = Cml::write(*saved, &notes);
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n'))); // nothing of this map is lost
    for (const char *expected : {"ContextMap Claims_Map {\n  type = ORGANIZATIONAL\n  state = TO_BE\n",
                                 "Claims_Intake [U,OHS,PL]->[D,ACL] Fraud_Check : Intake_To_Fraud {\n    implementationTechnology = \"SOAP\"\n"
                                 "    downstreamRights = VETO_RIGHT\n  }",
                                 "Payout [U,S]->[D,C] Fraud_Check : payout_feed {\n    implementationTechnology = \"RabbitMQ\"\n  }",
                                 "Payout [SK]<->[SK] X_Volatility_OFTEN : Shared_Ledger\n",
                                 "BoundedContext X_Volatility_OFTEN implements GenericSubdomain {\n"
                                 "  domainVisionStatement = \"Keeps the ledger, \\\"exactly once\\\"\"\n  type = SYSTEM\n"
                                 "  responsibilities = \"Postings, and reversals\", \"Balances\"\n  implementationTechnology = \"COBOL on z/OS\"\n"
                                 "  knowledgeLevel = CONCRETE\n  businessModel = \"cost centre\"\n  evolution = PRODUCT\n}",
                                 "Subdomain GenericSubdomain {\n    type = GENERIC_SUBDOMAIN\n  }"})
        QVERIFY2(exported.contains(expected), qPrintable(QStringLiteral("missing:\n%1\nin:\n%2").arg(QString::fromUtf8(expected), QString::fromUtf8(exported))));
    CmlImport second;
    QVERIFY2(Cml::parse(exported, &second, &error), qPrintable(error.toString()));
    const Workspace ws2 = Cml::toWorkspace(second);
    QCOMPARE(ws2.info.name, ws1.info.name);
    QCOMPARE(ws2.info.description, ws1.info.description);
    QCOMPARE(ws2.contexts, ws1.contexts);
    QCOMPARE(ws2.relations.size(), ws1.relations.size());
    for (const ContextRelation &r : ws1.relations) {
        const ContextRelation *b = relationById(ws2.relations, r.id);
        QVERIFY2(b, qPrintable(r.id));
        QCOMPARE(*b, r);
    }
    QStringList again;
    QCOMPARE(Cml::write(ws2, &again), exported);
}

void TestCmlInterop::exportListsWhatCmlCannotCarry()
{
    Workspace ws;
    ws.info.name = QStringLiteral("Estate map");
    BoundedContext a;
    a.id = QStringLiteral("orders");
    a.name = QStringLiteral("Orders (订单)");
    a.team = QStringLiteral("Team A");
    a.tier = QStringLiteral("gold");
    a.functionCount = 3;
    a.description = QStringLiteral("Takes orders\nCML type = HUGE"); // not a context type: kept as text, and said
    BoundedContext b;
    b.id = QStringLiteral("billing");
    ws.contexts = {a, b};
    ContextRelation r;
    r.id = QStringLiteral("orders billing");
    r.upstream = a.id;
    r.downstream = b.id;
    r.expectedLatencyMs = 40;
    r.description = QStringLiteral("nightly");
    ContextRelation apart;
    apart.id = QStringLiteral("apart");
    apart.upstream = b.id;
    apart.downstream = a.id;
    apart.pattern = ContextPattern::SeparateWays;
    ws.relations = {r, apart};
    QStringList notes;
    const QByteArray cml = Cml::write(ws, &notes);
    const QStringList expected{
        QStringLiteral("the workspace name “Estate map” is written as the map name EstateMap"),
        QStringLiteral("relation orders billing: its id is no CML name (letters, digits, _; no keyword) and is not written"),
        QStringLiteral("relation orders billing: description, expected latency not exported (CML has no place for it)"),
        QStringLiteral("relation apart (Separate Ways) has no CML relationship: written as a comment"),
        QStringLiteral("bounded context orders: “CML type = HUGE” is no valid CML attribute; written as text"),
        QStringLiteral("bounded context orders: name “Orders (订单)”, team, SLA tier, function count not exported (CML has no place for them)"),
    };
    QCOMPARE(notes, expected);
    QVERIFY(cml.contains("domainVisionStatement = \"Takes orders\\nCML type = HUGE\""));
    // writeFile gives the same notes (the CLI and the GUI show them as they are) and a checked file.
    QTemporaryDir dir;
    QStringList fileNotes;
    QString fileError;
    QVERIFY2(Cml::writeFile(ws, dir.filePath(QStringLiteral("map.cml")), &fileNotes, &fileError), qPrintable(fileError));
    QCOMPARE(fileNotes, expected);
    QVERIFY(!Cml::writeFile(ws, dir.filePath(QStringLiteral("no-such-folder/map.cml")), &fileNotes, &fileError));
    QVERIFY(fileError.contains(QStringLiteral("no-such-folder/map.cml")));
}

QTEST_GUILESS_MAIN(TestCmlInterop)
#include "tst_cmlinterop.moc"
