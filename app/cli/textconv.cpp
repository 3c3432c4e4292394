// archboard-cli textconv FILE: the workspace as YAML, so git diff and git log -p
// show a binary *.archboard as text (docs/git.md).
#include "command.h"

#include "gitsource.h"
#include "workspace.h"
#include "yamlformat.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <memory>

namespace ArchBoard::Cli {

namespace {

int cmdTextconv(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(Text::tr("textconv needs exactly one argument: FILE"));
    QByteArray bytes;
    InputError error;
    std::unique_ptr<Workspace> ws;
    if (WorkspaceSource::readBytes(args.at(0), &bytes, &error))
        ws = WorkspaceSource::fromBytes(bytes, args.at(0), &error);
    if (!ws) {
        err() << "archboard-cli: " << error.toString() << "\n";
        return BadInput;
    }
    const QByteArray yaml = YamlFormat::toYaml(*ws);
    QFile file;
    if (!file.open(stdout, QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.flush()) {
        err() << "archboard-cli: " << Text::tr("cannot write to stdout: %1").arg(file.errorString()) << "\n";
        return BadInput;
    }
    return Ok;
}

} // namespace

Command textconvCommand()
{
    return {"textconv",
            QT_TRANSLATE_NOOP("cli", "  textconv FILE        the workspace as YAML on stdout, for git diff's textconv"),
            [] { return QList<QCommandLineOption>(); },
            [](const QCommandLineParser &, const QStringList &args) { return cmdTextconv(args); },
            QT_TRANSLATE_NOOP("cli", "Prints the workspace FILE (*.archboard or *.archboard.yaml, or git:REV:PATH) as YAML on stdout,\n"
                                     "for git's diff textconv (docs/git.md). Exit codes: 0 ok, 2 bad input.")};
}

} // namespace ArchBoard::Cli
