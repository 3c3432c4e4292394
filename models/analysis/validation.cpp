#include "validation.h"

#include "decisions.h"
#include "sampling.h"
#include "tco.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cmath>

namespace ArchBoard {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

int fieldOf(TableId t, const char *key)
{
    const int f = Schema::table(t).fieldIndex(QLatin1StringView(key));
    Q_ASSERT(f >= 0);
    return f;
}


class Checker
{
public:
    explicit Checker(const Workspace &ws) : m_ws(ws)
    {
        for (TableId t : Schema::tables()) {
            const TableSchema &ts = Schema::table(t);
            if (ts.idField() < 0)
                continue;
            QHash<QString, int> &ids = m_ids[size_t(t)];
            for (int r = 0; r < ts.rowCount(ws); ++r) {
                const QString id = ts.value(ws, r, ts.idField()).toString();
                if (!ids.contains(id))
                    ids.insert(id, r);
            }
        }
    }

    bool exists(TableId t, const QString &id) const { return m_ids[size_t(t)].contains(id); }

    void add(ValidationFinding::Severity s, TableId t, int row, int field, const QString &message)
    {
        m_findings.append({s, t, row, field, message});
    }
    void error(TableId t, int row, int field, const QString &message)
    {
        add(ValidationFinding::Severity::Error, t, row, field, message);
    }
    void warning(TableId t, int row, int field, const QString &message)
    {
        add(ValidationFinding::Severity::Warning, t, row, field, message);
    }

    void checkGeneric()
    {
        for (TableId t : Schema::tables()) {
            const TableSchema &ts = Schema::table(t);
            const int n = ts.rowCount(m_ws);
            QHash<QString, int> seenIds;
            QHash<QString, int> seenKeys;
            for (int r = 0; r < n; ++r) {
                for (int f = 0; f < ts.fieldCount(); ++f)
                    checkField(ts, r, f, seenIds);
                if (!ts.uniqueKey().isEmpty()) {
                    QStringList parts;
                    for (int f : ts.uniqueKey())
                        parts << ts.value(m_ws, r, f).toString();
                    const QString key = parts.join(QChar(0x1f));
                    if (seenKeys.contains(key)) {
                        QStringList names;
                        for (int f : ts.uniqueKey())
                            names << QString::fromLatin1(ts.field(f).key);
                        error(t, r, -1, Text::tr("duplicates row %1: the combination of %2 must be unique")
                                            .arg(seenKeys.value(key) + 1).arg(names.join(QStringLiteral(", "))));
                    } else {
                        seenKeys.insert(key, r);
                    }
                }
            }
        }
    }

    void checkField(const TableSchema &ts, int r, int f, QHash<QString, int> &seenIds)
    {
        const FieldDef &def = ts.field(f);
        const QVariant v = ts.value(m_ws, r, f);
        const TableId t = ts.id();
        switch (def.type) {
        case FieldType::Id: {
            QString why;
            const QString id = v.toString();
            if (!Schema::isValidId(id, &why))
                error(t, r, f, why);
            else if (seenIds.contains(id))
                error(t, r, f, Text::tr("the id “%1” is also used by row %2").arg(id).arg(seenIds.value(id) + 1));
            else
                seenIds.insert(id, r);
            break;
        }
        case FieldType::Text:
        case FieldType::LongText:
            if (def.isRequired() && v.toString().trimmed().isEmpty())
                error(t, r, f, Text::tr("%1 must not be empty").arg(def.translatedLabel()));
            break;
        case FieldType::Reference: {
            const QString id = v.toString();
            if (id.isEmpty()) {
                if (def.isRequired())
                    error(t, r, f, Text::tr("%1 is missing").arg(def.translatedLabel()));
            } else if (!exists(def.refTable, id)) {
                error(t, r, f, Text::tr("refers to an unknown %1 “%2”").arg(Schema::table(def.refTable).rowTitle().toLower(), id));
            }
            break;
        }
        case FieldType::ElementRef: {
            const QString id = v.toString();
            const TableId target = Schema::tableForLinkKind(ts.value(m_ws, r, def.kindField).toInt());
            if (id.isEmpty())
                error(t, r, f, Text::tr("%1 is missing").arg(def.translatedLabel()));
            else if (target == TableId::Count || !exists(target, id))
                error(t, r, f, Text::tr("refers to an unknown %1 “%2”")
                                   .arg(target == TableId::Count ? Text::tr("element") : Schema::table(target).rowTitle().toLower(), id));
            break;
        }
        case FieldType::Integer:
        case FieldType::Real:
        case FieldType::OptionalReal: {
            if (!v.isValid() || v.isNull())
                break;
            const double d = v.toDouble();
            if (!std::isfinite(d))
                error(t, r, f, Text::tr("%1 is not a finite number").arg(def.translatedLabel()));
            else if (d < def.min || d > def.max)
                error(t, r, f, Text::tr("%1 = %2 is outside the allowed range %3 … %4")
                                   .arg(def.translatedLabel()).arg(d).arg(def.min).arg(def.max));
            break;
        }
        case FieldType::Enum:
            if (v.toInt() < 0 || v.toInt() >= def.enumDef->count())
                error(t, r, f, Text::tr("%1 has no valid value").arg(def.translatedLabel()));
            break;
        case FieldType::Bool:
        case FieldType::Date:
            break;
        }
    }

    void checkTco()
    {
        for (size_t r = 0; r < m_ws.providers.size(); ++r) {
            const FaasProvider &p = m_ws.providers[r];
            const int field = fieldOf(TableId::Providers, "vcpu_by_memory");
            for (const QString &pair : p.vcpuByMemory.split(u',', Qt::SkipEmptyParts)) {
                const QStringList parts = pair.split(u':');
                bool okMb = false, okCpu = false;
                if (parts.size() == 2) {
                    const double mb = parts[0].trimmed().toDouble(&okMb);
                    const double cpu = parts[1].trimmed().toDouble(&okCpu);
                    okMb = okMb && mb > 0;
                    okCpu = okCpu && cpu >= 0;
                }
                if (!okMb || !okCpu) {
                    error(TableId::Providers, int(r), field, Text::tr("“%1” is not “MB:vCPU” (e.g. “512:0.333”)").arg(pair.trimmed()));
                    break;
                }
            }
            if (p.pricePerVcpuSecond > 0 && p.vcpuByMemory.trimmed().isEmpty())
                warning(TableId::Providers, int(r), field, Text::tr("the provider bills vCPU-seconds but lists no vCPU by memory: CPU is not priced"));
        }
        QSet<QString> scenarioLanguages; // "scenario/language"
        for (const ScenarioFunctions &f : m_ws.scenarioFunctions)
            scenarioLanguages.insert(f.scenario + u'/' + f.language);
        for (size_t r = 0; r < m_ws.tcoRanges.size(); ++r) {
            const TcoRange &range = m_ws.tcoRanges[r];
            const int paramField = fieldOf(TableId::TcoRanges, "parameter");
            if (!Tco::isParameter(range.parameter) || range.parameter == u"provider" || range.parameter == u"free_tier") {
                error(TableId::TcoRanges, int(r), paramField,
                      Text::tr("“%1” is not a numeric TCO parameter (archboard-cli tco --list-parameters lists them)").arg(range.parameter));
                continue;
            }
            const qsizetype dot = range.parameter.indexOf(u'.');
            if (dot > 0) {
                const QString language = range.parameter.mid(dot + 1);
                if (!exists(TableId::Candidates, language))
                    error(TableId::TcoRanges, int(r), paramField, Text::tr("there is no candidate (language) “%1”").arg(language));
                else if (!scenarioLanguages.contains(range.scenario + u'/' + language))
                    warning(TableId::TcoRanges, int(r), paramField,
                            Text::tr("scenario “%1” has no functions in “%2”: this range is not used").arg(range.scenario, language));
            }
            if (range.low > range.high) {
                error(TableId::TcoRanges, int(r), fieldOf(TableId::TcoRanges, "high"), Text::tr("the high end %1 is below the low end %2").arg(range.high).arg(range.low));
                continue;
            }
            checkRangeAroundValue(range, int(r));
        }
        checkProviderLimits();
    }

    /// A normal or lognormal is stated as value ± σ: the band should sit on the scenario's value.
    void checkRangeAroundValue(const TcoRange &range, int row)
    {
        if (range.distribution != Distribution::Normal && range.distribution != Distribution::Lognormal)
            return;
        const std::optional<TcoInput> in = Tco::input(m_ws, range.scenario);
        const std::optional<double> value = in ? Tco::number(*in, range.parameter) : std::nullopt;
        QString why;
        if (value && !Sampling::check(range.distribution, *value, range.low, range.high, &why))
            warning(TableId::TcoRanges, row, fieldOf(TableId::TcoRanges, "distribution"), why);
    }

    /// A scenario beyond its provider's limits: the bill is capped or the function refused (docs/tco.md).
    void checkProviderLimits()
    {
        for (size_t r = 0; r < m_ws.scenarios.size(); ++r) {
            const TcoScenario &s = m_ws.scenarios[r];
            const auto p = std::find_if(m_ws.providers.begin(), m_ws.providers.end(), [&](const FaasProvider &x) { return x.id == s.provider; });
            if (p == m_ws.providers.end())
                continue;
            const int memory = fieldOf(TableId::Scenarios, "memory_mb");
            const bool above = p->maxMemoryMb > 0 && s.memoryMb > p->maxMemoryMb;
            const bool below = p->minMemoryMb > 0 && s.memoryMb < p->minMemoryMb;
            if (above || below) {
                const double limit = above ? p->maxMemoryMb : p->minMemoryMb;
                if (p->memoryLimit == LimitAction::Cap)
                    warning(TableId::Scenarios, int(r), memory,
                            Text::tr("%1 MB is outside %2's limits (%3–%4 MB): the provider bills it as %5 MB, and so does the cost model")
                                .arg(s.memoryMb).arg(p->name).arg(p->minMemoryMb).arg(p->maxMemoryMb).arg(limit));
                else
                    warning(TableId::Scenarios, int(r), memory,
                            Text::tr("%1 MB is outside %2's limits (%3–%4 MB): the provider refuses it, so the cost model prices no compute, requests or cold starts")
                                .arg(s.memoryMb).arg(p->name).arg(p->minMemoryMb).arg(p->maxMemoryMb));
            }
            if (p->maxDurationMs > 0 && s.durationMs > p->maxDurationMs)
                warning(TableId::Scenarios, int(r), fieldOf(TableId::Scenarios, "duration_ms"),
                        Text::tr("%1 ms is beyond %2's timeout of %3 ms: invocations are stopped and billed up to the timeout")
                            .arg(s.durationMs).arg(p->name).arg(p->maxDurationMs));
        }
    }

    void checkMeasurementDistributions()
    {
        for (size_t r = 0; r < m_ws.measurements.size(); ++r) {
            const Measurement &m = m_ws.measurements[r];
            if (m.distribution == Distribution::None)
                continue;
            const int field = fieldOf(TableId::Measurements, "distribution");
            if (!m.value || !m.low || !m.high) {
                warning(TableId::Measurements, int(r), field, Text::tr("a distribution needs a value, a low and a high: not used for win probabilities"));
                continue;
            }
            QString why;
            if (*m.low > *m.high)
                error(TableId::Measurements, int(r), fieldOf(TableId::Measurements, "high"), Text::tr("the high end %1 is below the low end %2").arg(*m.high).arg(*m.low));
            else if (!Sampling::check(m.distribution, *m.value, *m.low, *m.high, &why))
                warning(TableId::Measurements, int(r), field, why);
        }
    }

    void checkDomain()
    {
        static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        for (size_t r = 0; r < m_ws.candidates.size(); ++r) {
            const QString &c = m_ws.candidates[r].color;
            if (!c.isEmpty() && !colour.match(c).hasMatch())
                warning(TableId::Candidates, int(r), fieldOf(TableId::Candidates, "color"), Text::tr("colour “%1” is not of the form #rrggbb").arg(c));
        }

        // Weights of a tier must leave something to rank by.
        QHash<QString, double> weightSum;
        QHash<QString, int> firstWeightRow;
        for (size_t r = 0; r < m_ws.tierWeights.size(); ++r) {
            const TierWeight &w = m_ws.tierWeights[r];
            weightSum[w.tier] += w.weight;
            if (!firstWeightRow.contains(w.tier))
                firstWeightRow.insert(w.tier, int(r));
        }
        for (auto it = weightSum.cbegin(); it != weightSum.cend(); ++it) {
            if (it.value() <= 0.0)
                error(TableId::TierWeights, firstWeightRow.value(it.key()), fieldOf(TableId::TierWeights, "weight"),
                      Text::tr("the weights of tier “%1” add up to zero").arg(it.key()));
        }

        QHash<QString, CriterionKind> kindOf;
        for (const Criterion &c : m_ws.criteria)
            kindOf.insert(c.id, c.kind);
        for (size_t r = 0; r < m_ws.ratings.size(); ++r) {
            const Rating &rt = m_ws.ratings[r];
            if (kindOf.contains(rt.criterion) && kindOf.value(rt.criterion) != CriterionKind::Rated)
                warning(TableId::Ratings, int(r), fieldOf(TableId::Ratings, "criterion"),
                        Text::tr("criterion “%1” is measured, not rated in the workshop; this rating is not used").arg(rt.criterion));
        }
        for (size_t r = 0; r < m_ws.tierThresholds.size(); ++r) {
            const Comparison c = m_ws.tierThresholds[r].comparison;
            if (c == Comparison::Contains || c == Comparison::NotContains || c == Comparison::Equal || c == Comparison::NotEqual)
                error(TableId::TierThresholds, int(r), fieldOf(TableId::TierThresholds, "comparison"), Text::tr("a must-pass threshold needs <, ≤, ≥ or >"));
        }

        QSet<QString> comparedPairs;
        for (size_t r = 0; r < m_ws.tierComparisons.size(); ++r) {
            const TierComparison &c = m_ws.tierComparisons[r];
            if (c.criterionA == c.criterionB)
                error(TableId::TierComparisons, int(r), fieldOf(TableId::TierComparisons, "criterion_b"),
                      Text::tr("a criterion is not compared with itself"));
            const QString reversed = c.tier + QChar(0x1f) + c.criterionB + QChar(0x1f) + c.criterionA;
            if (comparedPairs.contains(reversed))
                error(TableId::TierComparisons, int(r), fieldOf(TableId::TierComparisons, "criterion_a"),
                      Text::tr("“%1” and “%2” are already compared the other way round").arg(c.criterionA, c.criterionB));
            comparedPairs.insert(c.tier + QChar(0x1f) + c.criterionA + QChar(0x1f) + c.criterionB);
        }

        for (size_t r = 0; r < m_ws.ruleConditions.size(); ++r) {
            const RuleCondition &c = m_ws.ruleConditions[r];
            const int row = int(r);
            if (isNumeric(c.attribute)) {
                bool ok = false;
                c.value.trimmed().toDouble(&ok);
                if (!ok)
                    error(TableId::RuleConditions, row, fieldOf(TableId::RuleConditions, "value"), Text::tr("“%1” compares a number, but the value “%2” is not one")
                                                                .arg(Enums::ruleAttribute.label(int(c.attribute)), c.value));
                if (c.comparison == Comparison::Contains || c.comparison == Comparison::NotContains)
                    error(TableId::RuleConditions, row, fieldOf(TableId::RuleConditions, "comparison"), Text::tr("“contains” does not apply to a number"));
            } else {
                if (c.comparison != Comparison::Equal && c.comparison != Comparison::NotEqual
                    && c.comparison != Comparison::Contains && c.comparison != Comparison::NotContains)
                    error(TableId::RuleConditions, row, fieldOf(TableId::RuleConditions, "comparison"), Text::tr("“%1” is not a number; use =, ≠, contains or does not contain")
                                                                .arg(Enums::ruleAttribute.label(int(c.attribute))));
                if (c.attribute == RuleAttribute::Tier && !exists(TableId::Tiers, c.value))
                    error(TableId::RuleConditions, row, fieldOf(TableId::RuleConditions, "value"), Text::tr("refers to an unknown SLA tier “%1”").arg(c.value));
                if (c.attribute == RuleAttribute::CurrentLanguage && !exists(TableId::Candidates, c.value))
                    error(TableId::RuleConditions, row, fieldOf(TableId::RuleConditions, "value"), Text::tr("refers to an unknown candidate “%1”").arg(c.value));
                if (c.attribute == RuleAttribute::DomainType && Enums::domainType.indexOf(c.value) < 0)
                    error(TableId::RuleConditions, row, fieldOf(TableId::RuleConditions, "value"), Text::tr("“%1” is not one of %2")
                                                                .arg(c.value, Enums::domainType.keys().join(QStringLiteral(", "))));
            }
        }

        // Rules after one without conditions can never fire.
        QSet<QString> conditioned;
        for (const RuleCondition &c : m_ws.ruleConditions)
            conditioned.insert(c.rule);
        QString unconditional;
        for (size_t r = 0; r < m_ws.rules.size(); ++r) {
            if (!unconditional.isEmpty())
                warning(TableId::Rules, int(r), -1, Text::tr("never applies: the earlier rule “%1” has no conditions and always fires").arg(unconditional));
            else if (!conditioned.contains(m_ws.rules[r].id))
                unconditional = m_ws.rules[r].name;
        }

        for (size_t r = 0; r < m_ws.relations.size(); ++r) {
            const ContextRelation &rel = m_ws.relations[r];
            if (!rel.upstream.isEmpty() && rel.upstream == rel.downstream)
                error(TableId::Relations, int(r), fieldOf(TableId::Relations, "downstream"), Text::tr("a context cannot be upstream of itself"));
        }

        int baselines = 0;
        for (const TcoScenario &s : m_ws.scenarios)
            baselines += s.baseline ? 1 : 0;
        if (baselines > 1)
            warning(TableId::Scenarios, 0, fieldOf(TableId::Scenarios, "baseline"), Text::tr("%1 scenarios are marked as baseline; deltas use the first").arg(baselines));

        checkTco();
        checkMeasurementDistributions();

        for (size_t r = 0; r < m_ws.fragmentationThresholds.size(); ++r) {
            const FragmentationThreshold &th = m_ws.fragmentationThresholds[r];
            const bool higher = th.direction == Direction::HigherIsBetter;
            const bool ordered = higher ? (th.healthy >= th.warning && th.warning >= th.high)
                                        : (th.healthy <= th.warning && th.warning <= th.high);
            if (!ordered)
                error(TableId::FragmentationThresholds, int(r), fieldOf(TableId::FragmentationThresholds, "healthy"),
                      higher ? Text::tr("limits must not increase from healthy to warning to high (higher is better)")
                             : Text::tr("limits must not decrease from healthy to warning to high (lower is better)"));
        }

        QHash<int, int> numbers;
        for (size_t r = 0; r < m_ws.decisions.size(); ++r) {
            const DecisionRecord &d = m_ws.decisions[r];
            const int row = int(r);
            if (numbers.contains(d.number))
                error(TableId::Decisions, row, fieldOf(TableId::Decisions, "number"), Text::tr("number %1 is also used by row %2").arg(d.number).arg(numbers.value(d.number) + 1));
            else
                numbers.insert(d.number, row);
            if (d.status == DecisionStatus::Superseded && d.supersededBy.isEmpty())
                warning(TableId::Decisions, row, fieldOf(TableId::Decisions, "superseded_by"), Text::tr("superseded, but the record that supersedes it is not named"));
            if (d.status != DecisionStatus::Superseded && !d.supersededBy.isEmpty())
                warning(TableId::Decisions, row, fieldOf(TableId::Decisions, "status"), Text::tr("names a superseding record but its status is not “superseded”"));
            if (!d.supersededBy.isEmpty() && d.supersededBy == d.id)
                error(TableId::Decisions, row, fieldOf(TableId::Decisions, "superseded_by"), Text::tr("a record cannot supersede itself"));
        }
        // Frozen figures the model has moved away from, superseded records still linked.
        for (const Decisions::RecordWarning &w : Decisions::recordWarnings(m_ws))
            warning(w.table, w.row, w.field, w.message);
    }

    QList<ValidationFinding> takeFindings() { return std::move(m_findings); }

private:
    const Workspace &m_ws;
    std::array<QHash<QString, int>, tableCount> m_ids;
    QList<ValidationFinding> m_findings;
};

} // namespace

QString ValidationFinding::path() const
{
    const TableSchema &ts = Schema::table(table);
    QString p = QString::fromLatin1(ts.key());
    if (!ts.isSingleton())
        p += QStringLiteral("[%1]").arg(row);
    if (field >= 0)
        p += u'.' + QString::fromLatin1(ts.field(field).key);
    return p;
}

QString ValidationFinding::severityKey() const
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QList<ValidationFinding> validateWorkspace(const Workspace &workspace)
{
    Checker checker(workspace);
    checker.checkGeneric();
    checker.checkDomain();
    return checker.takeFindings();
}

} // namespace ArchBoard
