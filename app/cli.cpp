// archboard-cli: the engines headless. Exit codes: 0 ok, 1 findings, 2 bad input or usage.
#include "analysis.h"
#include "cmlformat.h"
#include "contextmap.h"
#include "diagram.h"
#include "diagramrenderer.h"
#include "dotbuilder.h"
#include "report.h"
#include "selection.h"
#include "sample.h"
#include "validation.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace ArchBoard;

namespace {

enum ExitCode { Ok = 0, Findings = 1, BadInput = 2 };

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
          << QCoreApplication::translate("cli", "Try “archboard-cli --help”.") << "\n";
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
        return usageError(QCoreApplication::translate("cli", "sample needs exactly one argument: OUT"));
    InputError error;
    std::unique_ptr<Workspace> ws = Sample::load(&error);
    if (!ws) {
        err() << "archboard-cli: the bundled sample is broken: " << error.toString() << "\n";
        return BadInput;
    }
    if (!WorkspaceFile::isWorkspaceFileName(args.at(0)))
        return usageError(QCoreApplication::translate("cli", "OUT must end in .archboard or .archboard.yaml: %1").arg(args.at(0)));
    return saveOrReport(*ws, args.at(0));
}

int cmdConvert(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(QCoreApplication::translate("cli", "convert needs two arguments: IN OUT"));
    if (!WorkspaceFile::isWorkspaceFileName(args.at(1)))
        return usageError(QCoreApplication::translate("cli", "OUT must end in .archboard or .archboard.yaml: %1").arg(args.at(1)));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    return saveOrReport(*ws, args.at(1));
}

int cmdValidate(const QStringList &args, const QString &format)
{
    if (args.size() != 1)
        return usageError(QCoreApplication::translate("cli", "validate needs exactly one argument: WS"));
    if (format != u"text" && format != u"json")
        return usageError(QCoreApplication::translate("cli", "validate --format must be text or json"));
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
            out() << args.at(0) << ": " << QCoreApplication::translate("cli", "no findings") << "\n";
        else
            out() << QCoreApplication::translate("cli", "%1 errors, %2 warnings").arg(errors).arg(findings.size() - errors) << "\n";
    }
    return findings.isEmpty() ? Ok : Findings;
}

int cmdReport(const QStringList &args, const QString &format)
{
    if (args.size() != 1)
        return usageError(QCoreApplication::translate("cli", "report needs exactly one argument: WS"));
    if (format != u"json" && format != u"markdown")
        return usageError(QCoreApplication::translate("cli", "report --format must be json or markdown"));
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

int cmdExport(const QStringList &args, const QString &diagramsDir, const QString &format)
{
    if (args.size() != 1)
        return usageError(QCoreApplication::translate("cli", "export needs exactly one argument: WS"));
    if (diagramsDir.isEmpty())
        return usageError(QCoreApplication::translate("cli", "export needs --diagrams DIR"));
    if (format != u"svg" && format != u"dot" && format != u"png" && format != u"pdf")
        return usageError(QCoreApplication::translate("cli", "export --format must be svg, dot, png or pdf"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    QDir dir(diagramsDir);
    if (!dir.exists() && !QDir().mkpath(diagramsDir)) {
        err() << "archboard-cli: " << QCoreApplication::translate("cli", "cannot create the folder %1").arg(diagramsDir) << "\n";
        return BadInput;
    }
    DiagramRenderer renderer;
    renderer.setTimeout(60000);
    const ContextMapResult map = ContextMap::analyse(*ws, Selection::compute(*ws));
    const QList<Diagram> diagrams = {ContextMap::diagram(*ws, map), Diagrams::decisionTree(*ws)};
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

int cmdImportCml(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(QCoreApplication::translate("cli", "import-cml needs two arguments: FILE OUT"));
    if (!WorkspaceFile::isWorkspaceFileName(args.at(1)))
        return usageError(QCoreApplication::translate("cli", "OUT must end in .archboard or .archboard.yaml: %1").arg(args.at(1)));
    CmlImport import;
    InputError error;
    if (!Cml::parseFile(args.at(0), &import, &error)) {
        err() << "archboard-cli: " << error.toString() << "\n";
        return BadInput;
    }
    const Workspace ws = Cml::toWorkspace(import);
    for (const QString &note : import.notes)
        out() << QCoreApplication::translate("cli", "not imported: %1").arg(note) << "\n";
    out() << QCoreApplication::translate("cli", "%1 bounded contexts, %2 relations").arg(ws.contexts.size()).arg(ws.relations.size()) << "\n";
    return saveOrReport(ws, args.at(1));
}

int cmdExportCml(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(QCoreApplication::translate("cli", "export-cml needs two arguments: WS FILE"));
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
        out() << QCoreApplication::translate("cli", "note: %1").arg(note) << "\n";
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("archboard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ArchBoard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCHBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "ArchBoard headless: the workbench's engines for scripts and CI.\n"
        "\n"
        "Commands:\n"
        "  sample OUT           write the bundled sample workspace (OUT: *.archboard or *.archboard.yaml)\n"
        "  convert IN OUT       convert a workspace between *.archboard and *.archboard.yaml\n"
        "  validate WS          check references, unique keys and value ranges; list the findings\n"
        "  report WS            print the workspace summary (--format json|markdown)\n"
        "  export WS --diagrams DIR\n"
        "                       write every diagram (context map, decision tree) to DIR (--format svg|dot|png|pdf)\n"
        "  import-cml FILE OUT  a Context Mapper (CML) context map as a new workspace; reports what it cannot map\n"
        "  export-cml WS FILE   the workspace's context map as CML\n"
        "\n"
        "Exit codes: 0 ok, 1 findings, 2 bad input or usage."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption formatOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    QCoreApplication::translate("cli", "Output format: json or markdown for report, text or json for validate, svg, dot, png or pdf for export."),
                                    QStringLiteral("format"));
    parser.addOption(formatOption);
    QCommandLineOption diagramsOption(QStringLiteral("diagrams"), QCoreApplication::translate("cli", "Folder for export's diagrams."),
                                      QStringLiteral("dir"));
    parser.addOption(diagramsOption);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "sample, convert, validate, report, export, import-cml or export-cml"));
    parser.addPositionalArgument(QStringLiteral("args"), QCoreApplication::translate("cli", "Arguments of the command"), QStringLiteral("[args...]"));

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
        return usageError(QCoreApplication::translate("cli", "no command given"));
    const QString command = args.takeFirst();
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
    if (command == u"export")
        return cmdExport(args, parser.value(diagramsOption), parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("svg"));
    return usageError(QCoreApplication::translate("cli", "unknown command “%1”").arg(command));
}
