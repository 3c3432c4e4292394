// Open, save, YAML import/export and full model copy on the "large"
// workspace of docs/architecture.md's budgets. Prints a Markdown table (median and min of N runs).
//   build/tests/bench/bench_store [--runs N]
#include "benchcheck.h"
#include "generator.h"
#include "schema.h"
#include "sqliteformat.h"
#include "validation.h"
#include "workspace.h"
#include "workspacefile.h"
#include "yamlformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
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
    return {ms[ms.size() / 2], ms.front()};
}

void row(const char *what, Stat s, const char *budget)
{
    std::printf("| %-34s | %9.1f | %9.1f | %-10s |\n", what, s.median, s.min, budget);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 9;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype i = args.indexOf(QStringLiteral("--runs"));
    if (i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());

    QElapsedTimer gen;
    gen.start();
    const Workspace ws = Testing::generateWorkspace(Testing::largeSpec(), 42);
    const double genMs = double(gen.nsecsElapsed()) / 1e6;
    size_t rows = 0;
    for (TableId t : Schema::tables())
        rows += size_t(Schema::table(t).rowCount(ws));

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("large.archboard"));
    const QString yamlPath = dir.filePath(QStringLiteral("large.archboard.yaml"));
    QString error;
    if (!WorkspaceFile::save(ws, dbPath, &error) || !WorkspaceFile::save(ws, yamlPath, &error)) {
        std::fprintf(stderr, "cannot save: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray yamlText = YamlFormat::toYaml(ws);

    std::printf("Large workspace: %zu rows (%zu contexts, %zu relations, %zu candidates x %zu criteria x %zu tiers x %zu raters, "
                "%zu services, %zu dependencies); generated in %.0f ms\n",
                rows, ws.contexts.size(), ws.relations.size(), ws.candidates.size(), ws.criteria.size(), ws.tiers.size(),
                ws.raters.size(), ws.services.size(), ws.dependencies.size(), genMs);
    std::printf("File sizes: .archboard %.1f MB, .archboard.yaml %.1f MB; %d runs each\n\n",
                double(QFileInfo(dbPath).size()) / 1e6, double(QFileInfo(yamlPath).size()) / 1e6, runs);
    std::printf("| operation                          | median ms | min ms    | budget     |\n");
    std::printf("|------------------------------------|-----------|-----------|------------|\n");

    row("open .archboard (load + checks)", measure(runs, [&] {
            InputError e;
            Bench::check(bool(WorkspaceFile::load(dbPath, &e)), "open .archboard", e.toString());
        }), "≤ 150 ms");
    row("save .archboard (atomic, fsync)", measure(runs, [&] {
            QString e;
            Bench::check(WorkspaceFile::save(ws, dbPath, &e), "save .archboard", e);
        }), "≤ 150 ms");
    row("  of which: build database image", measure(runs, [&] {
            SqliteFormat f;
            Bench::check(!f.serialize(ws).isEmpty(), "build database image", QStringLiteral("empty image"));
        }), "");
    row("YAML export (to text)", measure(runs, [&] {
            Bench::check(!YamlFormat::toYaml(ws).isEmpty(), "YAML export", QStringLiteral("empty text"));
        }), "");
    row("YAML import (from text)", measure(runs, [&] {
            YamlFormat f;
            Bench::check(bool(f.fromYaml(yamlText)), "YAML import", f.error().toString());
        }), "");
    row("validate (referential integrity, ranges)", measure(runs, [&] {
            const auto findings = validateWorkspace(ws);
            Bench::check(findings.isEmpty(), "validate",
                         QStringLiteral("%1 findings on the generated workspace, the first: %2")
                             .arg(findings.size())
                             .arg(findings.isEmpty() ? QString() : findings.first().path() + QStringLiteral(": ") + findings.first().message));
        }), "off the UI thread");
    row("full model copy", measure(runs, [&] {
            Workspace copy = ws;
            Bench::check(copy.dependencies.size() == ws.dependencies.size(), "full model copy", QStringLiteral("rows lost"));
        }), "");
    return 0;
}
