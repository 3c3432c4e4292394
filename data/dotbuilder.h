#pragma once

#include "diagram.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace ArchBoard {

/// Bounds on what is handed to Graphviz: it can crash or hang on huge graphs.
struct DotLimits
{
    int maxNodes = 5000;
    int maxEdges = 20000;
    int maxLabel = 400; ///< longer labels are cut with "…"
};

struct DotResult
{
    QByteArray dot;   ///< empty on failure
    QString error;
    /// SVG element id (node-N, edge-N) → model element ("context:orders"), for clicks.
    QHash<QString, QString> elements;
};

/**
 * Turns a Diagram into DOT through Graphviz's cgraph API, never by pasting
 * strings: every user text goes through escapeText(), attributes come from a
 * fixed list, colours must be #rrggbb, element ids are generated (node-N), and
 * the size is bounded. Runs on the caller's thread; it does not lay out.
 */
namespace Dot {
DotResult build(const Diagram &diagram, const DotLimits &limits = {});
/// A label value Graphviz shows literally: backslashes doubled (so \N, \G, \E,
/// \T, \H, \L stay text), & as &amp; (Graphviz decodes entities in labels),
/// line breaks as \n, control characters dropped.
QString escapeText(const QString &text, int maxLength = 400);
} // namespace Dot

} // namespace ArchBoard
