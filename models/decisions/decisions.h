#pragma once

#include "schema.h"
#include "workspace.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace ArchBoard {

/**
 * Decision records drafted from the live model, and the checks that tell
 * when a record's frozen figures no longer match the model (docs/decision-records.md).
 *
 * Figure keys name one live figure each; liveFigure() resolves them:
 * - `selection/<tier>/winner` (text: candidate id), `selection/<tier>/stability`
 *   (text), `selection/<tier>/min_distance_pp`, `selection/<tier>/margin_pp`
 *   (winner's score − runner-up's, percentage points)
 * - `selection/<tier>/share/<criterion>` (weight share, %)
 * - `selection/<tier>/score/<candidate>` (%), `selection/<tier>/rank/<candidate>`,
 *   `selection/<tier>/knocked_out/<candidate>` (text "yes"/"no"),
 *   `selection/<tier>/contribution/<candidate>/<criterion>` (percentage points)
 * - `tco/<scenario>/total_usd`, `tco/<scenario>/delta_usd` (to the baseline),
 *   `tco/<scenario>/language/<candidate>/total_usd`
 * - `fragmentation/<metric>/value`, `fragmentation/<metric>/level` (text)
 */
namespace Decisions {

/// A drafted record with its rows, ready to be added to a workspace.
struct Draft
{
    DecisionRecord record;
    std::vector<DecisionOption> options;
    std::vector<DecisionLink> links;
    std::vector<DecisionFigure> figures;
};

/**
 * Drafts a MADR record for the SLA tier \a tierId from the engines' results:
 * the next free number, the tier's targets as context, its weighted criteria
 * as drivers, the ranked candidates as options (pros and cons from their
 * per-criterion contributions and knock-outs), the winner with score, margin
 * and sensitivity as outcome, the TCO differences between scenarios and the
 * fragmentation risks as consequences, links to the tier, candidates,
 * scenarios and the tier's contexts, and every figure used as a snapshot.
 * An unknown tier gives a record without options that says so in its context.
 */
Draft draftFromAnalysis(const Workspace &ws, const QString &tierId, const QDate &date);

/// Appends \a draft to \a ws (ids and number kept as drafted).
void addDraft(Workspace *ws, const Draft &draft);

/// The SLA tier record \a decision decides for: the id of its first tier link,
/// empty when it links none (a record imported or written by hand).
QString tierOf(const Workspace &ws, const QString &decision);

/**
 * Supersedes record \a oldId by \a draft, in place of the board retyping a
 * stale record: the draft is added, the old record becomes Superseded by it,
 * and the old record's links move to the new one (each link once), so no
 * superseded record stays linked to the model (Validation warns about that).
 * The old record keeps its text, options and frozen figures. Returns false and
 * changes nothing when \a oldId names no record or names the draft itself.
 */
bool supersedeWithDraft(Workspace *ws, const QString &oldId, Draft draft);

/// The next free record number (highest + 1; 1 for none).
int nextNumber(const Workspace &ws);
/// An id not used by any record: "adr-0007", else "adr-0007-2", ….
QString freeId(const Workspace &ws, int number);

/// A live figure: a number or a text (a winner, a risk level).
struct LiveFigure
{
    std::optional<double> value;
    QString text;
    bool operator==(const LiveFigure &) const = default;
};

/**
 * Resolves figure keys against one workspace, running each engine at most
 * once (selection, each scenario's TCO, fragmentation) and only when a key
 * asks for it.
 */
class FigureSource
{
public:
    explicit FigureSource(const Workspace &ws);
    ~FigureSource();
    FigureSource(const FigureSource &) = delete;
    FigureSource &operator=(const FigureSource &) = delete;

    /// nullopt when the key names nothing that exists now.
    std::optional<LiveFigure> figure(const QString &key);

private:
    struct Cache;
    const Workspace &m_ws;
    std::unique_ptr<Cache> m_cache;
};

/// One-off form of FigureSource::figure().
std::optional<LiveFigure> liveFigure(const Workspace &ws, const QString &key);

/// Whether \a snapshot still equals \a live (numbers within a relative 1e-9).
bool sameFigure(const DecisionFigure &snapshot, const LiveFigure &live);

/// A snapshot figure whose live value differs now, or that no longer exists.
struct StaleFigure
{
    int figureRow = -1;             ///< row in Workspace::decisionFigures
    QString decision;               ///< the record's id
    DecisionFigure snapshot;
    std::optional<LiveFigure> live; ///< missing: the figure no longer exists
};

/// Stale figures of every record (\a decision empty) or of one record.
std::vector<StaleFigure> staleFigures(const Workspace &ws, const QString &decision = {});

/// "0.5 %", "yes", "1 234.5 USD": a figure as the board reads it.
QString formatFigure(const std::optional<double> &value, const QString &text, const QString &unit, int digits = 6);

/// A stale figure's old and new value as the board reads them: six significant
/// digits, more when six would show the same number twice.
std::pair<QString, QString> formatChange(const StaleFigure &figure);

/// One problem of a record for the validation panel and `validate`.
struct RecordWarning
{
    TableId table = TableId::Decisions;
    int row = 0;    ///< row in \a table
    int field = -1;
    QString message;
};

/**
 * Stale snapshot figures ("ADR-0003: figure “…” was X, now Y") and
 * superseded records that are still linked to model elements. Pure function
 * of the workspace; validateWorkspace() reports these as warnings.
 */
std::vector<RecordWarning> recordWarnings(const Workspace &ws);

/// Rows of the records that link to element \a element of kind \a kind.
std::vector<int> recordsLinkedTo(const Workspace &ws, LinkKind kind, const QString &element);

/// "ADR-0003" for a number.
QString label(int number);

} // namespace Decisions

} // namespace ArchBoard
