// The workshop report (HTML/PDF) of the sample: every section, the engines'
// figures, images embedded, user text inert, CJK in the PDF, the CLI and the
// GUI's asynchronous run.
#include "chartstyle.h"
#include "cliprocess.h"
#include "contextmap.h"
#include "diagramrenderer.h"
#include "diagramview.h"
#include "document.h"
#include "dotbuilder.h"
#include "driftgraph.h"
#include "fragmentation.h"
#include "fragmentationpage.h"
#include "generator.h"
#include "mainwindow.h"
#include "pdftextlayer.h"
#include "selection.h"
#include "tablemodel.h"
#include "tco.h"
#include "fragmentationcharts.h"
#include "reportcharts.h"
#include "selectioncharts.h"
#include "tcocharts.h"
#include "winprobability.h"
#include "workshopreport.h"
#include "workspace.h"
#include "workspacefile.h"

#include <algorithm>
#include <thread>

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

#include <atomic>
#include <QMutex>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTest>

using namespace ArchBoard;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

using Run = Testing::CliRun;
using Testing::cli;

/// The sample's report, diagrams rendered by the real helper.
std::unique_ptr<WorkshopReport> sampleReport(const Workspace &ws)
{
    auto report = std::make_unique<WorkshopReport>(ws, QStringLiteral("/tmp/seed.archboard"));
    DiagramRenderer renderer;
    report->renderDiagrams(renderer);
    report->build();
    return report;
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}


/// A bar chart's figures: series names and values per category (top to bottom), series that are zero everywhere left out.
struct Bars
{
    QStringList names;
    std::vector<std::vector<double>> values;
    qsizetype categories = 0;
};

bool allZero(const std::vector<double> &v)
{
    return std::all_of(v.begin(), v.end(), [](double x) { return x == 0; });
}

/// The page's QtCharts chart; horizontal bars list their categories bottom-up, so \a bottomUp reverses them.
Bars barsOf(const QChart &chart, bool bottomUp)
{
    Bars bars;
    for (QAbstractSeries *series : chart.series()) {
        auto *barSeries = qobject_cast<QAbstractBarSeries *>(series);
        if (!barSeries)
            continue;
        for (QBarSet *set : barSeries->barSets()) {
            std::vector<double> v;
            for (int i = 0; i < set->count(); ++i)
                v.push_back(set->at(i));
            if (bottomUp)
                std::reverse(v.begin(), v.end());
            if (allZero(v))
                continue;
            bars.names << set->label();
            bars.values.push_back(v);
        }
    }
    for (QAbstractAxis *axis : chart.axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            bars.categories = categories->count();
    }
    return bars;
}

/// The report's chart; its names are plain text where the page's are rich text.
Bars barsOf(const ReportCharts::BarChart &chart)
{
    Bars bars;
    bars.categories = chart.categories.size();
    for (const ReportCharts::Series &s : chart.series) {
        if (allZero(s.values))
            continue;
        bars.names << s.name.toHtmlEscaped();
        bars.values.push_back(s.values);
    }
    return bars;
}

/// Empty when the page's chart and the report's chart show the same figures.
QString differences(const QString &what, const Bars &page, const Bars &report)
{
    if (page.categories != report.categories)
        return QStringLiteral("%1: %2 categories on the page, %3 in the report").arg(what).arg(page.categories).arg(report.categories);
    if (page.names != report.names)
        return QStringLiteral("%1: series %2 on the page, %3 in the report").arg(what, page.names.join(u'|'), report.names.join(u'|'));
    for (size_t s = 0; s < page.values.size(); ++s) {
        if (page.values[s].size() != report.values[s].size())
            return QStringLiteral("%1: %2 has %3 values on the page, %4 in the report").arg(what, page.names.at(qsizetype(s))).arg(page.values[s].size()).arg(report.values[s].size());
        for (size_t i = 0; i < page.values[s].size(); ++i) {
            if (std::abs(page.values[s][i] - report.values[s][i]) > 1e-9 * std::max(1.0, std::abs(page.values[s][i])))
                return QStringLiteral("%1: %2[%3] is %4 on the page, %5 in the report").arg(what, page.names.at(qsizetype(s))).arg(i).arg(page.values[s][i]).arg(report.values[s][i]);
        }
    }
    return {};
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void htmlHasEverySection();
    void htmlHasTheEnginesFigures();
    void imagesAreEmbedded();
    void decisionRecordsHaveEveryField();
    void hostileTextIsEscaped();
    void ahpIsArchived();
    void generatedWorkspaces_data();
    void generatedWorkspaces();
    void missingRendererLeavesANote();
    void pdfIsPagedWithCjkFont();
    void pdfTextLayerMapsRadicalsToIdeographs();
    void pdfTextIsTheChineseWritten();
    void printsOnAPrinter();
    void cliExportsHtmlAndPdf();
    void cliRejectsOtherExtensions();
    void guiRunExportsWithoutBlocking();
    void exportSaysWhereItIsAndCanBeCancelled();
    void fileMenuHasReportActions();
    void driftGraphIsTheSameEverywhere();
    void chartsShowThePagesFigures();
    void chartsAreDrawnWithoutWidgets();
    void chartPaletteIsDistinct();
    void chartsGroupTheSameOverflow();

private:
    Workspace m_sample;
    std::unique_ptr<WorkshopReport> m_report;
    QString m_html;
    QTemporaryDir m_dir;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = Testing::sampleWorkspace();
    m_report = sampleReport(m_sample);
    m_html = m_report->html();
    QVERIFY(m_html.startsWith(QStringLiteral("<!DOCTYPE html>")));
}

void TestReport::htmlHasEverySection()
{
    for (const char *heading : {"Architecture board workshop report", "Contents", "Sources", "Selection by SLA tier",
                                "Selection matrix", "Ranking", "Sensitivity", "Decision rules", "Bounded contexts", "Context map",
                                "Findings", "API-protocol consistency", "Total cost of ownership", "Scenarios compared",
                                "Ecosystem fragmentation", "Shared-dependency drift", "Decision records", "Considered options"})
        QVERIFY2(m_html.contains(QLatin1StringView(heading)), heading);
    // The title page names the workspace, the file and the sources the figures cite.
    QVERIFY(m_html.contains(m_sample.info.name.toHtmlEscaped()));
    QVERIFY(m_html.contains(QStringLiteral("/tmp/seed.archboard")));
    QVERIFY(m_html.contains(m_sample.info.source.toHtmlEscaped()));
    QVERIFY(m_html.contains(QStringLiteral("§3.1 matrix")));
    for (const SlaTier &t : m_sample.tiers)
        QVERIFY2(m_html.contains(QStringLiteral("Tier: %1").arg(t.name).toHtmlEscaped()), qPrintable(t.name));
    // The CJK criterion names stay as they are (UTF-8).
    QVERIFY(m_html.contains(QStringLiteral("启动冷启动时间")));
}

void TestReport::htmlHasTheEnginesFigures()
{
    auto candidateName = [&](const QString &id) {
        for (const Candidate &c : m_sample.candidates) {
            if (c.id == id)
                return c.name;
        }
        return id;
    };
    const SelectionResult selection = Selection::compute(m_sample);
    QCOMPARE(selection.tiers.size(), m_sample.tiers.size());
    for (const TierResult &t : selection.tiers) {
        QVERIFY(!t.winner.isEmpty());
        const QString winner = QStringLiteral("<span class=\"winner\">%1</span>").arg(candidateName(t.winner).toHtmlEscaped());
        QVERIFY2(m_html.contains(winner), qPrintable(winner));
    }
    // The sample's winners, per the seed's decision tree: Rust for 99.99 %, TypeScript for fast delivery, Java otherwise.
    QVERIFY(m_html.contains(QStringLiteral("<span class=\"winner\">Rust</span>")));
    QVERIFY(m_html.contains(QStringLiteral("<span class=\"winner\">TypeScript</span>")));
    QVERIFY(m_html.contains(QStringLiteral("<span class=\"winner\">Java</span>")));
    // How sure each winner is (issue 14): the engine's win probabilities, beside the rank.
    const WinProbabilities win = Selection::winProbabilities(m_sample);
    for (const TierWinProbability &t : win.tiers) {
        const QString line = Selection::describeWinChances(t, candidateName).toHtmlEscaped();
        QVERIFY2(m_html.contains(line), qPrintable(line));
    }
    QVERIFY(m_html.contains(QStringLiteral("uncontested: the only candidate left after the knock-outs")));

    QVERIFY(!m_sample.scenarios.empty());
    for (const TcoScenario &sc : m_sample.scenarios) {
        const TcoResult r = Tco::compute(*Tco::input(m_sample, sc.id));
        const QString total = QStringLiteral("<b>%1 USD</b>").arg(TcoCharts::money(r.totalAnnualUsd));
        QVERIFY2(m_html.contains(total), qPrintable(sc.name + u' ' + total));
        for (const TcoLanguageResult &l : r.languages)
            QVERIFY2(m_html.contains(TcoCharts::money(l.totalAnnualUsd) + QStringLiteral(" USD")), qPrintable(l.name));
    }
    // The seed's §2.5 platform overhead: Python 1.8 × 200/50 × 12 000 = 86 400 USD.
    QVERIFY(m_html.contains(TcoCharts::money(86400) + QStringLiteral(" USD")));

    const ContextMapResult map = ContextMap::analyse(m_sample, selection);
    QVERIFY(!map.findings.empty());
    for (const ContextFinding &f : map.findings)
        QVERIFY2(m_html.contains(f.message.toHtmlEscaped()), qPrintable(f.message));

    QVERIFY(!m_sample.decisions.empty());
    for (const DecisionRecord &d : m_sample.decisions) {
        QVERIFY2(m_html.contains(QStringLiteral("ADR-%1: %2").arg(d.number, 4, 10, QLatin1Char('0')).arg(d.title).toHtmlEscaped()),
                 qPrintable(d.title));
        if (!d.outcome.isEmpty())
            QVERIFY(m_html.contains(d.outcome.trimmed().toHtmlEscaped().section(u'\n', 0, 0)));
    }
    for (const DecisionOption &o : m_sample.decisionOptions) {
        if (!o.pros.isEmpty())
            QVERIFY2(m_html.contains(o.pros.trimmed().toHtmlEscaped().section(u'\n', 0, 0)), qPrintable(o.pros));
    }
}

void TestReport::imagesAreEmbedded()
{
    // Charts: ranking + sensitivity per tier, the scenario comparison, lines + tornado per scenario, drift.
    // Diagrams: context map, decision tree, dependency drift — rendered by the helper, kept as SVG.
    const int images = int(m_html.count(QStringLiteral("src=\"data:image/")));
    QCOMPARE(images, m_report->imageCount());
    const int diagrams = int(m_html.count(QStringLiteral("src=\"data:image/svg+xml;base64,")));
    QCOMPARE(diagrams, 3);
    // A sensitivity chart only for tiers where some weight can flip the winner (the table says "never" otherwise).
    int flippable = 0;
    for (const TierResult &t : Selection::compute(m_sample).tiers)
        flippable += std::any_of(t.sensitivity.begin(), t.sensitivity.end(), [](const SensitivityItem &si) { return si.flipAtPct.has_value(); });
    QVERIFY(flippable > 0 && flippable < int(m_sample.tiers.size())); // the sample has both kinds
    const int minimumCharts = int(m_sample.tiers.size()) + flippable + 1 + 2 * int(m_sample.scenarios.size()) + 1;
    QCOMPARE(images - diagrams, minimumCharts);
    QVERIFY(!m_html.contains(QStringLiteral("is not included")));
    // No reference leaves the file: every image is a data: URI.
    static const QRegularExpression external(QStringLiteral("src=\"(?!data:)"));
    QVERIFY(!m_html.contains(external));
    // Charts are drawn at twice their size, and not blank.
    const qsizetype at = m_html.indexOf(QStringLiteral("src=\"data:image/png;base64,"));
    QVERIFY(at > 0);
    const qsizetype start = at + qstrlen("src=\"data:image/png;base64,");
    const QByteArray png = QByteArray::fromBase64(m_html.mid(start, m_html.indexOf(u'"', start) - start).toLatin1());
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QCOMPARE(image.width(), 2 * 640);
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            dark += qGray(image.pixel(x, y)) < 128;
    }
    QVERIFY2(dark > 200, "the ranking chart is blank");
}

void TestReport::decisionRecordsHaveEveryField()
{
    Workspace ws = m_sample;
    DecisionRecord &d = ws.decisions.front();
    d.status = DecisionStatus::Accepted;
    d.consulted = QStringLiteral("Platform team");
    d.informed = QStringLiteral("财务团队");
    d.confirmation = QStringLiteral("Review the P99 after a month.");
    d.moreInformation = QStringLiteral("Workshop of 2024-05-02.");
    ws.decisionFigures.push_back({d.id, QStringLiteral("selection/tier-9999/score/rust"), QStringLiteral("Rust's score in the real-time tier"),
                                  61.1, {}, QStringLiteral("points")});
    ws.decisionFigures.push_back({d.id, QStringLiteral("selection/tier-9999/winner"), QStringLiteral("Winner of the real-time tier"),
                                  std::nullopt, QStringLiteral("Rust"), {}});
    WorkshopReport report(ws);
    report.build();
    const QString html = report.html();
    for (const QString &text : {QStringLiteral("Accepted"), d.decisionMakers, d.consulted, d.informed, d.confirmation, d.moreInformation,
                                QStringLiteral("Context and problem statement"), QStringLiteral("Decision drivers"),
                                QStringLiteral("Decision outcome"), QStringLiteral("Consequences"), QStringLiteral("Confirmation"),
                                QStringLiteral("More information"), QStringLiteral("Figures the board saw"),
                                QStringLiteral("Rust's score in the real-time tier"), QStringLiteral("61.1 points"),
                                QStringLiteral("selection/tier-9999/score/rust"), QStringLiteral("Winner of the real-time tier")})
        QVERIFY2(html.contains(text.toHtmlEscaped()), qPrintable(text));
    // Links name the elements the record decides.
    QVERIFY(html.contains(QStringLiteral("<h3>Decides</h3>")));
    for (const DecisionLink &l : ws.decisionLinks) {
        if (l.decision == d.id && l.kind == LinkKind::Candidate)
            QVERIFY(html.contains(QStringLiteral("Candidate: Rust")));
    }
    // The chosen option is marked.
    QVERIFY(html.contains(QStringLiteral("<span class=\"winner\">Rust ✓</span>")));
}

void TestReport::ahpIsArchived()
{
    // The pairwise-comparison weights and consistency ratio are in the report
    // the board keeps, not only in a GUI label (issue 14).
    Workspace ws = m_sample;
    ws.tierComparisons = {{QStringLiteral("tier-core"), QStringLiteral("resilience"), QStringLiteral("cold-start"), 3},
                          {QStringLiteral("tier-core"), QStringLiteral("resilience"), QStringLiteral("memory-jitter"), 5},
                          {QStringLiteral("tier-core"), QStringLiteral("cold-start"), QStringLiteral("memory-jitter"), 1}};
    const AhpResult ahp = Selection::ahp(ws, QStringLiteral("tier-core"));
    WorkshopReport report(ws);
    report.build();
    const QString html = report.html();
    QVERIFY(html.contains(QStringLiteral("Pairwise comparisons (AHP)")));
    QVERIFY2(html.contains(QStringLiteral("Consistency ratio %1").arg(TableModel::formatNumber(ahp.consistencyRatio, 3))), qPrintable(html.left(200)));
    QVERIFY(html.contains(TableModel::formatNumber(ahp.weights[2] * 100.0, 1) + QStringLiteral(" %")));
}

void TestReport::hostileTextIsEscaped()
{
    Workspace ws = m_sample;
    const QString script = QStringLiteral("<script>alert('x')</script>");
    const QString img = QStringLiteral("<img src=x onerror=alert(1)>");
    ws.info.name = QStringLiteral("Board <b>bold</b>");
    ws.candidates[0].name = script;
    ws.decisions[0].title = img;
    ws.decisions[0].context = QStringLiteral("line one\n<iframe src=\"https://evil.example\">");
    ws.contexts[0].name = QStringLiteral("ctx \"quoted\" & <u>");
    WorkshopReport report(ws, QStringLiteral("<file>.archboard"));
    report.build(); // diagrams not rendered: notes instead of pictures
    const QString html = report.html();
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<img src=x")));
    QVERIFY(!html.contains(QStringLiteral("<iframe")));
    QVERIFY(!html.contains(QStringLiteral("<b>bold</b>")));
    QVERIFY(!html.contains(QStringLiteral("<u>")));
    QVERIFY(!html.contains(QStringLiteral("<file>")));
    QVERIFY(html.contains(script.toHtmlEscaped()));
    QVERIFY(html.contains(img.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("line one<br>&lt;iframe src=&quot;https://evil.example&quot;&gt;")));
    QVERIFY(html.contains(QStringLiteral("ctx &quot;quoted&quot; &amp; &lt;u&gt;")));
    // The PDF shows the text literally, not as markup.
    const QString plain = report.textDocument()->toPlainText();
    QVERIFY(plain.contains(script));
    QVERIFY(plain.contains(img));
}

void TestReport::generatedWorkspaces_data()
{
    QTest::addColumn<bool>("hostile");
    QTest::addColumn<int>("criteria");
    QTest::newRow("hostile text") << true << 6;
    QTest::newRow("many criteria") << false << 14;
}

void TestReport::generatedWorkspaces()
{
    QFETCH(bool, hostile);
    QFETCH(int, criteria);
    Testing::GeneratorSpec spec;
    spec.hostileText = hostile;
    spec.criteria = criteria;
    const Workspace ws = Testing::generateWorkspace(spec, 11);
    WorkshopReport report(ws);
    DiagramRenderer renderer;
    report.renderDiagrams(renderer);
    report.build();
    const QString html = report.html();
    QVERIFY(!html.contains(QStringLiteral("<script")));
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]"));
    QVERIFY(!html.contains(control));
    QCOMPARE(html.count(QStringLiteral("is not included")), qsizetype(0));
    for (const SlaTier &t : ws.tiers)
        QVERIFY(html.contains(QStringLiteral("Tier: %1").arg(t.name).toHtmlEscaped().remove(control)));
    // Past six criteria the matrix turns: criteria down, candidates across.
    const int criterionHeaders = int(html.count(QStringLiteral("<th align=\"left\">Criterion</th>")));
    QCOMPARE(criterionHeaders, (criteria > 6 ? 2 : 1) * int(ws.tiers.size())); // the sensitivity tables have one each
    QString error;
    const QString pdf = m_dir.filePath(QStringLiteral("generated.pdf"));
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    QVERIFY(readFile(pdf).startsWith("%PDF"));
}

void TestReport::missingRendererLeavesANote()
{
    WorkshopReport report(m_sample);
    DiagramRenderer renderer;
    renderer.setHelper(m_dir.filePath(QStringLiteral("no-such-archboard-render")));
    report.renderDiagrams(renderer);
    for (const WorkshopReport::DiagramJob &d : report.diagrams())
        QVERIFY2(!d.error.isEmpty(), qPrintable(d.name));
    report.build();
    const QString html = report.html();
    QCOMPARE(html.count(QStringLiteral("is not included")), qsizetype(report.diagrams().size()));
    QVERIFY(html.contains(QStringLiteral("could not be started")));
    QVERIFY(!html.contains(QStringLiteral("data:image/svg+xml")));
    // The rest of the report is all there.
    QVERIFY(html.contains(QStringLiteral("Decision records")));
    QString error;
    const QString pdf = m_dir.filePath(QStringLiteral("no-diagrams.pdf"));
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    QVERIFY(readFile(pdf).startsWith("%PDF"));
}

void TestReport::pdfIsPagedWithCjkFont()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(m_report->writePdf(path, &error), qPrintable(error));
    const QByteArray pdf = readFile(path);
    QVERIFY(pdf.size() > 50000);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(pageCount(pdf) > 5, qPrintable(QString::number(pageCount(pdf))));
    // Chinese text is set in an embedded Noto Sans CJK, not dropped or boxed.
    static const QRegularExpression cjkFont(QStringLiteral("/(BaseFont|FontName)\\s*/([A-Z]{6}\\+)?NotoSansCJK"));
    QVERIFY2(QString::fromLatin1(pdf).contains(cjkFont), "no embedded Noto Sans CJK font");

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the text of the PDF is not checked");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("启动冷启动时间")));
    QVERIFY(text.contains(QStringLiteral("交付速度")));
    QVERIFY(text.contains(QStringLiteral("Decision records")));
    QVERIFY(text.contains(m_sample.decisions.front().title.left(30)));
}

void TestReport::pdfTextLayerMapsRadicalsToIdeographs()
{
    // Qt's ToUnicode CMap as it writes one: codes are glyphs of the subset,
    // destinations UTF-16. ⽣ U+2F63 → 生 U+751F, ⻛ U+2EDB → 风 U+98CE,
    // ⽤ U+2F64 → 用 U+7528; a ligature's two-unit destination, a plain letter,
    // a real range and a code that happens to equal a radical stay.
    QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Length 9 >>\nstream\n<2F63> <2F63>\nendstream\nendobj\n"
                     "2 0 obj\n<< /Length 300 >>\nstream\n/CIDInit /ProcSet findresource begin\nbegincmap\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                     "2 beginbfchar\n<2F63> <2F64>\n<0007> <0041>\nendbfchar\n"
                     "4 beginbfrange\n<0000> <0000> <0000>\n<0001> <0004> [<2F63> <00660069> <2EDB> <4E2D>]\n"
                     "<0005> <0005> <2F00>\n<0010> <0012> <2F00>\nendbfrange\nendcmap\nend\nendstream\nendobj\n";
    const QByteArray before = pdf;
    // No text and no fonts: only the radicals' own mapping applies.
    QCOMPARE(PdfTextLayer::fixText(&pdf, QString(), {}), 4);
    QCOMPARE(pdf.size(), before.size()); // the cross-reference offsets stay right
    QVERIFY(pdf.startsWith("%PDF-1.4\n1 0 obj\n<< /Length 9 >>\nstream\n<2F63> <2F63>\n")); // not a CMap
    QVERIFY(pdf.contains("<2F63> <7528>\n<0007> <0041>\n"));                                 // bfchar: the destination only
    QVERIFY(pdf.contains("<0001> <0004> [<751F> <00660069> <98CE> <4E2D>]\n"));
    QVERIFY(pdf.contains("<0005> <0005> <4E00>\n"));
    QVERIFY(pdf.contains("<0010> <0012> <2F00>\n")); // three consecutive radicals, not three ideographs
    QCOMPARE(PdfTextLayer::fixText(&pdf, QString(), {}), 0);
    QCOMPARE(PdfTextLayer::ideographFor(u'\u2F63'), u'\u751F');
    QCOMPARE(PdfTextLayer::ideographFor(u'\u751F'), char16_t(0));
}

void TestReport::pdfTextIsTheChineseWritten()
{
    // Characters that Noto Sans CJK SC draws with the same glyph as a radical
    // or as another character (issue 12: searching the PDF for 生产级熔断支持
    // found nothing; 户 came back as 戶).
    const QString text = QStringLiteral("生产级熔断支持：用户文档高风险，人日言行一自月二无金心目子");
    Workspace ws = m_sample;
    ws.decisions.front().title = text;
    ws.info.name = text;
    std::unique_ptr<WorkshopReport> report = sampleReport(ws);
    const QString path = m_dir.filePath(QStringLiteral("radicals.pdf"));
    QString error;
    QVERIFY2(report->writePdf(path, &error), qPrintable(error));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the text of the PDF is not checked");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(text), qPrintable(out.left(400)));
    QString radicals;
    for (const QChar c : out) {
        if ((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) || (c.unicode() >= 0x31C0 && c.unicode() <= 0x31EF))
            radicals += c;
    }
    QVERIFY2(radicals.isEmpty(), qPrintable(radicals));

    // "Print to File" through a QPrinter: the dialog's path fixes the file it wrote.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_dir.filePath(QStringLiteral("radicals-printed.pdf"));
    printer.setOutputFileName(printed);
    report->print(&printer);
    QVERIFY2(PdfTextLayer::fixFile(printed, report->printedText(), WorkshopReport::font().families(), &error), qPrintable(error));
    QProcess q;
    q.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), printed, QStringLiteral("-")});
    QVERIFY(q.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(q.readAllStandardOutput()).contains(text));
}

void TestReport::printsOnAPrinter()
{
    // File → Print… hands a QPrinter to print(); a PDF printer shows what it gets.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    m_report->print(&printer);
    const QByteArray pdf = readFile(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pageCount(pdf) > 5);
    QVERIFY(pdf.contains("NotoSansCJK"));
}

void TestReport::cliExportsHtmlAndPdf()
{
    const QString ws = m_dir.filePath(QStringLiteral("seed.archboard"));
    QString error;
    QVERIFY2(WorkspaceFile::save(m_sample, ws, &error), qPrintable(error));
    const QString html = m_dir.filePath(QStringLiteral("cli-report.html"));
    Run r = cli({QStringLiteral("export"), ws, QStringLiteral("--report"), html});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), html);
    const QString page = QString::fromUtf8(readFile(html));
    QVERIFY(page.contains(QStringLiteral("Total cost of ownership")));
    QVERIFY(page.count(QStringLiteral("src=\"data:image/")) >= 10);
    QVERIFY(page.contains(QStringLiteral("data:image/svg+xml")));

    const QString pdf = m_dir.filePath(QStringLiteral("cli-report.pdf"));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--report"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray bytes = readFile(pdf);
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(pageCount(bytes) > 5);
}

void TestReport::cliRejectsOtherExtensions()
{
    const QString ws = m_dir.filePath(QStringLiteral("seed2.archboard"));
    QString error;
    QVERIFY2(WorkspaceFile::save(m_sample, ws, &error), qPrintable(error));
    const QString docx = m_dir.filePath(QStringLiteral("report.docx"));
    const Run r = cli({QStringLiteral("export"), ws, QStringLiteral("--report"), docx});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(docx), qPrintable(r.err));
    QVERIFY(!QFile::exists(docx));
    // A workspace that does not load is bad input too.
    const Run missing = cli({QStringLiteral("export"), m_dir.filePath(QStringLiteral("missing.archboard")), QStringLiteral("--report"),
                             m_dir.filePath(QStringLiteral("x.html"))});
    QCOMPARE(missing.code, 2);
}

void TestReport::guiRunExportsWithoutBlocking()
{
    DiagramRenderer renderer;
    for (const QString &name : {QStringLiteral("gui.html"), QStringLiteral("gui.pdf")}) {
        const QString path = m_dir.filePath(name);
        auto *run = new ReportRun(m_sample, QStringLiteral("seed.archboard"), &renderer);
        QSignalSpy finished(run, &ReportRun::finished);
        QSignalSpy destroyed(run, &QObject::destroyed);
        run->exportTo(path);
        // The diagrams render in the helper: the call returns before the report exists.
        QVERIFY(!QFile::exists(path));
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(finished.at(0).at(1).toString().contains(name));
        QVERIFY(destroyed.wait(5000));
        const QByteArray bytes = readFile(path);
        if (name.endsWith(QStringLiteral(".pdf"))) {
            QVERIFY(bytes.startsWith("%PDF"));
            QVERIFY(pageCount(bytes) > 5);
        } else {
            QCOMPARE(QString::fromUtf8(bytes).count(QStringLiteral("data:image/svg+xml")), qsizetype(3));
        }
    }
}

// Issue 17: a long export (a large workspace's PDF runs to hundreds of pages)
// says where it is and can be stopped; the file that was there stays as it was.
void TestReport::exportSaysWhereItIsAndCanBeCancelled()
{
    DiagramRenderer renderer;
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("the earlier report");
    }
    auto *run = new ReportRun(m_sample, QStringLiteral("seed.archboard"), &renderer);
    QSignalSpy finished(run, &ReportRun::finished);
    QMutex mutex;
    QStringList stages;
    std::atomic_int pages = 0;
    std::atomic_int total = 0;
    // Direct: the page progress comes from the worker that writes the PDF, and the
    // cancel lands before its next page.
    connect(run, &ReportRun::progress, run, [&](int done, int of, const QString &stage) {
        {
            QMutexLocker lock(&mutex);
            if (!stages.contains(stage))
                stages << stage;
        }
        if (stage == u"Writing the pages" && done > 0) {
            pages = done;
            total = of;
            run->cancel();
        }
    }, Qt::DirectConnection);
    run->exportTo(path);
    QVERIFY(finished.wait(120000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("cancelled")), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(pages.load(), 1);  // stopped after the first page
    QVERIFY(total.load() > 5);  // of the whole report's
    QCOMPARE(readFile(path), QByteArray("the earlier report"));
    QMutexLocker lock(&mutex);
    for (const char *stage : {"Computing the figures", "Rendering the diagrams", "Drawing the charts and diagrams", "Writing the pages"})
        QVERIFY2(stages.contains(QLatin1StringView(stage)), qPrintable(stages.join(u'|')));
}

void TestReport::fileMenuHasReportActions()
{
    MainWindow window;
    window.setInteractive(false);
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text().remove(u'&') == u"File") {
            for (QAction *a : menu->menu()->actions())
                texts << a->text().remove(u'&');
        }
    }
    QVERIFY2(texts.contains(QStringLiteral("Export Report…")), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("Print…")));
    QVERIFY(texts.contains(QStringLiteral("Print Preview…")));
}

// The Fragmentation page, `archboard-cli export --diagrams` and the report
// draw one drift graph: the same dependencies, services and edges.
void TestReport::driftGraphIsTheSameEverywhere()
{
    Testing::GeneratorSpec spec;
    spec.services = 120;
    spec.dependenciesPerService = 12;
    const QString path = m_dir.filePath(QStringLiteral("drift.archboard.yaml"));
    QString error;
    QVERIFY2(WorkspaceFile::save(Testing::generateWorkspace(spec, 5), path, &error), qPrintable(error));
    InputError inputError;
    const std::unique_ptr<Workspace> ws = WorkspaceFile::load(path, &inputError);
    QVERIFY(ws);
    const DriftGraph graph = Fragmentation::driftGraphView(*ws, Fragmentation::analyse(*ws));
    QVERIFY(graph.dependenciesShown > 1);
    QVERIFY2(graph.servicesShown < graph.servicesTotal, "the generated workspace must need a selection");
    const QByteArray dot = Dot::build(graph.diagram).dot;
    QVERIFY(!dot.isEmpty());

    // The CLI writes exactly this DOT.
    const QString dir = m_dir.filePath(QStringLiteral("drift-diagrams"));
    const Testing::CliRun r = Testing::cli({QStringLiteral("export"), path, QStringLiteral("--diagrams"), dir, QStringLiteral("--format"), QStringLiteral("dot")});
    QCOMPARE(r.code, 0);
    QFile file(dir + QStringLiteral("/dependency-drift.dot"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), dot);

    // The report lays out the same DOT.
    WorkshopReport report(*ws);
    const auto job = std::find_if(report.diagrams().begin(), report.diagrams().end(),
                                  [](const WorkshopReport::DiagramJob &d) { return d.name == QStringLiteral("dependency-drift"); });
    QVERIFY(job != report.diagrams().end());
    QCOMPARE(job->dot, dot);

    // The page draws the same services and dependencies (with its own title and click targets).
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(path));
    FragmentationPage *page = w.findChild<FragmentationPage *>();
    QVERIFY(page);
    w.showPage(page);
    DiagramView *view = page->driftGraph();
    QTRY_VERIFY_WITH_TIMEOUT(!view->svg().isEmpty() && !view->isRendering(), 30000);
    int drawn = 0;
    for (const Service &s : ws->services) {
        const bool inGraph = graph.diagram.nodes.end() != std::find_if(graph.diagram.nodes.begin(), graph.diagram.nodes.end(),
                                                                       [&s](const DiagramNode &n) { return n.id == QStringLiteral("svc:") + s.id; });
        QCOMPARE(!view->elementRect(QStringLiteral("service:") + s.id).isEmpty(), inGraph);
        drawn += inGraph;
    }
    QCOMPARE(drawn, graph.servicesShown);
    for (int i = 0; i < graph.dependenciesShown; ++i)
        QVERIFY(!view->elementRect(QStringLiteral("dependency:%1").arg(i)).isEmpty());
    QVERIFY(view->elementRect(QStringLiteral("dependency:%1").arg(graph.dependenciesShown)).isEmpty());
    QVERIFY(page->graphNote().startsWith(graph.note()));
}

void TestReport::chartsShowThePagesFigures()
{
    // The report draws its charts without QtCharts (archboard-cli is headless): the
    // bars must still be the figures the pages' charts show, series by series.
    const Document doc(std::make_unique<Workspace>(m_sample));
    const SelectionResult selection = Selection::compute(m_sample);
    const WinProbabilities win = Selection::winProbabilities(m_sample);
    int charts = 0;
    for (size_t t = 0; t < selection.tiers.size(); ++t) {
        const TierResult &tier = selection.tiers[t];
        QChart ranking;
        SelectionCharts::fillRanking(&ranking, doc, tier, &win.tiers[t]);
        QString d = differences(QStringLiteral("ranking ") + tier.tier, barsOf(ranking, true), barsOf(ReportCharts::ranking(doc, tier, &win.tiers[t])));
        QVERIFY2(d.isEmpty(), qPrintable(d));
        QChart sensitivity;
        SelectionCharts::fillSensitivity(&sensitivity, doc, tier, m_sample.info.fragileThresholdPp);
        d = differences(QStringLiteral("sensitivity ") + tier.tier, barsOf(sensitivity, true),
                        barsOf(ReportCharts::sensitivity(doc, tier, m_sample.info.fragileThresholdPp)));
        QVERIFY2(d.isEmpty(), qPrintable(d));
        charts += 2;
    }
    std::vector<TcoCharts::ScenarioFigure> figures;
    std::vector<ReportCharts::ScenarioTotal> totals;
    const QString baselineId = Tco::baselineScenario(m_sample);
    int baseline = -1;
    for (const TcoScenario &sc : m_sample.scenarios) {
        const std::optional<TcoInput> in = Tco::input(m_sample, sc.id);
        QVERIFY(in);
        const TcoResult r = Tco::compute(*in);
        QChart lines;
        TcoCharts::fillLines(&lines, r);
        QString d = differences(QStringLiteral("cost lines ") + sc.id, barsOf(lines, false), barsOf(ReportCharts::tcoLines(r)));
        QVERIFY2(d.isEmpty(), qPrintable(d));
        const double pct = sc.sensitivityPct;
        const std::vector<TcoSensitivity> sens = Tco::sensitivity(*in, pct);
        QChart tornado;
        TcoCharts::fillTornado(&tornado, sens, Tco::parameters(*in, m_sample), r.totalAnnualUsd, pct);
        d = differences(QStringLiteral("tornado ") + sc.id, barsOf(tornado, true),
                        barsOf(ReportCharts::tornado(sens, Tco::parameters(*in, m_sample), r.totalAnnualUsd, pct)));
        QVERIFY2(d.isEmpty(), qPrintable(d));
        if (sc.id == baselineId)
            baseline = int(figures.size());
        TcoCharts::ScenarioFigure f;
        f.id = sc.id;
        f.name = sc.name;
        f.baseline = sc.id == baselineId;
        f.result = r;
        figures.push_back(f);
        totals.push_back({sc.name, r.totalAnnualUsd});
        charts += 2;
    }
    QChart comparison;
    TcoCharts::fillComparison(&comparison, figures, baseline);
    QString d = differences(QStringLiteral("scenario comparison"), barsOf(comparison, true), barsOf(ReportCharts::tcoComparison(totals, baseline)));
    QVERIFY2(d.isEmpty(), qPrintable(d));
    const FragmentationResult fragmentation = Fragmentation::analyse(m_sample);
    QChart drift;
    FragmentationCharts::fillDrift(&drift, fragmentation, 20);
    d = differences(QStringLiteral("drift"), barsOf(drift, true), barsOf(ReportCharts::drift(fragmentation, 20)));
    QVERIFY2(d.isEmpty(), qPrintable(d));
    QVERIFY(charts >= 8);
}

void TestReport::chartsAreDrawnWithoutWidgets()
{
    // A worker thread draws them (the GUI's report run does): no widget, no GUI thread.
    const Document doc(std::make_unique<Workspace>(m_sample));
    const TierResult tier = Selection::compute(m_sample).tiers.front();
    const ReportCharts::BarChart chart = ReportCharts::ranking(doc, tier, nullptr);
    QImage image;
    std::thread worker([&] { image = ReportCharts::paint(chart, 640, 300); });
    worker.join();
    QCOMPARE(image.size(), QSize(1280, 600));
    // The winner's bar (the top one) runs across most of the plot: its score is far above zero.
    int longest = 0;
    for (int y = 0; y < image.height(); y += 2) {
        int run = 0;
        for (int x = 0; x < image.width(); ++x) {
            run = image.pixelColor(x, y).saturation() > 60 ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    QVERIFY2(longest > 200, "no coloured bar in the ranking chart");
    // An empty chart says why in its title and draws no bar.
    const QImage empty = ReportCharts::paint(ReportCharts::drift(FragmentationResult{}, 20), 640, 200);
    bool coloured = false;
    for (int y = 0; y < empty.height() && !coloured; y += 2) {
        for (int x = 0; x < empty.width() && !coloured; x += 2)
            coloured = empty.pixelColor(x, y).saturation() > 60;
    }
    QVERIFY(!coloured);
    QCOMPARE(ReportCharts::drift(FragmentationResult{}, 20).title, QStringLiteral("No dependency is used by two or more services"));
}

void TestReport::chartPaletteIsDistinct()
{
    // The distance is CIE76 ΔE: black to white is 100, sRGB red to green about 170.6.
    QVERIFY(std::abs(ChartStyle::colourDistance(Qt::black, Qt::white) - 100.0) < 0.05);
    QVERIFY(std::abs(ChartStyle::colourDistance(QColor(255, 0, 0), QColor(0, 255, 0)) - 170.6) < 0.5);
    // At least 24 colours, every two clearly apart, none near white or like the grey of "Other".
    QVERIFY(ChartStyle::paletteSize() >= 24);
    QList<QColor> colours;
    for (int i = 0; i < ChartStyle::paletteSize(); ++i)
        colours << ChartStyle::seriesColour(i);
    for (int i = 0; i < colours.size(); ++i) {
        const QColor &c = colours.at(i);
        QVERIFY2(c.lightnessF() < 0.9 && ChartStyle::colourDistance(c, Qt::white) >= 30, qPrintable(c.name()));
        QVERIFY2(ChartStyle::colourDistance(c, ChartStyle::otherColour()) >= 15, qPrintable(c.name()));
        for (int j = 0; j < i; ++j)
            QVERIFY2(ChartStyle::colourDistance(c, colours.at(j)) >= 15, qPrintable(c.name() + QStringLiteral(" ~ ") + colours.at(j).name()));
    }
    QCOMPARE(ChartStyle::seriesColour(ChartStyle::paletteSize()), ChartStyle::seriesColour(0)); // wraps only after the palette

    // Candidates' own colours are kept while they are distinct; repeats get palette colours.
    const std::vector<QColor> own = {QColor(0xde, 0xa5, 0x84), QColor(0x31, 0x78, 0xc6), QColor(0xde, 0xa5, 0x84), QColor(0xfa, 0xfa, 0xfa), QColor()};
    const std::vector<QColor> given = ChartStyle::distinctColours(own);
    QCOMPARE(given.size(), own.size());
    QCOMPARE(given[0], own[0]);
    QCOMPARE(given[1], own[1]);
    for (size_t i = 0; i < given.size(); ++i) {
        QVERIFY(ChartStyle::colourDistance(given[i], Qt::white) >= 25);
        for (size_t j = 0; j < i; ++j)
            QVERIFY2(ChartStyle::colourDistance(given[i], given[j]) >= 15, qPrintable(given[i].name()));
    }
}

void TestReport::chartsGroupTheSameOverflow()
{
    // A board of 12 candidates × 30 criteria with long names: the page and the report group the
    // same 18 criteria as "Other (18 more)", in the same colours, and print every name in full.
    const Workspace ws = Testing::longNamedBoard(12, 30, 5);
    const Document doc(std::make_unique<Workspace>(ws));
    const TierResult tier = Selection::compute(ws).tiers.front();
    QCOMPARE(int(tier.criteria.size()), 30);

    QChart page;
    SelectionCharts::fillRanking(&page, doc, tier);
    const ReportCharts::BarChart report = ReportCharts::ranking(doc, tier, nullptr);
    const QString d = differences(QStringLiteral("ranking"), barsOf(page, true), barsOf(report));
    QVERIFY2(d.isEmpty(), qPrintable(d));
    QCOMPARE(report.series.size(), size_t(13));
    QCOMPARE(report.series.back().name, QStringLiteral("Other (18 more)"));
    QCOMPARE(page.title(), report.title);
    QVERIFY2(report.title.contains(QStringLiteral("the 12 heaviest of 30 criteria, the other 18 grouped as “Other (18 more)”")), qPrintable(report.title));
    const QList<QBarSet *> sets = qobject_cast<QAbstractBarSeries *>(page.series().value(0))->barSets();
    QCOMPARE(sets.size(), qsizetype(report.series.size()));
    for (qsizetype i = 0; i < sets.size(); ++i)
        QCOMPARE(sets.at(i)->color(), report.series[size_t(i)].colour);
    for (size_t i = 0; i + 1 < report.series.size(); ++i) {
        QCOMPARE(report.series[i].colour, ChartStyle::seriesColour(int(i)));
        QVERIFY2(ws.criteria.end() != std::find_if(ws.criteria.begin(), ws.criteria.end(), [&](const Criterion &c) { return c.name == report.series[i].name; }),
                 qPrintable(report.series[i].name));
    }
    for (const Candidate &c : ws.candidates)
        QVERIFY2(report.categories.filter(c.name).size() == 1, qPrintable(c.name));

    QChart pageSensitivity;
    SelectionCharts::fillSensitivity(&pageSensitivity, doc, tier, 7.5);
    const ReportCharts::BarChart reportSensitivity = ReportCharts::sensitivity(doc, tier, 7.5);
    const QString ds = differences(QStringLiteral("sensitivity"), barsOf(pageSensitivity, true), barsOf(reportSensitivity));
    QVERIFY2(ds.isEmpty(), qPrintable(ds));
    QCOMPARE(reportSensitivity.categories.size(), qsizetype(17));
    QVERIFY(reportSensitivity.categories.last().startsWith(QStringLiteral("Other (14 more)")));
    QCOMPARE(pageSensitivity.title(), reportSensitivity.title);
    for (const QString &label : reportSensitivity.categories + report.categories)
        QVERIFY2(!label.contains(QChar(0x2026)), qPrintable(label));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
