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
    const SelectionResult &result = m_data.selection;

    QString out = section(QStringLiteral("selection"), tr("Selection by SLA tier"));
    out += QStringLiteral("<p>%1</p>\n")
               .arg(esc(tr("Each criterion is normalised min–max across the shortlisted candidates (best = 1); a tier's score is the "
                           "sum of its weight shares × the normalised values. Missing figures: %1. Workshop ratings: %2.")
                            .arg(Enums::missingPolicy.label(int(ws.info.missingPolicy)),
                                 Enums::ratingAggregation.label(int(ws.info.ratingAggregation)))));
    if (result.tiers.empty())
        out += note(esc(tr("The workspace has no SLA tier: there is nothing to rank.")));

    for (size_t t = 0; t < result.tiers.size(); ++t)
        out += tierSection(t);

    out += decisionRulesSection();
    return out;
}

QString WorkshopReport::tierSection(size_t t)
{
    const Document &doc = *m_document;
    const Workspace &ws = doc.workspace();
    const SelectionResult &result = m_data.selection;
    const WinProbabilities &win = m_data.win;
    auto candidate = [&](const QString &id) { return esc(doc.referenceName(TableId::Candidates, id)); };
    auto criterion = [&](const QString &id) { return doc.referenceName(TableId::Criteria, id); };

    const TierResult &ranked = result.tiers[t];
    const SlaTier &tier = ws.tiers[t];
    QString out = QStringLiteral("<h2%1>%2</h2>\n")
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
    out += tierMatrix(ranked);
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
                     ReportCharts::ranking(doc, ranked, &win.tiers[t]));
    out += ahpSection(ws, tier.id);

    out += tierSensitivity(ranked, tier);
    return out;
}

/// The tier's weighted criteria, raw value with the normalised one beside it.
QString WorkshopReport::tierMatrix(const TierResult &ranked) const
{
    const Document &doc = *m_document;
    const Workspace &ws = doc.workspace();
    const SelectionMatrix &m = m_data.selection.matrix;
    auto candidate = [&](const QString &id) { return esc(doc.referenceName(TableId::Candidates, id)); };
    auto criterion = [&](const QString &id) { return doc.referenceName(TableId::Criteria, id); };
    QString out;
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
    return out;
}

QString WorkshopReport::tierSensitivity(const TierResult &ranked, const SlaTier &tier)
{
    const Document &doc = *m_document;
    const Workspace &ws = doc.workspace();
    auto candidate = [&](const QString &id) { return esc(doc.referenceName(TableId::Candidates, id)); };
    auto criterion = [&](const QString &id) { return doc.referenceName(TableId::Criteria, id); };
    QString out;
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
                     ReportCharts::sensitivity(doc, ranked, ws.info.fragileThresholdPp));
    return out;
}

QString WorkshopReport::decisionRulesSection()
{
    const Document &doc = *m_document;
    const Workspace &ws = doc.workspace();
    auto candidate = [&](const QString &id) { return esc(doc.referenceName(TableId::Candidates, id)); };
    QString out;
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

} // namespace ArchBoard
