// archboard-cli diff OLD NEW: what changed in the model and what it means.
#include "command.h"

#include "diffgate.h"
#include "diffreport.h"
#include "gitsource.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <future>
#include <memory>

namespace ArchBoard::Cli {

namespace {

int cmdDiff(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Text::tr("diff needs two arguments: OLD NEW"));
    const QString format = valueOr(parser, QStringLiteral("format"), QStringLiteral("text"));
    if (format != u"text" && format != u"markdown" && format != u"json")
        return usageError(Text::tr("diff --format must be text, markdown or json"));
    const bool failOn = parser.isSet(QStringLiteral("fail-on"));
    std::vector<FailCondition> conditions;
    QString error;
    if (!DiffGate::parse(parser.values(QStringLiteral("fail-on")), &conditions, &error))
        return usageError(error);

    // Both versions at once: reading a large workspace is most of a diff's time.
    InputError errors[2];
    std::future<std::unique_ptr<Workspace>> first
        = std::async(std::launch::async, [&] { return WorkspaceSource::load(args.at(0), &errors[0]); });
    std::shared_ptr<const Workspace> versions[2];
    versions[1] = WorkspaceSource::load(args.at(1), &errors[1]);
    versions[0] = first.get();
    for (int i = 0; i < 2; ++i) {
        if (!versions[i]) {
            err() << "archboard-cli: " << errors[i].toString() << "\n";
            return BadInput;
        }
    }
    const WorkspaceComparison comparison = WorkspaceDiff::run(versions[0], versions[1], args.at(0), args.at(1));
    const QStringList failed = failOn ? DiffGate::check(conditions, comparison) : QStringList();

    if (format == u"json") {
        QJsonObject json = WorkspaceDiff::toJson(comparison);
        if (failOn)
            json.insert(QStringLiteral("failed"), QJsonArray::fromStringList(failed));
        printJson(QJsonDocument(json));
    } else if (format == u"markdown") {
        out() << WorkspaceDiff::toMarkdown(comparison);
    } else {
        out() << WorkspaceDiff::toText(comparison);
    }
    out().flush();
    if (failOn) {
        for (const QString &line : failed)
            err() << "archboard-cli diff: --fail-on: " << line << "\n";
        return failed.isEmpty() ? Ok : Findings;
    }
    return comparison.model.isEmpty() ? Ok : Findings;
}

} // namespace

Command diffCommand()
{
    return {"diff",
            QT_TRANSLATE_NOOP("cli", "  diff OLD NEW         what changed between two versions (files or git:REV:PATH) and what it means: rankings,\n"
                                     "                       TCO, findings, fragmentation, stale records (--format text|markdown|json, --fail-on …)"),
            [] {
                return QList<QCommandLineOption>{
                    formatOption(),
                    QCommandLineOption(QStringLiteral("fail-on"),
                                       Text::tr("diff: exit 1 only when a condition is met (repeatable, comma-separated): winner (a tier's "
                                                "winner changed), tco-rise=PCT (a scenario's annual total rose more than PCT %), "
                                                "risk=LEVEL (a fragmentation metric reached warning, high or severe), findings "
                                                "(a context-map finding appeared), stale (a decision record became stale or superseded)."),
                                       QStringLiteral("condition"))};
            },
            cmdDiff,
            QT_TRANSLATE_NOOP("cli", "Compares two versions of a workspace: the model changes by element and field, then what they mean —\n"
                                     "rankings and winners per tier, TCO totals and the lines that moved, context-map findings, fragmentation\n"
                                     "risk levels, decision records left stale or superseded.\n"
                                     "\n"
                                     "OLD and NEW are workspace files (*.archboard, *.archboard.yaml) or git:REV:PATH (PATH as it was at\n"
                                     "revision REV, relative to the current folder), e.g. git:main:boards/estate.archboard.yaml.\n"
                                     "\n"
                                     "Exit codes: 0 no change, 1 changes, 2 bad input. With --fail-on: 1 when a condition is met, else 0.")};
}

} // namespace ArchBoard::Cli
