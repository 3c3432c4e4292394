#pragma once

#include "workspace.h"
#include "workspacediff.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace ArchBoard {

/// A change that the two sides of a merge made in ways that do not combine.
struct MergeConflict
{
    enum class Kind {
        BothChanged,    ///< the same field changed to two different values
        BothAdded,      ///< both sides added the element with different values
        ChangedRemoved, ///< ours changed the element, theirs removed it (ours kept)
        RemovedChanged, ///< ours removed the element, theirs changed it (theirs kept)
        Order,          ///< both sides reordered an ordered table (rules) differently (ours kept)
        Invalid,        ///< the combination breaks a rule neither side broke (e.g. a reference to a removed element)
    };
    Kind kind = Kind::BothChanged;
    TableId table = TableId::Workspace;
    QString key;    ///< ElementKeys key of the element
    int field = -1; ///< -1 for the whole element
    QVariant base;  ///< BothChanged: the common ancestor's value
    QVariant ours;
    QVariant theirs;
    int rowOurs = -1;   ///< rows in the three versions, -1 where the element is not
    int rowTheirs = -1;
    int rowBase = -1;
    int rowMerged = -1; ///< row in the merged workspace (what was kept), -1 when not there
    QString message;    ///< Invalid: what is wrong
};

struct MergeResult
{
    Workspace merged;
    std::vector<MergeConflict> conflicts;
    int fromTheirs = 0; ///< changes of theirs taken over
    bool clean() const { return conflicts.empty(); }
};

namespace WorkspaceMerge {

/**
 * Three-way merge by element and field: starts from \a ours and takes each
 * change \a theirs made to \a base (added, removed and changed elements,
 * field by field; the order of ordered tables) unless ours changed the same
 * thing another way. Conflicts keep ours' value (or the edited element, when
 * the other side removed it), so the result is always a complete workspace.
 * Rules the combination breaks that neither side broke (validateWorkspace
 * errors: a reference to an element the other side removed, a repeated unique
 * key) are conflicts too. Pure function.
 */
MergeResult merge(const Workspace &base, const Workspace &ours, const Workspace &theirs);

/// "tier_weights[gold / cold-start].weight: ours 0.3, theirs 0.35 (base 0.25); kept ours" — one line.
QString describe(const MergeConflict &conflict, const Workspace &base, const Workspace &ours, const Workspace &theirs);
/// "tier_weights[gold / cold-start].weight" — where a conflict is.
QString where(const MergeConflict &conflict);
/// "both_changed", "both_added", … for JSON and scripts.
QString kindKey(MergeConflict::Kind kind);

} // namespace WorkspaceMerge

} // namespace ArchBoard
