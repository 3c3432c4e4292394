#pragma once

#include "schema.h"

#include <QString>
#include <QStringList>

namespace ArchBoard {

struct Workspace;

/**
 * What a workspace must meet to be written and read back, in both formats:
 * the readers' rules, enforced on every write path so that whatever an
 * importer or editor accepts, the saved file opens again.
 *
 * - One-line fields (everything but LongText) hold no line break.
 * - A text value holds at most maxTextBytes of UTF-8, and a row at most
 *   maxRowBytes (SQLite's length limit as the reader sets it).
 * - Numbers are finite.
 */
namespace FileRules {

/// The reader's bound on one value or row (SQLITE_LIMIT_LENGTH in the SQLite reader).
constexpr qint64 maxRowBytes = 16'000'000;
/// The bound on one text value: editors and importers stay below it.
constexpr qint64 maxTextBytes = 1'000'000;

/// Whether \a ws reads back after a write; false with "table[row].field: why" in \a error.
bool checkWritable(const Workspace &ws, QString *error);

/**
 * Makes imported rows meet the rules: line breaks in one-line fields become
 * spaces, text past maxTextBytes is cut (at a character boundary, with "…").
 * Returns one note per value changed ("services[3].name: line break replaced by a space").
 */
QStringList makeWritable(Workspace *ws);
/// As above, for the rows of \a tables only.
QStringList makeWritable(Workspace *ws, std::initializer_list<TableId> tables);

/**
 * Brings the fields the engines size their work by (FieldFlag::Clamped:
 * horizon years, Monte Carlo runs) into their range. Called by the readers;
 * returns one finding per value changed, for the load's warnings.
 */
QStringList clampOnRead(Workspace *ws);

/// "table[row].field", as validation findings and the CLI name places.
QString where(TableId table, int row, int field);

} // namespace FileRules

} // namespace ArchBoard
