#include "diffgate.h"

#include "diffwording.h"

#include <QCoreApplication>

namespace ArchBoard::DiffGate {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiffGate)
};

QString asIs(const QString &s)
{
    return s;
}

} // namespace

bool parse(const QStringList &specs, std::vector<FailCondition> *conditions, QString *error)
{
    for (const QString &spec : specs) {
        for (const QString &raw : spec.split(u',', Qt::SkipEmptyParts)) {
            const QString item = raw.trimmed();
            const qsizetype eq = item.indexOf(u'=');
            const QString name = eq < 0 ? item : item.left(eq).trimmed();
            const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
            FailCondition c;
            if ((name == u"winner" || name == u"findings" || name == u"stale") && eq < 0) {
                c.kind = name == u"winner" ? FailCondition::Kind::WinnerChanged
                       : name == u"findings" ? FailCondition::Kind::Findings : FailCondition::Kind::Stale;
            } else if (name == u"tco-rise") {
                bool ok = false;
                c.kind = FailCondition::Kind::TcoRise;
                c.pct = value.endsWith(u'%') ? value.chopped(1).trimmed().toDouble(&ok) : value.toDouble(&ok);
                if (!ok || c.pct < 0) {
                    *error = Text::tr("--fail-on %1: tco-rise needs a percentage, e.g. tco-rise=10").arg(item);
                    return false;
                }
            } else if (name == u"risk") {
                c.kind = FailCondition::Kind::RiskReached;
                if (value == u"warning")
                    c.level = RiskLevel::Warning;
                else if (value == u"high")
                    c.level = RiskLevel::High;
                else if (value == u"severe")
                    c.level = RiskLevel::Severe;
                else {
                    *error = Text::tr("--fail-on %1: risk needs warning, high or severe, e.g. risk=high").arg(item);
                    return false;
                }
            } else {
                *error = Text::tr("--fail-on %1: expected winner, tco-rise=PCT, risk=LEVEL, findings or stale").arg(item);
                return false;
            }
            conditions->push_back(c);
        }
    }
    return true;
}

QStringList check(const std::vector<FailCondition> &conditions, const WorkspaceComparison &cmp)
{
    QStringList out;
    const Consequences &c = cmp.consequences;
    for (const FailCondition &cond : conditions) {
        switch (cond.kind) {
        case FailCondition::Kind::WinnerChanged:
            for (const TierConsequence &t : c.tiers) {
                if (t.winnerChanged())
                    out << Text::tr("winner changed: %1").arg(DiffWording::tierLine(t, asIs));
            }
            break;
        case FailCondition::Kind::TcoRise:
            for (const TcoConsequence &s : c.scenarios) {
                const std::optional<double> pct = s.comparison ? s.comparison->annualChangePct() : std::nullopt;
                if (pct && *pct > cond.pct)
                    out << Text::tr("TCO rose more than %1 %: %2").arg(cond.pct).arg(DiffWording::scenarioLine(s, asIs));
            }
            break;
        case FailCondition::Kind::RiskReached:
            for (const MetricConsequence &m : c.metrics) {
                if (m.after.level >= cond.level && m.before.level < cond.level)
                    out << Text::tr("risk reached %1: %2").arg(Fragmentation::levelLabel(cond.level), DiffWording::metricLine(m, asIs));
            }
            break;
        case FailCondition::Kind::Findings:
            for (const ContextFinding &f : c.contexts.appeared)
                out << Text::tr("finding appeared: %1").arg(DiffWording::findingLine(f, asIs));
            break;
        case FailCondition::Kind::Stale:
            for (const RecordConsequence &r : c.records)
                out << Text::tr("decision record: %1").arg(DiffWording::recordLine(r, asIs));
            break;
        }
    }
    return out;
}

} // namespace ArchBoard::DiffGate
