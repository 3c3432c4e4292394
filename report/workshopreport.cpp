#include "workshopreport.h"

#include "reporthtml.h"

#include "backgroundwork.h"
#include "contextmap.h"
#include "document.h"
#include "dotbuilder.h"
#include "driftgraph.h"
#include "fragmentation.h"
#include "fragmentationstyle.h"
#include "pdftextlayer.h"
#include "reportcharts.h"
#include "safefile.h"
#include "selection.h"
#include "tablemodel.h"
#include "tco.h"
#include "validation.h"
#include "winprobability.h"
#include "workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QThread>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace ArchBoard {

using namespace ReportHtml;

WorkshopReport::WorkshopReport(const Workspace &workspace, const QString &source, const QDateTime &when)
    : m_document(std::make_unique<Document>(std::make_unique<Workspace>(workspace)))
    , m_source(source)
    , m_when(when)
{
    const Workspace &ws = m_document->workspace();
    m_data = ReportData::compute(ws);
    QList<Diagram> diagrams = {ContextMap::diagram(ws, m_data.contextMap), Diagrams::decisionTree(ws)};
    if (!m_data.fragmentation.dependencies.empty())
        diagrams.append(Fragmentation::driftGraphView(ws, m_data.fragmentation).diagram);
    for (const Diagram &d : diagrams) {
        DiagramJob job;
        job.name = d.name;
        job.title = d.title;
        const DotResult dot = Dot::build(d);
        job.dot = dot.dot;
        job.error = dot.error;
        job.done = job.dot.isEmpty();
        m_diagrams.push_back(job);
    }
}

WorkshopReport::~WorkshopReport() = default;

void WorkshopReport::setDiagramResult(int index, const RenderResult &result)
{
    if (index < 0 || index >= int(m_diagrams.size()))
        return;
    DiagramJob &job = m_diagrams[size_t(index)];
    job.done = true;
    job.svg = result.ok ? result.output : QByteArray();
    job.error = result.ok ? QString() : result.error;
}

void WorkshopReport::renderDiagrams(DiagramRenderer &renderer)
{
    for (size_t i = 0; i < m_diagrams.size(); ++i) {
        if (!m_diagrams[i].done)
            setDiagramResult(int(i), renderer.renderBlocking(m_diagrams[i].dot, QStringLiteral("svg")));
    }
}

QFont WorkshopReport::font()
{
    QFont f;
    // Latin text in DejaVu/Noto Sans; Chinese in Noto Sans CJK SC (fonts-noto-cjk).
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setPointSizeF(10);
    return f;
}

QString WorkshopReport::image(int width, int height, const QString &alt, std::function<QImage()> draw, const QByteArray &svg)
{
    Image im;
    im.width = width;
    im.height = height;
    im.svg = svg;
    im.alt = alt;
    im.draw = std::move(draw);
    m_images.push_back(std::move(im));
    return QStringLiteral("<p><!--image:%1--></p>\n").arg(m_images.size() - 1);
}

QString WorkshopReport::chart(const QString &alt, int width, int height, ReportCharts::BarChart chart)
{
    // Drawn later (drawImages()), on any thread: the charts need no widget.
    return image(width, height, alt, [width, height, chart = std::move(chart)] { return ReportCharts::paint(chart, width, height); });
}

QString WorkshopReport::diagram(const QString &name)
{
    const auto it = std::find_if(m_diagrams.begin(), m_diagrams.end(), [&](const DiagramJob &d) { return d.name == name; });
    if (it == m_diagrams.end())
        return {};
    const DiagramJob &job = *it;
    QString why = job.error;
    if (why.isEmpty() && !job.done)
        why = tr("The diagram was not rendered.");
    if (why.isEmpty()) {
        const QSizeF natural = QSvgRenderer(job.svg).defaultSize();
        if (natural.isEmpty()) {
            why = tr("The render helper returned no usable picture.");
        } else {
            const double scale = std::min({1.0, kPageWidth / natural.width(), kMaxDiagramHeight / natural.height()});
            const QSize shown = (natural * scale).toSize().expandedTo(QSize(1, 1));
            // Wide maps are shrunk to the page: keep their own resolution (bounded) so a PDF viewer can zoom in.
            const double pixelRatio = std::clamp(2.0 / scale, 2.0, std::min(kMaxDiagramPixels / double(shown.width()), kMaxDiagramPixels / double(shown.height())));
            const QByteArray svg = job.svg;
            const QString html = image(shown.width(), shown.height(), job.title, [svg, shown, pixelRatio] {
                QSvgRenderer renderer(svg);
                QImage png((QSizeF(shown) * pixelRatio).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
                png.setDevicePixelRatio(pixelRatio);
                png.fill(Qt::white);
                QPainter painter(&png);
                painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
                renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(shown)));
                return png;
            }, svg);
            return html;
        }
    }
    return note(tr("The diagram “%1” is not included: %2 (Graphviz and the archboard-render helper draw diagrams; "
                   "`archboard-cli export WS --diagrams DIR` reports the same problem.)")
                    .arg(esc(job.title), esc(why)));
}

void WorkshopReport::layOut()
{
    m_images.clear();
    QString body = titleSection();
    body += selectionSection();
    body += contextSection();
    body += tcoSection();
    body += fragmentationSection();
    body += decisionSection();
    body += QStringLiteral("<p class=\"muted\">%1</p>\n")
                .arg(esc(tr("Generated by ArchBoard %1 from the workspace's engines; every figure can be traced in the workbench.")
                             .arg(QStringLiteral(ARCHBOARD_VERSION))));
    m_body = body;
}

void WorkshopReport::drawImages()
{
    for (Image &im : m_images) {
        if (im.draw) {
            im.png = im.draw();
            im.draw = nullptr;
        }
    }
}

void WorkshopReport::moveToThread(QThread *thread)
{
    m_document->moveToThread(thread);
}

void WorkshopReport::build()
{
    layOut();
    drawImages();
}

QString WorkshopReport::body(bool forHtml) const
{
    static const QRegularExpression marker(QStringLiteral("<!--image:(\\d+)-->"));
    QString out;
    out.reserve(m_body.size() + (forHtml ? 200000 : 0));
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : marker.globalMatch(m_body)) {
        out += QStringView(m_body).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const int index = match.captured(1).toInt();
        if (index < 0 || index >= int(m_images.size()))
            continue;
        const Image &im = m_images[size_t(index)];
        const int height = im.height;
        QString src;
        if (!forHtml) {
            src = QStringLiteral("report-image:%1").arg(index);
        } else if (!im.svg.isEmpty()) {
            src = dataUri("image/svg+xml", im.svg);
        } else {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            im.png.save(&buffer, "PNG");
            src = dataUri("image/png", png);
        }
        out += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\">").arg(src).arg(im.width).arg(height).arg(esc(im.alt));
    }
    out += QStringView(m_body).mid(last);
    return out;
}

QString WorkshopReport::html() const
{
    const QString title = esc(tr("%1 — workshop report").arg(m_document->workspace().info.name));
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n%2"
                          "body { max-width: 980px; margin: 24px auto; }\n</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(title, styleSheet(), body(true));
}

std::unique_ptr<QTextDocument> WorkshopReport::textDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(font());
    doc->setDefaultStyleSheet(styleSheet());
    for (size_t i = 0; i < m_images.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("report-image:%1").arg(i)), QVariant(m_images[i].png));
    doc->setHtml(QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>%1</body></html>").arg(body(false)));
    doc->setMetaInformation(QTextDocument::DocumentTitle, m_document->workspace().info.name);
    return doc;
}

bool WorkshopReport::print(QPagedPaintDevice *device, const PageCallback &onPage) const
{
    std::unique_ptr<QTextDocument> doc = textDocument();
    QPainter painter(device);
    if (!painter.isActive())
        return true;
    // Lossless: charts and diagrams as Flate, not JPEG (thin lines and small text stay sharp).
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform
                           | QPainter::LosslessImageRendering);
    // Laid out in the device's resolution, as QTextDocument::print does, with a strip for the page number.
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    const QRectF paint = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double footer = device->logicalDpiY() * 0.4;
    const QSizeF body(paint.width(), paint.height() - footer);
    doc->setPageSize(body);
    const int pages = doc->pageCount();
    QFont small = font();
    small.setPointSizeF(7.5);
    const QString title = m_document->workspace().info.name;
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            break;
        painter.save();
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -i * body.height());
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x5f, 0x63, 0x68));
        const QRectF strip(0, body.height(), body.width(), footer);
        painter.drawText(strip, Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawText(strip, Qt::AlignRight | Qt::AlignBottom, tr("page %1 of %2").arg(i + 1).arg(pages));
        if (onPage && !onPage(i + 1, pages))
            return false;
    }
    return true;
}

QString WorkshopReport::printedText() const
{
    // The text document is the HTML's text; the footer adds the workspace's name and the page line.
    return html() + m_document->workspace().info.name + tr("page %1 of %2");
}

bool WorkshopReport::writeHtml(const QString &path, QString *error) const
{
    QString why;
    if (!SafeFile::write(path, html().toUtf8(), &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

bool WorkshopReport::writePdf(const QString &path, QString *error, const PageCallback &onPage) const
{
    // Written in memory first: the text layer is corrected before the file is
    // (atomically) replaced (PdfTextLayer: Chinese characters that Qt writes as
    // look-alikes that share their glyph, ⽣ for 生, 戶 for 户).
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("%1 — workshop report").arg(m_document->workspace().info.name));
        writer.setCreator(QStringLiteral("ArchBoard %1").arg(QStringLiteral(ARCHBOARD_VERSION)));
        if (!print(&writer, onPage)) {
            if (error)
                *error = tr("Export cancelled: %1 was not written.").arg(path);
            return false;
        }
    }
    PdfTextLayer::fixText(&bytes, printedText(), font().families());
    QString why;
    if (!SafeFile::write(path, bytes, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

} // namespace ArchBoard
