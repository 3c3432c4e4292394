// A folder of record files → AdrImport (successors resolved), and the merge
// of imported records into a workspace.
#include "madrformat.h"
#include "madrreader.h"

#include "decisions.h"
#include "enums.h"
#include "filerules.h"
#include "safefile.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ArchBoard::Madr {

QStringList recordFiles(const QString &dirPath)
{
    static const QRegularExpression record(QStringLiteral("^[0-9]+-[^/]*\\.md$"), QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    // Every entry, also special files and broken links: each is read or said to be skipped.
    for (const QString &name : QDir(dirPath).entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name)) {
        if (record.match(name).hasMatch())
            out << name;
    }
    return out;
}

bool readFile(const QString &name, const QByteArray &content, AdrImport *import, InputError *error)
{
    ++import->files;
    FileRecord file;
    if (!readRecord(name, content, &file, error)) {
        import->errors << *error;
        return false;
    }
    Workspace &ws = import->records;
    DecisionRecord &r = file.record;
    if (r.id.isEmpty())
        r.id = QStringLiteral("adr-%1").arg(r.number, 4, 10, QChar(u'0'));
    // Within one import the id must be unique before successors are resolved.
    QString id = r.id;
    for (int k = 2; std::any_of(ws.decisions.begin(), ws.decisions.end(), [&](const DecisionRecord &d) { return d.id == id; }); ++k)
        id = QStringLiteral("%1-%2").arg(r.id).arg(k);
    r.id = id;
    r.supersededBy = file.successorIsId ? file.successor : QString();
    ws.decisions.push_back(r);
    import->sources << RecordSource{name, file.successorIsId ? QString() : file.successor, file.successorLine, file.supersedes};
    for (DecisionOption &o : file.options) {
        o.decision = id;
        ws.decisionOptions.push_back(o);
    }
    for (DecisionLink &l : file.links) {
        l.decision = id;
        ws.decisionLinks.push_back(l);
    }
    for (DecisionFigure &f : file.figures) {
        f.decision = id;
        ws.decisionFigures.push_back(f);
    }
    import->notes << file.notes;
    return true;
}

namespace {

/// The record a reference names: a file of the folder ("0003-use-go"), else a
/// number ("ADR-0003", "3"). -1 when none or several.
int resolve(const AdrImport &import, const QString &reference)
{
    const QString target = referenceTarget(reference);
    if (target.isEmpty())
        return -1;
    for (int i = 0; i < import.sources.size(); ++i) {
        if (QFileInfo(import.sources[i].file).completeBaseName() == target)
            return i;
    }
    static const QRegularExpression digits(QStringLiteral("([0-9]+)"));
    const QRegularExpressionMatch m = digits.match(target);
    if (!m.hasMatch())
        return -1;
    const qlonglong n = m.captured(1).toLongLong();
    int found = -1;
    for (int i = 0; i < int(import.records.decisions.size()); ++i) {
        if (import.records.decisions[size_t(i)].number == n) {
            if (found >= 0)
                return -1;
            found = i;
        }
    }
    return found;
}

void resolveReferences(AdrImport *import)
{
    std::vector<DecisionRecord> &records = import->records.decisions;
    for (int i = 0; i < import->sources.size(); ++i) {
        const RecordSource &s = import->sources[i];
        DecisionRecord &d = records[size_t(i)];
        if (s.successor.isEmpty())
            continue;
        const int next = resolve(*import, s.successor);
        if (next < 0)
            import->notes << Text::tr("%1:%2: superseded by “%3”, which is not a record of the folder; successor left empty")
                                 .arg(s.file)
                                 .arg(s.successorLine)
                                 .arg(s.successor);
        else
            d.supersededBy = records[size_t(next)].id;
    }
    // adr-tools writes "Supersedes …" into the newer record: it names the older one's successor.
    for (int i = 0; i < import->sources.size(); ++i) {
        for (const QString &reference : import->sources[i].supersedes) {
            const int old = resolve(*import, reference);
            if (old < 0) {
                import->notes << Text::tr("%1: supersedes “%2”, which is not a record of the folder").arg(import->sources[i].file, reference);
                continue;
            }
            DecisionRecord &d = records[size_t(old)];
            if (d.supersededBy.isEmpty() && d.status == DecisionStatus::Superseded)
                d.supersededBy = records[size_t(i)].id;
            else if (d.supersededBy != records[size_t(i)].id)
                import->notes << Text::tr("%1: supersedes %2, which says it is %3; left as it says")
                                     .arg(import->sources[i].file, import->sources[old].file,
                                          d.status == DecisionStatus::Superseded ? Text::tr("superseded by another record")
                                                                                 : Enums::decisionStatus.label(int(d.status)).toLower());
        }
    }
}

} // namespace

bool readFolder(const QString &dirPath, AdrImport *import, InputError *error)
{
    QDir dir(dirPath);
    if (!QFileInfo(dirPath).isDir() || !dir.isReadable()) {
        *error = InputError{dirPath, 0, 0, Text::tr("not a readable folder")};
        return false;
    }
    const QStringList records = recordFiles(dirPath);
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name)) {
        if (!records.contains(name))
            import->notes << Text::tr("%1: not a numbered record (NNNN-title.md); skipped").arg(dir.filePath(name));
    }
    const QString inside = QFileInfo(dirPath).canonicalFilePath() + u'/';
    for (const QString &name : records) {
        const QString path = dir.filePath(name);
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
    resolveReferences(import);
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
        if (d.number < 0 || d.number > 9999 || numbers.contains(d.number)) {
            while (numbers.contains(next))
                ++next;
            notes->append(Text::tr("“%1”: number %2 is taken or above 9999; numbered %3").arg(d.title).arg(d.number).arg(next));
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
