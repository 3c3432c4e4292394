#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QTransform>

class QSvgRenderer;

namespace ArchBoard {

/**
 * The shapes Graphviz drew for each node and edge, read back from its SVG
 * (the groups with the ids the DOT builder gave: node-N, edge-N). Used to
 * know what a click hit and to outline selected elements; coordinates are
 * those of the item that shows the SVG (see read()).
 */
class SvgElements
{
public:
    /// Reads \a svg as \a renderer shows it in \a itemRect (QGraphicsSvgItem::boundingRect()).
    void read(const QByteArray &svg, const QSvgRenderer &renderer, const QRectF &itemRect);
    void clear() { m_shapes.clear(); }
    bool isEmpty() const { return m_shapes.isEmpty(); }

    /// The id (node-N or edge-N) at \a point: a node's shape, else the edge
    /// nearest within \a tolerance or whose label is there; empty otherwise.
    QString idAt(const QPointF &point, qreal tolerance) const;
    /// The outline of a node, or the line, arrowheads and label box of an edge.
    QPainterPath outline(const QString &id) const;
    QRectF bounds(const QString &id) const;

private:
    struct Shape
    {
        QString id;
        bool node = false;
        QPainterPath area;    ///< closed shapes (node outline, arrowheads)
        QPainterPath line;    ///< open paths (edge curves)
        QList<QRectF> labels; ///< text boxes
    };
    QList<Shape> m_shapes;
};

} // namespace ArchBoard
