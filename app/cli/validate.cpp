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
            out() << args.at(0) << ": " << Text::tr("no findings") << "\n";
        else
            out() << Text::tr("%1 errors, %2 warnings").arg(errors).arg(findings.size() - errors) << "\n";
    }
    return findings.isEmpty() ? Ok : Findings;
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
