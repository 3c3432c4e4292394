#include "reportdialogs.h"

#include "document.h"
#include "pdftextlayer.h"
#include "workshopreport.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QProgressDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTimer>

#include <memory>

namespace ArchBoard {

namespace ReportDialogs {

namespace {

ReportRun *startRun(QWidget *parent, const Document &document, DiagramRenderer *renderer, const std::function<void(const QString &)> &status)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    if (status)
        status(WorkshopReport::tr("Preparing the report: rendering diagrams…"));
    return new ReportRun(document.workspace(), document.fileName(), renderer, parent);
}

} // namespace

void exportReport(QWidget *parent, const Document &document, DiagramRenderer *renderer,
                  const std::function<void(const QString &)> &status)
{
    const QString htmlFilter = WorkshopReport::tr("HTML page (*.html)");
    const QString pdfFilter = WorkshopReport::tr("PDF document (*.pdf)");
    QString filter = htmlFilter;
    const QFileInfo current(document.fileName());
    QString stem = current.fileName();
    for (const char *suffix : {".archboard.yaml", ".archboard"}) {
        if (stem.endsWith(QLatin1StringView(suffix)))
            stem.chop(qsizetype(qstrlen(suffix)));
    }
    const QString suggested = document.fileName().isEmpty() ? WorkshopReport::tr("report.html") : current.dir().filePath(stem + QStringLiteral("-report.html"));
    QString path = QFileDialog::getSaveFileName(parent, WorkshopReport::tr("Export Report"), suggested,
                                                htmlFilter + QStringLiteral(";;") + pdfFilter, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"html" && suffix != u"htm" && suffix != u"pdf")
        path += filter == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".html");
    ReportRun *run = startRun(parent, document, renderer, status);
    // A large workspace's PDF runs to hundreds of pages: say where the export
    // is, and let it be stopped (nothing is written then).
    auto *dialog = new QProgressDialog(WorkshopReport::tr("Exporting the report to %1…").arg(QFileInfo(path).fileName()),
                                       WorkshopReport::tr("Cancel"), 0, 0, parent);
    dialog->setObjectName(QStringLiteral("reportProgress"));
    dialog->setWindowTitle(WorkshopReport::tr("Export Report"));
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    QObject::connect(dialog, &QProgressDialog::canceled, run, &ReportRun::cancel);
    QObject::connect(run, &ReportRun::progress, dialog, [dialog](int done, int total, const QString &stage) {
        dialog->setMaximum(total);
        dialog->setValue(done);
        dialog->setLabelText(total > 0 ? WorkshopReport::tr("%1: %2 of %3").arg(stage).arg(done).arg(total) : stage + QStringLiteral("…"));
    });
    QObject::connect(run, &ReportRun::finished, parent, [parent, status, dialog, run](bool ok, const QString &message) {
        QApplication::restoreOverrideCursor();
        dialog->deleteLater();
        if (status)
            status(message);
        if (!ok && !run->isCancelled())
            QMessageBox::warning(parent, WorkshopReport::tr("Export Report"), message);
    });
    run->exportTo(path);
}

void print(QWidget *parent, const Document &document, DiagramRenderer *renderer, const std::function<void(const QString &)> &status)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(WorkshopReport::tr("%1 — workshop report").arg(document.workspace().info.name));
    QPrintDialog dialog(printer.get(), parent);
    dialog.setWindowTitle(WorkshopReport::tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportRun *run = startRun(parent, document, renderer, status);
    QObject::connect(run, &ReportRun::ready, parent, [run, printer, status] {
        run->report().print(printer.get());
        QApplication::restoreOverrideCursor();
        // "Print to File" (PDF): the same text layer as Export Report's PDF.
        QString error;
        if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()
            && !PdfTextLayer::fixFile(printer->outputFileName(), run->report().printedText(), WorkshopReport::font().families(), &error)) {
            if (status)
                status(error);
            return;
        }
        if (status)
            status(WorkshopReport::tr("Report sent to the printer."));
    });
    run->start();
}

void printPreview(QWidget *parent, const Document &document, DiagramRenderer *renderer,
                  const std::function<void(const QString &)> &status)
{
    ReportRun *run = startRun(parent, document, renderer, status);
    QObject::connect(run, &ReportRun::ready, parent, [parent, run, status] {
        QApplication::restoreOverrideCursor();
        if (status)
            status(QString());
        // The run deletes itself once ready() returns: the preview keeps the built report.
        std::shared_ptr<WorkshopReport> report = run->takeReport();
        QTimer::singleShot(0, parent, [parent, report] {
            QPrintPreviewDialog preview(parent);
            preview.setWindowTitle(WorkshopReport::tr("Print Preview"));
            QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [report](QPrinter *printer) { report->print(printer); });
            preview.exec();
        });
    });
    run->start();
}

} // namespace ReportDialogs

} // namespace ArchBoard
