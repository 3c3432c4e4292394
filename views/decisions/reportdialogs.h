#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ArchBoard {

class Document;
class DiagramRenderer;

/// File → Export Report…, Print…, Print Preview…: dialogs around ReportRun.
/// \a status shows a line in the window's status bar.
namespace ReportDialogs {
void exportReport(QWidget *parent, const Document &document, DiagramRenderer *renderer,
                  const std::function<void(const QString &)> &status);
void print(QWidget *parent, const Document &document, DiagramRenderer *renderer,
           const std::function<void(const QString &)> &status);
void printPreview(QWidget *parent, const Document &document, DiagramRenderer *renderer,
                  const std::function<void(const QString &)> &status);
} // namespace ReportDialogs

} // namespace ArchBoard
