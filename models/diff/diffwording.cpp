#include "diffwording.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ArchBoard::DiffWording {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDiff)
};

constexpr int kMaxValue = 80; // characters of a long text shown in a line

QString shortened(const QString &value)
{
    QString s = value;
    const qsizetype nl = s.indexOf(u'\n');
    if (nl >= 0)
        s = s.left(nl) + QStringLiteral(" …");
    if (s.size() > kMaxValue)
        s = s.left(kMaxValue) + QStringLiteral("…");
    return s;
}

QString stabilityLabel(Stability s)
{
    switch (s) {
    case Stability::Stable: return Text::tr("stable");
    case Stability::Fragile: return Text::tr("fragile");
    case Stability::Undecided: return Text::tr("undecided");
    case Stability::Uncontested: return Text::tr("uncontested");
    }
    return {};
}

QString winnerText(const TierOutcome &t, const Quote &quote)
{
    return t.winner.isEmpty() ? Text::tr("none (every candidate knocked out)") : quote(t.winnerName);
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString metricValueText(const MetricValue &m, const Quote &quote)
{
    if (!m.value)
        return QStringLiteral("—");
    const int decimals = m.metric == FragmentationMetric::VersionDrift ? 4 : 1;
    QString s = number(*m.value, decimals);
    return m.unit.isEmpty() ? s : s + u' ' + quote(m.unit);
}

QString metricLabel(FragmentationMetric metric)
{
    return Enums::fragmentationMetric.label(int(metric));
}

} // namespace

QString percentChange(const std::optional<double> &pct)
{
    if (!pct)
        return QStringLiteral("—");
    if (std::abs(*pct) < 0.05)
        return QStringLiteral("±0 %");
    return (*pct > 0 ? QStringLiteral("+") : QStringLiteral("−")) + number(std::abs(*pct), 1) + QStringLiteral(" %");
}

QString signedUsd(double value)
{
    if (std::abs(value) < 0.005)
        return QStringLiteral("±") + Tco::usd(0);
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + Tco::usd(std::abs(value));
}

QString elementPath(const ElementChange &change)
{
    const TableSchema &ts = Schema::table(change.table);
    QString out = QString::fromLatin1(ts.key());
    if (!ts.isSingleton())
        out += u'[' + ElementKeys::label(change.key) + u']';
    return out;
}

QString sign(const ElementChange &change, const FieldChange *field)
{
    switch (change.kind) {
    case ElementChange::Kind::Added: return QStringLiteral("+");
    case ElementChange::Kind::Removed: return QStringLiteral("−");
    case ElementChange::Kind::Changed: return field || !change.moved ? QStringLiteral("~") : QStringLiteral("↕");
    }
    return {};
}

QStringList changeLines(const WorkspaceComparison &cmp, const ElementChange &change, const Quote &quote)
{
    const TableSchema &ts = Schema::table(change.table);
    const QString path = quote(elementPath(change));
    QStringList out;
    switch (change.kind) {
    case ElementChange::Kind::Added:
        out << Text::tr("%1 added: %2").arg(path, quote(shortened(WorkspaceDiff::elementName(*cmp.after, change.table, change.rowAfter, change.key))));
        return out;
    case ElementChange::Kind::Removed:
        out << Text::tr("%1 removed: %2").arg(path, quote(shortened(WorkspaceDiff::elementName(*cmp.before, change.table, change.rowBefore, change.key))));
        return out;
    case ElementChange::Kind::Changed:
        break;
    }
    for (const FieldChange &f : change.fields) {
        const auto [was, now] = WorkspaceDiff::formatChange(*cmp.before, *cmp.after, change, f);
        auto shown = [&](const QString &v) { return v.isEmpty() ? Text::tr("(empty)") : quote(shortened(v)); };
        out << QStringLiteral("%1.%2: %3 → %4").arg(path, QLatin1StringView(ts.field(f.field).key), shown(was), shown(now));
    }
    if (change.moved)
        out << Text::tr("%1 moved: position %2 → %3").arg(path).arg(change.positionBefore + 1).arg(change.positionAfter + 1);
    return out;
}

QString tierLine(const TierConsequence &t, const Quote &quote)
{
    const TierOutcome &any = t.after ? *t.after : *t.before;
    const QString name = quote(any.name);
    if (!t.before)
        return Text::tr("%1: new tier, winner %2").arg(name, winnerText(*t.after, quote));
    if (!t.after)
        return Text::tr("%1: tier removed (winner was %2)").arg(name, winnerText(*t.before, quote));
    QString line = t.winnerChanged()
        ? Text::tr("%1: winner %2 → %3").arg(name, winnerText(*t.before, quote), winnerText(*t.after, quote))
        : Text::tr("%1: winner %2 (unchanged), ranking moved").arg(name, winnerText(*t.after, quote));
    if (t.before->stability != t.after->stability)
        line += QStringLiteral("; ") + Text::tr("%1 → %2").arg(stabilityLabel(t.before->stability), stabilityLabel(t.after->stability));
    return line;
}

QStringList rankingLines(const TierConsequence &t, const Quote &quote)
{
    QStringList out;
    auto find = [](const std::optional<TierOutcome> &o, const QString &id) -> const RankedCandidate * {
        if (!o)
            return nullptr;
        for (const RankedCandidate &c : o->ranking) {
            if (c.candidate == id)
                return &c;
        }
        return nullptr;
    };
    if (t.after) {
        for (const RankedCandidate &c : t.after->ranking) {
            QString line = QStringLiteral("%1. %2 %3 %").arg(c.rank).arg(quote(c.name), number(c.scorePct, 1));
            if (c.knockedOut)
                line += u' ' + Text::tr("(knocked out)");
            const RankedCandidate *was = find(t.before, c.candidate);
            if (!was)
                line += u' ' + Text::tr("(new)");
            else if (was->rank != c.rank || std::abs(was->scorePct - c.scorePct) >= 0.05 || was->knockedOut != c.knockedOut)
                line += u' ' + (was->knockedOut ? Text::tr("(was rank %1, %2 %, knocked out)") : Text::tr("(was rank %1, %2 %)"))
                                   .arg(was->rank).arg(number(was->scorePct, 1));
            out << line;
        }
    }
    if (t.before) {
        for (const RankedCandidate &c : t.before->ranking) {
            if (!find(t.after, c.candidate))
                out << Text::tr("%1 left the ranking (was %2., %3 %)").arg(quote(c.name)).arg(c.rank).arg(number(c.scorePct, 1));
        }
    }
    return out;
}

QString scenarioLine(const TcoConsequence &s, const Quote &quote)
{
    const QString name = quote(s.name);
    if (s.only) {
        const TcoResult &r = *s.only;
        const double horizon = r.cumulativeUsd.empty() ? r.totalAnnualUsd : r.cumulativeUsd.back();
        return s.added ? Text::tr("%1: new scenario, %2 per year, %3 over %n year(s)", nullptr, r.horizonYears)
                             .arg(name, Tco::usd(r.totalAnnualUsd), Tco::usd(horizon))
                       : Text::tr("%1: scenario removed (was %2 per year, %3 over %n year(s))", nullptr, r.horizonYears)
                             .arg(name, Tco::usd(r.totalAnnualUsd), Tco::usd(horizon));
    }
    const TcoComparison &c = *s.comparison;
    QString line = Text::tr("%1: %2 → %3 per year (%4)")
                       .arg(name, Tco::usd(c.annualA), Tco::usd(c.annualB), percentChange(c.annualChangePct()));
    if (c.horizonYearsA == c.horizonYearsB)
        line += QStringLiteral("; ") + Text::tr("%1 → %2 over %n year(s) (%3)", nullptr, c.horizonYearsB)
                                           .arg(Tco::usd(c.horizonA), Tco::usd(c.horizonB), percentChange(c.horizonChangePct()));
    else
        line += QStringLiteral("; ") + Text::tr("%1 over %2 years → %3 over %4 years")
                                           .arg(Tco::usd(c.horizonA)).arg(c.horizonYearsA).arg(Tco::usd(c.horizonB)).arg(c.horizonYearsB);
    return line;
}

QString tcoLineText(const TcoLineDelta &l, const Quote &quote)
{
    const QString what = l.language.isEmpty() ? Text::tr("shared · %1").arg(quote(Tco::lineLabel(l)))
                         : l.line == Tco::customLinesKey() ? QStringLiteral("%1 · %2").arg(quote(l.languageName), quote(l.custom))
                                               : QStringLiteral("%1 · %2").arg(quote(l.languageName), Tco::lineLabel(l));
    return QStringLiteral("%1: %2 → %3 (%4)")
        .arg(what, l.aUsd ? Tco::usd(*l.aUsd) : QStringLiteral("—"), l.bUsd ? Tco::usd(*l.bUsd) : QStringLiteral("—"),
             signedUsd(l.delta()));
}

QString findingLine(const ContextFinding &f, const Quote &quote)
{
    return QStringLiteral("[%1] %2: %3").arg(ContextMap::severityKey(f.severity), ContextMap::kindLabel(f.kind), quote(f.message));
}

QString consistencyLine(const ContextConsequence &c)
{
    auto value = [](const ProtocolConsistency &p) {
        return p.valuePct ? number(*p.valuePct, 1) + QStringLiteral(" %") : QStringLiteral("—");
    };
    return Text::tr("Protocol consistency: %1 → %2 (%3 of %4 integrations conform → %5 of %6)")
        .arg(value(c.consistencyBefore), value(c.consistencyAfter))
        .arg(c.consistencyBefore.conforming).arg(c.consistencyBefore.integrations)
        .arg(c.consistencyAfter.conforming).arg(c.consistencyAfter.integrations);
}

QString metricLine(const MetricConsequence &m, const Quote &quote)
{
    QString line = QStringLiteral("%1: %2 → %3").arg(metricLabel(m.metric), metricValueText(m.before, quote), metricValueText(m.after, quote));
    line += QStringLiteral("; ") + (m.levelChanged() ? Text::tr("risk %1 → %2").arg(Fragmentation::levelLabel(m.before.level),
                                                                                   Fragmentation::levelLabel(m.after.level))
                                                     : Text::tr("risk %1 (unchanged)").arg(Fragmentation::levelLabel(m.after.level)));
    return line;
}

QString recordLine(const RecordConsequence &r, const Quote &quote)
{
    const QString record = QStringLiteral("%1 %2").arg(Decisions::label(r.number), quote(r.title));
    if (r.kind == RecordConsequence::Kind::Superseded)
        return r.supersededBy.isEmpty() ? Text::tr("%1: now superseded").arg(record)
                                        : Text::tr("%1: now superseded by %2").arg(record, quote(r.supersededBy));
    return Text::tr("%1: %n frozen figure(s) no longer match the model", nullptr, int(r.figures.size())).arg(record);
}

QString staleFigureLine(const Decisions::StaleFigure &f, const Quote &quote)
{
    const auto [was, now] = Decisions::formatChange(f);
    const QString name = quote(f.snapshot.label.isEmpty() ? f.snapshot.key : f.snapshot.label);
    return f.live ? Text::tr("%1 was %2, now %3").arg(name, quote(was), quote(now))
                  : Text::tr("%1 was %2 and no longer exists").arg(name, quote(was));
}

} // namespace ArchBoard::DiffWording
