#pragma once

#include "schema.h"

#include <QList>
#include <QString>

namespace ArchBoard {

struct Workspace;

/// One problem found in a workspace: where it is and what is wrong.
struct ValidationFinding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    TableId table = TableId::Workspace;
    int row = 0;    ///< 0-based row in the table
    int field = -1; ///< -1 when the finding concerns the whole row
    QString message;

    /// "candidates[2].name" — the path used in files and the CLI.
    QString path() const;
    QString severityKey() const; ///< "error" / "warning"
};

/**
 * Checks referential integrity (every reference points at an existing row,
 * ids and unique keys are unique), value ranges and the consistency rules a
 * board relies on (threshold bands in order, superseded records name their
 * successor, rule conditions compare like with like). Pure function of the model.
 */
QList<ValidationFinding> validateWorkspace(const Workspace &workspace);

} // namespace ArchBoard
