#include "command.h"

#include "sample.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QCommandLineParser>

namespace ArchBoard::Cli {

namespace {

int cmdSample(const QStringList &args, bool force)
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
    return saveOrReport(*ws, args.at(0), force);
}

int cmdConvert(const QStringList &args, bool force)
{
    if (args.size() != 2)
        return usageError(Text::tr("convert needs two arguments: IN OUT"));
    if (!WorkspaceFile::isWorkspaceFileName(args.at(1)))
        return usageError(Text::tr("OUT must end in .archboard or .archboard.yaml: %1").arg(args.at(1)));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    return saveOrReport(*ws, args.at(1), force);
}

} // namespace

Command sampleCommand()
{
    return {"sample",
            QT_TRANSLATE_NOOP("cli", "  sample OUT           write the bundled sample workspace (OUT: *.archboard or *.archboard.yaml)"),
            [] { return QList<QCommandLineOption>{forceOption()}; },
            [](const QCommandLineParser &parser, const QStringList &args) { return cmdSample(args, forced(parser)); }};
}

Command convertCommand()
{
    return {"convert",
            QT_TRANSLATE_NOOP("cli", "  convert IN OUT       convert a workspace between *.archboard and *.archboard.yaml"),
            [] { return QList<QCommandLineOption>{forceOption()}; },
            [](const QCommandLineParser &parser, const QStringList &args) { return cmdConvert(args, forced(parser)); }};
}

} // namespace ArchBoard::Cli
