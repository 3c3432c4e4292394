#include "command.h"

#include "contextmap.h"
#include "diagram.h"
#include "diagramrenderer.h"
#include "dotbuilder.h"
#include "driftgraph.h"
#include "fragmentation.h"
#include "madrformat.h"
#include "radar.h"
#include "radarformat.h"
#include "safefile.h"
#include "selection.h"
#include "tco.h"
#include "workspace.h"
#include "workshopreport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace ArchBoard::Cli {

namespace {

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
        diagrams.append(Fragmentation::driftGraphView(*ws, fragmentation).diagram);
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
        if (!error.isEmpty())
            error = path + QStringLiteral(": ") + error;
        else
            SafeFile::write(path, bytes, &error);
        if (!error.isEmpty()) {
            err() << "archboard-cli: " << error << "\n";
            ++failures;
            continue;
        }
        out() << path << "\n";
    }
    return failures ? BadInput : Ok;
}

// The technology radar as Zalando JSON or BYOR CSV; --record stores the export in WS's history.
int cmdExportRadar(const QStringList &args, const QString &radarFile, bool record, bool force)
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
        if (const int code = saveOrReport(*ws, args.at(0), force); code != Ok)
            return code;
        out() << Text::tr("Recorded the export of %1 in %2.").arg(exportedAt, args.at(0)) << "\n";
    }
    return Ok;
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

} // namespace

int runExport(const QCommandLineParser &parser, const QStringList &args)
{
    const bool madr = parser.isSet(QStringLiteral("madr"));
    const bool radar = parser.isSet(QStringLiteral("radar"));
    if (parser.isSet(QStringLiteral("adr-tools")) && !madr)
        return usageError(Text::tr("--adr-tools only goes with export WS --madr DIR"));
    if (parser.isSet(QStringLiteral("record")) && !radar)
        return usageError(Text::tr("--record goes with export --radar FILE"));
    if (forced(parser) && !parser.isSet(QStringLiteral("record")))
        return usageError(Text::tr("--force goes with export --radar FILE --record (the only export that writes the workspace)"));
    // --madr, --radar, --report and --diagrams combine: each export in turn, the first failure stops.
    if (madr) {
        const Madr::Flavour flavour = parser.isSet(QStringLiteral("adr-tools")) ? Madr::Flavour::AdrTools : Madr::Flavour::Madr4;
        if (const int code = cmdExportMadr(args, parser.value(QStringLiteral("madr")), flavour); code != Ok)
            return code;
    }
    if (radar) {
        if (const int code = cmdExportRadar(args, parser.value(QStringLiteral("radar")), parser.isSet(QStringLiteral("record")), forced(parser)); code != Ok)
            return code;
    }
    if ((madr || radar) && !parser.isSet(QStringLiteral("diagrams")) && !parser.isSet(QStringLiteral("report")))
        return Ok;
    return cmdExport(args, parser.value(QStringLiteral("diagrams")), valueOr(parser, QStringLiteral("format"), QStringLiteral("svg")),
                     parser.value(QStringLiteral("report")));
}

Command exportCommand()
{
    return {"export",
            QT_TRANSLATE_NOOP("cli", "  export WS --diagrams DIR\n"
                                     "                       write every diagram (context map, decision tree, build pipelines, dependency drift) to DIR\n"
                                     "                       (--format svg|dot|png|pdf)\n"
                                     "  export WS --radar FILE.json|FILE.csv [--record]\n"
                                     "                       the technology radar as Zalando tech-radar JSON or ThoughtWorks BYOR CSV, with what moved\n"
                                     "                       since the last recorded export; --record stores this export in WS's radar history\n"
                                     "  export WS --report FILE.html|FILE.pdf\n"
                                     "                       the workshop report: rankings per tier, sensitivity, context map and findings, TCO\n"
                                     "                       scenarios, fragmentation, decision records, with charts and diagrams\n"
                                     "  export WS --madr DIR write every decision record to DIR as MADR 4 Markdown (NNNN-title.md)\n"
                                     "                       (--adr-tools: title on the first line, metadata at the end, for adr generate toc)"),
            [] {
                return QList<QCommandLineOption>{
                    formatOption(),
                    QCommandLineOption(QStringLiteral("diagrams"), Text::tr("Folder for export's diagrams."), QStringLiteral("dir")),
                    QCommandLineOption(QStringLiteral("radar"), Text::tr("export: the technology radar to FILE (.json Zalando, .csv BYOR)."),
                                       QStringLiteral("file")),
                    QCommandLineOption(QStringLiteral("record"), Text::tr("export --radar: store the export in the workspace's radar history.")),
                    forceOption(),
                    QCommandLineOption(QStringLiteral("madr"), Text::tr("Folder for export's decision records (MADR 4)."), QStringLiteral("dir")),
                    QCommandLineOption(QStringLiteral("adr-tools"),
                                       Text::tr("export --madr: title on each file's first line and the YAML metadata in a comment at the end (for adr-tools' toc and log4brains, which do not read front matter).")),
                    QCommandLineOption(QStringLiteral("report"), Text::tr("export: write the workshop report to this .html or .pdf file."),
                                       QStringLiteral("file"))};
            },
            &runExport};
}

} // namespace ArchBoard::Cli
