#include "command.h"
#include "jsonwriter.h"

#include "terminal.h"

#include "workspace.h"
#include "workspacefile.h"
#include "workspacelock.h"

#include <QCommandLineParser>

#include <cstdio>

namespace ArchBoard::Cli {

QTextStream &out()
{
    static TerminalDevice device(stdout);
    static QTextStream s(&device);
    return s;
}

void printJson(const QJsonDocument &doc)
{
    out().flush();
    std::fflush(stdout);
    writeJson(stdout, doc.toJson(QJsonDocument::Indented));
}

bool printJson(const std::function<void(JsonWriter &)> &write)
{
    out().flush();
    std::fflush(stdout);
    JsonWriter w([](const QByteArray &text) { return writeJson(stdout, text); });
    write(w);
    return w.finish() && std::fflush(stdout) == 0;
}

QTextStream &err()
{
    static TerminalDevice device(stderr);
    static QTextStream s(&device);
    return s;
}

int usageError(const QString &message)
{
    err() << "archboard-cli: " << message << "\n"
          << Text::tr("Try “archboard-cli --help”.") << "\n";
    err().flush();
    return BadInput;
}

std::unique_ptr<Workspace> loadOrReport(const QString &path, QStringList *warnings)
{
    InputError error;
    QStringList changed;
    std::unique_ptr<Workspace> ws = WorkspaceFile::load(path, &error, &changed);
    if (!ws)
        err() << "archboard-cli: " << error.toString() << "\n";
    if (warnings)
        *warnings = changed;
    else
        for (const QString &w : changed)
            err() << "archboard-cli: " << path << ": " << Text::tr("warning: %1").arg(w) << "\n";
    err().flush();
    return ws;
}

int saveOrReport(const Workspace &ws, const QString &path, bool force)
{
    // Held while writing: a GUI opening the file meanwhile opens it read-only.
    WorkspaceLock lock(path);
    if (!lock.tryLock() && lock.isHeldByOther() && !force) {
        err() << "archboard-cli: "
              << Text::tr("%1 is open in %2: its next save would overwrite this change. Not saved; close it there first, or use --force.")
                     .arg(path, lock.holder())
              << "\n";
        return BadInput;
    }
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

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"),
                              Text::tr("Write the workspace even while ArchBoard has it open (ArchBoard then offers to reload it)."));
}

bool forced(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("force"));
}

} // namespace ArchBoard::Cli
