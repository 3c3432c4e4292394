#include "command.h"

#include "workspace.h"
#include "workspacefile.h"

#include <QCommandLineParser>

#include <cstdio>

namespace ArchBoard::Cli {

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

QString valueOr(const QCommandLineParser &parser, const QString &name, const QString &fallback)
{
    return parser.isSet(name) ? parser.value(name) : fallback;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                              Text::tr("Output format: json or markdown for report, text or json for validate, svg, dot, png or pdf for export, "
                                       "text, markdown (a pull-request comment) or json for diff."),
                              QStringLiteral("format"));
}

QCommandLineOption seedOption()
{
    return QCommandLineOption(QStringLiteral("seed"), Text::tr("tco, rank: the Monte Carlo seed (default: the scenario's or the workspace's)."),
                              QStringLiteral("n"));
}

QCommandLineOption tierOption()
{
    return QCommandLineOption(QStringLiteral("tier"), Text::tr("decide: the SLA tier (id); rank: only this SLA tier."), QStringLiteral("id"));
}

QCommandLineOption intoOption()
{
    return QCommandLineOption(QStringLiteral("into"),
                              Text::tr("scan: store the services, dependencies and the scan in this workspace (created when missing); import-adr: the workspace to add the records to; decide: save there instead."),
                              QStringLiteral("ws"));
}

} // namespace ArchBoard::Cli
