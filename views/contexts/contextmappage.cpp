#include "contextmappage.h"

#include "analysis.h"
#include "cmlformat.h"
#include "diagramview.h"
#include "document.h"
#include "safefile.h"
#include "tablepage.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace ArchBoard {

namespace {

constexpr int kElementsRole = Qt::UserRole + 1;

/// "context:orders" → (Contexts, "orders").
std::pair<TableId, QString> splitElement(const QString &element)
{
    const qsizetype colon = element.indexOf(u':');
    const QStringView kind = QStringView(element).left(colon);
    const QString id = element.mid(colon + 1);
    if (kind == u"context")
        return {TableId::Contexts, id};
    if (kind == u"relation")
        return {TableId::Relations, id};
    if (kind == u"service")
        return {TableId::Services, id};
    return {TableId::Count, {}};
}

QString severityLabel(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Info: return ContextMapPage::tr("Info");
    case FindingSeverity::Warning: return ContextMapPage::tr("Warning");
    case FindingSeverity::Error: return ContextMapPage::tr("Error");
    }
    return {};
}

} // namespace

ContextMapPage::ContextMapPage(Analysis *analysis, DiagramRenderer *renderer, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_view(new DiagramView(renderer, this))
    , m_grouping(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_protocols(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_editors(new QTabWidget(this))
    , m_contexts(new TableSection(analysis->document(), TableId::Contexts, this))
    , m_relations(new TableSection(analysis->document(), TableId::Relations, this))
{
    setObjectName(QStringLiteral("contextMapPage"));
    m_grouping->addItem(tr("Domain type"), int(ContextMap::Grouping::DomainType));
    m_grouping->addItem(tr("Team"), int(ContextMap::Grouping::Team));
    m_grouping->addItem(tr("Nothing"), int(ContextMap::Grouping::None));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ContextMapPage::refreshDiagram);
    m_scope->addItem(tr("Whole map"), 0);
    m_scope->addItem(tr("Neighbourhood, 1 step"), 1);
    m_scope->addItem(tr("Neighbourhood, 2 steps"), 2);
    m_scope->setToolTip(tr("Only the selected context and the contexts that many relations away"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ContextMapPage::refreshDiagram);
    connect(m_scope, &QComboBox::activated, this, [this] { m_scopeChosen = true; });

    auto *importButton = new QPushButton(tr("Import CML…"), this);
    importButton->setToolTip(tr("Add the bounded contexts and relationships of a Context Mapper (CML) file"));
    connect(importButton, &QPushButton::clicked, this, &ContextMapPage::importCmlDialog);
    auto *exportButton = new QPushButton(tr("Export CML…"), this);
    exportButton->setToolTip(tr("Save the context map as a Context Mapper (CML) file"));
    connect(exportButton, &QPushButton::clicked, this, &ContextMapPage::exportCmlDialog);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Group by:"), this));
    bar->addWidget(m_grouping);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_scope);
    bar->addSpacing(16);
    bar->addWidget(m_protocols, 1);
    bar->addWidget(importButton);
    bar->addWidget(exportButton);
    m_protocols->setObjectName(QStringLiteral("protocolConsistency"));
    m_protocols->setTextFormat(Qt::PlainText);

    m_findings->setObjectName(QStringLiteral("contextFindings"));
    m_findings->setHeaderLabels({tr("Severity"), tr("Finding"), tr("Message")});
    m_findings->setRootIsDecorated(false);
    // A large map has a thousand findings: fixed row heights and column widths keep it quick.
    m_findings->setUniformRowHeights(true);
    m_findings->header()->setStretchLastSection(true);
    m_findings->setColumnWidth(0, fontMetrics().horizontalAdvance(tr("Warning")) + 24);
    m_findings->setColumnWidth(1, fontMetrics().horizontalAdvance(ContextMap::kindLabel(QStringLiteral("language_disagrees"))) + 24);
    connect(m_findings, &QTreeWidget::itemSelectionChanged, this, &ContextMapPage::onFindingSelected);
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QStringList elements = item->data(0, kElementsRole).toStringList();
        if (!elements.isEmpty())
            selectElement(elements.constFirst());
    });

    m_editors->addTab(m_contexts, tr("Bounded contexts"));
    m_editors->addTab(m_relations, tr("Relations"));
    connect(m_contexts, &TableSection::currentRowChanged, this, [this](int row) { highlightRow(TableId::Contexts, row); });
    connect(m_relations, &TableSection::currentRowChanged, this, [this](int row) { highlightRow(TableId::Relations, row); });
    connect(m_editors, &QTabWidget::currentChanged, this, [this] {
        auto *section = qobject_cast<TableSection *>(m_editors->currentWidget());
        if (section && !m_selecting)
            highlightRow(section->table(), section->currentSourceRow());
    });
    connect(m_contexts, &TableSection::status, this, &ContextMapPage::status);
    connect(m_relations, &TableSection::status, this, &ContextMapPage::status);

    connect(m_view, &DiagramView::elementClicked, this, &ContextMapPage::onElementClicked);
    connect(m_view, &DiagramView::elementActivated, this, [this](const QString &element) {
        const auto [table, id] = splitElement(element);
        if (table != TableId::Count && m_analysis)
            emit openElement(table, m_analysis->document()->rowOfId(table, id));
    });

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_view);
    left->addWidget(m_findings);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_editors);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(analysis, &Analysis::updated, this, &ContextMapPage::onUpdated);
    connect(analysis->document(), &Document::workspaceReset, this, [this] {
        m_scopeChosen = false; // each workspace starts whole or focused by its own size
        m_focus.clear();
    });
    connect(analysis->document(), &Document::readOnlyChanged, importButton, [importButton](bool readOnly) { importButton->setEnabled(!readOnly); });
}

TableSection *ContextMapPage::section(TableId table) const
{
    return table == TableId::Contexts ? m_contexts : table == TableId::Relations ? m_relations : nullptr;
}

QString ContextMapPage::protocolSummary() const
{
    return m_protocols->text();
}

void ContextMapPage::setGrouping(ContextMap::Grouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

ContextMap::Grouping ContextMapPage::grouping() const
{
    return ContextMap::Grouping(m_grouping->currentData().toInt());
}

void ContextMapPage::setNeighbourhood(int hops)
{
    m_scopeChosen = true;
    m_scope->setCurrentIndex(m_scope->findData(hops));
}

int ContextMapPage::neighbourhood() const
{
    return m_scope->currentData().toInt();
}

void ContextMapPage::focusOn(const QString &context)
{
    if (context == m_focus)
        return;
    m_focus = context;
    if (neighbourhood() > 0)
        refreshDiagram();
}

void ContextMapPage::onUpdated()
{
    if (isVisible())
        refresh();
    else
        m_stale = true; // caught up in showEvent(): edits on other pages stay quick
}

void ContextMapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ContextMapPage::refresh()
{
    m_stale = false;
    if (!m_analysis)
        return;
    const Workspace &ws = m_analysis->document()->workspace();
    if (!m_scopeChosen) {
        // A map of hundreds of contexts is a hairball: start from one context's neighbourhood.
        QSignalBlocker block(m_scope);
        m_scope->setCurrentIndex(m_scope->findData(ws.contexts.size() > size_t(kLargeMap) ? 1 : 0));
    }
    refreshDiagram();
    const ContextMapResult &result = m_analysis->contextMap();
    const ProtocolConsistency &pc = result.protocolConsistency;
    if (pc.valuePct) {
        m_protocols->setText(tr("API-protocol consistency: %1 % (%2 of %3 integrations use an approved protocol)")
                                 .arg(QLocale().toString(*pc.valuePct, 'f', 0))
                                 .arg(pc.conforming)
                                 .arg(pc.integrations));
    } else {
        m_protocols->setText(pc.integrations == 0 ? tr("API-protocol consistency: no integrations to measure")
                                                  : tr("API-protocol consistency: not measured (no approved protocols)"));
    }

    const QStringList selected = [this] {
        const QList<QTreeWidgetItem *> items = m_findings->selectedItems();
        return items.isEmpty() ? QStringList() : items.constFirst()->data(0, kElementsRole).toStringList();
    }();
    QSignalBlocker block(m_findings);
    m_findings->clear();
    for (const ContextFinding &f : result.findings) {
        auto *item = new QTreeWidgetItem(m_findings, {severityLabel(f.severity), ContextMap::kindLabel(f.kind), f.message});
        item->setData(0, kElementsRole, f.elements);
        item->setToolTip(2, f.message);
        if (f.severity != FindingSeverity::Info)
            item->setForeground(0, QColor(0xc0, 0x39, 0x2b));
        if (!selected.isEmpty() && f.elements == selected)
            item->setSelected(true);
    }
    if (result.findings.empty())
        new QTreeWidgetItem(m_findings, {QString(), QString(), tr("No findings: the map passes every check.")});
}

void ContextMapPage::refreshDiagram()
{
    if (!m_analysis || !isVisible()) {
        m_stale = true;
        return;
    }
    const Workspace &ws = m_analysis->document()->workspace();
    const ContextMapResult &result = m_analysis->contextMap();
    const int hops = neighbourhood();
    if (hops == 0) {
        m_view->setDiagram(ContextMap::diagram(ws, result, grouping()));
        return;
    }
    QStringList shown = ContextMap::neighbourhood(ws, m_focus, hops);
    if (shown.isEmpty() && !ws.contexts.empty()) {
        m_focus = ws.contexts.front().id;
        shown = ContextMap::neighbourhood(ws, m_focus, hops);
    }
    Diagram d = ContextMap::diagram(ws, result, grouping(), {}, shown.isEmpty() ? QStringList{QString()} : shown);
    const int row = m_analysis->document()->rowOfId(TableId::Contexts, m_focus);
    if (row >= 0) {
        d.title = hops == 1 ? tr("Neighbourhood of %1: %2 of %3 contexts").arg(ws.contexts[size_t(row)].name).arg(shown.size()).arg(ws.contexts.size())
                            : tr("Two steps around %1: %2 of %3 contexts").arg(ws.contexts[size_t(row)].name).arg(shown.size()).arg(ws.contexts.size());
    }
    m_view->setDiagram(d);
}

void ContextMapPage::highlightRow(TableId table, int row)
{
    if (m_selecting || !m_analysis)
        return;
    const Document *doc = m_analysis->document();
    if (row < 0 || row >= doc->rowCount(table)) {
        m_view->setHighlighted({});
        return;
    }
    const TableSchema &schema = Schema::table(table);
    const QString id = doc->value(table, row, schema.idField()).toString();
    if (table == TableId::Contexts)
        focusOn(id);
    m_view->setHighlighted({(table == TableId::Contexts ? QStringLiteral("context:") : QStringLiteral("relation:")) + id});
}

void ContextMapPage::selectElement(const QString &element)
{
    const auto [table, id] = splitElement(element);
    TableSection *target = section(table);
    if (!target || !m_analysis)
        return;
    const int row = m_analysis->document()->rowOfId(table, id);
    if (row < 0)
        return;
    m_selecting = true;
    m_editors->setCurrentWidget(target);
    target->selectSourceRow(row);
    m_selecting = false;
    if (table == TableId::Contexts)
        focusOn(id);
    m_view->setHighlighted({element});
}

void ContextMapPage::onElementClicked(const QString &element)
{
    if (element.isEmpty()) {
        m_view->setHighlighted({});
        return;
    }
    {
        QSignalBlocker block(m_findings);
        m_findings->clearSelection();
    }
    selectElement(element);
}

void ContextMapPage::onFindingSelected()
{
    const QList<QTreeWidgetItem *> items = m_findings->selectedItems();
    if (items.isEmpty())
        return;
    m_view->setHighlighted(items.constFirst()->data(0, kElementsRole).toStringList());
}

bool ContextMapPage::importCml(const QString &path, QString *message)
{
    Document *doc = m_analysis ? m_analysis->document() : nullptr;
    if (!doc)
        return false;
    if (doc->isReadOnly()) {
        *message = tr("The workspace is open read-only; nothing was imported.");
        return false;
    }
    CmlImport import;
    InputError error;
    if (!Cml::parseFile(path, &import, &error)) {
        *message = error.toString();
        return false;
    }
    std::vector<BoundedContext> contexts;
    std::vector<ContextRelation> relations;
    const QStringList skipped = Cml::merge(import, doc->workspace(), &contexts, &relations);

    // Rows as the schema stores them, taken from a scratch workspace.
    Workspace scratch;
    scratch.contexts = contexts;
    scratch.relations = relations;
    const TableSchema &contextSchema = Schema::table(TableId::Contexts);
    const TableSchema &relationSchema = Schema::table(TableId::Relations);
    EditScope edit(doc, tr("Import CML from %1").arg(QFileInfo(path).fileName()));
    bool ok = true;
    for (int i = 0; ok && i < int(contexts.size()); ++i)
        ok = doc->insertRow(TableId::Contexts, doc->rowCount(TableId::Contexts), contextSchema.rowValues(scratch, i));
    for (int i = 0; ok && i < int(relations.size()); ++i)
        ok = doc->insertRow(TableId::Relations, doc->rowCount(TableId::Relations), relationSchema.rowValues(scratch, i));
    if (!ok) {
        // Leave the workspace as it was: leaving the scope reverts the half-done import, with no Redo left.
        *message = tr("%1: nothing was imported: %2").arg(QFileInfo(path).fileName(), doc->errorString());
        return false;
    }
    edit.commit();
    const auto count = [](size_t n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    QStringList lines{tr("Imported %1 and %2 from %3.")
                          .arg(count(contexts.size(), tr("1 bounded context"), tr("%1 bounded contexts")),
                               count(relations.size(), tr("1 relation"), tr("%1 relations")), QFileInfo(path).fileName())};
    for (const QString &note : import.notes + skipped)
        lines << tr("Not imported: %1").arg(note);
    *message = lines.join(u'\n');
    return true;
}

bool ContextMapPage::exportCml(const QString &path, QString *message)
{
    if (!m_analysis)
        return false;
    QStringList notes;
    if (!Cml::writeFile(m_analysis->document()->workspace(), path, &notes, message))
        return false;
    *message = (QStringList{tr("Exported the context map to %1.").arg(path)} + notes).join(u'\n');
    return true;
}

void ContextMapPage::importCmlDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Context Mapper File"), QString(),
                                                      tr("Context Mapper (*.cml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString message;
    const bool ok = importCml(path, &message);
    const QString headline = message.section(u'\n', 0, 0);
    emit status(headline);
    QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Import CML"), headline, QMessageBox::Ok, this);
    if (message.contains(u'\n'))
        box.setDetailedText(message.section(u'\n', 1));
    box.exec();
}

void ContextMapPage::exportCmlDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Context Mapper File"), QStringLiteral("context-map.cml"),
                                                      tr("Context Mapper (*.cml)"));
    if (path.isEmpty())
        return;
    QString message;
    const bool ok = exportCml(path, &message);
    const QString headline = message.section(u'\n', 0, 0);
    const QStringList notes = message.section(u'\n', 1).split(u'\n', Qt::SkipEmptyParts);
    emit status(headline);
    if (!ok) {
        QMessageBox::warning(this, tr("Export CML"), message);
        return;
    }
    if (notes.isEmpty())
        return;
    std::unique_ptr<QMessageBox> box(exportCmlReport(message));
    box->exec();
}

QMessageBox *ContextMapPage::exportCmlReport(const QString &message)
{
    // The same notes as archboard-cli export-cml prints, the first ones in view.
    const QStringList notes = message.section(u'\n', 1).split(u'\n', Qt::SkipEmptyParts);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Export CML"), message.section(u'\n', 0, 0), QMessageBox::Ok, this);
    constexpr int shown = 8;
    QString text = tr("What CML cannot carry, left out or changed (%1):").arg(notes.size());
    for (const QString &note : notes.mid(0, shown))
        text += QStringLiteral("\n• ") + note;
    if (notes.size() > shown)
        text += u'\n' + tr("… and %1 more in the details.").arg(notes.size() - shown);
    box->setInformativeText(text);
    box->setDetailedText(notes.join(u'\n'));
    return box;
}

} // namespace ArchBoard
