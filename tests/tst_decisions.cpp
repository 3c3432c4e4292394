// Decision records: drafting from the live analysis, stale snapshots,
// MADR export/import (round trip, hostile text, foreign folders, adr-tools)
// and the CLI commands around them.
#include "cliprocess.h"
#include "decisions.h"
#include "generator.h"
#include "madrformat.h"
#include "madrtext.h"
#include "selection.h"
#include "tco.h"
#include "validation.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>

#include <cmath>

using namespace ArchBoard;

namespace {

using Run = Testing::CliRun;
using Testing::cli;

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString testData(const QString &rel)
{
    return qEnvironmentVariable("ARCHBOARD_TESTDATA") + u'/' + rel;
}

const DecisionFigure *figure(const Decisions::Draft &d, const QString &key)
{
    for (const DecisionFigure &f : d.figures) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

bool hasLink(const Decisions::Draft &d, LinkKind kind, const QString &element)
{
    return std::any_of(d.links.begin(), d.links.end(), [&](const DecisionLink &l) { return l.kind == kind && l.element == element; });
}

QString candidateName(const Workspace &ws, const QString &id)
{
    for (const Candidate &c : ws.candidates) {
        if (c.id == id)
            return c.name;
    }
    return id;
}

QStringList warningsAbout(const Workspace &ws, const QString &needle)
{
    QStringList out;
    for (const ValidationFinding &f : validateWorkspace(ws)) {
        if (f.severity == ValidationFinding::Severity::Warning && f.message.contains(needle))
            out << f.message;
    }
    return out;
}

/// The records of \a ws restricted to \a ids, as import would return them.
Workspace recordsOf(const Workspace &ws)
{
    Workspace out;
    out.decisions = ws.decisions;
    out.decisionOptions = ws.decisionOptions;
    out.decisionLinks = ws.decisionLinks;
    out.decisionFigures = ws.decisionFigures;
    return out;
}

const DecisionRecord *recordNumbered(const Workspace &ws, int n)
{
    for (const DecisionRecord &d : ws.decisions) {
        if (d.number == n)
            return &d;
    }
    return nullptr;
}

std::vector<DecisionOption> optionsOf(const Workspace &ws, const QString &id)
{
    std::vector<DecisionOption> out;
    for (const DecisionOption &o : ws.decisionOptions) {
        if (o.decision == id)
            out.push_back(o);
    }
    return out;
}

const char *flavourName(Madr::Flavour f)
{
    return f == Madr::Flavour::Madr4 ? "madr4" : "adr-tools";
}

/// The YAML of an adr-tools flavour file: the lines between "<!-- archboard-metadata" and "-->".
QString metadataComment(const QString &content)
{
    const qsizetype open = content.indexOf(QStringLiteral("\n<!-- archboard-metadata\n"));
    if (open < 0)
        return {};
    const qsizetype start = open + 25;
    const qsizetype close = content.indexOf(QStringLiteral("\n-->\n"), start);
    return close < 0 ? QString() : content.mid(start, close - start);
}

} // namespace

Q_DECLARE_METATYPE(ArchBoard::Madr::Flavour)

class TestDecisions : public QObject
{
    Q_OBJECT

private slots:
    void draftFromSample();
    void draftUnknownTier();
    void staleAfterEdit();
    void formatChangeShowsTheDifference();
    void supersededStillLinked();
    void supersedeWithDraftMovesLinks();
    void roundTrip_data();
    void roundTrip();
    void hostileText_data();
    void hostileText();
    void slugs_data();
    void slugs();
    void importFixtures_data();
    void importFixtures();
    void importMalformed();
    void mergeRenumbers();
    void adrList_data();
    void adrList();
    void adrToolsToc();
    void adrToolsMalformed();
    void cliCommands();
};

void TestDecisions::draftFromSample()
{
    const Workspace ws = Testing::sampleWorkspace();
    const QString tier = QStringLiteral("tier-9999");
    const QDate day(2026, 12, 1);
    const Decisions::Draft d = Decisions::draftFromAnalysis(ws, tier, day);

    int highest = 0;
    for (const DecisionRecord &r : ws.decisions)
        highest = std::max(highest, r.number);
    QCOMPARE(d.record.number, highest + 1);
    QCOMPARE(d.record.date, day);
    QCOMPARE(d.record.status, DecisionStatus::Proposed);
    QVERIFY(!d.record.id.isEmpty());
    QVERIFY(std::none_of(ws.decisions.begin(), ws.decisions.end(), [&](const DecisionRecord &r) { return r.id == d.record.id; }));

    // Against the selection engine.
    const SelectionResult sel = Selection::compute(ws);
    const auto t = std::find_if(sel.tiers.begin(), sel.tiers.end(), [&](const TierResult &r) { return r.tier == tier; });
    QVERIFY(t != sel.tiers.end());
    QVERIFY(!t->winner.isEmpty());
    const QString winnerName = candidateName(ws, t->winner);
    QVERIFY2(d.record.title.contains(winnerName), qPrintable(d.record.title));
    QCOMPARE(d.options.size(), t->ranking.size());
    for (size_t i = 0; i < t->ranking.size(); ++i) {
        QCOMPARE(d.options[i].name, candidateName(ws, t->ranking[i].candidate));
        QCOMPARE(d.options[i].chosen, t->ranking[i].candidate == t->winner);
        QVERIFY(hasLink(d, LinkKind::Candidate, t->ranking[i].candidate));
        const DecisionFigure *score = figure(d, QStringLiteral("selection/%1/score/%2").arg(tier, t->ranking[i].candidate));
        QVERIFY(score && score->value);
        QVERIFY(std::abs(*score->value - t->ranking[i].score * 100.0) < 1e-5);
        if (t->ranking[i].knockedOut)
            QVERIFY2(d.options[i].cons.contains(QStringLiteral("Knocked out")), qPrintable(d.options[i].cons));
    }
    for (qsizetype i = 0; i < t->criteria.size(); ++i) {
        const DecisionFigure *share = figure(d, QStringLiteral("selection/%1/share/%2").arg(tier, t->criteria[i]));
        QVERIFY(share && share->value);
        QVERIFY(std::abs(*share->value - t->shares[size_t(i)] * 100.0) < 1e-5);
        QVERIFY(d.record.drivers.contains(QString::number(t->shares[size_t(i)] * 100.0, 'f', 1)));
    }
    QVERIFY(d.record.outcome.contains(winnerName));
    QVERIFY(d.record.outcome.contains(QString::number(t->ranking.front().score * 100.0, 'f', 1)));
    QVERIFY(d.record.outcome.contains(QStringLiteral("Sensitivity")));
    QVERIFY(d.record.context.contains(QStringLiteral("99.99")));

    // Against the TCO engine: every other scenario's difference to the baseline.
    const QString baseline = Tco::baselineScenario(ws);
    const double baseTotal = Tco::compute(*Tco::input(ws, baseline)).totalAnnualUsd;
    for (const TcoScenario &s : ws.scenarios) {
        QVERIFY(hasLink(d, LinkKind::Scenario, s.id));
        const double total = Tco::compute(*Tco::input(ws, s.id)).totalAnnualUsd;
        const DecisionFigure *f = figure(d, QStringLiteral("tco/%1/total_usd").arg(s.id));
        QVERIFY(f && f->value);
        QVERIFY(std::abs(*f->value - total) < 1e-5);
        if (s.id != baseline) {
            const DecisionFigure *delta = figure(d, QStringLiteral("tco/%1/delta_usd").arg(s.id));
            QVERIFY(delta && delta->value);
            QVERIFY(std::abs(*delta->value - (total - baseTotal)) < 1e-5);
            QVERIFY2(d.record.consequences.contains(Tco::usd(total - baseTotal)), qPrintable(d.record.consequences));
        }
    }
    QVERIFY(hasLink(d, LinkKind::Tier, tier));
    for (const BoundedContext &c : ws.contexts)
        QCOMPARE(hasLink(d, LinkKind::Context, c.id), c.tier == tier);

    // Every frozen figure resolves to the live model and matches it now.
    QVERIFY(d.figures.size() > 20);
    for (const DecisionFigure &f : d.figures) {
        QCOMPARE(f.decision, d.record.id);
        const std::optional<Decisions::LiveFigure> live = Decisions::liveFigure(ws, f.key);
        QVERIFY2(live, qPrintable(f.key));
        QVERIFY2(Decisions::sameFigure(f, *live), qPrintable(f.key));
    }
    // The drafted record passes validation without errors.
    Workspace with = ws;
    Decisions::addDraft(&with, d);
    for (const ValidationFinding &f : validateWorkspace(with))
        QVERIFY2(f.severity != ValidationFinding::Severity::Error || !f.path().startsWith(u"decision"), qPrintable(f.path() + u' ' + f.message));
}

void TestDecisions::draftUnknownTier()
{
    const Workspace ws = Testing::sampleWorkspace();
    const Decisions::Draft d = Decisions::draftFromAnalysis(ws, QStringLiteral("no-such-tier"), QDate(2026, 1, 1));
    QVERIFY(d.options.empty());
    QVERIFY(d.figures.empty());
    QVERIFY(d.record.context.contains(QStringLiteral("no-such-tier")));
}

void TestDecisions::staleAfterEdit()
{
    Workspace ws = Testing::sampleWorkspace();
    const Decisions::Draft d = Decisions::draftFromAnalysis(ws, QStringLiteral("tier-9999"), QDate(2026, 12, 1));
    Decisions::addDraft(&ws, d);
    QVERIFY(Decisions::staleFigures(ws).empty());
    const QString label = Decisions::label(d.record.number);
    QVERIFY(warningsAbout(ws, label).isEmpty());

    // A weight moves: the shares and scores the board saw are no longer the model's.
    for (TierWeight &w : ws.tierWeights) {
        if (w.tier == u"tier-9999" && w.criterion == u"cold-start")
            w.weight = 9;
    }
    const std::vector<Decisions::StaleFigure> stale = Decisions::staleFigures(ws);
    QVERIFY(!stale.empty());
    const auto share = std::find_if(stale.begin(), stale.end(), [](const Decisions::StaleFigure &s) { return s.snapshot.key == u"selection/tier-9999/share/cold-start"; });
    QVERIFY(share != stale.end());
    QVERIFY(share->live && share->live->value);
    QVERIFY(*share->live->value > *share->snapshot.value);
    const QStringList warnings = warningsAbout(ws, label);
    QVERIFY(!warnings.isEmpty());
    QVERIFY2(warnings.join(u'\n').contains(share->snapshot.label), qPrintable(warnings.join(u'\n')));
    QVERIFY(warnings.join(u'\n').contains(QStringLiteral("was")));

    // A scenario goes: its figures no longer exist.
    Workspace gone = Testing::sampleWorkspace();
    Decisions::addDraft(&gone, d);
    gone.scenarios.erase(std::remove_if(gone.scenarios.begin(), gone.scenarios.end(), [](const TcoScenario &s) { return s.id == u"whatif-rust-60"; }),
                         gone.scenarios.end());
    const std::vector<Decisions::StaleFigure> missing = Decisions::staleFigures(gone, d.record.id);
    QVERIFY(std::any_of(missing.begin(), missing.end(), [](const Decisions::StaleFigure &s) { return s.snapshot.key == u"tco/whatif-rust-60/total_usd" && !s.live; }));
    QVERIFY(warningsAbout(gone, QStringLiteral("no longer exists")).size() >= 1);
}

void TestDecisions::supersededStillLinked()
{
    Workspace ws = Testing::sampleWorkspace();
    const Decisions::Draft d = Decisions::draftFromAnalysis(ws, QStringLiteral("tier-9999"), QDate(2026, 12, 1));
    Decisions::addDraft(&ws, d);
    QVERIFY(warningsAbout(ws, QStringLiteral("still linked")).isEmpty());
    DecisionRecord &old = ws.decisions.front();
    old.status = DecisionStatus::Superseded;
    old.supersededBy = d.record.id;
    const QStringList w = warningsAbout(ws, QStringLiteral("still linked"));
    QCOMPARE(w.size(), 1);
    QVERIFY2(w.front().contains(Decisions::label(old.number)) && w.front().contains(Decisions::label(d.record.number)), qPrintable(w.front()));
    // Without a successor: both the missing successor and the links are reported.
    old.supersededBy.clear();
    QCOMPARE(warningsAbout(ws, QStringLiteral("still linked")).size(), 1);
    QCOMPARE(warningsAbout(ws, QStringLiteral("not named")).size(), 1);
    // Links removed: nothing about links any more.
    ws.decisionLinks.erase(std::remove_if(ws.decisionLinks.begin(), ws.decisionLinks.end(), [&](const DecisionLink &l) { return l.decision == old.id; }),
                           ws.decisionLinks.end());
    QVERIFY(warningsAbout(ws, QStringLiteral("still linked")).isEmpty());
}

void TestDecisions::supersedeWithDraftMovesLinks()
{
    Workspace ws = Testing::sampleWorkspace();
    const QString tier = QStringLiteral("tier-9999");
    Decisions::Draft first = Decisions::draftFromAnalysis(ws, tier, QDate(2026, 12, 1));
    Decisions::addDraft(&ws, first);
    const QString oldId = first.record.id;
    QCOMPARE(Decisions::tierOf(ws, oldId), tier);
    // A link the board added by hand, which a fresh draft does not make.
    ws.decisionLinks.push_back({oldId, LinkKind::Service, QStringLiteral("svc-hand-linked")});
    const size_t records = ws.decisions.size();

    const Decisions::Draft next = Decisions::draftFromAnalysis(ws, tier, QDate(2026, 12, 5));
    QVERIFY(next.record.id != oldId);
    QVERIFY(Decisions::supersedeWithDraft(&ws, oldId, next));
    QCOMPARE(ws.decisions.size(), records + 1);
    const auto old = std::find_if(ws.decisions.begin(), ws.decisions.end(), [&](const DecisionRecord &d) { return d.id == oldId; });
    QCOMPARE(old->status, DecisionStatus::Superseded);
    QCOMPARE(old->supersededBy, next.record.id);
    QVERIFY(std::none_of(ws.decisionLinks.begin(), ws.decisionLinks.end(), [&](const DecisionLink &l) { return l.decision == oldId; }));
    // Every link once: the draft's own plus the hand-made one.
    std::vector<DecisionLink> links;
    std::copy_if(ws.decisionLinks.begin(), ws.decisionLinks.end(), std::back_inserter(links),
                 [&](const DecisionLink &l) { return l.decision == next.record.id; });
    QCOMPARE(links.size(), next.links.size() + 1);
    QVERIFY(std::find(links.begin(), links.end(), DecisionLink{next.record.id, LinkKind::Service, QStringLiteral("svc-hand-linked")}) != links.end());
    for (size_t i = 0; i < links.size(); ++i)
        QVERIFY(std::count(links.begin(), links.end(), links[i]) == 1);
    // Nothing for validation to complain about: no superseded record still linked, the successor exists.
    QVERIFY(warningsAbout(ws, QStringLiteral("still linked")).isEmpty());
    QVERIFY(warningsAbout(ws, QStringLiteral("not named")).isEmpty());

    // An unknown record, or a record superseding itself, changes nothing.
    const Workspace unchanged = ws;
    QVERIFY(!Decisions::supersedeWithDraft(&ws, QStringLiteral("adr-nope"), Decisions::draftFromAnalysis(ws, tier, QDate(2026, 12, 6))));
    Decisions::Draft self = Decisions::draftFromAnalysis(ws, tier, QDate(2026, 12, 6));
    self.record.id = next.record.id;
    QVERIFY(!Decisions::supersedeWithDraft(&ws, next.record.id, self));
    QVERIFY(ws == unchanged);
}

void TestDecisions::roundTrip_data()
{
    QTest::addColumn<Madr::Flavour>("flavour");
    QTest::newRow("madr4") << Madr::Flavour::Madr4;
    QTest::newRow("adr-tools") << Madr::Flavour::AdrTools;
}

void TestDecisions::roundTrip()
{
    QFETCH(Madr::Flavour, flavour);
    Workspace ws = Testing::sampleWorkspace();
    const Decisions::Draft a = Decisions::draftFromAnalysis(ws, QStringLiteral("tier-9999"), QDate(2026, 12, 1));
    Decisions::addDraft(&ws, a);
    const Decisions::Draft b = Decisions::draftFromAnalysis(ws, QStringLiteral("tier-fast"), QDate(2026, 12, 2));
    Decisions::addDraft(&ws, b);
    // A hand-written record with Chinese text and Markdown-looking content.
    DecisionRecord zh;
    zh.id = QStringLiteral("adr-zh");
    zh.number = 7;
    zh.title = QStringLiteral("库存服务使用 Rust (实时性 ≥ 99.99%)");
    zh.status = DecisionStatus::Superseded;
    zh.supersededBy = a.record.id;
    zh.date = QDate(2025, 5, 4);
    zh.decisionMakers = QStringLiteral("架构委员会, \"Board\": 张三");
    zh.consulted = QStringLiteral("SRE: 李四\nsecond line");
    zh.informed = QStringLiteral("--- not a marker --> <!-- -- --!> ---->");
    zh.context = QStringLiteral("第一段 with *stars* and _under_ and `code`.\n\n  indented two spaces\n1. not a list\n- not a bullet\n# not a heading\n"
                                "trailing spaces   \nback\\slash\\\nlast line & <b>bold</b> https://example.com www.example.com a@b.c");
    zh.drivers = QStringLiteral("延迟 P99 < 45 ms\n* starred driver\n[x](javascript:alert(1))");
    zh.outcome = QStringLiteral("Chosen option: “Rust”, because 无GC停顿.\n\n\nthree blank lines above | pipe");
    zh.consequences = QStringLiteral("Good, because 快\nBad, because 人才少");
    zh.confirmation = QStringLiteral("=== setext?\n+ plus");
    zh.moreInformation = QStringLiteral("see §3.1 ~~strike~~ !\\[img]");
    ws.decisions.push_back(zh);
    ws.decisionOptions.push_back({zh.id, QStringLiteral("Rust"), QStringLiteral("描述\nline 2"), QStringLiteral("无GC\n±0.2 MB"), QStringLiteral("因子 1.3"), true});
    ws.decisionOptions.push_back({zh.id, QStringLiteral("Go [1.22]"), QString(), QString(), QStringLiteral("GC 停顿"), false});
    ws.decisionLinks.push_back({zh.id, LinkKind::Context, QStringLiteral("inventory")});
    ws.decisionFigures.push_back({zh.id, QStringLiteral("selection/tier-9999/winner"), QStringLiteral("胜者"), std::nullopt, QStringLiteral("rust"), QString()});
    ws.decisionFigures.push_back({zh.id, QStringLiteral("tco/seed-baseline/total_usd"), QStringLiteral("x"), 0.1 + 0.2, QString(), QStringLiteral("USD")});
    ws.decisionFigures.push_back({zh.id, QStringLiteral("k--x"), QStringLiteral("-->"), -1e-05, QStringLiteral("a -- b\n-->"), QStringLiteral("--")});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Madr::ExportResult result = Madr::exportFolder(ws, dir.path(), flavour);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.files.size(), qsizetype(ws.decisions.size()));

    Madr::AdrImport import;
    InputError error;
    QVERIFY(Madr::readFolder(dir.path(), &import, &error));
    QVERIFY2(import.errors.isEmpty(), qPrintable(import.errors.isEmpty() ? QString() : import.errors.front().toString()));
    QVERIFY2(import.notes.isEmpty(), qPrintable(import.notes.join(u'\n')));
    const Workspace expected = recordsOf(ws);
    QCOMPARE(import.records.decisions.size(), expected.decisions.size());
    for (size_t i = 0; i < expected.decisions.size(); ++i) {
        const DecisionRecord &e = expected.decisions[i];
        const DecisionRecord *got = recordNumbered(import.records, e.number);
        QVERIFY(got);
        QCOMPARE(got->id, e.id);
        QCOMPARE(got->title, e.title);
        QCOMPARE(got->status, e.status);
        QCOMPARE(got->supersededBy, e.supersededBy);
        QCOMPARE(got->date, e.date);
        QCOMPARE(got->decisionMakers, e.decisionMakers);
        QCOMPARE(got->consulted, e.consulted);
        QCOMPARE(got->informed, e.informed);
        QCOMPARE(got->context, e.context);
        QCOMPARE(got->drivers, e.drivers);
        QCOMPARE(got->outcome, e.outcome);
        QCOMPARE(got->consequences, e.consequences);
        QCOMPARE(got->confirmation, e.confirmation);
        QCOMPARE(got->moreInformation, e.moreInformation);
        QVERIFY(*got == e);
        QVERIFY(optionsOf(import.records, e.id) == optionsOf(expected, e.id));
    }
    // Links and figures in the same order per record; records are read in file (number) order.
    for (const DecisionRecord &e : expected.decisions) {
        std::vector<DecisionLink> el, gl;
        std::copy_if(expected.decisionLinks.begin(), expected.decisionLinks.end(), std::back_inserter(el), [&](const DecisionLink &l) { return l.decision == e.id; });
        std::copy_if(import.records.decisionLinks.begin(), import.records.decisionLinks.end(), std::back_inserter(gl), [&](const DecisionLink &l) { return l.decision == e.id; });
        QVERIFY(el == gl);
        std::vector<DecisionFigure> ef, gf;
        std::copy_if(expected.decisionFigures.begin(), expected.decisionFigures.end(), std::back_inserter(ef), [&](const DecisionFigure &f) { return f.decision == e.id; });
        std::copy_if(import.records.decisionFigures.begin(), import.records.decisionFigures.end(), std::back_inserter(gf), [&](const DecisionFigure &f) { return f.decision == e.id; });
        QCOMPARE(gf.size(), ef.size());
        QVERIFY(ef == gf);
    }
    const QString text = readText(dir.filePath(Madr::fileName(a.record)));
    const QString zhText = readText(dir.filePath(Madr::fileName(zh)));
    if (flavour == Madr::Flavour::AdrTools) {
        // Title first (adr-tools' toc), log4brains' list, the YAML last in a comment nothing can close early.
        QVERIFY2(text.startsWith(QStringLiteral("# %1\n\n- Status: proposed\n- Date: 2026-12-01\n").arg(Madr::writeTitle(a.record.title))), qPrintable(text.left(200)));
        QVERIFY(text.endsWith(QStringLiteral("\n-->\n")));
        QVERIFY(zhText.startsWith(QStringLiteral("# 库存服务使用 Rust (实时性 ≥ 99.99%)\n")));
        const QString yaml = metadataComment(zhText);
        QVERIFY2(yaml.startsWith(QStringLiteral("status: superseded by %1\n").arg(Decisions::label(a.record.number))), qPrintable(zhText));
        QVERIFY2(!yaml.contains(QStringLiteral("--")), qPrintable(yaml));
        QVERIFY(yaml.contains(QStringLiteral("archboard:\n")));
        QCOMPARE(zhText.count(QStringLiteral("-->")), 1);
        QVERIFY(!zhText.contains(QStringLiteral("\n---\n")));
        return;
    }
    // The MADR 4 structure tools expect.
    QVERIFY(text.startsWith(QStringLiteral("---\nstatus: proposed\n")));
    for (const char *heading : {"\n## Context and Problem Statement\n", "\n## Decision Drivers\n", "\n## Considered Options\n", "\n## Decision Outcome\n",
                                "\n### Consequences\n", "\n### Confirmation\n", "\n## Pros and Cons of the Options\n", "\n## More Information\n"})
        QVERIFY2(text.contains(QLatin1StringView(heading)), heading);
    const qsizetype body = text.indexOf(QStringLiteral("\n---\n"), 3);
    QVERIFY(body > 0);
    const QString afterFrontMatter = text.mid(body + 5);
    QVERIFY(afterFrontMatter.trimmed().startsWith(QStringLiteral("# ")));
    QVERIFY(afterFrontMatter.contains(QStringLiteral("\n- Status: proposed\n")));
    QVERIFY(zhText.contains(QStringLiteral("status: superseded by %1").arg(Decisions::label(a.record.number))));
    QVERIFY(zhText.contains(QStringLiteral("# 库存服务使用 Rust")));
}

void TestDecisions::hostileText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Madr::Flavour>("flavour");
    const std::pair<const char *, QString> rows[] = {
        {"script", QStringLiteral("<script>alert(1)</script>")},
        {"img", QStringLiteral("<img src=x onerror=alert(1)>")},
        {"link", QStringLiteral("[x](javascript:alert(1))")},
        {"image-link", QStringLiteral("![x](http://evil.example/a.png)")},
        {"dashes", QStringLiteral("---")},
        {"front matter", QStringLiteral("---\nstatus: accepted\n---")},
        {"path", QStringLiteral("../../etc/passwd")},
        {"dotdot", QStringLiteral("..")},
        {"newlines", QStringLiteral("line one\n# line two\n## Decision Outcome")},
        {"backticks", QStringLiteral("```\n`code` ~~~")},
        {"autolink", QStringLiteral("<https://evil.example> www.evil.example https://evil.example x@evil.example")},
        {"html comment", QStringLiteral("<!-- hidden --> &lt;b&gt;")},
        {"yaml", QStringLiteral("\"quoted\": 'single' &anchor *alias !tag # comment")},
        {"chinese", QStringLiteral("中文标题：<库存>")},
        {"empty", QString()},
        {"spaces", QStringLiteral("    ")},
        {"comment close", QStringLiteral("--> <!-- --!> a--b ----> -")},
        {"comment close lines", QStringLiteral("-->\n--\n<!-- archboard-metadata\n-->")},
    };
    for (Madr::Flavour flavour : {Madr::Flavour::Madr4, Madr::Flavour::AdrTools}) {
        for (const auto &[name, text] : rows)
            QTest::addRow("%s %s", flavourName(flavour), name) << text << flavour;
    }
}

void TestDecisions::hostileText()
{
    QFETCH(QString, text);
    QFETCH(Madr::Flavour, flavour);
    Workspace ws;
    DecisionRecord r;
    r.id = QStringLiteral("adr-0001");
    r.number = 1;
    r.title = text;
    r.date = QDate(2026, 1, 1);
    r.decisionMakers = text;
    r.consulted = text;
    r.context = text;
    r.drivers = text;
    r.outcome = text;
    r.consequences = text;
    r.moreInformation = text;
    ws.decisions.push_back(r);
    ws.decisionOptions.push_back({r.id, text.isEmpty() ? QStringLiteral("x") : text, text, text, text, true});
    ws.decisionFigures.push_back({r.id, QStringLiteral("k"), text, 1.5, text, text});

    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("adr"));
    const Madr::ExportResult result = Madr::exportFolder(ws, folder, flavour);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.files.size(), 1);
    // Only inside the folder, a plain name.
    const QFileInfo info(result.files.front());
    QCOMPARE(info.absoluteDir().canonicalPath(), QDir(folder).canonicalPath());
    QVERIFY2(QRegularExpression(QStringLiteral("^0001-[a-z0-9-]+\\.md$")).match(info.fileName()).hasMatch(), qPrintable(info.fileName()));
    QStringList entries = QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(entries, QStringList{QStringLiteral("adr")});

    const QString content = readText(info.filePath());
    QString body;
    if (flavour == Madr::Flavour::Madr4) {
        const qsizetype close = content.indexOf(QStringLiteral("\n---\n"), 3);
        QVERIFY(close > 0);
        body = content.mid(close + 5);
    } else {
        // The title is the first line; the metadata comment is closed only by our own last line.
        QVERIFY2(content.startsWith(QStringLiteral("# ")), qPrintable(content));
        const qsizetype open = content.indexOf(QStringLiteral("\n<!-- archboard-metadata\n"));
        QVERIFY(open > 0);
        body = content.left(open);
        const QString yaml = metadataComment(content);
        QVERIFY2(!yaml.isEmpty() && !yaml.contains(QStringLiteral("--")), qPrintable(yaml));
        // A "-->" in the text is no comment's end: no comment opens before ours ("<!--" becomes "&lt;!--").
        QCOMPARE(content.indexOf(QStringLiteral("-->"), open), content.size() - 4);
        QVERIFY(!body.contains(QStringLiteral("<!--")));
    }
    // No raw HTML: a '<' that would open a tag, a comment or a declaration is written as "&lt;".
    // Markdown (links, autolinks, code) stays as the author wrote it: it cannot run.
    static const QRegularExpression html(QStringLiteral("<(?:[A-Za-z][A-Za-z0-9-]*(?:[\\s/>]|$)|/[A-Za-z]|[!?])"));
    QVERIFY2(!body.contains(html), qPrintable(body));
    // Headings only the ones we wrote: one title, each section once, no text line made a heading
    // (ATX outside code, or setext: a paragraph line over a line of "-" or "=").
    static const QRegularExpression atx(QStringLiteral("^ {0,3}(#{1,2})(?:[ \\t]+(.*))?$"));
    static const QRegularExpression underline(QStringLiteral("^ {0,3}(?:-+|=+)[ \\t]*$"));
    const QStringList sections{QStringLiteral("Status"),         QStringLiteral("Context and Problem Statement"), QStringLiteral("Context"),
                               QStringLiteral("Decision Drivers"), QStringLiteral("Considered Options"),          QStringLiteral("Decision Outcome"),
                               QStringLiteral("Consequences"),   QStringLiteral("Pros and Cons of the Options"),  QStringLiteral("More Information")};
    int h1 = 0;
    QStringList h2;
    Madr::FenceTracker fences;
    QString previous;
    for (const QString &l : body.split(u'\n')) {
        if (fences.feed(l)) {
            previous.clear();
            continue;
        }
        const QRegularExpressionMatch m = atx.match(l);
        if (m.hasMatch() && m.capturedLength(1) == 1)
            ++h1;
        else if (m.hasMatch())
            h2 << m.captured(2);
        const bool paragraph = !previous.trimmed().isEmpty() && !atx.match(previous).hasMatch();
        QVERIFY2(!(paragraph && underline.match(l).hasMatch()), qPrintable(QStringLiteral("setext heading “%1”:\n%2").arg(previous, body)));
        previous = l;
    }
    QCOMPARE(h1, 1);
    QCOMPARE(h2.count(QStringLiteral("Decision Outcome")), 1);
    QCOMPARE(QSet<QString>(h2.begin(), h2.end()).size(), h2.size());
    for (const QString &h : h2)
        QVERIFY2(sections.contains(h), qPrintable(h + u'\n' + body));
    if (flavour == Madr::Flavour::Madr4)
        QVERIFY(content.startsWith(QStringLiteral("---\nstatus: proposed\ndate: 2026-01-01\n")));

    // The front matter still parses and the text comes back as it was.
    Madr::AdrImport import;
    InputError error;
    QVERIFY(Madr::readFolder(folder, &import, &error));
    QVERIFY2(import.errors.isEmpty(), qPrintable(import.errors.isEmpty() ? QString() : import.errors.front().toString()));
    QCOMPARE(import.records.decisions.size(), size_t(1));
    const DecisionRecord &got = import.records.decisions.front();
    QCOMPARE(got.title, text);
    QCOMPARE(got.status, DecisionStatus::Proposed);
    QCOMPARE(got.date, r.date);
    QCOMPARE(got.decisionMakers, text);
    QCOMPARE(got.consulted, text);
    QCOMPARE(got.context, text);
    QCOMPARE(got.outcome, text);
    QCOMPARE(got.consequences, text);
    QCOMPARE(got.moreInformation, text);
    QCOMPARE(optionsOf(import.records, got.id).size(), size_t(1));
    QCOMPARE(optionsOf(import.records, got.id).front().description, text);
    QCOMPARE(import.records.decisionFigures.size(), size_t(1));
    QCOMPARE(import.records.decisionFigures.front().label, text);
    QCOMPARE(import.records.decisionFigures.front().text, text);
    QCOMPARE(import.records.decisionFigures.front().unit, text);
    // The only note: a blank title is said to be empty.
    const QStringList notes = import.notes.filter(QRegularExpression(QStringLiteral("^(?!.*: the title is empty$)")));
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
    QCOMPARE(import.notes.size(), text.trimmed().isEmpty() ? 1 : 0);
}

void TestDecisions::slugs_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << QStringLiteral("Use Rust for the 99.99 % tier") << QStringLiteral("use-rust-for-the-99-99-tier");
    QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
    QTest::newRow("dots") << QStringLiteral("..") << QStringLiteral("decision");
    QTest::newRow("chinese") << QStringLiteral("库存") << QStringLiteral("decision");
    QTest::newRow("empty") << QString() << QStringLiteral("decision");
    QTest::newRow("long") << QString(200, u'a') << QString(60, u'a');
}

void TestDecisions::slugs()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(Madr::slug(title), slug);
}

void TestDecisions::importFixtures_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("notes"); // substrings, one per expected note

    QTest::newRow("madr2") << QStringLiteral("madr2") << QStringList{QStringLiteral("Use Markdown Architectural Decision Records")}
                           << QStringList{QStringLiteral("accepted")}
                           << QStringList{QStringLiteral("README.md: not a numbered record"),
                                          QStringLiteral("0001-use-markdown-architectural-decision-records.md:7: text under the title not mapped")};
    QTest::newRow("madr3") << QStringLiteral("madr3") << QStringList{QStringLiteral("Use Kafka for domain events")} << QStringList{QStringLiteral("accepted")}
                           << QStringList{QStringLiteral("0001-use-kafka-for-events.md:32: section “Appendix” not mapped")};
    QTest::newRow("madr4") << QStringLiteral("madr4") << QStringList{QStringLiteral("Use REST between bounded contexts"), QStringLiteral("Use gRPC for real-time paths")}
                           << QStringList{QStringLiteral("superseded"), QStringLiteral("accepted")}
                           << QStringList{QStringLiteral("0002-use-grpc-for-real-time-paths.md:5: front matter key “tags” not mapped")};
    QTest::newRow("nygard") << QStringLiteral("nygard")
                            << QStringList{QStringLiteral("Record architecture decisions"), QStringLiteral("Use Postgres"), QStringLiteral("Use SQLite")}
                            << QStringList{QStringLiteral("accepted"), QStringLiteral("superseded"), QStringLiteral("accepted")}
                            << QStringList{}; // "Supersedes" is read, not reported
}

void TestDecisions::importFixtures()
{
    QFETCH(QString, folder);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, notes);
    Madr::AdrImport import;
    InputError error;
    QVERIFY(Madr::readFolder(testData(QStringLiteral("adr/") + folder), &import, &error));
    QVERIFY2(import.errors.isEmpty(), qPrintable(import.errors.isEmpty() ? QString() : import.errors.front().toString()));
    QCOMPARE(import.records.decisions.size(), size_t(titles.size()));
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const DecisionRecord &r = import.records.decisions[size_t(i)];
        QCOMPARE(r.title, titles[i]);
        QCOMPARE(r.number, int(i + 1));
        QCOMPARE(Enums::decisionStatus.key(int(r.status)), statuses[i]);
    }
    QCOMPARE(import.notes.size(), notes.size());
    for (const QString &n : notes)
        QVERIFY2(!import.notes.filter(n).isEmpty(), qPrintable(n + QStringLiteral("\nnot in:\n") + import.notes.join(u'\n')));

    const Workspace &ws = import.records;
    if (folder == u"madr2") {
        const DecisionRecord &r = ws.decisions.front();
        QCOMPARE(r.date, QDate(2018, 9, 15));
        QCOMPARE(r.decisionMakers, QStringLiteral("Oliver Kopp, Olaf Zimmermann"));
        QCOMPARE(r.drivers, QStringLiteral("Easy to write\nReadable as plain text, even when wrapped"));
        QCOMPARE(r.consequences, QStringLiteral("Good, because Structured records\nGood, because Tool support (adr-tools)\nBad, because Learning curve"));
        QVERIFY(r.moreInformation.startsWith(QStringLiteral("* Refined by")));
        const std::vector<DecisionOption> options = optionsOf(ws, r.id);
        QCOMPARE(options.size(), size_t(3));
        QCOMPARE(options[0].name, QStringLiteral("MADR 2.1.2"));
        QVERIFY(options[0].chosen);
        QVERIFY(!options[1].chosen);
        QCOMPARE(options[0].description, QStringLiteral("The Markdown Architectural Decision Records."));
        QCOMPARE(options[0].pros, QStringLiteral("it is lean"));
        QCOMPARE(options[1].cons, QStringLiteral("it has no options"));
    } else if (folder == u"madr3") {
        const DecisionRecord &r = ws.decisions.front();
        QCOMPARE(r.decisionMakers, QStringLiteral("Platform team"));
        QCOMPARE(r.consulted, QStringLiteral("SRE"));
        QCOMPARE(r.informed, QStringLiteral("Everyone"));
        QCOMPARE(r.confirmation, QStringLiteral("Load test with 10 000 events per second."));
        QCOMPARE(r.consequences, QStringLiteral("* Good, because consumers can replay\n* Bad, because the cluster needs care"));
        QVERIFY(optionsOf(ws, r.id).front().chosen);
    } else if (folder == u"madr4") {
        QCOMPARE(ws.decisions[0].supersededBy, ws.decisions[1].id);
        QCOMPARE(ws.decisions[0].confirmation, QStringLiteral("Architecture review of every new integration."));
        QCOMPARE(ws.decisions[1].context, QStringLiteral("Inventory needs streaming with P99 under 45 ms (库存实时)."));
        const std::vector<DecisionOption> options = optionsOf(ws, ws.decisions[0].id);
        QCOMPARE(options[0].pros, QStringLiteral("tooling is everywhere"));
        QCOMPARE(options[0].cons, QStringLiteral("latency adds up"));
        // The neutral argument is kept in the option's description and written back between Good and Bad.
        QCOMPARE(options[0].description, QStringLiteral("* Neutral, because it needs an API gateway"));
        QTemporaryDir out;
        QVERIFY(Madr::exportFolder(ws, out.path()).error.isEmpty());
        const QString written = readText(out.filePath(QStringLiteral("0001-use-rest-between-bounded-contexts.md")));
        QVERIFY2(written.contains(QStringLiteral("### REST\n\n* Good, because tooling is everywhere\n* Neutral, because it needs an API gateway\n"
                                                 "* Bad, because latency adds up\n")),
                 qPrintable(written));
    } else if (folder == u"nygard") {
        QCOMPARE(ws.decisions[0].date, QDate(2024, 1, 1));
        QCOMPARE(ws.decisions[0].outcome, QStringLiteral("We will use Architecture Decision Records, as described by Michael Nygard."));
        QCOMPARE(ws.decisions[1].supersededBy, ws.decisions[2].id);
        QCOMPARE(ws.decisions[2].consequences, QStringLiteral("One file per workspace."));
        // "Supersedes" is read: it names the successor of a record that says only "Superseded".
        QCOMPARE(import.sources[2].supersedes, QStringList{QStringLiteral("0002-use-postgres")});
        QTemporaryDir copy;
        for (const QString &name : QDir(testData(QStringLiteral("adr/nygard"))).entryList(QDir::Files)) {
            QString text = readText(testData(QStringLiteral("adr/nygard/") + name));
            text.replace(QStringLiteral("Superseded by [3. Use SQLite](0003-use-sqlite.md)"), QStringLiteral("Superseded"));
            QFile f(copy.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0);
        }
        QVERIFY(!readText(copy.filePath(QStringLiteral("0002-use-postgres.md"))).contains(QStringLiteral("Superseded by")));
        Madr::AdrImport onlySupersedes;
        QVERIFY(Madr::readFolder(copy.path(), &onlySupersedes, &error));
        QCOMPARE(onlySupersedes.records.decisions.size(), size_t(3));
        QCOMPARE(onlySupersedes.records.decisions[1].status, DecisionStatus::Superseded);
        QCOMPARE(onlySupersedes.records.decisions[1].supersededBy, onlySupersedes.records.decisions[2].id);
    }
    // The imported records make a valid workspace.
    Workspace target;
    target.info.name = folder;
    QStringList mergeNotes;
    QCOMPARE(Madr::merge(&target, import, &mergeNotes), int(titles.size()));
    for (const ValidationFinding &f : validateWorkspace(target))
        QVERIFY2(f.severity != ValidationFinding::Severity::Error, qPrintable(f.path() + u' ' + f.message));
}

void TestDecisions::importMalformed()
{
    Madr::AdrImport import;
    InputError error;
    QVERIFY(Madr::readFolder(testData(QStringLiteral("adr/malformed")), &import, &error));
    QCOMPARE(import.files, 5);
    QCOMPARE(import.records.decisions.size(), size_t(1));
    QCOMPARE(import.records.decisions.front().title, QStringLiteral("A good record"));
    QCOMPARE(import.errors.size(), 4);
    const auto errorFor = [&](const QString &name) -> InputError {
        for (const InputError &e : import.errors) {
            if (e.file.endsWith(name))
                return e;
        }
        return {};
    };
    QCOMPARE(errorFor(QStringLiteral("0001-unclosed-front-matter.md")).line, 1);
    QVERIFY(errorFor(QStringLiteral("0001-unclosed-front-matter.md")).message.contains(QStringLiteral("not closed")));
    // yaml-cpp reports the unclosed flow sequence where the front matter ends.
    QCOMPARE(errorFor(QStringLiteral("0002-bad-yaml.md")).line, 4);
    QVERIFY(errorFor(QStringLiteral("0002-bad-yaml.md")).message.startsWith(QStringLiteral("front matter: ")));
    QVERIFY(errorFor(QStringLiteral("0003-no-title.md")).message.contains(QStringLiteral("no title")));
    QVERIFY(errorFor(QStringLiteral("0003-no-title.md")).line > 0);
    QCOMPARE(errorFor(QStringLiteral("0005-binary.md")).line, 3);
    QVERIFY(errorFor(QStringLiteral("0005-binary.md")).toString().contains(QStringLiteral("0005-binary.md:3")));

    InputError folderError;
    Madr::AdrImport none;
    QVERIFY(!Madr::readFolder(testData(QStringLiteral("adr/no-such-folder")), &none, &folderError));
    QVERIFY(folderError.toString().contains(QStringLiteral("no-such-folder")));
}

void TestDecisions::mergeRenumbers()
{
    Workspace ws = Testing::sampleWorkspace();
    const size_t before = ws.decisions.size();
    Madr::AdrImport import;
    InputError error;
    QVERIFY(Madr::readFolder(testData(QStringLiteral("adr/nygard")), &import, &error));
    QStringList notes;
    QCOMPARE(Madr::merge(&ws, import, &notes), 3);
    QCOMPARE(ws.decisions.size(), before + 3);
    // Record 1 exists in the sample: the first imported one gets the next free number, ids stay unique.
    QSet<int> numbers;
    QSet<QString> ids;
    for (const DecisionRecord &d : ws.decisions) {
        QVERIFY(!numbers.contains(d.number));
        QVERIFY(!ids.contains(d.id));
        numbers.insert(d.number);
        ids.insert(d.id);
    }
    QVERIFY(!notes.filter(QStringLiteral("number 1 is taken")).isEmpty());
    // The successor follows the renumbering.
    const DecisionRecord &postgres = ws.decisions[before + 1];
    const DecisionRecord &sqlite = ws.decisions[before + 2];
    QCOMPARE(postgres.supersededBy, sqlite.id);
    for (const ValidationFinding &f : validateWorkspace(ws))
        QVERIFY2(f.severity != ValidationFinding::Severity::Error, qPrintable(f.path() + u' ' + f.message));
}

void TestDecisions::adrList_data()
{
    roundTrip_data();
}

void TestDecisions::adrList()
{
    QFETCH(Madr::Flavour, flavour);
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/adr")))
        QSKIP("adr-tools is not installed (/usr/bin/adr)");
    Workspace ws = Testing::sampleWorkspace();
    Decisions::addDraft(&ws, Decisions::draftFromAnalysis(ws, QStringLiteral("tier-9999"), QDate(2026, 12, 1)));
    Decisions::addDraft(&ws, Decisions::draftFromAnalysis(ws, QStringLiteral("tier-core"), QDate(2026, 12, 1)));
    QTemporaryDir dir;
    const Madr::ExportResult result = Madr::exportFolder(ws, dir.path(), flavour);
    QVERIFY(result.error.isEmpty());
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral("/usr/bin/adr"), {QStringLiteral("list")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QStringList listed;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts))
        listed << QFileInfo(line).fileName();
    QStringList exported;
    for (const QString &f : result.files)
        exported << QFileInfo(f).fileName();
    exported.sort();
    QCOMPARE(listed, exported);
}

void TestDecisions::adrToolsToc()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/adr")))
        QSKIP("adr-tools is not installed (/usr/bin/adr)");
    Workspace ws;
    const auto record = [&](int number, const QString &title) {
        DecisionRecord r;
        r.id = QStringLiteral("adr-%1").arg(number);
        r.number = number;
        r.title = title;
        r.status = DecisionStatus::Accepted;
        r.date = QDate(2026, 3, number);
        r.context = QStringLiteral("Why --> not <!-- this -->");
        ws.decisions.push_back(r);
    };
    record(1, QStringLiteral("Record architecture decisions"));
    record(2, QStringLiteral("Use Rust --> not <b>Go</b>"));
    record(3, QStringLiteral("库存服务使用 Rust"));
    QTemporaryDir dir;
    const Madr::ExportResult result = Madr::exportFolder(ws, dir.path(), Madr::Flavour::AdrTools);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral("/usr/bin/adr"), {QStringLiteral("generate"), QStringLiteral("toc")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList toc = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList expected{
        QStringLiteral("# Architecture Decision Records"),
        QStringLiteral("* [Record architecture decisions](0001-record-architecture-decisions.md)"),
        QStringLiteral("* [Use Rust --> not &lt;b>Go&lt;/b>](0002-use-rust-not-b-go-b.md)"),
        QStringLiteral("* [库存服务使用 Rust](0003-rust.md)"),
    };
    QCOMPARE(toc, expected);
}

void TestDecisions::adrToolsMalformed()
{
    const auto read = [](const QByteArray &content, InputError *error) {
        Madr::AdrImport import;
        return Madr::readFile(QStringLiteral("0004-x.md"), content, &import, error);
    };
    InputError error;
    QVERIFY(!read("# T\n\n- Status: accepted\n\n<!-- archboard-metadata\nstatus: accepted\n", &error));
    QCOMPARE(error.line, 5);
    QVERIFY2(error.message.contains(QStringLiteral("not closed")), qPrintable(error.message));
    QVERIFY(!read("# T\n\n<!-- archboard-metadata\nstatus: accepted\narchboard: 5\n-->\n", &error));
    QCOMPARE(error.line, 5);
    QVERIFY2(error.message.startsWith(QStringLiteral("archboard metadata: ")), qPrintable(error.message));
    QVERIFY(!read("# T\n\n<!-- archboard-metadata\nstatus: [\n-->\n", &error));
    QVERIFY2(error.line >= 4 && error.message.startsWith(QStringLiteral("archboard metadata: ")), qPrintable(error.toString()));
    QVERIFY(!read("---\nstatus: accepted\n---\n# T\n\n<!-- archboard-metadata\nstatus: accepted\n-->\n", &error));
    QCOMPARE(error.line, 6);
    // Metadata read: the status comes from it, the comment is no content.
    Madr::AdrImport import;
    QVERIFY(Madr::readFile(QStringLiteral("0004-x.md"), "# T\n\n- Status: proposed\n\n<!-- archboard-metadata\nstatus: \"rejected\"\narchboard:\n  id: \"adr-x\"\n-->\n", &import, &error));
    QCOMPARE(import.records.decisions.size(), size_t(1));
    QCOMPARE(import.records.decisions.front().status, DecisionStatus::Rejected);
    QCOMPARE(import.records.decisions.front().id, QStringLiteral("adr-x"));
    // The status list and the metadata disagree on purpose: the metadata wins, and the import says so.
    QCOMPARE(import.notes, QStringList{QStringLiteral("0004-x.md:3: status “proposed” differs from “rejected” on line 6, which is used")});
}

void TestDecisions::cliCommands()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("board.archboard"));
    QCOMPARE(cli({QStringLiteral("sample"), ws}).code, 0);

    // decide: a drafted record saved in the workspace.
    Run r = cli({QStringLiteral("decide"), ws, QStringLiteral("--tier"), QStringLiteral("tier-9999"), QStringLiteral("--date"), QStringLiteral("2026-12-01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("ADR-0002")), qPrintable(r.out));
    InputError error;
    std::unique_ptr<Workspace> loaded = WorkspaceFile::load(ws, &error);
    QVERIFY(loaded);
    QCOMPARE(loaded->decisions.size(), size_t(2));
    QCOMPARE(loaded->decisions.back().date, QDate(2026, 12, 1));
    QVERIFY(!loaded->decisionFigures.empty());
    QCOMPARE(cli({QStringLiteral("decide"), ws, QStringLiteral("--tier"), QStringLiteral("nope")}).code, 2);
    QCOMPARE(cli({QStringLiteral("decide"), ws}).code, 2);
    QCOMPARE(cli({QStringLiteral("decide"), ws, QStringLiteral("--tier"), QStringLiteral("tier-9999"), QStringLiteral("--date"), QStringLiteral("soon")}).code, 2);

    // validate: no stale figure now; after an edit the record and figure are named.
    r = cli({QStringLiteral("validate"), ws});
    QVERIFY2(!r.out.contains(QStringLiteral("when the record was drafted")), qPrintable(r.out));
    for (TierWeight &w : loaded->tierWeights) {
        if (w.tier == u"tier-9999" && w.criterion == u"cold-start")
            w.weight = 9;
    }
    QString saveError;
    QVERIFY(WorkspaceFile::save(*loaded, ws, &saveError));
    r = cli({QStringLiteral("validate"), ws});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("ADR-0002")) && r.out.contains(QStringLiteral("when the record was drafted")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("decision_figures[")));

    // export --madr, then import-adr into a new workspace.
    const QString folder = dir.filePath(QStringLiteral("doc/adr"));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--madr"), folder});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.md")}).size(), 2);
    QVERIFY(readText(QDir(folder).filePath(QDir(folder).entryList({QStringLiteral("0002-*.md")}).value(0))).startsWith(QStringLiteral("---\n")));
    // --adr-tools: the title on the first line, read back the same.
    const QString adrFolder = dir.filePath(QStringLiteral("adr-tools"));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--madr"), adrFolder, QStringLiteral("--adr-tools")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList adrFiles = QDir(adrFolder).entryList({QStringLiteral("*.md")});
    QCOMPARE(adrFiles.size(), 2);
    for (const QString &f : adrFiles) {
        const QString text = readText(QDir(adrFolder).filePath(f));
        QVERIFY2(text.startsWith(QStringLiteral("# ")) && text.endsWith(QStringLiteral("\n-->\n")), qPrintable(text.left(100)));
    }
    QCOMPARE(cli({QStringLiteral("export"), ws, QStringLiteral("--adr-tools")}).code, 2);
    QCOMPARE(cli({QStringLiteral("validate"), ws, QStringLiteral("--adr-tools")}).code, 2);
    const QString fresh = dir.filePath(QStringLiteral("imported.archboard"));
    r = cli({QStringLiteral("import-adr"), folder, QStringLiteral("--into"), fresh});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(QStringLiteral("2 records imported")));
    std::unique_ptr<Workspace> imported = WorkspaceFile::load(fresh, &error);
    QVERIFY(imported);
    QCOMPARE(imported->decisions.size(), size_t(2));
    QVERIFY(imported->decisionLinks.empty()); // the new workspace has none of the linked elements
    QVERIFY(r.out.contains(QStringLiteral("left out")));

    // Merge into the original: new numbers.
    r = cli({QStringLiteral("import-adr"), folder, QStringLiteral("--into"), ws});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    loaded = WorkspaceFile::load(ws, &error);
    QCOMPARE(loaded->decisions.size(), size_t(4));
    QCOMPARE(loaded->decisions.back().number, 4);

    // Exit codes.
    QCOMPARE(cli({QStringLiteral("import-adr"), dir.filePath(QStringLiteral("missing")), QStringLiteral("--into"), fresh}).code, 2);
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    QCOMPARE(cli({QStringLiteral("import-adr"), empty, QStringLiteral("--into"), fresh}).code, 2);
    QCOMPARE(cli({QStringLiteral("import-adr"), folder}).code, 2);
    r = cli({QStringLiteral("import-adr"), testData(QStringLiteral("adr/malformed")), QStringLiteral("--into"), dir.filePath(QStringLiteral("m.archboard"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("0001-unclosed-front-matter.md:1")), qPrintable(r.err));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("m.archboard"))));
    QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("import-adr DIR --into WS")));
    QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("--adr-tools")));
}

void TestDecisions::formatChangeShowsTheDifference()
{
    Decisions::StaleFigure f;
    f.snapshot.value = 100.0 / 3.0;
    f.snapshot.unit = QStringLiteral("%");
    f.live = Decisions::LiveFigure{45.4545454545, {}};
    // As the board reads it: six significant digits.
    QCOMPARE(Decisions::formatChange(f), std::make_pair(QStringLiteral("33.3333 %"), QStringLiteral("45.4545 %")));
    // A move below the sixth digit is still shown as a move, not as "was 33.3333, now 33.3333".
    f.live = Decisions::LiveFigure{100.0 / 3.0 + 1e-6, {}};
    const auto [was, now] = Decisions::formatChange(f);
    QVERIFY2(was != now, qPrintable(was + u'|' + now));
    // Money as money; texts as texts; a vanished figure has no "now".
    f.snapshot = {QString(), QString(), QString(), 54245.03, QString(), QStringLiteral("USD")};
    f.live = Decisions::LiveFigure{60000.0, {}};
    QCOMPARE(Decisions::formatChange(f).first, Tco::usd(54245.03));
    f.snapshot = {QString(), QString(), QString(), std::nullopt, QStringLiteral("rust"), QString()};
    f.live = Decisions::LiveFigure{std::nullopt, QStringLiteral("java")};
    QCOMPARE(Decisions::formatChange(f), std::make_pair(QStringLiteral("rust"), QStringLiteral("java")));
    f.live.reset();
    QCOMPARE(Decisions::formatChange(f).second, QString());
}

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
