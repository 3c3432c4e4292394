#pragma once

#include "voting.h"

#include <QString>

namespace ArchBoard {

class Document;

namespace Voting {

/// Writes a revealed round into the open document as ONE undo step named
/// \a text, through the Document's verbs (the GUI's Reveal): new raters, the
/// kept round with every score, and each rater's scores in the matrix — the
/// same result as applyRound() on the workspace (tests/tst_voting compares
/// them). Returns false with \a error when a value is refused; nothing is
/// changed then.
bool revealInto(Document &document, const RoundResult &round, const QString &text, QString *error);

} // namespace Voting
} // namespace ArchBoard
