#pragma once

#include "workspacediff.h"

#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <vector>

namespace ArchBoard::Testing {

/// One edit of applyRandomEdits(), as a diff must report it.
struct RandomEdit
{
    TableId table = TableId::Workspace;
    QString key;
    ElementChange::Kind kind = ElementChange::Kind::Changed;
    QSet<int> fields; ///< Changed: the fields set to a new value
    /// "table key kind field,field" — comparable with describe(ElementChange).
    QString describe() const;
};

/// The same line for a change the diff found.
QString describe(const ElementChange &change);

/**
 * Applies up to \a count edits to distinct elements of \a ws, straight on the
 * model (no validation): one or two non-key fields set to another valid value,
 * a row removed (only one whose key does not repeat, so no other row is
 * renumbered), or a copy of a row added with a fresh key (\a prefix + n).
 * Elements whose "table key" is in \a avoid are left alone; edited ones are
 * added to it.
 */
std::vector<RandomEdit> applyRandomEdits(Workspace &ws, QRandomGenerator &rng, int count, QSet<QString> *avoid = nullptr,
                                         const QString &prefix = QStringLiteral("new"));

/// "table key" of an element, as \a avoid holds them.
QString elementId(TableId table, const QString &key);

} // namespace ArchBoard::Testing
