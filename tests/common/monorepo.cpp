#include "monorepo.h"

#include <QDir>
#include <QFile>

#include <random>

namespace ArchBoard::Testing {

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

MonorepoTruth writeMonorepo(const QString &dir, const MonorepoSpec &spec)
{
    MonorepoTruth truth;
    std::mt19937 rng(spec.seed);
    auto pick = [&](int n) { return int(rng() % quint32(n)); };

    // A pool of dependencies; each has a "current" version and, for every
    // third one, drifting versions some packages stay on.
    struct Pool
    {
        QString name;
        QStringList versions; // [0] is current
    };
    std::vector<Pool> pool;
    for (int i = 0; i < spec.sharedDependencies; ++i) {
        Pool p;
        p.name = i % 5 == 0 ? QStringLiteral("@acme/lib-%1").arg(i) : QStringLiteral("dep-%1").arg(i);
        const int major = 1 + i % 7;
        p.versions << QStringLiteral("%1.%2.%3").arg(major).arg(i % 4).arg(i % 9);
        if (i % 3 == 0)
            p.versions << QStringLiteral("%1.%2.%3").arg(std::max(1, major - 1 - i % 3)).arg(i % 4).arg(i % 9);       // major drift
        if (i % 6 == 1)
            p.versions << QStringLiteral("%1.%2.%3").arg(major).arg(i % 4 + 1).arg(0);                            // minor drift
        if (i % 9 == 2)
            p.versions << QStringLiteral("%1.%2.%3").arg(major).arg(i % 4).arg(i % 9 + 2);                        // patch drift
        pool.push_back(p);
    }

    QHash<QString, QHash<QString, int>> uses; // dep → version → packages
    write(dir + QStringLiteral("/package.json"),
          QByteArrayLiteral("{\n  \"name\": \"monorepo\",\n  \"private\": true,\n  \"workspaces\": [\"packages/*\"],\n"
                            "  \"devDependencies\": {\n    \"typescript\": \"5.4.5\"\n  }\n}\n"));
    ++truth.manifests;
    ++truth.services;
    uses[QStringLiteral("typescript")][QStringLiteral("5.4.5")]++;
    for (int p = 0; p < spec.packages; ++p) {
        QByteArray json = "{\n  \"name\": \"@acme/pkg-" + QByteArray::number(p) + "\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": {\n";
        QSet<int> chosen;
        while (chosen.size() < std::min(spec.dependenciesPerPackage, spec.sharedDependencies))
            chosen.insert(pick(spec.sharedDependencies));
        QList<int> sorted(chosen.begin(), chosen.end());
        std::sort(sorted.begin(), sorted.end());
        for (qsizetype k = 0; k < sorted.size(); ++k) {
            const Pool &dep = pool[size_t(sorted[k])];
            // Most packages are on the current version; drifting ones stay behind.
            const int v = dep.versions.size() > 1 && pick(4) == 0 ? 1 + pick(int(dep.versions.size()) - 1) : 0;
            uses[dep.name][dep.versions[v]]++;
            json += "    \"" + dep.name.toUtf8() + "\": \"" + dep.versions[v].toUtf8() + "\"" + (k + 1 < sorted.size() ? ",\n" : "\n");
        }
        json += "  },\n  \"devDependencies\": {\n    \"typescript\": \"5.4.5\"\n  }\n}\n";
        uses[QStringLiteral("typescript")][QStringLiteral("5.4.5")]++;
        const QString pkgDir = dir + QStringLiteral("/packages/pkg-%1").arg(p);
        write(pkgDir + QStringLiteral("/package.json"), json);
        ++truth.manifests;
        ++truth.services;
        // Installed copies and build output: must be skipped.
        if (p % 10 == 0) {
            write(pkgDir + QStringLiteral("/node_modules/dep-x/package.json"), "{\"name\":\"dep-x\",\"dependencies\":{\"left-pad\":\"0.0.1\"}}");
            write(pkgDir + QStringLiteral("/dist/package.json"), "{\"name\":\"built\",\"dependencies\":{\"dep-0\":\"0.0.1\"}}");
        }
    }
    truth.packages = spec.packages;

    if (spec.polyglot) {
        write(dir + QStringLiteral("/services/orders/go.mod"),
              "module example.com/orders\n\ngo 1.22\n\nrequire (\n\tgithub.com/google/uuid v1.6.0\n\tgolang.org/x/net v0.24.0\n)\n");
        write(dir + QStringLiteral("/services/inventory/Cargo.toml"),
              "[package]\nname = \"inventory\"\nversion = \"0.3.0\"\nedition = \"2021\"\n\n[dependencies]\nserde = \"1.0.200\"\ntokio = { version = \"1.37\", features = [\"full\"] }\n");
        write(dir + QStringLiteral("/services/finance/pom.xml"),
              "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n"
              "  <groupId>com.acme</groupId>\n  <artifactId>finance</artifactId>\n  <version>1.0.0</version>\n"
              "  <properties>\n    <java.version>17</java.version>\n    <jackson.version>2.17.0</jackson.version>\n  </properties>\n"
              "  <dependencies>\n    <dependency>\n      <groupId>com.fasterxml.jackson.core</groupId>\n"
              "      <artifactId>jackson-databind</artifactId>\n      <version>${jackson.version}</version>\n    </dependency>\n"
              "  </dependencies>\n</project>\n");
        write(dir + QStringLiteral("/services/bi/requirements.txt"), "requests==2.31.0\nnumpy>=1.26,<2\n");
        truth.manifests += 4;
        truth.services += 4;
    }
    if (spec.malformed) {
        write(dir + QStringLiteral("/packages/broken/package.json"), "{\n  \"name\": \"broken\",\n  \"dependencies\": {\n    \"dep-1\": \"1.0.0\",\n");
        write(dir + QStringLiteral("/services/legacy/go.mod"), "module example.com/legacy\n\ngo 1.21\n\nrequire (\n\tgithub.com/pkg/errors\n)\n");
        truth.malformed << QStringLiteral("packages/broken/package.json") << QStringLiteral("services/legacy/go.mod");
        truth.manifests += 2;
        truth.services += 2; // a folder with a manifest is a service, even when the manifest is broken
    }

    if (spec.polyglotServices > 0) {
        // The few services of other ecosystems written above are members too.
        const QByteArray members = "[workspace]\nresolver = \"2\"\nmembers = [\"crates/*\"" + QByteArray(spec.polyglot ? ", \"services/inventory\"" : "")
            + "]\nexclude = [\"crates/scratch\"]\n";
        QByteArray goWork = "go 1.22\n\nuse (\n";
        QByteArray modules;
        if (spec.polyglot) {
            goWork += "\t./services/orders\n";
            modules += "    <module>services/finance</module>\n";
        }
        if (spec.malformed)
            goWork += "\t./services/legacy\n";
        for (int i = 0; i < spec.polyglotServices; ++i) {
            const int k = i % 4;
            const QByteArray n = QByteArray::number(i);
            const QByteArray drift = QByteArray::number(i % 3); // a few versions of each shared dependency
            if (k == 0) {
                write(dir + QStringLiteral("/crates/c-%1/Cargo.toml").arg(i),
                      "[package]\nname = \"c-" + n + "\"\nversion = \"0.1.0\"\nedition = \"2021\"\nrust-version = \"1.7" + drift
                          + "\"\n\n[dependencies]\nserde = \"1.0.20" + drift + "\"\ntokio = { version = \"1.3" + drift
                          + "\", features = [\"full\"] }\nanyhow = \"1.0.8" + drift + "\"\n\n[dev-dependencies]\ncriterion = \"0.5.1\"\n");
            } else if (k == 1) {
                write(dir + QStringLiteral("/go/m-%1/go.mod").arg(i),
                      "module example.com/m" + n + "\n\ngo 1.2" + drift + "\n\nrequire (\n\tgithub.com/google/uuid v1.6." + drift
                          + "\n\tgolang.org/x/net v0.2" + drift + ".0\n\tgithub.com/spf13/cobra v1.8." + drift + " // indirect\n)\n");
                goWork += "\t./go/m-" + n + "\n";
            } else if (k == 2) {
                write(dir + QStringLiteral("/java/j-%1/pom.xml").arg(i),
                      "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n"
                      "  <groupId>com.acme</groupId>\n  <artifactId>j-" + n + "</artifactId>\n  <version>1.0.0</version>\n"
                      "  <properties>\n    <java.version>1" + QByteArray::number(7 + i % 3 * 2) + "</java.version>\n"
                      "    <jackson.version>2.17." + drift + "</jackson.version>\n  </properties>\n  <dependencies>\n"
                      "    <dependency>\n      <groupId>com.fasterxml.jackson.core</groupId>\n      <artifactId>jackson-databind</artifactId>\n"
                      "      <version>${jackson.version}</version>\n    </dependency>\n    <dependency>\n      <groupId>com.google.guava</groupId>\n"
                      "      <artifactId>guava</artifactId>\n      <version>33." + drift + ".0-jre</version>\n    </dependency>\n"
                      "  </dependencies>\n</project>\n");
                modules += "    <module>java/j-" + n + "</module>\n";
            } else {
                write(dir + QStringLiteral("/python/p-%1/requirements.txt").arg(i),
                      "requests==2.31." + drift + "\nnumpy>=1.26," + "<2\npydantic==2.7." + drift + "\n");
            }
            ++truth.manifests;
            ++truth.services;
            if (i % 5 == 4) { // the seed's cross-language lock beside a fifth of them
                const QString folder = k == 0 ? QStringLiteral("crates/c-%1") : k == 1 ? QStringLiteral("go/m-%1")
                    : k == 2 ? QStringLiteral("java/j-%1") : QStringLiteral("python/p-%1");
                QByteArray lock = "runtime: python-3.1" + drift + "\ndependencies:\n";
                for (int d = 0; d < 12; ++d)
                    lock += "  - name: lib-" + QByteArray::number(d) + "\n    version: 1." + QByteArray::number(d) + "." + drift
                        + "\n    checksum: sha256:" + QByteArray(64, 'a' + char(d)) + "\n    ecosystem: pypi\n";
                write(dir + u'/' + folder.arg(i) + QStringLiteral("/dependencies.lock"), lock);
                ++truth.manifests;
            }
        }
        write(dir + QStringLiteral("/Cargo.toml"), members);
        write(dir + QStringLiteral("/go.work"), goWork + ")\n");
        write(dir + QStringLiteral("/pom.xml"),
              "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n"
              "  <groupId>com.acme</groupId>\n  <artifactId>estate</artifactId>\n  <version>1.0.0</version>\n  <packaging>pom</packaging>\n"
              "  <modules>\n" + modules + "  </modules>\n</project>\n");
        truth.manifests += 3; // root Cargo.toml and pom.xml join the root service; go.work is no service
        // Non-members: left out by their workspace definitions.
        write(dir + QStringLiteral("/crates/scratch/Cargo.toml"), "[package]\nname = \"scratch\"\nversion = \"0.0.0\"\n\n[dependencies]\nserde = \"0.9.0\"\n");
        write(dir + QStringLiteral("/go/testdata/old/go.mod"), "module example.com/old\n\ngo 1.16\n\nrequire github.com/google/uuid v1.1.0\n");
        write(dir + QStringLiteral("/java/samples/pom.xml"),
              "<project><groupId>com.acme</groupId><artifactId>sample</artifactId><version>0.1</version></project>\n");
        write(dir + QStringLiteral("/test/fixtures/old-app/package.json"), "{\"name\": \"old\", \"dependencies\": {\"dep-0\": \"0.0.1\"}}\n");
        truth.manifests += 4;
        truth.leftOut += 4;
    }

    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        int packages = 0;
        for (int n : it.value())
            packages += n;
        if (packages < 2)
            continue;
        const QStringList versions = it.value().keys();
        truth.npmVersions.insert(it.key(), QSet<QString>(versions.begin(), versions.end()));
        if (versions.size() > 1)
            truth.npmMismatched.insert(it.key());
    }
    return truth;
}

} // namespace ArchBoard::Testing
