// The diff as a pull-request comment: a summary line, the headlines (at most
// ~60 lines), the rest in collapsible <details>. Workspace text only ever
// appears as a code span (markdownCode), never in HTML or link syntax.
#include "diffreport.h"

#include "diffwording.h"
#include "workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace ArchBoard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDiff)
};

constexpr int kHeadlineItems = 8;     // per headline list before "… more in the details"
constexpr int kDetailRows = 300;      // model changes listed in the details
constexpr int kDetailItems = 200;     // other detail lists
constexpr qsizetype kMaxSize = 60000; // GitHub comments stop at 65 536 characters

QString code(const QString &s)
{
    return WorkspaceDiff::markdownCode(s, false);
}

QString cell(const QString &s)
{
    return WorkspaceDiff::markdownCode(s, true);
}

QString more(int shown, int total)
{
    return total > shown ? Text::tr("… and %n more in the details below", nullptr, total - shown) : QString();
}

void openDetails(QString &out, const QString &summary)
{
    // Ours only inside <summary>: it is HTML, where a code span does not protect.
    out += QStringLiteral("<details><summary>%1</summary>\n\n").arg(summary.toHtmlEscaped());
}

void closeDetails(QString &out, int shown, int total)
{
    if (total > shown)
        out += u'\n' + Text::tr("… and %n more; run `archboard-cli diff` for the complete list.", nullptr, total - shown) + u'\n';
    out += QStringLiteral("\n</details>\n\n");
}

void headlines(QString &out, const WorkspaceComparison &cmp)
{
    const Consequences &c = cmp.consequences;
    int winners = 0;
    for (const TierConsequence &t : c.tiers) {
        if (!t.winnerChanged() && t.before && t.after)
            continue;
        if (winners == 0)
            out += QStringLiteral("**%1**\n\n").arg(Text::tr("Winners"));
        if (++winners <= kHeadlineItems)
            out += QStringLiteral("- ") + DiffWording::tierLine(t, code) + u'\n';
    }
    if (winners > 0) {
        const QString rest = more(kHeadlineItems, winners);
        out += (rest.isEmpty() ? QString() : QStringLiteral("- ") + rest + u'\n') + u'\n';
    }
    if (!c.scenarios.empty()) {
        out += QStringLiteral("**%1**\n\n").arg(Text::tr("TCO"));
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---:|---:|---:|\n")
                   .arg(Text::tr("Scenario"), Text::tr("Before, per year"), Text::tr("After, per year"), Text::tr("Change"));
        int shown = 0;
        for (const TcoConsequence &s : c.scenarios) {
            if (shown++ >= kHeadlineItems)
                break;
            if (s.comparison)
                out += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(cell(s.name), Tco::usd(s.comparison->annualA),
                                                                   Tco::usd(s.comparison->annualB),
                                                                   DiffWording::percentChange(s.comparison->annualChangePct()));
            else
                out += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(cell(s.name), s.added ? QStringLiteral("—") : Tco::usd(s.only->totalAnnualUsd),
                                                                   s.added ? Tco::usd(s.only->totalAnnualUsd) : QStringLiteral("—"),
                                                                   s.added ? Text::tr("new") : Text::tr("removed"));
        }
        const QString rest = more(kHeadlineItems, int(c.scenarios.size()));
        out += (rest.isEmpty() ? QString() : u'\n' + rest + u'\n') + u'\n';
    }
    if (!c.contexts.isEmpty()) {
        QString line = Text::tr("%1 finding(s) appeared, %2 resolved, %3 reworded")
                           .arg(c.contexts.appeared.size()).arg(c.contexts.resolved.size()).arg(c.contexts.changed.size());
        if (c.contexts.consistencyChanged())
            line += QStringLiteral(" · ") + DiffWording::consistencyLine(c.contexts);
        out += QStringLiteral("**%1**: %2\n\n").arg(Text::tr("Context map"), line);
    }
    if (!c.metrics.empty()) {
        out += QStringLiteral("**%1**\n\n").arg(Text::tr("Fragmentation"));
        for (const MetricConsequence &m : c.metrics)
            out += QStringLiteral("- ") + DiffWording::metricLine(m, code) + u'\n';
        out += u'\n';
    }
    if (!c.records.empty()) {
        out += QStringLiteral("**%1**\n\n").arg(Text::tr("Decision records"));
        int shown = 0;
        for (const RecordConsequence &r : c.records) {
            if (shown++ >= kHeadlineItems)
                break;
            out += QStringLiteral("- ") + DiffWording::recordLine(r, code) + u'\n';
        }
        const QString rest = more(kHeadlineItems, int(c.records.size()));
        out += (rest.isEmpty() ? QString() : QStringLiteral("- ") + rest + u'\n') + u'\n';
    }
}

void modelDetails(QString &out, const WorkspaceComparison &cmp)
{
    openDetails(out, Text::tr("Model changes (%1)").arg(cmp.model.changes.size()));
    out += QStringLiteral("| | %1 |\n|---|---|\n").arg(Text::tr("Change"));
    int rows = 0;
    int total = 0;
    for (const ElementChange &change : cmp.model.changes) {
        const QStringList lines = DiffWording::changeLines(cmp, change, cell);
        for (int i = 0; i < lines.size(); ++i) {
            ++total;
            if (rows >= kDetailRows || out.size() > kMaxSize / 2)
                continue;
            const FieldChange *field = i < int(change.fields.size()) ? &change.fields[size_t(i)] : nullptr;
            out += QStringLiteral("| %1 | %2 |\n").arg(DiffWording::sign(change, field), lines.at(i));
            ++rows;
        }
    }
    closeDetails(out, rows, total);
}

void consequenceDetails(QString &out, const WorkspaceComparison &cmp)
{
    const Consequences &c = cmp.consequences;
    auto list = [&out](const QString &title, const QStringList &items) {
        if (items.isEmpty())
            return;
        // The count is of tiers, scenarios, findings, records: the entries, not their sub-lines.
        const auto entries = std::count_if(items.begin(), items.end(), [](const QString &i) { return i.startsWith(u'-'); });
        openDetails(out, QStringLiteral("%1 (%2)").arg(title).arg(entries));
        int shown = 0;
        for (const QString &item : items) {
            if (shown >= kDetailItems || out.size() > kMaxSize)
                break;
            out += item + u'\n';
            ++shown;
        }
        closeDetails(out, shown, int(items.size()));
    };
    QStringList rankings;
    for (const TierConsequence &t : c.tiers) {
        rankings << QStringLiteral("- ") + DiffWording::tierLine(t, code);
        for (const QString &line : DiffWording::rankingLines(t, code))
            rankings << QStringLiteral("  - ") + line;
    }
    list(Text::tr("Rankings"), rankings);
    QStringList tco;
    for (const TcoConsequence &s : c.scenarios) {
        tco << QStringLiteral("- ") + DiffWording::scenarioLine(s, code);
        if (s.comparison) {
            for (const TcoLineDelta &l : s.comparison->movedLines())
                tco << QStringLiteral("  - ") + DiffWording::tcoLineText(l, code);
        }
    }
    list(Text::tr("TCO lines that moved"), tco);
    QStringList findings;
    for (const ContextFinding &f : c.contexts.appeared)
        findings << QStringLiteral("- ") + Text::tr("appeared: %1").arg(DiffWording::findingLine(f, code));
    for (const ContextFinding &f : c.contexts.resolved)
        findings << QStringLiteral("- ") + Text::tr("resolved: %1").arg(DiffWording::findingLine(f, code));
    for (const FindingChange &f : c.contexts.changed)
        findings << QStringLiteral("- ") + Text::tr("reworded: %1 (was %2)").arg(DiffWording::findingLine(f.after, code), code(f.before.message));
    list(Text::tr("Context-map findings"), findings);
    QStringList figures;
    for (const RecordConsequence &r : c.records) {
        figures << QStringLiteral("- ") + DiffWording::recordLine(r, code);
        for (const Decisions::StaleFigure &f : r.figures)
            figures << QStringLiteral("  - ") + DiffWording::staleFigureLine(f, code);
    }
    list(Text::tr("Decision records"), figures);
}

} // namespace

QString WorkspaceDiff::toMarkdown(const WorkspaceComparison &cmp)
{
    QString out;
    out += QStringLiteral("### ArchBoard: ") + DiffWording::summary(cmp, code) + QStringLiteral("\n\n");
    out += QStringLiteral("%1 → %2\n\n").arg(code(cmp.beforeLabel), code(cmp.afterLabel));
    if (!cmp.model.isEmpty()) {
        headlines(out, cmp);
        modelDetails(out, cmp);
        consequenceDetails(out, cmp);
    }
    out += QString::fromLatin1(markdownMarker) + u'\n';
    return out;
}

} // namespace ArchBoard
