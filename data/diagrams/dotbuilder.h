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
    /// Past either bound the layout effort is capped (see Dot::build).
    int largeNodes = 150;
    int largeEdges = 300;
    /// Past either bound the graph is laid out force-directed (sfdp).
    int hugeNodes = 1000;
    int hugeEdges = 600;
};

/// How Graphviz is asked to lay a graph out.
enum class DotLayout {
    Layered, ///< dot, full effort
    Capped,  ///< dot with straight edges and bounded iterations
    ForceDirected, ///< sfdp: no ranks, no clusters, overlaps removed
};

struct DotResult
{
    QByteArray dot;   ///< empty on failure
    QString error;
    DotLayout layout = DotLayout::Layered;
    /// SVG element id (node-N, edge-N) → model element ("context:orders"), for clicks.
    QHash<QString, QString> elements;
};

/**
 * Turns a Diagram into DOT through Graphviz's cgraph API, never by pasting
 * strings: every user text goes through escapeText(), attributes come from a
 * fixed list, colours must be #rrggbb, element ids are generated (node-N), and
 * the size is bounded. Runs on the caller's thread (any thread: calls are
 * serialised, cgraph has global state); it does not lay out.
 *
 * Graphs with clusters get newrank=true (Graphviz 2.43 fails with "trouble
 * in init_rank" on some clustered graphs without it). dot's spline routing
 * and x positioning grow far faster than the graph (800 relations among 500
 * contexts: over two minutes), so large graphs (past DotLimits::largeNodes
 * or largeEdges) get straight edges and capped network-simplex and
 * crossing-minimisation effort, and huge ones (past hugeNodes or hugeEdges)
 * are laid out force-directed by sfdp, which takes about a second where dot
 * would take many minutes.
 */
namespace Dot {
DotResult build(const Diagram &diagram, const DotLimits &limits = {});
/// A label value Graphviz shows literally: backslashes doubled (so \N, \G, \E,
/// \T, \H, \L stay text), & as &amp; (Graphviz decodes entities in labels),
/// line breaks as \n, control characters dropped.
QString escapeText(const QString &text, int maxLength = 400);
/// A tooltip value Graphviz shows literally: like escapeText(), but Graphviz
/// expands escapes in tooltips twice, so each backslash is written four times.
QString escapeTooltip(const QString &text, int maxLength = 400);
} // namespace Dot

} // namespace ArchBoard
