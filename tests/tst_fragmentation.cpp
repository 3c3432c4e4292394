// Fragmentation metrics on hand-made models: shared-dependency drift and its
// aggregate, peer-dependency hygiene, stack heterogeneity, protocol
// consistency reused from the context map, risk levels from thresholds, the
// drift graph.
#include "analysis.h"
#include "document.h"
#include "driftgraph.h"
#include "fragmentation.h"
#include "figurejson.h"
#include "fragmentationstyle.h"
#include "jsonwriter.h"
#include "schema.h"
#include "generator.h"
#include "mismatchmodel.h"
#include "scanhistory.h"
#include "versions.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ArchBoard;

namespace {

struct Estate
{
    Workspace ws;
    Estate &service(const QString &id, const QString &runtime = {}, const QString &version = {})
    {
        Service s;
        s.id = id;
        s.name = id.toUpper();
        s.runtime = runtime;
        s.runtimeVersion = version;
        ws.services.push_back(s);
        return *this;
    }
    Estate &dep(const QString &service, const QString &name, const QString &version, const QString &resolved = {},
                Ecosystem e = Ecosystem::Npm, DependencyScope scope = DependencyScope::Production, bool bundled = false)
    {
        Dependency d;
        d.service = service;
        d.name = name;
        d.version = version;
        d.resolved = resolved;
        d.ecosystem = e;
        d.scope = scope;
        d.bundled = bundled;
        ws.dependencies.push_back(d);
        return *this;
    }
    Estate &threshold(FragmentationMetric m, Direction dir, double healthy, double warning, double high)
    {
        FragmentationThreshold t;
        t.metric = m;
        t.direction = dir;
        t.healthy = healthy;
        t.warning = warning;
        t.high = high;
        ws.fragmentationThresholds.push_back(t);
        return *this;
    }
};

const SharedDependency *find(const FragmentationResult &r, const QString &name)
{
    for (const SharedDependency &d : r.dependencies) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestFragmentation : public QObject
{
    Q_OBJECT

private slots:
    void jsonWriterWritesWhatQJsonDocumentWrites();
    void fragmentationJsonIsWrittenOnce();
    void driftPerSharedDependency();
    void driftAggregateIsTheMeanDistance();
    void nonRegistryVersionsAreListedNotCompared();
    void ecosystemsAreNotMixed();
    void peerDependencyHygiene();
    void stackHeterogeneity();
    void riskLevelsFromThresholds_data();
    void riskLevelsFromThresholds();
    void protocolConsistencyComesFromTheContextMap();
    void describeDistance();
    void driftGraph();
    void driftGraphSelection();
    void sample();
    void incrementalEqualsFull();
    void mismatchTableFiltersAndSorts();
    void scanHistoryWordsTheChange();
    void largeWorkspacesAreAnalysedOnAWorker();
};

void TestFragmentation::jsonWriterWritesWhatQJsonDocumentWrites()
{
    // The same document built as a QJsonObject and written by JsonWriter (keys
    // in QJsonObject's sorted order): byte for byte the same text.
    const QString tricky = QStringLiteral("quote \" backslash \\ tab \t line\nfeed \r bell \x07 del \x7f é 中文 ") + QChar(0xD83D) + QChar(0xDE00) + QStringLiteral(" lone ") + QChar(0xDC00) + QStringLiteral(" end");
    const QStringList list{QStringLiteral("a"), QString(), tricky};
    const double numbers[] = {0.1, 2.0, -3.5, 1e300, 123456789.125, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()};
    QJsonArray numberArray;
    for (double d : numbers)
        numberArray.append(d);
    const QJsonObject expected{{QStringLiteral("b_empty_array"), QJsonArray()},
                               {QStringLiteral("c_empty_object"), QJsonObject()},
                               {QStringLiteral("d_int"), qint64(9007199254740991)},
                               {QStringLiteral("e_negative"), -42},
                               {QStringLiteral("f_numbers"), numberArray},
                               {QStringLiteral("g_bools"), QJsonArray{true, false}},
                               {QStringLiteral("h_null"), QJsonValue()},
                               {QStringLiteral("i_strings"), QJsonArray::fromStringList(list)},
                               {QStringLiteral("j_nested"), QJsonObject{{QStringLiteral("k"), QJsonArray{QJsonObject{{QStringLiteral("x"), 1}}, QJsonArray()}}}},
                               {QStringLiteral("key \"quoted\""), tricky}};
    const auto write = [&](JsonWriter &w) {
        w.beginObject();
        w.key("b_empty_array").beginArray();
        w.endArray();
        w.key("c_empty_object").beginObject();
        w.endObject();
        w.key("d_int").value(qint64(9007199254740991));
        w.key("e_negative").value(-42);
        w.key("f_numbers").beginArray();
        for (double d : numbers)
            w.value(d);
        w.endArray();
        w.key("g_bools").beginArray();
        w.value(true);
        w.value(false);
        w.endArray();
        w.key("h_null").null();
        w.key("i_strings").strings(list);
        w.key("j_nested").beginObject();
        w.key("k").beginArray();
        w.beginObject();
        w.key("x").value(1);
        w.endObject();
        w.beginArray();
        w.endArray();
        w.endArray();
        w.endObject();
        w.key("key \"quoted\"").value(tricky);
        w.endObject();
    };
    QByteArray text;
    JsonWriter w(&text);
    write(w);
    QVERIFY(w.complete());
    QCOMPARE(text, QJsonDocument(expected).toJson(QJsonDocument::Indented));
    // Through a sink in small pieces: the same text, each piece whole UTF-8.
    QByteArrayList pieces;
    JsonWriter chunked([&](const QByteArray &piece) { pieces << piece; return true; }, 16);
    write(chunked);
    QVERIFY(chunked.finish());
    QVERIFY(pieces.size() > 5);
    QCOMPARE(pieces.join(), text);
    for (const QByteArray &piece : std::as_const(pieces))
        QCOMPARE(QString::fromUtf8(piece).toUtf8(), piece);
    // A sink that refuses: finish() says so.
    JsonWriter refused([](const QByteArray &) { return false; }, 16);
    write(refused);
    QVERIFY(!refused.finish());
    // Optional numbers: null when absent.
    QByteArray optional;
    JsonWriter o(&optional);
    o.beginArray();
    o.value(std::optional<double>());
    o.value(std::optional<double>(1.5));
    o.endArray();
    QCOMPARE(optional, QByteArray("[\n    null,\n    1.5\n]\n"));
}

void TestFragmentation::fragmentationJsonIsWrittenOnce()
{
    Estate e;
    e.service(QStringLiteral("a"), QStringLiteral("nodejs"), QStringLiteral("20.11.0"))
        .service(QStringLiteral("b"), QStringLiteral("nodejs"), QStringLiteral("18.19.0"))
        .service(QStringLiteral("c"), QStringLiteral("python"), QStringLiteral("3.12"));
    e.dep(QStringLiteral("a"), QStringLiteral("react"), QStringLiteral("18.2.0")).dep(QStringLiteral("b"), QStringLiteral("react"), QStringLiteral("17.0.2"));
    e.dep(QStringLiteral("a"), QStringLiteral("lodash"), QStringLiteral("4.17.21")).dep(QStringLiteral("b"), QStringLiteral("lodash"), QStringLiteral("4.18.0"));
    e.dep(QStringLiteral("a"), QStringLiteral("left-pad"), QStringLiteral("git+https://example.com/left-pad.git"))
        .dep(QStringLiteral("b"), QStringLiteral("left-pad"), QStringLiteral("1.3.0"));
    const FragmentationResult r = Fragmentation::analyse(e.ws);
    QVERIFY(r.dependencies.size() >= 3);
    const QJsonObject o = fragmentationJson(r);
    // Every member, as the engine computed it.
    QCOMPARE(o.value(QStringLiteral("shared_dependencies")).toInt(), int(r.dependencies.size()));
    const QJsonArray deps = o.value(QStringLiteral("dependencies")).toArray();
    QCOMPARE(deps.size(), qsizetype(r.dependencies.size()));
    for (qsizetype i = 0; i < deps.size(); ++i) {
        const SharedDependency &d = r.dependencies[size_t(i)];
        const QJsonObject j = deps.at(i).toObject();
        QCOMPARE(j.value(QStringLiteral("name")).toString(), d.name);
        QCOMPARE(j.value(QStringLiteral("drift")).toString(), Versions::levelKey(d.drift.level));
        QCOMPARE(j.value(QStringLiteral("magnitude")).toDouble(), d.drift.magnitude);
        const QJsonArray versions = j.value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), qsizetype(d.versions.size()));
        for (qsizetype k = 0; k < versions.size(); ++k) {
            const QJsonObject v = versions.at(k).toObject();
            QCOMPARE(v.value(QStringLiteral("version")).toString(), d.versions[size_t(k)].version);
            QCOMPARE(v.value(QStringLiteral("services")).toVariant().toStringList(), d.versions[size_t(k)].services);
            QCOMPARE(v.value(QStringLiteral("comparable")).toBool(true), d.versions[size_t(k)].comparable);
        }
    }
    const QJsonObject metrics = o.value(QStringLiteral("metrics")).toObject();
    QCOMPARE(metrics.size(), qsizetype(r.metrics.size()));
    for (const MetricValue &m : r.metrics) {
        const QJsonObject j = metrics.value(Fragmentation::metricKey(m.metric)).toObject();
        QCOMPARE(j.value(QStringLiteral("level")).toString(), Fragmentation::levelKey(m.level));
        QCOMPARE(j.value(QStringLiteral("value")).isNull(), !m.value.has_value());
        if (m.value)
            QCOMPARE(j.value(QStringLiteral("value")).toDouble(), *m.value);
    }
    QCOMPARE(o.value(QStringLiteral("runtimes")).toVariant().toStringList(), r.runtimes);
    QCOMPARE(o.value(QStringLiteral("languages")).toVariant().toStringList(), r.languages);
    // The report's cut: the worst first, at most N.
    QCOMPARE(fragmentationJson(r, 1).value(QStringLiteral("dependencies")).toArray().size(), 1);
    QCOMPARE(fragmentationJson(r, 1).value(QStringLiteral("shared_dependencies")).toInt(), int(r.dependencies.size()));
    // The streamed text is what QJsonDocument writes for the object read back.
    QByteArray text;
    JsonWriter w(&text);
    w.beginObject();
    writeFragmentationMembers(w, r);
    w.endObject();
    QCOMPARE(text, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

void TestFragmentation::driftPerSharedDependency()
{
    Estate e;
    e.service(QStringLiteral("a")).service(QStringLiteral("b")).service(QStringLiteral("c"));
    e.dep(QStringLiteral("a"), QStringLiteral("react"), QStringLiteral("^18.2.0"), QStringLiteral("18.3.1"))
        .dep(QStringLiteral("b"), QStringLiteral("react"), QStringLiteral("^15.0.0"))   // lowest allowed: 15.0.0
        .dep(QStringLiteral("c"), QStringLiteral("react"), QStringLiteral("18.3.1"))
        .dep(QStringLiteral("a"), QStringLiteral("only-a"), QStringLiteral("1.0.0"));
    const FragmentationResult r = Fragmentation::analyse(e.ws);
    QCOMPARE(r.dependencies.size(), size_t(1)); // only-a is not shared
    const SharedDependency &react = r.dependencies[0];
    QCOMPARE(react.services, 3);
    QCOMPARE(react.oldest, QStringLiteral("15.0.0"));
    QCOMPARE(react.newest, QStringLiteral("18.3.1"));
    QCOMPARE(react.drift.level, DriftLevel::Major);
    QCOMPARE(react.drift.magnitude, 3.0);
    QCOMPARE(react.versions.size(), size_t(2));
    QCOMPARE(react.versions[1].services, (QStringList{QStringLiteral("a"), QStringLiteral("c")})); // resolved 18.3.1 and pinned 18.3.1
}

void TestFragmentation::driftAggregateIsTheMeanDistance()
{
    // lodash 4.17 vs 4.18: 1 minor (0.01); vue 2 vs 3: 1 major; left-pad equal: 0.
    Estate e;
    e.service(QStringLiteral("a")).service(QStringLiteral("b"));
    e.dep(QStringLiteral("a"), QStringLiteral("lodash"), QStringLiteral("4.17.21"))
        .dep(QStringLiteral("b"), QStringLiteral("lodash"), QStringLiteral("4.18.0"))
        .dep(QStringLiteral("a"), QStringLiteral("vue"), QStringLiteral("2.7.16"))
        .dep(QStringLiteral("b"), QStringLiteral("vue"), QStringLiteral("3.4.0"))
        .dep(QStringLiteral("a"), QStringLiteral("left-pad"), QStringLiteral("1.3.0"))
        .dep(QStringLiteral("b"), QStringLiteral("left-pad"), QStringLiteral("1.3.0"));
    const FragmentationResult r = Fragmentation::analyse(e.ws);
    QCOMPARE(r.sharedDependencies, 3);
    const MetricValue &drift = r.metric(FragmentationMetric::VersionDrift);
    QVERIFY(drift.value);
    QVERIFY(std::abs(*drift.value - (0.01 + 1.0 + 0.0) / 3) < 1e-12);
    QCOMPARE(r.worstDrift, 1.0);
    // Worst first.
    QCOMPARE(r.dependencies[0].name, QStringLiteral("vue"));
    QCOMPARE(r.dependencies[1].name, QStringLiteral("lodash"));
    QCOMPARE(r.dependencies[2].drift.level, DriftLevel::None);
    // The detail names the worst dependency and its versions (issue 14).
    QVERIFY2(drift.detail.contains(QStringLiteral("worst: vue 2.7.16 → 3.4.0, 1 major")), qPrintable(drift.detail));
    // Nothing shared: no value, not 0.
    Estate lone;
    lone.service(QStringLiteral("a")).dep(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("1.0.0"));
    QVERIFY(!Fragmentation::analyse(lone.ws).metric(FragmentationMetric::VersionDrift).value);
}

void TestFragmentation::nonRegistryVersionsAreListedNotCompared()
{
    Estate e;
    e.service(QStringLiteral("a")).service(QStringLiteral("b")).service(QStringLiteral("c"));
    e.dep(QStringLiteral("a"), QStringLiteral("ui"), QStringLiteral("workspace:*"))
        .dep(QStringLiteral("b"), QStringLiteral("ui"), QStringLiteral("1.2.0"))
        .dep(QStringLiteral("c"), QStringLiteral("ui"), QStringLiteral("github:acme/ui"));
    const FragmentationResult r = Fragmentation::analyse(e.ws);
    const SharedDependency *ui = find(r, QStringLiteral("ui"));
    QVERIFY(ui);
    QCOMPARE(ui->versions.size(), size_t(3));
    QVERIFY(ui->versions[0].comparable);
    QVERIFY(!ui->versions[1].comparable && !ui->versions[2].comparable);
    QVERIFY(!ui->versions[1].note.isEmpty());
    QCOMPARE(ui->drift.level, DriftLevel::None);
    QCOMPARE(r.sharedDependencies, 0); // one comparable use is nothing to compare
}

void TestFragmentation::ecosystemsAreNotMixed()
{
    Estate e;
    e.service(QStringLiteral("a")).service(QStringLiteral("b"));
    e.dep(QStringLiteral("a"), QStringLiteral("requests"), QStringLiteral("2.31.0"), {}, Ecosystem::PyPI)
        .dep(QStringLiteral("b"), QStringLiteral("requests"), QStringLiteral("0.1.0"), {}, Ecosystem::Npm);
    QVERIFY(Fragmentation::analyse(e.ws).dependencies.empty());
}

void TestFragmentation::peerDependencyHygiene()
{
    // Seed §2.2: the host provides lodash 4.18.0; sub-app A bundles 4.17.21,
    // sub-app B declares it as a peer and reuses the host's.
    Estate e;
    e.service(QStringLiteral("host")).service(QStringLiteral("a")).service(QStringLiteral("b"));
    e.dep(QStringLiteral("host"), QStringLiteral("lodash"), QStringLiteral("4.18.0"))
        .dep(QStringLiteral("a"), QStringLiteral("lodash"), QStringLiteral("4.17.21"), {}, Ecosystem::Npm, DependencyScope::Production, true)
        .dep(QStringLiteral("b"), QStringLiteral("lodash"), QStringLiteral("^4.18.0"), {}, Ecosystem::Npm, DependencyScope::Peer)
        .dep(QStringLiteral("a"), QStringLiteral("react"), QStringLiteral("18.0.0"))
        .dep(QStringLiteral("b"), QStringLiteral("react"), QStringLiteral("18.0.0"));
    const FragmentationResult result = Fragmentation::analyse(e.ws);
    const MetricValue &m = result.metric(FragmentationMetric::PeerDependencyHygiene);
    QVERIFY(m.value);
    QVERIFY(std::abs(*m.value - 200.0 / 3) < 1e-9); // 2 of the 3 lodash uses share; react is neither peer nor bundled
    // Nothing declared as peer or bundled: nothing to measure.
    Estate plain;
    plain.service(QStringLiteral("a")).service(QStringLiteral("b"));
    plain.dep(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("1.0.0")).dep(QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("1.0.0"));
    QVERIFY(!Fragmentation::analyse(plain.ws).metric(FragmentationMetric::PeerDependencyHygiene).value);
}

void TestFragmentation::stackHeterogeneity()
{
    Estate e;
    e.service(QStringLiteral("a"), QStringLiteral("nodejs"), QStringLiteral("18.17.0"))
        .service(QStringLiteral("b"), QStringLiteral("nodejs"), QStringLiteral("18.20.1"))
        .service(QStringLiteral("c"), QStringLiteral("nodejs"), QStringLiteral("20.11.0"))
        .service(QStringLiteral("d"), QStringLiteral("java"), QStringLiteral("1.8"))
        .service(QStringLiteral("e"), QStringLiteral("java"), QStringLiteral("8"))
        .service(QStringLiteral("f"), QStringLiteral("python"), QStringLiteral("3.11.4"))
        .service(QStringLiteral("g"), QStringLiteral("python"), QStringLiteral("3.12"))
        .service(QStringLiteral("h"))
        .service(QStringLiteral("i"), QStringLiteral("nodejs")); // no version: not a sixth line next to nodejs 18/20
    const FragmentationResult r = Fragmentation::analyse(e.ws);
    QCOMPARE(r.runtimes, (QStringList{QStringLiteral("java 8"), QStringLiteral("nodejs 18"), QStringLiteral("nodejs 20"),
                                      QStringLiteral("python 3.11"), QStringLiteral("python 3.12")}));
    QCOMPARE(*r.metric(FragmentationMetric::StackHeterogeneity).value, 5.0);
    QCOMPARE(r.languages, (QStringList{QStringLiteral("java"), QStringLiteral("nodejs"), QStringLiteral("python")}));

    // Issue 14: ranges count by the version they require at minimum, read by
    // their runtime's own rules, and are shown as written; "1.x" is Java's
    // numbering only. Six services, three lines to maintain.
    Estate ranges;
    ranges.service(QStringLiteral("a"), QStringLiteral("nodejs"), QStringLiteral(">=18"))
        .service(QStringLiteral("b"), QStringLiteral("nodejs"), QStringLiteral("^18.17.0"))
        .service(QStringLiteral("c"), QStringLiteral("python"), QStringLiteral(">=3.11"))
        .service(QStringLiteral("d"), QStringLiteral("python"), QStringLiteral("~=3.11.2"))
        .service(QStringLiteral("e"), QStringLiteral("rust"), QStringLiteral("1.70"))
        .service(QStringLiteral("f"), QStringLiteral("rust"), QStringLiteral("1.70.0"));
    const FragmentationResult rr = Fragmentation::analyse(ranges.ws);
    QCOMPARE(rr.runtimes, (QStringList{QStringLiteral("nodejs 18 (>=18, ^18.17.0)"), QStringLiteral("python 3.11 (>=3.11, ~=3.11.2)"),
                                       QStringLiteral("rust 1.70")}));
    QCOMPARE(*rr.metric(FragmentationMetric::StackHeterogeneity).value, 3.0);
    // Node 20 beside 18 is another line; "v18" is Node 18; Go 1.21 and 1.22 are two.
    ranges.service(QStringLiteral("g"), QStringLiteral("nodejs"), QStringLiteral("v18.20.1"))
        .service(QStringLiteral("h"), QStringLiteral("nodejs"), QStringLiteral(">=20.10 <21"))
        .service(QStringLiteral("i"), QStringLiteral("go"), QStringLiteral("1.21"))
        .service(QStringLiteral("j"), QStringLiteral("go"), QStringLiteral("1.22.3"));
    const FragmentationResult more = Fragmentation::analyse(ranges.ws);
    QCOMPARE(*more.metric(FragmentationMetric::StackHeterogeneity).value, 6.0);
    QVERIFY(more.runtimes.contains(QStringLiteral("nodejs 20 (>=20.10 <21)")));
    QVERIFY(more.runtimes.contains(QStringLiteral("go 1.22")));
}

void TestFragmentation::riskLevelsFromThresholds_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("level");
    // higher is better: healthy ≥ 95, warning ≥ 85, high ≥ 60, else severe (seed: 68 % → high)
    QTest::newRow("95 healthy") << int(Direction::HigherIsBetter) << 95.0 << int(RiskLevel::Healthy);
    QTest::newRow("90 warning") << int(Direction::HigherIsBetter) << 90.0 << int(RiskLevel::Warning);
    QTest::newRow("68 high") << int(Direction::HigherIsBetter) << 68.0 << int(RiskLevel::High);
    QTest::newRow("40 severe") << int(Direction::HigherIsBetter) << 40.0 << int(RiskLevel::Severe);
    // lower is better: healthy ≤ 0.0001 (1 patch), warning ≤ 0.01, high ≤ 1, else severe (seed: 3.2 major → severe)
    QTest::newRow("1 patch healthy") << int(Direction::LowerIsBetter) << 0.0001 << int(RiskLevel::Healthy);
    QTest::newRow("1 minor warning") << int(Direction::LowerIsBetter) << 0.01 << int(RiskLevel::Warning);
    QTest::newRow("0.5 major high") << int(Direction::LowerIsBetter) << 0.5 << int(RiskLevel::High);
    QTest::newRow("3.2 major severe") << int(Direction::LowerIsBetter) << 3.2 << int(RiskLevel::Severe);
}

void TestFragmentation::riskLevelsFromThresholds()
{
    QFETCH(int, direction);
    QFETCH(double, value);
    QFETCH(int, level);
    Estate e;
    if (Direction(direction) == Direction::HigherIsBetter)
        e.threshold(FragmentationMetric::ProtocolConsistency, Direction::HigherIsBetter, 95, 85, 60);
    else
        e.threshold(FragmentationMetric::VersionDrift, Direction::LowerIsBetter, 0.0001, 0.01, 1);
    const FragmentationMetric metric = Direction(direction) == Direction::HigherIsBetter ? FragmentationMetric::ProtocolConsistency
                                                                                        : FragmentationMetric::VersionDrift;
    QCOMPARE(int(Fragmentation::level(e.ws, metric, value)), level);
    QCOMPARE(Fragmentation::level(e.ws, metric, std::nullopt), RiskLevel::Unrated);
    QCOMPARE(Fragmentation::level(e.ws, FragmentationMetric::StackHeterogeneity, 3.0), RiskLevel::Unrated); // no threshold row
}

void TestFragmentation::protocolConsistencyComesFromTheContextMap()
{
    const Workspace ws = Testing::sampleWorkspace();
    const FragmentationResult result = Fragmentation::analyse(ws);
    const MetricValue &m = result.metric(FragmentationMetric::ProtocolConsistency);
    QCOMPARE(*m.value, *ContextMap::protocolConsistency(ws).valuePct);
    QCOMPARE(*m.value, 40.0);
    QCOMPARE(m.level, RiskLevel::Severe); // below the sample's 60 % "high" limit
}

void TestFragmentation::describeDistance()
{
    QCOMPARE(Fragmentation::describeDistance(0), QStringLiteral("none"));
    QCOMPARE(Fragmentation::describeDistance(0.0001), QStringLiteral("1 patch"));
    QCOMPARE(Fragmentation::describeDistance(0.03), QStringLiteral("3 minor"));
    QCOMPARE(Fragmentation::describeDistance(3.2), QStringLiteral("3.2 major"));
    QCOMPARE(Fragmentation::describeDistance(0.2804), QStringLiteral("0.28 major"));

    // Issue 17: a patch-level gap read "1.97 minor" (serde 1.0.0 → 1.0.197).
    const auto gap = [](const char *a, const char *b) {
        return Fragmentation::describeDifference(
            Versions::difference(Versions::parse(Ecosystem::Cargo, QString::fromLatin1(a)), Versions::parse(Ecosystem::Cargo, QString::fromLatin1(b))));
    };
    QCOMPARE(gap("1.0.0", "1.0.197"), QStringLiteral("197 patch"));
    QCOMPARE(gap("4.17.0", "4.19.3"), QStringLiteral("2 minor"));
    QCOMPARE(gap("15.0.0", "18.2.0"), QStringLiteral("3 major"));
    QCOMPARE(gap("1.0.0", "1.0.0"), QStringLiteral("none"));
    Estate e;
    e.service(QStringLiteral("a")).service(QStringLiteral("b"));
    e.dep(QStringLiteral("a"), QStringLiteral("serde"), QStringLiteral("=1.0.0"), {}, Ecosystem::Cargo)
        .dep(QStringLiteral("b"), QStringLiteral("serde"), QStringLiteral("=1.0.197"), {}, Ecosystem::Cargo);
    const FragmentationResult r = Fragmentation::analyse(e.ws);
    const MetricValue &drift = r.metric(FragmentationMetric::VersionDrift);
    // The mean is on the seed's scale, and the detail says so and names the gap as it is.
    QCOMPARE(Fragmentation::describeDistance(*drift.value), QStringLiteral("1.97 minor"));
    QVERIFY2(drift.detail.contains(QStringLiteral("serde 1.0.0 → 1.0.197, 197 patch")), qPrintable(drift.detail));
    QVERIFY2(drift.detail.contains(QStringLiteral("100 patches weigh as much as 1 minor")), qPrintable(drift.detail));
    QCOMPARE(Fragmentation::describeDifference(r.dependencies.front().drift), QStringLiteral("197 patch"));
}

void TestFragmentation::driftGraph()
{
    Estate e;
    e.service(QStringLiteral("a")).service(QStringLiteral("b"));
    e.dep(QStringLiteral("a"), QStringLiteral("vue"), QStringLiteral("2.7.16"))
        .dep(QStringLiteral("b"), QStringLiteral("vue"), QStringLiteral("3.4.0"))
        .dep(QStringLiteral("a"), QStringLiteral("lodash"), QStringLiteral("4.17.21"))
        .dep(QStringLiteral("b"), QStringLiteral("lodash"), QStringLiteral("4.17.21"));
    const FragmentationResult r = Fragmentation::analyse(e.ws);
    const Diagram d = Fragmentation::driftGraph(e.ws, r, 1);
    QCOMPARE(d.nodes.size(), 3); // vue and its two services; lodash cut by the limit
    QCOMPARE(d.edges.size(), 2);
    for (const DiagramEdge &edge : d.edges) {
        if (edge.label == u"2.7.16")
            QCOMPARE(edge.color, QStringLiteral("#cc0000")); // a major behind the newest
        else
            QCOMPARE(edge.color, QStringLiteral("#999999")); // the newest itself
    }
}

void TestFragmentation::driftGraphSelection()
{
    // 20 services on two dependencies; s0 is two majors behind on vue, s1 three on react.
    Estate e;
    for (int i = 0; i < 20; ++i) {
        const QString id = QStringLiteral("s%1").arg(i);
        e.service(id);
        e.dep(id, QStringLiteral("vue"), i == 0 ? QStringLiteral("1.0.0") : QStringLiteral("3.0.0"));
        e.dep(id, QStringLiteral("react"), i == 1 ? QStringLiteral("15.0.0") : QStringLiteral("18.0.0"));
        e.dep(id, QStringLiteral("lodash"), QStringLiteral("4.17.21"));
    }
    const FragmentationResult r = Fragmentation::analyse(e.ws);
    QCOMPARE(r.dependencies.size(), size_t(3));
    DriftGraphLimits limits;
    limits.dependencies = 2;
    limits.services = 3;
    DriftGraph g = Fragmentation::driftGraphView(e.ws, r, limits);
    QCOMPARE(g.dependenciesShown, 2);
    QCOMPARE(g.dependenciesTotal, 3);
    QCOMPARE(g.servicesTotal, 20);
    QCOMPARE(g.servicesShown, 3);
    // Each dependency keeps the service furthest behind on it; the rest fill up by name.
    QStringList services;
    for (const DiagramNode &n : g.diagram.nodes) {
        if (n.id.startsWith(QStringLiteral("svc:")))
            services << n.id.mid(4);
    }
    services.sort();
    QCOMPARE(services, (QStringList{QStringLiteral("s0"), QStringLiteral("s1"), QStringLiteral("s10")}));
    QCOMPARE(g.diagram.edges.size(), 6); // a chosen service keeps all its edges
    QVERIFY(g.labelled);
    QVERIFY(g.note().contains(QStringLiteral("The 2 worst of 3 shared dependencies and the 3 of their 20 services")));
    for (const SharedDependency &d : g.selection.dependencies) {
        int uses = 0;
        for (const VersionUse &v : d.versions)
            uses += int(v.services.size());
        QCOMPARE(uses, 3);
    }

    // Past the limit of labelled edges the versions move to the tooltips.
    limits.labelledEdges = 5;
    g = Fragmentation::driftGraphView(e.ws, r, limits);
    QVERIFY(!g.labelled);
    for (const DiagramEdge &edge : g.diagram.edges) {
        QVERIFY(edge.label.isEmpty());
        QVERIFY(!edge.tooltip.isEmpty());
    }
    QVERIFY(g.note().endsWith(QStringLiteral("Hover an edge for the version it uses.")));

    // Everything fits: the note says so.
    limits = {};
    limits.services = 50;
    limits.labelledEdges = 1000;
    g = Fragmentation::driftGraphView(e.ws, r, limits);
    QCOMPARE(g.servicesShown, 20);
    QCOMPARE(g.note(), QStringLiteral("Every shared dependency and every service that uses it."));
}

void TestFragmentation::sample()
{
    // The sample's §2.2 micro-frontends: lodash 4.18.0 (host) and 4.17.21 (sub-app A, bundled).
    const FragmentationResult r = Fragmentation::analyse(Testing::sampleWorkspace());
    const SharedDependency *lodash = find(r, QStringLiteral("lodash"));
    QVERIFY(lodash);
    QCOMPARE(lodash->oldest, QStringLiteral("4.17.21"));
    QCOMPARE(lodash->newest, QStringLiteral("4.18.0"));
    QCOMPARE(lodash->drift.level, DriftLevel::Minor);
    QVERIFY(r.metric(FragmentationMetric::PeerDependencyHygiene).value);
    QCOMPARE(*r.metric(FragmentationMetric::PeerDependencyHygiene).value, 50.0);
}

namespace {

QString dump(const FragmentationResult &r)
{
    QStringList out;
    for (const SharedDependency &d : r.dependencies) {
        QStringList versions;
        for (const VersionUse &v : d.versions)
            versions << v.version + u'=' + v.services.join(u',') + (v.comparable ? QString() : QStringLiteral("?"));
        out << QStringLiteral("%1/%2 %3 %4 %5").arg(int(d.ecosystem)).arg(d.name).arg(d.drift.magnitude).arg(d.services).arg(versions.join(u' '));
    }
    for (const MetricValue &m : r.metrics)
        out << QStringLiteral("%1 %2 %3 %4").arg(int(m.metric)).arg(m.value ? QString::number(*m.value, 'g', 17) : QStringLiteral("-"))
                   .arg(int(m.level)).arg(m.detail);
    out << QString::number(r.sharedDependencies) << QString::number(r.worstDrift, 'g', 17) << r.runtimes.join(u',');
    return out.join(u'\n');
}

} // namespace

void TestFragmentation::incrementalEqualsFull()
{
    // Analysis keeps the metrics up to date row by row; after every kind of
    // edit the result must equal a fresh analyse() of the same workspace.
    Estate e;
    e.ws = Testing::sampleWorkspace();
    for (int s = 0; s < 30; ++s) {
        const QString id = QStringLiteral("svc-%1").arg(s);
        e.service(id, QStringLiteral("nodejs"), s % 2 ? QStringLiteral("18.1.0") : QStringLiteral("20.3.0"));
        for (int k = 0; k < 6; ++k)
            e.dep(id, QStringLiteral("lib-%1").arg(k), QStringLiteral("%1.%2.0").arg(1 + (s + k) % 3).arg(s % 4), {}, Ecosystem::Npm,
                  k == 5 ? DependencyScope::Peer : DependencyScope::Production, k == 4 && s % 5 == 0);
    }
    Document doc;
    doc.resetWorkspace(std::make_unique<Workspace>(e.ws));
    Analysis analysis(&doc);
    auto check = [&](const char *what) {
        QCOMPARE(dump(analysis.fragmentation()), dump(Fragmentation::analyse(doc.workspace())));
        Q_UNUSED(what);
    };
    check("start");
    const TableSchema &deps = Schema::table(TableId::Dependencies);
    const int first = int(doc.workspace().dependencies.size()) - 180; // the generated rows
    QVERIFY(doc.setValue(TableId::Dependencies, first, deps.fieldIndex("version"), QStringLiteral("9.0.0")));
    check("version");
    QVERIFY(doc.setValue(TableId::Dependencies, first + 7, deps.fieldIndex("resolved"), QStringLiteral("1.0.1")));
    check("resolved");
    QVERIFY(doc.setValue(TableId::Dependencies, first + 13, deps.fieldIndex("scope"), int(DependencyScope::Development)));
    check("scope");
    QVERIFY(doc.setValue(TableId::Dependencies, first + 10, deps.fieldIndex("bundled"), true));
    check("bundled");
    QVERIFY(doc.setValue(TableId::Dependencies, first + 20, deps.fieldIndex("version"), QStringLiteral("workspace:*")));
    check("non-registry");
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    check("undo");
    QVERIFY(doc.setValue(TableId::Dependencies, first + 3, deps.fieldIndex("name"), QStringLiteral("lib-0")));
    check("renamed into another dependency");
    QVERIFY(doc.removeRows(TableId::Dependencies, {first + 1}));
    check("row removed");
    QVERIFY(doc.addRow(TableId::Dependencies, {{deps.fieldIndex("service"), QStringLiteral("svc-0")},
                                               {deps.fieldIndex("name"), QStringLiteral("lib-9")},
                                               {deps.fieldIndex("version"), QStringLiteral("1.0.0")}}) >= 0);
    check("row added");
    const int threshold = Schema::table(TableId::FragmentationThresholds).fieldIndex("healthy");
    QVERIFY(doc.setValue(TableId::FragmentationThresholds, 1, threshold, 0.5));
    check("threshold");
    QVERIFY(doc.setValue(TableId::Services, 0, Schema::table(TableId::Services).fieldIndex("runtime_version"), QStringLiteral("22.0.0")));
    check("service runtime");
    doc.undoStack()->setIndex(0);
    check("all undone");
}

void TestFragmentation::mismatchTableFiltersAndSorts()
{
    // The page's table, headless: services filter by name, mismatched-only hides agreeing
    // dependencies, a sort keeps the engine's order for equal keys.
    Estate e;
    e.service(QStringLiteral("billing")).service(QStringLiteral("orders")).service(QStringLiteral("search"));
    e.dep(QStringLiteral("billing"), QStringLiteral("react"), QStringLiteral("15.0.0"))
        .dep(QStringLiteral("orders"), QStringLiteral("react"), QStringLiteral("18.3.1"))
        .dep(QStringLiteral("billing"), QStringLiteral("lodash"), QStringLiteral("4.17.21"))
        .dep(QStringLiteral("search"), QStringLiteral("lodash"), QStringLiteral("4.18.0"))
        .dep(QStringLiteral("orders"), QStringLiteral("left-pad"), QStringLiteral("1.3.0"))
        .dep(QStringLiteral("search"), QStringLiteral("left-pad"), QStringLiteral("1.3.0"));
    auto result = std::make_shared<const FragmentationResult>(Fragmentation::analyse(e.ws));
    auto services = std::make_shared<ServiceDirectory>();
    for (const Service &s : e.ws.services) {
        services->index.insert(s.id, int(services->names.size()));
        services->names << s.name;
        services->contexts << s.context;
    }
    MismatchModel model(nullptr);
    MismatchFilter filter;
    model.setResult(result, services, filter);
    QCOMPARE(model.totalRows(), 3);
    QCOMPARE(model.rowCount(), 2); // left-pad agrees
    QCOMPARE(model.index(0, MismatchModel::NameColumn).data().toString(), QStringLiteral("react")); // worst first
    QCOMPARE(model.index(0, MismatchModel::DriftColumn).data(Qt::ForegroundRole).value<QColor>(), FragmentationStyle::driftColour(DriftLevel::Major));
    filter.mismatchedOnly = false;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    filter.service = QStringLiteral("SEARCH");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2); // lodash and left-pad have a service named search
    QCOMPARE(model.rowOf(Ecosystem::Npm, QStringLiteral("react")), -1);
    model.sort(MismatchModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, MismatchModel::NameColumn).data().toString(), QStringLiteral("left-pad"));
    QVERIFY(model.index(1, MismatchModel::VersionsColumn).data().toString().contains(QStringLiteral("SEARCH")));
}

void TestFragmentation::scanHistoryWordsTheChange()
{
    Estate e;
    e.threshold(FragmentationMetric::VersionDrift, Direction::LowerIsBetter, 0.01, 1, 2)
        .threshold(FragmentationMetric::ProtocolConsistency, Direction::HigherIsBetter, 95, 80, 60);
    ScanRecord before, after;
    before.versionDrift = 2.0;
    after.versionDrift = 1.0;
    before.protocolConsistency = 90.0;
    after.protocolConsistency = 80.0;
    before.stackHeterogeneity = after.stackHeterogeneity = 3.0;
    int better = 0, worse = 0;
    const QString change = ScanHistory::change(e.ws, before, after, &better, &worse);
    QCOMPARE(better, 1); // drift went down
    QCOMPARE(worse, 1);  // consistency went down
    QVERIFY2(change.contains(QStringLiteral("version drift")) && change.contains(QStringLiteral("▼")), qPrintable(change));
    QVERIFY2(!change.contains(QStringLiteral("stack heterogeneity")), qPrintable(change)); // unchanged
    QCOMPARE(ScanHistory::metricText(FragmentationMetric::StackHeterogeneity, 1.0), QStringLiteral("1 runtime version"));
    QCOMPARE(ScanHistory::metricText(FragmentationMetric::VersionDrift, std::nullopt), QStringLiteral("—"));
    QVERIFY(ScanHistory::lowerIsBetter(e.ws, FragmentationMetric::VersionDrift));
    QVERIFY(!ScanHistory::lowerIsBetter(e.ws, FragmentationMetric::ProtocolConsistency));
    before.takenAt = QStringLiteral("2026-12-01T10:00:00Z");
    before.root = QStringLiteral("/src/shop");
    QVERIFY(ScanHistory::label(before).endsWith(QStringLiteral(" · shop")));
}

void TestFragmentation::largeWorkspacesAreAnalysedOnAWorker()
{
    // Analysis decides where the engine runs: a small workspace at once, a
    // large one on a worker (null until fragmentationReady()), never stale.
    Document doc;
    doc.resetWorkspace(std::make_unique<Workspace>(Testing::sampleWorkspace()));
    Analysis analysis(&doc);
    const QString expected = dump(Fragmentation::analyse(doc.workspace()));
    std::shared_ptr<const FragmentationResult> now = analysis.fragmentationFigures();
    QVERIFY(now);
    QCOMPARE(dump(*now), expected);

    analysis.setFragmentationBackgroundFrom(0); // as a workspace of 120 000 dependencies
    int lodash = -1; // shared by two of the sample's services
    for (size_t i = 0; i < doc.workspace().dependencies.size() && lodash < 0; ++i)
        lodash = doc.workspace().dependencies[i].name == u"lodash" ? int(i) : -1;
    QVERIFY(lodash >= 0);
    QVERIFY(doc.setValue(TableId::Dependencies, lodash, Schema::field(&Dependency::version).index, QStringLiteral("1.0.0")));
    QVERIFY(doc.setValue(TableId::Dependencies, lodash, Schema::field(&Dependency::resolved).index, QStringLiteral("1.0.0")));
    QSignalSpy ready(&analysis, &Analysis::fragmentationReady);
    QVERIFY(!analysis.fragmentationFigures());
    QVERIFY(analysis.isComputingFragmentation() || ready.count() > 0);
    QVERIFY(ready.wait(10000));
    const std::shared_ptr<const FragmentationResult> later = analysis.fragmentationFigures();
    QVERIFY(later);
    QCOMPARE(dump(*later), dump(Fragmentation::analyse(doc.workspace())));
    QVERIFY(dump(*later) != expected);
}

QTEST_GUILESS_MAIN(TestFragmentation)
#include "tst_fragmentation.moc"
