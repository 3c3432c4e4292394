#pragma once

#include <QObject>

class QWidget;

namespace ArchBoard {

/**
 * Ctrl+Z and Ctrl+Y / Ctrl+Shift+Z in a text box: a line or text editor that
 * has typing of its own to undo (or redo) keeps the key, as everywhere; one
 * that has nothing to undo lets the window's Edit → Undo (Redo) have it, so
 * the key undoes the last change to the workspace instead of doing nothing.
 * Installed on the application for the editors inside \a window.
 */
class UndoShortcuts : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcuts(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace ArchBoard
