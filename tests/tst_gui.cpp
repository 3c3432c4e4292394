// GUI smoke test (offscreen): open the sample, edit cells through the views,
// undo, save, reopen; the second-instance banner; the Problems panel.
#include "analysis.h"
#include "chartstyle.h"
#include "cliprocess.h"
#include "cmlformat.h"
#include "contextmappage.h"
#include "diagramview.h"
#include "document.h"
#include "fieldeditor.h"
#include "fragmentationcharts.h"
#include "fragmentationpage.h"
#include "generator.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "monorepo.h"
#include "recovery.h"
#include "selectioncharts.h"
#include "selectionpage.h"
#include "sample.h"
#include "tablemodel.h"
#include "tablepage.h"
#include "tcocharts.h"
#include "tcopage.h"
#include "winprobability.h"
#include "workspace.h"
#include "workspacefile.h"
#include "workspacelock.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QAbstractBarSeries>
#include <QComboBox>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ArchBoard;

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editUndoSaveReopen();
    void everyPageShowsItsTable();
    void spinBoxEditsCarryTheUnit();
    void secondInstanceIsReadOnly();
    void problemsPanelListsAndNavigates();
    void badFileKeepsTheCurrentWorkspace();
    void recoveredCopyOpensAsUnsavedChanges();
    void matrixEditReranksImmediately();
    void weightDragIsOneUndoStep();
    void workshopScoresByKeyboard();
    void workshopColumnsFitNamesOffScreen();
    void recommendationsFlagDisagreement();
    void ahpWeightsAreOneUndoStep();
    void contextMapClickSelectsAndSelectionHighlights();
    void contextMapFindingsAndGrouping();
    void largeMapStartsFromANeighbourhood();
    void cmlImportIsOneUndoStep();
    void cmlImportErrorChangesNothing();
    void tcoPageDragsAndWhatIf();
    void tcoCsvExportIsInert();
    void tcoCsvIsTheCliCsv();
    void selectionShowsWinProbabilities();
    void selectionChartsShowHostileNamesAsText();
    void fragmentationDashboardShowsMetricsAndScans();
    void fragmentationScanCancelStoresNothing();
    void fragmentationDashboardAnalysesInTheBackground();
    void selectionChartsShowFullLabels_data();
    void selectionChartsShowFullLabels();
    void selectionChartsGroupTheOverflow();
    void selectionChartMarksHaveTooltips();
    void tcoCumulativeGroupsManyScenarios();

private:
    static bool waitForMap(ContextMapPage *page);
    QString writeSample(const QString &name);
    QTemporaryDir m_dir;
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestGui::writeSample(const QString &name)
{
    InputError error;
    std::unique_ptr<Workspace> ws = Sample::load(&error);
    const QString path = m_dir.filePath(name);
    QString saveError;
    if (!ws || !WorkspaceFile::save(*ws, path, &saveError))
        qFatal("cannot write the sample: %s", qPrintable(saveError));
    return path;
}

void TestGui::editUndoSaveReopen()
{
    const QString path = writeSample(QStringLiteral("smoke.archboard"));
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openFile(path));
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("smoke.archboard")));
    QVERIFY(!w.isWindowModified());

    const int nameField = Schema::table(TableId::Candidates).fieldIndex(u"name");
    w.showElement(TableId::Candidates, 0, nameField);
    TableSection *section = w.currentPage()->section(TableId::Candidates);
    QVERIFY(section);
    QTableView *view = section->view();
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("Rust"));

    // Type into the cell like a user: F2, select all, new text, Enter.
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Rust"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Rust 2024"));
    editor->insert(QStringLiteral(" 铁锈")); // QTest types Latin-1 only
    QCOMPARE(editor->text(), QStringLiteral("Rust 2024 铁锈"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(w.document()->workspace().candidates[0].name, QStringLiteral("Rust 2024 铁锈"));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QVERIFY(w.isWindowModified());

    QAction *undo = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    }
    QVERIFY(undo);
    QVERIFY2(undo->text().contains(QStringLiteral("Change Name of Candidate")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(w.document()->workspace().candidates[0].name, QStringLiteral("Rust"));
    QVERIFY(!w.isWindowModified());

    // Edit an enumeration through its combo box, then save and reopen.
    const int category = Schema::table(TableId::Candidates).fieldIndex(u"category");
    QVERIFY(section->model()->setData(section->model()->index(1, category), int(CandidateCategory::Platform)));
    QVERIFY(w.document()->setValue(TableId::Candidates, 0, nameField, QStringLiteral("Rust (saved)")));
    QVERIFY(w.save());
    QVERIFY(!w.isWindowModified());

    MainWindow again;
    again.setInteractive(false);
    QVERIFY(again.openFile(path) || !again.readOnlyBanner().isEmpty());
    // The first window still holds the lock: the second one is read-only but shows the saved data.
    QCOMPARE(again.document()->workspace().candidates[0].name, QStringLiteral("Rust (saved)"));
    QCOMPARE(again.document()->workspace().candidates[1].category, CandidateCategory::Platform);
}

void TestGui::everyPageShowsItsTable()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    for (TableId t : Schema::tables()) {
        if (Schema::table(t).isSingleton())
            continue;
        TablePage *page = w.pageFor(t);
        QVERIFY2(page, Schema::table(t).key());
        if (page->spec().master != t)
            continue;
        TableSection *section = page->section(t);
        QVERIFY(section);
        QCOMPARE(section->view()->model()->rowCount(), w.document()->rowCount(t));
    }
    // Detail tables follow the selected master row.
    w.showElement(TableId::Tiers, 1);
    TableSection *weights = w.currentPage()->section(TableId::TierWeights);
    QCOMPARE(weights->view()->model()->rowCount(), 4);
    for (int r = 0; r < 4; ++r)
        QCOMPARE(weights->proxy()->mapToSource(weights->view()->model()->index(r, 0)).data(Qt::EditRole).toString(), QStringLiteral("tier-fast"));
}

void TestGui::spinBoxEditsCarryTheUnit()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    const int value = Schema::table(TableId::Measurements).fieldIndex(u"value");
    w.showElement(TableId::Measurements, 2, value); // Java cold start, 300 ms
    QTableView *view = w.currentPage()->section(TableId::Measurements)->view();
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("300 ms"));
    QTest::keyClick(view, Qt::Key_F2);
    auto *spin = view->viewport()->findChild<QDoubleSpinBox *>();
    QVERIFY(spin);
    QCOMPARE(spin->suffix(), QStringLiteral(" ms"));
    spin->setValue(250);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(w.document()->workspace().measurements[2].value, std::optional<double>(250));
    // Delete clears an optional figure back to missing.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!w.document()->workspace().measurements[2].value.has_value());
    QCOMPARE(w.document()->undoStack()->count(), 2);
}

void TestGui::secondInstanceIsReadOnly()
{
    const QString path = writeSample(QStringLiteral("locked.archboard"));
    WorkspaceLock other(path);
    QVERIFY(other.tryLock());
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(path));
    QVERIFY(w.document()->isReadOnly());
    QVERIFY2(w.readOnlyBanner().contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
             qPrintable(w.readOnlyBanner()));
    QVERIFY(w.windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(!w.document()->setValue(TableId::Candidates, 0, 1, QStringLiteral("x")));
    TableSection *section = w.pageFor(TableId::Candidates)->section(TableId::Candidates);
    QVERIFY(!(section->model()->flags(section->model()->index(0, 1)) & Qt::ItemIsEditable));
    // Save As to a free file makes it editable again.
    QVERIFY(w.saveTo(m_dir.filePath(QStringLiteral("mine.archboard"))));
    QVERIFY(!w.document()->isReadOnly());
    QVERIFY(w.readOnlyBanner().isEmpty());
}

void TestGui::problemsPanelListsAndNavigates()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    auto *problems = w.findChild<QTreeWidget *>(QStringLiteral("problems"));
    QVERIFY(problems);
    QCOMPARE(problems->topLevelItemCount(), 0);
    const int language = Schema::table(TableId::Contexts).fieldIndex(u"language");
    QVERIFY(w.document()->setValue(TableId::Contexts, 1, language, QStringLiteral("cobol")));
    QTRY_COMPARE(problems->topLevelItemCount(), 1);
    QVERIFY(problems->topLevelItem(0)->text(2).contains(QStringLiteral("cobol")));
    emit problems->itemActivated(problems->topLevelItem(0), 0);
    QCOMPARE(w.currentPage()->spec().master, TableId::Contexts);
    TableSection *section = w.currentPage()->section(TableId::Contexts);
    QCOMPARE(section->currentSourceRow(), 1);
    w.document()->undoStack()->undo();
    QTRY_COMPARE(problems->topLevelItemCount(), 0);
}

void TestGui::badFileKeepsTheCurrentWorkspace()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    const Workspace before = w.document()->workspace();
    const QString bad = m_dir.filePath(QStringLiteral("bad.archboard.yaml"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("archboard: 1\nworkspace: [\n");
    f.close();
    QVERIFY(!w.openFile(bad));
    QVERIFY(w.document()->workspace() == before);
}

void TestGui::recoveredCopyOpensAsUnsavedChanges()
{
    const QString original = writeSample(QStringLiteral("recover-me.archboard"));
    InputError error;
    Workspace edited = *Sample::load(&error);
    edited.info.name = QStringLiteral("Edited before the crash");
    const QString copy = m_dir.filePath(QStringLiteral("recovery-copy.archboard"));
    QString saveError;
    QVERIFY(WorkspaceFile::save(edited, copy, &saveError));

    MainWindow w;
    w.setInteractive(false);
    RecoveryEntry entry;
    entry.recoveryFile = copy;
    entry.originalPath = original;
    entry.title = edited.info.name;
    entry.savedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(w.recover(entry));
    QCOMPARE(w.document()->fileName(), original);
    QCOMPARE(w.document()->workspace().info.name, QStringLiteral("Edited before the crash"));
    QVERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    QVERIFY(w.save());
    std::unique_ptr<Workspace> saved = WorkspaceFile::load(original, &error);
    QVERIFY(saved);
    QCOMPARE(saved->info.name, QStringLiteral("Edited before the crash"));
    QVERIFY(!w.document()->isModified());
}

void TestGui::matrixEditReranksImmediately()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openSample());
    w.showPage(w.selectionPage());
    w.selectionPage()->setTier(QStringLiteral("tier-core"));
    QTableView *view = w.selectionPage()->matrixView();
    auto *model = view->model();
    const int rankColumn = model->columnCount() - 1;
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("Rust"));
    QCOMPARE(model->index(0, rankColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("—")); // Rust's cold start is missing

    // Type Rust's cold start into the matrix: 1 ms. Rust now beats TypeScript in the core tier.
    view->setCurrentIndex(model->index(0, 0));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto *spin = view->viewport()->findChild<QAbstractSpinBox *>();
    QLineEdit *line = spin ? spin->findChild<QLineEdit *>() : view->viewport()->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("1"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(model->index(0, rankColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("1 ms"));
    QVERIFY(w.selectionPage()->summary().contains(QStringLiteral("Java")));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    w.document()->undoStack()->undo();
    QTRY_COMPARE(model->index(0, rankColumn).data().toString(), QStringLiteral("3"));
}

void TestGui::weightDragIsOneUndoStep()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    w.showPage(w.selectionPage());
    w.selectionPage()->setTier(QStringLiteral("tier-core"));
    const Workspace before = w.document()->workspace();
    auto *slider = w.selectionPage()->findChild<QSlider *>(QStringLiteral("weight-slider-resilience"));
    QVERIFY(slider);
    QCOMPARE(slider->value(), 40); // weight 4.0
    slider->setSliderDown(true); // the user grabs the handle…
    for (int v : {38, 30, 22, 15, 10})
        slider->setValue(v);   // …drags…
    slider->setSliderDown(false); // …and lets go
    QCOMPARE(w.document()->undoStack()->count(), 1);
    const int row = w.document()->rowOfId(TableId::Tiers, QStringLiteral("tier-core"));
    QVERIFY(row >= 0);
    double weight = -1;
    for (const TierWeight &tw : w.document()->workspace().tierWeights) {
        if (tw.tier == u"tier-core" && tw.criterion == u"resilience")
            weight = tw.weight;
    }
    QCOMPARE(weight, 1.0);
    // With resilience down to a fifth of its weight Java no longer wins the core tier.
    QTRY_VERIFY(!w.selectionPage()->summary().contains(QStringLiteral("Winner: <b>Java")));
    auto *share = w.selectionPage()->findChild<QLabel *>(QStringLiteral("weight-share-resilience"));
    QTRY_COMPARE(share->text(), QStringLiteral("25 %"));
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->workspace() == before);
    QTRY_COMPARE(slider->value(), 40);
    // Grabbing the handle and letting go without a move adds no step.
    const int steps = w.document()->undoStack()->count();
    slider->setSliderDown(true);
    slider->setSliderDown(false);
    QCOMPARE(w.document()->undoStack()->count(), steps);
    QVERIFY(w.document()->workspace() == before);
}

void TestGui::workshopScoresByKeyboard()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openSample());
    w.showPage(w.workshopPage());
    QTableView *view = w.workshopPage()->view();
    auto *model = view->model();
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Chief architect"));
    // Row 1 is Rust's delivery speed (2, 2, 4): flagged for discussion.
    QVERIFY(model->index(1, 0).data(DisputedRole).toBool());
    QVERIFY(!model->index(0, 0).data(DisputedRole).toBool());
    view->setFocus();
    view->setCurrentIndex(model->index(0, 2));
    QTest::keyClick(view, Qt::Key_5);               // architect: Rust resilience 3 → 5
    QCOMPARE(view->currentIndex(), model->index(1, 2)); // moved down
    QTest::keyClick(view, Qt::Key_4);               // architect: Rust delivery speed 2 → 4
    QCOMPARE(model->index(0, 2).data().toInt(), 5);
    QCOMPARE(model->index(1, 2).data().toInt(), 4);
    QTRY_COMPARE(model->index(1, 5).data().toString(), QStringLiteral("3.33")); // mean of 4, 2, 4
    QVERIFY(model->index(1, 0).data(DisputedRole).toBool());                   // spread still 2
    view->setCurrentIndex(model->index(1, 3));
    QTest::keyClick(view, Qt::Key_Delete);          // SRE's rating of Rust's delivery speed removed
    QCOMPARE(model->index(1, 3).data(Qt::EditRole), QVariant());
    QTRY_COMPARE(model->index(1, 5).data().toString(), QStringLiteral("4")); // 4, 4
    QVERIFY(!model->index(1, 0).data(DisputedRole).toBool());
    QSignalSpy said(w.workshopPage(), &WorkshopPage::status);
    QTest::keyClick(view, Qt::Key_9);               // not a 1–5 score: nothing changes, and the user is told why
    QCOMPARE(w.document()->undoStack()->count(), 3);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.at(0).at(0).toString().contains(u"1 to 5"), qPrintable(said.at(0).at(0).toString()));
}

void TestGui::workshopColumnsFitNamesOffScreen()
{
    // Columns are sized from the rows on screen (cheap when raters join a
    // live vote), but the candidate column still fits a name far below.
    MainWindow w;
    w.setInteractive(false);
    w.resize(900, 420);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    w.showPage(w.workshopPage());
    QTableView *view = w.workshopPage()->view();
    view->setFixedHeight(view->horizontalHeader()->height() + 3 * view->verticalHeader()->defaultSectionSize()); // a small screen
    const QString name = QStringLiteral("A candidate with a name far longer than any other in the sample");
    QVERIFY(w.document()->addRow(TableId::Candidates, {{Schema::field(&Candidate::name).index, name}}) >= 0);
    QTRY_VERIFY(view->model()->rowCount() > 0
                && view->model()->index(view->model()->rowCount() - 1, 0).data().toString().contains(name));
    const int last = view->model()->rowCount() - 1;
    QVERIFY2(view->rowViewportPosition(last) > view->viewport()->height(), "the new rows are below the visible ones");
    QVERIFY2(view->columnWidth(0) >= view->fontMetrics().horizontalAdvance(name),
             qPrintable(QStringLiteral("%1 < %2").arg(view->columnWidth(0)).arg(view->fontMetrics().horizontalAdvance(name))));
}

void TestGui::recommendationsFlagDisagreement()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    w.showPage(w.selectionPage());
    auto *table = w.selectionPage()->findChild<QTableWidget *>(QStringLiteral("recommendations"));
    QVERIFY(table);
    w.selectionPage()->tabs()->setCurrentWidget(table);
    QTRY_COMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Orders (订单)"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Java"));
    QVERIFY(table->item(0, 4)->text().startsWith(QStringLiteral("no")));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Rust"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("yes"));
}

void TestGui::ahpWeightsAreOneUndoStep()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    Document *doc = w.document();
    // Saaty's textbook judgements on three of the core tier's criteria → 63.7 / 25.8 / 10.5 %.
    const TableSchema &ts = Schema::table(TableId::TierComparisons);
    auto compare = [&](const char *a, const char *b, double ratio) {
        QVERIFY(doc->addRow(TableId::TierComparisons, {{ts.fieldIndex(u"tier"), QStringLiteral("tier-core")},
                                                      {ts.fieldIndex(u"criterion_a"), QLatin1StringView(a)},
                                                      {ts.fieldIndex(u"criterion_b"), QLatin1StringView(b)},
                                                      {ts.fieldIndex(u"ratio"), ratio}}) >= 0);
    };
    compare("resilience", "delivery-speed", 3);
    compare("resilience", "cold-start", 5);
    compare("delivery-speed", "cold-start", 3);
    w.showPage(w.selectionPage());
    w.selectionPage()->setTier(QStringLiteral("tier-core"));
    auto *button = w.selectionPage()->findChild<QPushButton *>(QStringLiteral("useAhpWeightsButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    const int before = doc->undoStack()->count();
    button->click();
    QCOMPARE(doc->undoStack()->count(), before + 1);
    QMap<QString, double> weights;
    for (const TierWeight &tw : doc->workspace().tierWeights) {
        if (tw.tier == u"tier-core")
            weights.insert(tw.criterion, tw.weight);
    }
    QCOMPARE(weights.value(QStringLiteral("resilience")), 63.7);
    QCOMPARE(weights.value(QStringLiteral("delivery-speed")), 25.83);
    QCOMPARE(weights.value(QStringLiteral("cold-start")), 10.47);
    QCOMPARE(weights.value(QStringLiteral("memory-jitter")), 0.0); // not compared: no weight
    doc->undoStack()->undo();
    for (const TierWeight &tw : doc->workspace().tierWeights) {
        if (tw.tier == u"tier-core" && tw.criterion == u"resilience")
            QCOMPARE(tw.weight, 4.0);
    }
}

bool TestGui::waitForMap(ContextMapPage *page)
{
    DiagramView *view = page->diagramView();
    QSignalSpy rendered(view, &DiagramView::rendered);
    if (view->isRendering() && !rendered.wait(20000))
        return false;
    return !view->svg().isEmpty();
}

void TestGui::contextMapClickSelectsAndSelectionHighlights()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    QVERIFY(w.openSample());
    ContextMapPage *page = w.contextMapPage();
    w.showPage(page);
    QVERIFY(waitForMap(page));
    DiagramView *view = page->diagramView();
    QGraphicsView *gv = view->graphicsView();
    auto clickOn = [&](const QString &element) {
        const QRectF r = view->elementRect(element);
        QVERIFY2(!r.isEmpty(), qPrintable(element));
        QTest::mouseClick(gv->viewport(), Qt::LeftButton, {}, gv->mapFromScene(r.center()));
    };

    // A click on Inventory's node selects its row in the contexts editor and outlines it.
    QSignalSpy clicked(view, &DiagramView::elementClicked);
    clickOn(QStringLiteral("context:inventory"));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("context:inventory"));
    QCOMPARE(page->section(TableId::Contexts)->currentSourceRow(), 1);
    QCOMPARE(view->highlighted(), QStringList{QStringLiteral("context:inventory")});

    // A click on the gRPC edge (its label) selects the relation inventory → finance.
    clickOn(QStringLiteral("relation:inventory-finance"));
    QCOMPARE(clicked.last().at(0).toString(), QStringLiteral("relation:inventory-finance"));
    QCOMPARE(page->section(TableId::Relations)->currentSourceRow(), 1);
    QVERIFY(page->section(TableId::Relations)->isVisible());

    // The background selects nothing.
    QTest::mouseClick(gv->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QCOMPARE(clicked.last().at(0).toString(), QString());
    QVERIFY(view->highlighted().isEmpty());

    // Selecting a row in the editor outlines it on the map.
    page->section(TableId::Relations)->selectSourceRow(2);
    QCOMPARE(view->highlighted(), QStringList{QStringLiteral("relation:finance-bi")});
    QVERIFY(view->elementAt(view->elementRect(QStringLiteral("context:bi")).center()) == u"context:bi");

    // A double click opens the element's full editor page.
    const QRectF finance = view->elementRect(QStringLiteral("context:finance"));
    QTest::mouseDClick(gv->viewport(), Qt::LeftButton, {}, gv->mapFromScene(finance.center()));
    QVERIFY(w.currentPage());
    QCOMPARE(w.currentPage()->spec().master, TableId::Contexts);
    QCOMPARE(w.currentPage()->section(TableId::Contexts)->currentSourceRow(), 2);
}

void TestGui::contextMapFindingsAndGrouping()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(w.openSample());
    ContextMapPage *page = w.contextMapPage();
    w.showPage(page);
    QVERIFY(waitForMap(page));
    QTreeWidget *findings = page->findingsList();
    QCOMPARE(findings->topLevelItemCount(), 4); // two format changes without ACL, two languages the rules disagree with
    QCOMPARE(findings->topLevelItem(0)->text(1), QStringLiteral("Format change without ACL"));
    QVERIFY(page->protocolSummary().contains(QStringLiteral("40 %")));
    // Selecting a finding outlines every element it names.
    findings->topLevelItem(0)->setSelected(true);
    const QStringList highlighted = page->diagramView()->highlighted();
    QVERIFY(highlighted.contains(QStringLiteral("relation:orders-inventory")));

    // Grouping by team: contexts of one team share a cluster.
    page->setGrouping(ContextMap::Grouping::Team);
    QVERIFY(waitForMap(page));
    QVERIFY(!page->diagramView()->dot().contains("cluster"));
    Document *doc = w.document();
    const int team = Schema::table(TableId::Contexts).fieldIndex(u"team");
    QVERIFY(doc->setValue(TableId::Contexts, 0, team, QStringLiteral("Checkout")));
    QVERIFY(doc->setValue(TableId::Contexts, 1, team, QStringLiteral("Checkout")));
    QTRY_VERIFY(page->diagramView()->dot().contains("Team Checkout"));
    QVERIFY(waitForMap(page));

    // Fixing the model clears its findings: an ACL on Inventory's side of the Avro feed.
    const int role = Schema::table(TableId::Relations).fieldIndex(u"downstream_role");
    QVERIFY(doc->setValue(TableId::Relations, 0, role, int(DownstreamRole::AnticorruptionLayer)));
    QTRY_COMPARE(findings->topLevelItemCount(), 3);
}

void TestGui::largeMapStartsFromANeighbourhood()
{
    Testing::GeneratorSpec spec;
    spec.contexts = 300;
    spec.relations = 450;
    const Workspace generated = Testing::generateWorkspace(spec, 11);
    const QString path = m_dir.filePath(QStringLiteral("large-map.archboard"));
    QString error;
    QVERIFY2(WorkspaceFile::save(generated, path, &error), qPrintable(error));
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(w.openFile(path));
    ContextMapPage *page = w.contextMapPage();
    w.showPage(page);
    QVERIFY(waitForMap(page));
    // 300 contexts: the map opens on the first context's neighbourhood, not the hairball.
    QCOMPARE(page->neighbourhood(), 1);
    const Workspace &ws = w.document()->workspace();
    const QStringList first = ContextMap::neighbourhood(ws, ws.contexts[0].id, 1);
    QVERIFY(first.size() > 1 && first.size() < 300);
    QCOMPARE(page->diagramView()->svg().count("class=\"node\""), first.size());

    // Selecting another context draws its neighbourhood instead.
    page->selectElement(QStringLiteral("context:") + ws.contexts[1].id);
    QVERIFY(waitForMap(page));
    const QStringList second = ContextMap::neighbourhood(ws, ws.contexts[1].id, 1);
    QCOMPARE(page->diagramView()->svg().count("class=\"node\""), second.size());
    QCOMPARE(page->diagramView()->highlighted(), QStringList{QStringLiteral("context:") + ws.contexts[1].id});

    // The whole map on request.
    page->setNeighbourhood(0);
    QVERIFY(waitForMap(page));
    QCOMPARE(page->diagramView()->svg().count("class=\"node\""), 300);
}

void TestGui::cmlImportIsOneUndoStep()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    Document *doc = w.document();
    const int contexts = doc->rowCount(TableId::Contexts);
    const int relations = doc->rowCount(TableId::Relations);
    const int steps = doc->undoStack()->count();
    QString message;
    QVERIFY2(w.contextMapPage()->importCml(qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/cml/insurance.cml"), &message),
             qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("Imported 6 bounded contexts and 7 relations")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Not imported: line 33: Aggregate Customers")));
    QCOMPARE(doc->rowCount(TableId::Contexts), contexts + 6);
    QCOMPARE(doc->rowCount(TableId::Relations), relations + 7);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY(doc->undoStack()->undoText().contains(QStringLiteral("insurance.cml")));
    // "Java, JEE Application" is the sample's Java candidate.
    QCOMPARE(doc->workspace().contexts[size_t(contexts)].language, QStringLiteral("java"));
    doc->undoStack()->undo();
    QCOMPARE(doc->rowCount(TableId::Contexts), contexts);
    QCOMPARE(doc->rowCount(TableId::Relations), relations);

    // Export writes CML that reads back with the same contexts.
    const QString out = m_dir.filePath(QStringLiteral("sample.cml"));
    QVERIFY(w.contextMapPage()->exportCml(out, &message));
    // The dialog lists what CML cannot carry: the same notes as archboard-cli export-cml.
    QStringList notes;
    Cml::write(doc->workspace(), &notes);
    QVERIFY(!notes.isEmpty());
    QCOMPARE(message.split(u'\n').mid(1), notes);
    QVERIFY(message.contains(QStringLiteral("bounded context orders: name “Orders (订单)”")));
    CmlImport back;
    InputError error;
    QVERIFY2(Cml::parseFile(out, &back, &error), qPrintable(error.toString()));
    QCOMPARE(back.contexts.size(), size_t(contexts));
    QCOMPARE(back.relations.size(), size_t(relations));
}

void TestGui::cmlImportErrorChangesNothing()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    Document *doc = w.document();
    const QString path = m_dir.filePath(QStringLiteral("broken.cml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ContextMap {\n  contains A, B\n  A -> \n}\n");
    file.close();
    const int steps = doc->undoStack()->count();
    QString message;
    QVERIFY(!w.contextMapPage()->importCml(path, &message));
    QVERIFY2(message.startsWith(path + QStringLiteral(":4:1:")), qPrintable(message));
    QCOMPARE(doc->undoStack()->count(), steps);
    QVERIFY(!doc->isModified());
}

namespace {

/// The bar set named \a name of the first bar series of \a chart.
QBarSet *barSet(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->label() == name)
                    return set;
            }
        }
    }
    return nullptr;
}

QString thin(const char *number)
{
    return QString::fromLatin1(number).replace(u' ', QChar(0x2009));
}

} // namespace

void TestGui::tcoPageDragsAndWhatIf()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    auto *page = w.findChild<TcoPage *>();
    QVERIFY(page);
    w.showPage(page);
    QVERIFY(page->isVisible());
    Document *doc = w.document();
    QCOMPARE(page->scenario(), QStringLiteral("seed-baseline")); // the baseline first
    QCOMPARE(page->drivers(), (QStringList{QStringLiteral("functions.python"), QStringLiteral("functions.go"), QStringLiteral("functions.rust"),
                                           QStringLiteral("invocations_per_month"), QStringLiteral("memory_mb"), QStringLiteral("duration_ms"),
                                           QStringLiteral("cold_start_pct")}));

    // The seed's platform overhead: 12 000 USD × 1.8 × 50 / 50 for Python, in the table and the chart.
    QTableWidget *table = page->linesTable();
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Python"));
    QCOMPARE(table->item(0, 2)->text(), thin("21 600"));
    QVERIFY2(table->item(0, 2)->toolTip().contains(QStringLiteral("12\u2009000 USD × 1.8 × 50 functions / 50")), qPrintable(table->item(0, 2)->toolTip()));
    QBarSet *platform = barSet(page->chart(TcoPage::Chart::Lines), QStringLiteral("Platform overhead"));
    QVERIFY(platform);
    QCOMPARE(platform->at(0), 21.6); // thousand USD
    QVERIFY(TcoCharts::tooltip(platform, 0).contains(QStringLiteral("12\u2009000 USD × 1.8 × 50 functions / 50")));
    const double savedTotal = page->result().totalAnnualUsd;
    const Workspace saved = doc->workspace();

    // Drag Python's functions 50 → 100: the table follows while dragging, one undo step in the end.
    QSlider *python = page->slider(QStringLiteral("functions.python"));
    QVERIFY(python);
    QCOMPARE(python->value(), 50);
    QVERIFY(python->isEnabled());
    const int steps = doc->undoStack()->count();
    python->setSliderDown(true);
    for (int v : {55, 70, 90})
        python->setValue(v);
    QTRY_COMPARE(table->item(0, 2)->text(), thin("38 880")); // 12 000 × 1.8 × 90 / 50, before the release
    python->setValue(100);
    python->setSliderDown(false);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->workspace().scenarioFunctions[0].functions, 100);
    QTRY_COMPARE(table->item(0, 2)->text(), thin("43 200"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("100"));
    platform = barSet(page->chart(TcoPage::Chart::Lines), QStringLiteral("Platform overhead"));
    QVERIFY(platform);
    QCOMPARE(platform->at(0), 43.2);
    QVERIFY(page->result().totalAnnualUsd > savedTotal + 21000);
    // A second drag of the same slider is a step of its own, not merged into the first.
    python->setSliderDown(true);
    for (int v : {110, 120})
        python->setValue(v);
    python->setSliderDown(false);
    QCOMPARE(doc->undoStack()->count(), steps + 2);
    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().scenarioFunctions[0].functions, 100);
    // A press and release without a move, or a drag back to the start, leaves no empty step.
    python->setSliderDown(true);
    python->setSliderDown(false);
    python->setSliderDown(true);
    for (int v : {130, 140, 100})
        python->setValue(v);
    python->setSliderDown(false);
    QCOMPARE(doc->undoStack()->index(), steps + 1);
    QCOMPARE(doc->undoStack()->count(), steps + 1); // the drag began an edit: the undone second drag is gone
    QVERIFY(doc->undoStack()->undoText().startsWith(QStringLiteral("Drag Functions in Python")));
    QCOMPARE(doc->workspace().scenarioFunctions[0].functions, 100);
    doc->undoStack()->undo();
    QVERIFY(doc->workspace() == saved);
    QTRY_COMPARE(table->item(0, 2)->text(), thin("21 600"));
    QCOMPARE(python->value(), 50);
    QCOMPARE(page->result().totalAnnualUsd, savedTotal);

    // The Monte Carlo percentiles arrive from the worker.
    QTRY_VERIFY_WITH_TIMEOUT(page->isUncertaintyCurrent(), 20000);
    const QString savedUncertainty = page->uncertaintyText();
    QVERIFY(savedUncertainty.startsWith(QStringLiteral("P10 ")));

    // What-if: the sliders change a copy, never the document.
    auto *whatIf = page->findChild<QPushButton *>(QStringLiteral("whatIfButton"));
    auto *keep = page->findChild<QPushButton *>(QStringLiteral("keepButton"));
    auto *discard = page->findChild<QPushButton *>(QStringLiteral("discardButton"));
    auto *banner = page->findChild<QLabel *>(QStringLiteral("whatIfBanner"));
    QVERIFY(whatIf && keep && discard && banner);
    QVERIFY(!banner->isVisible());
    whatIf->click();
    QVERIFY(page->isWhatIf());
    QVERIFY(banner->isVisible());
    const quint64 revision = doc->revision();
    const int indexBefore = doc->undoStack()->index();
    QSlider *memory = page->slider(QStringLiteral("memory_mb"));
    QVERIFY(memory);
    memory->setSliderDown(true);
    memory->setValue(memory->value() + 12);
    memory->setValue(memory->value() + 12); // one doubling: 1 024 MB
    memory->setSliderDown(false);
    QCOMPARE(page->overrides().value(QStringLiteral("memory_mb")), 1024.0);
    QTRY_VERIFY(page->result().totalAnnualUsd > savedTotal);
    QCOMPARE(doc->revision(), revision);
    QCOMPARE(doc->undoStack()->index(), indexBefore);
    QCOMPARE(doc->workspace().scenarios[0].memoryMb, 512);
    QVERIFY2(banner->text().contains(QStringLiteral("not saved")) && banner->text().contains(QStringLiteral("1\u2009024 MB")), qPrintable(banner->text()));
    QVERIFY(page->summary().contains(QStringLiteral("what-if")));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("974")); // Python's compute doubles with the memory (after the free tier)
    QVERIFY(!page->isUncertaintyCurrent()); // the shown percentiles are for the saved values…
    QTRY_VERIFY_WITH_TIMEOUT(page->isUncertaintyCurrent(), 20000);
    QVERIFY(page->uncertaintyText() != savedUncertainty); // …until the worker's run for 1 024 MB is in

    // Keep: one undo step writes every what-if value.
    QVERIFY(keep->isEnabled());
    keep->click();
    QVERIFY(page->overrides().isEmpty());
    QCOMPARE(doc->undoStack()->index(), indexBefore + 1);
    QVERIFY(doc->undoStack()->undoText().startsWith(QStringLiteral("Keep what-if values")));
    QCOMPARE(doc->workspace().scenarios[0].memoryMb, 1024);
    QVERIFY(page->isWhatIf());
    doc->undoStack()->undo();
    QVERIFY(doc->workspace() == saved);

    // Discard: two values tried, dropped, the figures are the saved ones again.
    QTRY_COMPARE(page->result().totalAnnualUsd, savedTotal);
    page->slider(QStringLiteral("functions.rust"))->setValue(80);
    page->slider(QStringLiteral("cold_start_pct"))->setValue(page->slider(QStringLiteral("cold_start_pct"))->value() + 100);
    QCOMPARE(page->overrides().size(), 2);
    QTRY_VERIFY(page->result().totalAnnualUsd != savedTotal);
    discard->click();
    QVERIFY(page->overrides().isEmpty());
    QCOMPARE(page->result().totalAnnualUsd, savedTotal);
    QCOMPARE(page->slider(QStringLiteral("functions.rust"))->value(), 50);
    QVERIFY(doc->workspace() == saved);
    QCOMPARE(doc->undoStack()->index(), indexBefore);
    whatIf->click();
    QVERIFY(!banner->isVisible());

    // The tornado puts the engine's largest swing on top, with its inputs in the tooltip.
    page->tabs()->setCurrentIndex(3);
    std::optional<TcoInput> in = Tco::input(doc->workspace(), page->scenario());
    QVERIFY(in);
    const std::vector<TcoSensitivity> sensitivity = Tco::sensitivity(*in, in->scenario.sensitivityPct);
    QVERIFY(!sensitivity.empty());
    auto *tornado = qobject_cast<QAbstractBarSeries *>(page->chart(TcoPage::Chart::Tornado)->series().value(0));
    QVERIFY(tornado);
    const int rows = int(tornado->barSets().first()->count());
    QVERIFY(rows > 0 && rows <= 12);
    QVERIFY(TcoCharts::tooltip(tornado->barSets().first(), rows - 1).contains(sensitivity.front().parameter));

    // The comparison shows every scenario with its difference to the baseline.
    page->tabs()->setCurrentIndex(1);
    auto *comparison = qobject_cast<QAbstractBarSeries *>(page->chart(TcoPage::Chart::Comparison)->series().value(0));
    QVERIFY(comparison);
    QCOMPARE(comparison->barSets().first()->count(), qsizetype(doc->workspace().scenarios.size()));
    QVERIFY(TcoCharts::tooltip(comparison->barSets().first(), 0).contains(QStringLiteral("Difference to the baseline")));

    // A workspace without scenarios: no sliders, no figures, a hint instead.
    doc->resetWorkspace(std::make_unique<Workspace>());
    QTRY_VERIFY(page->drivers().isEmpty());
    QCOMPARE(page->linesTable()->rowCount(), 0);
    QVERIFY(page->summary().contains(QStringLiteral("Add a TCO scenario")));
}

void TestGui::selectionChartsShowHostileNamesAsText()
{
    // Chart labels are rich text: a name the board typed must stay text.
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(w.openSample());
    Document *doc = w.document();
    const int rust = doc->rowOfId(TableId::Candidates, QStringLiteral("rust"));
    QVERIFY(doc->setValue(TableId::Candidates, rust, Schema::table(TableId::Candidates).fieldIndex(u"name"),
                          QStringLiteral("Rust <b>bold</b> & co")));
    w.showPage(w.selectionPage());
    w.selectionPage()->setTier(QStringLiteral("tier-core"));
    QStringList labels;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        labels.clear();
        for (QChartView *view : w.selectionPage()->findChildren<QChartView *>()) {
            QChart *chart = view->chart();
            for (QAbstractAxis *axis : chart->axes()) {
                if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                    labels << categories->categories();
            }
            for (QAbstractSeries *series : chart->series())
                labels << series->name();
        }
        return !labels.filter(QStringLiteral("Rust")).isEmpty();
    }()), 5000);
    const QStringList rustLabels = labels.filter(QStringLiteral("Rust"));
    for (const QString &label : rustLabels) {
        QVERIFY2(label.contains(QStringLiteral("Rust &lt;b&gt;bold&lt;/b&gt; &amp; co")), qPrintable(label));
        QVERIFY2(!label.contains(QStringLiteral("<b>")), qPrintable(label));
    }
}

void TestGui::tcoCsvExportIsInert()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(w.openSample());
    Document *doc = w.document();
    // A hostile candidate name: a spreadsheet would run it as a formula.
    const int python = doc->rowOfId(TableId::Candidates, QStringLiteral("python"));
    QVERIFY(doc->setValue(TableId::Candidates, python, Schema::table(TableId::Candidates).fieldIndex(u"name"),
                          QStringLiteral("=HYPERLINK(\"http://x\",\"蟒蛇\")")));
    auto *page = w.findChild<TcoPage *>();
    w.showPage(page);
    const QString path = m_dir.filePath(QStringLiteral("tco.csv"));
    QString message;
    QVERIFY2(page->exportCsv(path, &message), qPrintable(message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    const QString pythonRow = lines.filter(QStringLiteral(",python,")).value(0);
    QVERIFY2(pythonRow.startsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"蟒蛇\"\")\",python,50,21600.00,")), qPrintable(pythonRow));
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(u'='), qPrintable(line));
    // The total row carries the engine's total; the sensitivity table follows.
    const QString total = lines.filter(QRegularExpression(QStringLiteral("^total,"))).value(0);
    QVERIFY2(total.endsWith(QString::number(w.findChild<TcoPage *>()->result().totalAnnualUsd, 'f', 2)), qPrintable(total));
    QCOMPARE(total.count(u','), lines.filter(QStringLiteral(",total_annual_usd")).value(0).count(u','));
    QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^parameter,description,unit,value,"))).size() == 1);
    QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^functions\\.python,"))).size() == 1);
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestGui::selectionShowsWinProbabilities()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(w.openSample());
    auto *page = w.findChild<SelectionPage *>();
    w.showPage(page);
    page->setTier(QStringLiteral("tier-core"));
    // Computed on a worker: "computing…" first, then the engine's figures beside the rank.
    QTRY_VERIFY(page->summary().contains(QStringLiteral("How sure: Java wins in")));
    const WinProbabilities engine = Selection::winProbabilities(w.document()->workspace());
    const QString expected = Selection::describeWinChances(*engine.tier(QStringLiteral("tier-core")), [&](const QString &id) {
        return w.document()->referenceName(TableId::Candidates, id);
    });
    QVERIFY2(page->summary().contains(expected.toHtmlEscaped()), qPrintable(page->summary()));
    page->setTier(QStringLiteral("tier-9999"));
    QTRY_VERIFY(page->summary().contains(QStringLiteral("uncontested")));
    // Issue 17: who is knocked out and why, on the ranking, not only in tooltips.
    int knockedOut = 0;
    for (const TierResult &t : Selection::compute(w.document()->workspace()).tiers) {
        if (t.tier != u"tier-9999")
            continue;
        for (const CandidateScore &s : t.ranking) {
            if (!s.knockedOut)
                continue;
            ++knockedOut;
            const QString why = Selection::describeKnockOut(s, [&](const QString &id) { return w.document()->referenceName(TableId::Criteria, id); });
            QVERIFY(why.contains(QStringLiteral("required, value")));
            const QString shown = QStringLiteral("%1 (%2)").arg(w.document()->referenceName(TableId::Candidates, s.candidate), why);
            QVERIFY2(page->summary().contains(shown.toHtmlEscaped()), qPrintable(page->summary()));
        }
    }
    QVERIFY(knockedOut > 0);
    QVERIFY2(page->summary().contains(QStringLiteral("Knocked out: ")), qPrintable(page->summary()));
    // An edit makes them stale until the worker is done again.
    const int weight = Schema::table(TableId::TierWeights).fieldIndex(u"weight");
    QVERIFY(w.document()->setValue(TableId::TierWeights, 8, weight, 9.0)); // the core tier's cold start, 1 → 9
    page->setTier(QStringLiteral("tier-core"));
    const WinProbabilities after = Selection::winProbabilities(w.document()->workspace());
    const QString expectedAfter = Selection::describeWinChances(*after.tier(QStringLiteral("tier-core")), [&](const QString &id) {
        return w.document()->referenceName(TableId::Candidates, id);
    });
    QVERIFY(expectedAfter != expected);
    QTRY_VERIFY2(page->summary().contains(expectedAfter.toHtmlEscaped()), qPrintable(page->summary()));
}

void TestGui::tcoCsvIsTheCliCsv()
{
    // One writer (Tco::csv): the cost model's Export CSV with a what-if value
    // is byte for byte what `archboard-cli tco --set … -f csv` prints.
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(w.openSample());
    auto *page = w.findChild<TcoPage *>();
    w.showPage(page);
    page->setWhatIf(true);
    page->slider(QStringLiteral("functions.python"))->setValue(200);
    QTRY_COMPARE(page->overrides().value(QStringLiteral("functions.python")), 200.0);
    QTRY_VERIFY(page->isUncertaintyCurrent());
    const QString path = m_dir.filePath(QStringLiteral("whatif.csv"));
    QString message;
    QVERIFY2(page->exportCsv(path, &message), qPrintable(message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray gui = file.readAll();
    const QString ws = m_dir.filePath(QStringLiteral("csv-sample.archboard.yaml"));
    QFile sample(ws);
    QVERIFY(sample.open(QIODevice::WriteOnly) && sample.write(Sample::yaml()) == Sample::yaml().size());
    sample.close();
    const Testing::CliRun cli = Testing::cli({QStringLiteral("tco"), ws, QStringLiteral("--set"), QStringLiteral("functions.python=200"),
                                              QStringLiteral("-f"), QStringLiteral("csv")});
    QCOMPARE(cli.code, 0);
    QVERIFY(gui.contains("override,functions.python,200\r\n"));
    QCOMPARE(gui, cli.outBytes);
}

namespace {

/// The dependency names the mismatch table lists, in its order.
QStringList mismatchNames(const QAbstractItemModel *model)
{
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        names << model->index(r, 1).data().toString();
    return names;
}

} // namespace

void TestGui::fragmentationDashboardShowsMetricsAndScans()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    Document *doc = w.document();
    auto *page = w.findChild<FragmentationPage *>();
    QVERIFY(page);
    // The dashboard is the first page of the Fragmentation group.
    auto *navigator = w.findChild<QTreeWidget *>(QStringLiteral("navigator"));
    QTreeWidgetItem *group = nullptr;
    for (int i = 0; i < navigator->topLevelItemCount(); ++i) {
        if (navigator->topLevelItem(i)->text(0) == u"Fragmentation")
            group = navigator->topLevelItem(i);
    }
    QVERIFY(group);
    QCOMPARE(group->child(0)->text(0), QStringLiteral("Dashboard"));
    navigator->setCurrentItem(group->child(0));
    QVERIFY(page->isVisible());

    // The sample's metrics with the sample's thresholds (seed §2.2).
    QCOMPARE(page->metricValue(FragmentationMetric::VersionDrift), QStringLiteral("1 minor")); // lodash 4.17.21 vs 4.18.0
    QCOMPARE(page->metricLevel(FragmentationMetric::VersionDrift), QStringLiteral("Warning"));
    QCOMPARE(page->metricValue(FragmentationMetric::ProtocolConsistency), QStringLiteral("40.0 %"));
    QCOMPARE(page->metricLevel(FragmentationMetric::ProtocolConsistency), QStringLiteral("Severe"));
    QCOMPARE(page->metricValue(FragmentationMetric::PeerDependencyHygiene), QStringLiteral("50.0 %"));
    QCOMPARE(page->metricLevel(FragmentationMetric::PeerDependencyHygiene), QStringLiteral("Severe"));
    QCOMPARE(page->metricValue(FragmentationMetric::StackHeterogeneity), QStringLiteral("3 runtime versions"));
    QCOMPARE(page->metricLevel(FragmentationMetric::StackHeterogeneity), QStringLiteral("Healthy"));
    const QString bands = page->metricToolTip(FragmentationMetric::ProtocolConsistency);
    QVERIFY2(bands.contains(QStringLiteral("Healthy: ≥ 95 %")) && bands.contains(QStringLiteral("High: ≥ 60 %"))
                 && bands.contains(QStringLiteral("Severe: below 60 %")), qPrintable(bands));
    QVERIFY(page->metricToolTip(FragmentationMetric::VersionDrift).contains(QStringLiteral("Healthy: ≤ 1 patch")));
    QVERIFY(page->metricCard(FragmentationMetric::ProtocolConsistency)->styleSheet().contains(FragmentationCharts::levelColour(RiskLevel::Severe).name()));
    // A threshold edit re-rates at once: 40 % is only "high" when high starts at 40.
    const int thresholdRow = [&] {
        for (size_t i = 0; i < doc->workspace().fragmentationThresholds.size(); ++i) {
            if (doc->workspace().fragmentationThresholds[i].metric == FragmentationMetric::ProtocolConsistency)
                return int(i);
        }
        return -1;
    }();
    QVERIFY(doc->setValue(TableId::FragmentationThresholds, thresholdRow, Schema::table(TableId::FragmentationThresholds).fieldIndex(u"high"), 40.0));
    QTRY_COMPARE(page->metricLevel(FragmentationMetric::ProtocolConsistency), QStringLiteral("High"));
    doc->undoStack()->undo();
    QTRY_COMPARE(page->metricLevel(FragmentationMetric::ProtocolConsistency), QStringLiteral("Severe"));

    // The drift chart: lodash, one minor apart.
    QBarSet *minor = barSet(page->driftChart(), QStringLiteral("Minor drift"));
    QVERIFY(minor);
    QCOMPARE(minor->count(), 1);
    QCOMPARE(minor->at(0), FragmentationCharts::barLength(0.01));
    QVERIFY2(FragmentationCharts::tooltip(minor, 0).contains(QStringLiteral("4.17.21 → 4.18.0")), qPrintable(FragmentationCharts::tooltip(minor, 0)));
    QVERIFY(!barSet(page->driftChart(), QStringLiteral("Major drift")));

    // The mismatch table and its filters.
    QAbstractItemModel *model = page->mismatchModel();
    QCOMPARE(mismatchNames(model), QStringList{QStringLiteral("lodash")});
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("1 minor"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("4.17.21"));
    QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("4.18.0"));
    QVERIFY2(model->index(0, 6).data().toString().contains(QStringLiteral("4.17.21 (1): Sub-app A (子应用A, Vue 3)")),
             qPrintable(model->index(0, 6).data().toString()));
    QVERIFY(model->index(0, 6).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Host app (主应用, React)")));
    page->setServiceFilter(QStringLiteral("java"));
    QCOMPARE(model->rowCount(), 0);
    page->setServiceFilter(QStringLiteral("SUB-APP"));
    QCOMPARE(model->rowCount(), 1);
    page->setServiceFilter(QString());
    page->setEcosystemFilter(int(Ecosystem::Maven));
    QCOMPARE(model->rowCount(), 0);
    page->setEcosystemFilter(-1);
    const int contextField = Schema::table(TableId::Services).fieldIndex(u"context");
    QVERIFY(doc->setValue(TableId::Services, doc->rowOfId(TableId::Services, QStringLiteral("host-app")), contextField,
                          doc->workspace().contexts[0].id));
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("contextFilter"))->count(), int(doc->workspace().contexts.size()) + 1);
    page->setContextFilter(doc->workspace().contexts[0].id);
    QTRY_COMPARE(mismatchNames(model), QStringList{QStringLiteral("lodash")}); // once the edit is in
    page->setContextFilter(doc->workspace().contexts[1].id);
    QCOMPARE(model->rowCount(), 0);
    page->setContextFilter(QString());
    doc->undoStack()->undo();

    // The drift graph: a click on a service opens it on the Services page.
    DiagramView *graph = page->driftGraph();
    QSignalSpy rendered(graph, &DiagramView::rendered);
    if (graph->isRendering())
        QVERIFY(rendered.wait(20000));
    QVERIFY(!graph->svg().isEmpty());
    const QRectF subApp = graph->elementRect(QStringLiteral("service:sub-app-a"));
    QVERIFY(!subApp.isEmpty());
    QTest::mouseClick(graph->graphicsView()->viewport(), Qt::LeftButton, {}, graph->graphicsView()->mapFromScene(subApp.center()));
    QVERIFY(w.currentPage());
    QCOMPARE(w.currentPage()->spec().master, TableId::Services);
    QCOMPARE(w.currentPage()->section(TableId::Services)->currentSourceRow(), doc->rowOfId(TableId::Services, QStringLiteral("sub-app-a")));

    // A click on a card opens the thresholds it is rated by.
    w.showPage(page);
    QTest::mouseClick(page->metricCard(FragmentationMetric::ProtocolConsistency), Qt::LeftButton);
    QVERIFY(w.currentPage());
    QCOMPARE(w.currentPage()->spec().master, TableId::FragmentationThresholds);
    QCOMPARE(w.currentPage()->section(TableId::FragmentationThresholds)->currentSourceRow(), thresholdRow);

    // Scan a generated monorepo: one undo step, a scan record, the truth's mismatches listed.
    QTemporaryDir repo;
    QVERIFY(repo.isValid());
    Testing::MonorepoSpec spec;
    spec.packages = 40;
    spec.sharedDependencies = 24;
    spec.dependenciesPerPackage = 8;
    const Testing::MonorepoTruth truth = Testing::writeMonorepo(repo.path(), spec);
    QVERIFY(!truth.npmMismatched.isEmpty());
    w.showPage(page);
    const Workspace before = doc->workspace();
    const int index = doc->undoStack()->index();
    QSignalSpy finished(page, &FragmentationPage::scanFinished);
    page->scanFolder(repo.path());
    QVERIFY(page->isScanning());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->scanStatus()));
    QVERIFY(!page->isScanning());
    QCOMPARE(doc->undoStack()->index(), index + 1);
    QCOMPARE(doc->undoStack()->count(), index + 1);
    QVERIFY(doc->undoStack()->undoText().contains(QDir::toNativeSeparators(repo.path())));
    QCOMPARE(doc->workspace().services.size(), before.services.size() + size_t(truth.services));
    QCOMPARE(doc->workspace().scans.size(), size_t(1));
    QCOMPARE(doc->workspace().scans[0].root, QDir(repo.path()).absolutePath());
    QCOMPARE(doc->workspace().scans[0].errors, int(truth.malformed.size()));
    QVERIFY2(page->scanStatus().contains(QStringLiteral("%1 manifests").arg(truth.manifests)), qPrintable(page->scanStatus()));
    // The cards show the merged workspace's metrics (kept from the merge, not computed again).
    const FragmentationResult scanned = Fragmentation::analyse(doc->workspace());
    QTRY_COMPARE(page->metricValue(FragmentationMetric::VersionDrift),
                 Fragmentation::describeDistance(*scanned.metric(FragmentationMetric::VersionDrift).value));
    QCOMPARE(page->metricLevel(FragmentationMetric::VersionDrift), Fragmentation::levelLabel(scanned.metric(FragmentationMetric::VersionDrift).level));
    QVERIFY(page->metricValue(FragmentationMetric::VersionDrift) != QStringLiteral("1 minor"));
    QVERIFY(page->scanStatus().contains(QStringLiteral("one undo step")));
    QTRY_COMPARE(page->scanHistory()->rowCount(), 1);
    QCOMPARE(page->scanHistory()->item(0, 9)->text(), doc->workspace().scans[0].root);
    QCOMPARE(page->scanHistory()->item(0, 1)->text(), QStringLiteral("first scan"));
    QListWidget *errors = page->scanErrors();
    QCOMPARE(errors->count(), int(truth.malformed.size()));
    for (const QString &file : truth.malformed)
        QVERIFY2(!errors->findItems(file + u':', Qt::MatchStartsWith).isEmpty(), qPrintable(file));

    page->setEcosystemFilter(int(Ecosystem::Npm));
    page->setMismatchedOnly(true);
    QSet<QString> expected = truth.npmMismatched;
    expected.insert(QStringLiteral("lodash")); // the sample's own
    const auto listedSet = [&] {
        const QStringList names = mismatchNames(model);
        return QSet<QString>(names.begin(), names.end());
    };
    QTRY_COMPARE(listedSet(), expected);
    // Worst drift first; every row that drifts says so in the metric's terms.
    const QStringList listed = mismatchNames(model);
    QVERIFY(!model->index(0, 2).data().toString().isEmpty());
    QVERIFY(model->index(0, 2).data().toString().endsWith(QStringLiteral("major")));
    page->setMismatchedOnly(false);
    QVERIFY(model->rowCount() > listed.size());
    // A scanned package by its id: only the dependencies it uses.
    page->setServiceFilter(QStringLiteral("packages-pkg-7"));
    QVERIFY2(model->rowCount() > 0 && model->rowCount() <= spec.dependenciesPerPackage + 1, /* and typescript */ qPrintable(mismatchNames(model).join(u' ')));
    page->setServiceFilter(QString());
    QVERIFY(page->driftChart()->series().size() == 1);
    QVERIFY2(page->graphNote().contains(QStringLiteral("furthest behind")), qPrintable(page->graphNote()));

    // A second scan of the same folder: a second record, compared with the first.
    page->scanFolder(repo.path());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 30000);
    QVERIFY(finished.at(1).at(0).toBool());
    QCOMPARE(doc->workspace().scans.size(), size_t(2));
    QCOMPARE(doc->workspace().services.size(), before.services.size() + size_t(truth.services)); // updated, not added again
    QTRY_COMPARE(page->scanHistory()->rowCount(), 2);
    QCOMPARE(page->scanHistory()->item(0, 1)->text(), QStringLiteral("no change"));
    QVERIFY2(page->scanComparison().contains(QStringLiteral("no change")), qPrintable(page->scanComparison()));

    // Undo takes each scan away as one step.
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(doc->workspace() == before);
    QTRY_COMPARE(mismatchNames(model), QStringList{QStringLiteral("lodash")});
    QCOMPARE(page->scanHistory()->rowCount(), 0);
    // Issue 17: the undone scan's errors, workspaces and status line go with it.
    QTRY_COMPARE(page->scanErrors()->count(), 0);
    QCOMPARE(page->scanMembership()->count(), 0);
    QVERIFY2(page->scanStatus().contains(QStringLiteral("was undone")), qPrintable(page->scanStatus()));
    // Redone, they are back.
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    QTRY_COMPARE(page->scanErrors()->count(), int(truth.malformed.size()));
    QVERIFY(page->scanMembership()->count() > 0);
    QVERIFY2(page->scanStatus().contains(QStringLiteral("%1 manifests").arg(truth.manifests)), qPrintable(page->scanStatus()));
}

void TestGui::fragmentationScanCancelStoresNothing()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(w.openSample());
    Document *doc = w.document();
    auto *page = w.findChild<FragmentationPage *>();
    w.showPage(page);
    QTemporaryDir repo;
    Testing::MonorepoSpec spec;
    spec.packages = 300;
    Testing::writeMonorepo(repo.path(), spec);
    const Workspace before = doc->workspace();
    QSignalSpy finished(page, &FragmentationPage::scanFinished);
    page->scanFolder(repo.path());
    QVERIFY(page->isScanning());
    auto *cancel = page->findChild<QPushButton *>(QStringLiteral("cancelScanButton"));
    QVERIFY(cancel && cancel->isVisible());
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(page->scanStatus().contains(QStringLiteral("cancelled")) && page->scanStatus().contains(QStringLiteral("nothing was stored")),
             qPrintable(page->scanStatus()));
    QVERIFY(doc->workspace() == before);
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!cancel->isVisible());

    // Read-only: nothing to store into, nothing scanned.
    doc->setReadOnly(true);
    page->scanFolder(repo.path());
    QCOMPARE(finished.count(), 2);
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY(page->scanStatus().contains(QStringLiteral("read-only")));
    QVERIFY(doc->workspace() == before);
}

void TestGui::fragmentationDashboardAnalysesInTheBackground()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(w.openSample());
    Document *doc = w.document();
    auto *page = w.findChild<FragmentationPage *>();
    // As a workspace of 120 000 dependencies is: analysed on a worker, not on the GUI thread.
    w.analysis()->setFragmentationBackgroundFrom(0);
    w.showPage(page);
    QCOMPARE(page->metricValue(FragmentationMetric::VersionDrift), QStringLiteral("…")); // the worker's result comes through the event loop
    QTRY_COMPARE(page->metricValue(FragmentationMetric::VersionDrift), QStringLiteral("1 minor"));
    QCOMPARE(page->metricValue(FragmentationMetric::ProtocolConsistency), QStringLiteral("40.0 %"));
    QCOMPARE(page->metricLevel(FragmentationMetric::PeerDependencyHygiene), QStringLiteral("Severe"));
    QCOMPARE(mismatchNames(page->mismatchModel()), QStringList{QStringLiteral("lodash")});

    // Sub-app A takes the host's lodash: no drift left, once the worker is done.
    int row = -1;
    for (size_t i = 0; i < doc->workspace().dependencies.size(); ++i) {
        const Dependency &d = doc->workspace().dependencies[i];
        if (d.service == u"sub-app-a" && d.name == u"lodash")
            row = int(i);
    }
    QVERIFY(row >= 0);
    const TableSchema &schema = Schema::table(TableId::Dependencies);
    doc->undoStack()->beginMacro(QStringLiteral("lodash 4.18.0"));
    QVERIFY(doc->setValue(TableId::Dependencies, row, schema.fieldIndex(u"version"), QStringLiteral("4.18.0")));
    QVERIFY(doc->setValue(TableId::Dependencies, row, schema.fieldIndex(u"resolved"), QStringLiteral("4.18.0")));
    doc->undoStack()->endMacro();
    QTRY_COMPARE(page->metricValue(FragmentationMetric::VersionDrift), QStringLiteral("none"));
    QCOMPARE(page->metricLevel(FragmentationMetric::VersionDrift), QStringLiteral("Healthy"));
    QCOMPARE(page->mismatchModel()->rowCount(), 0);
    doc->undoStack()->undo();
    QTRY_COMPARE(page->metricValue(FragmentationMetric::VersionDrift), QStringLiteral("1 minor"));
}

namespace {

/// A board of \a candidates × \a criteria with names as long as real ones.
Workspace longNamedBoard(int candidates, int criteria)
{
    return Testing::longNamedBoard(candidates, criteria, 17);
}

QString plain(const QString &richText)
{
    return QTextDocumentFragment::fromHtml(richText).toPlainText();
}

/// The text QtCharts draws in \a chart's scene: axis labels, legend entries, the title.
QList<QGraphicsTextItem *> drawnTexts(QChart *chart)
{
    QList<QGraphicsTextItem *> out;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && !text->toPlainText().isEmpty() && chart->isAncestorOf(text))
            out << text;
    }
    return out;
}

/// Empty when every category label of \a chart is drawn in full, none on top of another and
/// inside the chart, and no drawn text (legend, title) is cut to "…" or pushed out of the chart.
QString labelProblems(QChart *chart)
{
    const QList<QGraphicsTextItem *> texts = drawnTexts(chart);
    const QRectF inside = chart->geometry().adjusted(-1, -1, 1, 1);
    for (QGraphicsTextItem *text : texts) {
        if (text->toPlainText().contains(QChar(0x2026)))
            return QStringLiteral("cut to “…”: %1").arg(text->toPlainText());
        if (!inside.contains(text->sceneBoundingRect()) && chart->legend()->isAncestorOf(text))
            return QStringLiteral("legend entry outside the chart: %1").arg(text->toPlainText());
    }
    for (QAbstractAxis *axis : chart->axes()) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories)
            continue;
        std::vector<QRectF> rects;
        for (const QString &category : categories->categories()) {
            const auto drawn = std::find_if(texts.begin(), texts.end(), [&](QGraphicsTextItem *t) { return t->toPlainText() == plain(category); });
            if (drawn == texts.end())
                return QStringLiteral("category not drawn in full: %1").arg(plain(category));
            if (!inside.contains((*drawn)->sceneBoundingRect()))
                return QStringLiteral("category outside the chart: %1").arg(plain(category));
            rects.push_back((*drawn)->sceneBoundingRect());
        }
        // Rows, one line each: their centres at least a line of text apart.
        const double line = QFontMetricsF(categories->labelsFont()).height();
        std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.center().y() < b.center().y(); });
        for (size_t i = 1; i < rects.size(); ++i) {
            if (rects[i].center().y() - rects[i - 1].center().y() < line * 0.95)
                return QStringLiteral("category labels overlap: %1 px apart, a line is %2 px").arg(rects[i].center().y() - rects[i - 1].center().y()).arg(line);
        }
    }
    return {};
}

} // namespace

void TestGui::selectionChartsShowFullLabels_data()
{
    QTest::addColumn<int>("candidates");
    QTest::addColumn<int>("criteria");
    QTest::newRow("6 × 16") << 6 << 16;
    QTest::newRow("12 × 16") << 12 << 16;
}

void TestGui::selectionChartsShowFullLabels()
{
    // The user test's window: 1600 × 1000, names as long as a board writes them.
    QFETCH(int, candidates);
    QFETCH(int, criteria);
    const QString path = m_dir.filePath(QStringLiteral("long-names-%1.archboard").arg(candidates));
    QString error;
    const Workspace board = longNamedBoard(candidates, criteria);
    QVERIFY2(WorkspaceFile::save(board, path, &error), qPrintable(error));
    MainWindow w;
    w.setInteractive(false);
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(path));
    SelectionPage *page = w.selectionPage();
    w.showPage(page);
    page->setTier(board.tiers.front().id);
    const TierResult tier = Selection::compute(w.document()->workspace()).tiers.front();
    QCOMPARE(int(tier.ranking.size()), candidates);
    QCOMPARE(int(tier.criteria.size()), criteria);
    const QList<QChartView *> views = page->findChildren<QChartView *>();
    for (int tab = 0; tab < 3; ++tab) {
        page->tabs()->setCurrentIndex(tab);
        auto *view = qobject_cast<QChartView *>(page->tabs()->currentWidget());
        QVERIFY(view);
        QTRY_VERIFY(!view->chart()->series().isEmpty());
        QApplication::processEvents();
        QChart *chart = view->chart();
        const QString problems = labelProblems(chart);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("tab %1: %2").arg(tab).arg(problems)));
        // The names themselves, in full, on the axis (ranking: candidates; sensitivity: criteria)
        // or around the radar (criteria).
        QStringList drawn;
        for (QGraphicsTextItem *text : drawnTexts(chart))
            drawn << text->toPlainText().replace(QChar::LineSeparator, u' ').replace(u'\n', u' '); // a wrapped name
        const QString all = drawn.join(u'\n');
        if (tab == 0) {
            for (const Candidate &c : board.candidates)
                QVERIFY2(all.contains(c.name), qPrintable(c.name));
        } else {
            // The radar shows the twelve heaviest criteria, the sensitivity chart all of them.
            int shown = 0;
            for (const Criterion &c : board.criteria)
                shown += all.contains(c.name);
            QCOMPARE(shown, tab == 1 ? std::min(criteria, ChartStyle::kMaxSeries) : criteria);
        }
    }
    QVERIFY(views.size() >= 3);
}

void TestGui::selectionChartsGroupTheOverflow()
{
    // 30 candidates × 30 criteria: 12 criteria segments and "Other (18 more)", said in the title.
    const Workspace board = longNamedBoard(30, 30);
    const Document doc(std::make_unique<Workspace>(board));
    const SelectionResult result = Selection::compute(board);
    const TierResult &tier = result.tiers.front();
    QCOMPARE(int(tier.criteria.size()), 30);
    QChart ranking;
    SelectionCharts::fillRanking(&ranking, doc, tier);
    auto *bars = qobject_cast<QAbstractBarSeries *>(ranking.series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 13);
    QBarSet *other = bars->barSets().last();
    QCOMPARE(other->label(), QStringLiteral("Other (18 more)"));
    QCOMPARE(other->color(), ChartStyle::otherColour());
    QVERIFY2(ranking.title().contains(QStringLiteral("the 12 heaviest of 30 criteria, the other 18 grouped as “Other (18 more)”")), qPrintable(ranking.title()));
    // The grouped segment is what the 18 lighter criteria add up to: every bar still sums to the score.
    for (int row = 0; row < other->count(); ++row) {
        double sum = 0;
        for (QBarSet *set : bars->barSets())
            sum += set->at(row);
        const CandidateScore &score = tier.ranking[tier.ranking.size() - 1 - size_t(row)];
        QVERIFY(std::abs(sum - score.score * 100.0) < 1e-6);
    }
    // Twelve colours, none repeated, none the grey of "Other".
    QList<QColor> colours;
    for (QBarSet *set : bars->barSets().mid(0, 12)) {
        QVERIFY2(!colours.contains(set->color()), qPrintable(set->label()));
        QVERIFY(set->color() != ChartStyle::otherColour());
        colours << set->color();
    }

    // The radar: the 12 best-ranked candidates in colour, the other 18 in grey under one legend entry.
    QChartView profilesView(new QPolarChart);
    profilesView.resize(1200, 600);
    profilesView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&profilesView));
    QChart &profiles = *profilesView.chart();
    SelectionCharts::fillProfiles(&profiles, doc, result.matrix, tier);
    QVERIFY2(profiles.title().contains(QStringLiteral("the 12 best-ranked of 30 candidates in colour, the other 18 in grey as “Other (18 more)”")),
             qPrintable(profiles.title()));
    QStringList legend;
    QList<QColor> lineColours;
    QTest::qWait(50); // the legend lays its entries out when the view paints
    for (QLegendMarker *marker : profiles.legend()->markers()) {
        if (marker->isVisible())
            legend << marker->label();
    }
    for (QAbstractSeries *series : profiles.series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(line);
        if (line->name() != QStringLiteral("Other (18 more)")) {
            QVERIFY2(!lineColours.contains(line->color()), qPrintable(line->name()));
            lineColours << line->color();
        } else {
            QCOMPARE(line->color(), ChartStyle::otherColour());
        }
    }
    QCOMPARE(lineColours.size(), 12);
    QCOMPARE(legend.size(), 13);
    QCOMPARE(legend.count(QStringLiteral("Other (18 more)")), 1);

    // The sensitivity chart: 16 rows and one for the other 14.
    QChart sensitivity;
    SelectionCharts::fillSensitivity(&sensitivity, doc, tier, 7.5);
    auto *axis = qobject_cast<QBarCategoryAxis *>(sensitivity.axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->count(), 17);
    QVERIFY(axis->categories().first().startsWith(QStringLiteral("Other (14 more)")));
    QVERIFY2(sensitivity.title().contains(QStringLiteral("the 16 criteria nearest to a change of 30, the other 14 grouped as “Other (14 more)”")), qPrintable(sensitivity.title()));
}

void TestGui::selectionChartMarksHaveTooltips()
{
    // Every bar and point says what it is, its value and what it means, when hovered.
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    const Document &doc = *w.document();
    const SelectionResult result = Selection::compute(doc.workspace());
    const TierResult &tier = result.tiers.front();
    QVERIFY(tier.ranking.size() >= 3);
    auto hover = [](QBarSet *set, int index) {
        emit set->hovered(true, index);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };

    QChartView ranking(new QChart);
    ranking.resize(1000, 500);
    SelectionCharts::fillRanking(ranking.chart(), doc, tier);
    auto *bars = qobject_cast<QAbstractBarSeries *>(ranking.chart()->series().value(0));
    QVERIFY(bars);
    for (QBarSet *set : bars->barSets()) {
        for (int row = 0; row < set->count(); ++row) {
            const CandidateScore &score = tier.ranking[tier.ranking.size() - 1 - size_t(row)];
            const QString tip = SelectionCharts::tooltip(set, row);
            QVERIFY2(tip.contains(doc.referenceName(TableId::Candidates, score.candidate).toHtmlEscaped()), qPrintable(tip));
            QVERIFY2(tip.contains(set->label()), qPrintable(tip));
            QVERIFY2(tip.contains(TableModel::formatNumber(set->at(row), 1) + QStringLiteral(" of its ")), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("points (the weighted score, 0–100)")), qPrintable(tip));
        }
        QCOMPARE(hover(set, 0), SelectionCharts::tooltip(set, 0));
    }

    QChartView sensitivity(new QChart);
    sensitivity.resize(1000, 500);
    SelectionCharts::fillSensitivity(sensitivity.chart(), doc, tier, doc.workspace().info.fragileThresholdPp);
    bars = qobject_cast<QAbstractBarSeries *>(sensitivity.chart()->series().value(0));
    QVERIFY(bars);
    for (QBarSet *set : bars->barSets()) {
        QCOMPARE(set->count(), qsizetype(tier.sensitivity.size()));
        for (int row = 0; row < set->count(); ++row) {
            const SensitivityItem &item = tier.sensitivity[tier.sensitivity.size() - 1 - size_t(row)];
            const QString tip = SelectionCharts::tooltip(set, row);
            QVERIFY2(tip.contains(doc.referenceName(TableId::Criteria, item.criterion).toHtmlEscaped()), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("Its share of the weight now: %1 %").arg(TableModel::formatNumber(item.weightPct, 1))), qPrintable(tip));
            if (item.flipAtPct)
                QVERIFY2(tip.contains(QStringLiteral("wins instead")) && (tip.contains(QStringLiteral("Fragile")) || tip.contains(QStringLiteral("Safe"))), qPrintable(tip));
            else
                QVERIFY2(tip.contains(QStringLiteral("No share of this criterion changes the winner.")), qPrintable(tip));
        }
        QCOMPARE(hover(set, 0), SelectionCharts::tooltip(set, 0));
    }

    QChartView profiles(new QPolarChart);
    profiles.resize(800, 600);
    SelectionCharts::fillProfiles(profiles.chart(), doc, result.matrix, tier);
    QVERIFY(!profiles.chart()->series().isEmpty());
    for (QAbstractSeries *series : profiles.chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(line);
        QVERIFY(line->pointsVisible());
        for (int i = 0; i < line->count(); ++i) {
            const QString tip = SelectionCharts::tooltip(line, i);
            QVERIFY2(tip.contains(line->name()) && tip.contains(QStringLiteral("Normalised value %1").arg(TableModel::formatNumber(line->at(i).y(), 2))),
                     qPrintable(tip));
        }
        emit line->hovered(line->at(0), true);
        QCOMPARE(QToolTip::isVisible() ? QToolTip::text() : QString(), SelectionCharts::tooltip(line, 0));
    }
}

void TestGui::tcoCumulativeGroupsManyScenarios()
{
    // 30 scenarios: the baseline and 11 more in colour, 18 grey lines under one "Other (18 more)".
    const Workspace sample = Testing::sampleWorkspace();
    const std::optional<TcoInput> in = Tco::input(sample, sample.scenarios.front().id);
    QVERIFY(in);
    std::vector<TcoCharts::ScenarioFigure> figures;
    for (int i = 0; i < 30; ++i) {
        TcoCharts::ScenarioFigure f;
        f.id = QStringLiteral("s%1").arg(i);
        f.name = QStringLiteral("Scenario %1 with a long name for the legend").arg(i);
        f.baseline = i == 20;
        f.result = Tco::compute(*in);
        figures.push_back(f);
    }
    QChartView view(new QChart);
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TcoCharts::fillCumulative(view.chart(), figures);
    QVERIFY2(view.chart()->title().contains(QStringLiteral("12 of 30 scenarios in colour, the other 18 in grey as “Other (18 more)”")),
             qPrintable(view.chart()->title()));
    QStringList legend;
    QTest::qWait(50); // the legend lays its entries out when the view paints
    for (QLegendMarker *marker : view.chart()->legend()->markers()) {
        if (marker->isVisible())
            legend << marker->label();
    }
    QCOMPARE(legend.size(), 13);
    QVERIFY(legend.contains(QStringLiteral("Scenario 20 with a long name for the legend (baseline)")));
    QCOMPARE(legend.count(QStringLiteral("Other (18 more)")), 1);
    QList<QColor> colours;
    for (QAbstractSeries *series : view.chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line->name() == QStringLiteral("Other (18 more)")) {
            QCOMPARE(line->color(), ChartStyle::otherColour());
            QVERIFY(!TcoCharts::tooltip(line, 0).isEmpty()); // a grey line still says which scenario it is
            continue;
        }
        QVERIFY2(!colours.contains(line->color()), qPrintable(line->name()));
        colours << line->color();
    }
    QCOMPARE(colours.size(), 12);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
