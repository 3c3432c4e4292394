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
