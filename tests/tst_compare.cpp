// File → Compare With… (a file, a git revision of the open file) in the
// Compare dock with navigation to the element; the TCO page's pairwise
// comparison of any two scenarios and a what-if kept as a new scenario.
#include "comparedock.h"
#include "document.h"
#include "mainwindow.h"
#include "sample.h"
#include "scenariocomparison.h"
#include "tablepage.h"
#include "tcocomparison.h"
#include "tcopage.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ArchBoard;

namespace {

/// The first item (depth first) whose text starts with \a prefix.
QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &prefix)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0).startsWith(prefix))
            return *it;
    }
    return nullptr;
}

int runGit(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    for (const char *k : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
        env.insert(QLatin1StringView(k), QStringLiteral("Board"));
    for (const char *k : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        env.insert(QLatin1StringView(k), QStringLiteral("board@example.org"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    p.waitForFinished(60000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int weightRow(const Workspace &ws, const char *tier, const char *criterion)
{
    for (size_t i = 0; i < ws.tierWeights.size(); ++i) {
        if (ws.tierWeights[i].tier == QLatin1StringView(tier) && ws.tierWeights[i].criterion == QLatin1StringView(criterion))
            return int(i);
    }
    return -1;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compareWithFileAndNavigate();
    void compareWithGitRevision();
    void pairwiseScenarios();
    void whatIfKeptAsNewScenario();

private:
    QString writeSample(const QString &name);
    QTemporaryDir m_dir;
};

void TestCompare::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestCompare::writeSample(const QString &name)
{
    InputError error;
    std::unique_ptr<Workspace> ws = Sample::load(&error);
    const QString path = m_dir.filePath(name);
    QString saveError;
    if (!ws || !WorkspaceFile::save(*ws, path, &saveError))
        qFatal("cannot write the sample: %s", qPrintable(saveError));
    return path;
}

void TestCompare::compareWithFileAndNavigate()
{
    const QString other = writeSample(QStringLiteral("other.archboard.yaml"));
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(writeSample(QStringLiteral("open.archboard"))));
    Document *doc = w.document();
    const TableSchema &weights = Schema::table(TableId::TierWeights);
    const int row = weightRow(doc->workspace(), "tier-9999", "delivery-speed");
    QVERIFY(doc->setValue(TableId::TierWeights, row, weights.fieldIndex(u"weight"), 30.0));
    const TableSchema &thresholds = Schema::table(TableId::TierThresholds);
    QVERIFY(doc->setValue(TableId::TierThresholds, 0, thresholds.fieldIndex(u"value"), 100.0));

    CompareDock *dock = w.compareDock();
    QVERIFY(dock);
    QSignalSpy done(dock, &CompareDock::finished);
    dock->show();
    dock->compareWith(other, QStringLiteral("other.archboard.yaml"));
    QVERIFY(done.wait(60000));
    QVERIFY(dock->comparison());
    QCOMPARE(dock->comparison()->model.changes.size(), size_t(2));
    QVERIFY2(dock->summaryText().contains(QStringLiteral("winner changed in 1 tier")), qPrintable(dock->summaryText()));
    QTreeWidgetItem *change = findItem(dock->tree(), QStringLiteral("~ tier_weights[tier-9999 / delivery-speed].weight: 1 → 30"));
    QVERIFY(change);
    QVERIFY(findItem(dock->tree(), QStringLiteral("Availability ≥ 99.99 % (real-time critical): winner Rust → TypeScript")));

    // Activating the change selects the weight on the SLA tiers page, as the Problems panel does.
    emit dock->tree()->itemActivated(change, 0);
    TablePage *page = w.currentPage();
    QVERIFY(page && page->shows(TableId::TierWeights));
    QTRY_COMPARE(page->section(TableId::TierWeights)->currentSourceRow(), row);
    // A consequence goes to its element too: the scenario, the tier.
    QTreeWidgetItem *tier = findItem(dock->tree(), QStringLiteral("Availability"));
    emit dock->tree()->itemActivated(tier, 0);
    QCOMPARE(w.currentPage()->spec().master, TableId::Tiers);

    // After another edit, Compare Again sees it.
    QVERIFY(doc->setValue(TableId::Contexts, 0, Schema::table(TableId::Contexts).fieldIndex(u"team"), QStringLiteral("Core team")));
    dock->refresh();
    QVERIFY(done.wait(60000));
    QCOMPARE(dock->comparison()->model.changes.size(), size_t(3));
    QVERIFY(findItem(dock->tree(), QStringLiteral("~ contexts[orders].team: (empty) → Core team")));

    // A file that is not a workspace: the reason, no crash.
    QFile junk(m_dir.filePath(QStringLiteral("junk.archboard.yaml")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("archboard: 4\nworkspace: [\n");
    junk.close();
    dock->compareWith(junk.fileName(), QStringLiteral("junk"));
    QVERIFY(done.wait(60000));
    QVERIFY(!dock->comparison());
    QVERIFY2(dock->summaryText().startsWith(QStringLiteral("Cannot compare: ")) && dock->summaryText().contains(QStringLiteral("junk.archboard.yaml:")),
             qPrintable(dock->summaryText()));
}

void TestCompare::compareWithGitRevision()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QFAIL("git is not installed (scripts/setup.sh installs it)");
    QTemporaryDir repo;
    const QString path = repo.filePath(QStringLiteral("board.archboard.yaml"));
    QVERIFY(QFile::copy(writeSample(QStringLiteral("git-sample.archboard.yaml")), path));
    QCOMPARE(runGit(repo.path(), {QStringLiteral("init"), QStringLiteral("-q")}), 0);
    QCOMPARE(runGit(repo.path(), {QStringLiteral("add"), QStringLiteral("board.archboard.yaml")}), 0);
    QCOMPARE(runGit(repo.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("board")}), 0);

    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(path));
    // The dialog offers the commits of the open file.
    {
        CompareSourceDialog dialog(path, &w);
        auto *revisions = dialog.findChild<QListWidget *>(QStringLiteral("compareRevisions"));
        QVERIFY(revisions);
        QCOMPARE(revisions->count(), 1);
        QVERIFY(revisions->item(0)->text().contains(QStringLiteral("board")));
    }
    Document *doc = w.document();
    QVERIFY(doc->setValue(TableId::Scenarios, 0, Schema::table(TableId::Scenarios).fieldIndex(u"memory_mb"), 2048));
    QVERIFY(w.save());
    CompareDock *dock = w.compareDock();
    QSignalSpy done(dock, &CompareDock::finished);
    dock->compareWith(QStringLiteral("git:HEAD:") + path, QStringLiteral("HEAD:board.archboard.yaml"));
    QVERIFY(done.wait(60000));
    QVERIFY2(dock->comparison(), qPrintable(dock->summaryText()));
    QVERIFY(findItem(dock->tree(), QStringLiteral("~ scenarios[seed-baseline].memory_mb: 512 MB → 2,048 MB"))
            || findItem(dock->tree(), QStringLiteral("~ scenarios[seed-baseline].memory_mb: 512 MB → 2048 MB")));
    QVERIFY(findItem(dock->tree(), QStringLiteral("TCO")));
    // A file git does not track: the dialog says so and offers files only.
    CompareSourceDialog untracked(writeSample(QStringLiteral("untracked.archboard.yaml")), &w);
    QVERIFY(untracked.findChild<QListWidget *>(QStringLiteral("compareRevisions"))->item(0)->text().contains(QStringLiteral("does not track")));
}

void TestCompare::pairwiseScenarios()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    auto *page = w.findChild<TcoPage *>();
    w.showPage(page);
    ScenarioComparison *pairwise = page->pairwise();
    page->tabs()->setCurrentWidget(pairwise);
    const Workspace &ws = w.document()->workspace();
    QVERIFY(ws.scenarios.size() >= 3);
    QTRY_VERIFY(pairwise->comparison().has_value());
    // Any two, not only against the baseline: the second and the third scenario.
    pairwise->scenarioA()->setCurrentIndex(1);
    emit pairwise->scenarioA()->activated(1);
    pairwise->scenarioB()->setCurrentIndex(2);
    emit pairwise->scenarioB()->activated(2);
    QTRY_COMPARE(pairwise->comparison()->scenarioA, ws.scenarios[1].id);
    QCOMPARE(pairwise->comparison()->scenarioB, ws.scenarios[2].id);
    const TcoResult a = Tco::compute(*Tco::input(ws, ws.scenarios[1].id));
    const TcoResult b = Tco::compute(*Tco::input(ws, ws.scenarios[2].id));
    QCOMPARE(pairwise->comparison()->annualA, a.totalAnnualUsd);
    QCOMPARE(pairwise->comparison()->annualB, b.totalAnnualUsd);
    QTableWidget *table = pairwise->table();
    QCOMPARE(table->item(0, 2)->text(), Tco::usd(a.totalAnnualUsd));
    QCOMPARE(table->item(0, 3)->text(), Tco::usd(b.totalAnnualUsd));
    QCOMPARE(table->rowCount(), 2 + int(pairwise->comparison()->lines.size()));
    // The lines are named as the cost model's table, the CLI and the CSV name them.
    const QStringList names = Tco::lineNames();
    for (int row = 0; row < int(Tco::costLines().size()); ++row)
        QCOMPARE(table->item(2 + row, 1)->text(), names.at(row));
    // The pair stays while the model changes.
    QVERIFY(w.document()->setValue(TableId::Scenarios, 2, Schema::table(TableId::Scenarios).fieldIndex(u"memory_mb"), 1024));
    QTRY_VERIFY(pairwise->comparison()->annualB != b.totalAnnualUsd);
    QCOMPARE(pairwise->comparison()->scenarioA, ws.scenarios[1].id);
}

void TestCompare::whatIfKeptAsNewScenario()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    auto *page = w.findChild<TcoPage *>();
    w.showPage(page);
    Document *doc = w.document();
    const Workspace saved = doc->workspace();
    const int steps = doc->undoStack()->count();
    auto *whatIf = page->findChild<QPushButton *>(QStringLiteral("whatIfButton"));
    auto *keepNew = page->findChild<QPushButton *>(QStringLiteral("keepAsNewButton"));
    QVERIFY(whatIf && keepNew);
    QVERIFY(!keepNew->isVisible());
    whatIf->click();
    QVERIFY(keepNew->isVisible());
    QVERIFY(!keepNew->isEnabled()); // nothing to keep yet
    page->slider(QStringLiteral("functions.python"))->setValue(80);
    page->slider(QStringLiteral("memory_mb"))->setValue(page->slider(QStringLiteral("memory_mb"))->value() + 24); // 512 → 1024 MB
    QTRY_VERIFY(keepNew->isEnabled());
    const QMap<QString, double> overrides = page->overrides();
    QCOMPARE(overrides.value(QStringLiteral("functions.python")), 80.0);
    const double whatIfTotal = page->result().totalAnnualUsd;
    QVERIFY(doc->workspace() == saved); // what-if never writes

    keepNew->click();
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->workspace().scenarios.size(), saved.scenarios.size() + 1);
    const TcoScenario &added = doc->workspace().scenarios[1];
    QCOMPARE(added.name, saved.scenarios[0].name + QStringLiteral(" (what-if)"));
    QCOMPARE(added.memoryMb, int(overrides.value(QStringLiteral("memory_mb"))));
    QVERIFY(!added.baseline);
    QCOMPARE(page->scenario(), added.id);
    QVERIFY(!page->isWhatIf());
    QCOMPARE(page->result().totalAnnualUsd, whatIfTotal); // the new scenario is what the what-if showed
    // The original is as saved; the copy has its own functions with the value.
    QVERIFY(doc->workspace().scenarios[0] == saved.scenarios[0]);
    int python = -1;
    for (const ScenarioFunctions &f : doc->workspace().scenarioFunctions) {
        if (f.scenario == added.id && f.language == u"python")
            python = f.functions;
    }
    QCOMPARE(python, 80);
    QCOMPARE(Tco::compute(*Tco::input(doc->workspace(), added.id)).totalAnnualUsd, whatIfTotal);
    // One undo step takes it all back.
    doc->undoStack()->undo();
    QVERIFY(doc->workspace() == saved);
    doc->undoStack()->redo();
    QCOMPARE(doc->workspace().scenarios.size(), saved.scenarios.size() + 1);
}

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
