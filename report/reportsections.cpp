#include "workshopreport.h"

#include "reporthtml.h"

#include "backgroundwork.h"
#include "contextmap.h"
#include "document.h"
#include "dotbuilder.h"
#include "driftgraph.h"
#include "fragmentation.h"
#include "fragmentationstyle.h"
#include "reportcharts.h"
#include "selection.h"
#include "tablemodel.h"
#include "tco.h"
#include "validation.h"
#include "winprobability.h"
#include "workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
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

using namespace ReportHtml;

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

QString WorkshopReport::contextSection()
{
    const Document &doc = *m_document;
    const Workspace &ws = doc.workspace();
    const ContextMapResult &map = m_data.contextMap;
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
    for (const Recommendation &r : m_data.selection.recommendations) {
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

    using Computed = ReportData::Scenario;
    const std::vector<Computed> &computed = m_data.scenarios;
    const QString &baselineId = m_data.baselineId;
    const std::optional<double> &baselineTotal = m_data.baselineTotal;
    std::vector<ReportCharts::ScenarioTotal> figures;
    int baseline = -1;
    for (const Computed &c : computed) {
        if (c.result.scenario == baselineId)
            baseline = int(figures.size());
        figures.push_back({c.result.scenarioName, c.result.totalAnnualUsd});
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
                 ReportCharts::tcoComparison(figures, baseline));

    for (const Computed &c : computed)
        out += scenarioSection(c);
    return out;
}

QString WorkshopReport::scenarioSection(const ReportData::Scenario &c)
{
    const Workspace &ws = m_document->workspace();
    const TcoResult &r = c.result;
    QString out = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(esc(tr("Scenario: %1").arg(r.scenarioName)));
    if (!c.input.scenario.description.trimmed().isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(paragraphs(c.input.scenario.description));
    QStringList facts;
    facts << tr("provider %1").arg(r.provider.isEmpty() ? tr("none") : r.provider);
    facts << tr("%1 MB, %2 ms per invocation").arg(c.input.scenario.memoryMb).arg(num(c.input.scenario.durationMs, 1));
    facts << tr("%1 invocations per function and month").arg(num(c.input.scenario.invocationsPerMonth, 0));
    facts << tr("horizon %n years", nullptr, r.horizonYears);
    out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(facts.join(QStringLiteral(" · "))));

    out += scenarioLines(r);
    out += scenarioSummary(c);
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
                 ReportCharts::tcoLines(r));
    const double pct = c.input.scenario.sensitivityPct;
    const std::vector<TcoSensitivity> &sensitivity = c.sensitivity;
    if (!sensitivity.empty()) {
        const int rowsShown = std::min<int>(12, int(sensitivity.size()));
        out += chart(tr("Tornado: each input ±%1 %, scenario %2").arg(num(pct, 1), r.scenarioName), kPageWidth, 120 + 28 * rowsShown,
                     ReportCharts::tornado(sensitivity, Tco::parameters(c.input, ws), r.totalAnnualUsd, pct));
    }
    return out;
}

/// Lines down, languages across: a handful of languages fit an A4 page.
QString WorkshopReport::scenarioLines(const TcoResult &r) const
{
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
    return table(header, lines, numeric);
}

/// The scenario's totals, spread and drivers in one sentence.
QString WorkshopReport::scenarioSummary(const ReportData::Scenario &c) const
{
    const TcoResult &r = c.result;
    const QString &baselineId = m_data.baselineId;
    const std::optional<double> &baselineTotal = m_data.baselineTotal;
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
    return QStringLiteral("<p>%1.</p>\n").arg(esc(summary.join(QStringLiteral("; "))));
}
QString WorkshopReport::fragmentationSection()
{
    const Workspace &ws = m_document->workspace();
    const FragmentationResult &result = m_data.fragmentation;
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
                                .arg(FragmentationStyle::levelTint(mv.level).name(), FragmentationStyle::levelColour(mv.level).darker(140).name(),
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
                 ReportCharts::drift(result, 20));
    QList<QStringList> deps;
    for (const SharedDependency &d : result.dependencies) {
        if (deps.size() >= kMaxSharedDependencies)
            break;
        QStringList versions;
        for (const VersionUse &v : d.versions)
            versions << tr("%1 (%n services)", nullptr, int(v.services.size())).arg(v.version);
        deps << QStringList{esc(d.name), esc(Enums::ecosystem.label(int(d.ecosystem))), esc(versions.join(QStringLiteral(", "))),
                            esc(FragmentationStyle::driftLabel(d.drift.level))};
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

} // namespace ArchBoard
