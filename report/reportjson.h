#pragma once

#include "figurejson.h"
#include "reportdata.h"

#include <QJsonObject>
#include <QString>

namespace ArchBoard {

struct Workspace;

/**
 * The workspace summary printed by `archboard-cli report` (schema in
 * docs/report-schema.md). One object whose top-level keys are `workspace`,
 * `selection`, `contexts`, `tco`, `fragmentation` and `decisions`, written
 * from the same ReportData as the HTML/PDF report.
 */
QJsonObject buildReport(const Workspace &workspace, const ReportData &data);
/// buildReport() with the engines run here.
QJsonObject buildReport(const Workspace &workspace);

/// The same report as Markdown tables; user text is escaped so it stays inert.
QString reportToMarkdown(const QJsonObject &report);

} // namespace ArchBoard
