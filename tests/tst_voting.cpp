// Live voting, the pure parts: message validation, the session (joins, device
// binding, approval, blind votes, Delphi rounds), the ballot, and what a
// reveal writes into the workspace.
#include "decisions.h"
#include "document.h"
#include "generator.h"
#include "schema.h"
#include "workspaceformat.h"
#include "voting.h"
#include "votingprotocol.h"
#include "votingsession.h"
#include "votingreveal.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTest>

using namespace ArchBoard;
using namespace ArchBoard::VotingProtocol;

namespace {

const QString kDeviceA = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kDeviceB = QStringLiteral("fedcba9876543210fedcba9876543210");

VotingBallot smallBallot()
{
    VotingBallot b;
    b.tier = QStringLiteral("t");
    b.candidates = {QStringLiteral("rust"), QStringLiteral("go")};
    b.criteria = {QStringLiteral("maturity"), QStringLiteral("fun")};
    return b;
}

Workspace smallWorkspace()
{
    Workspace ws;
    ws.info.disagreementThreshold = 2.0;
    ws.tiers.push_back({QStringLiteral("t"), QStringLiteral("Tier"), {}, {}, {}, {}, {}});
    ws.candidates.push_back({QStringLiteral("rust"), QStringLiteral("Rust"), CandidateCategory::Language, true, {}, {}});
    ws.candidates.push_back({QStringLiteral("go"), QStringLiteral("Go"), CandidateCategory::Language, true, {}, {}});
    ws.candidates.push_back({QStringLiteral("cobol"), QStringLiteral("COBOL"), CandidateCategory::Language, false, {}, {}});
    ws.criteria.push_back({QStringLiteral("maturity"), QStringLiteral("Maturity"), QStringLiteral("score"), Direction::HigherIsBetter,
                           CriterionKind::Rated, QStringLiteral("How mature")});
    ws.criteria.push_back({QStringLiteral("fun"), QStringLiteral("Fun"), QString(), Direction::HigherIsBetter, CriterionKind::Rated, {}});
    ws.criteria.push_back({QStringLiteral("cold"), QStringLiteral("Cold start"), QStringLiteral("ms"), Direction::LowerIsBetter,
                           CriterionKind::Measured, {}});
    ws.tierWeights.push_back({QStringLiteral("t"), QStringLiteral("maturity"), 2.0, {}});
    ws.tierWeights.push_back({QStringLiteral("t"), QStringLiteral("fun"), 1.0, {}});
    ws.tierWeights.push_back({QStringLiteral("t"), QStringLiteral("cold"), 1.0, {}});
    ws.measurements.push_back({QStringLiteral("rust"), QStringLiteral("cold"), 12.0, Distribution::None, {}, {}, {}});
    ws.raters.push_back({QStringLiteral("ann"), QStringLiteral("Ann Lee"), {}});
    ws.ratings.push_back({QStringLiteral("ann"), QStringLiteral("rust"), QStringLiteral("maturity"), 2, QStringLiteral("old")});
    ws.ratings.push_back({QStringLiteral("ann"), QStringLiteral("go"), QStringLiteral("fun"), 4, {}});
    return ws;
}

} // namespace

class TestVoting : public QObject
{
    Q_OBJECT

private slots:
    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void limiterBlocksAfterFailures();
    void bucketLimitsBursts();
    void constantTimeCompare();

    void joinBindsNameToDevice();
    void secondDeviceNeedsApproval();
    void scoresAreValidated();
    void revealAndNextRound();

    void defaultBallotTakesTheTier();
    void checkBallotRefuses();
    void ballotJsonCarriesTextAsData();
    void applyRoundWritesExactlyWhatWasSaid();
    void applyRoundTwiceReplacesTheRound();
    void revealIntoDocumentIsOneUndoStep();
    void movementSaysHowOpinionsMoved();
    void roundsSurviveSqliteAndYaml();
};

void TestVoting::parseAccepts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("type");
    QTest::newRow("hello") << QByteArray(R"({"type":"hello","code":"123 456"})") << int(MessageType::Hello);
    QTest::newRow("join") << QByteArray(R"({"type":"join","name":"  Ann   Lee ","device":"0123456789abcdef0123456789abcdef"})") << int(MessageType::Join);
    QTest::newRow("score") << QByteArray(R"({"type":"score","seq":7,"candidate":"rust","criterion":"fun","score":5,"reason":"fast"})") << int(MessageType::Score);
    QTest::newRow("clear") << QByteArray(R"({"type":"score","seq":0,"candidate":"rust","criterion":"fun","score":null})") << int(MessageType::Score);
    QTest::newRow("ping") << QByteArray(R"({"type":"ping"})") << int(MessageType::Ping);
    QTest::newRow("html name") << QByteArray(R"({"type":"join","name":"<img src=x onerror=alert(1)>","device":"0123456789abcdef0123456789abcdef"})") << int(MessageType::Join);
}

void TestVoting::parseAccepts()
{
    QFETCH(QByteArray, json);
    QFETCH(int, type);
    const Parsed p = parse(json);
    QVERIFY2(p.message, qPrintable(p.error.message));
    QCOMPARE(int(p.message->type), type);
    if (p.message->type == MessageType::Join && json.contains("Ann"))
        QCOMPARE(p.message->name, QStringLiteral("Ann Lee"));
    if (json.contains("\"score\":5")) {
        QCOMPARE(p.message->score, 5);
        QCOMPARE(p.message->seq, 7);
        QCOMPARE(p.message->reason, QStringLiteral("fast"));
    }
    if (json.contains("null"))
        QCOMPARE(p.message->score, 0);
}

void TestVoting::parseRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray dev = "0123456789abcdef0123456789abcdef";
    QTest::newRow("oversized") << QByteArray(R"({"type":"ping","x":")") + QByteArray(5000, 'a') + "\"}" << "too-large" << "";
    QTest::newRow("not json") << QByteArray("score 5") << "not-json" << "";
    QTest::newRow("array") << QByteArray("[1,2]") << "not-json" << "";
    QTest::newRow("no type") << QByteArray(R"({"code":"1"})") << "bad-type" << "type";
    QTest::newRow("unknown type") << QByteArray(R"({"type":"admin"})") << "bad-type" << "type";
    QTest::newRow("unknown field") << QByteArray(R"({"type":"hello","code":"1","admin":true})") << "unknown-field" << "admin";
    QTest::newRow("missing code") << QByteArray(R"({"type":"hello"})") << "missing-field" << "code";
    QTest::newRow("code not string") << QByteArray(R"({"type":"hello","code":123456})") << "bad-value" << "code";
    QTest::newRow("empty name") << QByteArray(R"({"type":"join","name":"   ","device":")" + dev + "\"}") << "bad-name" << "name";
    QTest::newRow("long name") << QByteArray(R"({"type":"join","name":")" + QByteArray(61, 'n') + R"(","device":")" + dev + "\"}") << "bad-name" << "name";
    QTest::newRow("control in name") << QByteArray(R"({"type":"join","name":"a\u0007b","device":")" + dev + "\"}") << "bad-name" << "name";
    QTest::newRow("short device") << QByteArray(R"({"type":"join","name":"Ann","device":"abc"})") << "bad-value" << "device";
    QTest::newRow("upper-case device") << QByteArray(R"({"type":"join","name":"Ann","device":"0123456789ABCDEF0123456789ABCDEF"})") << "bad-value" << "device";
    QTest::newRow("score 6") << QByteArray(R"({"type":"score","seq":1,"candidate":"a","criterion":"b","score":6})") << "bad-score" << "score";
    QTest::newRow("score 0") << QByteArray(R"({"type":"score","seq":1,"candidate":"a","criterion":"b","score":0})") << "bad-score" << "score";
    QTest::newRow("score 2.5") << QByteArray(R"({"type":"score","seq":1,"candidate":"a","criterion":"b","score":2.5})") << "bad-score" << "score";
    QTest::newRow("score string") << QByteArray(R"({"type":"score","seq":1,"candidate":"a","criterion":"b","score":"5"})") << "bad-score" << "score";
    QTest::newRow("score missing") << QByteArray(R"({"type":"score","seq":1,"candidate":"a","criterion":"b"})") << "missing-field" << "score";
    QTest::newRow("negative seq") << QByteArray(R"({"type":"score","seq":-1,"candidate":"a","criterion":"b","score":1})") << "bad-value" << "seq";
    QTest::newRow("candidate number") << QByteArray(R"({"type":"score","seq":1,"candidate":5,"criterion":"b","score":1})") << "bad-value" << "candidate";
    QTest::newRow("long reason") << QByteArray(R"({"type":"score","seq":1,"candidate":"a","criterion":"b","score":1,"reason":")" + QByteArray(201, 'r') + "\"}") << "bad-value" << "reason";
    QTest::newRow("two-line reason") << QByteArray(R"({"type":"score","seq":1,"candidate":"a","criterion":"b","score":1,"reason":"a\nb"})") << "bad-value" << "reason";
    QTest::newRow("extra field on score") << QByteArray(R"({"type":"score","seq":1,"candidate":"a","criterion":"b","score":1,"rater":"ann"})") << "unknown-field" << "rater";
}

void TestVoting::parseRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Parsed p = parse(json);
    QVERIFY(!p.message);
    QCOMPARE(p.error.code, code);
    QCOMPARE(p.error.field, field);
    QVERIFY(!p.error.message.isEmpty());
    // The reply names the problem and echoes the seq when it could be read.
    const QByteArray reply = errorReply(p.error, p.seq);
    QVERIFY(reply.contains("\"type\":\"error\""));
    QVERIFY(reply.contains(code.toUtf8()));
    if (json.contains("\"seq\":1"))
        QCOMPARE(p.seq, 1);
}

void TestVoting::limiterBlocksAfterFailures()
{
    AttemptLimiter limiter(3, 60000);
    const QString a = QStringLiteral("10.0.0.5");
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(limiter.blockedForMs(a, 1000), 0);
        limiter.recordFailure(a, 1000 + i);
    }
    QVERIFY(limiter.blockedForMs(a, 2000) > 0);
    QCOMPARE(limiter.blockedForMs(QStringLiteral("10.0.0.6"), 2000), 0); // another source is not blocked
    QCOMPARE(limiter.blockedForMs(a, 61000), 0);                           // the window passes
}

void TestVoting::bucketLimitsBursts()
{
    TokenBucket bucket(5, 10);
    for (int i = 0; i < 5; ++i)
        QVERIFY(bucket.take(0));
    QVERIFY(!bucket.take(0));
    QVERIFY(bucket.take(100)); // 10 per second: one more after 100 ms
    QVERIFY(!bucket.take(100));
}

void TestVoting::constantTimeCompare()
{
    QVERIFY(constantTimeEquals("abc", "abc"));
    QVERIFY(!constantTimeEquals("abc", "abd"));
    QVERIFY(!constantTimeEquals("abc", "abcd"));
}

void TestVoting::joinBindsNameToDevice()
{
    VotingSession s(smallBallot(), smallWorkspace().raters, QStringLiteral("s1"), QStringLiteral("2026-01-01T10:00:00Z"));
    // A workspace rater's name (any case, extra spaces) votes as that rater.
    const auto a = s.join(QStringLiteral(" ann   LEE "), kDeviceA);
    QCOMPARE(a.status, VotingSession::JoinStatus::Joined);
    QCOMPARE(s.member(a.member).rater, QStringLiteral("ann"));
    QVERIFY(!s.member(a.member).newRater);
    // A new name becomes a new rater with a fresh id, also for HTML.
    const auto b = s.join(QStringLiteral("<b>Bob</b>"), kDeviceB);
    QCOMPARE(b.status, VotingSession::JoinStatus::Joined);
    QVERIFY(s.member(b.member).newRater);
    QCOMPARE(s.member(b.member).name, QStringLiteral("<b>Bob</b>"));
    QString why;
    QVERIFY(Schema::isValidId(s.member(b.member).rater, &why));
    QVERIFY(s.raterNames().contains(QStringLiteral("<b>Bob</b>")));
    // The same device again resumes.
    QCOMPARE(s.join(QStringLiteral("Ann Lee"), kDeviceA).status, VotingSession::JoinStatus::Resumed);
    QCOMPARE(s.memberCount(), 2);
}

void TestVoting::secondDeviceNeedsApproval()
{
    VotingSession s(smallBallot(), {}, QStringLiteral("s1"), {});
    const int alice = s.join(QStringLiteral("Alice"), kDeviceA).member;
    QVERIFY(!s.score(alice, QStringLiteral("rust"), QStringLiteral("fun"), 4, {}).isError());
    const auto second = s.join(QStringLiteral("alice"), kDeviceB);
    QCOMPARE(second.status, VotingSession::JoinStatus::NeedsApproval);
    QCOMPARE(s.waitingForApproval(), QStringList{QStringLiteral("Alice")});
    QCOMPARE(s.deviceOf(alice), kDeviceA); // nothing taken over yet
    QCOMPARE(s.progress().front().waitingForApproval, true);
    QCOMPARE(s.approve(QStringLiteral("Bob")), -1);
    QString replaced;
    QCOMPARE(s.approve(QStringLiteral("Alice"), &replaced), alice);
    QCOMPARE(replaced, kDeviceA);
    QCOMPARE(s.deviceOf(alice), kDeviceB);
    QCOMPARE(s.member(alice).votes[size_t(s.ballot().cellIndex(QStringLiteral("rust"), QStringLiteral("fun")))].score, 4);
    QVERIFY(s.waitingForApproval().isEmpty());
}

void TestVoting::scoresAreValidated()
{
    VotingSession s(smallBallot(), {}, QStringLiteral("s1"), {});
    const int m = s.join(QStringLiteral("Alice"), kDeviceA).member;
    QCOMPARE(s.score(m, QStringLiteral("cobol"), QStringLiteral("fun"), 3, {}).code, QStringLiteral("unknown-candidate"));
    QCOMPARE(s.score(m, QStringLiteral("rust"), QStringLiteral("cold"), 3, {}).code, QStringLiteral("unknown-criterion"));
    QCOMPARE(s.score(m, QStringLiteral("rust"), QStringLiteral("fun"), 9, {}).code, QStringLiteral("bad-score"));
    QCOMPARE(s.score(7, QStringLiteral("rust"), QStringLiteral("fun"), 3, {}).code, QStringLiteral("not-joined"));
    QVERIFY(!s.score(m, QStringLiteral("rust"), QStringLiteral("fun"), 3, QStringLiteral("why not")).isError());
    QCOMPARE(s.progress().front().scored, 1);
    QCOMPARE(s.progress().front().total, 4);
    QVERIFY(!s.score(m, QStringLiteral("rust"), QStringLiteral("fun"), 0, QStringLiteral("ignored")).isError());
    QCOMPARE(s.progress().front().scored, 0);
    QCOMPARE(s.accepted(), 2);
}

void TestVoting::revealAndNextRound()
{
    VotingSession s(smallBallot(), {}, QStringLiteral("s1"), QStringLiteral("T1"));
    const int a = s.join(QStringLiteral("A"), kDeviceA).member;
    const int b = s.join(QStringLiteral("B"), kDeviceB).member;
    s.score(a, QStringLiteral("rust"), QStringLiteral("maturity"), 5, {});
    s.score(b, QStringLiteral("rust"), QStringLiteral("maturity"), 1, {});
    QVERIFY(!s.nextRound(QStringLiteral("T2"))); // reveal first
    const RoundResult r1 = s.reveal(QStringLiteral("R1"));
    QCOMPARE(r1.number, 1);
    QCOMPARE(r1.revealedAt, QStringLiteral("R1"));
    QCOMPARE(s.score(a, QStringLiteral("rust"), QStringLiteral("maturity"), 4, {}).code, QStringLiteral("round-closed"));
    const std::vector<ScoreCounts> d = Voting::distribution(r1);
    QCOMPARE(d[0], (ScoreCounts{1, 0, 0, 0, 1}));
    QVERIFY(s.nextRound(QStringLiteral("T2")));
    QCOMPARE(s.round(), 2);
    QCOMPARE(s.previousDistribution()[0], (ScoreCounts{1, 0, 0, 0, 1}));
    // Each member starts round 2 from their own round-1 votes.
    QCOMPARE(s.member(a).votes[0].score, 5);
    QVERIFY(!s.score(a, QStringLiteral("rust"), QStringLiteral("maturity"), 3, {}).isError());
    QCOMPARE(s.reveal(QStringLiteral("R2")).members[size_t(a)].votes[0].score, 3);
}

void TestVoting::defaultBallotTakesTheTier()
{
    const Workspace ws = smallWorkspace();
    const VotingBallot b = Voting::defaultBallot(ws, QStringLiteral("t"));
    QCOMPARE(b.candidates, (QStringList{QStringLiteral("rust"), QStringLiteral("go")})); // COBOL is not shortlisted
    QCOMPARE(b.criteria, (QStringList{QStringLiteral("maturity"), QStringLiteral("fun")})); // rated only
    QString error;
    QVERIFY2(Voting::checkBallot(ws, b, &error), qPrintable(error));
}

void TestVoting::checkBallotRefuses()
{
    const Workspace ws = smallWorkspace();
    QString error;
    VotingBallot b = smallBallot();
    b.tier = QStringLiteral("nope");
    QVERIFY(!Voting::checkBallot(ws, b, &error));
    QVERIFY(error.contains(u"nope"));
    b = smallBallot();
    b.criteria << QStringLiteral("cold");
    QVERIFY(!Voting::checkBallot(ws, b, &error));
    QVERIFY(error.contains(u"cold"));
    b = smallBallot();
    b.candidates << QStringLiteral("rust");
    QVERIFY(!Voting::checkBallot(ws, b, &error));
    b = smallBallot();
    b.candidates.clear();
    QVERIFY(!Voting::checkBallot(ws, b, &error));
}

void TestVoting::ballotJsonCarriesTextAsData()
{
    Workspace ws = smallWorkspace();
    ws.candidates[0].name = QStringLiteral("<script>alert(1)</script>");
    const QJsonObject o = Voting::ballotJson(ws, Voting::defaultBallot(ws, QStringLiteral("t")));
    QCOMPARE(o[QStringLiteral("candidates")].toArray()[0].toObject()[QStringLiteral("name")].toString(), ws.candidates[0].name);
    const QJsonObject maturity = o[QStringLiteral("criteria")].toArray()[0].toObject();
    QCOMPARE(maturity[QStringLiteral("description")].toString(), QStringLiteral("How mature"));
    QCOMPARE(maturity[QStringLiteral("unit")].toString(), QStringLiteral("score"));
    // The tier's measured figure for reference, missing ones as null.
    const QJsonObject cold = o[QStringLiteral("measured")].toArray()[0].toObject();
    QCOMPARE(cold[QStringLiteral("values")].toArray()[0].toDouble(), 12.0);
    QVERIFY(cold[QStringLiteral("values")].toArray()[1].isNull());
}

void TestVoting::applyRoundWritesExactlyWhatWasSaid()
{
    Workspace ws = smallWorkspace();
    VotingSession s(Voting::defaultBallot(ws, QStringLiteral("t")), ws.raters, QStringLiteral("S"), QStringLiteral("T"));
    const int ann = s.join(QStringLiteral("Ann Lee"), kDeviceA).member;
    const int bob = s.join(QStringLiteral("Bob"), kDeviceB).member;
    s.join(QStringLiteral("Silent"), QStringLiteral("11111111111111111111111111111111"));
    s.score(ann, QStringLiteral("rust"), QStringLiteral("maturity"), 5, QStringLiteral("battle-tested"));
    s.score(bob, QStringLiteral("rust"), QStringLiteral("maturity"), 1, {});
    s.score(bob, QStringLiteral("go"), QStringLiteral("fun"), 3, {});
    const QString round = Voting::applyRound(ws, s.reveal(QStringLiteral("R")));
    // Ann's rust/maturity is replaced with its reason; her go/fun, not scored in the round, is removed.
    auto rating = [&ws](const QString &rater, const QString &c, const QString &k) -> const Rating * {
        for (const Rating &r : ws.ratings) {
            if (r.rater == rater && r.candidate == c && r.criterion == k)
                return &r;
        }
        return nullptr;
    };
    QVERIFY(rating(QStringLiteral("ann"), QStringLiteral("rust"), QStringLiteral("maturity")));
    QCOMPARE(rating(QStringLiteral("ann"), QStringLiteral("rust"), QStringLiteral("maturity"))->score, 5);
    QCOMPARE(rating(QStringLiteral("ann"), QStringLiteral("rust"), QStringLiteral("maturity"))->comment, QStringLiteral("battle-tested"));
    QVERIFY(!rating(QStringLiteral("ann"), QStringLiteral("go"), QStringLiteral("fun")));
    QCOMPARE(rating(QStringLiteral("bob"), QStringLiteral("go"), QStringLiteral("fun"))->score, 3);
    // New raters come in; one who scored nothing is still added but has no scores.
    QCOMPARE(ws.raters.size(), size_t(3));
    QCOMPARE(ws.ratings.size(), size_t(3));
    QCOMPARE(ws.votingRounds.size(), size_t(1));
    QCOMPARE(ws.votingRounds[0].id, round);
    QCOMPARE(ws.roundScores.size(), size_t(3));
    // Rust/maturity: 5 and 1, a spread of 4 at a threshold of 2.
    const std::vector<Voting::Dispute> disputes = Voting::disputes(ws, s.ballot());
    QCOMPARE(disputes.size(), size_t(1));
    QCOMPARE(disputes[0].candidate, QStringLiteral("rust"));
    QCOMPARE(disputes[0].spread, 4.0);
}

void TestVoting::applyRoundTwiceReplacesTheRound()
{
    Workspace ws = smallWorkspace();
    VotingSession s(Voting::defaultBallot(ws, QStringLiteral("t")), ws.raters, QStringLiteral("S"), QStringLiteral("T"));
    const int bob = s.join(QStringLiteral("Bob"), kDeviceB).member;
    s.score(bob, QStringLiteral("go"), QStringLiteral("fun"), 3, {});
    const RoundResult r = s.reveal(QStringLiteral("R"));
    Voting::applyRound(ws, r);
    const Workspace once = ws;
    Voting::applyRound(ws, r); // a resumed session revealed again
    QCOMPARE(ws, once);
}

void TestVoting::revealIntoDocumentIsOneUndoStep()
{
    // The GUI's Reveal goes through the Document's verbs: the same workspace
    // as applyRound(), one undo step that undo takes back whole.
    const Workspace before = smallWorkspace();
    VotingSession s(Voting::defaultBallot(before, QStringLiteral("t")), before.raters, QStringLiteral("S"), QStringLiteral("T"));
    const int ann = s.join(QStringLiteral("Ann Lee"), kDeviceA).member;
    const int bob = s.join(QStringLiteral("Bob"), kDeviceB).member;
    s.join(QStringLiteral("Silent"), QStringLiteral("11111111111111111111111111111111"));
    s.score(ann, QStringLiteral("rust"), QStringLiteral("maturity"), 5, QStringLiteral("battle-tested"));
    s.score(bob, QStringLiteral("rust"), QStringLiteral("maturity"), 1, {});
    s.score(bob, QStringLiteral("go"), QStringLiteral("fun"), 3, {});
    const RoundResult r = s.reveal(QStringLiteral("R"));
    Workspace expected = before;
    Voting::applyRound(expected, r);

    Document doc(std::make_unique<Workspace>(before));
    QString error;
    QVERIFY2(Voting::revealInto(doc, r, QStringLiteral("Reveal"), &error), qPrintable(error));
    QCOMPARE(doc.workspace(), expected);
    QCOMPARE(doc.historyCount(), 1);
    QCOMPARE(doc.undoText(), QStringLiteral("Reveal"));
    doc.undo();
    QCOMPARE(doc.workspace(), before);
    doc.redo();
    QCOMPARE(doc.workspace(), expected);
    // Revealed again (a resumed session): the round is replaced, as applyRound does.
    QVERIFY2(Voting::revealInto(doc, r, QStringLiteral("Reveal again"), &error), qPrintable(error));
    Voting::applyRound(expected, r);
    QCOMPARE(doc.workspace(), expected);
    QCOMPARE(doc.historyCount(), 2);

    // A refused value leaves nothing behind: no half-written round, no step.
    RoundResult bad = r;
    bad.revealedAt = QStringLiteral("not a date");
    bad.number = 9;
    Document other(std::make_unique<Workspace>(before));
    if (!Voting::revealInto(other, bad, QStringLiteral("Reveal"), &error)) {
        QVERIFY(!error.isEmpty());
        QCOMPARE(other.workspace(), before);
        QCOMPARE(other.historyCount(), 0);
        QVERIFY(!other.canRedo());
    }
}

void TestVoting::movementSaysHowOpinionsMoved()
{
    Workspace ws = smallWorkspace();
    VotingSession s(Voting::defaultBallot(ws, QStringLiteral("t")), ws.raters, QStringLiteral("S"), QStringLiteral("T"));
    const int a = s.join(QStringLiteral("A"), kDeviceA).member;
    const int b = s.join(QStringLiteral("B"), kDeviceB).member;
    s.score(a, QStringLiteral("rust"), QStringLiteral("fun"), 5, {});
    s.score(b, QStringLiteral("rust"), QStringLiteral("fun"), 1, {});
    Voting::applyRound(ws, s.reveal(QStringLiteral("R1")));
    s.nextRound(QStringLiteral("T2"));
    s.score(b, QStringLiteral("rust"), QStringLiteral("fun"), 4, {});
    Voting::applyRound(ws, s.reveal(QStringLiteral("R2")));
    const std::vector<Voting::RoundSummary> rounds = Voting::latestSession(ws, QStringLiteral("t"));
    QCOMPARE(rounds.size(), size_t(2));
    QCOMPARE(rounds[0].disputedCells, 1);
    QCOMPARE(rounds[0].meanSpread, 4.0);
    QCOMPARE(rounds[1].disputedCells, 0);
    QCOMPARE(rounds[1].meanSpread, 1.0);
    QCOMPARE(rounds[1].raters, 2);
    const QString text = Voting::movementText(rounds);
    QVERIFY2(text.contains(u"2 rounds") && text.contains(u"1 → 0") && text.contains(u"4.0 → 1.0"), qPrintable(text));
    QVERIFY(Voting::latestSession(ws, QStringLiteral("other")).empty());
    // A decision record drafted for the tier says it.
    const Decisions::Draft draft = Decisions::draftFromAnalysis(ws, QStringLiteral("t"), QDate(2026, 12, 1));
    QVERIFY2(draft.record.moreInformation.contains(text), qPrintable(draft.record.moreInformation));
}

void TestVoting::roundsSurviveSqliteAndYaml()
{
    Workspace ws = Testing::generateWorkspace(Testing::GeneratorSpec{}, 7);
    QVERIFY(!ws.votingRounds.empty());
    QVERIFY(!ws.roundScores.empty());
    std::unique_ptr<WorkspaceFormat> formats[] = {Formats::sqlite(), Formats::yaml()};
    for (const std::unique_ptr<WorkspaceFormat> &format : formats) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY2(format->write(ws, out), qPrintable(format->errorString()));
        QBuffer in;
        in.setData(out.data());
        in.open(QIODevice::ReadOnly);
        std::unique_ptr<Workspace> back = format->read(in);
        QVERIFY2(back, qPrintable(format->errorString()));
        QCOMPARE(back->votingRounds, ws.votingRounds);
        QCOMPARE(back->roundScores, ws.roundScores);
    }
}

QTEST_GUILESS_MAIN(TestVoting)
#include "tst_voting.moc"
