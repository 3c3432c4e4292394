#include "cmlformat.h"
#include "cmlreader.h"

#include "enums.h"
#include "filerules.h"
#include "safefile.h"
#include "schema.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace ArchBoard::Cml {

namespace {

struct RawRelationship
{
    QString left;
    QString right;
    QStringList leftRoles;
    QStringList rightRoles;
    QString op; ///< "->", "<-", "<->" or a keyword
    QString name;
    QString technology;
    QString downstreamRights;
    int line = 0;
};

/// ArchBoard's domain type for a CML subdomain type; nullopt for UNDEFINED.
std::optional<DomainType> domainTypeOf(const QString &subdomainType)
{
    if (subdomainType == u"CORE_DOMAIN")
        return DomainType::Core;
    if (subdomainType == u"SUPPORTING_DOMAIN")
        return DomainType::Supporting;
    if (subdomainType == u"GENERIC_SUBDOMAIN")
        return DomainType::Generic;
    return std::nullopt;
}

/// True when \a text names the enum value \a index: its key, its English label or the label shown.
bool namesValue(const EnumDef &e, int index, const QString &text)
{
    return text.compare(e.key(index), Qt::CaseInsensitive) == 0 || text.compare(englishLabel(e, index), Qt::CaseInsensitive) == 0
        || text.compare(e.label(index), Qt::CaseInsensitive) == 0;
}

class Parser
{
public:
    Parser(std::vector<Token> tokens, CmlImport *out) : m_t(std::move(tokens)), m_out(out) {}

    void run()
    {
        while (peek().type != Tok::End) {
            const Token t = next();
            if (t.type != Tok::Ident)
                fail(t, Text::tr("expected a declaration such as ContextMap or BoundedContext"));
            if (t.text == u"ContextMap")
                contextMap(t);
            else if (t.text == u"BoundedContext")
                boundedContext();
            else if (t.text == u"Domain")
                domain(t);
            else if (t.text == u"import") {
                const Token file = expect(Tok::String, Text::tr("a file name"));
                note(t, Text::tr("import \"%1\" is not followed; import that file on its own").arg(file.text));
            } else {
                QString name = peek().type == Tok::Ident ? peek().text : QString();
                if (name == u"of" && peek(1).type == Tok::Ident) // Stakeholders of Context
                    name += u' ' + peek(1).text;
                skipDeclaration();
                note(t, Text::tr("%1 %2 is not imported (ArchBoard reads the context map and its bounded contexts)").arg(t.text, name).simplified());
            }
        }
        finish();
    }

private:
    const Token &peek(int ahead = 0) const { return m_t[std::min(m_pos + size_t(ahead), m_t.size() - 1)]; }
    Token next()
    {
        const Token t = peek();
        if (m_pos + 1 < m_t.size())
            ++m_pos;
        return t;
    }
    bool accept(const QString &symbol)
    {
        if (peek().type == Tok::Symbol && peek().text == symbol) {
            next();
            return true;
        }
        return false;
    }
    [[noreturn]] void fail(const Token &t, const QString &message)
    {
        throw ParseError{t.line, t.column,
                         t.type == Tok::End ? Text::tr("%1, but the file ends").arg(message) : Text::tr("%1, found “%2”").arg(message, t.text)};
    }
    Token expect(Tok type, const QString &what)
    {
        if (peek().type != type)
            fail(peek(), Text::tr("expected %1").arg(what));
        return next();
    }
    void expectSymbol(const QString &symbol)
    {
        if (!accept(symbol))
            fail(peek(), Text::tr("expected “%1”").arg(symbol));
    }
    void note(const Token &at, const QString &message) { m_out->notes << Text::tr("line %1: %2").arg(at.line).arg(message); }

    static bool topLevel(const QString &word)
    {
        static const QSet<QString> words = {QStringLiteral("ContextMap"), QStringLiteral("BoundedContext"), QStringLiteral("Domain"),
                                            QStringLiteral("import"),     QStringLiteral("UseCase"),        QStringLiteral("UserStory"),
                                            QStringLiteral("Stakeholders"), QStringLiteral("ValueRegister")};
        return words.contains(word);
    }

    /// Skips "Keyword Name … { … }" or a one-line declaration, keeping braces balanced.
    void skipDeclaration()
    {
        int depth = 0;
        while (peek().type != Tok::End) {
            const Token &t = peek();
            if (t.type == Tok::Symbol && t.text == u"{")
                ++depth;
            else if (t.type == Tok::Symbol && t.text == u"}") {
                if (depth == 0)
                    return;
                --depth;
                if (depth == 0) {
                    next();
                    return;
                }
            } else if (depth == 0 && t.type == Tok::Ident && topLevel(t.text) && m_pos > 0 && m_t[m_pos - 1].line != t.line) {
                return; // the next top-level declaration
            }
            next();
        }
    }

    /// Reads "value" after an attribute name: `name = value` or `name value`. Returns
    /// the value's text; \a cml receives it in CML syntax (strings quoted).
    QString attributeValue(QString *cml = nullptr)
    {
        accept(QStringLiteral("="));
        QStringList parts;
        QStringList syntax;
        do {
            const Token v = next();
            if (v.type == Tok::End || (v.type == Tok::Symbol && v.text != u"-"))
                fail(v, Text::tr("expected a value"));
            parts << v.text;
            syntax << (v.type == Tok::String ? quoted(v.text) : v.text);
        } while (accept(QStringLiteral(",")));
        if (cml)
            *cml = syntax.join(QStringLiteral(", "));
        return parts.join(QStringLiteral(", "));
    }

    /// Keeps \a key = \a value of \a owner as an attribute line, or notes why not.
    bool keepAttribute(Owner owner, const Token &key, const QString &value, const QString &where, std::vector<Attribute> *into)
    {
        QString why;
        if (!validAttribute(owner, key.text, value, &why)) {
            note(key, Text::tr("%1 of %2 is not imported: “%3” is not %4").arg(key.text, where, value, why));
            return false;
        }
        into->push_back(Attribute{key.text, value});
        return true;
    }

    void contextMap(const Token &at)
    {
        if (m_seenMap)
            note(at, Text::tr("a second ContextMap: its relationships are read as well"));
        m_seenMap = true;
        if (peek().type == Tok::Ident) // the name is optional
            m_out->mapName = next().text;
        expectSymbol(QStringLiteral("{"));
        while (!accept(QStringLiteral("}"))) {
            const Token t = peek();
            if (t.type == Tok::End)
                fail(t, Text::tr("expected “}” to close the ContextMap"));
            if (t.type == Tok::Ident && (t.text == u"type" || t.text == u"state")
                && (peek(1).text == u"=" || (peek(1).type == Tok::Ident && peek(2).type != Tok::Symbol))) {
                next();
                QString value;
                attributeValue(&value);
                std::vector<Attribute> kept;
                if (keepAttribute(Owner::Map, t, value, Text::tr("the ContextMap"), &kept))
                    (t.text == u"type" ? m_out->mapType : m_out->mapState) = value;
                continue;
            }
            if (t.type == Tok::Ident && t.text == u"contains") {
                next();
                do {
                    const Token name = expect(Tok::Ident, Text::tr("a bounded context name"));
                    mention(name.text);
                } while (accept(QStringLiteral(",")));
                continue;
            }
            relationship();
        }
    }

    QStringList roles()
    {
        QStringList out;
        if (!accept(QStringLiteral("[")))
            return out;
        do {
            out << expect(Tok::Ident, Text::tr("a role (U, D, S, C, OHS, PL, ACL, CF, P, SK)")).text;
        } while (accept(QStringLiteral(",")));
        expectSymbol(QStringLiteral("]"));
        return out;
    }

    void relationship()
    {
        RawRelationship r;
        r.line = peek().line;
        r.leftRoles = roles();
        r.left = expect(Tok::Ident, Text::tr("a bounded context name or a relationship")).text;
        r.leftRoles += roles();
        const Token op = peek();
        if (op.type == Tok::Symbol && (op.text == u"->" || op.text == u"<-" || op.text == u"<->")) {
            next();
            r.op = op.text;
        } else if (op.type == Tok::Ident) {
            // Keyword forms: Partnership, Shared-Kernel, Customer-Supplier, Supplier-Customer,
            // Upstream-Downstream, Downstream-Upstream.
            next();
            r.op = op.text;
            if (accept(QStringLiteral("-")))
                r.op += u'-' + expect(Tok::Ident, Text::tr("the rest of the relationship keyword")).text;
            static const QStringList keywords = {
                QStringLiteral("Partnership"), QStringLiteral("Shared-Kernel"), QStringLiteral("Customer-Supplier"),
                QStringLiteral("Supplier-Customer"), QStringLiteral("Upstream-Downstream"), QStringLiteral("Downstream-Upstream")};
            if (!keywords.contains(r.op))
                fail(op, Text::tr("expected ->, <-, <-> or a relationship keyword (%1)").arg(keywords.join(QStringLiteral(", "))));
        } else {
            fail(op, Text::tr("expected ->, <- or <-> between two bounded contexts"));
        }
        r.rightRoles = roles();
        const Token right = expect(Tok::Ident, Text::tr("a bounded context name"));
        r.right = right.text;
        // Roles may follow the right-hand name too, but a role list on the next line belongs
        // to the next relationship ("[U,OHS]B -> [D]C").
        if (peek().line == right.line)
            r.rightRoles += roles();
        if (accept(QStringLiteral(":")))
            r.name = expect(Tok::Ident, Text::tr("a relationship name")).text;
        if (accept(QStringLiteral("{"))) {
            while (!accept(QStringLiteral("}"))) {
                const Token key = expect(Tok::Ident, Text::tr("a relationship attribute"));
                QString cml;
                const QString value = attributeValue(&cml);
                if (key.text == u"implementationTechnology")
                    r.technology = value;
                else if (key.text == u"name")
                    r.name = value;
                else if (key.text == u"downstreamRights" && validAttribute(Owner::Relation, key.text, cml))
                    r.downstreamRights = cml;
                else
                    note(key, Text::tr("%1 of the relationship %2–%3 is not imported").arg(key.text, r.left, r.right));
            }
        }
        mention(r.left);
        mention(r.right);
        m_relationships.push_back(r);
    }

    void boundedContext()
    {
        const Token name = expect(Tok::Ident, Text::tr("the bounded context's name"));
        BoundedContext &c = context(name.text);
        m_declared.insert(name.text);
        // implements / realizes / refines … up to the body.
        while (peek().type == Tok::Ident && (peek().text == u"implements" || peek().text == u"realizes" || peek().text == u"refines")) {
            const Token kw = next();
            QStringList targets;
            do {
                targets << expect(Tok::Ident, Text::tr("a name")).text;
            } while (accept(QStringLiteral(",")));
            if (kw.text == u"implements") {
                m_implements[name.text] += targets;
                note(kw, Text::tr("%1 implements %2: the link is not kept (the domain type is taken from it)").arg(name.text, targets.join(QStringLiteral(", "))));
            } else {
                note(kw, Text::tr("%1 %2 %3 is not imported").arg(name.text, kw.text, targets.join(QStringLiteral(", "))));
            }
        }
        if (!accept(QStringLiteral("{")))
            return;
        QString vision;
        std::vector<Attribute> attributes;
        while (!accept(QStringLiteral("}"))) {
            Token key = peek();
            if (key.type == Tok::End)
                fail(key, Text::tr("expected “}” to close BoundedContext %1").arg(name.text));
            // A doc string may stand before a nested declaration ("…" Aggregate Customers).
            if (key.type == Tok::String && peek(1).type == Tok::Ident) {
                next();
                key = peek();
            }
            if (key.type != Tok::Ident)
                fail(key, Text::tr("expected an attribute of BoundedContext %1").arg(name.text));
            // Nested declarations (Aggregate, Module, Application, …) are skipped as a whole.
            const bool nested = key.text.front().isUpper() && key.text != u"CONCRETE" && key.text != u"META";
            if (nested) {
                next();
                const QString inner = peek().type == Tok::Ident ? peek().text : QString();
                skipDeclaration();
                note(key, Text::tr("%1 %2 in %3 is not imported").arg(key.text, inner, name.text).simplified());
                continue;
            }
            next();
            QString cml;
            const QString value = attributeValue(&cml);
            if (key.text == u"domainVisionStatement")
                vision = value;
            else if (key.text == u"implementationTechnology")
                m_technology.insert(name.text, value);
            else if (attributeKeys(Owner::Context).contains(key.text))
                keepAttribute(Owner::Context, key, cml, name.text, &attributes);
            else
                note(key, Text::tr("%1 of %2 is not imported").arg(key.text, name.text));
        }
        c.description = withAttributes(vision, inGrammarOrder(Owner::Context, attributes));
    }

    void domain(const Token &at)
    {
        const Token name = expect(Tok::Ident, Text::tr("the domain's name"));
        QStringList subdomains;
        if (accept(QStringLiteral("{"))) {
            while (!accept(QStringLiteral("}"))) {
                const Token t = peek();
                if (t.type == Tok::End)
                    fail(t, Text::tr("expected “}” to close Domain %1").arg(name.text));
                if (t.type == Tok::Ident && t.text == u"Subdomain") {
                    next();
                    subdomains << subdomain();
                } else if (t.type == Tok::Ident && t.text == u"domainVisionStatement") {
                    next();
                    attributeValue();
                } else {
                    fail(t, Text::tr("expected Subdomain or domainVisionStatement in Domain %1").arg(name.text));
                }
            }
        }
        m_domainParts.insert(name.text);
        note(at, subdomains.isEmpty()
                     ? Text::tr("Domain %1 is not imported (ArchBoard has no domains)").arg(name.text)
                     : Text::tr("Domain %1 is not imported (ArchBoard has no domains); the contexts that implement its subdomains %2 take their types")
                           .arg(name.text, subdomains.join(QStringLiteral(", "))));
    }

    QString subdomain()
    {
        const Token name = expect(Tok::Ident, Text::tr("the subdomain's name"));
        m_domainParts.insert(name.text);
        if (peek().type == Tok::Ident && peek().text == u"supports") {
            next();
            do {
                expect(Tok::Ident, Text::tr("a use case or user story"));
            } while (accept(QStringLiteral(",")));
        }
        if (!accept(QStringLiteral("{")))
            return name.text;
        while (!accept(QStringLiteral("}"))) {
            const Token t = peek();
            if (t.type == Tok::End)
                fail(t, Text::tr("expected “}” to close Subdomain %1").arg(name.text));
            if (t.type == Tok::Ident && t.text == u"type") {
                next();
                QString value;
                attributeValue(&value);
                static const QStringList types{QStringLiteral("UNDEFINED"), QStringLiteral("CORE_DOMAIN"), QStringLiteral("SUPPORTING_DOMAIN"),
                                               QStringLiteral("GENERIC_SUBDOMAIN")};
                if (!types.contains(value))
                    fail(t, Text::tr("expected a subdomain type (%1)").arg(types.join(QStringLiteral(", "))));
                if (const auto type = domainTypeOf(value))
                    m_subdomainTypes.insert(name.text, *type);
            } else if (t.type == Tok::Ident && t.text == u"domainVisionStatement") {
                next();
                attributeValue();
            } else if (t.type == Tok::String) {
                next(); // a doc string before an entity or a service
            } else if (t.type == Tok::Ident) {
                next(); // entities and services: not imported, part of the Domain's note
                skipDeclaration();
            } else {
                fail(t, Text::tr("expected an attribute of Subdomain %1").arg(name.text));
            }
        }
        return name.text;
    }

    BoundedContext &context(const QString &name)
    {
        const int i = m_index.value(name, -1);
        if (i >= 0)
            return m_out->contexts[size_t(i)];
        BoundedContext c;
        c.id = name;
        c.name = name;
        m_index.insert(name, int(m_out->contexts.size()));
        m_out->contexts.push_back(c);
        return m_out->contexts.back();
    }

    void mention(const QString &name) { context(name); }

    void finish();
    void finishDomainTypes();
    ContextRelation relation(const RawRelationship &raw);

    std::vector<Token> m_t;
    size_t m_pos = 0;
    CmlImport *m_out;
    bool m_seenMap = false;
    QHash<QString, int> m_index;
    QSet<QString> m_declared;
    QHash<QString, QString> m_technology;
    QHash<QString, QStringList> m_implements;
    QHash<QString, DomainType> m_subdomainTypes;
    QSet<QString> m_domainParts;
    std::vector<RawRelationship> m_relationships;
};

void Parser::finish()
{
    for (const BoundedContext &c : m_out->contexts) {
        if (!m_declared.contains(c.id))
            m_out->notes << Text::tr("%1 is used in the context map but not declared as a BoundedContext").arg(c.id);
    }
    finishDomainTypes();
    QSet<QString> ids;
    for (const RawRelationship &raw : m_relationships) {
        ContextRelation r = relation(raw);
        QString id = raw.name.isEmpty() ? Schema::slugify(r.upstream + u'-' + r.downstream) : raw.name;
        QString unique = id;
        for (int k = 2; ids.contains(unique); ++k)
            unique = id + u'-' + QString::number(k);
        ids.insert(unique);
        r.id = unique;
        m_out->relations.push_back(r);
    }
    // A context's implementation technology rides in `language` until merge()
    // matches it against the workspace's candidates.
    for (auto it = m_technology.cbegin(); it != m_technology.cend(); ++it)
        m_out->contexts[size_t(m_index.value(it.key()))].language = it.value();
}

void Parser::finishDomainTypes()
{
    // A context takes the type of the subdomains it implements; ArchBoard's
    // default (core) is said, not assumed silently.
    QStringList untyped;
    for (BoundedContext &c : m_out->contexts) {
        QList<DomainType> types;
        for (const QString &part : m_implements.value(c.id)) {
            if (!m_domainParts.contains(part))
                m_out->notes << Text::tr("%1 implements %2, which is no Domain or Subdomain of this file").arg(c.id, part);
            if (m_subdomainTypes.contains(part) && !types.contains(m_subdomainTypes.value(part)))
                types << m_subdomainTypes.value(part);
        }
        std::sort(types.begin(), types.end()); // core, supporting, generic
        if (types.isEmpty()) {
            untyped << c.id;
            continue;
        }
        c.domainType = types.front();
        if (types.size() > 1) {
            QStringList names;
            for (DomainType t : types)
                names << Enums::domainType.label(int(t));
            m_out->notes << Text::tr("%1 implements subdomains of several types (%2): its domain type is %3")
                                .arg(c.id, names.join(QStringLiteral(", ")), names.front());
        }
    }
    if (!untyped.isEmpty())
        m_out->notes << Text::tr("%1: no typed subdomain is implemented, so the domain type is Core (ArchBoard's default)")
                            .arg(untyped.join(QStringLiteral(", ")));
}

ContextRelation Parser::relation(const RawRelationship &raw)
{
    ContextRelation r;
    const QSet<QString> left(raw.leftRoles.begin(), raw.leftRoles.end());
    const QSet<QString> right(raw.rightRoles.begin(), raw.rightRoles.end());
    const QSet<QString> all = left + right;
    bool leftUpstream = true;
    if (raw.op == u"<->" || raw.op == u"Partnership" || raw.op == u"Shared-Kernel") {
        r.pattern = raw.op == u"Partnership" || all.contains(QStringLiteral("P")) ? ContextPattern::Partnership : ContextPattern::SharedKernel;
    } else {
        if (raw.op == u"<-" || raw.op == u"Customer-Supplier" || raw.op == u"Downstream-Upstream")
            leftUpstream = false;
        const bool customerSupplier = raw.op == u"Customer-Supplier" || raw.op == u"Supplier-Customer" || all.contains(QStringLiteral("S"))
            || all.contains(QStringLiteral("C"));
        r.pattern = customerSupplier ? ContextPattern::CustomerSupplier : ContextPattern::UpstreamDownstream;
    }
    const QSet<QString> &upRoles = leftUpstream ? left : right;
    const QSet<QString> &downRoles = leftUpstream ? right : left;
    r.upstream = leftUpstream ? raw.left : raw.right;
    r.downstream = leftUpstream ? raw.right : raw.left;
    const bool ohs = upRoles.contains(QStringLiteral("OHS"));
    const bool pl = upRoles.contains(QStringLiteral("PL"));
    r.upstreamRoles = ohs && pl ? UpstreamRoles::OpenHostServiceAndPublishedLanguage
        : ohs                   ? UpstreamRoles::OpenHostService
        : pl                    ? UpstreamRoles::PublishedLanguage
                                : UpstreamRoles::None;
    r.downstreamRole = downRoles.contains(QStringLiteral("ACL")) ? DownstreamRole::AnticorruptionLayer
        : downRoles.contains(QStringLiteral("CF"))               ? DownstreamRole::Conformist
                                                                  : DownstreamRole::None;
    static const QSet<QString> knownRoles = {QStringLiteral("U"),   QStringLiteral("D"),  QStringLiteral("S"),   QStringLiteral("C"),
                                             QStringLiteral("OHS"), QStringLiteral("PL"), QStringLiteral("ACL"), QStringLiteral("CF"),
                                             QStringLiteral("P"),   QStringLiteral("SK")};
    for (const QString &role : all) {
        if (!knownRoles.contains(role))
            m_out->notes << Text::tr("line %1: role %2 is unknown and not imported").arg(raw.line).arg(role);
    }
    // "Kafka events · Avro" (how ArchBoard exports it) maps back to mechanism and
    // format; any other text is kept as it is written.
    std::vector<Attribute> attributes;
    if (!raw.technology.isEmpty()) {
        SyncMechanism mechanism = SyncMechanism::Unspecified;
        DataFormat format = DataFormat::Unspecified;
        bool everyPart = true;
        for (const QString &part : raw.technology.split(QStringLiteral(" · "))) {
            bool known = false;
            for (int m = 0; m < Enums::syncMechanism.count() && !known; ++m) {
                if (SyncMechanism(m) != SyncMechanism::Unspecified && namesValue(Enums::syncMechanism, m, part)) {
                    mechanism = SyncMechanism(m);
                    known = true;
                }
            }
            for (int f = 0; f < Enums::dataFormat.count() && !known; ++f) {
                if (DataFormat(f) != DataFormat::Unspecified && namesValue(Enums::dataFormat, f, part)) {
                    format = DataFormat(f);
                    known = true;
                }
            }
            everyPart = everyPart && known;
        }
        if (everyPart) {
            r.mechanism = mechanism;
            r.format = format;
        } else {
            attributes.push_back(Attribute{QStringLiteral("implementationTechnology"), quoted(raw.technology)});
        }
    }
    if (!raw.downstreamRights.isEmpty()) {
        if (r.pattern == ContextPattern::Partnership || r.pattern == ContextPattern::SharedKernel)
            m_out->notes << Text::tr("line %1: downstreamRights of a symmetric relationship is not imported").arg(raw.line);
        else
            attributes.push_back(Attribute{QStringLiteral("downstreamRights"), raw.downstreamRights});
    }
    r.description = withAttributes(QString(), attributes);
    return r;
}

} // namespace

bool parse(const QByteArray &text, CmlImport *result, InputError *error)
{
    *result = {};
    if (text.size() > 16 * 1024 * 1024) {
        error->message = Text::tr("the file is too large (at most 16 MB)");
        return false;
    }
    const QString s = QString::fromUtf8(text);
    try {
        Parser parser(tokenize(s), result);
        parser.run();
    } catch (const ParseError &e) {
        error->line = e.line;
        error->column = e.column;
        error->message = e.message;
        return false;
    }
    // What is imported must save and open again (one-line names, bounded text).
    Workspace rows;
    rows.contexts = std::move(result->contexts);
    rows.relations = std::move(result->relations);
    result->notes << FileRules::makeWritable(&rows);
    result->contexts = std::move(rows.contexts);
    result->relations = std::move(rows.relations);
    return true;
}

bool parseFile(const QString &path, CmlImport *result, InputError *error)
{
    *error = {};
    QByteArray bytes;
    QString why;
    if (!SafeFile::read(path, 16 * 1024 * 1024, &bytes, &why)) {
        error->file = path;
        error->message = why;
        return false;
    }
    const bool ok = parse(bytes, result, error);
    error->file = path;
    return ok;
}

} // namespace ArchBoard::Cml
