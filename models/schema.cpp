#include "schema.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <memory>
#include <type_traits>

namespace ArchBoard {

QString FieldDef::translatedLabel() const
{
    return QCoreApplication::translate("Field", label);
}

QString FieldDef::translatedUnit() const
{
    return unit ? QCoreApplication::translate("Unit", unit) : QString();
}

QString FieldDef::translatedTip() const
{
    return tip ? QCoreApplication::translate("FieldTip", tip) : QString();
}

TableSchema::TableSchema(TableId id, const char *key, const char *title, const char *rowTitle,
                         QList<FieldDef> fields, bool singleton, bool ordered, QList<int> uniqueKey)
    : m_id(id)
    , m_key(key)
    , m_title(title)
    , m_rowTitle(rowTitle)
    , m_fields(std::move(fields))
    , m_singleton(singleton)
    , m_ordered(ordered)
    , m_uniqueKey(std::move(uniqueKey))
{
    for (int i = 0; i < m_fields.size(); ++i) {
        const FieldDef &f = m_fields.at(i);
        if (f.type == FieldType::Id && m_idField < 0)
            m_idField = i;
        if ((qstrcmp(f.key, "name") == 0 || qstrcmp(f.key, "title") == 0) && m_nameField < 0)
            m_nameField = i;
        if ((f.flags & Parent) && m_parentField < 0)
            m_parentField = i;
    }
}

QString TableSchema::title() const
{
    return QCoreApplication::translate("Table", m_title);
}

QString TableSchema::rowTitle() const
{
    return QCoreApplication::translate("Table", m_rowTitle);
}

int TableSchema::fieldIndex(QAnyStringView key) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (QAnyStringView::equal(key, QLatin1StringView(m_fields.at(i).key)))
            return i;
    }
    return -1;
}

QVariantList TableSchema::rowValues(const Workspace &ws, int row) const
{
    QVariantList out;
    out.reserve(m_fields.size());
    for (int f = 0; f < m_fields.size(); ++f)
        out.append(value(ws, row, f));
    return out;
}

namespace {

// --- typed member <-> QVariant ------------------------------------------------

QVariant toVariant(const QString &v) { return v; }
QVariant toVariant(double v) { return v; }
QVariant toVariant(int v) { return v; }
QVariant toVariant(bool v) { return v; }
QVariant toVariant(const QDate &v) { return v; }
QVariant toVariant(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }
template<class E>
    requires std::is_enum_v<E>
QVariant toVariant(E v)
{
    return int(v);
}

void fromVariant(const QVariant &v, QString &out) { out = v.toString(); }
void fromVariant(const QVariant &v, double &out) { out = v.toDouble(); }
void fromVariant(const QVariant &v, int &out) { out = v.toInt(); }
void fromVariant(const QVariant &v, bool &out) { out = v.toBool(); }
void fromVariant(const QVariant &v, QDate &out) { out = v.toDate(); }
void fromVariant(const QVariant &v, std::optional<double> &out)
{
    out = v.isValid() && !v.isNull() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
template<class E>
    requires std::is_enum_v<E>
void fromVariant(const QVariant &v, E &out)
{
    out = E(v.toInt());
}

void put(FieldSink &sink, int f, const QString &v) { sink.text(f, v); }
void put(FieldSink &sink, int f, int v) { sink.integer(f, v); }
void put(FieldSink &sink, int f, double v) { sink.real(f, v); }
void put(FieldSink &sink, int f, const std::optional<double> &v) { sink.optionalReal(f, v); }
void put(FieldSink &sink, int f, bool v) { sink.boolean(f, v); }
void put(FieldSink &sink, int f, const QDate &v) { sink.date(f, v); }
template<class E>
    requires std::is_enum_v<E>
void put(FieldSink &sink, int f, E v)
{
    sink.enumeration(f, int(v));
}

void take(FieldSource &src, int f, QString &out) { out = src.text(f); }
void take(FieldSource &src, int f, int &out) { out = src.integer(f); }
void take(FieldSource &src, int f, double &out) { out = src.real(f); }
void take(FieldSource &src, int f, std::optional<double> &out) { out = src.optionalReal(f); }
void take(FieldSource &src, int f, bool &out) { out = src.boolean(f); }
void take(FieldSource &src, int f, QDate &out) { out = src.date(f); }
template<class E>
    requires std::is_enum_v<E>
void take(FieldSource &src, int f, E &out)
{
    out = E(src.enumeration(f));
}

template<class Row>
struct Accessor
{
    virtual ~Accessor() = default;
    virtual QVariant get(const Row &row) const = 0;
    virtual void set(Row &row, const QVariant &value) const = 0;
    virtual void write(const Row &row, int field, FieldSink &sink) const = 0;
    virtual void read(Row &row, int field, FieldSource &source) const = 0;
};

template<class Row, class M>
struct MemberAccessor final : Accessor<Row>
{
    explicit MemberAccessor(M Row::*member) : m(member) {}
    QVariant get(const Row &row) const override { return toVariant(row.*m); }
    void set(Row &row, const QVariant &value) const override { fromVariant(value, row.*m); }
    void write(const Row &row, int field, FieldSink &sink) const override { put(sink, field, row.*m); }
    void read(Row &row, int field, FieldSource &source) const override { take(source, field, row.*m); }
    M Row::*m;
};

template<class Row>
struct Column
{
    FieldDef def;
    std::shared_ptr<Accessor<Row>> access;
};

template<class M>
constexpr bool typeMatches(FieldType t)
{
    if constexpr (std::is_same_v<M, QString>)
        return t == FieldType::Id || t == FieldType::Text || t == FieldType::LongText
            || t == FieldType::Reference || t == FieldType::ElementRef;
    else if constexpr (std::is_same_v<M, double>)
        return t == FieldType::Real;
    else if constexpr (std::is_same_v<M, std::optional<double>>)
        return t == FieldType::OptionalReal;
    else if constexpr (std::is_same_v<M, int>)
        return t == FieldType::Integer;
    else if constexpr (std::is_same_v<M, bool>)
        return t == FieldType::Bool;
    else if constexpr (std::is_same_v<M, QDate>)
        return t == FieldType::Date;
    else if constexpr (std::is_enum_v<M>)
        return t == FieldType::Enum;
    else
        return false;
}

template<class Row, class M>
Column<Row> col(M Row::*member, FieldDef def)
{
    Q_ASSERT_X(typeMatches<M>(def.type), def.key, "field type does not match the member type");
    return {def, std::make_shared<MemberAccessor<Row, M>>(member)};
}

template<class Row>
QList<FieldDef> defsOf(const QList<Column<Row>> &cols)
{
    QList<FieldDef> out;
    for (const auto &c : cols)
        out.append(c.def);
    return out;
}

/// Storage-independent half of a table of \c Row: its columns and how a
/// whole row goes to and from values, sinks and sources.
template<class Row>
class TypedTable : public TableSchema
{
public:
    QVariantList defaultRow() const override { return valuesOf(Row{}); }

protected:
    TypedTable(TableId id, const char *key, const char *title, const char *rowTitle, QList<Column<Row>> cols,
               bool singleton, bool ordered, QList<int> uniqueKey)
        : TableSchema(id, key, title, rowTitle, defsOf(cols), singleton, ordered, std::move(uniqueKey))
        , m_cols(std::move(cols))
    {
    }

    QVariant get(const Row &r, int field) const { return m_cols.at(field).access->get(r); }
    void set(Row &r, int field, const QVariant &v) const { m_cols.at(field).access->set(r, v); }
    QVariantList valuesOf(const Row &r) const
    {
        QVariantList out;
        out.reserve(m_cols.size());
        for (const auto &c : m_cols)
            out.append(c.access->get(r));
        return out;
    }
    void assign(Row &r, const QVariantList &values) const
    {
        for (int f = 0; f < m_cols.size() && f < values.size(); ++f)
            m_cols.at(f).access->set(r, values.at(f));
    }
    void write(const Row &r, FieldSink &sink) const
    {
        for (int f = 0; f < m_cols.size(); ++f)
            m_cols.at(f).access->write(r, f, sink);
    }
    void read(Row &r, FieldSource &source) const
    {
        for (int f = 0; f < m_cols.size(); ++f)
            m_cols.at(f).access->read(r, f, source);
    }

private:
    QList<Column<Row>> m_cols;
};

/// A collection stored as std::vector<Row> in the Workspace.
template<class Row>
class VectorTable final : public TypedTable<Row>
{
public:
    VectorTable(TableId id, const char *key, const char *title, const char *rowTitle,
                std::vector<Row> Workspace::*vec, QList<Column<Row>> cols,
                QList<int> uniqueKey = {}, bool ordered = false)
        : TypedTable<Row>(id, key, title, rowTitle, std::move(cols), false, ordered, std::move(uniqueKey))
        , m_vec(vec)
    {
    }

    int rowCount(const Workspace &ws) const override { return int((ws.*m_vec).size()); }
    QVariant value(const Workspace &ws, int row, int field) const override { return this->get(at(ws, row), field); }
    void setValue(Workspace &ws, int row, int field, const QVariant &v) const override
    {
        this->set((ws.*m_vec).at(size_t(row)), field, v);
    }
    void insertRow(Workspace &ws, int row, const QVariantList &values) const override
    {
        Row r;
        this->assign(r, values);
        auto &vec = ws.*m_vec;
        vec.insert(vec.begin() + std::clamp(row, 0, int(vec.size())), std::move(r));
    }
    void removeRow(Workspace &ws, int row) const override
    {
        auto &vec = ws.*m_vec;
        vec.erase(vec.begin() + row);
    }
    void moveRow(Workspace &ws, int from, int to) const override
    {
        auto &vec = ws.*m_vec;
        Row r = std::move(vec[size_t(from)]);
        vec.erase(vec.begin() + from);
        vec.insert(vec.begin() + to, std::move(r));
    }
    void clear(Workspace &ws) const override { (ws.*m_vec).clear(); }
    void writeRow(const Workspace &ws, int row, FieldSink &sink) const override { this->write(at(ws, row), sink); }
    void appendRow(Workspace &ws, FieldSource &source) const override { this->read((ws.*m_vec).emplace_back(), source); }
    void reserve(Workspace &ws, int rows) const override { (ws.*m_vec).reserve((ws.*m_vec).size() + size_t(rows)); }

private:
    const Row &at(const Workspace &ws, int row) const { return (ws.*m_vec).at(size_t(row)); }

    std::vector<Row> Workspace::*m_vec;
};

/// A collection of exactly one row (the workspace's own settings).
template<class Row>
class SingletonTable final : public TypedTable<Row>
{
public:
    SingletonTable(TableId id, const char *key, const char *title, const char *rowTitle,
                   Row Workspace::*member, QList<Column<Row>> cols)
        : TypedTable<Row>(id, key, title, rowTitle, std::move(cols), true, false, {})
        , m_member(member)
    {
    }

    int rowCount(const Workspace &) const override { return 1; }
    QVariant value(const Workspace &ws, int, int field) const override { return this->get(ws.*m_member, field); }
    void setValue(Workspace &ws, int, int field, const QVariant &v) const override { this->set(ws.*m_member, field, v); }
    void insertRow(Workspace &ws, int, const QVariantList &values) const override { this->assign(ws.*m_member, values); }
    void removeRow(Workspace &, int) const override { Q_UNREACHABLE(); }
    void moveRow(Workspace &, int, int) const override { Q_UNREACHABLE(); }
    void clear(Workspace &ws) const override { ws.*m_member = Row{}; }
    void writeRow(const Workspace &ws, int, FieldSink &sink) const override { this->write(ws.*m_member, sink); }
    void appendRow(Workspace &ws, FieldSource &source) const override { this->read(ws.*m_member, source); }
    void reserve(Workspace &, int) const override {}

private:
    Row Workspace::*m_member;
};

#define L(text) QT_TRANSLATE_NOOP("Field", text)
#define T(text) QT_TRANSLATE_NOOP("Table", text)
#define U(text) QT_TRANSLATE_NOOP("Unit", text)
#define TIP(text) QT_TRANSLATE_NOOP("FieldTip", text)

constexpr double kMaxMoney = 1e12;
constexpr double kMaxCount = 1e12;

FieldDef idField() { return {.key = "id", .label = L("Id"), .type = FieldType::Id, .flags = Required,
                             .tip = TIP("Short unique key used in files and references; renaming it updates every reference")}; }
FieldDef nameField() { return {.key = "name", .label = L("Name"), .type = FieldType::Text, .flags = Required}; }
FieldDef sourceField() { return {.key = "source", .label = L("Source"), .type = FieldType::Text,
                                 .tip = TIP("Where the figures of this row come from (article section, measurement, URL)")}; }
FieldDef longSourceField() { return {.key = "source", .label = L("Source"), .type = FieldType::LongText,
                                     .tip = TIP("Where the figures of this row come from (article section, measurement, URL)")}; }
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
        add(new SingletonTable<W>(TableId::Workspace, "workspace", T("Workspace"), T("Workspace"), &Workspace::info, {
            col(&W::name, nameField()),
            col(&W::description, longTextField("description", L("Description"))),
            col(&W::ratingAggregation, enumField("rating_aggregation", L("Rating aggregation"), Enums::ratingAggregation)),
            col(&W::missingPolicy, FieldDef{.key = "missing_policy", .label = L("Missing figures"), .type = FieldType::Enum,
                                            .enumDef = &Enums::missingPolicy, .since = 2,
                                            .tip = TIP("How a candidate without a value for a weighted criterion is scored")}),
            col(&W::disagreementThreshold, realField("disagreement_threshold", L("Disagreement threshold"), U("points"), 0, 4, 1,
                TIP("Raters' spread (highest minus lowest score) at or above which a cell is flagged for discussion"))),
            col(&W::fragileThresholdPp, realField("fragile_threshold_pp", L("Fragile below"), U("pp"), 0, 100, 1,
                TIP("A tier's ranking is fragile when moving one weight by less than this many percentage points changes the winner"))),
            col(&W::source, longSourceField()),
        }));

        add(new VectorTable<Candidate>(TableId::Candidates, "candidates", T("Candidates"), T("Candidate"), &Workspace::candidates, {
            col(&Candidate::id, idField()),
            col(&Candidate::name, nameField()),
            col(&Candidate::category, enumField("category", L("Category"), Enums::candidateCategory)),
            col(&Candidate::shortlisted, boolField("shortlisted", L("Shortlisted"), TIP("Part of the selection matrix"))),
            col(&Candidate::color, FieldDef{.key = "color", .label = L("Colour"), .type = FieldType::Text,
                                            .tip = TIP("#rrggbb used for this candidate in diagrams and charts")}),
            col(&Candidate::notes, longTextField("notes", L("Notes"))),
        }));

        add(new VectorTable<Criterion>(TableId::Criteria, "criteria", T("Criteria"), T("Criterion"), &Workspace::criteria, {
            col(&Criterion::id, idField()),
            col(&Criterion::name, nameField()),
            col(&Criterion::unit, textField("unit", L("Unit"))),
            col(&Criterion::direction, enumField("direction", L("Direction"), Enums::direction)),
            col(&Criterion::kind, enumField("kind", L("Kind"), Enums::criterionKind)),
            col(&Criterion::description, longTextField("description", L("Description"))),
        }));

        add(new VectorTable<Measurement>(TableId::Measurements, "measurements", T("Measurements"), T("Measurement"), &Workspace::measurements, {
            col(&Measurement::candidate, refField("candidate", L("Candidate"), TableId::Candidates, OnRemove::Cascade, Required | Parent)),
            col(&Measurement::criterion, refField("criterion", L("Criterion"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&Measurement::value, FieldDef{.key = "value", .label = L("Value"), .type = FieldType::OptionalReal,
                                              .decimals = 3, .unitFrom = 1,
                                              .tip = TIP("Raw measured value in the criterion's unit; empty means not measured")}),
            col(&Measurement::source, sourceField()),
        }, {0, 1}));

        add(new VectorTable<SlaTier>(TableId::Tiers, "tiers", T("SLA tiers"), T("SLA tier"), &Workspace::tiers, {
            col(&SlaTier::id, idField()),
            col(&SlaTier::name, nameField()),
            col(&SlaTier::description, longTextField("description", L("Description"))),
            col(&SlaTier::availabilityPct, optRealField("availability_pct", L("Availability target"), U("%"), 0, 100, 3)),
            col(&SlaTier::p99Ms, optRealField("p99_ms", L("P99 latency target"), U("ms"), 0, 1e9, 1)),
            col(&SlaTier::deliveryWeeks, optRealField("delivery_weeks", L("Delivery cycle"), U("weeks"), 0, 1000, 1)),
            col(&SlaTier::source, sourceField()),
        }));

        add(new VectorTable<TierWeight>(TableId::TierWeights, "tier_weights", T("Tier weights"), T("Tier weight"), &Workspace::tierWeights, {
            col(&TierWeight::tier, refField("tier", L("SLA tier"), TableId::Tiers, OnRemove::Cascade, Required | Parent)),
            col(&TierWeight::criterion, refField("criterion", L("Criterion"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&TierWeight::weight, realField("weight", L("Weight"), nullptr, 0, 1000, 2,
                TIP("Relative weight of the criterion in this tier; weights are normalised to sum to 100 %"))),
            col(&TierWeight::source, sourceField()),
        }, {0, 1}));

        add(new VectorTable<TierThreshold>(TableId::TierThresholds, "tier_thresholds", T("Must-pass thresholds"), T("Must-pass threshold"), &Workspace::tierThresholds, {
            col(&TierThreshold::tier, refField("tier", L("SLA tier"), TableId::Tiers, OnRemove::Cascade, Required | Parent)),
            col(&TierThreshold::criterion, refField("criterion", L("Criterion"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&TierThreshold::comparison, enumField("comparison", L("Comparison"), Enums::comparison)),
            col(&TierThreshold::value, FieldDef{.key = "value", .label = L("Threshold"), .type = FieldType::Real, .decimals = 3, .unitFrom = 1,
                                                .tip = TIP("A candidate whose raw value fails this comparison is knocked out of the tier")}),
            col(&TierThreshold::source, sourceField()),
        }));

        add(new VectorTable<TierComparison>(TableId::TierComparisons, "tier_comparisons", T("Pairwise comparisons"), T("Pairwise comparison"), &Workspace::tierComparisons, {
            col(&TierComparison::tier, refField("tier", L("SLA tier"), TableId::Tiers, OnRemove::Cascade, Required | Parent)),
            col(&TierComparison::criterionA, refField("criterion_a", L("Criterion A"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&TierComparison::criterionB, refField("criterion_b", L("Criterion B"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&TierComparison::ratio, realField("ratio", L("A is … times as important as B"), nullptr, 1.0 / 9.0, 9.0, 3,
                TIP("Saaty's scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 … 1/9 the other way round"))),
        }, {0, 1, 2}));

        add(new VectorTable<DecisionRule>(TableId::Rules, "rules", T("Decision rules"), T("Decision rule"), &Workspace::rules, {
            col(&DecisionRule::id, idField()),
            col(&DecisionRule::name, nameField()),
            col(&DecisionRule::candidate, refField("candidate", L("Recommends"), TableId::Candidates, OnRemove::Clear, Required)),
            col(&DecisionRule::description, longTextField("description", L("Description"))),
            col(&DecisionRule::source, sourceField()),
        }, {}, true));

        add(new VectorTable<RuleCondition>(TableId::RuleConditions, "rule_conditions", T("Rule conditions"), T("Rule condition"), &Workspace::ruleConditions, {
            col(&RuleCondition::rule, refField("rule", L("Rule"), TableId::Rules, OnRemove::Cascade, Required | Parent)),
            col(&RuleCondition::attribute, enumField("attribute", L("Attribute"), Enums::ruleAttribute)),
            col(&RuleCondition::comparison, enumField("comparison", L("Comparison"), Enums::comparison)),
            col(&RuleCondition::value, FieldDef{.key = "value", .label = L("Value"), .type = FieldType::Text, .flags = Required,
                                                .tip = TIP("A number for numeric attributes, an id for tier and language, text otherwise")}),
        }));

        add(new VectorTable<Rater>(TableId::Raters, "raters", T("Raters"), T("Rater"), &Workspace::raters, {
            col(&Rater::id, idField()),
            col(&Rater::name, nameField()),
            col(&Rater::role, textField("role", L("Role"))),
        }));

        add(new VectorTable<Rating>(TableId::Ratings, "ratings", T("Workshop ratings"), T("Rating"), &Workspace::ratings, {
            col(&Rating::rater, refField("rater", L("Rater"), TableId::Raters, OnRemove::Cascade, Required | Parent)),
            col(&Rating::candidate, refField("candidate", L("Candidate"), TableId::Candidates, OnRemove::Cascade, Required)),
            col(&Rating::criterion, refField("criterion", L("Criterion"), TableId::Criteria, OnRemove::Cascade, Required)),
            col(&Rating::score, intField("score", L("Score"), nullptr, 1, 5)),
            col(&Rating::comment, textField("comment", L("Comment"))),
        }, {0, 1, 2}));

        add(new VectorTable<BoundedContext>(TableId::Contexts, "contexts", T("Bounded contexts"), T("Bounded context"), &Workspace::contexts, {
            col(&BoundedContext::id, idField()),
            col(&BoundedContext::name, nameField()),
            col(&BoundedContext::domainType, enumField("domain_type", L("Domain type"), Enums::domainType)),
            col(&BoundedContext::team, textField("team", L("Team"))),
            col(&BoundedContext::teamSkills, FieldDef{.key = "team_skills", .label = L("Team skills"), .type = FieldType::Text,
                                                      .tip = TIP("Comma-separated languages or skills of the owning team")}),
            col(&BoundedContext::language, refField("language", L("Language"), TableId::Candidates, OnRemove::Clear)),
            col(&BoundedContext::dataFormat, enumField("data_format", L("Data format"), Enums::dataFormat)),
            col(&BoundedContext::syncMechanism, enumField("sync_mechanism", L("Sync mechanism"), Enums::syncMechanism)),
            col(&BoundedContext::latencyToleranceMs, optRealField("latency_tolerance_ms", L("Latency tolerance"), U("ms"), 0, 1e10, 0)),
            col(&BoundedContext::tier, refField("tier", L("SLA tier"), TableId::Tiers, OnRemove::Clear)),
            col(&BoundedContext::functionCount, intField("function_count", L("Functions"), nullptr, 0, 1000000)),
            col(&BoundedContext::description, longTextField("description", L("Description"))),
            col(&BoundedContext::source, sourceField()),
        }));

        add(new VectorTable<ContextRelation>(TableId::Relations, "relations", T("Context relations"), T("Context relation"), &Workspace::relations, {
            col(&ContextRelation::id, idField()),
            col(&ContextRelation::upstream, refField("upstream", L("Upstream"), TableId::Contexts, OnRemove::Cascade, Required)),
            col(&ContextRelation::downstream, refField("downstream", L("Downstream"), TableId::Contexts, OnRemove::Cascade, Required)),
            col(&ContextRelation::pattern, enumField("pattern", L("Pattern"), Enums::contextPattern)),
            col(&ContextRelation::upstreamRoles, enumField("upstream_roles", L("Upstream roles"), Enums::upstreamRoles)),
            col(&ContextRelation::downstreamRole, enumField("downstream_role", L("Downstream role"), Enums::downstreamRole)),
            col(&ContextRelation::mechanism, enumField("mechanism", L("Mechanism"), Enums::syncMechanism)),
            col(&ContextRelation::format, enumField("format", L("Format"), Enums::dataFormat)),
            col(&ContextRelation::expectedLatencyMs, optRealField("expected_latency_ms", L("Expected latency"), U("ms"), 0, 1e10, 0)),
            col(&ContextRelation::description, longTextField("description", L("Description"))),
            col(&ContextRelation::source, sourceField()),
        }));

        add(new VectorTable<FaasProvider>(TableId::Providers, "providers", T("FaaS providers"), T("FaaS provider"), &Workspace::providers, {
            col(&FaasProvider::id, idField()),
            col(&FaasProvider::name, nameField()),
            col(&FaasProvider::pricePerGbSecond, realField("price_per_gb_second", L("Price per GB-second"), U("USD"), 0, 1, 10)),
            col(&FaasProvider::pricePerMillionRequests, realField("price_per_million_requests", L("Price per million requests"), U("USD"), 0, 1000, 4)),
            col(&FaasProvider::freeGbSecondsPerMonth, realField("free_gb_seconds_per_month", L("Free GB-seconds per month"), U("GB-s"), 0, kMaxCount, 0)),
            col(&FaasProvider::freeRequestsPerMonth, realField("free_requests_per_month", L("Free requests per month"), nullptr, 0, kMaxCount, 0)),
            col(&FaasProvider::billingGranularityMs, realField("billing_granularity_ms", L("Billing granularity"), U("ms"), 0.001, 3600000, 3,
                TIP("Billed duration is rounded up to a multiple of this"))),
            col(&FaasProvider::minimumBilledMs, realField("minimum_billed_ms", L("Minimum billed duration"), U("ms"), 0, 3600000, 0)),
            col(&FaasProvider::billsInitDuration, boolField("bills_init_duration", L("Bills cold-start init"),
                TIP("Whether the provider bills the initialisation (cold start) duration"))),
            col(&FaasProvider::pricePerVcpuSecond, since(3, realField("price_per_vcpu_second", L("Price per vCPU-second"), U("USD"), 0, 1, 10,
                TIP("For providers that bill CPU time separately from memory (Cloud Run functions); 0 otherwise")))),
            col(&FaasProvider::freeVcpuSecondsPerMonth, since(3, realField("free_vcpu_seconds_per_month", L("Free vCPU-seconds per month"), U("vCPU-s"), 0, kMaxCount, 0))),
            col(&FaasProvider::memoryGranularityMb, since(3, realField("memory_granularity_mb", L("Memory granularity"), U("MB"), 1, 65536, 0,
                TIP("Billed memory is rounded up to a multiple of this (Azure Functions Consumption: 128 MB)")))),
            col(&FaasProvider::vcpuByMemory, since(3, FieldDef{.key = "vcpu_by_memory", .label = L("vCPU by memory"), .type = FieldType::Text,
                .tip = TIP("Where CPU is billed: vCPUs allocated per memory size, “MB:vCPU” pairs, e.g. “512:0.333, 1024:0.583”")})),
            col(&FaasProvider::source, sourceField()),
            col(&FaasProvider::asOf, FieldDef{.key = "as_of", .label = L("Prices as of"), .type = FieldType::Date}),
        }));

        add(new VectorTable<LanguageProfile>(TableId::LanguageProfiles, "language_profiles", T("Language cost profiles"), T("Language cost profile"), &Workspace::languageProfiles, {
            col(&LanguageProfile::language, refField("language", L("Language"), TableId::Candidates, OnRemove::Cascade, Required | Parent)),
            col(&LanguageProfile::languageFactor, optRealField("language_factor", L("Language factor"), U("×"), 0, 100, 2,
                TIP("Platform-overhead multiplier of the language (seed §2.5)"))),
            col(&LanguageProfile::factorIsEstimate, boolField("factor_is_estimate", L("Factor is an estimate"))),
            col(&LanguageProfile::coldStartMeanMs, optRealField("cold_start_mean_ms", L("Cold start mean"), U("ms"), 0, 1e7, 0)),
            col(&LanguageProfile::coldStartSigmaMs, optRealField("cold_start_sigma_ms", L("Cold start σ"), U("ms"), 0, 1e7, 0)),
            col(&LanguageProfile::firstByteMs, optRealField("first_byte_ms", L("First byte"), U("ms"), 0, 1e7, 0)),
            col(&LanguageProfile::artifactMb, optRealField("artifact_mb", L("Artifact size"), U("MB"), 0, 1e6, 1)),
            col(&LanguageProfile::coldStartMsPerMb, since(3, optRealField("cold_start_ms_per_mb", L("Cold start per artifact MB"), U("ms/MB"), 0, 1e6, 2,
                TIP("Cold start added per MB of deployment artifact; the cold-start mean is then the part that does not depend on the artifact")))),
            col(&LanguageProfile::monitoringPersonDays, realField("monitoring_person_days", L("Monitoring migration"), U("person-days"), 0, 10000, 1)),
            col(&LanguageProfile::source, sourceField()),
        }, {0}));

        add(new VectorTable<TcoScenario>(TableId::Scenarios, "scenarios", T("TCO scenarios"), T("TCO scenario"), &Workspace::scenarios, {
            col(&TcoScenario::id, idField()),
            col(&TcoScenario::name, nameField()),
            col(&TcoScenario::description, longTextField("description", L("Description"))),
            col(&TcoScenario::baseline, boolField("baseline", L("Baseline"), TIP("Other scenarios are compared against the baseline"))),
            col(&TcoScenario::provider, refField("provider", L("Provider"), TableId::Providers, OnRemove::Clear)),
            col(&TcoScenario::freeTier, boolField("free_tier", L("Apply free tier"))),
            col(&TcoScenario::memoryMb, intField("memory_mb", L("Memory"), U("MB"), 128, 32768)),
            col(&TcoScenario::durationMs, realField("duration_ms", L("Mean duration"), U("ms"), 0, 3600000, 1)),
            col(&TcoScenario::invocationsPerMonth, realField("invocations_per_month", L("Invocations per month"), U("per function"), 0, kMaxCount, 0)),
            col(&TcoScenario::coldStartPct, FieldDef{.key = "cold_start_pct", .label = L("Cold-start share"), .type = FieldType::Real,
                                                     .flags = Percent, .unit = U("%"), .min = 0, .max = 100, .decimals = 2}),
            col(&TcoScenario::horizonYears, intField("horizon_years", L("Horizon"), U("years"), 1, 30)),
            col(&TcoScenario::basePlatformCostUsd, realField("base_platform_cost_usd", L("Base platform cost"), U("USD/year"), 0, kMaxMoney, 0)),
            col(&TcoScenario::normalisationFunctions, realField("normalisation_functions", L("Normalisation"), U("functions"), 1, 1e9, 0)),
            col(&TcoScenario::ciBuildsPerMonth, realField("ci_builds_per_month", L("CI builds per month"), nullptr, 0, kMaxCount, 0)),
            col(&TcoScenario::ciMinutesPerBuild, realField("ci_minutes_per_build", L("CI minutes per build"), U("min"), 0, 100000, 1)),
            col(&TcoScenario::ciPricePerMinuteUsd, realField("ci_price_per_minute_usd", L("CI price per minute"), U("USD"), 0, 1000, 4)),
            col(&TcoScenario::ciExtraPipelinePct, realField("ci_extra_pipeline_pct", L("CI time per extra language"), U("%"), 0, 1000, 1,
                TIP("Extra CI build time for each additional language pipeline (seed §2.5: +37 %)"))),
            col(&TcoScenario::dependencyVolumeSpread, realField("dependency_volume_spread", L("Dependency volume spread"), U("×"), 1, 1000, 2)),
            col(&TcoScenario::storagePricePerGbMonthUsd, realField("storage_price_per_gb_month_usd", L("Storage price"), U("USD/GB-month"), 0, 1000, 4)),
            col(&TcoScenario::transferPricePerGbUsd, since(3, realField("transfer_price_per_gb_usd", L("Artifact transfer price"), U("USD/GB"), 0, 1000, 4,
                TIP("Paid for each cold start's artifact download")))),
            col(&TcoScenario::dayRateUsd, realField("day_rate_usd", L("Day rate"), U("USD/person-day"), 0, 1e6, 0)),
            col(&TcoScenario::sensitivityPct, since(3, realField("sensitivity_pct", L("Sensitivity step"), U("%"), 0.1, 100, 1,
                TIP("Each input is moved by ± this share for the tornado chart")))),
            col(&TcoScenario::monteCarloRuns, since(3, intField("monte_carlo_runs", L("Monte Carlo runs"), nullptr, 100, 1000000))),
            col(&TcoScenario::monteCarloSeed, since(3, intField("monte_carlo_seed", L("Monte Carlo seed"), nullptr, 0, 2147483647))),
            col(&TcoScenario::source, longSourceField()),
        }));

        add(new VectorTable<ScenarioFunctions>(TableId::ScenarioFunctions, "scenario_functions", T("Functions per language"), T("Functions of a language"), &Workspace::scenarioFunctions, {
            col(&ScenarioFunctions::scenario, refField("scenario", L("Scenario"), TableId::Scenarios, OnRemove::Cascade, Required | Parent)),
            col(&ScenarioFunctions::language, refField("language", L("Language"), TableId::Candidates, OnRemove::Cascade, Required)),
            col(&ScenarioFunctions::functions, intField("functions", L("Functions"), nullptr, 0, 10000000)),
        }, {0, 1}));

        add(new VectorTable<CostLine>(TableId::CostLines, "cost_lines", T("Custom cost lines"), T("Custom cost line"), &Workspace::costLines, {
            col(&CostLine::scenario, refField("scenario", L("Scenario"), TableId::Scenarios, OnRemove::Cascade, Required | Parent)),
            col(&CostLine::name, nameField()),
            col(&CostLine::language, refField("language", L("Language"), TableId::Candidates, OnRemove::Clear)),
            col(&CostLine::amountUsd, realField("amount_usd", L("Amount"), U("USD"), -kMaxMoney, kMaxMoney, 2)),
            col(&CostLine::recurrence, enumField("recurrence", L("Recurrence"), Enums::recurrence)),
            col(&CostLine::source, sourceField()),
        }));

        add(new VectorTable<TcoRange>(TableId::TcoRanges, "tco_ranges", T("Uncertainty ranges"), T("Uncertainty range"), &Workspace::tcoRanges, {
            col(&TcoRange::scenario, refField("scenario", L("Scenario"), TableId::Scenarios, OnRemove::Cascade, Required | Parent)),
            col(&TcoRange::parameter, FieldDef{.key = "parameter", .label = L("Parameter"), .type = FieldType::Text, .flags = Required,
                                              .tip = TIP("A TCO parameter name, as `archboard-cli tco --list-parameters` lists them")}),
            col(&TcoRange::low, realField("low", L("Low"), nullptr, -kMaxMoney, kMaxMoney, 4)),
            col(&TcoRange::high, realField("high", L("High"), nullptr, -kMaxMoney, kMaxMoney, 4)),
            col(&TcoRange::source, sourceField()),
        }, {0, 1}));

        add(new VectorTable<Service>(TableId::Services, "services", T("Services"), T("Service"), &Workspace::services, {
            col(&Service::id, idField()),
            col(&Service::name, nameField()),
            col(&Service::context, refField("context", L("Bounded context"), TableId::Contexts, OnRemove::Clear)),
            col(&Service::language, refField("language", L("Language"), TableId::Candidates, OnRemove::Clear)),
            col(&Service::runtime, textField("runtime", L("Runtime"))),
            col(&Service::runtimeVersion, textField("runtime_version", L("Runtime version"))),
            col(&Service::path, textField("path", L("Path"))),
            col(&Service::source, sourceField()),
        }));

        add(new VectorTable<Dependency>(TableId::Dependencies, "dependencies", T("Dependencies"), T("Dependency"), &Workspace::dependencies, {
            col(&Dependency::service, refField("service", L("Service"), TableId::Services, OnRemove::Cascade, Required | Parent)),
            col(&Dependency::ecosystem, enumField("ecosystem", L("Ecosystem"), Enums::ecosystem)),
            col(&Dependency::name, nameField()),
            col(&Dependency::version, textField("version", L("Requested version"))),
            col(&Dependency::resolved, textField("resolved", L("Resolved version"))),
            col(&Dependency::scope, enumField("scope", L("Scope"), Enums::dependencyScope)),
            col(&Dependency::bundled, boolField("bundled", L("Bundled copy"),
                TIP("The service ships its own copy instead of sharing the host's (peer-dependency hygiene)"))),
            col(&Dependency::checksum, textField("checksum", L("Checksum"))),
            col(&Dependency::manifest, textField("manifest", L("Manifest"))),
        }));

        add(new VectorTable<ServiceApi>(TableId::ServiceApis, "service_apis", T("API protocols"), T("API protocol"), &Workspace::serviceApis, {
            col(&ServiceApi::service, refField("service", L("Service"), TableId::Services, OnRemove::Cascade, Required | Parent)),
            col(&ServiceApi::protocol, enumField("protocol", L("Protocol"), Enums::apiProtocol)),
            col(&ServiceApi::contract, enumField("contract", L("Contract"), Enums::contractStyle)),
            col(&ServiceApi::role, enumField("role", L("Role"), Enums::apiRole)),
            col(&ServiceApi::note, textField("note", L("Note"))),
        }));

        add(new VectorTable<ApprovedProtocol>(TableId::ApprovedProtocols, "approved_protocols", T("Approved protocols"), T("Approved protocol"), &Workspace::approvedProtocols, {
            col(&ApprovedProtocol::protocol, enumField("protocol", L("Protocol"), Enums::apiProtocol)),
            col(&ApprovedProtocol::contract, enumField("contract", L("Contract"), Enums::contractStyle)),
            col(&ApprovedProtocol::note, textField("note", L("Note"))),
        }, {0, 1}));

        add(new VectorTable<FragmentationThreshold>(TableId::FragmentationThresholds, "fragmentation_thresholds", T("Fragmentation thresholds"), T("Fragmentation threshold"), &Workspace::fragmentationThresholds, {
            col(&FragmentationThreshold::metric, enumField("metric", L("Metric"), Enums::fragmentationMetric)),
            col(&FragmentationThreshold::unit, textField("unit", L("Unit"))),
            col(&FragmentationThreshold::direction, enumField("direction", L("Direction"), Enums::direction)),
            col(&FragmentationThreshold::healthy, realField("healthy", L("Healthy limit"), nullptr, -1e12, 1e12, 4)),
            col(&FragmentationThreshold::warning, realField("warning", L("Warning limit"), nullptr, -1e12, 1e12, 4)),
            col(&FragmentationThreshold::high, realField("high", L("High limit"), nullptr, -1e12, 1e12, 4,
                TIP("Beyond this limit the risk is severe"))),
            col(&FragmentationThreshold::reportedValue, optRealField("reported_value", L("Reported value"), nullptr, -1e12, 1e12, 4,
                TIP("A value reported elsewhere (e.g. by the seed article) to compare with the scanned one"))),
            col(&FragmentationThreshold::source, sourceField()),
        }, {0}));

        add(new VectorTable<ScanRecord>(TableId::Scans, "scans", T("Scans"), T("Scan"), &Workspace::scans, {
            col(&ScanRecord::id, idField()),
            col(&ScanRecord::takenAt, since(3, FieldDef{.key = "taken_at", .label = L("Taken at"), .type = FieldType::Text, .flags = Required,
                                                        .tip = TIP("Date and time of the scan, ISO 8601 (UTC)")})),
            col(&ScanRecord::root, since(3, textField("root", L("Folder")))),
            col(&ScanRecord::manifests, since(3, intField("manifests", L("Manifests"), nullptr, 0, 100000000))),
            col(&ScanRecord::services, since(3, intField("services", L("Services"), nullptr, 0, 100000000))),
            col(&ScanRecord::errors, since(3, intField("errors", L("Errors"), nullptr, 0, 100000000))),
            col(&ScanRecord::versionDrift, since(3, optRealField("version_drift", L("Version drift"), U("semver distance"), 0, 1e9, 4))),
            col(&ScanRecord::protocolConsistency, since(3, optRealField("protocol_consistency", L("Protocol consistency"), U("%"), 0, 100, 1))),
            col(&ScanRecord::peerDependencyHygiene, since(3, optRealField("peer_dependency_hygiene", L("Peer-dependency hygiene"), U("%"), 0, 100, 1))),
            col(&ScanRecord::stackHeterogeneity, since(3, optRealField("stack_heterogeneity", L("Stack heterogeneity"), U("runtime versions"), 0, 1e9, 0))),
            col(&ScanRecord::note, textField("note", L("Note"))),
        }));

        add(new VectorTable<DecisionRecord>(TableId::Decisions, "decisions", T("Decision records"), T("Decision record"), &Workspace::decisions, {
            col(&DecisionRecord::id, idField()),
            col(&DecisionRecord::number, intField("number", L("Number"), nullptr, 1, 9999)),
            col(&DecisionRecord::title, FieldDef{.key = "title", .label = L("Title"), .type = FieldType::Text, .flags = Required}),
            col(&DecisionRecord::status, enumField("status", L("Status"), Enums::decisionStatus)),
            col(&DecisionRecord::supersededBy, refField("superseded_by", L("Superseded by"), TableId::Decisions, OnRemove::Clear)),
            col(&DecisionRecord::date, FieldDef{.key = "date", .label = L("Date"), .type = FieldType::Date}),
            col(&DecisionRecord::decisionMakers, textField("decision_makers", L("Decision-makers"))),
            col(&DecisionRecord::consulted, textField("consulted", L("Consulted"))),
            col(&DecisionRecord::informed, textField("informed", L("Informed"))),
            col(&DecisionRecord::context, longTextField("context", L("Context and problem statement"))),
            col(&DecisionRecord::drivers, longTextField("drivers", L("Decision drivers"))),
            col(&DecisionRecord::outcome, longTextField("outcome", L("Decision outcome"))),
            col(&DecisionRecord::consequences, longTextField("consequences", L("Consequences"))),
            col(&DecisionRecord::confirmation, longTextField("confirmation", L("Confirmation"))),
            col(&DecisionRecord::moreInformation, longTextField("more_information", L("More information"))),
        }));

        add(new VectorTable<DecisionOption>(TableId::DecisionOptions, "decision_options", T("Considered options"), T("Considered option"), &Workspace::decisionOptions, {
            col(&DecisionOption::decision, refField("decision", L("Decision"), TableId::Decisions, OnRemove::Cascade, Required | Parent)),
            col(&DecisionOption::name, nameField()),
            col(&DecisionOption::description, longTextField("description", L("Description"))),
            col(&DecisionOption::pros, longTextField("pros", L("Pros"))),
            col(&DecisionOption::cons, longTextField("cons", L("Cons"))),
            col(&DecisionOption::chosen, boolField("chosen", L("Chosen"))),
        }));

        add(new VectorTable<DecisionLink>(TableId::DecisionLinks, "decision_links", T("Linked elements"), T("Linked element"), &Workspace::decisionLinks, {
            col(&DecisionLink::decision, refField("decision", L("Decision"), TableId::Decisions, OnRemove::Cascade, Required | Parent)),
            col(&DecisionLink::kind, enumField("kind", L("Kind"), Enums::linkKind)),
            col(&DecisionLink::element, FieldDef{.key = "element", .label = L("Element"), .type = FieldType::ElementRef,
                                                 .flags = Required, .onRemove = OnRemove::Cascade, .kindField = 1}),
        }, {0, 1, 2}));

        add(new VectorTable<DecisionFigure>(TableId::DecisionFigures, "decision_figures", T("Snapshot figures"), T("Snapshot figure"), &Workspace::decisionFigures, {
            col(&DecisionFigure::decision, refField("decision", L("Decision"), TableId::Decisions, OnRemove::Cascade, Required | Parent)),
            col(&DecisionFigure::key, since(4, FieldDef{.key = "key", .label = L("Figure"), .type = FieldType::Text, .flags = Required,
                                                      .tip = TIP("Which live figure this is, e.g. selection/<tier>/score/<candidate>; compared with the model to tell when the record is stale")})),
            col(&DecisionFigure::label, since(4, textField("label", L("Label")))),
            col(&DecisionFigure::value, since(4, optRealField("value", L("Value"), nullptr, -1e15, 1e15, 4))),
            col(&DecisionFigure::text, since(4, textField("text", L("Text")))),
            col(&DecisionFigure::unit, since(4, textField("unit", L("Unit")))),
        }, {0, 1}));

        add(new VectorTable<RadarEntry>(TableId::RadarHistory, "radar_history", T("Radar exports"), T("Radar entry"), &Workspace::radarHistory, {
            col(&RadarEntry::exportedAt, since(4, FieldDef{.key = "exported_at", .label = L("Exported at"), .type = FieldType::Text, .flags = Required,
                                                         .tip = TIP("Date and time of the export, ISO 8601 (UTC)")})),
            col(&RadarEntry::candidate, since(4, FieldDef{.key = "candidate", .label = L("Candidate"), .type = FieldType::Text, .flags = Required})),
            col(&RadarEntry::name, since(4, textField("name", L("Name")))),
            col(&RadarEntry::quadrant, since(4, textField("quadrant", L("Quadrant")))),
            col(&RadarEntry::ring, since(4, enumField("ring", L("Ring"), Enums::radarRing))),
        }, {0, 1}));
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
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

TableId tableByKey(QAnyStringView key)
{
    for (TableId id : tables()) {
        if (QAnyStringView::equal(key, QLatin1StringView(table(id).key())))
            return id;
    }
    return TableId::Count;
}

TableId tableForLinkKind(int kind)
{
    switch (LinkKind(kind)) {
    case LinkKind::Tier: return TableId::Tiers;
    case LinkKind::Candidate: return TableId::Candidates;
    case LinkKind::Criterion: return TableId::Criteria;
    case LinkKind::Context: return TableId::Contexts;
    case LinkKind::Relation: return TableId::Relations;
    case LinkKind::Scenario: return TableId::Scenarios;
    case LinkKind::Service: return TableId::Services;
    }
    return TableId::Count;
}

int linkKindForTable(TableId t)
{
    for (int k = 0; k < Enums::linkKind.count(); ++k) {
        if (tableForLinkKind(k) == t)
            return k;
    }
    return -1;
}

bool isValidId(const QString &id, QString *error)
{
    auto fail = [error](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    if (id.isEmpty())
        return fail(QCoreApplication::translate("Schema", "an id must not be empty"));
    if (id.size() > 64)
        return fail(QCoreApplication::translate("Schema", "an id must be at most 64 characters"));
    for (QChar c : id) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return fail(QCoreApplication::translate("Schema", "an id must not contain spaces or control characters"));
    }
    return true;
}

QString slugify(const QString &name)
{
    QString out;
    bool dash = false;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c.toLower();
            dash = false;
        } else if (c.isLetterOrNumber() && c.unicode() >= 0x2E80) {
            // CJK stays readable as an id
            if (dash && !out.isEmpty())
                out += u'-';
            out += c;
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
        if (out.size() >= 40)
            break;
    }
    return out.isEmpty() ? QStringLiteral("x") : out;
}

bool normalizeValue(const FieldDef &field, const QVariant &in, QVariant *out, QString *error)
{
    auto fail = [error](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    const QString label = field.translatedLabel();
    switch (field.type) {
    case FieldType::Id: {
        const QString s = in.toString();
        QString why;
        if (!isValidId(s, &why))
            return fail(label + QStringLiteral(": ") + why);
        *out = s;
        return true;
    }
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Reference:
    case FieldType::ElementRef: {
        if (in.isValid() && !in.isNull() && !in.canConvert<QString>())
            return fail(QCoreApplication::translate("Schema", "%1: expected text").arg(label));
        QString s = in.toString();
        if (field.type != FieldType::LongText && s.contains(u'\n'))
            return fail(QCoreApplication::translate("Schema", "%1: expected a single line").arg(label));
        *out = s;
        return true;
    }
    case FieldType::Integer: {
        bool ok = false;
        qlonglong v = 0;
        if (in.typeId() == QMetaType::Double) {
            const double d = in.toDouble();
            ok = std::isfinite(d) && d == std::floor(d) && std::abs(d) < 2e9;
            v = qlonglong(d);
        } else {
            v = in.toString().trimmed().toLongLong(&ok);
        }
        if (!ok)
            return fail(QCoreApplication::translate("Schema", "%1: expected a whole number").arg(label));
        if (v < qlonglong(field.min) || v > qlonglong(field.max))
            return fail(QCoreApplication::translate("Schema", "%1: %2 is outside %3 … %4")
                            .arg(label).arg(v).arg(qlonglong(field.min)).arg(qlonglong(field.max)));
        *out = int(v);
        return true;
    }
    case FieldType::Real:
    case FieldType::OptionalReal: {
        if (field.type == FieldType::OptionalReal
            && (!in.isValid() || in.isNull() || (in.typeId() == QMetaType::QString && in.toString().trimmed().isEmpty()))) {
            *out = QVariant();
            return true;
        }
        bool ok = false;
        const double v = in.typeId() == QMetaType::Double ? (ok = true, in.toDouble())
                                                          : in.toString().trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return fail(QCoreApplication::translate("Schema", "%1: expected a number").arg(label));
        if (v < field.min || v > field.max)
            return fail(QCoreApplication::translate("Schema", "%1: %2 is outside %3 … %4")
                            .arg(label).arg(v).arg(field.min).arg(field.max));
        *out = v;
        return true;
    }
    case FieldType::Bool: {
        if (in.typeId() == QMetaType::Bool) {
            *out = in.toBool();
            return true;
        }
        const QString s = in.toString().trimmed().toLower();
        if (s == u"true" || s == u"1") {
            *out = true;
            return true;
        }
        if (s == u"false" || s == u"0") {
            *out = false;
            return true;
        }
        return fail(QCoreApplication::translate("Schema", "%1: expected true or false").arg(label));
    }
    case FieldType::Enum: {
        int index = -1;
        if (in.typeId() == QMetaType::Int || in.typeId() == QMetaType::LongLong)
            index = in.toInt();
        else
            index = field.enumDef->indexOf(in.toString().trimmed());
        if (index < 0 || index >= field.enumDef->count())
            return fail(QCoreApplication::translate("Schema", "%1: '%2' is not one of %3")
                            .arg(label, in.toString(), field.enumDef->keys().join(QStringLiteral(", "))));
        *out = index;
        return true;
    }
    case FieldType::Date: {
        if (in.typeId() == QMetaType::QDate) {
            *out = in.toDate();
            return true;
        }
        const QString s = in.toString().trimmed();
        if (s.isEmpty() || (!in.isValid() || in.isNull())) {
            *out = QDate();
            return true;
        }
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            return fail(QCoreApplication::translate("Schema", "%1: expected a date as YYYY-MM-DD").arg(label));
        *out = d;
        return true;
    }
    }
    return fail(QStringLiteral("unknown field type"));
}

} // namespace Schema

} // namespace ArchBoard
