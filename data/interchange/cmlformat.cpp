#include "cmlformat.h"
#include "cmlreader.h"

#include <QRegularExpression>
#include <QSet>

namespace ArchBoard::Cml {

namespace {

/// merge() without the note on the map's type and state.
QStringList mergeRows(const CmlImport &import, const Workspace &ws, std::vector<BoundedContext> *newContexts,
                      std::vector<ContextRelation> *newRelations)
{
    QStringList notes = import.notes;
    QSet<QString> contextIds;
    for (const BoundedContext &c : ws.contexts)
        contextIds.insert(c.id);
    QSet<QString> relationIds;
    for (const ContextRelation &r : ws.relations)
        relationIds.insert(r.id);
    for (BoundedContext c : import.contexts) {
        if (contextIds.contains(c.id)) {
            notes << Text::tr("bounded context %1 exists already: kept as it is").arg(c.id);
            continue;
        }
        // The technology text names a language when it names one of the candidates.
        const QString technology = c.language;
        c.language.clear();
        for (const Candidate &cand : ws.candidates) {
            const QRegularExpression word(QStringLiteral("(^|[^A-Za-z])") + QRegularExpression::escape(cand.name) + QStringLiteral("($|[^A-Za-z])"),
                                          QRegularExpression::CaseInsensitiveOption);
            if (!technology.isEmpty() && (technology.compare(cand.id, Qt::CaseInsensitive) == 0 || word.match(technology).hasMatch())) {
                c.language = cand.id;
                break;
            }
        }
        if (!technology.isEmpty() && c.language.isEmpty()) {
            // Kept as written, between the vision statement and the other CML attributes.
            SplitText split = splitAttributes(Owner::Context, c.description);
            split.attributes.push_back(Attribute{QStringLiteral("implementationTechnology"), quoted(technology)});
            c.description = withAttributes(split.text, inGrammarOrder(Owner::Context, split.attributes));
            if (!ws.candidates.empty())
                notes << Text::tr("%1: implementation technology “%2” matches no candidate; kept in the description").arg(c.id, technology);
        }
        newContexts->push_back(c);
        contextIds.insert(c.id);
    }
    for (ContextRelation r : import.relations) {
        if (relationIds.contains(r.id)) {
            notes << Text::tr("relation %1 exists already: kept as it is").arg(r.id);
            continue;
        }
        newRelations->push_back(r);
        relationIds.insert(r.id);
    }
    return notes;
}

} // namespace

QStringList merge(const CmlImport &import, const Workspace &ws, std::vector<BoundedContext> *newContexts,
                  std::vector<ContextRelation> *newRelations)
{
    QStringList notes = mergeRows(import, ws, newContexts, newRelations);
    QStringList map;
    if (!import.mapType.isEmpty())
        map << QStringLiteral("type = %1").arg(import.mapType);
    if (!import.mapState.isEmpty())
        map << QStringLiteral("state = %1").arg(import.mapState);
    if (!map.isEmpty())
        notes << Text::tr("the ContextMap's %1 is kept only when the file is opened as a new workspace (archboard-cli import-cml)")
                     .arg(map.join(QStringLiteral(", ")));
    return notes;
}

Workspace toWorkspace(const CmlImport &import)
{
    Workspace ws;
    ws.info.name = import.mapName.isEmpty() ? Text::tr("Imported context map") : import.mapName;
    ws.info.source = Text::tr("Imported from Context Mapper (CML)");
    std::vector<Attribute> map;
    if (!import.mapType.isEmpty())
        map.push_back(Attribute{QStringLiteral("type"), import.mapType});
    if (!import.mapState.isEmpty())
        map.push_back(Attribute{QStringLiteral("state"), import.mapState});
    ws.info.description = withAttributes(QString(), map);
    mergeRows(import, ws, &ws.contexts, &ws.relations);
    return ws;
}

} // namespace ArchBoard::Cml
