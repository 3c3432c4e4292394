#include "workshopreport.h"

#include "backgroundwork.h"
#include "contextmap.h"
#include "document.h"
#include "dotbuilder.h"
#include "driftgraph.h"
#include "fragmentation.h"
#include "fragmentationstyle.h"
#include "reportcharts.h"
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

ReportRun::ReportRun(const Workspace &workspace, const QString &source, DiagramRenderer *renderer, QObject *parent)
    : QObject(parent)
    , m_workspace(std::make_unique<Workspace>(workspace))
    , m_source(source)
    , m_renderer(renderer)
{
}

ReportRun::~ReportRun() = default;

void ReportRun::start()
{
    emit progress(0, 0, WorkshopReport::tr("Computing the figures"));
    // The engines and the DOT of a large workspace take a while: a worker builds the report.
    auto *watcher = new QFutureWatcher<WorkshopReport *>(this);
    connect(watcher, &QFutureWatcher<WorkshopReport *>::finished, this, [this, watcher] { built(watcher->result()); });
    std::shared_ptr<const Workspace> ws(m_workspace.release());
    QThread *gui = thread();
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [ws, source = m_source, gui] {
        auto *report = new WorkshopReport(*ws, source);
        report->moveToThread(gui);
        return report;
    }));
}

void ReportRun::built(WorkshopReport *report)
{
    m_report.reset(report);
    if (isCancelled()) {
        written(false, QString());
        return;
    }
    renderNext();
}

void ReportRun::exportTo(const QString &path)
{
    m_path = path;
    start();
}

void ReportRun::renderNext()
{
    const std::vector<WorkshopReport::DiagramJob> &jobs = m_report->diagrams();
    while (m_next < jobs.size() && jobs[m_next].done)
        ++m_next;
    if (isCancelled()) {
        written(false, QString());
        return;
    }
    if (m_next < jobs.size() && m_renderer) {
        emit progress(int(m_next), int(jobs.size()), WorkshopReport::tr("Rendering the diagrams"));
        // One helper process at a time; the callback comes back through the event loop.
        const int index = int(m_next++);
        m_renderer->render(jobs[size_t(index)].dot, QStringLiteral("svg"), this, [this, index](const RenderResult &r) {
            m_report->setDiagramResult(index, r);
            renderNext();
        });
        return;
    }
    // Text, charts and diagram pixels need no GUI thread (a large map takes seconds to paint).
    emit progress(0, 0, WorkshopReport::tr("Drawing the charts and diagrams"));
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, &ReportRun::drawn);
    WorkshopReport *report = m_report.get();
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [report] { report->build(); }));
}

void ReportRun::drawn()
{
    if (isCancelled()) {
        written(false, QString());
        return;
    }
    if (m_path.isEmpty()) {
        emit ready();
        deleteLater();
        return;
    }
    // Encoding the images and laying out the pages needs no widget: a worker does it.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        written(error.isEmpty(), error);
    });
    const WorkshopReport *report = m_report.get();
    const QString path = m_path;
    const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    emit progress(0, 0, pdf ? WorkshopReport::tr("Laying out the pages") : WorkshopReport::tr("Writing the page"));
    // The pages are counted from the worker; the run lives until written().
    const auto onPage = [this, cancelled = m_cancelled](int done, int total) {
        emit progress(done, total, WorkshopReport::tr("Writing the pages"));
        return !cancelled->load();
    };
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [report, path, pdf, onPage] {
        QString error;
        if (pdf ? report->writePdf(path, &error, onPage) : report->writeHtml(path, &error))
            return QString();
        return error.isEmpty() ? WorkshopReport::tr("%1: could not be written").arg(path) : error;
    }));
}

void ReportRun::written(bool ok, const QString &error)
{
    QString message;
    if (ok)
        message = WorkshopReport::tr("Report written to %1").arg(QDir::toNativeSeparators(m_path));
    else if (isCancelled())
        message = m_path.isEmpty() ? WorkshopReport::tr("Report cancelled.")
                                   : WorkshopReport::tr("Export cancelled: %1 was not written.").arg(QDir::toNativeSeparators(m_path));
    else
        message = error;
    emit finished(ok, message);
    deleteLater();
}

} // namespace ArchBoard
