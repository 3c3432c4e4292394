#pragma once

#include <QList>
#include <QString>

namespace ArchBoard {

struct Workspace;
struct SelectionResult;

/// The shapes a diagram node may take (no record shapes: their labels are a
/// little language of their own).
enum class NodeShape { Box, RoundedBox, Ellipse, Diamond, Note, Plain };

struct DiagramNode
{
    QString id;          ///< unique within the diagram
    QString label;       ///< plain text; may contain line breaks
    QString tooltip;
    NodeShape shape = NodeShape::Box;
    QString fillColor;   ///< #rrggbb or empty
    QString color;       ///< outline, #rrggbb or empty
    QString fontColor;   ///< #rrggbb or empty
    bool bold = false;   ///< thicker outline (a highlighted path)
    QString cluster;     ///< id of a DiagramCluster, or empty
    QString element;     ///< model element it shows ("context:orders"), for selection
};

struct DiagramEdge
{
    QString from;
    QString to;
    QString label;
    QString tooltip;
    QString color;
    bool bold = false;
    bool dashed = false;
    QString element;
    bool bothWays = false; ///< a symmetric relation (Partnership, Shared Kernel): arrows at both ends
};

struct DiagramCluster
{
    QString id;
    QString label;
    QString color;
};

/**
 * A diagram as the model sees it: nodes, edges and clusters with plain-text
 * labels and a few visual attributes. Nothing here is Graphviz syntax; the
 * DOT builder in data/ turns it into a graph, escaping every text.
 */
struct Diagram
{
    QString name;   ///< file-name stem when exported
    QString title;
    bool leftToRight = false;
    QList<DiagramCluster> clusters;
    QList<DiagramNode> nodes;
    QList<DiagramEdge> edges;
};

namespace Diagrams {
/// White text on dark fills, near-black on light ones (relative luminance).
QString textColourOn(const QString &fill);

/**
 * The decision rules as a tree: each rule's conditions ask a question, "yes"
 * leads to the rule's candidate, "no" to the next rule. With \a subjectContext
 * (a bounded context id) or \a subjectTier (a tier id) the path the rules
 * take for that subject is highlighted.
 */
Diagram decisionTree(const Workspace &ws, const QString &subjectContext = {}, const QString &subjectTier = {});
} // namespace Diagrams

} // namespace ArchBoard
