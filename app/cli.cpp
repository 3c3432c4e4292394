// archboard-cli: the engines headless. Exit codes: 0 ok, 1 findings, 2 bad input or usage.
#include "analysis.h"
#include "cmlformat.h"
#include "contextmap.h"
#include "diagram.h"
#include "decisions.h"
#include "diagramrenderer.h"
#include "dotbuilder.h"
#include "radar.h"
#include "radarformat.h"
#include "report.h"
#include "fragmentation.h"
#include "madrformat.h"
#include "scanner.h"
#include "selection.h"
#include "tco.h"
#include "sample.h"
#include "translations.h"
#include "validation.h"
#include "workspace.h"
#include "workspacefile.h"
#include "workshopreport.h"
#include "workshop.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace ArchBoard;

namespace {

enum ExitCode { Ok = 0, Findings = 1, BadInput = 2 };

// The messages' context; Q_DECLARE_TR_FUNCTIONS is what lupdate reads it from.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &message)
{
    err() << "archboard-cli: " << message << "\n"
          << Text::tr("Try “archboard-cli --help”.") << "\n";
    err().flush();
    return BadInput;
}

std::unique_ptr<Workspace> loadOrReport(const QString &path)
{
    InputError error;
    std::unique_ptr<Workspace> ws = WorkspaceFile::load(path, &error);
    if (!ws) {
        err() << "archboard-cli: " << error.toString() << "\n";
        err().flush();
    }
    return ws;
}

int saveOrReport(const Workspace &ws, const QString &path)
{
    QString error;
    if (!WorkspaceFile::save(ws, path, &error)) {
        err() << "archboard-cli: " << error << "\n";
        return BadInput;
    }
    return Ok;
}

int cmdSample(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(Text::tr("sample needs exactly one argument: OUT"));
    InputError error;
    std::unique_ptr<Workspace> ws = Sample::load(&error);
    if (!ws) {
        err() << "archboard-cli: " << Text::tr("the bundled sample is broken: %1").arg(error.toString()) << "\n";
        return BadInput;
    }
    if (!WorkspaceFile::isWorkspaceFileName(args.at(0)))
        return usageError(Text::tr("OUT must end in .archboard or .archboard.yaml: %1").arg(args.at(0)));
    return saveOrReport(*ws, args.at(0));
}

int cmdConvert(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Text::tr("convert needs two arguments: IN OUT"));
    if (!WorkspaceFile::isWorkspaceFileName(args.at(1)))
        return usageError(Text::tr("OUT must end in .archboard or .archboard.yaml: %1").arg(args.at(1)));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    return saveOrReport(*ws, args.at(1));
}

int cmdValidate(const QStringList &args, const QString &format)
{
    if (args.size() != 1)
        return usageError(Text::tr("validate needs exactly one argument: WS"));
    if (format != u"text" && format != u"json")
        return usageError(Text::tr("validate --format must be text or json"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    const QList<ValidationFinding> findings = validateWorkspace(*ws);
    int errors = 0;
    for (const ValidationFinding &f : findings)
        errors += f.severity == ValidationFinding::Severity::Error ? 1 : 0;
    if (format == u"json") {
        QJsonArray list;
        for (const ValidationFinding &f : findings)
            list.append(QJsonObject{{QStringLiteral("severity"), f.severityKey()},
                                    {QStringLiteral("path"), f.path()},
                                    {QStringLiteral("message"), f.message}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("file"), args.at(0)},
                                           {QStringLiteral("errors"), errors},
                                           {QStringLiteral("warnings"), int(findings.size()) - errors},
                                           {QStringLiteral("findings"), list}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const ValidationFinding &f : findings)
            out() << args.at(0) << ": " << f.severityKey() << ": " << f.path() << ": " << f.message << "\n";
        if (findings.isEmpty())
            out() << args.at(0) << ": " << Text::tr("no findings") << "\n";
        else
            out() << Text::tr("%1 errors, %2 warnings").arg(errors).arg(findings.size() - errors) << "\n";
    }
    return findings.isEmpty() ? Ok : Findings;
}

int cmdReport(const QStringList &args, const QString &format)
{
    if (args.size() != 1)
        return usageError(Text::tr("report needs exactly one argument: WS"));
    if (format != u"json" && format != u"markdown")
        return usageError(Text::tr("report --format must be json or markdown"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    const QJsonObject report = buildReport(*ws);
    if (format == u"json")
        out() << QJsonDocument(report).toJson(QJsonDocument::Indented);
    else
        out() << reportToMarkdown(report);
    return Ok;
}

/// The workshop report (HTML or PDF by the extension) with charts and diagrams.
int cmdExportReport(const Workspace &ws, const QString &workspacePath, const QString &reportPath)
{
    WorkshopReport report(ws, QFileInfo(workspacePath).absoluteFilePath());
    DiagramRenderer renderer;
    renderer.setTimeout(60000);
    report.renderDiagrams(renderer);
    for (const WorkshopReport::DiagramJob &d : report.diagrams()) {
        if (!d.error.isEmpty())
            err() << "archboard-cli: " << Text::tr("diagram %1 left out of the report: %2").arg(d.name, d.error) << "\n";
    }
    report.build();
    QString error;
    const bool pdf = reportPath.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    if (!(pdf ? report.writePdf(reportPath, &error) : report.writeHtml(reportPath, &error))) {
        err() << "archboard-cli: " << error << "\n";
        return BadInput;
    }
    out() << reportPath << "\n";
    return Ok;
}

int cmdExport(const QStringList &args, const QString &diagramsDir, const QString &format, const QString &reportPath)
{
    if (args.size() != 1)
        return usageError(Text::tr("export needs exactly one argument: WS"));
    if (!reportPath.isEmpty()) {
        const QString suffix = QFileInfo(reportPath).suffix().toLower();
        if (suffix != u"html" && suffix != u"htm" && suffix != u"pdf")
            return usageError(Text::tr("--report must name a .html or .pdf file: %1").arg(reportPath));
        std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
        if (!ws)
            return BadInput;
        const int code = cmdExportReport(*ws, args.at(0), reportPath);
        if (code != Ok || diagramsDir.isEmpty())
            return code;
    }
    if (diagramsDir.isEmpty())
        return usageError(Text::tr("export needs --diagrams DIR, --madr DIR, --radar FILE or --report FILE"));
    if (format != u"svg" && format != u"dot" && format != u"png" && format != u"pdf")
        return usageError(Text::tr("export --format must be svg, dot, png or pdf"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    QDir dir(diagramsDir);
    if (!dir.exists() && !QDir().mkpath(diagramsDir)) {
        err() << "archboard-cli: " << Text::tr("cannot create the folder %1").arg(diagramsDir) << "\n";
        return BadInput;
    }
    DiagramRenderer renderer;
    renderer.setTimeout(60000);
    const ContextMapResult map = ContextMap::analyse(*ws, Selection::compute(*ws));
    QList<Diagram> diagrams = {ContextMap::diagram(*ws, map), Diagrams::decisionTree(*ws)};
    const FragmentationResult fragmentation = Fragmentation::analyse(*ws);
    if (!fragmentation.dependencies.empty())
        diagrams.append(Fragmentation::driftGraph(*ws, fragmentation, 30));
    QSet<QString> names;
    for (const Diagram &d : diagrams)
        names.insert(d.name);
    for (const TcoScenario &sc : ws->scenarios) {
        const std::optional<TcoInput> in = Tco::input(*ws, sc.id);
        Diagram d = Tco::pipelineDiagram(*in, Tco::compute(*in), *ws);
        const QString stem = d.name;
        for (int k = 2; names.contains(d.name); ++k)
            d.name = stem + u'-' + QString::number(k);
        names.insert(d.name);
        diagrams.append(d);
    }
    int failures = 0;
    for (const Diagram &d : diagrams) {
        // The file name is ours (an ASCII slug), never user text: it stays inside DIR.
        const QString path = dir.filePath(d.name + u'.' + format);
        const DotResult dot = Dot::build(d);
        QByteArray bytes = dot.dot;
        QString error = dot.error;
        if (error.isEmpty() && format != u"dot") {
            const RenderResult r = renderer.renderBlocking(dot.dot, format);
            bytes = r.output;
            error = r.ok ? QString() : r.error;
        }
        QSaveFile file(path);
        if (error.isEmpty() && (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()))
            error = file.errorString();
        if (!error.isEmpty()) {
            err() << "archboard-cli: " << path << ": " << error << "\n";
            ++failures;
            continue;
        }
        out() << path << "\n";
    }
    return failures ? BadInput : Ok;
}

// The technology radar as Zalando JSON or BYOR CSV; --record stores the export in WS's history.
int cmdExportRadar(const QStringList &args, const QString &radarFile, bool record)
{
    if (args.size() != 1)
        return usageError(Text::tr("export needs exactly one argument: WS"));
    if (!RadarFormat::kindOf(radarFile))
        return usageError(Text::tr("--radar FILE must end in .json (Zalando tech radar) or .csv (ThoughtWorks BYOR): %1")
                              .arg(radarFile));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    const TechRadar radar = Radar::build(*ws);
    const QString exportedAt = Radar::nextExportTime(*ws);
    QString error;
    if (!RadarFormat::write(radar, radarFile, exportedAt.left(10), &error)) {
        err() << "archboard-cli: " << error << "\n";
        return BadInput;
    }
    out() << radarFile << "\n" << Radar::movementSummary(radar) << "\n";
    if (record) {
        const std::vector<RadarEntry> rows = Radar::historyEntries(radar, exportedAt);
        ws->radarHistory.insert(ws->radarHistory.end(), rows.begin(), rows.end());
        if (const int code = saveOrReport(*ws, args.at(0)); code != Ok)
            return code;
        out() << Text::tr("Recorded the export of %1 in %2.").arg(exportedAt, args.at(0)) << "\n";
    }
    return Ok;
}

int cmdImportCml(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Text::tr("import-cml needs two arguments: FILE OUT"));
    if (!WorkspaceFile::isWorkspaceFileName(args.at(1)))
        return usageError(Text::tr("OUT must end in .archboard or .archboard.yaml: %1").arg(args.at(1)));
    CmlImport import;
    InputError error;
    if (!Cml::parseFile(args.at(0), &import, &error)) {
        err() << "archboard-cli: " << error.toString() << "\n";
        return BadInput;
    }
    const Workspace ws = Cml::toWorkspace(import);
    for (const QString &note : import.notes)
        out() << Text::tr("not imported: %1").arg(note) << "\n";
    out() << Text::tr("%1 bounded contexts, %2 relations").arg(ws.contexts.size()).arg(ws.relations.size()) << "\n";
    return saveOrReport(ws, args.at(1));
}

int cmdExportCml(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Text::tr("export-cml needs two arguments: WS FILE"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    QStringList notes;
    const QByteArray cml = Cml::write(*ws, &notes);
    QSaveFile file(args.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(cml) != cml.size() || !file.commit()) {
        err() << "archboard-cli: " << args.at(1) << ": " << file.errorString() << "\n";
        return BadInput;
    }
    for (const QString &note : notes)
        out() << Text::tr("note: %1").arg(note) << "\n";
    return Ok;
}

QString csvNumber(double v)
{
    return QString::number(std::round(v * 100.0) / 100.0, 'f', 2);
}

struct TcoOptions
{
    QString scenario;
    QStringList sets;
    QString format;
    bool listParameters = false;
    QString sensitivityPct;
    QString runs;
    QString seed;
};

int cmdTco(const QStringList &args, const TcoOptions &opt)
{
    if (args.size() != 1)
        return usageError(Text::tr("tco needs exactly one argument: WS"));
    if (opt.format != u"json" && opt.format != u"table" && opt.format != u"csv")
        return usageError(Text::tr("tco --format must be json, table or csv"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    if (ws->scenarios.empty()) {
        err() << "archboard-cli: " << Text::tr("%1 has no TCO scenario").arg(args.at(0)) << "\n";
        return BadInput;
    }
    // The scenario: by id, then by name; default the baseline, else the first.
    const TcoScenario *scenario = nullptr;
    const QString wanted = opt.scenario.isEmpty() ? Tco::baselineScenario(*ws) : opt.scenario;
    for (const TcoScenario &sc : ws->scenarios) {
        if (sc.id == wanted) {
            scenario = &sc;
            break;
        }
    }
    for (const TcoScenario &sc : ws->scenarios) {
        if (!scenario && !opt.scenario.isEmpty() && sc.name == opt.scenario)
            scenario = &sc;
    }
    if (!scenario) {
        QStringList ids;
        for (const TcoScenario &sc : ws->scenarios)
            ids << sc.id;
        err() << "archboard-cli: " << Text::tr("--scenario: there is no scenario “%1” (the workspace has %2)").arg(opt.scenario, ids.join(QStringLiteral(", "))) << "\n";
        return BadInput;
    }
    std::optional<TcoInput> in = Tco::input(*ws, scenario->id);
    QJsonArray overrides;
    for (const QString &set : opt.sets) {
        const qsizetype eq = set.indexOf(u'=');
        if (eq <= 0) {
            err() << "archboard-cli: " << Text::tr("--set %1: expected PARAM=VALUE").arg(set) << "\n";
            return BadInput;
        }
        QString error;
        if (!Tco::set(&*in, *ws, set.left(eq).trimmed(), set.mid(eq + 1), &error)) {
            err() << "archboard-cli: --set " << set << ": " << error << "\n";
            return BadInput;
        }
        overrides.append(set);
    }
    auto numberOption = [&](const QString &value, const char *name, double min, double max, double fallback, double *outValue) {
        if (value.isEmpty()) {
            *outValue = fallback;
            return true;
        }
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || v < min || v > max) {
            err() << "archboard-cli: " << Text::tr("--%1 %2: expected a number from %3 to %4").arg(QLatin1StringView(name), value).arg(min).arg(max) << "\n";
            return false;
        }
        *outValue = v;
        return true;
    };
    double pct = 0, runs = 0, seed = 0;
    if (!numberOption(opt.sensitivityPct, "sensitivity", 0.1, 100, in->scenario.sensitivityPct, &pct)
        || !numberOption(opt.runs, "runs", 100, 1000000, in->scenario.monteCarloRuns, &runs)
        || !numberOption(opt.seed, "seed", 0, 2147483647, in->scenario.monteCarloSeed, &seed))
        return BadInput;

    if (opt.listParameters) {
        const std::vector<TcoParameter> params = Tco::parameters(*in, *ws);
        if (opt.format == u"json") {
            QJsonArray a;
            for (const TcoParameter &p : params)
                a.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("unit"), p.unit},
                                     {QStringLiteral("value"), p.isBool ? QJsonValue(p.value != 0) : p.isText ? QJsonValue(p.textValue)
                                                               : p.missing ? QJsonValue() : QJsonValue(p.value)},
                                     {QStringLiteral("description"), p.description}});
            out() << QJsonDocument(QJsonObject{{QStringLiteral("scenario"), in->scenario.id}, {QStringLiteral("parameters"), a}}).toJson(QJsonDocument::Indented);
        } else if (opt.format == u"csv") {
            out() << "name,unit,value,description\n";
            for (const TcoParameter &p : params)
                out() << csvField(p.name) << ',' << csvField(p.unit) << ','
                      << csvField(p.isText || p.isBool ? p.textValue : p.missing ? QString() : QString::number(p.value, 'g', 12)) << ',' << csvField(p.description) << "\n";
        } else {
            out() << Text::tr("Parameters of scenario %1 (set with --set NAME=VALUE):").arg(in->scenario.id) << "\n\n";
            for (const TcoParameter &p : params) {
                const QString value = p.isText || p.isBool ? p.textValue : p.missing ? QStringLiteral("—") : QString::number(p.value, 'g', 12);
                out() << QStringLiteral("  %1 %2 %3  %4\n").arg(p.name, -34).arg(value, 14).arg(p.unit, -14).arg(p.description);
            }
        }
        return Ok;
    }

    const TcoResult result = Tco::compute(*in);
    const std::vector<TcoSensitivity> sensitivity = Tco::sensitivity(*in, pct);
    const TcoUncertainty uncertainty = Tco::uncertainty(*in, int(runs), quint64(seed));
    const std::optional<double> baselineTotal = Tco::baselineTotal(*ws);
    if (opt.format == u"json") {
        QJsonObject o = tcoResultJson(*in, result, sensitivity, uncertainty, baselineTotal);
        o.insert(QStringLiteral("overrides"), overrides);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    struct Column
    {
        const char *key;
        const TcoFigure TcoLanguageResult::*figure;
    };
    const Column columns[] = {{"platform_overhead_usd", &TcoLanguageResult::platformOverhead}, {"compute_usd", &TcoLanguageResult::compute},
                              {"requests_usd", &TcoLanguageResult::requests}, {"cold_start_usd", &TcoLanguageResult::coldStart},
                              {"ci_usd", &TcoLanguageResult::ci}, {"dependency_volume_usd", &TcoLanguageResult::dependencyVolume},
                              {"monitoring_usd", &TcoLanguageResult::monitoring}};
    if (opt.format == u"csv") {
        out() << "language,functions";
        for (const Column &c : columns)
            out() << ',' << c.key;
        out() << ",custom_usd,total_annual_usd\n";
        for (const TcoLanguageResult &l : result.languages) {
            out() << csvField(l.name) << ',' << l.functions;
            for (const Column &c : columns)
                out() << ',' << csvNumber((l.*(c.figure)).usd);
            out() << ',' << csvNumber(l.customUsd()) << ',' << csvNumber(l.totalAnnualUsd) << "\n";
        }
        for (const auto &[name, figure] : result.shared) {
            out() << csvField(name) << ",";
            for (size_t i = 0; i < std::size(columns); ++i)
                out() << ',';
            out() << ',' << csvNumber(figure.usd) << ',' << csvNumber(figure.usd) << "\n";
        }
        out() << "total,";
        for (size_t i = 0; i < std::size(columns) + 1; ++i)
            out() << ',';
        out() << ',' << csvNumber(result.totalAnnualUsd) << "\n";
        return Ok;
    }
    // table
    out() << Text::tr("Scenario %1: %2").arg(result.scenario, result.scenarioName) << "\n";
    out() << Text::tr("Provider %1, free tier %2, horizon %3 years").arg(result.provider.isEmpty() ? Text::tr("none") : result.provider,
                                                                  in->scenario.freeTier ? Text::tr("applied") : Text::tr("not applied"))
                 .arg(result.horizonYears) << "\n";
    if (!overrides.isEmpty())
        out() << Text::tr("Overrides (not saved): %1").arg(opt.sets.join(QStringLiteral(", "))) << "\n";
    out() << "\n" << QStringLiteral("%1 %2").arg(Text::tr("language"), -16).arg(Text::tr("functions"), 10);
    const char *heads[] = {QT_TRANSLATE_NOOP("cli", "platform"), QT_TRANSLATE_NOOP("cli", "compute"),
                           QT_TRANSLATE_NOOP("cli", "requests"), QT_TRANSLATE_NOOP("cli", "cold start"),
                           QT_TRANSLATE_NOOP("cli", "CI"), QT_TRANSLATE_NOOP("cli", "dep. volume"),
                           QT_TRANSLATE_NOOP("cli", "monitoring"), QT_TRANSLATE_NOOP("cli", "custom"),
                           QT_TRANSLATE_NOOP("cli", "total/year")};
    for (const char *h : heads)
        out() << QStringLiteral(" %1").arg(Text::tr(h), 12);
    out() << "\n";
    for (const TcoLanguageResult &l : result.languages) {
        out() << QStringLiteral("%1 %2").arg(l.name.left(16), -16).arg(l.functions, 10);
        for (const Column &c : columns)
            out() << QStringLiteral(" %1").arg(csvNumber((l.*(c.figure)).usd), 12);
        out() << QStringLiteral(" %1 %2").arg(csvNumber(l.customUsd()), 12).arg(csvNumber(l.totalAnnualUsd), 12) << "\n";
    }
    for (const auto &[name, figure] : result.shared)
        out() << QStringLiteral("%1 %2 %3\n").arg(name.left(16), -16).arg(QString(), 10 + 13 * 8).arg(csvNumber(figure.usd), 12);
    out() << "\n" << Text::tr("Total per year: %1").arg(Tco::usd(result.totalAnnualUsd));
    if (in->scenario.id == Tco::baselineScenario(*ws) && overrides.isEmpty())
        out() << Text::tr(" (the baseline)");
    else if (baselineTotal)
        out() << Text::tr(" (%1%2 against the baseline)").arg(result.totalAnnualUsd >= *baselineTotal ? QStringLiteral("+") : QString(),
                                                       Tco::usd(result.totalAnnualUsd - *baselineTotal));
    out() << "\n" << Text::tr("Monthly after free tiers: compute %1, requests %2").arg(Tco::usd(result.monthlyComputeUsd), Tco::usd(result.monthlyRequestsUsd)) << "\n";
    QStringList cumulative;
    for (size_t y = 0; y < result.cumulativeUsd.size(); ++y)
        cumulative << Text::tr("year %1: %2").arg(y + 1).arg(Tco::usd(result.cumulativeUsd[y]));
    out() << Text::tr("Cumulative: %1").arg(cumulative.join(QStringLiteral("; "))) << "\n";
    out() << Text::tr("Uncertainty (%1 runs, seed %2, ranges on %3): P10 %4, P50 %5, P90 %6")
                 .arg(uncertainty.runs).arg(uncertainty.seed)
                 .arg(uncertainty.parameters.isEmpty() ? Text::tr("no input") : uncertainty.parameters.join(QStringLiteral(", ")),
                      Tco::usd(uncertainty.p10), Tco::usd(uncertainty.p50), Tco::usd(uncertainty.p90)) << "\n";
    out() << "\n" << Text::tr("Cold starts (latency):") << "\n";
    for (const TcoLanguageResult &l : result.languages) {
        if (!l.coldStartMs) {
            out() << "  " << Text::tr("%1: no cold-start figure").arg(l.name) << "\n";
            continue;
        }
        out() << "  " << Text::tr("%1: %2 ms ± %3, first byte %4 ms, %5 cold starts/month, +%6 ms per invocation on average")
                             .arg(l.name, QString::number(*l.coldStartMs), l.coldStartSigmaMs ? QString::number(*l.coldStartSigmaMs) : QStringLiteral("—"),
                                  l.firstByteMs ? QString::number(*l.firstByteMs) : QStringLiteral("—"), QString::number(l.coldStartsPerMonth, 'f', 0),
                                  QString::number(l.meanAddedLatencyMs.value_or(0), 'f', 2)) << "\n";
    }
    out() << "\n" << Text::tr("Sensitivity (each input ±%1 %, largest effect first):").arg(pct) << "\n";
    for (size_t i = 0; i < sensitivity.size() && i < 10; ++i) {
        const TcoSensitivity &s = sensitivity[i];
        out() << QStringLiteral("  %1 %2 → %3   %4 → %5\n").arg(s.parameter, -34).arg(QString::number(s.lowValue, 'g', 8), 12)
                     .arg(csvNumber(s.lowUsd), 12).arg(QString::number(s.highValue, 'g', 8), 12).arg(csvNumber(s.highUsd), 12);
    }
    if (!result.notes.isEmpty()) {
        out() << "\n";
        for (const QString &n : result.notes)
            out() << Text::tr("note: %1").arg(n) << "\n";
    }
    return Ok;
}

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

int cmdScan(const QStringList &args, const QString &format, const QString &failOn, const QString &into)
{
    if (args.size() != 1)
        return usageError(Text::tr("scan needs exactly one argument: DIR"));
    if (format != u"json" && format != u"table")
        return usageError(Text::tr("scan --format must be json or table"));
    RiskLevel gate = RiskLevel::Unrated;
    if (failOn == u"warning")
        gate = RiskLevel::Warning;
    else if (failOn == u"high")
        gate = RiskLevel::High;
    else if (failOn == u"severe")
        gate = RiskLevel::Severe;
    else if (!failOn.isEmpty())
        return usageError(Text::tr("--fail-on must be warning, high or severe"));
    if (!QFileInfo(args.at(0)).isDir() || !QFileInfo(args.at(0)).isReadable()) {
        err() << "archboard-cli: " << Text::tr("%1: not a readable folder").arg(args.at(0)) << "\n";
        return BadInput;
    }
    // Thresholds, approved protocols and the context map: the workspace's
    // with --into, else the bundled sample's (the seed's thresholds).
    std::unique_ptr<Workspace> ws;
    if (!into.isEmpty()) {
        if (QFileInfo::exists(into)) {
            ws = loadOrReport(into);
            if (!ws)
                return BadInput;
        } else {
            if (!WorkspaceFile::isWorkspaceFileName(into))
                return usageError(Text::tr("--into must end in .archboard or .archboard.yaml: %1").arg(into));
            ws = thresholdsOnly();
            ws->info.name = QFileInfo(args.at(0)).fileName();
        }
    } else {
        ws = thresholdsOnly();
    }
    if (!ws)
        return BadInput;
    ScanOptions options;
    options.root = args.at(0);
    const ScanResult scan = Scanner::scan(options);
    FragmentationResult result;
    Scanner::merge(ws.get(), scan, QDateTime::currentDateTimeUtc(), &result);

    if (!into.isEmpty()) {
        const int saved = saveOrReport(*ws, into);
        if (saved != Ok)
            return saved;
    }
    int worst = 0;
    for (const MetricValue &m : result.metrics)
        worst = std::max(worst, int(m.level));
    const bool fail = gate != RiskLevel::Unrated && worst >= int(gate);

    const QDir root(scan.root);
    if (format == u"json") {
        QJsonArray services;
        for (const ScannedService &s : scan.services)
            services.append(QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("name"), s.name},
                                        {QStringLiteral("path"), s.path},
                                        {QStringLiteral("language"), s.language},
                                        {QStringLiteral("runtime"), s.runtime},
                                        {QStringLiteral("runtime_version"), s.runtimeVersion},
                                        {QStringLiteral("manifests"), QJsonArray::fromStringList(s.manifests)},
                                        {QStringLiteral("dependencies"), int(s.dependencies.size())}});
        QJsonArray errors;
        for (const ManifestError &e : scan.errors)
            errors.append(QJsonObject{{QStringLiteral("file"), e.file}, {QStringLiteral("line"), e.line}, {QStringLiteral("message"), e.message}});
        QJsonObject o = fragmentationJson(result);
        o.insert(QStringLiteral("root"), scan.root);
        o.insert(QStringLiteral("manifests_scanned"), scan.manifestsScanned);
        o.insert(QStringLiteral("services"), services);
        o.insert(QStringLiteral("errors"), errors);
        o.insert(QStringLiteral("elapsed_ms"), scan.elapsedMs);
        if (!failOn.isEmpty())
            o.insert(QStringLiteral("gate"), QJsonObject{{QStringLiteral("fail_on"), failOn}, {QStringLiteral("failed"), fail}});
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
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
                         .arg(Fragmentation::describeDistance(d.drift.magnitude), -12).arg(versions.join(QStringLiteral(", ")));
        }
        if (!scan.errors.empty()) {
            out() << "\n" << Text::tr("Manifests that could not be read:") << "\n";
            for (const ManifestError &e : scan.errors)
                out() << "  " << e.file << (e.line > 0 ? u':' + QString::number(e.line) : QString()) << ": " << e.message << "\n";
        }
        if (!failOn.isEmpty())
            out() << "\n" << (fail ? Text::tr("Gate failed: a metric is at or above %1.").arg(failOn) : Text::tr("Gate passed (--fail-on %1).").arg(failOn)) << "\n";
    }
    return fail ? Findings : Ok;
}

int cmdExportMadr(const QStringList &args, const QString &dir, Madr::Flavour flavour)
{
    if (args.size() != 1)
        return usageError(Text::tr("export needs exactly one argument: WS"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    const Madr::ExportResult result = Madr::exportFolder(*ws, dir, flavour);
    for (const QString &path : result.files)
        out() << path << "\n";
    for (const QString &note : result.notes)
        out() << Text::tr("note: %1").arg(note) << "\n";
    if (!result.error.isEmpty()) {
        err() << "archboard-cli: " << result.error << "\n";
        return BadInput;
    }
    if (result.files.isEmpty())
        out() << Text::tr("%1 has no decision records").arg(args.at(0)) << "\n";
    return Ok;
}

int cmdImportAdr(const QStringList &args, const QString &into)
{
    if (args.size() != 1)
        return usageError(Text::tr("import-adr needs exactly one argument: DIR"));
    if (into.isEmpty())
        return usageError(Text::tr("import-adr needs --into WS"));
    if (!WorkspaceFile::isWorkspaceFileName(into))
        return usageError(Text::tr("WS must end in .archboard or .archboard.yaml: %1").arg(into));
    Madr::AdrImport import;
    InputError error;
    if (!Madr::readFolder(args.at(0), &import, &error)) {
        err() << "archboard-cli: " << error.toString() << "\n";
        return BadInput;
    }
    for (const InputError &e : import.errors)
        err() << "archboard-cli: " << e.toString() << "\n";
    err().flush();
    if (import.records.decisions.empty()) {
        err() << "archboard-cli: " << Text::tr("%1: no decision records found").arg(args.at(0)) << "\n";
        return BadInput;
    }
    std::unique_ptr<Workspace> ws;
    if (QFileInfo::exists(into)) {
        ws = loadOrReport(into);
        if (!ws)
            return BadInput;
    } else {
        ws = std::make_unique<Workspace>();
        ws->info.name = QFileInfo(args.at(0)).fileName();
    }
    QStringList notes = import.notes;
    const int added = Madr::merge(ws.get(), import, &notes);
    for (const QString &note : notes)
        out() << Text::tr("not mapped: %1").arg(note) << "\n";
    out() << Text::tr("%1 records imported into %2").arg(added).arg(into) << "\n";
    const int saved = saveOrReport(*ws, into);
    if (saved != Ok)
        return saved;
    return import.errors.isEmpty() ? Ok : Findings;
}

int cmdDecide(const QStringList &args, const QString &tier, const QString &date, const QString &into)
{
    if (args.size() != 1)
        return usageError(Text::tr("decide needs exactly one argument: WS"));
    if (tier.isEmpty())
        return usageError(Text::tr("decide needs --tier ID"));
    QDate day = QDate::currentDate();
    if (!date.isEmpty()) {
        day = QDate::fromString(date, Qt::ISODate);
        if (!day.isValid())
            return usageError(Text::tr("--date must be YYYY-MM-DD: %1").arg(date));
    }
    const QString target = into.isEmpty() ? args.at(0) : into;
    if (!WorkspaceFile::isWorkspaceFileName(target))
        return usageError(Text::tr("WS must end in .archboard or .archboard.yaml: %1").arg(target));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    const bool known = std::any_of(ws->tiers.begin(), ws->tiers.end(), [&](const SlaTier &t) { return t.id == tier; });
    if (!known) {
        QStringList ids;
        for (const SlaTier &t : ws->tiers)
            ids << t.id;
        err() << "archboard-cli: " << args.at(0) << ": "
              << Text::tr("no SLA tier “%1” (tiers: %2)").arg(tier, ids.join(QStringLiteral(", "))) << "\n";
        return BadInput;
    }
    const Decisions::Draft draft = Decisions::draftFromAnalysis(*ws, tier, day);
    Decisions::addDraft(ws.get(), draft);
    const int saved = saveOrReport(*ws, target);
    if (saved != Ok)
        return saved;
    out() << Text::tr("%1 %2 (%3 options, %4 links, %5 figures) added to %6")
                 .arg(Decisions::label(draft.record.number), draft.record.title)
                 .arg(draft.options.size())
                 .arg(draft.links.size())
                 .arg(draft.figures.size())
                 .arg(target)
          << "\n";
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only the report draws charts (QtCharts needs a QApplication); everything
    // else stays a QCoreApplication that needs no display.
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "--report") == 0 || qstrncmp(argv[i], "--report=", 9) == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (report && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // What Qt would fall back to, made private here so it does not warn on every headless run.
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(uint(getuid()));
        if (QDir().mkpath(QString::fromLocal8Bit(dir))
            && QFile::setPermissions(QString::fromLocal8Bit(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    std::unique_ptr<QCoreApplication> app = report ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("archboard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ArchBoard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCHBOARD_VERSION));
    // The locale only (LANG, LC_ALL, LANGUAGE), never the GUI's setting: scripts get what they asked for.
    Translations::install(QString());
    if (argc > 1 && qstrcmp(argv[1], "workshop") == 0)
        return runWorkshopCommand(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "ArchBoard headless: the workbench's engines for scripts and CI.\n"
        "\n"
        "Commands:\n"
        "  sample OUT           write the bundled sample workspace (OUT: *.archboard or *.archboard.yaml)\n"
        "  convert IN OUT       convert a workspace between *.archboard and *.archboard.yaml\n"
        "  validate WS          check references, unique keys and value ranges; list the findings\n"
        "  report WS            print the workspace summary (--format json|markdown)\n"
        "  export WS --diagrams DIR\n"
        "                       write every diagram (context map, decision tree, build pipelines, dependency drift) to DIR\n"
        "                       (--format svg|dot|png|pdf)\n"
        "  export WS --radar FILE.json|FILE.csv [--record]\n"
        "                       the technology radar as Zalando tech-radar JSON or ThoughtWorks BYOR CSV, with what moved\n"
        "                       since the last recorded export; --record stores this export in WS's radar history\n"
        "  export WS --report FILE.html|FILE.pdf\n"
        "                       the workshop report: rankings per tier, sensitivity, context map and findings, TCO\n"
        "                       scenarios, fragmentation, decision records, with charts and diagrams\n"
        "  import-cml FILE OUT  a Context Mapper (CML) context map as a new workspace; reports what it cannot map\n"
        "  export-cml WS FILE   the workspace's context map as CML\n"
        "  export WS --madr DIR write every decision record to DIR as MADR 4 Markdown (NNNN-title.md)\n"
        "                       (--adr-tools: title on the first line, metadata at the end, for adr generate toc)\n"
        "  import-adr DIR --into WS\n"
        "                       read a folder of MADR 2/3/4 or adr-tools records into WS (created when missing);\n"
        "                       lists what it cannot map; exit 1 when some files could not be read\n"
        "  decide WS --tier ID  draft a decision record for an SLA tier from the live analysis and save it in WS\n"
        "                       (--date YYYY-MM-DD, --into OTHER.archboard to save elsewhere)\n"
        "  scan DIR             scan manifests for version drift and other fragmentation metrics (--format json|table,\n"
        "                       --fail-on warning|high|severe: exit 1 at that risk, --into WS: store the scan)\n"
        "  workshop WS --tier ID [--listen ADDR:PORT] [--tls]\n"
        "                       live voting: members score the tier blind from a browser; reveal writes the scores\n"
        "                       into WS (commands on stdin, see archboard-cli workshop --help)\n"
        "  tco WS               annual cost of a FaaS scenario (--scenario ID, --set PARAM=VALUE..., --format json|table|csv,\n"
        "                       --list-parameters, --sensitivity PCT, --runs N, --seed N)\n"
        "\n"
        "Exit codes: 0 ok, 1 findings, 2 bad input or usage."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption formatOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    Text::tr("Output format: json or markdown for report, text or json for validate, svg, dot, png or pdf for export."),
                                    QStringLiteral("format"));
    parser.addOption(formatOption);
    QCommandLineOption diagramsOption(QStringLiteral("diagrams"), Text::tr("Folder for export's diagrams."),
                                      QStringLiteral("dir"));
    parser.addOption(diagramsOption);
    QCommandLineOption radarOption(QStringLiteral("radar"), Text::tr("export: the technology radar to FILE (.json Zalando, .csv BYOR)."),
                                   QStringLiteral("file"));
    parser.addOption(radarOption);
    QCommandLineOption recordOption(QStringLiteral("record"), Text::tr("export --radar: store the export in the workspace's radar history."));
    parser.addOption(recordOption);
    QCommandLineOption madrOption(QStringLiteral("madr"), Text::tr("Folder for export's decision records (MADR 4)."),
                                  QStringLiteral("dir"));
    parser.addOption(madrOption);
    QCommandLineOption adrToolsOption(QStringLiteral("adr-tools"),
                                      Text::tr("export --madr: title on each file's first line and the YAML metadata in a comment at the end (for adr-tools' toc and log4brains, which do not read front matter)."));
    parser.addOption(adrToolsOption);
    QCommandLineOption tierOption(QStringLiteral("tier"), Text::tr("decide: the SLA tier (id)."), QStringLiteral("id"));
    parser.addOption(tierOption);
    QCommandLineOption dateOption(QStringLiteral("date"), Text::tr("decide: the record's date (YYYY-MM-DD; default today)."),
                                  QStringLiteral("date"));
    parser.addOption(dateOption);
    QCommandLineOption reportOption(QStringLiteral("report"), Text::tr("export: write the workshop report to this .html or .pdf file."),
                                    QStringLiteral("file"));
    parser.addOption(reportOption);
    QCommandLineOption failOnOption(QStringLiteral("fail-on"), Text::tr("scan: exit 1 when a metric reaches this risk level (warning, high, severe)."),
                                    QStringLiteral("level"));
    parser.addOption(failOnOption);
    QCommandLineOption intoOption(QStringLiteral("into"), Text::tr("scan: store the services, dependencies and the scan in this workspace (created when missing); import-adr: the workspace to add the records to; decide: save there instead."),
                                  QStringLiteral("ws"));
    parser.addOption(intoOption);
    QCommandLineOption scenarioOption(QStringLiteral("scenario"), Text::tr("tco: the scenario (id or name); default the baseline."),
                                      QStringLiteral("id"));
    parser.addOption(scenarioOption);
    QCommandLineOption setOption(QStringLiteral("set"), Text::tr("tco: override a parameter for this run (repeatable); nothing is saved."),
                                 QStringLiteral("param=value"));
    parser.addOption(setOption);
    QCommandLineOption listOption(QStringLiteral("list-parameters"), Text::tr("tco: list the parameters with units and current values."));
    parser.addOption(listOption);
    QCommandLineOption sensitivityOption(QStringLiteral("sensitivity"), Text::tr("tco: move each input by ± this % (default: the scenario's, 20)."),
                                         QStringLiteral("pct"));
    parser.addOption(sensitivityOption);
    QCommandLineOption runsOption(QStringLiteral("runs"), Text::tr("tco: Monte Carlo runs (default: the scenario's)."), QStringLiteral("n"));
    parser.addOption(runsOption);
    QCommandLineOption seedOption(QStringLiteral("seed"), Text::tr("tco: Monte Carlo seed (default: the scenario's)."), QStringLiteral("n"));
    parser.addOption(seedOption);
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("sample, convert, validate, report, export, import-cml, export-cml, import-adr, decide, scan, tco or workshop"));
    parser.addPositionalArgument(QStringLiteral("args"), Text::tr("Arguments of the command"), QStringLiteral("[args...]"));

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "archboard-cli " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(Text::tr("no command given"));
    const QString command = args.takeFirst();
    if (parser.isSet(adrToolsOption) && !(command == u"export" && parser.isSet(madrOption)))
        return usageError(Text::tr("--adr-tools only goes with export WS --madr DIR"));
    if (command == u"sample")
        return cmdSample(args);
    if (command == u"convert")
        return cmdConvert(args);
    if (command == u"validate")
        return cmdValidate(args, parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("text"));
    if (command == u"report")
        return cmdReport(args, parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("json"));
    if (command == u"import-cml")
        return cmdImportCml(args);
    if (command == u"export-cml")
        return cmdExportCml(args);
    if (command == u"scan")
        return cmdScan(args, parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("table"), parser.value(failOnOption),
                       parser.value(intoOption));
    if (command == u"tco") {
        TcoOptions opt;
        opt.scenario = parser.value(scenarioOption);
        opt.sets = parser.values(setOption);
        opt.format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("table");
        opt.listParameters = parser.isSet(listOption);
        opt.sensitivityPct = parser.value(sensitivityOption);
        opt.runs = parser.value(runsOption);
        opt.seed = parser.value(seedOption);
        return cmdTco(args, opt);
    }
    if (parser.isSet(recordOption) && (command != u"export" || !parser.isSet(radarOption)))
        return usageError(Text::tr("--record goes with export --radar FILE"));
    if (command == u"import-adr")
        return cmdImportAdr(args, parser.value(intoOption));
    if (command == u"decide")
        return cmdDecide(args, parser.value(tierOption), parser.value(dateOption), parser.value(intoOption));
    if (command == u"export" && (parser.isSet(madrOption) || parser.isSet(radarOption))) {
        // --madr, --radar and --diagrams combine: each export in turn, the first failure stops.
        if (parser.isSet(madrOption)) {
            const int madr = cmdExportMadr(args, parser.value(madrOption), parser.isSet(adrToolsOption) ? Madr::Flavour::AdrTools : Madr::Flavour::Madr4);
            if (madr != Ok)
                return madr;
        }
        if (parser.isSet(radarOption)) {
            const int radar = cmdExportRadar(args, parser.value(radarOption), parser.isSet(recordOption));
            if (radar != Ok)
                return radar;
        }
        if (!parser.isSet(diagramsOption) && !parser.isSet(reportOption))
            return Ok;
    }
    if (command == u"export")
        return cmdExport(args, parser.value(diagramsOption), parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("svg"),
                         parser.value(reportOption));
    return usageError(Text::tr("unknown command “%1”").arg(command));
}
