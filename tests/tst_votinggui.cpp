// Live voting in the GUI: workshop mode shows the projector panel (QR code,
// URL, join code, per-rater progress and never a score); a new name becomes a
// rater in one undo step; R reveals every rater's scores into the matrix as
// one undo step with the disputed cells and their spread; N opens another
// round; Shift+V closes voting and the port. A crashed round is offered back.
//   ARCHBOARD_SCREENSHOTS=DIR also saves the projector and the revealed matrix.
#include "document.h"
#include "livevoting.h"
#include "mainwindow.h"
#include "qrcode.h"
#include "recovery.h"
#include "selectionpage.h"
#include "votingjournal.h"
#include "votingpanel.h"
#include "workshopmatrixmodel.h"
#include "workshopmode.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

using namespace ArchBoard;

namespace {

/// A member's page reduced to its WebSocket.
class Member : public QObject
{
public:
    bool join(const VotingEndpoint &e, const QString &name, const QString &device)
    {
        m_socket = std::make_unique<QWebSocket>(QStringLiteral("http://127.0.0.1:%1").arg(e.port));
        connect(m_socket.get(), &QWebSocket::textMessageReceived, this, [this](const QString &t) {
            m_messages.append(QJsonDocument::fromJson(t.toUtf8()).object());
        });
        QUrl url(e.url + QStringLiteral("ws"));
        url.setScheme(QStringLiteral("ws"));
        m_socket->open(url);
        if (!QTest::qWaitFor([this] { return m_socket->state() == QAbstractSocket::ConnectedState; }, 5000))
            return false;
        send({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("code"), e.joinCode}});
        send({{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), name}, {QStringLiteral("device"), device}});
        return !next(QStringLiteral("ballot")).isEmpty();
    }
    void send(const QJsonObject &o) { m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))); }
    bool score(const QString &candidate, const QString &criterion, int score)
    {
        send({{QStringLiteral("type"), QStringLiteral("score")}, {QStringLiteral("seq"), ++m_seq}, {QStringLiteral("candidate"), candidate},
              {QStringLiteral("criterion"), criterion}, {QStringLiteral("score"), score}});
        return !next(QStringLiteral("ack")).isEmpty();
    }
    QJsonObject next(const QString &type)
    {
        QJsonObject found;
        [[maybe_unused]] const bool ok = QTest::qWaitFor([&] {
            while (!m_messages.isEmpty()) {
                const QJsonObject o = m_messages.takeFirst();
                if (o.value(QStringLiteral("type")).toString() == type) {
                    found = o;
                    return true;
                }
            }
            return false;
        }, 5000);
        return found;
    }

private:
    std::unique_ptr<QWebSocket> m_socket;
    QList<QJsonObject> m_messages;
    int m_seq = 0;
};

int ratingOf(const Workspace &ws, const QString &rater, const QString &candidate, const QString &criterion)
{
    for (const Rating &r : ws.ratings) {
        if (r.rater == rater && r.candidate == candidate && r.criterion == criterion)
            return r.score;
    }
    return 0;
}

void save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARCHBOARD_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name));
}

} // namespace

class TestVotingGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void voteRevealAndRoundInWorkshopMode();
    void selectionPageOffersVoting();
    void interruptedRoundIsOfferedBack();
};

void TestVotingGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(RecoveryStore::defaultDirectory()).removeRecursively();
}

void TestVotingGui::voteRevealAndRoundInWorkshopMode()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    QVERIFY(w.openSample());
    Document &doc = *w.document();
    const QString tier = doc.workspace().tiers.front().id;
    const VotingBallot ballot = Voting::defaultBallot(doc.workspace(), tier);
    LiveVoting::Options options;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.language = QStringLiteral("en");
    QVERIFY(w.startVoting(ballot, options, true));
    WorkshopMode *mode = w.workshopMode();
    QVERIFY(mode);
    mode->resize(1920, 1080);
    VotingPanel *panel = mode->votingPanel();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    const VotingEndpoint e = w.liveVoting()->endpoint();
    QVERIFY(panel->joinCodeText().contains(e.joinCode.left(3)));
    QVERIFY(!panel->qrLabel()->pixmap().isNull());
    QVERIFY(!QrCode::encode(e.url).isNull());

    // A new name becomes a rater: one undo step of its own.
    const int steps = doc.historyCount();
    const int raters = int(doc.workspace().raters.size());
    Member alice;
    Member architect;
    QVERIFY(alice.join(e, QStringLiteral("Alice"), QStringLiteral("0123456789abcdef0123456789abcdef")));
    QTRY_COMPARE(int(doc.workspace().raters.size()), raters + 1);
    QCOMPARE(doc.historyCount(), steps + 1);
    QVERIFY(architect.join(e, QStringLiteral("chief ARCHITECT"), QStringLiteral("fedcba9876543210fedcba9876543210")));
    QCOMPARE(int(doc.workspace().raters.size()), raters + 1); // an existing rater's name
    const QString cand = ballot.candidates.first();
    const QString crit = ballot.criteria.first();
    QVERIFY(alice.score(cand, crit, 5));
    QVERIFY(alice.score(ballot.candidates.at(1), crit, 4));
    QVERIFY(architect.score(cand, crit, 1));
    // Progress only: names and counts, no score anywhere in the panel.
    QTableWidget *progress = panel->progressTable();
    QTRY_COMPARE(progress->rowCount(), 2);
    QTRY_COMPARE(progress->item(0, 1)->text(), QStringLiteral("2 / %1").arg(ballot.cellCount()));
    QTRY_COMPARE(progress->item(1, 1)->text(), QStringLiteral("1 / %1").arg(ballot.cellCount()));
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("alice"), cand, crit), 0); // blind until the reveal
    save(mode, QStringLiteral("voting-projector.png"));

    // R reveals: one undo step with every rater's scores.
    const int before = doc.historyCount();
    const Workspace unrevealed = doc.workspace();
    QTest::keyClick(mode, Qt::Key_R);
    QTRY_COMPARE(doc.historyCount(), before + 1);
    QVERIFY2(doc.undoText().startsWith(u"Reveal voting round 1"), qPrintable(doc.undoText()));
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("alice"), cand, crit), 5);
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("architect"), cand, crit), 1);
    QCOMPARE(doc.workspace().votingRounds.size(), size_t(1));
    // The cell is flagged with its spread, on the matrix and in the panel.
    const int row = mode->matrixModel()->rowCount() > 0 ? int(ballot.candidates.indexOf(cand)) : -1;
    int column = -1;
    for (int c = 0; c < mode->matrixModel()->scoreColumn(); ++c) {
        if (mode->matrixModel()->criterionAt(c) == crit)
            column = c;
    }
    QVERIFY(row >= 0 && column >= 0);
    QTRY_VERIFY(mode->matrixModel()->index(row, column).data(AggregateTextRole).toString().contains(u"⚑ spread"));
    QTRY_VERIFY2(panel->summaryText().contains(u"spread 4"), qPrintable(panel->summaryText()));
    QVERIFY(!panel->revealButton()->isEnabled());
    QVERIFY(panel->nextRoundButton()->isEnabled());
    mode->setCursor(row, column);
    save(mode, QStringLiteral("voting-revealed.png"));
    // Undo takes the whole reveal back, redo brings it again.
    doc.undo();
    QCOMPARE(doc.workspace(), unrevealed);
    doc.redo();
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("alice"), cand, crit), 5);

    // N: another round, members see the first round's distribution.
    QTest::keyClick(mode, Qt::Key_N);
    const QJsonObject round2 = alice.next(QStringLiteral("ballot"));
    QCOMPARE(round2.value(QStringLiteral("round")).toInt(), 2);
    QCOMPARE(round2.value(QStringLiteral("previous")).toArray()[0].toArray(), (QJsonArray{1, 0, 0, 0, 1}));
    QVERIFY(alice.score(cand, crit, 2));
    QTest::keyClick(mode, Qt::Key_R);
    QTRY_COMPARE(doc.workspace().votingRounds.size(), size_t(2));
    QCOMPARE(ratingOf(doc.workspace(), QStringLiteral("alice"), cand, crit), 2);
    QTRY_VERIFY2(panel->summaryText().contains(u"2 rounds"), qPrintable(panel->summaryText()));

    // Names that arrive together (the room joining at once): one undo step, one recomputation.
    const int joined = doc.historyCount();
    emit w.liveVoting()->host()->newRater(QStringLiteral("bo"), QStringLiteral("Bo"));
    emit w.liveVoting()->host()->newRater(QStringLiteral("cy"), QStringLiteral("Cy"));
    QTRY_COMPARE(int(doc.workspace().raters.size()), raters + 3);
    QCOMPARE(doc.historyCount(), joined + 1);
    QVERIFY2(doc.undoText().startsWith(u"Add 2 rater"), qPrintable(doc.undoText()));

    // Shift+V closes voting: the port is closed, the panel gone.
    QTest::keyClick(mode, Qt::Key_V, Qt::ShiftModifier);
    QTRY_VERIFY(!panel->isVisible());
    QVERIFY(!w.liveVoting()->isOpen());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, e.port);
    QVERIFY(!probe.waitForConnected(1000));
    mode->close();
}

void TestVotingGui::selectionPageOffersVoting()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    auto *button = w.selectionPage()->findChild<QPushButton *>(QStringLiteral("openVotingButton"));
    QVERIFY(button);
    QSignalSpy asked(w.selectionPage(), &SelectionPage::openVotingRequested);
    // The dialog is modal: close it as soon as it shows, then check it offered the tier's cells.
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *dialog = QApplication::activeModalWidget();
        sawDialog = dialog->objectName() == u"openVotingDialog";
        dialog->close();
    });
    button->click();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), w.selectionPage()->tier());
    QVERIFY(sawDialog);
    QVERIFY(!w.liveVoting()->isOpen());
}

void TestVotingGui::interruptedRoundIsOfferedBack()
{
    // A journal whose session is gone, as a crash leaves it.
    const QString dir = RecoveryStore::defaultDirectory();
    QString path;
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openSample());
        const VotingBallot ballot = Voting::defaultBallot(w.document()->workspace(), w.document()->workspace().tiers.front().id);
        LiveVoting::Options options;
        options.address = QHostAddress(QHostAddress::LocalHost);
        QVERIFY(w.startVoting(ballot, options, true));
        Member bob;
        QVERIFY(bob.join(w.liveVoting()->endpoint(), QStringLiteral("Bob"), QStringLiteral("00000000000000000000000000000001")));
        QVERIFY(bob.score(ballot.candidates.first(), ballot.criteria.first(), 3));
        QTest::qWait(VotingJournal::kFlushMs + 200);
        path = w.liveVoting()->endpoint().journal;
        // Keep a copy: a normal close removes the journal; the copy is the "crashed" one.
        QVERIFY(QFile::copy(path, path + QStringLiteral(".crashed")));
        w.workshopMode()->close();
    }
    QVERIFY(!QFile::exists(path));
    // The recovery folder is shared with the suites CTest runs beside this
    // one: only this run's journal counts.
    const QString crashed = QFileInfo(path).path() + QStringLiteral("/voting-crashed-%1.jsonl").arg(QCoreApplication::applicationPid());
    QVERIFY(QFile::rename(path + QStringLiteral(".crashed"), crashed));
    const auto orphaned = [&] {
        const QList<VotingJournalEntry> orphans = VotingJournal::orphans(dir);
        return std::count_if(orphans.begin(), orphans.end(), [&](const VotingJournalEntry &e) {
            return QFileInfo(e.path).canonicalFilePath() == QFileInfo(crashed).canonicalFilePath();
        });
    };
    QCOMPARE(orphaned(), 1);
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openSample());
    QVERIFY(w.resumeVoting(crashed, true));
    QVERIFY(w.liveVoting()->isOpen());
    QTRY_COMPARE(w.liveVoting()->status().members.size(), size_t(1));
    QCOMPARE(w.liveVoting()->status().members.front().scored, 1);
    QCOMPARE(w.liveVoting()->status().members.front().name, QStringLiteral("Bob"));
    w.liveVoting()->close();
    QCOMPARE(orphaned(), 0);
    w.workshopMode()->close();
}

QTEST_MAIN(TestVotingGui)
#include "tst_votinggui.moc"
