#include "reporthtml.h"

#include "tablemodel.h"
#include "tco.h"
#include "workshopreport.h"

namespace ArchBoard::ReportHtml {

QString esc(const QString &text)
{
    QString out = text.toHtmlEscaped();
    // Control characters are not text: HTML forbids most of them and fonts have no glyphs.
    out.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\n' && c != u'\t'; });
    return out;
}

/// Multi-line user text (a record's context, a candidate's notes) as HTML.
QString paragraphs(const QString &text)
{
    return esc(text.trimmed()).replace(u'\n', QStringLiteral("<br>"));
}

QString num(double value, int decimals)
{
    return TableModel::formatNumber(value, decimals);
}

QString num(const std::optional<double> &value, int decimals)
{
    return value ? num(*value, decimals) : QStringLiteral("—");
}

QString usd(double value)
{
    return Tco::money(value) + QStringLiteral(" USD");
}

QString signedUsd(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + usd(value);
}

/// A table: \a header cells are plain text (escaped here), \a rows are HTML (escaped by the caller).
QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numeric)
{
    QString out = QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<tr>");
    for (qsizetype c = 0; c < header.size(); ++c)
        out += (numeric.contains(int(c)) ? QStringLiteral("<th align=\"right\">") : QStringLiteral("<th align=\"left\">"))
               + esc(header.at(c)) + QStringLiteral("</th>");
    out += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c)
            out += (numeric.contains(int(c)) ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) + row.at(c)
                   + QStringLiteral("</td>");
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString note(const QString &html)
{
    return QStringLiteral("<p class=\"note\">") + html + QStringLiteral("</p>\n");
}

QString section(const QString &anchor, const QString &title)
{
    return QStringLiteral("<h1 class=\"section\" id=\"%1\" style=\"page-break-before: always\"><a name=\"%1\"></a>%2</h1>\n")
        .arg(anchor, esc(title));
}


QString stabilityText(const TierResult &t)
{
    switch (t.stability) {
    case Stability::Stable:
        return t.minDistancePp ? WorkshopReport::tr("stable: the winner holds until a weight moves %1 pp").arg(num(*t.minDistancePp, 1))
                               : WorkshopReport::tr("stable: no single weight change alters the winner");
    case Stability::Fragile:
        return WorkshopReport::tr("fragile: a %1 pp weight change alters the winner").arg(num(t.minDistancePp, 1));
    case Stability::Uncontested:
        return WorkshopReport::tr("uncontested: the only candidate left after the knock-outs");
    case Stability::Undecided:
        break;
    }
    return WorkshopReport::tr("no eligible candidate: every one is knocked out");
}

QString severityText(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Info:
        return WorkshopReport::tr("info");
    case FindingSeverity::Warning:
        return WorkshopReport::tr("warning");
    case FindingSeverity::Error:
        break;
    }
    return WorkshopReport::tr("error");
}

QString dataUri(const QByteArray &mime, const QByteArray &bytes)
{
    return QStringLiteral("data:%1;base64,%2").arg(QString::fromLatin1(mime), QString::fromLatin1(bytes.toBase64()));
}

QString styleSheet()
{
    return QStringLiteral(
    "body { font-family: 'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK SC', sans-serif; font-size: 10pt; color: #202124; }\n"
    "h1 { font-size: 18pt; color: #1f3b57; margin-top: 0; }\n"
    "h1.title { font-size: 24pt; }\n"
    "h2 { font-size: 14pt; color: #1f3b57; margin-top: 14px; }\n"
    "h3 { font-size: 11.5pt; margin-top: 10px; }\n"
    "table.grid { border-collapse: collapse; margin-top: 4px; margin-bottom: 10px; }\n"
    "table.grid th { background-color: #e6edf3; border: 1px solid #9aa7b4; padding: 3px; }\n"
    "table.grid td { border: 1px solid #9aa7b4; padding: 3px; vertical-align: top; }\n"
    "table.meta td { padding: 2px 8px 2px 0; vertical-align: top; }\n"
    ".muted { color: #5f6368; }\n"
    ".note { background-color: #fff4d6; color: #6b4700; padding: 4px; }\n"
    ".winner { font-weight: bold; color: #1e6b30; }\n"
    ".out { color: #b3261e; }\n"
    "img { max-width: 100%; height: auto; }\n");
}

} // namespace ArchBoard::ReportHtml
