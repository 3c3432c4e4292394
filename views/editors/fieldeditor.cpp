#include "fieldeditor.h"

#include "document.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ArchBoard {

namespace {
constexpr const char *kFieldType = "archboardFieldType";

double stepFor(int decimals)
{
    return decimals <= 0 ? 1.0 : std::pow(10.0, -std::min(decimals, 2));
}
} // namespace

OptionalSpinBox::OptionalSpinBox(double min, double max, QWidget *parent)
    : QDoubleSpinBox(parent)
    , m_min(min)
{
    const double below = min - std::max(1.0, std::abs(min) * 1e-9);
    setRange(below, max);
    setSpecialValueText(tr("— (missing)"));
}

void OptionalSpinBox::setOptionalValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        setValue(minimum());
    else
        setValue(value.toDouble());
}

QVariant OptionalSpinBox::optionalValue() const
{
    if (value() < m_min)
        return QVariant();
    return value();
}

LongTextEdit::LongTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void LongTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    emit editingFinished();
}

namespace FieldEditor {

QWidget *create(QWidget *parent, const Document *document, TableId table, int row, int field, const QString &unit)
{
    const TableSchema &ts = Schema::table(table);
    const FieldDef &def = ts.field(field);
    QWidget *editor = nullptr;
    const QString suffix = unit.isEmpty() ? QString() : u' ' + unit;
    switch (def.type) {
    case FieldType::Id:
    case FieldType::Text:
        editor = new QLineEdit(parent);
        break;
    case FieldType::LongText: {
        auto *edit = new LongTextEdit(parent);
        // Five lines: enough to read a paragraph, small enough to see the next field.
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 2 * edit->frameWidth() + 8);
        editor = edit;
        break;
    }
    case FieldType::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(std::max(def.min, double(std::numeric_limits<int>::min()))),
                       int(std::min(def.max, double(std::numeric_limits<int>::max()))));
        spin->setSuffix(suffix);
        spin->setGroupSeparatorShown(true);
        spin->setKeyboardTracking(false);
        editor = spin;
        break;
    }
    case FieldType::Real: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(def.decimals);
        spin->setRange(def.min, def.max);
        spin->setSingleStep(stepFor(def.decimals));
        spin->setSuffix(suffix);
        spin->setGroupSeparatorShown(true);
        spin->setKeyboardTracking(false);
        editor = spin;
        break;
    }
    case FieldType::OptionalReal: {
        auto *spin = new OptionalSpinBox(def.min == -std::numeric_limits<double>::max() ? -1e12 : def.min,
                                         def.max == std::numeric_limits<double>::max() ? 1e12 : def.max, parent);
        spin->setDecimals(def.decimals);
        spin->setSingleStep(stepFor(def.decimals));
        spin->setSuffix(suffix);
        spin->setGroupSeparatorShown(true);
        spin->setKeyboardTracking(false);
        editor = spin;
        break;
    }
    case FieldType::Bool:
        editor = new QCheckBox(parent);
        break;
    case FieldType::Enum: {
        auto *combo = new QComboBox(parent);
        for (int i = 0; i < def.enumDef->count(); ++i)
            combo->addItem(def.enumDef->label(i), i);
        editor = combo;
        break;
    }
    case FieldType::Reference:
    case FieldType::ElementRef: {
        auto *combo = new QComboBox(parent);
        TableId target = def.refTable;
        if (def.type == FieldType::ElementRef)
            target = row >= 0 ? Schema::tableForLinkKind(document->value(table, row, def.kindField).toInt()) : TableId::Count;
        if (!def.isRequired())
            combo->addItem(QCoreApplication::translate("FieldEditor", "(none)"), QString());
        if (target != TableId::Count) {
            const TableSchema &ts2 = Schema::table(target);
            for (int r = 0; r < document->rowCount(target); ++r) {
                const QString id = document->value(target, r, ts2.idField()).toString();
                const QString name = document->displayName(target, r);
                combo->addItem(name == id ? name : QStringLiteral("%1  (%2)").arg(name, id), id);
            }
        }
        editor = combo;
        break;
    }
    case FieldType::Date: {
        auto *date = new QDateEdit(parent);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setCalendarPopup(true);
        editor = date;
        break;
    }
    }
    editor->setProperty(kFieldType, int(def.type));
    editor->setToolTip(def.translatedTip());
    return editor;
}

void setValue(QWidget *editor, const QVariant &value)
{
    switch (FieldType(editor->property(kFieldType).toInt())) {
    case FieldType::Id:
    case FieldType::Text:
        static_cast<QLineEdit *>(editor)->setText(value.toString());
        break;
    case FieldType::LongText: {
        auto *edit = static_cast<LongTextEdit *>(editor);
        if (edit->toPlainText() != value.toString())
            edit->setPlainText(value.toString());
        break;
    }
    case FieldType::Integer:
        static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        break;
    case FieldType::Real:
        static_cast<QDoubleSpinBox *>(editor)->setValue(value.toDouble());
        break;
    case FieldType::OptionalReal:
        static_cast<OptionalSpinBox *>(editor)->setOptionalValue(value);
        break;
    case FieldType::Bool:
        static_cast<QCheckBox *>(editor)->setChecked(value.toBool());
        break;
    case FieldType::Enum: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(value.toInt()));
        break;
    }
    case FieldType::Reference:
    case FieldType::ElementRef: {
        auto *combo = static_cast<QComboBox *>(editor);
        int index = combo->findData(value.toString());
        if (index < 0 && !value.toString().isEmpty()) {
            // A dangling reference stays visible (and selected) rather than silently changing.
            combo->addItem(QCoreApplication::translate("FieldEditor", "%1 (unknown)").arg(value.toString()), value.toString());
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    case FieldType::Date: {
        const QDate d = value.toDate();
        static_cast<QDateEdit *>(editor)->setDate(d.isValid() ? d : QDate::currentDate());
        break;
    }
    }
}

QVariant value(QWidget *editor)
{
    switch (FieldType(editor->property(kFieldType).toInt())) {
    case FieldType::Id:
    case FieldType::Text:
        return static_cast<QLineEdit *>(editor)->text();
    case FieldType::LongText:
        return static_cast<LongTextEdit *>(editor)->toPlainText();
    case FieldType::Integer:
        return static_cast<QSpinBox *>(editor)->value();
    case FieldType::Real:
        return static_cast<QDoubleSpinBox *>(editor)->value();
    case FieldType::OptionalReal:
        return static_cast<OptionalSpinBox *>(editor)->optionalValue();
    case FieldType::Bool:
        return static_cast<QCheckBox *>(editor)->isChecked();
    case FieldType::Enum:
    case FieldType::Reference:
    case FieldType::ElementRef:
        return static_cast<QComboBox *>(editor)->currentData();
    case FieldType::Date:
        return static_cast<QDateEdit *>(editor)->date();
    }
    return {};
}

void commitFocused()
{
    QWidget *focus = QApplication::focusWidget();
    for (QWidget *w = focus; w; w = w->parentWidget()) {
        // A cell editor of an item view: the view commits it through its delegate.
        QWidget *viewport = w->parentWidget();
        auto *view = viewport ? qobject_cast<QAbstractItemView *>(viewport->parentWidget()) : nullptr;
        if (view && view->viewport() == viewport) {
            // A protected slot; it ignores widgets that are not open editors.
            QMetaObject::invokeMethod(view, "commitData", Qt::DirectConnection, Q_ARG(QWidget *, w));
            return;
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            spin->interpretText();
        // The form editors commit on their editingFinished signal.
        if (w->metaObject()->indexOfSignal("editingFinished()") >= 0) {
            QMetaObject::invokeMethod(w, "editingFinished", Qt::DirectConnection);
            return;
        }
    }
}

void onCommit(QWidget *editor, QObject *context, const std::function<void()> &callback)
{
    switch (FieldType(editor->property(kFieldType).toInt())) {
    case FieldType::Id:
    case FieldType::Text:
        QObject::connect(static_cast<QLineEdit *>(editor), &QLineEdit::editingFinished, context, callback);
        break;
    case FieldType::LongText:
        QObject::connect(static_cast<LongTextEdit *>(editor), &LongTextEdit::editingFinished, context, callback);
        break;
    case FieldType::Integer:
        QObject::connect(static_cast<QSpinBox *>(editor), &QSpinBox::editingFinished, context, callback);
        break;
    case FieldType::Real:
    case FieldType::OptionalReal:
        QObject::connect(static_cast<QDoubleSpinBox *>(editor), &QDoubleSpinBox::editingFinished, context, callback);
        break;
    case FieldType::Bool:
        QObject::connect(static_cast<QCheckBox *>(editor), &QCheckBox::clicked, context, callback);
        break;
    case FieldType::Enum:
    case FieldType::Reference:
    case FieldType::ElementRef:
        QObject::connect(static_cast<QComboBox *>(editor), &QComboBox::activated, context, callback);
        break;
    case FieldType::Date:
        QObject::connect(static_cast<QDateEdit *>(editor), &QDateEdit::editingFinished, context, callback);
        break;
    }
}

} // namespace FieldEditor

} // namespace ArchBoard
