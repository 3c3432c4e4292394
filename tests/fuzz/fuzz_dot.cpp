// DOT label escaping. Invariant: any text as a label and a tooltip gives DOT
// that cgraph reads back, with the attribute values we set (no injection of
// other attributes, nodes or graphs).
#include "diagram.h"
#include "dotbuilder.h"
#include "fuzzcheck.h"

#include <graphviz/cgraph.h>

namespace ArchBoard::Fuzz {

int fuzzDot(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Diagram d;
    d.name = QStringLiteral("fuzz");
    d.title = text;
    DiagramNode a;
    a.id = QStringLiteral("a");
    a.label = text;
    a.tooltip = text;
    DiagramNode b;
    b.id = QStringLiteral("b");
    b.label = QStringLiteral("b");
    d.nodes = {a, b};
    DiagramEdge e;
    e.from = a.id;
    e.to = b.id;
    e.label = text;
    e.tooltip = text;
    d.edges = {e};
    const DotResult dot = Dot::build(d);
    if (!dot.error.isEmpty())
        Fuzz::fail("a diagram with any text is refused", dot.error);
    Agraph_t *g = agmemread(dot.dot.constData());
    if (!g)
        Fuzz::fail("cgraph cannot read the DOT we wrote", QString::fromUtf8(dot.dot));
    int nodes = 0;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        ++nodes;
        const char *label = agget(n, const_cast<char *>("label"));
        const QByteArray expected = (QByteArrayView(agnameof(n)) == "node-0" ? Dot::escapeText(text) : QStringLiteral("b")).toUtf8();
        if (!label || expected != label)
            Fuzz::fail("a node label changed on the way through DOT", QString::fromUtf8(dot.dot));
    }
    if (nodes != 2 || agnedges(g) != 1)
        Fuzz::fail("the text added nodes or edges", QString::fromUtf8(dot.dot));
    agclose(g);
    return 0;
}

} // namespace ArchBoard::Fuzz
