#pragma once

#include "diagram.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QSvgRenderer;
class QGraphicsSvgItem;

namespace ArchBoard {

class DiagramRenderer;

/**
 * Shows a Diagram: builds its DOT, has it laid out by the render helper
 * (asynchronously — the window never waits for Graphviz), and displays the
 * SVG with zoom, pan and fit. Export writes DOT, SVG, PNG or PDF.
 */
class DiagramView : public QWidget
{
    Q_OBJECT

public:
    DiagramView(DiagramRenderer *renderer, QWidget *parent = nullptr);
    ~DiagramView() override;

    void setDiagram(const Diagram &diagram);
    bool isRendering() const { return m_job != 0; }
    QString status() const;
    QByteArray svg() const { return m_svg; }
    QByteArray dot() const { return m_dot; }
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSvg(const QByteArray &svg);
    void exportDialog();

    QPointer<DiagramRenderer> m_renderer;
    QGraphicsView *m_view;
    QGraphicsScene *m_scene;
    QSvgRenderer *m_svgRenderer;
    QGraphicsSvgItem *m_item = nullptr;
    QLabel *m_status;
    quint64 m_job = 0;
    QByteArray m_dot;
    QByteArray m_svg;
    QString m_name;
    bool m_fitted = false;
};

} // namespace ArchBoard
