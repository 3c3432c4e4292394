// The manifest scanner against merely reading the same files.
//   build/tests/bench/bench_scan DIR [--runs N] [--threads N]
// DIR is a folder to scan (e.g. one written by archboard-make-monorepo). Each
// run first walks DIR and reads every manifest the scanner would read (same
// skip rules, no parsing), then scans it; both after a warm-up run, so the
// files are in the page cache for both.
#include "benchcheck.h"
#include "fragmentation.h"
#include "scanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

using namespace ArchBoard;

namespace {

/// Walks like the scanner and reads the manifests' bytes; returns the bytes read.
qint64 readOnly(const QString &root)
{
    namespace fs = std::filesystem;
    qint64 bytes = 0;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root.toStdString(), fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        const QString name = QString::fromStdString(it->path().filename().string());
        if (it->is_symlink(ec))
            continue;
        if (it->is_directory(ec)) {
            if (Scanner::skipsFolder(name))
                it.disable_recursion_pending();
            continue;
        }
        ManifestKind kind;
        if (!Manifests::kindOf(name, &kind))
            continue;
        QFile f(QString::fromStdString(it->path().string()));
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll().size();
    }
    return bytes;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_scan DIR [--runs N] [--threads N]\n");
        return 2;
    }
    const QString dir = args.at(1);
    int runs = 7;
    int threads = 0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    if (const qsizetype i = args.indexOf(QStringLiteral("--threads")); i > 0 && i + 1 < args.size())
        threads = args.at(i + 1).toInt();

    ScanOptions options;
    options.root = dir;
    options.threads = threads;
    const ScanResult warm = Scanner::scan(options);
    Bench::check(warm.manifestsScanned > 0, "scan", QStringLiteral("no manifest found under %1").arg(dir));
    const qint64 bytes = readOnly(dir);
    // Parsing alone, single-threaded, the bytes already in memory.
    std::vector<std::pair<QString, QByteArray>> files;
    {
        namespace fs = std::filesystem;
        std::error_code ec;
        for (fs::recursive_directory_iterator it(dir.toStdString(), fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            const QString name = QString::fromStdString(it->path().filename().string());
            if (it->is_directory(ec)) {
                if (Scanner::skipsFolder(name))
                    it.disable_recursion_pending();
                continue;
            }
            ManifestKind kind;
            QFile f(QString::fromStdString(it->path().string()));
            if (Manifests::kindOf(name, &kind) && f.open(QIODevice::ReadOnly))
                files.emplace_back(name, f.readAll());
        }
    }
    std::vector<double> parse, merge;
    std::vector<double> read, scan, analyse;
    ScanResult last;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const qint64 b = readOnly(dir);
        read.push_back(double(t.nsecsElapsed()) / 1e6);
        Bench::check(b == bytes, "walk + read", QStringLiteral("read %1 bytes, the warm-up read %2").arg(b).arg(bytes));
        last = ScanResult(); // freeing the previous result is not part of the scan
        t.restart();
        last = Scanner::scan(options);
        scan.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        int parsed = 0;
        for (const auto &[name, bytes] : files) {
            ManifestKind kind;
            Manifests::kindOf(name, &kind);
            parsed += int(Manifests::parse(kind, name, bytes).dependencies.size());
        }
        parse.push_back(double(t.nsecsElapsed()) / 1e6);
        Bench::check(parsed >= 0, "parse", QStringLiteral("negative dependency count"));
        t.restart();
        Workspace ws;
        Scanner::merge(&ws, last, QDateTime::currentDateTimeUtc());
        merge.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const FragmentationResult f = Fragmentation::analyse(ws);
        analyse.push_back(double(t.nsecsElapsed()) / 1e6);
        Bench::check(!f.metrics.empty(), "metrics", QStringLiteral("no metric computed for %1 services").arg(ws.services.size()));
    }
    std::printf("%s: %d manifests (%.1f MB), %zu services, %zu errors; %d runs, %s threads\n\n", qPrintable(dir), last.manifestsScanned,
                double(bytes) / 1e6, last.services.size(), last.errors.size(), runs,
                threads > 0 ? qPrintable(QString::number(threads)) : "all");
    std::printf("| step                                   | median ms | min ms |\n|----------------------------------------|----------:|-------:|\n");
    std::printf("| walk + read the manifests (no parsing) | %9.1f | %6.1f |\n", median(read), *std::min_element(read.begin(), read.end()));
    std::printf("| scan (walk, read, parse, group)        | %9.1f | %6.1f |\n", median(scan), *std::min_element(scan.begin(), scan.end()));
    std::printf("|   of which parsing (1 thread, in memory) | %7.1f | %6.1f |\n", median(parse), *std::min_element(parse.begin(), parse.end()));
    std::printf("| store in a workspace (with the metrics of the scan record) | %9.1f | %6.1f |\n", median(merge), *std::min_element(merge.begin(), merge.end()));
    std::printf("| metrics (Fragmentation::analyse)       | %9.1f | %6.1f |\n", median(analyse), *std::min_element(analyse.begin(), analyse.end()));
    std::printf("\nscan / read: %.2f (budget ≤ 2)\n", median(scan) / median(read));
    return 0;
}
