#pragma once

#include "diffreport.h"
#include "workspaceformat.h"

#include <QDialog>
#include <QDockWidget>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ArchBoard {

class Document;

/**
 * File → Compare With…: the open workspace against another version — a
 * workspace file or a git revision of the open file — as `archboard-cli diff`
 * shows it: the model changes by element and field, then their consequences.
 * Reading the other version and running the engines happen on a worker; the
 * open workspace is the "after" side. Activating a line selects the element
 * in the window (openElement()).
 */
class CompareDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CompareDock(Document *document, QWidget *parent = nullptr);
    ~CompareDock() override;

    /// Starts comparing with \a spec: a workspace file or `git:REV:PATH`. \a label names it on screen.
    void compareWith(const QString &spec, const QString &label);
    /// Compares again with the same version (after edits of the open workspace).
    void refresh();
    bool isBusy() const { return m_watcher.isRunning(); }
    /// The comparison on screen, if any.
    const std::optional<WorkspaceComparison> &comparison() const { return m_comparison; }
    QTreeWidget *tree() const { return m_tree; }
    QString summaryText() const;

signals:
    /// Select row \a row of \a table in the window.
    void openElement(ArchBoard::TableId table, int row);
    void status(const QString &message);
    /// A comparison (or why there is none) is on screen.
    void finished();

private:
    struct Outcome
    {
        std::optional<WorkspaceComparison> comparison;
        InputError error;
    };
    void showOutcome(const Outcome &outcome);
    void fill(const WorkspaceComparison &comparison);
    void activate(QTreeWidgetItem *item);

    Document *m_document;
    QLabel *m_summary;
    QPushButton *m_refresh;
    QTreeWidget *m_tree;
    QFutureWatcher<Outcome> m_watcher;
    QString m_spec;
    QString m_label;
    std::optional<WorkspaceComparison> m_comparison;
};

/// The dialog behind File → Compare With…: another workspace file, or a git
/// revision of the open file when git tracks it.
class CompareSourceDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a openFile: the open workspace's file (may be empty or untracked).
    CompareSourceDialog(const QString &openFile, QWidget *parent = nullptr);
    /// What to compare with (a file path or `git:REV:PATH`) and its label; empty when cancelled.
    QString spec() const { return m_spec; }
    QString label() const { return m_label; }

private:
    void accept() override;

    QString m_openFile;
    QRadioButton *m_fileChoice;
    QRadioButton *m_gitChoice;
    QListWidget *m_revisions;
    QString m_spec;
    QString m_label;
};

} // namespace ArchBoard
