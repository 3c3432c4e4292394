#pragma once

#include <QJsonObject>
#include <QString>

namespace ArchBoard {

struct Workspace;

/**
 * The workspace summary printed by `archboard-cli report` (schema in
 * docs/report-schema.md). One object whose top-level keys are `workspace`,
 * `selection`, `contexts`, `tco`, `fragmentation` and `decisions`.
 */
QJsonObject buildReport(const Workspace &workspace);

/// The same report as Markdown tables; user text is escaped so it stays inert.
QString reportToMarkdown(const QJsonObject &report);

/// Escapes \a text for a Markdown table cell: no HTML, no links, no pipes, one line.
QString markdownCell(const QString &text);

} // namespace ArchBoard
