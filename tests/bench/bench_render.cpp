// Diagram render time against Graphviz's own `dot -Tsvg` on the same DOT
// (budget in docs/architecture.md: ≤ 1.15 ×), for the context map of the "large" workspace cut to
// 500 contexts and the relations among them. Also the GUI-thread part (the
// findings, the Diagram and its DOT), which must stay far below 50 ms.
//   build/tests/bench/bench_render [--runs N] [--relations N] [--grouping team|domain|none] [--keep FILE.dot]
#include "benchcheck.h"
#include "contextmap.h"
#include "diagramrenderer.h"
#include "dotbuilder.h"
#include "generator.h"
#include "selection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ArchBoard;

namespace {

struct Stat
{
    double median;
    double min;
    double max;
};

Stat measure(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

void row(const char *what, Stat s)
{
    std::printf("| %-50s | %10.1f | %10.1f | %10.1f |\n", what, s.median, s.min, s.max);
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? std::max(1, args.at(i + 1).toInt()) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = option(args, QStringLiteral("--runs"), 7);
    Testing::GeneratorSpec spec = Testing::largeSpec();
    spec.relations = option(args, QStringLiteral("--relations"), 800);
    const Workspace ws = Testing::generateWorkspace(spec, 42);

    const QString dotTool = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dotTool.isEmpty())
        Bench::fail("find Graphviz", QStringLiteral("dot is not on PATH"));
    DiagramRenderer renderer;
    std::printf("helper: %s\n", qPrintable(DiagramRenderer::defaultHelper()));

    // The GUI thread's part: findings, the Diagram, its DOT through cgraph.
    const SelectionResult selection = Selection::compute(ws);
    ContextMapResult result;
    Diagram diagram;
    DotResult dot;
    const Stat analyse = measure(runs, [&] { result = ContextMap::analyse(ws, selection); });
    const QString groupingName = args.contains(QStringLiteral("--grouping")) ? args.at(args.indexOf(QStringLiteral("--grouping")) + 1)
                                                                              : QStringLiteral("team");
    const ContextMap::Grouping grouping = groupingName == u"none" ? ContextMap::Grouping::None
        : groupingName == u"domain"                               ? ContextMap::Grouping::DomainType
                                                                  : ContextMap::Grouping::Team;
    const Stat build = measure(runs, [&] { diagram = ContextMap::diagram(ws, result, grouping); });
    const Stat toDot = measure(runs, [&] { dot = Dot::build(diagram); });
    Bench::check(dot.error.isEmpty(), "DOT through cgraph", dot.error);
    std::printf("context map: %lld contexts, %lld relations, %lld clusters, %lld findings; DOT %lld bytes\n\n",
                qlonglong(diagram.nodes.size()), qlonglong(diagram.edges.size()), qlonglong(diagram.clusters.size()),
                qlonglong(result.findings.size()), qlonglong(dot.dot.size()));

    QTemporaryDir dir;
    const QString file = args.contains(QStringLiteral("--keep")) ? args.at(args.indexOf(QStringLiteral("--keep")) + 1)
                                                                  : dir.filePath(QStringLiteral("context-map.dot"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(dot.dot) != dot.dot.size())
        Bench::fail("write the DOT", QStringLiteral("%1: %2").arg(file, out.errorString()));
    out.close();

    // Alternate the two so drift in the machine's load hits both alike.
    std::vector<double> graphviz;
    std::vector<double> ours;
    qsizetype svgBytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(dotTool, {QStringLiteral("-Tsvg"), file});
        Bench::check(p.waitForFinished(-1), "dot -Tsvg", p.errorString());
        const QByteArray svg = p.readAllStandardOutput();
        graphviz.push_back(double(t.nsecsElapsed()) / 1e6);
        Bench::check(p.exitCode() == 0 && !svg.isEmpty(), "dot -Tsvg", QString::fromLocal8Bit(p.readAllStandardError()));
        renderer.clearCache();
        t.restart();
        const RenderResult r = renderer.renderBlocking(dot.dot, QStringLiteral("svg"));
        ours.push_back(double(t.nsecsElapsed()) / 1e6);
        Bench::check(r.ok, "archboard-render", r.error);
        svgBytes = r.output.size();
    }
    QElapsedTimer cachedTimer;
    cachedTimer.start();
    const RenderResult cached = renderer.renderBlocking(dot.dot, QStringLiteral("svg"));
    const double cachedMs = double(cachedTimer.nsecsElapsed()) / 1e6;

    auto stat = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return Stat{v[v.size() / 2], v.front(), v.back()};
    };
    const Stat g = stat(graphviz);
    const Stat o = stat(ours);
    std::printf("| %-50s | %10s | %10s | %10s |\n", "step", "median ms", "min ms", "max ms");
    std::printf("|%s|%s|%s|%s|\n", std::string(52, '-').c_str(), std::string(12, '-').c_str(), std::string(12, '-').c_str(),
                std::string(12, '-').c_str());
    row("findings (ContextMap::analyse)", analyse);
    row("diagram (ContextMap::diagram)", build);
    row("DOT through cgraph (Dot::build)", toDot);
    row("dot -Tsvg FILE (Graphviz's own program)", g);
    row("archboard-render, uncached (spawn, pipe, layout)", o);
    std::printf("| %-50s | %10.1f | %10s | %10s |\n", "archboard-render, same DOT again (cache hit)", cachedMs, "", "");
    Bench::check(cached.ok, "archboard-render, cache hit", cached.error);
    // The ratio is read, not asserted: a benchmark fails only when a step does.
    const double ratio = o.median / g.median;
    std::printf("\nSVG %lld bytes (cached: %s). Ratio of medians archboard-render / dot: %.3f (budget ≤ 1.15%s)\n",
                qlonglong(svgBytes), cached.cached ? "yes" : "no", ratio, ratio <= 1.15 ? "" : ", OVER BUDGET");
    return 0;
}
