#include "tablepage.h"

#include "tableclipboardfilter.h"

#include "document.h"
#include "fielddelegate.h"
#include "recordform.h"
#include "tablemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ArchBoard {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &tip, QStyle::StandardPixmap icon)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

/// A reference field of \a child that points at \a master (its owner), or -1.
int referenceTo(TableId child, TableId master)
{
    const TableSchema &ts = Schema::table(child);
    if (ts.parentField() >= 0 && ts.field(ts.parentField()).refTable == master)
        return ts.parentField();
    for (int f = 0; f < ts.fieldCount(); ++f) {
        const FieldDef &def = ts.field(f);
        if (def.type == FieldType::Reference && def.refTable == master)
            return f;
    }
    return -1;
}

bool clearable(const FieldDef &def)
{
    switch (def.type) {
    case FieldType::OptionalReal:
    case FieldType::Date:
        return true;
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Reference:
        return !def.isRequired();
    default:
        return false;
    }
}

} // namespace

// --- TableSection ---------------------------------------------------------------

TableSection::TableSection(Document *document, TableId table, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(table)
    , m_model(new TableModel(document, table, this))
    , m_proxy(new FieldFilterModel(this))
    , m_view(new QTableView(this))
{
    const TableSchema &ts = Schema::table(table);
    setObjectName(QString::fromLatin1(ts.key()));
    m_proxy->setSourceModel(m_model);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_add = toolButton(this, tr("Add"), tr("Add a %1").arg(ts.rowTitle().toLower()), QStyle::SP_FileDialogNewFolder);
    m_remove = toolButton(this, tr("Remove"), tr("Remove the selected rows and what belongs to them (undoable)"), QStyle::SP_TrashIcon);
    bar->addWidget(m_add);
    if (ts.idField() >= 0 && ts.parentField() < 0) {
        m_duplicate = toolButton(this, tr("Duplicate"), tr("Copy the selected %1 with everything that belongs to it (undoable)").arg(ts.rowTitle().toLower()),
                                 QStyle::SP_FileDialogDetailedView);
        bar->addWidget(m_duplicate);
        connect(m_duplicate, &QToolButton::clicked, this, &TableSection::duplicateCurrent);
    }
    bar->addWidget(m_remove);
    if (ts.isOrdered()) {
        m_up = toolButton(this, tr("Up"), tr("Evaluate earlier"), QStyle::SP_ArrowUp);
        m_down = toolButton(this, tr("Down"), tr("Evaluate later"), QStyle::SP_ArrowDown);
        bar->addWidget(m_up);
        bar->addWidget(m_down);
        connect(m_up, &QToolButton::clicked, this, [this] { move(-1); });
        connect(m_down, &QToolButton::clicked, this, [this] { move(1); });
    }
    bar->addStretch();
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(220);
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &FieldFilterModel::setSearchText);

    m_view->setObjectName(QString::fromLatin1(ts.key()) + QStringLiteral("View"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new FieldDelegate(m_model, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Ranges to and from spreadsheets (one undo step per paste).
    connect(new TableClipboardFilter(m_view, m_document), &TableClipboardFilter::status, this, &TableSection::status);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(!ts.isOrdered());
    if (!ts.isOrdered())
        m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Column widths from a sample of rows, not thousands (keeps opening a large workspace quick).
    m_view->horizontalHeader()->setResizeContentsPrecision(40);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    for (int f = 0; f < ts.fieldCount(); ++f) {
        if (ts.field(f).type == FieldType::LongText)
            m_view->setColumnHidden(f, true); // edited in the form
    }
    fitColumns();
    connect(document, &Document::workspaceReset, this, [this] {
        if (isVisible())
            fitColumns();
        else
            m_fitPending = true; // most pages are hidden: opening a workspace stays quick
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_add, &QToolButton::clicked, this, &TableSection::addRow);
    connect(m_remove, &QToolButton::clicked, this, &TableSection::removeSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &TableSection::clearCurrentCell);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_rowForm)
            m_rowForm->setRow(currentSourceRow());
        emit currentRowChanged(currentSourceRow());
        updateActions();
    });
    connect(m_model, &TableModel::editRefused, this, &TableSection::status);
    connect(document, &Document::readOnlyChanged, this, &TableSection::updateActions);
    connect(document, &Document::changed, this, &TableSection::updateActions);
    updateActions();
}

void TableSection::showRowForm()
{
    if (m_rowForm)
        return;
    m_rowForm = new RecordForm(m_document, m_table, this);
    m_rowForm->setObjectName(QString::fromLatin1(Schema::table(m_table).key()) + QStringLiteral("Form"));
    connect(m_rowForm, &RecordForm::editRefused, this, &TableSection::status);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_rowForm);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    delete layout()->replaceWidget(m_view, splitter); // the item, not the view
    splitter->addWidget(m_view);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    m_rowForm->setRow(currentSourceRow());
}

void TableSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        fitColumns();
}

void TableSection::fitColumns()
{
    m_fitPending = false;
    // Sized from the rows on screen (Qt samples visible rows), within bounds
    // that keep names readable and long sources from taking the whole width.
    m_view->resizeColumnsToContents();
    const TableSchema &ts = Schema::table(m_table);
    for (int f = 0; f < ts.fieldCount(); ++f) {
        const bool named = f == ts.nameField();
        m_view->setColumnWidth(f, std::clamp(m_view->columnWidth(f), named ? 200 : 70, named ? 420 : 280));
    }
}

void TableSection::setParentFilter(int field, const QString &id, bool parentSelected)
{
    m_parentField = field;
    m_parentId = id;
    m_parentSelected = parentSelected;
    if (field >= 0) {
        m_proxy->setFilter(field, id);
        m_view->setColumnHidden(field, true);
    } else {
        m_proxy->clearFilter();
    }
    // Widths follow the rows now shown (a detail table starts out empty).
    if (isVisible())
        fitColumns();
    else
        m_fitPending = true;
    if (m_rowForm)
        m_rowForm->setRow(currentSourceRow());
    updateActions();
}

int TableSection::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void TableSection::selectSourceRow(int row, int field)
{
    const QModelIndex src = m_model->index(row, field >= 0 ? field : 0);
    QModelIndex index = m_proxy->mapFromSource(src);
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(src);
    }
    if (!index.isValid())
        return;
    if (field < 0) {
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            if (!m_view->isColumnHidden(c)) {
                index = index.siblingAtColumn(c);
                break;
            }
        }
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
}

void TableSection::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_add->setEnabled(writable && m_parentSelected);
    const bool hasRow = currentSourceRow() >= 0;
    m_remove->setEnabled(writable && hasRow);
    if (m_duplicate)
        m_duplicate->setEnabled(writable && hasRow);
    if (m_up) {
        const int row = currentSourceRow();
        m_up->setEnabled(writable && row > 0);
        m_down->setEnabled(writable && hasRow && row + 1 < m_model->rowCount());
    }
}

void TableSection::addRow()
{
    QHash<int, QVariant> presets;
    if (m_parentField >= 0)
        presets.insert(m_parentField, m_parentId);
    const int row = m_document->addRow(m_table, presets);
    if (row < 0) {
        emit status(m_document->errorString());
        return;
    }
    m_search->clear();
    selectSourceRow(row);
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && (current.flags() & Qt::ItemIsEditable))
        m_view->edit(current);
}

void TableSection::duplicateCurrent()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const int copy = m_document->duplicateRow(m_table, row);
    if (copy < 0) {
        emit status(m_document->errorString());
        return;
    }
    m_search->clear();
    selectSourceRow(copy);
    emit status(m_document->undoText());
}

void TableSection::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && currentSourceRow() >= 0)
        rows.append(currentSourceRow());
    if (rows.isEmpty())
        return;
    if (!m_document->removeRows(m_table, rows))
        emit status(m_document->errorString());
    else
        emit status(m_document->undoText());
}

void TableSection::move(int delta)
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const int column = m_view->currentIndex().column();
    if (m_document->moveRow(m_table, row, row + delta))
        selectSourceRow(row + delta, m_proxy->mapToSource(m_proxy->index(0, column)).column());
}

void TableSection::clearCurrentCell()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex src = m_proxy->mapToSource(current);
    const FieldDef &def = Schema::table(m_table).field(src.column());
    if (!clearable(def)) {
        emit status(tr("%1 cannot be empty; use Remove to delete the row.").arg(def.translatedLabel()));
        return;
    }
    const QVariant empty = def.type == FieldType::OptionalReal ? QVariant() : def.type == FieldType::Date ? QVariant(QDate()) : QVariant(QString());
    m_model->setData(src, empty, Qt::EditRole);
}

// --- TablePage ------------------------------------------------------------------

TablePage::TablePage(Document *document, const PageSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_spec(spec)
{
    const TableSchema &ms = Schema::table(spec.master);
    setObjectName(QString::fromLatin1(ms.key()) + QStringLiteral("Page"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(spec.title.toHtmlEscaped()), this);
    layout->addWidget(title);
    if (!spec.help.isEmpty()) {
        auto *help = new QLabel(spec.help, this);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(help);
    }
    m_headerWidgets = layout->count();

    m_form = new RecordForm(document, spec.master, this);
    connect(m_form, &RecordForm::editRefused, this, &TablePage::status);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);

    if (ms.isSingleton()) {
        layout->addWidget(formScroll, 1);
        m_tabs = nullptr;
    } else {
        auto *splitter = new QSplitter(Qt::Vertical, this);
        m_master = new TableSection(document, spec.master, splitter);
        connect(m_master, &TableSection::status, this, &TablePage::status);
        connect(m_master, &TableSection::currentRowChanged, this, &TablePage::onMasterRowChanged);
        splitter->addWidget(m_master);
        m_tabs = new QTabWidget(splitter);
        if (spec.formFirst || spec.details.isEmpty())
            m_tabs->addTab(formScroll, tr("Details"));
        splitter->addWidget(m_tabs);
        splitter->setStretchFactor(0, 2);
        splitter->setStretchFactor(1, 3);
        layout->addWidget(splitter, 1);
    }

    for (TableId detail : spec.details) {
        auto *section = new TableSection(document, detail, this);
        const TableSchema &ds = Schema::table(detail);
        for (int f = 0; f < ds.fieldCount(); ++f) {
            if (ds.field(f).type == FieldType::LongText) {
                section->showRowForm(); // its long texts are hidden columns: edited below the table
                break;
            }
        }
        connect(section, &TableSection::status, this, &TablePage::status);
        m_details.append(section);
        const int ref = referenceTo(detail, spec.master);
        if (ref < 0)
            section->setParentFilter(-1, {}, true);
        if (m_tabs)
            m_tabs->addTab(section, Schema::table(detail).title());
        else
            layout->addWidget(section, 1);
    }
    if (m_tabs && !(spec.formFirst || spec.details.isEmpty()))
        m_tabs->addTab(formScroll, tr("All fields"));
    if (m_tabs)
        m_tabs->setCurrentIndex(0);
    onMasterRowChanged(-1);
    connect(document, &Document::workspaceReset, this, [this] { onMasterRowChanged(-1); });
}

bool TablePage::shows(TableId table) const
{
    return table == m_spec.master || m_spec.details.contains(table);
}

void TablePage::addHeaderWidget(QWidget *widget)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(m_headerWidgets++, widget);
}

void TablePage::addFooterWidget(QWidget *widget)
{
    layout()->addWidget(widget);
}

TableSection *TablePage::section(TableId table) const
{
    if (m_master && table == m_spec.master)
        return m_master;
    for (TableSection *s : m_details) {
        if (s->table() == table)
            return s;
    }
    return nullptr;
}

void TablePage::onMasterRowChanged(int row)
{
    const TableSchema &ms = Schema::table(m_spec.master);
    if (!ms.isSingleton())
        m_form->setRow(row);
    const QString id = row >= 0 && ms.idField() >= 0 ? m_document->value(m_spec.master, row, ms.idField()).toString() : QString();
    for (TableSection *s : m_details) {
        const int ref = referenceTo(s->table(), m_spec.master);
        if (ref >= 0)
            s->setParentFilter(ref, id, row >= 0);
    }
}

void TablePage::selectRow(TableId table, int row, int field)
{
    if (table == m_spec.master) {
        if (m_master)
            m_master->selectSourceRow(row, field);
        else
            m_form->setFocus();
        return;
    }
    TableSection *s = section(table);
    if (!s)
        return;
    // Select the owning master row first, then the detail row.
    const int ref = referenceTo(table, m_spec.master);
    if (ref >= 0 && m_master) {
        const QString ownerId = m_document->value(table, row, ref).toString();
        const int ownerRow = m_document->rowOfId(m_spec.master, ownerId);
        if (ownerRow >= 0)
            m_master->selectSourceRow(ownerRow);
    }
    if (m_tabs)
        m_tabs->setCurrentWidget(s);
    s->selectSourceRow(row, field);
}

} // namespace ArchBoard
