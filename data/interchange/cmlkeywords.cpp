#include "cmlformat.h"

#include <QSet>

namespace ArchBoard::Cml {

namespace {

// Every keyword of Context Mapper's grammar (ContextMappingDSL.xtext with the
// TacticDDDLanguage.xtext it extends), printed by scripts/cml-keywords.py, plus
// "ValueWeighting" of the Langium language server's grammar. Xtext's lexer
// turns each into a keyword token, so a name spelled like one does not parse.
constexpr const char *grammarKeywords[] = {
    "ACL", "ACT", "APPLICATION", "AS_IS", "AUTONOMY", "AccessObject", "Aggregate", "Application", "ApplicationPart",
    "Bag", "BasicType", "BigDecimal", "BigInteger", "Blob", "Boolean", "BoundedContext", "C", "CARE", "CF", "CHAR",
    "COMMODITY", "CONCRETE", "CONTROL", "CORE_DOMAIN", "CUSTOM_BUILT", "Clob", "Collection", "Command",
    "CommandEvent", "Consumer", "ContextMap", "Coordination", "D", "DECISION_MAKER", "DELETE", "DataTransferObject",
    "Date", "DateTime", "Domain", "DomainEvent", "Double", "Entity", "Event", "FAIRNESS", "FEATURE", "Float", "Flow",
    "GENERIC_SUBDOMAIN", "GENESIS", "GET", "HIGH", "HUGE", "INCLUSIVENESS", "INFLUENCER", "INNOVATION", "INTEGER",
    "Integer", "JOINED", "Key", "LOW", "List", "Long", "MEDIUM", "META", "MONITOR", "MONOPOLIST", "Map", "Module",
    "NORMAL", "None", "O", "OFTEN", "OHS", "OPINION_LEADER", "ORGANIZATIONAL", "P", "PERFECTION", "PL", "POST",
    "PRIVACY", "PRODUCT", "PUT", "PagedResult", "PagingParameter", "Partnership", "RARELY", "RESPECT", "Repository",
    "Resource", "S", "SINGLE_TABLE", "SK", "STRING", "SUPPORTING_DOMAIN", "SUSTAINABILITY", "SYSTEM",
    "SYSTEM_LANDSCAPE", "Service", "Set", "Stakeholder", "StakeholderGroup", "Stakeholders", "String", "Subdomain",
    "TEAM", "TINY", "TO_BE", "TRANSPARENCY", "TRUST", "TacticDDDApplication", "Timestamp", "Trait", "U", "UNDEFINED",
    "UseCase", "UserStory", "VETO_RIGHT", "Value", "ValueCluster", "ValueEpic", "ValueNarrative", "ValueObject",
    "ValueRegister", "ValueWeigthing", "X", "a", "abstract", "action", "actor", "aggregateLifecycle", "aggregateRoot",
    "an", "are", "assertFalse", "assertTrue", "association", "auditable", "availabilityCriticality", "bad",
    "basePackage", "belongsTo", "benefit", "boolean", "build", "businessModel", "cache", "cascade", "changeable",
    "command", "condition", "consequences", "consistencyCriticality", "construct", "contains", "contentVolatility",
    "core", "create", "creditCardNumber", "databaseColumn", "databaseJoinColumn", "databaseJoinTable",
    "databaseTable", "databaseType", "decimalMax", "decimalMin", "def", "delete", "demonstrator", "description",
    "digits", "discriminatorColumn", "discriminatorLength", "discriminatorType", "discriminatorValue",
    "domainVisionStatement", "double", "downstreamRights", "email", "enum", "event", "eventBus", "evolution",
    "exposedAggregates", "extends", "external", "features", "fetch", "float", "for", "future", "gap", "good",
    "groupBy", "harmed", "hint", "immutable", "impact", "implementationTechnology", "implements", "import", "in",
    "index", "influence", "inheritanceType", "inject", "int", "interactions", "interest", "inverse", "is", "isCore",
    "key", "knowledgeLevel", "length", "level", "likelihoodForChange", "long", "map", "max", "min", "neutral",
    "nogap", "not", "notBlank", "notEmpty", "nullable", "o", "of", "operation", "opposingValue", "opposite",
    "optimisticLocking", "orderBy", "orderColumn", "orderby", "ordinal", "owner", "package", "past", "path",
    "pattern", "persistent", "priority", "private", "promoted", "protected", "public", "publish", "query",
    "queueName", "range", "read", "realizes", "reduced", "reference", "refines", "relatedValue", "required",
    "responsibilities", "return", "scaffold", "scope", "scriptAssert", "secondaryActors", "securityAccessGroup",
    "securityCriticality", "securityZone", "select", "size", "stakeholder", "state", "storageSimilarity",
    "structuralVolatility", "subscribe", "supports", "the", "throws", "to", "topicName", "transient", "triggers",
    "type", "unique", "update", "url", "useCases", "userRequirements", "userStories", "valid", "validate", "values",
    "void", "webservice", "with", "write", "x",
};

// First words of keywords that contain a space ("delegates to", "As a"): the
// lexer may take such a name for the start of that keyword.
constexpr const char *keywordStarts[] = {
    "As", "I", "In", "When", "accepting", "and", "as", "delegates", "emits", "expecting", "initiated", "more",
    "possibly", "realization", "reduction", "running", "so", "split", "stakeholders", "unmarshall",
};

const QSet<QString> &keywordSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *k : grammarKeywords)
            s.insert(QString::fromLatin1(k));
        for (const char *k : keywordStarts)
            s.insert(QString::fromLatin1(k));
        s.insert(QStringLiteral("ValueWeighting"));
        return s;
    }();
    return set;
}

} // namespace

bool isKeyword(const QString &word)
{
    return keywordSet().contains(word);
}

int keywordCount()
{
    return int(keywordSet().size());
}

bool isName(const QString &text)
{
    if (text.isEmpty() || text.front().isDigit() || isKeyword(text))
        return false;
    for (QChar c : text) {
        if (!((c.isLetterOrNumber() && c.unicode() < 128) || c == u'_'))
            return false;
    }
    return true;
}

QString identifier(const QString &id)
{
    QString out;
    bool upper = false;
    for (QChar c : id) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == u'_') {
            out += upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = !out.isEmpty(); // "sub-app-a" → "subAppA"
        }
    }
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QStringLiteral("Context_"));
    // Renamed rather than escaped with "^": the Langium language server has no escape.
    if (isKeyword(out))
        out += u'_';
    return out;
}

} // namespace ArchBoard::Cml
