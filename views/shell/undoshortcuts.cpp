#include "undoshortcuts.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace ArchBoard {

namespace {

enum class Step { None, Undo, Redo };

Step stepOf(const QKeyEvent *key)
{
    if (key->matches(QKeySequence::Undo))
        return Step::Undo;
    const QKeyCombination pressed = key->keyCombination();
    if (key->matches(QKeySequence::Redo) || pressed == QKeyCombination(Qt::ControlModifier, Qt::Key_Y))
        return Step::Redo;
    return Step::None;
}

/// Whether the text editor \a w has typing of its own for \a step; false for other widgets.
bool editorHasOwn(QObject *w, Step step)
{
    const bool undo = step == Step::Undo;
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return undo ? line->isUndoAvailable() : line->isRedoAvailable();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return undo ? plain->document()->isUndoAvailable() : plain->document()->isRedoAvailable();
    if (auto *rich = qobject_cast<QTextEdit *>(w))
        return undo ? rich->document()->isUndoAvailable() : rich->document()->isRedoAvailable();
    return true; // not a text editor: it decides for itself
}

} // namespace

UndoShortcuts::UndoShortcuts(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool UndoShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const Step step = stepOf(static_cast<QKeyEvent *>(event));
    if (step == Step::None)
        return false;
    // A spin box's text is in its line edit; the event goes to the spin box.
    QObject *editor = watched;
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(watched))
        editor = spin->findChild<QLineEdit *>();
    if (!editor || editorHasOwn(editor, step))
        return false;
    // Not accepted by the editor: the window's shortcut (Edit → Undo / Redo) fires.
    event->ignore();
    return true;
}

} // namespace ArchBoard
