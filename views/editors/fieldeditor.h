#pragma once

#include "schema.h"

#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QVariant>

class QWidget;

namespace ArchBoard {

class Document;

/// A spin box that can also hold "missing": the step below the field's
/// minimum shows as "—" and means no value.
class OptionalSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    OptionalSpinBox(double min, double max, QWidget *parent = nullptr);
    void setOptionalValue(const QVariant &value);
    QVariant optionalValue() const;

private:
    double m_min;
};

/// A multi-line editor that reports editingFinished when it loses focus.
class LongTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LongTextEdit(QWidget *parent = nullptr);

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

/**
 * Editors for one field of the schema, shared by the table delegate and the
 * record form: combo boxes for enumerations and references, spin boxes with
 * units and ranges for numbers, date edits, line and multi-line text.
 */
namespace FieldEditor {
/// \a unit overrides the field's unit (a measurement takes its criterion's).
QWidget *create(QWidget *parent, const Document *document, TableId table, int row, int field, const QString &unit);
void setValue(QWidget *editor, const QVariant &value);
QVariant value(QWidget *editor);
/// Connects the editor's "user finished editing" signal to \a callback.
void onCommit(QWidget *editor, QObject *context, const std::function<void()> &callback);
/**
 * Commits the editor that has the keyboard focus, as leaving it would: a
 * table cell being edited, a form field (line, multi-line, spin box). Text
 * typed without leaving the field is otherwise not in the model yet when a
 * save, autosave, export or close reads it.
 */
void commitFocused();
} // namespace FieldEditor

} // namespace ArchBoard
