// The Decision records page as a board uses it: draft from the analysis (one
// undo step, selected), the stale banner after an edit, links followed both
// ways, export and import through the panel.
#include "decisionpanel.h"
#include "decisions.h"
#include "document.h"
#include "mainwindow.h"
#include "tablepage.h"
#include "workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ArchBoard;

class TestDecisionPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void draftStaleAndLinks();
    void exportImport();
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

    w.draftDecision(QStringLiteral("tier-9999"));
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

    // A weight moves: the record's banner lists what changed.
    const TableSchema &weights = Schema::table(TableId::TierWeights);
    int weightRow = -1;
    for (int r = 0; r < int(doc->workspace().tierWeights.size()); ++r) {
        const TierWeight &tw = doc->workspace().tierWeights[size_t(r)];
        if (tw.tier == u"tier-9999" && tw.criterion == u"cold-start")
            weightRow = r;
    }
    QVERIFY(weightRow >= 0);
    QVERIFY(doc->setValue(TableId::TierWeights, weightRow, weights.fieldIndex(QLatin1StringView("weight")), 9.0));
    w.showElement(TableId::Decisions, int(before));
    QTRY_VERIFY(!panel->bannerText().isEmpty());
    QVERIFY2(panel->bannerText().contains(QStringLiteral("was")) && panel->bannerText().contains(QStringLiteral("now")), qPrintable(panel->bannerText()));
    // Undo the edit: the banner goes.
    doc->undoStack()->undo();
    QTRY_VERIFY(panel->bannerText().isEmpty());
    // Undo the draft: one step.
    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().decisions.size(), before);
}

void TestDecisionPanel::exportImport()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    w.draftDecision(QStringLiteral("tier-fast"));
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

QTEST_MAIN(TestDecisionPanel)
#include "tst_decisionpanel.moc"
