// Writes the generated "large" workspace the benchmarks use (the budgets in docs/architecture.md), so
// the CLI and the GUI can be timed on it: archboard-make-workspace OUT.archboard [--seed N]
// With --board CxK it writes a small board instead: C candidates (all shortlisted, none knocked out) × K criteria
// with names as long as real ones, to look at the selection charts at realistic sizes.
#include "generator.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <iterator>

namespace {

// Names as boards write them: long, some in two languages.
const char *const kCriteria[] = {
    "Cold start latency, p99 (冷启动延迟)", "Throughput under sustained load", "Memory footprint per instance",
    "Ecosystem maturity and library coverage", "Hiring pool in the region", "Developer productivity (交付速度)",
    "Operational tooling and observability", "Type safety and compile-time checks", "Concurrency model fit",
    "Build and deploy time in CI", "Licence and supply-chain risk", "Team familiarity today",
    "Long-term vendor support", "Interoperability with the JVM services", "Binary size of a function package",
    "Security advisories per year (安全公告)",
};
const char *const kCandidates[] = {
    "Rust (tokio + axum)", "Go 1.22 (net/http)", "Java 21 with GraalVM native image", "Kotlin on Quarkus",
    "TypeScript on Node.js 20", "Python 3.12 (FastAPI)", "C# .NET 8 Native AOT", "Scala 3 (ZIO)",
    "Elixir (Phoenix)", "Swift on server (Vapor)", "Zig (experimental)", "C++20 (Seastar)",
};

ArchBoard::Workspace board(int candidates, int criteria, quint32 seed)
{
    ArchBoard::Testing::GeneratorSpec spec;
    spec.candidates = candidates;
    spec.criteria = criteria;
    spec.tiers = 2;
    ArchBoard::Workspace ws = ArchBoard::Testing::generateWorkspace(spec, seed);
    for (size_t i = 0; i < ws.candidates.size(); ++i) {
        ws.candidates[i].shortlisted = true;
        ws.candidates[i].name = QString::fromUtf8(kCandidates[i % std::size(kCandidates)]) + (i < std::size(kCandidates) ? QString() : QStringLiteral(" %1").arg(i));
    }
    ws.tierThresholds.clear(); // every candidate ranked: the charts show every name
    for (size_t i = 0; i < ws.criteria.size(); ++i)
        ws.criteria[i].name = QString::fromUtf8(kCriteria[i % std::size(kCriteria)]) + (i < std::size(kCriteria) ? QString() : QStringLiteral(" %1").arg(i));
    return ws;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(u'-')) {
        std::fprintf(stderr, "usage: archboard-make-workspace OUT.archboard [--seed N] [--board CANDIDATESxCRITERIA]\n");
        return 2;
    }
    quint32 seed = 42;
    if (const qsizetype at = args.indexOf(QStringLiteral("--seed")); at > 0 && at + 1 < args.size())
        seed = args.at(at + 1).toUInt();
    ArchBoard::Workspace ws;
    if (const qsizetype at = args.indexOf(QStringLiteral("--board")); at > 0 && at + 1 < args.size()) {
        const QStringList size = args.at(at + 1).split(u'x');
        const int candidates = size.value(0).toInt(), criteria = size.value(1).toInt();
        if (size.size() != 2 || candidates < 1 || criteria < 1) {
            std::fprintf(stderr, "--board takes CANDIDATESxCRITERIA, e.g. 6x16\n");
            return 2;
        }
        ws = board(candidates, criteria, seed);
    } else {
        ws = ArchBoard::Testing::generateWorkspace(ArchBoard::Testing::largeSpec(), seed);
    }
    QString error;
    if (!ArchBoard::WorkspaceFile::save(ws, args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    return 0;
}
