// MADR metadata: YAML front matter (MADR 3/4), the adr-tools flavour's
// metadata comment, and status texts wherever they are written.
#include "madrreader.h"

#include "enums.h"
#include "yamlguard.h"

#include <yaml-cpp/yaml.h>

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <new>

namespace ArchBoard::Madr {

namespace {

QString scalar(const YAML::Node &n)
{
    return QString::fromStdString(n.Scalar());
}

class MetadataReader
{
public:
    MetadataReader(const QString &block, int offset, FileRecord *out, StatusText *status, InputError *error)
        : m_block(block), m_offset(offset), m_out(out), m_status(status), m_error(error)
    {
    }

    bool read(const YAML::Node &root, const QStringList &yamlLines);

private:
    int lineOf(const YAML::Node &n) const { return n.Mark().line + 1 + m_offset; }
    bool fail(int line, const QString &message)
    {
        *m_error = InputError{m_out->file, line, 0, QStringLiteral("%1: %2").arg(m_block, message)};
        return false;
    }
    void note(int line, const QString &what) { m_out->notes << QStringLiteral("%1:%2: %3").arg(m_out->file).arg(line).arg(what); }
    bool text(const YAML::Node &n, const QString &what, QString *value)
    {
        if (!n.IsScalar() && !n.IsNull())
            return fail(lineOf(n), Text::tr("%1 must be text").arg(what));
        *value = n.IsNull() ? QString() : scalar(n);
        return true;
    }
    /// A person list: text, or a YAML list of texts (MADR 4 folders write both).
    bool people(const YAML::Node &n, const QString &what, QString *value)
    {
        if (!n.IsSequence())
            return text(n, what, value);
        QStringList names;
        for (const YAML::Node &item : n) {
            QString name;
            if (!text(item, what, &name))
                return false;
            if (!name.trimmed().isEmpty())
                names << name.trimmed();
        }
        *value = names.join(QStringLiteral(", "));
        return true;
    }
    bool archboard(const YAML::Node &v);
    bool rows(const QString &key, const YAML::Node &v);

    QString m_block;
    int m_offset;
    FileRecord *m_out;
    StatusText *m_status;
    InputError *m_error;
};

bool MetadataReader::read(const YAML::Node &root, const QStringList &yamlLines)
{
    // Each top-level key's lines, for keys kept only in the file.
    std::vector<int> keyLines;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const YAML::Node key = it->first; // a copy: Mark() on the iterator's temporary trips GCC's dangling-pointer check
        keyLines.push_back(key.Mark().line);
    }
    std::sort(keyLines.begin(), keyLines.end());
    const auto linesOfKey = [&](int line) {
        const auto next = std::upper_bound(keyLines.begin(), keyLines.end(), line);
        const int end = next == keyLines.end() ? int(yamlLines.size()) : *next;
        QStringList out = yamlLines.mid(line, end - line);
        while (!out.isEmpty() && out.last().trimmed().isEmpty())
            out.removeLast();
        // Continuation lines four further in: the same YAML, and no line of it can start a
        // Markdown list or heading when log4brains renders the front matter as text.
        for (qsizetype i = 1; i < out.size(); ++i) {
            if (!out[i].isEmpty())
                out[i].prepend(QStringLiteral("    "));
        }
        return out;
    };
    for (auto it = root.begin(); it != root.end(); ++it) {
        const YAML::Node keyNode = it->first;
        const QString key = scalar(keyNode).toLower();
        const YAML::Node v = it->second;
        QString value;
        if (key == u"archboard") {
            if (!archboard(v))
                return false;
        } else if (key == u"status") {
            if (!text(v, key, &value))
                return false;
            *m_status = StatusText{StatusSource::Metadata, lineOf(v), value};
        } else if (key == u"date") {
            if (!text(v, key, &value))
                return false;
            const QDate d = QDate::fromString(value.trimmed(), Qt::ISODate);
            if (d.isValid())
                m_out->record.date = d;
            else if (!value.trimmed().isEmpty())
                note(lineOf(v), Text::tr("date “%1” is not YYYY-MM-DD; left empty").arg(value.trimmed()));
        } else if (key == u"decision-makers" || key == u"deciders") {
            if (!people(v, key, &m_out->record.decisionMakers))
                return false;
        } else if (key == u"consulted") {
            if (!people(v, key, &m_out->record.consulted))
                return false;
        } else if (key == u"informed") {
            if (!people(v, key, &m_out->record.informed))
                return false;
        } else {
            m_out->extras.frontMatter << linesOfKey(keyNode.Mark().line);
            note(lineOf(keyNode), Text::tr("%1 key “%2” not mapped (kept when the record is exported into this folder again)").arg(m_block, key));
        }
    }
    return true;
}

bool MetadataReader::archboard(const YAML::Node &v)
{
    if (!v.IsMap())
        return fail(lineOf(v), Text::tr("archboard must be a map"));
    QString value;
    for (auto a = v.begin(); a != v.end(); ++a) {
        const QString ak = scalar(a->first);
        // A copy: yaml-cpp's iterator hands out a temporary pair, so a reference
        // to a->second dangles after this statement (ASan: stack-use-after-scope).
        const YAML::Node av = a->second;
        if (ak == u"id") {
            if (!text(av, QStringLiteral("archboard.id"), &m_out->record.id))
                return false;
            m_out->hasId = !m_out->record.id.isEmpty();
        } else if (ak == u"number") {
            if (!text(av, QStringLiteral("archboard.number"), &value))
                return false;
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0)
                return fail(lineOf(av), Text::tr("archboard.number “%1” is not a whole number ≥ 0").arg(value));
            m_out->record.number = n;
            m_out->hasNumber = true;
        } else if (ak == u"superseded-by") {
            if (!text(av, QStringLiteral("archboard.superseded-by"), &m_out->successor))
                return false;
            m_out->successorIsId = true;
            m_out->successorLine = lineOf(av);
        } else if (ak == u"chosen") {
            if (!av.IsSequence())
                return fail(lineOf(av), Text::tr("archboard.chosen must be a list"));
            for (const YAML::Node &c : av) {
                if (!text(c, QStringLiteral("archboard.chosen"), &value))
                    return false;
                m_out->chosen << value; // matched once the options are read
            }
            m_out->hasChosen = true;
        } else if (ak == u"links" || ak == u"figures") {
            if (!rows(ak, av))
                return false;
        } else {
            note(lineOf(av), Text::tr("%1 key archboard.%2 not mapped").arg(m_block, ak));
        }
    }
    return true;
}

bool MetadataReader::rows(const QString &key, const YAML::Node &v)
{
    if (!v.IsSequence())
        return fail(lineOf(v), Text::tr("archboard.%1 must be a list").arg(key));
    for (const YAML::Node &item : v) {
        if (!item.IsMap())
            return fail(lineOf(item), Text::tr("each of archboard.%1 must be a map").arg(key));
        QHash<QString, QString> fields;
        for (auto f = item.begin(); f != item.end(); ++f) {
            QString fv;
            if (!text(f->second, QStringLiteral("archboard.%1.%2").arg(key, scalar(f->first)), &fv))
                return false;
            fields.insert(scalar(f->first), fv);
        }
        if (key == u"links") {
            const int kind = Enums::linkKind.indexOf(fields.value(QStringLiteral("kind")));
            if (kind < 0 || fields.value(QStringLiteral("element")).isEmpty()) {
                note(lineOf(item), Text::tr("link of kind “%1” to “%2” not recognised; left out")
                                       .arg(fields.value(QStringLiteral("kind")), fields.value(QStringLiteral("element"))));
                continue;
            }
            m_out->links.push_back({QString(), LinkKind(kind), fields.value(QStringLiteral("element"))});
            continue;
        }
        DecisionFigure fig;
        fig.key = fields.value(QStringLiteral("key"));
        fig.label = fields.value(QStringLiteral("label"));
        fig.text = fields.value(QStringLiteral("text"));
        fig.unit = fields.value(QStringLiteral("unit"));
        if (fields.contains(QStringLiteral("value"))) {
            bool ok = false;
            const double d = fields.value(QStringLiteral("value")).toDouble(&ok);
            if (!ok)
                return fail(lineOf(item), Text::tr("figure value “%1” is not a number").arg(fields.value(QStringLiteral("value"))));
            fig.value = d;
        }
        if (fig.key.isEmpty()) {
            note(lineOf(item), Text::tr("figure without a key left out"));
            continue;
        }
        m_out->figures.push_back(fig);
    }
    return true;
}

} // namespace

bool readMetadata(const QStringList &lines, int offset, const QString &block, FileRecord *out, StatusText *status, InputError *error)
{
    const QByteArray yaml = lines.join(u'\n').toUtf8() + '\n';
    YamlLimits limits;
    limits.maxBytes = maxFileBytes;
    limits.maxDepth = 8;
    limits.maxNodes = 100000;
    InputError guard;
    if (!checkYamlInput(yaml, limits, &guard)) {
        *error = InputError{out->file, guard.line + offset, 0, QStringLiteral("%1: %2").arg(block, guard.message)};
        return false;
    }
    YAML::Node root;
    try {
        root = YAML::Load(yaml.constData());
    } catch (const YAML::Exception &e) {
        *error = InputError{out->file, e.mark.line + 1 + offset, 0, QStringLiteral("%1: %2").arg(block, QString::fromStdString(e.msg))};
        return false;
    } catch (const std::bad_alloc &) {
        *error = InputError{out->file, offset, 0, Text::tr("%1 too large").arg(block)};
        return false;
    }
    if (root.IsNull())
        return true;
    if (!root.IsMap()) {
        *error = InputError{out->file, offset + 1, 0, Text::tr("%1 is not a list of “key: value” lines").arg(block)};
        return false;
    }
    MetadataReader reader(block, offset, out, status, error);
    return reader.read(root, lines);
}

QString referenceTarget(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(\\s*<?([^)>\\s]+)>?"));
    QString t = text.trimmed();
    const QRegularExpressionMatch m = link.match(t);
    if (m.hasMatch())
        t = m.captured(1);
    t = QFileInfo(t.section(u'#', 0, 0)).fileName();
    if (t.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive) || t.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive))
        t = t.section(u'.', 0, -2);
    return t.trimmed();
}

ParsedStatus parseStatus(const QString &text)
{
    static const QRegularExpression superseded(QStringLiteral("^superseded\\b(?:\\s+by\\b)?\\s*:?(.*)$"), QRegularExpression::CaseInsensitiveOption);
    ParsedStatus p;
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = superseded.match(t);
    if (m.hasMatch()) {
        p.known = true;
        p.status = DecisionStatus::Superseded;
        p.successor = m.captured(1).trimmed();
        return p;
    }
    const QString word = t.section(u' ', 0, 0).toLower();
    const int index = Enums::decisionStatus.indexOf(word);
    if (index >= 0 && DecisionStatus(index) != DecisionStatus::Unstated && t.section(u' ', 1).trimmed().isEmpty()) {
        p.known = true;
        p.status = DecisionStatus(index);
    }
    return p;
}

} // namespace ArchBoard::Madr
