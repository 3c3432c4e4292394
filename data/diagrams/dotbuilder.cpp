#include "dotbuilder.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>

#include <graphviz/cgraph.h>

namespace ArchBoard::Dot {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Dot)
};

int putString(void *chan, const char *str)
{
    static_cast<QByteArray *>(chan)->append(str);
    return 0;
}

int flushNothing(void *)
{
    return 0;
}

bool isColour(const QString &c)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re.match(c).hasMatch();
}

const char *shapeName(NodeShape s)
{
    switch (s) {
    case NodeShape::Box:
    case NodeShape::RoundedBox: return "box";
    case NodeShape::Ellipse: return "ellipse";
    case NodeShape::Diamond: return "diamond";
    case NodeShape::Note: return "note";
    case NodeShape::Plain: return "plaintext";
    }
    return "box";
}

/// Sets one attribute; names come from this file only (the allow-list).
void set(void *object, const char *name, const QString &value)
{
    QByteArray v = value.toUtf8();
    agsafeset(object, const_cast<char *>(name), v.data(), const_cast<char *>(""));
}

} // namespace

namespace {

QString escaped(const QString &text, int maxLength, QStringView backslash)
{
    QString s = text.size() > maxLength ? text.left(maxLength - 1) + QStringLiteral("…") : text;
    QString out;
    out.reserve(s.size() + 8);
    for (QChar c : s) {
        if (c == u'&') {
            out += QStringLiteral("&amp;"); // Graphviz decodes entities (&lt; …) in every label
        } else if (c == u'\\') {
            out += backslash;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            continue; // control and bidi/format characters: not text a board wants to see
        } else {
            out += c;
        }
    }
    // Graphviz 2.43 writes "-", "." and "-." unquoted, as if they were numbers,
    // and then cannot read them back: a trailing space makes it quote them.
    if (!out.isEmpty() && out.size() <= 2 && out.count(u'-') + out.count(u'.') == out.size() && out.count(u'-') <= 1 && out.count(u'.') <= 1)
        out += u' ';
    return out;
}

} // namespace

QString escapeText(const QString &text, int maxLength)
{
    return escaped(text, maxLength, u"\\\\");
}

QString escapeTooltip(const QString &text, int maxLength)
{
    // Graphviz expands escapes in a tooltip twice (once as a label, once as
    // a tooltip): "\\\\N" becomes "\\N", then "\N" shown as is.
    return escaped(text, maxLength, u"\\\\\\\\");
}

DotResult build(const Diagram &diagram, const DotLimits &limits)
{
    DotResult result;
    if (diagram.nodes.size() > limits.maxNodes) {
        result.error = Text::tr("The diagram has %1 nodes; at most %2 are drawn. Filter the model or split the diagram.")
                           .arg(diagram.nodes.size()).arg(limits.maxNodes);
        return result;
    }
    if (diagram.edges.size() > limits.maxEdges) {
        result.error = Text::tr("The diagram has %1 edges; at most %2 are drawn.").arg(diagram.edges.size()).arg(limits.maxEdges);
        return result;
    }

    // cgraph keeps global state (its prototype graph, error handler): one graph at a time.
    static QMutex cgraphMutex;
    const QMutexLocker lock(&cgraphMutex);
    Agiodisc_t io{nullptr, &putString, &flushNothing};
    Agdisc_t disc{&AgMemDisc, &AgIdDisc, &io};
    QByteArray name = QByteArrayLiteral("archboard");
    Agraph_t *g = agopen(name.data(), Agdirected, &disc);
    set(g, "rankdir", diagram.leftToRight ? QStringLiteral("LR") : QStringLiteral("TB"));
    set(g, "fontname", QStringLiteral("Noto Sans CJK SC,Noto Sans,sans-serif"));
    set(g, "fontsize", QStringLiteral("12"));
    set(g, "nodesep", QStringLiteral("0.4"));
    set(g, "ranksep", QStringLiteral("0.5"));
    if (!diagram.clusters.isEmpty())
        set(g, "newrank", QStringLiteral("true"));
    if (diagram.nodes.size() > limits.hugeNodes || diagram.edges.size() > limits.hugeEdges) {
        result.layout = DotLayout::ForceDirected;
        set(g, "layout", QStringLiteral("sfdp"));
        set(g, "overlap", QStringLiteral("prism"));
        set(g, "splines", QStringLiteral("line"));
    } else if (diagram.nodes.size() > limits.largeNodes || diagram.edges.size() > limits.largeEdges) {
        result.layout = DotLayout::Capped;
        set(g, "splines", QStringLiteral("line"));
        set(g, "nslimit", QStringLiteral("0.2"));
        set(g, "nslimit1", QStringLiteral("0.2"));
        set(g, "mclimit", QStringLiteral("0.3"));
    }
    if (!diagram.title.isEmpty()) {
        set(g, "label", escapeText(diagram.title, limits.maxLabel));
        set(g, "labelloc", QStringLiteral("t"));
    }
    // Defaults once, so the per-element attributes stay few.
    agattr(g, AGNODE, const_cast<char *>("fontname"), const_cast<char *>("Noto Sans CJK SC,Noto Sans,sans-serif"));
    agattr(g, AGNODE, const_cast<char *>("fontsize"), const_cast<char *>("11"));
    agattr(g, AGEDGE, const_cast<char *>("fontname"), const_cast<char *>("Noto Sans CJK SC,Noto Sans,sans-serif"));
    agattr(g, AGEDGE, const_cast<char *>("fontsize"), const_cast<char *>("10"));

    QHash<QString, Agraph_t *> clusters;
    int clusterIndex = 0;
    for (const DiagramCluster &c : diagram.clusters) {
        QByteArray cname = QByteArrayLiteral("cluster_") + QByteArray::number(clusterIndex++);
        Agraph_t *sub = agsubg(g, cname.data(), 1);
        set(sub, "label", escapeText(c.label, limits.maxLabel));
        set(sub, "style", QStringLiteral("rounded"));
        if (isColour(c.color))
            set(sub, "color", c.color);
        clusters.insert(c.id, sub);
    }

    QHash<QString, Agnode_t *> nodes;
    int index = 0;
    for (const DiagramNode &n : diagram.nodes) {
        if (nodes.contains(n.id)) {
            agclose(g);
            result.error = Text::tr("Two nodes of the diagram have the id “%1”.").arg(n.id);
            return result;
        }
        const QString id = QStringLiteral("node-%1").arg(index++);
        QByteArray nodeName = id.toLatin1();
        Agraph_t *owner = clusters.value(n.cluster, g);
        Agnode_t *node = agnode(owner, nodeName.data(), 1);
        nodes.insert(n.id, node);
        set(node, "id", id);
        set(node, "label", escapeText(n.label, limits.maxLabel));
        if (!n.tooltip.isEmpty())
            set(node, "tooltip", escapeTooltip(n.tooltip, limits.maxLabel));
        set(node, "shape", QString::fromLatin1(shapeName(n.shape)));
        QStringList style;
        if (n.shape == NodeShape::RoundedBox)
            style << QStringLiteral("rounded");
        if (isColour(n.fillColor)) {
            style << QStringLiteral("filled");
            set(node, "fillcolor", n.fillColor);
        }
        if (n.bold)
            style << QStringLiteral("bold");
        if (!style.isEmpty())
            set(node, "style", style.join(u','));
        if (isColour(n.color))
            set(node, "color", n.color);
        if (isColour(n.fontColor))
            set(node, "fontcolor", n.fontColor);
        if (n.bold)
            set(node, "penwidth", QStringLiteral("2.5"));
        if (!n.element.isEmpty())
            result.elements.insert(id, n.element);
    }

    index = 0;
    for (const DiagramEdge &e : diagram.edges) {
        Agnode_t *from = nodes.value(e.from);
        Agnode_t *to = nodes.value(e.to);
        if (!from || !to) {
            agclose(g);
            result.error = Text::tr("An edge of the diagram joins “%1” and “%2”, which are not both in it.").arg(e.from, e.to);
            return result;
        }
        const QString id = QStringLiteral("edge-%1").arg(index++);
        QByteArray edgeName = id.toLatin1();
        Agedge_t *edge = agedge(g, from, to, edgeName.data(), 1);
        set(edge, "id", id);
        if (!e.label.isEmpty())
            set(edge, "label", escapeText(e.label, limits.maxLabel));
        if (!e.tooltip.isEmpty())
            set(edge, "tooltip", escapeTooltip(e.tooltip, limits.maxLabel));
        if (isColour(e.color)) {
            set(edge, "color", e.color);
            set(edge, "fontcolor", e.color);
        }
        QStringList style;
        if (e.dashed)
            style << QStringLiteral("dashed");
        if (e.bold)
            style << QStringLiteral("bold");
        if (!style.isEmpty())
            set(edge, "style", style.join(u','));
        if (e.bold)
            set(edge, "penwidth", QStringLiteral("2.5"));
        if (e.bothWays)
            set(edge, "dir", QStringLiteral("both"));
        if (!e.element.isEmpty())
            result.elements.insert(id, e.element);
    }

    QByteArray out;
    agwrite(g, &out);
    agclose(g);
    result.dot = out;
    return result;
}

} // namespace ArchBoard::Dot
