// Manifest and lock-file parsing for the fragmentation scanner: every format
// against real-looking files (exact dependencies, scopes, runtimes, workspace
// members), malformed files (file, line, message, and the good entries kept),
// hostile input that must give errors without crashing or hanging, and
// parse() called from several threads at once.
#include "manifests.h"
#include "manifestparsing.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <thread>

using namespace ArchBoard;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/manifests/");
}

QByteArray readData(const QString &relative)
{
    QFile file(dataDir() + relative);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// Parses a fixture, its kind taken from its file name as the scanner does.
Manifest load(const QString &relative, const QString &parentPom = {})
{
    ManifestKind kind = ManifestKind::PackageJson;
    if (!Manifests::kindOf(relative, &kind))
        qWarning("not a manifest name: %s", qPrintable(relative));
    return Manifests::parse(kind, relative, readData(relative), parentPom.isEmpty() ? QByteArray() : readData(parentPom));
}

/// "name|requested|resolved|scope|ecosystem"
QString row(const ManifestDependency &d)
{
    return QStringList{d.name, d.requested, d.resolved, Enums::dependencyScope.key(int(d.scope)), Enums::ecosystem.key(int(d.ecosystem))}
        .join(QLatin1Char('|'));
}

QStringList rows(const Manifest &m)
{
    QStringList out;
    for (const ManifestDependency &d : m.dependencies)
        out.append(row(d));
    return out;
}

/// "line: message" for failure output.
QString errorList(const Manifest &m)
{
    QStringList out;
    for (const ManifestError &e : m.errors)
        out.append(QStringLiteral("%1:%2: %3").arg(e.file).arg(e.line).arg(e.message));
    return out.join(QLatin1Char('\n'));
}

const ManifestDependency *find(const Manifest &m, const QString &name, int nth = 0)
{
    for (const ManifestDependency &d : m.dependencies) {
        if (d.name == name && nth-- == 0)
            return &d;
    }
    return nullptr;
}

QByteArray repeat(const QByteArray &s, qsizetype n)
{
    QByteArray out;
    out.reserve(s.size() * n);
    for (qsizetype i = 0; i < n; ++i)
        out += s;
    return out;
}

const ManifestKind allKinds[] = {ManifestKind::PackageJson, ManifestKind::PackageLock, ManifestKind::GoMod,
                                 ManifestKind::CargoToml,   ManifestKind::CargoLock,   ManifestKind::PomXml,
                                 ManifestKind::RequirementsTxt, ManifestKind::PyProject, ManifestKind::DependenciesLock,
                                 ManifestKind::PnpmWorkspace, ManifestKind::GoWork, ManifestKind::PnpmLock, ManifestKind::YarnLock};

} // namespace

class TestManifests : public QObject
{
    Q_OBJECT

private slots:
    void kindOf_data();
    void kindOf();
    void normalisePythonName_data();
    void normalisePythonName();

    void packageJsonReactApp();
    void packageJsonWorkspaceRootAndLibrary();
    void packageJsonWorkspacesObjectForm();
    void packageLockV3Monorepo();
    void packageLockV2();
    void goModService();
    void cargoWorkspaceRoot();
    void cargoWorkspaceMember();
    void cargoLock();
    void pomSpringBootServiceWithParent();
    void pomServiceWithoutParentReportsProperties();
    void pomInheritsThroughTwoParents();
    void pomParentAggregator();
    void requirementsPipCompile();
    void requirementsDevOptions();
    void pyprojectPoetry();
    void pyprojectPep621();
    void dependenciesLockSeed();
    void dependenciesLockEcosystemOverride();
    void dependenciesLockRuntimes_data();
    void dependenciesLockRuntimes();
    void dependenciesLockReadersAgree_data();
    void dependenciesLockReadersAgree();
    void pnpmWorkspaceCatalogs();
    void pnpmLockVersions_data();
    void pnpmLockVersions();
    void yarnLockV1();
    void yarnLockBerry();
    void goWorkUses();
    void cargoWorkspaceExclude();
    void pomProfileModules();

    void emptyAndForeignFiles_data();
    void emptyAndForeignFiles();
    void malformed_data();
    void malformed();
    void hostileInput_data();
    void hostileInput();
    void errorsAreCapped();
    void mutatedFixturesNeverCrash();
    void parallelParsingGivesTheSameResults();
};

void TestManifests::kindOf_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("kind");
    auto add = [](const char *name, int kind) { QTest::newRow(name) << QString::fromUtf8(name) << (kind >= 0) << kind; };
    add("package.json", int(ManifestKind::PackageJson));
    add("apps/web/package.json", int(ManifestKind::PackageJson));
    add("package-lock.json", int(ManifestKind::PackageLock));
    add("services/payments/go.mod", int(ManifestKind::GoMod));
    add("Cargo.toml", int(ManifestKind::CargoToml));
    add("Cargo.lock", int(ManifestKind::CargoLock));
    add("C:\\src\\orders\\pom.xml", int(ManifestKind::PomXml));
    add("requirements.txt", int(ManifestKind::RequirementsTxt));
    add("requirements-dev.txt", int(ManifestKind::RequirementsTxt));
    add("ml/requirements_gpu.txt", int(ManifestKind::RequirementsTxt));
    add("requirements/base.txt", int(ManifestKind::RequirementsTxt));
    add("pyproject.toml", int(ManifestKind::PyProject));
    add("deploy/dependencies.lock", int(ManifestKind::DependenciesLock));
    add("pnpm-workspace.yaml", int(ManifestKind::PnpmWorkspace));
    add("go.work", int(ManifestKind::GoWork));
    add("pnpm-workspace.yml", -1);
    add("go.work.sum", -1);
    add("requirements.in", -1);
    add("requirements-.txt", -1);
    add("dev-requirements.md", -1);
    add("package.json.bak", -1);
    add("Package.json", -1);
    add("go.sum", -1);
    add("yarn.lock", int(ManifestKind::YarnLock));
    add("pnpm-lock.yaml", int(ManifestKind::PnpmLock));
    add("docs/base.txt", -1);
    add("", -1);
}

void TestManifests::kindOf()
{
    QFETCH(QString, fileName);
    QFETCH(bool, known);
    QFETCH(int, kind);
    ManifestKind found = ManifestKind::DependenciesLock;
    QCOMPARE(Manifests::kindOf(fileName, &found), known);
    QCOMPARE(Manifests::kindOf(fileName, nullptr), known);
    if (known) {
        QCOMPARE(int(found), kind);
        // The name shown in messages is the canonical file name of the kind.
        ManifestKind again = ManifestKind::PackageJson;
        QVERIFY(Manifests::kindOf(Manifests::kindName(found), &again));
        QCOMPARE(again, found);
    }
}

void TestManifests::normalisePythonName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("pep503 example") << "Foo_Bar.baz" << "foo-bar-baz";
    QTest::newRow("runs collapse") << "zope..interface__x--y" << "zope-interface-x-y";
    QTest::newRow("already normal") << "requests" << "requests";
    QTest::newRow("case") << "Django" << "django";
    QTest::newRow("pyyaml") << "PyYAML" << "pyyaml";
    QTest::newRow("mixed separators") << "typing_extensions" << "typing-extensions";
}

void TestManifests::normalisePythonName()
{
    QFETCH(QString, name);
    QFETCH(QString, normalised);
    QCOMPARE(Manifests::normalisePythonName(name), normalised);
}

void TestManifests::packageJsonReactApp()
{
    const Manifest m = load(QStringLiteral("npm/storefront-web/package.json"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.kind, ManifestKind::PackageJson);
    QCOMPARE(m.path, QStringLiteral("npm/storefront-web/package.json"));
    QCOMPARE(m.name, QStringLiteral("storefront-web"));
    QCOMPARE(m.version, QStringLiteral("2.4.1"));
    QCOMPARE(m.runtime, QStringLiteral("nodejs"));
    QCOMPARE(m.runtimeVersion, QStringLiteral(">=18.17.0"));
    QVERIFY(!m.isWorkspaceRoot);
    QVERIFY(m.workspaceMembers.isEmpty());
    // In file order (QJsonObject would sort them by key).
    const QStringList expected = {
        "@tanstack/react-query|^5.28.4||prod|npm",
        "axios|~1.6.8||prod|npm",
        "react|^18.2.0||prod|npm",
        "react-dom|^18.2.0||prod|npm",
        "react-router-dom|6.22.3||prod|npm",
        "zod|^3.22.4||prod|npm",
        "@acme/design-tokens|file:../design-tokens||prod|npm",
        "@testing-library/react|^14.2.1||dev|npm",
        "@types/react|^18.2.66||dev|npm",
        "@types/react-dom|^18.2.22||dev|npm",
        "@vitejs/plugin-react|^4.2.1||dev|npm",
        "eslint|^8.57.0||dev|npm",
        "eslint-plugin-react-hooks|^4.6.0||dev|npm",
        "typescript|^5.4.2||dev|npm",
        "vite|^5.1.6||dev|npm",
        "vitest|^1.4.0||dev|npm",
        "fsevents|~2.3.3||optional|npm",
    };
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("@tanstack/react-query"))->line, 18);
    QCOMPARE(find(m, QStringLiteral("vitest"))->line, 35);
    QCOMPARE(find(m, QStringLiteral("fsevents"))->line, 38);
}

void TestManifests::packageJsonWorkspaceRootAndLibrary()
{
    const Manifest root = load(QStringLiteral("npm/acme-platform/package.json"));
    QVERIFY2(root.errors.empty(), qPrintable(errorList(root)));
    QCOMPARE(root.name, QStringLiteral("acme-platform"));
    QVERIFY(root.version.isEmpty());
    QVERIFY(root.runtimeVersion.isEmpty());
    QVERIFY(root.isWorkspaceRoot);
    QCOMPARE(root.workspaceMembers, (QStringList{"apps/*", "packages/*"}));
    QCOMPARE(rows(root), (QStringList{"prettier|^3.2.5||dev|npm", "turbo|^1.13.0||dev|npm", "typescript|~5.3.3||dev|npm"}));

    const Manifest ui = load(QStringLiteral("npm/acme-platform/packages/ui/package.json"));
    QVERIFY2(ui.errors.empty(), qPrintable(errorList(ui)));
    QCOMPARE(ui.name, QStringLiteral("@acme/ui"));
    QVERIFY(!ui.isWorkspaceRoot);
    // A library lists react as a peer and again as a dev dependency to build against.
    const QStringList expected = {
        "clsx|^2.1.0||prod|npm",
        "react|>=17 <19||peer|npm",
        "react-dom|>=17 <19||peer|npm",
        "@storybook/react|^7.6.17||dev|npm",
        "react|18.2.0||dev|npm",
        "react-dom|18.2.0||dev|npm",
    };
    QCOMPARE(rows(ui), expected);
    QCOMPARE(find(ui, QStringLiteral("react"), 0)->line, 11);
    QCOMPARE(find(ui, QStringLiteral("react"), 1)->line, 21);
}

void TestManifests::packageJsonWorkspacesObjectForm()
{
    const QByteArray yarn = R"({
  "name": "yarn-classic-root",
  "private": true,
  "workspaces": {
    "packages": ["services/*", "libs/shared"],
    "nohoist": ["**/react-native"]
  },
  "dependencies": {"left-pad": "1.3.0"}
})";
    const Manifest m = Manifests::parse(ManifestKind::PackageJson, QStringLiteral("package.json"), yarn);
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QVERIFY(m.isWorkspaceRoot);
    QCOMPARE(m.workspaceMembers, (QStringList{"services/*", "libs/shared"}));
    QCOMPARE(rows(m), QStringList{"left-pad|1.3.0||prod|npm"});
    QCOMPARE(m.dependencies[0].line, 8);

    const Manifest bad = Manifests::parse(ManifestKind::PackageJson, QStringLiteral("package.json"),
                                          R"({"workspaces": {"packages": "libs/*"}})");
    QCOMPARE(bad.errors.size(), size_t(1));
    QVERIFY(bad.errors[0].message.contains(QLatin1String("workspaces.packages")));
    QCOMPARE(bad.errors[0].line, 1);
}

void TestManifests::packageLockV3Monorepo()
{
    const Manifest m = load(QStringLiteral("npm/acme-platform/package-lock.json"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.kind, ManifestKind::PackageLock);
    QCOMPARE(m.name, QStringLiteral("acme-platform"));
    QCOMPARE(m.runtime, QStringLiteral("nodejs"));
    QVERIFY(m.isWorkspaceRoot);
    QCOMPARE(m.workspaceMembers, (QStringList{"apps/*", "packages/*"}));
    const QStringList expected = {
        "@acme/ui|workspace:||prod|npm",   // link: true entries point into the workspace
        "@acme/web|workspace:||prod|npm",
        "clsx||2.1.0|prod|npm",
        "fsevents||2.3.3|dev|npm",         // dev and optional: dev wins
        "js-tokens||4.0.0|prod|npm",
        "loose-envify||1.4.0|prod|npm",
        "prettier||3.2.5|dev|npm",
        "react||18.2.0|prod|npm",
        "react-dom||18.2.0|peer|npm",
        "string-width||4.2.3|dev|npm",     // the alias string-width-cjs installs string-width
        "turbo||1.13.0|dev|npm",
        "typescript||5.3.3|dev|npm",
        "react||18.3.1|peer|npm",          // packages/ui/node_modules/react
    };
    QCOMPARE(rows(m), expected);
    const ManifestDependency *clsx = find(m, QStringLiteral("clsx"));
    QCOMPARE(clsx->checksum, QStringLiteral("sha512-m3iNNWpd9rl3jvvcBnu70ylMdrXt8Vlq4HYadnU5fwcOtvkSQWPmj7amUcDT2qYI7risszBjI5AUIUox9D16pg=="));
    QCOMPARE(clsx->line, 36);
    QCOMPARE(find(m, QStringLiteral("react"), 1)->line, 153);
    QVERIFY(find(m, QStringLiteral("@acme/ui"))->checksum.isEmpty());
    QVERIFY(find(m, QStringLiteral("@acme/ui"))->note.contains(QLatin1String("packages/ui")));
    QVERIFY(find(m, QStringLiteral("string-width"))->note.contains(QLatin1String("string-width-cjs")));
    // The workspace's own folders ("apps/web", "packages/ui") are not dependencies.
    QCOMPARE(int(std::count_if(m.dependencies.begin(), m.dependencies.end(),
                               [](const ManifestDependency &d) { return d.name == QLatin1String("@acme/ui"); })),
             1);
}

void TestManifests::packageLockV2()
{
    const Manifest m = load(QStringLiteral("npm/billing-ui/package-lock.json"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.name, QStringLiteral("billing-ui"));
    QCOMPARE(m.version, QStringLiteral("1.2.0"));
    QCOMPARE(m.runtimeVersion, QStringLiteral(">=16.20.0"));
    QVERIFY(!m.isWorkspaceRoot);
    // The legacy "dependencies" section of version 2 repeats the packages: not counted twice.
    QCOMPARE(rows(m), (QStringList{"jest||29.7.0|dev|npm", "lodash||4.17.21|prod|npm"}));
    QCOMPARE(find(m, QStringLiteral("lodash"))->line, 30);
}

void TestManifests::goModService()
{
    const Manifest m = load(QStringLiteral("go/payments-service/go.mod"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.name, QStringLiteral("github.com/acme/payments-service"));
    QCOMPARE(m.runtime, QStringLiteral("go"));
    QCOMPARE(m.runtimeVersion, QStringLiteral("1.22"));
    const QStringList expected = {
        "github.com/acme/shared-kit|file:../shared-kit||prod|go",
        "github.com/gin-gonic/gin|v1.9.2-0.20240301101010-abcdef123456||prod|go",
        "github.com/google/uuid|v1.6.0||prod|go",
        "github.com/jackc/pgx/v5|v5.5.5||prod|go",
        "go.opentelemetry.io/otel|v1.24.0||prod|go",
        "google.golang.org/grpc|v1.62.1||prod|go",
        "github.com/bytedance/sonic|v1.11.3||prod|go",
        "github.com/gabriel-vasile/mimetype|v1.4.3||prod|go",
        "golang.org/x/net|v0.23.0||prod|go",      // replace for exactly v0.22.0
        "golang.org/x/sys|v0.18.0||prod|go",      // the v0.17.0 replace does not apply
        "google.golang.org/protobuf|v1.33.0||prod|go",
        "github.com/stretchr/testify|v1.9.0||prod|go",
    };
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("github.com/acme/shared-kit"))->line, 8);
    QCOMPARE(find(m, QStringLiteral("github.com/stretchr/testify"))->line, 24);
    QCOMPARE(find(m, QStringLiteral("github.com/bytedance/sonic"))->note, QStringLiteral("indirect"));
    QVERIFY(find(m, QStringLiteral("golang.org/x/net"))->note.startsWith(QLatin1String("indirect; replaced by golang.org/x/net v0.23.0")));
    QVERIFY(find(m, QStringLiteral("github.com/gin-gonic/gin"))->note.contains(QLatin1String("github.com/acme-forks/gin")));
    QVERIFY(find(m, QStringLiteral("github.com/google/uuid"))->note.isEmpty());
    QCOMPARE(find(m, QStringLiteral("golang.org/x/sys"))->note, QStringLiteral("indirect"));

    // The toolchain stands in when there is no go directive.
    const Manifest toolchainOnly = Manifests::parse(ManifestKind::GoMod, QStringLiteral("go.mod"),
                                                    "module example.com/x\n\ntoolchain go1.21.6\n");
    QVERIFY2(toolchainOnly.errors.empty(), qPrintable(errorList(toolchainOnly)));
    QCOMPARE(toolchainOnly.runtimeVersion, QStringLiteral("1.21.6"));
}

void TestManifests::cargoWorkspaceRoot()
{
    const Manifest m = load(QStringLiteral("cargo/Cargo.toml"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.name, QStringLiteral("acme-gateway"));
    QCOMPARE(m.version, QStringLiteral("0.7.3"));        // version.workspace = true
    QCOMPARE(m.runtime, QStringLiteral("rust"));
    QCOMPARE(m.runtimeVersion, QStringLiteral("1.79")); // rust-version.workspace = true
    QVERIFY(m.isWorkspaceRoot);
    QCOMPARE(m.workspaceMembers, (QStringList{"crates/api", "crates/domain", "crates/storage"}));
    const QStringList expected = {
        // [workspace.dependencies] the root package does not use itself
        "serde|1.0.197||prod|cargo",
        "axum|0.7.5||prod|cargo",
        "sqlx|0.7.4||prod|cargo",
        // the root package's own, workspace = true resolved from the same file
        "acme-api|file:crates/api||prod|cargo",
        "tokio|1.37||prod|cargo",
        "tracing|0.1||prod|cargo",
        "anyhow|1.0.81||prod|cargo",
        "reqwest|0.12||dev|cargo",
    };
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("acme-api"))->line, 32);
    QVERIFY(find(m, QStringLiteral("tokio"))->note.contains(QLatin1String("[workspace.dependencies]")));
    QCOMPARE(find(m, QStringLiteral("sqlx"))->line, 28);
}

void TestManifests::cargoWorkspaceMember()
{
    const Manifest m = load(QStringLiteral("cargo/crates/api/Cargo.toml"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.name, QStringLiteral("acme-api"));
    QVERIFY(m.version.isEmpty()); // inherited from a root this file does not contain
    QCOMPARE(m.runtimeVersion, QStringLiteral("1.76"));
    QVERIFY(!m.isWorkspaceRoot);
    const QStringList expected = {
        "axum|workspace:||prod|cargo",
        "serde|workspace:||prod|cargo",
        "domain|file:../domain||prod|cargo",
        "acme-storage|file:../storage||prod|cargo",   // package = "acme-storage"
        "tower-http|0.5.2||prod|cargo",
        "uuid|1.8||optional|cargo",
        "jsonwebtoken|https://github.com/Keats/jsonwebtoken||prod|cargo",
        "tokio-postgres|0.7.10||prod|cargo",
        "tracing|workspace:||prod|cargo",             // [dependencies.tracing] workspace = true
        "tokio|workspace:||dev|cargo",
        "insta|1.38||dev|cargo",
        "prost-build|0.12.4||dev|cargo",              // build-dependencies
        "nix|0.28||prod|cargo",                       // [target.'cfg(unix)'.dependencies]
        "windows-sys|0.52||dev|cargo",                // [target.'cfg(windows)'.dev-dependencies]
    };
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("tokio-postgres"))->note, QStringLiteral("imported as pg"));
    QCOMPARE(find(m, QStringLiteral("jsonwebtoken"))->note, QStringLiteral("tag v9.3.0"));
    QVERIFY(find(m, QStringLiteral("nix"))->note.contains(QLatin1String("cfg(unix)")));
    QCOMPARE(find(m, QStringLiteral("nix"))->line, 31);
    QCOMPARE(find(m, QStringLiteral("tracing"))->line, 20);
}

void TestManifests::cargoLock()
{
    const Manifest m = load(QStringLiteral("cargo/Cargo.lock"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.runtime, QStringLiteral("rust"));
    // acme-api and acme-gateway have no source: they are the workspace's own crates.
    const QStringList expected = {
        "axum||0.7.5|prod|cargo",
        "jsonwebtoken||9.3.0|prod|cargo",
        "serde||1.0.197|prod|cargo",
        "syn||1.0.109|prod|cargo",
        "syn||2.0.58|prod|cargo",
        "tokio||1.37.0|prod|cargo",
    };
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("tokio"))->checksum, QStringLiteral("1adbebffeca75fcfd058afa480fb6c0b81e165a0323f9c9d39c9697e37c46787"));
    QCOMPARE(find(m, QStringLiteral("tokio"))->line, 58);
    QVERIFY(find(m, QStringLiteral("jsonwebtoken"))->checksum.isEmpty());
    QVERIFY(find(m, QStringLiteral("jsonwebtoken"))->note.startsWith(QLatin1String("git+https://github.com/Keats/jsonwebtoken")));
    QVERIFY(find(m, QStringLiteral("serde"))->note.isEmpty());

    // Lock format 1 kept checksums in [metadata].
    const QByteArray v1 = "[[package]]\nname = \"itoa\"\nversion = \"0.4.8\"\n"
                          "source = \"registry+https://github.com/rust-lang/crates.io-index\"\n\n[metadata]\n"
                          "\"checksum itoa 0.4.8 (registry+https://github.com/rust-lang/crates.io-index)\" = \"b71991ff56294aa9\"\n";
    const Manifest old = Manifests::parse(ManifestKind::CargoLock, QStringLiteral("Cargo.lock"), v1);
    QVERIFY2(old.errors.empty(), qPrintable(errorList(old)));
    QCOMPARE(rows(old), QStringList{"itoa||0.4.8|prod|cargo"});
    QCOMPARE(old.dependencies[0].checksum, QStringLiteral("b71991ff56294aa9"));
}

void TestManifests::pomSpringBootServiceWithParent()
{
    const Manifest m = load(QStringLiteral("maven/order-service/pom.xml"), QStringLiteral("maven/pom.xml"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.name, QStringLiteral("com.acme.platform:order-service")); // groupId from <parent>
    QCOMPARE(m.version, QStringLiteral("4.1.0"));
    QCOMPARE(m.runtime, QStringLiteral("java"));
    QCOMPARE(m.runtimeVersion, QStringLiteral("17")); // java.version in the parent
    QVERIFY(!m.isWorkspaceRoot);
    const QStringList expected = {
        "org.springframework.boot:spring-boot-starter-web|||prod|maven", // from the Spring Boot BOM, not known here
        "org.springframework.cloud:spring-cloud-starter-openfeign|||prod|maven",
        "org.mapstruct:mapstruct|1.5.5.Final||prod|maven",               // parent's dependencyManagement
        "io.grpc:grpc-netty-shaded|1.62.2||prod|maven",
        "net.javacrumbs.shedlock:shedlock-spring|5.12.0||prod|maven",
        "com.acme.platform:acme-common|4.1.0||prod|maven",               // ${project.groupId}:…:${project.version}
        "org.postgresql:postgresql|||prod|maven",                         // runtime scope
        "org.projectlombok:lombok|||optional|maven",
        "jakarta.servlet:jakarta.servlet-api|||dev|maven",                // provided
        "org.springframework.boot:spring-boot-starter-test|||dev|maven",
        "org.testcontainers:postgresql|1.19.7||dev|maven",
        "org.testcontainers:junit-jupiter|1.19.7||dev|maven",            // property from the parent
    };
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("io.grpc:grpc-netty-shaded"))->line, 35);
    QVERIFY(find(m, QStringLiteral("org.mapstruct:mapstruct"))->note.contains(QLatin1String("parent")));
    // Plugin dependencies are build tooling, not the service's.
    QVERIFY(!find(m, QStringLiteral("org.ow2.asm:asm")));
}

void TestManifests::pomInheritsThroughTwoParents()
{
    // Maven's "CI-friendly" layout (Apache Dubbo's): ${revision} and the managed
    // versions live in the root POM; a module two folders down inherits them
    // through its parent, which has a <parent> of its own.
    const QByteArray root = "<project><modelVersion>4.0.0</modelVersion><groupId>org.acme</groupId><artifactId>acme-parent</artifactId>"
                            "<version>${revision}</version><packaging>pom</packaging>"
                            "<properties><revision>3.3.1</revision><netty.version>4.1.110.Final</netty.version></properties>"
                            "<dependencyManagement><dependencies><dependency><groupId>io.netty</groupId><artifactId>netty-all</artifactId>"
                            "<version>${netty.version}</version></dependency><dependency><groupId>org.acme</groupId><artifactId>acme-common</artifactId>"
                            "<version>1.0.0</version></dependency></dependencies></dependencyManagement></project>";
    const QByteArray mid = "<project><modelVersion>4.0.0</modelVersion><parent><groupId>org.acme</groupId><artifactId>acme-parent</artifactId>"
                           "<version>${revision}</version></parent><artifactId>acme-remoting</artifactId><packaging>pom</packaging>"
                           "<dependencyManagement><dependencies><dependency><groupId>org.acme</groupId><artifactId>acme-common</artifactId>"
                           "<version>2.0.0</version></dependency></dependencies></dependencyManagement></project>";
    const QByteArray module = "<project><modelVersion>4.0.0</modelVersion>\n<parent><groupId>org.acme</groupId><artifactId>acme-remoting</artifactId>"
                              "<version>${revision}</version></parent>\n<artifactId>acme-remoting-netty</artifactId>\n<dependencies>\n"
                              "<dependency><groupId>org.acme</groupId><artifactId>acme-api</artifactId><version>${revision}</version></dependency>\n"
                              "<dependency><groupId>io.netty</groupId><artifactId>netty-all</artifactId></dependency>\n"
                              "<dependency><groupId>org.acme</groupId><artifactId>acme-common</artifactId></dependency>\n"
                              "</dependencies></project>";
    const Manifest m = Manifests::parse(ManifestKind::PomXml, QStringLiteral("remoting/netty/pom.xml"), module, QList<QByteArray>{mid, root});
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.version, QStringLiteral("3.3.1"));
    QCOMPARE(rows(m), (QStringList{"org.acme:acme-api|3.3.1||prod|maven", "io.netty:netty-all|4.1.110.Final||prod|maven",
                                   "org.acme:acme-common|2.0.0||prod|maven"})); // the nearer POM's managed version wins
    // With the parent alone (as before), ${revision} is not defined: reported, not guessed.
    const Manifest one = Manifests::parse(ManifestKind::PomXml, QStringLiteral("remoting/netty/pom.xml"), module, mid);
    QVERIFY2(errorList(one).contains(QLatin1String("${revision}")), qPrintable(errorList(one)));
    // A parent without a <parent> of its own ends the chain: the root's properties are not used.
    QByteArray orphanMid = mid;
    orphanMid.replace("<parent><groupId>org.acme</groupId><artifactId>acme-parent</artifactId><version>${revision}</version></parent>",
                      "<groupId>org.acme</groupId><version>9</version>");
    const Manifest cut = Manifests::parse(ManifestKind::PomXml, QStringLiteral("remoting/netty/pom.xml"), module, QList<QByteArray>{orphanMid, root});
    QVERIFY2(errorList(cut).contains(QLatin1String("${revision}")), qPrintable(errorList(cut)));
}

void TestManifests::pomServiceWithoutParentReportsProperties()
{
    const Manifest m = load(QStringLiteral("maven/order-service/pom.xml"));
    // Only ${testcontainers.version} is defined in the parent alone.
    QCOMPARE(m.errors.size(), size_t(1));
    QCOMPARE(m.errors[0].file, QStringLiteral("maven/order-service/pom.xml"));
    QCOMPARE(m.errors[0].line, 84);
    QVERIFY2(m.errors[0].message.contains(QLatin1String("${testcontainers.version}")), qPrintable(m.errors[0].message));
    QVERIFY2(m.errors[0].message.contains(QLatin1String("parent POM was not available")), qPrintable(m.errors[0].message));
    // The dependency stays, with the raw text; nothing is guessed.
    QCOMPARE(row(*find(m, QStringLiteral("org.testcontainers:junit-jupiter"))),
             QStringLiteral("org.testcontainers:junit-jupiter|${testcontainers.version}||dev|maven"));
    QVERIFY(find(m, QStringLiteral("org.mapstruct:mapstruct"))->requested.isEmpty());
    QVERIFY(m.runtimeVersion.isEmpty());
    QCOMPARE(m.version, QStringLiteral("4.1.0")); // <parent><version> still says it
    QCOMPARE(m.dependencies.size(), size_t(12));
}

void TestManifests::pomParentAggregator()
{
    const Manifest m = load(QStringLiteral("maven/pom.xml"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.name, QStringLiteral("com.acme.platform:acme-parent"));
    QCOMPARE(m.version, QStringLiteral("4.1.0"));
    QCOMPARE(m.runtimeVersion, QStringLiteral("17"));
    QVERIFY(m.isWorkspaceRoot);
    QCOMPARE(m.workspaceMembers, (QStringList{"order-service", "inventory-service", "libs/acme-common"}));
    const QStringList expected = {
        "org.springframework.cloud:spring-cloud-dependencies|2023.0.1||prod|maven",
        "org.testcontainers:postgresql|1.19.7||prod|maven",
        "org.mapstruct:mapstruct|1.5.5.Final||prod|maven", // used, so not listed again as managed
    };
    QCOMPARE(rows(m), expected);
    QVERIFY(find(m, QStringLiteral("org.springframework.cloud:spring-cloud-dependencies"))->note.contains(QLatin1String("BOM")));
    QVERIFY(find(m, QStringLiteral("org.testcontainers:postgresql"))->note.contains(QLatin1String("dependencyManagement")));
    QCOMPARE(find(m, QStringLiteral("org.testcontainers:postgresql"))->line, 48);
    QCOMPARE(find(m, QStringLiteral("org.mapstruct:mapstruct"))->line, 57);
}

void TestManifests::requirementsPipCompile()
{
    const Manifest m = load(QStringLiteral("python/requirements.txt"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.runtime, QStringLiteral("python"));
    const QStringList expected = {
        "certifi|==2024.2.2||prod|pypi",
        "charset-normalizer|==3.3.2||prod|pypi",
        "django|==4.2.11||prod|pypi",
        "idna|==3.6||prod|pypi",
        "importlib-metadata|==7.1.0||prod|pypi",
        "psycopg|==3.1.18||prod|pypi",
        "requests|>=2.31,<3||prod|pypi",
        "pywin32|==306||prod|pypi",
        "zope-interface|~=6.2||prod|pypi",
        "acme-billing-client|https://pypi.acme.internal/packages/acme_billing_client-2.3.0-py3-none-any.whl||prod|pypi",
    };
    QCOMPARE(rows(m), expected);
    const ManifestDependency *certifi = find(m, QStringLiteral("certifi"));
    QCOMPARE(certifi->checksum, QStringLiteral("sha256:0569859f95fc761b18b45ef421b1290a0f65f147e92a1e5eb3e635f9a5e4e66f"));
    QCOMPARE(certifi->line, 10);
    QCOMPARE(find(m, QStringLiteral("django"))->line, 17);
    QCOMPARE(find(m, QStringLiteral("importlib-metadata"))->note, QStringLiteral("marker: python_version < \"3.8\""));
    QVERIFY(find(m, QStringLiteral("importlib-metadata"))->checksum.startsWith(QLatin1String("sha256:30962b96")));
    QVERIFY(find(m, QStringLiteral("pywin32"))->checksum.isEmpty());
    QCOMPARE(find(m, QStringLiteral("acme-billing-client"))->line, 32);
}

void TestManifests::requirementsDevOptions()
{
    const Manifest m = load(QStringLiteral("python/requirements-dev.txt"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    // -r, -c, --pre and "-e ." (the project itself) are skipped without an error.
    const QStringList expected = {
        "acme-testing|file:./libs/acme-testing||prod|pypi",
        "pytest-contracts|git+https://github.com/acme/pytest-contracts.git@v0.3.1#egg=pytest-contracts||prod|pypi",
        "pytest|>=8.1,<9||prod|pypi",
        "pytest-cov|==5.0.0||prod|pypi",
        "black|==24.3.0||prod|pypi",
        "mypy|==1.9.0||prod|pypi",
        "types-requests|||prod|pypi",
    };
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("acme-testing"))->line, 7);
    QVERIFY(find(m, QStringLiteral("acme-testing"))->note.contains(QLatin1String("editable")));
    QCOMPARE(find(m, QStringLiteral("mypy"))->note, QStringLiteral("marker: python_version >= \"3.8\""));
}

void TestManifests::pyprojectPoetry()
{
    const Manifest m = load(QStringLiteral("python/recommender/pyproject.toml"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.name, QStringLiteral("acme-recommender"));
    QCOMPARE(m.version, QStringLiteral("1.8.0"));
    QCOMPARE(m.runtime, QStringLiteral("python"));
    QCOMPARE(m.runtimeVersion, QStringLiteral("^3.11")); // the python key, not a dependency
    const QStringList expected = {
        "fastapi|^0.110.0||prod|pypi",
        "uvicorn|^0.29.0||prod|pypi",
        "pydantic-settings|~2.2||prod|pypi",
        "numpy|<1.25||prod|pypi",                 // one per constraint
        "numpy|^1.26||prod|pypi",
        "acme-feature-store|https://github.com/acme/feature-store.git||prod|pypi",
        "acme-common|file:../common||prod|pypi",
        "torch|2.2.2||optional|pypi",
        "sqlalchemy|2.0.29||prod|pypi",
        "pytest|^8.1.1||dev|pypi",
        "ruff|0.3.5||dev|pypi",
        "mkdocs-material|^9.5||dev|pypi",
        "pre-commit|^3.7||dev|pypi",
    };
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("numpy"), 1)->note, QStringLiteral("python >=3.9"));
    QCOMPARE(find(m, QStringLiteral("mkdocs-material"))->note, QStringLiteral("group docs"));
    QCOMPARE(find(m, QStringLiteral("sqlalchemy"))->line, 21);
}

void TestManifests::pyprojectPep621()
{
    const Manifest m = load(QStringLiteral("python/ingest/pyproject.toml"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.name, QStringLiteral("acme-ingest"));
    QCOMPARE(m.version, QStringLiteral("0.12.0"));
    QCOMPARE(m.runtimeVersion, QStringLiteral(">=3.10"));
    const QStringList expected = {
        "httpx|>=0.27,<0.28||prod|pypi",
        "orjson|==3.10.0||prod|pypi",
        "confluent-kafka|~=2.3||prod|pypi",
        "tenacity|||prod|pypi",
        "typing-extensions|>=4.10||prod|pypi",
        "acme-schemas|git+https://github.com/acme/schemas.git@v5.2.0||prod|pypi",
        "boto3|>=1.34||optional|pypi",
        "aioboto3|==12.3.0||optional|pypi",
        "pytest|>=8||optional|pypi",
        "moto|>=5.0||optional|pypi",
        "ruff|==0.4.1||dev|pypi",                 // PEP 735 [dependency-groups]
        "mypy|>=1.9||dev|pypi",
    };
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("typing-extensions"))->note, QStringLiteral("marker: python_version < '3.11'"));
    QCOMPARE(find(m, QStringLiteral("moto"))->note, QStringLiteral("extra test"));
    QCOMPARE(find(m, QStringLiteral("moto"))->line, 26);
    QCOMPARE(find(m, QStringLiteral("httpx"))->line, 14);
}

void TestManifests::dependenciesLockSeed()
{
    const Manifest m = load(QStringLiteral("seed/dependencies.lock"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.kind, ManifestKind::DependenciesLock);
    QCOMPARE(m.runtime, QStringLiteral("nodejs"));
    QCOMPARE(m.runtimeVersion, QStringLiteral("18.17.0"));
    // Exactly as the seed writes it: both items under the nodejs runtime.
    QCOMPARE(rows(m), (QStringList{"express|5.0.0-alpha.2|5.0.0-alpha.2|prod|npm",
                                   "spring-boot-starter-web|3.2.4|3.2.4|prod|npm"}));
    QCOMPARE(m.dependencies[0].checksum, QStringLiteral("sha256:ab3c...f1a9"));
    QCOMPARE(m.dependencies[1].checksum, QStringLiteral("sha256:cd5e...8b2d"));
    QCOMPARE(m.dependencies[0].line, 4);
    QCOMPARE(m.dependencies[1].line, 7);
}

void TestManifests::dependenciesLockEcosystemOverride()
{
    const Manifest m = load(QStringLiteral("java-lock/dependencies.lock"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.runtime, QStringLiteral("java"));
    QCOMPARE(m.runtimeVersion, QStringLiteral("17"));
    QCOMPARE(rows(m), (QStringList{"org.springframework.boot:spring-boot-starter-web|3.2.4|3.2.4|prod|maven",
                                   "org.apache.kafka:kafka-clients|3.7.0|3.7.0|prod|maven",
                                   "pyyaml|6.0.1|6.0.1|prod|pypi"}));
}

void TestManifests::dependenciesLockRuntimes_data()
{
    QTest::addColumn<QByteArray>("runtime");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("ecosystem");
    QTest::newRow("java") << QByteArray("java-17") << "java" << "17" << "maven";
    QTest::newRow("python") << QByteArray("python-3.11") << "python" << "3.11" << "pypi";
    QTest::newRow("go") << QByteArray("go-1.22") << "go" << "1.22" << "go";
    QTest::newRow("rust") << QByteArray("rust-1.79") << "rust" << "1.79" << "cargo";
    QTest::newRow("node alias") << QByteArray("node-20.11.1") << "nodejs" << "20.11.1" << "npm";
    QTest::newRow("unknown runtime") << QByteArray("dotnet-8.0") << "dotnet" << "8.0" << "other";
    QTest::newRow("no version") << QByteArray("python") << "python" << "" << "pypi";
}

void TestManifests::dependenciesLockRuntimes()
{
    QFETCH(QByteArray, runtime);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, ecosystem);
    const QByteArray text = "runtime: " + runtime + "\ndependencies:\n  - name: Some_Lib\n    version: 1.0.0\n";
    const Manifest m = Manifests::parse(ManifestKind::DependenciesLock, QStringLiteral("dependencies.lock"), text);
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QCOMPARE(m.runtime, name);
    QCOMPARE(m.runtimeVersion, version);
    QCOMPARE(m.dependencies.size(), size_t(1));
    QCOMPARE(Enums::ecosystem.key(int(m.dependencies[0].ecosystem)), ecosystem);
    QCOMPARE(m.dependencies[0].name, ecosystem == QLatin1String("pypi") ? QStringLiteral("some-lib") : QStringLiteral("Some_Lib"));
}

/// Everything a dependencies.lock reader reports, for comparing the two readers.
QString lockOutcome(const Manifest &m)
{
    QStringList out{m.runtime, m.runtimeVersion};
    for (const ManifestDependency &d : m.dependencies)
        out << row(d) + QStringLiteral("|%1|%2").arg(d.checksum).arg(d.line);
    for (const ManifestError &e : m.errors)
        out << QStringLiteral("error %1: %2").arg(e.line).arg(e.message);
    return out.join(QLatin1Char('\n'));
}

void TestManifests::dependenciesLockReadersAgree_data()
{
    // plain: whether the fast reader takes the file (else yaml-cpp reads it alone).
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("plain");
    const QByteArray item = "  - name: lib-0\n    version: 1.0.0\n    checksum: sha256:aa\n    ecosystem: pypi\n";
    QTest::newRow("generator shape") << "runtime: python-3.10\ndependencies:\n" + item + item << true;
    QTest::newRow("the seed's shape") << readData(QStringLiteral("seed/dependencies.lock")) << true;
    QTest::newRow("sequence at column 0") << QByteArray("runtime: go-1.22\ndependencies:\n- name: a\n  version: 1\n- name: b\n  version: 2\n") << true;
    QTest::newRow("CRLF") << QByteArray("runtime: go-1.22\r\ndependencies:\r\n  - name: a\r\n    version: 1\r\n") << true;
    QTest::newRow("comments and blank lines") << QByteArray("# lock\nruntime: java-17\n\ndependencies:\n  # first\n  - name: a\n\n    version: 2\n") << true;
    QTest::newRow("keys in any order") << QByteArray("dependencies:\n  - version: 3\n    name: x\nruntime: rust-1.79\n") << true;
    QTest::newRow("other keys ignored") << QByteArray("runtime: go-1.22\ngenerated: today\ndependencies:\n  - name: a\n    version: 1\n    note: kept out\n") << true;
    QTest::newRow("null and empty values") << QByteArray("runtime: go-1.22\ndependencies:\n  - name: a\n    version: ~\n  - name: b\n    version:\n  - name: c\n    version: 1\n    checksum: null\n") << true;
    QTest::newRow("missing name") << QByteArray("runtime: go\ndependencies:\n  - version: 1\n") << true;
    QTest::newRow("no runtime") << QByteArray("dependencies:\n  - name: a\n    version: 1\n") << true;
    QTest::newRow("empty runtime") << QByteArray("runtime:\ndependencies:\n") << true;
    QTest::newRow("unknown ecosystem") << QByteArray("runtime: go\ndependencies:\n  - name: a\n    version: 1\n    ecosystem: cobol\n") << true;
    QTest::newRow("values with colons and hashes") << QByteArray("runtime: java-17\ndependencies:\n  - name: org.a:b\n    version: 1#2\n    checksum: sha256:ab3c...f1a9\n") << true;
    QTest::newRow("unicode value") << QByteArray("runtime: python-3.12\ndependencies:\n  - name: Café_Lib\n    version: 1.0\n") << true;
    QTest::newRow("trailing spaces") << QByteArray("runtime: go-1.22   \ndependencies:   \n  - name: a   \n    version: 1  \n") << true;
    QTest::newRow("long value") << "runtime: go\ndependencies:\n  - name: " + QByteArray(2000, 'x') + "\n    version: 1\n" << true;
    // Shapes the fast reader leaves to yaml-cpp; the result must be the same either way.
    QTest::newRow("quoted value") << QByteArray("runtime: \"go-1.22\"\ndependencies:\n  - name: 'a'\n    version: \"1.0\"\n") << false;
    QTest::newRow("comment after value") << QByteArray("runtime: go-1.22 # pinned\ndependencies:\n  - name: a\n    version: 1\n") << false;
    QTest::newRow("flow list") << QByteArray("runtime: go\ndependencies: []\n") << false;
    QTest::newRow("flow item") << QByteArray("runtime: go\ndependencies:\n  - {name: a, version: 1}\n") << false;
    QTest::newRow("scalar item") << QByteArray("runtime: go\ndependencies:\n  - a\n") << false;
    QTest::newRow("dependencies not a list") << QByteArray("runtime: go\ndependencies: a\n") << false;
    QTest::newRow("nested runtime") << QByteArray("runtime:\n  name: go\ndependencies:\n") << false;
    QTest::newRow("nested value in item") << QByteArray("runtime: go\ndependencies:\n  - name: a\n    version:\n      major: 1\n") << false;
    QTest::newRow("multi-line plain value") << QByteArray("runtime: go\ndependencies:\n  - name: a\n    version: 1\n      .2\n") << false;
    QTest::newRow("repeated key") << QByteArray("runtime: go\ndependencies:\n  - name: a\n    name: b\n    version: 1\n") << false;
    QTest::newRow("repeated top-level key") << QByteArray("runtime: go\nruntime: java\n") << false;
    QByteArray manyKeys = "runtime: go\ndependencies:\n  - name: a\n    version: 1\n";
    for (int k = 0; k < 40; ++k)
        manyKeys += "    extra" + QByteArray::number(k) + ": x\n";
    QTest::newRow("item with many keys") << manyKeys << false;
    QTest::newRow("block scalar") << QByteArray("runtime: go\ndependencies:\n  - name: >\n      folded\n    version: 1\n") << false;
    QTest::newRow("wider item indent") << QByteArray("runtime: go\ndependencies:\n  -   name: a\n      version: 1\n") << false;
    QTest::newRow("misaligned key") << QByteArray("runtime: go\ndependencies:\n  - name: a\n     version: 1\n") << false;
    QTest::newRow("tab") << QByteArray("runtime: go\ndependencies:\n  - name:\ta\n") << false;
    // Found by the fuzz target: yaml-cpp reads a CR that no LF follows as text.
    QTest::newRow("CR at the end") << QByteArray("runtime: python-3.09\r\ndependencies: \r") << false;
    QTest::newRow("CR inside a line") << QByteArray("runtime: go\rdependencies:\n") << false;
    QTest::newRow("document marker") << QByteArray("---\nruntime: go\n") << false;
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("only comments") << QByteArray("# nothing\n") << false;
    QTest::newRow("bad YAML") << QByteArray("runtime: go\ndependencies:\n  - name: a\n   - name: b\n") << false;
}

void TestManifests::dependenciesLockReadersAgree()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, plain);
    Manifest fast, full;
    fast.path = full.path = QStringLiteral("dependencies.lock");
    ManifestParsing::Sink fastSink(fast), fullSink(full);
    QCOMPARE(ManifestParsing::parseDependenciesLockPlain(text, fastSink), plain);
    ManifestParsing::parseDependenciesLockYaml(text, fullSink);
    if (plain)
        QCOMPARE(lockOutcome(fast), lockOutcome(full));
    else
        QVERIFY2(fast.dependencies.empty() && fast.errors.empty() && fast.runtime.isEmpty(), "the fast reader left something behind");
    // What the scanner gets is yaml-cpp's reading, whichever reader ran.
    const Manifest parsed = Manifests::parse(ManifestKind::DependenciesLock, QStringLiteral("dependencies.lock"), text);
    QCOMPARE(lockOutcome(parsed), lockOutcome(full));
}

void TestManifests::pnpmWorkspaceCatalogs()
{
    const Manifest m = load(QStringLiteral("pnpm/pnpm-workspace.yaml"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QVERIFY(m.isWorkspaceRoot);
    QCOMPARE(m.workspaceMembers, (QStringList{"apps/*", "packages/**", "!**/__fixtures__/**"}));
    QCOMPARE(m.workspaceLine, 3);
    const QStringList expected = {"react|^18.2.0||prod|npm", "@types/node|~20.11.0||prod|npm", "react|^17.0.2||prod|npm",
                                  "react|19.0.0-rc.1||prod|npm"};
    QCOMPARE(rows(m), expected);
    QCOMPARE(m.dependencies[0].group, QStringLiteral("default"));
    QCOMPARE(m.dependencies[0].line, 8);
    QCOMPARE(m.dependencies[2].group, QStringLiteral("legacy"));
    QCOMPARE(m.dependencies[2].line, 13);
    QCOMPARE(m.dependencies[3].group, QStringLiteral("next"));

    // No "packages": pnpm 10 reads the root alone; an empty file too.
    for (const QByteArray &bytes : {QByteArray("catalog:\n  react: ^18.2.0\n"), QByteArray("# nothing\n")}) {
        const Manifest root = Manifests::parse(ManifestKind::PnpmWorkspace, QStringLiteral("pnpm-workspace.yaml"), bytes);
        QVERIFY2(root.errors.empty(), qPrintable(errorList(root)));
        QVERIFY(root.isWorkspaceRoot);
        QVERIFY(root.workspaceMembers.isEmpty());
    }
    // YAML pnpm cannot read defines no workspace.
    const Manifest broken = Manifests::parse(ManifestKind::PnpmWorkspace, QStringLiteral("pnpm-workspace.yaml"), "packages:\n  - 'a\n");
    QVERIFY(!broken.isWorkspaceRoot);
    QCOMPARE(broken.errors.size(), size_t(1));
}

void TestManifests::pnpmLockVersions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("rows"); // "importer|name|requested|resolved|scope|line"
    QTest::newRow("9.0") << "pnpm/pnpm-lock.yaml"
                         << QStringList{".|typescript|~5.4.0|5.4.5|dev|11", "packages/cart|lodash|^4.17.0|4.17.21|prod|17",
                                        "packages/cart|react|^18.2.0|18.3.1|prod|20", "apps/web|@shop/cart|workspace:*||prod|26",
                                        "apps/web|lodash|~4.17.20|4.17.21|prod|29", "apps/web|react-dom|^18.2.0|18.3.1|prod|32",
                                        "apps/web|ui-kit|github:acme/ui-kit#v2||prod|35", "apps/web|left-pad|npm:@acme/pad@^1.3.0|1.3.2|dev|39"};
    QTest::newRow("6.0") << "pnpm-v6/pnpm-lock.yaml"
                         << QStringList{"packages/cart|lodash|^4.17.0|4.17.21|prod|13", "packages/cart|react-dom|^18.2.0|18.2.0|prod|16",
                                        "packages/cart|left-pad|npm:@acme/pad@^1.3.0|1.3.2|dev|20"};
    QTest::newRow("5.4") << "pnpm-v5/pnpm-lock.yaml"
                         << QStringList{"packages/cart|lodash|^4.17.0|4.17.20|prod|14", "packages/cart|react-dom|^18.2.0|18.2.0|prod|15",
                                        "packages/cart|left-pad|npm:@acme/pad@^1.3.0|1.3.2|dev|17"};
}

void TestManifests::pnpmLockVersions()
{
    QFETCH(QString, file);
    QFETCH(QStringList, rows);
    const Manifest m = load(file);
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QStringList found;
    for (const ManifestDependency &d : m.dependencies)
        found << QStringList{d.group, d.name, d.requested, d.resolved, Enums::dependencyScope.key(int(d.scope)), QString::number(d.line)}.join(u'|');
    QCOMPARE(found, rows);
    const ManifestDependency *link = find(m, QStringLiteral("@shop/cart"));
    if (link)
        QVERIFY(link->note.contains(QLatin1String("workspace link to ../../packages/cart")));
}

void TestManifests::yarnLockV1()
{
    const Manifest m = load(QStringLiteral("yarn-v1/yarn.lock"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    const QStringList expected = {
        "@babel/runtime|^7.20.0|7.24.5|prod|npm", "@babel/runtime|^7.23.2|7.24.5|prod|npm",
        "left-pad|npm:@acme/pad@^1.3.0|1.3.2|prod|npm", "lodash|^4.17.0|4.18.1|prod|npm",
        "lodash|~4.17.20|4.17.21|prod|npm", "react|>=16 <19|18.3.1|prod|npm", "react|^18.2.0|18.3.1|prod|npm",
    };
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("lodash"), 1)->line, 22);
    QCOMPARE(find(m, QStringLiteral("lodash"))->checksum, QStringLiteral("sha512-EEEEfixturefixturefixture=="));
}

void TestManifests::yarnLockBerry()
{
    const Manifest m = load(QStringLiteral("yarn-berry/yarn.lock"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    // __metadata, workspace: and patch: entries are not registry versions.
    const QStringList expected = {"left-pad|npm:@acme/pad@^1.3.0|1.3.2|prod|npm", "lodash|^4.17.0|4.17.21|prod|npm",
                                  "lodash|~4.17.20|4.17.21|prod|npm", "typescript|~5.4.0|5.4.5|prod|npm"};
    QCOMPARE(rows(m), expected);
    QCOMPARE(find(m, QStringLiteral("lodash"))->line, 23);
    QCOMPARE(find(m, QStringLiteral("typescript"))->checksum, QStringLiteral("10c0/cccc"));
}

void TestManifests::goWorkUses()
{
    const Manifest m = load(QStringLiteral("go/go.work"));
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QVERIFY(m.isWorkspaceRoot);
    QCOMPARE(m.runtime, QStringLiteral("go"));
    QCOMPARE(m.runtimeVersion, QStringLiteral("1.22.3"));
    QCOMPARE(m.workspaceMembers, (QStringList{"./payments-service", "./ledger", "./libs/money", "../shared/otel"}));
    QCOMPARE(m.workspaceLine, 5);
    QVERIFY(m.dependencies.empty());
}

void TestManifests::cargoWorkspaceExclude()
{
    const Manifest m = Manifests::parse(ManifestKind::CargoToml, QStringLiteral("Cargo.toml"),
                                        "[workspace]\nresolver = \"2\"\nmembers = [\"crates/*\", \"tools/gen\"]\nexclude = [\"crates/old\"]\n");
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QVERIFY(m.isWorkspaceRoot);
    QCOMPARE(m.workspaceMembers, (QStringList{"crates/*", "tools/gen"}));
    QCOMPARE(m.workspaceExcludes, QStringList{"crates/old"});
    QCOMPARE(m.workspaceLine, 3);
    const Manifest bad = Manifests::parse(ManifestKind::CargoToml, QStringLiteral("Cargo.toml"), "[workspace]\nexclude = \"crates/old\"\n");
    QCOMPARE(bad.errors.size(), size_t(1));
    QCOMPARE(bad.errors[0].line, 2);
    QVERIFY(bad.errors[0].message.contains(QLatin1String("[workspace].exclude is not an array")));
}

void TestManifests::pomProfileModules()
{
    const Manifest m = Manifests::parse(ManifestKind::PomXml, QStringLiteral("pom.xml"),
                                        "<project>\n  <groupId>g</groupId>\n  <artifactId>a</artifactId>\n  <version>1</version>\n"
                                        "  <profiles>\n    <profile>\n      <id>it</id>\n      <modules>\n        <module>it-tests</module>\n"
                                        "      </modules>\n    </profile>\n  </profiles>\n</project>\n");
    QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    QVERIFY(m.isWorkspaceRoot);
    QCOMPARE(m.workspaceMembers, QStringList{"it-tests"});
    QCOMPARE(m.workspaceLine, 9);
}

void TestManifests::emptyAndForeignFiles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error"); // fragment of the only error; empty when the file is fine

    QTest::newRow("empty package.json") << int(ManifestKind::PackageJson) << QByteArray() << QStringLiteral("JSON syntax");
    QTest::newRow("array package.json") << int(ManifestKind::PackageJson) << QByteArray("[1, 2]") << QStringLiteral("JSON object");
    QTest::newRow("empty package-lock") << int(ManifestKind::PackageLock) << QByteArray(" \n") << QStringLiteral("JSON syntax");
    QTest::newRow("lock without version") << int(ManifestKind::PackageLock) << QByteArray("{\"packages\": {}}")
                                          << QStringLiteral("lockfileVersion");
    QTest::newRow("lock version 4") << int(ManifestKind::PackageLock) << QByteArray("{\"lockfileVersion\": 4, \"packages\": {}}")
                                    << QStringLiteral("lockfileVersion 4 is not supported");
    QTest::newRow("empty go.mod") << int(ManifestKind::GoMod) << QByteArray() << QStringLiteral("no module directive");
    QTest::newRow("empty Cargo.toml") << int(ManifestKind::CargoToml) << QByteArray() << QStringLiteral("neither [package] nor [workspace]");
    QTest::newRow("virtual workspace") << int(ManifestKind::CargoToml) << QByteArray("[workspace]\nmembers = [\"a\"]\n") << QString();
    QTest::newRow("empty Cargo.lock") << int(ManifestKind::CargoLock) << QByteArray("version = 3\n") << QString();
    QTest::newRow("empty pom.xml") << int(ManifestKind::PomXml) << QByteArray() << QStringLiteral("XML");
    QTest::newRow("prolog only pom.xml") << int(ManifestKind::PomXml) << QByteArray("<?xml version=\"1.0\"?>\n<!-- nothing -->\n")
                                         << QStringLiteral("XML");
    QTest::newRow("foreign XML") << int(ManifestKind::PomXml) << QByteArray("<settings><mirrors/></settings>")
                                 << QStringLiteral("not a Maven POM");
    QTest::newRow("ISO-8859-1 pom.xml") << int(ManifestKind::PomXml)
                                        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<project><groupId>g</groupId>"
                                                      "<artifactId>caf\xe9</artifactId></project>\n")
                                        << QString();
    QTest::newRow("empty requirements.txt") << int(ManifestKind::RequirementsTxt) << QByteArray("# nothing yet\n") << QString();
    QTest::newRow("tool-only pyproject") << int(ManifestKind::PyProject) << QByteArray("[tool.black]\nline-length = 100\n") << QString();
    QTest::newRow("empty dependencies.lock") << int(ManifestKind::DependenciesLock) << QByteArray() << QStringLiteral("expected a mapping");
    QTest::newRow("list dependencies.lock") << int(ManifestKind::DependenciesLock) << QByteArray("- a\n- b\n")
                                            << QStringLiteral("expected a mapping");
    QTest::newRow("BOM package.json") << int(ManifestKind::PackageJson) << QByteArray("\xEF\xBB\xBF{\"name\": \"bom\"}") << QString();
}

void TestManifests::emptyAndForeignFiles()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const Manifest m = Manifests::parse(ManifestKind(kind), QStringLiteral("file"), bytes);
    QVERIFY(m.dependencies.empty());
    if (error.isEmpty()) {
        QVERIFY2(m.errors.empty(), qPrintable(errorList(m)));
    } else {
        QVERIFY2(m.errors.size() == 1 && m.errors[0].message.contains(error), qPrintable(errorList(m)));
    }
}

void TestManifests::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("errors");       // "line|message fragment", in order
    QTest::addColumn<QStringList>("dependencies"); // names kept, in order

    QTest::newRow("package.json syntax") << "malformed/npm-syntax/package.json"
                                         << QStringList{"6|JSON syntax"} << QStringList{};
    QTest::newRow("package.json types") << "malformed/npm-types/package.json"
                                        << QStringList{"3|“version” is not a string", "6|“lodash”", "7|“axios”",
                                                       "10|“devDependencies” is not an object", "14|“workspaces”"}
                                        << QStringList{"react", "zod", "react-dom"};
    QTest::newRow("package-lock v1") << "malformed/npm-lock-v1/package-lock.json"
                                     << QStringList{"4|lockfileVersion 1 is not supported; run npm install with npm ≥ 7"}
                                     << QStringList{};
    QTest::newRow("go.mod") << "malformed/go/go.mod"
                            << QStringList{"7|expected “require module/path vX.Y.Z”", "11|“github.com/stretchr/testify 1.9.0”",
                                           "12|must be a directory", "13|unknown directive “frobnicate”",
                                           "14|invalid go version “1.22.x”", "15|never closed"}
                            << QStringList{"github.com/google/uuid", "golang.org/x/text", "github.com/spf13/cobra"};
    QTest::newRow("Cargo.toml syntax") << "malformed/cargo-syntax/Cargo.toml"
                                       << QStringList{"7|TOML syntax (column 48)"} << QStringList{};
    QTest::newRow("Cargo.toml entries") << "malformed/cargo-entries/Cargo.toml"
                                        << QStringList{"4|rust-version is not a string", "8|“rand”: expected a version string or a table",
                                                       "9|“clap” has no version, path, git or workspace",
                                                       "10|“regex”: “version” is not a string"}
                                        << QStringList{"serde", "log", "criterion"};
    QTest::newRow("pom.xml XML") << "malformed/pom-xml/pom.xml" << QStringList{"16|XML: "} << QStringList{};
    QTest::newRow("pom.xml properties") << "malformed/pom-properties/pom.xml"
                                        << QStringList{"10|${jdk.version} is not defined", "18|${kafka.version} is not defined",
                                                       "25|without groupId or artifactId", "32|${junit.version} is not defined"}
                                        << QStringList{"org.apache.kafka:kafka-clients", "com.fasterxml.jackson.core:jackson-databind",
                                                       "org.junit.jupiter:junit-jupiter"};
    QTest::newRow("requirements.txt") << "malformed/requirements/requirements.txt"
                                      << QStringList{"2|invalid version specifier “= 2.31.0” for “requests”", "3|unknown option “-x”",
                                                     "5|invalid version specifier “>=”", "6|empty environment marker",
                                                     "7|cannot tell the project name", "8|invalid project name “_private”",
                                                     "9|invalid hash “md5”", "10|unknown option “--frobnicate”"}
                                      << QStringList{"flask", "numpy", "celery"};
    QTest::newRow("pyproject.toml") << "malformed/pyproject/pyproject.toml"
                                    << QStringList{"6|not a PEP 508 string", "7|invalid version specifier",
                                                   "12|optional-dependencies].aws is not an array", "16|“pytest” has no version"}
                                    << QStringList{"httpx", "orjson", "redis", "black"};
    QTest::newRow("dependencies.lock yaml-cpp") << "malformed/lock-yaml/dependencies.lock"
                                                << QStringList{"6|YAML syntax"} << QStringList{};
    QTest::newRow("dependencies.lock guard") << "malformed/lock-guard/dependencies.lock"
                                             << QStringList{"3|anchors (&) are not supported in dependencies.lock"} << QStringList{};
    QTest::newRow("pnpm-workspace.yaml") << "malformed/pnpm-workspace/pnpm-workspace.yaml"
                                         << QStringList{"3|an entry of “packages” is not a text value", "6|“catalog”: an entry is not “name: version”",
                                                        "8|“catalogs” is not a mapping"}
                                         << QStringList{"vue"};
    QTest::newRow("go.work") << "malformed/go-work/go.work"
                             << QStringList{"3|expected “use ./path”, found “./a ./b”", "6|a quoted string is not closed",
                                            "8|unknown directive “frobnicate”", "9|invalid go version “1.x”", "10|never closed"}
                             << QStringList{};
    QTest::newRow("pnpm-lock.yaml") << "malformed/pnpm-lock/pnpm-lock.yaml"
                                    << QStringList{"7|dependency “lodash” of importer “.” has no version",
                                                   "12|“devDependencies” of importer “.” is not a mapping",
                                                   "14|importer “packages/x” is not a mapping"}
                                    << QStringList{"react"};
    QTest::newRow("yarn.lock") << "malformed/yarn-lock/yarn.lock"
                               << QStringList{"6|a quoted descriptor is not closed", "7|an indented line outside an entry",
                                              "9|entry “left-pad@^1.3.0” has no version", "11|an empty version",
                                              "14|expected an entry header ending in “:”", "15|a tab in the indentation"}
                               << QStringList{"lodash"};
    QTest::newRow("dependencies.lock items") << "malformed/lock-items/dependencies.lock"
                                             << QStringList{"6|without “name”", "7|without “version”", "8|unknown ecosystem “gradle”",
                                                            "11|not a mapping"}
                                             << QStringList{"github.com/google/uuid", "github.com/spf13/cobra"};
}

void TestManifests::malformed()
{
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, dependencies);
    const Manifest m = load(file);
    QVERIFY2(m.errors.size() == size_t(errors.size()), qPrintable(errorList(m)));
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const ManifestError &e = m.errors[size_t(i)];
        const int line = errors[i].section(QLatin1Char('|'), 0, 0).toInt();
        const QString fragment = errors[i].section(QLatin1Char('|'), 1);
        QCOMPARE(e.file, file);
        QCOMPARE(e.line, line);
        QVERIFY2(e.message.contains(fragment), qPrintable(QStringLiteral("“%1” lacks “%2”").arg(e.message, fragment)));
    }
    QStringList names;
    for (const ManifestDependency &d : m.dependencies)
        names.append(d.name);
    QCOMPARE(names, dependencies);
}

void TestManifests::hostileInput_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment"); // in the first error
    QTest::addColumn<int>("kept");         // dependencies that survive

    QRandomGenerator random(20240611);
    for (ManifestKind kind : allKinds) {
        QByteArray garbage(64 * 1024, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(random.bounded(256));
        QTest::addRow("garbage %s", qPrintable(Manifests::kindName(kind))) << int(kind) << garbage << QString() << 0;
        QTest::addRow("50 MB %s", qPrintable(Manifests::kindName(kind)))
            << int(kind) << QByteArray(50 * 1024 * 1024, 'a') << QStringLiteral("too large") << 0;
    }
    const int deep = 200'000;
    QTest::newRow("deep JSON arrays") << int(ManifestKind::PackageJson) << QByteArray(deep, '[') << QStringLiteral("JSON syntax") << 0;
    QTest::newRow("deep JSON objects") << int(ManifestKind::PackageLock) << repeat("{\"a\":", deep) << QStringLiteral("JSON syntax") << 0;
    QTest::newRow("deep TOML arrays") << int(ManifestKind::CargoToml) << "x = " + QByteArray(deep, '[')
                                      << QStringLiteral("nested deeper") << 0;
    QTest::newRow("deep TOML inline tables") << int(ManifestKind::PyProject) << "x = " + repeat("{a=", deep)
                                             << QStringLiteral("nested deeper") << 0;
    QTest::newRow("TOML dotted header") << int(ManifestKind::CargoToml) << "[a" + repeat(".a", deep) + "]\nb = 1\n"
                                        << QStringLiteral("dotted parts") << 0;
    QTest::newRow("TOML dotted key") << int(ManifestKind::CargoLock) << "a" + repeat(".a", deep) + " = 1\n"
                                     << QStringLiteral("dotted parts") << 0;
    // toml++ 3.3 asserts on this in debug builds (and lets clang assume it
    // cannot happen in release builds); tomlsupport.h turns that off.
    QTest::newRow("TOML header without a key") << int(ManifestKind::CargoToml) << QByteArray("[package]\nname = \"x\"\n[=]\n")
                                               << QStringLiteral("TOML syntax") << 0;
    QTest::newRow("TOML unterminated string") << int(ManifestKind::CargoToml) << "a = \"\"\"" + QByteArray(1 << 20, 'x')
                                              << QStringLiteral("TOML syntax") << 0;
    // Found by the fuzz targets at 30 s: a malformed value read to the end of its line meets
    // a code point (U+FEBF, U+0454) that toml++ 3.3's whitespace table sends to "unreachable"
    // (undefined behaviour; UBSan stops there). tomlsupport.h makes the tables answer "no".
    QTest::newRow("TOML bad value before U+FEBF") << int(ManifestKind::CargoToml)
                                                  << QByteArray("[package]\nna= 2acme-[1packag[pbjjjjjj\"jjjjjjjjjj\xef\xba\xbf"
                                                                "denciesa= 2acm")
                                                  << QString() << 0;
    QTest::newRow("TOML bad value before U+0454") << int(ManifestKind::PyProject)
                                                  << QByteArray("[tool.poetry]\nname = 2222222222222222V2222222-))))))):))))yig[\"hatchling>=1.2"
                                                                "1222.com/acme-s\xdc\xbf\xdf\x98it+https://github.com/acme\xd1\x94" "chemas.git\"]\n")
                                                  << QString() << 0;
    QTest::newRow("deep XML") << int(ManifestKind::PomXml) << "<project>" + repeat("<a>", deep)
                              << QStringLiteral("nested deeper") << 0;
    QTest::newRow("XML entity expansion")
        << int(ManifestKind::PomXml)
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE project [\n<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                      "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
                      "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n]>\n"
                      "<project><artifactId>&g;</artifactId></project>\n")
        << QStringLiteral("XML") << 0;
    {
        // a30 = ${a29}${a29}, … : 2^30 characters if expanded naively.
        QByteArray pom = "<project><groupId>g</groupId><artifactId>a</artifactId><properties><a0>x</a0>";
        for (int i = 1; i <= 30; ++i)
            pom += QStringLiteral("<a%1>${a%2}${a%2}</a%1>").arg(i).arg(i - 1).toUtf8();
        pom += "</properties><dependencies><dependency><groupId>g</groupId><artifactId>bomb</artifactId>"
               "<version>${a30}</version></dependency></dependencies></project>";
        QTest::newRow("Maven property explosion") << int(ManifestKind::PomXml) << pom << QStringLiteral("longer than") << 1;
    }
    {
        // The same with empty values: nothing grows, but naive expansion would take 2^30 steps.
        QByteArray pom = "<project><groupId>g</groupId><artifactId>a</artifactId><properties><a0></a0>";
        for (int i = 1; i <= 30; ++i)
            pom += QStringLiteral("<a%1>${a%2}${a%2}</a%1>").arg(i).arg(i - 1).toUtf8();
        pom += "<cycle>${loop}</cycle><loop>${cycle}</loop>";
        pom += "</properties><dependencies><dependency><groupId>g</groupId><artifactId>empty</artifactId>"
               "<version>${a30}${cycle}</version></dependency></dependencies></project>";
        QTest::newRow("Maven property cycle") << int(ManifestKind::PomXml) << pom << QStringLiteral("${cycle}") << 1;
    }
    {
        QByteArray pom = "<project><groupId>g</groupId><artifactId>a</artifactId><properties>";
        for (int i = 0; i < 50'000; ++i)
            pom += QStringLiteral("<p%1>${p%2}</p%1>").arg(i).arg(i + 1).toUtf8();
        pom += "</properties><dependencies><dependency><groupId>g</groupId><artifactId>chain</artifactId>"
               "<version>${p0}</version></dependency></dependencies></project>";
        QTest::newRow("Maven property chain") << int(ManifestKind::PomXml) << pom << QStringLiteral("nested more than") << 1;
    }
    QTest::newRow("deep YAML") << int(ManifestKind::DependenciesLock) << "runtime: go-1.22\ndependencies: " + QByteArray(deep, '[')
                               << QStringLiteral("nesting deeper") << 0;
    QTest::newRow("YAML alias bomb")
        << int(ManifestKind::DependenciesLock)
        << QByteArray("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n")
        << QStringLiteral("anchors") << 0;
    static const char withNul[] = "module x\n\ngo 1.22\nrequire a.b/c v1.0.0\0\n";
    QTest::newRow("NUL in go.mod") << int(ManifestKind::GoMod) << QByteArray(withNul, sizeof withNul - 1)
                                   << QStringLiteral("binary data") << 0;
    QTest::newRow("invalid UTF-8 in requirements") << int(ManifestKind::RequirementsTxt)
                                                   << QByteArray("flask==3.0\nrequests==2.31\nnumpy==\xff\xfe 1.26\n")
                                                   << QStringLiteral("invalid UTF-8") << 0;
    QTest::newRow("overlong UTF-8 in package.json") << int(ManifestKind::PackageJson) << QByteArray("{\"name\": \"\xc0\xaf\"}")
                                                    << QStringLiteral("invalid UTF-8") << 0;
    const QByteArray huge(2 * 1024 * 1024, '1');
    QTest::newRow("huge npm version") << int(ManifestKind::PackageJson)
                                      << "{\"dependencies\": {\"left-pad\": \"1." + huge + "\", \"react\": \"^18.2.0\"}}"
                                      << QStringLiteral("too long") << 1;
    QTest::newRow("huge Go version") << int(ManifestKind::GoMod)
                                     << "module x\n\nrequire (\n\ta.b/c v1." + huge + "\n\td.e/f v1.0.0\n)\n"
                                     << QStringLiteral("too long") << 1;
    QTest::newRow("huge Cargo version") << int(ManifestKind::CargoToml)
                                        << "[package]\nname = \"x\"\n[dependencies]\nserde = \"1." + huge + "\"\nlog = \"0.4\"\n"
                                        << QStringLiteral("too long") << 1;
    QTest::newRow("huge pip version") << int(ManifestKind::RequirementsTxt) << "flask==1." + huge + "\nnumpy==1.26\n"
                                      << QStringLiteral("too long") << 1;
    QTest::newRow("huge lock name") << int(ManifestKind::DependenciesLock)
                                    << "runtime: rust-1.79\ndependencies:\n  - name: " + QByteArray(100'000, 'n') + "\n    version: 1.0.0\n"
                                    << QStringLiteral("too long") << 0;
    QTest::newRow("control character escaped in JSON") << int(ManifestKind::PackageJson)
                                                       << QByteArray(R"({"dependencies": {"a": "1.0.0\u0000\n"}})")
                                                       << QStringLiteral("control characters") << 0;
}

void TestManifests::hostileInput()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    QFETCH(int, kept);
    QElapsedTimer timer;
    timer.start();
    Manifest m;
    try {
        m = Manifests::parse(ManifestKind(kind), QStringLiteral("hostile/%1").arg(Manifests::kindName(ManifestKind(kind))), bytes);
    } catch (...) {
        QFAIL("an exception left Manifests::parse");
    }
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    QVERIFY(!m.errors.empty());
    if (!fragment.isEmpty())
        QVERIFY2(m.errors[0].message.contains(fragment), qPrintable(errorList(m)));
    QCOMPARE(int(m.dependencies.size()), kept);
    for (const ManifestError &e : m.errors) {
        QCOMPARE(e.file, m.path);
        QVERIFY(e.line >= 0);
        QVERIFY(e.message.size() < 1000); // hostile text is shortened in messages
    }
}

void TestManifests::errorsAreCapped()
{
    QByteArray text;
    for (int i = 0; i < 20'000; ++i)
        text += "not a requirement at all\n";
    text += "flask==3.0.2\n";
    const Manifest m = Manifests::parse(ManifestKind::RequirementsTxt, QStringLiteral("requirements.txt"), text);
    QCOMPARE(m.errors.size(), size_t(201));
    QCOMPARE(m.errors.front().line, 1);
    QVERIFY2(m.errors.back().message.contains(QLatin1String("19800 more error")), qPrintable(m.errors.back().message));
    QCOMPARE(rows(m), QStringList{"flask|==3.0.2||prod|pypi"}); // parsing went on to the end
}

void TestManifests::mutatedFixturesNeverCrash()
{
    QDirIterator it(dataDir(), QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QVERIFY(files.size() >= 20);
    // ARCHBOARD_FUZZ_ROUNDS / ARCHBOARD_FUZZ_SEED run longer campaigns (e.g. in a sanitizer build).
    const int rounds = qEnvironmentVariableIsSet("ARCHBOARD_FUZZ_ROUNDS") ? qEnvironmentVariableIntValue("ARCHBOARD_FUZZ_ROUNDS") : 150;
    QRandomGenerator random(qEnvironmentVariableIsSet("ARCHBOARD_FUZZ_SEED") ? quint32(qEnvironmentVariableIntValue("ARCHBOARD_FUZZ_SEED")) : 7u);
    static const char specials[] = "[]{}\"'\\<>&$#;=@:,.-\n\t\r\0\xff";
    int parsed = 0;
    for (const QString &path : std::as_const(files)) {
        ManifestKind kind = ManifestKind::PackageJson;
        QVERIFY2(Manifests::kindOf(path, &kind), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        for (int round = 0; round < rounds; ++round) {
            QByteArray bytes = original;
            const int edits = 1 + int(random.bounded(6));
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const qsizetype at = qsizetype(random.bounded(quint32(bytes.size())));
                switch (random.bounded(5)) {
                case 0: bytes[at] = specials[random.bounded(quint32(sizeof specials - 1))]; break;
                case 1: bytes.truncate(at); break;
                case 2: bytes.insert(at, bytes.mid(at, 64)); break;
                case 3: bytes.remove(at, 1 + random.bounded(16)); break;
                default: bytes.insert(at, specials[random.bounded(quint32(sizeof specials - 1))]); break;
                }
            }
            const Manifest m = Manifests::parse(kind, path, bytes, kind == ManifestKind::PomXml ? bytes : QByteArray());
            for (const ManifestDependency &d : m.dependencies) {
                QVERIFY(!d.name.isEmpty());
                QVERIFY(d.name.size() <= 1024 && d.requested.size() <= 1024 && d.checksum.size() <= 1024);
                QVERIFY(d.line >= 0);
            }
            for (const ManifestError &e : m.errors) {
                QCOMPARE(e.file, path);
                QVERIFY(e.line >= 0);
            }
            ++parsed;
        }
    }
    QCOMPARE(parsed, int(files.size()) * rounds);
}

void TestManifests::parallelParsingGivesTheSameResults()
{
    struct Input
    {
        ManifestKind kind;
        QString path;
        QByteArray bytes;
        QByteArray parent;
    };
    std::vector<Input> inputs;
    QDirIterator it(dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ManifestKind kind = ManifestKind::PackageJson;
        QVERIFY(Manifests::kindOf(path, &kind));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString relative = path.mid(dataDir().size());
        inputs.push_back({kind, relative, file.readAll(),
                          relative == QLatin1String("maven/order-service/pom.xml") ? readData(QStringLiteral("maven/pom.xml")) : QByteArray()});
    }
    auto signature = [](const Manifest &m) {
        QStringList out{m.name, m.version, m.runtime, m.runtimeVersion, m.workspaceMembers.join(QLatin1Char(','))};
        for (const ManifestDependency &d : m.dependencies)
            out.append(row(d) + QLatin1Char('|') + d.checksum + QLatin1Char('|') + QString::number(d.line) + QLatin1Char('|') + d.note);
        for (const ManifestError &e : m.errors)
            out.append(QString::number(e.line) + e.message);
        return out.join(QLatin1Char('\n'));
    };
    QStringList expected;
    for (const Input &in : inputs)
        expected.append(signature(Manifests::parse(in.kind, in.path, in.bytes, in.parent)));

    constexpr int threads = 6;
    constexpr int rounds = 15;
    std::vector<QStringList> results(threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int r = 0; r < rounds; ++r) {
                for (size_t i = 0; i < inputs.size(); ++i) {
                    // Each thread walks the files from a different start.
                    const Input &in = inputs[(i + size_t(t) * 3) % inputs.size()];
                    const QString s = signature(Manifests::parse(in.kind, in.path, in.bytes, in.parent));
                    if (r == rounds - 1)
                        results[size_t(t)].append(s);
                }
            }
        });
    }
    for (std::thread &w : workers)
        w.join();
    for (int t = 0; t < threads; ++t) {
        QCOMPARE(results[size_t(t)].size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(results[size_t(t)][i], expected[(i + t * 3) % expected.size()]);
    }
}

QTEST_GUILESS_MAIN(TestManifests)
#include "tst_manifests.moc"
