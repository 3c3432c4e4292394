// archboard-cli merge BASE OURS THEIRS [-o OUT]: the git merge driver.
#include "command.h"

#include "gitsource.h"
#include "safefile.h"
#include "sqliteformat.h"
#include "workspace.h"
#include "workspacemerge.h"
#include "yamlformat.h"

#include <QCommandLineParser>

#include <future>
#include <memory>

namespace ArchBoard::Cli {

namespace {

/// A conflict line as a YAML comment: one line, no control characters.
QByteArray commentLine(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return "#   " + s.toUtf8() + '\n';
}

/// The merged workspace in the output's format; YAML lists the conflicts as comments after its first line.
QByteArray outputBytes(const Workspace &merged, bool yaml, const QStringList &conflicts, QString *error)
{
    if (!yaml) {
        const QByteArray bytes = SqliteFormat().serialize(merged);
        if (bytes.isEmpty())
            *error = Text::tr("cannot build the workspace database");
        return bytes;
    }
    QByteArray text = YamlFormat::toYaml(merged);
    if (conflicts.isEmpty())
        return text;
    QByteArray block = "# " + Text::tr("MERGE CONFLICTS: archboard-cli merge kept the values listed as kept. "
                                       "Check them, then delete these comment lines.").toUtf8() + '\n';
    for (const QString &c : conflicts)
        block += commentLine(c);
    const qsizetype firstLine = text.indexOf('\n') + 1; // after the header comment, so the file is still recognised
    text.insert(firstLine, block);
    return text;
}

int cmdMerge(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 3)
        return usageError(Text::tr("merge needs three arguments: BASE OURS THEIRS"));
    const QString outPath = valueOr(parser, QStringLiteral("output"), args.at(1));

    // The three versions in parallel: reading them is most of a merge's time.
    std::unique_ptr<Workspace> versions[3];
    QByteArray bytes[3];
    InputError errors[3];
    auto read = [&](int i) {
        if (WorkspaceSource::readBytes(args.at(i), &bytes[i], &errors[i]))
            versions[i] = WorkspaceSource::fromBytes(bytes[i], args.at(i), &errors[i]);
    };
    std::future<void> base = std::async(std::launch::async, read, 0);
    std::future<void> theirs = std::async(std::launch::async, read, 2);
    read(1);
    base.get();
    theirs.get();
    for (int i = 0; i < 3; ++i) {
        if (!versions[i]) {
            err() << "archboard-cli: " << errors[i].toString() << "\n";
            return BadInput;
        }
    }
    const QByteArray &oursBytes = bytes[1];
    const MergeResult result = WorkspaceMerge::merge(*versions[0], *versions[1], *versions[2]);
    QStringList conflicts;
    for (const MergeConflict &c : result.conflicts)
        conflicts << WorkspaceMerge::describe(c, *versions[0], *versions[1], *versions[2]);

    std::unique_ptr<WorkspaceFormat> format = Formats::forFileName(outPath);
    if (!format)
        format = Formats::forContent(oursBytes.left(64));
    const bool yaml = !format || dynamic_cast<YamlFormat *>(format.get());
    QString error;
    const QByteArray output = outputBytes(result.merged, yaml, conflicts, &error);
    if (output.isEmpty() || !SafeFile::write(outPath, output, &error)) {
        err() << "archboard-cli: " << error << "\n";
        return BadInput;
    }
    // git hands the driver temporary files: --path (git's %P) names the file the user knows.
    const QString name = valueOr(parser, QStringLiteral("path"), outPath);
    for (const QString &c : conflicts)
        err() << "CONFLICT (archboard): " << name << ": " << c << "\n";
    out() << Text::tr("%1: %n change(s) of theirs merged", nullptr, result.fromTheirs).arg(name)
          << (conflicts.isEmpty() ? QString() : QStringLiteral("; ") + Text::tr("%n conflict(s)", nullptr, int(conflicts.size())))
          << "\n";
    return conflicts.isEmpty() ? Ok : Findings;
}

} // namespace

Command mergeCommand()
{
    return {"merge",
            QT_TRANSLATE_NOOP("cli", "  merge BASE OURS THEIRS [-o OUT]\n"
                                     "                       three-way merge by element and field: the git merge driver (exit 1 on conflicts)"),
            [] {
                return QList<QCommandLineOption>{QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                                                    Text::tr("merge: write the merged workspace here instead of over OURS."),
                                                                    QStringLiteral("out")),
                                                 QCommandLineOption(QStringLiteral("path"),
                                                                    Text::tr("merge: the file's path in the repository (git's %P), to name it in messages."),
                                                                    QStringLiteral("path"))};
            },
            cmdMerge,
            QT_TRANSLATE_NOOP("cli", "Three-way merge of workspaces by element and field, whatever the YAML line layout: the git merge driver\n"
                                     "(docs/git.md). BASE is the common ancestor (git's %O), OURS our version (%A), THEIRS theirs (%B),\n"
                                     "--path the file's name in the repository (%P).\n"
                                     "Changes of THEIRS to BASE are applied to OURS unless OURS changed the same field another way;\n"
                                     "such conflicts keep OURS' value, are listed, and the result still opens.\n"
                                     "\n"
                                     "The result goes to OUT, else replaces OURS (as git's %A expects), in OUT's format, else in OURS' format.\n"
                                     "Exit codes: 0 merged cleanly, 1 conflicts (listed on stderr and, in YAML, as comments in the file), 2 bad input.")};
}

} // namespace ArchBoard::Cli
