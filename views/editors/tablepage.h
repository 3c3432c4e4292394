#pragma once

#include "schema.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QToolButton;

namespace ArchBoard {

class Document;
class FieldFilterModel;
class RecordForm;
class TableModel;

/// What one page of the main window edits.
struct PageSpec
{
    QString title;
    QString help;
    TableId master = TableId::Count;
    /// Tables shown under the master: a table that references the master is
    /// filtered to the selected master row; any other table is shown whole.
    QList<TableId> details;
    /// Show the form with every field before the detail tables (records with long texts).
    bool formFirst = false;
};

/// One table with its own toolbar (add, remove, move, search).
class TableSection : public QWidget
{
    Q_OBJECT

public:
    TableSection(Document *document, TableId table, QWidget *parent = nullptr);

    TableId table() const { return m_table; }
    QTableView *view() const { return m_view; }
    TableModel *model() const { return m_model; }
    FieldFilterModel *proxy() const { return m_proxy; }

    /// Shows only rows whose \a field is \a id; new rows get that value. -1 shows all.
    void setParentFilter(int field, const QString &id, bool parentSelected);
    /// Source row of the current index, or -1.
    int currentSourceRow() const;
    /// Selects and shows the source row (and field, when given).
    void selectSourceRow(int row, int field = -1);

    /// A form for the current row below the table: a detail table's long
    /// texts (an option's pros and cons) are not columns, so this is where
    /// they are read and edited.
    void showRowForm();
    RecordForm *rowForm() const { return m_rowForm; }

    void addRow();
    void removeSelected();
    void duplicateCurrent();
    void move(int delta);

signals:
    void currentRowChanged(int sourceRow);
    void status(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void clearCurrentCell();
    void fitColumns();

    QPointer<Document> m_document;
    TableId m_table;
    TableModel *m_model;
    FieldFilterModel *m_proxy;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_duplicate = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QLineEdit *m_search;
    int m_parentField = -1;
    QString m_parentId;
    bool m_parentSelected = true;
    bool m_fitPending = false; ///< column widths wait until the table is on screen
    RecordForm *m_rowForm = nullptr;
};

/**
 * A page of the main window: a master table, a form with every field of the
 * selected row, and the detail tables that belong to it (weights and
 * thresholds of a tier, conditions of a rule, …).
 */
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(Document *document, const PageSpec &spec, QWidget *parent = nullptr);

    const PageSpec &spec() const { return m_spec; }
    bool shows(TableId table) const;
    /// Brings \a row of \a table (the master or a detail table) into view and selects it.
    void selectRow(TableId table, int row, int field = -1);
    TableSection *section(TableId table) const;
    /// Adds \a widget under the page's title and help (page-specific panels, banners).
    void addHeaderWidget(QWidget *widget);
    /// Below the tables: a widget that appears, grows or shrinks with the
    /// selection goes here, so the rows above never move under the pointer.
    void addFooterWidget(QWidget *widget);

signals:
    void status(const QString &message);

private:
    void onMasterRowChanged(int row);
    int m_headerWidgets = 0; ///< layout position of the next header widget

    QPointer<Document> m_document;
    PageSpec m_spec;
    TableSection *m_master = nullptr;
    RecordForm *m_form = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<TableSection *> m_details;
};

} // namespace ArchBoard
