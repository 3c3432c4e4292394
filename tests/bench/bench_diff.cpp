// diff and merge of two "large" workspaces (budget: each ≤ 1 s, docs/benchmarks.md): the
// engines on models in memory, then archboard-cli on files as git runs it.
//   build/tests/bench/bench_diff [--runs N] [--edits N] [--size large|small]
// --size small (a default generated workspace) is for CI's smoke run only.
#include "diffreport.h"
#include "benchcheck.h"
#include "generator.h"
#include "randomedits.h"
#include "workspacefile.h"
#include "workspacemerge.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
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

void row(const QString &what, Stat s, const char *budget = "")
{
    std::printf("| %-58s | %9.1f | %9.1f | %9.1f | %-8s |\n", qPrintable(what), s.median, s.min, s.max, budget);
    std::fflush(stdout);
}

int runTool(const QString &cli, const QStringList &args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(cli, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit)
        Bench::fail("run a program", QStringLiteral("%1 %2: %3").arg(cli, args.value(0), p.errorString()));
    return p.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        return i >= 0 && i + 1 < args.size() ? std::max(1, args.at(i + 1).toInt()) : fallback;
    };
    const int runs = option("--runs", 9);
    const int edits = option("--edits", 200);
    QString cli = qEnvironmentVariable("ARCHBOARD_CLI");
    if (cli.isEmpty())
        cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/archboard-cli"));

    const qsizetype sizeAt = args.indexOf(QStringLiteral("--size"));
    const QString size = sizeAt >= 0 && sizeAt + 1 < args.size() ? args.at(sizeAt + 1) : QStringLiteral("large");
    if (size != u"large" && size != u"small")
        Bench::fail("options", QStringLiteral("--size must be large or small, not %1").arg(size));
    Testing::GeneratorSpec spec = Testing::largeSpec();
    if (size == u"small") {
        spec = Testing::GeneratorSpec();
        spec.relations = 30; // the review branch removes relations 10 and 11
    }
    const auto base = std::make_shared<Workspace>(Testing::generateWorkspace(spec, 42));
    std::printf("| %-58s | median ms | min ms    | max ms    | budget   |\n|%s|-----------|-----------|-----------|----------|\n",
                "operation", std::string(60, '-').c_str());
    // A review branch: what a pull request to a board's workspace looks like. Weights of
    // every tier, contexts, scenario volumes and 120 dependency versions edited in place,
    // a candidate added, a relation removed. `side` picks which elements, so two branches differ.
    auto reviewBranch = [&](int side) {
        auto ws = std::make_shared<Workspace>(*base);
        for (size_t i = size_t(side); i < ws->tierWeights.size(); i += 7)
            ws->tierWeights[i].weight += 1;
        for (size_t i = size_t(side); i < ws->contexts.size(); i += 25)
            ws->contexts[i].latencyToleranceMs = 100.0 + double(i);
        ws->scenarios[size_t(side)].invocationsPerMonth = ws->scenarios[size_t(side)].invocationsPerMonth * 1.2 + 1;
        for (size_t i = size_t(side); i < ws->dependencies.size(); i += 1000)
            ws->dependencies[i].resolved = QStringLiteral("9.%1.0").arg(side);
        Candidate c;
        c.id = QStringLiteral("added-%1").arg(side);
        c.name = QStringLiteral("Added %1").arg(side);
        ws->candidates.push_back(c);
        ws->relations.erase(ws->relations.begin() + 10 + side);
        return ws;
    };
    // Random edits everywhere, rows added and removed in every table: the worst case.
    auto randomBranch = [&](int side, QSet<QString> *touched) {
        auto ws = std::make_shared<Workspace>(*base);
        QRandomGenerator rng(7 + quint32(side));
        Testing::applyRandomEdits(*ws, rng, edits, touched, QStringLiteral("side%1").arg(side));
        return ws;
    };
    QSet<QString> touched;
    const struct
    {
        const char *name;
        std::shared_ptr<Workspace> ours;
        std::shared_ptr<Workspace> theirs;
    } cases[] = {
        {"review branches", reviewBranch(0), reviewBranch(1)},
        {"random edits", randomBranch(0, &touched), randomBranch(1, &touched)},
    };
    QTemporaryDir dir;
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    for (const auto &c : cases) {
        std::printf("| **%s** %*s|\n", c.name, int(120 - qstrlen(c.name)), "");
        WorkspaceComparison cmp;
        row(QStringLiteral("model diff (WorkspaceDiff::compare)"), measure(runs, [&] { WorkspaceDiff::compare(*base, *c.ours); }));
        row(QStringLiteral("diff: compare + consequences (WorkspaceDiff::run)"), measure(runs, [&] {
                cmp = WorkspaceDiff::run(base, c.ours, QStringLiteral("base"), QStringLiteral("ours"));
            }), "≤ 1 s");
        std::printf("| %s |\n", qPrintable(WorkspaceDiff::summary(cmp).left(118)));
        row(QStringLiteral("  text / markdown / json"), measure(runs, [&] {
                WorkspaceDiff::toText(cmp);
                WorkspaceDiff::toMarkdown(cmp);
                WorkspaceDiff::toJson(cmp);
            }));
        MergeResult merged;
        row(QStringLiteral("three-way merge (WorkspaceMerge::merge)"),
            measure(runs, [&] { merged = WorkspaceMerge::merge(*base, *c.ours, *c.theirs); }), "≤ 1 s");
        std::printf("| %d changes of theirs taken, %zu conflicts %*s|\n", merged.fromTheirs, merged.conflicts.size(), 80, "");
        for (const QString &suffix : {QStringLiteral("archboard"), QStringLiteral("archboard.yaml")}) {
            const QString b = dir.filePath(QStringLiteral("base.") + suffix);
            const QString o = dir.filePath(QStringLiteral("ours.") + suffix);
            const QString t = dir.filePath(QStringLiteral("theirs.") + suffix);
            const QString out = dir.filePath(QStringLiteral("out.") + suffix);
            QString error;
            if (!WorkspaceFile::save(*base, b, &error) || !WorkspaceFile::save(*c.ours, o, &error)
                || !WorkspaceFile::save(*c.theirs, t, &error)) {
                Bench::fail("save the branches", error);
            }
            const int cliRuns = suffix == u"archboard" ? runs : std::min(runs, 3);
            int code = 0;
            row(QStringLiteral("archboard-cli diff base ours --format markdown (.%1)").arg(suffix),
                measure(cliRuns, [&] { code = runTool(cli, {QStringLiteral("diff"), b, o, QStringLiteral("--format"), QStringLiteral("markdown")}); }));
            Bench::check(code == 1, "archboard-cli diff", QStringLiteral("exited with %1, expected 1 (changes)").arg(code));
            row(QStringLiteral("archboard-cli merge base ours theirs -o out (.%1)").arg(suffix),
                measure(cliRuns, [&] { code = runTool(cli, {QStringLiteral("merge"), b, o, t, QStringLiteral("-o"), out}); }));
            Bench::check(code == 0 || code == 1, "archboard-cli merge", QStringLiteral("exited with %1").arg(code));
            // The anchor: what git does with the same YAML as lines of text (no
            // meaning, and layout-dependent conflicts), on the same files.
            if (suffix == u"archboard.yaml" && !git.isEmpty()) {
                row(QStringLiteral("  anchor: git diff --no-index base ours (.%1)").arg(suffix),
                    measure(cliRuns, [&] { code = runTool(git, {QStringLiteral("diff"), QStringLiteral("--no-index"), b, o}); }));
                Bench::check(code == 1, "git diff --no-index", QStringLiteral("exited with %1, expected 1 (changes)").arg(code));
                row(QStringLiteral("  anchor: git merge-file -p ours base theirs (.%1)").arg(suffix),
                    measure(cliRuns, [&] { code = runTool(git, {QStringLiteral("merge-file"), QStringLiteral("-p"), o, b, t}); }));
                Bench::check(code >= 0 && code < 128, "git merge-file", QStringLiteral("exited with %1").arg(code));
                std::printf("| git merge-file: %d conflicting hunks %*s|\n", code, 90, "");
            }
        }
    }
    return 0;
}
