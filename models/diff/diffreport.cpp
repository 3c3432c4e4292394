#include "diffreport.h"

#include "diffwording.h"
#include "workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ArchBoard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDiff)
};

QString asIs(const QString &s)
{
    return s;
}

/// The scenario whose annual total moved most, in %, for the summary.
const TcoConsequence *largestTcoMove(const Consequences &c)
{
    const TcoConsequence *best = nullptr;
    double bestPct = -1;
    for (const TcoConsequence &s : c.scenarios) {
        if (!s.comparison)
            continue;
        const double pct = std::abs(s.comparison->annualChangePct().value_or(0.0));
        if (pct > bestPct) {
            best = &s;
            bestPct = pct;
        }
    }
    return best;
}

} // namespace

} // namespace ArchBoard

namespace ArchBoard::WorkspaceDiff {

WorkspaceComparison run(std::shared_ptr<const Workspace> before, std::shared_ptr<const Workspace> after,
                        const QString &beforeLabel, const QString &afterLabel)
{
    WorkspaceComparison c;
    c.beforeLabel = beforeLabel;
    c.afterLabel = afterLabel;
    c.before = std::move(before);
    c.after = std::move(after);
    c.model = compare(*c.before, *c.after);
    if (!c.model.isEmpty())
        c.consequences = consequences(*c.before, *c.after, &c.model);
    return c;
}

QString summary(const WorkspaceComparison &cmp)
{
    return DiffWording::summary(cmp, asIs);
}

} // namespace ArchBoard::WorkspaceDiff

namespace ArchBoard::DiffWording {

QString summary(const WorkspaceComparison &cmp, const Quote &quote)
{
    if (cmp.model.isEmpty())
        return Text::tr("No model changes.");
    const Consequences &c = cmp.consequences;
    QStringList parts;
    parts << Text::tr("%n model change(s)", nullptr, int(cmp.model.changes.size()))
                 + QStringLiteral(" (%1)").arg(Text::tr("%1 added, %2 removed, %3 changed")
                                                   .arg(cmp.model.count(ElementChange::Kind::Added))
                                                   .arg(cmp.model.count(ElementChange::Kind::Removed))
                                                   .arg(cmp.model.count(ElementChange::Kind::Changed)));
    if (const int winners = c.winnersChanged())
        parts << Text::tr("winner changed in %n tier(s)", nullptr, winners);
    else if (!c.tiers.empty())
        parts << Text::tr("rankings moved in %n tier(s)", nullptr, int(c.tiers.size()));
    if (const TcoConsequence *s = largestTcoMove(c))
        parts << Text::tr("TCO moved in %n scenario(s), most %1 per year (%2)", nullptr, int(c.scenarios.size()))
                     .arg(DiffWording::percentChange(s->comparison->annualChangePct()), quote(s->name.size() > 40 ? s->name.left(39) + u'…' : s->name));
    else if (!c.scenarios.empty())
        parts << Text::tr("%n TCO scenario(s) added or removed", nullptr, int(c.scenarios.size()));
    if (!c.contexts.appeared.empty() || !c.contexts.resolved.empty())
        parts << Text::tr("context map: %1 finding(s) appeared, %2 resolved")
                     .arg(c.contexts.appeared.size()).arg(c.contexts.resolved.size());
    const int levels = int(std::count_if(c.metrics.begin(), c.metrics.end(), [](const MetricConsequence &m) { return m.levelChanged(); }));
    if (levels > 0)
        parts << Text::tr("%n fragmentation risk level(s) changed", nullptr, levels);
    else if (!c.metrics.empty())
        parts << Text::tr("%n fragmentation metric(s) moved", nullptr, int(c.metrics.size()));
    if (!c.records.empty())
        parts << Text::tr("%n decision record(s) stale or superseded", nullptr, int(c.records.size()));
    return parts.join(QStringLiteral(" · "));
}

} // namespace ArchBoard::DiffWording

namespace ArchBoard::WorkspaceDiff {

QString toText(const WorkspaceComparison &cmp)
{
    QString out;
    out += Text::tr("Comparing %1 → %2").arg(cmp.beforeLabel, cmp.afterLabel) + u'\n';
    out += summary(cmp) + u'\n';
    if (cmp.model.isEmpty())
        return out;
    out += u'\n' + Text::tr("Model changes") + u'\n';
    for (const ElementChange &change : cmp.model.changes) {
        const QStringList lines = DiffWording::changeLines(cmp, change, asIs);
        for (int i = 0; i < lines.size(); ++i) {
            const FieldChange *field = i < int(change.fields.size()) ? &change.fields[size_t(i)] : nullptr;
            out += QStringLiteral("  %1 %2\n").arg(DiffWording::sign(change, field), lines.at(i));
        }
    }
    const Consequences &c = cmp.consequences;
    if (c.isEmpty()) {
        out += u'\n' + Text::tr("Consequences: none of the engines' results moved.") + u'\n';
        return out;
    }
    out += u'\n' + Text::tr("Consequences") + u'\n';
    if (!c.tiers.empty()) {
        out += QStringLiteral("  ") + Text::tr("Selection") + u'\n';
        for (const TierConsequence &t : c.tiers) {
            out += QStringLiteral("    ") + DiffWording::tierLine(t, asIs) + u'\n';
            for (const QString &line : DiffWording::rankingLines(t, asIs))
                out += QStringLiteral("      ") + line + u'\n';
        }
    }
    if (!c.scenarios.empty()) {
        out += QStringLiteral("  ") + Text::tr("TCO") + u'\n';
        for (const TcoConsequence &s : c.scenarios) {
            out += QStringLiteral("    ") + DiffWording::scenarioLine(s, asIs) + u'\n';
            if (s.comparison) {
                for (const TcoLineDelta &l : s.comparison->movedLines())
                    out += QStringLiteral("      ") + DiffWording::tcoLineText(l, asIs) + u'\n';
            }
        }
    }
    if (!c.contexts.isEmpty()) {
        out += QStringLiteral("  ") + Text::tr("Context map") + u'\n';
        for (const ContextFinding &f : c.contexts.appeared)
            out += QStringLiteral("    + ") + DiffWording::findingLine(f, asIs) + u'\n';
        for (const ContextFinding &f : c.contexts.resolved)
            out += QStringLiteral("    − ") + DiffWording::findingLine(f, asIs) + u'\n';
        for (const FindingChange &f : c.contexts.changed)
            out += QStringLiteral("    ~ ") + DiffWording::findingLine(f.after, asIs) + QStringLiteral(" (") + Text::tr("was: %1").arg(f.before.message) + u')' + u'\n';
        if (c.contexts.consistencyChanged())
            out += QStringLiteral("    ") + DiffWording::consistencyLine(c.contexts) + u'\n';
    }
    if (!c.metrics.empty()) {
        out += QStringLiteral("  ") + Text::tr("Fragmentation") + u'\n';
        for (const MetricConsequence &m : c.metrics)
            out += QStringLiteral("    ") + DiffWording::metricLine(m, asIs) + u'\n';
    }
    if (!c.records.empty()) {
        out += QStringLiteral("  ") + Text::tr("Decision records") + u'\n';
        for (const RecordConsequence &r : c.records) {
            out += QStringLiteral("    ") + DiffWording::recordLine(r, asIs) + u'\n';
            for (const Decisions::StaleFigure &f : r.figures)
                out += QStringLiteral("      ") + DiffWording::staleFigureLine(f, asIs) + u'\n';
        }
    }
    return out;
}

QString markdownCode(const QString &text, bool inTable, int maxLength)
{
    QString s;
    s.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        // Line breaks would end the span or the table row; controls and bidi overrides could hide text.
        const bool control = c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
            || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
        if (control) {
            s += u' ';
        } else {
            const char32_t one[] = {c};
            s += QString::fromUcs4(one, 1);
        }
    }
    if (s.size() > maxLength)
        s = s.left(maxLength) + QStringLiteral("…");
    if (s.trimmed().isEmpty())
        return Text::tr("*(empty)*");
    if (inTable)
        s.replace(u'|', QStringLiteral("\\|"));
    int longest = 0;
    int run = 0;
    for (QChar c : s) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    // A span that starts or ends with a backtick needs a space inside the fence.
    const bool pad = s.startsWith(u'`') || s.endsWith(u'`') || (s.startsWith(u' ') && s.endsWith(u' '));
    return pad ? fence + u' ' + s + u' ' + fence : fence + s + fence;
}

} // namespace ArchBoard::WorkspaceDiff
