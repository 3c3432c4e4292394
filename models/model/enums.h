#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace ArchBoard {

/// One value of an enumeration as it is stored (key) and shown (label).
struct EnumValue
{
    const char *key;   ///< stable snake_case key written to files
    const char *label; ///< English label, translated in context "Enum"
};

/// Description of an enumeration: the order of values is the enum's int value.
struct EnumDef
{
    const char *name;
    std::span<const EnumValue> values;

    int count() const { return int(values.size()); }
    /// Index of \a key, or -1 when the key is unknown.
    int indexOf(QAnyStringView key) const;
    QString key(int index) const;
    QString label(int index) const;     ///< translated label
    QStringList keys() const;
};

enum class Direction { LowerIsBetter, HigherIsBetter };
enum class CriterionKind { Measured, Rated };
enum class CandidateCategory { Language, Framework, Platform, Tool, Technique };
enum class Comparison { Less, LessOrEqual, Equal, NotEqual, GreaterOrEqual, Greater, Contains, NotContains };
enum class RuleAttribute {
    Tier, AvailabilityPct, P99Ms, DeliveryWeeks, DomainType, Team, TeamSkills,
    LatencyToleranceMs, FunctionCount, CurrentLanguage
};
enum class RatingAggregation { Mean, Median };
enum class MissingPolicy { Exclude, Worst };
enum class DomainType { Core, Supporting, Generic };
enum class DataFormat { Avro, Protobuf, JsonApi, Json, Xml, Thrift, GraphQL, Csv, Parquet, Unspecified, Other };
enum class SyncMechanism {
    KafkaEvents, GrpcStreaming, Grpc, Rest, RestSaga, HttpWebhook, GraphQL, MessageQueue,
    SharedDatabase, BatchFile, Unspecified, Other
};
enum class ContextPattern { Partnership, SharedKernel, CustomerSupplier, UpstreamDownstream, SeparateWays };
enum class UpstreamRoles { None, OpenHostService, PublishedLanguage, OpenHostServiceAndPublishedLanguage };
enum class DownstreamRole { None, AnticorruptionLayer, Conformist };
enum class Recurrence { Annual, Monthly, OneOff };
enum class Ecosystem { Npm, Go, Cargo, Maven, PyPI, Other };
enum class DependencyScope { Production, Development, Peer, Optional };
enum class ApiProtocol { Rest, Grpc, GraphQL, Kafka, Amqp, Webhook, WebSocket, Soap, BrowserEvents, Other };
enum class ContractStyle { OpenApi, Protobuf, AsyncApi, GraphQLSdl, JsonSchema, AvroSchema, None };
enum class ApiRole { Provides, Consumes };
enum class FragmentationMetric { ProtocolConsistency, VersionDrift, PeerDependencyHygiene, StackHeterogeneity };
enum class DecisionStatus { Proposed, Accepted, Rejected, Deprecated, Superseded, Unstated };
enum class LinkKind { Tier, Candidate, Criterion, Context, Relation, Scenario, Service };
/// Rings of a technology radar, innermost first (Zalando and ThoughtWorks BYOR use the same four).
enum class RadarRing { Adopt, Trial, Assess, Hold };
/// How an uncertain input is stated: none (a point), limits (triangular with
/// the value as mode, uniform), or a ±1σ band around the value (normal, lognormal).
enum class Distribution { None, Triangular, Uniform, Normal, Lognormal };
/// What a FaaS provider does with a configuration beyond its limit.
enum class LimitAction { Refuse, Cap };

namespace Enums {
extern const EnumDef direction;
extern const EnumDef criterionKind;
extern const EnumDef candidateCategory;
extern const EnumDef comparison;
extern const EnumDef ruleAttribute;
extern const EnumDef ratingAggregation;
extern const EnumDef missingPolicy;
extern const EnumDef domainType;
extern const EnumDef dataFormat;
extern const EnumDef syncMechanism;
extern const EnumDef contextPattern;
extern const EnumDef upstreamRoles;
extern const EnumDef downstreamRole;
extern const EnumDef recurrence;
extern const EnumDef ecosystem;
extern const EnumDef dependencyScope;
extern const EnumDef apiProtocol;
extern const EnumDef contractStyle;
extern const EnumDef apiRole;
extern const EnumDef fragmentationMetric;
extern const EnumDef decisionStatus;
extern const EnumDef linkKind;
extern const EnumDef radarRing;
extern const EnumDef distribution;
extern const EnumDef limitAction;
} // namespace Enums

/// True for rule attributes compared as numbers (availability, P99, delivery, latency, functions).
bool isNumeric(RuleAttribute attribute);

/// True for mechanisms where the caller waits for the answer (latency adds up along a chain).
bool isSynchronous(SyncMechanism mechanism);

} // namespace ArchBoard
