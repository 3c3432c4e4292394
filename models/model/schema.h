#pragma once

#include "enums.h"

#include <QList>
#include <QDate>
#include <QVariant>

#include <limits>
#include <optional>
#include <typeinfo>

namespace ArchBoard {

struct Workspace;

/// Every collection of the model. The order is the order of the YAML file,
/// the SQLite tables and the navigator.
enum class TableId {
    Workspace,
    Candidates,
    Criteria,
    Measurements,
    Tiers,
    TierWeights,
    TierThresholds,
    TierComparisons,
    Rules,
    RuleConditions,
    Raters,
    Ratings,
    Contexts,
    Relations,
    Providers,
    LanguageProfiles,
    Scenarios,
    ScenarioFunctions,
    CostLines,
    TcoRanges,
    Services,
    Dependencies,
    ServiceApis,
    ApprovedProtocols,
    FragmentationThresholds,
    Scans,
    Decisions,
    DecisionOptions,
    DecisionLinks,
    DecisionFigures,
    RadarHistory,
    VotingRounds,
    RoundScores,
    Count
};
constexpr int tableCount = int(TableId::Count);

enum class FieldType {
    Id,           ///< QString, unique in its table, non-empty, no whitespace
    Text,         ///< QString, one line
    LongText,     ///< QString, may span lines
    Integer,      ///< int
    Real,         ///< double, always present
    OptionalReal, ///< double or null (a missing figure)
    Bool,         ///< bool
    Enum,         ///< int index into FieldDef::enumDef
    Reference,    ///< QString id of a row of FieldDef::refTable, or empty
    ElementRef,   ///< QString id of a row of the table named by the LinkKind in FieldDef::kindField
    Date,         ///< QDate, may be null
};

/// What happens to a referencing row when the referenced row is removed.
enum class OnRemove {
    Cascade, ///< the referencing row is removed too (it belongs to the referenced one)
    Clear,   ///< the reference is cleared; validation reports it when required
};

enum FieldFlag {
    Required = 0x1, ///< must not be empty (references, text)
    ReadOnly = 0x2, ///< not editable in the GUI
    Parent = 0x4,   ///< the owner of a child row (used for master/detail views)
    Percent = 0x8,  ///< a 0–100 share
    Clamped = 0x10, ///< the engines size their work by it: brought into range when a file is read
};

struct FieldDef
{
    const char *key = nullptr;   ///< YAML key and SQL column
    const char *label = nullptr; ///< header, translated in context "Field"
    FieldType type = FieldType::Text;
    int flags = 0;
    const EnumDef *enumDef = nullptr;
    TableId refTable = TableId::Count;
    OnRemove onRemove = OnRemove::Clear;
    const char *unit = nullptr; ///< shown as suffix, e.g. "ms", "USD"
    double min = -std::numeric_limits<double>::max();
    double max = std::numeric_limits<double>::max();
    int decimals = 2;
    int kindField = -1; ///< for ElementRef: index of the LinkKind enum field
    int unitFrom = -1;  ///< the unit is the `unit` of the row this Reference field points to
    int since = 1;      ///< schema version that introduced the field (older files get its default)
    const char *tip = nullptr;

    QString translatedLabel() const;
    QString translatedUnit() const;
    QString translatedTip() const;
    bool isRequired() const { return flags & Required; }
    bool isNumeric() const
    {
        return type == FieldType::Integer || type == FieldType::Real || type == FieldType::OptionalReal;
    }
};

/// Receives the typed values of one row, field by field (fast writers).
class FieldSink
{
public:
    virtual ~FieldSink() = default;
    virtual void text(int field, const QString &value) = 0;   ///< Id, Text, LongText, Reference, ElementRef
    virtual void integer(int field, int value) = 0;
    virtual void real(int field, double value) = 0;
    virtual void optionalReal(int field, std::optional<double> value) = 0;
    virtual void boolean(int field, bool value) = 0;
    virtual void enumeration(int field, int index) = 0;
    virtual void date(int field, const QDate &value) = 0;
};

/// Provides the typed values of one row, field by field (fast readers). A
/// source that meets a bad value records the problem itself and returns a
/// default; the reader checks it after the row.
class FieldSource
{
public:
    virtual ~FieldSource() = default;
    virtual QString text(int field) = 0;
    virtual int integer(int field) = 0;
    virtual double real(int field) = 0;
    virtual std::optional<double> optionalReal(int field) = 0;
    virtual bool boolean(int field) = 0;
    virtual int enumeration(int field) = 0;
    virtual QDate date(int field) = 0;
};

/// Uniform access to one collection of the Workspace: generic code (undo
/// commands, item models, the SQLite store, YAML, validation) works through
/// this, engines use the typed vectors directly.
class TableSchema
{
public:
    virtual ~TableSchema() = default;

    TableId id() const { return m_id; }
    const char *key() const { return m_key; }          ///< YAML key and SQL table name
    QString title() const;                              ///< plural, translated
    QString rowTitle() const;                           ///< singular, translated
    bool isSingleton() const { return m_singleton; }
    bool isOrdered() const { return m_ordered; }       ///< row order means something (rules)
    const QList<FieldDef> &fields() const { return m_fields; }
    const FieldDef &field(int index) const { return m_fields.at(index); }
    int fieldCount() const { return int(m_fields.size()); }
    int fieldIndex(QAnyStringView key) const;
    int idField() const { return m_idField; }          ///< -1 when rows have no id
    int nameField() const { return m_nameField; }      ///< -1 when rows have no name
    int parentField() const { return m_parentField; }  ///< -1 when rows have no owner
    /// Fields that together must be unique (e.g. candidate + criterion of a measurement).
    const QList<int> &uniqueKey() const { return m_uniqueKey; }

    virtual int rowCount(const Workspace &ws) const = 0;
    virtual QVariant value(const Workspace &ws, int row, int field) const = 0;
    /// \a value must already have the field's type (see normalizeValue()).
    virtual void setValue(Workspace &ws, int row, int field, const QVariant &value) const = 0;
    virtual QVariantList rowValues(const Workspace &ws, int row) const;
    virtual void insertRow(Workspace &ws, int row, const QVariantList &values) const = 0;
    virtual void removeRow(Workspace &ws, int row) const = 0;
    virtual void moveRow(Workspace &ws, int from, int to) const = 0;
    virtual void clear(Workspace &ws) const = 0;
    /// A new row with each field's default.
    virtual QVariantList defaultRow() const = 0;

    /// Hands every field of \a row to \a sink with its own type (no QVariant).
    virtual void writeRow(const Workspace &ws, int row, FieldSink &sink) const = 0;
    /// Appends a row read field by field from \a source (a singleton is overwritten).
    virtual void appendRow(Workspace &ws, FieldSource &source) const = 0;
    /// Makes room for \a rows more rows.
    virtual void reserve(Workspace &ws, int rows) const = 0;

    // Typed comparisons and copies for diff and merge (no QVariant per field).
    /// Whether row \a rowA of \a a equals row \a rowB of \a b, field by field.
    virtual bool rowsEqual(const Workspace &a, int rowA, const Workspace &b, int rowB) const = 0;
    /// Whether the whole collection is the same in \a a and \a b (rows and order).
    virtual bool tablesEqual(const Workspace &a, const Workspace &b) const = 0;
    /// Appends row \a row of \a from to \a to (a singleton is overwritten).
    virtual void copyRow(const Workspace &from, int row, Workspace &to) const = 0;
    /// The field stored in \a member (of type \a memberType) of rows of type
    /// \a rowType, or -1 when this table has no such field. Use Schema::field().
    virtual int memberField(const std::type_info &rowType, const std::type_info &memberType, const void *member) const = 0;

protected:
    TableSchema(TableId id, const char *key, const char *title, const char *rowTitle,
                QList<FieldDef> fields, bool singleton, bool ordered, QList<int> uniqueKey);

private:
    TableId m_id;
    const char *m_key;
    const char *m_title;
    const char *m_rowTitle;
    QList<FieldDef> m_fields;
    bool m_singleton;
    bool m_ordered;
    QList<int> m_uniqueKey;
    int m_idField = -1;
    int m_nameField = -1;
    int m_parentField = -1;
};

/// A field of a table, named by the struct member that stores it (see Schema::field()).
struct FieldRef
{
    TableId table = TableId::Count;
    int index = -1;
    bool isValid() const { return index >= 0; }
};

namespace Schema {
const TableSchema &table(TableId id);
/// Looks a field up by its member (implementation of field()).
FieldRef fieldOfMember(const std::type_info &rowType, const std::type_info &memberType, const void *member);

/**
 * The table and index of the field a row member is stored in:
 * `Schema::field(&TierWeight::weight)`. A misspelt member does not compile
 * (unlike `fieldIndex(u"wieght")`); a member the schema does not store asserts.
 */
template<class Row, class M>
FieldRef field(M Row::*member)
{
    const FieldRef ref = fieldOfMember(typeid(Row), typeid(M), &member);
    Q_ASSERT_X(ref.isValid(), typeid(Row).name(), "the member is not a field of any table");
    return ref;
}

const QList<TableId> &tables();
/// The table whose YAML/SQL key is \a key, or TableId::Count.
TableId tableByKey(QAnyStringView key);
/// The table an ElementRef of kind \a kind points into.
TableId tableForLinkKind(int kind);
/// The LinkKind of a table, or -1 when elements of \a table cannot be linked.
int linkKindForTable(TableId table);

/// The current schema version (SQLite user_version and YAML `archboard:` key).
/// 1: first schema. 2: workspace.missing_policy, tier_comparisons (AHP).
/// 3: CPU billing, uncertainty ranges, scans. 4: decision figures, radar history.
/// 5: distributions on measurements and TCO ranges, win-probability settings,
/// provider limits, team size; the artifact transfer price is gone.
/// 6: voting_rounds, round_scores (live voting, kept per round).
/// 7: decision status `unstated` and record number 0 (imported MADR records):
/// no table changes, but a schema-6 build cannot read such a file.
constexpr int version = 7;

/// Converts \a in to the canonical QVariant of \a field (int for Integer and
/// Enum, double for Real, invalid for a missing OptionalReal, …). Returns
/// false and sets \a error when it cannot be converted.
bool normalizeValue(const FieldDef &field, const QVariant &in, QVariant *out, QString *error);
/// Checks an id: non-empty, at most 64 characters, no whitespace or control characters.
bool isValidId(const QString &id, QString *error);
/// A readable id from \a name ("Order Service" → "order-service"), "x" when nothing usable remains.
QString slugify(const QString &name);
} // namespace Schema

} // namespace ArchBoard
