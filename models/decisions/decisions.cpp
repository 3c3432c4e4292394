#include "decisions.h"

#include "enums.h"
#include "fragmentation.h"
#include "schema.h"
#include "selection.h"
#include "tco.h"
#include "voting.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace ArchBoard::Decisions {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context (a free tr() would be filed elsewhere).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Decisions)
};

// Figures are kept to 6 decimals: a snapshot read back from any store
// compares equal to the live figure it came from.
double keep(double v)
{
    return std::round(v * 1e6) / 1e6;
}

QString pct(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

template<typename T>
const T *findById(const std::vector<T> &rows, const QString &id)
{
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const T &r) { return r.id == id; });
    return it == rows.end() ? nullptr : &*it;
}

QString candidateName(const Workspace &ws, const QString &id)
{
    const Candidate *c = findById(ws.candidates, id);
    return c && !c->name.isEmpty() ? c->name : id;
}

QString criterionName(const Workspace &ws, const QString &id)
{
    const Criterion *c = findById(ws.criteria, id);
    return c && !c->name.isEmpty() ? c->name : id;
}

QString rawText(const Workspace &ws, const QString &criterion, double raw)
{
    const Criterion *c = findById(ws.criteria, criterion);
    const QString number = QString::number(raw, 'g', 6);
    return c && !c->unit.isEmpty() ? QStringLiteral("%1 %2").arg(number, c->unit) : number;
}

QString comparisonSymbol(Comparison c)
{
    switch (c) {
    case Comparison::Less: return QStringLiteral("<");
    case Comparison::LessOrEqual: return QStringLiteral("≤");
    case Comparison::Greater: return QStringLiteral(">");
    case Comparison::GreaterOrEqual: return QStringLiteral("≥");
    case Comparison::Equal: return QStringLiteral("=");
    case Comparison::NotEqual: return QStringLiteral("≠");
    case Comparison::Contains: return Text::tr("contains");
    case Comparison::NotContains: return Text::tr("does not contain");
    }
    return {};
}

} // namespace

struct FigureSource::Cache
{
    std::optional<SelectionResult> selection;
    QHash<QString, std::optional<TcoResult>> tco;
    std::optional<FragmentationResult> fragmentation;
};

FigureSource::FigureSource(const Workspace &ws)
    : m_ws(ws), m_cache(std::make_unique<Cache>())
{
}

FigureSource::~FigureSource() = default;

namespace {

const TcoResult *tcoOf(const Workspace &ws, QHash<QString, std::optional<TcoResult>> &cache, const QString &scenario)
{
    auto it = cache.find(scenario);
    if (it == cache.end()) {
        const std::optional<TcoInput> in = Tco::input(ws, scenario);
        it = cache.insert(scenario, in ? std::optional<TcoResult>(Tco::compute(*in)) : std::nullopt);
    }
    return it->has_value() ? &**it : nullptr;
}

const TierResult *tierOf(const SelectionResult &sel, const QString &tier)
{
    const auto it = std::find_if(sel.tiers.begin(), sel.tiers.end(), [&](const TierResult &t) { return t.tier == tier; });
    return it == sel.tiers.end() ? nullptr : &*it;
}

const CandidateScore *scoreOf(const TierResult &t, const QString &candidate)
{
    const auto it = std::find_if(t.ranking.begin(), t.ranking.end(), [&](const CandidateScore &s) { return s.candidate == candidate; });
    return it == t.ranking.end() ? nullptr : &*it;
}

const CandidateScore *runnerUp(const TierResult &t)
{
    for (const CandidateScore &s : t.ranking) {
        if (s.candidate != t.winner && !s.knockedOut)
            return &s;
    }
    return nullptr;
}

LiveFigure number(double v)
{
    return LiveFigure{keep(v), {}};
}

LiveFigure text(const QString &t)
{
    return LiveFigure{std::nullopt, t};
}

} // namespace

std::optional<LiveFigure> FigureSource::figure(const QString &key)
{
    const QStringList p = key.split(u'/');
    if (p.size() < 3)
        return std::nullopt;
    if (p[0] == u"selection") {
        if (!m_cache->selection)
            m_cache->selection = Selection::compute(m_ws);
        const TierResult *t = tierOf(*m_cache->selection, p[1]);
        if (!t)
            return std::nullopt;
        const QString &what = p[2];
        if (p.size() == 3) {
            if (what == u"winner")
                return t->winner.isEmpty() ? std::nullopt : std::optional(text(t->winner));
            if (what == u"stability")
                return text(Selection::stabilityKey(t->stability));
            if (what == u"min_distance_pp")
                return t->minDistancePp ? std::optional(number(*t->minDistancePp)) : std::nullopt;
            if (what == u"margin_pp") {
                const CandidateScore *w = scoreOf(*t, t->winner);
                const CandidateScore *r = runnerUp(*t);
                if (!w || !r)
                    return std::nullopt;
                return number((w->score - r->score) * 100.0);
            }
            return std::nullopt;
        }
        if (p.size() == 4 && what == u"share") {
            const qsizetype i = t->criteria.indexOf(p[3]);
            return i < 0 ? std::nullopt : std::optional(number(t->shares[size_t(i)] * 100.0));
        }
        const CandidateScore *s = scoreOf(*t, p[3]);
        if (!s)
            return std::nullopt;
        if (p.size() == 4) {
            if (what == u"score")
                return number(s->score * 100.0);
            if (what == u"rank")
                return number(s->rank);
            if (what == u"knocked_out")
                return text(s->knockedOut ? QStringLiteral("yes") : QStringLiteral("no"));
            return std::nullopt;
        }
        if (p.size() == 5 && what == u"contribution") {
            const qsizetype i = t->criteria.indexOf(p[4]);
            if (i < 0 || size_t(i) >= s->contributions.size() || !s->contributions[size_t(i)])
                return std::nullopt;
            return number(*s->contributions[size_t(i)] * 100.0);
        }
        return std::nullopt;
    }
    if (p[0] == u"tco") {
        const TcoResult *r = tcoOf(m_ws, m_cache->tco, p[1]);
        if (!r)
            return std::nullopt;
        if (p.size() == 3 && p[2] == u"total_usd")
            return number(r->totalAnnualUsd);
        if (p.size() == 3 && p[2] == u"delta_usd") {
            const TcoResult *b = tcoOf(m_ws, m_cache->tco, Tco::baselineScenario(m_ws));
            return b ? std::optional(number(r->totalAnnualUsd - b->totalAnnualUsd)) : std::nullopt;
        }
        if (p.size() == 5 && p[2] == u"language" && p[4] == u"total_usd") {
            for (const TcoLanguageResult &l : r->languages) {
                if (l.language == p[3])
                    return number(l.totalAnnualUsd);
            }
        }
        return std::nullopt;
    }
    if (p[0] == u"fragmentation" && p.size() == 3) {
        const int m = Enums::fragmentationMetric.indexOf(p[1]);
        if (m < 0)
            return std::nullopt;
        if (!m_cache->fragmentation)
            m_cache->fragmentation = Fragmentation::analyse(m_ws);
        const MetricValue &v = m_cache->fragmentation->metric(FragmentationMetric(m));
        if (p[2] == u"value")
            return v.value ? std::optional(number(*v.value)) : std::nullopt;
        if (p[2] == u"level")
            return text(Fragmentation::levelKey(v.level));
    }
    return std::nullopt;
}

std::optional<LiveFigure> liveFigure(const Workspace &ws, const QString &key)
{
    FigureSource source(ws);
    return source.figure(key);
}

bool sameFigure(const DecisionFigure &snapshot, const LiveFigure &live)
{
    if (snapshot.text != live.text || snapshot.value.has_value() != live.value.has_value())
        return false;
    if (!snapshot.value)
        return true;
    const double a = *snapshot.value;
    const double b = *live.value;
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

std::vector<StaleFigure> staleFigures(const Workspace &ws, const QString &decision)
{
    std::vector<StaleFigure> out;
    FigureSource source(ws);
    for (size_t r = 0; r < ws.decisionFigures.size(); ++r) {
        const DecisionFigure &f = ws.decisionFigures[r];
        if (!decision.isEmpty() && f.decision != decision)
            continue;
        const std::optional<LiveFigure> live = source.figure(f.key);
        if (live && sameFigure(f, *live))
            continue;
        out.push_back({int(r), f.decision, f, live});
    }
    return out;
}

QString formatFigure(const std::optional<double> &value, const QString &text, const QString &unit, int digits)
{
    QString s;
    if (value) {
        if (unit == u"USD" && digits <= 6)
            return Tco::usd(*value);
        s = QString::number(*value, 'g', digits);
    }
    if (!text.isEmpty())
        s = s.isEmpty() ? text : QStringLiteral("%1 %2").arg(s, text);
    if (s.isEmpty())
        return Text::tr("missing");
    return unit.isEmpty() ? s : QStringLiteral("%1 %2").arg(s, unit);
}

std::pair<QString, QString> formatChange(const StaleFigure &figure)
{
    const DecisionFigure &f = figure.snapshot;
    std::pair<QString, QString> out{formatFigure(f.value, f.text, f.unit), QString()};
    if (!figure.live)
        return out;
    out.second = formatFigure(figure.live->value, figure.live->text, f.unit);
    if (out.first == out.second) // moved by less than the sixth digit shows
        out = {formatFigure(f.value, f.text, f.unit, 15), formatFigure(figure.live->value, figure.live->text, f.unit, 15)};
    return out;
}

QString label(int number)
{
    return QStringLiteral("ADR-%1").arg(number, 4, 10, QChar(u'0'));
}

std::vector<RecordWarning> recordWarnings(const Workspace &ws)
{
    std::vector<RecordWarning> out;
    QHash<QString, int> rowOf;
    for (size_t r = 0; r < ws.decisions.size(); ++r)
        rowOf.insert(ws.decisions[r].id, int(r));
    const int valueField = Schema::field(&DecisionFigure::value).index;
    for (const StaleFigure &s : staleFigures(ws)) {
        const int row = rowOf.value(s.decision, -1);
        if (row < 0)
            continue; // an orphan figure: the generic reference check reports it
        const DecisionRecord &d = ws.decisions[size_t(row)];
        const QString name = s.snapshot.label.isEmpty() ? s.snapshot.key : s.snapshot.label;
        const auto [was, now] = formatChange(s);
        const QString message = s.live
            ? Text::tr("%1 “%2”: figure “%3” was %4 when the record was drafted, now %5")
                  .arg(label(d.number), d.title, name, was, now)
            : Text::tr("%1 “%2”: figure “%3” was %4 when the record was drafted and no longer exists (%5)")
                  .arg(label(d.number), d.title, name, was, s.snapshot.key);
        out.push_back({TableId::DecisionFigures, s.figureRow, valueField, message});
    }
    for (size_t r = 0; r < ws.decisions.size(); ++r) {
        const DecisionRecord &d = ws.decisions[r];
        if (d.status != DecisionStatus::Superseded)
            continue;
        const auto links = std::count_if(ws.decisionLinks.begin(), ws.decisionLinks.end(), [&](const DecisionLink &l) { return l.decision == d.id; });
        if (links == 0)
            continue;
        const int successor = rowOf.value(d.supersededBy, -1);
        const QString message = successor >= 0
            ? Text::tr("%1 “%2” is superseded by %3 but still linked to %4 element(s); link them from %3 and remove the links here")
                  .arg(label(d.number), d.title, label(ws.decisions[size_t(successor)].number)).arg(links)
            : Text::tr("%1 “%2” is superseded but still linked to %3 element(s)").arg(label(d.number), d.title).arg(links);
        out.push_back({TableId::Decisions, int(r), Schema::field(&DecisionRecord::status).index, message});
    }
    return out;
}

std::vector<int> recordsLinkedTo(const Workspace &ws, LinkKind kind, const QString &element)
{
    std::vector<int> out;
    for (size_t r = 0; r < ws.decisions.size(); ++r) {
        const QString &id = ws.decisions[r].id;
        const bool linked = std::any_of(ws.decisionLinks.begin(), ws.decisionLinks.end(), [&](const DecisionLink &l) {
            return l.decision == id && l.kind == kind && l.element == element;
        });
        if (linked)
            out.push_back(int(r));
    }
    return out;
}

int nextNumber(const Workspace &ws)
{
    int highest = 0;
    for (const DecisionRecord &d : ws.decisions)
        highest = std::max(highest, d.number);
    return highest + 1;
}

QString freeId(const Workspace &ws, int number)
{
    const QString stem = QStringLiteral("adr-%1").arg(number, 4, 10, QChar(u'0'));
    QString id = stem;
    for (int k = 2; findById(ws.decisions, id); ++k)
        id = QStringLiteral("%1-%2").arg(stem).arg(k);
    return id;
}

void addDraft(Workspace *ws, const Draft &draft)
{
    ws->decisions.push_back(draft.record);
    ws->decisionOptions.insert(ws->decisionOptions.end(), draft.options.begin(), draft.options.end());
    ws->decisionLinks.insert(ws->decisionLinks.end(), draft.links.begin(), draft.links.end());
    ws->decisionFigures.insert(ws->decisionFigures.end(), draft.figures.begin(), draft.figures.end());
}

QString tierOf(const Workspace &ws, const QString &decision)
{
    for (const DecisionLink &l : ws.decisionLinks) {
        if (l.decision == decision && l.kind == LinkKind::Tier)
            return l.element;
    }
    return {};
}

bool supersedeWithDraft(Workspace *ws, const QString &oldId, Draft draft)
{
    const auto old = std::find_if(ws->decisions.begin(), ws->decisions.end(), [&](const DecisionRecord &d) { return d.id == oldId; });
    if (old == ws->decisions.end() || oldId == draft.record.id)
        return false;
    old->status = DecisionStatus::Superseded;
    old->supersededBy = draft.record.id;
    // The old record's links go to its successor; the draft's own come first.
    for (const DecisionLink &l : ws->decisionLinks) {
        if (l.decision != oldId)
            continue;
        const DecisionLink moved{draft.record.id, l.kind, l.element};
        if (std::find(draft.links.begin(), draft.links.end(), moved) == draft.links.end())
            draft.links.push_back(moved);
    }
    std::erase_if(ws->decisionLinks, [&](const DecisionLink &l) { return l.decision == oldId; });
    addDraft(ws, draft);
    return true;
}

namespace {

/// Builds a draft's texts and records each figure it quotes.
class Drafter
{
public:
    Drafter(const Workspace &ws, Draft *draft) : m_ws(ws), m_source(ws), m_draft(draft) {}

    /// The live figure of \a key, frozen into the draft (once per key).
    std::optional<LiveFigure> use(const QString &key, const QString &label, const QString &unit)
    {
        const std::optional<LiveFigure> f = m_source.figure(key);
        if (!f)
            return std::nullopt;
        if (!m_keys.contains(key)) {
            m_keys.insert(key, true);
            m_draft->figures.push_back({m_draft->record.id, key, label, f->value, f->text, unit});
        }
        return f;
    }
    double useNumber(const QString &key, const QString &label, const QString &unit)
    {
        const std::optional<LiveFigure> f = use(key, label, unit);
        return f && f->value ? *f->value : 0.0;
    }
    void link(LinkKind kind, const QString &element)
    {
        const DecisionLink l{m_draft->record.id, kind, element};
        if (std::find(m_draft->links.begin(), m_draft->links.end(), l) == m_draft->links.end())
            m_draft->links.push_back(l);
    }

    void build(const SlaTier &tier);

private:
    QString contextText(const SlaTier &tier, const QStringList &contexts) const;
    void options(const SlaTier &tier, const TierResult &t, const SelectionMatrix &matrix);
    QString outcome(const SlaTier &tier, const TierResult &t, const SelectionResult &sel);
    QStringList tcoConsequences();
    QStringList fragmentationConsequences();

    const Workspace &m_ws;
    FigureSource m_source;
    Draft *m_draft;
    QHash<QString, bool> m_keys;
};

QString Drafter::contextText(const SlaTier &tier, const QStringList &contexts) const
{
    QStringList targets;
    if (tier.availabilityPct)
        targets << Text::tr("availability ≥ %1 %").arg(QString::number(*tier.availabilityPct, 'g', 8));
    if (tier.p99Ms)
        targets << Text::tr("P99 latency < %1 ms").arg(QString::number(*tier.p99Ms, 'g', 8));
    if (tier.deliveryWeeks)
        targets << Text::tr("delivery within %1 weeks").arg(QString::number(*tier.deliveryWeeks, 'g', 8));
    QStringList lines;
    lines << Text::tr("Which candidate should the services of the SLA tier “%1” use?").arg(tier.name.isEmpty() ? tier.id : tier.name);
    lines << (targets.isEmpty() ? Text::tr("The tier states no availability, latency or delivery target.")
                                : Text::tr("The tier's targets: %1.").arg(targets.join(QStringLiteral(", "))));
    if (!tier.description.isEmpty())
        lines << tier.description;
    if (!contexts.isEmpty())
        lines << Text::tr("Bounded contexts in this tier: %1.").arg(contexts.join(QStringLiteral(", ")));
    return lines.join(u'\n');
}

void Drafter::options(const SlaTier &tier, const TierResult &t, const SelectionMatrix &matrix)
{
    const int total = int(t.ranking.size());
    for (const CandidateScore &s : t.ranking) {
        const QString name = candidateName(m_ws, s.candidate);
        const QString base = QStringLiteral("selection/%1/").arg(tier.id);
        const double score = useNumber(base + QStringLiteral("score/") + s.candidate, Text::tr("Score of %1").arg(name), QStringLiteral("%"));
        const double rank = useNumber(base + QStringLiteral("rank/") + s.candidate, Text::tr("Rank of %1").arg(name), QString());
        use(base + QStringLiteral("knocked_out/") + s.candidate, Text::tr("%1 knocked out").arg(name), QString());
        DecisionOption o;
        o.decision = m_draft->record.id;
        o.name = name;
        o.chosen = s.candidate == t.winner;
        o.description = Text::tr("Score %1 %, rank %2 of %3, %4 % of the tier's weight backed by values.")
                            .arg(pct(score)).arg(int(rank)).arg(total).arg(pct(s.coverage * 100.0, 0));
        QStringList pros;
        QStringList cons;
        const int row = matrix.candidateIndex(s.candidate);
        for (qsizetype i = 0; i < t.criteria.size(); ++i) {
            const QString &criterion = t.criteria[i];
            const QString cname = criterionName(m_ws, criterion);
            const double share = t.shares[size_t(i)] * 100.0;
            // Contributions are rescaled to the covered weight (missing figures excluded), so is their ceiling.
            const double possible = s.coverage > 0.0 ? share / s.coverage : share;
            const std::optional<LiveFigure> c = use(base + QStringLiteral("contribution/%1/%2").arg(s.candidate, criterion),
                                                    Text::tr("Contribution of %1 to %2's score").arg(cname, name), QStringLiteral("pp"));
            // The matrix says where the raw value stands among the candidates (1 = best).
            const int column = matrix.criterionIndex(criterion);
            const MatrixCell *cell = row >= 0 && column >= 0 ? &matrix.cell(row, column) : nullptr;
            if (!c || !c->value || !cell || !cell->raw || !cell->normalised) {
                cons << Text::tr("%1: no value (%2 % of the weight not backed)").arg(cname, pct(share));
                continue;
            }
            const QString raw = rawText(m_ws, criterion, *cell->raw);
            if (*cell->normalised >= 0.75)
                pros << Text::tr("%1: %2, among the best; adds %3 pp of a possible %4").arg(cname, raw, pct(*c->value), pct(possible));
            else if (*cell->normalised <= 0.25)
                cons << Text::tr("%1: %2, among the worst; adds %3 pp of a possible %4").arg(cname, raw, pct(*c->value), pct(possible));
        }
        for (const FailedThreshold &f : s.failed) {
            cons << (f.value ? Text::tr("Knocked out: %1 is %2, must be %3 %4")
                                   .arg(criterionName(m_ws, f.criterion), rawText(m_ws, f.criterion, *f.value), comparisonSymbol(f.comparison),
                                        rawText(m_ws, f.criterion, f.threshold))
                             : Text::tr("Knocked out: no value for %1 to prove %2 %3")
                                   .arg(criterionName(m_ws, f.criterion), comparisonSymbol(f.comparison), rawText(m_ws, f.criterion, f.threshold)));
        }
        o.pros = pros.join(u'\n');
        o.cons = cons.join(u'\n');
        m_draft->options.push_back(o);
        link(LinkKind::Candidate, s.candidate);
    }
}

QString Drafter::outcome(const SlaTier &tier, const TierResult &t, const SelectionResult &sel)
{
    const QString base = QStringLiteral("selection/%1/").arg(tier.id);
    const QString tierName = tier.name.isEmpty() ? tier.id : tier.name;
    QStringList lines;
    if (t.winner.isEmpty()) {
        lines << Text::tr("No option chosen: every candidate is knocked out or unscored in the tier “%1”.").arg(tierName);
    } else {
        use(base + QStringLiteral("winner"), Text::tr("Winner of %1").arg(tierName), QString());
        const QString winner = candidateName(m_ws, t.winner);
        const double score = useNumber(base + QStringLiteral("score/") + t.winner, Text::tr("Score of %1").arg(winner), QStringLiteral("%"));
        const CandidateScore *second = runnerUp(t);
        if (second) {
            const double margin = useNumber(base + QStringLiteral("margin_pp"), Text::tr("Winner's lead in %1").arg(tierName), QStringLiteral("pp"));
            lines << Text::tr("Chosen option: “%1”, because it ranks first in the tier “%2” with a score of %3 %, %4 pp ahead of %5.")
                         .arg(winner, tierName, pct(score), pct(margin), candidateName(m_ws, second->candidate));
        } else {
            lines << Text::tr("Chosen option: “%1”, because it is the only candidate not knocked out in the tier “%2” (score %3 %).")
                         .arg(winner, tierName, pct(score));
        }
    }
    const std::optional<LiveFigure> stability = use(base + QStringLiteral("stability"), Text::tr("Stability of %1's ranking").arg(tierName), QString());
    const std::optional<LiveFigure> distance = use(base + QStringLiteral("min_distance_pp"), Text::tr("Smallest weight move that changes the winner of %1").arg(tierName),
                                                   QStringLiteral("pp"));
    if (stability && distance && distance->value) {
        const auto nearest = std::min_element(t.sensitivity.begin(), t.sensitivity.end(), [](const SensitivityItem &a, const SensitivityItem &b) {
            return a.distancePp.value_or(1e9) < b.distancePp.value_or(1e9);
        });
        const QString detail = nearest != t.sensitivity.end() && nearest->distancePp
            ? Text::tr(" (moving the weight of %1 to %2 % makes %3 the winner)")
                  .arg(criterionName(m_ws, nearest->criterion), pct(nearest->flipAtPct.value_or(0)), candidateName(m_ws, nearest->flipsTo))
            : QString();
        lines << Text::tr("Sensitivity: %1; the smallest weight move that changes the winner is %2 pp%3.").arg(stability->text, pct(*distance->value), detail);
    } else if (stability) {
        lines << Text::tr("Sensitivity: %1; no weight move within 0–100 % changes the winner.").arg(stability->text);
    }
    for (const TierRecommendation &r : sel.tierRules) {
        if (r.tier != tier.id || r.candidate.isEmpty())
            continue;
        const DecisionRule *rule = findById(m_ws.rules, r.rule);
        lines << Text::tr("The decision rules recommend %1 (rule “%2”).").arg(candidateName(m_ws, r.candidate), rule && !rule->name.isEmpty() ? rule->name : r.rule);
    }
    return lines.join(u'\n');
}

QStringList Drafter::tcoConsequences()
{
    QStringList lines;
    const QString baseline = Tco::baselineScenario(m_ws);
    if (baseline.isEmpty())
        return lines;
    const TcoScenario *b = findById(m_ws.scenarios, baseline);
    const QString baselineName = b->name.isEmpty() ? b->id : b->name;
    const double baseTotal = useNumber(QStringLiteral("tco/%1/total_usd").arg(baseline), Text::tr("Annual TCO of %1").arg(baselineName), QStringLiteral("USD"));
    lines << Text::tr("Baseline TCO (“%1”): %2 per year.").arg(baselineName, Tco::usd(baseTotal));
    link(LinkKind::Scenario, baseline);
    QHash<QString, double> baseLanguages;
    if (const std::optional<TcoInput> in = Tco::input(m_ws, baseline)) {
        for (const TcoLanguageInput &l : in->languages)
            baseLanguages.insert(l.language, useNumber(QStringLiteral("tco/%1/language/%2/total_usd").arg(baseline, l.language),
                                                       Text::tr("Annual TCO of %1 in %2").arg(l.name, baselineName), QStringLiteral("USD")));
    }
    for (const TcoScenario &s : m_ws.scenarios) {
        if (s.id == baseline)
            continue;
        link(LinkKind::Scenario, s.id);
        const QString name = s.name.isEmpty() ? s.id : s.name;
        const double total = useNumber(QStringLiteral("tco/%1/total_usd").arg(s.id), Text::tr("Annual TCO of %1").arg(name), QStringLiteral("USD"));
        const double delta = useNumber(QStringLiteral("tco/%1/delta_usd").arg(s.id), Text::tr("Difference of %1 to the baseline").arg(name), QStringLiteral("USD"));
        const QString relative = baseTotal != 0 ? Text::tr(" (%1%2 %)").arg(delta >= 0 ? QStringLiteral("+") : QString(), pct(delta / baseTotal * 100.0)) : QString();
        lines << Text::tr("Scenario “%1”: %2 per year, %3%4 against the baseline%5.")
                     .arg(name, Tco::usd(total), delta >= 0 ? QStringLiteral("+") : QString(), Tco::usd(delta), relative);
        const std::optional<TcoInput> in = Tco::input(m_ws, s.id);
        QStringList seen;
        for (const TcoLanguageInput &l : in->languages) {
            seen << l.language;
            const double v = useNumber(QStringLiteral("tco/%1/language/%2/total_usd").arg(s.id, l.language),
                                       Text::tr("Annual TCO of %1 in %2").arg(l.name, name), QStringLiteral("USD"));
            if (baseLanguages.contains(l.language)) {
                const double d = v - baseLanguages.value(l.language);
                lines << Text::tr("  %1: %2 per year (%3%4 against the baseline)").arg(l.name, Tco::usd(v), d >= 0 ? QStringLiteral("+") : QString(), Tco::usd(d));
            } else {
                lines << Text::tr("  %1: %2 per year (not in the baseline)").arg(l.name, Tco::usd(v));
            }
        }
        for (auto it = baseLanguages.begin(); it != baseLanguages.end(); ++it) {
            if (!seen.contains(it.key()))
                lines << Text::tr("  %1: not used (−%2 against the baseline)").arg(candidateName(m_ws, it.key()), Tco::usd(it.value()));
        }
    }
    return lines;
}

QStringList Drafter::fragmentationConsequences()
{
    QStringList lines;
    for (int m = 0; m < Enums::fragmentationMetric.count(); ++m) {
        const QString key = Enums::fragmentationMetric.key(m);
        const QString name = Enums::fragmentationMetric.label(m);
        const QString unit = Fragmentation::metricUnit(FragmentationMetric(m));
        const std::optional<LiveFigure> value = use(QStringLiteral("fragmentation/%1/value").arg(key), name, unit);
        if (!value)
            continue; // nothing measured: no figure to quote
        const std::optional<LiveFigure> level = use(QStringLiteral("fragmentation/%1/level").arg(key), Text::tr("Risk level of %1").arg(name), QString());
        lines << Text::tr("%1: %2 (risk: %3).").arg(name, formatFigure(value->value, QString(), unit), level ? level->text : Text::tr("unrated"));
    }
    return lines;
}

void Drafter::build(const SlaTier &tier)
{
    DecisionRecord &rec = m_draft->record;
    const QString tierName = tier.name.isEmpty() ? tier.id : tier.name;
    link(LinkKind::Tier, tier.id);
    QStringList contexts;
    for (const BoundedContext &c : m_ws.contexts) {
        if (c.tier == tier.id) {
            contexts << (c.name.isEmpty() ? c.id : c.name);
            link(LinkKind::Context, c.id);
        }
    }
    rec.context = contextText(tier, contexts);

    const SelectionResult sel = Selection::compute(m_ws);
    const TierResult *t = tierOf(sel, tier.id);
    QStringList drivers;
    if (t) {
        std::vector<size_t> order(t->criteria.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return t->shares[a] > t->shares[b]; });
        for (size_t i : order) {
            const QString &id = t->criteria[qsizetype(i)];
            const Criterion *c = findById(m_ws.criteria, id);
            const QString name = criterionName(m_ws, id);
            const double share = useNumber(QStringLiteral("selection/%1/share/%2").arg(tier.id, id), Text::tr("Weight share of %1 in %2").arg(name, tierName),
                                           QStringLiteral("%"));
            QString detail;
            if (c) {
                const QString dir = c->direction == Direction::HigherIsBetter ? Text::tr("higher is better") : Text::tr("lower is better");
                detail = c->unit.isEmpty() ? dir : QStringLiteral("%1, %2").arg(c->unit, dir);
            }
            drivers << Text::tr("%1 (%2): %3 % of the weight").arg(name, detail, pct(share));
        }
        for (const TierThreshold &th : m_ws.tierThresholds) {
            if (th.tier == tier.id)
                drivers << Text::tr("Must pass: %1 %2 %3").arg(criterionName(m_ws, th.criterion), comparisonSymbol(th.comparison), rawText(m_ws, th.criterion, th.value));
        }
        rec.drivers = drivers.join(u'\n');
        options(tier, *t, sel.matrix);
        rec.outcome = outcome(tier, *t, sel);
        if (!t->winner.isEmpty())
            rec.title = Text::tr("Use %1 for the SLA tier “%2”").arg(candidateName(m_ws, t->winner), tierName);
    }
    if (rec.title.isEmpty())
        rec.title = Text::tr("Technology for the SLA tier “%1”").arg(tierName);

    QStringList consequences = tcoConsequences();
    const QStringList fragmentation = fragmentationConsequences();
    if (!fragmentation.isEmpty()) {
        consequences << Text::tr("Ecosystem fragmentation now:");
        consequences << fragmentation;
    }
    rec.consequences = consequences.join(u'\n');
    rec.confirmation = Text::tr("Compare the figures frozen with this record with the live model at the next review; ArchBoard reports every figure that has moved.");
    rec.moreInformation = Text::tr("Drafted by ArchBoard from the workspace “%1” on %2; %3 figures frozen with the record.")
                              .arg(m_ws.info.name, rec.date.toString(Qt::ISODate))
                              .arg(m_draft->figures.size());
    // Live-voting rounds on this tier: how the board's opinions moved.
    const QString moved = Voting::movementText(Voting::latestSession(m_ws, tier.id));
    if (!moved.isEmpty())
        rec.moreInformation += u'\n' + moved;
}

} // namespace

Draft draftFromAnalysis(const Workspace &ws, const QString &tierId, const QDate &date)
{
    Draft draft;
    DecisionRecord &rec = draft.record;
    rec.number = nextNumber(ws);
    rec.id = freeId(ws, rec.number);
    rec.status = DecisionStatus::Proposed;
    rec.date = date;
    const SlaTier *tier = findById(ws.tiers, tierId);
    if (!tier) {
        rec.title = Text::tr("Technology for the SLA tier “%1”").arg(tierId);
        rec.context = Text::tr("The workspace has no SLA tier “%1”: nothing to draft from.").arg(tierId);
        return draft;
    }
    Drafter drafter(ws, &draft);
    drafter.build(*tier);
    return draft;
}

} // namespace ArchBoard::Decisions
