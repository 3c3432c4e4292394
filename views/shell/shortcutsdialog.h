#pragma once

#include <QDialog>
#include <QSet>

class QAction;
class QMainWindow;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace ArchBoard {

/**
 * Help → Keyboard Shortcuts: every action of the window's menus that has a
 * key, read from the actions themselves when the dialog opens (so the list
 * cannot go stale), then workshop mode's keys.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    /// The shortcut text shown for the action called \a action (its text without the "&"); empty when none is listed.
    QString shortcutOf(const QString &action) const;
    QTreeWidget *list() const { return m_list; }

private:
    void addMenu(QMenu *menu, const QString &path);
    void addGroup(const QString &title, const QList<QPair<QString, QString>> &rows);

    QTreeWidget *m_list = nullptr;
    QSet<QAction *> m_listed;
};

} // namespace ArchBoard
