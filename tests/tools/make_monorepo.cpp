// Writes the generated monorepo the scanner tests use, for benchmarks against
// other tools: archboard-make-monorepo DIR [--packages N] [--npm-only] [--polyglot N] [--well-formed]
// (--polyglot N: N more services over Cargo, Go, Maven and Python with their
// workspace definitions, a fifth with a dependencies.lock; --well-formed: without
// the broken package.json and go.mod, which sherif stops at)
#include "monorepo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(u'-')) {
        std::fprintf(stderr, "usage: archboard-make-monorepo DIR [--packages N] [--npm-only] [--polyglot N] [--well-formed]\n");
        return 2;
    }
    ArchBoard::Testing::MonorepoSpec spec;
    const qsizetype at = args.indexOf(QStringLiteral("--packages"));
    if (at > 0 && at + 1 < args.size())
        spec.packages = args.at(at + 1).toInt();
    if (args.contains(QStringLiteral("--npm-only"))) {
        spec.polyglot = false;
        spec.malformed = false;
    }
    if (args.contains(QStringLiteral("--well-formed")))
        spec.malformed = false;
    if (const qsizetype p = args.indexOf(QStringLiteral("--polyglot")); p > 0 && p + 1 < args.size())
        spec.polyglotServices = args.at(p + 1).toInt();
    if (spec.packages <= 0) {
        std::fprintf(stderr, "--packages needs a positive number\n");
        return 2;
    }
    QDir().mkpath(args.at(1));
    const ArchBoard::Testing::MonorepoTruth truth = ArchBoard::Testing::writeMonorepo(args.at(1), spec);
    std::printf("%d manifests, %d services, %lld shared npm dependencies, %lld of them mismatched\n", truth.manifests, truth.services,
                qlonglong(truth.npmVersions.size()), qlonglong(truth.npmMismatched.size()));
    QStringList mismatched(truth.npmMismatched.begin(), truth.npmMismatched.end());
    mismatched.sort();
    std::printf("mismatched: %s\n", qPrintable(mismatched.join(QStringLiteral(" "))));
    return 0;
}
