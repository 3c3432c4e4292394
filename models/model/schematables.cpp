#include "schema.h"

#include "schemacolumns.h"
#include "workspace.h"

#include <memory>
#include <vector>

namespace ArchBoard {

namespace {

using namespace SchemaColumns;

// Labels, titles, units and tips are spelled out as QT_TRANSLATE_NOOP: lupdate does not expand macros.
constexpr double kMaxMoney = 1e12;
constexpr double kMaxCount = 1e12;

FieldDef idField() { return {.key = "id", .label = QT_TRANSLATE_NOOP("Field", "Id"), .type = FieldType::Id, .flags = Required,
                             .tip = QT_TRANSLATE_NOOP("FieldTip", "Short unique key used in files and references; renaming it updates every reference")}; }
FieldDef nameField() { return {.key = "name", .label = QT_TRANSLATE_NOOP("Field", "Name"), .type = FieldType::Text, .flags = Required}; }
FieldDef sourceField() { return {.key = "source", .label = QT_TRANSLATE_NOOP("Field", "Source"), .type = FieldType::Text,
                                 .tip = QT_TRANSLATE_NOOP("FieldTip", "Where the figures of this row come from (article section, measurement, URL)")}; }
FieldDef longSourceField() { return {.key = "source", .label = QT_TRANSLATE_NOOP("Field", "Source"), .type = FieldType::LongText,
                                     .tip = QT_TRANSLATE_NOOP("FieldTip", "Where the figures of this row come from (article section, measurement, URL)")}; }
FieldDef textField(const char *key, const char *label) { return {.key = key, .label = label, .type = FieldType::Text}; }
FieldDef longTextField(const char *key, const char *label) { return {.key = key, .label = label, .type = FieldType::LongText}; }
FieldDef enumField(const char *key, const char *label, const EnumDef &def)
{
    return {.key = key, .label = label, .type = FieldType::Enum, .enumDef = &def};
}
FieldDef refField(const char *key, const char *label, TableId target, OnRemove onRemove, int flags = 0)
{
    return {.key = key, .label = label, .type = FieldType::Reference, .flags = flags, .refTable = target, .onRemove = onRemove};
}
FieldDef realField(const char *key, const char *label, const char *unit, double min, double max, int decimals = 2,
                   const char *tip = nullptr)
{
    return {.key = key, .label = label, .type = FieldType::Real, .unit = unit, .min = min, .max = max,
            .decimals = decimals, .tip = tip};
}
FieldDef optRealField(const char *key, const char *label, const char *unit, double min, double max, int decimals = 2,
                      const char *tip = nullptr)
{
    return {.key = key, .label = label, .type = FieldType::OptionalReal, .unit = unit, .min = min, .max = max,
            .decimals = decimals, .tip = tip};
}
FieldDef intField(const char *key, const char *label, const char *unit, int min, int max)
{
    return {.key = key, .label = label, .type = FieldType::Integer, .unit = unit, .min = double(min), .max = double(max), .decimals = 0};
}
/// \a f, introduced in schema version \a version.
FieldDef since(int version, FieldDef f)
{
    f.since = version;
    return f;
}
FieldDef clamped(FieldDef f)
{
    f.flags |= Clamped;
    return f;
}
FieldDef boolField(const char *key, const char *label, const char *tip = nullptr)
{
    return {.key = key, .label = label, .type = FieldType::Bool, .tip = tip};
}

struct Registry
{
    std::vector<std::unique_ptr<TableSchema>> tables;
    QList<TableId> ids;

    template<class T>
    void add(T *table)
    {
        Q_ASSERT(int(table->id()) == int(tables.size()));
        ids.append(table->id());
        tables.emplace_back(table);
    }

    Registry()
    {
        using W = WorkspaceInfo;
        add(new SingletonTable<W>(TableId::Workspace, "workspace", QT_TRANSLATE_NOOP("Table", "Workspace"), QT_TRANSLATE_NOOP("Table", "Workspace"), &Workspace::info, {
            col(&W::name, nameField()),
            col(&W::description, longTextField("description", QT_TRANSLATE_NOOP("Field", "Description"))),
            col(&W::ratingAggregation, enumField("rating_aggregation", QT_TRANSLATE_NOOP("Field", "Rating aggregation"), Enums::ratingAggregation)),
            col(&W::missingPolicy, FieldDef{.key = "missing_policy", .label = QT_TRANSLATE_NOOP("Field", "Missing figures"), .type = FieldType::Enum,
                                            .enumDef = &Enums::missingPolicy, .since = 2,
                                            .tip = QT_TRANSLATE_NOOP("FieldTip", "How a candidate without a value for a weighted criterion is scored")}),
            col(&W::disagreementThreshold, realField("disagreement_threshold", QT_TRANSLATE_NOOP("Field", "Disagreement threshold"), QT_TRANSLATE_NOOP("Unit", "points"), 0, 4, 1,
                QT_TRANSLATE_NOOP("FieldTip", "Raters' spread (highest minus lowest score) at or above which a cell is flagged for discussion"))),
            col(&W::fragileThresholdPp, realField("fragile_threshold_pp", QT_TRANSLATE_NOOP("Field", "Fragile below"), QT_TRANSLATE_NOOP("Unit", "pp"), 0, 100, 1,
                QT_TRANSLATE_NOOP("FieldTip", "A tier's ranking is fragile when moving one weight by less than this many percentage points changes the winner"))),
            col(&W::weightBandPp, since(5, realField("weight_band_pp", QT_TRANSLATE_NOOP("Field", "Weight uncertainty"), QT_TRANSLATE_NOOP("Unit", "pp"), 0, 50, 1,
                QT_TRANSLATE_NOOP("FieldTip", "Win probabilities: how far the board's weights may be off, as the standard deviation of a tier's largest weight share (Dirichlet around the weights); 0 holds the weights")))),
            col(&W::winDraws, since(5, clamped(intField("win_draws", QT_TRANSLATE_NOOP("Field", "Win-probability draws"), nullptr, 100, 100000)))),
            col(&W::winSeed, since(5, intField("win_seed", QT_TRANSLATE_NOOP("Field", "Win-probability seed"), nullptr, 0, 2147483647))),
            col(&W::source, longSourceField()),
        }));

        add(new VectorTable<Candidate>(TableId::Candidates, "candidates", QT_TRANSLATE_NOOP("Table", "Candidates"), QT_TRANSLATE_NOOP("Table", "Candidate"), &Workspace::candidates, {
            col(&Candidate::id, idField()),
            col(&Candidate::name, nameField()),
            col(&Candidate::category, enumField("category", QT_TRANSLATE_NOOP("Field", "Category"), Enums::candidateCategory)),
            col(&Candidate::shortlisted, boolField("shortlisted", QT_TRANSLATE_NOOP("Field", "Shortlisted"), QT_TRANSLATE_NOOP("FieldTip", "Part of the selection matrix"))),
            col(&Candidate::color, FieldDef{.key = "color", .label = QT_TRANSLATE_NOOP("Field", "Colour"), .type = FieldType::Text,
                                            .tip = QT_TRANSLATE_NOOP("FieldTip", "#rrggbb used for this candidate in diagrams and charts")}),
            col(&Candidate::notes, longTextField("notes", QT_TRANSLATE_NOOP("Field", "Notes"))),
        }));

        add(new VectorTable<Criterion>(TableId::Criteria, "criteria", QT_TRANSLATE_NOOP("Table", "Criteria"), QT_TRANSLATE_NOOP("Table", "Criterion"), &Workspace::criteria, {
            col(&Criterion::id, idField()),
            col(&Criterion::name, nameField()),
            col(&Criterion::unit, textField("unit", QT_TRANSLATE_NOOP("Field", "Unit"))),
            col(&Criterion::direction, enumField("direction", QT_TRANSLATE_NOOP("Field", "Direction"), Enums::direction)),
            col(&Criterion::kind, enumField("kind", QT_TRANSLATE_NOOP("Field", "Kind"), Enums::criterionKind)),
            col(&Criterion::description, longTextField("description", QT_TRANSLATE_NOOP("Field", "Description"))),
        }));

        add(new VectorTable<Measurement>(TableId::Measurements, "measurements", QT_TRANSLATE_NOOP("Table", "Measurements"), QT_TRANSLATE_NOOP("Table", "Measurement"), &Workspace::measurements, {
            col(&Measurement::candidate, refField("candidate", QT_TRANSLATE_NOOP("Field", "Candidate"), TableId::Candidates, OnRemove::Cascade, Required | Parent)),
            col(&Measurement::criterion, refField("criterion", QT_TRANSLATE_NOOP("Field", "Criterion"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&Measurement::value, FieldDef{.key = "value", .label = QT_TRANSLATE_NOOP("Field", "Value"), .type = FieldType::OptionalReal,
                                              .decimals = 3, .unitFrom = 1,
                                              .tip = QT_TRANSLATE_NOOP("FieldTip", "Raw measured value in the criterion's unit; empty means not measured")}),
            col(&Measurement::distribution, since(5, FieldDef{.key = "distribution", .label = QT_TRANSLATE_NOOP("Field", "Uncertainty"), .type = FieldType::Enum,
                                                              .enumDef = &Enums::distribution,
                                                              .tip = QT_TRANSLATE_NOOP("FieldTip", "How the value is uncertain, for win probabilities: limits (triangular, uniform) or value ± σ (normal, lognormal)")})),
            col(&Measurement::low, since(5, FieldDef{.key = "low", .label = QT_TRANSLATE_NOOP("Field", "Low"), .type = FieldType::OptionalReal, .decimals = 3, .unitFrom = 1,
                                                     .tip = QT_TRANSLATE_NOOP("FieldTip", "Lower limit, or value − σ for a normal or lognormal")})),
            col(&Measurement::high, since(5, FieldDef{.key = "high", .label = QT_TRANSLATE_NOOP("Field", "High"), .type = FieldType::OptionalReal, .decimals = 3, .unitFrom = 1,
                                                      .tip = QT_TRANSLATE_NOOP("FieldTip", "Upper limit, or value + σ for a normal or lognormal")})),
            col(&Measurement::source, sourceField()),
        }, {0, 1}));

        add(new VectorTable<SlaTier>(TableId::Tiers, "tiers", QT_TRANSLATE_NOOP("Table", "SLA tiers"), QT_TRANSLATE_NOOP("Table", "SLA tier"), &Workspace::tiers, {
            col(&SlaTier::id, idField()),
            col(&SlaTier::name, nameField()),
            col(&SlaTier::description, longTextField("description", QT_TRANSLATE_NOOP("Field", "Description"))),
            col(&SlaTier::availabilityPct, optRealField("availability_pct", QT_TRANSLATE_NOOP("Field", "Availability target"), QT_TRANSLATE_NOOP("Unit", "%"), 0, 100, 3)),
            col(&SlaTier::p99Ms, optRealField("p99_ms", QT_TRANSLATE_NOOP("Field", "P99 latency target"), QT_TRANSLATE_NOOP("Unit", "ms"), 0, 1e9, 1)),
            col(&SlaTier::deliveryWeeks, optRealField("delivery_weeks", QT_TRANSLATE_NOOP("Field", "Delivery cycle"), QT_TRANSLATE_NOOP("Unit", "weeks"), 0, 1000, 1)),
            col(&SlaTier::source, sourceField()),
        }));

        add(new VectorTable<TierWeight>(TableId::TierWeights, "tier_weights", QT_TRANSLATE_NOOP("Table", "Tier weights"), QT_TRANSLATE_NOOP("Table", "Tier weight"), &Workspace::tierWeights, {
            col(&TierWeight::tier, refField("tier", QT_TRANSLATE_NOOP("Field", "SLA tier"), TableId::Tiers, OnRemove::Cascade, Required | Parent)),
            col(&TierWeight::criterion, refField("criterion", QT_TRANSLATE_NOOP("Field", "Criterion"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&TierWeight::weight, realField("weight", QT_TRANSLATE_NOOP("Field", "Weight"), nullptr, 0, 1000, 2,
                QT_TRANSLATE_NOOP("FieldTip", "Relative weight of the criterion in this tier; weights are normalised to sum to 100 %"))),
            col(&TierWeight::source, sourceField()),
        }, {0, 1}));

        add(new VectorTable<TierThreshold>(TableId::TierThresholds, "tier_thresholds", QT_TRANSLATE_NOOP("Table", "Must-pass thresholds"), QT_TRANSLATE_NOOP("Table", "Must-pass threshold"), &Workspace::tierThresholds, {
            col(&TierThreshold::tier, refField("tier", QT_TRANSLATE_NOOP("Field", "SLA tier"), TableId::Tiers, OnRemove::Cascade, Required | Parent)),
            col(&TierThreshold::criterion, refField("criterion", QT_TRANSLATE_NOOP("Field", "Criterion"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&TierThreshold::comparison, enumField("comparison", QT_TRANSLATE_NOOP("Field", "Comparison"), Enums::comparison)),
            col(&TierThreshold::value, FieldDef{.key = "value", .label = QT_TRANSLATE_NOOP("Field", "Threshold"), .type = FieldType::Real, .decimals = 3, .unitFrom = 1,
                                                .tip = QT_TRANSLATE_NOOP("FieldTip", "A candidate whose raw value fails this comparison is knocked out of the tier")}),
            col(&TierThreshold::source, sourceField()),
        }));

        add(new VectorTable<TierComparison>(TableId::TierComparisons, "tier_comparisons", QT_TRANSLATE_NOOP("Table", "Pairwise comparisons"), QT_TRANSLATE_NOOP("Table", "Pairwise comparison"), &Workspace::tierComparisons, {
            col(&TierComparison::tier, refField("tier", QT_TRANSLATE_NOOP("Field", "SLA tier"), TableId::Tiers, OnRemove::Cascade, Required | Parent)),
            col(&TierComparison::criterionA, refField("criterion_a", QT_TRANSLATE_NOOP("Field", "Criterion A"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&TierComparison::criterionB, refField("criterion_b", QT_TRANSLATE_NOOP("Field", "Criterion B"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&TierComparison::ratio, realField("ratio", QT_TRANSLATE_NOOP("Field", "A is … times as important as B"), nullptr, 1.0 / 9.0, 9.0, 3,
                QT_TRANSLATE_NOOP("FieldTip", "Saaty's scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 … 1/9 the other way round"))),
        }, {0, 1, 2}));

        add(new VectorTable<DecisionRule>(TableId::Rules, "rules", QT_TRANSLATE_NOOP("Table", "Decision rules"), QT_TRANSLATE_NOOP("Table", "Decision rule"), &Workspace::rules, {
            col(&DecisionRule::id, idField()),
            col(&DecisionRule::name, nameField()),
            col(&DecisionRule::candidate, refField("candidate", QT_TRANSLATE_NOOP("Field", "Recommends"), TableId::Candidates, OnRemove::Clear, Required)),
            col(&DecisionRule::description, longTextField("description", QT_TRANSLATE_NOOP("Field", "Description"))),
            col(&DecisionRule::source, sourceField()),
        }, {}, true));

        add(new VectorTable<RuleCondition>(TableId::RuleConditions, "rule_conditions", QT_TRANSLATE_NOOP("Table", "Rule conditions"), QT_TRANSLATE_NOOP("Table", "Rule condition"), &Workspace::ruleConditions, {
            col(&RuleCondition::rule, refField("rule", QT_TRANSLATE_NOOP("Field", "Rule"), TableId::Rules, OnRemove::Cascade, Required | Parent)),
            col(&RuleCondition::attribute, enumField("attribute", QT_TRANSLATE_NOOP("Field", "Attribute"), Enums::ruleAttribute)),
            col(&RuleCondition::comparison, enumField("comparison", QT_TRANSLATE_NOOP("Field", "Comparison"), Enums::comparison)),
            col(&RuleCondition::value, FieldDef{.key = "value", .label = QT_TRANSLATE_NOOP("Field", "Value"), .type = FieldType::Text, .flags = Required,
                                                .tip = QT_TRANSLATE_NOOP("FieldTip", "A number for numeric attributes, an id for tier and language, text otherwise")}),
        }));

        add(new VectorTable<Rater>(TableId::Raters, "raters", QT_TRANSLATE_NOOP("Table", "Raters"), QT_TRANSLATE_NOOP("Table", "Rater"), &Workspace::raters, {
            col(&Rater::id, idField()),
            col(&Rater::name, nameField()),
            col(&Rater::role, textField("role", QT_TRANSLATE_NOOP("Field", "Role"))),
        }));

        add(new VectorTable<Rating>(TableId::Ratings, "ratings", QT_TRANSLATE_NOOP("Table", "Workshop ratings"), QT_TRANSLATE_NOOP("Table", "Rating"), &Workspace::ratings, {
            col(&Rating::rater, refField("rater", QT_TRANSLATE_NOOP("Field", "Rater"), TableId::Raters, OnRemove::Cascade, Required | Parent)),
            col(&Rating::candidate, refField("candidate", QT_TRANSLATE_NOOP("Field", "Candidate"), TableId::Candidates, OnRemove::Cascade, Required)),
            col(&Rating::criterion, refField("criterion", QT_TRANSLATE_NOOP("Field", "Criterion"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&Rating::score, intField("score", QT_TRANSLATE_NOOP("Field", "Score"), nullptr, 1, 5)),
            col(&Rating::comment, textField("comment", QT_TRANSLATE_NOOP("Field", "Comment"))),
        }, {0, 1, 2}));

        add(new VectorTable<BoundedContext>(TableId::Contexts, "contexts", QT_TRANSLATE_NOOP("Table", "Bounded contexts"), QT_TRANSLATE_NOOP("Table", "Bounded context"), &Workspace::contexts, {
            col(&BoundedContext::id, idField()),
            col(&BoundedContext::name, nameField()),
            col(&BoundedContext::domainType, enumField("domain_type", QT_TRANSLATE_NOOP("Field", "Domain type"), Enums::domainType)),
            col(&BoundedContext::team, textField("team", QT_TRANSLATE_NOOP("Field", "Team"))),
            col(&BoundedContext::teamSkills, FieldDef{.key = "team_skills", .label = QT_TRANSLATE_NOOP("Field", "Team skills"), .type = FieldType::Text,
                                                      .tip = QT_TRANSLATE_NOOP("FieldTip", "Comma-separated languages or skills of the owning team")}),
            col(&BoundedContext::language, refField("language", QT_TRANSLATE_NOOP("Field", "Language"), TableId::Candidates, OnRemove::Clear)),
            col(&BoundedContext::dataFormat, enumField("data_format", QT_TRANSLATE_NOOP("Field", "Data format"), Enums::dataFormat)),
            col(&BoundedContext::syncMechanism, enumField("sync_mechanism", QT_TRANSLATE_NOOP("Field", "Sync mechanism"), Enums::syncMechanism)),
            col(&BoundedContext::latencyToleranceMs, optRealField("latency_tolerance_ms", QT_TRANSLATE_NOOP("Field", "Latency tolerance"), QT_TRANSLATE_NOOP("Unit", "ms"), 0, 1e10, 0)),
            col(&BoundedContext::tier, refField("tier", QT_TRANSLATE_NOOP("Field", "SLA tier"), TableId::Tiers, OnRemove::Clear)),
            col(&BoundedContext::functionCount, intField("function_count", QT_TRANSLATE_NOOP("Field", "Functions"), nullptr, 0, 1000000)),
            col(&BoundedContext::description, longTextField("description", QT_TRANSLATE_NOOP("Field", "Description"))),
            col(&BoundedContext::source, sourceField()),
        }));

        add(new VectorTable<ContextRelation>(TableId::Relations, "relations", QT_TRANSLATE_NOOP("Table", "Context relations"), QT_TRANSLATE_NOOP("Table", "Context relation"), &Workspace::relations, {
            col(&ContextRelation::id, idField()),
            col(&ContextRelation::upstream, refField("upstream", QT_TRANSLATE_NOOP("Field", "Upstream"), TableId::Contexts, OnRemove::Cascade, Required)),
            col(&ContextRelation::downstream, refField("downstream", QT_TRANSLATE_NOOP("Field", "Downstream"), TableId::Contexts, OnRemove::Cascade, Required)),
            col(&ContextRelation::pattern, enumField("pattern", QT_TRANSLATE_NOOP("Field", "Pattern"), Enums::contextPattern)),
            col(&ContextRelation::upstreamRoles, enumField("upstream_roles", QT_TRANSLATE_NOOP("Field", "Upstream roles"), Enums::upstreamRoles)),
            col(&ContextRelation::downstreamRole, enumField("downstream_role", QT_TRANSLATE_NOOP("Field", "Downstream role"), Enums::downstreamRole)),
            col(&ContextRelation::mechanism, enumField("mechanism", QT_TRANSLATE_NOOP("Field", "Mechanism"), Enums::syncMechanism)),
            col(&ContextRelation::format, enumField("format", QT_TRANSLATE_NOOP("Field", "Format"), Enums::dataFormat)),
            col(&ContextRelation::expectedLatencyMs, optRealField("expected_latency_ms", QT_TRANSLATE_NOOP("Field", "Expected latency"), QT_TRANSLATE_NOOP("Unit", "ms"), 0, 1e10, 0)),
            col(&ContextRelation::description, longTextField("description", QT_TRANSLATE_NOOP("Field", "Description"))),
            col(&ContextRelation::source, sourceField()),
        }));

        add(new VectorTable<FaasProvider>(TableId::Providers, "providers", QT_TRANSLATE_NOOP("Table", "FaaS providers"), QT_TRANSLATE_NOOP("Table", "FaaS provider"), &Workspace::providers, {
            col(&FaasProvider::id, idField()),
            col(&FaasProvider::name, nameField()),
            col(&FaasProvider::pricePerGbSecond, realField("price_per_gb_second", QT_TRANSLATE_NOOP("Field", "Price per GB-second"), QT_TRANSLATE_NOOP("Unit", "USD"), 0, 1, 10)),
            col(&FaasProvider::pricePerMillionRequests, realField("price_per_million_requests", QT_TRANSLATE_NOOP("Field", "Price per million requests"), QT_TRANSLATE_NOOP("Unit", "USD"), 0, 1000, 4)),
            col(&FaasProvider::freeGbSecondsPerMonth, realField("free_gb_seconds_per_month", QT_TRANSLATE_NOOP("Field", "Free GB-seconds per month"), QT_TRANSLATE_NOOP("Unit", "GB-s"), 0, kMaxCount, 0)),
            col(&FaasProvider::freeRequestsPerMonth, realField("free_requests_per_month", QT_TRANSLATE_NOOP("Field", "Free requests per month"), nullptr, 0, kMaxCount, 0)),
            col(&FaasProvider::billingGranularityMs, realField("billing_granularity_ms", QT_TRANSLATE_NOOP("Field", "Billing granularity"), QT_TRANSLATE_NOOP("Unit", "ms"), 0.001, 3600000, 3,
                QT_TRANSLATE_NOOP("FieldTip", "Billed duration is rounded up to a multiple of this"))),
            col(&FaasProvider::minimumBilledMs, realField("minimum_billed_ms", QT_TRANSLATE_NOOP("Field", "Minimum billed duration"), QT_TRANSLATE_NOOP("Unit", "ms"), 0, 3600000, 0)),
            col(&FaasProvider::billsInitDuration, boolField("bills_init_duration", QT_TRANSLATE_NOOP("Field", "Bills cold-start init"),
                QT_TRANSLATE_NOOP("FieldTip", "Whether the provider bills the initialisation (cold start) duration"))),
            col(&FaasProvider::pricePerVcpuSecond, since(3, realField("price_per_vcpu_second", QT_TRANSLATE_NOOP("Field", "Price per vCPU-second"), QT_TRANSLATE_NOOP("Unit", "USD"), 0, 1, 10,
                QT_TRANSLATE_NOOP("FieldTip", "For providers that bill CPU time separately from memory (Cloud Run functions); 0 otherwise")))),
            col(&FaasProvider::freeVcpuSecondsPerMonth, since(3, realField("free_vcpu_seconds_per_month", QT_TRANSLATE_NOOP("Field", "Free vCPU-seconds per month"), QT_TRANSLATE_NOOP("Unit", "vCPU-s"), 0, kMaxCount, 0))),
            col(&FaasProvider::memoryGranularityMb, since(3, realField("memory_granularity_mb", QT_TRANSLATE_NOOP("Field", "Memory granularity"), QT_TRANSLATE_NOOP("Unit", "MB"), 1, 65536, 0,
                QT_TRANSLATE_NOOP("FieldTip", "Billed memory is rounded up to a multiple of this (Azure Functions Consumption: 128 MB)")))),
            col(&FaasProvider::vcpuByMemory, since(3, FieldDef{.key = "vcpu_by_memory", .label = QT_TRANSLATE_NOOP("Field", "vCPU by memory"), .type = FieldType::Text,
                .tip = QT_TRANSLATE_NOOP("FieldTip", "Where CPU is billed: vCPUs allocated per memory size, “MB:vCPU” pairs, e.g. “512:0.333, 1024:0.583”")})),
            col(&FaasProvider::minMemoryMb, since(5, realField("min_memory_mb", QT_TRANSLATE_NOOP("Field", "Smallest memory"), QT_TRANSLATE_NOOP("Unit", "MB"), 0, 1048576, 0,
                QT_TRANSLATE_NOOP("FieldTip", "The provider's smallest memory setting; 0 when not known")))),
            col(&FaasProvider::maxMemoryMb, since(5, realField("max_memory_mb", QT_TRANSLATE_NOOP("Field", "Largest memory"), QT_TRANSLATE_NOOP("Unit", "MB"), 0, 1048576, 0,
                QT_TRANSLATE_NOOP("FieldTip", "The provider's largest memory setting (AWS Lambda 10 240 MB, Azure Functions Consumption 1 536 MB); 0 when not known")))),
            col(&FaasProvider::memoryLimit, since(5, FieldDef{.key = "memory_limit", .label = QT_TRANSLATE_NOOP("Field", "Beyond the memory limits"), .type = FieldType::Enum,
                .enumDef = &Enums::limitAction,
                .tip = QT_TRANSLATE_NOOP("FieldTip", "What the provider does with a memory outside its limits: refuses to create the function, or bills at the limit")})),
            col(&FaasProvider::maxDurationMs, since(5, realField("max_duration_ms", QT_TRANSLATE_NOOP("Field", "Timeout limit"), QT_TRANSLATE_NOOP("Unit", "ms"), 0, 1e9, 0,
                QT_TRANSLATE_NOOP("FieldTip", "Longest an invocation may run; a longer one is stopped and billed up to the limit. 0 when not known")))),
            col(&FaasProvider::source, sourceField()),
            col(&FaasProvider::asOf, FieldDef{.key = "as_of", .label = QT_TRANSLATE_NOOP("Field", "Prices as of"), .type = FieldType::Date}),
        }));

        add(new VectorTable<LanguageProfile>(TableId::LanguageProfiles, "language_profiles", QT_TRANSLATE_NOOP("Table", "Language cost profiles"), QT_TRANSLATE_NOOP("Table", "Language cost profile"), &Workspace::languageProfiles, {
            col(&LanguageProfile::language, refField("language", QT_TRANSLATE_NOOP("Field", "Language"), TableId::Candidates, OnRemove::Cascade, Required | Parent)),
            col(&LanguageProfile::languageFactor, optRealField("language_factor", QT_TRANSLATE_NOOP("Field", "Language factor"), QT_TRANSLATE_NOOP("Unit", "×"), 0, 100, 2,
                QT_TRANSLATE_NOOP("FieldTip", "Platform-overhead multiplier of the language (seed §2.5)"))),
            col(&LanguageProfile::factorIsEstimate, boolField("factor_is_estimate", QT_TRANSLATE_NOOP("Field", "Factor is an estimate"))),
            col(&LanguageProfile::coldStartMeanMs, optRealField("cold_start_mean_ms", QT_TRANSLATE_NOOP("Field", "Cold start mean"), QT_TRANSLATE_NOOP("Unit", "ms"), 0, 1e7, 0)),
            col(&LanguageProfile::coldStartSigmaMs, optRealField("cold_start_sigma_ms", QT_TRANSLATE_NOOP("Field", "Cold start σ"), QT_TRANSLATE_NOOP("Unit", "ms"), 0, 1e7, 0)),
            col(&LanguageProfile::firstByteMs, optRealField("first_byte_ms", QT_TRANSLATE_NOOP("Field", "First byte"), QT_TRANSLATE_NOOP("Unit", "ms"), 0, 1e7, 0)),
            col(&LanguageProfile::artifactMb, optRealField("artifact_mb", QT_TRANSLATE_NOOP("Field", "Artifact size"), QT_TRANSLATE_NOOP("Unit", "MB"), 0, 1e6, 1)),
            col(&LanguageProfile::coldStartMsPerMb, since(3, optRealField("cold_start_ms_per_mb", QT_TRANSLATE_NOOP("Field", "Cold start per artifact MB"), QT_TRANSLATE_NOOP("Unit", "ms/MB"), 0, 1e6, 2,
                QT_TRANSLATE_NOOP("FieldTip", "Cold start added per MB of deployment artifact; the cold-start mean is then the part that does not depend on the artifact")))),
            col(&LanguageProfile::monitoringPersonDays, realField("monitoring_person_days", QT_TRANSLATE_NOOP("Field", "Monitoring migration"), QT_TRANSLATE_NOOP("Unit", "person-days"), 0, 10000, 1)),
            col(&LanguageProfile::source, sourceField()),
        }, {0}));

        add(new VectorTable<TcoScenario>(TableId::Scenarios, "scenarios", QT_TRANSLATE_NOOP("Table", "TCO scenarios"), QT_TRANSLATE_NOOP("Table", "TCO scenario"), &Workspace::scenarios, {
            col(&TcoScenario::id, idField()),
            col(&TcoScenario::name, nameField()),
            col(&TcoScenario::description, longTextField("description", QT_TRANSLATE_NOOP("Field", "Description"))),
            col(&TcoScenario::baseline, boolField("baseline", QT_TRANSLATE_NOOP("Field", "Baseline"), QT_TRANSLATE_NOOP("FieldTip", "Other scenarios are compared against the baseline"))),
            col(&TcoScenario::provider, refField("provider", QT_TRANSLATE_NOOP("Field", "Provider"), TableId::Providers, OnRemove::Clear)),
            col(&TcoScenario::freeTier, boolField("free_tier", QT_TRANSLATE_NOOP("Field", "Apply free tier"))),
            col(&TcoScenario::memoryMb, intField("memory_mb", QT_TRANSLATE_NOOP("Field", "Memory"), QT_TRANSLATE_NOOP("Unit", "MB"), 128, 32768)),
            col(&TcoScenario::durationMs, realField("duration_ms", QT_TRANSLATE_NOOP("Field", "Mean duration"), QT_TRANSLATE_NOOP("Unit", "ms"), 0, 3600000, 1)),
            col(&TcoScenario::invocationsPerMonth, realField("invocations_per_month", QT_TRANSLATE_NOOP("Field", "Invocations per month"), QT_TRANSLATE_NOOP("Unit", "per function"), 0, kMaxCount, 0)),
            col(&TcoScenario::coldStartPct, FieldDef{.key = "cold_start_pct", .label = QT_TRANSLATE_NOOP("Field", "Cold-start share"), .type = FieldType::Real,
                                                     .flags = Percent, .unit = QT_TRANSLATE_NOOP("Unit", "%"), .min = 0, .max = 100, .decimals = 2}),
            col(&TcoScenario::horizonYears, clamped(intField("horizon_years", QT_TRANSLATE_NOOP("Field", "Horizon"), QT_TRANSLATE_NOOP("Unit", "years"), 1, 30))),
            col(&TcoScenario::basePlatformCostUsd, realField("base_platform_cost_usd", QT_TRANSLATE_NOOP("Field", "Base platform cost"), QT_TRANSLATE_NOOP("Unit", "USD/year"), 0, kMaxMoney, 0)),
            col(&TcoScenario::normalisationFunctions, realField("normalisation_functions", QT_TRANSLATE_NOOP("Field", "Normalisation"), QT_TRANSLATE_NOOP("Unit", "functions"), 1, 1e9, 0)),
            col(&TcoScenario::ciBuildsPerMonth, realField("ci_builds_per_month", QT_TRANSLATE_NOOP("Field", "CI builds per month"), nullptr, 0, kMaxCount, 0)),
            col(&TcoScenario::ciMinutesPerBuild, realField("ci_minutes_per_build", QT_TRANSLATE_NOOP("Field", "CI minutes per build"), QT_TRANSLATE_NOOP("Unit", "min"), 0, 100000, 1)),
            col(&TcoScenario::ciPricePerMinuteUsd, realField("ci_price_per_minute_usd", QT_TRANSLATE_NOOP("Field", "CI price per minute"), QT_TRANSLATE_NOOP("Unit", "USD"), 0, 1000, 4)),
            col(&TcoScenario::ciExtraPipelinePct, realField("ci_extra_pipeline_pct", QT_TRANSLATE_NOOP("Field", "CI time per extra language"), QT_TRANSLATE_NOOP("Unit", "%"), 0, 1000, 1,
                QT_TRANSLATE_NOOP("FieldTip", "Extra CI build time for each additional language pipeline (seed §2.5: +37 %)"))),
            col(&TcoScenario::dependencyVolumeSpread, realField("dependency_volume_spread", QT_TRANSLATE_NOOP("Field", "Dependency volume spread"), QT_TRANSLATE_NOOP("Unit", "×"), 1, 1000, 2)),
            col(&TcoScenario::storagePricePerGbMonthUsd, realField("storage_price_per_gb_month_usd", QT_TRANSLATE_NOOP("Field", "Storage price"), QT_TRANSLATE_NOOP("Unit", "USD/GB-month"), 0, 1000, 4)),
            col(&TcoScenario::dayRateUsd, realField("day_rate_usd", QT_TRANSLATE_NOOP("Field", "Day rate"), QT_TRANSLATE_NOOP("Unit", "USD/person-day"), 0, 1e6, 0)),
            col(&TcoScenario::teamSize, since(5, intField("team_size", QT_TRANSLATE_NOOP("Field", "Team size"), QT_TRANSLATE_NOOP("Unit", "people"), 0, 100000))),
            col(&TcoScenario::sensitivityPct, since(3, realField("sensitivity_pct", QT_TRANSLATE_NOOP("Field", "Sensitivity step"), QT_TRANSLATE_NOOP("Unit", "%"), 0.1, 100, 1,
                QT_TRANSLATE_NOOP("FieldTip", "Each input is moved by ± this share for the tornado chart")))),
            col(&TcoScenario::monteCarloRuns, since(3, clamped(intField("monte_carlo_runs", QT_TRANSLATE_NOOP("Field", "Monte Carlo runs"), nullptr, 100, 100000)))),
            col(&TcoScenario::monteCarloSeed, since(3, intField("monte_carlo_seed", QT_TRANSLATE_NOOP("Field", "Monte Carlo seed"), nullptr, 0, 2147483647))),
            col(&TcoScenario::source, longSourceField()),
        }));

        add(new VectorTable<ScenarioFunctions>(TableId::ScenarioFunctions, "scenario_functions", QT_TRANSLATE_NOOP("Table", "Functions per language"), QT_TRANSLATE_NOOP("Table", "Functions of a language"), &Workspace::scenarioFunctions, {
            col(&ScenarioFunctions::scenario, refField("scenario", QT_TRANSLATE_NOOP("Field", "Scenario"), TableId::Scenarios, OnRemove::Cascade, Required | Parent)),
            col(&ScenarioFunctions::language, refField("language", QT_TRANSLATE_NOOP("Field", "Language"), TableId::Candidates, OnRemove::Cascade, Required)),
            col(&ScenarioFunctions::functions, intField("functions", QT_TRANSLATE_NOOP("Field", "Functions"), nullptr, 0, 10000000)),
        }, {0, 1}));

        add(new VectorTable<CostLine>(TableId::CostLines, "cost_lines", QT_TRANSLATE_NOOP("Table", "Custom cost lines"), QT_TRANSLATE_NOOP("Table", "Custom cost line"), &Workspace::costLines, {
            col(&CostLine::scenario, refField("scenario", QT_TRANSLATE_NOOP("Field", "Scenario"), TableId::Scenarios, OnRemove::Cascade, Required | Parent)),
            col(&CostLine::name, nameField()),
            col(&CostLine::language, refField("language", QT_TRANSLATE_NOOP("Field", "Language"), TableId::Candidates, OnRemove::Clear)),
            col(&CostLine::amountUsd, realField("amount_usd", QT_TRANSLATE_NOOP("Field", "Amount"), QT_TRANSLATE_NOOP("Unit", "USD"), -kMaxMoney, kMaxMoney, 2)),
            col(&CostLine::recurrence, enumField("recurrence", QT_TRANSLATE_NOOP("Field", "Recurrence"), Enums::recurrence)),
            col(&CostLine::source, sourceField()),
        }));

        add(new VectorTable<TcoRange>(TableId::TcoRanges, "tco_ranges", QT_TRANSLATE_NOOP("Table", "Uncertainty ranges"), QT_TRANSLATE_NOOP("Table", "Uncertainty range"), &Workspace::tcoRanges, {
            col(&TcoRange::scenario, refField("scenario", QT_TRANSLATE_NOOP("Field", "Scenario"), TableId::Scenarios, OnRemove::Cascade, Required | Parent)),
            col(&TcoRange::parameter, FieldDef{.key = "parameter", .label = QT_TRANSLATE_NOOP("Field", "Parameter"), .type = FieldType::Text, .flags = Required,
                                              .tip = QT_TRANSLATE_NOOP("FieldTip", "A TCO parameter name, as `archboard-cli tco --list-parameters` lists them")}),
            col(&TcoRange::distribution, since(5, FieldDef{.key = "distribution", .label = QT_TRANSLATE_NOOP("Field", "Distribution"), .type = FieldType::Enum,
                .enumDef = &Enums::distribution,
                .tip = QT_TRANSLATE_NOOP("FieldTip", "As the source states it: limits (triangular with the value as mode, uniform) or value ± σ (normal, lognormal)")})),
            col(&TcoRange::low, realField("low", QT_TRANSLATE_NOOP("Field", "Low"), nullptr, -kMaxMoney, kMaxMoney, 4,
                QT_TRANSLATE_NOOP("FieldTip", "Lower limit, or value − σ for a normal or lognormal"))),
            col(&TcoRange::high, realField("high", QT_TRANSLATE_NOOP("Field", "High"), nullptr, -kMaxMoney, kMaxMoney, 4,
                QT_TRANSLATE_NOOP("FieldTip", "Upper limit, or value + σ for a normal or lognormal"))),
            col(&TcoRange::source, sourceField()),
        }, {0, 1}));

        add(new VectorTable<Service>(TableId::Services, "services", QT_TRANSLATE_NOOP("Table", "Services"), QT_TRANSLATE_NOOP("Table", "Service"), &Workspace::services, {
            col(&Service::id, idField()),
            col(&Service::name, nameField()),
            col(&Service::context, refField("context", QT_TRANSLATE_NOOP("Field", "Bounded context"), TableId::Contexts, OnRemove::Clear)),
            col(&Service::language, refField("language", QT_TRANSLATE_NOOP("Field", "Language"), TableId::Candidates, OnRemove::Clear)),
            col(&Service::runtime, textField("runtime", QT_TRANSLATE_NOOP("Field", "Runtime"))),
            col(&Service::runtimeVersion, textField("runtime_version", QT_TRANSLATE_NOOP("Field", "Runtime version"))),
            col(&Service::path, textField("path", QT_TRANSLATE_NOOP("Field", "Path"))),
            col(&Service::source, sourceField()),
        }));

        add(new VectorTable<Dependency>(TableId::Dependencies, "dependencies", QT_TRANSLATE_NOOP("Table", "Dependencies"), QT_TRANSLATE_NOOP("Table", "Dependency"), &Workspace::dependencies, {
            col(&Dependency::service, refField("service", QT_TRANSLATE_NOOP("Field", "Service"), TableId::Services, OnRemove::Cascade, Required | Parent)),
            col(&Dependency::ecosystem, enumField("ecosystem", QT_TRANSLATE_NOOP("Field", "Ecosystem"), Enums::ecosystem)),
            col(&Dependency::name, nameField()),
            col(&Dependency::version, textField("version", QT_TRANSLATE_NOOP("Field", "Requested version"))),
            col(&Dependency::resolved, textField("resolved", QT_TRANSLATE_NOOP("Field", "Resolved version"))),
            col(&Dependency::scope, enumField("scope", QT_TRANSLATE_NOOP("Field", "Scope"), Enums::dependencyScope)),
            col(&Dependency::bundled, boolField("bundled", QT_TRANSLATE_NOOP("Field", "Bundled copy"),
                QT_TRANSLATE_NOOP("FieldTip", "The service ships its own copy instead of sharing the host's (peer-dependency hygiene)"))),
            col(&Dependency::checksum, textField("checksum", QT_TRANSLATE_NOOP("Field", "Checksum"))),
            col(&Dependency::manifest, textField("manifest", QT_TRANSLATE_NOOP("Field", "Manifest"))),
        }));

        add(new VectorTable<ServiceApi>(TableId::ServiceApis, "service_apis", QT_TRANSLATE_NOOP("Table", "API protocols"), QT_TRANSLATE_NOOP("Table", "API protocol"), &Workspace::serviceApis, {
            col(&ServiceApi::service, refField("service", QT_TRANSLATE_NOOP("Field", "Service"), TableId::Services, OnRemove::Cascade, Required | Parent)),
            col(&ServiceApi::protocol, enumField("protocol", QT_TRANSLATE_NOOP("Field", "Protocol"), Enums::apiProtocol)),
            col(&ServiceApi::contract, enumField("contract", QT_TRANSLATE_NOOP("Field", "Contract"), Enums::contractStyle)),
            col(&ServiceApi::role, enumField("role", QT_TRANSLATE_NOOP("Field", "Role"), Enums::apiRole)),
            col(&ServiceApi::note, textField("note", QT_TRANSLATE_NOOP("Field", "Note"))),
        }));

        add(new VectorTable<ApprovedProtocol>(TableId::ApprovedProtocols, "approved_protocols", QT_TRANSLATE_NOOP("Table", "Approved protocols"), QT_TRANSLATE_NOOP("Table", "Approved protocol"), &Workspace::approvedProtocols, {
            col(&ApprovedProtocol::protocol, enumField("protocol", QT_TRANSLATE_NOOP("Field", "Protocol"), Enums::apiProtocol)),
            col(&ApprovedProtocol::contract, enumField("contract", QT_TRANSLATE_NOOP("Field", "Contract"), Enums::contractStyle)),
            col(&ApprovedProtocol::note, textField("note", QT_TRANSLATE_NOOP("Field", "Note"))),
        }, {0, 1}));

        add(new VectorTable<FragmentationThreshold>(TableId::FragmentationThresholds, "fragmentation_thresholds", QT_TRANSLATE_NOOP("Table", "Fragmentation thresholds"), QT_TRANSLATE_NOOP("Table", "Fragmentation threshold"), &Workspace::fragmentationThresholds, {
            col(&FragmentationThreshold::metric, enumField("metric", QT_TRANSLATE_NOOP("Field", "Metric"), Enums::fragmentationMetric)),
            col(&FragmentationThreshold::unit, textField("unit", QT_TRANSLATE_NOOP("Field", "Unit"))),
            col(&FragmentationThreshold::direction, enumField("direction", QT_TRANSLATE_NOOP("Field", "Direction"), Enums::direction)),
            col(&FragmentationThreshold::healthy, realField("healthy", QT_TRANSLATE_NOOP("Field", "Healthy limit"), nullptr, -1e12, 1e12, 4)),
            col(&FragmentationThreshold::warning, realField("warning", QT_TRANSLATE_NOOP("Field", "Warning limit"), nullptr, -1e12, 1e12, 4)),
            col(&FragmentationThreshold::high, realField("high", QT_TRANSLATE_NOOP("Field", "High limit"), nullptr, -1e12, 1e12, 4,
                QT_TRANSLATE_NOOP("FieldTip", "Beyond this limit the risk is severe"))),
            col(&FragmentationThreshold::reportedValue, optRealField("reported_value", QT_TRANSLATE_NOOP("Field", "Reported value"), nullptr, -1e12, 1e12, 4,
                QT_TRANSLATE_NOOP("FieldTip", "A value reported elsewhere (e.g. by the seed article) to compare with the scanned one"))),
            col(&FragmentationThreshold::source, sourceField()),
        }, {0}));

        add(new VectorTable<ScanRecord>(TableId::Scans, "scans", QT_TRANSLATE_NOOP("Table", "Scans"), QT_TRANSLATE_NOOP("Table", "Scan"), &Workspace::scans, {
            col(&ScanRecord::id, idField()),
            col(&ScanRecord::takenAt, since(3, FieldDef{.key = "taken_at", .label = QT_TRANSLATE_NOOP("Field", "Taken at"), .type = FieldType::Text, .flags = Required,
                                                        .tip = QT_TRANSLATE_NOOP("FieldTip", "Date and time of the scan, ISO 8601 (UTC)")})),
            col(&ScanRecord::root, since(3, textField("root", QT_TRANSLATE_NOOP("Field", "Folder")))),
            col(&ScanRecord::manifests, since(3, intField("manifests", QT_TRANSLATE_NOOP("Field", "Manifests"), nullptr, 0, 100000000))),
            col(&ScanRecord::services, since(3, intField("services", QT_TRANSLATE_NOOP("Field", "Services"), nullptr, 0, 100000000))),
            col(&ScanRecord::errors, since(3, intField("errors", QT_TRANSLATE_NOOP("Field", "Errors"), nullptr, 0, 100000000))),
            col(&ScanRecord::versionDrift, since(3, optRealField("version_drift", QT_TRANSLATE_NOOP("Field", "Version drift"), QT_TRANSLATE_NOOP("Unit", "semver distance"), 0, 1e9, 4))),
            col(&ScanRecord::protocolConsistency, since(3, optRealField("protocol_consistency", QT_TRANSLATE_NOOP("Field", "Protocol consistency"), QT_TRANSLATE_NOOP("Unit", "%"), 0, 100, 1))),
            col(&ScanRecord::peerDependencyHygiene, since(3, optRealField("peer_dependency_hygiene", QT_TRANSLATE_NOOP("Field", "Peer-dependency hygiene"), QT_TRANSLATE_NOOP("Unit", "%"), 0, 100, 1))),
            col(&ScanRecord::stackHeterogeneity, since(3, optRealField("stack_heterogeneity", QT_TRANSLATE_NOOP("Field", "Stack heterogeneity"), QT_TRANSLATE_NOOP("Unit", "runtime versions"), 0, 1e9, 0))),
            col(&ScanRecord::note, textField("note", QT_TRANSLATE_NOOP("Field", "Note"))),
        }));

        add(new VectorTable<DecisionRecord>(TableId::Decisions, "decisions", QT_TRANSLATE_NOOP("Table", "Decision records"), QT_TRANSLATE_NOOP("Table", "Decision record"), &Workspace::decisions, {
            col(&DecisionRecord::id, idField()),
            col(&DecisionRecord::number, intField("number", QT_TRANSLATE_NOOP("Field", "Number"), nullptr, 0, 9999)), // MADR folders start at 0000
            col(&DecisionRecord::title, FieldDef{.key = "title", .label = QT_TRANSLATE_NOOP("Field", "Title"), .type = FieldType::Text, .flags = Required}),
            col(&DecisionRecord::status, enumField("status", QT_TRANSLATE_NOOP("Field", "Status"), Enums::decisionStatus)),
            col(&DecisionRecord::supersededBy, refField("superseded_by", QT_TRANSLATE_NOOP("Field", "Superseded by"), TableId::Decisions, OnRemove::Clear)),
            col(&DecisionRecord::date, FieldDef{.key = "date", .label = QT_TRANSLATE_NOOP("Field", "Date"), .type = FieldType::Date}),
            col(&DecisionRecord::decisionMakers, textField("decision_makers", QT_TRANSLATE_NOOP("Field", "Decision-makers"))),
            col(&DecisionRecord::consulted, textField("consulted", QT_TRANSLATE_NOOP("Field", "Consulted"))),
            col(&DecisionRecord::informed, textField("informed", QT_TRANSLATE_NOOP("Field", "Informed"))),
            col(&DecisionRecord::context, longTextField("context", QT_TRANSLATE_NOOP("Field", "Context and problem statement"))),
            col(&DecisionRecord::drivers, longTextField("drivers", QT_TRANSLATE_NOOP("Field", "Decision drivers"))),
            col(&DecisionRecord::outcome, longTextField("outcome", QT_TRANSLATE_NOOP("Field", "Decision outcome"))),
            col(&DecisionRecord::consequences, longTextField("consequences", QT_TRANSLATE_NOOP("Field", "Consequences"))),
            col(&DecisionRecord::confirmation, longTextField("confirmation", QT_TRANSLATE_NOOP("Field", "Confirmation"))),
            col(&DecisionRecord::moreInformation, longTextField("more_information", QT_TRANSLATE_NOOP("Field", "More information"))),
        }));

        add(new VectorTable<DecisionOption>(TableId::DecisionOptions, "decision_options", QT_TRANSLATE_NOOP("Table", "Considered options"), QT_TRANSLATE_NOOP("Table", "Considered option"), &Workspace::decisionOptions, {
            col(&DecisionOption::decision, refField("decision", QT_TRANSLATE_NOOP("Field", "Decision"), TableId::Decisions, OnRemove::Cascade, Required | Parent)),
            col(&DecisionOption::name, nameField()),
            col(&DecisionOption::description, longTextField("description", QT_TRANSLATE_NOOP("Field", "Description"))),
            col(&DecisionOption::pros, longTextField("pros", QT_TRANSLATE_NOOP("Field", "Pros"))),
            col(&DecisionOption::cons, longTextField("cons", QT_TRANSLATE_NOOP("Field", "Cons"))),
            col(&DecisionOption::chosen, boolField("chosen", QT_TRANSLATE_NOOP("Field", "Chosen"))),
        }));

        add(new VectorTable<DecisionLink>(TableId::DecisionLinks, "decision_links", QT_TRANSLATE_NOOP("Table", "Linked elements"), QT_TRANSLATE_NOOP("Table", "Linked element"), &Workspace::decisionLinks, {
            col(&DecisionLink::decision, refField("decision", QT_TRANSLATE_NOOP("Field", "Decision"), TableId::Decisions, OnRemove::Cascade, Required | Parent)),
            col(&DecisionLink::kind, enumField("kind", QT_TRANSLATE_NOOP("Field", "Kind"), Enums::linkKind)),
            col(&DecisionLink::element, FieldDef{.key = "element", .label = QT_TRANSLATE_NOOP("Field", "Element"), .type = FieldType::ElementRef,
                                                 .flags = Required, .onRemove = OnRemove::Cascade, .kindField = 1}),
        }, {0, 1, 2}));

        add(new VectorTable<DecisionFigure>(TableId::DecisionFigures, "decision_figures", QT_TRANSLATE_NOOP("Table", "Snapshot figures"), QT_TRANSLATE_NOOP("Table", "Snapshot figure"), &Workspace::decisionFigures, {
            col(&DecisionFigure::decision, refField("decision", QT_TRANSLATE_NOOP("Field", "Decision"), TableId::Decisions, OnRemove::Cascade, Required | Parent)),
            col(&DecisionFigure::key, since(4, FieldDef{.key = "key", .label = QT_TRANSLATE_NOOP("Field", "Figure"), .type = FieldType::Text, .flags = Required,
                                                      .tip = QT_TRANSLATE_NOOP("FieldTip", "Which live figure this is, e.g. selection/<tier>/score/<candidate>; compared with the model to tell when the record is stale")})),
            col(&DecisionFigure::label, since(4, textField("label", QT_TRANSLATE_NOOP("Field", "Label")))),
            col(&DecisionFigure::value, since(4, optRealField("value", QT_TRANSLATE_NOOP("Field", "Value"), nullptr, -1e15, 1e15, 4))),
            col(&DecisionFigure::text, since(4, textField("text", QT_TRANSLATE_NOOP("Field", "Text")))),
            col(&DecisionFigure::unit, since(4, textField("unit", QT_TRANSLATE_NOOP("Field", "Unit")))),
        }, {0, 1}));

        add(new VectorTable<RadarEntry>(TableId::RadarHistory, "radar_history", QT_TRANSLATE_NOOP("Table", "Radar exports"), QT_TRANSLATE_NOOP("Table", "Radar entry"), &Workspace::radarHistory, {
            col(&RadarEntry::exportedAt, since(4, FieldDef{.key = "exported_at", .label = QT_TRANSLATE_NOOP("Field", "Exported at"), .type = FieldType::Text, .flags = Required,
                                                         .tip = QT_TRANSLATE_NOOP("FieldTip", "Date and time of the export, ISO 8601 (UTC)")})),
            col(&RadarEntry::candidate, since(4, FieldDef{.key = "candidate", .label = QT_TRANSLATE_NOOP("Field", "Candidate"), .type = FieldType::Text, .flags = Required})),
            col(&RadarEntry::name, since(4, textField("name", QT_TRANSLATE_NOOP("Field", "Name")))),
            col(&RadarEntry::quadrant, since(4, textField("quadrant", QT_TRANSLATE_NOOP("Field", "Quadrant")))),
            col(&RadarEntry::ring, since(4, enumField("ring", QT_TRANSLATE_NOOP("Field", "Ring"), Enums::radarRing))),
        }, {0, 1}));

        add(new VectorTable<VotingRound>(TableId::VotingRounds, "voting_rounds", QT_TRANSLATE_NOOP("Table", "Voting rounds"), QT_TRANSLATE_NOOP("Table", "Voting round"), &Workspace::votingRounds, {
            col(&VotingRound::id, since(6, idField())),
            col(&VotingRound::tier, since(6, refField("tier", QT_TRANSLATE_NOOP("Field", "SLA tier"), TableId::Tiers, OnRemove::Cascade, Required))),
            col(&VotingRound::session, since(6, FieldDef{.key = "session", .label = QT_TRANSLATE_NOOP("Field", "Session"), .type = FieldType::Text, .flags = Required,
                                                     .tip = QT_TRANSLATE_NOOP("FieldTip", "Rounds of one voting session share this value (when its first round opened)")})),
            col(&VotingRound::number, since(6, intField("number", QT_TRANSLATE_NOOP("Field", "Round"), nullptr, 1, 1000))),
            col(&VotingRound::openedAt, since(6, FieldDef{.key = "opened_at", .label = QT_TRANSLATE_NOOP("Field", "Opened at"), .type = FieldType::Text,
                                                      .tip = QT_TRANSLATE_NOOP("FieldTip", "Date and time, ISO 8601 (UTC)")})),
            col(&VotingRound::revealedAt, since(6, FieldDef{.key = "revealed_at", .label = QT_TRANSLATE_NOOP("Field", "Revealed at"), .type = FieldType::Text,
                                                        .tip = QT_TRANSLATE_NOOP("FieldTip", "Date and time, ISO 8601 (UTC)")})),
        }));

        add(new VectorTable<RoundScore>(TableId::RoundScores, "round_scores", QT_TRANSLATE_NOOP("Table", "Round scores"), QT_TRANSLATE_NOOP("Table", "Round score"), &Workspace::roundScores, {
            col(&RoundScore::round, since(6, refField("round", QT_TRANSLATE_NOOP("Field", "Voting round"), TableId::VotingRounds, OnRemove::Cascade, Required | Parent))),
            col(&RoundScore::rater, since(6, refField("rater", QT_TRANSLATE_NOOP("Field", "Rater"), TableId::Raters, OnRemove::Cascade, Required))),
            col(&RoundScore::candidate, since(6, refField("candidate", QT_TRANSLATE_NOOP("Field", "Candidate"), TableId::Candidates, OnRemove::Cascade, Required))),
            col(&RoundScore::criterion, since(6, refField("criterion", QT_TRANSLATE_NOOP("Field", "Criterion"), TableId::Criteria, OnRemove::Cascade, Required))),
            col(&RoundScore::score, since(6, intField("score", QT_TRANSLATE_NOOP("Field", "Score"), nullptr, 1, 5))),
            col(&RoundScore::reason, since(6, textField("reason", QT_TRANSLATE_NOOP("Field", "Reason")))),
        }, {0, 1, 2, 3}));
    }
};

const Registry &registry()
{
    // Never destroyed: a background task still running at exit (win
    // probabilities, validation) reads the schema after main() returned.
    static const Registry *r = new Registry;
    return *r;
}

} // namespace

namespace Schema {

const TableSchema &table(TableId id)
{
    return *registry().tables.at(size_t(id));
}

const QList<TableId> &tables()
{
    return registry().ids;
}

} // namespace Schema

} // namespace ArchBoard
