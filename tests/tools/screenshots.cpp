// Renders every page of the main window on the sample workspace to PNG files,
// the way a user sees them (for docs/ and for reviewing changes).
//   QT_QPA_PLATFORM=offscreen build/tests/tools/archboard-screenshots OUTDIR [--language zh_CN]
// With --language the pages show in that language and every file name ends in -<language>.
#include "comparedock.h"
#include "document.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include <QUndoStack>
#include <algorithm>
#include "workspace.h"
#include "schema.h"
#include "contextmappage.h"
#include "diagramview.h"
#include "fragmentationpage.h"
#include "monorepo.h"
#include "selectionpage.h"
#include "generator.h"
#include "tablepage.h"
#include "tcopage.h"
#include "translations.h"
#include "workspacefile.h"
#include "workshopmode.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTest>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdlib>
#include <memory>

#include <cstdio>

using namespace ArchBoard;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString language;
    if (const qsizetype i = args.indexOf(QStringLiteral("--language")); i >= 0 && i + 1 < args.size()) {
        language = args.at(i + 1);
        args.remove(i, 2);
        if (Translations::install(language) != language) {
            std::fprintf(stderr, "no translation for %s\n", qPrintable(language));
            return 1;
        }
    }
    // --board FILE: only the charts of FILE at 1600 × 1000 (a user test's window), as board-*.png.
    QString board;
    if (const qsizetype i = args.indexOf(QStringLiteral("--board")); i >= 0 && i + 1 < args.size()) {
        board = args.at(i + 1);
        args.remove(i, 2);
    }
    const QString out = !args.isEmpty() ? args.first() : QStringLiteral(".");
    QDir().mkpath(out);
    MainWindow w;
    w.setInteractive(false);
    w.resize(1500, 900);
    w.show();
    if (!board.isEmpty()) {
        w.resize(1600, 1000);
        if (!w.openFile(board)) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(board));
            return 1;
        }
        const QString stem = QFileInfo(board).completeBaseName();
        auto shot = [&](const QString &name) {
            for (int i = 0; i < 5; ++i) {
                QApplication::processEvents();
                QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            }
            QString file = QDir(out).filePath(QStringLiteral("board-%1-%2.png").arg(stem, name));
            if (!language.isEmpty())
                file.insert(file.lastIndexOf(u'.'), u'-' + language);
            w.grab().save(file);
            std::printf("%s\n", qPrintable(file));
        };
        w.showPage(w.selectionPage());
        if (!w.document()->workspace().tiers.empty())
            w.selectionPage()->setTier(w.document()->workspace().tiers.front().id);
        for (int tab = 0; tab < 3; ++tab) {
            w.selectionPage()->tabs()->setCurrentIndex(tab);
            shot(QStringLiteral("selection-%1").arg(tab));
        }
        if (auto *tco = w.findChild<TcoPage *>()) {
            w.showPage(tco);
            for (int tab = 0; tab < tco->tabs()->count(); ++tab) {
                tco->tabs()->setCurrentIndex(tab);
                shot(QStringLiteral("tco-%1").arg(tab));
            }
        }
        if (auto *dashboard = w.findChild<FragmentationPage *>()) {
            w.showPage(dashboard);
            QTest::qWait(1500); // a large workspace is analysed on a worker
            shot(QStringLiteral("dashboard"));
        }
        return 0;
    }
    w.openSample();
    struct Shot
    {
        TableId table;
        int row;
        const char *file;
    };
    const Shot shots[] = {
        {TableId::Workspace, 0, "workspace.png"},
        {TableId::Candidates, 0, "candidates.png"},
        {TableId::Criteria, 0, "criteria.png"},
        {TableId::Tiers, 0, "tiers.png"},
        {TableId::Rules, 0, "rules.png"},
        {TableId::Raters, 0, "ratings.png"},
        {TableId::Contexts, 1, "contexts.png"},
        {TableId::Relations, 0, "relations.png"},
        {TableId::Scenarios, 0, "scenarios.png"},
        {TableId::LanguageProfiles, 0, "language-profiles.png"},
        {TableId::Providers, 0, "providers.png"},
        {TableId::Services, 1, "services.png"},
        {TableId::FragmentationThresholds, 0, "thresholds.png"},
        {TableId::Scans, 0, "scan-history.png"},
        {TableId::Decisions, 0, "decisions.png"},
    };
    // In another language every file name ends in -<language>.
    auto fileFor = [&](QString name) {
        if (!language.isEmpty())
            name.insert(name.lastIndexOf(u'.'), u'-' + language);
        return QDir(out).filePath(name);
    };
    auto grab = [&](const char *name) {
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
            // deleteLater()ed chart items go only when the loop runs: as it would between frames.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        const QString file = fileFor(QString::fromLatin1(name));
        if (!w.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            std::exit(1);
        }
        std::printf("%s\n", qPrintable(file));
    };
    grab("main-window.png");
    {
        // Edit → Settings… (the language list).
        SettingsDialog settings(&w);
        settings.show();
        QApplication::processEvents();
        const QString file = fileFor(QStringLiteral("settings.png"));
        settings.grab().save(file);
        std::printf("%s\n", qPrintable(file));
    }
    w.showPage(w.selectionPage());
    for (const char *tier : {"tier-9999", "tier-fast", "tier-core"}) {
        w.selectionPage()->setTier(QLatin1StringView(tier));
        grab(qPrintable(QStringLiteral("matrix-%1.png").arg(QLatin1StringView(tier))));
    }
    w.selectionPage()->setTier(QStringLiteral("tier-core"));
    for (int tab = 1; tab < w.selectionPage()->tabs()->count(); ++tab) {
        w.selectionPage()->tabs()->setCurrentIndex(tab);
        grab(qPrintable(QStringLiteral("matrix-tab-%1.png").arg(tab)));
    }
    // The decision tree with the path of Orders (Go, no tier → Java).
    w.selectionPage()->showPathOf(QStringLiteral("context:orders"));
    w.selectionPage()->tabs()->setCurrentIndex(w.selectionPage()->tabs()->count() - 1);
    QSignalSpy rendered(w.selectionPage()->decisionTree(), &DiagramView::rendered);
    if (w.selectionPage()->decisionTree()->isRendering())
        rendered.wait(20000);
    w.selectionPage()->decisionTree()->fit();
    grab("decision-tree.png");
    w.selectionPage()->tabs()->setCurrentIndex(0);
    w.showPage(w.workshopPage());
    grab("workshop.png");
    // Workshop mode as a 1080p projector shows it, the cursor on a disputed cell.
    w.openWorkshopMode(true);
    if (WorkshopMode *mode = w.workshopMode()) {
        mode->resize(1920, 1080);
        mode->setTier(QStringLiteral("tier-fast"));
        mode->setCursor(0, 3);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QString file = fileFor(QStringLiteral("workshop-mode.png"));
        if (!mode->grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
        mode->close();
    }
    // Workshop mode on a board of 6 candidates × 40 criteria: the criteria page
    // (PgUp / PgDn), the totals stay under them; in a window of its own so the
    // pages below still show the sample.
    {
        Testing::GeneratorSpec spec;
        spec.candidates = 7; // about one in five is not shortlisted: 6 or so in the matrix
        spec.criteria = 40;
        spec.tiers = 2;
        spec.raters = 5;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("board.archboard"));
        QString error;
        MainWindow board;
        board.setInteractive(false);
        if (!WorkspaceFile::save(Testing::generateWorkspace(spec, 7), path, &error) || !board.openFile(path)) {
            std::fprintf(stderr, "cannot open the 40-criteria board: %s\n", qPrintable(error));
            return 1;
        }
        board.openWorkshopMode(true);
        if (WorkshopMode *mode = board.workshopMode()) {
            mode->resize(1920, 1080);
            mode->setCursor(1, 2);
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            const QString file = fileFor(QStringLiteral("workshop-mode-40-criteria.png"));
            if (!mode->grab().save(file)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
                return 1;
            }
            std::printf("%s\n", qPrintable(file));
            mode->close();
        }
    }
    // The context map with Inventory selected (as if clicked on the map).
    QSignalSpy mapRendered(w.contextMapPage()->diagramView(), &DiagramView::rendered);
    w.showPage(w.contextMapPage());
    if (w.contextMapPage()->diagramView()->isRendering())
        mapRendered.wait(20000);
    w.contextMapPage()->selectElement(QStringLiteral("context:inventory"));
    grab("context-map.png");
    // Export CML's report: what CML cannot carry, the list archboard-cli export-cml prints.
    {
        QTemporaryDir exportDir;
        QString message;
        if (w.contextMapPage()->exportCml(exportDir.filePath(QStringLiteral("sample.cml")), &message)) {
            std::unique_ptr<QMessageBox> box(w.contextMapPage()->exportCmlReport(message));
            box->show();
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            const QString file = fileFor(QStringLiteral("export-cml-report.png"));
            if (!box->grab().save(file)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
                std::exit(1);
            }
            std::printf("%s\n", qPrintable(file));
        }
    }
    // The cost model of the baseline: lines per language, then each other tab.
    if (auto *tco = w.findChild<TcoPage *>()) {
        w.showPage(tco);
        QSignalSpy uncertainty(tco, &TcoPage::uncertaintyUpdated);
        if (!tco->isUncertaintyCurrent())
            uncertainty.wait(20000);
        grab("tco.png");
        for (int tab = 1; tab < tco->tabs()->count(); ++tab) {
            tco->tabs()->setCurrentIndex(tab);
            if (tco->tabs()->currentWidget()->isAncestorOf(tco->pipelineView())) {
                QSignalSpy pipeline(tco->pipelineView(), &DiagramView::rendered);
                if (tco->pipelineView()->isRendering())
                    pipeline.wait(20000);
                tco->pipelineView()->fit();
            }
            grab(qPrintable(QStringLiteral("tco-tab-%1.png").arg(tab)));
        }
        tco->tabs()->setCurrentIndex(0);
        // What-if: 1 024 MB and 80 Rust functions tried, not saved.
        tco->setWhatIf(true);
        tco->slider(QStringLiteral("memory_mb"))->setValue(tco->slider(QStringLiteral("memory_mb"))->value() + 24);
        tco->slider(QStringLiteral("functions.rust"))->setValue(80);
        grab("tco-whatif.png");
        tco->discardWhatIf();
        tco->setWhatIf(false);
    }
    for (const Shot &s : shots) {
        w.showElement(s.table, s.row);
        grab(s.file);
    }
    // File → Compare With… the saved sample after a review: delivery speed counts more in the
    // real-time tier, its memory threshold is relaxed, the baseline runs more often. Undone afterwards.
    {
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("sample.archboard.yaml"));
        QString error;
        WorkspaceFile::save(w.document()->workspace(), saved, &error);
        Document *doc = w.document();
        const int undoIndex = doc->historyIndex();
        const std::vector<TierWeight> &tw = doc->workspace().tierWeights;
        for (size_t i = 0; i < tw.size(); ++i) {
            if (tw[i].tier == u"tier-9999" && tw[i].criterion == u"delivery-speed")
                doc->setValue(int(i), Schema::field(&TierWeight::weight), 30.0);
        }
        doc->setValue(0, Schema::field(&TierThreshold::value), 100.0);
        doc->setValue(0, Schema::field(&TcoScenario::invocationsPerMonth), 3000000.0);
        QSignalSpy compared(w.compareDock(), &CompareDock::finished);
        w.compareDock()->show();
        w.compareDock()->raise();
        w.resizeDocks({w.compareDock()}, {330}, Qt::Vertical);
        w.compareDock()->compareWith(saved, QStringLiteral("sample.archboard.yaml"));
        compared.wait(20000);
        w.showElement(TableId::TierWeights, 3);
        grab("compare.png");
        while (doc->historyIndex() > undoIndex)
            doc->undo();
        w.compareDock()->hide();
    }
    // A record drafted from the analysis of the real-time tier (as workshop mode's D does), then a
    // weight moved so the stale-snapshot banner shows; undone afterwards.
    QSignalSpy drafted(&w, &MainWindow::decisionDrafted);
    w.draftDecision(QStringLiteral("tier-9999"));
    drafted.wait(20000);
    QTest::qWait(300); // the banner's check runs on a worker too
    grab("decision-draft.png");
    const std::vector<TierWeight> &weights = w.document()->workspace().tierWeights;
    const auto weight = std::find_if(weights.begin(), weights.end(), [](const TierWeight &tw) { return tw.tier == u"tier-9999"; });
    if (weight != weights.end())
        w.document()->setValue(TableId::TierWeights, int(weight - weights.begin()), Schema::table(TableId::TierWeights).fieldIndex("weight"),
                               weight->weight + 2.0);
    QTest::qWait(800); // the panel's and the Problems list's refresh timers
    grab("decision-stale.png");
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();

    // The fragmentation dashboard after a scan of a generated monorepo (300
    // packages and a few polyglot services) into the sample.
    if (auto *dashboard = w.findChild<FragmentationPage *>()) {
        QTemporaryDir repo;
        Testing::MonorepoSpec spec;
        spec.packages = 300;
        Testing::writeMonorepo(repo.path(), spec);
        w.showPage(dashboard);
        DiagramView *graph = dashboard->driftGraph();
        QSignalSpy graphRendered(graph, &DiagramView::rendered);
        if (graph->isRendering())
            graphRendered.wait(20000);
        graph->fit();
        grab("dashboard-sample.png");
        QSignalSpy scanned(dashboard, &FragmentationPage::scanFinished);
        dashboard->scanFolder(repo.path());
        if (dashboard->isScanning())
            scanned.wait(60000);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents(); // the refresh after the scan (Analysis::updated)
        for (int tries = 0; graph->isRendering() && tries < 4; ++tries)
            graphRendered.wait(20000); // the sample's graph may still be on its way, then the scan's
        graph->fit();
        grab("dashboard.png");
    }

    // The context map of the "large" workspace (500 contexts, 2 000 relations).
    if (QCoreApplication::arguments().contains(QStringLiteral("--large"))) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.archboard"));
        QString error;
        if (!WorkspaceFile::save(Testing::generateWorkspace(Testing::largeSpec(), 42), path, &error) || !w.openFile(path)) {
            std::fprintf(stderr, "cannot open the large workspace: %s\n", qPrintable(error));
            return 1;
        }
        DiagramView *view = w.contextMapPage()->diagramView();
        auto waitForMap = [&] {
            QSignalSpy done(view, &DiagramView::rendered);
            if (view->isRendering())
                done.wait(30000);
        };
        w.showPage(w.contextMapPage());
        waitForMap();
        grab("context-map-large-neighbourhood.png");
        w.contextMapPage()->setNeighbourhood(0);
        waitForMap();
        grab("context-map-large-whole.png");
    }
    return 0;
}
