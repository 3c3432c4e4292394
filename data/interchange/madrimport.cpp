// One MADR / adr-tools record file → FileRecord: metadata, title, sections.
#include "madrreader.h"
#include "madrtext.h"

#include "enums.h"
#include "yamlguard.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace ArchBoard::Madr {

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
    int line = 0;
};

const QRegularExpression &h1()
{
    // An ATX heading; a closing run of '#' counts only after a blank (an escaped "\#" is text).
    static const QRegularExpression re(QStringLiteral("^ {0,3}#(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    return re;
}
const QRegularExpression &h2()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}##(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    return re;
}
const QRegularExpression &h3()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}###(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    return re;
}

class RecordReader
{
public:
    RecordReader(const QString &name, FileRecord *out) : m_out(out)
    {
        m_out->file = name;
        Layout &l = m_out->extras.layout;
        l.frontMatter = l.statusList = false; // as the file has it
        l.contextHeading.clear();
        l.outcomeHeading.clear();
    }

    bool read(const QByteArray &content, InputError *error);

private:
    bool fail(int line, const QString &message, InputError *error)
    {
        *error = InputError{m_out->file, line, 0, message};
        return false;
    }
    void note(int line, const QString &what) { m_out->notes << QStringLiteral("%1:%2: %3").arg(m_out->file).arg(line).arg(what); }

    bool readMetadataBlocks(QList<Line> &lines, qsizetype *start, InputError *error);
    static void dropComments(QList<Line> &lines, qsizetype start);
    bool readTitle(const QList<Line> &lines, qsizetype start, qsizetype *titleLine, InputError *error);
    void readSections(const QList<Line> &lines, qsizetype titleLine);
    void flush();
    void preamble(const Line &l);
    void statusSection();
    QStringList items() const;
    ParsedOption &option(const QString &name, int line);
    ParsedOption &optionForHeading(const QString &heading, int line);
    void optionBody(ParsedOption &o);
    void resolveStatus();
    void resolveChosen();
    QStringList bodyText() const
    {
        QStringList out;
        for (const Line &l : m_body)
            out << l.text;
        return out;
    }
    void append(QString &field, const QString &text)
    {
        if (text.isEmpty())
            return;
        field = field.isEmpty() ? text : field + QStringLiteral("\n\n") + text;
    }

    FileRecord *m_out;
    StatusText m_metaStatus;
    StatusText m_listStatus;
    StatusText m_sectionStatus;
    std::vector<ParsedOption> m_options;
    QStringList m_consequences;
    // Section being read.
    QString m_section;
    QString m_subsection;
    Line m_heading; ///< the section's heading line
    QList<Line> m_body;
};

bool RecordReader::readMetadataBlocks(QList<Line> &lines, qsizetype *start, InputError *error)
{
    *start = 0;
    if (!lines.isEmpty() && lines[0].text.trimmed() == u"---") {
        qsizetype end = 1;
        while (end < lines.size() && lines[end].text.trimmed() != u"---" && lines[end].text.trimmed() != u"...")
            ++end;
        if (end >= lines.size())
            return fail(1, Text::tr("the front matter opened here is not closed by a “---” line"), error);
        QStringList yaml;
        for (qsizetype k = 1; k < end; ++k)
            yaml << lines[k].text;
        if (!readMetadata(yaml, lines[0].number, Text::tr("front matter"), m_out, &m_metaStatus, error))
            return false;
        m_out->extras.layout.frontMatter = true;
        *start = end + 1;
    }
    // The adr-tools flavour: the same YAML at the end, in an HTML comment.
    FenceTracker fences;
    for (qsizetype k = *start; k < lines.size(); ++k) {
        if (fences.feed(lines[k].text) || lines[k].text.trimmed() != QLatin1StringView(metadataOpen))
            continue;
        if (m_out->extras.layout.frontMatter)
            return fail(lines[k].number, Text::tr("archboard metadata both in the front matter and in a comment"), error);
        qsizetype close = k + 1;
        while (close < lines.size() && lines[close].text.trimmed() != u"-->")
            ++close;
        if (close >= lines.size())
            return fail(lines[k].number, Text::tr("the archboard metadata opened here is not closed by a “-->” line"), error);
        QStringList yaml;
        for (qsizetype j = k + 1; j < close; ++j)
            yaml << lines[j].text;
        if (!readMetadata(yaml, lines[k].number, Text::tr("archboard metadata"), m_out, &m_metaStatus, error))
            return false;
        lines.remove(k, close - k + 1);
        break;
    }
    return true;
}

// HTML comments (MADR's "<!-- optional -->" hints) are not content; fenced code keeps them.
void RecordReader::dropComments(QList<Line> &lines, qsizetype start)
{
    bool inComment = false;
    FenceTracker fences;
    for (qsizetype k = start; k < lines.size(); ++k) {
        QString &t = lines[k].text;
        if (!inComment && fences.feed(t))
            continue;
        QString kept;
        qsizetype pos = 0;
        const std::vector<bool> code = codeSpans(t);
        while (pos < t.size()) {
            if (inComment) {
                const qsizetype close = t.indexOf(QStringLiteral("-->"), pos);
                pos = close < 0 ? t.size() : close + 3;
                inComment = close < 0;
                continue;
            }
            qsizetype open = t.indexOf(QStringLiteral("<!--"), pos);
            while (open >= 0 && code[size_t(open)])
                open = t.indexOf(QStringLiteral("<!--"), open + 1);
            if (open < 0 || (open > 0 && t[open - 1] == u'\\')) {
                kept += t.mid(pos);
                break;
            }
            kept += t.mid(pos, open - pos);
            pos = open + 4;
            inComment = true;
        }
        if (kept != t)
            t = kept.trimmed().isEmpty() ? QString() : kept;
    }
}

bool RecordReader::readTitle(const QList<Line> &lines, qsizetype start, qsizetype *titleLine, InputError *error)
{
    static const QRegularExpression numbered(QStringLiteral("^([0-9]+)-"));
    const QRegularExpressionMatch fileNumber = numbered.match(QFileInfo(m_out->file).fileName());
    *titleLine = -1;
    for (qsizetype k = start; k < lines.size(); ++k) {
        const QRegularExpressionMatch m = h1().match(lines[k].text);
        if (!m.hasMatch()) {
            if (!lines[k].text.trimmed().isEmpty())
                preamble(lines[k]); // old adr-tools MADR output put "Date:" above the title
            continue;
        }
        *titleLine = k;
        QString title = m.captured(1);
        static const QRegularExpression nygard(QStringLiteral("^([0-9]+)\\.\\s+(.*)$"));
        const QRegularExpressionMatch n = nygard.match(title);
        if (n.hasMatch()) { // adr-tools: "# 1. Record architecture decisions"
            title = n.captured(2);
            m_out->extras.layout.numberedTitle = true;
            if (!m_out->hasNumber && !fileNumber.hasMatch()) {
                m_out->record.number = int(std::min<qlonglong>(n.captured(1).toLongLong(), 1'000'000'000));
                m_out->hasNumber = true;
            }
        }
        m_out->record.title = Madr::readTitle(title);
        m_out->titleLine = lines[k].number;
        break;
    }
    if (*titleLine < 0)
        return fail(lines.isEmpty() ? 1 : lines.last().number, Text::tr("no title: no line starting with “# ”"), error);
    if (m_out->record.title.trimmed().isEmpty())
        note(m_out->titleLine, Text::tr("the title is empty"));
    if (!m_out->hasNumber && fileNumber.hasMatch()) {
        m_out->record.number = int(std::min<qlonglong>(fileNumber.captured(1).toLongLong(), 1'000'000'000));
        m_out->hasNumber = true;
    }
    if (!m_out->hasNumber)
        return fail(m_out->titleLine, Text::tr("no record number: the file name does not start with digits and the title has no “N.”"), error);
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
        const QString value = readInline(m.captured(2).trimmed());
        if (key == u"status") {
            m_listStatus = StatusText{StatusSource::List, l.number, value};
            m_out->extras.layout.statusList = true;
            return;
        }
        if (key == u"date") {
            if (QRegularExpression(QStringLiteral("^\\s*[*+-]\\s")).match(l.text).hasMatch())
                m_out->extras.layout.statusList = true;
            else
                m_out->extras.layout.dateLine = true;
            QDate d = QDate::fromString(value, Qt::ISODate);
            if (!d.isValid())
                d = QDate::fromString(value, QStringLiteral("dd/MM/yyyy")); // log4brains reads both
            if (d.isValid() && !m_out->record.date.isValid())
                m_out->record.date = d;
            else if (!d.isValid())
                note(l.number, Text::tr("date “%1” is not YYYY-MM-DD; left empty").arg(value));
            return;
        }
        QString *field = key == u"deciders" || key == u"decision-makers" || key == u"decision makers" ? &m_out->record.decisionMakers
            : key == u"consulted"                                                                    ? &m_out->record.consulted
            : key == u"informed"                                                                     ? &m_out->record.informed
                                                                                                     : nullptr;
        if (field) {
            if (field->isEmpty())
                *field = value;
            return;
        }
    }
    m_out->extras.preamble << l.text;
    note(l.number, Text::tr("text under the title not mapped: “%1” (kept when the record is exported into this folder again)").arg(t.left(80)));
}

void RecordReader::statusSection()
{
    static const QRegularExpression relation(QStringLiteral("^(Superseded by|Supersedes|Amended by|Amends|Clarified by|Clarifies)\\b(.*)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    bool first = true;
    for (const Line &l : m_body) {
        const QString t = l.text.trimmed();
        if (t.isEmpty())
            continue;
        const QRegularExpressionMatch rel = relation.match(t);
        const QString kind = rel.captured(1).toLower();
        if (rel.hasMatch() && kind == u"superseded by") {
            m_sectionStatus = StatusText{StatusSource::Section, l.number, t};
        } else if (rel.hasMatch() && kind == u"supersedes") {
            m_out->supersedes << referenceTarget(rel.captured(2));
        } else if (first && !rel.hasMatch() && parseStatus(t).known) {
            m_sectionStatus = StatusText{StatusSource::Section, l.number, t};
        } else {
            m_out->extras.status << l.text;
            note(l.number, Text::tr("status text “%1” not mapped (kept when the record is exported into this folder again)").arg(t.left(80)));
        }
        first = false;
    }
}

QStringList RecordReader::items() const
{
    static const QRegularExpression bullet(QStringLiteral("^\\s{0,3}(?:[*+-]|[0-9]{1,9}[.)])\\s+(.*)$"));
    QStringList out;
    bool inItem = false;
    for (const Line &l : m_body) {
        const QString t = l.text;
        if (t.trimmed().isEmpty()) {
            inItem = false;
            continue;
        }
        const QRegularExpressionMatch m = bullet.match(t);
        if (m.hasMatch()) {
            out << readInline(m.captured(1).trimmed());
            inItem = true;
        } else if (inItem && (t.startsWith(u' ') || t.startsWith(u'\t'))) {
            out.last() += u' ' + readInline(t.trimmed()); // a wrapped item
        } else {
            out << readInline(t.trimmed());
            inItem = false;
        }
    }
    return out;
}

ParsedOption &RecordReader::option(const QString &name, int line)
{
    for (ParsedOption &o : m_options) {
        if (o.option.name == name)
            return o;
    }
    ParsedOption o;
    o.option.name = name;
    o.line = line;
    m_options.push_back(o);
    return m_options.back();
}

/// The listed option a "### heading" under Pros and Cons is about: the same name,
/// else one name that reads the same loosely or starts with the heading.
ParsedOption &RecordReader::optionForHeading(const QString &heading, int line)
{
    for (ParsedOption &o : m_options) {
        if (o.option.name == heading)
            return o;
    }
    const QString loose = looseName(heading);
    std::vector<ParsedOption *> matches;
    for (ParsedOption &o : m_options) {
        const QString name = looseName(o.option.name);
        if (o.listed && !loose.isEmpty() && (name == loose || name.startsWith(loose + u' ') || loose.startsWith(name + u' ')))
            matches.push_back(&o);
    }
    if (matches.size() == 1) {
        note(line, Text::tr("heading “%1” read as the option “%2” (exported under the option's name)").arg(heading, matches.front()->option.name));
        return *matches.front();
    }
    return option(heading, line);
}

void RecordReader::optionBody(ParsedOption &o)
{
    static const QRegularExpression arg(QStringLiteral("^\\s{0,3}[*+-]\\s+(Good|Bad|Neutral)\\s*,\\s*because\\b\\s*(.*)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bullet(QStringLiteral("^\\s{0,3}(?:[*+-]|[0-9]{1,9}[.)])\\s"));
    QStringList description;
    QStringList pros;
    QStringList cons;
    QStringList neutral;
    QStringList *last = nullptr; // the argument list a wrapped line continues
    FenceTracker fences;
    for (const Line &l : m_body) {
        if (fences.feed(l.text)) {
            description << l.text;
            last = nullptr;
            continue;
        }
        const QRegularExpressionMatch m = arg.match(l.text);
        if (!m.hasMatch()) {
            const bool wrapped = last && !l.text.trimmed().isEmpty() && (l.text.startsWith(u' ') || l.text.startsWith(u'\t'))
                && !bullet.match(l.text).hasMatch();
            if (wrapped) {
                last->last() += u' ' + (last == &neutral ? l.text.trimmed() : readInline(l.text.trimmed()));
                continue;
            }
            description << l.text;
            last = nullptr;
            continue;
        }
        const QString kind = m.captured(1).toLower();
        const QString text = m.captured(2).trimmed();
        if (kind == u"good") {
            pros << readInline(text);
            last = &pros;
        } else if (kind == u"bad") {
            cons << readInline(text);
            last = &cons;
        } else {
            neutral << QStringLiteral("* Neutral, because %1").arg(text); // kept as Markdown after the description
            last = &neutral;
        }
    }
    o.option.description = readBlock(description);
    for (QString &n : neutral)
        n = readBlock({n});
    if (!neutral.isEmpty())
        append(o.option.description, neutral.join(u'\n'));
    o.option.pros = pros.join(u'\n');
    o.option.cons = cons.join(u'\n');
}

void RecordReader::readSections(const QList<Line> &lines, qsizetype titleLine)
{
    m_heading = lines[titleLine];
    FenceTracker fences;
    for (qsizetype k = titleLine + 1; k < lines.size(); ++k) {
        const Line &l = lines[k];
        if (fences.feed(l.text)) {
            m_body << l;
            continue;
        }
        const QRegularExpressionMatch m2 = h2().match(l.text);
        const QRegularExpressionMatch m1 = m2.hasMatch() ? QRegularExpressionMatch() : h1().match(l.text);
        const QRegularExpressionMatch m3 = m2.hasMatch() || m1.hasMatch() ? QRegularExpressionMatch() : h3().match(l.text);
        if (m1.hasMatch() || m2.hasMatch()) {
            flush();
            m_section = m1.hasMatch() ? QStringLiteral("#") : readHeading(m2.captured(1).trimmed()); // encoded blanks (&#32;) are part of the name
            if (m1.hasMatch())
                note(l.number, Text::tr("second title “%1” not mapped (kept when the record is exported into this folder again)").arg(m1.captured(1).left(80)));
            m_subsection.clear();
            m_heading = l;
            continue;
        }
        if (m3.hasMatch() && !m_section.isEmpty()) {
            const QString s = m_section.toLower();
            const bool outcome = (s == u"decision outcome" || s == u"decision") && isSubsection(BlockPlace::Outcome, m3.captured(1));
            if (s == u"pros and cons of the options" || outcome) {
                flush();
                m_subsection = readHeading(m3.captured(1).trimmed());
                m_heading = l;
                continue;
            }
        }
        m_body << l;
    }
    flush();
}

void RecordReader::flush()
{
    const QString s = m_section.toLower();
    const QString sub = m_subsection.toLower();
    DecisionRecord &r = m_out->record;
    const QString text = readBlock(bodyText());
    if (s.isEmpty()) {
        for (const Line &l : m_body)
            preamble(l);
    } else if (s == u"status") { // Nygard, adr-tools
        m_out->extras.layout.statusSection = true;
        statusSection();
    } else if (s == u"context and problem statement" || s == u"context") {
        if (m_out->extras.layout.contextHeading.isEmpty())
            m_out->extras.layout.contextHeading = m_section;
        append(r.context, text);
    } else if (s == u"decision drivers") {
        r.drivers = ((r.drivers.isEmpty() ? QStringList() : QStringList{r.drivers}) + items()).join(u'\n');
    } else if (s == u"considered options") {
        for (const QString &name : items())
            option(name, m_heading.number).listed = true;
    } else if ((s == u"decision outcome" || s == u"decision") && sub.isEmpty()) {
        if (m_out->extras.layout.outcomeHeading.isEmpty())
            m_out->extras.layout.outcomeHeading = m_section;
        append(r.outcome, text);
    } else if (s == u"consequences" || sub == u"consequences") {
        m_out->extras.layout.consequencesSection = m_out->extras.layout.consequencesSection || s == u"consequences";
        m_consequences << text;
    } else if (sub == u"positive consequences" || sub == u"negative consequences") {
        const QString prefix = sub.startsWith(u"positive") ? QStringLiteral("Good, because ") : QStringLiteral("Bad, because ");
        QStringList out;
        for (const QString &item : items())
            out << prefix + item;
        m_consequences << out.join(u'\n');
    } else if (sub == u"confirmation" || sub == u"validation" || s == u"confirmation" || s == u"validation") {
        append(r.confirmation, text);
    } else if (s == u"pros and cons of the options" && !sub.isEmpty()) {
        optionBody(optionForHeading(m_subsection, m_heading.number));
    } else if (s == u"pros and cons of the options") {
        if (!text.isEmpty())
            note(m_heading.number, Text::tr("text under “Pros and Cons of the Options” outside an option not mapped"));
    } else if (s == u"more information" || s == u"links") {
        append(r.moreInformation, text);
    } else if (!text.isEmpty() || s != u"#") {
        m_out->extras.sections << m_heading.text;
        for (const Line &l : m_body)
            m_out->extras.sections << l.text;
        if (s != u"#")
            note(m_heading.number, Text::tr("section “%1” not mapped (kept when the record is exported into this folder again)").arg(m_section));
    }
    m_body.clear();
}

void RecordReader::resolveStatus()
{
    // adr-tools edits "## Status", ArchBoard writes the metadata, log4brains reads the list.
    const StatusText *strongest = nullptr;
    for (const StatusText *s : {&m_sectionStatus, &m_metaStatus, &m_listStatus}) {
        if (s->source != StatusSource::None) {
            strongest = s;
            break;
        }
    }
    if (!strongest) {
        m_out->record.status = DecisionStatus::Unstated;
        note(m_out->titleLine, Text::tr("no status: imported as “not stated” (log4brains shows such a record as accepted)"));
        return;
    }
    const ParsedStatus parsed = parseStatus(strongest->text);
    const auto sameAs = [&](const StatusText &other) {
        const ParsedStatus p = parseStatus(other.text);
        const auto target = [](const ParsedStatus &s) {
            static const QRegularExpression digits(QStringLiteral("([0-9]+)"));
            const QRegularExpressionMatch m = digits.match(referenceTarget(s.successor));
            return m.hasMatch() ? QString::number(m.captured(1).toLongLong()) : referenceTarget(s.successor);
        };
        return p.known == parsed.known && p.status == parsed.status && (p.status != DecisionStatus::Superseded || target(p) == target(parsed));
    };
    for (const StatusText *s : {&m_metaStatus, &m_listStatus}) {
        if (s != strongest && s->source != StatusSource::None && !sameAs(*s))
            note(s->line, Text::tr("status “%1” differs from “%2” on line %3, which is used").arg(s->text, strongest->text).arg(strongest->line));
    }
    if (!parsed.known) {
        m_out->record.status = DecisionStatus::Unstated;
        m_out->extras.unknownStatus = strongest->text;
        note(strongest->line, Text::tr("status “%1” is not proposed, accepted, rejected, deprecated or superseded: imported as “not stated”"
                                       " (kept when the record is exported into this folder again)")
                                  .arg(strongest->text));
        return;
    }
    m_out->record.status = parsed.status;
    if (parsed.status != DecisionStatus::Superseded) {
        if (!m_out->successorIsId)
            m_out->successor.clear();
        return;
    }
    // The archboard id is exact, unless adr-tools changed "## Status" since.
    if (m_out->successorIsId && !m_out->successor.isEmpty() && strongest->source != StatusSource::Section)
        return;
    m_out->successor = parsed.successor;
    m_out->successorIsId = false;
    m_out->successorLine = strongest->line;
}

void RecordReader::resolveChosen()
{
    if (m_out->hasChosen) {
        for (const QString &name : m_out->chosen) {
            const auto it = std::find_if(m_options.begin(), m_options.end(), [&](const ParsedOption &o) { return o.option.name == name; });
            if (it == m_options.end())
                note(m_out->titleLine, Text::tr("chosen option “%1” is not among the considered options").arg(name));
            else
                it->option.chosen = true;
        }
        return;
    }
    if (m_options.empty())
        return;
    static const QRegularExpression quoted(QStringLiteral("Chosen option:?\\s*[\"“”„«\\[]+([^\"“”»\\]]+)[\"“”»\\]]"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(QStringLiteral("Chosen option:?\\s*(.+?)(?:,\\s*because\\b|\\.?\\s*$)"),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QRegularExpressionMatch m = quoted.match(m_out->record.outcome);
    if (!m.hasMatch())
        m = bare.match(m_out->record.outcome);
    if (!m.hasMatch())
        return;
    const QString name = m.captured(1).trimmed();
    const QString loose = looseName(name);
    std::vector<ParsedOption *> exact;
    std::vector<ParsedOption *> close;
    for (ParsedOption &o : m_options) {
        const QString option = looseName(o.option.name);
        if (o.option.name == name || option == loose)
            exact.push_back(&o);
        else if (!loose.isEmpty() && (option.startsWith(loose) || loose.startsWith(option) || option.contains(loose)))
            close.push_back(&o);
    }
    if (exact.size() == 1) {
        exact.front()->option.chosen = true;
    } else if (exact.empty() && close.size() == 1) {
        close.front()->option.chosen = true;
        note(m_out->titleLine, Text::tr("chosen option “%1” read as “%2”").arg(name, close.front()->option.name));
    } else {
        note(m_out->titleLine, Text::tr("chosen option “%1” is not among the considered options").arg(name));
    }
}

bool RecordReader::read(const QByteArray &content, InputError *error)
{
    if (content.size() > maxFileBytes)
        return fail(0, Text::tr("file larger than %1 MB").arg(maxFileBytes / (1024 * 1024)), error);
    const qsizetype bom = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    InputError textError;
    if (!checkUtf8Text(content, bom, TextRules{}, &textError))
        return fail(textError.line, textError.message, error);
    QString text = QString::fromUtf8(content.mid(bom));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QList<Line> lines;
    const QStringList raw = text.split(u'\n');
    for (qsizetype i = 0; i < raw.size(); ++i)
        lines.append({int(i + 1), raw[i]});
    qsizetype start = 0;
    if (!readMetadataBlocks(lines, &start, error))
        return false;
    dropComments(lines, start);
    qsizetype titleLine = -1;
    if (!readTitle(lines, start, &titleLine, error))
        return false;
    readSections(lines, titleLine);
    Layout &layout = m_out->extras.layout;
    if (layout.contextHeading.isEmpty())
        layout.contextHeading = layout.consequencesSection ? QStringLiteral("Context") : Layout().contextHeading;
    if (layout.outcomeHeading.isEmpty())
        layout.outcomeHeading = layout.consequencesSection ? QStringLiteral("Decision") : Layout().outcomeHeading;
    m_consequences.removeAll(QString());
    m_out->record.consequences = m_consequences.join(u'\n');
    resolveStatus();
    if (m_out->record.status == DecisionStatus::Superseded && m_out->successor.isEmpty())
        note(m_out->titleLine, Text::tr("superseded, but the superseding record is not named"));
    resolveChosen();
    for (ParsedOption &o : m_options)
        m_out->options.push_back(o.option);
    return true;
}

} // namespace

bool readRecord(const QString &name, const QByteArray &content, FileRecord *out, InputError *error)
{
    RecordReader reader(name, out);
    return reader.read(content, error);
}

} // namespace ArchBoard::Madr
