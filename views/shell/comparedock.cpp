#include "comparedock.h"

#include "backgroundwork.h"
#include "diffwording.h"
#include "document.h"
#include "gitsource.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ArchBoard {

namespace {

constexpr int kTableRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kIsIdRole = Qt::UserRole + 2; ///< the key is a plain id (consequences), not an ElementKeys key

QString asIs(const QString &s)
{
    return s;
}

QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &text, TableId table = TableId::Count, const QString &key = {},
                         bool isId = false)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setToolTip(0, text);
    if (table != TableId::Count) {
        item->setData(0, kTableRole, int(table));
        item->setData(0, kKeyRole, key);
        item->setData(0, kIsIdRole, isId);
    }
    return item;
}

QTreeWidgetItem *section(QTreeWidget *tree, QTreeWidgetItem *parent, const QString &title)
{
    auto *item = parent ? new QTreeWidgetItem(parent, {title}) : new QTreeWidgetItem(tree, {title});
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setExpanded(true);
    return item;
}

/// "context:orders" → the Contexts table and "orders".
std::pair<TableId, QString> elementOf(const QString &ref)
{
    const qsizetype colon = ref.indexOf(u':');
    const QString kind = ref.left(colon);
    const QString id = ref.mid(colon + 1);
    if (kind == u"context")
        return {TableId::Contexts, id};
    if (kind == u"relation")
        return {TableId::Relations, id};
    if (kind == u"service")
        return {TableId::Services, id};
    return {TableId::Count, QString()};
}

} // namespace

CompareDock::CompareDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Compare"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("CompareDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(tr("Choose File → Compare With… to see what changed against another version."), body);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_refresh = new QPushButton(tr("Compare Again"), body);
    m_refresh->setObjectName(QStringLiteral("compareRefresh"));
    m_refresh->setToolTip(tr("Compare the workspace as it is now with the same version"));
    m_refresh->setEnabled(false);
    top->addWidget(m_refresh);
    layout->addLayout(top);
    m_tree = new QTreeWidget(body);
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    setWidget(body);

    connect(m_refresh, &QPushButton::clicked, this, &CompareDock::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, &CompareDock::activate);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { showOutcome(m_watcher.result()); });
}

CompareDock::~CompareDock()
{
    m_watcher.waitForFinished();
}

void CompareDock::compareWith(const QString &spec, const QString &label)
{
    if (m_watcher.isRunning())
        return;
    m_spec = spec;
    m_label = label;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Comparing with %1…").arg(label.toHtmlEscaped()));
    // The open workspace as it is now, copied (cheap: shared strings) for the worker.
    auto current = std::make_shared<const Workspace>(m_document->workspace());
    const QString after = m_document->fileName().isEmpty() ? tr("the open workspace") : QFileInfo(m_document->fileName()).fileName();
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), [spec, label, current, after] {
        Outcome o;
        std::unique_ptr<Workspace> other = WorkspaceSource::load(spec, &o.error);
        if (other)
            o.comparison = WorkspaceDiff::run(std::move(other), current, label, after);
        return o;
    }));
}

void CompareDock::refresh()
{
    if (!m_spec.isEmpty())
        compareWith(m_spec, m_label);
}

QString CompareDock::summaryText() const
{
    return m_summary->text();
}

void CompareDock::showOutcome(const Outcome &outcome)
{
    m_refresh->setEnabled(!m_spec.isEmpty());
    m_tree->clear();
    m_comparison = outcome.comparison;
    if (!m_comparison) {
        m_summary->setText(tr("Cannot compare: %1").arg(outcome.error.toString()));
        emit status(m_summary->text());
        emit finished();
        return;
    }
    fill(*m_comparison);
    m_tree->expandAll();
    emit finished();
}

void CompareDock::fill(const WorkspaceComparison &cmp)
{
    m_summary->setText(tr("%1 → %2: %3").arg(cmp.beforeLabel, cmp.afterLabel, WorkspaceDiff::summary(cmp)));
    if (cmp.model.isEmpty())
        return;
    QTreeWidgetItem *model = section(m_tree, nullptr, tr("Model changes (%1)").arg(cmp.model.changes.size()));
    for (const ElementChange &change : cmp.model.changes) {
        const QStringList lines = DiffWording::changeLines(cmp, change, asIs);
        for (int i = 0; i < lines.size(); ++i) {
            const FieldChange *field = i < int(change.fields.size()) ? &change.fields[size_t(i)] : nullptr;
            addItem(model, DiffWording::sign(change, field) + u' ' + lines.at(i), change.table, change.key);
        }
    }
    const Consequences &c = cmp.consequences;
    QTreeWidgetItem *consequences = section(m_tree, nullptr, tr("Consequences"));
    if (c.isEmpty())
        addItem(consequences, tr("None of the engines' results moved."));
    if (!c.tiers.empty()) {
        QTreeWidgetItem *s = section(m_tree, consequences, tr("Selection"));
        for (const TierConsequence &t : c.tiers) {
            QTreeWidgetItem *tier = addItem(s, DiffWording::tierLine(t, asIs), TableId::Tiers, t.tier, true);
            for (const QString &line : DiffWording::rankingLines(t, asIs))
                addItem(tier, line, TableId::Tiers, t.tier, true);
        }
    }
    if (!c.scenarios.empty()) {
        QTreeWidgetItem *s = section(m_tree, consequences, tr("TCO"));
        for (const TcoConsequence &sc : c.scenarios) {
            QTreeWidgetItem *item = addItem(s, DiffWording::scenarioLine(sc, asIs), TableId::Scenarios, sc.scenario, true);
            if (sc.comparison) {
                for (const TcoLineDelta &l : sc.comparison->movedLines())
                    addItem(item, DiffWording::tcoLineText(l, asIs), TableId::Scenarios, sc.scenario, true);
            }
        }
    }
    if (!c.contexts.isEmpty()) {
        QTreeWidgetItem *s = section(m_tree, consequences, tr("Context map"));
        auto finding = [&](const QString &prefix, const ContextFinding &f) {
            const auto [table, id] = f.elements.isEmpty() ? std::pair<TableId, QString>{TableId::Count, QString()} : elementOf(f.elements.first());
            addItem(s, prefix + DiffWording::findingLine(f, asIs), table, id, true);
        };
        for (const ContextFinding &f : c.contexts.appeared)
            finding(tr("appeared: "), f);
        for (const ContextFinding &f : c.contexts.resolved)
            finding(tr("resolved: "), f);
        for (const FindingChange &f : c.contexts.changed)
            finding(tr("reworded: "), f.after);
        if (c.contexts.consistencyChanged())
            addItem(s, DiffWording::consistencyLine(c.contexts));
    }
    if (!c.metrics.empty()) {
        QTreeWidgetItem *s = section(m_tree, consequences, tr("Fragmentation"));
        for (const MetricConsequence &m : c.metrics)
            addItem(s, DiffWording::metricLine(m, asIs), TableId::FragmentationThresholds, Fragmentation::metricKey(m.metric));
    }
    if (!c.records.empty()) {
        QTreeWidgetItem *s = section(m_tree, consequences, tr("Decision records"));
        for (const RecordConsequence &r : c.records) {
            QTreeWidgetItem *record = addItem(s, DiffWording::recordLine(r, asIs), TableId::Decisions, r.decision, true);
            for (const Decisions::StaleFigure &f : r.figures)
                addItem(record, DiffWording::staleFigureLine(f, asIs), TableId::Decisions, r.decision, true);
        }
    }
}

void CompareDock::activate(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, kTableRole).isValid())
        return;
    const TableId table = TableId(item->data(0, kTableRole).toInt());
    const QString key = item->data(0, kKeyRole).toString();
    const int row = item->data(0, kIsIdRole).toBool() ? m_document->rowOfId(table, key)
                                                       : ElementKeys::index(m_document->workspace(), table).row(key);
    if (row < 0) {
        emit status(tr("%1 is not in the open workspace (removed, or changed since the comparison).")
                        .arg(Schema::table(table).rowTitle()));
        return;
    }
    emit openElement(table, row);
}

// --- choosing what to compare with ------------------------------------------------

CompareSourceDialog::CompareSourceDialog(const QString &openFile, QWidget *parent)
    : QDialog(parent)
    , m_openFile(openFile)
{
    setWindowTitle(tr("Compare With"));
    setObjectName(QStringLiteral("compareSourceDialog"));
    auto *layout = new QVBoxLayout(this);
    m_fileChoice = new QRadioButton(tr("Another workspace file…"), this);
    m_gitChoice = new QRadioButton(tr("A git revision of the open file:"), this);
    m_revisions = new QListWidget(this);
    m_revisions->setObjectName(QStringLiteral("compareRevisions"));
    layout->addWidget(m_fileChoice);
    layout->addWidget(m_gitChoice);
    layout->addWidget(m_revisions, 1);
    QString why;
    if (openFile.isEmpty())
        why = tr("The open workspace has not been saved to a file.");
    else if (!Git::isTracked(openFile))
        why = tr("git does not track %1.").arg(QFileInfo(openFile).fileName());
    QString error;
    const QList<Git::Revision> revisions = why.isEmpty() ? Git::history(openFile, 200, &error) : QList<Git::Revision>();
    if (why.isEmpty() && revisions.isEmpty())
        why = error.isEmpty() ? tr("No commit has this file yet.") : error;
    for (const Git::Revision &r : revisions) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2  %3 — %4").arg(r.hash.left(8), r.date, r.subject, r.author), m_revisions);
        item->setData(Qt::UserRole, r.hash);
    }
    if (!revisions.isEmpty())
        m_revisions->setCurrentRow(0);
    m_gitChoice->setEnabled(why.isEmpty());
    m_revisions->setEnabled(why.isEmpty());
    if (!why.isEmpty()) {
        m_gitChoice->setToolTip(why);
        m_revisions->addItem(why);
    }
    (why.isEmpty() ? m_gitChoice : m_fileChoice)->setChecked(true);
    connect(m_revisions, &QListWidget::itemDoubleClicked, this, &CompareSourceDialog::accept);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompareSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 380);
}

void CompareSourceDialog::accept()
{
    if (m_gitChoice->isChecked()) {
        const QListWidgetItem *item = m_revisions->currentItem();
        if (!item || !item->data(Qt::UserRole).isValid())
            return;
        const QString hash = item->data(Qt::UserRole).toString();
        m_spec = QStringLiteral("git:%1:%2").arg(hash, QFileInfo(m_openFile).absoluteFilePath());
        m_label = QStringLiteral("%1:%2").arg(hash.left(8), QFileInfo(m_openFile).fileName());
        QDialog::accept();
        return;
    }
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare With"), dir,
                                                      tr("ArchBoard workspaces (*.archboard *.archboard.yaml *.archboard.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    m_spec = path;
    m_label = QFileInfo(path).fileName();
    QDialog::accept();
}

} // namespace ArchBoard
