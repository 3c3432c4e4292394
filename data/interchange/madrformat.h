#pragma once

#include "workspace.h"
#include "workspaceformat.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ArchBoard {

/**
 * Decision records as a folder of Markdown files (docs/decision-records.md).
 *
 * Export writes one `NNNN-title-slug.md` per record in MADR 4 form: YAML
 * front matter (status, date, decision-makers, consulted, informed and an
 * `archboard:` block with the id, number, successor, chosen options, links
 * and snapshot figures), the title as H1, a `- Status:` / `- Date:` list for
 * log4brains, then the MADR 4 sections. The text fields are Markdown and are
 * written as they are; only what would break the file's structure or run as
 * HTML is escaped, and import undoes exactly that (madrtext.h).
 *
 * The AdrTools flavour writes the same file with the title on the first
 * line (adr-tools 3.0.0 reads a record's title from there), a `## Status`
 * section adr-tools reads and edits (`adr new -s`, `adr generate graph`), and
 * the same YAML at the end, inside an `<!-- archboard-metadata … -->` comment
 * in which no `--` can occur.
 *
 * Import reads MADR 2/3/4 files (with or without front matter) and
 * Nygard / adr-tools files. What it cannot map is listed as a note naming
 * the file and line, and kept in the file when the folder is exported into
 * again; a file it cannot read is an error naming the file and line, and the
 * other files are still read.
 */
namespace Madr {

/// The file name part from a title: lowercase ASCII letters and digits,
/// everything else as '-', at most 60 characters, "decision" when empty.
QString slug(const QString &title);
/// "0003-use-rust.md".
QString fileName(const DecisionRecord &record);

/// How an exported file is laid out.
enum class Flavour {
    Madr4,    ///< YAML front matter first, then the title (MADR 4, log4brains)
    AdrTools, ///< title on the first line, the YAML in a comment at the end (adr-tools' toc)
};

/// One record as a MADR 4 file of \a flavour.
QByteArray write(const Workspace &ws, const DecisionRecord &record, Flavour flavour = Flavour::Madr4);

struct ExportResult
{
    QStringList files;   ///< paths written
    QStringList updated; ///< of those, files that were there and hold the same record (updated in place)
    QStringList notes;   ///< files of the folder left alone, …
    QString error;      ///< empty when every file was written
};

/**
 * Writes every record of \a ws into \a dir (created when missing) through
 * QSaveFile, and a `.adr-dir` naming the folder itself when there is none,
 * so `adr list` run in the folder finds the records. A record that came from
 * a file of the folder (the same archboard id; else the same number or
 * title) updates that file, keeping what of it the workspace has no field
 * for; the other files are left alone.
 */
ExportResult exportFolder(const Workspace &ws, const QString &dir, Flavour flavour = Flavour::Madr4);

/// Where an imported record came from, and the records it names by reference.
struct RecordSource
{
    QString file;           ///< path
    QString successor;      ///< "0003-use-go", "ADR-0003", …; resolved by readFolder()
    int successorLine = 0;
    QStringList supersedes; ///< from "Supersedes …" lines
};

/// Records read from a folder: their rows in a Workspace's decision tables.
struct AdrImport
{
    Workspace records;           ///< decisions, decisionOptions, decisionLinks, decisionFigures only
    QList<RecordSource> sources; ///< one per record of records.decisions
    QStringList notes;           ///< "file:line: what was not mapped"
    QList<InputError> errors;    ///< files not imported
    int files = 0;               ///< record files looked at
};

/// Reads one file's \a content (\a name is the file name, for its number and messages).
bool readFile(const QString &name, const QByteArray &content, AdrImport *import, InputError *error);

/// Reads every `NNNN-*.md` of \a dir (log4brains' `YYYYMMDD-*.md` too) and resolves the successors
/// they name (by file name, else number). False (with \a error) when the folder cannot be read.
bool readFolder(const QString &dir, AdrImport *import, InputError *error);

/**
 * Adds the imported records to \a ws: their numbers are kept (0000 too); a
 * number or id already taken (or above 9999) gets the next free one, successors follow the renumbering, and a
 * link to an element \a ws does not have is left out — each with a note.
 * Returns the number of records added.
 */
int merge(Workspace *ws, const AdrImport &import, QStringList *notes);

} // namespace Madr

} // namespace ArchBoard
