#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ArchBoard {

struct TechRadar;

/**
 * Technology radar exports (docs/tech-radar.md):
 * - Zalando tech-radar JSON: the object `radar_visualization()` is configured
 *   with — `date`, `quadrants` [{name}], `rings` [{name, color}] and
 *   `entries` [{label, quadrant 0…3, ring 0…3, moved, active, description}].
 *   `moved` is −1 moved out, 0 unchanged, 1 moved in, 2 new (radar.js ≥ 0.9
 *   draws a star; older versions draw any positive value as moved in).
 *   Labels are data: radar.js sets them as text, nothing is escaped.
 * - ThoughtWorks Build Your Own Radar CSV: `name,ring,quadrant,isNew,description`
 *   with BYOR's English ring and quadrant names, isNew TRUE/FALSE. BYOR renders
 *   names and descriptions as HTML, so `<`, `>`, `&` and `"` are escaped; every
 *   cell goes through csvField (quoted, no formula).
 */
namespace RadarFormat {

enum class Kind { ZalandoJson, ByorCsv };

/// The format a file name asks for (.json or .csv, any case); nullopt otherwise.
std::optional<Kind> kindOf(const QString &fileName);

/// \a date is shown by the visualisation as the radar's date.
QByteArray zalandoJson(const TechRadar &radar, const QString &date);
QByteArray byorCsv(const TechRadar &radar);

/// Writes \a radar to \a fileName in the format its extension names, through
/// QSaveFile. Returns false with a message naming the file in \a error.
bool write(const TechRadar &radar, const QString &fileName, const QString &date, QString *error);

} // namespace RadarFormat

} // namespace ArchBoard
