// The Decision records page as a board uses it: draft from the analysis (one
// undo step, selected), the stale banner after an edit, links followed both
// ways, export and import through the panel.
#include "decisionpanel.h"
#include "decisions.h"
#include "document.h"
#include "fieldeditor.h"
#include "mainwindow.h"
#include "recordform.h"
#include "tablepage.h"
#include "workspace.h"

#include <algorithm>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ArchBoard;

class TestDecisionPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void draftStaleAndLinks();
    void optionProsAndConsAreEditable();
    void exportImport();
    void draftFollowsEditsMadeWhileDrafting();
    void hiddenPanelComputesNothing();
    void supersedeStaleRecordWithNewDraft();
};

void TestDecisionPanel::draftStaleAndLinks()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    w.show();
    Document *doc = w.document();
    const size_t before = doc->workspace().decisions.size();
    const int undoBefore = doc->undoStack()->count();

    {
        QSignalSpy drafted(&w, &MainWindow::decisionDrafted);
        w.draftDecision(QStringLiteral("tier-9999"));
        QVERIFY(drafted.wait(20000)); // the engines run on a worker
    }
    QCOMPARE(doc->workspace().decisions.size(), before + 1);
    QCOMPARE(doc->undoStack()->count(), undoBefore + 1);
    const DecisionRecord record = doc->workspace().decisions.back();
    QVERIFY(!doc->workspace().decisionFigures.empty());
    // Shown and selected.
    TablePage *page = w.currentPage();
    QVERIFY(page);
    QCOMPARE(page->spec().master, TableId::Decisions);
    QCOMPARE(page->section(TableId::Decisions)->currentSourceRow(), int(before));
    DecisionPanel *panel = w.decisionPanel();
    QVERIFY(panel);
    QCOMPARE(panel->record(), int(before));
    QVERIFY(panel->bannerText().isEmpty());
    QVERIFY2(panel->linksText().contains(QStringLiteral("Inventory")), qPrintable(panel->linksText()));

    // Record → element: the tier link opens the tier's page.
    const int tierRow = doc->rowOfId(TableId::Tiers, QStringLiteral("tier-9999"));
    panel->followLink(QStringLiteral("%1:%2").arg(int(TableId::Tiers)).arg(tierRow));
    QVERIFY(w.currentPage() && w.currentPage()->spec().master == TableId::Tiers);
    QCOMPARE(w.currentPage()->section(TableId::Tiers)->currentSourceRow(), tierRow);
    // Element → record: the tier's page says which records decide it.
    auto *decided = w.currentPage()->findChild<DecidedInLabel *>();
    QVERIFY(decided);
    QTRY_VERIFY(decided->text().contains(Decisions::label(record.number)));
    QVERIFY(decided->text().contains(QStringLiteral("ADR-0001")));
    // Issue 17: below the table, so the rows do not move when it appears.
    auto *tiersTable = w.currentPage()->section(TableId::Tiers)->findChild<QTableView *>();
    QVERIFY(tiersTable);
    QVERIFY(decided->mapTo(w.currentPage(), QPoint(0, 0)).y() > tiersTable->mapTo(w.currentPage(), QPoint(0, 0)).y());

    // A weight moves: the record's banner lists what changed.
    const TableSchema &weights = Schema::table(TableId::TierWeights);
    int weightRow = -1;
    for (int r = 0; r < int(doc->workspace().tierWeights.size()); ++r) {
        const TierWeight &tw = doc->workspace().tierWeights[size_t(r)];
        if (tw.tier == u"tier-9999" && tw.criterion == u"cold-start")
            weightRow = r;
    }
    QVERIFY(weightRow >= 0);
    w.showElement(TableId::Decisions, int(before));
    QTableView *records = page->section(TableId::Decisions)->findChild<QTableView *>();
    QVERIFY(records);
    QCoreApplication::processEvents(); // the layout settles
    const int rowsTop = records->viewport()->mapTo(page, QPoint(0, 0)).y();
    QVERIFY(doc->setValue(TableId::TierWeights, weightRow, weights.fieldIndex(QLatin1StringView("weight")), 9.0));
    QTRY_VERIFY(!panel->bannerText().isEmpty());
    // Issue 17: the banner appears below the table; the rows stay where they were.
    QCoreApplication::processEvents();
    QCOMPARE(records->viewport()->mapTo(page, QPoint(0, 0)).y(), rowsTop);
    QVERIFY(panel->footer()->mapTo(page, QPoint(0, 0)).y() > rowsTop);
    QVERIFY2(panel->bannerText().contains(QStringLiteral("was")) && panel->bannerText().contains(QStringLiteral("now")), qPrintable(panel->bannerText()));
    // Issue 17: the banner's action re-freezes the figures as one undo step; undo brings the banner back.
    QTRY_VERIFY(panel->refreezeButton()->isVisible());
    const int steps = doc->undoStack()->count();
    panel->refreezeButton()->click();
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QTRY_VERIFY(panel->bannerText().isEmpty());
    QVERIFY(!panel->refreezeButton()->isVisible());
    doc->undoStack()->undo();
    QTRY_VERIFY(!panel->bannerText().isEmpty());
    // Undo the edit: the banner goes.
    doc->undoStack()->undo();
    QTRY_VERIFY(panel->bannerText().isEmpty());
    // Undo the draft: one step.
    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().decisions.size(), before);
}

void TestDecisionPanel::optionProsAndConsAreEditable()
{
    // Issue 17: Considered options showed only Name and Chosen; pros, cons and
    // the description were neither visible nor editable, yet the report prints them.
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    Document *doc = w.document();
    QVERIFY(!doc->workspace().decisionOptions.empty());
    const int optionRow = int(doc->workspace().decisionOptions.size()) - 1;
    const DecisionOption option = doc->workspace().decisionOptions.back();
    w.showElement(TableId::DecisionOptions, optionRow);
    TablePage *page = w.currentPage();
    QVERIFY(page && page->spec().master == TableId::Decisions);
    TableSection *options = page->section(TableId::DecisionOptions);
    QVERIFY(options && options->rowForm());
    QTRY_COMPARE(options->rowForm()->row(), optionRow);
    auto *pros = options->rowForm()->findChild<LongTextEdit *>(QStringLiteral("pros"));
    auto *cons = options->rowForm()->findChild<LongTextEdit *>(QStringLiteral("cons"));
    auto *description = options->rowForm()->findChild<LongTextEdit *>(QStringLiteral("description"));
    QVERIFY(pros && cons && description);
    QCOMPARE(pros->toPlainText(), option.pros);
    QCOMPARE(cons->toPlainText(), option.cons);
    QCOMPARE(description->toPlainText(), option.description);
    QTRY_VERIFY(pros->isVisible());
    // Typed and committed (as Save does): one change to the option, undoable.
    pros->setFocus();
    QTRY_VERIFY(pros->hasFocus());
    pros->selectAll();
    QTest::keyClicks(pros, QStringLiteral("Good, because it is fast"));
    doc->commitPendingEdits();
    QCOMPARE(doc->workspace().decisionOptions[size_t(optionRow)].pros, QStringLiteral("Good, because it is fast"));
    QCOMPARE(doc->workspace().decisionOptions[size_t(optionRow)].cons, option.cons);
    doc->undo();
    QCOMPARE(doc->workspace().decisionOptions[size_t(optionRow)].pros, option.pros);
    QTRY_COMPARE(pros->toPlainText(), option.pros);
}

void TestDecisionPanel::exportImport()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    {
        QSignalSpy drafted(&w, &MainWindow::decisionDrafted);
        w.draftDecision(QStringLiteral("tier-fast"));
        QVERIFY(drafted.wait(20000)); // the engines run on a worker
    }
    DecisionPanel *panel = w.decisionPanel();
    QTemporaryDir dir;
    QString error;
    const QStringList files = panel->exportTo(dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(files.size(), qsizetype(w.document()->workspace().decisions.size()));
    const size_t before = w.document()->workspace().decisions.size();
    const int undoBefore = w.document()->undoStack()->count();
    int added = 0;
    const QStringList notes = panel->importFrom(dir.path(), &added);
    QCOMPARE(added, int(before));
    QCOMPARE(w.document()->workspace().decisions.size(), before * 2);
    QCOMPARE(w.document()->undoStack()->count(), undoBefore + 1);
    QVERIFY(!notes.filter(QStringLiteral("is taken")).isEmpty());
    const QStringList none = panel->importFrom(dir.filePath(QStringLiteral("missing")), &added);
    QCOMPARE(added, 0);
    QVERIFY(!none.isEmpty());

    // The "adr-tools compatible" box: the title on each file's first line, read back as the same records.
    auto *adrTools = panel->findChild<QCheckBox *>(QStringLiteral("madrAdrTools"));
    QVERIFY(adrTools);
    QVERIFY(!adrTools->isChecked());
    QFile first(files.front());
    QVERIFY(first.open(QIODevice::ReadOnly));
    QVERIFY(first.readLine().startsWith("---"));
    first.close();
    adrTools->setChecked(true);
    QTemporaryDir adrDir;
    const QStringList adrFiles = panel->exportTo(adrDir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(adrFiles.size(), qsizetype(w.document()->workspace().decisions.size()));
    for (const QString &path : adrFiles) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readLine().startsWith("# "), qPrintable(path));
    }
    const size_t count = w.document()->workspace().decisions.size();
    panel->importFrom(adrDir.path(), &added);
    QCOMPARE(added, int(count));
}

void TestDecisionPanel::draftFollowsEditsMadeWhileDrafting()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    w.show();
    Document *doc = w.document();
    const Workspace &ws = doc->workspace();
    const auto weight = std::find_if(ws.tierWeights.begin(), ws.tierWeights.end(), [](const TierWeight &t) { return t.tier == u"tier-9999"; });
    QVERIFY(weight != ws.tierWeights.end());
    const int weightRow = int(weight - ws.tierWeights.begin());
    QSignalSpy drafted(&w, &MainWindow::decisionDrafted);
    w.draftDecision(QStringLiteral("tier-9999"));
    // The edit lands before the worker's draft is taken in (that waits for the event loop):
    // the record must freeze the edited model, not the one the draft started from.
    QVERIFY(doc->setValue(TableId::TierWeights, weightRow, Schema::table(TableId::TierWeights).fieldIndex("weight"), 7.0));
    QVERIFY(drafted.wait(20000));
    const Workspace &after = doc->workspace(); // the draft swapped the workspace (one undo step)
    QCOMPARE(after.decisions.size(), size_t(2));
    QVERIFY(Decisions::staleFigures(after, after.decisions.back().id).empty());
    QCOMPARE(doc->undoStack()->count(), 2); // the edit, then the draft
    QCOMPARE(drafted.count(), 1);
}

void TestDecisionPanel::hiddenPanelComputesNothing()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    w.show();
    Document *doc = w.document();
    {
        QSignalSpy drafted(&w, &MainWindow::decisionDrafted);
        w.draftDecision(QStringLiteral("tier-9999"));
        QVERIFY(drafted.wait(20000));
    }
    DecisionPanel *panel = w.decisionPanel();
    QVERIFY(panel->isVisible());
    // Another page on screen: an edit leaves the banner as it was (no engines run for a hidden page) …
    w.showElement(TableId::Tiers, doc->rowOfId(TableId::Tiers, QStringLiteral("tier-9999")));
    QVERIFY(!panel->isVisible());
    const Workspace &ws = doc->workspace();
    const auto weight = std::find_if(ws.tierWeights.begin(), ws.tierWeights.end(), [](const TierWeight &t) { return t.tier == u"tier-9999"; });
    QVERIFY(doc->setValue(TableId::TierWeights, int(weight - ws.tierWeights.begin()), Schema::table(TableId::TierWeights).fieldIndex("weight"), 9.0));
    QTest::qWait(400);
    QVERIFY(panel->bannerText().isEmpty());
    // … and back on the record, the banner says what moved.
    w.showElement(TableId::Decisions, int(ws.decisions.size()) - 1);
    QTRY_VERIFY(!panel->bannerText().isEmpty());
    QVERIFY2(panel->bannerText().contains(QStringLiteral("was")), qPrintable(panel->bannerText()));
}

QTEST_MAIN(TestDecisionPanel)
#include "tst_decisionpanel.moc"

// Issue 17: the stale banner's second action. The board decides the record
// must be revisited: a new draft of the same tier supersedes it, takes its
// links, and the whole change is one undo step.
void TestDecisionPanel::supersedeStaleRecordWithNewDraft()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    w.show();
    Document *doc = w.document();
    const size_t before = doc->workspace().decisions.size();
    {
        QSignalSpy drafted(&w, &MainWindow::decisionDrafted);
        w.draftDecision(QStringLiteral("tier-9999"));
        QVERIFY(drafted.wait(20000));
    }
    const QString oldId = doc->workspace().decisions.back().id;
    DecisionPanel *panel = w.decisionPanel();
    QVERIFY(panel);
    QVERIFY(!panel->supersedeButton()->isVisible()); // up to date: nothing to supersede

    const auto weight = std::find_if(doc->workspace().tierWeights.begin(), doc->workspace().tierWeights.end(),
                                     [](const TierWeight &t) { return t.tier == u"tier-9999"; });
    const int weightRow = int(weight - doc->workspace().tierWeights.begin());
    QVERIFY(doc->setValue(weightRow, Schema::field(&TierWeight::weight), 9.0));
    QTRY_VERIFY(panel->supersedeButton()->isVisible());
    QVERIFY(panel->supersedeButton()->isEnabled());

    const int steps = doc->undoStack()->count();
    QSignalSpy drafted(&w, &MainWindow::decisionDrafted);
    panel->supersedeButton()->click();
    QVERIFY(drafted.wait(20000));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const Workspace &ws = doc->workspace();
    QCOMPARE(ws.decisions.size(), before + 2);
    const DecisionRecord &fresh = ws.decisions.back();
    const DecisionRecord &old = ws.decisions[before];
    QCOMPARE(old.id, oldId);
    QCOMPARE(old.status, DecisionStatus::Superseded);
    QCOMPARE(old.supersededBy, fresh.id);
    QVERIFY(fresh.id != oldId);
    // The old record's links went to the new one: no "superseded but still linked" warning.
    QVERIFY(std::none_of(ws.decisionLinks.begin(), ws.decisionLinks.end(), [&](const DecisionLink &l) { return l.decision == oldId; }));
    QCOMPARE(Decisions::tierOf(ws, fresh.id), QStringLiteral("tier-9999"));
    // The new record froze the model as it is now and is the one shown.
    QVERIFY(Decisions::staleFigures(ws, fresh.id).empty());
    QCOMPARE(panel->record(), int(ws.decisions.size()) - 1);
    QTRY_VERIFY(panel->bannerText().isEmpty());

    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().decisions.size(), before + 1);
    QCOMPARE(doc->workspace().decisions.back().status, DecisionStatus::Proposed);
    QCOMPARE(Decisions::tierOf(doc->workspace(), oldId), QStringLiteral("tier-9999"));
}
