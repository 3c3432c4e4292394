#include "document.h"

#include "commands.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

namespace ArchBoard {

Document::Document(QObject *parent)
    : Document(std::make_unique<Workspace>(), parent)
{
}

Document::Document(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace ? std::move(workspace) : std::make_unique<Workspace>())
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Document::historyChanged);
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &Document::canUndoChanged);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &Document::canRedoChanged);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &Document::undoTextChanged);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &Document::redoTextChanged);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        const bool modified = isModified();
        if (modified != m_lastModified) {
            m_lastModified = modified;
            emit modifiedChanged(modified);
        }
    });
}

Document::~Document() = default;

void Document::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

bool Document::isModified() const
{
    return m_unsavedContent || !m_undoStack->isClean() || !m_groups.empty();
}

void Document::commitPendingEdits()
{
    emit pendingEditsRequested();
}

void Document::setClean()
{
    m_unsavedContent = false;
    m_undoStack->setClean();
    if (m_lastModified) {
        m_lastModified = false;
        emit modifiedChanged(false);
    }
}

void Document::setUnsavedContent(bool unsaved)
{
    m_unsavedContent = unsaved;
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

void Document::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

void Document::resetWorkspace(std::unique_ptr<Workspace> workspace)
{
    emit aboutToReset();
    m_groups.clear(); // their edits belong to the model being replaced
    m_undoStack->clear();
    m_workspace = workspace ? std::move(workspace) : std::make_unique<Workspace>();
    for (int t = 0; t < tableCount; ++t)
        m_idIndexValid[size_t(t)] = false;
    ++m_revision;
    emit workspaceReset();
    emit changed();
    setClean();
}

bool Document::applyWorkspace(std::unique_ptr<Workspace> workspace, const QString &text)
{
    if (m_readOnly || !workspace)
        return false;
    push(new SwapWorkspaceCommand(this, std::move(workspace), text));
    return true;
}

void Document::swapWorkspace(std::unique_ptr<Workspace> &other)
{
    emit aboutToReset();
    std::swap(m_workspace, other);
    for (int t = 0; t < tableCount; ++t)
        m_idIndexValid[size_t(t)] = false;
    ++m_revision; // before anyone reads results for the new model (as resetWorkspace does)
    emit workspaceReset();
    touch();
}

bool Document::failWith(const QString &message)
{
    m_errorString = message;
    return false;
}

int Document::rowCount(TableId table) const
{
    return Schema::table(table).rowCount(*m_workspace);
}

QVariant Document::value(TableId table, int row, int field) const
{
    return Schema::table(table).value(*m_workspace, row, field);
}

int Document::rowOfId(TableId table, const QString &id) const
{
    const TableSchema &schema = Schema::table(table);
    if (schema.idField() < 0 || id.isEmpty())
        return -1;
    const auto t = size_t(table);
    if (!m_idIndexValid[t]) {
        QHash<QString, int> &index = m_idIndex[t];
        index.clear();
        const int n = schema.rowCount(*m_workspace);
        index.reserve(n);
        // The first of duplicated ids wins, as in validation's report.
        for (int r = n - 1; r >= 0; --r)
            index.insert(schema.value(*m_workspace, r, schema.idField()).toString(), r);
        m_idIndexValid[t] = true;
    }
    return m_idIndex[t].value(id, -1);
}

QString Document::displayName(TableId table, int row) const
{
    const TableSchema &schema = Schema::table(table);
    if (row < 0 || row >= schema.rowCount(*m_workspace))
        return {};
    if (schema.nameField() >= 0) {
        const QString name = schema.value(*m_workspace, row, schema.nameField()).toString();
        if (!name.isEmpty())
            return name;
    }
    if (schema.idField() >= 0) {
        const QString id = schema.value(*m_workspace, row, schema.idField()).toString();
        if (!id.isEmpty())
            return id;
    }
    // Rows without a name of their own are named by what they connect:
    // "Rust · Cold start" for a measurement.
    QStringList parts;
    for (int f = 0; f < schema.fieldCount() && parts.size() < 2; ++f) {
        const FieldDef &def = schema.field(f);
        if (def.type == FieldType::Reference)
            parts << referenceName(def.refTable, schema.value(*m_workspace, row, f).toString());
        else if (def.type == FieldType::Enum && parts.isEmpty() && schema.uniqueKey().contains(f))
            parts << def.enumDef->label(schema.value(*m_workspace, row, f).toInt());
    }
    parts.removeAll(QString());
    if (!parts.isEmpty())
        return parts.join(QStringLiteral(" · "));
    return tr("%1 #%2").arg(schema.rowTitle()).arg(row + 1);
}

QString Document::referenceName(TableId table, const QString &id) const
{
    if (id.isEmpty())
        return {};
    const int row = rowOfId(table, id);
    if (row < 0)
        return tr("%1 (unknown)").arg(id);
    return displayName(table, row);
}

QString Document::uniqueId(TableId table, const QString &name) const
{
    const QString base = Schema::slugify(name.isEmpty() ? Schema::table(table).rowTitle() : name);
    QString id = base;
    for (int n = 2; rowOfId(table, id) >= 0; ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

void Document::touch()
{
    ++m_revision;
    emit changed();
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

void Document::invalidateIndex(TableId table)
{
    m_idIndexValid[size_t(table)] = false;
}

bool Document::normalizeRow(TableId table, const QVariantList &in, QVariantList *out)
{
    const TableSchema &schema = Schema::table(table);
    if (in.size() != schema.fieldCount())
        return failWith(tr("%1: expected %2 values, got %3").arg(schema.rowTitle()).arg(schema.fieldCount()).arg(in.size()));
    out->clear();
    for (int f = 0; f < schema.fieldCount(); ++f) {
        QVariant v;
        QString error;
        if (!Schema::normalizeValue(schema.field(f), in.at(f), &v, &error))
            return failWith(error);
        out->append(v);
    }
    return true;
}

// --- raw mutators ---------------------------------------------------------

void Document::applyValue(TableId table, int row, int field, const QVariant &value)
{
    const TableSchema &schema = Schema::table(table);
    schema.setValue(*m_workspace, row, field, value);
    if (field == schema.idField())
        invalidateIndex(table);
    emit valueChanged(table, row, field);
    touch();
}

void Document::applyInsert(TableId table, int row, const QVariantList &values)
{
    const TableSchema &schema = Schema::table(table);
    emit rowsAboutToBeInserted(table, row, row);
    schema.insertRow(*m_workspace, row, values);
    invalidateIndex(table);
    emit rowsInserted(table, row, row);
    touch();
}

QVariantList Document::applyRemove(TableId table, int row)
{
    const TableSchema &schema = Schema::table(table);
    QVariantList values = schema.rowValues(*m_workspace, row);
    emit rowsAboutToBeRemoved(table, row, row);
    schema.removeRow(*m_workspace, row);
    invalidateIndex(table);
    emit rowsRemoved(table, row, row);
    touch();
    return values;
}

void Document::applyMove(TableId table, int from, int to)
{
    const TableSchema &schema = Schema::table(table);
    emit rowAboutToBeMoved(table, from, to);
    schema.moveRow(*m_workspace, from, to);
    invalidateIndex(table);
    emit rowMoved(table, from, to);
    touch();
}

// --- edit groups and history ----------------------------------------------

void Document::push(QUndoCommand *command)
{
    if (m_groups.empty()) {
        m_undoStack->push(command);
        return;
    }
    if (!command->isObsolete())
        command->redo();
    m_groups.back()->add(std::unique_ptr<QUndoCommand>(command));
}

void Document::beginEdit(const QString &text)
{
    m_groups.push_back(std::make_unique<EditGroupCommand>(text));
}

void Document::commitEdit()
{
    if (m_groups.empty())
        return;
    std::unique_ptr<EditGroupCommand> group = std::move(m_groups.back());
    m_groups.pop_back();
    if (group->isEmpty()) {
        if (group->changedAnything() && m_groups.empty() && m_undoStack->canRedo()) {
            // The workspace was edited (then brought back): like any edit, that
            // ends the redo history. QUndoStack drops the commands after the
            // current one when it is given an obsolete command, and emits nothing.
            group->setObsolete(true);
            m_undoStack->push(group.release());
            emit historyChanged();
            emit canRedoChanged(false);
            emit redoTextChanged(QString());
        }
        return;
    }
    if (!m_groups.empty()) {
        m_groups.back()->add(std::move(group));
        return;
    }
    group->skipNextRedo();
    m_undoStack->push(group.release());
}

void Document::rollbackEdit()
{
    if (m_groups.empty())
        return;
    std::unique_ptr<EditGroupCommand> group = std::move(m_groups.back());
    m_groups.pop_back();
    group->undo();
}

bool Document::canUndo() const
{
    return !m_groups.empty() || m_undoStack->canUndo();
}

bool Document::canRedo() const
{
    return m_groups.empty() && m_undoStack->canRedo();
}

QString Document::undoText() const
{
    return m_groups.empty() ? m_undoStack->undoText() : m_groups.front()->text();
}

QString Document::redoText() const
{
    return m_undoStack->redoText();
}

void Document::undo()
{
    while (!m_groups.empty())
        commitEdit();
    m_undoStack->undo();
}

void Document::redo()
{
    while (!m_groups.empty())
        commitEdit();
    m_undoStack->redo();
}

int Document::historyCount() const
{
    return m_undoStack->count();
}

int Document::historyIndex() const
{
    return m_undoStack->index();
}

QString Document::historyText(int index) const
{
    return m_undoStack->text(index);
}

void Document::setHistoryIndex(int index)
{
    while (!m_groups.empty())
        commitEdit();
    m_undoStack->setIndex(index);
}

EditScope::EditScope(Document *document, const QString &text)
    : m_document(document)
{
    m_document->beginEdit(text);
}

EditScope::~EditScope()
{
    if (m_open)
        m_document->rollbackEdit();
}

void EditScope::commit()
{
    if (!m_open)
        return;
    m_open = false;
    m_document->commitEdit();
}

} // namespace ArchBoard
