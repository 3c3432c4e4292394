// Workshop mode (offscreen): opened from the View menu on the sample, scored
// from the keyboard alone; every key checked against the workspace and the
// selection engine.
#include "analysis.h"
#include "decisionpanel.h"
#include "document.h"
#include "mainwindow.h"
#include "selectionpage.h"
#include "tablemodel.h"
#include "tablepage.h"
#include "workshopmatrixmodel.h"
#include "workshopmode.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <optional>

using namespace ArchBoard;

namespace {

// The sample's matrix: Rust, TypeScript, Java × cold start, memory jitter
// (measured), resilience, delivery speed (rated); raters architect, SRE, product.
constexpr int kRust = 0;
constexpr int kTypeScript = 1;
constexpr int kColdStart = 0;
constexpr int kResilience = 2;
constexpr int kDelivery = 3;

std::optional<int> ratingOf(const Workspace &ws, const QString &rater, const QString &candidate, const QString &criterion)
{
    for (const Rating &r : ws.ratings) {
        if (r.rater == rater && r.candidate == candidate && r.criterion == criterion)
            return r.score;
    }
    return std::nullopt;
}

const TierResult &tierOf(Analysis *analysis, const QString &tier)
{
    for (const TierResult &t : analysis->selection().tiers) {
        if (t.tier == tier)
            return t;
    }
    qFatal("no tier %s", qPrintable(tier));
}

} // namespace

class TestWorkshop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensFullScreenFromTheViewMenu();
    void digitScoresTheCurrentRatersCell();
    void cursorStaysOnTheCriteria();
    void rankingAndSensitivityFollowTheEngine();
    void switchesRaterAndTier();
    void recordDecisionEmitsTheTier();
    void measuredCriterionIsNotScored();
    void keysOverlayAndTypeSize();
    void readOnlyWorkspaceIsNotScored();
    void followsANewWorkspace();

private:
    /// The main window on the sample with workshop mode open in a window.
    static WorkshopMode *open(MainWindow &w);
};

void TestWorkshop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

WorkshopMode *TestWorkshop::open(MainWindow &w)
{
    w.setInteractive(false);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w) || !w.openSample())
        return nullptr;
    w.openWorkshopMode(true);
    WorkshopMode *mode = w.workshopMode();
    if (mode && !QTest::qWaitForWindowExposed(mode))
        return nullptr;
    return mode;
}

void TestWorkshop::opensFullScreenFromTheViewMenu()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openSample());
    w.selectionPage()->setTier(QStringLiteral("tier-fast"));
    auto *action = w.findChild<QAction *>(QStringLiteral("workshopModeAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(action->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+W"))));
    action->trigger();
    WorkshopMode *mode = w.workshopMode();
    QVERIFY(mode);
    QVERIFY(mode->isWindow());
    QVERIFY(mode->isVisible());
    QVERIFY(mode->windowState() & Qt::WindowFullScreen);
    // The header names the workspace, the selection page's tier and the rater.
    QCOMPARE(mode->tier(), QStringLiteral("tier-fast"));
    const QString header = mode->headerText();
    QVERIFY2(header.contains(w.document()->workspace().info.name), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("Delivery in under 2 weeks")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("Chief architect")), qPrintable(header));
    // Larger type than the desktop's.
    QCOMPARE(mode->fontScale(), 1.6);
    QVERIFY(mode->matrixView()->font().pointSizeF() > QApplication::font().pointSizeF() * 1.5);
    QTest::keyClick(mode, Qt::Key_Escape);
    QVERIFY(!mode->isVisible());
    QVERIFY(!w.document()->isModified());
}

void TestWorkshop::digitScoresTheCurrentRatersCell()
{
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    const Document &doc = *w.document();
    QUndoStack *stack = doc.undoStack();
    const int before = stack->count();
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("sre"), QStringLiteral("typescript"), QStringLiteral("resilience")), 2);

    QTest::keyClick(mode, Qt::Key_Right);
    QTest::keyClick(mode, Qt::Key_Right);
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->cursorRow(), kTypeScript);
    QCOMPARE(mode->cursorColumn(), kResilience);
    QTest::keyClick(mode, Qt::Key_Tab);
    QCOMPARE(mode->rater(), QStringLiteral("sre"));

    QTest::keyClick(mode, Qt::Key_5);
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("sre"), QStringLiteral("typescript"), QStringLiteral("resilience")), 5);
    // Only the SRE's score moved.
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("architect"), QStringLiteral("typescript"), QStringLiteral("resilience")), 3);
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("product"), QStringLiteral("typescript"), QStringLiteral("resilience")), 3);
    // The cell shows the rater's own score and the room's mean (3 + 5 + 3) / 3,
    // flagged: a spread of 2 reaches the sample's disagreement threshold.
    const QModelIndex cell = mode->matrixModel()->index(kTypeScript, kResilience);
    QTRY_COMPARE(cell.data(RaterScoreRole).toInt(), 5);
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("5 · mean 3.67 ⚑ spread 2"));
    QVERIFY(cell.data(DisputedRole).toBool());
    QVERIFY2(mode->statusText().contains(QStringLiteral("SRE lead")), qPrintable(mode->statusText()));

    QTest::keyClick(mode, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("sre"), QStringLiteral("typescript"), QStringLiteral("resilience")), 2);
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("2 · mean 2.67"));
    QVERIFY(!cell.data(DisputedRole).toBool());
    QTest::keyClick(mode, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("sre"), QStringLiteral("typescript"), QStringLiteral("resilience")), 5);

    // 0 clears the score (one step); undo brings it back.
    const size_t ratings = doc.workspace().ratings.size();
    QTest::keyClick(mode, Qt::Key_0);
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("sre"), QStringLiteral("typescript"), QStringLiteral("resilience")), std::nullopt);
    QCOMPARE(doc.workspace().ratings.size(), ratings - 1);
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("— · mean 3"));
    QCOMPARE(stack->count(), before + 2);
    QTest::keyClick(mode, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("sre"), QStringLiteral("typescript"), QStringLiteral("resilience")), 5);

    // A score for a pair the rater had not scored yet is added, then Delete removes it again.
    QTest::keyClick(mode, Qt::Key_Delete);
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("sre"), QStringLiteral("typescript"), QStringLiteral("resilience")), std::nullopt);
    QTest::keyClick(mode, Qt::Key_4);
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("sre"), QStringLiteral("typescript"), QStringLiteral("resilience")), 4);
    QCOMPARE(doc.workspace().ratings.size(), ratings);

    // 6–9 are not scores: nothing changes.
    const int count = stack->count();
    QTest::keyClick(mode, Qt::Key_7);
    QCOMPARE(stack->count(), count);
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("sre"), QStringLiteral("typescript"), QStringLiteral("resilience")), 4);
}

void TestWorkshop::cursorStaysOnTheCriteria()
{
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    QCOMPARE(mode->matrixView()->currentIndex(), mode->matrixModel()->index(0, 0));
    QTest::keyClick(mode, Qt::Key_Left);
    QTest::keyClick(mode, Qt::Key_Up);
    QCOMPARE(mode->cursorRow(), 0);
    QCOMPARE(mode->cursorColumn(), 0);
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(mode, Qt::Key_Right);
        QTest::keyClick(mode, Qt::Key_Down);
    }
    // The last criterion of the last candidate: never the score or rank column.
    QCOMPARE(mode->cursorRow(), 2);
    QCOMPARE(mode->cursorColumn(), kDelivery);
    QCOMPARE(mode->matrixView()->currentIndex(), mode->matrixModel()->index(2, kDelivery));
}

void TestWorkshop::rankingAndSensitivityFollowTheEngine()
{
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    const Document &doc = *w.document();
    // The fast-iteration tier weighs delivery speed most.
    QTest::keyClick(mode, Qt::Key_T);
    QCOMPARE(mode->tier(), QStringLiteral("tier-fast"));
    auto shownWinner = [&] { return mode->rankingView()->item(0, 1)->data(Qt::UserRole).toString(); };
    // The win probability beside the rank (issue 14), once the worker has it.
    QTRY_VERIFY(w.analysis()->winProbabilities());
    QTRY_VERIFY(mode->rankingView()->item(0, 3)->text().endsWith(QStringLiteral(" %")));
    {
        const TierWinProbability *chances = w.analysis()->winProbabilities()->tier(mode->tier());
        QVERIFY(chances);
        const QString top = mode->rankingView()->item(0, 1)->data(Qt::UserRole).toString();
        QCOMPARE(mode->rankingView()->item(0, 3)->text(), Selection::percentText(chances->probabilityOf(top)));
        QCOMPARE(mode->rankingView()->horizontalHeaderItem(3)->text(), QStringLiteral("Wins"));
    }
    auto checkAgainstEngine = [&] {
        const TierResult &t = tierOf(w.analysis(), mode->tier());
        QCOMPARE(mode->rankingView()->rowCount(), int(t.ranking.size()));
        for (int r = 0; r < int(t.ranking.size()); ++r) {
            QCOMPARE(mode->rankingView()->item(r, 1)->data(Qt::UserRole).toString(), t.ranking[size_t(r)].candidate);
            QCOMPARE(mode->rankingView()->item(r, 2)->text(), TableModel::formatNumber(t.ranking[size_t(r)].score * 100.0, 1));
        }
        QCOMPARE(mode->winnerText(), QStringLiteral("Winner: %1 ★").arg(doc.referenceName(TableId::Candidates, t.winner)));
        QCOMPARE(mode->sensitivityView()->rowCount(), int(t.sensitivity.size()));
        for (int r = 0; r < int(t.sensitivity.size()); ++r) {
            QCOMPARE(mode->sensitivityView()->item(r, 0)->text(), doc.referenceName(TableId::Criteria, t.sensitivity[size_t(r)].criterion));
            const std::optional<double> flip = t.sensitivity[size_t(r)].flipAtPct;
            QCOMPARE(mode->sensitivityView()->item(r, 2)->text(),
                     flip ? QStringLiteral("%1 %").arg(TableModel::formatNumber(*flip, 1)) : QStringLiteral("never"));
        }
    };
    checkAgainstEngine();
    const QString winnerBefore = shownWinner();
    QCOMPARE(winnerBefore, QStringLiteral("typescript"));

    // Every rater gives Rust's delivery speed a 5 and TypeScript's a 1.
    QTest::keyClick(mode, Qt::Key_Right);
    QTest::keyClick(mode, Qt::Key_Right);
    QTest::keyClick(mode, Qt::Key_Right);
    QCOMPARE(mode->cursorColumn(), kDelivery);
    for (int rater = 0; rater < 3; ++rater) {
        mode->setCursor(kRust, kDelivery);
        QTest::keyClick(mode, Qt::Key_5);
        QTest::keyClick(mode, Qt::Key_Down);
        QTest::keyClick(mode, Qt::Key_1);
        QTest::keyClick(mode, Qt::Key_Tab);
        QTRY_VERIFY(tierOf(w.analysis(), mode->tier()).ranking.size() > 0);
        QCoreApplication::processEvents();
        checkAgainstEngine();
    }
    QTRY_COMPARE(shownWinner(), tierOf(w.analysis(), mode->tier()).winner);
    QVERIFY2(shownWinner() != winnerBefore, qPrintable(shownWinner()));
    checkAgainstEngine();

    // Undo every step: the ranking is the one we started from.
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(mode, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(shownWinner(), winnerBefore);
    checkAgainstEngine();
}

void TestWorkshop::switchesRaterAndTier()
{
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    QCOMPARE(mode->rater(), QStringLiteral("architect"));
    QTest::keyClick(mode, Qt::Key_Tab);
    QCOMPARE(mode->rater(), QStringLiteral("sre"));
    QVERIFY(mode->headerText().contains(QStringLiteral("SRE lead")));
    QTest::keyClick(mode, Qt::Key_BracketRight);
    QCOMPARE(mode->rater(), QStringLiteral("product"));
    QTest::keyClick(mode, Qt::Key_Tab); // wraps round
    QCOMPARE(mode->rater(), QStringLiteral("architect"));
    QTest::keyClick(mode, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(mode->rater(), QStringLiteral("product"));
    QTest::keyClick(mode, Qt::Key_BracketLeft);
    QCOMPARE(mode->rater(), QStringLiteral("sre"));
    QCOMPARE(mode->matrixModel()->rater(), QStringLiteral("sre"));
    // The matrix shows the rater's own scores: the SRE gave TypeScript's resilience a 2.
    QCOMPARE(mode->matrixModel()->index(kTypeScript, kResilience).data(RaterScoreRole).toInt(), 2);
    QTest::keyClick(mode, Qt::Key_BracketLeft);
    QCOMPARE(mode->matrixModel()->index(kTypeScript, kResilience).data(RaterScoreRole).toInt(), 3);

    QCOMPARE(mode->tier(), QStringLiteral("tier-9999"));
    QTest::keyClick(mode, Qt::Key_T);
    QCOMPARE(mode->tier(), QStringLiteral("tier-fast"));
    QCOMPARE(mode->matrixModel()->tier(), QStringLiteral("tier-fast"));
    QVERIFY(mode->headerText().contains(QStringLiteral("Delivery in under 2 weeks")));
    const TierResult &fast = tierOf(w.analysis(), QStringLiteral("tier-fast"));
    QCOMPARE(mode->rankingView()->item(0, 1)->data(Qt::UserRole).toString(), fast.winner);
    QTest::keyClick(mode, Qt::Key_T, Qt::ShiftModifier);
    QCOMPARE(mode->tier(), QStringLiteral("tier-9999"));
    QTest::keyClick(mode, Qt::Key_T, Qt::ShiftModifier); // wraps round to the last tier
    QCOMPARE(mode->tier(), QStringLiteral("tier-core"));
    const TierResult &core = tierOf(w.analysis(), QStringLiteral("tier-core"));
    QCOMPARE(mode->rankingView()->item(0, 1)->data(Qt::UserRole).toString(), core.winner);
    QVERIFY(!w.document()->isModified());
}

void TestWorkshop::recordDecisionEmitsTheTier()
{
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    QSignalSpy spy(mode, &WorkshopMode::recordDecisionRequested);
    QSignalSpy draftedSpy(&w, &MainWindow::decisionDrafted);
    QTest::keyClick(mode, Qt::Key_T);
    QTest::keyClick(mode, Qt::Key_T);
    QTest::keyClick(mode, Qt::Key_D);
    QVERIFY(draftedSpy.wait(20000)); // the draft is worked out on a worker
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("tier-core"));
    QVERIFY(!mode->isVisible());
    // The main window drafted the tier's record (one undo step) and shows it.
    const Workspace &ws = w.document()->workspace();
    QCOMPARE(ws.decisions.size(), size_t(2));
    const DecisionRecord &drafted = ws.decisions.back();
    QCOMPARE(drafted.status, DecisionStatus::Proposed);
    QVERIFY(std::any_of(ws.decisionLinks.begin(), ws.decisionLinks.end(), [&](const DecisionLink &l) {
        return l.decision == drafted.id && l.kind == LinkKind::Tier && l.element == u"tier-core";
    }));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QVERIFY(w.currentPage());
    QCOMPARE(w.currentPage()->spec().master, TableId::Decisions);
    QCOMPARE(w.decisionPanel()->record(), 1);
    // Opened again, full screen, and left with Esc.
    w.openWorkshopMode();
    QVERIFY(mode->isVisible());
    QVERIFY(mode->windowState() & Qt::WindowFullScreen);
    QTest::keyClick(mode, Qt::Key_Escape);
    QVERIFY(!mode->isVisible());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(w.document()->workspace().decisions.size(), size_t(2));
}

void TestWorkshop::measuredCriterionIsNotScored()
{
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    const Document &doc = *w.document();
    const std::vector<Rating> ratings = doc.workspace().ratings;
    const std::vector<Measurement> measurements = doc.workspace().measurements;
    const int count = doc.undoStack()->count();
    QCOMPARE(mode->cursorColumn(), kColdStart);
    QTest::keyClick(mode, Qt::Key_3);
    QTest::keyClick(mode, Qt::Key_0);
    QCOMPARE(doc.undoStack()->count(), count);
    QVERIFY(doc.workspace().ratings == ratings);
    QVERIFY(doc.workspace().measurements == measurements);
    QVERIFY2(mode->statusText().contains(QStringLiteral("measured")), qPrintable(mode->statusText()));
    QVERIFY(!mode->matrixModel()->index(0, kColdStart).data(RatedRole).toBool());
    QVERIFY(!doc.isModified());
}

void TestWorkshop::keysOverlayAndTypeSize()
{
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    QVERIFY(!mode->keysShown());
    QTest::keyClick(mode, Qt::Key_Question, Qt::ShiftModifier);
    QVERIFY(mode->keysShown());
    QTest::keyClick(mode, Qt::Key_Escape); // closes the overlay, not the mode
    QVERIFY(!mode->keysShown());
    QVERIFY(mode->isVisible());
    QTest::keyClick(mode, Qt::Key_F1);
    QVERIFY(mode->keysShown());
    QTest::keyClick(mode, Qt::Key_F1);
    QVERIFY(!mode->keysShown());

    const double base = mode->matrixView()->font().pointSizeF();
    QTest::keyClick(mode, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(mode->fontScale(), 1.8);
    QVERIFY(mode->matrixView()->font().pointSizeF() > base);
    QTest::keyClick(mode, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(mode, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(mode->fontScale(), 1.4);
    QVERIFY(mode->matrixView()->font().pointSizeF() < base);
    QTest::keyClick(mode, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(mode->fontScale(), 1.6);
    QCOMPARE(mode->matrixView()->font().pointSizeF(), base);
    // The rows grow with the type: still one score per cell, readable from the back.
    QVERIFY(mode->matrixView()->verticalHeader()->defaultSectionSize() >= 2 * QFontMetrics(mode->matrixView()->font()).height());
}

void TestWorkshop::readOnlyWorkspaceIsNotScored()
{
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    Document &doc = *w.document();
    doc.setReadOnly(true);
    const std::vector<Rating> ratings = doc.workspace().ratings;
    mode->setCursor(kRust, kResilience);
    QTest::keyClick(mode, Qt::Key_5);
    QTest::keyClick(mode, Qt::Key_Delete);
    QVERIFY(doc.workspace().ratings == ratings);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY2(mode->statusText().contains(QStringLiteral("read-only")), qPrintable(mode->statusText()));
}

void TestWorkshop::followsANewWorkspace()
{
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    QTest::keyClick(mode, Qt::Key_Tab);
    QTest::keyClick(mode, Qt::Key_T);
    mode->setCursor(2, kDelivery);
    // A workspace with one tier, one rater and one candidate replaces the sample.
    auto ws = std::make_unique<Workspace>();
    ws->info.name = QStringLiteral("Small board");
    Candidate kotlin;
    kotlin.id = QStringLiteral("kotlin");
    kotlin.name = QStringLiteral("Kotlin");
    ws->candidates.push_back(kotlin);
    Criterion fit;
    fit.id = QStringLiteral("fit");
    fit.name = QStringLiteral("Team fit");
    fit.kind = CriterionKind::Rated;
    ws->criteria.push_back(fit);
    SlaTier tier;
    tier.id = QStringLiteral("only");
    tier.name = QStringLiteral("The only tier");
    ws->tiers.push_back(tier);
    TierWeight weight;
    weight.tier = tier.id;
    weight.criterion = fit.id;
    ws->tierWeights.push_back(weight);
    Rater cto;
    cto.id = QStringLiteral("cto");
    cto.name = QStringLiteral("CTO");
    ws->raters.push_back(cto);
    w.document()->resetWorkspace(std::move(ws));
    QTRY_COMPARE(mode->tier(), QStringLiteral("only"));
    QCOMPARE(mode->rater(), QStringLiteral("cto"));
    QCOMPARE(mode->cursorRow(), 0);
    QCOMPARE(mode->cursorColumn(), 0);
    QVERIFY(mode->headerText().contains(QStringLiteral("Small board")));
    QTest::keyClick(mode, Qt::Key_4);
    QCOMPARE(ratingOf(w.document()->workspace(), QStringLiteral("cto"), QStringLiteral("kotlin"), QStringLiteral("fit")), 4);
    QTRY_COMPARE(mode->winnerText(), QStringLiteral("Winner: Kotlin ★"));
}

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
