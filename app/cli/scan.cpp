#include "command.h"

#include "fragmentation.h"
#include "manifests.h"
#include "figurejson.h"
#include "jsonwriter.h"
#include "sample.h"
#include "scanner.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ArchBoard::Cli {

namespace {

/// A workspace with the sample's candidates, fragmentation thresholds and
/// approved protocols (the seed's) and nothing else.
std::unique_ptr<Workspace> thresholdsOnly()
{
    InputError error;
    std::unique_ptr<Workspace> sample = Sample::load(&error);
    if (!sample) {
        err() << "archboard-cli: " << error.toString() << "\n";
        return nullptr;
    }
    auto ws = std::make_unique<Workspace>();
    ws->info = sample->info;
    ws->info.name = Text::tr("Scan");
    ws->info.description.clear();
    ws->candidates = sample->candidates;
    ws->fragmentationThresholds = sample->fragmentationThresholds;
    ws->approvedProtocols = sample->approvedProtocols;
    return ws;
}

/// A scan's workspace, result and metrics.
struct Outcome
{
    std::unique_ptr<Workspace> ws;
    ScanResult scan;
    FragmentationResult result;
};

/// --fail-on: the risk level at which the scan exits 1; false when it is none of them.
bool parseGate(const QString &failOn, RiskLevel *gate)
{
    *gate = RiskLevel::Unrated;
    if (failOn == u"warning")
        *gate = RiskLevel::Warning;
    else if (failOn == u"high")
        *gate = RiskLevel::High;
    else if (failOn == u"severe")
        *gate = RiskLevel::Severe;
    else if (!failOn.isEmpty())
        return false;
    return true;
}

/// Thresholds, approved protocols and the context map: the workspace's
/// with --into, else the bundled sample's (the seed's thresholds).
/// Null with \a exitCode set when there is none.
std::unique_ptr<Workspace> scanTarget(const QString &dir, const QString &into, int *exitCode)
{
    *exitCode = BadInput;
    std::unique_ptr<Workspace> ws;
    if (!into.isEmpty()) {
        if (QFileInfo::exists(into)) {
            ws = loadOrReport(into);
            if (!ws)
                return nullptr;
        } else {
            if (!WorkspaceFile::isWorkspaceFileName(into)) {
                *exitCode = usageError(Text::tr("--into must end in .archboard or .archboard.yaml: %1").arg(into));
                return nullptr;
            }
            ws = thresholdsOnly();
            ws->info.name = QFileInfo(dir).fileName();
        }
    } else {
        ws = thresholdsOnly();
    }
    return ws;
}

void writeWorkspaceRules(JsonWriter &w, const ScanResult &scan)
{
    w.beginArray();
    for (const WorkspaceRule &r : scan.workspaceRules) {
        w.beginObject();
        w.key("ecosystem").value(Enums::ecosystem.key(int(r.ecosystem)));
        if (!r.excludes.isEmpty())
            w.key("exclude").strings(r.excludes);
        w.key("field").value(r.field);
        w.key("file").value(r.file);
        w.key("folder").value(r.folder);
        w.key("left_out").value(r.leftOut);
        w.key("line").value(r.line);
        w.key("members").value(r.members);
        w.key("patterns").strings(r.patterns);
        w.key("rule").value(r.describe());
        w.endObject();
    }
    w.endArray();
}

/// The scan as JSON, written as it goes (a large monorepo gives megabytes).
void writeScanJson(JsonWriter &w, const ScanResult &scan, const FragmentationResult &result, const QString &failOn, bool fail)
{
    w.beginObject();
    writeFragmentationMembers(w, result);
    w.key("elapsed_ms").value(scan.elapsedMs);
    w.key("errors").beginArray();
    for (const ManifestError &e : scan.errors) {
        w.beginObject();
        w.key("file").value(e.file);
        w.key("line").value(e.line);
        w.key("message").value(e.message);
        w.endObject();
    }
    w.endArray();
    w.key("findings").beginArray();
    for (const ScanFinding &f : scan.findings) {
        w.beginObject();
        w.key("dependency").value(f.dependency);
        w.key("ecosystem").value(Enums::ecosystem.key(int(f.ecosystem)));
        w.key("folders").strings(f.folders);
        w.key("kind").value(f.kind);
        w.key("message").value(f.message);
        w.endObject();
    }
    w.endArray();
    if (!failOn.isEmpty()) {
        w.key("gate").beginObject();
        w.key("fail_on").value(failOn);
        w.key("failed").value(fail);
        w.endObject();
    }
    w.key("left_out").beginArray();
    for (const LeftOutManifest &l : scan.leftOut) {
        w.beginObject();
        w.key("ecosystem").value(Enums::ecosystem.key(int(l.ecosystem)));
        w.key("folder").value(l.folder);
        w.key("manifest").value(l.path);
        w.key("reason").value(l.reason);
        w.endObject();
    }
    w.endArray();
    w.key("manifests_scanned").value(scan.manifestsScanned);
    w.key("root").value(scan.root);
    w.key("services").beginArray();
    for (const ScannedService &s : scan.services) {
        w.beginObject();
        w.key("dependencies").value(qint64(s.dependencyCount));
        w.key("id").value(s.id);
        w.key("language").value(s.language);
        w.key("manifests").strings(s.manifests);
        w.key("name").value(s.name);
        w.key("path").value(s.path);
        w.key("runtime").value(s.runtime);
        w.key("runtime_version").value(s.runtimeVersion);
        w.endObject();
    }
    w.endArray();
    w.key("workspaces");
    writeWorkspaceRules(w, scan);
    w.endObject();
}

void printMismatches(const FragmentationResult &result)
{
    int shown = 0;
    for (const SharedDependency &d : result.dependencies) {
        if (d.drift.level == DriftLevel::None)
            continue;
        if (shown == 0)
            out() << "\n" << Text::tr("Mismatched shared dependencies (worst first):") << "\n";
        if (++shown > 30) {
            out() << "  " << Text::tr("… and more (--format json lists all)") << "\n";
            break;
        }
        QStringList versions;
        for (const VersionUse &v : d.versions)
            versions << QStringLiteral("%1 (%2)").arg(v.version).arg(v.services.size());
        out() << QStringLiteral("  %1 %2 %3  %4\n").arg(Enums::ecosystem.key(int(d.ecosystem)), -6).arg(d.name, -40)
                     .arg(Fragmentation::describeDifference(d.drift), -12).arg(versions.join(QStringLiteral(", ")));
    }
}

void printScanTable(const ScanResult &scan, const FragmentationResult &result, const QString &failOn, bool fail)
{
    out() << Text::tr("%1: %2 manifests, %3 services, %4 errors, %5 ms").arg(scan.root).arg(scan.manifestsScanned).arg(scan.services.size())
                 .arg(scan.errors.size()).arg(scan.elapsedMs) << "\n\n";
    for (const MetricValue &m : result.metrics) {
        const QString value = !m.value ? QStringLiteral("—")
            : m.metric == FragmentationMetric::VersionDrift ? Fragmentation::describeDistance(*m.value)
            : m.metric == FragmentationMetric::StackHeterogeneity ? QString::number(*m.value) + u' ' + m.unit
            : QString::number(*m.value, 'f', 1) + QStringLiteral(" %");
        out() << QStringLiteral("  %1 %2 %3  %4\n").arg(Fragmentation::metricKey(m.metric), -24).arg(value, -14)
                     .arg(Fragmentation::levelKey(m.level).toUpper(), -8).arg(m.detail);
    }
    printMismatches(result);
    if (!scan.findings.empty()) {
        out() << "\n" << Text::tr("Findings (range styles, local packages, catalogs):") << "\n";
        for (const ScanFinding &f : scan.findings)
            out() << QStringLiteral("  %1 %2\n").arg(f.kind, -14).arg(f.message);
    }
    if (!scan.workspaceRules.empty()) {
        out() << "\n" << Text::tr("Workspace definitions (members decided by them):") << "\n";
        for (const WorkspaceRule &r : scan.workspaceRules)
            out() << "  " << r.describe() << "  " << Text::tr("members: %1, left out: %2").arg(r.members).arg(r.leftOut) << "\n";
    }
    if (!scan.leftOut.empty()) {
        out() << "\n" << Text::tr("Left out (not workspace members, not counted):") << "\n";
        for (const LeftOutManifest &l : scan.leftOut)
            out() << "  " << l.path << ": " << l.reason << "\n";
    }
    if (!scan.errors.empty()) {
        out() << "\n" << Text::tr("Manifests that could not be read:") << "\n";
        for (const ManifestError &e : scan.errors)
            out() << "  " << e.file << (e.line > 0 ? u':' + QString::number(e.line) : QString()) << ": " << e.message << "\n";
    }
    if (!failOn.isEmpty())
        out() << "\n" << (fail ? Text::tr("Gate failed: a metric is at or above %1.").arg(failOn) : Text::tr("Gate passed (--fail-on %1).").arg(failOn)) << "\n";
}

int cmdScan(const QStringList &args, const QString &format, const QString &failOn, const QString &into, bool force)
{
    if (args.size() != 1)
        return usageError(Text::tr("scan needs exactly one argument: DIR"));
    if (format != u"json" && format != u"table")
        return usageError(Text::tr("scan --format must be json or table"));
    RiskLevel gate = RiskLevel::Unrated;
    if (!parseGate(failOn, &gate))
        return usageError(Text::tr("--fail-on must be warning, high or severe"));
    if (!QFileInfo(args.at(0)).isDir() || !QFileInfo(args.at(0)).isReadable()) {
        err() << "archboard-cli: " << Text::tr("%1: not a readable folder").arg(args.at(0)) << "\n";
        return BadInput;
    }
    // What the scan builds (for a monorepo, hundreds of thousands of strings) is
    // left for the process's end to return in one go: freeing it piece by piece
    // took ~25 ms of a 400 ms scan. It stays reachable from here until then.
    static Outcome *outcome = nullptr;
    delete outcome; // a second scan in one process frees the first
    outcome = new Outcome;
    int exitCode = BadInput;
    outcome->ws = scanTarget(args.at(0), into, &exitCode);
    if (!outcome->ws)
        return exitCode;
    Workspace &ws = *outcome->ws;
    ScanResult &scan = outcome->scan;
    FragmentationResult &result = outcome->result;
    ScanOptions options;
    options.root = args.at(0);
    scan = Scanner::scan(options);
    Scanner::mergeTaking(&ws, scan, QDateTime::currentDateTimeUtc(), &result);

    if (!into.isEmpty()) {
        const int saved = saveOrReport(ws, into, force);
        if (saved != Ok)
            return saved;
    }
    int worst = 0;
    for (const MetricValue &m : result.metrics)
        worst = std::max(worst, int(m.level));
    const bool fail = gate != RiskLevel::Unrated && worst >= int(gate);

    if (format == u"json" && !printJson([&](JsonWriter &w) { writeScanJson(w, scan, result, failOn, fail); })) {
        err() << "archboard-cli: " << Text::tr("cannot write the JSON to the standard output") << "\n";
        return BadInput;
    }
    if (format == u"table")
        printScanTable(scan, result, failOn, fail);
    return fail ? Findings : Ok;
}

} // namespace

Command scanCommand()
{
    return {"scan",
            QT_TRANSLATE_NOOP("cli", "  scan DIR             scan manifests for version drift and other fragmentation metrics (--format json|table,\n"
                                     "                       --fail-on warning|high|severe: exit 1 at that risk, --into WS: store the scan)"),
            [] {
                return QList<QCommandLineOption>{
                    formatOption(),
                    QCommandLineOption(QStringLiteral("fail-on"), Text::tr("scan: exit 1 when a metric reaches this risk level (warning, high, severe)."),
                                       QStringLiteral("level")),
                    intoOption(), forceOption()};
            },
            [](const QCommandLineParser &parser, const QStringList &args) {
                return cmdScan(args, valueOr(parser, QStringLiteral("format"), QStringLiteral("table")), parser.value(QStringLiteral("fail-on")),
                               parser.value(QStringLiteral("into")), forced(parser));
            }};
}

} // namespace ArchBoard::Cli
