#pragma once

// Internal to the CML files (cmllexer, cmlparser, cmlformat, cmlwriter): tokens
// and the "CML key = value" lines that carry what ArchBoard has no field for.

#include "enums.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace ArchBoard::Cml {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cml)
};

enum class Tok { Ident, String, Number, Symbol, End };

struct Token
{
    Tok type = Tok::End;
    QString text; ///< an identifier without Xtext's "^" escape; a string unquoted
    int line = 1;
    int column = 1;
};

struct ParseError
{
    int line;
    int column;
    QString message;
};

/// Splits CML text into tokens; comments and white space are dropped. Throws ParseError.
std::vector<Token> tokenize(const QString &text);

/// \a s as a CML string literal.
QString quoted(const QString &s);

/// The untranslated label of an enum value: what a CML file holds whatever the
/// language of the program that wrote it.
QString englishLabel(const EnumDef &e, int index);

// --- CML attributes without an ArchBoard field -------------------------------------------
//
// A context's type, knowledge level, evolution, business model, responsibilities
// and an implementation technology that names no candidate, a relationship's
// technology that is no known mechanism/format and its downstream rights, and
// the map's type and state are kept as trailing lines of the description
// ("CML type = FEATURE"), which the export writes back as attributes.

enum class Owner { Context, Relation, Map };

struct Attribute
{
    QString key;
    QString value; ///< in CML syntax: an enum literal, or strings quoted and separated by ", "
    bool operator==(const Attribute &) const = default;
};

/// The keys an \a owner may carry, in the order the grammar wants them.
QStringList attributeKeys(Owner owner);

/// True when \a value (CML syntax) is valid for \a key of \a owner; otherwise
/// \a why says what is expected.
bool validAttribute(Owner owner, const QString &key, const QString &value, QString *why = nullptr);

/// \a attributes in the order the grammar wants them (attributeKeys()).
std::vector<Attribute> inGrammarOrder(Owner owner, const std::vector<Attribute> &attributes);

/// "CML key = value"
QString attributeLine(const Attribute &a);

/// \a text with \a attributes appended as lines.
QString withAttributes(const QString &text, const std::vector<Attribute> &attributes);

struct SplitText
{
    QString text;                     ///< the description without the attribute lines
    std::vector<Attribute> attributes; ///< valid trailing "CML key = value" lines
    QStringList invalid;               ///< trailing "CML …" lines that are not valid; left in text
};

/// Separates the trailing attribute lines of \a description.
SplitText splitAttributes(Owner owner, const QString &description);

} // namespace ArchBoard::Cml
