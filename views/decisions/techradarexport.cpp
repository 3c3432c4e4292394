#include "techradarexport.h"

#include "analysis.h"
#include "document.h"
#include "radar.h"
#include "radarformat.h"
#include "workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace ArchBoard {

bool TechRadarExport::exportTo(Analysis *analysis, const QString &path, QString *message)
{
    Document *doc = analysis->document();
    const TechRadar radar = Radar::build(doc->workspace(), analysis->selection());
    const QString exportedAt = Radar::nextExportTime(doc->workspace());
    QString error;
    if (!RadarFormat::write(radar, path, exportedAt.left(10), &error)) {
        *message = error;
        return false;
    }
    QStringList lines{tr("Wrote the tech radar to %1.").arg(QFileInfo(path).fileName()), Radar::movementSummary(radar)};
    if (Radar::recordExport(doc, radar, exportedAt, &error))
        lines << tr("Recorded this export (%1) in the radar history; Edit → Undo removes it.").arg(exportedAt);
    else
        lines << tr("The export was not recorded in the radar history: %1").arg(error);
    *message = lines.join(u'\n');
    return true;
}

void TechRadarExport::exportDialog(QWidget *parent, Analysis *analysis)
{
    const QString jsonFilter = tr("Zalando tech radar JSON (*.json)");
    const QString csvFilter = tr("ThoughtWorks Build Your Own Radar CSV (*.csv)");
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDirectory")).toString();
    QString selected = jsonFilter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Tech Radar"), QFileInfo(dir, QStringLiteral("tech-radar.json")).filePath(),
                                                jsonFilter + QStringLiteral(";;") + csvFilter, &selected);
    if (path.isEmpty())
        return;
    // A name without .json or .csv takes the extension of the chosen filter.
    if (!RadarFormat::kindOf(path))
        path += selected == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".json");
    QString message;
    if (exportTo(analysis, path, &message))
        QMessageBox::information(parent, tr("Export Tech Radar"), message);
    else
        QMessageBox::warning(parent, tr("Export Tech Radar"), message);
}

} // namespace ArchBoard
