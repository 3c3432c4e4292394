#pragma once

#include "workspace.h"

#include <QString>

#include <optional>
#include <vector>

namespace ArchBoard {

struct SelectionResult;
class Document;

/**
 * The technology radar implied by the decision records and the selection
 * engine: one blip per candidate that is shortlisted or chosen by a record.
 * Pure functions of the Workspace, shared by the GUI and archboard-cli.
 *
 * Ring rules (docs/tech-radar.md), first match wins; decision records outrank
 * scores, and among records the most advanced status wins:
 * 1. Adopt  — chosen by an accepted record.
 * 2. Trial  — chosen by a proposed record.
 * 3. Hold   — chosen by a rejected, deprecated or superseded record (and by
 *             no accepted or proposed one: not re-chosen).
 * 4. Trial  — shortlisted and winner of at least one SLA tier.
 * 5. Hold   — shortlisted and knocked out in every SLA tier.
 * 6. Assess — shortlisted otherwise (ranked and not knocked out everywhere,
 *             or no tier yet).
 * A candidate neither shortlisted nor chosen by any record is left off the
 * radar and listed in TechRadar::omitted.
 *
 * A record "chooses" a candidate when one of its chosen options is named
 * like the candidate (its name or id, case-insensitive); a record without any
 * chosen option chooses the candidates it links to (LinkKind::Candidate).
 */

/// What a blip did since the last recorded export.
enum class RadarMovement { New, MovedIn, MovedOut, Unchanged };

/// Which rule put a blip in its ring.
enum class RadarBasis { AcceptedRecord, ProposedRecord, ClosedRecord, TierWinner, KnockedOut, Shortlisted };

/// One quadrant: a stable key (stored in the history), the English name
/// (ThoughtWorks BYOR needs exactly these) and the translated title.
struct RadarQuadrant
{
    QString key;
    QString name;
    QString title;
};

struct RadarBlip
{
    QString candidate;   ///< candidate id
    QString name;        ///< candidate name
    int quadrant = 0;    ///< index into Radar::quadrants()
    RadarRing ring = RadarRing::Assess;
    RadarBasis basis = RadarBasis::Shortlisted;
    QString decision;    ///< the record behind the ring, when a record decides it
    QString tier;        ///< the SLA tier behind the ring, when scores decide it
    std::optional<double> score; ///< that tier's score, 0 … 1
    QString reason;      ///< the rule in words, naming the record or tier and score
    RadarMovement movement = RadarMovement::New;
    std::optional<RadarRing> previousRing; ///< ring in the last export, when it was there
};

/// A candidate left off the radar, and why.
struct RadarOmission
{
    QString candidate;
    QString name;
    QString reason;
};

struct TechRadar
{
    QString previousExport;             ///< exportedAt of the export compared with; empty: none
    std::vector<RadarBlip> blips;       ///< in workspace order
    std::vector<RadarOmission> omitted; ///< candidates not on the radar
    std::vector<RadarEntry> dropped;    ///< on the previous export, no longer on the radar

    int count(RadarMovement movement) const;
};

namespace Radar {

/// The four quadrants in their export order (Zalando's quadrant index).
std::vector<RadarQuadrant> quadrants();
/// Quadrant index of a candidate category: language and framework share one.
int quadrantOf(CandidateCategory category);

TechRadar build(const Workspace &ws, const SelectionResult &selection);
/// The same, computing the selection first.
TechRadar build(const Workspace &ws);

/// The latest export in \a ws's radar history (the greatest exportedAt as a
/// date and time), or empty when nothing was exported yet.
QString latestExport(const Workspace &ws);
/// A timestamp for a new export: now (UTC, ISO 8601, seconds) or, when the
/// history already holds that second or a later one, one second past the latest.
QString nextExportTime(const Workspace &ws);

/// The rows to store in Workspace::radarHistory for this export.
std::vector<RadarEntry> historyEntries(const TechRadar &radar, const QString &exportedAt);
/// Appends this export to \a document's radar history as one undo step.
/// Returns false (leaving the history as it was, the reason in \a error)
/// when a row is refused, e.g. the document is read-only.
bool recordExport(Document *document, const TechRadar &radar, const QString &exportedAt, QString *error = nullptr);

/// Stable key of a movement: "new", "in", "out", "unchanged".
QString movementKey(RadarMovement movement);
/// "3 new, 1 moved in, …" and one line per moved, new or dropped blip.
QString movementSummary(const TechRadar &radar);

} // namespace Radar

} // namespace ArchBoard
