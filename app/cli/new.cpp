#include "command.h"

#include "referencedata.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QCommandLineParser>

namespace ArchBoard::Cli {

namespace {

QCommandLineOption nameOption()
{
    return {QStringLiteral("name"), Text::tr("The new workspace's name (default: “Untitled workspace”)."), QStringLiteral("NAME")};
}

int cmdNew(const QStringList &args, const QString &name, bool force)
{
    if (args.size() != 1)
        return usageError(Text::tr("new needs exactly one argument: OUT"));
    if (!WorkspaceFile::isWorkspaceFileName(args.at(0)))
        return usageError(Text::tr("OUT must end in .archboard or .archboard.yaml: %1").arg(args.at(0)));
    InputError error;
    std::unique_ptr<Workspace> ws = ReferenceData::newWorkspace(name, &error);
    if (!ws) {
        err() << "archboard-cli: " << Text::tr("the bundled sample is broken: %1").arg(error.toString()) << "\n";
        return BadInput;
    }
    return saveOrReport(*ws, args.at(0), force);
}

} // namespace

Command newCommand()
{
    return {"new",
            QT_TRANSLATE_NOOP("cli", "  new OUT              write a new workspace with the reference data only, as File → New: provider prices,\n"
                                     "                       language cost profiles, SLA tiers, fragmentation thresholds (--name NAME)"),
            [] { return QList<QCommandLineOption>{nameOption(), forceOption()}; },
            [](const QCommandLineParser &parser, const QStringList &args) {
                return cmdNew(args, parser.value(QStringLiteral("name")), forced(parser));
            }};
}

} // namespace ArchBoard::Cli
