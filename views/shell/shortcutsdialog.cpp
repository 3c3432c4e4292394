#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ArchBoard {

namespace {

/// An action's or menu's text as a reader sees it: "&Save" → "Save", "Save &As…" → "Save As…", "打开(&O)…" → "打开…".
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&[^&]\\)"))); // the Chinese mnemonic: "保存(&S)" → "保存"
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(720, 760);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    for (QAction *top : window->menuBar()->actions()) {
        if (QMenu *menu = top->menu())
            addMenu(menu, plain(menu->title()));
    }
    // Actions with a key that are in no menu (a page's own actions).
    QList<QPair<QString, QString>> others;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!m_listed.contains(action) && !action->shortcuts().isEmpty() && !action->text().isEmpty() && !action->menu())
            others.append({plain(action->text()), keysOf(action)});
    }
    addGroup(tr("Other"), others);

    // Workshop mode reads its keys itself (views/selection/workshopmode.cpp, keyPressEvent); its ? / F1 overlay lists them too.
    auto *workshop = new QTreeWidgetItem(m_list, {tr("Workshop mode")});
    workshop->setFirstColumnSpanned(true);
    QFont bold = workshop->font(0);
    bold.setBold(true);
    workshop->setFont(0, bold);
    workshop->setFlags(Qt::ItemIsEnabled);
    const QList<QPair<QString, QString>> keys = {
        {tr("Move the cell cursor"), QStringLiteral("← ↑ → ↓")},
        {tr("The current rater's score of a rated criterion"), QStringLiteral("1 – 5")},
        {tr("Clear the current rater's score"), QStringLiteral("0, Delete, Backspace")},
        {tr("Undo / redo"), QStringLiteral("Ctrl+Z / Ctrl+Shift+Z")},
        {tr("Next / previous rater"), QStringLiteral("Tab / Shift+Tab, ] / [")},
        {tr("Next / previous SLA tier"), QStringLiteral("T / Shift+T")},
        {tr("Larger / smaller / default type"), QStringLiteral("Ctrl+= / Ctrl+- / Ctrl+0")},
        {tr("Open live voting on this tier (while open: show or hide its panel)"), QStringLiteral("V")},
        {tr("Reveal the votes / another round / close voting"), QStringLiteral("R / N / Shift+V")},
        {tr("Record the decision: leave and draft the tier's decision record"), QStringLiteral("D")},
        {tr("Show or hide the keys"), QStringLiteral("? / F1")},
        {tr("Leave workshop mode"), QStringLiteral("Esc")},
    };
    for (const auto &[what, key] : keys)
        new QTreeWidgetItem(m_list, {QStringLiteral("    ") + what, key});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    m_list->setFocus();
}

void ShortcutsDialog::addMenu(QMenu *menu, const QString &path)
{
    QList<QPair<QString, QString>> rows;
    for (QAction *action : menu->actions()) {
        m_listed.insert(action);
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            addMenu(sub, path + QStringLiteral(" → ") + plain(sub->title()));
            continue;
        }
        if (!action->shortcuts().isEmpty())
            rows.append({plain(action->text()), keysOf(action)});
    }
    addGroup(path, rows);
}

void ShortcutsDialog::addGroup(const QString &title, const QList<QPair<QString, QString>> &rows)
{
    if (rows.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(m_list, {title});
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFlags(Qt::ItemIsEnabled);
    for (const auto &[text, keys] : rows)
        new QTreeWidgetItem(m_list, {QStringLiteral("    ") + text, keys});
}

QString ShortcutsDialog::shortcutOf(const QString &action) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(0).trimmed() == action)
            return item->text(1);
    }
    return {};
}

} // namespace ArchBoard
