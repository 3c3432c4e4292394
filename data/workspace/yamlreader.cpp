#include "yamlformat.h"

#include "schema.h"
#include "workspace.h"
#include "yamlshared.h"

#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <charconv>
#include <cmath>
#include <istream>
#include <limits>
#include <streambuf>

namespace ArchBoard {

using namespace YamlShared;

namespace {

/// The schema version that added a section (every other section is in version 1).
int sectionSince(TableId table)
{
    switch (table) {
    case TableId::TierComparisons: return 2;
    case TableId::TcoRanges:
    case TableId::Scans: return 3;
    case TableId::DecisionFigures:
    case TableId::RadarHistory: return 4;
    case TableId::VotingRounds:
    case TableId::RoundScores: return 6;
    default: return 1;
    }
}

/// Whether the last line with content is kEndMarker.
bool endsWithMarker(const QByteArray &text)
{
    qsizetype end = text.size();
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' '))
        --end;
    const qsizetype start = text.lastIndexOf('\n', end - 1) + 1;
    return QByteArrayView(text).sliced(start, end - start) == QByteArrayView(kEndMarker);
}

// --- reading ------------------------------------------------------------------

/// A read-only std::streambuf over a QByteArray, so the parser reads without a copy.
class ByteArrayBuf : public std::streambuf
{
public:
    explicit ByteArrayBuf(const QByteArray &bytes)
    {
        char *p = const_cast<char *>(bytes.constData());
        setg(p, p, p + bytes.size());
    }
};

struct BuildError
{
    int line;
    int column;
    QString message;
};

class WorkspaceBuilder final : public YAML::EventHandler
{
public:
    WorkspaceBuilder() : m_ws(std::make_unique<Workspace>()) {}

    std::unique_ptr<Workspace> take() { return std::move(m_ws); }
    /// Sections the file's schema version had that the file lacks.
    QStringList missingSections() const
    {
        QStringList missing;
        for (TableId t : Schema::tables()) {
            if (!m_seen[size_t(t)] && sectionSince(t) <= m_version)
                missing << QString::fromLatin1(Schema::table(t).key());
        }
        return missing;
    }
    bool complete() const { return m_state == State::Done; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override
    {
        if (m_state != State::Done)
            throw BuildError{0, 0, Text::tr("the document ends early")};
    }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        checkAnchor(mark, anchor);
        switch (m_state) {
        case State::List:
            m_state = State::RootKey; // "candidates:" with nothing: no rows
            return;
        case State::FieldValue:
            setField(mark, QString(), true, true);
            return;
        case State::SkipValue:
            m_state = State::FieldKey;
            return;
        default:
            unexpected(mark, Text::tr("an empty value"));
        }
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        throw BuildError{mark.line + 1, mark.column + 1, Text::tr("aliases (*) are not supported in a workspace file")};
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        checkAnchor(mark, anchor);
        checkTag(mark, tag);
        const bool plain = tag != "!";
        const QString text = m_utf8.decode(QByteArrayView(value.data(), qsizetype(value.size())));
        switch (m_state) {
        case State::RootKey:
            rootKey(mark, text);
            return;
        case State::Version: {
            int version = 0;
            const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), version);
            if (!plain || ec != std::errc() || ptr != value.data() + value.size())
                throw BuildError{mark.line + 1, mark.column + 1, Text::tr("“archboard” must be the schema version number")};
            if (version > Schema::version)
                throw BuildError{mark.line + 1, mark.column + 1,
                                 Text::tr("the file was written by a newer ArchBoard (schema version %1; this version reads up to %2)")
                                     .arg(version).arg(Schema::version)};
            if (version < 1)
                throw BuildError{mark.line + 1, mark.column + 1, Text::tr("schema version %1 is not valid").arg(version)};
            m_version = version;
            m_state = State::RootKey;
            return;
        }
        case State::FieldKey: {
            const TableSchema &ts = Schema::table(m_table);
            const int f = ts.fieldIndex(text);
            if (f < 0 && isRetired(ts, text)) {
                m_state = State::SkipValue; // a key an older schema had and this one dropped
                return;
            }
            if (f < 0)
                throw BuildError{mark.line + 1, mark.column + 1,
                                 Text::tr("unknown key “%1” in %2; known keys: %3").arg(text, where(), keysOf(ts))};
            if (m_present.at(f))
                throw BuildError{mark.line + 1, mark.column + 1, Text::tr("key “%1” appears twice in %2").arg(text, where())};
            m_field = f;
            m_state = State::FieldValue;
            return;
        }
        case State::FieldValue:
            setField(mark, text, plain, false);
            return;
        case State::SkipValue:
            m_state = State::FieldKey;
            return;
        default:
            unexpected(mark, Text::tr("the value “%1”").arg(text.left(40)));
        }
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        checkAnchor(mark, anchor);
        checkTag(mark, tag);
        if (m_state != State::List)
            unexpected(mark, Text::tr("a list"));
        m_state = State::RowOrEnd;
    }

    void OnSequenceEnd() override
    {
        if (m_state != State::RowOrEnd)
            throw BuildError{0, 0, Text::tr("unexpected end of a list")};
        m_state = State::RootKey;
    }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        checkAnchor(mark, anchor);
        checkTag(mark, tag);
        switch (m_state) {
        case State::Start:
            m_state = State::RootKey;
            return;
        case State::SingletonMap:
        case State::RowOrEnd:
            beginRow(mark);
            return;
        default:
            unexpected(mark, Text::tr("a mapping"));
        }
    }

    void OnMapEnd() override
    {
        if (m_state == State::FieldKey) {
            endRow();
            return;
        }
        if (m_state == State::RootKey) {
            if (!m_seen[size_t(TableId::Workspace)])
                throw BuildError{0, 0, Text::tr("the “workspace” section is missing")};
            m_state = State::Done;
            return;
        }
        throw BuildError{0, 0, Text::tr("unexpected end of a mapping")};
    }

private:
    enum class State { Start, RootKey, Version, SingletonMap, List, RowOrEnd, FieldKey, FieldValue, SkipValue, Done };

    /// Keys a schema version up to `until` had and the current one dropped:
    /// read from such files and not carried (docs/file-formats.md says why).
    bool isRetired(const TableSchema &ts, const QString &key) const
    {
        struct Retired
        {
            TableId table;
            const char *key;
            int until;
        };
        static constexpr Retired retired[] = {
            {TableId::Scenarios, "transfer_price_per_gb_usd", 4}, // schema 5: no provider bills it
        };
        for (const Retired &r : retired) {
            if (r.table == ts.id() && key == QLatin1StringView(r.key) && m_version <= r.until)
                return true;
        }
        return false;
    }

    [[noreturn]] void unexpected(const YAML::Mark &mark, const QString &what)
    {
        QString expected;
        switch (m_state) {
        case State::Start: expected = Text::tr("not an ArchBoard workspace: expected a mapping with “archboard:” at the top"); break;
        case State::RootKey: expected = Text::tr("expected a section name"); break;
        case State::SingletonMap: expected = Text::tr("expected the fields of “%1” as a mapping").arg(QLatin1StringView(Schema::table(m_table).key())); break;
        case State::List: expected = Text::tr("expected a list of rows for “%1”").arg(QLatin1StringView(Schema::table(m_table).key())); break;
        case State::RowOrEnd: expected = Text::tr("expected a row (a mapping) in “%1”").arg(QLatin1StringView(Schema::table(m_table).key())); break;
        case State::FieldKey: expected = Text::tr("expected a key in %1").arg(where()); break;
        case State::FieldValue: expected = Text::tr("expected a single value for “%1” in %2").arg(QLatin1StringView(Schema::table(m_table).field(m_field).key), where()); break;
        default: expected = Text::tr("unexpected content"); break;
        }
        throw BuildError{mark.line + 1, mark.column + 1, Text::tr("%1, found %2").arg(expected, what)};
    }

    void checkAnchor(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            throw BuildError{mark.line + 1, mark.column + 1, Text::tr("anchors (&) are not supported in a workspace file")};
    }

    void checkTag(const YAML::Mark &mark, const std::string &tag)
    {
        if (!tag.empty() && tag != "?" && tag != "!")
            throw BuildError{mark.line + 1, mark.column + 1, Text::tr("tags are not supported in a workspace file")};
    }

    QString where() const
    {
        const TableSchema &ts = Schema::table(m_table);
        return ts.isSingleton() ? QString::fromLatin1(ts.key())
                                : QStringLiteral("%1[%2]").arg(QLatin1StringView(ts.key())).arg(m_row);
    }

    static QString keysOf(const TableSchema &ts)
    {
        QStringList keys;
        for (const FieldDef &f : ts.fields())
            keys << QString::fromLatin1(f.key);
        return keys.join(QStringLiteral(", "));
    }

    void rootKey(const YAML::Mark &mark, const QString &key)
    {
        if (!m_versionSeen) {
            if (key != u"archboard")
                throw BuildError{mark.line + 1, mark.column + 1,
                                 Text::tr("not an ArchBoard workspace: the first key must be “archboard” (the schema version), found “%1”").arg(key.left(40))};
            m_versionSeen = true;
            m_state = State::Version;
            return;
        }
        const TableId t = Schema::tableByKey(key);
        if (t == TableId::Count) {
            QStringList known;
            for (TableId id : Schema::tables())
                known << QString::fromLatin1(Schema::table(id).key());
            throw BuildError{mark.line + 1, mark.column + 1,
                             Text::tr("unknown section “%1”; known sections: %2").arg(key.left(40), known.join(QStringLiteral(", ")))};
        }
        if (m_seen[size_t(t)])
            throw BuildError{mark.line + 1, mark.column + 1, Text::tr("section “%1” appears twice").arg(key)};
        m_seen[size_t(t)] = true;
        m_table = t;
        m_row = 0;
        m_state = Schema::table(t).isSingleton() ? State::SingletonMap : State::List;
    }

    void beginRow(const YAML::Mark &mark)
    {
        const TableSchema &ts = Schema::table(m_table);
        m_rowMark = mark;
        m_values = ts.defaultRow();
        m_present = QList<bool>(ts.fieldCount(), false);
        m_state = State::FieldKey;
    }

    void endRow()
    {
        const TableSchema &ts = Schema::table(m_table);
        for (int f = 0; f < ts.fieldCount(); ++f) {
            if (m_present.at(f))
                continue;
            const FieldDef &def = ts.field(f);
            if (def.since > m_version)
                continue; // a field newer than the file: it keeps its default (the migration's value)
            if (!omitted(def, emptyOf(def)))
                throw BuildError{m_rowMark.line + 1, m_rowMark.column + 1,
                                 Text::tr("%1 lacks the key “%2”").arg(where(), QLatin1StringView(def.key))};
            m_values[f] = emptyOf(def);
        }
        ts.insertRow(*m_ws, m_row, m_values);
        ++m_row;
        m_state = ts.isSingleton() ? State::RootKey : State::RowOrEnd;
    }

    static QVariant emptyOf(const FieldDef &def)
    {
        switch (def.type) {
        case FieldType::OptionalReal: return QVariant();
        case FieldType::Date: return QDate();
        default: return QString();
        }
    }

    void setField(const YAML::Mark &mark, const QString &text, bool plain, bool isNull)
    {
        const TableSchema &ts = Schema::table(m_table);
        const FieldDef &def = ts.field(m_field);
        auto bad = [&](const QString &why) {
            return BuildError{mark.line + 1, mark.column + 1,
                              Text::tr("%1.%2: %3").arg(where(), QLatin1StringView(def.key), why)};
        };
        const bool yamlNull = isNull || (plain && (text.isEmpty() || text == u"~" || text.compare(u"null", Qt::CaseInsensitive) == 0));
        const QByteArray utf8 = text.toUtf8();
        QVariant v;
        switch (def.type) {
        case FieldType::Integer: {
            if (yamlNull)
                throw bad(Text::tr("a whole number is required"));
            long long n = 0;
            const auto [ptr, ec] = std::from_chars(utf8.constData(), utf8.constData() + utf8.size(), n);
            if (!plain || ec != std::errc() || ptr != utf8.constData() + utf8.size())
                throw bad(Text::tr("“%1” is not a whole number").arg(text.left(40)));
            if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
                throw bad(Text::tr("%1 is too large").arg(text.left(40)));
            v = int(n);
            break;
        }
        case FieldType::Real:
        case FieldType::OptionalReal: {
            if (yamlNull) {
                if (def.type == FieldType::Real)
                    throw bad(Text::tr("a number is required"));
                v = QVariant();
                break;
            }
            double d = 0;
            const auto [ptr, ec] = std::from_chars(utf8.constData(), utf8.constData() + utf8.size(), d);
            if (!plain || ec != std::errc() || ptr != utf8.constData() + utf8.size() || !std::isfinite(d))
                throw bad(Text::tr("“%1” is not a number").arg(text.left(40)));
            v = d;
            break;
        }
        case FieldType::Bool:
            if (plain && text.compare(u"true", Qt::CaseInsensitive) == 0)
                v = true;
            else if (plain && text.compare(u"false", Qt::CaseInsensitive) == 0)
                v = false;
            else
                throw bad(Text::tr("expected true or false, found “%1”").arg(text.left(40)));
            break;
        case FieldType::Enum: {
            const int index = def.enumDef->indexOf(text);
            if (index < 0)
                throw bad(Text::tr("“%1” is not one of %2").arg(text.left(40), def.enumDef->keys().join(QStringLiteral(", "))));
            v = index;
            break;
        }
        case FieldType::Date: {
            if (yamlNull) {
                v = QDate();
                break;
            }
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid() || text.size() != 10)
                throw bad(Text::tr("“%1” is not a date (YYYY-MM-DD)").arg(text.left(40)));
            v = d;
            break;
        }
        default:
            if (def.type != FieldType::LongText && text.contains(u'\n'))
                throw bad(Text::tr("a line break is not allowed here"));
            v = yamlNull ? QString() : text;
            break;
        }
        m_values[m_field] = v;
        m_present[m_field] = true;
        m_state = State::FieldKey;
    }

    std::unique_ptr<Workspace> m_ws;
    // Keeps a leading U+FEFF as text (QString::fromUtf8 would drop it as a byte-order mark).
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};
    State m_state = State::Start;
    bool m_versionSeen = false;
    int m_version = 0;
    std::array<bool, tableCount> m_seen{};
    TableId m_table = TableId::Workspace;
    int m_row = 0;
    int m_field = 0;
    YAML::Mark m_rowMark;
    QVariantList m_values;
    QList<bool> m_present;
};

} // namespace

std::unique_ptr<Workspace> YamlFormat::fromYaml(const QByteArray &text)
{
    clearError();
    InputError guard;
    if (!checkYamlInput(text, m_limits, &guard)) {
        setError(guard.line, guard.column, guard.message);
        return nullptr;
    }
    if (text.startsWith(kHeader) && !endsWithMarker(text)) {
        setError(int(text.count('\n')) + 1, 0,
                 Text::tr("the file ends early: its last line must be “%1” (the file was cut off, or the line was removed by hand)")
                     .arg(QLatin1StringView(kEndMarker)));
        return nullptr;
    }
    ByteArrayBuf buf(text);
    std::istream in(&buf);
    try {
        YAML::Parser parser(in);
        WorkspaceBuilder builder;
        if (!parser.HandleNextDocument(builder)) {
            setError(0, 0, Text::tr("the file is empty"));
            return nullptr;
        }
        if (!builder.complete()) {
            setError(0, 0, Text::tr("not an ArchBoard workspace: expected a mapping with “archboard:” at the top"));
            return nullptr;
        }
        if (text.startsWith(kOldHeader)) {
            if (const QStringList missing = builder.missingSections(); !missing.isEmpty()) {
                setError(int(text.count('\n')) + 1, 0,
                         Text::tr("the file ends early: the sections %1 are missing (ArchBoard writes every section; the file was cut off)")
                             .arg(missing.join(QStringLiteral(", "))));
                return nullptr;
            }
        }
        std::unique_ptr<Workspace> ws = builder.take();
        finishRead(*ws);
        return ws;
    } catch (const BuildError &e) {
        setError(e.line, e.column, e.message);
    } catch (const YAML::Exception &e) {
        setError(e.mark.line + 1, e.mark.column + 1, Text::tr("YAML syntax: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::bad_alloc &) {
        setError(0, 0, Text::tr("out of memory while reading"));
    }
    return nullptr;
}

} // namespace ArchBoard
