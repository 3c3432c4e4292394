#pragma once

#include "enums.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ArchBoard {

// Plain domain types. References between elements are by id (a short,
// unique, human-readable key); child rows reference their owner by id too.
// std::optional marks a figure that may be missing: missing is shown as
// missing, never silently replaced by zero.

struct WorkspaceInfo
{
    QString name;
    QString description;
    RatingAggregation ratingAggregation = RatingAggregation::Mean;
    MissingPolicy missingPolicy = MissingPolicy::Exclude; ///< how a missing figure enters a tier's score
    double disagreementThreshold = 2.0; ///< rater spread (max − min points) flagged for discussion
    double fragileThresholdPp = 10.0;   ///< a tier is fragile when a weight move below this flips the winner
    double weightBandPp = 5.0;          ///< win probabilities: the board's ± band on a tier's weights (σ of the largest share, pp)
    int winDraws = 10000;               ///< win probabilities: Monte Carlo draws per tier
    int winSeed = 1;                    ///< win probabilities: the generator's seed
    QString source;
    bool operator==(const WorkspaceInfo &) const = default;
};

struct Candidate
{
    QString id;
    QString name;
    CandidateCategory category = CandidateCategory::Language;
    bool shortlisted = true;  ///< part of the selection matrix
    QString color;            ///< #rrggbb used in diagrams and charts
    QString notes;
    bool operator==(const Candidate &) const = default;
};

struct Criterion
{
    QString id;
    QString name;
    QString unit;
    Direction direction = Direction::HigherIsBetter;
    CriterionKind kind = CriterionKind::Measured;
    QString description;
    bool operator==(const Criterion &) const = default;
};

struct Measurement
{
    QString candidate;
    QString criterion;
    std::optional<double> value;
    Distribution distribution = Distribution::None; ///< how uncertain the value is stated (win probabilities)
    std::optional<double> low;  ///< limits (triangular, uniform) or value − σ (normal, lognormal)
    std::optional<double> high; ///< limits (triangular, uniform) or value + σ (normal, lognormal)
    QString source;
    bool operator==(const Measurement &) const = default;
};

struct SlaTier
{
    QString id;
    QString name;
    QString description;
    std::optional<double> availabilityPct;
    std::optional<double> p99Ms;
    std::optional<double> deliveryWeeks;
    QString source;
    bool operator==(const SlaTier &) const = default;
};

struct TierWeight
{
    QString tier;
    QString criterion;
    double weight = 1.0;
    QString source;
    bool operator==(const TierWeight &) const = default;
};

struct TierThreshold
{
    QString tier;
    QString criterion;
    Comparison comparison = Comparison::LessOrEqual;
    double value = 0.0;
    QString source;
    bool operator==(const TierThreshold &) const = default;
};

/// One pairwise judgement for AHP weight elicitation: how much more
/// important criterion A is than B in a tier (1/9 … 9, Saaty's scale).
struct TierComparison
{
    QString tier;
    QString criterionA;
    QString criterionB;
    double ratio = 1.0;
    bool operator==(const TierComparison &) const = default;
};

struct DecisionRule
{
    QString id;
    QString name;
    QString candidate; ///< recommended candidate when every condition holds
    QString description;
    QString source;
    bool operator==(const DecisionRule &) const = default;
};

struct RuleCondition
{
    QString rule;
    RuleAttribute attribute = RuleAttribute::AvailabilityPct;
    Comparison comparison = Comparison::GreaterOrEqual;
    QString value;
    bool operator==(const RuleCondition &) const = default;
};

struct Rater
{
    QString id;
    QString name;
    QString role;
    bool operator==(const Rater &) const = default;
};

struct Rating
{
    QString rater;
    QString candidate;
    QString criterion;
    int score = 3;
    QString comment;
    bool operator==(const Rating &) const = default;
};

struct BoundedContext
{
    QString id;
    QString name;
    DomainType domainType = DomainType::Core;
    QString team;
    QString teamSkills;
    QString language; ///< candidate id
    DataFormat dataFormat = DataFormat::Unspecified;
    SyncMechanism syncMechanism = SyncMechanism::Unspecified;
    std::optional<double> latencyToleranceMs;
    QString tier;
    int functionCount = 0;
    QString description;
    QString source;
    bool operator==(const BoundedContext &) const = default;
};

struct ContextRelation
{
    QString id;
    QString upstream;
    QString downstream;
    ContextPattern pattern = ContextPattern::UpstreamDownstream;
    UpstreamRoles upstreamRoles = UpstreamRoles::None;
    DownstreamRole downstreamRole = DownstreamRole::None;
    SyncMechanism mechanism = SyncMechanism::Unspecified;
    DataFormat format = DataFormat::Unspecified;
    std::optional<double> expectedLatencyMs;
    QString description;
    QString source;
    bool operator==(const ContextRelation &) const = default;
};

struct FaasProvider
{
    QString id;
    QString name;
    double pricePerGbSecond = 0.0;
    double pricePerMillionRequests = 0.0;
    double freeGbSecondsPerMonth = 0.0;
    double freeRequestsPerMonth = 0.0;
    double billingGranularityMs = 1.0;
    double minimumBilledMs = 0.0;
    bool billsInitDuration = true;
    double pricePerVcpuSecond = 0.0;     ///< providers that bill CPU separately (Cloud Run functions)
    double freeVcpuSecondsPerMonth = 0.0;
    double memoryGranularityMb = 1.0;    ///< billed memory is rounded up to a multiple of this (Azure: 128)
    QString vcpuByMemory;                ///< "512:0.333, 1024:0.583, …": vCPUs allocated per memory size
    double minMemoryMb = 0.0;            ///< smallest memory a function can have; 0: not known
    double maxMemoryMb = 0.0;            ///< largest memory a function can have; 0: not known
    LimitAction memoryLimit = LimitAction::Refuse; ///< beyond it: the function cannot be created, or billed at the limit
    double maxDurationMs = 0.0;          ///< an invocation times out here (billed up to it); 0: not known
    QString source;
    QDate asOf;
    bool operator==(const FaasProvider &) const = default;
};

struct LanguageProfile
{
    QString language;
    std::optional<double> languageFactor;
    bool factorIsEstimate = true;
    std::optional<double> coldStartMeanMs;
    std::optional<double> coldStartSigmaMs;
    std::optional<double> firstByteMs;
    std::optional<double> artifactMb;
    std::optional<double> coldStartMsPerMb; ///< cold start added per MB of artifact, where known
    double monitoringPersonDays = 0.0;
    QString source;
    bool operator==(const LanguageProfile &) const = default;
};

struct TcoScenario
{
    QString id;
    QString name;
    QString description;
    bool baseline = false;
    QString provider;
    bool freeTier = true;
    int memoryMb = 512;
    double durationMs = 100.0;
    double invocationsPerMonth = 0.0; ///< per function
    double coldStartPct = 0.0;
    int horizonYears = 1;
    double basePlatformCostUsd = 12000.0;
    double normalisationFunctions = 50.0;
    double ciBuildsPerMonth = 0.0;
    double ciMinutesPerBuild = 0.0;
    double ciPricePerMinuteUsd = 0.0;
    double ciExtraPipelinePct = 37.0;
    double dependencyVolumeSpread = 1.0;
    double storagePricePerGbMonthUsd = 0.0;
    double dayRateUsd = 0.0;
    int teamSize = 1;                 ///< people who migrate monitoring per language (the article's figure is per person)
    double sensitivityPct = 20.0;
    int monteCarloRuns = 5000;
    int monteCarloSeed = 1;
    QString source;
    bool operator==(const TcoScenario &) const = default;
};

struct ScenarioFunctions
{
    QString scenario;
    QString language;
    int functions = 0;
    bool operator==(const ScenarioFunctions &) const = default;
};

struct CostLine
{
    QString scenario;
    QString name;
    QString language; ///< optional: the line belongs to one language
    double amountUsd = 0.0;
    Recurrence recurrence = Recurrence::Annual;
    QString source;
    bool operator==(const CostLine &) const = default;
};

/// The distribution of one TCO parameter, for the Monte Carlo uncertainty.
struct TcoRange
{
    QString scenario;
    QString parameter; ///< a parameter name: `invocations_per_month`, `functions.rust`, …
    Distribution distribution = Distribution::Triangular;
    double low = 0.0;  ///< limit (triangular, uniform) or value − σ (normal, lognormal)
    double high = 0.0; ///< limit (triangular, uniform) or value + σ (normal, lognormal)
    QString source;
    bool operator==(const TcoRange &) const = default;
};

struct Service
{
    QString id;
    QString name;
    QString context;
    QString language;
    QString runtime;
    QString runtimeVersion;
    QString path;
    QString source;
    bool operator==(const Service &) const = default;
};

struct Dependency
{
    QString service;
    Ecosystem ecosystem = Ecosystem::Npm;
    QString name;
    QString version;  ///< as requested in the manifest (range or pin)
    QString resolved; ///< as locked/resolved, when known
    DependencyScope scope = DependencyScope::Production;
    bool bundled = false; ///< shipped as its own copy instead of sharing the host's
    QString checksum;
    QString manifest;
    bool operator==(const Dependency &) const = default;
};

struct ServiceApi
{
    QString service;
    ApiProtocol protocol = ApiProtocol::Rest;
    ContractStyle contract = ContractStyle::OpenApi;
    ApiRole role = ApiRole::Provides;
    QString note;
    bool operator==(const ServiceApi &) const = default;
};

struct ApprovedProtocol
{
    ApiProtocol protocol = ApiProtocol::Rest;
    ContractStyle contract = ContractStyle::OpenApi;
    QString note;
    bool operator==(const ApprovedProtocol &) const = default;
};

/// Risk bands of one fragmentation metric. With higher-is-better the value is
/// healthy at or above \c healthy, a warning at or above \c warning, high at or
/// above \c high and severe below; lower-is-better mirrors this.
struct FragmentationThreshold
{
    FragmentationMetric metric = FragmentationMetric::ProtocolConsistency;
    QString unit;
    Direction direction = Direction::HigherIsBetter;
    double healthy = 0.0;
    double warning = 0.0;
    double high = 0.0;
    std::optional<double> reportedValue;
    QString source;
    bool operator==(const FragmentationThreshold &) const = default;
};

/// One scan of a folder of manifests, kept so two scans can be compared.
struct ScanRecord
{
    QString id;
    QString takenAt;  ///< ISO 8601 date and time, UTC
    QString root;     ///< the folder scanned
    int manifests = 0;
    int services = 0;
    int errors = 0;
    std::optional<double> versionDrift;
    std::optional<double> protocolConsistency;
    std::optional<double> peerDependencyHygiene;
    std::optional<double> stackHeterogeneity;
    QString note;
    bool operator==(const ScanRecord &) const = default;
};

struct DecisionRecord
{
    QString id;
    int number = 1;
    QString title;
    DecisionStatus status = DecisionStatus::Proposed;
    QString supersededBy;
    QDate date;
    QString decisionMakers;
    QString consulted;
    QString informed;
    QString context;
    QString drivers;
    QString outcome;
    QString consequences;
    QString confirmation;
    QString moreInformation;
    bool operator==(const DecisionRecord &) const = default;
};

struct DecisionOption
{
    QString decision;
    QString name;
    QString description;
    QString pros;
    QString cons;
    bool chosen = false;
    bool operator==(const DecisionOption &) const = default;
};

struct DecisionLink
{
    QString decision;
    LinkKind kind = LinkKind::Candidate;
    QString element;
    bool operator==(const DecisionLink &) const = default;
};

/// One figure the board saw when a record was drafted, frozen with the
/// record. \c key names the live figure it came from (see Decisions::liveFigure)
/// so the GUI and `validate` can say when the model has moved on.
struct DecisionFigure
{
    QString decision;
    QString key;      ///< e.g. "selection/gold/score/rust", "tco/python-heavy/delta_usd"
    QString label;    ///< what the board read, in words
    std::optional<double> value;
    QString text;     ///< a non-numeric figure (a winner, a risk level)
    QString unit;
    bool operator==(const DecisionFigure &) const = default;
};

/// One blip of an exported technology radar, kept so the next export can
/// say what moved.
struct RadarEntry
{
    QString exportedAt; ///< ISO 8601 date and time, UTC; one export shares one value
    QString candidate;  ///< the candidate's id (kept when the candidate is removed)
    QString name;
    QString quadrant;
    RadarRing ring = RadarRing::Assess;
    bool operator==(const RadarEntry &) const = default;
};

/// One round of live (blind) voting on a tier, kept after the reveal so a
/// record can say how opinions moved from round to round (Delphi).
struct VotingRound
{
    QString id;
    QString tier;
    QString session;    ///< rounds of one voting session share it (the first round's opening time)
    int number = 1;     ///< 1, 2, … within the session
    QString openedAt;   ///< ISO 8601 date and time, UTC
    QString revealedAt; ///< ISO 8601 date and time, UTC
    bool operator==(const VotingRound &) const = default;
};

/// One rater's blind score of one cell in a voting round, as revealed.
struct RoundScore
{
    QString round;
    QString rater;
    QString candidate;
    QString criterion;
    int score = 3;
    QString reason;
    bool operator==(const RoundScore &) const = default;
};

/// The one model: everything a board edits. Value type, cheap to copy
/// (QStrings are implicitly shared), compared member by member.
struct Workspace
{
    WorkspaceInfo info;
    std::vector<Candidate> candidates;
    std::vector<Criterion> criteria;
    std::vector<Measurement> measurements;
    std::vector<SlaTier> tiers;
    std::vector<TierWeight> tierWeights;
    std::vector<TierThreshold> tierThresholds;
    std::vector<TierComparison> tierComparisons;
    std::vector<DecisionRule> rules;
    std::vector<RuleCondition> ruleConditions;
    std::vector<Rater> raters;
    std::vector<Rating> ratings;
    std::vector<BoundedContext> contexts;
    std::vector<ContextRelation> relations;
    std::vector<FaasProvider> providers;
    std::vector<LanguageProfile> languageProfiles;
    std::vector<TcoScenario> scenarios;
    std::vector<ScenarioFunctions> scenarioFunctions;
    std::vector<CostLine> costLines;
    std::vector<TcoRange> tcoRanges;
    std::vector<Service> services;
    std::vector<Dependency> dependencies;
    std::vector<ServiceApi> serviceApis;
    std::vector<ApprovedProtocol> approvedProtocols;
    std::vector<FragmentationThreshold> fragmentationThresholds;
    std::vector<ScanRecord> scans;
    std::vector<DecisionRecord> decisions;
    std::vector<DecisionOption> decisionOptions;
    std::vector<DecisionLink> decisionLinks;
    std::vector<DecisionFigure> decisionFigures;
    std::vector<RadarEntry> radarHistory;
    std::vector<VotingRound> votingRounds;
    std::vector<RoundScore> roundScores;

    bool operator==(const Workspace &) const = default;
};

} // namespace ArchBoard
