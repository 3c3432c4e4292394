#pragma once

// Internal to the MADR format (madr*.cpp): one record file as read, and what
// of it ArchBoard keeps only in the file.

#include "workspace.h"
#include "workspaceformat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace ArchBoard::Madr {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context (a free tr() would be filed elsewhere).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Madr)
};

constexpr qint64 maxFileBytes = 1024 * 1024;
/// The line that opens the adr-tools flavour's metadata comment.
constexpr char metadataOpen[] = "<!-- archboard-metadata";

/// How a file is laid out; an update in place keeps the file's own.
struct Layout
{
    bool frontMatter = true;      ///< YAML front matter (else the metadata comment at the end)
    bool numberedTitle = false;   ///< "# 3. Title" (adr-tools' own records)
    bool statusList = true;       ///< "- Status:" / "- Date:" list under the title (log4brains)
    bool dateLine = false;        ///< "Date: …" line under the title (adr-tools)
    bool statusSection = false;   ///< "## Status" (adr-tools)
    QString contextHeading = QStringLiteral("Context and Problem Statement");
    QString outcomeHeading = QStringLiteral("Decision Outcome");
    bool consequencesSection = false; ///< "## Consequences" (Nygard) rather than "### Consequences"
};

/**
 * Parts of a file the workspace has no field for. They are listed as notes
 * on import and written again when the file is updated in place, so an
 * export into the folder a record came from loses none of them.
 */
struct Extras
{
    QStringList frontMatter; ///< YAML lines of front matter keys not mapped (`parent: Decisions`)
    QStringList preamble;    ///< lines under the title not mapped (`Technical Story: …`)
    QStringList status;      ///< lines of `## Status` not mapped (`Amended by …`)
    QStringList sections;    ///< sections not mapped, heading included
    QString unknownStatus;   ///< a status ArchBoard does not know ("draft"), written again while the record's is not stated
    Layout layout;
};

/// Where a status came from; a stronger source wins when two disagree.
enum class StatusSource { None, List, Metadata, Section };

struct StatusText
{
    StatusSource source = StatusSource::None;
    int line = 0;
    QString text; ///< as written after "Status:"
};

/// One record file as read.
struct FileRecord
{
    QString file; ///< path or name, for messages
    DecisionRecord record;
    std::vector<DecisionOption> options;
    std::vector<DecisionLink> links;
    std::vector<DecisionFigure> figures;
    bool hasId = false;     ///< the id came from the archboard block
    bool hasNumber = false;
    QString successor;      ///< as written: "0003-use-go", "ADR-0003", "3"; an id when successorIsId
    bool successorIsId = false;
    int successorLine = 0;
    QStringList supersedes; ///< references of "Supersedes …" lines
    QStringList chosen;     ///< the archboard block's chosen options
    bool hasChosen = false;
    int titleLine = 0;
    Extras extras;
    QStringList notes;      ///< "file:line: what was not mapped"
};

/// Reads one file. False (with \a error naming the line) when it cannot be read.
bool readRecord(const QString &name, const QByteArray &content, FileRecord *out, InputError *error);

/// Reads the YAML of front matter or of the metadata comment (lines [begin, end) of \a lines,
/// \a offset = line number of the opening line) into \a out.
bool readMetadata(const QStringList &lines, int offset, const QString &block, FileRecord *out, StatusText *status, InputError *error);

/// A status text: the status, and the successor written after "superseded by".
struct ParsedStatus
{
    bool known = false;
    DecisionStatus status = DecisionStatus::Unstated;
    QString successor;
};
ParsedStatus parseStatus(const QString &text);

/// The file name part of a record reference ("[3. Use Go](0003-use-go.md)" → "0003-use-go").
QString referenceTarget(const QString &text);

/// The record files of \a dir (`NNNN-….md`, `YYYYMMDD-….md`), sorted by name.
QStringList recordFiles(const QString &dir);

} // namespace ArchBoard::Madr
