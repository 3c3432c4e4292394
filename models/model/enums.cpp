#include "enums.h"

#include <QCoreApplication>

namespace ArchBoard {

int EnumDef::indexOf(QAnyStringView key) const
{
    for (int i = 0; i < count(); ++i) {
        if (QAnyStringView::equal(key, QLatin1StringView(values[i].key)))
            return i;
    }
    return -1;
}

QString EnumDef::key(int index) const
{
    if (index < 0 || index >= count())
        return {};
    return QString::fromLatin1(values[index].key);
}

QString EnumDef::label(int index) const
{
    if (index < 0 || index >= count())
        return {};
    return QCoreApplication::translate("Enum", values[index].label);
}

QStringList EnumDef::keys() const
{
    QStringList out;
    for (const EnumValue &v : values)
        out.append(QString::fromLatin1(v.key));
    return out;
}

namespace {
constexpr EnumValue directionValues[] = {
    {"lower_is_better", QT_TRANSLATE_NOOP("Enum", "Lower is better")},
    {"higher_is_better", QT_TRANSLATE_NOOP("Enum", "Higher is better")},
};
constexpr EnumValue criterionKindValues[] = {
    {"measured", QT_TRANSLATE_NOOP("Enum", "Measured")},
    {"rated", QT_TRANSLATE_NOOP("Enum", "Rated in workshop (1–5)")},
};
constexpr EnumValue candidateCategoryValues[] = {
    {"language", QT_TRANSLATE_NOOP("Enum", "Language")},
    {"framework", QT_TRANSLATE_NOOP("Enum", "Framework")},
    {"platform", QT_TRANSLATE_NOOP("Enum", "Platform")},
    {"tool", QT_TRANSLATE_NOOP("Enum", "Tool")},
    {"technique", QT_TRANSLATE_NOOP("Enum", "Technique")},
};
constexpr EnumValue comparisonValues[] = {
    {"lt", QT_TRANSLATE_NOOP("Enum", "<")},
    {"le", QT_TRANSLATE_NOOP("Enum", "≤")},
    {"eq", QT_TRANSLATE_NOOP("Enum", "=")},
    {"ne", QT_TRANSLATE_NOOP("Enum", "≠")},
    {"ge", QT_TRANSLATE_NOOP("Enum", "≥")},
    {"gt", QT_TRANSLATE_NOOP("Enum", ">")},
    {"contains", QT_TRANSLATE_NOOP("Enum", "contains")},
    {"not_contains", QT_TRANSLATE_NOOP("Enum", "does not contain")},
};
constexpr EnumValue ruleAttributeValues[] = {
    {"tier", QT_TRANSLATE_NOOP("Enum", "SLA tier")},
    {"availability_pct", QT_TRANSLATE_NOOP("Enum", "Availability target (%)")},
    {"p99_ms", QT_TRANSLATE_NOOP("Enum", "P99 latency target (ms)")},
    {"delivery_weeks", QT_TRANSLATE_NOOP("Enum", "Delivery cycle (weeks)")},
    {"domain_type", QT_TRANSLATE_NOOP("Enum", "Domain type")},
    {"team", QT_TRANSLATE_NOOP("Enum", "Team")},
    {"team_skills", QT_TRANSLATE_NOOP("Enum", "Team skills")},
    {"latency_tolerance_ms", QT_TRANSLATE_NOOP("Enum", "Latency tolerance (ms)")},
    {"function_count", QT_TRANSLATE_NOOP("Enum", "Function count")},
    {"current_language", QT_TRANSLATE_NOOP("Enum", "Current language")},
};
constexpr EnumValue ratingAggregationValues[] = {
    {"mean", QT_TRANSLATE_NOOP("Enum", "Mean")},
    {"median", QT_TRANSLATE_NOOP("Enum", "Median")},
};
constexpr EnumValue missingPolicyValues[] = {
    {"exclude", QT_TRANSLATE_NOOP("Enum", "Leave out (score over the criteria measured)")},
    {"worst", QT_TRANSLATE_NOOP("Enum", "Count as the worst value")},
};
constexpr EnumValue domainTypeValues[] = {
    {"core", QT_TRANSLATE_NOOP("Enum", "Core")},
    {"supporting", QT_TRANSLATE_NOOP("Enum", "Supporting")},
    {"generic", QT_TRANSLATE_NOOP("Enum", "Generic")},
};
constexpr EnumValue dataFormatValues[] = {
    {"avro", QT_TRANSLATE_NOOP("Enum", "Avro")},
    {"protobuf", QT_TRANSLATE_NOOP("Enum", "Protobuf")},
    {"json_api", QT_TRANSLATE_NOOP("Enum", "JSON:API")},
    {"json", QT_TRANSLATE_NOOP("Enum", "JSON")},
    {"xml", QT_TRANSLATE_NOOP("Enum", "XML")},
    {"thrift", QT_TRANSLATE_NOOP("Enum", "Thrift")},
    {"graphql", QT_TRANSLATE_NOOP("Enum", "GraphQL")},
    {"csv", QT_TRANSLATE_NOOP("Enum", "CSV")},
    {"parquet", QT_TRANSLATE_NOOP("Enum", "Parquet")},
    {"unspecified", QT_TRANSLATE_NOOP("Enum", "Unspecified")},
    {"other", QT_TRANSLATE_NOOP("Enum", "Other")},
};
constexpr EnumValue syncMechanismValues[] = {
    {"kafka_events", QT_TRANSLATE_NOOP("Enum", "Kafka events")},
    {"grpc_streaming", QT_TRANSLATE_NOOP("Enum", "gRPC streaming")},
    {"grpc", QT_TRANSLATE_NOOP("Enum", "gRPC (unary)")},
    {"rest", QT_TRANSLATE_NOOP("Enum", "REST")},
    {"rest_saga", QT_TRANSLATE_NOOP("Enum", "REST + Saga")},
    {"http_webhook", QT_TRANSLATE_NOOP("Enum", "HTTP webhook")},
    {"graphql", QT_TRANSLATE_NOOP("Enum", "GraphQL")},
    {"message_queue", QT_TRANSLATE_NOOP("Enum", "Message queue")},
    {"shared_database", QT_TRANSLATE_NOOP("Enum", "Shared database")},
    {"batch_file", QT_TRANSLATE_NOOP("Enum", "Batch file transfer")},
    {"unspecified", QT_TRANSLATE_NOOP("Enum", "Unspecified")},
    {"other", QT_TRANSLATE_NOOP("Enum", "Other")},
};
constexpr EnumValue contextPatternValues[] = {
    {"partnership", QT_TRANSLATE_NOOP("Enum", "Partnership")},
    {"shared_kernel", QT_TRANSLATE_NOOP("Enum", "Shared Kernel")},
    {"customer_supplier", QT_TRANSLATE_NOOP("Enum", "Customer/Supplier")},
    {"upstream_downstream", QT_TRANSLATE_NOOP("Enum", "Upstream/Downstream")},
    {"separate_ways", QT_TRANSLATE_NOOP("Enum", "Separate Ways")},
};
constexpr EnumValue upstreamRolesValues[] = {
    {"none", QT_TRANSLATE_NOOP("Enum", "None")},
    {"ohs", QT_TRANSLATE_NOOP("Enum", "Open Host Service")},
    {"pl", QT_TRANSLATE_NOOP("Enum", "Published Language")},
    {"ohs_pl", QT_TRANSLATE_NOOP("Enum", "Open Host Service + Published Language")},
};
constexpr EnumValue downstreamRoleValues[] = {
    {"none", QT_TRANSLATE_NOOP("Enum", "None")},
    {"acl", QT_TRANSLATE_NOOP("Enum", "Anticorruption Layer")},
    {"conformist", QT_TRANSLATE_NOOP("Enum", "Conformist")},
};
constexpr EnumValue recurrenceValues[] = {
    {"annual", QT_TRANSLATE_NOOP("Enum", "Per year")},
    {"monthly", QT_TRANSLATE_NOOP("Enum", "Per month")},
    {"one_off", QT_TRANSLATE_NOOP("Enum", "One-off")},
};
constexpr EnumValue ecosystemValues[] = {
    {"npm", QT_TRANSLATE_NOOP("Enum", "npm")},
    {"go", QT_TRANSLATE_NOOP("Enum", "Go modules")},
    {"cargo", QT_TRANSLATE_NOOP("Enum", "Cargo")},
    {"maven", QT_TRANSLATE_NOOP("Enum", "Maven")},
    {"pypi", QT_TRANSLATE_NOOP("Enum", "PyPI")},
    {"other", QT_TRANSLATE_NOOP("Enum", "Other")},
};
constexpr EnumValue dependencyScopeValues[] = {
    {"prod", QT_TRANSLATE_NOOP("Enum", "Production")},
    {"dev", QT_TRANSLATE_NOOP("Enum", "Development")},
    {"peer", QT_TRANSLATE_NOOP("Enum", "Peer")},
    {"optional", QT_TRANSLATE_NOOP("Enum", "Optional")},
};
constexpr EnumValue apiProtocolValues[] = {
    {"rest", QT_TRANSLATE_NOOP("Enum", "REST")},
    {"grpc", QT_TRANSLATE_NOOP("Enum", "gRPC")},
    {"graphql", QT_TRANSLATE_NOOP("Enum", "GraphQL")},
    {"kafka", QT_TRANSLATE_NOOP("Enum", "Kafka")},
    {"amqp", QT_TRANSLATE_NOOP("Enum", "AMQP")},
    {"webhook", QT_TRANSLATE_NOOP("Enum", "Webhook")},
    {"websocket", QT_TRANSLATE_NOOP("Enum", "WebSocket")},
    {"soap", QT_TRANSLATE_NOOP("Enum", "SOAP")},
    {"browser_events", QT_TRANSLATE_NOOP("Enum", "Browser events")},
    {"other", QT_TRANSLATE_NOOP("Enum", "Other")},
};
constexpr EnumValue contractStyleValues[] = {
    {"openapi", QT_TRANSLATE_NOOP("Enum", "OpenAPI")},
    {"protobuf", QT_TRANSLATE_NOOP("Enum", "Protobuf IDL")},
    {"asyncapi", QT_TRANSLATE_NOOP("Enum", "AsyncAPI")},
    {"graphql_sdl", QT_TRANSLATE_NOOP("Enum", "GraphQL SDL")},
    {"json_schema", QT_TRANSLATE_NOOP("Enum", "JSON Schema")},
    {"avro_schema", QT_TRANSLATE_NOOP("Enum", "Avro schema")},
    {"none", QT_TRANSLATE_NOOP("Enum", "No contract")},
};
constexpr EnumValue apiRoleValues[] = {
    {"provides", QT_TRANSLATE_NOOP("Enum", "Provides")},
    {"consumes", QT_TRANSLATE_NOOP("Enum", "Consumes")},
};
constexpr EnumValue fragmentationMetricValues[] = {
    {"protocol_consistency", QT_TRANSLATE_NOOP("Enum", "API-protocol consistency")},
    {"version_drift", QT_TRANSLATE_NOOP("Enum", "Shared-dependency version drift")},
    {"peer_dependency_hygiene", QT_TRANSLATE_NOOP("Enum", "Peer-dependency hygiene")},
    {"stack_heterogeneity", QT_TRANSLATE_NOOP("Enum", "Stack heterogeneity")},
};
constexpr EnumValue decisionStatusValues[] = {
    {"proposed", QT_TRANSLATE_NOOP("Enum", "Proposed")},
    {"accepted", QT_TRANSLATE_NOOP("Enum", "Accepted")},
    {"rejected", QT_TRANSLATE_NOOP("Enum", "Rejected")},
    {"deprecated", QT_TRANSLATE_NOOP("Enum", "Deprecated")},
    {"superseded", QT_TRANSLATE_NOOP("Enum", "Superseded")},
    {"unstated", QT_TRANSLATE_NOOP("Enum", "Not stated")}, // an imported record that names no status
};
constexpr EnumValue linkKindValues[] = {
    {"tier", QT_TRANSLATE_NOOP("Enum", "SLA tier")},
    {"candidate", QT_TRANSLATE_NOOP("Enum", "Candidate")},
    {"criterion", QT_TRANSLATE_NOOP("Enum", "Criterion")},
    {"context", QT_TRANSLATE_NOOP("Enum", "Bounded context")},
    {"relation", QT_TRANSLATE_NOOP("Enum", "Context relation")},
    {"scenario", QT_TRANSLATE_NOOP("Enum", "TCO scenario")},
    {"service", QT_TRANSLATE_NOOP("Enum", "Service")},
};
constexpr EnumValue radarRingValues[] = {
    {"adopt", QT_TRANSLATE_NOOP("Enum", "Adopt")},
    {"trial", QT_TRANSLATE_NOOP("Enum", "Trial")},
    {"assess", QT_TRANSLATE_NOOP("Enum", "Assess")},
    {"hold", QT_TRANSLATE_NOOP("Enum", "Hold")},
};
constexpr EnumValue distributionValues[] = {
    {"none", QT_TRANSLATE_NOOP("Enum", "None (a point value)")},
    {"triangular", QT_TRANSLATE_NOOP("Enum", "Triangular (low–high, the value as mode)")},
    {"uniform", QT_TRANSLATE_NOOP("Enum", "Uniform (low–high)")},
    {"normal", QT_TRANSLATE_NOOP("Enum", "Normal (low–high = value ± σ)")},
    {"lognormal", QT_TRANSLATE_NOOP("Enum", "Lognormal (low–high = value ± σ)")},
};
constexpr EnumValue limitActionValues[] = {
    {"refuse", QT_TRANSLATE_NOOP("Enum", "Refuses the configuration")},
    {"cap", QT_TRANSLATE_NOOP("Enum", "Bills at the limit")},
};
} // namespace

namespace Enums {
const EnumDef direction{"direction", directionValues};
const EnumDef criterionKind{"criterion_kind", criterionKindValues};
const EnumDef candidateCategory{"candidate_category", candidateCategoryValues};
const EnumDef comparison{"comparison", comparisonValues};
const EnumDef ruleAttribute{"rule_attribute", ruleAttributeValues};
const EnumDef ratingAggregation{"rating_aggregation", ratingAggregationValues};
const EnumDef missingPolicy{"missing_policy", missingPolicyValues};
const EnumDef domainType{"domain_type", domainTypeValues};
const EnumDef dataFormat{"data_format", dataFormatValues};
const EnumDef syncMechanism{"sync_mechanism", syncMechanismValues};
const EnumDef contextPattern{"context_pattern", contextPatternValues};
const EnumDef upstreamRoles{"upstream_roles", upstreamRolesValues};
const EnumDef downstreamRole{"downstream_role", downstreamRoleValues};
const EnumDef recurrence{"recurrence", recurrenceValues};
const EnumDef ecosystem{"ecosystem", ecosystemValues};
const EnumDef dependencyScope{"dependency_scope", dependencyScopeValues};
const EnumDef apiProtocol{"api_protocol", apiProtocolValues};
const EnumDef contractStyle{"contract_style", contractStyleValues};
const EnumDef apiRole{"api_role", apiRoleValues};
const EnumDef fragmentationMetric{"fragmentation_metric", fragmentationMetricValues};
const EnumDef decisionStatus{"decision_status", decisionStatusValues};
const EnumDef linkKind{"link_kind", linkKindValues};
const EnumDef radarRing{"radar_ring", radarRingValues};
const EnumDef distribution{"distribution", distributionValues};
const EnumDef limitAction{"limit_action", limitActionValues};
} // namespace Enums

bool isNumeric(RuleAttribute attribute)
{
    switch (attribute) {
    case RuleAttribute::AvailabilityPct:
    case RuleAttribute::P99Ms:
    case RuleAttribute::DeliveryWeeks:
    case RuleAttribute::LatencyToleranceMs:
    case RuleAttribute::FunctionCount:
        return true;
    case RuleAttribute::Tier:
    case RuleAttribute::DomainType:
    case RuleAttribute::Team:
    case RuleAttribute::TeamSkills:
    case RuleAttribute::CurrentLanguage:
        return false;
    }
    return false;
}

bool isSynchronous(SyncMechanism mechanism)
{
    switch (mechanism) {
    case SyncMechanism::GrpcStreaming:
    case SyncMechanism::Grpc:
    case SyncMechanism::Rest:
    case SyncMechanism::RestSaga:
    case SyncMechanism::GraphQL:
        return true;
    case SyncMechanism::KafkaEvents:
    case SyncMechanism::HttpWebhook:
    case SyncMechanism::MessageQueue:
    case SyncMechanism::SharedDatabase:
    case SyncMechanism::BatchFile:
    case SyncMechanism::Unspecified:
    case SyncMechanism::Other:
        return false;
    }
    return false;
}

} // namespace ArchBoard
