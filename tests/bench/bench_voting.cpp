// Live voting under load, on loopback only: N simulated members (default 50)
// join and score every cell of a 12 × 40 ballot at once while the GUI shows
// the projector panel. Measures submit → projector progress latency (p50, p99,
// max), the reveal (press → matrix updated) and the longest GUI event-loop
// block; checks every score arrived exactly once with its value.
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_voting
//   build/tests/bench/bench_voting --smoke     (5 members, 4 × 6 cells: the CTest check, no timings asserted)
#include "document.h"
#include "generator.h"
#include "livevoting.h"
#include "mainwindow.h"
#include "workspacefile.h"
#include "workshopmode.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace ArchBoard;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

int expectedScore(int member, int cell)
{
    return (member * 7 + cell) % 5 + 1;
}

/// The members' devices: one thread, one WebSocket each, every cell scored as fast as the socket takes it.
class Swarm : public QObject
{
public:
    Swarm(int members, const VotingEndpoint &endpoint, const VotingBallot &ballot, std::vector<std::unique_ptr<std::atomic<qint64>[]>> *sent)
        : m_members(members)
        , m_endpoint(endpoint)
        , m_ballot(ballot)
        , m_sent(sent)
    {
    }
    std::atomic<int> acked{0};
    std::atomic<int> errors{0};

    void start()
    {
        for (int m = 0; m < m_members; ++m) {
            auto *socket = new QWebSocket(QStringLiteral("http://127.0.0.1:%1").arg(m_endpoint.port), QWebSocketProtocol::VersionLatest, this);
            connect(socket, &QWebSocket::connected, this, [socket, this] {
                send(socket, {{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("code"), m_endpoint.joinCode}});
            });
            connect(socket, &QWebSocket::textMessageReceived, this, [this, socket, m](const QString &text) { onMessage(socket, m, text); });
            QUrl url(m_endpoint.url + QStringLiteral("ws"));
            url.setScheme(QStringLiteral("ws"));
            socket->open(url);
        }
    }

private:
    void send(QWebSocket *socket, const QJsonObject &o)
    {
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    void onMessage(QWebSocket *socket, int m, const QString &text)
    {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == u"welcome") {
            send(socket, {{QStringLiteral("type"), QStringLiteral("join")},
                          {QStringLiteral("name"), QStringLiteral("member-%1").arg(m, 2, 10, QLatin1Char('0'))},
                          {QStringLiteral("device"), QStringLiteral("%1").arg(m + 1, 32, 16, QLatin1Char('0'))}});
        } else if (type == u"ballot") {
            for (int cell = 0; cell < m_ballot.cellCount(); ++cell) {
                (*m_sent)[size_t(m)][size_t(cell)].store(nowNs());
                send(socket, {{QStringLiteral("type"), QStringLiteral("score")},
                              {QStringLiteral("seq"), cell},
                              {QStringLiteral("candidate"), m_ballot.candidateOf(cell)},
                              {QStringLiteral("criterion"), m_ballot.criterionOf(cell)},
                              {QStringLiteral("score"), expectedScore(m, cell)}});
            }
        } else if (type == u"ack") {
            ++acked;
        } else if (type == u"error") {
            ++errors;
            std::fprintf(stderr, "member %d: %s\n", m, qPrintable(text));
        }
    }

    int m_members;
    VotingEndpoint m_endpoint;
    VotingBallot m_ballot;
    std::vector<std::unique_ptr<std::atomic<qint64>[]>> *m_sent;
};

class GapProbe : public QObject
{
public:
    GapProbe()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGap = std::max(m_maxGap, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    double maxMs() const { return double(std::max(m_maxGap, m_clock.nsecsElapsed() - m_last)) / 1e6; }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_maxGap = 0;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
};

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[size_t(std::min<double>(double(v.size() - 1), p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const int members = smoke ? 5 : 50;
    Testing::GeneratorSpec spec = smoke ? Testing::GeneratorSpec{} : Testing::largeSpec();
    spec.candidates = smoke ? 4 : 12;
    spec.criteria = smoke ? 6 : 40;
    Workspace ws = Testing::generateWorkspace(spec, 42);
    // Every candidate and criterion on the ballot: 12 × 40 rated cells.
    for (Candidate &c : ws.candidates)
        c.shortlisted = true;
    for (Criterion &k : ws.criteria)
        k.kind = CriterionKind::Rated;
    VotingBallot ballot;
    ballot.tier = ws.tiers.front().id;
    for (const Candidate &c : ws.candidates)
        ballot.candidates << c.id;
    for (const Criterion &k : ws.criteria)
        ballot.criteria << k.id;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("voting.archboard"));
    QString error;
    if (!WorkspaceFile::save(ws, path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    if (!w.openFile(path))
        return 1;
    LiveVoting::Options options;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.journalDirectory = dir.filePath(QStringLiteral("journal"));
    if (!w.startVoting(ballot, options, true)) {
        std::fprintf(stderr, "cannot open voting\n");
        return 1;
    }
    w.workshopMode()->resize(1920, 1080);
    // The projector's first paint (a 1920 × 1080 window, software raster:
    // about 70 ms) happens before anyone joins; it is not part of the scoring.
    waitUntil([] { return false; }, 500);
    LiveVoting *voting = w.liveVoting();
    const int cells = ballot.cellCount();
    const qint64 total = qint64(members) * cells;

    std::vector<std::unique_ptr<std::atomic<qint64>[]>> sent;
    std::vector<int> seen(size_t(members), 0);
    for (int m = 0; m < members; ++m) {
        sent.emplace_back(new std::atomic<qint64>[size_t(cells)]);
        for (int c = 0; c < cells; ++c)
            sent.back()[size_t(c)].store(0);
    }
    std::vector<double> latencies;
    latencies.reserve(size_t(total));
    QObject::connect(voting, &LiveVoting::statusChanged, &w, [&](const VotingStatus &s) {
        const qint64 now = nowNs();
        for (const MemberProgress &p : s.members) {
            const int m = p.name.mid(7).toInt();
            if (!p.name.startsWith(u"member-") || m < 0 || m >= members)
                continue;
            for (int i = seen[size_t(m)]; i < p.scored; ++i)
                latencies.push_back(double(now - sent[size_t(m)][size_t(i)].load()) / 1e6);
            seen[size_t(m)] = std::max(seen[size_t(m)], p.scored);
        }
    });

    GapProbe probe;
    QThread thread;
    Swarm swarm(members, voting->endpoint(), ballot, &sent);
    swarm.moveToThread(&thread);
    thread.start();
    QElapsedTimer wall;
    wall.start();
    probe.reset();
    QMetaObject::invokeMethod(&swarm, [&swarm] { swarm.start(); });
    const bool allArrived = waitUntil([&] { return voting->status().accepted >= total && qint64(latencies.size()) >= total; }, 120000);
    const double scoringMs = double(wall.nsecsElapsed()) / 1e6;
    const double blockScoring = probe.maxMs();

    // Reveal: press → every rater's scores in the matrix (one undo step).
    probe.reset();
    bool revealed = false;
    QObject::connect(voting, &LiveVoting::revealed, &w, [&] { revealed = true; });
    QElapsedTimer revealClock;
    revealClock.start();
    voting->reveal();
    waitUntil([&] { return revealed; }, 60000);
    const double revealMs = double(revealClock.nsecsElapsed()) / 1e6;
    waitUntil([] { return false; }, 300); // the views repaint after the reset
    const double blockReveal = probe.maxMs();
    QThread *mainThread = QThread::currentThread();
    QMetaObject::invokeMethod(&swarm, [&swarm, mainThread] {
        qDeleteAll(swarm.findChildren<QWebSocket *>());
        swarm.moveToThread(mainThread);
    }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();

    // Every score exactly once, with its value.
    const Workspace &after = w.document()->workspace();
    qint64 wrong = 0;
    qint64 present = 0;
    QHash<QString, int> memberOfRater;
    for (const Rater &r : after.raters) {
        if (r.name.startsWith(u"member-"))
            memberOfRater.insert(r.id, r.name.mid(7).toInt());
    }
    QSet<QString> keys;
    qint64 duplicates = 0;
    for (const Rating &r : after.ratings) {
        const auto it = memberOfRater.constFind(r.rater);
        if (it == memberOfRater.cend())
            continue;
        const QString key = r.rater + u'/' + r.candidate + u'/' + r.criterion;
        duplicates += keys.contains(key) ? 1 : 0;
        keys.insert(key);
        ++present;
        if (r.score != expectedScore(*it, ballot.cellIndex(r.candidate, r.criterion)))
            ++wrong;
    }
    const qint64 roundScores = qint64(after.roundScores.size()) - qint64(ws.roundScores.size());
    const bool ok = allArrived && revealed && present == total && wrong == 0 && duplicates == 0 && roundScores == total
        && swarm.errors.load() == 0 && voting->status().accepted == total;

    std::printf("| live voting, %d members × %d cells (%lld scores), loopback | value |\n", members, cells, total);
    std::printf("|---|---|\n");
    std::printf("| all scores accepted by the server                | %lld of %lld |\n", voting->status().accepted, total);
    std::printf("| in the matrix after the reveal (exactly once, right value) | %lld (wrong %lld, duplicated %lld) |\n", present, wrong, duplicates);
    std::printf("| kept in round_scores                             | %lld |\n", roundScores);
    std::printf("| scoring burst, first send → last progress update | %.0f ms |\n", scoringMs);
    std::printf("| submit → projector progress, p50                 | %.1f ms |\n", percentile(latencies, 0.50));
    std::printf("| submit → projector progress, p99                 | %.1f ms |\n", percentile(latencies, 0.99));
    std::printf("| submit → projector progress, max                 | %.1f ms |\n", percentile(latencies, 1.0));
    std::printf("| reveal: press → matrix updated (one undo step)   | %.0f ms |\n", revealMs);
    std::printf("| longest GUI block while members score           | %.1f ms |\n", blockScoring);
    std::printf("| longest GUI block during the reveal              | %.1f ms |\n", blockReveal);
    std::printf("%s\n", ok ? "OK: every score arrived once" : "FAILED: scores lost, duplicated or wrong");
    voting->close();
    return ok ? 0 : 1;
}
