#include "command.h"

#include "validation.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ArchBoard::Cli {

namespace {

int cmdValidate(const QStringList &args, const QString &format)
{
    if (args.size() != 1)
        return usageError(Text::tr("validate needs exactly one argument: WS"));
    if (format != u"text" && format != u"json")
        return usageError(Text::tr("validate --format must be text or json"));
    QStringList clamped;
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0), &clamped);
    if (!ws)
        return BadInput;
    struct Line
    {
        QString severity, path, message;
    };
    QList<Line> lines;
    // Values the read brought into range are errors of the file, though the
    // workspace in memory now passes ("scenarios[0].horizon_years: …").
    for (const QString &c : clamped) {
        const qsizetype colon = c.indexOf(QStringLiteral(": "));
        lines.append({QStringLiteral("error"), c.left(colon), c.mid(colon + 2)});
    }
    const QList<ValidationFinding> findings = validateWorkspace(*ws);
    for (const ValidationFinding &f : findings)
        lines.append({f.severityKey(), f.path(), f.message});
    int errors = 0;
    for (const Line &l : lines)
        errors += l.severity == u"error" ? 1 : 0;
    if (format == u"json") {
        QJsonArray list;
        for (const Line &l : lines)
            list.append(QJsonObject{{QStringLiteral("severity"), l.severity},
                                    {QStringLiteral("path"), l.path},
                                    {QStringLiteral("message"), l.message}});
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), args.at(0)},
                                           {QStringLiteral("errors"), errors},
                                           {QStringLiteral("warnings"), int(lines.size()) - errors},
                                           {QStringLiteral("findings"), list}}));
    } else {
        for (const Line &l : lines)
            out() << args.at(0) << ": " << l.severity << ": " << l.path << ": " << l.message << "\n";
        if (lines.isEmpty())
            out() << args.at(0) << ": " << Text::tr("no findings") << "\n";
        else
            out() << Text::tr("%1 errors, %2 warnings").arg(errors).arg(lines.size() - errors) << "\n";
    }
    return lines.isEmpty() ? Ok : Findings;
}

} // namespace

Command validateCommand()
{
    return {"validate",
            QT_TRANSLATE_NOOP("cli", "  validate WS          check references, unique keys and value ranges; list the findings"),
            [] { return QList<QCommandLineOption>{formatOption()}; },
            [](const QCommandLineParser &parser, const QStringList &args) {
                return cmdValidate(args, valueOr(parser, QStringLiteral("format"), QStringLiteral("text")));
            }};
}

} // namespace ArchBoard::Cli
