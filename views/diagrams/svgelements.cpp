#include "svgelements.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainterPathStroker>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <limits>

namespace ArchBoard {

namespace {

QList<QPointF> points(QStringView text)
{
    QList<QPointF> out;
    const QList<QStringView> pairs = text.split(u' ', Qt::SkipEmptyParts);
    for (QStringView pair : pairs) {
        const qsizetype comma = pair.indexOf(u',');
        if (comma < 0)
            continue;
        bool okX = false;
        bool okY = false;
        const double x = pair.left(comma).toDouble(&okX);
        const double y = pair.mid(comma + 1).toDouble(&okY);
        if (okX && okY)
            out << QPointF(x, y);
    }
    return out;
}

/// The absolute M, L, C and Z commands Graphviz writes; anything else ends the path.
QPainterPath svgPath(QStringView d)
{
    static const QRegularExpression token(QStringLiteral("[MLCZmlcz]|-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?"));
    QPainterPath path;
    QChar command;
    QList<double> numbers;
    auto flush = [&]() -> bool {
        if (command == u'M' && numbers.size() >= 2) {
            path.moveTo(numbers[0], numbers[1]);
            for (qsizetype i = 2; i + 1 < numbers.size(); i += 2)
                path.lineTo(numbers[i], numbers[i + 1]);
        } else if (command == u'L') {
            for (qsizetype i = 0; i + 1 < numbers.size(); i += 2)
                path.lineTo(numbers[i], numbers[i + 1]);
        } else if (command == u'C') {
            for (qsizetype i = 0; i + 5 < numbers.size(); i += 6)
                path.cubicTo(numbers[i], numbers[i + 1], numbers[i + 2], numbers[i + 3], numbers[i + 4], numbers[i + 5]);
        } else if (!command.isNull() && command != u'Z') {
            return false;
        }
        numbers.clear();
        return true;
    };
    for (const QRegularExpressionMatch &m : token.globalMatch(d)) {
        const QStringView t = m.capturedView();
        if (t.size() == 1 && t.front().isLetter()) {
            if (!flush())
                return path;
            command = t.front();
            if (command == u'Z' || command == u'z')
                path.closeSubpath();
        } else {
            numbers << t.toDouble();
        }
    }
    flush();
    return path;
}

} // namespace

void SvgElements::read(const QByteArray &svg, const QSvgRenderer &renderer, const QRectF &itemRect)
{
    m_shapes.clear();
    const QRectF box = renderer.viewBoxF();
    if (box.isEmpty() || itemRect.isEmpty())
        return;
    const QTransform toItem = QTransform::fromTranslate(-box.x(), -box.y())
        * QTransform::fromScale(itemRect.width() / box.width(), itemRect.height() / box.height())
        * QTransform::fromTranslate(itemRect.x(), itemRect.y());
    static const QRegularExpression elementId(QStringLiteral("^(node|edge)-\\d+$"));

    QXmlStreamReader xml(svg);
    int depth = 0;
    int shapeDepth = -1;
    Shape shape;
    QTransform transform;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType type = xml.readNext();
        if (type == QXmlStreamReader::EndElement) {
            if (depth == shapeDepth) {
                m_shapes.append(shape);
                shapeDepth = -1;
            }
            --depth;
            continue;
        }
        if (type != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QXmlStreamAttributes a = xml.attributes();
        const QStringView name = xml.name();
        if (shapeDepth < 0) {
            if (name == u"g" && elementId.match(a.value(QLatin1StringView("id"))).hasMatch()) {
                shapeDepth = depth;
                shape = Shape();
                shape.id = a.value(QLatin1StringView("id")).toString();
                shape.node = shape.id.startsWith(u'n');
                transform = renderer.transformForElement(shape.id) * toItem;
            }
            continue;
        }
        if (name == u"polygon") {
            QPainterPath p;
            p.addPolygon(QPolygonF(points(a.value(QLatin1StringView("points")))));
            p.closeSubpath();
            shape.area.addPath(transform.map(p));
        } else if (name == u"ellipse") {
            QPainterPath p;
            const QPointF c(a.value(QLatin1StringView("cx")).toDouble(), a.value(QLatin1StringView("cy")).toDouble());
            p.addEllipse(c, a.value(QLatin1StringView("rx")).toDouble(), a.value(QLatin1StringView("ry")).toDouble());
            shape.area.addPath(transform.map(p));
        } else if (name == u"path" || name == u"polyline") {
            QPainterPath p = name == u"path" ? svgPath(a.value(QLatin1StringView("d"))) : QPainterPath();
            if (name == u"polyline") {
                const QList<QPointF> ps = points(a.value(QLatin1StringView("points")));
                if (!ps.isEmpty())
                    p.addPolygon(QPolygonF(ps));
            }
            (shape.node ? shape.area : shape.line).addPath(transform.map(p));
        } else if (name == u"text") {
            QFont font(a.value(QLatin1StringView("font-family")).toString().section(u',', 0, 0));
            font.setPixelSize(qMax(1, qRound(a.value(QLatin1StringView("font-size")).toDouble())));
            const QPointF at(a.value(QLatin1StringView("x")).toDouble(), a.value(QLatin1StringView("y")).toDouble());
            const QStringView anchor = a.value(QLatin1StringView("text-anchor"));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            --depth; // readElementText() consumed the end element
            const QFontMetricsF metrics(font);
            const qreal width = metrics.horizontalAdvance(text);
            const qreal left = anchor == u"middle" ? at.x() - width / 2 : anchor == u"end" ? at.x() - width : at.x();
            shape.labels << transform.mapRect(QRectF(left, at.y() - metrics.ascent(), width, metrics.height()));
        }
    }
    if (xml.hasError())
        m_shapes.clear();
}

QString SvgElements::idAt(const QPointF &point, qreal tolerance) const
{
    for (const Shape &s : m_shapes) {
        if (s.node && s.area.contains(point))
            return s.id;
    }
    QString best;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (const Shape &s : m_shapes) {
        if (s.node)
            continue;
        for (const QRectF &label : s.labels) {
            if (label.contains(point))
                return s.id;
        }
        if (s.area.contains(point))
            return s.id;
        // Nearest edge line within the tolerance: grow the stroke until it covers the point.
        if (!s.line.boundingRect().adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point))
            continue;
        for (qreal width = tolerance / 2; width <= tolerance * 2; width += tolerance / 2) {
            QPainterPathStroker stroker;
            stroker.setWidth(width);
            if (stroker.createStroke(s.line).contains(point)) {
                if (width < bestDistance) {
                    bestDistance = width;
                    best = s.id;
                }
                break;
            }
        }
    }
    return best;
}

QPainterPath SvgElements::outline(const QString &id) const
{
    for (const Shape &s : m_shapes) {
        if (s.id != id)
            continue;
        QPainterPath p = s.area;
        p.addPath(s.line);
        if (!s.node) {
            for (const QRectF &label : s.labels)
                p.addRoundedRect(label.adjusted(-2, -1, 2, 1), 3, 3);
        }
        return p;
    }
    return {};
}

QRectF SvgElements::bounds(const QString &id) const
{
    return outline(id).boundingRect();
}

} // namespace ArchBoard
