#include "command.h"

#include "decisions.h"
#include "madrformat.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>

#include <algorithm>

namespace ArchBoard::Cli {

namespace {

int cmdImportAdr(const QStringList &args, const QString &into, bool force)
{
    if (args.size() != 1)
        return usageError(Text::tr("import-adr needs exactly one argument: DIR"));
    if (into.isEmpty())
        return usageError(Text::tr("import-adr needs --into WS"));
    if (!WorkspaceFile::isWorkspaceFileName(into))
        return usageError(Text::tr("WS must end in .archboard or .archboard.yaml: %1").arg(into));
    Madr::AdrImport import;
    InputError error;
    if (!Madr::readFolder(args.at(0), &import, &error)) {
        err() << "archboard-cli: " << error.toString() << "\n";
        return BadInput;
    }
    for (const InputError &e : import.errors)
        err() << "archboard-cli: " << e.toString() << "\n";
    err().flush();
    if (import.records.decisions.empty()) {
        err() << "archboard-cli: " << Text::tr("%1: no decision records found").arg(args.at(0)) << "\n";
        return BadInput;
    }
    std::unique_ptr<Workspace> ws;
    if (QFileInfo::exists(into)) {
        ws = loadOrReport(into);
        if (!ws)
            return BadInput;
    } else {
        ws = std::make_unique<Workspace>();
        ws->info.name = QFileInfo(args.at(0)).fileName();
    }
    QStringList notes = import.notes;
    const int added = Madr::merge(ws.get(), import, &notes);
    for (const QString &note : notes)
        out() << Text::tr("not mapped: %1").arg(note) << "\n";
    out() << Text::tr("%1 records imported into %2").arg(added).arg(into) << "\n";
    const int saved = saveOrReport(*ws, into, force);
    if (saved != Ok)
        return saved;
    return import.errors.isEmpty() ? Ok : Findings;
}

int cmdDecide(const QStringList &args, const QString &tier, const QString &date, const QString &into, bool force)
{
    if (args.size() != 1)
        return usageError(Text::tr("decide needs exactly one argument: WS"));
    if (tier.isEmpty())
        return usageError(Text::tr("decide needs --tier ID"));
    QDate day = QDate::currentDate();
    if (!date.isEmpty()) {
        day = QDate::fromString(date, Qt::ISODate);
        if (!day.isValid())
            return usageError(Text::tr("--date must be YYYY-MM-DD: %1").arg(date));
    }
    const QString target = into.isEmpty() ? args.at(0) : into;
    if (!WorkspaceFile::isWorkspaceFileName(target))
        return usageError(Text::tr("WS must end in .archboard or .archboard.yaml: %1").arg(target));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    const bool known = std::any_of(ws->tiers.begin(), ws->tiers.end(), [&](const SlaTier &t) { return t.id == tier; });
    if (!known) {
        QStringList ids;
        for (const SlaTier &t : ws->tiers)
            ids << t.id;
        err() << "archboard-cli: " << args.at(0) << ": "
              << Text::tr("no SLA tier “%1” (tiers: %2)").arg(tier, ids.join(QStringLiteral(", "))) << "\n";
        return BadInput;
    }
    const Decisions::Draft draft = Decisions::draftFromAnalysis(*ws, tier, day);
    Decisions::addDraft(ws.get(), draft);
    const int saved = saveOrReport(*ws, target, force);
    if (saved != Ok)
        return saved;
    out() << Text::tr("%1 %2 (%3 options, %4 links, %5 figures) added to %6")
                 .arg(Decisions::label(draft.record.number), draft.record.title)
                 .arg(draft.options.size())
                 .arg(draft.links.size())
                 .arg(draft.figures.size())
                 .arg(target)
          << "\n";
    return Ok;
}

} // namespace

Command importAdrCommand()
{
    return {"import-adr",
            QT_TRANSLATE_NOOP("cli", "  import-adr DIR --into WS\n"
                                     "                       read a folder of MADR 2/3/4 or adr-tools records into WS (created when missing);\n"
                                     "                       lists what it cannot map; exit 1 when some files could not be read"),
            [] { return QList<QCommandLineOption>{intoOption(), forceOption()}; },
            [](const QCommandLineParser &parser, const QStringList &args) { return cmdImportAdr(args, parser.value(QStringLiteral("into")), forced(parser)); }};
}

Command decideCommand()
{
    return {"decide",
            QT_TRANSLATE_NOOP("cli", "  decide WS --tier ID  draft a decision record for an SLA tier from the live analysis and save it in WS\n"
                                     "                       (--date YYYY-MM-DD, --into OTHER.archboard to save elsewhere)"),
            [] {
                return QList<QCommandLineOption>{
                    tierOption(),
                    QCommandLineOption(QStringLiteral("date"), Text::tr("decide: the record's date (YYYY-MM-DD; default today)."),
                                       QStringLiteral("date")),
                    intoOption(), forceOption()};
            },
            [](const QCommandLineParser &parser, const QStringList &args) {
                return cmdDecide(args, parser.value(QStringLiteral("tier")), parser.value(QStringLiteral("date")),
                                 parser.value(QStringLiteral("into")), forced(parser));
            }};
}

} // namespace ArchBoard::Cli
