#include "yamlformat.h"

#include "schema.h"
#include "workspace.h"
#include "yamlshared.h"

#include <QDate>

#include <charconv>
#include <cmath>

namespace ArchBoard {

using namespace YamlShared;

namespace {

// --- writing ------------------------------------------------------------------

bool isYamlLineBreakOrControl(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

bool plainIsSafe(const QString &s)
{
    if (s.isEmpty())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`+.0123456789");
    const QChar first = s.front();
    if (first.isSpace() || indicators.contains(first))
        return false;
    if (s.back().isSpace() || s.back() == u':')
        return false;
    static const QStringList reserved = {
        QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("on"), QStringLiteral("off"),
        QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("<<"), QStringLiteral("="),
    };
    if (reserved.contains(s.toLower()))
        return false;
    const auto ucs4 = s.toUcs4();
    for (qsizetype i = 0; i < ucs4.size(); ++i) {
        const char32_t c = ucs4[i];
        if (isYamlLineBreakOrControl(c) || c == u'\t')
            return false;
        if (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}')
            return false;
        if (c == u':' && (i + 1 == ucs4.size() || ucs4[i + 1] == u' '))
            return false;
        if (c == u'#' && i > 0 && ucs4[i - 1] == u' ')
            return false;
    }
    return true;
}

QByteArray doubleQuoted(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (char32_t c : s.toUcs4()) {
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (isYamlLineBreakOrControl(c)) {
                out += "\\u" + QByteArray::number(uint(c), 16).rightJustified(4, '0').toUpper();
            } else {
                const char32_t one[] = {c};
                out += QString::fromUcs4(one, 1).toUtf8();
            }
        }
    }
    out += '"';
    return out;
}

/// A multi-line text that reads back identically as a literal block scalar.
bool literalIsSafe(const QString &s, bool *keepFinalNewline)
{
    if (!s.contains(u'\n') || s.startsWith(u'\n') || s.startsWith(u' ') || s.endsWith(QStringLiteral("\n\n")))
        return false;
    for (char32_t c : s.toUcs4()) {
        if (c != u'\n' && (isYamlLineBreakOrControl(c) || c == u'\t'))
            return false;
    }
    const QStringList lines = s.split(u'\n');
    for (const QString &line : lines) {
        if (!line.isEmpty() && (line.back() == u' ' || line.trimmed().isEmpty()))
            return false;
    }
    *keepFinalNewline = s.endsWith(u'\n');
    return true;
}

void writeValue(QByteArray &out, const FieldDef &def, const QVariant &v, int indent)
{
    switch (def.type) {
    case FieldType::Integer:
        out += ' ';
        out += QByteArray::number(v.toInt());
        break;
    case FieldType::Real:
    case FieldType::OptionalReal:
        out += ' ';
        out += Yaml::number(v.toDouble());
        break;
    case FieldType::Bool:
        out += v.toBool() ? " true" : " false";
        break;
    case FieldType::Enum:
        out += ' ';
        out += def.enumDef->values[size_t(v.toInt())].key;
        break;
    case FieldType::Date:
        out += ' ';
        out += v.toDate().toString(Qt::ISODate).toLatin1();
        break;
    default: {
        const QString s = v.toString();
        bool keep = false;
        if (def.type == FieldType::LongText && literalIsSafe(s, &keep)) {
            out += keep ? " |" : " |-";
            const QByteArray pad(indent + 2, ' ');
            QStringList lines = s.split(u'\n');
            if (keep)
                lines.removeLast();
            for (const QString &line : lines) {
                out += '\n';
                if (!line.isEmpty())
                    out += pad + line.toUtf8();
            }
        } else {
            out += ' ';
            out += Yaml::scalar(s);
        }
        break;
    }
    }
}

} // namespace

namespace YamlShared {

bool omitted(const FieldDef &def, const QVariant &v)
{
    switch (def.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Reference:
        return !def.isRequired() && v.toString().isEmpty();
    case FieldType::OptionalReal:
        return !v.isValid() || v.isNull();
    case FieldType::Date:
        return !v.toDate().isValid();
    default:
        return false;
    }
}

} // namespace YamlShared

namespace Yaml {

QByteArray scalar(const QString &text)
{
    return plainIsSafe(text) ? text.toUtf8() : doubleQuoted(text);
}

QByteArray number(double value)
{
    char buf[64];
    const double a = std::abs(value);
    std::to_chars_result res;
    if (a == std::floor(a) && a < 1e15)
        res = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
    else if (a >= 1e-6 && a < 1e15)
        res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    else
        res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    return QByteArray(buf, res.ptr - buf);
}

} // namespace Yaml

QByteArray YamlFormat::toYaml(const Workspace &ws)
{
    QByteArray out;
    out.reserve(1 << 16);
    out += kHeader;
    out += "archboard: " + QByteArray::number(Schema::version) + '\n';
    for (TableId t : Schema::tables()) {
        const TableSchema &ts = Schema::table(t);
        out += ts.key();
        out += ':';
        const int rows = ts.rowCount(ws);
        if (!ts.isSingleton() && rows == 0) {
            out += " []\n";
            continue;
        }
        const int indent = ts.isSingleton() ? 2 : 4;
        for (int r = 0; r < rows; ++r) {
            bool first = true;
            for (int f = 0; f < ts.fieldCount(); ++f) {
                const FieldDef &def = ts.field(f);
                const QVariant v = ts.value(ws, r, f);
                if (omitted(def, v))
                    continue;
                out += '\n';
                if (ts.isSingleton())
                    out += "  ";
                else
                    out += first ? "  - " : "    ";
                first = false;
                out += def.key;
                out += ':';
                writeValue(out, def, v, indent);
            }
            if (first)
                out += ts.isSingleton() ? " {}" : "\n  - {}";
        }
        out += '\n';
    }
    out += kEndMarker;
    out += '\n';
    return out;
}

} // namespace ArchBoard
