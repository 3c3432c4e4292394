#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ArchBoard {

class Analysis;

/// File → Export Tech Radar: writes the radar and records the export in the
/// workspace's radar history as one undo step.
class TechRadarExport
{
    Q_DECLARE_TR_FUNCTIONS(TechRadarExport)

public:
    /// Writes the radar of \a analysis's document to \a path (.json Zalando,
    /// .csv BYOR) and records the export. \a message gets the movement
    /// summary, or what went wrong. Returns false when the file was not written.
    static bool exportTo(Analysis *analysis, const QString &path, QString *message);
    /// Asks for the file, exports, and shows the summary.
    static void exportDialog(QWidget *parent, Analysis *analysis);
};

} // namespace ArchBoard
