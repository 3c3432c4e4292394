// The manifest scanner: a generated monorepo whose ground truth the test
// knows, lock files, skipped folders, symbolic-link loops, cancel, storing
// scans in a workspace, and `archboard-cli scan` as a CI gate.
#include "cliprocess.h"
#include "document.h"
#include "fragmentation.h"
#include "generator.h"
#include "monorepo.h"
#include "scanner.h"
#include "scansession.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ArchBoard;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

using Run = Testing::CliRun;
using Testing::cli;

const ScannedService *serviceAt(const ScanResult &r, const QString &path)
{
    for (const ScannedService &s : r.services) {
        if (s.path == path)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT

private slots:
    void generatedMonorepoMatchesItsTruth();
    void lockFilesResolveAndMarkBundledCopies();
    void skipsFoldersAndSymlinkLoops();
    void requirementsFolderBelongsToItsService();
    void mavenModulesInheritFromEveryPomAbove();
    void cancelStopsTheScan();
    void mergeKeepsApisAndComparesScans();
    void cliScanJsonAndGate();
    void cliScanIntoWorkspace();
    void cliScanBadInput();
    void sessionStoresOneUndoStep();
    void sessionRefusesAndCancels();
    void workspaceGlobs_data();
    void workspaceGlobs();
    void workspaceMembership_data();
    void workspaceMembership();
    void pnpmWorkspaceWinsOverPackageJson();
    void leftOutNestedWorkspaceAndOtherEcosystems();
    void cliNamesTheMembershipRule();
    void pnpmAndYarnLocksResolve_data();
    void pnpmAndYarnLocksResolve();
    void rangesPeersCatalogsAndLocalPackages();
    void polyglotMonorepoMatchesItsTruth();
};

void TestScanner::generatedMonorepoMatchesItsTruth()
{
    QTemporaryDir dir;
    const Testing::MonorepoTruth truth = Testing::writeMonorepo(dir.path(), {});
    ScanOptions options;
    options.root = dir.path();
    int lastDone = 0, lastTotal = 0;
    options.progress = [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    };
    const ScanResult scan = Scanner::scan(options);
    QVERIFY(!scan.cancelled);
    QCOMPARE(scan.manifestsScanned, truth.manifests);
    QCOMPARE(int(scan.services.size()), truth.services);
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(lastTotal, truth.manifests);
    // Broken manifests are reported with file and line; the scan went on.
    for (const QString &file : truth.malformed) {
        bool reported = false;
        for (const ManifestError &e : scan.errors)
            reported = reported || (e.file == file && e.line > 0);
        QVERIFY2(reported, qPrintable(file));
    }
    QCOMPARE(int(scan.errors.size()), int(truth.malformed.size()));
    // Languages and runtimes per ecosystem.
    QCOMPARE(serviceAt(scan, QStringLiteral("services/orders"))->language, QStringLiteral("go"));
    QCOMPARE(serviceAt(scan, QStringLiteral("services/orders"))->runtimeVersion, QStringLiteral("1.22"));
    QCOMPARE(serviceAt(scan, QStringLiteral("services/inventory"))->language, QStringLiteral("rust"));
    QCOMPARE(serviceAt(scan, QStringLiteral("services/finance"))->language, QStringLiteral("java"));
    QCOMPARE(serviceAt(scan, QStringLiteral("services/bi"))->language, QStringLiteral("python"));
    QCOMPARE(serviceAt(scan, QStringLiteral("packages/pkg-3"))->language, QStringLiteral("typescript"));
    QCOMPARE(serviceAt(scan, QStringLiteral("packages/pkg-3"))->name, QStringLiteral("@acme/pkg-3"));
    QVERIFY(serviceAt(scan, QStringLiteral("."))->workspaceRoot);
    // The services' ranges of the one dependency list follow each other and cover it,
    // and each dependency names the service whose range holds it.
    size_t next = 0;
    for (const ScannedService &s : scan.services) {
        QCOMPARE(s.firstDependency, next);
        next += s.dependencyCount;
        for (const Dependency &d : dependenciesOf(scan.dependencies, s)) {
            QCOMPARE(d.service, s.id);
            QVERIFY2(s.path == u"." || d.manifest.startsWith(s.path + u'/'), qPrintable(d.manifest)); // read in the service's folder
        }
    }
    QCOMPARE(next, scan.dependencies.size());
    QVERIFY(scan.dependencies.size() > 1000);

    // Every mismatched dependency is found with exactly its versions; the others do not drift.
    Workspace ws;
    Scanner::merge(&ws, scan, QDateTime::currentDateTimeUtc());
    // Taking the scan's dependencies gives the same workspace as copying them.
    Workspace taking;
    ScanResult consumed = scan;
    Scanner::mergeTaking(&taking, consumed, QDateTime::fromString(ws.scans[0].takenAt, Qt::ISODate));
    QVERIFY(consumed.dependencies.empty());
    QVERIFY(taking.dependencies == ws.dependencies);
    QVERIFY(taking.services == ws.services);
    const FragmentationResult r = Fragmentation::analyse(ws);
    int mismatched = 0;
    for (const SharedDependency &d : r.dependencies) {
        if (d.ecosystem != Ecosystem::Npm)
            continue;
        QVERIFY2(truth.npmVersions.contains(d.name), qPrintable(d.name));
        QSet<QString> versions;
        for (const VersionUse &v : d.versions)
            versions.insert(v.version);
        QCOMPARE(versions, truth.npmVersions.value(d.name));
        QCOMPARE(d.drift.level != DriftLevel::None, truth.npmMismatched.contains(d.name));
        mismatched += d.drift.level != DriftLevel::None ? 1 : 0;
    }
    QCOMPARE(mismatched, int(truth.npmMismatched.size()));
    QVERIFY(mismatched > 10);
    QCOMPARE(int(ws.scans.size()), 1);
    QCOMPARE(ws.scans[0].manifests, truth.manifests);
}

void TestScanner::lockFilesResolveAndMarkBundledCopies()
{
    // Seed §2.2 as an npm workspace: the host's lodash is hoisted (4.18.0);
    // sub-app A needs 4.17.x and gets its own nested copy.
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("package.json")),
          "{\"name\":\"host\",\"workspaces\":[\"apps/" "*\"],\"dependencies\":{\"lodash\":\"^4.18.0\"}}");
    write(dir.filePath(QStringLiteral("apps/a/package.json")), R"({"name":"sub-app-a","dependencies":{"lodash":"~4.17.0"}})");
    write(dir.filePath(QStringLiteral("apps/b/package.json")), R"({"name":"sub-app-b","peerDependencies":{"lodash":"^4.18.0"}})");
    write(dir.filePath(QStringLiteral("package-lock.json")), R"({"name":"host","lockfileVersion":3,"packages":{
        "":{"name":"host","workspaces":["apps/+"]},
        "node_modules/lodash":{"version":"4.18.0"},
        "apps/a":{"name":"sub-app-a"},
        "apps/a/node_modules/lodash":{"version":"4.17.21"},
        "node_modules/sub-app-a":{"resolved":"apps/a","link":true}}})");
    // A Cargo workspace: one lock at the root resolves the members.
    write(dir.filePath(QStringLiteral("rs/Cargo.toml")), "[workspace]\nmembers = [\"api\"]\n");
    write(dir.filePath(QStringLiteral("rs/api/Cargo.toml")), "[package]\nname = \"api\"\nversion = \"0.1.0\"\n\n[dependencies]\nserde = \"1\"\n");
    write(dir.filePath(QStringLiteral("rs/Cargo.lock")),
          "version = 3\n\n[[package]]\nname = \"serde\"\nversion = \"1.0.203\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n"
          "checksum = \"7253ab4de971e72fb7be983802300c30b5a7f0c2e56fab8abfc6a214307c0094\"\n\n[[package]]\nname = \"api\"\nversion = \"0.1.0\"\n");
    ScanOptions options;
    options.root = dir.path();
    const ScanResult scan = Scanner::scan(options);
    QVERIFY(scan.errors.empty());
    const ScannedService *a = serviceAt(scan, QStringLiteral("apps/a"));
    const ScannedService *host = serviceAt(scan, QStringLiteral("."));
    QVERIFY(a && host);
    QCOMPARE(a->dependencyCount, size_t(1));
    QCOMPARE(dependenciesOf(scan.dependencies, *a)[0].resolved, QStringLiteral("4.17.21"));
    QVERIFY(dependenciesOf(scan.dependencies, *a)[0].bundled);
    QCOMPARE(dependenciesOf(scan.dependencies, *host)[0].resolved, QStringLiteral("4.18.0"));
    QVERIFY(!dependenciesOf(scan.dependencies, *host)[0].bundled);
    const ScannedService *api = serviceAt(scan, QStringLiteral("rs/api"));
    QVERIFY(api);
    QCOMPARE(dependenciesOf(scan.dependencies, *api)[0].resolved, QStringLiteral("1.0.203"));

    Workspace ws;
    Scanner::merge(&ws, scan, QDateTime::currentDateTimeUtc());
    const FragmentationResult r = Fragmentation::analyse(ws);
    QCOMPARE(r.dependencies.size(), size_t(1));
    QCOMPARE(r.dependencies[0].drift.level, DriftLevel::Minor); // 4.17.21 vs 4.18.0
    QCOMPARE(*r.metric(FragmentationMetric::PeerDependencyHygiene).value, 200.0 / 3); // A bundles, the host and B share
}

void TestScanner::skipsFoldersAndSymlinkLoops()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("app/package.json")), R"({"name":"app","dependencies":{"a":"1.0.0"}})");
    for (const char *skipped : {"node_modules/x", ".git/y", "vendor/z", "target/w", "build/v", "dist/u", ".cache/t"})
        write(dir.filePath(QLatin1StringView(skipped) + QStringLiteral("/package.json")), R"({"name":"skipped"})");
    QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("app/loop"))));
    ScanOptions options;
    options.root = dir.path();
    const ScanResult scan = Scanner::scan(options);
    QCOMPARE(scan.services.size(), size_t(1));
    QCOMPARE(scan.services[0].name, QStringLiteral("app"));
}

void TestScanner::requirementsFolderBelongsToItsService()
{
    // pip-tools layouts keep one requirements file per environment in requirements/.
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("svc/pyproject.toml")), "[project]\nname = \"svc\"\ndependencies = [\"httpx==0.27.0\"]\n");
    write(dir.filePath(QStringLiteral("svc/requirements/base.txt")), "fastapi==0.110.0\n");
    write(dir.filePath(QStringLiteral("svc/requirements/dev.txt")), "-r base.txt\npytest==8.1.1\n");
    write(dir.filePath(QStringLiteral("svc/requirements/notes.md")), "not a manifest\n");
    ScanOptions options;
    options.root = dir.path();
    const ScanResult scan = Scanner::scan(options);
    QVERIFY2(scan.errors.empty(), scan.errors.empty() ? "" : qPrintable(scan.errors.front().file + u' ' + scan.errors.front().message));
    QCOMPARE(scan.services.size(), size_t(1));
    const ScannedService &svc = scan.services[0];
    QCOMPARE(svc.path, QStringLiteral("svc"));
    QCOMPARE(svc.manifests, (QStringList{"pyproject.toml", "requirements/base.txt", "requirements/dev.txt"}));
    QStringList names;
    for (const Dependency &d : dependenciesOf(scan.dependencies, svc))
        names << d.name + u'@' + d.version + u' ' + d.manifest;
    QVERIFY2(names.contains(QStringLiteral("fastapi@==0.110.0 svc/requirements/base.txt")), qPrintable(names.join(u'\n')));
    QVERIFY2(names.contains(QStringLiteral("pytest@==8.1.1 svc/requirements/dev.txt")), qPrintable(names.join(u'\n')));
    QVERIFY2(names.contains(QStringLiteral("httpx@==0.27.0 svc/pyproject.toml")), qPrintable(names.join(u'\n')));
}

void TestScanner::mavenModulesInheritFromEveryPomAbove()
{
    // The scanner hands a module the POMs of the folders above it: ${revision}
    // from the root resolves two folders down (it was reported as undefined).
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("pom.xml")), "<project><groupId>g</groupId><artifactId>root</artifactId><version>${revision}</version>"
                                                   "<properties><revision>3.3.1</revision></properties><modules><module>mid</module></modules></project>");
    write(dir.filePath(QStringLiteral("mid/pom.xml")), "<project><parent><groupId>g</groupId><artifactId>root</artifactId><version>${revision}</version></parent>"
                                                       "<artifactId>mid</artifactId><modules><module>mod</module></modules></project>");
    write(dir.filePath(QStringLiteral("mid/mod/pom.xml")), "<project><parent><groupId>g</groupId><artifactId>mid</artifactId><version>${revision}</version></parent>"
                                                           "<artifactId>mod</artifactId><dependencies><dependency><groupId>g</groupId>"
                                                           "<artifactId>api</artifactId><version>${revision}</version></dependency></dependencies></project>");
    ScanOptions options;
    options.root = dir.path();
    const ScanResult scan = Scanner::scan(options);
    QVERIFY2(scan.errors.empty(), scan.errors.empty() ? "" : qPrintable(scan.errors.front().file + u' ' + scan.errors.front().message));
    const ScannedService *mod = serviceAt(scan, QStringLiteral("mid/mod"));
    QVERIFY(mod);
    QCOMPARE(mod->dependencyCount, size_t(1));
    QCOMPARE(dependenciesOf(scan.dependencies, *mod)[0].version, QStringLiteral("3.3.1"));
}

void TestScanner::cancelStopsTheScan()
{
    QTemporaryDir dir;
    Testing::MonorepoSpec spec;
    spec.packages = 50;
    Testing::writeMonorepo(dir.path(), spec);
    std::atomic<bool> cancel{true};
    ScanOptions options;
    options.root = dir.path();
    options.cancel = &cancel;
    const ScanResult scan = Scanner::scan(options);
    QVERIFY(scan.cancelled);
    QVERIFY(scan.manifestsScanned < 50);
}

void TestScanner::mergeKeepsApisAndComparesScans()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a/package.json")), R"({"name":"a","dependencies":{"x":"1.0.0"}})");
    write(dir.filePath(QStringLiteral("b/package.json")), R"({"name":"b","dependencies":{"x":"2.0.0"}})");
    write(dir.filePath(QStringLiteral("c/package.json")), R"({"name":"c","dependencies":{"x":"2.0.0"}})");
    Workspace ws = Testing::sampleWorkspace();
    const size_t manual = ws.services.size();
    ScanOptions options;
    options.root = dir.path();
    Scanner::merge(&ws, Scanner::scan(options), QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(ws.services.size(), manual + 3);
    // The board links a scanned service to a context and declares its API.
    auto service = [&](const QString &id) { return std::find_if(ws.services.begin(), ws.services.end(), [&](const Service &s) { return s.id == id; }); };
    service(QStringLiteral("a"))->context = QStringLiteral("orders");
    ws.serviceApis.push_back({QStringLiteral("a"), ApiProtocol::Grpc, ContractStyle::Protobuf, ApiRole::Provides, {}});
    // Later: a catches up, c is gone.
    write(dir.filePath(QStringLiteral("a/package.json")), R"({"name":"a","dependencies":{"x":"2.0.0"}})");
    QVERIFY(QDir(dir.filePath(QStringLiteral("c"))).removeRecursively());
    Scanner::merge(&ws, Scanner::scan(options), QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    QCOMPARE(ws.services.size(), manual + 2);
    QCOMPARE(service(QStringLiteral("a"))->context, QStringLiteral("orders"));
    QVERIFY(std::any_of(ws.serviceApis.begin(), ws.serviceApis.end(), [](const ServiceApi &api) { return api.service == u"a"; }));
    QVERIFY(service(QStringLiteral("c")) == ws.services.end());
    QVERIFY(std::none_of(ws.dependencies.begin(), ws.dependencies.end(), [](const Dependency &d) { return d.service == u"c"; }));
    // Manual services of the sample are untouched.
    QVERIFY(service(QStringLiteral("host-app")) != ws.services.end());
    // Two scans to compare: drift went from 1 major (x 1.0.0 vs 2.0.0) to none for x.
    QCOMPARE(ws.scans.size(), size_t(2));
    QCOMPARE(ws.scans[0].takenAt, QStringLiteral("2026-11-01T09:00:00Z"));
    QVERIFY(*ws.scans[0].versionDrift > *ws.scans[1].versionDrift);
    QVERIFY(ws.scans[0].id != ws.scans[1].id);
}

void TestScanner::cliScanJsonAndGate()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    QTemporaryDir dir;
    Testing::MonorepoSpec spec;
    spec.packages = 40;
    const Testing::MonorepoTruth truth = Testing::writeMonorepo(dir.path(), spec);
    Run r = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("manifests_scanned")).toInt(), truth.manifests);
    QCOMPARE(o.value(QStringLiteral("services")).toArray().size(), truth.services);
    QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 2);
    const QJsonObject error = o.value(QStringLiteral("errors")).toArray().first().toObject();
    QVERIFY(error.contains(QStringLiteral("file")) && error.contains(QStringLiteral("line")) && error.contains(QStringLiteral("message")));
    const QJsonObject metrics = o.value(QStringLiteral("metrics")).toObject();
    for (const char *key : {"version_drift", "protocol_consistency", "peer_dependency_hygiene", "stack_heterogeneity"}) {
        const QJsonObject m = metrics.value(QLatin1StringView(key)).toObject();
        QVERIFY2(m.contains(QStringLiteral("value")) && m.contains(QStringLiteral("unit")) && m.contains(QStringLiteral("level")), key);
    }
    const QString driftLevel = metrics.value(QStringLiteral("version_drift")).toObject().value(QStringLiteral("level")).toString();
    QVERIFY2(driftLevel == u"high" || driftLevel == u"severe", qPrintable(driftLevel)); // majors apart
    int mismatched = 0;
    for (const QJsonValue &v : o.value(QStringLiteral("dependencies")).toArray()) {
        const QJsonObject d = v.toObject();
        QVERIFY(d.contains(QStringLiteral("ecosystem")) && d.contains(QStringLiteral("versions")) && d.contains(QStringLiteral("magnitude")));
        mismatched += d.value(QStringLiteral("drift")).toString() != u"none" ? 1 : 0;
    }
    QCOMPARE(mismatched, int(truth.npmMismatched.size()));
    // The gate: exit 1 once a metric reaches the level.
    QCOMPARE(cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--fail-on"), QStringLiteral("high")}).code, 1);
    r = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--fail-on"), QStringLiteral("warning")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("Gate failed")));
    // A tidy repo passes.
    QTemporaryDir tidy;
    write(tidy.filePath(QStringLiteral("a/package.json")), R"({"name":"a","engines":{"node":"20.11.0"},"dependencies":{"x":"1.0.0"}})");
    write(tidy.filePath(QStringLiteral("b/package.json")), R"({"name":"b","engines":{"node":"20.11.0"},"dependencies":{"x":"1.0.0"}})");
    r = cli({QStringLiteral("scan"), tidy.path(), QStringLiteral("--fail-on"), QStringLiteral("warning")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Gate passed")));
}

void TestScanner::cliScanIntoWorkspace()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    QTemporaryDir repo;
    Testing::MonorepoSpec spec;
    spec.packages = 10;
    spec.malformed = false;
    const Testing::MonorepoTruth truth = Testing::writeMonorepo(repo.path(), spec);
    QTemporaryDir out;
    const QString ws = out.filePath(QStringLiteral("estate.archboard"));
    QCOMPARE(cli({QStringLiteral("scan"), repo.path(), QStringLiteral("--into"), ws}).code, 0);
    QCOMPARE(cli({QStringLiteral("scan"), repo.path(), QStringLiteral("--into"), ws}).code, 0);
    InputError error;
    const std::unique_ptr<Workspace> loaded = WorkspaceFile::load(ws, &error);
    QVERIFY2(loaded, qPrintable(error.toString()));
    QCOMPARE(int(loaded->services.size()), truth.services);
    QCOMPARE(loaded->scans.size(), size_t(2));
    QVERIFY(!loaded->fragmentationThresholds.empty());
    const Run report = cli({QStringLiteral("report"), ws});
    const QJsonObject frag = QJsonDocument::fromJson(report.out.toUtf8()).object().value(QStringLiteral("fragmentation")).toObject();
    QCOMPARE(frag.value(QStringLiteral("scans")).toArray().size(), 2);
    QVERIFY(frag.value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("version_drift")));
}

void TestScanner::cliScanBadInput()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    QTemporaryDir dir;
    Run r = cli({QStringLiteral("scan"), dir.filePath(QStringLiteral("missing"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("not a readable folder")));
    QCOMPARE(cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--fail-on"), QStringLiteral("sometimes")}).code, 2);
    QCOMPARE(cli({QStringLiteral("scan"), dir.path(), QStringLiteral("-f"), QStringLiteral("xml")}).code, 2);
    QCOMPARE(cli({QStringLiteral("scan")}).code, 2);
    QCOMPARE(cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--into"), dir.filePath(QStringLiteral("x.txt"))}).code, 2);
    // An empty folder is a valid, empty scan.
    r = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("-f"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("manifests_scanned")).toInt(), 0);
    // Output that cannot be written (a full disk) is an error, not a silent success.
    if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
        write(dir.filePath(QStringLiteral("repo/package.json")), R"({"name":"a","dependencies":{"left-pad":"1.3.0"}})");
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(qEnvironmentVariable("ARCHBOARD_CLI"), {QStringLiteral("scan"), dir.filePath(QStringLiteral("repo")), QStringLiteral("-f"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("cannot write the JSON"), "no message about the output");
    }
}

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

void TestScanner::sessionStoresOneUndoStep()
{
    // "Scan folder…" without the page: scanned on workers, merged off the
    // document's thread, stored as one undo step with the merged workspace's metrics.
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a/package.json")), R"({"name": "a", "dependencies": {"lodash": "4.17.21"}})");
    writeFile(dir.filePath(QStringLiteral("b/package.json")), R"({"name": "b", "dependencies": {"lodash": "4.18.0"}})");
    Document doc;
    doc.resetWorkspace(std::make_unique<Workspace>(Testing::sampleWorkspace()));
    const size_t scansBefore = doc.workspace().scans.size();
    ScanSession session(&doc);
    QSignalSpy finished(&session, &ScanSession::finished);
    QSignalSpy scanned(&session, &ScanSession::scanned);
    QString error;
    QVERIFY2(session.start(dir.path(), &error), qPrintable(error));
    QVERIFY(session.isRunning());
    QVERIFY(!session.start(dir.path(), &error)); // one at a time
    QVERIFY(finished.wait(20000));
    QCOMPARE(scanned.count(), 1);
    const QList<QVariant> args = finished.takeFirst();
    QVERIFY2(args.at(0).toBool(), qPrintable(args.at(1).toString()));
    QVERIFY(args.at(1).toString().contains(QStringLiteral("stored as one undo step")));
    QCOMPARE(args.at(3).toULongLong(), doc.revision());
    const auto metrics = args.at(2).value<std::shared_ptr<const FragmentationResult>>();
    QVERIFY(metrics);
    QCOMPARE(metrics->metrics.size(), Fragmentation::analyse(doc.workspace()).metrics.size());
    QCOMPARE(doc.workspace().scans.size(), scansBefore + 1);
    QVERIFY(!session.isRunning());
    QVERIFY(doc.canUndo());
    doc.undo();
    QCOMPARE(doc.workspace().scans.size(), scansBefore);
}

void TestScanner::sessionRefusesAndCancels()
{
    Document doc;
    doc.resetWorkspace(std::make_unique<Workspace>(Testing::sampleWorkspace()));
    ScanSession session(&doc);
    QString error;
    QVERIFY(!session.start(QStringLiteral("/no/such/folder"), &error));
    QVERIFY2(error.contains(QStringLiteral("/no/such/folder")), qPrintable(error));

    // A replaced workspace cancels the run: its scan would land in the other one.
    QTemporaryDir dir;
    for (int i = 0; i < 200; ++i)
        writeFile(dir.filePath(QStringLiteral("s%1/package.json").arg(i)), R"({"name": "x", "dependencies": {"lodash": "4.17.21"}})");
    QSignalSpy finished(&session, &ScanSession::finished);
    QVERIFY(session.start(dir.path(), &error));
    const size_t scans = doc.workspace().scans.size();
    doc.resetWorkspace(std::make_unique<Workspace>(Testing::sampleWorkspace()));
    QVERIFY(finished.wait(20000));
    const QList<QVariant> args = finished.takeFirst();
    QVERIFY(!args.at(0).toBool());
    QVERIFY2(args.at(1).toString().contains(QStringLiteral("cancelled")), qPrintable(args.at(1).toString()));
    QCOMPARE(doc.workspace().scans.size(), scans);
}

void TestScanner::workspaceGlobs_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    auto add = [](const char *name, const char *glob, const char *path, bool matches) {
        QTest::newRow(name) << QString::fromUtf8(glob) << QString::fromUtf8(path) << matches;
    };
    add("star one segment", "packages/*", "packages/ui", true);
    add("star not two", "packages/*", "packages/ui/test", false);
    add("star not the folder", "packages/*", "packages", false);
    add("globstar any depth", "packages/**", "packages/ui/test/app", true);
    add("globstar zero segments", "packages/**", "packages", true);
    add("globstar in the middle", "**/test/**", "packages/ui/test/app", true);
    add("globstar leading", "**/fixtures", "test/fixtures", true);
    add("globstar leading, other name", "**/fixtures", "test/fixture", false);
    add("dot slash", "./apps/*", "apps/web", true);
    add("trailing slash", "apps/web/", "apps/web", true);
    add("exact", "libs/money", "libs/money", true);
    add("exact other", "libs/money", "libs/moneys", false);
    add("question mark", "svc-?", "svc-a", true);
    add("question mark one", "svc-?", "svc-ab", false);
    add("class", "v[0-9]", "v7", true);
    add("negated class", "v[!0-9]", "v7", false);
    add("braces", "tools/{lint,build-*}", "tools/build-web", true);
    add("braces other", "tools/{lint,build-*}", "tools/scratch", false);
    add("nested braces", "a/{b,c{d,e}}", "a/ce", true);
    add("unbalanced brace literal", "a/{b", "a/{b", true);
    add("prefix star", "pkg-*", "pkg-12", true);
    add("star matches empty", "pkg-*", "pkg-", true);
    add("hidden folder not by star", "*", ".cache", false);
    add("hidden folder named", ".cache", ".cache", true);
    add("root by dot", ".", ".", true);
    add("root not by star", "*", ".", false);
}

void TestScanner::workspaceGlobs()
{
    QFETCH(QString, glob);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    QCOMPARE(WorkspaceMembership::globMatches(glob, path), matches);
}

void TestScanner::workspaceMembership_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QStringList>("leftOut"); // "path|reason fragment"
    QTest::newRow("npm workspaces")
        << "npm" << QStringList{".", "apps/web", "packages/cart", "services/pricing"}
        << QStringList{"examples/demo/package.json|not matched by package.json workspaces [packages/*, apps/*] in .",
                       "test/fixtures/old-app/package.json|not matched by package.json workspaces [packages/*, apps/*] in ."};
    QTest::newRow("yarn object form, negation")
        << "yarn" << QStringList{".", "packages/admin", "packages/api"}
        << QStringList{"packages/sandbox/package.json|excluded by package.json workspaces [packages/*, !packages/sandbox] in ."};
    QTest::newRow("pnpm excludes, braces, root")
        << "pnpm" << QStringList{".", "packages/ui", "tools/build-web", "tools/lint"}
        << QStringList{"packages/ui/test/app/package.json|excluded by pnpm-workspace.yaml packages [!**/test/**, packages/**, tools/{lint,build-*}] in .",
                       "tools/scratch/package.json|not matched by pnpm-workspace.yaml packages"};
    QTest::newRow("cargo members, exclude, path dependency")
        << "cargo" << QStringList{".", "crates/api", "crates/store", "libs/util"}
        << QStringList{"crates/experimental/Cargo.toml|excluded by Cargo.toml [workspace] members [crates/*] exclude [crates/experimental] in .",
                       "examples/demo/Cargo.toml|not matched by Cargo.toml [workspace] members [crates/*] exclude [crates/experimental] in ."};
    QTest::newRow("uv workspace members, exclude")
        << "uv" << QStringList{".", "packages/billing", "packages/ledger"}
        << QStringList{"examples/notebook/pyproject.toml|not matched by pyproject.toml [tool.uv.workspace] members [packages/*] exclude [packages/legacy-*] in .",
                       "packages/legacy-sync/pyproject.toml|excluded by pyproject.toml [tool.uv.workspace] members [packages/*] exclude [packages/legacy-*] in ."};
    QTest::newRow("go.work use")
        << "go" << QStringList{"libs/money", "services/billing", "services/orders"}
        << QStringList{"testdata/oldmod/go.mod|not matched by go.work use [./services/orders, ./services/billing, ./libs/money] in ."};
    QTest::newRow("maven modules, recursive, profiles")
        << "maven" << QStringList{".", "core", "services", "services/orders", "tools/cli"}
        << QStringList{"samples/legacy/nested/pom.xml|inside samples/legacy, which is itself left out: not matched by pom.xml <modules>",
                       "samples/legacy/pom.xml|not matched by pom.xml <modules> [core, services, tools/cli] in ."};
}

void TestScanner::workspaceMembership()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, services);
    QFETCH(QStringList, leftOut);
    ScanOptions options;
    options.root = qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/workspaces/") + fixture;
    const ScanResult scan = Scanner::scan(options);
    QVERIFY2(scan.errors.empty(), qPrintable(scan.errors.empty() ? QString() : scan.errors.front().file + u' ' + scan.errors.front().message));
    QStringList paths;
    for (const ScannedService &s : scan.services)
        paths << s.path;
    paths.sort();
    QCOMPARE(paths, services);
    QCOMPARE(int(scan.leftOut.size()), int(leftOut.size()));
    for (qsizetype i = 0; i < leftOut.size(); ++i) {
        const QStringList expected = leftOut[i].split(u'|');
        const LeftOutManifest &l = scan.leftOut[size_t(i)];
        QCOMPARE(l.path, expected[0]);
        QVERIFY2(l.reason.startsWith(expected[1]), qPrintable(l.reason));
        QVERIFY(l.rule >= 0 && size_t(l.rule) < scan.workspaceRules.size());
    }
    QVERIFY(!scan.workspaceRules.empty());
    int left = 0;
    for (const WorkspaceRule &r : scan.workspaceRules)
        left += r.leftOut;
    QCOMPARE(left, int(leftOut.size()));
}

void TestScanner::pnpmWorkspaceWinsOverPackageJson()
{
    // pnpm reads pnpm-workspace.yaml and ignores package.json "workspaces".
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("package.json")), R"({"name": "r", "workspaces": ["legacy/*"]})");
    write(dir.filePath(QStringLiteral("pnpm-workspace.yaml")), "packages:\n  - 'apps/*'\n");
    write(dir.filePath(QStringLiteral("apps/a/package.json")), R"({"name": "a"})");
    write(dir.filePath(QStringLiteral("legacy/b/package.json")), R"({"name": "b"})");
    ScanOptions options;
    options.root = dir.path();
    const ScanResult scan = Scanner::scan(options);
    QCOMPARE(scan.workspaceRules.size(), size_t(1));
    QCOMPARE(scan.workspaceRules.front().file, QStringLiteral("pnpm-workspace.yaml"));
    QCOMPARE(scan.workspaceRules.front().line, 2);
    QCOMPARE(scan.leftOut.size(), size_t(1));
    QCOMPARE(scan.leftOut.front().path, QStringLiteral("legacy/b/package.json"));
    QVERIFY(serviceAt(scan, QStringLiteral("apps/a")));
    QVERIFY(!serviceAt(scan, QStringLiteral("legacy/b")));

    // A pnpm-workspace.yaml pnpm cannot read decides nothing; the scan says why.
    write(dir.filePath(QStringLiteral("pnpm-workspace.yaml")), "packages:\n  - 'apps/*\n");
    const ScanResult broken = Scanner::scan(options);
    QCOMPARE(broken.errors.size(), size_t(1));
    QCOMPARE(broken.errors.front().file, QStringLiteral("pnpm-workspace.yaml"));
    QVERIFY(broken.errors.front().line > 0);
    QCOMPARE(broken.workspaceRules.size(), size_t(1)); // package.json's, as npm would read it
    QCOMPARE(broken.workspaceRules.front().file, QStringLiteral("package.json"));
}

void TestScanner::leftOutNestedWorkspaceAndOtherEcosystems()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("package.json")), R"({"name": "r", "workspaces": ["packages/*"]})");
    write(dir.filePath(QStringLiteral("packages/a/package.json")), R"({"name": "a", "dependencies": {"lodash": "4.17.21"}})");
    // A fixture that is a workspace itself: it and its members are left out.
    write(dir.filePath(QStringLiteral("test/fixtures/ws/package.json")), R"({"name": "fx", "workspaces": ["m/*"]})");
    write(dir.filePath(QStringLiteral("test/fixtures/ws/m/x/package.json")), R"({"name": "x", "dependencies": {"lodash": "1.0.0"}})");
    // A broken fixture is left out, and its error with it.
    write(dir.filePath(QStringLiteral("test/fixtures/broken/package.json")), "{ not json");
    // Other ecosystems in a left-out folder still count; so does a package.json beside them.
    write(dir.filePath(QStringLiteral("tools/gen/go.mod")), "module example.com/gen\n\ngo 1.22\n");
    write(dir.filePath(QStringLiteral("tools/gen/package.json")), R"({"name": "gen-scripts"})");
    ScanOptions options;
    options.root = dir.path();
    const ScanResult scan = Scanner::scan(options);
    QVERIFY(scan.errors.empty());
    QCOMPARE(scan.leftOut.size(), size_t(4));
    QCOMPARE(scan.leftOut[0].path, QStringLiteral("test/fixtures/broken/package.json"));
    QCOMPARE(scan.leftOut[1].path, QStringLiteral("test/fixtures/ws/m/x/package.json"));
    QCOMPARE(scan.leftOut[1].reason, QStringLiteral("inside test/fixtures/ws, which is itself left out: not matched by package.json workspaces [packages/*] in ."));
    QCOMPARE(scan.leftOut[2].path, QStringLiteral("test/fixtures/ws/package.json"));
    QCOMPARE(scan.leftOut[3].path, QStringLiteral("tools/gen/package.json"));
    const ScannedService *gen = serviceAt(scan, QStringLiteral("tools/gen"));
    QVERIFY(gen);
    QCOMPARE(gen->manifests, QStringList{QStringLiteral("go.mod")});
    QCOMPARE(gen->language, QStringLiteral("go"));
    QCOMPARE(scan.workspaceRules.size(), size_t(2));
    QCOMPARE(scan.workspaceRules[0].members, 1);
    QCOMPARE(scan.workspaceRules[0].leftOut, 4);

    // The scan record says what was left out and why.
    Workspace ws;
    Scanner::merge(&ws, scan, QDateTime::currentDateTimeUtc());
    QVERIFY2(ws.scans.back().note.contains(QStringLiteral("manifests left out as not workspace members (4): test/fixtures/broken/package.json (not matched by package.json workspaces [packages/*] in .)")),
             qPrintable(ws.scans.back().note));
}

void TestScanner::cliNamesTheMembershipRule()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    const QString fixture = qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/workspaces/npm");
    // Left out, the old fixture and the example cannot fail the gate.
    Run r = cli({QStringLiteral("scan"), fixture, QStringLiteral("--fail-on"), QStringLiteral("high")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("package.json workspaces [packages/*, apps/*] in .  members: 2, left out: 2")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("test/fixtures/old-app/package.json: not matched by package.json workspaces [packages/*, apps/*] in .")));
    QVERIFY(r.out.contains(QStringLiteral("react ")));
    QVERIFY(!r.out.contains(QStringLiteral("lodash ")));
    r = cli({QStringLiteral("scan"), fixture, QStringLiteral("-f"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray rules = o.value(QStringLiteral("workspaces")).toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules[0].toObject().value(QStringLiteral("file")).toString(), QStringLiteral("package.json"));
    QCOMPARE(rules[0].toObject().value(QStringLiteral("ecosystem")).toString(), QStringLiteral("npm"));
    QCOMPARE(rules[0].toObject().value(QStringLiteral("patterns")).toArray().size(), 2);
    const QJsonArray leftOut = o.value(QStringLiteral("left_out")).toArray();
    QCOMPARE(leftOut.size(), 2);
    QCOMPARE(leftOut[1].toObject().value(QStringLiteral("manifest")).toString(), QStringLiteral("test/fixtures/old-app/package.json"));
    QVERIFY(leftOut[1].toObject().value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("not matched by")));

    // The same tree without its workspace definition counts the fixture: the gate fails.
    QTemporaryDir copy;
    for (const QString &file : {QStringLiteral("apps/web/package.json"), QStringLiteral("packages/cart/package.json"),
                                QStringLiteral("test/fixtures/old-app/package.json"), QStringLiteral("examples/demo/package.json")}) {
        QFile in(fixture + u'/' + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        write(copy.filePath(file), in.readAll());
    }
    write(copy.filePath(QStringLiteral("package.json")), R"({"name": "shop", "private": true})");
    r = cli({QStringLiteral("scan"), copy.path(), QStringLiteral("--fail-on"), QStringLiteral("high")});
    QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("lodash ")));
}

void TestScanner::pnpmAndYarnLocksResolve_data()
{
    QTest::addColumn<QString>("lock");     // fixture under tests/data/manifests
    QTest::addColumn<QString>("cartLodash");
    QTest::addColumn<QString>("webLodash");
    QTest::addColumn<QString>("drift");    // of lodash
    // pnpm resolved both requests to one version: no drift, although the
    // requests' floors (4.17.0, 4.17.20) are 20 patches apart.
    QTest::newRow("pnpm 9") << "pnpm/pnpm-lock.yaml" << "4.17.21" << "4.17.21" << "none";
    // yarn 1 installed two copies: a real minor drift.
    QTest::newRow("yarn 1") << "yarn-v1/yarn.lock" << "4.18.1" << "4.17.21" << "1 minor";
    QTest::newRow("yarn berry") << "yarn-berry/yarn.lock" << "4.17.21" << "4.17.21" << "none";
}

void TestScanner::pnpmAndYarnLocksResolve()
{
    QFETCH(QString, lock);
    QFETCH(QString, cartLodash);
    QFETCH(QString, webLodash);
    QFETCH(QString, drift);
    QTemporaryDir dir;
    QFile fixture(qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/manifests/") + lock);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    write(dir.filePath(lock.section(u'/', 1)), fixture.readAll());
    write(dir.filePath(QStringLiteral("package.json")),
          R"({"name": "shop", "private": true, "workspaces": ["packages/*", "apps/*"], "devDependencies": {"typescript": "~5.4.0"}})");
    write(dir.filePath(QStringLiteral("packages/cart/package.json")),
          R"({"name": "@shop/cart", "version": "1.0.0", "dependencies": {"lodash": "^4.17.0", "react": "^18.2.0"}})");
    write(dir.filePath(QStringLiteral("apps/web/package.json")),
          R"({"name": "@shop/web", "dependencies": {"@shop/cart": "workspace:*", "lodash": "~4.17.20", "react-dom": "^18.2.0"},
              "devDependencies": {"left-pad": "npm:@acme/pad@^1.3.0"}})");
    ScanOptions options;
    options.root = dir.path();
    const ScanResult scan = Scanner::scan(options);
    QVERIFY2(scan.errors.empty(), qPrintable(scan.errors.empty() ? QString() : scan.errors.front().message));
    auto resolved = [&](const QString &path, const QString &name) {
        for (const Dependency &d : dependenciesOf(scan.dependencies, *serviceAt(scan, path))) {
            if (d.name == name)
                return d.resolved;
        }
        return QStringLiteral("(none)");
    };
    QCOMPARE(resolved(QStringLiteral("packages/cart"), QStringLiteral("lodash")), cartLodash);
    QCOMPARE(resolved(QStringLiteral("apps/web"), QStringLiteral("lodash")), webLodash);
    QCOMPARE(resolved(QStringLiteral("apps/web"), QStringLiteral("left-pad")), QStringLiteral("1.3.2"));
    QCOMPARE(resolved(QStringLiteral("apps/web"), QStringLiteral("@shop/cart")), QString());
    QCOMPARE(resolved(QStringLiteral("."), QStringLiteral("typescript")), lock.startsWith(u"yarn-v1") ? QString() : QStringLiteral("5.4.5"));
    Workspace ws;
    Scanner::merge(&ws, scan, QDateTime::currentDateTimeUtc());
    const FragmentationResult r = Fragmentation::analyse(ws);
    const auto lodash = std::find_if(r.dependencies.begin(), r.dependencies.end(), [](const SharedDependency &d) { return d.name == u"lodash"; });
    QVERIFY(lodash != r.dependencies.end());
    QCOMPARE(Fragmentation::describeDistance(lodash->drift.magnitude), drift);
}

void TestScanner::rangesPeersCatalogsAndLocalPackages()
{
    ScanOptions options;
    options.root = qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/workspaces/ranges");
    const ScanResult scan = Scanner::scan(options);
    QVERIFY(scan.errors.empty());
    QStringList findings;
    for (const ScanFinding &f : scan.findings)
        findings << f.kind + u'|' + f.message;
    const QStringList expected = {
        "catalog|react in packages/admin asks for catalog:missing, which pnpm-workspace.yaml in . does not list",
        "range-style|lodash is requested in different range styles: ^ in packages/ui; ~ in packages/app",
        "local-version|@r/ui in packages/app asks for ^1.0.0, but packages/ui is 2.0.0",
        // workspace:RANGE is published as RANGE, so it must hold for the local copy;
        // workspace:* takes whatever is there, but there must be one (pnpm refuses otherwise).
        "local-missing|@r/gone in packages/tools asks for workspace:*, but no package in the scanned workspace is named @r/gone",
        "local-version|@r/ui in packages/tools asks for workspace:^1.5.0, but packages/ui is 2.0.0",
    };
    QCOMPARE(findings, expected);
    // catalog: and catalog:NAME become the catalogs' ranges.
    auto request = [&](const QString &path, const QString &name, DependencyScope scope) {
        for (const Dependency &d : dependenciesOf(scan.dependencies, *serviceAt(scan, path))) {
            if (d.name == name && d.scope == scope)
                return d.version;
        }
        return QStringLiteral("(none)");
    };
    QCOMPARE(request(QStringLiteral("packages/ui"), QStringLiteral("react"), DependencyScope::Production), QStringLiteral("^18.2.0"));
    QCOMPARE(request(QStringLiteral("packages/app"), QStringLiteral("react"), DependencyScope::Production), QStringLiteral("^17.0.2"));

    Workspace ws;
    Scanner::merge(&ws, scan, QDateTime::currentDateTimeUtc());
    const FragmentationResult r = Fragmentation::analyse(ws);
    auto shared = [&](const QString &name) {
        return *std::find_if(r.dependencies.begin(), r.dependencies.end(), [&](const SharedDependency &d) { return d.name == name; });
    };
    // react: 17.0.2 (app) and 18.2.0 (ui) are in use; app's peer range ^16.8.0 is not a version in use.
    const SharedDependency react = shared(QStringLiteral("react"));
    QCOMPARE(react.oldest, QStringLiteral("17.0.2"));
    QCOMPARE(react.newest, QStringLiteral("18.2.0"));
    QCOMPARE(Fragmentation::describeDistance(react.drift.magnitude), QStringLiteral("1 major"));
    // react-dom: ui's peer range is listed, not compared; one installed use alone does not drift.
    const SharedDependency reactDom = shared(QStringLiteral("react-dom"));
    QCOMPARE(reactDom.versions.size(), size_t(2));
    QCOMPARE(reactDom.versions[1].version, QStringLiteral(">=16"));
    QVERIFY(!reactDom.versions[1].comparable);
    QVERIFY(reactDom.versions[1].note.contains(QStringLiteral("peer range")));
    QCOMPARE(reactDom.drift.magnitude, 0.0);
    // Peer hygiene keeps its meaning: react-dom and react have a peer declaration, nobody bundles.
    QCOMPARE(*r.metric(FragmentationMetric::PeerDependencyHygiene).value, 100.0);
    QVERIFY(ws.scans.back().note.contains(QStringLiteral("findings (5)")));
}

void TestScanner::polyglotMonorepoMatchesItsTruth()
{
    // The benchmark's polyglot tree: every ecosystem under its workspace definition.
    QTemporaryDir dir;
    Testing::MonorepoSpec spec;
    spec.packages = 30;
    spec.polyglotServices = 40;
    const Testing::MonorepoTruth truth = Testing::writeMonorepo(dir.path(), spec);
    ScanOptions options;
    options.root = dir.path();
    const ScanResult scan = Scanner::scan(options);
    QCOMPARE(scan.manifestsScanned, truth.manifests);
    QCOMPARE(int(scan.services.size()), truth.services);
    QCOMPARE(int(scan.leftOut.size()), truth.leftOut);
    QCOMPARE(int(scan.errors.size()), int(truth.malformed.size()));
    QCOMPARE(scan.workspaceRules.size(), size_t(4)); // Cargo.toml, go.work, package.json, pom.xml
    QVERIFY(serviceAt(scan, QStringLiteral("go/m-1")));
    QVERIFY(serviceAt(scan, QStringLiteral("services/orders")));
    QVERIFY(!serviceAt(scan, QStringLiteral("go/testdata/old")));
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
