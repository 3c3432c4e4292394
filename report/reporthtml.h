#pragma once

#include "contextmap.h"
#include "selection.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ArchBoard {

/// The workshop report's HTML pieces, shared by its sections (reportsections.cpp)
/// and its assembly (workshopreport.cpp). All user text goes through esc().
namespace ReportHtml {

// Width of the text column on A4 with 18 mm margins (174 mm), in the
// document's 96 dpi pixels: images are never wider, so nothing is cut.
constexpr int kPageWidth = 640;
constexpr int kMaxDiagramHeight = 860;
constexpr int kMaxSharedDependencies = 15;
constexpr double kMaxDiagramPixels = 4000;

/// HTML-escaped, control characters removed (HTML forbids most of them and fonts have no glyphs).
QString esc(const QString &text);
/// Multi-line user text (a record's context, a candidate's notes) as HTML.
QString paragraphs(const QString &text);
QString num(double value, int decimals = 2);
QString num(const std::optional<double> &value, int decimals = 2);
QString usd(double value);
QString signedUsd(double value);
/// A table: \a header cells are plain text (escaped here), \a rows are HTML (escaped by the caller).
QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numeric = {});
QString note(const QString &html);
QString section(const QString &anchor, const QString &title);
QString stabilityText(const TierResult &tier);
QString severityText(FindingSeverity severity);
QString dataUri(const QByteArray &mime, const QByteArray &bytes);
/// The report's CSS (HTML page and QTextDocument).
QString styleSheet();

template<class Row>
const Row *byId(const std::vector<Row> &rows, const QString &id)
{
    for (const Row &r : rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace ReportHtml

} // namespace ArchBoard
