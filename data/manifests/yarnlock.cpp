// yarn.lock: yarn 1's own format ("name@^1.0.0", name@~1.1: / version "1.2.3")
// and yarn berry's YAML ("name@npm:^1.0.0": / version: 1.2.3). Both are read
// line by line: each entry is a header of descriptors at the left margin and
// indented fields; only the version and checksum are needed.
#include "manifestparsing.h"

namespace ArchBoard::ManifestParsing {

namespace {

/// \a s without surrounding quotes ("…" with \" escapes, or '…').
QString unquote(QStringView s)
{
    s = s.trimmed();
    if (s.size() >= 2 && s.front() == u'"' && s.back() == u'"') {
        QString out;
        for (qsizetype i = 1; i + 1 < s.size(); ++i) {
            if (s[i] == u'\\' && i + 2 < s.size())
                ++i;
            out += s[i];
        }
        return out;
    }
    if (s.size() >= 2 && s.front() == u'\'' && s.back() == u'\'')
        return s.mid(1, s.size() - 2).toString().replace(QStringLiteral("''"), QStringLiteral("'"));
    return s.toString();
}

/// "\"a@^1\", a@~1.1" → ["a@^1", "a@~1.1"]; false when a quote is not closed.
bool splitDescriptors(QStringView header, QStringList *out)
{
    QString current;
    QChar quote;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QChar c = header[i];
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"' && i + 1 < header.size()) {
                current += header[++i];
            } else if (c == quote) {
                quote = QChar();
            } else {
                current += c;
            }
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u',' || (c == u' ' && current.isEmpty())) {
            if (c == u' ')
                continue;
            out->append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    if (!quote.isNull())
        return false;
    out->append(current.trimmed());
    // berry quotes the whole list: "a@npm:^1, a@npm:~1.1" (a range never holds a comma)
    QStringList split;
    for (const QString &part : std::as_const(*out)) {
        for (const QString &piece : part.split(u','))
            split.append(piece.trimmed());
    }
    *out = split;
    return true;
}

struct Entry
{
    QStringList descriptors;
    int line = 0;
    QString version;
    QString checksum;
    bool metadata = false;
};

void finishEntry(Entry &e, bool berry, Sink &out)
{
    if (e.descriptors.isEmpty() || e.metadata)
        return;
    if (e.version.isEmpty()) {
        out.error(e.line, Text::tr("entry %1 has no version").arg(quoted(e.descriptors.join(QStringLiteral(", ")))));
        return;
    }
    for (const QString &descriptor : std::as_const(e.descriptors)) {
        // The name ends at the first "@" after a scope's own "@".
        const qsizetype at = descriptor.indexOf(u'@', descriptor.startsWith(u'@') ? 1 : 0);
        if (at <= 0) {
            out.error(e.line, Text::tr("descriptor %1 is not “name@range”").arg(quoted(descriptor)));
            continue;
        }
        QString range = descriptor.mid(at + 1);
        if (range.startsWith(QLatin1String("workspace:")) || range.startsWith(QLatin1String("patch:"))
            || range.startsWith(QLatin1String("portal:")) || range.startsWith(QLatin1String("link:")))
            continue; // the workspace's own packages and patched copies: not a registry version
        // berry writes the default protocol ("npm:^1.0.0") that package.json leaves out; an alias keeps it.
        if (berry && range.startsWith(QLatin1String("npm:")) && !range.mid(4).contains(u'@'))
            range = range.mid(4);
        ManifestDependency dep;
        dep.ecosystem = Ecosystem::Npm;
        dep.name = descriptor.left(at);
        dep.requested = range;
        dep.resolved = e.version;
        dep.checksum = e.checksum;
        dep.line = e.line;
        out.add(std::move(dep));
    }
}

} // namespace

void parseYarnLock(const QByteArray &bytes, Sink &out)
{
    out.m.runtime = QStringLiteral("nodejs");
    const QString text = QString::fromUtf8(bytes);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    bool berry = false;
    Entry entry;
    bool inEntry = false;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int line = int(index + 1);
        QStringView raw = lines[index];
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        const QStringView trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        qsizetype indent = 0;
        while (indent < raw.size() && raw[indent] == u' ')
            ++indent;
        if (indent < raw.size() && raw[indent] == u'\t') {
            out.error(line, Text::tr("a tab in the indentation; yarn indents with spaces"));
            continue;
        }
        if (indent == 0) {
            if (inEntry)
                finishEntry(entry, berry, out);
            entry = Entry();
            inEntry = false;
            if (!trimmed.endsWith(u':')) {
                out.error(line, Text::tr("expected an entry header ending in “:”, found %1").arg(quoted(trimmed)));
                continue;
            }
            const QStringView header = trimmed.chopped(1);
            if (header == u"__metadata") {
                berry = true;
                entry.metadata = true;
                inEntry = true;
                continue;
            }
            if (!splitDescriptors(header, &entry.descriptors)) {
                out.error(line, Text::tr("a quoted descriptor is not closed"));
                entry.descriptors.clear();
                continue;
            }
            entry.line = line;
            inEntry = true;
            continue;
        }
        if (!inEntry) {
            out.error(line, Text::tr("an indented line outside an entry"));
            continue;
        }
        if (indent != 2)
            continue; // dependencies, bin, … of the entry
        // "version "1.2.3"" (yarn 1) or "version: 1.2.3" (berry)
        qsizetype end = 0;
        while (end < trimmed.size() && trimmed[end] != u' ' && trimmed[end] != u':')
            ++end;
        const QStringView key = trimmed.left(end);
        QStringView value = trimmed.mid(end);
        if (value.startsWith(u':'))
            value = value.mid(1);
        if (key == u"version") {
            const QString version = unquote(value);
            if (version.isEmpty())
                out.error(line, Text::tr("an empty version"));
            else if (out.fits(version, line, Text::tr("a version")))
                entry.version = version;
        } else if (key == u"integrity" || key == u"checksum") {
            const QString checksum = unquote(value);
            if (out.fits(checksum, line, Text::tr("a checksum")))
                entry.checksum = checksum;
        }
    }
    if (inEntry)
        finishEntry(entry, berry, out);
    out.sortByLine();
}

} // namespace ArchBoard::ManifestParsing
