#include "madrformat.h"

#include "decisions.h"
#include "enums.h"
#include "filerules.h"
#include "safefile.h"
#include "schema.h"
#include "yamlguard.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <new>

namespace ArchBoard::Madr {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context (a free tr() would be filed elsewhere).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Madr)
};

constexpr qint64 maxFileBytes = 1024 * 1024;
/// The line that opens the adr-tools flavour's metadata comment.
constexpr char metadataOpen[] = "<!-- archboard-metadata";

bool isAsciiPunct(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2f) || (u >= 0x3a && u <= 0x40) || (u >= 0x5b && u <= 0x60) || (u >= 0x7b && u <= 0x7e);
}

// Characters that can start Markdown or HTML syntax anywhere in a line.
bool alwaysEscaped(QChar c)
{
    switch (c.unicode()) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
    case '#': case '|': case '~': case '&': case '!': case '@':
        return true;
    default:
        return false;
    }
}

QString entity(QChar c)
{
    return QStringLiteral("&#%1;").arg(c.unicode());
}

/// One line of user text. \a lineStart: the text starts a Markdown line
/// (list markers, setext underlines and ordered-list numbers matter there).
QString escapeLine(const QString &line, bool lineStart)
{
    QString out;
    out.reserve(line.size() + 8);
    qsizetype first = 0;
    qsizetype last = line.size();
    while (first < last && (line[first] == u' ' || line[first] == u'\t'))
        ++first;
    while (last > first && (line[last - 1] == u' ' || line[last - 1] == u'\t'))
        --last;
    for (qsizetype i = 0; i < first; ++i)
        out += entity(line[i]); // leading blanks would make an indented code block
    qsizetype digits = 0;
    for (qsizetype i = first; i < last; ++i) {
        const QChar c = line[i];
        const bool atStart = lineStart && i == first;
        if (c == u'\n' || c == u'\r') {
            out += entity(c);
        } else if (alwaysEscaped(c) || (atStart && (c == u'-' || c == u'+' || c == u'='))
                   || (lineStart && digits == i - first && digits > 0 && (c == u'.' || c == u')'))) {
            out += u'\\';
            out += c;
        } else if (c == u'(' && i > 0 && line[i - 1] == u']') {
            out += QStringLiteral("\\("); // "](" never appears, even escaped
        } else if (c == u':' && line.mid(i + 1, 2) == u"//") {
            out += QStringLiteral("\\:"); // no bare-URL autolinks (GFM)
        } else if (c == u'.' && i >= 3 && line.mid(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0) {
            out += QStringLiteral("\\.");
        } else {
            out += c;
        }
        if (c.isDigit() && digits == i - first)
            ++digits;
    }
    for (qsizetype i = last; i < line.size(); ++i)
        out += entity(line[i]); // trailing blanks would make a hard line break
    return out;
}

} // namespace

QString escapeInline(const QString &text)
{
    return escapeLine(text, true);
}

QString escapeBlock(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += escapeLine(lines[i], true);
        // A backslash at the end is a hard line break: the lines render as written.
        if (i + 1 < lines.size() && !lines[i + 1].isEmpty() && !lines[i].isEmpty())
            out += u'\\';
        if (i + 1 < lines.size())
            out += u'\n';
    }
    return out;
}

QString unescape(const QString &text)
{
    static const QRegularExpression ref(QStringLiteral("^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);"));
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size() && isAsciiPunct(text[i + 1])) {
            out += text[++i];
            continue;
        }
        if (c == u'&') {
            const QRegularExpressionMatch m = ref.match(text.mid(i, 12));
            if (m.hasMatch()) {
                const QString name = m.captured(1);
                char32_t code = 0;
                if (name.startsWith(u"#x") || name.startsWith(u"#X"))
                    code = name.mid(2).toUInt(nullptr, 16);
                else if (name.startsWith(u'#'))
                    code = name.mid(1).toUInt();
                else
                    code = name == u"amp" ? U'&' : name == u"lt" ? U'<' : name == u"gt" ? U'>' : name == u"quot" ? U'"' : name == u"apos" ? U'\'' : U'\u00a0';
                if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
                    out += QString::fromUcs4(&code, 1);
                    i += m.capturedLength(0) - 1;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

QString slug(const QString &title)
{
    QString s;
    for (QChar c : title.toLower()) {
        const char16_t u = c.unicode();
        const bool keep = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');
        if (keep)
            s += c;
        else if (!s.isEmpty() && !s.endsWith(u'-'))
            s += u'-';
        if (s.size() >= 60)
            break;
    }
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("decision") : s;
}

QString fileName(const DecisionRecord &record)
{
    return QStringLiteral("%1-%2.md").arg(record.number, 4, 10, QChar(u'0')).arg(slug(record.title));
}

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

void emitText(YAML::Emitter &e, const char *key, const QString &value)
{
    e << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << utf8(value);
}

QString statusText(const Workspace &ws, const DecisionRecord &r)
{
    if (r.status == DecisionStatus::Superseded) {
        const auto it = std::find_if(ws.decisions.begin(), ws.decisions.end(), [&](const DecisionRecord &d) { return d.id == r.supersededBy; });
        if (it != ws.decisions.end())
            return QStringLiteral("superseded by %1").arg(Decisions::label(it->number));
    }
    return Enums::decisionStatus.key(int(r.status));
}

QString number(double v)
{
    char buf[64];
    const std::to_chars_result res = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, res.ptr - buf);
}

void bullets(QString &out, const QString &prefix, const QString &text)
{
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out += QStringLiteral("* %1%2\n").arg(prefix, escapeInline(line));
    }
}

} // namespace

namespace {

/// The emitted YAML made safe inside an HTML comment: a '-' that follows a
/// '-' inside a double-quoted scalar becomes the YAML escape "\x2d", so the
/// text has no "--" (no "-->" ends the comment early) and parses to the
/// same values. Every user value is double-quoted; the plain scalars
/// (keys, status, date, numbers, link kinds) never hold "--".
QString commentSafe(const QString &yaml)
{
    QString out;
    out.reserve(yaml.size() + 16);
    bool quoted = false;
    for (qsizetype i = 0; i < yaml.size(); ++i) {
        const QChar c = yaml[i];
        if (quoted && c == u'\\' && i + 1 < yaml.size()) {
            out += c;
            out += yaml[++i];
        } else if (quoted && c == u'-' && out.endsWith(u'-')) {
            out += QStringLiteral("\\x2d");
        } else {
            if (c == u'"')
                quoted = !quoted;
            out += c;
        }
    }
    return out;
}

} // namespace

QByteArray write(const Workspace &ws, const DecisionRecord &r, Flavour flavour)
{
    std::vector<const DecisionOption *> options;
    for (const DecisionOption &o : ws.decisionOptions) {
        if (o.decision == r.id)
            options.push_back(&o);
    }

    YAML::Emitter e;
    e.SetOutputCharset(YAML::EmitNonAscii);
    e << YAML::BeginMap;
    e << YAML::Key << "status" << YAML::Value << utf8(statusText(ws, r));
    if (r.date.isValid())
        e << YAML::Key << "date" << YAML::Value << utf8(r.date.toString(Qt::ISODate));
    emitText(e, "decision-makers", r.decisionMakers);
    emitText(e, "consulted", r.consulted);
    emitText(e, "informed", r.informed);
    e << YAML::Key << "archboard" << YAML::Value << YAML::BeginMap;
    emitText(e, "id", r.id);
    e << YAML::Key << "number" << YAML::Value << r.number;
    if (!r.supersededBy.isEmpty())
        emitText(e, "superseded-by", r.supersededBy);
    e << YAML::Key << "chosen" << YAML::Value << YAML::BeginSeq;
    for (const DecisionOption *o : options) {
        if (o->chosen)
            e << YAML::DoubleQuoted << utf8(o->name);
    }
    e << YAML::EndSeq;
    e << YAML::Key << "links" << YAML::Value << YAML::BeginSeq;
    for (const DecisionLink &l : ws.decisionLinks) {
        if (l.decision != r.id)
            continue;
        e << YAML::BeginMap;
        e << YAML::Key << "kind" << YAML::Value << utf8(Enums::linkKind.key(int(l.kind)));
        emitText(e, "element", l.element);
        e << YAML::EndMap;
    }
    e << YAML::EndSeq;
    e << YAML::Key << "figures" << YAML::Value << YAML::BeginSeq;
    for (const DecisionFigure &f : ws.decisionFigures) {
        if (f.decision != r.id)
            continue;
        e << YAML::BeginMap;
        emitText(e, "key", f.key);
        emitText(e, "label", f.label);
        if (f.value)
            e << YAML::Key << "value" << YAML::Value << utf8(number(*f.value));
        if (!f.text.isEmpty())
            emitText(e, "text", f.text);
        if (!f.unit.isEmpty())
            emitText(e, "unit", f.unit);
        e << YAML::EndMap;
    }
    e << YAML::EndSeq;
    e << YAML::EndMap;
    e << YAML::EndMap;

    const QString yaml = QString::fromStdString(e.c_str());
    QString out = flavour == Flavour::Madr4 ? QStringLiteral("---\n%1\n---\n\n").arg(yaml) : QString();
    // adr-tools' toc takes the title from the first line: "# " cut off.
    out += QStringLiteral("# %1\n\n").arg(escapeInline(r.title));
    // log4brains reads status and date from a list under the title.
    out += QStringLiteral("- Status: %1\n").arg(escapeInline(statusText(ws, r)));
    if (r.date.isValid())
        out += QStringLiteral("- Date: %1\n").arg(r.date.toString(Qt::ISODate));
    out += QStringLiteral("\n## Context and Problem Statement\n\n");
    if (!r.context.isEmpty())
        out += escapeBlock(r.context) + QStringLiteral("\n\n");
    if (!r.drivers.isEmpty()) {
        out += QStringLiteral("## Decision Drivers\n\n");
        bullets(out, QString(), r.drivers);
        out += u'\n';
    }
    if (!options.empty()) {
        out += QStringLiteral("## Considered Options\n\n");
        for (const DecisionOption *o : options)
            out += QStringLiteral("* %1\n").arg(escapeInline(o->name));
        out += u'\n';
    }
    out += QStringLiteral("## Decision Outcome\n\n");
    if (!r.outcome.isEmpty())
        out += escapeBlock(r.outcome) + QStringLiteral("\n\n");
    if (!r.consequences.isEmpty())
        out += QStringLiteral("### Consequences\n\n") + escapeBlock(r.consequences) + QStringLiteral("\n\n");
    if (!r.confirmation.isEmpty())
        out += QStringLiteral("### Confirmation\n\n") + escapeBlock(r.confirmation) + QStringLiteral("\n\n");
    const bool prosCons = std::any_of(options.begin(), options.end(), [](const DecisionOption *o) {
        return !o->description.isEmpty() || !o->pros.isEmpty() || !o->cons.isEmpty();
    });
    if (prosCons) {
        out += QStringLiteral("## Pros and Cons of the Options\n\n");
        for (const DecisionOption *o : options) {
            out += QStringLiteral("### %1\n\n").arg(escapeInline(o->name));
            if (!o->description.isEmpty())
                out += escapeBlock(o->description) + QStringLiteral("\n\n");
            if (!o->pros.isEmpty() || !o->cons.isEmpty()) {
                bullets(out, QStringLiteral("Good, because "), o->pros);
                bullets(out, QStringLiteral("Bad, because "), o->cons);
                out += u'\n';
            }
        }
    }
    if (!r.moreInformation.isEmpty())
        out += QStringLiteral("## More Information\n\n") + escapeBlock(r.moreInformation) + QStringLiteral("\n\n");
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    if (flavour == Flavour::AdrTools)
        out += QStringLiteral("\n%1\n%2\n-->\n").arg(QLatin1StringView(metadataOpen), commentSafe(yaml));
    return out.toUtf8();
}

ExportResult exportFolder(const Workspace &ws, const QString &dirPath, Flavour flavour)
{
    ExportResult result;
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath)) {
        result.error = Text::tr("cannot create the folder %1").arg(dirPath);
        return result;
    }
    QSet<QString> names;
    QSet<QString> written;
    for (const DecisionRecord &r : ws.decisions) {
        QString name = fileName(r);
        for (int k = 2; names.contains(name); ++k)
            name = QStringLiteral("%1-%2-%3.md").arg(r.number, 4, 10, QChar(u'0')).arg(slug(r.title)).arg(k);
        names.insert(name);
        // The name is ours (digits, ASCII letters, '-'): the file stays in the folder.
        const QString path = dir.filePath(name);
        const QByteArray bytes = write(ws, r, flavour);
        if (!SafeFile::write(path, bytes, &result.error))
            return result;
        result.files << path;
        written.insert(name);
    }
    // Records of the same number under an older title are not ours to delete.
    static const QRegularExpression record(QStringLiteral("^[0-9]+-[^/]*\\.md$"));
    for (const QString &existing : dir.entryList(QDir::Files, QDir::Name)) {
        if (record.match(existing).hasMatch() && !written.contains(existing))
            result.notes << Text::tr("%1: not written by this export; left alone (adr list lists it too)").arg(dir.filePath(existing));
    }
    if (!QFileInfo::exists(dir.filePath(QStringLiteral(".adr-dir")))) {
        QString why;
        if (!SafeFile::write(dir.filePath(QStringLiteral(".adr-dir")), QByteArrayLiteral(".\n"), &why))
            result.notes << why;
    }
    return result;
}

// ---------------------------------------------------------------- import

namespace {

struct Line
{
    int number = 0; ///< 1-based line in the file
    QString text;
};

struct ParsedOption
{
    DecisionOption option;
    bool listed = false;
};

class RecordReader
{
public:
    RecordReader(const QString &name, AdrImport *import) : m_name(name), m_import(import) {}

    bool read(const QByteArray &content, InputError *error);

private:
    bool fail(int line, const QString &message, InputError *error)
    {
        *error = InputError{m_name, line, 0, message};
        return false;
    }
    void note(int line, const QString &what) { m_notes << QStringLiteral("%1:%2: %3").arg(m_name).arg(line).arg(what); }

    QString inBlock(const QString &message) const { return QStringLiteral("%1: %2").arg(m_block, message); }
    /// The YAML of lines [begin, end): MADR front matter or the adr-tools flavour's metadata comment.
    bool readFrontMatter(const QList<Line> &lines, qsizetype begin, qsizetype end, InputError *error);
    void setStatus(int line, const QString &text);
    void setDate(int line, const QString &text);
    void preamble(const Line &l);
    QString block(const QList<Line> &lines) const;
    QStringList items(const QList<Line> &lines) const;
    ParsedOption &option(const QString &name);
    void optionBody(ParsedOption &o, const QList<Line> &lines);
    void consequences(const QString &kind, const QList<Line> &lines);

    QString m_name;
    QString m_block = Text::tr("front matter"); ///< where the YAML was, for messages
    AdrImport *m_import;
    DecisionRecord m_record;
    std::vector<ParsedOption> m_options;
    std::vector<DecisionLink> m_links;
    std::vector<DecisionFigure> m_figures;
    QStringList m_chosen;
    bool m_hasChosen = false;
    bool m_statusFromFrontMatter = false;
    bool m_dateFromFrontMatter = false;
    bool m_hasNumber = false;
    QString m_successor; ///< "#<number>" or an id, resolved after every file is read
    QStringList m_notes;
    QStringList m_consequences;
};

QString scalar(const YAML::Node &n)
{
    return QString::fromStdString(n.Scalar());
}

void RecordReader::setStatus(int line, const QString &text)
{
    static const QRegularExpression superseded(QStringLiteral("^superseded\\b(?:\\s+by\\b)?(.*)$"), QRegularExpression::CaseInsensitiveOption);
    const QString t = unescape(text).trimmed();
    const QRegularExpressionMatch m = superseded.match(t);
    if (m.hasMatch()) {
        m_record.status = DecisionStatus::Superseded;
        static const QRegularExpression num(QStringLiteral("([0-9]+)"));
        const QRegularExpressionMatch n = num.match(m.captured(1));
        if (n.hasMatch())
            m_successor = u'#' + QString::number(n.captured(1).toLongLong());
        else if (!m.captured(1).trimmed().isEmpty())
            note(line, Text::tr("superseding record “%1” not recognised (expected a number)").arg(m.captured(1).trimmed()));
        return;
    }
    const QString word = t.section(u' ', 0, 0).toLower();
    const int index = Enums::decisionStatus.indexOf(word);
    if (index >= 0 && t.section(u' ', 1).trimmed().isEmpty()) {
        m_record.status = DecisionStatus(index);
        return;
    }
    m_record.status = DecisionStatus::Proposed;
    note(line, Text::tr("status “%1” is not proposed, accepted, rejected, deprecated or superseded; imported as proposed").arg(t));
}

void RecordReader::setDate(int line, const QString &text)
{
    const QDate d = QDate::fromString(unescape(text).trimmed(), Qt::ISODate);
    if (d.isValid())
        m_record.date = d;
    else
        note(line, Text::tr("date “%1” is not YYYY-MM-DD; left empty").arg(text.trimmed()));
}

bool RecordReader::readFrontMatter(const QList<Line> &lines, qsizetype begin, qsizetype end, InputError *error)
{
    QByteArray yaml;
    for (qsizetype i = begin; i < end; ++i)
        yaml += lines[i].text.toUtf8() + '\n';
    const int offset = lines[begin - 1].number; // the YAML starts on the line after the opening one
    YamlLimits limits;
    limits.maxBytes = maxFileBytes;
    limits.maxDepth = 8;
    limits.maxNodes = 100000;
    InputError guard;
    if (!checkYamlInput(yaml, limits, &guard))
        return fail(guard.line + offset, inBlock(guard.message), error);
    YAML::Node root;
    try {
        root = YAML::Load(yaml.constData());
    } catch (const YAML::Exception &e) {
        return fail(e.mark.line + 1 + offset, inBlock(QString::fromStdString(e.msg)), error);
    } catch (const std::bad_alloc &) {
        return fail(offset, Text::tr("%1 too large").arg(m_block), error);
    }
    if (root.IsNull())
        return true;
    if (!root.IsMap())
        return fail(offset + 1, Text::tr("%1 is not a list of “key: value” lines").arg(m_block), error);
    const auto lineOf = [&](const YAML::Node &n) { return n.Mark().line + 1 + offset; };
    const auto text = [&](const YAML::Node &n, const QString &what, QString *out) {
        if (!n.IsScalar() && !n.IsNull()) {
            *error = InputError{m_name, lineOf(n), 0, inBlock(Text::tr("%1 must be text").arg(what))};
            return false;
        }
        *out = n.IsNull() ? QString() : scalar(n);
        return true;
    };
    for (auto it = root.begin(); it != root.end(); ++it) {
        // Copies: yaml-cpp's iterator hands out a temporary pair, so a reference
        // to it->second dangles after this statement (ASan: stack-use-after-scope).
        const QString key = scalar(it->first).toLower();
        const YAML::Node v = it->second;
        QString value;
        if (key == u"archboard") {
            if (!v.IsMap())
                return fail(lineOf(v), inBlock(Text::tr("archboard must be a map")), error);
            for (auto a = v.begin(); a != v.end(); ++a) {
                const QString ak = scalar(a->first);
                const YAML::Node av = a->second;
                if (ak == u"id") {
                    if (!text(av, QStringLiteral("archboard.id"), &m_record.id))
                        return false;
                } else if (ak == u"number") {
                    if (!text(av, QStringLiteral("archboard.number"), &value))
                        return false;
                    bool ok = false;
                    const int n = value.toInt(&ok);
                    if (!ok || n < 1)
                        return fail(lineOf(av), inBlock(Text::tr("archboard.number “%1” is not a positive whole number").arg(value)), error);
                    m_record.number = n;
                    m_hasNumber = true;
                } else if (ak == u"superseded-by") {
                    if (!text(av, QStringLiteral("archboard.superseded-by"), &value))
                        return false;
                    m_successor = value;
                } else if (ak == u"chosen") {
                    if (!av.IsSequence())
                        return fail(lineOf(av), inBlock(Text::tr("archboard.chosen must be a list")), error);
                    m_hasChosen = true;
                    for (const YAML::Node &c : av) {
                        if (!text(c, QStringLiteral("archboard.chosen"), &value))
                            return false;
                        m_chosen << value;
                    }
                } else if (ak == u"links" || ak == u"figures") {
                    if (!av.IsSequence())
                        return fail(lineOf(av), inBlock(Text::tr("archboard.%1 must be a list").arg(ak)), error);
                    for (const YAML::Node &item : av) {
                        if (!item.IsMap())
                            return fail(lineOf(item), inBlock(Text::tr("each of archboard.%1 must be a map").arg(ak)), error);
                        QHash<QString, QString> fields;
                        for (auto f = item.begin(); f != item.end(); ++f) {
                            QString fv;
                            if (!text(f->second, QStringLiteral("archboard.%1.%2").arg(ak, scalar(f->first)), &fv))
                                return false;
                            fields.insert(scalar(f->first), fv);
                        }
                        if (ak == u"links") {
                            const int kind = Enums::linkKind.indexOf(fields.value(QStringLiteral("kind")));
                            if (kind < 0 || fields.value(QStringLiteral("element")).isEmpty()) {
                                note(lineOf(item), Text::tr("link of kind “%1” to “%2” not recognised; left out")
                                                       .arg(fields.value(QStringLiteral("kind")), fields.value(QStringLiteral("element"))));
                                continue;
                            }
                            m_links.push_back({QString(), LinkKind(kind), fields.value(QStringLiteral("element"))});
                        } else {
                            DecisionFigure fig;
                            fig.key = fields.value(QStringLiteral("key"));
                            fig.label = fields.value(QStringLiteral("label"));
                            fig.text = fields.value(QStringLiteral("text"));
                            fig.unit = fields.value(QStringLiteral("unit"));
                            if (fields.contains(QStringLiteral("value"))) {
                                bool ok = false;
                                const double d = fields.value(QStringLiteral("value")).toDouble(&ok);
                                if (!ok)
                                    return fail(lineOf(item), inBlock(Text::tr("figure value “%1” is not a number").arg(fields.value(QStringLiteral("value")))), error);
                                fig.value = d;
                            }
                            if (fig.key.isEmpty()) {
                                note(lineOf(item), Text::tr("figure without a key left out"));
                                continue;
                            }
                            m_figures.push_back(fig);
                        }
                    }
                } else {
                    note(lineOf(av), Text::tr("%1 key archboard.%2 not mapped").arg(m_block, ak));
                }
            }
            continue;
        }
        if (!text(v, key, &value))
            return false;
        if (key == u"status") {
            setStatus(lineOf(v), value);
            m_statusFromFrontMatter = true;
        } else if (key == u"date") {
            if (!value.isEmpty())
                setDate(lineOf(v), value);
            m_dateFromFrontMatter = true;
        } else if (key == u"decision-makers" || key == u"deciders") {
            m_record.decisionMakers = value;
        } else if (key == u"consulted") {
            m_record.consulted = value;
        } else if (key == u"informed") {
            m_record.informed = value;
        } else {
            note(lineOf(v), Text::tr("%1 key “%2” not mapped").arg(m_block, key));
        }
    }
    return true;
}

void RecordReader::preamble(const Line &l)
{
    static const QRegularExpression meta(QStringLiteral("^\\s*(?:[*+-]\\s+)?([A-Za-z][A-Za-z -]*?)\\s*:\\s*(.*)$"));
    const QString t = l.text.trimmed();
    if (t.isEmpty())
        return;
    const QRegularExpressionMatch m = meta.match(t);
    if (m.hasMatch()) {
        const QString key = m.captured(1).toLower();
        const QString value = m.captured(2).trimmed();
        if (key == u"status") {
            if (!m_statusFromFrontMatter)
                setStatus(l.number, value);
            return;
        }
        if (key == u"date") {
            if (!m_dateFromFrontMatter)
                setDate(l.number, value);
            return;
        }
        if (key == u"deciders" || key == u"decision-makers" || key == u"decision makers") {
            if (m_record.decisionMakers.isEmpty())
                m_record.decisionMakers = unescape(value);
            return;
        }
        if (key == u"consulted" || key == u"informed") {
            QString &field = key == u"consulted" ? m_record.consulted : m_record.informed;
            if (field.isEmpty())
                field = unescape(value);
            return;
        }
    }
    note(l.number, Text::tr("text under the title not mapped: “%1”").arg(t.left(80)));
}

QString RecordReader::block(const QList<Line> &lines) const
{
    qsizetype first = 0;
    qsizetype last = lines.size();
    while (first < last && lines[first].text.trimmed().isEmpty())
        ++first;
    while (last > first && lines[last - 1].text.trimmed().isEmpty())
        --last;
    QStringList out;
    for (qsizetype i = first; i < last; ++i) {
        QString t = lines[i].text;
        while (t.endsWith(u' ') || t.endsWith(u'\t'))
            t.chop(1);
        qsizetype backslashes = 0;
        while (backslashes < t.size() && t[t.size() - 1 - backslashes] == u'\\')
            ++backslashes;
        if (backslashes % 2 == 1)
            t.chop(1); // a hard line break
        out << unescape(t);
    }
    return out.join(u'\n');
}

QStringList RecordReader::items(const QList<Line> &lines) const
{
    static const QRegularExpression bullet(QStringLiteral("^\\s{0,3}(?:[*+-]|[0-9]{1,9}[.)])\\s+(.*)$"));
    QStringList out;
    bool inItem = false;
    for (const Line &l : lines) {
        const QString t = l.text;
        if (t.trimmed().isEmpty()) {
            inItem = false;
            continue;
        }
        const QRegularExpressionMatch m = bullet.match(t);
        if (m.hasMatch()) {
            out << unescape(m.captured(1).trimmed());
            inItem = true;
        } else if (inItem && (t.startsWith(u' ') || t.startsWith(u'\t'))) {
            out.last() += u' ' + unescape(t.trimmed()); // a wrapped item
        } else {
            out << unescape(t.trimmed());
            inItem = false;
        }
    }
    return out;
}

ParsedOption &RecordReader::option(const QString &name)
{
    for (ParsedOption &o : m_options) {
        if (o.option.name == name)
            return o;
    }
    ParsedOption o;
    o.option.name = name;
    m_options.push_back(o);
    return m_options.back();
}

void RecordReader::optionBody(ParsedOption &o, const QList<Line> &lines)
{
    static const QRegularExpression arg(QStringLiteral("^\\s{0,3}[*+-]\\s+(Good|Bad|Neutral)\\s*,\\s*because\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption);
    QList<Line> description;
    QStringList pros;
    QStringList cons;
    for (const Line &l : lines) {
        const QRegularExpressionMatch m = arg.match(l.text);
        if (!m.hasMatch()) {
            description << l;
            continue;
        }
        const QString kind = m.captured(1).toLower();
        const QString text = unescape(m.captured(2).trimmed());
        if (kind == u"good")
            pros << text;
        else if (kind == u"bad")
            cons << text;
        else
            note(l.number, Text::tr("neutral argument of option “%1” not mapped: “%2”").arg(o.option.name, text.left(80)));
    }
    o.option.description = block(description);
    o.option.pros = pros.join(u'\n');
    o.option.cons = cons.join(u'\n');
}

bool RecordReader::read(const QByteArray &content, InputError *error)
{
    if (content.size() > maxFileBytes)
        return fail(0, Text::tr("file larger than %1 MB").arg(maxFileBytes / (1024 * 1024)), error);
    qsizetype start = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    InputError textError;
    if (!checkUtf8Text(content, start, TextRules{}, &textError))
        return fail(textError.line, textError.message, error);
    QString text = QString::fromUtf8(content.mid(start));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QList<Line> lines;
    {
        const QStringList raw = text.split(u'\n');
        for (qsizetype i = 0; i < raw.size(); ++i)
            lines.append({int(i + 1), raw[i]});
    }
    // Number from the file name: NNNN-….md
    static const QRegularExpression numbered(QStringLiteral("^([0-9]+)-"));
    const QRegularExpressionMatch fileNumber = numbered.match(QFileInfo(m_name).fileName());
    qsizetype i = 0;
    if (!lines.isEmpty() && lines[0].text.trimmed() == u"---") {
        qsizetype end = 1;
        while (end < lines.size() && lines[end].text.trimmed() != u"---" && lines[end].text.trimmed() != u"...")
            ++end;
        if (end >= lines.size())
            return fail(1, Text::tr("the front matter opened here is not closed by a “---” line"), error);
        if (!readFrontMatter(lines, 1, end, error))
            return false;
        i = end + 1;
    }
    // The adr-tools flavour: the same YAML at the end, in an HTML comment.
    {
        static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));
        bool inFence = false;
        for (qsizetype k = i; k < lines.size(); ++k) {
            if (fence.match(lines[k].text).hasMatch())
                inFence = !inFence;
            if (inFence || lines[k].text.trimmed() != QLatin1StringView(metadataOpen))
                continue;
            if (i > 0)
                return fail(lines[k].number, Text::tr("archboard metadata both in the front matter and in a comment"), error);
            qsizetype close = k + 1;
            while (close < lines.size() && lines[close].text.trimmed() != u"-->")
                ++close;
            if (close >= lines.size())
                return fail(lines[k].number, Text::tr("the archboard metadata opened here is not closed by a “-->” line"), error);
            m_block = Text::tr("archboard metadata");
            if (!readFrontMatter(lines, k + 1, close, error))
                return false;
            lines.remove(k, close - k + 1);
            break;
        }
    }
    // HTML comments (MADR's "<!-- optional -->" hints) are not content.
    bool inComment = false;
    for (qsizetype k = i; k < lines.size(); ++k) {
        QString &t = lines[k].text;
        QString kept;
        qsizetype pos = 0;
        while (pos < t.size()) {
            if (inComment) {
                const qsizetype close = t.indexOf(QStringLiteral("-->"), pos);
                if (close < 0) {
                    pos = t.size();
                } else {
                    pos = close + 3;
                    inComment = false;
                }
            } else {
                const qsizetype open = t.indexOf(QStringLiteral("<!--"), pos);
                if (open < 0 || (open > 0 && t[open - 1] == u'\\')) {
                    kept += t.mid(pos);
                    break;
                }
                kept += t.mid(pos, open - pos);
                pos = open + 4;
                inComment = true;
            }
        }
        if (kept != t)
            t = kept.trimmed().isEmpty() ? QString() : kept;
    }

    // The title: the first "# " line.
    // An ATX heading; a closing run of '#' counts only after a blank (an escaped "\\#" is text).
    static const QRegularExpression h1(QStringLiteral("^#\\s+(.*?)(?:\\s+#+)?\\s*$"));
    static const QRegularExpression h2(QStringLiteral("^##\\s+(.*?)(?:\\s+#+)?\\s*$"));
    static const QRegularExpression h3(QStringLiteral("^###\\s+(.*?)(?:\\s+#+)?\\s*$"));
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));
    qsizetype titleLine = -1;
    for (qsizetype k = i; k < lines.size(); ++k) {
        const QRegularExpressionMatch m = h1.match(lines[k].text);
        if (m.hasMatch()) {
            titleLine = k;
            QString title = m.captured(1);
            static const QRegularExpression nygard(QStringLiteral("^([0-9]+)\\.\\s+(.*)$"));
            const QRegularExpressionMatch n = nygard.match(title);
            if (n.hasMatch()) { // adr-tools: "# 1. Record architecture decisions"
                title = n.captured(2);
                if (!m_hasNumber && !fileNumber.hasMatch()) {
                    m_record.number = n.captured(1).toInt();
                    m_hasNumber = true;
                }
            }
            m_record.title = unescape(title);
            break;
        }
        if (!lines[k].text.trimmed().isEmpty())
            preamble(lines[k]); // old adr-tools MADR output put "Date:" above the title
    }
    if (titleLine < 0)
        return fail(lines.isEmpty() ? 1 : lines.last().number, Text::tr("no title: no line starting with “# ”"), error);
    if (m_record.title.trimmed().isEmpty())
        note(lines[titleLine].number, Text::tr("the title is empty"));
    if (!m_hasNumber && fileNumber.hasMatch()) {
        m_record.number = int(std::min<qlonglong>(fileNumber.captured(1).toLongLong(), 1'000'000'000));
        m_hasNumber = true;
    }
    if (!m_hasNumber)
        return fail(lines[titleLine].number, Text::tr("no record number: the file name does not start with digits and the title has no “N.”"), error);

    // Sections.
    QString section;       // "" = under the title
    QString subsection;
    int sectionLine = lines[titleLine].number;
    QList<Line> body;
    bool inFence = false;
    const auto flush = [&]() {
        const QString s = section.toLower();
        const QString sub = subsection.toLower();
        if (s.isEmpty()) {
            for (const Line &l : body)
                preamble(l);
        } else if (s == u"status" && sub.isEmpty()) { // Nygard
            bool first = true;
            static const QRegularExpression relation(QStringLiteral("^(Superseded by|Supersedes|Amended by|Amends|Clarified by|Clarifies)\\b(.*)$"),
                                                     QRegularExpression::CaseInsensitiveOption);
            for (const Line &l : body) {
                const QString t = l.text.trimmed();
                if (t.isEmpty())
                    continue;
                const QRegularExpressionMatch rel = relation.match(t);
                if (rel.hasMatch() && rel.captured(1).compare(u"superseded by", Qt::CaseInsensitive) == 0) {
                    setStatus(l.number, t);
                } else if (rel.hasMatch()) {
                    note(l.number, Text::tr("relation “%1” not mapped").arg(t.left(80)));
                } else if (first) {
                    setStatus(l.number, t);
                } else {
                    note(l.number, Text::tr("status text not mapped: “%1”").arg(t.left(80)));
                }
                first = false;
            }
        } else if ((s == u"context and problem statement" || s == u"context") && sub.isEmpty()) {
            m_record.context = block(body);
        } else if (s == u"decision drivers" && sub.isEmpty()) {
            m_record.drivers = items(body).join(u'\n');
        } else if (s == u"considered options" && sub.isEmpty()) {
            for (const QString &name : items(body))
                option(name).listed = true;
        } else if ((s == u"decision outcome" || s == u"decision") && sub.isEmpty()) {
            m_record.outcome = block(body);
        } else if (s == u"consequences" && sub.isEmpty()) { // Nygard
            m_consequences << block(body);
        } else if ((s == u"decision outcome" && (sub == u"consequences" || sub == u"positive consequences" || sub == u"negative consequences"))) {
            if (sub == u"consequences") {
                m_consequences << block(body);
            } else {
                const QString prefix = sub.startsWith(u"positive") ? QStringLiteral("Good, because ") : QStringLiteral("Bad, because ");
                QStringList out;
                for (const QString &item : items(body))
                    out << prefix + item;
                m_consequences << out.join(u'\n');
            }
        } else if (sub == u"confirmation" || sub == u"validation" || (sub.isEmpty() && (s == u"confirmation" || s == u"validation"))) {
            m_record.confirmation = block(body);
        } else if (s == u"pros and cons of the options" && !sub.isEmpty()) {
            optionBody(option(unescape(subsection)), body);
        } else if (s == u"pros and cons of the options") {
            if (!block(body).isEmpty())
                note(sectionLine, Text::tr("text under “Pros and Cons of the Options” outside an option not mapped"));
        } else if ((s == u"more information" || s == u"links") && sub.isEmpty()) {
            m_record.moreInformation = block(body);
        } else if (!block(body).isEmpty() || !sub.isEmpty()) {
            note(sectionLine, Text::tr("section “%1” not mapped").arg(sub.isEmpty() ? section : QStringLiteral("%1 / %2").arg(section, subsection)));
        }
        body.clear();
    };
    for (qsizetype k = titleLine + 1; k < lines.size(); ++k) {
        const Line &l = lines[k];
        if (fence.match(l.text).hasMatch())
            inFence = !inFence;
        if (!inFence) {
            const QRegularExpressionMatch m2 = h2.match(l.text);
            const QRegularExpressionMatch m3 = m2.hasMatch() ? QRegularExpressionMatch() : h3.match(l.text);
            const QRegularExpressionMatch m1 = h1.match(l.text);
            if (m2.hasMatch() || (m3.hasMatch() && !section.isEmpty())) {
                flush();
                if (m2.hasMatch()) {
                    section = unescape(m2.captured(1)).trimmed();
                    subsection.clear();
                } else {
                    subsection = m3.captured(1);
                }
                sectionLine = l.number;
                continue;
            }
            if (m1.hasMatch()) {
                note(l.number, Text::tr("second title “%1” not mapped").arg(unescape(m1.captured(1)).left(80)));
                continue;
            }
        }
        body << l;
    }
    flush();
    m_consequences.removeAll(QString());
    m_record.consequences = m_consequences.join(u'\n');

    if (m_record.status == DecisionStatus::Superseded && m_successor.isEmpty())
        note(lines[titleLine].number, Text::tr("superseded, but the superseding record is not named"));

    // Chosen options: the archboard block, else MADR's "Chosen option: "X"".
    if (m_hasChosen) {
        for (const QString &name : m_chosen) {
            const auto it = std::find_if(m_options.begin(), m_options.end(), [&](const ParsedOption &o) { return o.option.name == name; });
            if (it == m_options.end())
                note(lines[titleLine].number, Text::tr("chosen option “%1” is not among the considered options").arg(name));
            else
                it->option.chosen = true;
        }
    } else if (!m_options.empty()) {
        static const QRegularExpression chosen(QStringLiteral("Chosen option:\\s*[\"“\\[]+([^\"”\\]]+)[\"”\\]]+"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = chosen.match(m_record.outcome);
        if (m.hasMatch()) {
            const QString name = m.captured(1).trimmed();
            const auto it = std::find_if(m_options.begin(), m_options.end(), [&](const ParsedOption &o) { return o.option.name == name; });
            if (it == m_options.end())
                note(lines[titleLine].number, Text::tr("chosen option “%1” is not among the considered options").arg(name));
            else
                it->option.chosen = true;
        }
    }

    // Accepted: hand the rows over. Ids are made unique in merge().
    Workspace &ws = m_import->records;
    if (m_record.id.isEmpty())
        m_record.id = QStringLiteral("adr-%1").arg(m_record.number, 4, 10, QChar(u'0'));
    // Within one import the id must be unique before successors are resolved.
    QString id = m_record.id;
    for (int k = 2; std::any_of(ws.decisions.begin(), ws.decisions.end(), [&](const DecisionRecord &d) { return d.id == id; }); ++k)
        id = QStringLiteral("%1-%2").arg(m_record.id).arg(k);
    m_record.id = id;
    m_record.supersededBy = m_successor;
    ws.decisions.push_back(m_record);
    for (ParsedOption &o : m_options) {
        o.option.decision = id;
        ws.decisionOptions.push_back(o.option);
    }
    for (DecisionLink &l : m_links) {
        l.decision = id;
        ws.decisionLinks.push_back(l);
    }
    for (DecisionFigure &f : m_figures) {
        f.decision = id;
        ws.decisionFigures.push_back(f);
    }
    m_import->notes << m_notes;
    return true;
}

} // namespace

bool readFile(const QString &name, const QByteArray &content, AdrImport *import, InputError *error)
{
    ++import->files;
    RecordReader reader(name, import);
    if (reader.read(content, error))
        return true;
    import->errors << *error;
    return false;
}

bool readFolder(const QString &dirPath, AdrImport *import, InputError *error)
{
    QDir dir(dirPath);
    if (!QFileInfo(dirPath).isDir() || !dir.isReadable()) {
        *error = InputError{dirPath, 0, 0, Text::tr("not a readable folder")};
        return false;
    }
    static const QRegularExpression record(QStringLiteral("^[0-9]+-[^/]*\\.md$"), QRegularExpression::CaseInsensitiveOption);
    // Every entry, also special files and broken links: each is read or said to be skipped.
    const QStringList names = dir.entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    const QString inside = QFileInfo(dirPath).canonicalFilePath() + u'/';
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (!name.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive))
            continue;
        if (!record.match(name).hasMatch()) {
            import->notes << Text::tr("%1: not a numbered record (NNNN-title.md); skipped").arg(path);
            continue;
        }
        // A link may point to another record of the folder, never out of it.
        const QString target = QFileInfo(path).canonicalFilePath();
        if (target.isEmpty() || !target.startsWith(inside)) {
            ++import->files;
            import->errors << InputError{path, 0, 0, target.isEmpty() ? Text::tr("a broken symbolic link; not read")
                                                                      : Text::tr("a symbolic link out of the folder (to %1); not read").arg(target)};
            continue;
        }
        QByteArray bytes;
        QString why;
        if (!SafeFile::read(path, maxFileBytes, &bytes, &why)) {
            ++import->files;
            import->errors << InputError{path, 0, 0, why};
            continue;
        }
        InputError fileError;
        readFile(path, bytes, import, &fileError);
    }
    // Successors named by number ("#3", from "superseded by ADR-0003") become ids.
    Workspace &ws = import->records;
    for (DecisionRecord &d : ws.decisions) {
        if (!d.supersededBy.startsWith(u'#'))
            continue;
        const int n = d.supersededBy.mid(1).toInt();
        const auto it = std::find_if(ws.decisions.begin(), ws.decisions.end(), [&](const DecisionRecord &o) { return o.number == n; });
        if (it == ws.decisions.end()) {
            import->notes << Text::tr("%1: superseded by record %2, which is not in the folder; successor left empty").arg(Decisions::label(d.number)).arg(n);
            d.supersededBy.clear();
        } else {
            d.supersededBy = it->id;
        }
    }
    return true;
}

int merge(Workspace *ws, const AdrImport &import, QStringList *notes)
{
    const Workspace &in = import.records;
    QSet<int> numbers;
    QSet<QString> ids;
    for (const DecisionRecord &d : ws->decisions) {
        numbers.insert(d.number);
        ids.insert(d.id);
    }
    int next = Decisions::nextNumber(*ws);
    QHash<QString, QString> newId;
    std::vector<DecisionRecord> added;
    for (DecisionRecord d : in.decisions) {
        if (d.number < 1 || d.number > 9999 || numbers.contains(d.number)) {
            while (numbers.contains(next))
                ++next;
            notes->append(Text::tr("“%1”: number %2 is taken or out of range; numbered %3").arg(d.title).arg(d.number).arg(next));
            d.number = next;
        }
        numbers.insert(d.number);
        next = std::max(next, d.number + 1);
        QString id = d.id;
        if (ids.contains(id) || !Schema::isValidId(id, nullptr)) {
            const QString stem = QStringLiteral("adr-%1").arg(d.number, 4, 10, QChar(u'0'));
            id = stem;
            for (int k = 2; ids.contains(id); ++k)
                id = QStringLiteral("%1-%2").arg(stem).arg(k);
        }
        ids.insert(id);
        newId.insert(d.id, id);
        d.id = id;
        added.push_back(d);
    }
    for (DecisionRecord &d : added) {
        if (newId.contains(d.supersededBy)) {
            d.supersededBy = newId.value(d.supersededBy);
        } else if (!d.supersededBy.isEmpty() && !ids.contains(d.supersededBy)) {
            notes->append(Text::tr("%1: superseding record “%2” not found; successor left empty").arg(Decisions::label(d.number), d.supersededBy));
            d.supersededBy.clear();
        }
        ws->decisions.push_back(d);
    }
    for (DecisionOption o : in.decisionOptions) {
        o.decision = newId.value(o.decision);
        ws->decisionOptions.push_back(o);
    }
    for (DecisionLink l : in.decisionLinks) {
        const TableId table = Schema::tableForLinkKind(int(l.kind));
        const TableSchema &ts = Schema::table(table);
        bool exists = false;
        for (int r = 0; r < ts.rowCount(*ws) && !exists; ++r)
            exists = ts.value(*ws, r, ts.idField()).toString() == l.element;
        if (!exists) {
            notes->append(Text::tr("%1: link to %2 “%3” left out: the workspace has no such element")
                              .arg(newId.value(l.decision), Enums::linkKind.key(int(l.kind)), l.element));
            continue;
        }
        l.decision = newId.value(l.decision);
        ws->decisionLinks.push_back(l);
    }
    for (DecisionFigure f : in.decisionFigures) {
        f.decision = newId.value(f.decision);
        ws->decisionFigures.push_back(f);
    }
    notes->append(FileRules::makeWritable(ws));
    return int(added.size());
}

} // namespace ArchBoard::Madr
