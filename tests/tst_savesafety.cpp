// The GUI's saves lose nothing: text typed without leaving the field is in
// the save, the autosave and the close question; a file another program
// changed while it was open is not overwritten without asking.
#include "cliprocess.h"
#include "document.h"
#include "fieldeditor.h"
#include "fullfs.h"
#include "mainwindow.h"
#include "recovery.h"
#include "sample.h"
#include "schema.h"
#include "tablepage.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ArchBoard;
using namespace ArchBoard::Testing;

class TestSaveSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveWhileTypingKeepsTheText();
    void saveWhileEditingACellKeepsTheText();
    void autosaveWhileTypingKeepsTheText();
    void undoKeyInATextBoxUndoesTheLastChange();
    void fullDiskSaveSaysSoAndKeepsTheFile();
    void changeOnDiskIsNotOverwritten();
    void changeOnDiskKeepMineOverwrites();
    void changeOnDiskReloads();

private:
    QString writeSample(const QString &name);
    QTemporaryDir m_dir;
};

void TestSaveSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestSaveSafety::writeSample(const QString &name)
{
    InputError error;
    std::unique_ptr<Workspace> ws = Sample::load(&error);
    const QString path = m_dir.filePath(name);
    QString saveError;
    if (!ws || !WorkspaceFile::save(*ws, path, &saveError))
        qFatal("cannot write the sample: %s", qPrintable(saveError));
    return path;
}

namespace {

LongTextEdit *descriptionEditor(MainWindow &w)
{
    w.showPage(w.pageFor(TableId::Workspace));
    return w.pageFor(TableId::Workspace)->findChild<LongTextEdit *>(QStringLiteral("description"));
}

QString savedDescription(const QString &path)
{
    InputError error;
    std::unique_ptr<Workspace> ws = WorkspaceFile::load(path, &error);
    return ws ? ws->info.description : QStringLiteral("<%1>").arg(error.toString());
}

} // namespace

void TestSaveSafety::saveWhileTypingKeepsTheText()
{
    const QString path = writeSample(QStringLiteral("typing.archboard"));
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openFile(path));
    LongTextEdit *edit = descriptionEditor(w);
    QVERIFY(edit);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("typed, not left"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("second line"));
    // Ctrl+S without leaving the field.
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!w.isWindowModified());
    QCOMPARE(savedDescription(path), QStringLiteral("typed, not left\nsecond line"));
    QVERIFY(edit->hasFocus()); // typing goes on where it was
    QCOMPARE(edit->textCursor().position(), edit->toPlainText().size());
}

void TestSaveSafety::saveWhileEditingACellKeepsTheText()
{
    const QString path = writeSample(QStringLiteral("cell.archboard"));
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openFile(path));
    const int nameField = Schema::table(TableId::Candidates).fieldIndex(u"name");
    w.showElement(TableId::Candidates, 0, nameField);
    QTableView *view = w.currentPage()->section(TableId::Candidates)->view();
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Rust typed"));
    QVERIFY(w.save());
    InputError error;
    std::unique_ptr<Workspace> ws = WorkspaceFile::load(path, &error);
    QVERIFY2(ws, qPrintable(error.toString()));
    QCOMPARE(ws->candidates[0].name, QStringLiteral("Rust typed"));
}

void TestSaveSafety::autosaveWhileTypingKeepsTheText()
{
    const QString path = writeSample(QStringLiteral("autosave.archboard"));
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openFile(path));
    LongTextEdit *edit = descriptionEditor(w);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("only in the editor"));
    QSignalSpy written(w.autosaver(), &Autosaver::written);
    w.autosaver()->saveNow();
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(savedDescription(w.autosaver()->recoveryFile()), QStringLiteral("only in the editor"));
    w.autosaver()->discard();
    w.document()->setClean();
}

void TestSaveSafety::undoKeyInATextBoxUndoesTheLastChange()
{
    // Issue 17: Ctrl+Z in a form's text box did nothing (the toolbar's Undo
    // worked), and Ctrl+Y was not Redo.
    const QString path = writeSample(QStringLiteral("undo-keys.archboard"));
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openFile(path));
    Document *doc = w.document();
    const QString before = doc->workspace().info.name;
    QVERIFY(doc->setValue(0, Schema::field(&WorkspaceInfo::name), QStringLiteral("Renamed board")));
    LongTextEdit *edit = descriptionEditor(w);
    QVERIFY(edit);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    const QString description = edit->toPlainText();
    // Nothing typed in the box: the key undoes the workspace's last change.
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->workspace().info.name, before);
    QTest::keyClick(edit, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(doc->workspace().info.name, QStringLiteral("Renamed board"));
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->workspace().info.name, QStringLiteral("Renamed board")); // nothing left to redo
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->workspace().info.name, before);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->workspace().info.name, QStringLiteral("Renamed board"));
    // Typing in the box: the key undoes the typing, as in any text box, and the workspace stays.
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral(" more"));
    QCOMPARE(edit->toPlainText(), description + QStringLiteral(" more"));
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), description);
    QCOMPARE(doc->workspace().info.name, QStringLiteral("Renamed board"));
    QCOMPARE(doc->workspace().info.description, description);
}

void TestSaveSafety::fullDiskSaveSaysSoAndKeepsTheFile()
{
    FullFileSystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString path = disk.filePath(QStringLiteral("full.archboard"));
    InputError loadError;
    std::unique_ptr<Workspace> ws = Sample::load(&loadError);
    QString error;
    QVERIFY(WorkspaceFile::save(*ws, path, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(path));
    QVERIFY(w.document()->setValue(TableId::Workspace, 0, 0, QStringLiteral("will not fit")));
    QVERIFY(disk.fill());
    QVERIFY(!w.save());
    QVERIFY(w.isWindowModified());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    f.close();
    disk.drain();
    QVERIFY(w.save());
    QCOMPARE(WorkspaceFile::load(path, &loadError)->info.name, QStringLiteral("will not fit"));
}

void TestSaveSafety::changeOnDiskIsNotOverwritten()
{
    const QString path = writeSample(QStringLiteral("external.archboard"));
    MainWindow w;
    w.setInteractive(false);
    w.setExternalChangeAnswer(MainWindow::ExternalChange::Cancel);
    QSignalSpy detected(&w, &MainWindow::externalChangeDetected);
    QVERIFY(w.openFile(path));
    QVERIFY(w.document()->setValue(TableId::Workspace, 0, 0, QStringLiteral("mine")));
    // The CLI refuses while the GUI has the file open, unless forced.
    QCOMPARE(cli({QStringLiteral("decide"), path, QStringLiteral("--tier"), QStringLiteral("tier-9999")}).code, 2);
    QCOMPARE(cli({QStringLiteral("decide"), path, QStringLiteral("--tier"), QStringLiteral("tier-9999"), QStringLiteral("--force")}).code, 0);
    QTRY_VERIFY(detected.count() >= 1); // the watcher saw it
    InputError error;
    const size_t decisions = WorkspaceFile::load(path, &error)->decisions.size();
    QVERIFY(!w.save());
    QCOMPARE(WorkspaceFile::load(path, &error)->decisions.size(), decisions); // the CLI's record is still there
    QVERIFY(w.isWindowModified());
    w.document()->setClean();
}

void TestSaveSafety::changeOnDiskKeepMineOverwrites()
{
    const QString path = writeSample(QStringLiteral("keep.archboard"));
    MainWindow w;
    w.setInteractive(false);
    w.setExternalChangeAnswer(MainWindow::ExternalChange::KeepMine);
    QVERIFY(w.openFile(path));
    QVERIFY(w.document()->setValue(TableId::Workspace, 0, 0, QStringLiteral("mine")));
    QCOMPARE(cli({QStringLiteral("decide"), path, QStringLiteral("--tier"), QStringLiteral("tier-9999"), QStringLiteral("--force")}).code, 0);
    QVERIFY(w.save());
    InputError error;
    QCOMPARE(WorkspaceFile::load(path, &error)->info.name, QStringLiteral("mine"));
}

void TestSaveSafety::changeOnDiskReloads()
{
    const QString path = writeSample(QStringLiteral("reload.archboard"));
    MainWindow w;
    w.setInteractive(false);
    w.setExternalChangeAnswer(MainWindow::ExternalChange::Reload);
    QVERIFY(w.openFile(path));
    const size_t before = w.document()->workspace().decisions.size();
    QCOMPARE(cli({QStringLiteral("decide"), path, QStringLiteral("--tier"), QStringLiteral("tier-9999"), QStringLiteral("--force")}).code, 0);
    QTRY_COMPARE(w.document()->workspace().decisions.size(), before + 1);
    QVERIFY(!w.isWindowModified());
}

QTEST_MAIN(TestSaveSafety)
#include "tst_savesafety.moc"
