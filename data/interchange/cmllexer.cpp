#include "cmlreader.h"

#include <QHash>

namespace ArchBoard::Cml {

namespace {

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
                    // Every other character the grammar uses: "+" in flows, "!" (not), "/" in channel names.
                    if (QStringLiteral("{}[],=:@;-.<>*()+!/").contains(c))
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

} // namespace

QString englishLabel(const EnumDef &e, int index)
{
    return index >= 0 && index < e.count() ? QString::fromUtf8(e.values[size_t(index)].label) : QString();
}

std::vector<Token> tokenize(const QString &text)
{
    return Lexer(text).run();
}

QString quoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n' || c == u'\t' || c == u'\r') {
            out += c == u'\n' ? QStringLiteral("\\n") : c == u'\t' ? QStringLiteral("\\t") : QStringLiteral("\\r");
            continue;
        }
        if (c.category() == QChar::Other_Control)
            continue; // no escape for them in CML; ArchBoard's fields do not hold them
        out += c;
    }
    return out + u'"';
}


// --- attributes without an ArchBoard field ---------------------------------------------------

namespace {

struct AttributeSpec
{
    Owner owner;
    const char *key;
    QStringList literals; ///< an enum's literals; empty for strings
    bool list = false;    ///< several strings separated by ","
};

const std::vector<AttributeSpec> &specs()
{
    static const std::vector<AttributeSpec> all = {
        {Owner::Context, "type", {QStringLiteral("UNDEFINED"), QStringLiteral("FEATURE"), QStringLiteral("APPLICATION"), QStringLiteral("SYSTEM"), QStringLiteral("TEAM")}},
        {Owner::Context, "responsibilities", {}, true},
        {Owner::Context, "implementationTechnology", {}},
        {Owner::Context, "knowledgeLevel", {QStringLiteral("META"), QStringLiteral("CONCRETE")}},
        {Owner::Context, "businessModel", {}},
        {Owner::Context, "evolution",
         {QStringLiteral("UNDEFINED"), QStringLiteral("GENESIS"), QStringLiteral("CUSTOM_BUILT"), QStringLiteral("PRODUCT"), QStringLiteral("COMMODITY")}},
        {Owner::Relation, "implementationTechnology", {}},
        {Owner::Relation, "downstreamRights",
         {QStringLiteral("INFLUENCER"), QStringLiteral("OPINION_LEADER"), QStringLiteral("VETO_RIGHT"), QStringLiteral("DECISION_MAKER"), QStringLiteral("MONOPOLIST")}},
        {Owner::Map, "type", {QStringLiteral("UNDEFINED"), QStringLiteral("SYSTEM_LANDSCAPE"), QStringLiteral("ORGANIZATIONAL")}},
        {Owner::Map, "state", {QStringLiteral("UNDEFINED"), QStringLiteral("AS_IS"), QStringLiteral("TO_BE")}},
    };
    return all;
}

const AttributeSpec *spec(Owner owner, const QString &key)
{
    for (const AttributeSpec &s : specs()) {
        if (s.owner == owner && key == QLatin1StringView(s.key))
            return &s;
    }
    return nullptr;
}

const QString linePrefix = QStringLiteral("CML ");

} // namespace

QStringList attributeKeys(Owner owner)
{
    QStringList keys;
    for (const AttributeSpec &s : specs()) {
        if (s.owner == owner)
            keys << QString::fromLatin1(s.key);
    }
    return keys;
}

bool validAttribute(Owner owner, const QString &key, const QString &value, QString *why)
{
    const AttributeSpec *s = spec(owner, key);
    QString expected;
    if (!s) {
        expected = Text::tr("one of %1").arg(attributeKeys(owner).join(QStringLiteral(", ")));
    } else {
        expected = !s->literals.isEmpty() ? Text::tr("one of %1").arg(s->literals.join(QStringLiteral(", ")))
            : s->list                     ? Text::tr("one or more quoted strings separated by commas")
                                          : Text::tr("a quoted string");
        try {
            const std::vector<Token> t = tokenize(value);
            bool ok = false;
            if (!s->literals.isEmpty()) {
                ok = t.size() == 2 && t[0].type == Tok::Ident && s->literals.contains(t[0].text);
            } else {
                // String (, String)* End
                ok = t.size() >= 2 && t.size() % 2 == 0;
                for (size_t i = 0; ok && i + 1 < t.size(); ++i)
                    ok = i % 2 == 0 ? t[i].type == Tok::String : (t[i].type == Tok::Symbol && t[i].text == u",");
                ok = ok && (s->list || t.size() == 2);
            }
            if (ok)
                return true;
        } catch (const ParseError &) {
        }
    }
    if (why)
        *why = expected;
    return false;
}

std::vector<Attribute> inGrammarOrder(Owner owner, const std::vector<Attribute> &attributes)
{
    std::vector<Attribute> out;
    for (const QString &key : attributeKeys(owner)) {
        for (const Attribute &a : attributes) {
            if (a.key == key)
                out.push_back(a);
        }
    }
    return out;
}

QString attributeLine(const Attribute &a)
{
    return linePrefix + a.key + QStringLiteral(" = ") + a.value;
}

QString withAttributes(const QString &text, const std::vector<Attribute> &attributes)
{
    QStringList lines;
    if (!text.isEmpty())
        lines << text;
    for (const Attribute &a : attributes)
        lines << attributeLine(a);
    return lines.join(u'\n');
}

SplitText splitAttributes(Owner owner, const QString &description)
{
    SplitText out;
    QStringList lines = description.split(u'\n');
    QStringList invalid;
    std::vector<Attribute> found;
    while (!lines.isEmpty() && lines.last().startsWith(linePrefix)) {
        const QString line = lines.takeLast();
        const qsizetype eq = line.indexOf(u'=');
        const QString key = line.mid(linePrefix.size(), eq - linePrefix.size()).trimmed();
        const QString value = eq < 0 ? QString() : line.mid(eq + 1).trimmed();
        bool duplicate = false;
        for (const Attribute &a : found)
            duplicate = duplicate || a.key == key;
        if (eq > 0 && !duplicate && validAttribute(owner, key, value))
            found.insert(found.begin(), Attribute{key, value});
        else
            invalid.prepend(line);
    }
    out.text = (lines + invalid).join(u'\n');
    out.invalid = invalid;
    out.attributes = inGrammarOrder(owner, found); // whatever order the lines had
    return out;
}

} // namespace ArchBoard::Cml
