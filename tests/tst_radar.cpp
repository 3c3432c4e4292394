// The technology radar: rings from decision records and selection scores,
// movement since the last export, the Zalando JSON and BYOR CSV files, and
// `archboard-cli export --radar`.
#include "cliprocess.h"
#include "analysis.h"
#include "document.h"
#include "generator.h"
#include "radar.h"
#include "radarformat.h"
#include "selection.h"
#include "techradarexport.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ArchBoard;

namespace {

const RadarBlip *blipOf(const TechRadar &radar, const QString &candidate)
{
    for (const RadarBlip &b : radar.blips)
        if (b.candidate == candidate)
            return &b;
    return nullptr;
}

DecisionRecord *recordOf(Workspace &ws, const QString &id)
{
    for (DecisionRecord &d : ws.decisions)
        if (d.id == id)
            return &d;
    qFatal("no record %s", qPrintable(id));
}

Candidate *candidateOf(Workspace &ws, const QString &id)
{
    for (Candidate &c : ws.candidates)
        if (c.id == id)
            return &c;
    qFatal("no candidate %s", qPrintable(id));
}

bool winsATier(const SelectionResult &sel, const QString &candidate)
{
    for (const TierResult &t : sel.tiers)
        if (t.winner == candidate)
            return true;
    return false;
}

bool knockedOutEverywhere(const SelectionResult &sel, const QString &candidate)
{
    int scored = 0;
    for (const TierResult &t : sel.tiers)
        for (const CandidateScore &s : t.ranking)
            if (s.candidate == candidate) {
                ++scored;
                if (!s.knockedOut)
                    return false;
            }
    return scored > 0;
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

using Run = Testing::CliRun;
using Testing::cli;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QStringList kHostileNames = {
    QStringLiteral("=cmd()"),
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("a,b & c"),
    QStringLiteral("say \"hi\""),
    QStringLiteral("line1\nline2"),
    QStringLiteral("+SUM(A1)"),
};

Workspace hostileWorkspace()
{
    Workspace ws = Testing::sampleWorkspace();
    for (int i = 0; i < kHostileNames.size(); ++i) {
        Candidate c;
        c.id = QStringLiteral("hostile-%1").arg(i);
        c.name = kHostileNames.at(i);
        c.category = CandidateCategory(i % 5);
        c.shortlisted = true;
        ws.candidates.push_back(c);
    }
    return ws;
}

} // namespace

class TestRadar : public QObject
{
    Q_OBJECT

private slots:
    void sampleRingsFollowTheRules();
    void recordStatusMovesTheBlip();
    void linkedCandidateOfARecordWithoutChosenOption();
    void knockedOutEverywhereIsHold();
    void rankedButNotWinningIsAssess();
    void quadrantsFromCategory();
    void movementAgainstTheLatestExport();
    void noHistoryMeansAllNew();
    void recordExportIsOneUndoStep();
    void zalandoJsonShape();
    void byorCsvParsesBackAndIsInert();
    void fileKindFromExtension();
    void cliExportsAndRecords();
    void cliRejectsBadInput();
    void guiExportWritesAndRecords();
};

void TestRadar::sampleRingsFollowTheRules()
{
    const Workspace ws = Testing::sampleWorkspace();
    const SelectionResult sel = Selection::compute(ws);
    const TechRadar radar = Radar::build(ws, sel);

    // ADR-0001 is proposed and chooses Rust.
    const RadarBlip *rust = blipOf(radar, QStringLiteral("rust"));
    QVERIFY(rust);
    QCOMPARE(rust->ring, RadarRing::Trial);
    QCOMPARE(rust->basis, RadarBasis::ProposedRecord);
    QCOMPARE(rust->decision, QStringLiteral("adr-0001"));
    QVERIFY2(rust->reason.contains(QStringLiteral("adr-0001")), qPrintable(rust->reason));

    // The other shortlisted candidates follow the selection engine's result.
    int scored = 0;
    for (const Candidate &c : ws.candidates) {
        const RadarBlip *b = blipOf(radar, c.id);
        if (!c.shortlisted) {
            QVERIFY2(!b, qPrintable(c.id));
            continue;
        }
        QVERIFY2(b, qPrintable(c.id));
        if (c.id == u"rust")
            continue;
        ++scored;
        if (winsATier(sel, c.id)) {
            QCOMPARE(b->ring, RadarRing::Trial);
            QCOMPARE(b->basis, RadarBasis::TierWinner);
            const auto tier = std::find_if(sel.tiers.begin(), sel.tiers.end(), [&](const TierResult &t) { return t.tier == b->tier; });
            QVERIFY(tier != sel.tiers.end());
            QCOMPARE(tier->winner, c.id);
            QCOMPARE(*b->score, tier->ranking.front().score);
        } else if (knockedOutEverywhere(sel, c.id)) {
            QCOMPARE(b->ring, RadarRing::Hold);
        } else {
            QCOMPARE(b->ring, RadarRing::Assess);
        }
        QVERIFY(!b->reason.isEmpty());
    }
    QCOMPARE(scored, 2);

    // Go and Python are neither shortlisted nor decided: left off, with the reason.
    QCOMPARE(int(radar.omitted.size()), 2);
    QCOMPARE(radar.omitted[0].candidate, QStringLiteral("go"));
    QCOMPARE(radar.omitted[1].candidate, QStringLiteral("python"));
    QVERIFY(!radar.omitted[0].reason.isEmpty());
    QVERIFY(Radar::movementSummary(radar).contains(QStringLiteral("Go")));
}

void TestRadar::recordStatusMovesTheBlip()
{
    Workspace ws = Testing::sampleWorkspace();
    const QString rust = QStringLiteral("rust");

    recordOf(ws, QStringLiteral("adr-0001"))->status = DecisionStatus::Accepted;
    QCOMPARE(blipOf(Radar::build(ws), rust)->ring, RadarRing::Adopt);
    QCOMPARE(blipOf(Radar::build(ws), rust)->basis, RadarBasis::AcceptedRecord);

    // Records outrank scores: Rust wins a tier, but a rejected record puts it on hold.
    QVERIFY(winsATier(Selection::compute(ws), rust));
    recordOf(ws, QStringLiteral("adr-0001"))->status = DecisionStatus::Rejected;
    QCOMPARE(blipOf(Radar::build(ws), rust)->ring, RadarRing::Hold);
    recordOf(ws, QStringLiteral("adr-0001"))->status = DecisionStatus::Deprecated;
    QCOMPARE(blipOf(Radar::build(ws), rust)->ring, RadarRing::Hold);

    // Superseded by a record choosing Java: Rust is not re-chosen → Hold.
    DecisionRecord *old = recordOf(ws, QStringLiteral("adr-0001"));
    old->status = DecisionStatus::Superseded;
    old->supersededBy = QStringLiteral("adr-0002");
    DecisionRecord next = *old;
    next.id = QStringLiteral("adr-0002");
    next.number = 2;
    next.status = DecisionStatus::Accepted;
    next.supersededBy.clear();
    ws.decisions.push_back(next);
    ws.decisionOptions.push_back({next.id, QStringLiteral("JAVA"), {}, {}, {}, true}); // matched case-insensitively
    ws.decisionOptions.push_back({next.id, QStringLiteral("Rust"), {}, {}, {}, false});
    TechRadar radar = Radar::build(ws);
    QCOMPARE(blipOf(radar, rust)->ring, RadarRing::Hold);
    QCOMPARE(blipOf(radar, rust)->basis, RadarBasis::ClosedRecord);
    QVERIFY(blipOf(radar, rust)->reason.contains(QStringLiteral("adr-0002")));
    QCOMPARE(blipOf(radar, QStringLiteral("java"))->ring, RadarRing::Adopt);
    QCOMPARE(blipOf(radar, QStringLiteral("java"))->decision, QStringLiteral("adr-0002"));

    // Re-chosen by the new record (by id): Rust is adopted again.
    ws.decisionOptions.back().chosen = true;
    ws.decisionOptions.back().name = QStringLiteral("rust");
    radar = Radar::build(ws);
    QCOMPARE(blipOf(radar, rust)->ring, RadarRing::Adopt);
    QCOMPARE(blipOf(radar, rust)->decision, QStringLiteral("adr-0002"));
}

void TestRadar::linkedCandidateOfARecordWithoutChosenOption()
{
    Workspace ws = Testing::sampleWorkspace();
    DecisionRecord d;
    d.id = QStringLiteral("adr-0009");
    d.number = 9;
    d.title = QStringLiteral("Keep Python for BI");
    d.status = DecisionStatus::Accepted;
    ws.decisions.push_back(d);
    ws.decisionOptions.push_back({d.id, QStringLiteral("Python"), {}, {}, {}, false});
    ws.decisionLinks.push_back({d.id, LinkKind::Candidate, QStringLiteral("python")});
    TechRadar radar = Radar::build(ws);
    QVERIFY(blipOf(radar, QStringLiteral("python")));
    QCOMPARE(blipOf(radar, QStringLiteral("python"))->ring, RadarRing::Adopt);
    QCOMPARE(int(radar.omitted.size()), 1);

    // Once an option is chosen, the links no longer decide: Python is left off again.
    ws.decisionOptions.push_back({d.id, QStringLiteral("Java"), {}, {}, {}, true});
    radar = Radar::build(ws);
    QVERIFY(!blipOf(radar, QStringLiteral("python")));
    QCOMPARE(blipOf(radar, QStringLiteral("java"))->ring, RadarRing::Adopt);
}

void TestRadar::knockedOutEverywhereIsHold()
{
    Workspace ws = Testing::sampleWorkspace();
    ws.decisions.clear();
    ws.decisionOptions.clear();
    ws.decisionLinks.clear();
    // Every tier demands deterministic memory: only Rust passes.
    for (const SlaTier &t : ws.tiers)
        if (t.id != u"tier-9999")
            ws.tierThresholds.push_back({t.id, QStringLiteral("memory-jitter"), Comparison::LessOrEqual, 1.0, {}});
    const SelectionResult sel = Selection::compute(ws);
    const TechRadar radar = Radar::build(ws, sel);
    for (const QString &id : {QStringLiteral("typescript"), QStringLiteral("java")}) {
        QVERIFY(knockedOutEverywhere(sel, id));
        const RadarBlip *b = blipOf(radar, id);
        QCOMPARE(b->ring, RadarRing::Hold);
        QCOMPARE(b->basis, RadarBasis::KnockedOut);
        QVERIFY2(b->reason.contains(QStringLiteral("P99")) || b->reason.contains(QStringLiteral("jitter")), qPrintable(b->reason));
    }
    QCOMPARE(blipOf(radar, QStringLiteral("rust"))->ring, RadarRing::Trial);
    QCOMPARE(blipOf(radar, QStringLiteral("rust"))->basis, RadarBasis::TierWinner);
    QCOMPARE(sel.tiers.size(), size_t(3));
    QVERIFY(blipOf(radar, QStringLiteral("rust"))->reason.count(QStringLiteral("score")) == 3);
}

void TestRadar::rankedButNotWinningIsAssess()
{
    Workspace ws = Testing::sampleWorkspace();
    ws.decisions.clear();
    ws.decisionOptions.clear();
    ws.decisionLinks.clear();
    // In the sample each shortlisted candidate wins one tier; shortlisted, Go ranks without winning.
    candidateOf(ws, QStringLiteral("go"))->shortlisted = true;
    const QString loser = QStringLiteral("go");
    const SelectionResult sel = Selection::compute(ws);
    QVERIFY(!winsATier(sel, loser));
    QVERIFY(!knockedOutEverywhere(sel, loser));
    const TechRadar radar = Radar::build(ws, sel);
    const RadarBlip *b = blipOf(radar, loser);
    QVERIFY(b);
    QCOMPARE(b->ring, RadarRing::Assess);
    QCOMPARE(b->basis, RadarBasis::Shortlisted);
    // The best tier's score and rank are the engine's.
    const auto tier = std::find_if(sel.tiers.begin(), sel.tiers.end(), [&](const TierResult &t) { return t.tier == b->tier; });
    QVERIFY(tier != sel.tiers.end());
    const auto score = std::find_if(tier->ranking.begin(), tier->ranking.end(), [&](const CandidateScore &s) { return s.candidate == loser; });
    QCOMPARE(*b->score, score->score);
    QVERIFY2(b->reason.contains(QString::number(score->rank)), qPrintable(b->reason));
    for (const TierResult &t : sel.tiers)
        for (const CandidateScore &s : t.ranking)
            if (s.candidate == loser && !s.knockedOut)
                QVERIFY(s.score <= *b->score);

    // No SLA tier at all: shortlisted candidates are assessed, not ranked.
    ws.tiers.clear();
    ws.tierWeights.clear();
    ws.tierThresholds.clear();
    const TechRadar untiered = Radar::build(ws);
    QCOMPARE(blipOf(untiered, loser)->ring, RadarRing::Assess);
    QVERIFY(!blipOf(untiered, loser)->score);
}

void TestRadar::quadrantsFromCategory()
{
    const std::vector<RadarQuadrant> qs = Radar::quadrants();
    QCOMPARE(qs.size(), size_t(4));
    QCOMPARE(qs[0].key, QStringLiteral("languages-frameworks"));
    QCOMPARE(qs[0].name, QStringLiteral("Languages & Frameworks"));
    QCOMPARE(Radar::quadrantOf(CandidateCategory::Language), 0);
    QCOMPARE(Radar::quadrantOf(CandidateCategory::Framework), 0);
    QCOMPARE(qs[size_t(Radar::quadrantOf(CandidateCategory::Platform))].name, QStringLiteral("Platforms"));
    QCOMPARE(qs[size_t(Radar::quadrantOf(CandidateCategory::Tool))].name, QStringLiteral("Tools"));
    QCOMPARE(qs[size_t(Radar::quadrantOf(CandidateCategory::Technique))].name, QStringLiteral("Techniques"));

    Workspace ws = Testing::sampleWorkspace();
    candidateOf(ws, QStringLiteral("java"))->category = CandidateCategory::Platform;
    const TechRadar radar = Radar::build(ws);
    QCOMPARE(blipOf(radar, QStringLiteral("java"))->quadrant, 1);
    QCOMPARE(Radar::historyEntries(radar, QStringLiteral("x"))[2].quadrant, QStringLiteral("platforms"));
}

void TestRadar::movementAgainstTheLatestExport()
{
    Workspace ws = Testing::sampleWorkspace();
    const TechRadar before = Radar::build(ws);
    QCOMPARE(blipOf(before, QStringLiteral("rust"))->ring, RadarRing::Trial);
    const RadarRing typescript = blipOf(before, QStringLiteral("typescript"))->ring;
    QVERIFY(typescript != RadarRing::Hold);

    // An older export that must be ignored, then the latest one.
    ws.radarHistory.push_back({QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("java"), QStringLiteral("Java"),
                               QStringLiteral("languages-frameworks"), RadarRing::Hold});
    const QString latest = QStringLiteral("2026-03-01T10:00:00Z");
    ws.radarHistory.push_back({latest, QStringLiteral("rust"), QStringLiteral("Rust"), QStringLiteral("languages-frameworks"), RadarRing::Adopt});
    ws.radarHistory.push_back({latest, QStringLiteral("typescript"), QStringLiteral("TypeScript"), QStringLiteral("languages-frameworks"),
                               RadarRing::Hold});
    ws.radarHistory.push_back({latest, QStringLiteral("go"), QStringLiteral("Go"), QStringLiteral("languages-frameworks"), RadarRing::Assess});
    // Later as a date and time, earlier as text (no seconds' fraction, other offset).
    ws.radarHistory.push_back({QStringLiteral("2026-03-01T09:00:00-02:00"), QStringLiteral("java"), QStringLiteral("Java"),
                               QStringLiteral("languages-frameworks"), RadarRing::Hold});
    QCOMPARE(Radar::latestExport(ws), QStringLiteral("2026-03-01T09:00:00-02:00"));
    ws.radarHistory.pop_back();
    QCOMPARE(Radar::latestExport(ws), latest);

    const TechRadar radar = Radar::build(ws);
    QCOMPARE(radar.previousExport, latest);
    const RadarBlip *rust = blipOf(radar, QStringLiteral("rust"));
    QCOMPARE(rust->movement, RadarMovement::MovedOut); // Adopt → Trial
    QCOMPARE(*rust->previousRing, RadarRing::Adopt);
    QCOMPARE(blipOf(radar, QStringLiteral("typescript"))->movement, RadarMovement::MovedIn); // Hold → inner
    QCOMPARE(blipOf(radar, QStringLiteral("java"))->movement, RadarMovement::New); // only in the older export
    QVERIFY(!blipOf(radar, QStringLiteral("java"))->previousRing);
    QCOMPARE(int(radar.dropped.size()), 1);
    QCOMPARE(radar.dropped[0].candidate, QStringLiteral("go"));
    QCOMPARE(radar.count(RadarMovement::MovedIn), 1);
    QCOMPARE(radar.count(RadarMovement::MovedOut), 1);
    QCOMPARE(radar.count(RadarMovement::New), 1);
    // BYOR shows the movement from its `status` column (isNew alone says only "new or not").
    const auto byorStatus = [](const TechRadar &r, const QString &name) {
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(RadarFormat::byorCsv(r)));
        for (const QStringList &row : rows) {
            if (row.value(0) == name)
                return row.value(3) + u'/' + row.value(4);
        }
        return QString();
    };
    QCOMPARE(byorStatus(radar, QStringLiteral("Rust")), QStringLiteral("FALSE/Moved Out"));
    QCOMPARE(byorStatus(radar, QStringLiteral("TypeScript")), QStringLiteral("FALSE/Moved In"));
    QCOMPARE(byorStatus(radar, QStringLiteral("Java")), QStringLiteral("TRUE/New"));

    // Record this export: the next build finds every blip unchanged.
    const QString next = Radar::nextExportTime(ws);
    QVERIFY(QDateTime::fromString(next, Qt::ISODate) > QDateTime::fromString(latest, Qt::ISODate));
    const std::vector<RadarEntry> rows = Radar::historyEntries(radar, next);
    QCOMPARE(rows.size(), radar.blips.size());
    ws.radarHistory.insert(ws.radarHistory.end(), rows.begin(), rows.end());
    const TechRadar again = Radar::build(ws);
    QCOMPARE(again.previousExport, next);
    QCOMPARE(again.count(RadarMovement::Unchanged), int(again.blips.size()));
    QCOMPARE(byorStatus(again, QStringLiteral("Rust")), QStringLiteral("FALSE/No Change"));
    QVERIFY(again.dropped.empty());

    // A status change after the export shows up as a move.
    recordOf(ws, QStringLiteral("adr-0001"))->status = DecisionStatus::Accepted;
    const TechRadar moved = Radar::build(ws);
    QCOMPARE(blipOf(moved, QStringLiteral("rust"))->movement, RadarMovement::MovedIn);
    QVERIFY(Radar::movementSummary(moved).contains(QStringLiteral("Rust")));
}

void TestRadar::noHistoryMeansAllNew()
{
    const TechRadar radar = Radar::build(Testing::sampleWorkspace());
    QVERIFY(radar.previousExport.isEmpty());
    QVERIFY(!radar.blips.empty());
    QCOMPARE(radar.count(RadarMovement::New), int(radar.blips.size()));
    QVERIFY(radar.dropped.empty());

    // A future-dated history keeps the next export strictly later.
    Workspace ws = Testing::sampleWorkspace();
    ws.radarHistory.push_back({QStringLiteral("2999-01-01T00:00:00Z"), QStringLiteral("rust"), QStringLiteral("Rust"), {}, RadarRing::Trial});
    QCOMPARE(Radar::nextExportTime(ws), QStringLiteral("2999-01-01T00:00:01Z"));
}

void TestRadar::recordExportIsOneUndoStep()
{
    Document doc(std::make_unique<Workspace>(Testing::sampleWorkspace()));
    const Workspace original = doc.workspace();
    const TechRadar radar = Radar::build(doc.workspace());
    const int steps = doc.undoStack()->count();
    QString error;
    QVERIFY(Radar::recordExport(&doc, radar, QStringLiteral("2026-12-01T08:00:00Z"), &error));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.workspace().radarHistory.size(), radar.blips.size());
    QCOMPARE(doc.workspace().radarHistory, Radar::historyEntries(radar, QStringLiteral("2026-12-01T08:00:00Z")));
    doc.undoStack()->undo();
    QCOMPARE(doc.workspace(), original);
    doc.undoStack()->redo();
    QCOMPARE(doc.workspace().radarHistory.size(), radar.blips.size());

    // Read-only: refused, nothing changes.
    doc.setReadOnly(true);
    const Workspace recorded = doc.workspace();
    QVERIFY(!Radar::recordExport(&doc, radar, QStringLiteral("2026-12-02T08:00:00Z"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(doc.workspace(), recorded);
}

void TestRadar::zalandoJsonShape()
{
    Workspace ws = hostileWorkspace();
    ws.radarHistory.push_back({QStringLiteral("2026-03-01T10:00:00Z"), QStringLiteral("rust"), QStringLiteral("Rust"), {}, RadarRing::Adopt});
    ws.radarHistory.push_back({QStringLiteral("2026-03-01T10:00:00Z"), QStringLiteral("java"), QStringLiteral("Java"), {}, RadarRing::Hold});
    const TechRadar radar = Radar::build(ws);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(RadarFormat::zalandoJson(radar, QStringLiteral("2026-12-01")), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("date")).toString(), QStringLiteral("2026-12-01"));
    const QJsonArray quadrants = root.value(QStringLiteral("quadrants")).toArray();
    QCOMPARE(quadrants.size(), 4);
    for (const QJsonValue &q : quadrants)
        QVERIFY(!q.toObject().value(QStringLiteral("name")).toString().isEmpty());
    const QJsonArray rings = root.value(QStringLiteral("rings")).toArray();
    QCOMPARE(rings.size(), 4);
    QCOMPARE(rings[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Adopt"));
    for (const QJsonValue &r : rings)
        QVERIFY(QColor::isValidColorName(r.toObject().value(QStringLiteral("color")).toString()));
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), qsizetype(radar.blips.size()));
    QSet<int> moved;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries[i].toObject();
        const RadarBlip &b = radar.blips[size_t(i)];
        QCOMPARE(e.value(QStringLiteral("label")).toString(), b.name); // data, shown as text by radar.js
        const int quadrant = e.value(QStringLiteral("quadrant")).toInt(-9);
        const int ring = e.value(QStringLiteral("ring")).toInt(-9);
        QVERIFY(quadrant >= 0 && quadrant <= 3);
        QVERIFY(ring >= 0 && ring <= 3);
        QCOMPARE(ring, int(b.ring));
        QCOMPARE(e.value(QStringLiteral("active")).toBool(), true);
        moved.insert(e.value(QStringLiteral("moved")).toInt(-9));
        QCOMPARE(e.value(QStringLiteral("description")).toString().left(b.reason.size()), b.reason);
    }
    // Rust Adopt → Trial is out (−1), Java Hold → Trial is in (1), the rest are new (2).
    QCOMPARE(moved, (QSet<int>{-1, 1, 2}));
    for (const QString &name : kHostileNames)
        QVERIFY(blipOf(radar, QStringLiteral("hostile-%1").arg(kHostileNames.indexOf(name))));
}

void TestRadar::byorCsvParsesBackAndIsInert()
{
    const Workspace ws = hostileWorkspace();
    const TechRadar radar = Radar::build(ws);
    const QString text = QString::fromUtf8(RadarFormat::byorCsv(radar));
    QVERIFY(text.startsWith(QStringLiteral("name,ring,quadrant,isNew,status,description\n")));
    QVERIFY2(!text.contains(u'<') && !text.contains(u'>'), "no HTML reaches BYOR");
    const QList<QStringList> rows = parseCsv(text);
    QCOMPARE(rows.size(), qsizetype(radar.blips.size()) + 1);
    QCOMPARE(rows[0], (QStringList{"name", "ring", "quadrant", "isNew", "status", "description"}));
    const QStringList byorRings{"Adopt", "Trial", "Assess", "Hold"};
    const QStringList byorQuadrants{"Languages & Frameworks", "Platforms", "Tools", "Techniques"};
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        const RadarBlip &b = radar.blips[size_t(i - 1)];
        QCOMPARE(row.size(), 6);
        for (const QString &cell : row)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()), qPrintable(cell));
        QCOMPARE(row[1], byorRings[int(b.ring)]);
        QCOMPARE(row[2], byorQuadrants[b.quadrant]);
        QCOMPARE(row[3], QStringLiteral("TRUE")); // no earlier export: everything is new
        QCOMPARE(row[4], QStringLiteral("New"));
        QVERIFY(!row[5].isEmpty());
    }
    // Names come back HTML-escaped, formula-safe, whole (commas, quotes, line breaks kept).
    const auto rowOf = [&](const QString &id) {
        for (size_t i = 0; i < radar.blips.size(); ++i)
            if (radar.blips[i].candidate == id)
                return rows[qsizetype(i) + 1];
        return QStringList();
    };
    QCOMPARE(rowOf(QStringLiteral("hostile-0"))[0], QStringLiteral("'=cmd()"));
    QCOMPARE(rowOf(QStringLiteral("hostile-1"))[0], QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QCOMPARE(rowOf(QStringLiteral("hostile-2"))[0], QStringLiteral("a,b &amp; c"));
    QCOMPARE(rowOf(QStringLiteral("hostile-3"))[0], QStringLiteral("say &quot;hi&quot;"));
    QCOMPARE(rowOf(QStringLiteral("hostile-4"))[0], QStringLiteral("line1\nline2"));
    QCOMPARE(rowOf(QStringLiteral("hostile-5"))[0], QStringLiteral("'+SUM(A1)"));
    QCOMPARE(rowOf(QStringLiteral("hostile-2"))[2], QStringLiteral("Platforms"));
    QCOMPARE(rowOf(QStringLiteral("hostile-4"))[2], QStringLiteral("Techniques"));
}

void TestRadar::fileKindFromExtension()
{
    QCOMPARE(RadarFormat::kindOf(QStringLiteral("radar.json")), RadarFormat::Kind::ZalandoJson);
    QCOMPARE(RadarFormat::kindOf(QStringLiteral("/tmp/Radar.CSV")), RadarFormat::Kind::ByorCsv);
    QVERIFY(!RadarFormat::kindOf(QStringLiteral("radar.txt")));
    QVERIFY(!RadarFormat::kindOf(QStringLiteral("radar")));
    QTemporaryDir dir;
    QString error;
    QVERIFY(!RadarFormat::write(Radar::build(Testing::sampleWorkspace()), dir.filePath(QStringLiteral("radar.xml")), {}, &error));
    QVERIFY(error.contains(QStringLiteral("radar.xml")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("radar.xml"))));
}

void TestRadar::cliExportsAndRecords()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.archboard"));
    QCOMPARE(cli({QStringLiteral("sample"), ws}).code, 0);
    const TechRadar radar = Radar::build(Testing::sampleWorkspace());

    const QString json = dir.filePath(QStringLiteral("radar.json"));
    Run r = cli({QStringLiteral("export"), ws, QStringLiteral("--radar"), json});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("all new")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("not on the radar: Go")), qPrintable(r.out));
    const QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
    QCOMPARE(root.value(QStringLiteral("entries")).toArray().size(), qsizetype(radar.blips.size()));

    const QString csv = dir.filePath(QStringLiteral("radar.csv"));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--radar"), csv});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(readFile(csv)), QString::fromUtf8(RadarFormat::byorCsv(radar)));

    // Without --record the workspace is untouched; with it, one export is stored.
    InputError error;
    QVERIFY(WorkspaceFile::load(ws, &error)->radarHistory.empty());
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--radar"), json, QStringLiteral("--record")});
    QCOMPARE(r.code, 0);
    std::unique_ptr<Workspace> stored = WorkspaceFile::load(ws, &error);
    QVERIFY(stored);
    QCOMPARE(stored->radarHistory.size(), radar.blips.size());
    QCOMPARE(Radar::latestExport(*stored), stored->radarHistory.front().exportedAt);

    // The next export compares with the recorded one: nothing moved; recording again adds a second export.
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--radar"), csv, QStringLiteral("--record")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("0 new, 0 moved in, 0 moved out, %1 unchanged").arg(radar.blips.size())), qPrintable(r.out));
    QVERIFY(QString::fromUtf8(readFile(csv)).contains(QStringLiteral(",FALSE,")));
    stored = WorkspaceFile::load(ws, &error);
    QCOMPARE(stored->radarHistory.size(), 2 * radar.blips.size());
    QVERIFY(stored->radarHistory.back().exportedAt > stored->radarHistory.front().exportedAt);
}

void TestRadar::cliRejectsBadInput()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.archboard"));
    QCOMPARE(cli({QStringLiteral("sample"), ws}).code, 0);
    const QString txt = dir.filePath(QStringLiteral("radar.txt"));
    Run r = cli({QStringLiteral("export"), ws, QStringLiteral("--radar"), txt, QStringLiteral("--record")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("radar.txt")), qPrintable(r.err));
    QVERIFY(!QFile::exists(txt));
    InputError error;
    QVERIFY(WorkspaceFile::load(ws, &error)->radarHistory.empty());

    r = cli({QStringLiteral("export"), ws, QStringLiteral("--record")});
    QCOMPARE(r.code, 2);
    r = cli({QStringLiteral("export"), dir.filePath(QStringLiteral("missing.archboard")), QStringLiteral("--radar"),
             dir.filePath(QStringLiteral("r.json"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("missing.archboard")));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--radar"), dir.filePath(QStringLiteral("no-such-dir/r.json"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("r.json")));
}

void TestRadar::guiExportWritesAndRecords()
{
    // What File → Export Tech Radar… does once the file name is chosen.
    Document doc(std::make_unique<Workspace>(Testing::sampleWorkspace()));
    Analysis analysis(&doc);
    QTemporaryDir dir;
    const int steps = doc.undoStack()->count();
    QString message;
    QVERIFY(!TechRadarExport::exportTo(&analysis, dir.filePath(QStringLiteral("radar.svg")), &message));
    QVERIFY(message.contains(QStringLiteral("radar.svg")));
    QCOMPARE(doc.undoStack()->count(), steps);

    const QString csv = dir.filePath(QStringLiteral("radar.csv"));
    QVERIFY2(TechRadarExport::exportTo(&analysis, csv, &message), qPrintable(message));
    QVERIFY(readFile(csv).startsWith("name,ring,quadrant,isNew,status,description\n"));
    QVERIFY2(message.contains(QStringLiteral("all new")), qPrintable(message));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.workspace().radarHistory.size(), size_t(3));

    // The second export compares with the first; undo removes only the second.
    QVERIFY(TechRadarExport::exportTo(&analysis, dir.filePath(QStringLiteral("radar.json")), &message));
    QVERIFY2(message.contains(QStringLiteral("3 unchanged")), qPrintable(message));
    QCOMPARE(doc.workspace().radarHistory.size(), size_t(6));
    doc.undoStack()->undo();
    QCOMPARE(doc.workspace().radarHistory.size(), size_t(3));

    // Read-only: the file is written, the history is not.
    doc.setReadOnly(true);
    QVERIFY(TechRadarExport::exportTo(&analysis, dir.filePath(QStringLiteral("again.csv")), &message));
    QVERIFY(message.contains(QStringLiteral("not recorded")));
    QCOMPARE(doc.workspace().radarHistory.size(), size_t(3));
}

QTEST_GUILESS_MAIN(TestRadar)
#include "tst_radar.moc"
