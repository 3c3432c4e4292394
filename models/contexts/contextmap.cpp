#include "contextmap.h"

#include "selection.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ArchBoard::ContextMap {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ContextMap)
};

const QString kFinding = QStringLiteral("#c0392b");
const QString kSelected = QStringLiteral("#1f6feb");

bool known(DataFormat f)
{
    return f != DataFormat::Unspecified && f != DataFormat::Other;
}

// A duration in the unit a reader thinks in: 250 ms, 4.5 s, 5 min, 2 h.
QString ms(double v)
{
    const auto number = [](double x) { return QLocale().toString(x, 'f', x == std::floor(x) ? 0 : 1); };
    if (v < 1000)
        return number(v) + QStringLiteral(" ms");
    if (v < 60'000)
        return number(std::round(v / 100) / 10) + QStringLiteral(" s");
    if (v < 3'600'000)
        return number(std::round(v / 6'000) / 10) + QStringLiteral(" min");
    return number(std::round(v / 360'000) / 10) + QStringLiteral(" h");
}

QString contextRef(const QString &id)
{
    return QStringLiteral("context:") + id;
}

QString relationRef(const QString &id)
{
    return QStringLiteral("relation:") + id;
}

/// One synchronous call: the downstream context waits on the upstream one.
struct Call
{
    int relation;
    int to;
};

/// Tarjan's strongly connected components over the synchronous calls.
std::vector<int> components(int n, const std::vector<std::vector<Call>> &calls, int *count)
{
    std::vector<int> index(size_t(n), -1), low(size_t(n), 0), comp(size_t(n), -1);
    std::vector<bool> onStack(size_t(n), false);
    std::vector<int> stack;
    int counter = 0;
    *count = 0;
    // Iterative, so a long chain cannot exhaust the call stack.
    for (int start = 0; start < n; ++start) {
        if (index[size_t(start)] >= 0)
            continue;
        std::vector<std::pair<int, size_t>> work{{start, 0}};
        index[size_t(start)] = low[size_t(start)] = counter++;
        stack.push_back(start);
        onStack[size_t(start)] = true;
        while (!work.empty()) {
            auto &[v, next] = work.back();
            if (next < calls[size_t(v)].size()) {
                const int w = calls[size_t(v)][next++].to;
                if (index[size_t(w)] < 0) {
                    index[size_t(w)] = low[size_t(w)] = counter++;
                    stack.push_back(w);
                    onStack[size_t(w)] = true;
                    work.push_back({w, 0});
                } else if (onStack[size_t(w)]) {
                    low[size_t(v)] = std::min(low[size_t(v)], index[size_t(w)]);
                }
                continue;
            }
            if (low[size_t(v)] == index[size_t(v)]) {
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = false;
                    comp[size_t(w)] = *count;
                } while (w != v);
                ++*count;
            }
            const int done = v;
            work.pop_back();
            if (!work.empty())
                low[size_t(work.back().first)] = std::min(low[size_t(work.back().first)], low[size_t(done)]);
        }
    }
    return comp;
}

} // namespace

QString severityKey(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Info: return QStringLiteral("info");
    case FindingSeverity::Warning: return QStringLiteral("warning");
    case FindingSeverity::Error: return QStringLiteral("error");
    }
    return {};
}

QString kindLabel(const QString &kind)
{
    if (kind == u"latency_budget")
        return Text::tr("Latency budget");
    if (kind == u"format_without_acl")
        return Text::tr("Format change without ACL");
    if (kind == u"language_disagrees")
        return Text::tr("Language disagrees with the rules");
    if (kind == u"sync_cycle")
        return Text::tr("Synchronous cycle");
    if (kind == u"isolated_context")
        return Text::tr("Isolated context");
    return kind;
}

std::optional<ApiProtocol> protocolOf(SyncMechanism m)
{
    switch (m) {
    case SyncMechanism::KafkaEvents: return ApiProtocol::Kafka;
    case SyncMechanism::GrpcStreaming:
    case SyncMechanism::Grpc: return ApiProtocol::Grpc;
    case SyncMechanism::Rest:
    case SyncMechanism::RestSaga: return ApiProtocol::Rest;
    case SyncMechanism::HttpWebhook: return ApiProtocol::Webhook;
    case SyncMechanism::GraphQL: return ApiProtocol::GraphQL;
    case SyncMechanism::MessageQueue: return ApiProtocol::Amqp;
    case SyncMechanism::Other: return ApiProtocol::Other;
    case SyncMechanism::SharedDatabase:
    case SyncMechanism::BatchFile:
    case SyncMechanism::Unspecified: return std::nullopt;
    }
    return std::nullopt;
}

ProtocolConsistency protocolConsistency(const Workspace &ws)
{
    ProtocolConsistency pc;
    QSet<int> approvedProtocols;
    QSet<QPair<int, int>> approvedPairs;
    for (const ApprovedProtocol &a : ws.approvedProtocols) {
        approvedProtocols.insert(int(a.protocol));
        approvedPairs.insert({int(a.protocol), int(a.contract)});
    }
    for (const ContextRelation &r : ws.relations) {
        if (r.mechanism == SyncMechanism::Unspecified)
            continue; // nothing to judge; validation does not require a mechanism
        ++pc.integrations;
        const std::optional<ApiProtocol> p = protocolOf(r.mechanism);
        if (p && approvedProtocols.contains(int(*p)))
            ++pc.conforming;
        else
            pc.nonConforming << relationRef(r.id);
    }
    for (const ServiceApi &api : ws.serviceApis) {
        ++pc.integrations;
        if (approvedPairs.contains({int(api.protocol), int(api.contract)}))
            ++pc.conforming;
        else if (!pc.nonConforming.contains(QStringLiteral("service:") + api.service))
            pc.nonConforming << QStringLiteral("service:") + api.service;
    }
    if (pc.integrations > 0 && !ws.approvedProtocols.empty())
        pc.valuePct = 100.0 * pc.conforming / pc.integrations;
    return pc;
}

namespace {

/// The synchronous calls between the contexts (downstream → upstream) and their components.
struct CallGraph
{
    QHash<QString, int> index; // context id → position in ws.contexts
    std::vector<std::vector<Call>> calls;
    std::vector<int> degree; // relations of each context
    std::vector<int> comp;   // component of each context
    int compCount = 0;
};

CallGraph callGraph(const Workspace &ws)
{
    CallGraph g;
    const int n = int(ws.contexts.size());
    for (int i = 0; i < n; ++i)
        g.index.insert(ws.contexts[size_t(i)].id, i);

    // --- synchronous calls: downstream → upstream -------------------------------
    g.calls.resize(static_cast<size_t>(n));
    g.degree.assign(static_cast<size_t>(n), 0);
    for (int r = 0; r < int(ws.relations.size()); ++r) {
        const ContextRelation &rel = ws.relations[size_t(r)];
        const int up = g.index.value(rel.upstream, -1);
        const int down = g.index.value(rel.downstream, -1);
        if (up < 0 || down < 0)
            continue; // dangling: validation reports it
        ++g.degree[size_t(up)];
        ++g.degree[size_t(down)];
        if (isSynchronous(rel.mechanism) && up != down)
            g.calls[size_t(down)].push_back({r, up});
    }
    g.comp = components(n, g.calls, &g.compCount);
    return g;
}

void findLatencyBudgets(const Workspace &ws, const CallGraph &g, ContextMapResult &out)
{
    const int n = int(ws.contexts.size());
    const std::vector<std::vector<Call>> &calls = g.calls;
    const std::vector<int> &comp = g.comp;
    // Longest chain of calls from each context, across components (calls
    // inside a cycle are the cycle's finding, not a chain).
    struct Chain
    {
        double total = 0;
        int unknown = 0;
        int next = -1; // relation taken first
        bool done = false;
    };
    std::vector<Chain> chain(static_cast<size_t>(n));
    std::function<const Chain &(int)> longest = [&](int v) -> const Chain & {
        Chain &c = chain[size_t(v)];
        if (c.done)
            return c;
        c.done = true; // components form a DAG: no recursion back here
        for (const Call &call : calls[size_t(v)]) {
            if (comp[size_t(call.to)] == comp[size_t(v)])
                continue;
            const std::optional<double> &lat = ws.relations[size_t(call.relation)].expectedLatencyMs;
            const Chain &rest = longest(call.to);
            const double total = lat.value_or(0.0) + rest.total;
            const int unknown = (lat ? 0 : 1) + rest.unknown;
            if (c.next < 0 || total > c.total || (total == c.total && unknown < c.unknown)) {
                c.total = total;
                c.unknown = unknown;
                c.next = call.relation;
            }
        }
        return c;
    };

    for (int i = 0; i < n; ++i) {
        const BoundedContext &w = ws.contexts[size_t(i)];
        if (!w.latencyToleranceMs || calls[size_t(i)].empty())
            continue;
        const Chain &c = longest(i);
        if (c.next < 0 || c.total <= *w.latencyToleranceMs)
            continue;
        ContextFinding f;
        f.kind = QStringLiteral("latency_budget");
        f.severity = FindingSeverity::Error;
        f.elements << contextRef(w.id);
        QStringList steps{w.name};
        for (int at = i, rel = c.next; rel >= 0;) {
            const ContextRelation &r = ws.relations[size_t(rel)];
            f.elements << relationRef(r.id);
            at = g.index.value(r.upstream);
            steps << QStringLiteral("%1 (%2)").arg(ws.contexts[size_t(at)].name,
                                                   r.expectedLatencyMs ? ms(*r.expectedLatencyMs) : Text::tr("latency unknown"));
            rel = chain[size_t(at)].next;
        }
        f.message = Text::tr("%1 waits on a chain of synchronous calls that takes %2, more than its tolerance of %3: %4")
                        .arg(w.name, ms(c.total), ms(*w.latencyToleranceMs), steps.join(QStringLiteral(" → ")));
        if (c.unknown > 0)
            f.message += c.unknown == 1 ? Text::tr(" (1 call without a latency figure not counted)")
                                        : Text::tr(" (%1 calls without a latency figure not counted)").arg(c.unknown);
        out.findings.push_back(f);
    }
}

void findFormatsWithoutAcl(const Workspace &ws, const QHash<QString, int> &index, ContextMapResult &out)
{
    for (const ContextRelation &r : ws.relations) {
        const int up = index.value(r.upstream, -1);
        const int down = index.value(r.downstream, -1);
        if (up < 0 || down < 0 || r.pattern == ContextPattern::SeparateWays)
            continue;
        const BoundedContext &u = ws.contexts[size_t(up)];
        const BoundedContext &d = ws.contexts[size_t(down)];
        const DataFormat wire = known(r.format) ? r.format : u.dataFormat;
        if (!known(wire) || !known(d.dataFormat) || wire == d.dataFormat || r.downstreamRole == DownstreamRole::AnticorruptionLayer)
            continue;
        ContextFinding f;
        f.kind = QStringLiteral("format_without_acl");
        f.severity = FindingSeverity::Warning;
        f.elements << relationRef(r.id) << contextRef(u.id) << contextRef(d.id);
        f.message = Text::tr("%1 receives %2 from %3 but works in %4, without an anticorruption layer to translate")
                        .arg(d.name, Enums::dataFormat.label(int(wire)), u.name, Enums::dataFormat.label(int(d.dataFormat)));
        out.findings.push_back(f);
    }
}

void findLanguageDisagreements(const Workspace &ws, const SelectionResult &selection, const QHash<QString, int> &index, ContextMapResult &out)
{
    QHash<QString, QString> candidateNames;
    for (const Candidate &c : ws.candidates)
        candidateNames.insert(c.id, c.name);
    QHash<QString, QString> ruleNames;
    for (const DecisionRule &r : ws.rules)
        ruleNames.insert(r.id, r.name);
    for (const Recommendation &rec : selection.recommendations) {
        if (!rec.disagrees)
            continue;
        const int i = index.value(rec.context, -1);
        if (i < 0)
            continue;
        ContextFinding f;
        f.kind = QStringLiteral("language_disagrees");
        f.severity = FindingSeverity::Warning;
        f.elements << contextRef(rec.context);
        f.message = Text::tr("%1 is written in %2; the decision rules recommend %3 (rule “%4”)")
                        .arg(ws.contexts[size_t(i)].name, candidateNames.value(rec.current, rec.current),
                             candidateNames.value(rec.candidate, rec.candidate), ruleNames.value(rec.rule, rec.rule));
        out.findings.push_back(f);
    }
}

void findSyncCycles(const Workspace &ws, const CallGraph &g, ContextMapResult &out)
{
    std::vector<std::vector<int>> members(static_cast<size_t>(g.compCount));
    for (int i = 0; i < int(ws.contexts.size()); ++i)
        members[size_t(g.comp[size_t(i)])].push_back(i);
    for (const std::vector<int> &cycle : members) {
        if (cycle.size() < 2)
            continue;
        ContextFinding f;
        f.kind = QStringLiteral("sync_cycle");
        f.severity = FindingSeverity::Error;
        QStringList names;
        QSet<int> in(cycle.begin(), cycle.end());
        for (int i : cycle) {
            f.elements << contextRef(ws.contexts[size_t(i)].id);
            names << ws.contexts[size_t(i)].name;
        }
        for (int i : cycle) {
            for (const Call &call : g.calls[size_t(i)]) {
                if (in.contains(call.to))
                    f.elements << relationRef(ws.relations[size_t(call.relation)].id);
            }
        }
        f.message = Text::tr("%1 call each other synchronously in a cycle: a slow or failing one stalls all of them")
                        .arg(names.join(QStringLiteral(", ")));
        out.findings.push_back(f);
    }
}

void findIsolatedContexts(const Workspace &ws, const CallGraph &g, ContextMapResult &out)
{
    for (int i = 0; i < int(ws.contexts.size()); ++i) {
        if (g.degree[size_t(i)] > 0)
            continue;
        ContextFinding f;
        f.kind = QStringLiteral("isolated_context");
        f.severity = FindingSeverity::Info;
        f.elements << contextRef(ws.contexts[size_t(i)].id);
        f.message = Text::tr("%1 has no relation to any other context").arg(ws.contexts[size_t(i)].name);
        out.findings.push_back(f);
    }
}

} // namespace

ContextMapResult analyse(const Workspace &ws, const SelectionResult &selection)
{
    ContextMapResult out;
    const CallGraph graph = callGraph(ws);
    findLatencyBudgets(ws, graph, out);
    // --- formats -----------------------------------------------------------------
    findFormatsWithoutAcl(ws, graph.index, out);
    // --- language vs the decision rules --------------------------------------------
    findLanguageDisagreements(ws, selection, graph.index, out);
    // --- cycles of synchronous calls --------------------------------------------------
    findSyncCycles(ws, graph, out);
    // --- isolated contexts ---------------------------------------------------------------
    findIsolatedContexts(ws, graph, out);
    out.protocolConsistency = protocolConsistency(ws);
    return out;
}

QStringList neighbourhood(const Workspace &ws, const QString &context, int hops)
{
    QHash<QString, QStringList> adjacent;
    bool exists = false;
    for (const BoundedContext &c : ws.contexts)
        exists = exists || c.id == context;
    if (!exists)
        return {};
    for (const ContextRelation &r : ws.relations) {
        adjacent[r.upstream] << r.downstream;
        adjacent[r.downstream] << r.upstream;
    }
    QStringList out{context};
    QSet<QString> seen{context};
    qsizetype frontier = 0;
    for (int hop = 0; hop < hops; ++hop) {
        const qsizetype end = out.size();
        for (qsizetype i = frontier; i < end; ++i) {
            for (const QString &next : adjacent.value(out.at(i))) {
                if (!seen.contains(next)) {
                    seen.insert(next);
                    out << next;
                }
            }
        }
        frontier = end;
    }
    return out;
}

Diagram diagram(const Workspace &ws, const ContextMapResult &result, Grouping grouping, const QStringList &selected,
                const QStringList &only)
{
    const QSet<QString> shown(only.begin(), only.end());
    Diagram d;
    d.name = QStringLiteral("context-map");
    d.title = Text::tr("Bounded-context map");
    d.leftToRight = true;

    QHash<QString, QString> languageName;
    QHash<QString, QString> languageColour;
    for (const Candidate &c : ws.candidates) {
        languageName.insert(c.id, c.name);
        languageColour.insert(c.id, c.color);
    }
    QHash<QString, QStringList> problems; // element → messages of warnings and errors
    for (const ContextFinding &f : result.findings) {
        if (f.severity == FindingSeverity::Info)
            continue;
        for (const QString &e : f.elements)
            problems[e] << f.message;
    }

    QStringList clusterIds;
    auto clusterOf = [&](const BoundedContext &c) -> QString {
        QString key;
        QString label;
        if (grouping == Grouping::Team && !c.team.trimmed().isEmpty()) {
            key = QStringLiteral("team:") + c.team.trimmed();
            label = Text::tr("Team %1").arg(c.team.trimmed());
        } else if (grouping == Grouping::DomainType) {
            key = QStringLiteral("domain:") + Enums::domainType.key(int(c.domainType));
            label = Text::tr("%1 domain").arg(Enums::domainType.label(int(c.domainType)));
        }
        if (key.isEmpty())
            return {};
        if (!clusterIds.contains(key)) {
            clusterIds << key;
            d.clusters.append({key, label, QStringLiteral("#8899aa")});
        }
        return key;
    };

    for (const BoundedContext &c : ws.contexts) {
        if (!shown.isEmpty() && !shown.contains(c.id))
            continue;
        DiagramNode node;
        node.id = c.id;
        node.element = contextRef(c.id);
        QStringList line2;
        if (!c.language.isEmpty())
            line2 << languageName.value(c.language, c.language);
        if (c.dataFormat != DataFormat::Unspecified)
            line2 << Enums::dataFormat.label(int(c.dataFormat));
        node.label = c.name;
        if (!line2.isEmpty())
            node.label += u'\n' + line2.join(QStringLiteral(" · "));
        if (c.latencyToleranceMs)
            node.label += u'\n' + Text::tr("tolerates %1").arg(ms(*c.latencyToleranceMs));
        node.shape = NodeShape::RoundedBox;
        node.fillColor = languageColour.value(c.language);
        node.fontColor = Diagrams::textColourOn(node.fillColor);
        node.cluster = clusterOf(c);
        QStringList tip{c.name, Text::tr("Domain: %1").arg(Enums::domainType.label(int(c.domainType)))};
        if (!c.team.isEmpty())
            tip << Text::tr("Team: %1").arg(c.team);
        tip << Text::tr("Sync mechanism: %1").arg(Enums::syncMechanism.label(int(c.syncMechanism)));
        tip << problems.value(node.element);
        node.tooltip = tip.join(u'\n');
        if (problems.contains(node.element)) {
            node.color = kFinding;
            node.bold = true;
        }
        if (selected.contains(node.element)) {
            node.color = kSelected;
            node.bold = true;
        }
        d.nodes.append(node);
    }

    QSet<QString> contextIds;
    for (const BoundedContext &c : ws.contexts) {
        if (shown.isEmpty() || shown.contains(c.id))
            contextIds.insert(c.id);
    }
    for (const ContextRelation &r : ws.relations) {
        if (!contextIds.contains(r.upstream) || !contextIds.contains(r.downstream))
            continue;
        DiagramEdge e;
        e.from = r.upstream;
        e.to = r.downstream;
        e.element = relationRef(r.id);
        QStringList lines;
        if (r.pattern != ContextPattern::UpstreamDownstream || r.upstreamRoles != UpstreamRoles::None || r.downstreamRole != DownstreamRole::None) {
            QString roles = Enums::contextPattern.label(int(r.pattern));
            QStringList up;
            if (r.upstreamRoles == UpstreamRoles::OpenHostService || r.upstreamRoles == UpstreamRoles::OpenHostServiceAndPublishedLanguage)
                up << QStringLiteral("OHS");
            if (r.upstreamRoles == UpstreamRoles::PublishedLanguage || r.upstreamRoles == UpstreamRoles::OpenHostServiceAndPublishedLanguage)
                up << QStringLiteral("PL");
            const QString down = r.downstreamRole == DownstreamRole::AnticorruptionLayer ? QStringLiteral("ACL")
                : r.downstreamRole == DownstreamRole::Conformist                        ? QStringLiteral("CF")
                                                                                         : QString();
            if (!up.isEmpty() || !down.isEmpty())
                roles += QStringLiteral(" U[%1] → D[%2]").arg(up.join(u','), down);
            lines << roles;
        }
        QStringList how;
        if (r.mechanism != SyncMechanism::Unspecified)
            how << Enums::syncMechanism.label(int(r.mechanism));
        if (r.format != DataFormat::Unspecified)
            how << Enums::dataFormat.label(int(r.format));
        if (r.expectedLatencyMs)
            how << ms(*r.expectedLatencyMs);
        if (!how.isEmpty())
            lines << how.join(QStringLiteral(" · "));
        e.label = lines.join(u'\n');
        e.tooltip = (r.description.isEmpty() ? QString() : r.description + u'\n') + problems.value(e.element).join(u'\n');
        e.dashed = r.pattern == ContextPattern::SeparateWays || !isSynchronous(r.mechanism);
        e.bothWays = r.pattern == ContextPattern::Partnership || r.pattern == ContextPattern::SharedKernel;
        if (problems.contains(e.element)) {
            e.color = kFinding;
            e.bold = true;
        }
        if (selected.contains(e.element)) {
            e.color = kSelected;
            e.bold = true;
        }
        d.edges.append(e);
    }
    return d;
}

} // namespace ArchBoard::ContextMap
