#include "consequences.h"

#include "workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <future>

namespace ArchBoard {

namespace {

/// Everything the engines say about one version.
struct EngineResults
{
    SelectionResult selection;
    ContextMapResult contextMap;
    FragmentationResult fragmentation;
    std::vector<TcoResult> tco; ///< one per scenario, in workspace order
    std::vector<Decisions::StaleFigure> stale;
};

/// Which engines a change can move, from the tables it touched (each engine's inputs, generously).
struct EngineSet
{
    bool selection = true;
    bool contextMap = true;
    bool fragmentation = true;
    bool tco = true;
};

EngineSet enginesFor(const ModelDiff *diff)
{
    if (!diff)
        return {};
    using T = TableId;
    auto touches = [diff](std::initializer_list<TableId> tables) {
        return std::any_of(diff->changes.begin(), diff->changes.end(), [&](const ElementChange &c) {
            return std::find(tables.begin(), tables.end(), c.table) != tables.end();
        });
    };
    const std::initializer_list<TableId> selection = {T::Workspace, T::Candidates, T::Criteria, T::Measurements, T::Tiers,
                                                      T::TierWeights, T::TierThresholds, T::TierComparisons, T::Rules,
                                                      T::RuleConditions, T::Raters, T::Ratings, T::Contexts};
    EngineSet e;
    e.selection = touches(selection);
    // The map's findings use the rules' recommendations, so everything the selection reads too.
    e.contextMap = e.selection || touches({T::Relations, T::ApprovedProtocols, T::ServiceApis, T::Services});
    e.fragmentation = touches({T::Workspace, T::Candidates, T::Contexts, T::Relations, T::Services, T::Dependencies,
                               T::ServiceApis, T::ApprovedProtocols, T::FragmentationThresholds});
    e.tco = touches({T::Workspace, T::Candidates, T::Providers, T::LanguageProfiles, T::Scenarios, T::ScenarioFunctions,
                     T::CostLines, T::TcoRanges});
    return e;
}

EngineResults run(const Workspace &ws, const EngineSet &engines)
{
    EngineResults r;
    if (engines.selection || engines.contextMap)
        r.selection = Selection::compute(ws);
    if (engines.contextMap)
        r.contextMap = ContextMap::analyse(ws, r.selection);
    if (engines.fragmentation)
        r.fragmentation = Fragmentation::analyse(ws);
    if (engines.tco) {
        for (const TcoScenario &s : ws.scenarios) {
            const std::optional<TcoInput> in = Tco::input(ws, s.id);
            r.tco.push_back(in ? Tco::compute(*in) : TcoResult());
        }
    }
    // Frozen figures may name any engine's figure; FigureSource runs only the ones they name.
    r.stale = Decisions::staleFigures(ws);
    return r;
}

QString candidateName(const Workspace &ws, const QString &id)
{
    for (const Candidate &c : ws.candidates) {
        if (c.id == id)
            return c.name.isEmpty() ? id : c.name;
    }
    return id;
}

TierOutcome tierOutcome(const Workspace &ws, const SlaTier &tier, const TierResult &result)
{
    TierOutcome out;
    out.name = tier.name.isEmpty() ? tier.id : tier.name;
    for (const CandidateScore &s : result.ranking)
        out.ranking.push_back({s.candidate, candidateName(ws, s.candidate), s.rank, s.score * 100.0, s.knockedOut});
    out.winner = result.winner;
    out.winnerName = result.winner.isEmpty() ? QString() : candidateName(ws, result.winner);
    out.stability = result.stability;
    out.minDistancePp = result.minDistancePp;
    return out;
}

bool sameOutcome(const TierOutcome &a, const TierOutcome &b)
{
    if (a.winner != b.winner || a.stability != b.stability || a.ranking.size() != b.ranking.size())
        return false;
    for (size_t i = 0; i < a.ranking.size(); ++i) {
        const RankedCandidate &x = a.ranking[i];
        const RankedCandidate &y = b.ranking[i];
        if (x.candidate != y.candidate || x.rank != y.rank || x.knockedOut != y.knockedOut
            || std::abs(x.scorePct - y.scorePct) > 1e-9)
            return false;
    }
    return true;
}

std::vector<TierConsequence> compareTiers(const Workspace &before, const EngineResults &rb, const Workspace &after,
                                          const EngineResults &ra)
{
    std::vector<TierConsequence> out;
    auto outcomeIn = [](const Workspace &ws, const EngineResults &r, const QString &id) -> std::optional<TierOutcome> {
        for (size_t i = 0; i < ws.tiers.size() && i < r.selection.tiers.size(); ++i) {
            if (ws.tiers[i].id == id)
                return tierOutcome(ws, ws.tiers[i], r.selection.tiers[i]);
        }
        return std::nullopt;
    };
    QSet<QString> seen;
    for (const Workspace *ws : {&after, &before}) {
        for (const SlaTier &t : ws->tiers) {
            if (seen.contains(t.id))
                continue;
            seen.insert(t.id);
            TierConsequence c;
            c.tier = t.id;
            c.before = outcomeIn(before, rb, t.id);
            c.after = outcomeIn(after, ra, t.id);
            if (c.before && c.after && sameOutcome(*c.before, *c.after))
                continue;
            out.push_back(std::move(c));
        }
    }
    return out;
}

std::vector<TcoConsequence> compareScenarios(const Workspace &before, const EngineResults &rb, const Workspace &after,
                                             const EngineResults &ra)
{
    std::vector<TcoConsequence> out;
    auto resultIn = [](const Workspace &ws, const EngineResults &r, const QString &id) -> const TcoResult * {
        for (size_t i = 0; i < ws.scenarios.size(); ++i) {
            if (ws.scenarios[i].id == id)
                return &r.tco[i];
        }
        return nullptr;
    };
    for (size_t i = 0; i < after.scenarios.size(); ++i) {
        const TcoScenario &s = after.scenarios[i];
        TcoConsequence c;
        c.scenario = s.id;
        c.name = s.name.isEmpty() ? s.id : s.name;
        const TcoResult *old = resultIn(before, rb, s.id);
        if (!old) {
            c.only = ra.tco[i];
            c.added = true;
            out.push_back(std::move(c));
            continue;
        }
        TcoComparison cmp = Tco::compare(*old, ra.tco[i]);
        const bool moved = std::abs(cmp.annualDelta()) >= 0.005 || std::abs(cmp.horizonDelta()) >= 0.005
            || cmp.horizonYearsA != cmp.horizonYearsB || !cmp.movedLines().empty();
        if (!moved)
            continue;
        c.comparison = std::move(cmp);
        out.push_back(std::move(c));
    }
    for (size_t i = 0; i < before.scenarios.size(); ++i) {
        const TcoScenario &s = before.scenarios[i];
        if (resultIn(after, ra, s.id))
            continue;
        TcoConsequence c;
        c.scenario = s.id;
        c.name = s.name.isEmpty() ? s.id : s.name;
        c.only = rb.tco[i];
        out.push_back(std::move(c));
    }
    return out;
}

QString findingIdentity(const ContextFinding &f)
{
    return f.kind + u'\x1f' + ContextMap::severityKey(f.severity) + u'\x1f' + f.elements.join(u'\x1f');
}

ContextConsequence compareContexts(const ContextMapResult &before, const ContextMapResult &after)
{
    ContextConsequence out;
    out.consistencyBefore = before.protocolConsistency;
    out.consistencyAfter = after.protocolConsistency;
    QHash<QString, const ContextFinding *> old;
    for (const ContextFinding &f : before.findings)
        old.insert(findingIdentity(f), &f);
    QSet<QString> present;
    for (const ContextFinding &f : after.findings) {
        const QString id = findingIdentity(f);
        present.insert(id);
        const ContextFinding *was = old.value(id);
        if (!was)
            out.appeared.push_back(f);
        else if (was->message != f.message)
            out.changed.push_back({*was, f});
    }
    for (const ContextFinding &f : before.findings) {
        if (!present.contains(findingIdentity(f)))
            out.resolved.push_back(f);
    }
    return out;
}

bool sameNumber(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a));
}

std::vector<MetricConsequence> compareMetrics(const FragmentationResult &before, const FragmentationResult &after)
{
    std::vector<MetricConsequence> out;
    for (size_t i = 0; i < after.metrics.size() && i < before.metrics.size(); ++i) {
        const MetricValue &a = after.metrics[i];
        const MetricValue &b = before.metrics[i];
        if (sameNumber(a.value, b.value) && a.level == b.level)
            continue;
        out.push_back({a.metric, b, a});
    }
    return out;
}

std::vector<RecordConsequence> compareRecords(const Workspace &before, const EngineResults &rb, const Workspace &after,
                                              const EngineResults &ra)
{
    std::vector<RecordConsequence> out;
    QSet<QString> staleBefore;
    for (const Decisions::StaleFigure &s : rb.stale)
        staleBefore.insert(s.decision + u'\x1f' + s.snapshot.key);
    QSet<QString> known;
    for (const DecisionRecord &d : before.decisions)
        known.insert(d.id);
    for (const DecisionRecord &d : after.decisions) {
        // A record new in this change was drafted from the new figures: not "newly stale".
        RecordConsequence stale{RecordConsequence::Kind::Stale, d.id, d.number, d.title, {}, {}};
        for (const Decisions::StaleFigure &s : ra.stale) {
            if (s.decision == d.id && known.contains(d.id) && !staleBefore.contains(s.decision + u'\x1f' + s.snapshot.key))
                stale.figures.push_back(s);
        }
        if (!stale.figures.empty())
            out.push_back(std::move(stale));
        if (d.status != DecisionStatus::Superseded)
            continue;
        const auto was = std::find_if(before.decisions.begin(), before.decisions.end(),
                                      [&](const DecisionRecord &b) { return b.id == d.id; });
        if (was == before.decisions.end() || was->status != DecisionStatus::Superseded)
            out.push_back({RecordConsequence::Kind::Superseded, d.id, d.number, d.title, {}, d.supersededBy});
    }
    return out;
}

} // namespace

bool ContextConsequence::consistencyChanged() const
{
    return !sameNumber(consistencyBefore.valuePct, consistencyAfter.valuePct)
        || consistencyBefore.integrations != consistencyAfter.integrations
        || consistencyBefore.conforming != consistencyAfter.conforming;
}

int Consequences::winnersChanged() const
{
    return int(std::count_if(tiers.begin(), tiers.end(), [](const TierConsequence &t) { return t.winnerChanged(); }));
}

namespace WorkspaceDiff {

Consequences consequences(const Workspace &before, const Workspace &after, const ModelDiff *diff)
{
    const EngineSet engines = enginesFor(diff);
    // The two versions are independent: one on another thread, one here.
    std::future<EngineResults> old = std::async(std::launch::async, [&before, engines] { return run(before, engines); });
    const EngineResults ra = run(after, engines);
    const EngineResults rb = old.get();

    Consequences c;
    if (engines.selection)
        c.tiers = compareTiers(before, rb, after, ra);
    if (engines.tco)
        c.scenarios = compareScenarios(before, rb, after, ra);
    if (engines.contextMap)
        c.contexts = compareContexts(rb.contextMap, ra.contextMap);
    if (engines.fragmentation)
        c.metrics = compareMetrics(rb.fragmentation, ra.fragmentation);
    c.records = compareRecords(before, rb, after, ra);
    return c;
}

} // namespace WorkspaceDiff

} // namespace ArchBoard
