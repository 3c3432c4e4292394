#pragma once

#include "diagram.h"
#include "diagramrenderer.h"
#include "reportcharts.h"
#include "reportdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;
class QWidget;

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace ArchBoard {

class Document;
struct Workspace;

/**
 * The workshop report: one document with the selection matrix, ranking and
 * sensitivity of every SLA tier, the context map with its findings, the TCO
 * scenarios, the fragmentation metrics and the decision records. Every
 * figure comes from the engines (Selection, ContextMap, Tco, Fragmentation);
 * this class only lays them out: tables as tables, charts (ReportCharts,
 * QPainter) as PNG at twice their size, diagrams as the render helper's SVG.
 *
 * Use: construct it (it keeps its own copy of the workspace), have the
 * diagrams rendered (renderDiagrams() waits; diagrams() + setDiagramResult()
 * for the GUI's asynchronous renderer), build() the document (on any thread;
 * a QGuiApplication must exist for the fonts), then write HTML (self-contained: images as
 * data: URIs) or PDF, or print. A diagram that could not be rendered (no
 * Graphviz, no helper) is replaced by a note saying why.
 *
 * All user text is HTML-escaped; the PDF uses a font family list that
 * includes Noto Sans CJK SC so Chinese text renders.
 */
class WorkshopReport
{
    Q_DECLARE_TR_FUNCTIONS(ArchBoard::WorkshopReport)

public:
    /// \a source names where the workspace came from (its file); \a when is the report's date.
    explicit WorkshopReport(const Workspace &workspace, const QString &source = {},
                            const QDateTime &when = QDateTime::currentDateTime());
    ~WorkshopReport();
    WorkshopReport(const WorkshopReport &) = delete;
    WorkshopReport &operator=(const WorkshopReport &) = delete;

    /// One diagram of the report, as DOT for the render helper.
    struct DiagramJob
    {
        QString name;     ///< file-name stem (context-map, decision-tree, …)
        QString title;
        QByteArray dot;   ///< empty when the DOT could not be built (see error)
        QByteArray svg;   ///< the helper's output, once rendered
        QString error;    ///< why there is no picture
        bool done = false;
    };
    const std::vector<DiagramJob> &diagrams() const { return m_diagrams; }
    /// The render helper's answer for diagram \a index (format "svg").
    void setDiagramResult(int index, const RenderResult &result);
    /// Renders every pending diagram in \a renderer's helper and waits (CLI, tests).
    void renderDiagrams(DiagramRenderer &renderer);
    /// Hands the report's model over to \a thread (a report built on a worker, used on the GUI thread).
    void moveToThread(QThread *thread);

    /// Lays the report out and draws its images: layOut(), then drawImages().
    /// Needs a QGuiApplication (fonts), not widgets, and runs on any thread;
    /// diagrams not rendered by now get a note.
    void build();
    /// The text and tables, with the images still to draw.
    void layOut();
    /// Draws the charts (QPainter, ReportCharts) and the diagrams' pictures.
    void drawImages();

    /// The report as one self-contained HTML page.
    QString html() const;
    /// The report as a QTextDocument (images as resources) for PDF and printing.
    std::unique_ptr<QTextDocument> textDocument() const;
    /// Called after each printed page with the pages done and the total; false stops the printing.
    using PageCallback = std::function<bool(int done, int total)>;
    /// Prints the report on \a device (a QPdfWriter or QPrinter), with page
    /// numbers. Returns false when \a onPage stopped it.
    bool print(QPagedPaintDevice *device, const PageCallback &onPage = {}) const;
    /// Every character print() sets as text (for PdfTextLayer::fixText).
    QString printedText() const;

    /// Writes html() to \a path (via QSaveFile).
    bool writeHtml(const QString &path, QString *error) const;
    /// Writes an A4 PDF to \a path (via QSaveFile). Safe on a worker thread once built.
    /// When \a onPage stops the printing nothing is written, and \a error says so.
    bool writePdf(const QString &path, QString *error, const PageCallback &onPage = {}) const;

    /// The images the report shows (charts and rendered diagrams).
    int imageCount() const { return int(m_images.size()); }
    /// The report's font: a family list with Noto Sans CJK SC for Chinese text.
    static QFont font();

private:
    struct Image
    {
        QImage png;       ///< PDF, print, and HTML when there is no SVG
        QByteArray svg;   ///< HTML keeps the diagram as vector graphics
        int width = 0;    ///< display size in CSS pixels
        int height = 0;
        QString alt;
        std::function<QImage()> draw; ///< until drawn
    };
    QString image(int width, int height, const QString &alt, std::function<QImage()> draw, const QByteArray &svg = {});
    QString chart(const QString &alt, int width, int height, ReportCharts::BarChart chart);
    QString diagram(const QString &name);
    QString body(bool forHtml) const;

    QString titleSection() const;
    QString selectionSection();
    QString tierSection(size_t tier);
    QString tierMatrix(const TierResult &ranked) const;
    QString tierSensitivity(const TierResult &ranked, const SlaTier &tier);
    QString decisionRulesSection();
    QString ahpSection(const Workspace &ws, const QString &tier);
    QString contextSection();
    QString tcoSection();
    QString scenarioSection(const ReportData::Scenario &scenario);
    QString scenarioLines(const TcoResult &result) const;
    QString scenarioSummary(const ReportData::Scenario &scenario) const;
    QString fragmentationSection();
    QString decisionSection() const;

    std::unique_ptr<Document> m_document; ///< a snapshot: edits after construction do not reach the report
    ReportData m_data;                    ///< the engines' figures, computed once
    QString m_source;
    QDateTime m_when;
    std::vector<DiagramJob> m_diagrams;
    std::vector<Image> m_images;
    QString m_body; ///< images as <!--image:N--> markers, replaced per output
};

/**
 * The GUI's report run: diagrams through the window's asynchronous renderer
 * (the event loop keeps running), then build() and the output. Deletes itself
 * when finished.
 */
class ReportRun : public QObject
{
    Q_OBJECT

public:
    ReportRun(const Workspace &workspace, const QString &source, DiagramRenderer *renderer, QObject *parent = nullptr);
    ~ReportRun() override;

    /// The report, once ready() (or finished()) has been emitted.
    WorkshopReport &report() { return *m_report; }
    /// The report, for use after the run (between ready() and the run's deletion).
    std::unique_ptr<WorkshopReport> takeReport() { return std::move(m_report); }
    /// Renders the diagrams, builds the report, emits ready(); then deletes itself.
    void start();
    /// Like start(), then writes \a path (HTML or PDF by its extension) on a
    /// worker thread and emits finished().
    void exportTo(const QString &path);
    /// Stops the run at the next step (a diagram, a page): finished() comes
    /// with ok false and nothing is written; a file already at the path stays.
    /// Thread-safe.
    void cancel() { m_cancelled->store(true); }
    bool isCancelled() const { return m_cancelled->load(); }

signals:
    void ready();
    void finished(bool ok, const QString &message);
    /// Where the run is: \a done of \a total steps of \a stage (total 0: no
    /// count yet). Page progress is emitted from the worker that writes the PDF.
    void progress(int done, int total, const QString &stage);

private:
    void built(WorkshopReport *report);
    void renderNext();
    void drawn();
    void written(bool ok, const QString &error);

    // The engines, the DOT, the text, the charts and the diagrams' pixels are
    // worked out on workers; only the render helper's answers come back here.
    std::unique_ptr<Workspace> m_workspace;
    QString m_source;
    std::unique_ptr<WorkshopReport> m_report;
    DiagramRenderer *m_renderer;
    QString m_path;
    size_t m_next = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace ArchBoard
