#include "command.h"

#include "cmlformat.h"
#include "safefile.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QCommandLineParser>

namespace ArchBoard::Cli {

namespace {

int cmdImportCml(const QStringList &args, bool force)
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
    return saveOrReport(ws, args.at(1), force);
}

int cmdExportCml(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Text::tr("export-cml needs two arguments: WS FILE"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    QStringList notes;
    QString error;
    if (!Cml::writeFile(*ws, args.at(1), &notes, &error)) {
        err() << "archboard-cli: " << error << "\n";
        return BadInput;
    }
    for (const QString &note : notes)
        out() << Text::tr("note: %1").arg(note) << "\n";
    return Ok;
}

} // namespace

Command importCmlCommand()
{
    return {"import-cml",
            QT_TRANSLATE_NOOP("cli", "  import-cml FILE OUT  a Context Mapper (CML) context map as a new workspace; reports what it cannot map"),
            [] { return QList<QCommandLineOption>{forceOption()}; },
            [](const QCommandLineParser &parser, const QStringList &args) { return cmdImportCml(args, forced(parser)); }};
}

Command exportCmlCommand()
{
    return {"export-cml",
            QT_TRANSLATE_NOOP("cli", "  export-cml WS FILE   the workspace's context map as CML"),
            [] { return QList<QCommandLineOption>(); },
            [](const QCommandLineParser &, const QStringList &args) { return cmdExportCml(args); }};
}

} // namespace ArchBoard::Cli
