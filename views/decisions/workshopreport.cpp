#include "workshopreport.h"

#include "backgroundwork.h"
#include "contextmap.h"
#include "document.h"
#include "dotbuilder.h"
#include "driftgraph.h"
#include "fragmentation.h"
#include "fragmentationcharts.h"
#include "selection.h"
#include "selectioncharts.h"
#include "tablemodel.h"
#include "tco.h"
#include "tcocharts.h"
#include "validation.h"
#include "winprobability.h"
#include "workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
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

namespace {

// Width of the text column on A4 with 18 mm margins (174 mm), in the
// document's 96 dpi pixels: images are never wider, so nothing is cut.
constexpr int kPageWidth = 640;
constexpr int kMaxDiagramHeight = 860;
constexpr int kMaxSharedDependencies = 15;
constexpr double kMaxDiagramPixels = 4000;

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

QString num(double value, int decimals = 2)
{
    return TableModel::formatNumber(value, decimals);
}

QString num(const std::optional<double> &value, int decimals = 2)
{
    return value ? num(*value, decimals) : QStringLiteral("—");
}

QString usd(double value)
{
    return TcoCharts::money(value) + QStringLiteral(" USD");
}

QString signedUsd(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + usd(value);
}

/// A table: \a header cells are plain text (escaped here), \a rows are HTML (escaped by the caller).
QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numeric = {})
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

template<class Row>
const Row *byId(const std::vector<Row> &rows, const QString &id)
{
    for (const Row &r : rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
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

QImage renderChart(int width, int height, const std::function<void(QChart *)> &fill)
{
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart); // the scene owns it
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setGeometry(QRectF(0, 0, width, height));
    fill(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setGeometry(QRectF(0, 0, width, height));
    if (chart->layout())
        chart->layout()->activate(); // no event loop turn is needed to place axes and legend
    QImage image(QSize(width, height) * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height));
    painter.end();
    return image;
}

QString dataUri(const QByteArray &mime, const QByteArray &bytes)
{
    return QStringLiteral("data:%1;base64,%2").arg(QString::fromLatin1(mime), QString::fromLatin1(bytes.toBase64()));
}

const QString kStyle = QStringLiteral(
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

} // namespace

WorkshopReport::WorkshopReport(const Workspace &workspace, const QString &source, const QDateTime &when)
    : m_document(std::make_unique<Document>(std::make_unique<Workspace>(workspace)))
    , m_source(source)
    , m_when(when)
{
    const Workspace &ws = m_document->workspace();
    const SelectionResult selection = Selection::compute(ws);
    const ContextMapResult map = ContextMap::analyse(ws, selection);
    QList<Diagram> diagrams = {ContextMap::diagram(ws, map), Diagrams::decisionTree(ws)};
    const FragmentationResult fragmentation = Fragmentation::analyse(ws);
    if (!fragmentation.dependencies.empty())
        diagrams.append(Fragmentation::driftGraphView(ws, fragmentation).diagram);
    for (const Diagram &d : diagrams) {
        DiagramJob job;
        job.name = d.name;
        job.title = d.title;
        const DotResult dot = Dot::build(d);
        job.dot = dot.dot;
        job.error = dot.error;
        job.done = job.dot.isEmpty();
        m_diagrams.push_back(job);
    }
}

WorkshopReport::~WorkshopReport() = default;

void WorkshopReport::setDiagramResult(int index, const RenderResult &result)
{
    if (index < 0 || index >= int(m_diagrams.size()))
        return;
    DiagramJob &job = m_diagrams[size_t(index)];
    job.done = true;
    job.svg = result.ok ? result.output : QByteArray();
    job.error = result.ok ? QString() : result.error;
}

void WorkshopReport::renderDiagrams(DiagramRenderer &renderer)
{
    for (size_t i = 0; i < m_diagrams.size(); ++i) {
        if (!m_diagrams[i].done)
            setDiagramResult(int(i), renderer.renderBlocking(m_diagrams[i].dot, QStringLiteral("svg")));
    }
}

QFont WorkshopReport::font()
{
    QFont f;
    // Latin text in DejaVu/Noto Sans; Chinese in Noto Sans CJK SC (fonts-noto-cjk).
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setPointSizeF(10);
    return f;
}

QString WorkshopReport::image(int width, int height, const QString &alt, std::function<QImage()> draw, const QByteArray &svg)
{
    Image im;
    im.width = width;
    im.height = height;
    im.svg = svg;
    im.alt = alt;
    im.draw = std::move(draw);
    m_images.push_back(std::move(im));
    return QStringLiteral("<p><!--image:%1--></p>\n").arg(m_images.size() - 1);
}

QString WorkshopReport::chart(const QString &alt, int width, int height, std::function<void(QChart *)> fill)
{
    // The fill function keeps copies of the figures it draws: it runs later, in drawNextImage().
    return image(width, height, alt, [width, height, fill = std::move(fill)] { return renderChart(width, height, fill); });
}

QString WorkshopReport::diagram(const QString &name)
{
    const auto it = std::find_if(m_diagrams.begin(), m_diagrams.end(), [&](const DiagramJob &d) { return d.name == name; });
    if (it == m_diagrams.end())
        return {};
    const DiagramJob &job = *it;
    QString why = job.error;
    if (why.isEmpty() && !job.done)
        why = tr("The diagram was not rendered.");
    if (why.isEmpty()) {
        const QSizeF natural = QSvgRenderer(job.svg).defaultSize();
        if (natural.isEmpty()) {
            why = tr("The render helper returned no usable picture.");
        } else {
            const double scale = std::min({1.0, kPageWidth / natural.width(), kMaxDiagramHeight / natural.height()});
            const QSize shown = (natural * scale).toSize().expandedTo(QSize(1, 1));
            // Wide maps are shrunk to the page: keep their own resolution (bounded) so a PDF viewer can zoom in.
            const double pixelRatio = std::clamp(2.0 / scale, 2.0, std::min(kMaxDiagramPixels / double(shown.width()), kMaxDiagramPixels / double(shown.height())));
            const QByteArray svg = job.svg;
            const QString html = image(shown.width(), shown.height(), job.title, [svg, shown, pixelRatio] {
                QSvgRenderer renderer(svg);
                QImage png((QSizeF(shown) * pixelRatio).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
                png.setDevicePixelRatio(pixelRatio);
                png.fill(Qt::white);
                QPainter painter(&png);
                painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
                renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(shown)));
                return png;
            }, svg);
            m_images.back().guiThread = false;
            return html;
        }
    }
    return note(tr("The diagram “%1” is not included: %2 (Graphviz and the archboard-render helper draw diagrams; "
                   "`archboard-cli export WS --diagrams DIR` reports the same problem.)")
                    .arg(esc(job.title), esc(why)));
}

QString WorkshopReport::titleSection() const
{
    const Workspace &ws = m_document->workspace();
    QString out = QStringLiteral("<h1 class=\"title\">%1</h1>\n").arg(esc(ws.info.name.isEmpty() ? tr("Untitled workspace") : ws.info.name));
    out += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(tr("Architecture board workshop report")));
    if (!ws.info.description.trimmed().isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(paragraphs(ws.info.description));
    QList<QStringList> meta;
    meta << QStringList{esc(tr("Date")), esc(QLocale().toString(m_when, QLocale::LongFormat))};
    meta << QStringList{esc(tr("Workspace file")), m_source.isEmpty() ? esc(tr("not saved")) : esc(QDir::toNativeSeparators(m_source))};
    if (!ws.info.source.isEmpty())
        meta << QStringList{esc(tr("Workspace source")), esc(ws.info.source)};
    int errors = 0;
    int warnings = 0;
    for (const ValidationFinding &f : validateWorkspace(ws))
        (f.severity == ValidationFinding::Severity::Error ? errors : warnings)++;
    meta << QStringList{esc(tr("Validation")), esc(tr("%1 errors, %2 warnings").arg(errors).arg(warnings))};
    meta << QStringList{esc(tr("Model")),
                        esc(tr("%1 candidates, %2 criteria, %3 SLA tiers, %4 bounded contexts, %5 TCO scenarios, %6 services, %7 decision records")
                                .arg(ws.candidates.size())
                                .arg(ws.criteria.size())
                                .arg(ws.tiers.size())
                                .arg(ws.contexts.size())
                                .arg(ws.scenarios.size())
                                .arg(ws.services.size())
                                .arg(ws.decisions.size()))};
    out += QStringLiteral("<table class=\"meta\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const QStringList &row : meta)
        out += QStringLiteral("<tr><td class=\"muted\">%1</td><td>%2</td></tr>").arg(row.at(0), row.at(1));
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(tr("Contents")));
    const std::pair<const char *, QString> parts[] = {
        {"selection", tr("Selection by SLA tier")}, {"contexts", tr("Bounded contexts")}, {"tco", tr("Total cost of ownership")},
        {"fragmentation", tr("Ecosystem fragmentation")}, {"decisions", tr("Decision records")}};
    for (const auto &[anchor, title] : parts)
        out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(QLatin1StringView(anchor), esc(title));
    out += QStringLiteral("</ol>\n");

    // Where the figures come from: every source the model cites, most cited first.
    QHash<QString, int> cited;
    QStringList order;
    auto cite = [&](const QString &s) {
        const QString t = s.trimmed();
        if (t.isEmpty())
            return;
        if (!cited.contains(t))
            order << t;
        ++cited[t];
    };
    for (const Measurement &m : ws.measurements)
        cite(m.source);
    for (const SlaTier &t : ws.tiers)
        cite(t.source);
    for (const TierWeight &w : ws.tierWeights)
        cite(w.source);
    for (const TierThreshold &t : ws.tierThresholds)
        cite(t.source);
    for (const DecisionRule &r : ws.rules)
        cite(r.source);
    for (const BoundedContext &c : ws.contexts)
        cite(c.source);
    for (const ContextRelation &r : ws.relations)
        cite(r.source);
    for (const FaasProvider &p : ws.providers)
        cite(p.source);
    for (const LanguageProfile &p : ws.languageProfiles)
        cite(p.source);
    for (const TcoScenario &s : ws.scenarios)
        cite(s.source);
    for (const CostLine &c : ws.costLines)
        cite(c.source);
    for (const FragmentationThreshold &t : ws.fragmentationThresholds)
        cite(t.source);
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) { return cited.value(a) > cited.value(b); });
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Sources")));
    if (order.isEmpty()) {
        out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No figure of the model cites a source.")));
    } else {
        constexpr int kMaxSources = 40;
        out += QStringLiteral("<ul>\n");
        for (qsizetype i = 0; i < std::min<qsizetype>(order.size(), kMaxSources); ++i)
            out += QStringLiteral("<li>%1 <span class=\"muted\">(%2)</span></li>\n")
                       .arg(esc(order.at(i)), esc(tr("cited %n times", nullptr, cited.value(order.at(i)))));
        out += QStringLiteral("</ul>\n");
        if (order.size() > kMaxSources)
            out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("… and %n more sources", nullptr, int(order.size() - kMaxSources))));
    }
    return out;
}

QString WorkshopReport::ahpSection(const Workspace &ws, const QString &tier)
{
    // The pairwise comparisons' weights and consistency, archived with the meeting.
    const AhpResult ahp = Selection::ahp(ws, tier);
    if (ahp.criteria.isEmpty())
        return {};
    const Document &doc = *m_document;
    QString out = QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Pairwise comparisons (AHP)")));
    if (!ahp.complete())
        return out + QStringLiteral("<p>%1</p>\n").arg(esc(tr("Incomplete: still missing %1.").arg(ahp.missingPairs.join(QStringLiteral(", ")))));
    QList<QStringList> rows;
    for (qsizetype i = 0; i < ahp.criteria.size(); ++i)
        rows << QStringList{esc(doc.referenceName(TableId::Criteria, ahp.criteria.at(i))), num(ahp.weights[size_t(i)] * 100.0, 1) + QStringLiteral(" %")};
    out += table({tr("Criterion"), tr("AHP weight")}, rows, {1});
    out += QStringLiteral("<p>%1</p>\n")
               .arg(esc(tr("Consistency ratio %1 (%2): λmax %3, consistency index %4, random index %5.")
                            .arg(num(ahp.consistencyRatio, 3),
                                 ahp.consistent() ? tr("consistent, at most 0.10") : tr("inconsistent, above 0.10: revise the judgements"),
                                 num(ahp.lambdaMax, 3), num(ahp.consistencyIndex, 3), num(Selection::randomIndex(int(ahp.criteria.size())), 2))));
    return out;
}

QString WorkshopReport::selectionSection()
{
    const Document &doc = *m_document;
    const Workspace &ws = doc.workspace();
    const SelectionResult result = Selection::compute(ws);
    const WinProbabilities win = Selection::winProbabilities(ws);
    const SelectionMatrix &m = result.matrix;
    auto candidate = [&](const QString &id) { return esc(doc.referenceName(TableId::Candidates, id)); };
    auto criterion = [&](const QString &id) { return doc.referenceName(TableId::Criteria, id); };

    QString out = section(QStringLiteral("selection"), tr("Selection by SLA tier"));
    out += QStringLiteral("<p>%1</p>\n")
               .arg(esc(tr("Each criterion is normalised min–max across the shortlisted candidates (best = 1); a tier's score is the "
                           "sum of its weight shares × the normalised values. Missing figures: %1. Workshop ratings: %2.")
                            .arg(Enums::missingPolicy.label(int(ws.info.missingPolicy)),
                                 Enums::ratingAggregation.label(int(ws.info.ratingAggregation)))));
    if (result.tiers.empty())
        out += note(esc(tr("The workspace has no SLA tier: there is nothing to rank.")));

    for (size_t t = 0; t < result.tiers.size(); ++t) {
        const TierResult &ranked = result.tiers[t];
        const SlaTier &tier = ws.tiers[t];
        out += QStringLiteral("<h2%1>%2</h2>\n")
                   .arg(t > 0 ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                        esc(tr("Tier: %1").arg(tier.name)));
        if (!tier.description.trimmed().isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(paragraphs(tier.description));
        QStringList sla;
        if (tier.availabilityPct)
            sla << tr("availability ≥ %1 %").arg(num(*tier.availabilityPct, 3));
        if (tier.p99Ms)
            sla << tr("P99 < %1 ms").arg(num(*tier.p99Ms, 1));
        if (tier.deliveryWeeks)
            sla << tr("delivery cycle %1 weeks").arg(num(*tier.deliveryWeeks, 1));
        if (!sla.isEmpty())
            out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("SLA: %1").arg(sla.join(QStringLiteral(", ")))));

        // The verdict first: the board reads the winner, then why.
        const TierRecommendation &rule = result.tierRules[t];
        const QString winner = ranked.winner.isEmpty() ? esc(tr("none")) : candidate(ranked.winner);
        out += QStringLiteral("<p>%1 <span class=\"winner\">%2</span> — %3.<br>%4</p>\n")
                   .arg(esc(tr("Winner:")), winner, esc(stabilityText(ranked)),
                        rule.candidate.isEmpty()
                            ? esc(tr("No decision rule applies to this tier."))
                            : esc(tr("The decision rules recommend %1 (rule %2).")
                                      .arg(doc.referenceName(TableId::Candidates, rule.candidate), doc.referenceName(TableId::Rules, rule.rule))));
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(tr("How sure: %1 — weights ± %2 pp (Dirichlet), ratings resampled from the raters, measured ranges drawn, seed %3.")
                                .arg(Selection::describeWinChances(win.tiers[t], [&](const QString &id) { return doc.referenceName(TableId::Candidates, id); }),
                                     num(win.weightBandPp, 1), QString::number(win.seed))));

        // Matrix: the tier's weighted criteria, raw value with the normalised one beside it.
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Selection matrix")));
        if (ranked.criteria.isEmpty()) {
            out += note(esc(tr("No criterion has a weight in this tier.")));
        } else {
            QStringList criterionLabels;
            for (qsizetype k = 0; k < ranked.criteria.size(); ++k) {
                const Criterion *c = byId(ws.criteria, ranked.criteria.at(k));
                const QString arrow = c && c->direction == Direction::LowerIsBetter ? QStringLiteral("↓") : QStringLiteral("↑");
                criterionLabels << tr("%1 %2 (weight %3 %)").arg(criterion(ranked.criteria.at(k)), arrow, num(ranked.shares[size_t(k)] * 100.0, 1));
            }
            QList<QStringList> cells; // candidates × the tier's criteria, HTML
            for (int i = 0; i < m.candidates.size(); ++i) {
                QStringList row;
                for (const QString &critId : ranked.criteria) {
                    const int j = m.criterionIndex(critId);
                    const Criterion *c = byId(ws.criteria, critId);
                    if (j < 0) {
                        row << QStringLiteral("—");
                        continue;
                    }
                    const MatrixCell &cell = m.cell(i, j);
                    QString text = cell.raw ? esc(num(*cell.raw, 2) + (c && !c->unit.isEmpty() ? u' ' + c->unit : QString())) : QStringLiteral("—");
                    if (cell.normalised)
                        text += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(num(*cell.normalised, 2));
                    if (cell.disputed)
                        text += QStringLiteral(" <span class=\"out\">%1</span>").arg(esc(tr("disputed")));
                    row << text;
                }
                cells << row;
            }
            // Criteria across while they fit the page; past six, criteria down and candidates across.
            constexpr int kMaxCriterionColumns = 6;
            QStringList header;
            QList<QStringList> rows;
            QList<int> numeric;
            if (ranked.criteria.size() <= kMaxCriterionColumns) {
                header << tr("Candidate") << criterionLabels;
                for (int i = 0; i < m.candidates.size(); ++i)
                    rows << (QStringList{candidate(m.candidates.at(i))} + cells.at(i));
            } else {
                header << tr("Criterion");
                for (const QString &id : m.candidates)
                    header << doc.referenceName(TableId::Candidates, id);
                for (qsizetype k = 0; k < criterionLabels.size(); ++k) {
                    QStringList row{esc(criterionLabels.at(k))};
                    for (const QStringList &c : cells)
                        row << c.at(k);
                    rows << row;
                }
            }
            for (qsizetype c = 1; c < header.size(); ++c)
                numeric << int(c);
            out += table(header, rows, numeric);
            out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                       .arg(esc(tr("Raw values; in brackets the normalised value (1 = best). ↑ higher is better, ↓ lower is better.")));
        }
        QStringList mustPass;
        for (const TierThreshold &th : ws.tierThresholds) {
            if (th.tier == tier.id)
                mustPass << esc(QStringLiteral("%1 %2 %3").arg(criterion(th.criterion), Enums::comparison.label(int(th.comparison)), num(th.value, 3)));
        }
        if (!mustPass.isEmpty())
            out += QStringLiteral("<p>%1 %2</p>\n").arg(esc(tr("Must pass:")), mustPass.join(QStringLiteral("; ")));

        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Ranking")));
        QList<QStringList> ranking;
        for (const CandidateScore &s : ranked.ranking) {
            QString outcome;
            if (s.knockedOut) {
                QStringList failed;
                for (const FailedThreshold &f : s.failed)
                    failed << tr("%1 %2 %3 (value %4)")
                                  .arg(criterion(f.criterion), Enums::comparison.label(int(f.comparison)), num(f.threshold, 3), num(f.value, 3));
                outcome = QStringLiteral("<span class=\"out\">%1</span>").arg(esc(tr("knocked out: %1").arg(failed.join(QStringLiteral("; ")))));
            } else if (s.candidate == ranked.winner) {
                outcome = QStringLiteral("<span class=\"winner\">%1</span>").arg(esc(tr("winner")));
            }
            ranking << QStringList{QString::number(s.rank), candidate(s.candidate), num(s.score * 100.0, 1),
                                   esc(Selection::percentText(win.tiers[t].probabilityOf(s.candidate))),
                                   num(s.coverage * 100.0, 0) + QStringLiteral(" %"), outcome};
        }
        out += table({tr("Rank"), tr("Candidate"), tr("Score (0–100)"), tr("Wins"), tr("Coverage"), tr("Outcome")}, ranking, {0, 2, 3, 4});
        if (!ranked.ranking.empty())
            out += chart(tr("Weighted score by criterion, tier %1").arg(tier.name), kPageWidth, 60 + 34 * int(ranked.ranking.size()) + 60,
                         [&doc, ranked, chances = win.tiers[t]](QChart *c) { SelectionCharts::fillRanking(c, doc, ranked, &chances); });
        out += ahpSection(ws, tier.id);

        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Sensitivity")));
        out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Verdict: %1.").arg(stabilityText(ranked))));
        QList<QStringList> sens;
        for (const SensitivityItem &si : ranked.sensitivity)
            sens << QStringList{esc(criterion(si.criterion)), num(si.weightPct, 1) + QStringLiteral(" %"),
                                si.flipAtPct ? num(*si.flipAtPct, 1) + QStringLiteral(" %") : esc(tr("never")),
                                si.flipsTo.isEmpty() ? QStringLiteral("—") : candidate(si.flipsTo), num(si.distancePp, 1)};
        if (sens.isEmpty())
            out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No weight to move.")));
        else
            out += table({tr("Criterion"), tr("Weight"), tr("Winner changes at"), tr("New winner"), tr("Distance (pp)")}, sens, {1, 2, 4});
        // A chart of flip points only where a weight can flip the winner; "never" everywhere is said by the table.
        if (std::any_of(ranked.sensitivity.begin(), ranked.sensitivity.end(), [](const SensitivityItem &si) { return si.flipAtPct.has_value(); }))
            out += chart(tr("Weight sensitivity, tier %1").arg(tier.name), kPageWidth, 80 + 30 * int(ranked.sensitivity.size()) + 60,
                         [&doc, ranked, fragile = ws.info.fragileThresholdPp](QChart *c) { SelectionCharts::fillSensitivity(c, doc, ranked, fragile); });
    }

    out += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(esc(tr("Decision rules")));
    QList<QStringList> rules;
    for (const DecisionRule &r : ws.rules) {
        QStringList conditions;
        for (const RuleCondition &c : ws.ruleConditions) {
            if (c.rule == r.id)
                conditions << QStringLiteral("%1 %2 %3").arg(Enums::ruleAttribute.label(int(c.attribute)), Enums::comparison.label(int(c.comparison)), c.value);
        }
        rules << QStringList{esc(r.name), esc(conditions.isEmpty() ? tr("always") : conditions.join(tr(" and "))), candidate(r.candidate)};
    }
    out += table({tr("Rule (in order)"), tr("When"), tr("Recommends")}, rules);
    out += diagram(QStringLiteral("decision-tree"));
    return out;
}

QString WorkshopReport::contextSection()
{
    const Document &doc = *m_document;
    const Workspace &ws = doc.workspace();
    const SelectionResult selection = Selection::compute(ws);
    const ContextMapResult map = ContextMap::analyse(ws, selection);
    auto name = [&](const QString &element) {
        const qsizetype colon = element.indexOf(u':');
        const QString kind = element.left(colon);
        const QString id = element.mid(colon + 1);
        if (kind == u"context")
            return doc.referenceName(TableId::Contexts, id);
        if (kind == u"service")
            return doc.referenceName(TableId::Services, id);
        if (const ContextRelation *r = byId(ws.relations, id))
            return tr("%1 → %2").arg(doc.referenceName(TableId::Contexts, r->upstream), doc.referenceName(TableId::Contexts, r->downstream));
        return id;
    };

    QString out = section(QStringLiteral("contexts"), tr("Bounded contexts"));
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Context map")));
    out += diagram(QStringLiteral("context-map"));

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Findings")));
    QList<QStringList> findings;
    for (const ContextFinding &f : map.findings) {
        QStringList elements;
        for (const QString &e : f.elements)
            elements << name(e);
        findings << QStringList{esc(severityText(f.severity)), esc(ContextMap::kindLabel(f.kind)), esc(f.message), esc(elements.join(QStringLiteral(", ")))};
    }
    if (findings.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("The context map's checks found nothing.")));
    else
        out += table({tr("Severity"), tr("Check"), tr("Finding"), tr("Elements")}, findings);

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("API-protocol consistency")));
    const ProtocolConsistency &pc = map.protocolConsistency;
    out += QStringLiteral("<p>%1</p>\n")
               .arg(esc(pc.valuePct ? tr("%1 %: %2 of %3 integrations use an approved protocol.").arg(num(*pc.valuePct, 1)).arg(pc.conforming).arg(pc.integrations)
                                    : tr("Not measured: no integration, or no approved protocol.")));
    if (!pc.nonConforming.isEmpty()) {
        QStringList names;
        for (const QString &e : pc.nonConforming)
            names << name(e);
        out += QStringLiteral("<p>%1 %2</p>\n").arg(esc(tr("Not conforming:")), esc(names.join(QStringLiteral(", "))));
    }

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Language per context")));
    QList<QStringList> recs;
    for (const Recommendation &r : selection.recommendations) {
        recs << QStringList{esc(doc.referenceName(TableId::Contexts, r.context)),
                            r.current.isEmpty() ? QStringLiteral("—") : esc(doc.referenceName(TableId::Candidates, r.current)),
                            r.candidate.isEmpty() ? QStringLiteral("—") : esc(doc.referenceName(TableId::Candidates, r.candidate)),
                            r.rule.isEmpty() ? QStringLiteral("—") : esc(doc.referenceName(TableId::Rules, r.rule)),
                            r.disagrees ? QStringLiteral("<span class=\"out\">%1</span>").arg(esc(tr("differs"))) : QString()};
    }
    out += table({tr("Context"), tr("Current language"), tr("Rules recommend"), tr("Rule"), tr("Agreement")}, recs);
    return out;
}

QString WorkshopReport::tcoSection()
{
    const Workspace &ws = m_document->workspace();
    QString out = section(QStringLiteral("tco"), tr("Total cost of ownership"));
    if (ws.scenarios.empty())
        return out + note(esc(tr("The workspace has no TCO scenario.")));

    struct Computed
    {
        TcoInput input;
        TcoResult result;
        TcoUncertainty uncertainty;
    };
    std::vector<Computed> computed;
    const QString baselineId = Tco::baselineScenario(ws);
    const std::optional<double> baselineTotal = Tco::baselineTotal(ws);
    std::vector<TcoCharts::ScenarioFigure> figures;
    int baseline = -1;
    for (const TcoScenario &sc : ws.scenarios) {
        const std::optional<TcoInput> in = Tco::input(ws, sc.id);
        if (!in)
            continue;
        Computed c{*in, Tco::compute(*in), Tco::uncertainty(*in, sc.monteCarloRuns, quint64(sc.monteCarloSeed))};
        TcoCharts::ScenarioFigure f;
        f.id = sc.id;
        f.name = sc.name;
        f.baseline = sc.id == baselineId;
        f.result = c.result;
        if (f.baseline)
            baseline = int(figures.size());
        figures.push_back(f);
        computed.push_back(std::move(c));
    }

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Scenarios compared")));
    QList<QStringList> rows;
    for (const Computed &c : computed) {
        // No baseline (none marked, or it cannot be computed): no difference to show, not "+0".
        const bool hasDelta = baselineTotal && c.result.scenario != baselineId;
        rows << QStringList{esc(c.result.scenarioName) + (c.result.scenario == baselineId ? QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(tr("baseline"))) : QString()),
                            c.result.provider.isEmpty() ? QStringLiteral("—") : esc(c.result.provider),
                            usd(c.result.totalAnnualUsd), hasDelta ? signedUsd(c.result.totalAnnualUsd - *baselineTotal) : QStringLiteral("—"),
                            c.uncertainty.parameters.isEmpty() ? QStringLiteral("—")
                                                               : QStringLiteral("%1 – %2").arg(usd(c.uncertainty.p10), usd(c.uncertainty.p90))};
    }
    out += table({tr("Scenario"), tr("Provider"), tr("Annual total"), tr("Δ to baseline"), tr("P10 – P90")}, rows, {2, 3, 4});
    out += chart(tr("Annual total per scenario"), kPageWidth, 120 + 40 * int(figures.size()) + 80,
                 [figures, baseline](QChart *chart) { TcoCharts::fillComparison(chart, figures, baseline); });

    for (const Computed &c : computed) {
        const TcoResult &r = c.result;
        out += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(esc(tr("Scenario: %1").arg(r.scenarioName)));
        if (!c.input.scenario.description.trimmed().isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(paragraphs(c.input.scenario.description));
        QStringList facts;
        facts << tr("provider %1").arg(r.provider.isEmpty() ? tr("none") : r.provider);
        facts << tr("%1 MB, %2 ms per invocation").arg(c.input.scenario.memoryMb).arg(num(c.input.scenario.durationMs, 1));
        facts << tr("%1 invocations per function and month").arg(num(c.input.scenario.invocationsPerMonth, 0));
        facts << tr("horizon %n years", nullptr, r.horizonYears);
        out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(facts.join(QStringLiteral(" · "))));

        // Lines down, languages across: a handful of languages fit an A4 page.
        QStringList header{tr("Cost line")};
        QList<int> numeric;
        for (const TcoLanguageResult &l : r.languages) {
            header << tr("%1 (%n functions)", nullptr, int(std::lround(l.functions))).arg(l.name);
            numeric << int(header.size() - 1);
        }
        header << tr("Total");
        numeric << int(header.size() - 1);
        QList<QStringList> lines;
        const QStringList names = Tco::lineNames();
        for (qsizetype k = 0; k < names.size(); ++k) {
            QStringList row{esc(names.at(k))};
            double sum = 0;
            for (const TcoLanguageResult &l : r.languages) {
                const std::vector<TcoLineValue> ls = Tco::lines(l);
                const double v = size_t(k) < ls.size() ? ls[size_t(k)].usd : 0.0;
                sum += v;
                row << usd(v);
            }
            row << usd(sum);
            lines << row;
        }
        const TcoLineValue shared = Tco::sharedLine(r);
        if (!r.shared.empty()) {
            QStringList row{esc(tr("Shared lines (no language)"))};
            for (size_t i = 0; i < r.languages.size(); ++i)
                row << QStringLiteral("—");
            row << usd(shared.usd);
            lines << row;
        }
        QStringList total{QStringLiteral("<b>%1</b>").arg(esc(tr("Annual total")))};
        for (const TcoLanguageResult &l : r.languages)
            total << QStringLiteral("<b>%1</b>").arg(usd(l.totalAnnualUsd));
        total << QStringLiteral("<b>%1</b>").arg(usd(r.totalAnnualUsd));
        lines << total;
        out += table(header, lines, numeric);

        QStringList summary;
        summary << tr("Annual total %1").arg(usd(r.totalAnnualUsd));
        if (r.oneOffUsd != 0)
            summary << tr("of which one-offs spread over the horizon %1").arg(usd(r.oneOffUsd));
        if (!r.cumulativeUsd.empty() && r.horizonYears > 1)
            summary << tr("%1 over %n years", nullptr, r.horizonYears).arg(usd(r.cumulativeUsd.back()));
        if (baselineTotal && r.scenario != baselineId)
            summary << tr("%1 against the baseline").arg(signedUsd(r.totalAnnualUsd - *baselineTotal));
        if (!c.uncertainty.parameters.isEmpty())
            summary << tr("P10 %1, P50 %2, P90 %3 (%4 Monte Carlo runs)")
                           .arg(usd(c.uncertainty.p10), usd(c.uncertainty.p50), usd(c.uncertainty.p90))
                           .arg(c.uncertainty.runs);
        QStringList drivers;
        for (size_t i = 0; i < c.uncertainty.drivers.size() && i < 3; ++i)
            drivers << tr("%1 (%2 %)").arg(c.uncertainty.drivers[i].parameter, num(c.uncertainty.drivers[i].varianceSharePct, 0));
        if (!drivers.isEmpty())
            summary << tr("spread driven by %1").arg(drivers.join(QStringLiteral(", ")));
        if (!r.refused.isEmpty())
            summary << tr("not deployable: %1").arg(r.refused);
        out += QStringLiteral("<p>%1.</p>\n").arg(esc(summary.join(QStringLiteral("; "))));
        QStringList notes = r.notes;
        for (const TcoLanguageResult &l : r.languages) {
            for (const QString &n : l.notes)
                notes << QStringLiteral("%1: %2").arg(l.name, n);
        }
        if (!notes.isEmpty()) {
            out += QStringLiteral("<ul class=\"muted\">\n");
            for (const QString &n : notes)
                out += QStringLiteral("<li>%1</li>\n").arg(esc(n));
            out += QStringLiteral("</ul>\n");
        }

        out += chart(tr("Annual cost by line, scenario %1").arg(r.scenarioName), kPageWidth, 380,
                     [r](QChart *chart) { TcoCharts::fillLines(chart, r); });
        const double pct = c.input.scenario.sensitivityPct;
        const std::vector<TcoSensitivity> sensitivity = Tco::sensitivity(c.input, pct);
        if (!sensitivity.empty()) {
            const int rowsShown = std::min<int>(12, int(sensitivity.size()));
            out += chart(tr("Tornado: each input ±%1 %, scenario %2").arg(num(pct, 1), r.scenarioName), kPageWidth, 120 + 28 * rowsShown,
                         [sensitivity, parameters = Tco::parameters(c.input, ws), total = r.totalAnnualUsd, pct](QChart *chart) {
                             TcoCharts::fillTornado(chart, sensitivity, parameters, total, pct);
                         });
        }
    }
    return out;
}

QString WorkshopReport::fragmentationSection()
{
    const Workspace &ws = m_document->workspace();
    const FragmentationResult result = Fragmentation::analyse(ws);
    QString out = section(QStringLiteral("fragmentation"), tr("Ecosystem fragmentation"));
    out += QStringLiteral("<p>%1</p>\n")
               .arg(esc(tr("%1 services, %2 shared dependencies with more than one version; languages: %3; runtimes: %4.")
                            .arg(ws.services.size())
                            .arg(result.sharedDependencies)
                            .arg(result.languages.isEmpty() ? tr("none") : result.languages.join(QStringLiteral(", ")),
                                 result.runtimes.isEmpty() ? tr("none") : result.runtimes.join(QStringLiteral(", ")))));
    QList<QStringList> rows;
    for (const MetricValue &mv : result.metrics) {
        QString bands = QStringLiteral("—");
        for (const FragmentationThreshold &t : ws.fragmentationThresholds) {
            if (t.metric != mv.metric)
                continue;
            const QString cmp = t.direction == Direction::HigherIsBetter ? QStringLiteral("≥") : QStringLiteral("≤");
            bands = tr("healthy %1 %2, warning %1 %3, high %1 %4").arg(cmp, num(t.healthy, 4), num(t.warning, 4), num(t.high, 4));
        }
        const QString value = mv.metric == FragmentationMetric::VersionDrift && mv.value
                                  ? Fragmentation::describeDistance(*mv.value)
                                  : (mv.value ? num(*mv.value, 2) + (mv.unit.isEmpty() ? QString() : u' ' + mv.unit) : QStringLiteral("—"));
        rows << QStringList{esc(Enums::fragmentationMetric.label(int(mv.metric))), esc(value),
                            QStringLiteral("<span style=\"background-color: %1; color: %2\">&nbsp;%3&nbsp;</span>")
                                .arg(FragmentationCharts::levelTint(mv.level).name(), FragmentationCharts::levelColour(mv.level).darker(140).name(),
                                     esc(Fragmentation::levelLabel(mv.level))),
                            esc(bands), esc(mv.detail)};
    }
    out += table({tr("Metric"), tr("Value"), tr("Risk"), tr("Thresholds"), tr("How it was computed")}, rows);

    if (result.dependencies.empty()) {
        out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No dependency is shared by two services: there is no drift to show.")));
        return out;
    }
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Shared-dependency drift")));
    const int barRows = std::min<int>(20, int(result.dependencies.size()));
    out += chart(tr("Version drift of shared dependencies"), kPageWidth, std::max(220, 100 + 26 * barRows),
                 [result](QChart *chart) { FragmentationCharts::fillDrift(chart, result, 20); });
    QList<QStringList> deps;
    for (const SharedDependency &d : result.dependencies) {
        if (deps.size() >= kMaxSharedDependencies)
            break;
        QStringList versions;
        for (const VersionUse &v : d.versions)
            versions << tr("%1 (%n services)", nullptr, int(v.services.size())).arg(v.version);
        deps << QStringList{esc(d.name), esc(Enums::ecosystem.label(int(d.ecosystem))), esc(versions.join(QStringLiteral(", "))),
                            esc(FragmentationCharts::driftLabel(d.drift.level))};
    }
    out += table({tr("Dependency"), tr("Ecosystem"), tr("Versions in use"), tr("Drift")}, deps);
    if (int(result.dependencies.size()) > kMaxSharedDependencies)
        out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                   .arg(esc(tr("The %1 worst of %2 shared dependencies; `archboard-cli scan` lists all.")
                                .arg(kMaxSharedDependencies)
                                .arg(result.dependencies.size())));
    out += diagram(QStringLiteral("dependency-drift"));
    return out;
}

QString WorkshopReport::decisionSection() const
{
    const Document &doc = *m_document;
    const Workspace &ws = doc.workspace();
    QString out = section(QStringLiteral("decisions"), tr("Decision records"));
    if (ws.decisions.empty())
        return out + QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No decision has been recorded.")));
    bool first = true;
    for (const DecisionRecord &d : ws.decisions) {
        out += QStringLiteral("<h2%1>%2</h2>\n")
                   .arg(first ? QString() : QStringLiteral(" style=\"page-break-before: always\""),
                        esc(tr("ADR-%1: %2").arg(d.number, 4, 10, QLatin1Char('0')).arg(d.title)));
        first = false;
        QList<QStringList> meta;
        meta << QStringList{esc(tr("Status")), esc(Enums::decisionStatus.label(int(d.status)))
                                                   + (d.supersededBy.isEmpty() ? QString()
                                                                               : esc(tr(" by %1").arg(doc.referenceName(TableId::Decisions, d.supersededBy))))};
        meta << QStringList{esc(tr("Date")), d.date.isValid() ? esc(d.date.toString(Qt::ISODate)) : QStringLiteral("—")};
        meta << QStringList{esc(tr("Decision-makers")), esc(d.decisionMakers)};
        meta << QStringList{esc(tr("Consulted")), esc(d.consulted)};
        meta << QStringList{esc(tr("Informed")), esc(d.informed)};
        out += QStringLiteral("<table class=\"meta\" cellspacing=\"0\" cellpadding=\"2\">");
        for (const QStringList &row : meta)
            out += QStringLiteral("<tr><td class=\"muted\">%1</td><td>%2</td></tr>").arg(row.at(0), row.at(1).isEmpty() ? QStringLiteral("—") : row.at(1));
        out += QStringLiteral("</table>\n");

        auto part = [&](const QString &title, const QString &text) {
            if (!text.trimmed().isEmpty())
                out += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n").arg(esc(title), paragraphs(text));
        };
        part(tr("Context and problem statement"), d.context);
        part(tr("Decision drivers"), d.drivers);

        QList<QStringList> options;
        for (const DecisionOption &o : ws.decisionOptions) {
            if (o.decision != d.id)
                continue;
            QString name = esc(o.name);
            if (o.chosen)
                name = QStringLiteral("<span class=\"winner\">%1 ✓</span>").arg(name);
            if (!o.description.trimmed().isEmpty())
                name += QStringLiteral("<br><span class=\"muted\">%1</span>").arg(paragraphs(o.description));
            options << QStringList{name, paragraphs(o.pros), paragraphs(o.cons)};
        }
        if (!options.isEmpty()) {
            out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Considered options")));
            out += table({tr("Option"), tr("Pros"), tr("Cons")}, options);
        }
        part(tr("Decision outcome"), d.outcome);
        part(tr("Consequences"), d.consequences);
        part(tr("Confirmation"), d.confirmation);
        part(tr("More information"), d.moreInformation);

        QStringList links;
        for (const DecisionLink &l : ws.decisionLinks) {
            if (l.decision != d.id)
                continue;
            static const TableId tables[] = {TableId::Tiers, TableId::Candidates, TableId::Criteria, TableId::Contexts,
                                             TableId::Relations, TableId::Scenarios, TableId::Services};
            const int k = int(l.kind);
            const QString target = k >= 0 && k < int(std::size(tables)) ? doc.referenceName(tables[k], l.element) : l.element;
            links << esc(tr("%1: %2").arg(Enums::linkKind.label(k), target));
        }
        if (!links.isEmpty())
            out += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n").arg(esc(tr("Decides")), links.join(QStringLiteral("; ")));

        QList<QStringList> figures;
        for (const DecisionFigure &f : ws.decisionFigures) {
            if (f.decision != d.id)
                continue;
            const QString value = f.value ? num(*f.value, 4) + (f.unit.isEmpty() ? QString() : u' ' + f.unit) : f.text;
            figures << QStringList{esc(f.label.isEmpty() ? f.key : f.label), esc(value.isEmpty() ? QStringLiteral("—") : value),
                                   QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(f.key))};
        }
        if (!figures.isEmpty()) {
            out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Figures the board saw")));
            out += table({tr("Figure"), tr("Value when recorded"), tr("Source figure")}, figures, {1});
        }
    }
    return out;
}

void WorkshopReport::layOut()
{
    m_images.clear();
    m_nextImage = 0;
    QString body = titleSection();
    body += selectionSection();
    body += contextSection();
    body += tcoSection();
    body += fragmentationSection();
    body += decisionSection();
    body += QStringLiteral("<p class=\"muted\">%1</p>\n")
                .arg(esc(tr("Generated by ArchBoard %1 from the workspace's engines; every figure can be traced in the workbench.")
                             .arg(QStringLiteral(ARCHBOARD_VERSION))));
    m_body = body;
}

bool WorkshopReport::drawNextImage()
{
    while (m_nextImage < m_images.size() && !m_images[m_nextImage].draw)
        ++m_nextImage; // painted already (drawDiagramImages)
    if (m_nextImage >= m_images.size())
        return false;
    Image &im = m_images[m_nextImage++];
    im.png = im.draw();
    im.draw = nullptr;
    while (m_nextImage < m_images.size() && !m_images[m_nextImage].draw)
        ++m_nextImage;
    return m_nextImage < m_images.size();
}

void WorkshopReport::drawDiagramImages()
{
    for (Image &im : m_images) {
        if (im.draw && !im.guiThread) {
            im.png = im.draw();
            im.draw = nullptr;
        }
    }
}

void WorkshopReport::moveToThread(QThread *thread)
{
    m_document->moveToThread(thread);
}

void WorkshopReport::build()
{
    layOut();
    while (drawNextImage()) {
    }
}

QString WorkshopReport::body(bool forHtml) const
{
    static const QRegularExpression marker(QStringLiteral("<!--image:(\\d+)-->"));
    QString out;
    out.reserve(m_body.size() + (forHtml ? 200000 : 0));
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : marker.globalMatch(m_body)) {
        out += QStringView(m_body).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const int index = match.captured(1).toInt();
        if (index < 0 || index >= int(m_images.size()))
            continue;
        const Image &im = m_images[size_t(index)];
        const int height = im.height;
        QString src;
        if (!forHtml) {
            src = QStringLiteral("report-image:%1").arg(index);
        } else if (!im.svg.isEmpty()) {
            src = dataUri("image/svg+xml", im.svg);
        } else {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            im.png.save(&buffer, "PNG");
            src = dataUri("image/png", png);
        }
        out += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\">").arg(src).arg(im.width).arg(height).arg(esc(im.alt));
    }
    out += QStringView(m_body).mid(last);
    return out;
}

QString WorkshopReport::html() const
{
    const QString title = esc(tr("%1 — workshop report").arg(m_document->workspace().info.name));
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n%2"
                          "body { max-width: 980px; margin: 24px auto; }\n</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(title, kStyle, body(true));
}

std::unique_ptr<QTextDocument> WorkshopReport::textDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(font());
    doc->setDefaultStyleSheet(kStyle);
    for (size_t i = 0; i < m_images.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("report-image:%1").arg(i)), QVariant(m_images[i].png));
    doc->setHtml(QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>%1</body></html>").arg(body(false)));
    doc->setMetaInformation(QTextDocument::DocumentTitle, m_document->workspace().info.name);
    return doc;
}

void WorkshopReport::print(QPagedPaintDevice *device) const
{
    std::unique_ptr<QTextDocument> doc = textDocument();
    QPainter painter(device);
    if (!painter.isActive())
        return;
    // Lossless: charts and diagrams as Flate, not JPEG (thin lines and small text stay sharp).
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform
                           | QPainter::LosslessImageRendering);
    // Laid out in the device's resolution, as QTextDocument::print does, with a strip for the page number.
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    const QRectF paint = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double footer = device->logicalDpiY() * 0.4;
    const QSizeF body(paint.width(), paint.height() - footer);
    doc->setPageSize(body);
    const int pages = doc->pageCount();
    QFont small = font();
    small.setPointSizeF(7.5);
    const QString title = m_document->workspace().info.name;
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            break;
        painter.save();
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -i * body.height());
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x5f, 0x63, 0x68));
        const QRectF strip(0, body.height(), body.width(), footer);
        painter.drawText(strip, Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawText(strip, Qt::AlignRight | Qt::AlignBottom, tr("page %1 of %2").arg(i + 1).arg(pages));
    }
}

bool WorkshopReport::writeHtml(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = html().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool WorkshopReport::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("%1 — workshop report").arg(m_document->workspace().info.name));
        writer.setCreator(QStringLiteral("ArchBoard %1").arg(QStringLiteral(ARCHBOARD_VERSION)));
        print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------

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
    if (m_next < jobs.size() && m_renderer) {
        // One helper process at a time; the callback comes back through the event loop.
        const int index = int(m_next++);
        m_renderer->render(jobs[size_t(index)].dot, QStringLiteral("svg"), this, [this, index](const RenderResult &r) {
            m_report->setDiagramResult(index, r);
            renderNext();
        });
        return;
    }
    // Text and diagram pixels need no GUI thread (a large map takes seconds to paint).
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, &ReportRun::drawImages);
    WorkshopReport *report = m_report.get();
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [report] {
        report->layOut();
        report->drawDiagramImages();
    }));
}

void ReportRun::drawImages()
{
    // A chart or diagram image takes some 5–30 ms: one per turn of the event loop.
    if (m_report->drawNextImage()) {
        QTimer::singleShot(0, this, &ReportRun::drawImages);
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
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [report, path] {
        QString error;
        const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
        if (pdf ? report->writePdf(path, &error) : report->writeHtml(path, &error))
            return QString();
        return error.isEmpty() ? WorkshopReport::tr("%1: could not be written").arg(path) : error;
    }));
}

void ReportRun::written(bool ok, const QString &error)
{
    emit finished(ok, ok ? WorkshopReport::tr("Report written to %1").arg(QDir::toNativeSeparators(m_path)) : error);
    deleteLater();
}

// ---------------------------------------------------------------------------

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
    QObject::connect(run, &ReportRun::finished, parent, [parent, status](bool ok, const QString &message) {
        QApplication::restoreOverrideCursor();
        if (status)
            status(message);
        if (!ok)
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
