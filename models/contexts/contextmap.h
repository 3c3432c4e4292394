#pragma once

#include "diagram.h"
#include "workspace.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ArchBoard {

struct SelectionResult;

enum class FindingSeverity { Info, Warning, Error };

/// Something the context map's checks found. Elements are "context:ID" or "relation:ID".
struct ContextFinding
{
    QString kind; ///< latency_budget, format_without_acl, language_disagrees, sync_cycle, isolated_context
    FindingSeverity severity = FindingSeverity::Warning;
    QStringList elements;
    QString message;
};

/// Share of integrations that use an approved protocol (and contract style).
struct ProtocolConsistency
{
    int integrations = 0;   ///< context relations + declared service APIs
    int conforming = 0;
    std::optional<double> valuePct; ///< missing when there is nothing to measure or nothing is approved
    QStringList nonConforming;      ///< "relation:ID" / "service:ID" of the integrations that do not conform
};

struct ContextMapResult
{
    std::vector<ContextFinding> findings;
    ProtocolConsistency protocolConsistency;
};

/**
 * Checks of the bounded-context map, pure functions of the workspace:
 *
 * - latency_budget: a context that waits on a chain of synchronous calls
 *   (gRPC, REST, REST + Saga, GraphQL — the downstream context calls its
 *   upstream) whose expected latencies add up to more than its latency
 *   tolerance. The longest chain is reported; relations without a latency
 *   figure are left out of the sum and said so.
 * - format_without_acl: the format on the wire (the relation's format, else
 *   the upstream's) differs from the downstream context's own format and the
 *   downstream side has no anticorruption layer.
 * - language_disagrees: the decision rules recommend another language than
 *   the context's current one.
 * - sync_cycle: contexts that call each other synchronously in a cycle.
 * - isolated_context: a context with no relation at all.
 *
 * Protocol consistency: each context relation counts as an integration over
 * its mechanism's protocol (Kafka, gRPC, REST, webhook, …) and conforms when
 * that protocol is approved with any contract style; each API a service
 * declares conforms when its protocol and contract style are approved together.
 */
namespace ContextMap {
ContextMapResult analyse(const Workspace &ws, const SelectionResult &selection);
ProtocolConsistency protocolConsistency(const Workspace &ws);
/// The protocol a relation's mechanism uses; nullopt for shared databases, files and unspecified mechanisms.
std::optional<ApiProtocol> protocolOf(SyncMechanism mechanism);
QString severityKey(FindingSeverity s);
/// "Latency budget", "Format change without ACL", … for a finding's kind.
QString kindLabel(const QString &kind);

/// The ids of the contexts at most \a hops relations away from \a context
/// (either direction), \a context first; empty when it does not exist.
QStringList neighbourhood(const Workspace &ws, const QString &context, int hops);

enum class Grouping { Team, DomainType, None };
/// The context map: contexts coloured by language, grouped as asked, edges with
/// pattern roles, mechanism, format and latency; elements with findings in red;
/// the \a selected elements ("context:ID"/"relation:ID") outlined in blue.
/// With \a only (context ids), just those contexts and the relations among them.
Diagram diagram(const Workspace &ws, const ContextMapResult &result, Grouping grouping = Grouping::Team,
                const QStringList &selected = {}, const QStringList &only = {});
} // namespace ContextMap

} // namespace ArchBoard
