// archboard-cli diff OLD NEW: what changed in the model and what it means.
#include "gitcommands.h"

#include "diffgate.h"
#include "diffreport.h"
#include "gitsource.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <future>
#include <memory>

using namespace ArchBoard;

namespace {

enum ExitCode { NoChange = 0, Changes = 1, BadInput = 2 };

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "archboard-cli diff: " << message << "\n"
                        << Text::tr("Try “archboard-cli diff --help”.") << "\n";
    return BadInput;
}

} // namespace

int runDiffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Compares two versions of a workspace: the model changes by element and field, then what they mean —\n"
        "rankings and winners per tier, TCO totals and the lines that moved, context-map findings, fragmentation\n"
        "risk levels, decision records left stale or superseded.\n"
        "\n"
        "OLD and NEW are workspace files (*.archboard, *.archboard.yaml) or git:REV:PATH (PATH as it was at\n"
        "revision REV, relative to the current folder), e.g. git:main:boards/estate.archboard.yaml.\n"
        "\n"
        "Exit codes: 0 no change, 1 changes, 2 bad input. With --fail-on: 1 when a condition is met, else 0."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                          Text::tr("text (default), markdown (a pull-request comment) or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(formatOption);
    const QCommandLineOption failOnOption(QStringLiteral("fail-on"),
                                          Text::tr("Exit 1 only when a condition is met (repeatable, comma-separated): winner (a tier's "
                                                   "winner changed), tco-rise=PCT (a scenario's annual total rose more than PCT %), "
                                                   "risk=LEVEL (a fragmentation metric reached warning, high or severe), findings "
                                                   "(a context-map finding appeared), stale (a decision record became stale or superseded)."),
                                          QStringLiteral("condition"));
    parser.addOption(failOnOption);
    parser.addPositionalArgument(QStringLiteral("old"), Text::tr("The version before: a file or git:REV:PATH."));
    parser.addPositionalArgument(QStringLiteral("new"), Text::tr("The version after: a file or git:REV:PATH."));
    if (!parser.parse(QStringList{QStringLiteral("archboard-cli diff")} + arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return NoChange;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(Text::tr("diff needs two arguments: OLD NEW"));
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"markdown" && format != u"json")
        return fail(Text::tr("--format must be text, markdown or json"));
    std::vector<FailCondition> conditions;
    QString error;
    if (!DiffGate::parse(parser.values(failOnOption), &conditions, &error))
        return fail(error);

    // Both versions at once: reading a large workspace is most of a diff's time.
    InputError errors[2];
    std::future<std::unique_ptr<Workspace>> first
        = std::async(std::launch::async, [&] { return WorkspaceSource::load(args.at(0), &errors[0]); });
    std::shared_ptr<const Workspace> versions[2];
    versions[1] = WorkspaceSource::load(args.at(1), &errors[1]);
    versions[0] = first.get();
    for (int i = 0; i < 2; ++i) {
        if (!versions[i]) {
            QTextStream(stderr) << "archboard-cli: " << errors[i].toString() << "\n";
            return BadInput;
        }
    }
    const WorkspaceComparison comparison = WorkspaceDiff::run(versions[0], versions[1], args.at(0), args.at(1));
    const QStringList failed = parser.isSet(failOnOption) ? DiffGate::check(conditions, comparison) : QStringList();

    QTextStream out(stdout);
    if (format == u"json") {
        QJsonObject json = WorkspaceDiff::toJson(comparison);
        if (parser.isSet(failOnOption))
            json.insert(QStringLiteral("failed"), QJsonArray::fromStringList(failed));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (format == u"markdown") {
        out << WorkspaceDiff::toMarkdown(comparison);
    } else {
        out << WorkspaceDiff::toText(comparison);
    }
    out.flush();
    if (parser.isSet(failOnOption)) {
        QTextStream err(stderr);
        for (const QString &line : failed)
            err << "archboard-cli diff: --fail-on: " << line << "\n";
        return failed.isEmpty() ? NoChange : Changes;
    }
    return comparison.model.isEmpty() ? NoChange : Changes;
}
