#include "cmlformat.h"
#include "cmlreader.h"

#include "safefile.h"
#include "schema.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ArchBoard::Cml {

namespace {

/// Unique CML names: contexts first, then the names the writer adds (subdomains).
class Names
{
public:
    QString add(const QString &wanted)
    {
        const QString name = identifier(wanted);
        QString unique = name;
        for (int k = 2; m_used.contains(unique); ++k)
            unique = name + QString::number(k);
        m_used.insert(unique);
        return unique;
    }

private:
    QSet<QString> m_used;
};

/// Notes the attribute lines of \a text that name a known key but are not valid.
void noteInvalid(Owner owner, const SplitText &split, const QString &what, QStringList *notes)
{
    for (const QString &line : split.invalid) {
        const QString key = line.mid(4).section(u'=', 0, 0).trimmed();
        if (attributeKeys(owner).contains(key))
            *notes << Text::tr("%1: “%2” is no valid CML attribute; written as text").arg(what, line);
    }
}

QString relationLine(const ContextRelation &r, const QString &up, const QString &down)
{
    switch (r.pattern) {
    case ContextPattern::Partnership:
        return QStringLiteral("%1 [P]<->[P] %2").arg(up, down);
    case ContextPattern::SharedKernel:
        return QStringLiteral("%1 [SK]<->[SK] %2").arg(up, down);
    case ContextPattern::CustomerSupplier:
    case ContextPattern::UpstreamDownstream:
    case ContextPattern::SeparateWays:
        break;
    }
    QStringList upRoles{QStringLiteral("U")};
    QStringList downRoles{QStringLiteral("D")};
    if (r.pattern == ContextPattern::CustomerSupplier) {
        upRoles << QStringLiteral("S");
        downRoles << QStringLiteral("C");
    }
    if (r.upstreamRoles == UpstreamRoles::OpenHostService || r.upstreamRoles == UpstreamRoles::OpenHostServiceAndPublishedLanguage)
        upRoles << QStringLiteral("OHS");
    if (r.upstreamRoles == UpstreamRoles::PublishedLanguage || r.upstreamRoles == UpstreamRoles::OpenHostServiceAndPublishedLanguage)
        upRoles << QStringLiteral("PL");
    if (r.downstreamRole == DownstreamRole::AnticorruptionLayer)
        downRoles << QStringLiteral("ACL");
    if (r.downstreamRole == DownstreamRole::Conformist)
        downRoles << QStringLiteral("CF");
    return QStringLiteral("%1 [%2]->[%3] %4").arg(up, upRoles.join(u','), downRoles.join(u','), down);
}

/// The id import-cml gives a relationship without a name ("a-b", "a-b-2").
bool defaultRelationId(const ContextRelation &r)
{
    const QString base = Schema::slugify(r.upstream + u'-' + r.downstream);
    static const QRegularExpression suffix(QStringLiteral("^-[0-9]+$"));
    return r.id == base || (r.id.startsWith(base) && suffix.match(r.id.mid(base.size())).hasMatch());
}

QString relationship(const ContextRelation &r, const QString &up, const QString &down, QStringList *notes)
{
    QString line = relationLine(r, up, down);
    if (isName(r.id))
        line += QStringLiteral(" : %1").arg(r.id);
    else if (!defaultRelationId(r))
        *notes << Text::tr("relation %1: its id is no CML name (letters, digits, _; no keyword) and is not written").arg(r.id);
    const SplitText split = splitAttributes(Owner::Relation, r.description);
    noteInvalid(Owner::Relation, split, Text::tr("relation %1").arg(r.id), notes);
    QStringList lost;
    if (!split.text.trimmed().isEmpty())
        lost << Text::tr("description");
    if (r.expectedLatencyMs)
        lost << Text::tr("expected latency");
    if (!lost.isEmpty())
        *notes << Text::tr("relation %1: %2 not exported (CML has no place for it)").arg(r.id, lost.join(Text::tr(", ")));
    QStringList body;
    QStringList technology;
    if (r.mechanism != SyncMechanism::Unspecified)
        technology << englishLabel(Enums::syncMechanism, int(r.mechanism));
    if (r.format != DataFormat::Unspecified)
        technology << englishLabel(Enums::dataFormat, int(r.format));
    const bool symmetric = r.pattern == ContextPattern::Partnership || r.pattern == ContextPattern::SharedKernel;
    for (const Attribute &a : split.attributes) {
        if (a.key == u"implementationTechnology" && !technology.isEmpty()) {
            *notes << Text::tr("relation %1: the description's %2 is not written; the mechanism and format are").arg(r.id, attributeLine(a));
        } else if (a.key == u"downstreamRights" && symmetric) {
            *notes << Text::tr("relation %1: a symmetric relationship has no downstreamRights; “%2” is not written").arg(r.id, attributeLine(a));
        } else {
            body << QStringLiteral("%1 = %2").arg(a.key, a.value);
        }
    }
    if (!technology.isEmpty())
        body.prepend(QStringLiteral("implementationTechnology = %1").arg(quoted(technology.join(QStringLiteral(" · ")))));
    if (!body.isEmpty())
        line += QStringLiteral(" {\n    %1\n  }").arg(body.join(QStringLiteral("\n    ")));
    return line;
}

/// What a context holds that CML has no place for.
void noteLostFields(const BoundedContext &c, QStringList *notes)
{
    QStringList lost;
    if (!c.name.isEmpty() && c.name != c.id)
        lost << Text::tr("name “%1”").arg(c.name);
    if (!c.team.isEmpty())
        lost << Text::tr("team");
    if (!c.teamSkills.isEmpty())
        lost << Text::tr("team skills");
    if (c.dataFormat != DataFormat::Unspecified)
        lost << Text::tr("data format");
    if (c.syncMechanism != SyncMechanism::Unspecified)
        lost << Text::tr("sync mechanism");
    if (c.latencyToleranceMs)
        lost << Text::tr("latency tolerance");
    if (!c.tier.isEmpty())
        lost << Text::tr("SLA tier");
    if (c.functionCount > 0)
        lost << Text::tr("function count");
    if (!lost.isEmpty())
        *notes << Text::tr("bounded context %1: %2 not exported (CML has no place for them)").arg(c.id, lost.join(Text::tr(", ")));
}

QString boundedContext(const BoundedContext &c, const QString &name, const QString &subdomain, const QHash<QString, QString> &languageName,
                       QStringList *notes)
{
    const SplitText split = splitAttributes(Owner::Context, c.description);
    noteInvalid(Owner::Context, split, Text::tr("bounded context %1").arg(c.id), notes);
    noteLostFields(c, notes);
    std::vector<Attribute> attributes = split.attributes;
    if (!c.language.isEmpty()) {
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (it->key == u"implementationTechnology") {
                *notes << Text::tr("bounded context %1: the description's %2 is not written; the language is").arg(c.id, attributeLine(*it));
                attributes.erase(it);
                break;
            }
        }
        attributes.push_back(Attribute{QStringLiteral("implementationTechnology"), quoted(languageName.value(c.language, c.language))});
    }
    QStringList body;
    if (!split.text.isEmpty())
        body << QStringLiteral("domainVisionStatement = %1").arg(quoted(split.text));
    for (const Attribute &a : inGrammarOrder(Owner::Context, attributes))
        body << QStringLiteral("%1 = %2").arg(a.key, a.value);
    QString out = QStringLiteral("\nBoundedContext %1").arg(name);
    if (!subdomain.isEmpty())
        out += QStringLiteral(" implements %1").arg(subdomain);
    return out + (body.isEmpty() ? QStringLiteral("\n") : QStringLiteral(" {\n  %1\n}\n").arg(body.join(QStringLiteral("\n  "))));
}

} // namespace

QByteArray write(const Workspace &ws, QStringList *notes)
{
    Names names;
    QHash<QString, QString> cmlName;
    for (const BoundedContext &c : ws.contexts) {
        const QString name = names.add(c.id);
        cmlName.insert(c.id, name);
        if (name != c.id)
            *notes << Text::tr("bounded context %1 is called %2 in CML (CML names are identifiers and no keywords)").arg(c.id, name);
    }
    // Domain types become subdomains, unless every context is core (ArchBoard's default).
    QHash<DomainType, QString> subdomain;
    bool typed = false;
    for (const BoundedContext &c : ws.contexts)
        typed = typed || c.domainType != DomainType::Core;
    if (typed) {
        for (const BoundedContext &c : ws.contexts) {
            if (!subdomain.contains(c.domainType)) {
                subdomain.insert(c.domainType, names.add(c.domainType == DomainType::Core         ? QStringLiteral("CoreSubdomain")
                                                             : c.domainType == DomainType::Supporting ? QStringLiteral("SupportingSubdomain")
                                                                                                      : QStringLiteral("GenericSubdomain")));
            }
        }
    }
    QHash<QString, QString> languageName;
    for (const Candidate &c : ws.candidates)
        languageName.insert(c.id, c.name);

    const QString mapName = identifier(ws.info.name.isEmpty() ? QStringLiteral("ContextMap") : ws.info.name);
    if (!ws.info.name.isEmpty() && mapName != ws.info.name)
        *notes << Text::tr("the workspace name “%1” is written as the map name %2").arg(ws.info.name, mapName);
    QString out;
    out += QStringLiteral("/* Exported from ArchBoard: %1 */\n\n").arg(QString(ws.info.name).replace(QStringLiteral("*/"), QStringLiteral("* /")));
    out += QStringLiteral("ContextMap %1 {\n").arg(mapName);
    const SplitText map = splitAttributes(Owner::Map, ws.info.description);
    for (const Attribute &a : map.attributes)
        out += QStringLiteral("  %1 = %2\n").arg(a.key, a.value);
    if (!map.attributes.empty())
        out += u'\n';
    for (const BoundedContext &c : ws.contexts)
        out += QStringLiteral("  contains %1\n").arg(cmlName.value(c.id));
    if (!ws.relations.empty())
        out += u'\n';
    for (const ContextRelation &r : ws.relations) {
        if (!cmlName.contains(r.upstream) || !cmlName.contains(r.downstream)) {
            *notes << Text::tr("relation %1 refers to a context that does not exist: left out").arg(r.id);
            continue;
        }
        const QString up = cmlName.value(r.upstream);
        const QString down = cmlName.value(r.downstream);
        if (r.pattern == ContextPattern::SeparateWays) {
            *notes << Text::tr("relation %1 (Separate Ways) has no CML relationship: written as a comment").arg(r.id);
            out += QStringLiteral("  // Separate Ways: %1 / %2\n").arg(up, down);
            continue;
        }
        out += QStringLiteral("  %1\n").arg(relationship(r, up, down, notes));
    }
    out += QStringLiteral("}\n");
    for (const BoundedContext &c : ws.contexts)
        out += boundedContext(c, cmlName.value(c.id), subdomain.value(c.domainType), languageName, notes);
    if (typed) {
        out += QStringLiteral("\nDomain %1 {\n").arg(names.add(mapName + QStringLiteral("Domain")));
        for (DomainType t : {DomainType::Core, DomainType::Supporting, DomainType::Generic}) {
            if (subdomain.contains(t)) {
                out += QStringLiteral("  Subdomain %1 {\n    type = %2\n  }\n")
                           .arg(subdomain.value(t), t == DomainType::Core         ? QStringLiteral("CORE_DOMAIN")
                                                    : t == DomainType::Supporting ? QStringLiteral("SUPPORTING_DOMAIN")
                                                                                  : QStringLiteral("GENERIC_SUBDOMAIN"));
            }
        }
        out += QStringLiteral("}\n");
    }
    return out.toUtf8();
}

bool writeFile(const Workspace &ws, const QString &path, QStringList *notes, QString *error)
{
    return SafeFile::write(path, write(ws, notes), error);
}

} // namespace ArchBoard::Cml
