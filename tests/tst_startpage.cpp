// A start that guides (issue 17): File → New with the reference data, the start page,
// Help → User Guide in English and Chinese, Help → Keyboard Shortcuts, `archboard-cli new`.
#include "cliprocess.h"
#include "document.h"
#include "fragmentation.h"
#include "mainwindow.h"
#include "referencedata.h"
#include "sample.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "tco.h"
#include "translations.h"
#include "userguide.h"
#include "validation.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace ArchBoard;

namespace {

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

QStringList errorsOf(const Workspace &ws)
{
    QStringList errors;
    for (const ValidationFinding &f : validateWorkspace(ws)) {
        if (f.severity == ValidationFinding::Severity::Error)
            errors << f.path() + QStringLiteral(": ") + f.message;
    }
    return errors;
}

std::unique_ptr<Workspace> sample()
{
    InputError error;
    std::unique_ptr<Workspace> ws = Sample::load(&error);
    if (!ws)
        qFatal("the bundled sample does not load: %s", qPrintable(error.toString()));
    return ws;
}

} // namespace

class TestStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // The reference data (data/workspace/referencedata), no widgets.
    void referenceDataHoldsTheSeedsReferenceAndNoProject();
    void referenceDataValidatesWithoutErrors();
    void referenceDataCostsAScenarioAndRatesMetrics();
    void referenceDataSavesAndReopens_data();
    void referenceDataSavesAndReopens();
    void cliNewWritesTheReferenceData();
    void cliNewRefusesBadArguments_data();
    void cliNewRefusesBadArguments();

    // The window.
    void windowStartsWithoutAValidationError();
    void fileNewGivesTheReferenceData();
    void startPageShownWithoutAFile();
    void startPageNotShownWhenAFileIsOpened();
    void startPageButtonsDoWhatTheySay();
    void startPageIsKeyboardUsable();

    // Help.
    void guideHasAPagePerToolInBothLanguages();
    void guideOpensInTheInterfaceLanguage();
    void shortcutsListTheWindowsActionsAndWorkshopKeys();

private:
    QTemporaryDir m_dir;
};

void TestStartPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchBoardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_startpage"));
    QVERIFY(m_dir.isValid());
}

void TestStartPage::init()
{
    QSettings().remove(QStringLiteral("recentFiles"));
}

void TestStartPage::referenceDataHoldsTheSeedsReferenceAndNoProject()
{
    const std::unique_ptr<Workspace> seed = sample();
    InputError error;
    const std::unique_ptr<Workspace> ws = ReferenceData::newWorkspace(QStringLiteral("Board 2027"), &error);
    QVERIFY2(ws, qPrintable(error.toString()));
    QCOMPARE(ws->info.name, QStringLiteral("Board 2027"));
    QVERIFY(!ReferenceData::newWorkspace()->info.name.isEmpty());

    // Prices with their source and date, as the sample has them.
    QVERIFY(ws->providers.size() >= 4);
    QVERIFY(ws->providers == seed->providers);
    for (const FaasProvider &p : ws->providers) {
        QVERIFY2(p.source.startsWith(QStringLiteral("https://")), qPrintable(p.id));
        QVERIFY2(p.asOf.isValid(), qPrintable(p.id));
        QVERIFY(p.pricePerGbSecond > 0);
    }
    QVERIFY(!ws->languageProfiles.empty());
    QVERIFY(ws->languageProfiles == seed->languageProfiles);
    QCOMPARE(ws->fragmentationThresholds.size(), size_t(4));
    QVERIFY(ws->fragmentationThresholds == seed->fragmentationThresholds);
    QVERIFY(!ws->approvedProtocols.empty());
    QVERIFY(ws->approvedProtocols == seed->approvedProtocols);
    QVERIFY(ws->tiers == seed->tiers);
    QVERIFY(!ws->tierWeights.empty());
    QVERIFY(ws->criteria == seed->criteria);

    // The languages of the profiles are candidates (a profile needs one), off the shortlist.
    QCOMPARE(ws->candidates.size(), ws->languageProfiles.size());
    for (const Candidate &c : ws->candidates) {
        QVERIFY2(!c.shortlisted, qPrintable(c.id));
        QVERIFY(std::any_of(ws->languageProfiles.begin(), ws->languageProfiles.end(),
                            [&](const LanguageProfile &p) { return p.language == c.id; }));
    }
    // None of the sample's project.
    QVERIFY(ws->measurements.empty());
    QVERIFY(ws->raters.empty() && ws->ratings.empty());
    QVERIFY(ws->rules.empty() && ws->ruleConditions.empty());
    QVERIFY(ws->contexts.empty() && ws->relations.empty());
    QVERIFY(ws->scenarios.empty() && ws->scenarioFunctions.empty() && ws->costLines.empty() && ws->tcoRanges.empty());
    QVERIFY(ws->services.empty() && ws->dependencies.empty() && ws->serviceApis.empty() && ws->scans.empty());
    QVERIFY(ws->decisions.empty() && ws->decisionOptions.empty() && ws->decisionLinks.empty() && ws->decisionFigures.empty());
    QVERIFY(ws->radarHistory.empty() && ws->votingRounds.empty() && ws->roundScores.empty());
}

void TestStartPage::referenceDataValidatesWithoutErrors()
{
    const std::unique_ptr<Workspace> ws = ReferenceData::newWorkspace();
    const QStringList errors = errorsOf(*ws);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    // An empty name is what the old File → New start showed as an error; extract() never gives one.
    QVERIFY(!ReferenceData::extract(*sample(), QStringLiteral("   "))->info.name.trimmed().isEmpty());
}

void TestStartPage::referenceDataCostsAScenarioAndRatesMetrics()
{
    std::unique_ptr<Workspace> ws = ReferenceData::newWorkspace();
    // Nothing to cost yet: no scenario.
    QVERIFY(!Tco::input(*ws, QStringLiteral("first")));

    TcoScenario scenario;
    scenario.id = QStringLiteral("first");
    scenario.name = QStringLiteral("First estimate");
    scenario.baseline = true;
    scenario.provider = QStringLiteral("aws-lambda-x86");
    scenario.freeTier = false;
    scenario.memoryMb = 1024;
    scenario.durationMs = 100;
    scenario.invocationsPerMonth = 1'000'000;
    ws->scenarios.push_back(scenario);
    ws->scenarioFunctions.push_back({QStringLiteral("first"), QStringLiteral("rust"), 10});
    QVERIFY(errorsOf(*ws).isEmpty());

    const std::optional<TcoInput> input = Tco::input(*ws, QStringLiteral("first"));
    QVERIFY(input);
    const TcoResult result = Tco::compute(*input);
    // Compute by hand: 10 functions × 10⁶ × 0.1 s × 1 GB × 0.0000166667 USD × 12 months = 20.00 USD a year.
    QCOMPARE(result.languages.size(), size_t(1));
    QVERIFY2(qAbs(result.languages.front().compute.usd - 10 * 1e6 * 0.1 * 1.0 * 0.0000166667 * 12) < 0.01,
             qPrintable(QString::number(result.languages.front().compute.usd)));
    // The Rust profile's factor (1.3) prices the platform overhead: 12 000 × 1.3 × 10 / 50 = 3 120 USD.
    QVERIFY2(qAbs(result.languages.front().platformOverhead.usd - 3120.0) < 0.01,
             qPrintable(QString::number(result.languages.front().platformOverhead.usd)));
    QVERIFY(result.totalAnnualUsd > 3120.0);

    // The thresholds rate a figure without any service in the workspace.
    QCOMPARE(Fragmentation::level(*ws, FragmentationMetric::ProtocolConsistency, 97.0), RiskLevel::Healthy);
    QCOMPARE(Fragmentation::level(*ws, FragmentationMetric::ProtocolConsistency, 68.0), RiskLevel::High);
    QCOMPARE(Fragmentation::level(*ws, FragmentationMetric::VersionDrift, 3.2), RiskLevel::Severe);
}

void TestStartPage::referenceDataSavesAndReopens_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("sqlite") << QStringLiteral("new.archboard");
    QTest::newRow("yaml") << QStringLiteral("new.archboard.yaml");
}

void TestStartPage::referenceDataSavesAndReopens()
{
    QFETCH(QString, file);
    const std::unique_ptr<Workspace> ws = ReferenceData::newWorkspace(QStringLiteral("Saved new"));
    const QString path = m_dir.filePath(file);
    QString why;
    QVERIFY2(WorkspaceFile::save(*ws, path, &why), qPrintable(why));
    InputError error;
    const std::unique_ptr<Workspace> back = WorkspaceFile::load(path, &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QVERIFY(*back == *ws);
}

void TestStartPage::cliNewWritesTheReferenceData()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    const Testing::CliRun help = Testing::cli({QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("new OUT")), qPrintable(help.out));
    for (const QString &name : {QStringLiteral("cli-new.archboard"), QStringLiteral("cli-new.archboard.yaml")}) {
        const QString path = m_dir.filePath(name);
        const Testing::CliRun r = Testing::cli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Estate review")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        InputError error;
        const std::unique_ptr<Workspace> ws = WorkspaceFile::load(path, &error);
        QVERIFY2(ws, qPrintable(error.toString()));
        QVERIFY(*ws == *ReferenceData::newWorkspace(QStringLiteral("Estate review")));
        const Testing::CliRun validate = Testing::cli({QStringLiteral("validate"), path});
        QVERIFY2(validate.code == 0, qPrintable(validate.out + validate.err));
    }
}

void TestStartPage::cliNewRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no OUT") << QStringList{QStringLiteral("new")} << "OUT";
    QTest::newRow("two files") << QStringList{QStringLiteral("new"), QStringLiteral("a.archboard"), QStringLiteral("b.archboard")} << "OUT";
    QTest::newRow("bad suffix") << QStringList{QStringLiteral("new"), QStringLiteral("x.txt")} << ".archboard";
    QTest::newRow("option of another command") << QStringList{QStringLiteral("new"), QStringLiteral("x.archboard"), QStringLiteral("--tier"), QStringLiteral("t")}
                                               << "--tier";
}

void TestStartPage::cliNewRefusesBadArguments()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Testing::CliRun r = Testing::cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.archboard")));
}

void TestStartPage::windowStartsWithoutAValidationError()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.document()->workspace().info.name.isEmpty());
    QVERIFY(!w.document()->workspace().providers.empty());
    QVERIFY(!w.isWindowModified());
    const QStringList errors = errorsOf(w.document()->workspace());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    // The Problems panel after its first run: empty.
    auto *problems = w.findChild<QTreeWidget *>(QStringLiteral("problems"));
    QVERIFY(problems);
    QTest::qWait(600);
    QCOMPARE(problems->topLevelItemCount(), 0);
}

void TestStartPage::fileNewGivesTheReferenceData()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    QVERIFY(!w.document()->workspace().contexts.empty());
    auto *newAction = w.findChild<QAction *>(QStringLiteral("newAction"));
    QVERIFY(newAction);
    QCOMPARE(newAction->shortcut(), QKeySequence(QKeySequence::New));
    newAction->trigger();
    const Workspace &ws = w.document()->workspace();
    QVERIFY(ws.contexts.empty());
    QVERIFY(ws.decisions.empty());
    QVERIFY(!ws.providers.empty());
    QVERIFY(!ws.fragmentationThresholds.empty());
    QVERIFY(!ws.approvedProtocols.empty());
    QVERIFY(!ws.languageProfiles.empty());
    QVERIFY(w.document()->fileName().isEmpty());
    QVERIFY(!w.isWindowModified());
    QVERIFY(errorsOf(ws).isEmpty());
    auto *problems = w.findChild<QTreeWidget *>(QStringLiteral("problems"));
    QTest::qWait(600);
    QCOMPARE(problems->topLevelItemCount(), 0);
}

void TestStartPage::startPageShownWithoutAFile()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(w.isStartPageShown());
    QVERIFY(w.startPage()->isVisible());
    QVERIFY(!w.currentPage());
}

void TestStartPage::startPageNotShownWhenAFileIsOpened()
{
    // As main.cpp does with a file on the command line: show, then open before the event loop runs.
    const QString path = m_dir.filePath(QStringLiteral("given.archboard"));
    QString why;
    QVERIFY2(WorkspaceFile::save(*sample(), path, &why), qPrintable(why));
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openFile(path));
        QTest::qWait(100);
        QVERIFY(!w.isStartPageShown());
        QVERIFY(!w.startPage()->isVisible());
        QVERIFY(w.currentPage()); // the workspace's first page, as before
    }
    { // --sample
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openSample());
        QTest::qWait(100);
        QVERIFY(!w.isStartPageShown());
    }
}

void TestStartPage::startPageButtonsDoWhatTheySay()
{
    const QString path = m_dir.filePath(QStringLiteral("recent.archboard.yaml"));
    QString why;
    QVERIFY2(WorkspaceFile::save(*sample(), path, &why), qPrintable(why));
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{path});

    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(w.isStartPageShown());
    StartPage *page = w.startPage();

    // New from the sample.
    auto *sampleButton = page->findChild<QPushButton *>(QStringLiteral("startNewFromSample"));
    QVERIFY(sampleButton);
    QTest::mouseClick(sampleButton, Qt::LeftButton);
    QCOMPARE(w.document()->workspace().info.name, sample()->info.name);
    QVERIFY(!w.isStartPageShown());
    QVERIFY(w.currentPage());

    // File → Start Page brings it back; New Workspace: the reference data.
    auto *startAction = w.findChild<QAction *>(QStringLiteral("startPageAction"));
    QVERIFY(startAction);
    startAction->trigger();
    QVERIFY(w.isStartPageShown());
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("startNewWorkspace")), Qt::LeftButton);
    QVERIFY(!w.isStartPageShown());
    QVERIFY(w.document()->workspace().contexts.empty());
    QVERIFY(!w.document()->workspace().providers.empty());

    // The recent file opens.
    startAction->trigger();
    QListWidget *recent = page->recentList();
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), path);
    emit recent->itemActivated(recent->item(0));
    QCOMPARE(w.document()->fileName(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!w.isStartPageShown());

    // Open… asks for a file.
    startAction->trigger();
    bool asked = false;
    QTimer::singleShot(200, this, [&asked] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        asked = dialog != nullptr;
        if (dialog)
            dialog->reject();
        else if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("startOpen")), Qt::LeftButton);
    QTRY_VERIFY(asked);

    // User Guide, and a tool's "what to do first" opens its page.
    auto *guideButton = page->findChild<QPushButton *>(QStringLiteral("startGuide"));
    QVERIFY(guideButton);
    QTest::mouseClick(guideButton, Qt::LeftButton);
    auto *guide = w.findChild<UserGuide *>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    emit page->guideRequested(QStringLiteral("tco"));
    QCOMPARE(guide->currentPage(), QStringLiteral("tco"));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("startGuide-tco")));
    guide->close();
}

void TestStartPage::startPageIsKeyboardUsable()
{
    const QString path = m_dir.filePath(QStringLiteral("keys.archboard"));
    QString why;
    QVERIFY2(WorkspaceFile::save(*sample(), path, &why), qPrintable(why));
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{path});

    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTRY_VERIFY(w.isStartPageShown());
    // Focus starts on New Workspace; Enter presses it.
    QTRY_COMPARE(QApplication::focusWidget(), w.startPage()->findChild<QPushButton *>(QStringLiteral("startNewWorkspace")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!w.isStartPageShown());
    QVERIFY(!w.document()->workspace().providers.empty());

    // Back, then Alt+R to the recent files and Enter opens the first.
    w.showStartPage();
    QTest::keyClick(&w, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), w.startPage()->recentList());
    QTest::keyClick(w.startPage()->recentList(), Qt::Key_Return);
    QTRY_COMPARE(w.document()->fileName(), QFileInfo(path).absoluteFilePath());
}

void TestStartPage::guideHasAPagePerToolInBothLanguages()
{
    QStringList ids;
    for (const UserGuide::Page &page : UserGuide::pages())
        ids << page.id;
    for (const char *tool : {"selection", "context-map", "tco", "fragmentation", "decisions", "report", "workshop"})
        QVERIFY2(ids.contains(QLatin1StringView(tool)), tool);
    QCOMPARE(UserGuide::languages(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));

    for (const QString &language : UserGuide::languages()) {
        UserGuide guide(nullptr, language);
        QCOMPARE(guide.language(), language);
        QCOMPARE(guide.contents()->count(), ids.size());
        for (const QString &id : ids) {
            // Its own file in each language, not the English fallback.
            QVERIFY2(QFile::exists(QStringLiteral(":/archboard/guide/%1/%2.md").arg(language, id)), qPrintable(language + u'/' + id));
            const QString markdown = UserGuide::markdown(id, language);
            QVERIFY(markdown.startsWith(QStringLiteral("# ")));
            guide.showPage(id);
            QCOMPARE(guide.currentPage(), id);
            const QString text = guide.browser()->toPlainText();
            QVERIFY2(text.size() > 400, qPrintable(language + u'/' + id));
            QVERIFY(!text.contains(QStringLiteral("# "))); // rendered, not shown as source
            QCOMPARE(hasCjk(text), language == u"zh_CN");
        }
        // A link to another page turns the page.
        guide.showPage(QStringLiteral("start"));
        emit guide.browser()->anchorClicked(QUrl(QStringLiteral("tco.md")));
        QCOMPARE(guide.currentPage(), QStringLiteral("tco"));
    }
    QVERIFY(UserGuide::markdown(QStringLiteral("no-such-page"), QStringLiteral("en")).isEmpty());
}

void TestStartPage::guideOpensInTheInterfaceLanguage()
{
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(UserGuide::currentLanguage(), QStringLiteral("zh_CN"));
    {
        MainWindow w;
        w.setInteractive(false);
        auto *help = w.findChild<QAction *>(QStringLiteral("userGuideAction"));
        QVERIFY(help);
        help->trigger();
        auto *guide = w.findChild<UserGuide *>();
        QVERIFY(guide);
        QCOMPARE(guide->language(), QStringLiteral("zh_CN"));
        QVERIFY(hasCjk(guide->browser()->toPlainText()));
        QVERIFY(hasCjk(guide->contents()->item(1)->text()));
        guide->close();
    }
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(UserGuide::currentLanguage(), QStringLiteral("en"));
    MainWindow w;
    w.setInteractive(false);
    UserGuide *guide = w.showUserGuide();
    QCOMPARE(guide->language(), QStringLiteral("en"));
    QVERIFY(!hasCjk(guide->browser()->toPlainText()));
    guide->close();
}

void TestStartPage::shortcutsListTheWindowsActionsAndWorkshopKeys()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    auto *action = w.findChild<QAction *>(QStringLiteral("shortcutsAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = w.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->shortcutOf(QStringLiteral("Save")), QStringLiteral("Ctrl+S"));
    QVERIFY2(dialog->shortcutOf(QStringLiteral("Workshop Mode")).contains(QStringLiteral("F5")),
             qPrintable(dialog->shortcutOf(QStringLiteral("Workshop Mode"))));
    QCOMPARE(dialog->shortcutOf(QStringLiteral("New")), QStringLiteral("Ctrl+N"));
    QCOMPARE(dialog->shortcutOf(QStringLiteral("User Guide")), QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
    QCOMPARE(dialog->shortcutOf(QStringLiteral("Leave workshop mode")), QStringLiteral("Esc"));
    QVERIFY(dialog->shortcutOf(QStringLiteral("Export Report…")).isEmpty()); // no key, not listed

    // Read from the actions when it opens: a key given to an action shows up.
    auto *compare = w.findChild<QAction *>(QStringLiteral("compareAction"));
    QVERIFY(compare);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    dialog->close();
    auto *again = w.showShortcuts();
    QCOMPARE(again->shortcutOf(QStringLiteral("Compare With…")), QStringLiteral("Ctrl+Alt+M"));
    again->close();

    // In Chinese: the menus' texts without their mnemonic, "保存(&S)" → "保存".
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        MainWindow zh;
        zh.setInteractive(false);
        ShortcutsDialog *shown = zh.showShortcuts();
        QCOMPARE(shown->shortcutOf(QStringLiteral("保存")), QStringLiteral("Ctrl+S"));
        QVERIFY(shown->shortcutOf(QStringLiteral("离开研讨会模式")) == QStringLiteral("Esc"));
        shown->close();
    }
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
