#include "diagramview.h"

#include "backgroundwork.h"
#include "diagramrenderer.h"
#include "dotbuilder.h"
#include "safefile.h"

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
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

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
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [diagram] { return Dot::build(diagram); }));
}

void DiagramView::startRender(const DotResult &dot)
{
    if (!dot.error.isEmpty()) {
        m_status->setText(dot.error);
        emit rendered();
        return;
    }
    if (dot.dot == m_dot && !m_failed) {
        // The same graph: on screen already, or on its way (that job says rendered()).
        if (!m_job && !m_preparing) {
            m_tooltips = m_pendingTooltips;
            emit rendered();
        }
        return;
    }
    m_dot = dot.dot;
    m_failed = false;
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
            m_failed = true; // asking again for the same graph tries again
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
        showSvg(r.output, m_pendingElements, m_pendingTooltips); // rendered() once it is on screen
    });
}

/// What a worker prepares from an SVG: its shapes and, when heavy, the image shown.
struct DiagramView::Prepared
{
    bool ok = false;
    QSizeF size;       ///< the drawing's size in scene units
    SvgElements shapes;
    QImage image;      ///< null: draw the SVG as vectors
};

namespace {

/// SVGs past this size are shown as an image (see the class comment).
constexpr qsizetype kHeavySvgBytes = 250 * 1024;
/// At most this many pixels in that image (64 MB).
constexpr double kMaxImagePixels = 16e6;

/// A drawing painted once: only the exposed part is scaled onto the screen.
class ImageItem : public QGraphicsItem
{
public:
    ImageItem(QImage image, const QSizeF &size) : m_image(std::move(image)), m_size(size)
    {
        setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    }
    QRectF boundingRect() const override { return QRectF(QPointF(), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QRectF exposed = option->exposedRect.intersected(boundingRect());
        const qreal sx = m_image.width() / m_size.width();
        const qreal sy = m_image.height() / m_size.height();
        painter->drawImage(exposed, m_image, QRectF(exposed.x() * sx, exposed.y() * sy, exposed.width() * sx, exposed.height() * sy));
    }

private:
    QImage m_image;
    QSizeF m_size;
};

} // namespace

void DiagramView::showSvg(const QByteArray &svg, const QHash<QString, QString> &elements, const QHash<QString, QString> &tooltips)
{
    const quint64 generation = ++m_showGeneration;
    m_preparing = true;
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, generation, svg, elements, tooltips] {
        watcher->deleteLater();
        if (generation != m_showGeneration)
            return;
        m_preparing = false;
        m_elements = elements;
        m_tooltips = tooltips;
        Prepared prepared = watcher->result();
        install(svg, prepared);
        emit rendered();
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [svg] {
        Prepared p;
        QSvgRenderer renderer;
        if (!renderer.load(svg))
            return p;
        p.ok = true;
        p.size = renderer.defaultSize();
        p.shapes.read(svg, renderer, QRectF(QPointF(), p.size));
        if (svg.size() > kHeavySvgBytes && !p.size.isEmpty()) {
            const double scale = std::min(2.0, std::sqrt(kMaxImagePixels / (p.size.width() * p.size.height())));
            p.image = QImage((p.size * scale).toSize(), QImage::Format_RGB32);
            p.image.fill(Qt::white);
            QPainter painter(&p.image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(QPointF(), p.image.size()));
        }
        return p;
    }));
}

void DiagramView::install(const QByteArray &svg, Prepared &prepared)
{
    if (!prepared.ok) {
        m_status->setText(tr("The rendered diagram could not be displayed."));
        return;
    }
    m_svg = svg;
    qDeleteAll(m_overlay);
    m_overlay.clear();
    delete m_item;
    if (prepared.image.isNull()) {
        m_svgRenderer->load(svg);
        auto *item = new QGraphicsSvgItem;
        item->setSharedRenderer(m_svgRenderer);
        m_item = item;
    } else {
        m_item = new ImageItem(std::move(prepared.image), prepared.size);
    }
    const QSizeF before = m_scene->sceneRect().size();
    m_scene->addItem(m_item);
    m_scene->setSceneRect(m_item->boundingRect());
    m_shapes = std::move(prepared.shapes);
    updateOverlay();
    // Keep the user's zoom for the same drawing with small changes; a new or much
    // larger or smaller drawing (another neighbourhood, the whole map) is fitted.
    const QSizeF after = m_scene->sceneRect().size();
    const auto differs = [](qreal a, qreal b) { return a <= 0 || b <= 0 || std::abs(a / b - 1) > 0.3; };
    if (m_autoFit || differs(before.width(), after.width()) || differs(before.height(), after.height()))
        fit();
}

void DiagramView::zoomIn()
{
    m_autoFit = false;
    m_view->scale(1.25, 1.25);
}

void DiagramView::zoomOut()
{
    m_autoFit = false;
    m_view->scale(0.8, 0.8);
}

void DiagramView::fit()
{
    m_autoFit = true; // stays fitted as the view is resized, until the user zooms
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
    case QEvent::Resize:
        if (m_autoFit && m_item)
            m_view->fitInView(m_item, Qt::KeepAspectRatio);
        break;
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
        QString why;
        const bool ok = SafeFile::write(path, bytes, &why);
        const QString message = ok ? tr("Exported %1").arg(path) : why;
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
