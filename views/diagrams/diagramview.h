#pragma once

#include "diagram.h"
#include "dotbuilder.h"
#include "svgelements.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QGraphicsItem;
class QGraphicsPathItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QSvgRenderer;
class QGraphicsSvgItem;

namespace ArchBoard {

class DiagramRenderer;

/**
 * Shows a Diagram: builds its DOT on a worker thread, has it laid out by the
 * render helper (asynchronously — the window never waits for Graphviz), and displays the
 * SVG with zoom, pan and fit. Export writes DOT, SVG, PNG or PDF.
 *
 * Heavy drawings (hundreds of nodes) are painted once into an image on a
 * worker thread and shown as that image: QtSvg needs about a second to
 * paint a 2 000-edge map, far too long for every frame of a zoom or pan.
 *
 * Nodes and edges that show a model element (DiagramNode::element) answer
 * clicks and hovering: elementClicked() names the element, the tooltip is
 * the diagram's; setHighlighted() outlines elements without a new layout.
 */
class DiagramView : public QWidget
{
    Q_OBJECT

public:
    DiagramView(DiagramRenderer *renderer, QWidget *parent = nullptr);
    ~DiagramView() override;

    void setDiagram(const Diagram &diagram);
    /// The DOT is being built or laid out; rendered() follows.
    bool isRendering() const { return m_building || m_job != 0 || m_preparing; }
    QString status() const;
    QByteArray svg() const { return m_svg; }
    QByteArray dot() const { return m_dot; }
    QGraphicsView *graphicsView() const { return m_view; }

    /// Outlines \a elements ("context:orders", …) on the drawn diagram.
    void setHighlighted(const QStringList &elements);
    QStringList highlighted() const { return m_highlighted; }
    /// The model element drawn at \a scenePos, or empty.
    QString elementAt(const QPointF &scenePos) const;
    /// Where \a element is drawn, in scene coordinates (empty when it is not).
    QRectF elementRect(const QString &element) const;
    /// Writes the diagram to \a path in the format its suffix names (.dot .svg .png
    /// .pdf); rendering runs in the helper, then exported() reports the outcome.
    void exportFile(const QString &path);

public slots:
    void zoomIn();
    void zoomOut();
    void fit();

signals:
    void rendered();
    void exported(bool ok, const QString &message);
    /// A click (not a drag) on the diagram: the element under it, or empty for the background.
    void elementClicked(const QString &element);
    void elementActivated(const QString &element); ///< double click

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startRender(const DotResult &dot);
    struct Prepared;
    void showSvg(const QByteArray &svg, const QHash<QString, QString> &elements, const QHash<QString, QString> &tooltips);
    void install(const QByteArray &svg, Prepared &prepared);
    void exportDialog();
    void updateOverlay();
    QString svgIdOf(const QString &element) const;

    QPointer<DiagramRenderer> m_renderer;
    QGraphicsView *m_view;
    QGraphicsScene *m_scene;
    QSvgRenderer *m_svgRenderer;
    QGraphicsItem *m_item = nullptr; ///< the drawing: vector (QGraphicsSvgItem) or, when heavy, an image
    QLabel *m_status;
    quint64 m_job = 0;
    bool m_building = false;
    quint64 m_buildGeneration = 0;
    quint64 m_showGeneration = 0;
    bool m_failed = false;    ///< the last layout of m_dot failed
    bool m_preparing = false; ///< the SVG is being read (and painted, when heavy) on a worker
    QByteArray m_dot;
    QByteArray m_svg;
    QString m_name;
    bool m_autoFit = true; ///< fitted to the view until the user zooms
    QHash<QString, QString> m_elements; ///< SVG id (node-N) → model element, of the diagram on screen
    QHash<QString, QString> m_pendingElements; ///< … of the diagram being laid out
    QHash<QString, QString> m_tooltips; ///< model element → tooltip
    QHash<QString, QString> m_pendingTooltips;
    SvgElements m_shapes;
    QStringList m_highlighted;
    QList<QGraphicsPathItem *> m_overlay;
    QPoint m_pressPos;
};

} // namespace ArchBoard
