// Engine recompute times on the "large" workspace (docs/architecture.md), after one
// edit each, as the GUI does it (edit through the Document, then ask Analysis).
//   build/tests/bench/bench_engines [--runs N]
#include "analysis.h"
#include "document.h"
#include "benchcheck.h"
#include "generator.h"
#include "selection.h"
#include "fragmentation.h"
#include "tco.h"
#include "winprobability.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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

Stat measure(int runs, const std::function<void(int)> &edit, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        edit(i);
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

/// Runs of a slower row: at least \a least for a median, \a runs / \a divisor
/// otherwise; one in a smoke run (--runs 1), which checks that it works, not how fast.
int fewer(int runs, int least, int divisor)
{
    return runs == 1 ? 1 : std::max(least, runs / divisor);
}

void row(const char *what, Stat s, const char *budget)
{
    std::printf("| %-52s | %9.2f | %9.2f | %9.2f | %-8s |\n", what, s.median, s.min, s.max, budget);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 51;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype i = args.indexOf(QStringLiteral("--runs"));
    if (i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());

    Document doc(std::make_unique<Workspace>(Testing::generateWorkspace(Testing::largeSpec(), 42)));
    Analysis analysis(&doc);
    const Workspace &ws = doc.workspace();
    const int weightField = Schema::table(TableId::TierWeights).fieldIndex(u"weight");
    const int valueField = Schema::table(TableId::Measurements).fieldIndex(u"value");
    const int scoreField = Schema::table(TableId::Ratings).fieldIndex(u"score");
    const int tierField = Schema::table(TableId::Contexts).fieldIndex(u"tier");

    const SelectionResult &probe = analysis.selection();
    size_t sensitivityItems = 0;
    for (const TierResult &t : probe.tiers)
        sensitivityItems += t.sensitivity.size();
    std::printf("Large workspace: %zu candidates (%lld shortlisted) x %zu criteria x %zu tiers, %zu ratings by %zu raters, "
                "%zu rules, %zu contexts; %zu sensitivity items; %d runs each\n\n",
                ws.candidates.size(), static_cast<long long>(probe.matrix.candidates.size()), ws.criteria.size(), ws.tiers.size(),
                ws.ratings.size(), ws.raters.size(), ws.rules.size(), ws.contexts.size(), sensitivityItems, runs);
    std::printf("| selection engine: recompute after one edit              | median ms | min ms    | max ms    | budget   |\n");
    std::printf("|------------------------------------------------------|-----------|-----------|-----------|----------|\n");

    auto recompute = [&] {
        const SelectionResult &r = analysis.selection();
        Bench::check(r.tiers.size() == ws.tiers.size(), "selection recompute",
                     QStringLiteral("%1 tiers ranked of %2").arg(r.tiers.size()).arg(ws.tiers.size()));
    };
    row("tier weight changed (all tiers, rules, sensitivity)", measure(runs, [&](int k) {
            doc.setValue(TableId::TierWeights, k % 200, weightField, 10.0 + 0.01 * k); // always a real change
        }, recompute), "≤ 5 ms");
    row("measurement changed", measure(runs, [&](int k) {
            doc.setValue(TableId::Measurements, k % 300, valueField, 10.0 + k);
        }, recompute), "≤ 5 ms");
    row("workshop rating changed", measure(runs, [&](int k) {
            doc.setValue(TableId::Ratings, k % 500, scoreField, ws.ratings[size_t(k % 500)].score % 5 + 1);
        }, recompute), "≤ 5 ms");
    row("context's tier changed (rules for 500 contexts)", measure(runs, [&](int k) {
            const QString current = ws.contexts[size_t(k % 500)].tier;
            doc.setValue(TableId::Contexts, k % 500, tierField, current == ws.tiers[0].id ? ws.tiers[1].id : ws.tiers[0].id);
        }, recompute), "≤ 5 ms");

    // Win probabilities (issue 14): every tier, 10 000 draws, as Analysis runs
    // them on a worker; the budget is 1 s off the UI thread (docs/benchmarks.md).
    {
        const WinProbabilities probe = Selection::winProbabilities(ws, 10000, 1, 5);
        std::printf("\n| win probabilities (%d draws, %d resampled rated cells, %d measured ranges) | median ms | min ms | max ms | budget |\n",
                    probe.draws, probe.resampledCells, probe.rangedMeasurements);
        std::printf("|------------------------------------------------------|-----------|-----------|-----------|----------|\n");
        int wins = 0;
        row("every tier, 10 000 draws (worker thread)", measure(fewer(runs, 3, 10), [](int) {}, [&] {
                wins += Selection::winProbabilities(ws, 10000, 1, 5).tiers.front().candidates.front().wins;
            }), "≤ 1 s");
        Bench::check(wins >= 0, "win probabilities", QStringLiteral("negative win count"));
    }

    // TCO: every scenario's lines and its sensitivity ranking after a scenario
    // edit (what the cost-model page recomputes on a slider tick); the Monte
    // Carlo runs on a worker in the GUI and is timed on its own.
    std::printf("\n| TCO engine (%zu scenarios)                             | median ms | min ms    | max ms    | budget   |\n",
                ws.scenarios.size());
    std::printf("|------------------------------------------------------|-----------|-----------|-----------|----------|\n");
    const int invocationsField = Schema::table(TableId::Scenarios).fieldIndex("invocations_per_month");
    int lines = 0;
    auto tcoAll = [&] {
        for (const TcoScenario &sc : doc.workspace().scenarios) {
            const std::optional<TcoInput> in = Tco::input(doc.workspace(), sc.id);
            const TcoResult r = Tco::compute(*in);
            lines += int(r.languages.size());
        }
    };
    auto tcoSensitivity = [&] {
        for (const TcoScenario &sc : doc.workspace().scenarios) {
            const std::optional<TcoInput> in = Tco::input(doc.workspace(), sc.id);
            lines += int(Tco::compute(*in).languages.size() + Tco::sensitivity(*in, sc.sensitivityPct).size());
        }
    };
    row("scenario edited: every scenario's lines", measure(runs, [&](int k) {
            doc.setValue(TableId::Scenarios, k % int(ws.scenarios.size()), invocationsField, 1000.0 + k);
        }, tcoAll), "≤ 5 ms");
    row("scenario edited: lines + sensitivity of every scenario", measure(runs, [&](int k) {
            doc.setValue(TableId::Scenarios, k % int(ws.scenarios.size()), invocationsField, 2000.0 + k);
        }, tcoSensitivity), "≤ 5 ms");
    const std::optional<TcoInput> first = Tco::input(doc.workspace(), ws.scenarios.front().id);
    row("Monte Carlo, 5 000 runs, one scenario (worker thread)", measure(fewer(runs, 3, 10), [](int) {}, [&] {
            lines += int(Tco::uncertainty(*first, 5000, 1).runs);
        }), "worker");
    Bench::check(lines > 0, "TCO engine", QStringLiteral("no language has cost lines"));

    // Fragmentation metrics over the large workspace's 120 000 dependency rows.
    std::printf("\n| fragmentation metrics (%zu services, %zu dependencies) | median ms | min ms    | max ms    | budget   |\n",
                ws.services.size(), ws.dependencies.size());
    std::printf("|------------------------------------------------------|-----------|-----------|-----------|----------|\n");
    const int versionField = Schema::table(TableId::Dependencies).fieldIndex("version");
    row("dependency version edited: analyse() from scratch", measure(fewer(runs, 5, 5), [&](int k) {
            doc.setValue(TableId::Dependencies, k % 1000, versionField, QStringLiteral("1.%1.0").arg(k));
        }, [&] {
            lines += int(Fragmentation::analyse(doc.workspace()).metrics.size());
        }), "");
    lines += int(analysis.fragmentation().metrics.size()); // the first, full build
    row("dependency version edited: Analysis (its group only)", measure(runs, [&](int k) {
            doc.setValue(TableId::Dependencies, k % 1000, versionField, QStringLiteral("2.%1.0").arg(k));
        }, [&] {
            lines += int(analysis.fragmentation().metrics.size());
        }), "≤ 5 ms");
    return 0;
}
