// archboard-cli textconv FILE: the workspace as YAML, so git diff and git log -p
// show a binary *.archboard as text (docs/git.md).
#include "gitcommands.h"

#include "gitsource.h"
#include "workspace.h"
#include "yamlformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace ArchBoard;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

int runTextconvCommand(const QStringList &arguments)
{
    if (arguments.size() == 1 && (arguments.at(0) == u"--help" || arguments.at(0) == u"-h")) {
        QTextStream(stdout) << Text::tr("Usage: archboard-cli textconv FILE\n"
                                        "Prints the workspace FILE (*.archboard or *.archboard.yaml) as YAML on stdout,\n"
                                        "for git's diff textconv (docs/git.md). Exit codes: 0 ok, 2 bad input.")
                            << "\n";
        return 0;
    }
    if (arguments.size() != 1) {
        QTextStream(stderr) << "archboard-cli textconv: " << Text::tr("textconv needs exactly one argument: FILE") << "\n";
        return 2;
    }
    QByteArray bytes;
    InputError error;
    std::unique_ptr<Workspace> ws;
    if (WorkspaceSource::readBytes(arguments.at(0), &bytes, &error))
        ws = WorkspaceSource::fromBytes(bytes, arguments.at(0), &error);
    if (!ws) {
        QTextStream(stderr) << "archboard-cli: " << error.toString() << "\n";
        return 2;
    }
    const QByteArray yaml = YamlFormat::toYaml(*ws);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(yaml) != yaml.size() || !out.flush()) {
        QTextStream(stderr) << "archboard-cli: " << Text::tr("cannot write to stdout: %1").arg(out.errorString()) << "\n";
        return 2;
    }
    return 0;
}
