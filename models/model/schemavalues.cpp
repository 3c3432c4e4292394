#include "schema.h"

#include "filerules.h"

#include <QCoreApplication>

#include <cmath>

namespace ArchBoard {

namespace Schema {

bool isValidId(const QString &id, QString *error)
{
    auto fail = [error](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    if (id.isEmpty())
        return fail(QCoreApplication::translate("Schema", "an id must not be empty"));
    if (id.size() > 64)
        return fail(QCoreApplication::translate("Schema", "an id must be at most 64 characters"));
    for (QChar c : id) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return fail(QCoreApplication::translate("Schema", "an id must not contain spaces or control characters"));
    }
    return true;
}

QString slugify(const QString &name)
{
    QString out;
    bool dash = false;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c.toLower();
            dash = false;
        } else if (c.isLetterOrNumber() && c.unicode() >= 0x2E80) {
            // CJK stays readable as an id
            if (dash && !out.isEmpty())
                out += u'-';
            out += c;
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
        if (out.size() >= 40)
            break;
    }
    return out.isEmpty() ? QStringLiteral("x") : out;
}

namespace {

bool fail(QString *error, const QString &msg)
{
    if (error)
        *error = msg;
    return false;
}

bool normalizeText(const FieldDef &field, const QString &label, const QVariant &in, QVariant *out, QString *error)
{
    if (in.isValid() && !in.isNull() && !in.canConvert<QString>())
        return fail(error, QCoreApplication::translate("Schema", "%1: expected text").arg(label));
    QString s = in.toString();
    if (field.type != FieldType::LongText && s.contains(u'\n'))
        return fail(error, QCoreApplication::translate("Schema", "%1: expected a single line").arg(label));
    if (s.size() * 3 > FileRules::maxTextBytes && s.toUtf8().size() > FileRules::maxTextBytes)
        return fail(error, QCoreApplication::translate("Schema", "%1: the text is longer than a workspace holds (%2 MB)")
                               .arg(label).arg(FileRules::maxTextBytes / 1000000));
    *out = s;
    return true;
}

bool normalizeInteger(const FieldDef &field, const QString &label, const QVariant &in, QVariant *out, QString *error)
{
    bool ok = false;
    qlonglong v = 0;
    if (in.typeId() == QMetaType::Double) {
        const double d = in.toDouble();
        ok = std::isfinite(d) && d == std::floor(d) && std::abs(d) < 2e9;
        v = qlonglong(d);
    } else {
        v = in.toString().trimmed().toLongLong(&ok);
    }
    if (!ok)
        return fail(error, QCoreApplication::translate("Schema", "%1: expected a whole number").arg(label));
    if (v < qlonglong(field.min) || v > qlonglong(field.max))
        return fail(error, QCoreApplication::translate("Schema", "%1: %2 is outside %3 … %4")
                               .arg(label).arg(v).arg(qlonglong(field.min)).arg(qlonglong(field.max)));
    *out = int(v);
    return true;
}

bool normalizeReal(const FieldDef &field, const QString &label, const QVariant &in, QVariant *out, QString *error)
{
    if (field.type == FieldType::OptionalReal
        && (!in.isValid() || in.isNull() || (in.typeId() == QMetaType::QString && in.toString().trimmed().isEmpty()))) {
        *out = QVariant();
        return true;
    }
    bool ok = false;
    const double v = in.typeId() == QMetaType::Double ? (ok = true, in.toDouble())
                                                      : in.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return fail(error, QCoreApplication::translate("Schema", "%1: expected a number").arg(label));
    if (v < field.min || v > field.max)
        return fail(error, QCoreApplication::translate("Schema", "%1: %2 is outside %3 … %4")
                               .arg(label).arg(v).arg(field.min).arg(field.max));
    *out = v;
    return true;
}

bool normalizeBool(const QString &label, const QVariant &in, QVariant *out, QString *error)
{
    if (in.typeId() == QMetaType::Bool) {
        *out = in.toBool();
        return true;
    }
    const QString s = in.toString().trimmed().toLower();
    if (s == u"true" || s == u"1") {
        *out = true;
        return true;
    }
    if (s == u"false" || s == u"0") {
        *out = false;
        return true;
    }
    return fail(error, QCoreApplication::translate("Schema", "%1: expected true or false").arg(label));
}

bool normalizeEnum(const FieldDef &field, const QString &label, const QVariant &in, QVariant *out, QString *error)
{
    int index = -1;
    if (in.typeId() == QMetaType::Int || in.typeId() == QMetaType::LongLong)
        index = in.toInt();
    else
        index = field.enumDef->indexOf(in.toString().trimmed());
    if (index < 0 || index >= field.enumDef->count())
        return fail(error, QCoreApplication::translate("Schema", "%1: '%2' is not one of %3")
                               .arg(label, in.toString(), field.enumDef->keys().join(QStringLiteral(", "))));
    *out = index;
    return true;
}

bool normalizeDate(const QString &label, const QVariant &in, QVariant *out, QString *error)
{
    if (in.typeId() == QMetaType::QDate) {
        *out = in.toDate();
        return true;
    }
    const QString s = in.toString().trimmed();
    if (s.isEmpty() || (!in.isValid() || in.isNull())) {
        *out = QDate();
        return true;
    }
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        return fail(error, QCoreApplication::translate("Schema", "%1: expected a date as YYYY-MM-DD").arg(label));
    *out = d;
    return true;
}

} // namespace

bool normalizeValue(const FieldDef &field, const QVariant &in, QVariant *out, QString *error)
{
    const QString label = field.translatedLabel();
    switch (field.type) {
    case FieldType::Id: {
        const QString s = in.toString();
        QString why;
        if (!isValidId(s, &why))
            return fail(error, label + QStringLiteral(": ") + why);
        *out = s;
        return true;
    }
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Reference:
    case FieldType::ElementRef:
        return normalizeText(field, label, in, out, error);
    case FieldType::Integer:
        return normalizeInteger(field, label, in, out, error);
    case FieldType::Real:
    case FieldType::OptionalReal:
        return normalizeReal(field, label, in, out, error);
    case FieldType::Bool:
        return normalizeBool(label, in, out, error);
    case FieldType::Enum:
        return normalizeEnum(field, label, in, out, error);
    case FieldType::Date:
        return normalizeDate(label, in, out, error);
    }
    return fail(error, QStringLiteral("unknown field type"));
}

} // namespace Schema

} // namespace ArchBoard
