#include "cmlformat.h"

#include "schema.h"

#include <QCoreApplication>
#include "filerules.h"
#include "safefile.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ArchBoard::Cml {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cml)
};

// --- tokens ---------------------------------------------------------------------------

enum class Tok { Ident, String, Number, Symbol, End };

struct Token
{
    Tok type = Tok::End;
    QString text;
    int line = 1;
    int column = 1;
};

struct ParseError
{
    int line;
    int column;
    QString message;
};

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_s(text) {}

    std::vector<Token> run()
    {
        std::vector<Token> out;
        for (;;) {
            skipSpaceAndComments();
            Token t;
            t.line = m_line;
            t.column = m_col;
            if (m_i >= m_s.size()) {
                t.type = Tok::End;
                out.push_back(t);
                return out;
            }
            const QChar c = m_s.at(m_i);
            if (c.isLetter() || c == u'_' || c == u'^') {
                if (c == u'^')
                    advance(); // Xtext's escape for identifiers that are keywords
                while (m_i < m_s.size() && (m_s.at(m_i).isLetterOrNumber() || m_s.at(m_i) == u'_'))
                    t.text += advance();
                // A lone "^" would be a name with no characters, which the parser indexes.
                if (t.text.isEmpty())
                    throw ParseError{t.line, t.column, Text::tr("“^” must be followed by a name")};
                t.type = Tok::Ident;
            } else if (c.isDigit()) {
                while (m_i < m_s.size() && (m_s.at(m_i).isDigit() || m_s.at(m_i) == u'.'))
                    t.text += advance();
                t.type = Tok::Number;
            } else if (c == u'"' || c == u'\'') {
                t.type = Tok::String;
                t.text = string(c);
            } else {
                t.type = Tok::Symbol;
                for (const char *sym : {"<->", "->", "<-"}) {
                    const QString s = QString::fromLatin1(sym);
                    if (m_s.mid(m_i, s.size()) == s) {
                        t.text = s;
                        for (int k = 0; k < s.size(); ++k)
                            advance();
                        break;
                    }
                }
                if (t.text.isEmpty()) {
                    if (QStringLiteral("{}[],=:@;-.<>*()").contains(c))
                        t.text = advance();
                    else
                        throw ParseError{m_line, m_col, Text::tr("unexpected character “%1”").arg(c)};
                }
            }
            out.push_back(t);
        }
    }

private:
    QChar advance()
    {
        const QChar c = m_s.at(m_i++);
        if (c == u'\n') {
            ++m_line;
            m_col = 1;
        } else {
            ++m_col;
        }
        return c;
    }

    void skipSpaceAndComments()
    {
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c.isSpace()) {
                advance();
            } else if (c == u'/' && m_i + 1 < m_s.size() && m_s.at(m_i + 1) == u'/') {
                while (m_i < m_s.size() && m_s.at(m_i) != u'\n')
                    advance();
            } else if (c == u'/' && m_i + 1 < m_s.size() && m_s.at(m_i + 1) == u'*') {
                const int line = m_line;
                const int col = m_col;
                advance();
                advance();
                while (m_i + 1 < m_s.size() && !(m_s.at(m_i) == u'*' && m_s.at(m_i + 1) == u'/'))
                    advance();
                if (m_i + 1 >= m_s.size())
                    throw ParseError{line, col, Text::tr("a comment starts here and is never closed")};
                advance();
                advance();
            } else {
                return;
            }
        }
    }

    QString string(QChar quote)
    {
        const int line = m_line;
        const int col = m_col;
        advance();
        QString out;
        while (m_i < m_s.size() && m_s.at(m_i) != quote) {
            QChar c = advance();
            if (c == u'\\' && m_i < m_s.size()) {
                const QChar e = advance();
                switch (e.unicode()) {
                case 'n': c = u'\n'; break;
                case 't': c = u'\t'; break;
                case 'r': c = u'\r'; break;
                default: c = e; break;
                }
            }
            out += c;
        }
        if (m_i >= m_s.size())
            throw ParseError{line, col, Text::tr("a string starts here and is never closed")};
        advance();
        return out;
    }

    const QString &m_s;
    qsizetype m_i = 0;
    int m_line = 1;
    int m_col = 1;
};

// --- parser -----------------------------------------------------------------------------

struct RawRelationship
{
    QString left;
    QString right;
    QStringList leftRoles;
    QStringList rightRoles;
    QString op; ///< "->", "<-", "<->" or a keyword
    QString name;
    QString technology;
    int line = 0;
};

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
            else if (t.text == u"import") {
                const Token file = expect(Tok::String, Text::tr("a file name"));
                note(t, Text::tr("import \"%1\" is not followed; import that file on its own").arg(file.text));
            } else {
                const QString name = peek().type == Tok::Ident ? peek().text : QString();
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
    void note(const Token &at, const QString &message)
    {
        m_out->notes << Text::tr("line %1: %2").arg(at.line).arg(message);
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
            } else if (depth == 0 && t.type == Tok::Ident
                       && (t.text == u"ContextMap" || t.text == u"BoundedContext" || t.text == u"Domain" || t.text == u"import")
                       && m_pos > 0 && m_t[m_pos - 1].line != t.line) {
                return; // the next top-level declaration
            }
            next();
        }
    }

    /// Reads "value" after an attribute name: `name = value` or `name value`.
    QString attributeValue()
    {
        accept(QStringLiteral("="));
        QStringList parts;
        do {
            const Token v = next();
            if (v.type == Tok::End || (v.type == Tok::Symbol && v.text != u"-"))
                fail(v, Text::tr("expected a value"));
            parts << v.text;
        } while (accept(QStringLiteral(",")));
        return parts.join(QStringLiteral(", "));
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
                attributeValue();
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
                const QString value = attributeValue();
                if (key.text == u"implementationTechnology")
                    r.technology = value;
                else if (key.text == u"name")
                    r.name = value;
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
            note(kw, Text::tr("%1 %2 %3 is not imported").arg(name.text, kw.text, targets.join(QStringLiteral(", "))));
        }
        if (!accept(QStringLiteral("{")))
            return;
        QStringList description;
        while (!accept(QStringLiteral("}"))) {
            const Token key = peek();
            if (key.type == Tok::End)
                fail(key, Text::tr("expected “}” to close BoundedContext %1").arg(name.text));
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
            const QString value = attributeValue();
            if (key.text == u"domainVisionStatement")
                description.prepend(value);
            else if (key.text == u"implementationTechnology")
                m_technology.insert(name.text, value);
            else if (key.text == u"responsibilities")
                description << Text::tr("Responsibilities: %1").arg(value);
            else if (key.text == u"type" || key.text == u"knowledgeLevel" || key.text == u"evolution" || key.text == u"businessModel")
                description << QStringLiteral("%1: %2").arg(key.text, value);
            else
                note(key, Text::tr("%1 of %2 is not imported").arg(key.text, name.text));
        }
        c.description = description.join(u'\n');
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

    void finish()
    {
        for (const BoundedContext &c : m_out->contexts) {
            if (!m_declared.contains(c.id))
                m_out->notes << Text::tr("%1 is used in the context map but not declared as a BoundedContext").arg(c.id);
        }
        QSet<QString> ids;
        for (const RawRelationship &raw : m_relationships) {
            ContextRelation r;
            const QSet<QString> left(raw.leftRoles.begin(), raw.leftRoles.end());
            const QSet<QString> right(raw.rightRoles.begin(), raw.rightRoles.end());
            const QSet<QString> all = left + right;
            bool leftUpstream = true;
            if (raw.op == u"<->" || raw.op == u"Partnership" || raw.op == u"Shared-Kernel") {
                r.pattern = raw.op == u"Partnership" || all.contains(QStringLiteral("P")) ? ContextPattern::Partnership
                                                                                          : ContextPattern::SharedKernel;
            } else {
                if (raw.op == u"<-" || raw.op == u"Customer-Supplier" || raw.op == u"Downstream-Upstream")
                    leftUpstream = false;
                const bool customerSupplier = raw.op == u"Customer-Supplier" || raw.op == u"Supplier-Customer"
                    || all.contains(QStringLiteral("S")) || all.contains(QStringLiteral("C"));
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
            for (const QString &role : all) {
                static const QSet<QString> knownRoles = {QStringLiteral("U"), QStringLiteral("D"), QStringLiteral("S"), QStringLiteral("C"),
                                                         QStringLiteral("OHS"), QStringLiteral("PL"), QStringLiteral("ACL"), QStringLiteral("CF"),
                                                         QStringLiteral("P"), QStringLiteral("SK")};
                if (!knownRoles.contains(role))
                    m_out->notes << Text::tr("line %1: role %2 is unknown and not imported").arg(raw.line).arg(role);
            }
            // "Kafka events · Avro" (how ArchBoard exports it) maps back to mechanism and format.
            const QStringList parts = raw.technology.split(QStringLiteral(" · "));
            bool matched = raw.technology.isEmpty();
            for (const QString &part : parts) {
                for (int m = 0; m < Enums::syncMechanism.count(); ++m) {
                    if (part.compare(Enums::syncMechanism.label(m), Qt::CaseInsensitive) == 0
                        || part.compare(Enums::syncMechanism.key(m), Qt::CaseInsensitive) == 0) {
                        r.mechanism = SyncMechanism(m);
                        matched = true;
                    }
                }
                for (int f = 0; f < Enums::dataFormat.count(); ++f) {
                    if (part.compare(Enums::dataFormat.label(f), Qt::CaseInsensitive) == 0)
                        r.format = DataFormat(f);
                }
            }
            if (!matched)
                r.description = Text::tr("Implementation technology: %1").arg(raw.technology);
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
        for (auto it = m_technology.cbegin(); it != m_technology.cend(); ++it) {
            BoundedContext &c = m_out->contexts[size_t(m_index.value(it.key()))];
            c.language = it.value(); // a technology text until merge()/toWorkspace() matches it
        }
    }

    std::vector<Token> m_t;
    size_t m_pos = 0;
    CmlImport *m_out;
    bool m_seenMap = false;
    QHash<QString, int> m_index;
    QSet<QString> m_declared;
    QHash<QString, QString> m_technology;
    std::vector<RawRelationship> m_relationships;
};

QString cmlString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == u'\r' || c.category() == QChar::Other_Control)
            continue;
        out += c;
    }
    return out + u'"';
}

const QStringList &keywords()
{
    static const QStringList k = {
        QStringLiteral("ContextMap"), QStringLiteral("BoundedContext"), QStringLiteral("Domain"), QStringLiteral("Subdomain"),
        QStringLiteral("contains"), QStringLiteral("type"), QStringLiteral("state"), QStringLiteral("implements"),
        QStringLiteral("realizes"), QStringLiteral("refines"), QStringLiteral("import"), QStringLiteral("Partnership"),
        QStringLiteral("Aggregate"), QStringLiteral("Module"), QStringLiteral("Entity"), QStringLiteral("U"), QStringLiteral("D"),
        QStringLiteral("S"), QStringLiteral("C"), QStringLiteral("P"), QStringLiteral("SK"), QStringLiteral("OHS"),
        QStringLiteral("PL"), QStringLiteral("ACL"), QStringLiteral("CF"),
    };
    return k;
}

} // namespace

QString identifier(const QString &id)
{
    QString out;
    bool upper = false;
    for (QChar c : id) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = !out.isEmpty(); // "sub-app-a" → "subAppA"
        }
    }
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QStringLiteral("Context_"));
    if (keywords().contains(out))
        out += QStringLiteral("_");
    return out;
}

bool parse(const QByteArray &text, CmlImport *result, InputError *error)
{
    *result = {};
    if (text.size() > 16 * 1024 * 1024) {
        error->message = Text::tr("the file is too large (at most 16 MB)");
        return false;
    }
    const QString s = QString::fromUtf8(text);
    try {
        Lexer lexer(s);
        Parser parser(lexer.run(), result);
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

QStringList merge(const CmlImport &import, const Workspace &ws, std::vector<BoundedContext> *newContexts,
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
            c.description = (c.description.isEmpty() ? QString() : c.description + u'\n') + Text::tr("Implementation technology: %1").arg(technology);
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

Workspace toWorkspace(const CmlImport &import)
{
    Workspace ws;
    ws.info.name = import.mapName.isEmpty() ? Text::tr("Imported context map") : import.mapName;
    ws.info.source = Text::tr("Imported from Context Mapper (CML)");
    merge(import, ws, &ws.contexts, &ws.relations);
    return ws;
}

QByteArray write(const Workspace &ws, QStringList *notes)
{
    QHash<QString, QString> cmlName;
    QSet<QString> used;
    for (const BoundedContext &c : ws.contexts) {
        QString name = identifier(c.id);
        QString unique = name;
        for (int k = 2; used.contains(unique); ++k)
            unique = name + QString::number(k);
        used.insert(unique);
        cmlName.insert(c.id, unique);
        if (unique != c.id)
            *notes << Text::tr("bounded context %1 is called %2 in CML (CML names are identifiers)").arg(c.id, unique);
    }
    QHash<QString, QString> languageName;
    for (const Candidate &c : ws.candidates)
        languageName.insert(c.id, c.name);

    QString out;
    out += QStringLiteral("/* Exported from ArchBoard: %1 */\n\n").arg(QString(ws.info.name).replace(QStringLiteral("*/"), QStringLiteral("* /")));
    out += QStringLiteral("ContextMap %1 {\n").arg(identifier(ws.info.name.isEmpty() ? QStringLiteral("ContextMap") : ws.info.name));
    out += QStringLiteral("  type = SYSTEM_LANDSCAPE\n  state = AS_IS\n\n");
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
        QString line;
        switch (r.pattern) {
        case ContextPattern::SeparateWays:
            *notes << Text::tr("relation %1 (Separate Ways) has no CML relationship: written as a comment").arg(r.id);
            out += QStringLiteral("  // Separate Ways: %1 / %2\n").arg(up, down);
            continue;
        case ContextPattern::Partnership:
            line = QStringLiteral("%1 [P]<->[P] %2").arg(up, down);
            break;
        case ContextPattern::SharedKernel:
            line = QStringLiteral("%1 [SK]<->[SK] %2").arg(up, down);
            break;
        case ContextPattern::CustomerSupplier:
        case ContextPattern::UpstreamDownstream: {
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
            line = QStringLiteral("%1 [%2]->[%3] %4").arg(up, upRoles.join(u','), downRoles.join(u','), down);
            break;
        }
        }
        if (identifier(r.id) == r.id)
            line += QStringLiteral(" : %1").arg(r.id);
        QStringList technology;
        if (r.mechanism != SyncMechanism::Unspecified)
            technology << Enums::syncMechanism.label(int(r.mechanism));
        if (r.format != DataFormat::Unspecified)
            technology << Enums::dataFormat.label(int(r.format));
        if (!technology.isEmpty())
            line += QStringLiteral(" {\n    implementationTechnology = %1\n  }").arg(cmlString(technology.join(QStringLiteral(" · "))));
        out += QStringLiteral("  %1\n").arg(line);
    }
    out += QStringLiteral("}\n");
    bool lostAttributes = false;
    for (const BoundedContext &c : ws.contexts) {
        out += QStringLiteral("\nBoundedContext %1").arg(cmlName.value(c.id));
        QStringList body;
        if (!c.description.isEmpty())
            body << QStringLiteral("  domainVisionStatement = %1").arg(cmlString(c.description));
        if (!c.language.isEmpty())
            body << QStringLiteral("  implementationTechnology = %1").arg(cmlString(languageName.value(c.language, c.language)));
        out += body.isEmpty() ? QStringLiteral("\n") : QStringLiteral(" {\n%1\n}\n").arg(body.join(u'\n'));
        lostAttributes = lostAttributes || c.dataFormat != DataFormat::Unspecified || c.latencyToleranceMs || !c.tier.isEmpty()
            || !c.team.isEmpty() || c.functionCount > 0;
    }
    if (lostAttributes)
        *notes << Text::tr("data formats, sync mechanisms, latency tolerances, SLA tiers, teams and function counts of contexts have no place in CML and are not exported");
    return out.toUtf8();
}

} // namespace ArchBoard::Cml
