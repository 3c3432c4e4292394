#include "decisionpanel.h"

#include "backgroundwork.h"
#include "decisions.h"
#include "document.h"
#include "madrformat.h"
#include "schema.h"
#include "workspace.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ArchBoard {

namespace {

constexpr int kMaxBannerFigures = 8;
// A wrapped rich-text label is laid out several times per resize: a record linking a
// hundred contexts would hold the window for a third of a second. The rest are on the tabs.
constexpr int kMaxLinksShown = 16;

QString elementLink(TableId table, int row, const QString &text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(int(table)).arg(row).arg(text.toHtmlEscaped());
}

} // namespace

DecisionPanel::DecisionPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("decisionPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_draft = new QPushButton(tr("Draft from Analysis…"), this);
    m_draft->setObjectName(QStringLiteral("draftDecision"));
    m_draft->setToolTip(tr("A new proposed record for one SLA tier, pre-filled from the ranking, the TCO scenarios and the fragmentation metrics; its figures are frozen with it."));
    auto *exportButton = new QPushButton(tr("Export MADR…"), this);
    exportButton->setObjectName(QStringLiteral("exportMadr"));
    exportButton->setToolTip(tr("Every record as a MADR 4 Markdown file (NNNN-title.md) in a folder, readable by adr-tools and log4brains."));
    m_adrTools = new QCheckBox(tr("adr-tools and log4brains compatible (title on the first line)"), this);
    m_adrTools->setObjectName(QStringLiteral("madrAdrTools"));
    m_adrTools->setToolTip(tr("Export MADR writes the title as the first line and the YAML metadata in a comment at the end, so that “adr generate toc” shows the titles. Unchecked: YAML front matter first (MADR 4)."));
    m_import = new QPushButton(tr("Import ADR Folder…"), this);
    m_import->setObjectName(QStringLiteral("importAdr"));
    m_import->setToolTip(tr("Records from a folder of MADR 2/3/4 or adr-tools (Nygard) files, added with new numbers where taken."));
    buttons->addWidget(m_draft);
    buttons->addWidget(exportButton);
    buttons->addWidget(m_adrTools);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Below the page's tables (footer()): a record's banner and links change
    // height from one record to the next and must not move the rows.
    m_footer = new QWidget(this);
    m_footer->setObjectName(QStringLiteral("decisionFooter"));
    auto *footer = new QVBoxLayout(m_footer);
    footer->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(m_footer);
    m_banner->setObjectName(QStringLiteral("decisionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; border: 1px solid #e0c36c; }"));
    m_banner->hide();
    footer->addWidget(m_banner);
    m_refreeze = new QPushButton(tr("Re-freeze Figures"), m_footer);
    m_refreeze->setObjectName(QStringLiteral("refreezeFigures"));
    m_refreeze->setToolTip(tr("The board has looked at the changes: the record's frozen figures take the model's current values (one undo step)."));
    m_refreeze->hide();
    m_supersede = new QPushButton(tr("Supersede with New Draft"), m_footer);
    m_supersede->setObjectName(QStringLiteral("supersedeWithDraft"));
    m_supersede->setToolTip(tr("The decision needs revisiting: a new record is drafted from the model as it is now for the same SLA tier, "
                               "this one becomes superseded by it and its links move to the new record (one undo step)."));
    m_supersede->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_refreeze);
    actions->addWidget(m_supersede);
    actions->addStretch(1);
    footer->addLayout(actions);

    m_links = new QLabel(m_footer);
    m_links->setObjectName(QStringLiteral("decisionLinks"));
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    footer->addWidget(m_links);

    connect(m_draft, &QPushButton::clicked, this, &DecisionPanel::draftDialog);
    connect(exportButton, &QPushButton::clicked, this, &DecisionPanel::exportDialog);
    connect(m_import, &QPushButton::clicked, this, &DecisionPanel::importDialog);
    connect(m_links, &QLabel::linkActivated, this, &DecisionPanel::followLink);
    connect(m_refreeze, &QPushButton::clicked, this, [this] {
        const int changed = refreezeFigures();
        emit status(tr("%n frozen figure(s) updated to the model's current values.", nullptr, changed));
    });
    connect(m_supersede, &QPushButton::clicked, this, [this] {
        if (!m_document || m_row < 0 || m_row >= int(m_document->workspace().decisions.size()))
            return;
        const QString id = m_document->workspace().decisions[size_t(m_row)].id;
        const QString tier = Decisions::tierOf(m_document->workspace(), id);
        if (!tier.isEmpty())
            emit supersedeRequested(tier, id);
    });

    // Staleness needs the engines: once per burst of edits, not per keystroke.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &DecisionPanel::refresh);
    connect(document, &Document::changed, &m_refresh, qOverload<>(&QTimer::start));
    connect(document, &Document::workspaceReset, this, [this] { setRecord(-1); });
    connect(document, &Document::readOnlyChanged, this, [this](bool readOnly) {
        m_draft->setEnabled(!readOnly);
        m_import->setEnabled(!readOnly);
    });
    refresh();
}

void DecisionPanel::setRecord(int row)
{
    m_row = row;
    refresh();
}

QString DecisionPanel::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString DecisionPanel::linksText() const
{
    return m_links->text();
}

void DecisionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DecisionPanel::refresh()
{
    // Hidden (another page on screen): nothing to show, nothing to compute until shown.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_links->clear();
    m_superseded.clear();
    const quint64 token = ++m_staleToken;
    if (!m_document) {
        showBanner();
        return;
    }
    const Workspace &ws = m_document->workspace();
    if (m_row < 0 || m_row >= int(ws.decisions.size())) {
        m_stale.clear();
        m_staleRecord.clear();
        showBanner();
        m_links->setText(tr("Select a record to see the elements it decides."));
        return;
    }
    const DecisionRecord &d = ws.decisions[size_t(m_row)];

    QStringList links;
    int linked = 0;
    for (const DecisionLink &l : ws.decisionLinks) {
        if (l.decision != d.id)
            continue;
        if (++linked > kMaxLinksShown)
            continue;
        const TableId table = Schema::tableForLinkKind(int(l.kind));
        const int row = m_document->rowOfId(table, l.element);
        const QString kind = Enums::linkKind.label(int(l.kind));
        if (row < 0)
            links << tr("%1 “%2” (missing)").arg(kind, l.element).toHtmlEscaped();
        else
            links << elementLink(table, row, tr("%1 “%2”").arg(kind, m_document->displayName(table, row)));
    }
    if (linked > kMaxLinksShown)
        links << tr("and %n more (Linked elements tab)", nullptr, linked - kMaxLinksShown).toHtmlEscaped();
    m_links->setText(links.isEmpty() ? tr("Decides: no linked elements.") : tr("Decides: %1").arg(links.join(QStringLiteral(", "))));

    if (d.status == DecisionStatus::Superseded && linked > 0) {
        const int successor = m_document->rowOfId(TableId::Decisions, d.supersededBy);
        m_superseded = successor >= 0
                           ? tr("<b>Superseded by %1</b> but still linked to %2 element(s): link them from %1 and remove the links here.")
                                 .arg(elementLink(TableId::Decisions, successor, Decisions::label(ws.decisions[size_t(successor)].number)))
                                 .arg(linked)
                           : tr("<b>Superseded</b> but still linked to %1 element(s).").arg(linked);
    }
    const bool hasFigures = std::any_of(ws.decisionFigures.begin(), ws.decisionFigures.end(),
                                        [&](const DecisionFigure &f) { return f.decision == d.id; });
    // Another record (or one without figures): its predecessor's stale list must not show meanwhile.
    if (m_staleRecord != d.id || !hasFigures) {
        m_stale.clear();
        m_staleRecord = d.id;
    }
    showBanner();
    if (!hasFigures)
        return;
    auto *watcher = new QFutureWatcher<std::vector<Decisions::StaleFigure>>(this);
    connect(watcher, &QFutureWatcher<std::vector<Decisions::StaleFigure>>::finished, this, [this, watcher, token] {
        watcher->deleteLater();
        if (token != m_staleToken)
            return; // the model or the record changed since: a newer check is on its way
        m_stale = watcher->result();
        showBanner();
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [copy = ws, id = d.id] { return Decisions::staleFigures(copy, id); }));
}

void DecisionPanel::showBanner()
{
    QStringList banner;
    if (!m_stale.empty()) {
        QStringList items;
        for (size_t i = 0; i < m_stale.size() && i < size_t(kMaxBannerFigures); ++i) {
            const Decisions::StaleFigure &s = m_stale[i];
            const QString name = s.snapshot.label.isEmpty() ? s.snapshot.key : s.snapshot.label;
            const auto [was, now] = Decisions::formatChange(s);
            items << (s.live ? tr("%1: was %2, now %3").arg(name, was, now)
                             : tr("%1: was %2, no longer in the model").arg(name, was))
                         .toHtmlEscaped();
        }
        if (m_stale.size() > size_t(kMaxBannerFigures))
            items << tr("and %1 more (see Problems)").arg(m_stale.size() - size_t(kMaxBannerFigures)).toHtmlEscaped();
        banner << tr("<b>The model has moved since this record was drafted.</b> %1 of its frozen figures differ:").arg(m_stale.size())
               << QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
    }
    if (!m_superseded.isEmpty())
        banner << m_superseded;
    m_banner->setText(banner.join(QString()));
    m_banner->setVisible(!banner.isEmpty());
    const bool refreezable = std::any_of(m_stale.begin(), m_stale.end(), [](const Decisions::StaleFigure &f) { return f.live.has_value(); });
    m_refreeze->setVisible(refreezable);
    m_refreeze->setEnabled(refreezable && !m_document->isReadOnly());
    // A new draft needs the record's tier; a superseded record has its successor already.
    if (!m_document) {
        m_supersede->hide();
        return;
    }
    const Workspace &ws = m_document->workspace();
    const bool current = m_row >= 0 && m_row < int(ws.decisions.size()) && ws.decisions[size_t(m_row)].id == m_staleRecord
                         && ws.decisions[size_t(m_row)].status != DecisionStatus::Superseded;
    const bool supersedable = !m_stale.empty() && current && !Decisions::tierOf(ws, m_staleRecord).isEmpty();
    m_supersede->setVisible(supersedable);
    m_supersede->setEnabled(supersedable && !m_document->isReadOnly());
}

int DecisionPanel::refreezeFigures()
{
    if (!m_document || m_document->isReadOnly() || m_row < 0 || m_row >= int(m_document->workspace().decisions.size()))
        return 0;
    const DecisionRecord &d = m_document->workspace().decisions[size_t(m_row)];
    // Against the model as it is now, not the worker's copy the banner came from.
    const std::vector<Decisions::StaleFigure> stale = Decisions::staleFigures(m_document->workspace(), d.id);
    EditScope edit(m_document, tr("Re-freeze the figures of %1").arg(Decisions::label(d.number)));
    int changed = 0;
    for (const Decisions::StaleFigure &f : stale) {
        if (!f.live)
            continue; // gone from the model: nothing to take its place
        const QVariant value = f.live->value ? QVariant(*f.live->value) : QVariant();
        const bool a = m_document->setValue(f.figureRow, Schema::field(&DecisionFigure::value), value);
        const bool b = m_document->setValue(f.figureRow, Schema::field(&DecisionFigure::text), f.live->text);
        changed += (a || b) ? 1 : 0;
    }
    edit.commit();
    return changed;
}

void DecisionPanel::followLink(const QString &link)
{
    const QStringList parts = link.split(u':');
    if (parts.size() != 2)
        return;
    bool okTable = false;
    bool okRow = false;
    const int table = parts[0].toInt(&okTable);
    const int row = parts[1].toInt(&okRow);
    if (okTable && okRow && table >= 0 && table < tableCount)
        emit openElement(TableId(table), row);
}

QStringList DecisionPanel::exportTo(const QString &dir, QString *error)
{
    const Madr::Flavour flavour = m_adrTools->isChecked() ? Madr::Flavour::AdrTools : Madr::Flavour::Madr4;
    m_document->commitPendingEdits();
    const Madr::ExportResult result = Madr::exportFolder(m_document->workspace(), dir, flavour);
    *error = result.error;
    return result.files;
}

QStringList DecisionPanel::importFrom(const QString &dir, int *added)
{
    *added = 0;
    Madr::AdrImport import;
    InputError error;
    if (!Madr::readFolder(dir, &import, &error))
        return {error.toString()};
    QStringList notes;
    for (const InputError &e : import.errors)
        notes << tr("not imported: %1").arg(e.toString());
    notes << import.notes;
    if (import.records.decisions.empty()) {
        notes.prepend(tr("%1: no decision records found").arg(dir));
        return notes;
    }
    auto ws = std::make_unique<Workspace>(m_document->workspace());
    *added = Madr::merge(ws.get(), import, &notes);
    m_document->applyWorkspace(std::move(ws), tr("Import %n decision record(s)", nullptr, *added));
    return notes;
}

void DecisionPanel::draftDialog()
{
    const Workspace &ws = m_document->workspace();
    if (ws.tiers.empty()) {
        emit status(tr("The workspace has no SLA tiers to draft a record for."));
        return;
    }
    QStringList names;
    for (const SlaTier &t : ws.tiers)
        names << (t.name.isEmpty() ? t.id : QStringLiteral("%1 (%2)").arg(t.name, t.id));
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Draft from Analysis"), tr("SLA tier to decide for:"), names, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype index = names.indexOf(choice);
    if (index >= 0)
        emit draftRequested(ws.tiers[size_t(index)].id);
}

void DecisionPanel::exportDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Decision Records (MADR)"));
    if (dir.isEmpty())
        return;
    QString error;
    const QStringList files = exportTo(dir, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export MADR"), error);
        return;
    }
    emit status(tr("%n record(s) written to %1", nullptr, int(files.size())).arg(dir));
}

void DecisionPanel::importDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import ADR Folder"));
    if (dir.isEmpty())
        return;
    int added = 0;
    const QStringList notes = importFrom(dir, &added);
    QMessageBox box(added > 0 ? QMessageBox::Information : QMessageBox::Warning, tr("Import ADR Folder"),
                    tr("%n record(s) imported from %1.", nullptr, added).arg(dir), QMessageBox::Ok, this);
    if (!notes.isEmpty()) {
        box.setInformativeText(tr("%n thing(s) could not be mapped; see the details.", nullptr, int(notes.size())));
        box.setDetailedText(notes.join(u'\n'));
    }
    box.exec();
}

// --- DecidedInLabel ----------------------------------------------------------------

DecidedInLabel::DecidedInLabel(Document *document, TableId table, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(table)
{
    setObjectName(QStringLiteral("decidedIn"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    layout->addWidget(m_label);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int row = link.toInt(&ok);
        if (ok)
            emit openRecord(row);
    });
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &DecidedInLabel::refresh);
    connect(document, &Document::changed, &m_refresh, qOverload<>(&QTimer::start));
    connect(document, &Document::workspaceReset, this, [this] { setRow(-1); });
    hide();
}

void DecidedInLabel::setRow(int row)
{
    m_row = row;
    refresh();
}

QString DecidedInLabel::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void DecidedInLabel::refresh()
{
    const int kind = Schema::linkKindForTable(m_table);
    const TableSchema &ts = Schema::table(m_table);
    if (!m_document || kind < 0 || m_row < 0 || m_row >= ts.rowCount(m_document->workspace())) {
        hide();
        return;
    }
    const Workspace &ws = m_document->workspace();
    const QString id = ts.value(ws, m_row, ts.idField()).toString();
    QStringList records;
    const std::vector<int> linkedRecords = Decisions::recordsLinkedTo(ws, LinkKind(kind), id);
    for (int r : linkedRecords) {
        if (records.size() == kMaxLinksShown) {
            records << tr("and %n more", nullptr, int(linkedRecords.size()) - kMaxLinksShown).toHtmlEscaped();
            break;
        }
        const DecisionRecord &d = ws.decisions[size_t(r)];
        records << QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(r)
                       .arg(tr("%1 %2 (%3)").arg(Decisions::label(d.number), d.title, Enums::decisionStatus.label(int(d.status))).toHtmlEscaped());
    }
    if (records.isEmpty()) {
        hide();
        return;
    }
    m_label->setText(tr("Decided in: %1").arg(records.join(QStringLiteral(", "))));
    show();
}

} // namespace ArchBoard
