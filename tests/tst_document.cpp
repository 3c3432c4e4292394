// The model, its undo commands and the item models: every edit is undoable
// and undo gives back exactly the original workspace.
#include "document.h"
#include "validation.h"
#include "generator.h"
#include "historymodel.h"
#include "sample.h"
#include "tablemodel.h"
#include "workspacesnapshot.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ArchBoard;

namespace {

Workspace sample()
{
    return Testing::sampleWorkspace();
}

/// A valid value for \a field of \a row that differs from the current one, or invalid when none exists.
QVariant otherValue(const Document &doc, TableId table, int row, int field)
{
    const TableSchema &ts = Schema::table(table);
    const FieldDef &def = ts.field(field);
    const QVariant cur = doc.value(table, row, field);
    switch (def.type) {
    case FieldType::Id:
        return cur.toString() + QStringLiteral("-renamed");
    case FieldType::Text:
        return cur.toString() + QStringLiteral(" ✓ 改");
    case FieldType::LongText:
        return cur.toString() + QStringLiteral("\nline two: # \"x\"");
    case FieldType::Integer: {
        const int lo = int(std::max(def.min, -1000.0));
        const int v = cur.toInt() == lo ? lo + 1 : lo;
        return v <= def.max ? QVariant(v) : QVariant();
    }
    case FieldType::Real: {
        const double lo = std::max(def.min, -1000.0);
        return cur.toDouble() == lo ? QVariant(std::min(def.max, lo + 0.5)) : QVariant(lo);
    }
    case FieldType::OptionalReal: // a value where there is none, "missing" (invalid) where there is one
        return !cur.isValid() || cur.isNull() ? QVariant(std::max(def.min, 0.0)) : QVariant();
    case FieldType::Bool:
        return !cur.toBool();
    case FieldType::Enum:
        return (cur.toInt() + 1) % def.enumDef->count();
    case FieldType::Date:
        return cur.toDate().isValid() ? cur.toDate().addDays(3) : QDate(2026, 1, 2);
    case FieldType::Reference: {
        // From the end: the spare rows added by spareWorkspace() keep unique keys unique.
        for (int r = doc.rowCount(def.refTable) - 1; r >= 0; --r) {
            const QString id = doc.value(def.refTable, r, Schema::table(def.refTable).idField()).toString();
            if (id != cur.toString())
                return id;
        }
        return def.isRequired() ? QVariant() : QVariant(QString());
    }
    case FieldType::ElementRef: {
        const TableId target = Schema::tableForLinkKind(doc.value(table, row, def.kindField).toInt());
        for (int r = 0; r < doc.rowCount(target); ++r) {
            const QString id = doc.value(target, r, Schema::table(target).idField()).toString();
            if (id != cur.toString())
                return id;
        }
        return {};
    }
    }
    return {};
}

/// A generated workspace plus one unreferenced row in every table that others
/// point to, so a reference can always move somewhere without breaking a unique key.
Workspace spareWorkspace()
{
    Workspace ws = Testing::generateWorkspace({}, 7);
    ws.candidates.push_back({QStringLiteral("spare"), QStringLiteral("Spare"), CandidateCategory::Tool, false, {}, {}});
    ws.criteria.push_back({QStringLiteral("spare"), QStringLiteral("Spare"), {}, Direction::LowerIsBetter, CriterionKind::Rated, {}});
    ws.tiers.push_back({QStringLiteral("spare"), QStringLiteral("Spare"), {}, {}, {}, {}, {}});
    ws.raters.push_back({QStringLiteral("spare"), QStringLiteral("Spare"), {}});
    ws.decisions.push_back(DecisionRecord{});
    ws.decisions.back().id = QStringLiteral("spare");
    ws.decisions.back().number = 999;
    ws.decisions.back().title = QStringLiteral("Spare");
    ws.scenarios.push_back(TcoScenario{});
    ws.scenarios.back().id = QStringLiteral("spare");
    ws.scenarios.back().name = QStringLiteral("Spare");
    return ws;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void schemaIsConsistent();
    void duplicateCopiesWhatBelongsToTheRow();
    void applyWorkspaceIsOneUndoStep();
    void setValueUndoRedo_data();
    void setValueUndoRedo();
    void noOpEditPushesNothing();
    void mergedEditsAreOneStep();
    void mergeBackToOriginalLeavesNoStep();
    void separateEditsAreSeparateSteps();
    void addRowUndo_data();
    void addRowUndo();
    void addRowFillsRequiredReferences();
    void addRowNeedsTargets();
    void removeRowUndo_data();
    void removeRowUndo();
    void removeCandidateCascades();
    void moveRowUndo();
    void renameIdUpdatesReferences();
    void refusals();
    void readOnlyRefusesEdits();
    void signalsAndRevision();
    void tableModelDisplaysAndEdits();
    void tableModelFollowsReferencedNames();
    void fieldFilterModelShowsChildren();
    void fieldsByMember();
    void editGroupIsOneStep();
    void editGroupRollbackLeavesNoStep();
    void editGroupDragBackLeavesNoStep();
    void editGroupsNest();
    void editScopeRevertsUnlessCommitted();
    void undoCommitsAnOpenGroup();
    void upsertAddsThenSets();
    void upsertRefusesWithoutChange();
    void historyModelFollowsTheDocument();
    void snapshotFollowsEveryEdit();
};

void TestDocument::schemaIsConsistent()
{
    QSet<QString> keys;
    QCOMPARE(Schema::tables().size(), tableCount);
    for (TableId t : Schema::tables()) {
        const TableSchema &ts = Schema::table(t);
        QCOMPARE(ts.id(), t);
        QVERIFY2(!keys.contains(QString::fromLatin1(ts.key())), ts.key());
        keys.insert(QString::fromLatin1(ts.key()));
        QCOMPARE(Schema::tableByKey(QString::fromLatin1(ts.key())), t);
        const QVariantList defaults = ts.defaultRow();
        QCOMPARE(defaults.size(), ts.fieldCount());
        for (int f = 0; f < ts.fieldCount(); ++f) {
            const FieldDef &def = ts.field(f);
            QCOMPARE(ts.fieldIndex(QString::fromLatin1(def.key)), f);
            if (def.type == FieldType::Enum)
                QVERIFY2(def.enumDef && def.enumDef->count() > 0, def.key);
            if (def.type == FieldType::Reference)
                QVERIFY2(def.refTable != TableId::Count, def.key);
            if (def.type == FieldType::ElementRef)
                QVERIFY2(def.kindField >= 0 && ts.field(def.kindField).enumDef == &Enums::linkKind, def.key);
            if (def.unitFrom >= 0)
                QVERIFY2(ts.field(def.unitFrom).type == FieldType::Reference, def.key);
            // The default of every field is already in canonical form.
            QVariant normalized;
            QString error;
            if (def.type != FieldType::Id && !(def.type == FieldType::Integer && defaults.at(f).toInt() < def.min))
                QVERIFY2(Schema::normalizeValue(def, defaults.at(f), &normalized, &error) || def.isRequired(),
                         qPrintable(QStringLiteral("%1.%2: %3").arg(QLatin1StringView(ts.key()), QLatin1StringView(def.key), error)));
        }
        for (int f : ts.uniqueKey())
            QVERIFY(f >= 0 && f < ts.fieldCount());
    }
}

void TestDocument::setValueUndoRedo_data()
{
    QTest::addColumn<int>("table");
    QTest::addColumn<int>("field");
    for (TableId t : Schema::tables()) {
        const TableSchema &ts = Schema::table(t);
        for (int f = 0; f < ts.fieldCount(); ++f)
            QTest::newRow(qPrintable(QStringLiteral("%1.%2").arg(QLatin1StringView(ts.key()), QLatin1StringView(ts.field(f).key))))
                << int(t) << f;
    }
}

void TestDocument::setValueUndoRedo()
{
    QFETCH(int, table);
    QFETCH(int, field);
    const TableId t = TableId(table);
    Document doc(std::make_unique<Workspace>(spareWorkspace()));
    const Workspace original = doc.workspace();
    QVERIFY(doc.rowCount(t) > 0);
    // The last row, except in tables that got a spare row: there the one before it.
    int row = doc.rowCount(t) - 1;
    if (row > 0 && doc.value(t, row, 0) == QVariant(QStringLiteral("spare")))
        --row;
    const QVariant next = otherValue(doc, t, row, field);
    if (!next.isValid() && Schema::table(t).field(field).type != FieldType::OptionalReal)
        QSKIP("no other valid value for this field in the generated workspace");

    QVERIFY2(doc.setValue(t, row, field, next), qPrintable(doc.errorString()));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!(doc.workspace() == original));
    const QVariant after = doc.value(t, row, field);
    QCOMPARE(after, next);
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == original);
    doc.undoStack()->redo();
    QCOMPARE(doc.value(t, row, field), after);
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == original);
    QVERIFY(!doc.isModified());
}

void TestDocument::noOpEditPushesNothing()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const int name = Schema::table(TableId::Candidates).fieldIndex(u"name");
    QVERIFY(doc.setValue(TableId::Candidates, 0, name, doc.value(TableId::Candidates, 0, name)));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    // "80" as text converts to the same number: still no step.
    const int value = Schema::table(TableId::Measurements).fieldIndex(u"value");
    QVERIFY(doc.setValue(TableId::Measurements, 1, value, QStringLiteral("80")));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDocument::mergedEditsAreOneStep()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const Workspace original = doc.workspace();
    const int weight = Schema::table(TableId::TierWeights).fieldIndex(u"weight");
    for (double w : {3.5, 4.0, 4.5, 6.0})
        QVERIFY(doc.setValue(TableId::TierWeights, 0, weight, w, EditMerge::Merge));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.workspace().tierWeights[0].weight, 6.0);
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == original);
}

void TestDocument::mergeBackToOriginalLeavesNoStep()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const int weight = Schema::table(TableId::TierWeights).fieldIndex(u"weight");
    const double before = doc.workspace().tierWeights[0].weight;
    QVERIFY(doc.setValue(TableId::TierWeights, 0, weight, before + 1, EditMerge::Merge));
    QVERIFY(doc.setValue(TableId::TierWeights, 0, weight, before, EditMerge::Merge));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestDocument::separateEditsAreSeparateSteps()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const int weight = Schema::table(TableId::TierWeights).fieldIndex(u"weight");
    QVERIFY(doc.setValue(TableId::TierWeights, 0, weight, 7.0));
    QVERIFY(doc.setValue(TableId::TierWeights, 0, weight, 8.0));
    QCOMPARE(doc.undoStack()->count(), 2);
    QVERIFY(doc.undoStack()->text(0).contains(QStringLiteral("Weight")));
    doc.undoStack()->undo();
    QCOMPARE(doc.workspace().tierWeights[0].weight, 7.0);
}

void TestDocument::addRowUndo_data()
{
    QTest::addColumn<int>("table");
    for (TableId t : Schema::tables()) {
        if (!Schema::table(t).isSingleton())
            QTest::newRow(Schema::table(t).key()) << int(t);
    }
}

void TestDocument::addRowUndo()
{
    QFETCH(int, table);
    const TableId t = TableId(table);
    Workspace start = sample();
    // Unique-key tables may be full in the sample; a fresh criterion frees a combination.
    start.criteria.push_back({QStringLiteral("extra"), QStringLiteral("Extra"), QStringLiteral("ms"), Direction::LowerIsBetter,
                              CriterionKind::Rated, {}});
    start.candidates.push_back({QStringLiteral("kotlin"), QStringLiteral("Kotlin"), CandidateCategory::Language, true, {}, {}});
    // The sample has a threshold for every metric (one per metric): free one.
    if (t == TableId::FragmentationThresholds)
        start.fragmentationThresholds.pop_back();
    // A round's scores belong to a voting round: the sample has none.
    if (t == TableId::RoundScores)
        start.votingRounds.push_back({QStringLiteral("round-1"), start.tiers.front().id, QStringLiteral("2026-12-06T10:00:00Z"), 1,
                                      QStringLiteral("2026-12-06T10:00:00Z"), QString()});
    Document doc(std::make_unique<Workspace>(start));
    const Workspace original = doc.workspace();
    const int before = doc.rowCount(t);
    const int row = doc.addRow(t);
    QVERIFY2(row >= 0, qPrintable(doc.errorString()));
    QCOMPARE(doc.rowCount(t), before + 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == original);
    doc.undoStack()->redo();
    QCOMPARE(doc.rowCount(t), before + 1);
}

void TestDocument::addRowFillsRequiredReferences()
{
    Document doc(std::make_unique<Workspace>(sample()));
    // Every candidate already has a cold-start measurement: a new one for
    // cold-start must be refused rather than duplicate a key.
    const int crit = Schema::table(TableId::Measurements).fieldIndex(u"criterion");
    const int candidates = doc.rowCount(TableId::Candidates);
    int added = 0;
    while (doc.addRow(TableId::Measurements, {{crit, QStringLiteral("cold-start")}}) >= 0)
        ++added;
    QCOMPARE(added, candidates - 3); // rust, typescript and java are measured already
    QVERIFY(doc.errorString().contains(QStringLiteral("exists already")));
    const int id = doc.addRow(TableId::Candidates, {{1, QStringLiteral("Kotlin / JVM")}});
    QCOMPARE(doc.workspace().candidates[size_t(id)].id, QStringLiteral("kotlin-jvm"));

    // A new pairwise comparison never starts as "X vs X" (issue 14), and the
    // next one picks another pair; a new relation does not point at itself.
    for (int i = 0; i < 3; ++i) {
        const int row = doc.addRow(TableId::TierComparisons, {});
        QVERIFY2(row >= 0, qPrintable(doc.errorString()));
        const TierComparison &c = doc.workspace().tierComparisons[size_t(row)];
        QVERIFY2(c.criterionA != c.criterionB, qPrintable(c.criterionA));
    }
    QCOMPARE(doc.workspace().tierComparisons[0].criterionA, QStringLiteral("cold-start"));
    QCOMPARE(doc.workspace().tierComparisons[0].criterionB, QStringLiteral("memory-jitter"));
    for (const ValidationFinding &f : validateWorkspace(doc.workspace()))
        QVERIFY2(!f.message.contains(QStringLiteral("itself")), qPrintable(f.message));
    const int relation = doc.addRow(TableId::Relations, {});
    QVERIFY(relation >= 0);
    QVERIFY(doc.workspace().relations[size_t(relation)].upstream != doc.workspace().relations[size_t(relation)].downstream);
}

void TestDocument::addRowNeedsTargets()
{
    Document doc;
    QCOMPARE(doc.addRow(TableId::Measurements), -1);
    QVERIFY(doc.errorString().contains(QStringLiteral("candidate")));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDocument::removeRowUndo_data()
{
    addRowUndo_data();
}

void TestDocument::removeRowUndo()
{
    QFETCH(int, table);
    const TableId t = TableId(table);
    Document doc(std::make_unique<Workspace>(Testing::generateWorkspace({}, 11)));
    const Workspace original = doc.workspace();
    QVERIFY(doc.rowCount(t) > 0);
    QVERIFY2(doc.removeRows(t, {0}), qPrintable(doc.errorString()));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!(doc.workspace() == original));
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == original);
    doc.undoStack()->redo();
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == original);
}

void TestDocument::removeCandidateCascades()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const Workspace original = doc.workspace();
    const int rust = doc.rowOfId(TableId::Candidates, QStringLiteral("rust"));
    QVERIFY(rust >= 0);
    QVERIFY(doc.removeRows(TableId::Candidates, {rust}));
    QCOMPARE(doc.undoStack()->count(), 1);
    const Workspace &ws = doc.workspace();
    for (const Measurement &m : ws.measurements)
        QVERIFY(m.candidate != u"rust");
    for (const Rating &r : ws.ratings)
        QVERIFY(r.candidate != u"rust");
    for (const LanguageProfile &p : ws.languageProfiles)
        QVERIFY(p.language != u"rust");
    for (const ScenarioFunctions &f : ws.scenarioFunctions)
        QVERIFY(f.language != u"rust");
    for (const DecisionLink &l : ws.decisionLinks)
        QVERIFY(!(l.kind == LinkKind::Candidate && l.element == u"rust"));
    // Non-owning references are cleared, not removed with their rows.
    const int inventory = doc.rowOfId(TableId::Contexts, QStringLiteral("inventory"));
    QVERIFY(inventory >= 0);
    QVERIFY(ws.contexts[size_t(inventory)].language.isEmpty());
    QVERIFY(ws.rules[0].candidate.isEmpty());
    QVERIFY(doc.undoStack()->text(0).contains(QStringLiteral("dependent rows")));
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == original);
}

void TestDocument::moveRowUndo()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const Workspace original = doc.workspace();
    QVERIFY(doc.moveRow(TableId::Rules, 0, 2));
    QCOMPARE(doc.workspace().rules[2].id, QStringLiteral("rule-availability"));
    QCOMPARE(doc.workspace().rules[0].id, QStringLiteral("rule-delivery"));
    QCOMPARE(doc.rowOfId(TableId::Rules, QStringLiteral("rule-availability")), 2);
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == original);
    QCOMPARE(doc.rowOfId(TableId::Rules, QStringLiteral("rule-availability")), 0);
    QVERIFY(!doc.moveRow(TableId::Rules, 0, 9));
}

void TestDocument::renameIdUpdatesReferences()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const Workspace original = doc.workspace();
    const int rust = doc.rowOfId(TableId::Candidates, QStringLiteral("rust"));
    QVERIFY(doc.setValue(TableId::Candidates, rust, 0, QStringLiteral("rust-lang")));
    QCOMPARE(doc.undoStack()->count(), 1);
    const Workspace &ws = doc.workspace();
    QCOMPARE(ws.measurements[0].candidate, QStringLiteral("rust-lang"));
    QCOMPARE(ws.contexts[size_t(doc.rowOfId(TableId::Contexts, QStringLiteral("inventory")))].language, QStringLiteral("rust-lang"));
    QCOMPARE(ws.rules[0].candidate, QStringLiteral("rust-lang"));
    bool linked = false;
    for (const DecisionLink &l : ws.decisionLinks)
        linked = linked || (l.kind == LinkKind::Candidate && l.element == u"rust-lang");
    QVERIFY(linked);
    QCOMPARE(doc.rowOfId(TableId::Candidates, QStringLiteral("rust")), -1);
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == original);
    QCOMPARE(doc.rowOfId(TableId::Candidates, QStringLiteral("rust")), rust);
}

void TestDocument::refusals()
{
    Document doc(std::make_unique<Workspace>(sample()));
    QVERIFY(!doc.setValue(TableId::Candidates, 0, 0, QStringLiteral("java")));
    QVERIFY(doc.errorString().contains(QStringLiteral("already used")));
    QVERIFY(!doc.setValue(TableId::Candidates, 0, 0, QStringLiteral("has space")));
    const int score = Schema::table(TableId::Ratings).fieldIndex(u"score");
    QVERIFY(!doc.setValue(TableId::Ratings, 0, score, 7));
    QVERIFY(doc.errorString().contains(QStringLiteral("outside")));
    QVERIFY(!doc.setValue(TableId::Ratings, 0, score, QStringLiteral("three")));
    const int crit = Schema::table(TableId::Measurements).fieldIndex(u"criterion");
    QVERIFY(!doc.setValue(TableId::Measurements, 0, crit, QStringLiteral("memory-jitter")));
    QVERIFY(doc.errorString().contains(QStringLiteral("exists already")));
    const int name = Schema::table(TableId::Candidates).fieldIndex(u"name");
    QVERIFY(!doc.setValue(TableId::Candidates, 0, name, QStringLiteral("two\nlines")));
    QVERIFY(!doc.setValue(TableId::Candidates, 99, name, QStringLiteral("x")));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDocument::readOnlyRefusesEdits()
{
    Document doc(std::make_unique<Workspace>(sample()));
    doc.setReadOnly(true);
    QVERIFY(!doc.setValue(TableId::Candidates, 0, 1, QStringLiteral("x")));
    QCOMPARE(doc.addRow(TableId::Candidates), -1);
    QVERIFY(!doc.removeRows(TableId::Candidates, {0}));
    QVERIFY(!doc.moveRow(TableId::Rules, 0, 1));
    QCOMPARE(doc.undoStack()->count(), 0);
    TableModel model(&doc, TableId::Candidates);
    QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
}

void TestDocument::signalsAndRevision()
{
    Document doc(std::make_unique<Workspace>(sample()));
    QSignalSpy changed(&doc, &Document::valueChanged);
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    const quint64 rev = doc.revision();
    QVERIFY(doc.setValue(TableId::Candidates, 0, 1, QStringLiteral("Rust 2024")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<TableId>(), TableId::Candidates);
    QCOMPARE(modified.count(), 1);
    QVERIFY(doc.isModified());
    QVERIFY(doc.revision() > rev);
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.count(), 2);
}

void TestDocument::tableModelDisplaysAndEdits()
{
    Document doc(std::make_unique<Workspace>(sample()));
    TableModel model(&doc, TableId::Measurements);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int value = Schema::table(TableId::Measurements).fieldIndex(u"value");
    // Rust's cold start is missing in the article: shown as missing, not 0.
    QCOMPARE(model.index(0, value).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(0, value).data(Qt::EditRole).isValid());
    QCOMPARE(model.index(1, value).data().toString(), QStringLiteral("80 ms"));
    QCOMPARE(model.index(1, value).data(UnitRole).toString(), QStringLiteral("ms"));
    QVERIFY(model.index(1, value).data(Qt::ToolTipRole).toString().contains(QStringLiteral("~80ms")));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("TypeScript"));
    QVERIFY(model.flags(model.index(1, value)) & Qt::ItemIsEditable);

    QVERIFY(model.setData(model.index(1, value), 75.5));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(model.index(1, value).data().toString(), QStringLiteral("75.5 ms"));
    QVERIFY(!model.setData(model.index(1, value), QStringLiteral("fast")));
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.workspace().measurements[1].value, std::optional<double>(80));

    TableModel candidates(&doc, TableId::Candidates);
    const int shortlisted = Schema::table(TableId::Candidates).fieldIndex(u"shortlisted");
    QCOMPARE(candidates.index(0, shortlisted).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(candidates.setData(candidates.index(0, shortlisted), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(doc.workspace().candidates[0].shortlisted, false);
    const int category = Schema::table(TableId::Candidates).fieldIndex(u"category");
    QCOMPARE(candidates.index(0, category).data().toString(), QStringLiteral("Language"));
    QCOMPARE(candidates.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Id"));

    // A dangling reference is shown, marked, and not silently replaced.
    doc.undoStack()->clear();
    QVERIFY(doc.setValue(TableId::Measurements, 0, 0, QStringLiteral("missing-one")));
    QVERIFY(model.index(0, 0).data(DanglingRole).toBool());
    QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("unknown")));
}

void TestDocument::tableModelFollowsReferencedNames()
{
    Document doc(std::make_unique<Workspace>(sample()));
    TableModel model(&doc, TableId::Measurements);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(doc.setValue(TableId::Candidates, 0, 1, QStringLiteral("Rust (铁锈)")));
    QVERIFY(dataChanged.count() >= 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Rust (铁锈)"));
    const int unit = Schema::table(TableId::Criteria).fieldIndex(u"unit");
    QVERIFY(doc.setValue(TableId::Criteria, 0, unit, QStringLiteral("µs")));
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("80 µs"));
}

void TestDocument::fieldFilterModelShowsChildren()
{
    Document doc(std::make_unique<Workspace>(sample()));
    TableModel model(&doc, TableId::TierWeights);
    FieldFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilter(0, QStringLiteral("tier-fast"));
    QCOMPARE(proxy.rowCount(), 4);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, 0).data(Qt::EditRole).toString(), QStringLiteral("tier-fast"));
    QVERIFY(doc.addRow(TableId::Criteria) >= 0);
    QVERIFY(doc.addRow(TableId::TierWeights, {{0, QStringLiteral("tier-fast")}}) >= 0);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setSearchText(QStringLiteral("交付速度"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestDocument::duplicateCopiesWhatBelongsToTheRow()
{
    // A variant scenario: the baseline copied with its functions, cost lines
    // and ranges, in one undo step, never a second baseline.
    Document doc;
    doc.resetWorkspace(std::make_unique<Workspace>(Testing::sampleWorkspace()));
    const Workspace before = doc.workspace();
    const int row = doc.rowOfId(TableId::Scenarios, QStringLiteral("seed-baseline"));
    const int copy = doc.duplicateRow(TableId::Scenarios, row);
    QCOMPARE(copy, row + 1);
    const Workspace &ws = doc.workspace();
    QCOMPARE(ws.scenarios.size(), before.scenarios.size() + 1);
    const TcoScenario &s = ws.scenarios[size_t(copy)];
    QVERIFY(s.name.endsWith(QStringLiteral("(copy)")));
    QVERIFY(s.id != QStringLiteral("seed-baseline"));
    QVERIFY(!s.baseline);
    QCOMPARE(s.memoryMb, before.scenarios[size_t(row)].memoryMb);
    QCOMPARE(s.source, before.scenarios[size_t(row)].source);
    auto count = [&](const auto &rows) {
        return std::count_if(rows.begin(), rows.end(), [&](const auto &r) { return r.scenario == s.id; });
    };
    QCOMPARE(count(ws.scenarioFunctions), 3);
    QCOMPARE(count(ws.tcoRanges), 9); // the sample's distributions (issue 14)
    QCOMPARE(doc.undoStack()->count(), 1);
    // A second copy gets its own name and id.
    const QString firstCopy = s.id;
    const int second = doc.duplicateRow(TableId::Scenarios, row);
    QVERIFY(second >= 0);
    QVERIFY(doc.workspace().scenarios[size_t(second)].id != firstCopy);
    QVERIFY(doc.workspace().scenarios[size_t(second)].id != QStringLiteral("seed-baseline"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == before);
    // Rows without an id (a tier weight) or out of range are refused.
    QCOMPARE(doc.duplicateRow(TableId::TierWeights, 0), -1);
    QCOMPARE(doc.duplicateRow(TableId::Scenarios, 99), -1);
    // Tiers copy their weights and thresholds.
    const int tiers = int(doc.workspace().tierWeights.size());
    QVERIFY(doc.duplicateRow(TableId::Tiers, 0) >= 0);
    QVERIFY(int(doc.workspace().tierWeights.size()) > tiers);
}

void TestDocument::applyWorkspaceIsOneUndoStep()
{
    // A scan stored into the workspace: thousands of rows in one step.
    Document doc;
    doc.resetWorkspace(std::make_unique<Workspace>(Testing::sampleWorkspace()));
    const Workspace before = doc.workspace();
    auto next = std::make_unique<Workspace>(before);
    for (int i = 0; i < 5000; ++i)
        next->dependencies.push_back({QStringLiteral("host-app"), Ecosystem::Npm, QStringLiteral("dep-%1").arg(i), QStringLiteral("1.0.0"),
                                      {}, DependencyScope::Production, false, {}, QStringLiteral("package.json")});
    const Workspace after = *next;
    int resets = 0;
    connect(&doc, &Document::workspaceReset, this, [&] { ++resets; });
    const quint64 revision = doc.revision();
    doc.applyWorkspace(std::move(next), QStringLiteral("Store scan"));
    QVERIFY(doc.workspace() == after);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Store scan"));
    QVERIFY(doc.revision() > revision);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.workspace() == after);
    QCOMPARE(resets, 3);
}

void TestDocument::snapshotFollowsEveryEdit()
{
    // The Problems list validates a snapshot on a worker; after a small edit
    // only the changed tables are copied, and the copy must still equal the
    // workspace after every kind of edit (cascades, renames, undo, a reset).
    Document doc(std::make_unique<Workspace>(sample()));
    WorkspaceSnapshot snapshots(&doc);
    QVERIFY(*snapshots.take() == doc.workspace());
    QCOMPARE(snapshots.copiedTables(), tableCount);
    const auto same = [&] { return *snapshots.take() == doc.workspace(); };
    const int rust = doc.rowOfId(TableId::Candidates, QStringLiteral("rust"));
    QVERIFY(doc.setValue(rust, Schema::field(&Candidate::name), QStringLiteral("Rust 2024")));
    QVERIFY2(same(), "a name");
    QCOMPARE(snapshots.copiedTables(), 1);
    QVERIFY(doc.setValue(rust, Schema::field(&Candidate::id), QStringLiteral("rust-lang")));
    QVERIFY2(same(), "an id renamed in every reference");
    QVERIFY(snapshots.copiedTables() > 1);
    QVERIFY(doc.removeRows(TableId::Candidates, {doc.rowOfId(TableId::Candidates, QStringLiteral("java"))}));
    QVERIFY2(same(), "a removal with its dependent rows");
    QVERIFY(doc.addRow(TableId::Raters, {{Schema::field(&Rater::name).index, QStringLiteral("Zed")}}) >= 0);
    QVERIFY2(same(), "a new rater");
    QCOMPARE(snapshots.copiedTables(), 1);
    QVERIFY(doc.rowCount(TableId::Rules) >= 2);
    QVERIFY(doc.moveRow(TableId::Rules, 0, 1));
    QVERIFY2(same(), "a moved rule");
    doc.undo();
    doc.undo();
    doc.undo();
    QVERIFY2(same(), "three undos");
    doc.redo();
    QVERIFY2(same(), "a redo");
    // A snapshot still held by a worker never changes under it.
    const std::shared_ptr<const Workspace> held = snapshots.take();
    const Workspace copy = *held;
    QVERIFY(doc.addRow(TableId::Raters, {{Schema::field(&Rater::name).index, QStringLiteral("Ann")}}) >= 0);
    QVERIFY2(same(), "an edit while a snapshot is held");
    QCOMPARE(snapshots.copiedTables(), tableCount);
    QVERIFY(*held == copy);
    QVERIFY(doc.applyWorkspace(std::make_unique<Workspace>(sample()), QStringLiteral("replace")));
    QVERIFY2(same(), "a replaced workspace");
}

QTEST_GUILESS_MAIN(TestDocument)
void TestDocument::fieldsByMember()
{
    const FieldRef weight = Schema::field(&TierWeight::weight);
    QCOMPARE(weight.table, TableId::TierWeights);
    QCOMPARE(QLatin1StringView(Schema::table(weight.table).field(weight.index).key), QLatin1StringView("weight"));
    const FieldRef score = Schema::field(&Rating::score);
    QCOMPARE(score.table, TableId::Ratings);
    QCOMPARE(QLatin1StringView(Schema::table(score.table).field(score.index).key), QLatin1StringView("score"));
    // Two members of the same type in one row are told apart.
    const FieldRef rater = Schema::field(&Rating::rater);
    const FieldRef criterion = Schema::field(&Rating::criterion);
    QVERIFY(rater.index != criterion.index);
    QCOMPARE(QLatin1StringView(Schema::table(TableId::Ratings).field(criterion.index).key), QLatin1StringView("criterion"));
    QCOMPARE(Schema::field(&WorkspaceInfo::name).table, TableId::Workspace);
    // Every field of every table is found through its member.
    QCOMPARE(Schema::field(&LanguageProfile::factorIsEstimate).index, Schema::table(TableId::LanguageProfiles).fieldIndex("factor_is_estimate"));
}

void TestDocument::editGroupIsOneStep()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const Workspace before = doc.workspace();
    const FieldRef name = Schema::field(&Candidate::name);
    doc.beginEdit(QStringLiteral("Rename two"));
    QVERIFY(doc.isEditing());
    QVERIFY(doc.setValue(0, name, QStringLiteral("A")));
    QVERIFY(doc.setValue(1, name, QStringLiteral("B")));
    QCOMPARE(doc.workspace().candidates[0].name, QStringLiteral("A")); // applied at once: views follow live
    QCOMPARE(doc.historyCount(), 0);
    doc.commitEdit();
    QVERIFY(!doc.isEditing());
    QCOMPARE(doc.historyCount(), 1);
    QCOMPARE(doc.undoText(), QStringLiteral("Rename two"));
    QVERIFY(doc.isModified());
    doc.undo();
    QVERIFY(doc.workspace() == before);
    doc.redo();
    QCOMPARE(doc.workspace().candidates[1].name, QStringLiteral("B"));
    QCOMPARE(doc.workspace().candidates[0].name, QStringLiteral("A"));
}

void TestDocument::editGroupRollbackLeavesNoStep()
{
    Document doc(std::make_unique<Workspace>(sample()));
    QVERIFY(doc.setValue(0, Schema::field(&Candidate::notes), QStringLiteral("kept")));
    doc.undo(); // a redo step exists now …
    QVERIFY(doc.canRedo());
    const QString redo = doc.redoText();
    const Workspace before = doc.workspace();
    doc.beginEdit(QStringLiteral("Import"));
    QVERIFY(doc.addRow(TableId::Candidates) >= 0);
    QVERIFY(doc.setValue(0, Schema::field(&Candidate::name), QStringLiteral("half-done")));
    doc.rollbackEdit();
    QVERIFY(doc.workspace() == before);
    QCOMPARE(doc.historyCount(), 1); // … and neither an undo nor a new redo step came from the group
    QVERIFY(!doc.canUndo());
    QCOMPARE(doc.redoText(), redo);
    doc.redo();
    QCOMPARE(doc.workspace().candidates[0].notes, QStringLiteral("kept"));
}

void TestDocument::editGroupDragBackLeavesNoStep()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const FieldRef weight = Schema::field(&TierWeight::weight);
    const double original = doc.workspace().tierWeights[0].weight;
    doc.beginEdit(QStringLiteral("Drag"));
    for (double w : {original + 1, original + 2, original + 3})
        QVERIFY(doc.setValue(0, weight, w, EditMerge::Merge));
    QVERIFY(doc.setValue(0, weight, original, EditMerge::Merge));
    doc.commitEdit();
    QCOMPARE(doc.historyCount(), 0);
    QVERIFY(!doc.isModified());

    doc.beginEdit(QStringLiteral("Drag"));
    for (double w : {original + 1, original + 2, original + 3})
        QVERIFY(doc.setValue(0, weight, w, EditMerge::Merge));
    doc.commitEdit();
    QCOMPARE(doc.historyCount(), 1);
    doc.undo();
    QCOMPARE(doc.workspace().tierWeights[0].weight, original);
    doc.redo();
    QCOMPARE(doc.workspace().tierWeights[0].weight, original + 3);

    // A press without a move keeps the redo history; a drag that moved and came
    // back is an edit like any other and ends it.
    doc.undo();
    QVERIFY(doc.canRedo());
    doc.beginEdit(QStringLiteral("Press"));
    doc.commitEdit();
    QVERIFY(doc.canRedo());
    QSignalSpy redoSpy(&doc, &Document::canRedoChanged);
    doc.beginEdit(QStringLiteral("Drag back"));
    QVERIFY(doc.setValue(0, weight, original + 5, EditMerge::Merge));
    QVERIFY(doc.setValue(0, weight, original, EditMerge::Merge));
    doc.commitEdit();
    QVERIFY(!doc.canRedo());
    QCOMPARE(redoSpy.count(), 1);
    QCOMPARE(doc.historyCount(), 0);
    QCOMPARE(doc.workspace().tierWeights[0].weight, original);
}

void TestDocument::editGroupsNest()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const Workspace before = doc.workspace();
    const FieldRef name = Schema::field(&Candidate::name);
    doc.beginEdit(QStringLiteral("Outer"));
    QVERIFY(doc.setValue(0, name, QStringLiteral("outer")));
    doc.beginEdit(QStringLiteral("Inner kept"));
    QVERIFY(doc.setValue(1, name, QStringLiteral("inner")));
    doc.commitEdit();
    doc.beginEdit(QStringLiteral("Inner dropped"));
    QVERIFY(doc.setValue(2, name, QStringLiteral("dropped")));
    doc.rollbackEdit();
    QCOMPARE(doc.workspace().candidates[2].name, before.candidates[2].name);
    const int copy = doc.duplicateRow(TableId::Candidates, 0); // uses a group itself
    QVERIFY(copy > 0);
    doc.commitEdit();
    QCOMPARE(doc.historyCount(), 1);
    QCOMPARE(doc.undoText(), QStringLiteral("Outer"));
    doc.undo();
    QVERIFY(doc.workspace() == before);
    doc.redo();
    QCOMPARE(doc.workspace().candidates[0].name, QStringLiteral("outer"));
    QCOMPARE(doc.workspace().candidates[1].name, QStringLiteral("outer (copy)")); // inserted after its original
    QCOMPARE(doc.workspace().candidates[2].name, QStringLiteral("inner"));
    QCOMPARE(doc.workspace().candidates.size(), before.candidates.size() + 1);
}

void TestDocument::editScopeRevertsUnlessCommitted()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const Workspace before = doc.workspace();
    {
        EditScope edit(&doc, QStringLiteral("Fails half-way"));
        QVERIFY(doc.setValue(0, Schema::field(&Candidate::name), QStringLiteral("x")));
    }
    QVERIFY(doc.workspace() == before);
    QVERIFY(!doc.canUndo());
    QVERIFY(!doc.canRedo());
    {
        EditScope edit(&doc, QStringLiteral("Works"));
        QVERIFY(doc.setValue(0, Schema::field(&Candidate::name), QStringLiteral("x")));
        edit.commit();
    }
    QCOMPARE(doc.undoText(), QStringLiteral("Works"));
}

void TestDocument::undoCommitsAnOpenGroup()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const Workspace before = doc.workspace();
    doc.beginEdit(QStringLiteral("Open"));
    QVERIFY(doc.setValue(0, Schema::field(&Candidate::name), QStringLiteral("x")));
    QVERIFY(doc.canUndo());
    QCOMPARE(doc.undoText(), QStringLiteral("Open"));
    doc.undo();
    QVERIFY(!doc.isEditing());
    QVERIFY(doc.workspace() == before);
    QVERIFY(doc.canRedo());
}

void TestDocument::upsertAddsThenSets()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const QString tier = doc.workspace().tiers[0].id;
    const QString criterion = doc.workspace().criteria.back().id;
    const FieldRef tierField = Schema::field(&TierWeight::tier);
    const FieldRef criterionField = Schema::field(&TierWeight::criterion);
    const FieldRef weight = Schema::field(&TierWeight::weight);
    const QList<FieldValue> key{{tierField, tier}, {criterionField, criterion}};
    const int existing = doc.findRow(key);
    if (existing >= 0) { // make the test about adding: remove the weight first
        QVERIFY(doc.removeRows(TableId::TierWeights, {existing}));
        QVERIFY(doc.findRow(key) < 0);
    }
    const int count = int(doc.workspace().tierWeights.size());
    const int steps = doc.historyCount();
    const int row = doc.upsertRow(key, {{weight, 4.0}});
    QCOMPARE(row, count);
    QCOMPARE(doc.workspace().tierWeights[size_t(row)].weight, 4.0);
    QCOMPARE(doc.historyCount(), steps + 1);
    QCOMPARE(doc.upsertRow(key, {{weight, 5.0}}, EditMerge::Merge), row);
    QCOMPARE(doc.upsertRow(key, {{weight, 6.0}}, EditMerge::Merge), row);
    QCOMPARE(int(doc.workspace().tierWeights.size()), count + 1);
    QCOMPARE(doc.workspace().tierWeights[size_t(row)].weight, 6.0);
    QCOMPARE(doc.historyCount(), steps + 2); // the two merged edits are one step
    QCOMPARE(doc.upsertRow(key, {{weight, 6.0}}), row); // unchanged: no step
    QCOMPARE(doc.historyCount(), steps + 2);
    doc.undo();
    QCOMPARE(doc.workspace().tierWeights[size_t(row)].weight, 4.0);
}

void TestDocument::upsertRefusesWithoutChange()
{
    Document doc(std::make_unique<Workspace>(sample()));
    const Workspace before = doc.workspace();
    const QString candidate = doc.workspace().measurements[0].candidate;
    const QString criterion = doc.workspace().measurements[0].criterion;
    // Two values, the second not a number: neither is written, no step remains.
    const int row = doc.upsertRow({{Schema::field(&Measurement::candidate), candidate}, {Schema::field(&Measurement::criterion), criterion}},
                                  {{Schema::field(&Measurement::source), QStringLiteral("new source")},
                                   {Schema::field(&Measurement::value), QStringLiteral("not a number")}});
    QCOMPARE(row, -1);
    QVERIFY(!doc.errorString().isEmpty());
    QVERIFY(doc.workspace() == before);
    QVERIFY(!doc.canUndo());
    QVERIFY(!doc.canRedo());
    // Fields of two tables in one call are refused.
    QCOMPARE(doc.upsertRow({{Schema::field(&Measurement::candidate), candidate}}, {{Schema::field(&Rating::score), 3}}), -1);
}

void TestDocument::historyModelFollowsTheDocument()
{
    Document doc(std::make_unique<Workspace>(sample()));
    HistoryModel model(&doc, QStringLiteral("<opened>"));
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("<opened>"));
    QVERIFY(doc.setValue(0, Schema::field(&Candidate::name), QStringLiteral("one")));
    QVERIFY(doc.setValue(1, Schema::field(&Candidate::name), QStringLiteral("two")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.currentRow(), 2);
    QCOMPARE(model.data(model.index(2)).toString(), doc.undoText());
    model.setCurrentRow(0);
    QCOMPARE(doc.workspace().candidates[0].name, sample().candidates[0].name);
    QCOMPARE(model.currentRow(), 0);
    model.setCurrentRow(2);
    QCOMPARE(doc.workspace().candidates[1].name, QStringLiteral("two"));
}

#include "tst_document.moc"
