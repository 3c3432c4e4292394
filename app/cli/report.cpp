#include "command.h"

#include "reportjson.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace ArchBoard::Cli {

namespace {

int cmdReport(const QStringList &args, const QString &format)
{
    if (args.size() != 1)
        return usageError(Text::tr("report needs exactly one argument: WS"));
    if (format != u"json" && format != u"markdown")
        return usageError(Text::tr("report --format must be json or markdown"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    const QJsonObject report = buildReport(*ws);
    if (format == u"json")
        printJson(QJsonDocument(report));
    else
        out() << reportToMarkdown(report);
    return Ok;
}

} // namespace

Command reportCommand()
{
    return {"report",
            QT_TRANSLATE_NOOP("cli", "  report WS            print the workspace summary (--format json|markdown)"),
            [] { return QList<QCommandLineOption>{formatOption()}; },
            [](const QCommandLineParser &parser, const QStringList &args) {
                return cmdReport(args, valueOr(parser, QStringLiteral("format"), QStringLiteral("json")));
            }};
}

} // namespace ArchBoard::Cli
