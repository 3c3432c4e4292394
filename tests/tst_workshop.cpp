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
#include "translations.h"
#include "workshopmatrixmodel.h"
#include "workshopmode.h"
#include "workshoptable.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QScopeGuard>
#include <QScrollBar>
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

/// A board of \a candidates × \a criteria with the long, mixed English and
/// Chinese names a real board writes (Chinese has no spaces to wrap at), one
/// tier weighing every criterion, three raters who scored every rated cell,
/// and a knock-out that gives one candidate a note.
std::unique_ptr<Workspace> largeBoard(int candidates, int criteria)
{
    auto ws = std::make_unique<Workspace>();
    ws->info.name = QStringLiteral("Runtime for the order platform (订单平台的运行时选择)");
    const QStringList candidateNames = {
        QStringLiteral("Rust on AWS Lambda with provisioned concurrency"),
        QStringLiteral("TypeScript (Node.js 20) on Cloudflare Workers"),
        QStringLiteral("Java 21 with SnapStart"),
        QStringLiteral("Go 1.22 on Google Cloud Run"),
        QStringLiteral("Kotlin 原生镜像（GraalVM）"),
        QStringLiteral("C# .NET 8 Native AOT"),
    };
    const QStringList phrases = {
        QStringLiteral("Cold start of a p99 request after ten idle minutes (闲置十分钟后的冷启动时间)"),
        QStringLiteral("在高峰负载下连续运行七十二小时后服务实例的内存占用增长与回收效率"),
        QStringLiteral("Production-grade circuit breaking, retries and bulkheads (生产级熔断与重试)"),
        QStringLiteral("Delivery speed of a small team new to the language"),
        QStringLiteral("供应商锁定风险与迁移到其他云平台所需的工作量"),
        QStringLiteral("Observability: traces, metrics and structured logs out of the box"),
        QStringLiteral("Hiring pool in our three offices (三个办公室的招聘人才库)"),
        QStringLiteral("Security patch cadence of the runtime and its package ecosystem"),
    };
    for (int i = 0; i < candidates; ++i) {
        Candidate c;
        c.id = QStringLiteral("c%1").arg(i);
        c.name = candidateNames.value(i % candidateNames.size()) + (i >= candidateNames.size() ? QStringLiteral(" %1").arg(i) : QString());
        ws->candidates.push_back(c);
    }
    SlaTier tier;
    tier.id = QStringLiteral("tier");
    tier.name = QStringLiteral("Order intake: 99.99 % and p99 under 200 ms (订单受理)");
    ws->tiers.push_back(tier);
    for (int r = 0; r < 3; ++r) {
        Rater rater;
        rater.id = QStringLiteral("r%1").arg(r);
        rater.name = QStringLiteral("Rater %1").arg(r + 1);
        ws->raters.push_back(rater);
    }
    for (int j = 0; j < criteria; ++j) {
        Criterion k;
        k.id = QStringLiteral("k%1").arg(j);
        k.name = phrases.value(j % phrases.size()) + QStringLiteral(" %1").arg(j + 1);
        k.kind = j % 3 == 0 ? CriterionKind::Measured : CriterionKind::Rated;
        if (k.kind == CriterionKind::Measured) {
            k.unit = QStringLiteral("ms");
            k.direction = Direction::LowerIsBetter;
        }
        ws->criteria.push_back(k);
        TierWeight w;
        w.tier = tier.id;
        w.criterion = k.id;
        w.weight = 1 + j % 5;
        ws->tierWeights.push_back(w);
        for (int i = 0; i < candidates; ++i) {
            if (k.kind == CriterionKind::Measured) {
                Measurement m;
                m.candidate = QStringLiteral("c%1").arg(i);
                m.criterion = k.id;
                m.value = 10 + i * 7 + j;
                ws->measurements.push_back(m);
                continue;
            }
            for (int r = 0; r < 3; ++r) {
                Rating rating;
                rating.rater = QStringLiteral("r%1").arg(r);
                rating.candidate = QStringLiteral("c%1").arg(i);
                rating.criterion = k.id;
                rating.score = 1 + (i + j + 2 * r) % 5;
                ws->ratings.push_back(rating);
            }
        }
    }
    // The last candidate's cold start (10 + 7 × 5 ms) fails the tier's 40 ms.
    TierThreshold knockOut;
    knockOut.tier = tier.id;
    knockOut.criterion = QStringLiteral("k0");
    knockOut.comparison = Comparison::LessOrEqual;
    knockOut.value = 40;
    ws->tierThresholds.push_back(knockOut);
    return ws;
}

/// The height \a text needs when wrapped in \a width, as Qt's own text layout measures it.
int neededHeight(const QString &text, const QFont &font, int width)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::TextWrapAnywhere, text).height();
}

/// \a widget's rectangle in \a window's coordinates.
QRect rectIn(const QWidget *widget, const QRect &rect, const QWidget *window)
{
    return QRect(widget->mapTo(window, rect.topLeft()), rect.size());
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
    void projectorLayout_data();
    void projectorLayout();
    void pagesThroughManyCriteria();

private:
    /// The main window on the sample with workshop mode open in a window.
    static WorkshopMode *open(MainWindow &w);
    /// Checks at the window's size that the room can read everything: no label
    /// elided, every candidate's score and rank and every ranking row in view.
    /// With \a zoomed type the ranking may scroll (the totals under the matrix still show every score and rank).
    static void checkReadable(WorkshopMode *mode, const Workspace &ws, int criteriaShown = 5, bool zoomed = false);
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

    // Criteria run down the matrix, candidates across.
    QTest::keyClick(mode, Qt::Key_Down);
    QTest::keyClick(mode, Qt::Key_Down);
    QTest::keyClick(mode, Qt::Key_Right);
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
    QCOMPARE(mode->matrixView()->currentIndex(), mode->viewIndex(0, 0));
    // The view shows the model transposed: a criterion per row, a candidate per column.
    QCOMPARE(mode->viewIndex(kTypeScript, kDelivery).row(), kDelivery);
    QCOMPARE(mode->viewIndex(kTypeScript, kDelivery).column(), kTypeScript);
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
    QCOMPARE(mode->matrixView()->currentIndex(), mode->viewIndex(2, kDelivery));
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
    QTest::keyClick(mode, Qt::Key_Down);
    QTest::keyClick(mode, Qt::Key_Down);
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->cursorColumn(), kDelivery);
    for (int rater = 0; rater < 3; ++rater) {
        mode->setCursor(kRust, kDelivery);
        QTest::keyClick(mode, Qt::Key_5);
        QTest::keyClick(mode, Qt::Key_Right);
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
    QVERIFY(mode->matrixView()->rowHeight(0) >= 2 * QFontMetrics(mode->matrixView()->font()).height());
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

void TestWorkshop::checkReadable(WorkshopMode *mode, const Workspace &ws, int criteriaShown, bool zoomed)
{
    const QRect window = mode->rect();
    const WorkshopMatrixModel *model = mode->matrixModel();
    const int criteria = model->scoreColumn();
    const int candidates = model->rowCount();
    QVERIFY(criteria > 0 && candidates > 0);
    auto nameOf = [](const auto &rows, const QString &id) {
        for (const auto &row : rows) {
            if (row.id == id)
                return row.name;
        }
        return QString();
    };

    // Every criterion in view has its full name, in a row tall enough for it wrapped.
    QTableView *matrix = mode->matrixView();
    auto *names = qobject_cast<WorkshopHeader *>(matrix->verticalHeader());
    QVERIFY(names);
    int shown = 0;
    for (int r = 0; r < criteria; ++r) {
        const QModelIndex cell = mode->viewIndex(0, r);
        QCOMPARE(cell.row(), r);
        const int top = matrix->rowViewportPosition(r);
        if (top < 0 || top + matrix->rowHeight(r) > matrix->viewport()->height())
            continue; // scrolled away
        ++shown;
        QVERIFY(window.contains(rectIn(matrix->viewport(), matrix->visualRect(cell), mode)));
        const QString label = names->model()->headerData(r, Qt::Vertical).toString();
        const QString name = nameOf(ws.criteria, model->criterionAt(r));
        QVERIFY2(QString(label).replace(u'\n', u' ').startsWith(name), qPrintable(label + QStringLiteral(" / ") + name));
        const int pad = names->padding();
        const int needed = neededHeight(label, names->font(), names->width() - 2 * pad);
        QVERIFY2(needed <= names->sectionSize(r) - 2 * (pad / 2),
                 qPrintable(QStringLiteral("%1: needs %2 px, has %3").arg(name).arg(needed).arg(names->sectionSize(r))));
    }
    // A 1080p projector shows a good part of the criteria at once.
    QVERIFY2(shown >= std::min(criteria, criteriaShown), qPrintable(QString::number(shown)));

    // Candidate names head the columns in full.
    auto *columns = qobject_cast<WorkshopHeader *>(matrix->horizontalHeader());
    QVERIFY(columns);
    for (int c = 0; c < candidates; ++c) {
        const int column = mode->viewIndex(c, 0).column();
        const QString label = columns->model()->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(label, nameOf(ws.candidates, model->candidateAt(c)));
        const int pad = columns->padding();
        QVERIFY2(neededHeight(label, columns->font(), columns->sectionSize(column) - 2 * pad) <= columns->height() - 2 * (pad / 2), qPrintable(label));
        QVERIFY(window.contains(rectIn(columns, QRect(columns->sectionViewportPosition(column), 0, columns->sectionSize(column), columns->height()), mode)));
    }

    // Every candidate's score and rank are in view, whatever the criteria do.
    QTableView *totals = mode->totalsView();
    QVERIFY(totals->isVisible());
    for (int c = 0; c < candidates; ++c) {
        for (int column : {model->scoreColumn(), model->scoreColumn() + 1}) {
            const QModelIndex cell = mode->viewIndex(c, column);
            const QRect rect = totals->visualRect(cell);
            QVERIFY2(!rect.isEmpty() && totals->viewport()->rect().contains(rect), qPrintable(cell.data().toString()));
            QVERIFY(window.contains(rectIn(totals->viewport(), rect, mode)));
            QVERIFY(!cell.data().toString().isEmpty());
        }
    }

    // The ranking: every candidate's row in view, names and notes whole.
    QTableWidget *ranking = mode->rankingView();
    QCOMPARE(ranking->rowCount(), candidates);
    auto *cells = qobject_cast<WorkshopTextDelegate *>(ranking->itemDelegate());
    QVERIFY(cells);
    for (int r = 0; r < ranking->rowCount(); ++r) {
        for (int c = 0; c < ranking->columnCount(); ++c) {
            const QRect rect = ranking->visualRect(ranking->model()->index(r, c));
            if (zoomed && !ranking->viewport()->rect().contains(rect))
                continue;
            QVERIFY2(ranking->viewport()->rect().contains(rect),
                     qPrintable(QStringLiteral("row %1 column %2 at %3,%4 %5×%6 outside %7×%8")
                                    .arg(r).arg(c).arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())
                                    .arg(ranking->viewport()->width()).arg(ranking->viewport()->height())));
            QVERIFY(window.contains(rectIn(ranking->viewport(), rect, mode)));
        }
        const QString name = nameOf(ws.candidates, ranking->item(r, 1)->data(Qt::UserRole).toString());
        QVERIFY(ranking->item(r, 1)->text().startsWith(name));
        for (int c : {1}) {
            const QTableWidgetItem *item = ranking->item(r, c);
            const QFont font = item->data(Qt::FontRole).isValid() ? item->font() : ranking->font();
            const int pad = cells->padding();
            QVERIFY2(neededHeight(item->text(), font, ranking->columnWidth(c) - 2 * pad) <= ranking->rowHeight(r) - 2 * (pad / 2), qPrintable(item->text()));
        }
    }

    // The sensitivity's criteria in view are whole too.
    QTableWidget *sensitivity = mode->sensitivityView();
    for (int r = 0; r < sensitivity->rowCount(); ++r) {
        const QRect rect = sensitivity->visualRect(sensitivity->model()->index(r, 0));
        if (!sensitivity->viewport()->rect().contains(rect))
            continue;
        const QTableWidgetItem *item = sensitivity->item(r, 0);
        QVERIFY(std::any_of(ws.criteria.begin(), ws.criteria.end(), [&](const Criterion &k) { return k.name == item->text(); }));
        const int pad = qobject_cast<WorkshopTextDelegate *>(sensitivity->itemDelegate())->padding();
        QVERIFY2(neededHeight(item->text(), sensitivity->font(), sensitivity->columnWidth(0) - 2 * pad) <= sensitivity->rowHeight(r) - 2 * (pad / 2),
                 qPrintable(item->text()));
    }
}

void TestWorkshop::projectorLayout_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("criteria");
    QTest::newRow("sample") << QString() << 0;
    QTest::newRow("sample zh_CN") << QStringLiteral("zh_CN") << 0;
    QTest::newRow("6 × 40") << QString() << 40;
    QTest::newRow("6 × 40 zh_CN") << QStringLiteral("zh_CN") << 40;
}

// At 1920 × 1080, as a projector shows it: nothing the room reads is elided,
// the totals and the ranking are in view, and larger type (Ctrl+=) reflows
// instead of cutting text.
void TestWorkshop::projectorLayout()
{
    QFETCH(QString, language);
    QFETCH(int, criteria);
    if (!language.isEmpty())
        QCOMPARE(Translations::install(language), language);
    const auto english = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    if (criteria > 0) {
        w.document()->resetWorkspace(largeBoard(6, criteria));
        QTRY_COMPARE(mode->matrixModel()->scoreColumn(), criteria);
        QCOMPARE(mode->matrixModel()->rowCount(), 6);
    }
    mode->resize(1920, 1080);
    QTRY_COMPARE(mode->size(), QSize(1920, 1080));
    QCoreApplication::processEvents();
    const Workspace &ws = w.document()->workspace();
    checkReadable(mode, ws);
    if (QTest::currentTestFailed())
        return;
    // The matrix uses the height: with the totals it reaches past the middle of the screen.
    QTableView *totals = mode->totalsView();
    QVERIFY2(rectIn(totals, totals->rect(), mode).bottom() > mode->height() / 2, qPrintable(QString::number(rectIn(totals, totals->rect(), mode).bottom())));
    // The knocked-out candidate's note names the criterion in full.
    if (criteria > 0) {
        bool noted = false;
        for (int r = 0; r < mode->rankingView()->rowCount(); ++r) {
            const QTableWidgetItem *item = mode->rankingView()->item(r, 1);
            if (item->data(Qt::UserRole).toString() == u"c5")
                noted = item->text().contains(ws.criteria.front().name);
        }
        QVERIFY(noted);
    }
    // Many criteria are paged, and the page says so.
    if (criteria > 0)
        QVERIFY2(mode->criteriaPageText().contains(QStringLiteral(" %1").arg(criteria)), qPrintable(mode->criteriaPageText()));
    else
        QVERIFY(mode->criteriaPageText().isEmpty());

    // Larger type: everything reflows, nothing is cut.
    const double before = mode->matrixView()->font().pointSizeF();
    const int rowBefore = mode->matrixView()->rowHeight(0);
    QTest::keyClick(mode, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(mode, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(mode->fontScale(), 2.0);
    QVERIFY(mode->matrixView()->font().pointSizeF() > before);
    QVERIFY(mode->matrixView()->verticalHeader()->font().pointSizeF() > before * 0.95);
    QCoreApplication::processEvents();
    QVERIFY(mode->matrixView()->rowHeight(0) >= rowBefore || criteria == 0);
    checkReadable(mode, ws, 3, true);
}

// 40 criteria on a 1080p screen: the criteria page, the cursor always in view,
// the totals never move.
void TestWorkshop::pagesThroughManyCriteria()
{
    MainWindow w;
    WorkshopMode *mode = open(w);
    QVERIFY(mode);
    w.document()->resetWorkspace(largeBoard(6, 40));
    QTRY_COMPARE(mode->matrixModel()->scoreColumn(), 40);
    mode->resize(1920, 1080);
    QTRY_COMPARE(mode->size(), QSize(1920, 1080));
    QCoreApplication::processEvents();
    QTableView *matrix = mode->matrixView();
    QTableView *totals = mode->totalsView();
    const QRect totalsAt = rectIn(totals, totals->rect(), mode);
    auto cursorInView = [&] {
        const QRect cell = matrix->visualRect(mode->viewIndex(mode->cursorRow(), mode->cursorColumn()));
        return !cell.isEmpty() && matrix->viewport()->rect().contains(cell);
    };
    auto pageStartsAt = [&](int first) { return mode->criteriaPageText().startsWith(QStringLiteral("Criteria %1–").arg(first)); };
    QVERIFY2(pageStartsAt(1), qPrintable(mode->criteriaPageText()));
    QVERIFY(mode->criteriaPageText().contains(QStringLiteral(" of 40")));
    QVERIFY(matrix->verticalScrollBar()->maximum() > 0);

    // End: the last criterion, scrolled into view; the page says so.
    QTest::keyClick(mode, Qt::Key_End);
    QCOMPARE(mode->cursorColumn(), 39);
    QVERIFY(cursorInView());
    QVERIFY2(mode->criteriaPageText().contains(QStringLiteral("–40 of 40")), qPrintable(mode->criteriaPageText()));
    QCOMPARE(rectIn(totals, totals->rect(), mode), totalsAt);
    checkReadable(mode, w.document()->workspace());
    QTest::keyClick(mode, Qt::Key_Home);
    QCOMPARE(mode->cursorColumn(), 0);
    QVERIFY(cursorInView());
    QVERIFY(pageStartsAt(1));

    // PgDn turns to the next page of criteria (the cursor on its first), to the end and back.
    int pages = 0;
    while (mode->cursorColumn() < 39 && pages < 40) {
        const int before = mode->cursorColumn();
        const QString pageBefore = mode->criteriaPageText();
        QTest::keyClick(mode, Qt::Key_PageDown);
        ++pages;
        QVERIFY(mode->cursorColumn() > before);
        QVERIFY(cursorInView());
        QVERIFY2(mode->criteriaPageText() != pageBefore || mode->cursorColumn() == 39, qPrintable(mode->criteriaPageText()));
    }
    QCOMPARE(mode->cursorColumn(), 39);
    QVERIFY2(pages >= 3 && pages < 40, qPrintable(QString::number(pages)));
    while (mode->cursorColumn() > 0 && pages < 80) {
        const int before = mode->cursorColumn();
        QTest::keyClick(mode, Qt::Key_PageUp);
        ++pages;
        QVERIFY(mode->cursorColumn() < before);
        QVERIFY(cursorInView());
    }
    QCOMPARE(mode->cursorColumn(), 0);

    // ↓ one criterion at a time: the cursor's row is always in view, the totals stay.
    for (int i = 1; i < 45; ++i) {
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(mode->cursorColumn(), std::min(i, 39));
        QVERIFY2(cursorInView(), qPrintable(QString::number(i)));
    }
    QCOMPARE(rectIn(totals, totals->rect(), mode), totalsAt);

    // A score far down the list goes where the cursor shows (the 39th criterion, k38, is rated).
    QTest::keyClick(mode, Qt::Key_Up);
    QTest::keyClick(mode, Qt::Key_Right);
    QCOMPARE(mode->cursorColumn(), 38);
    QTest::keyClick(mode, Qt::Key_5);
    QCOMPARE(ratingOf(w.document()->workspace(), QStringLiteral("r0"), mode->matrixModel()->candidateAt(1), QStringLiteral("k38")), 5);
    QVERIFY(cursorInView());

    // Larger type: fewer criteria a page, the cursor still in view, nothing cut.
    QTest::keyClick(mode, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(mode, Qt::Key_Equal, Qt::ControlModifier);
    QCoreApplication::processEvents();
    QVERIFY(cursorInView());
    checkReadable(mode, w.document()->workspace(), 3, true);
}

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
