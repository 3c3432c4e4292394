#include "diagramview.h"

#include "diagramrenderer.h"
#include "dotbuilder.h"

#include <QApplication>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileInfo>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSvgItem>
#include <QGraphicsView>
#include <QLabel>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace ArchBoard {

DiagramView::DiagramView(DiagramRenderer *renderer, QWidget *parent)
    : QWidget(parent)
    , m_renderer(renderer)
    , m_view(new QGraphicsView(this))
    , m_scene(new QGraphicsScene(this))
    , m_svgRenderer(new QSvgRenderer(this))
    , m_status(new QLabel(this))
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    auto button = [this, bar](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
    };
    button(tr("Zoom in"), tr("Ctrl + mouse wheel zooms too"), &DiagramView::zoomIn);
    button(tr("Zoom out"), QString(), &DiagramView::zoomOut);
    button(tr("Fit"), tr("Show the whole diagram"), &DiagramView::fit);
    button(tr("Export…"), tr("Save as DOT, SVG, PNG or PDF"), &DiagramView::exportDialog);
    bar->addWidget(m_status, 1);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_view->setScene(m_scene);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setBackgroundBrush(Qt::white);
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

DiagramView::~DiagramView()
{
    if (m_job && m_renderer)
        m_renderer->cancel(m_job);
}

QString DiagramView::status() const
{
    return m_status->text();
}

void DiagramView::setDiagram(const Diagram &diagram)
{
    m_name = diagram.name;
    QHash<QString, QString> tooltips;
    for (const DiagramNode &n : diagram.nodes) {
        if (!n.element.isEmpty())
            tooltips.insert(n.element, n.tooltip);
    }
    for (const DiagramEdge &e : diagram.edges) {
        if (!e.element.isEmpty())
            tooltips.insert(e.element, e.tooltip);
    }
    // Building the DOT of a large map takes tens of milliseconds: off the GUI thread.
    const quint64 generation = ++m_buildGeneration;
    m_building = true;
    auto *watcher = new QFutureWatcher<DotResult>(this);
    connect(watcher, &QFutureWatcher<DotResult>::finished, this, [this, watcher, generation, tooltips] {
        watcher->deleteLater();
        if (generation != m_buildGeneration)
            return; // a newer diagram is on its way
        m_building = false;
        m_pendingTooltips = tooltips;
        startRender(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([diagram] { return Dot::build(diagram); }));
}

void DiagramView::startRender(const DotResult &dot)
{
    if (!dot.error.isEmpty()) {
        m_status->setText(dot.error);
        emit rendered();
        return;
    }
    if (dot.dot == m_dot && !m_svg.isEmpty()) {
        m_tooltips = m_pendingTooltips;
        emit rendered(); // unchanged
        return;
    }
    m_dot = dot.dot;
    m_pendingElements = dot.elements;
    if (m_job)
        m_renderer->cancel(m_job);
    const QString note = dot.layout == DotLayout::Layered ? QString()
        : dot.layout == DotLayout::Capped
        ? tr("Large diagram: straight edges and a quicker layout.")
        : tr("Very large diagram: laid out force-directed, without groups. Zoom in, click to select.");
    m_status->setText(tr("Laying out…"));
    m_job = m_renderer->render(m_dot, QStringLiteral("svg"), this, [this, note](const RenderResult &r) {
        m_job = 0;
        if (!r.ok) {
            m_status->setText(r.error);
            emit rendered();
            return;
        }
        QStringList status;
        if (!note.isEmpty())
            status << note;
        if (!r.warnings.isEmpty())
            status << tr("Graphviz: %1").arg(r.warnings);
        m_status->setText(status.join(u' '));
        m_elements = m_pendingElements;
        m_tooltips = m_pendingTooltips;
        showSvg(r.output);
        emit rendered();
    });
}

void DiagramView::showSvg(const QByteArray &svg)
{
    m_svg = svg;
    if (!m_svgRenderer->load(svg)) {
        m_status->setText(tr("The rendered diagram could not be displayed."));
        return;
    }
    if (!m_item) {
        m_item = new QGraphicsSvgItem;
        m_item->setSharedRenderer(m_svgRenderer);
        m_scene->addItem(m_item);
    } else {
        m_item->setSharedRenderer(m_svgRenderer); // re-reads the bounds
    }
    m_scene->setSceneRect(m_item->boundingRect());
    m_shapes.read(svg, *m_svgRenderer, m_item->boundingRect());
    updateOverlay();
    if (!m_fitted) {
        fit();
        m_fitted = true;
    }
}

void DiagramView::zoomIn()
{
    m_view->scale(1.25, 1.25);
}

void DiagramView::zoomOut()
{
    m_view->scale(0.8, 0.8);
}

void DiagramView::fit()
{
    if (m_item)
        m_view->fitInView(m_item, Qt::KeepAspectRatio);
}

QString DiagramView::svgIdOf(const QString &element) const
{
    for (auto it = m_elements.cbegin(); it != m_elements.cend(); ++it) {
        if (it.value() == element)
            return it.key();
    }
    return {};
}

QString DiagramView::elementAt(const QPointF &scenePos) const
{
    if (!m_item)
        return {};
    // A few pixels of slack around thin edges, whatever the zoom.
    const qreal tolerance = 5 / qMax(0.01, m_view->transform().m11());
    return m_elements.value(m_shapes.idAt(m_item->mapFromScene(scenePos), tolerance));
}

QRectF DiagramView::elementRect(const QString &element) const
{
    const QString id = svgIdOf(element);
    if (!m_item || id.isEmpty())
        return {};
    return m_item->mapRectToScene(m_shapes.bounds(id));
}

void DiagramView::setHighlighted(const QStringList &elements)
{
    if (elements == m_highlighted)
        return;
    m_highlighted = elements;
    updateOverlay();
}

void DiagramView::updateOverlay()
{
    qDeleteAll(m_overlay);
    m_overlay.clear();
    if (!m_item)
        return;
    QPen pen(QColor(31, 111, 235, 150), 5);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    for (const QString &element : std::as_const(m_highlighted)) {
        const QString id = svgIdOf(element);
        if (id.isEmpty())
            continue;
        auto *item = new QGraphicsPathItem(m_shapes.outline(id), m_item);
        item->setPen(pen);
        item->setBrush(Qt::NoBrush);
        m_overlay << item;
    }
}

bool DiagramView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Wheel: {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            wheel->angleDelta().y() > 0 ? zoomIn() : zoomOut();
            return true;
        }
        break;
    }
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton)
            m_pressPos = mouse->position().toPoint();
        break;
    }
    case QEvent::MouseButtonRelease: {
        // A click selects; a drag pans (the view's hand drag) and selects nothing.
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && (mouse->position().toPoint() - m_pressPos).manhattanLength() <= QApplication::startDragDistance())
            emit elementClicked(elementAt(m_view->mapToScene(mouse->position().toPoint())));
        break;
    }
    case QEvent::MouseButtonDblClick: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QString element = elementAt(m_view->mapToScene(mouse->position().toPoint()));
        if (mouse->button() == Qt::LeftButton && !element.isEmpty()) {
            emit elementActivated(element);
            return true;
        }
        break;
    }
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = m_tooltips.value(elementAt(m_view->mapToScene(help->pos())));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_view->viewport());
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void DiagramView::exportFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto save = [this, path](const QByteArray &bytes) {
        QSaveFile file(path);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        const QString message = ok ? tr("Exported %1").arg(path) : tr("%1: %2").arg(path, file.errorString());
        m_status->setText(message);
        emit exported(ok, message);
    };
    if (suffix == u"dot") {
        save(m_dot);
        return;
    }
    if (suffix != u"svg" && suffix != u"png" && suffix != u"pdf") {
        const QString message = tr("Choose a file name ending in .dot, .svg, .png or .pdf");
        m_status->setText(message);
        emit exported(false, message);
        return;
    }
    m_status->setText(tr("Rendering %1…").arg(QFileInfo(path).fileName()));
    m_renderer->render(m_dot, suffix, this, [this, save](const RenderResult &r) {
        if (r.ok) {
            save(r.output);
        } else {
            m_status->setText(r.error);
            emit exported(false, r.error);
        }
    });
}

void DiagramView::exportDialog()
{
    if (m_dot.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), m_name + QStringLiteral(".svg"),
                                                      tr("SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot)"));
    if (!path.isEmpty())
        exportFile(path);
}

} // namespace ArchBoard
