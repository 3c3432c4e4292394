// Records → MADR 4 files (both layouts), and the export of a whole folder
// that updates the files the records came from in place.
#include "madrformat.h"
#include "madrreader.h"
#include "madrtext.h"

#include "decisions.h"
#include "enums.h"
#include "safefile.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <charconv>

namespace ArchBoard::Madr {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

void emitText(YAML::Emitter &e, const char *key, const QString &value)
{
    e << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << utf8(value);
}

QString number(double v)
{
    char buf[64];
    const std::to_chars_result res = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, res.ptr - buf);
}

const DecisionRecord *recordById(const Workspace &ws, const QString &id)
{
    const auto it = std::find_if(ws.decisions.begin(), ws.decisions.end(), [&](const DecisionRecord &d) { return d.id == id; });
    return it == ws.decisions.end() ? nullptr : &*it;
}

/// What a record file is called in the folder being written.
using Names = QHash<QString, QString>; // record id → file name

QString nameOf(const Names &names, const DecisionRecord &r)
{
    return names.value(r.id, fileName(r));
}

/// "[3. Use Go](0003-use-go.md)": only the target is read back, so the text loses nothing.
QString recordLink(const Names &names, const DecisionRecord &r)
{
    QString title = r.title;
    title.replace(u'[', u'(').replace(u']', u')').replace(u'\n', u' ');
    return QStringLiteral("[%1. %2](%3)").arg(r.number).arg(writeInline(title), nameOf(names, r));
}

/// The status as the front matter and `## Status` say it; empty when not stated.
QString statusWord(const Workspace &ws, const DecisionRecord &r, const Extras &keep)
{
    if (r.status == DecisionStatus::Unstated)
        return keep.unknownStatus;
    if (r.status == DecisionStatus::Superseded) {
        if (const DecisionRecord *next = recordById(ws, r.supersededBy))
            return QStringLiteral("superseded by %1").arg(Decisions::label(next->number));
    }
    return Enums::decisionStatus.key(int(r.status));
}

/// The YAML of the front matter / metadata comment. Every line of it is safe in a
/// Markdown paragraph (log4brains renders the front matter as one): keys at the
/// left, everything else indented by four.
QString metadataYaml(const Workspace &ws, const DecisionRecord &r, const Extras &keep)
{
    YAML::Emitter e;
    e.SetOutputCharset(YAML::EmitNonAscii);
    e.SetIndent(4);
    e << YAML::BeginMap;
    const QString status = statusWord(ws, r, keep);
    if (!status.isEmpty())
        e << YAML::Key << "status" << YAML::Value << utf8(status);
    if (r.date.isValid())
        e << YAML::Key << "date" << YAML::Value << utf8(r.date.toString(Qt::ISODate));
    for (const auto &[key, value] : {std::pair{"decision-makers", &r.decisionMakers}, std::pair{"consulted", &r.consulted},
                                     std::pair{"informed", &r.informed}}) {
        if (!value->isEmpty())
            emitText(e, key, *value);
    }
    e << YAML::Key << "archboard" << YAML::Value << YAML::BeginMap;
    emitText(e, "id", r.id);
    e << YAML::Key << "number" << YAML::Value << r.number;
    if (!r.supersededBy.isEmpty())
        emitText(e, "superseded-by", r.supersededBy);
    e << YAML::Key << "chosen" << YAML::Value << YAML::BeginSeq;
    for (const DecisionOption &o : ws.decisionOptions) {
        if (o.decision == r.id && o.chosen)
            e << YAML::DoubleQuoted << utf8(o.name);
    }
    e << YAML::EndSeq;
    const bool hasLinks = std::any_of(ws.decisionLinks.begin(), ws.decisionLinks.end(), [&](const DecisionLink &l) { return l.decision == r.id; });
    const bool hasFigures = std::any_of(ws.decisionFigures.begin(), ws.decisionFigures.end(), [&](const DecisionFigure &f) { return f.decision == r.id; });
    if (hasLinks)
        e << YAML::Key << "links" << YAML::Value << YAML::BeginSeq;
    for (const DecisionLink &l : ws.decisionLinks) {
        if (l.decision != r.id)
            continue;
        e << YAML::BeginMap;
        e << YAML::Key << "kind" << YAML::Value << utf8(Enums::linkKind.key(int(l.kind)));
        emitText(e, "element", l.element);
        e << YAML::EndMap;
    }
    if (hasLinks)
        e << YAML::EndSeq;
    if (hasFigures)
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
    if (hasFigures)
        e << YAML::EndSeq;
    e << YAML::EndMap;
    e << YAML::EndMap;
    QStringList lines = QString::fromStdString(e.c_str()).split(u'\n');
    // Keys a foreign file had (parent, nav_order, tags, …) go back before the archboard block.
    const qsizetype archboard = lines.indexOf(QStringLiteral("archboard:"));
    for (qsizetype i = 0; i < keep.frontMatter.size(); ++i)
        lines.insert(archboard + i, keep.frontMatter[i]);
    return lines.join(u'\n');
}

/// The YAML made safe inside an HTML comment: a '-' that follows a '-' inside a
/// double-quoted scalar becomes the YAML escape "\x2d", so the text has no "--"
/// (no "-->" ends the comment early) and parses to the same values.
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

void bullets(QString &out, const QString &prefix, const QString &text)
{
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out += QStringLiteral("* %1%2\n").arg(prefix, writeInline(line));
    }
}

/// The list under the title log4brains reads (status, date, deciders), with the
/// list items a foreign file had there.
QString headerList(const Workspace &ws, const DecisionRecord &r, const Names &names, const Extras &keep, QStringList *otherPreamble)
{
    QString out;
    if (r.status == DecisionStatus::Superseded && recordById(ws, r.supersededBy)) {
        // log4brains reads the text after "superseded by" as the successor's file name.
        const QString next = QFileInfo(nameOf(names, *recordById(ws, r.supersededBy))).completeBaseName();
        out += QStringLiteral("- Status: superseded by [%1](%1.md)\n").arg(next);
    } else if (!statusWord(ws, r, keep).isEmpty()) {
        out += QStringLiteral("- Status: %1\n").arg(writeInline(statusWord(ws, r, keep)));
    }
    if (r.date.isValid())
        out += QStringLiteral("- Date: %1\n").arg(r.date.toString(Qt::ISODate));
    if (!r.decisionMakers.isEmpty())
        out += QStringLiteral("- Deciders: %1\n").arg(writeInline(r.decisionMakers));
    if (!keep.layout.statusList)
        out.clear(); // the file had no such list: its metadata stays where it was
    static const QRegularExpression item(QStringLiteral("^\\s{0,3}[*+-]\\s"));
    for (const QString &line : keep.preamble) {
        if (item.match(line).hasMatch() && otherPreamble->isEmpty())
            out += line + u'\n';
        else
            *otherPreamble << line;
    }
    return out;
}

/// adr-tools' `## Status`: the word, "Superseded by …", "Supersedes …" (what `adr generate graph` draws).
QString statusSection(const Workspace &ws, const DecisionRecord &r, const Names &names, const Extras &keep)
{
    QStringList lines;
    const DecisionRecord *next = r.status == DecisionStatus::Superseded ? recordById(ws, r.supersededBy) : nullptr;
    if (next) {
        lines << QStringLiteral("Superseded by %1").arg(recordLink(names, *next));
    } else {
        QString word = statusWord(ws, r, keep);
        if (!word.isEmpty())
            word[0] = word[0].toUpper();
        if (!word.isEmpty())
            lines << writeInline(word);
    }
    for (const DecisionRecord &d : ws.decisions) {
        if (d.status == DecisionStatus::Superseded && d.supersededBy == r.id)
            lines << QStringLiteral("Supersedes %1").arg(recordLink(names, d));
    }
    lines << keep.status;
    return QStringLiteral("## Status\n\n%1\n\n").arg(lines.join(QStringLiteral("\n\n"))).replace(QStringLiteral("\n\n\n\n"), QStringLiteral("\n\n"));
}

/// An option's description without its trailing "Neutral, because" arguments, and those.
std::pair<QString, QStringList> splitNeutral(const QString &description)
{
    static const QRegularExpression neutral(QStringLiteral("^\\s{0,3}[*+-]\\s+Neutral\\s*,\\s*because\\b"), QRegularExpression::CaseInsensitiveOption);
    QStringList lines = description.split(u'\n');
    QStringList args;
    while (!lines.isEmpty() && neutral.match(lines.last()).hasMatch())
        args.prepend(lines.takeLast());
    while (!args.isEmpty() && !lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast(); // the blank line between the description and its arguments
    return {lines.join(u'\n'), args};
}

QString optionsPart(const std::vector<const DecisionOption *> &options)
{
    const bool prosCons = std::any_of(options.begin(), options.end(), [](const DecisionOption *o) {
        return !o->description.isEmpty() || !o->pros.isEmpty() || !o->cons.isEmpty();
    });
    if (!prosCons)
        return {};
    QString out = QStringLiteral("## Pros and Cons of the Options\n\n");
    for (const DecisionOption *o : options) {
        if (o->description.isEmpty() && o->pros.isEmpty() && o->cons.isEmpty())
            continue; // listed under Considered Options, nothing more to say
        out += QStringLiteral("### %1\n\n").arg(writeHeading(o->name));
        const auto [description, neutral] = splitNeutral(o->description);
        if (!description.isEmpty())
            out += writeBlock(description, BlockPlace::Option) + QStringLiteral("\n\n");
        if (!o->pros.isEmpty() || !o->cons.isEmpty() || !neutral.isEmpty()) {
            bullets(out, QStringLiteral("Good, because "), o->pros);
            for (const QString &n : neutral)
                out += writeBlock(n, BlockPlace::Option) + u'\n';
            bullets(out, QStringLiteral("Bad, because "), o->cons);
            out += u'\n';
        }
    }
    return out;
}

QString body(const Workspace &ws, const DecisionRecord &r, const Layout &layout)
{
    std::vector<const DecisionOption *> options;
    for (const DecisionOption &o : ws.decisionOptions) {
        if (o.decision == r.id)
            options.push_back(&o);
    }
    QString out = QStringLiteral("## %1\n\n").arg(writeHeading(layout.contextHeading));
    if (!r.context.isEmpty())
        out += writeBlock(r.context, BlockPlace::Section) + QStringLiteral("\n\n");
    if (!r.drivers.isEmpty()) {
        out += QStringLiteral("## Decision Drivers\n\n");
        bullets(out, QString(), r.drivers);
        out += u'\n';
    }
    if (!options.empty()) {
        out += QStringLiteral("## Considered Options\n\n");
        for (const DecisionOption *o : options)
            out += QStringLiteral("* %1\n").arg(writeInline(o->name));
        out += u'\n';
    }
    out += QStringLiteral("## %1\n\n").arg(writeHeading(layout.outcomeHeading));
    if (!r.outcome.isEmpty())
        out += writeBlock(r.outcome, BlockPlace::Outcome) + QStringLiteral("\n\n");
    if (!r.consequences.isEmpty()) {
        out += layout.consequencesSection ? QStringLiteral("## Consequences\n\n") : QStringLiteral("### Consequences\n\n");
        out += writeBlock(r.consequences, layout.consequencesSection ? BlockPlace::Section : BlockPlace::Outcome) + QStringLiteral("\n\n");
    }
    if (!r.confirmation.isEmpty())
        out += QStringLiteral("### Confirmation\n\n") + writeBlock(r.confirmation, BlockPlace::Outcome) + QStringLiteral("\n\n");
    out += optionsPart(options);
    if (!r.moreInformation.isEmpty())
        out += QStringLiteral("## More Information\n\n") + writeBlock(r.moreInformation, BlockPlace::Section) + QStringLiteral("\n\n");
    return out;
}

Layout layoutOf(Flavour flavour)
{
    Layout l;
    if (flavour == Flavour::AdrTools) {
        l.frontMatter = false;
        l.statusSection = true;
    }
    return l;
}

QByteArray writeRecord(const Workspace &ws, const DecisionRecord &r, const Names &names, const Extras &keep)
{
    const Layout &layout = keep.layout;
    const QString yaml = metadataYaml(ws, r, keep);
    // The blank line before the closing "---" makes it a thematic break rather than a
    // heading under the YAML, so log4brains still finds the list under the title.
    QString out = layout.frontMatter ? QStringLiteral("---\n%1\n\n---\n\n").arg(yaml) : QString();
    // adr-tools takes the title from the first line ("# " cut off) and copies it into Graphviz.
    const QString title = layout.frontMatter ? writeHeading(r.title) : writeTitle(r.title);
    out += layout.numberedTitle ? QStringLiteral("# %1. %2\n\n").arg(r.number).arg(title) : QStringLiteral("# %1\n\n").arg(title);
    QStringList otherPreamble;
    const QString list = headerList(ws, r, names, keep, &otherPreamble);
    if (!list.isEmpty())
        out += list + u'\n';
    if (layout.dateLine && r.date.isValid())
        out += QStringLiteral("Date: %1\n\n").arg(r.date.toString(Qt::ISODate));
    if (!otherPreamble.isEmpty())
        out += otherPreamble.join(u'\n') + QStringLiteral("\n\n");
    if (layout.statusSection)
        out += statusSection(ws, r, names, keep);
    else if (!keep.status.isEmpty())
        out += keep.status.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n");
    out += body(ws, r, layout);
    if (!keep.sections.isEmpty())
        out += keep.sections.join(u'\n') + QStringLiteral("\n\n");
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    if (!layout.frontMatter)
        out += QStringLiteral("\n%1\n%2\n-->\n").arg(QLatin1StringView(metadataOpen), commentSafe(yaml));
    return out.toUtf8();
}

/// A record file already in the folder.
struct Existing
{
    QString name;
    FileRecord file;
    bool readable = false;
    bool taken = false;
};

std::vector<Existing> existingFiles(const QDir &dir, QStringList *notes)
{
    std::vector<Existing> out;
    for (const QString &name : recordFiles(dir.path())) {
        Existing e;
        e.name = name;
        QByteArray bytes;
        QString why;
        InputError error;
        if (SafeFile::read(dir.filePath(name), maxFileBytes, &bytes, &why))
            e.readable = readRecord(dir.filePath(name), bytes, &e.file, &error);
        if (!e.readable)
            *notes << Text::tr("%1: cannot be read as a record; left alone").arg(dir.filePath(name));
        out.push_back(std::move(e));
    }
    return out;
}

/// The file a record came from: the same archboard id; else, in a file without one,
/// the same number (the same title among several) or the same title.
Existing *matchFile(std::vector<Existing> &files, const DecisionRecord &r)
{
    const auto find = [&](auto &&pred) -> Existing * {
        Existing *found = nullptr;
        for (Existing &e : files) {
            if (!e.readable || e.taken || !pred(e.file))
                continue;
            if (found)
                return nullptr; // two files fit: neither is this record's for sure
            found = &e;
        }
        return found;
    };
    if (Existing *e = find([&](const FileRecord &f) { return f.hasId && f.record.id == r.id; }))
        return e;
    if (Existing *e = find([&](const FileRecord &f) { return !f.hasId && f.record.number == r.number && f.record.title == r.title; }))
        return e;
    if (Existing *e = find([&](const FileRecord &f) { return !f.hasId && f.record.number == r.number; }))
        return e;
    return find([&](const FileRecord &f) { return !f.hasId && f.record.title == r.title; });
}

bool saveBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    return SafeFile::write(path, bytes, error); // checked: flush, fsync, size before the commit
}

} // namespace

ExportResult exportFolder(const Workspace &ws, const QString &dirPath, Flavour flavour)
{
    ExportResult result;
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath)) {
        result.error = Text::tr("cannot create the folder %1").arg(dirPath);
        return result;
    }
    // Records that came from this folder update their files; the others get new ones.
    std::vector<Existing> files = existingFiles(dir, &result.notes);
    Names names;
    QHash<QString, const Extras *> keep;
    QSet<QString> used;
    for (const Existing &e : files)
        used.insert(e.name);
    for (const DecisionRecord &r : ws.decisions) {
        if (Existing *e = matchFile(files, r)) {
            e->taken = true;
            names.insert(r.id, e->name);
            keep.insert(r.id, &e->file.extras);
        }
    }
    for (const DecisionRecord &r : ws.decisions) {
        if (names.contains(r.id))
            continue;
        QString name = fileName(r);
        for (int k = 2; used.contains(name); ++k)
            name = QStringLiteral("%1-%2-%3.md").arg(r.number, 4, 10, QChar(u'0')).arg(slug(r.title)).arg(k);
        used.insert(name);
        names.insert(r.id, name);
    }
    Extras fresh;
    fresh.layout = layoutOf(flavour);
    for (const DecisionRecord &r : ws.decisions) {
        // The name is ours or one already in the folder: the file stays in the folder.
        const QString path = dir.filePath(names.value(r.id));
        // A file that was there keeps its layout; a new one is laid out as asked.
        const Extras *extras = keep.value(r.id, &fresh);
        if (!saveBytes(path, writeRecord(ws, r, names, *extras), &result.error))
            return result;
        result.files << path;
        if (keep.contains(r.id))
            result.updated << path;
    }
    for (const Existing &e : files) {
        if (e.readable && !e.taken)
            result.notes << Text::tr("%1: not written by this export; left alone (adr list lists it too)").arg(dir.filePath(e.name));
    }
    if (!QFileInfo::exists(dir.filePath(QStringLiteral(".adr-dir")))) {
        QString error;
        if (!saveBytes(dir.filePath(QStringLiteral(".adr-dir")), ".\n", &error))
            result.notes << error;
    }
    return result;
}

QByteArray write(const Workspace &ws, const DecisionRecord &record, Flavour flavour)
{
    Extras fresh;
    fresh.layout = layoutOf(flavour);
    return writeRecord(ws, record, Names(), fresh);
}

} // namespace ArchBoard::Madr
