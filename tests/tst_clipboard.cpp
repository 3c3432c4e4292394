// Ranges to and from spreadsheets (issue 17, point 7): a board keeps its
// measurements and scores in a spreadsheet and pastes them in; it copies a
// range out to discuss it. Tab-separated rows as LibreOffice Calc and Excel
// put them on the clipboard, one undo step per paste, refusals named.
#include "document.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "selectionpage.h"
#include "tableclipboard.h"
#include "tablepage.h"
#include "translations.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ArchBoard;

class TestClipboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en")); // "1 cell", "3 cells", as the app says them
    }
    void parseSpreadsheetText_data();
    void parseSpreadsheetText();
    void copyQuotesWhatNeedsIt();
    void pasteMeasurementsIntoMatrix();
    void pasteAndCopyScores();
    void pasteIntoTableBeyondLastRow();

private:
    static void paste(QTableView *view, const QString &text)
    {
        QApplication::clipboard()->setText(text);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    }
};

void TestClipboard::parseSpreadsheetText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("one cell") << QStringLiteral("42") << QList<QStringList>{{QStringLiteral("42")}};
    QTest::newRow("calc rows") << QStringLiteral("1\t2\n3\t4\n") << QList<QStringList>{{"1", "2"}, {"3", "4"}};
    QTest::newRow("excel crlf") << QStringLiteral("1\t2\r\n3\t4\r\n") << QList<QStringList>{{"1", "2"}, {"3", "4"}};
    QTest::newRow("empty cells kept") << QStringLiteral("\t5\n6\t\n") << QList<QStringList>{{"", "5"}, {"6", ""}};
    QTest::newRow("quoted tab, line break, quote")
        << QStringLiteral("\"a\tb\"\t\"two\nlines\"\t\"he said \"\"hi\"\"\"\n")
        << QList<QStringList>{{"a\tb", "two\nlines", "he said \"hi\""}};
    QTest::newRow("quote inside a cell is text") << QStringLiteral("5\" screen\t1\n") << QList<QStringList>{{"5\" screen", "1"}};
    QTest::newRow("chinese") << QStringLiteral("冷启动\t生产级\n") << QList<QStringList>{{"冷启动", "生产级"}};
}

void TestClipboard::parseSpreadsheetText()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QCOMPARE(TableClipboard::parse(text), rows);
}

void TestClipboard::copyQuotesWhatNeedsIt()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    Document *doc = w.document();
    const int row = doc->rowOfId(TableId::Candidates, doc->workspace().candidates.front().id);
    QVERIFY(doc->setValue(row, Schema::field(&Candidate::name), QStringLiteral("Tab\there")));
    TablePage *page = w.pageFor(TableId::Candidates);
    QVERIFY(page);
    QTableView *view = page->section(TableId::Candidates)->view();
    QString name;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (view->model()->index(row, c).data(Qt::EditRole).toString() == u"Tab\there")
            name = TableClipboard::copy(*view->model(), {view->model()->index(row, c)});
    }
    QCOMPARE(name, QStringLiteral("\"Tab\there\"\n"));
    // What is copied pastes back to the same value.
    QCOMPARE(TableClipboard::parse(name), QList<QStringList>{{QStringLiteral("Tab\there")}});
}

void TestClipboard::pasteMeasurementsIntoMatrix()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    w.showPage(w.selectionPage());
    w.selectionPage()->setTier(QStringLiteral("tier-core"));
    QTableView *view = w.selectionPage()->matrixView();
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("Rust"));
    QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsEditable); // cold start, measured
    Document *doc = w.document();
    const int steps = doc->undoStack()->index();
    const int rows = model->rowCount();
    QVERIFY(rows >= 3);

    // A column of cold starts from a spreadsheet: Rust, TypeScript, Java.
    view->setCurrentIndex(model->index(0, 0));
    QSignalSpy said(w.selectionPage(), &SelectionPage::status);
    paste(view, QStringLiteral("1\n40\n900\n"));
    QCOMPARE(doc->undoStack()->index(), steps + 1); // one undo step for the range
    QCOMPARE(model->index(0, 0).data(Qt::EditRole).toDouble(), 1.0);
    QCOMPARE(model->index(1, 0).data(Qt::EditRole).toDouble(), 40.0);
    QCOMPARE(model->index(2, 0).data(Qt::EditRole).toDouble(), 900.0);
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.last().at(0).toString().contains(QStringLiteral("3 cells pasted")), qPrintable(said.last().at(0).toString()));
    doc->undoStack()->undo();
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("—")); // Rust's cold start was missing

    // A value the matrix cannot take is named with its row and column, and nothing changes.
    said.clear();
    view->setCurrentIndex(model->index(0, 0));
    paste(view, QStringLiteral("fast\n"));
    QCOMPARE(doc->undoStack()->index(), steps);
    QVERIFY(!said.isEmpty());
    const QString message = said.last().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("Refused")) && message.contains(QStringLiteral("Rust")) && message.contains(QStringLiteral("fast")),
             qPrintable(message));

    // Beyond the last row: said, not dropped silently.
    said.clear();
    view->setCurrentIndex(model->index(rows - 1, 0));
    paste(view, QStringLiteral("5\n6\n"));
    QCOMPARE(doc->undoStack()->index(), steps + 1);
    QVERIFY2(said.last().at(0).toString().contains(QStringLiteral("beyond the table")), qPrintable(said.last().at(0).toString()));
}

void TestClipboard::pasteAndCopyScores()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    w.showPage(w.workshopPage());
    QTableView *view = w.workshopPage()->view();
    auto *model = qobject_cast<WorkshopModel *>(view->model());
    QVERIFY(model);
    QVERIFY(model->raterCount() >= 2);
    Document *doc = w.document();
    const int steps = doc->undoStack()->count();
    const int first = model->firstRaterColumn();

    // Two raters' scores for the first two rows, straight from a spreadsheet.
    view->setCurrentIndex(model->index(0, first));
    paste(view, QStringLiteral("1\t2\n3\t4\n"));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(model->index(0, first).data(Qt::EditRole).toInt(), 1);
    QCOMPARE(model->index(0, first + 1).data(Qt::EditRole).toInt(), 2);
    QCOMPARE(model->index(1, first).data(Qt::EditRole).toInt(), 3);
    QCOMPARE(model->index(1, first + 1).data(Qt::EditRole).toInt(), 4);

    // The same range copied out again: what a spreadsheet takes back.
    view->selectionModel()->select(QItemSelection(model->index(0, first), model->index(1, first + 1)), QItemSelectionModel::ClearAndSelect);
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("1\t2\n3\t4\n"));

    // One value over a selection fills it, as in a spreadsheet.
    paste(view, QStringLiteral("5"));
    QCOMPARE(doc->undoStack()->count(), steps + 2);
    for (int r = 0; r < 2; ++r) {
        for (int c = first; c < first + 2; ++c)
            QCOMPARE(model->index(r, c).data(Qt::EditRole).toInt(), 5);
    }
    // A score outside 1–5 is refused with its place; the rest of the range lands.
    QSignalSpy said(w.workshopPage(), &WorkshopPage::status);
    view->selectionModel()->clearSelection();
    view->setCurrentIndex(model->index(0, first));
    paste(view, QStringLiteral("2\t9\n"));
    QCOMPARE(model->index(0, first).data(Qt::EditRole).toInt(), 2);
    QCOMPARE(model->index(0, first + 1).data(Qt::EditRole).toInt(), 5);
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.last().at(0).toString().contains(QStringLiteral("“9”")), qPrintable(said.last().at(0).toString()));
    // Empty cells clear scores, as Delete does.
    paste(view, QStringLiteral("\t\n"));
    QCOMPARE(model->index(0, first).data(Qt::EditRole), QVariant());
    QCOMPARE(model->index(0, first + 1).data(Qt::EditRole), QVariant());
}

void TestClipboard::pasteIntoTableBeyondLastRow()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    TablePage *page = w.pageFor(TableId::Candidates);
    QVERIFY(page);
    w.showPage(page);
    QTableView *view = page->section(TableId::Candidates)->view();
    QAbstractItemModel *model = view->model();
    int nameColumn = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->index(0, c).data(Qt::EditRole).toString() == w.document()->workspace().candidates.front().name)
            nameColumn = c;
    }
    QVERIFY(nameColumn >= 0);
    const int last = model->rowCount() - 1;
    const int steps = w.document()->undoStack()->count();
    QSignalSpy said(page, &TablePage::status);
    view->setCurrentIndex(model->index(last, nameColumn));
    paste(view, QStringLiteral("Zig\nOCaml\n"));
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    QCOMPARE(model->index(last, nameColumn).data(Qt::EditRole).toString(), QStringLiteral("Zig"));
    QCOMPARE(model->rowCount(), last + 1); // no row made up
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.last().at(0).toString().contains(QStringLiteral("1 cell fell beyond")), qPrintable(said.last().at(0).toString()));
    // The read-only workspace takes nothing.
    w.document()->undoStack()->undo();
    w.document()->setReadOnly(true);
    paste(view, QStringLiteral("Zig\n"));
    QCOMPARE(model->index(last, nameColumn).data(Qt::EditRole).toString(), w.document()->workspace().candidates.back().name);
    QVERIFY2(said.last().at(0).toString().contains(QStringLiteral("read-only")), qPrintable(said.last().at(0).toString()));
}

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
