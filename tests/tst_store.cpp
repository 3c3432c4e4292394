// The SQLite workspace file: round trips, header, hostile and damaged files,
// migrations.
#include "generator.h"
#include "sample.h"
#include "schema.h"
#include "sqliteformat.h"
#include "tco.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace ArchBoard;

namespace {

Workspace sample()
{
    return Testing::sampleWorkspace();
}

std::unique_ptr<Workspace> readImage(const QByteArray &image, QString *error, SqliteFormat format = SqliteFormat())
{
    QByteArray copy = image;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    std::unique_ptr<Workspace> ws = format.read(buffer);
    *error = format.errorString();
    return ws;
}

/// Applies \a sql to a copy of a database image and returns the new image.
QByteArray mutateImage(const QByteArray &image, const char *sql, const char *pragma = nullptr)
{
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    auto *buf = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    std::memcpy(buf, image.constData(), size_t(image.size()));
    sqlite3_deserialize(db, "main", buf, image.size(), image.size(), SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    char *msg = nullptr;
    if (pragma)
        sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK)
        qFatal("mutation failed: %s", msg);
    sqlite3_int64 size = 0;
    unsigned char *out = sqlite3_serialize(db, "main", &size, 0);
    QByteArray result(reinterpret_cast<const char *>(out), qsizetype(size));
    sqlite3_free(out);
    sqlite3_close(db);
    return result;
}

quint32 be32(const QByteArray &b, int offset)
{
    return (quint32(quint8(b[offset])) << 24) | (quint32(quint8(b[offset + 1])) << 16) | (quint32(quint8(b[offset + 2])) << 8)
        | quint32(quint8(b[offset + 3]));
}

void setBe32(QByteArray &b, int offset, quint32 v)
{
    b[offset] = char(v >> 24);
    b[offset + 1] = char(v >> 16);
    b[offset + 2] = char(v >> 8);
    b[offset + 3] = char(v);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripSample();
    void roundTripGenerated_data();
    void roundTripGenerated();
    void headerIdentifiesTheFile();
    void rejectsDamagedOrForeignFiles_data();
    void rejectsDamagedOrForeignFiles();
    void rejectsHostileTables_data();
    void rejectsHostileTables();
    void migratesOlderFilesInOrder();
    void opensVersionOneFiles();
    void migratesSchemaFourToFive();
    void migratesSchemaFiveToSix();
    void opensSchemaSixFiles();
    void failingMigrationRollsBackEverything();
    void missingMigrationStepIsReported();
    void fileApiChoosesFormatAndReportsErrors();
};

void TestStore::roundTripSample()
{
    const Workspace ws = sample();
    SqliteFormat format;
    const QByteArray image = format.serialize(ws);
    QVERIFY(!image.isEmpty());
    QString error;
    std::unique_ptr<Workspace> back = readImage(image, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == ws);
}

void TestStore::roundTripGenerated_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("hostile");
    for (quint32 seed : {1u, 2u, 3u}) {
        QTest::addRow("plain-%u", seed) << seed << false;
        QTest::addRow("hostile-%u", seed) << seed << true;
    }
}

void TestStore::roundTripGenerated()
{
    QFETCH(quint32, seed);
    QFETCH(bool, hostile);
    Testing::GeneratorSpec spec;
    spec.hostileText = hostile;
    spec.services = 40;
    const Workspace ws = Testing::generateWorkspace(spec, seed);
    const QByteArray image = SqliteFormat().serialize(ws);
    QString error;
    std::unique_ptr<Workspace> back = readImage(image, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == ws);
}

void TestStore::headerIdentifiesTheFile()
{
    const QByteArray image = SqliteFormat().serialize(sample());
    QVERIFY(image.startsWith(QByteArray("SQLite format 3\0", 16)));
    QCOMPARE(be32(image, 68), quint32(SqliteFormat::applicationId)); // application_id
    QCOMPARE(be32(image, 60), quint32(Schema::version));             // user_version
    // Bytes 18/19: file format versions; 1 = rollback journal, 2 would be WAL.
    QCOMPARE(int(image[18]), 1);
    QCOMPARE(int(image[19]), 1);
}

void TestStore::rejectsDamagedOrForeignFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = SqliteFormat().serialize(sample());

    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("yaml text") << QByteArray("archboard: 1\n") << "not an SQLite database";
    QByteArray garbage(70000, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) ^ (i >> 3));
    QTest::newRow("binary garbage") << garbage << "not an SQLite database";
    QTest::newRow("truncated to the header") << good.left(100) << "truncated";
    QTest::newRow("truncated to half") << good.left(good.size() / 2) << "corrupt";
    QTest::newRow("truncated by one page") << good.left(good.size() - 4096) << "corrupt";

    QByteArray newer = good;
    setBe32(newer, 60, 99); // user_version
    QTest::newRow("newer schema") << newer << "newer ArchBoard (schema version 99";
    QByteArray zero = good;
    setBe32(zero, 60, 0);
    QTest::newRow("no schema version") << zero << "no valid schema version";

    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    sqlite3_exec(db, "CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT); INSERT INTO photos VALUES (1, 'a.jpg');", nullptr, nullptr, nullptr);
    sqlite3_int64 size = 0;
    unsigned char *img = sqlite3_serialize(db, "main", &size, 0);
    const QByteArray foreign(reinterpret_cast<const char *>(img), qsizetype(size));
    sqlite3_free(img);
    sqlite3_close(db);
    QTest::newRow("foreign sqlite, no application id") << foreign << "belongs to another application (application_id 0x00000000)";
    QByteArray otherApp = good;
    setBe32(otherApp, 68, 0x47504B47); // GeoPackage
    QTest::newRow("foreign sqlite, other application id") << otherApp << "application_id 0x47504b47";

    // Damage the b-tree of the first table page: SQLite's own checks catch it.
    QByteArray broken = good;
    broken[4096] = char(0x7f); // page 2's page-type byte
    QTest::newRow("corrupt page type") << broken << "corrupt";
    QByteArray broken2 = good;
    for (int i = 0; i < 64; ++i)
        broken2[100 + i] = char(0xee); // page 1's b-tree header (sqlite_schema)
    QTest::newRow("corrupt schema page") << broken2 << "corrupt";
}

void TestStore::rejectsDamagedOrForeignFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QString error;
    std::unique_ptr<Workspace> ws = readImage(bytes, &error);
    QVERIFY(!ws);
    QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(QStringLiteral("error was: ") + error));
}

void TestStore::rejectsHostileTables_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing table") << QByteArray("DROP TABLE raters") << "table “raters” is missing";
    QTest::newRow("missing column") << QByteArray("ALTER TABLE candidates DROP COLUMN color") << "has no column “color”";
    QTest::newRow("extra column") << QByteArray("ALTER TABLE candidates ADD COLUMN payload TEXT") << "columns this version does not know";
    QTest::newRow("unknown enum key") << QByteArray("UPDATE criteria SET direction = 'sideways' WHERE ord = 1")
                                      << "table “criteria”, row 2, column “direction”: “sideways” is not one of lower_is_better, higher_is_better";
    QTest::newRow("invalid utf-8") << QByteArray("UPDATE candidates SET name = CAST(X'C328' AS TEXT) WHERE ord = 0")
                                   << "row 1, column “name”: text is not valid UTF-8";
    QTest::newRow("line break in one-line field") << QByteArray("UPDATE candidates SET name = 'a' || char(10) || 'b' WHERE ord = 0")
                                                  << "line break";
    QTest::newRow("bool out of range") << QByteArray("UPDATE candidates SET shortlisted = 5 WHERE ord = 0") << "expected 0 or 1";
    QTest::newRow("bad date") << QByteArray("UPDATE decisions SET date = 'yesterday'") << "is not a date";
    QTest::newRow("two workspace rows") << QByteArray("CREATE TEMP TABLE copy AS SELECT * FROM workspace; UPDATE copy SET ord = ord + 1; "
                                                      "INSERT INTO workspace SELECT * FROM copy")
                                        << "exactly one row";
    QTest::newRow("view instead of table") << QByteArray("DROP TABLE raters; CREATE VIEW raters AS SELECT 1 AS ord, 'x' AS id, 'y' AS name, 'z' AS role")
                                           << "raters";
    QTest::newRow("trigger is not run") << QByteArray("CREATE TABLE sink(x); CREATE TRIGGER t AFTER UPDATE ON meta BEGIN INSERT INTO sink VALUES (1); END")
                                        << "";
}

void TestStore::rejectsHostileTables()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, message);
    const Workspace ws = sample();
    const QByteArray image = mutateImage(SqliteFormat().serialize(ws), sql.constData());
    QString error;
    std::unique_ptr<Workspace> back = readImage(image, &error);
    if (message.isEmpty()) { // harmless additions: the workspace still reads, unchanged
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == ws);
        return;
    }
    QVERIFY(!back);
    QVERIFY2(error.contains(message), qPrintable(QStringLiteral("error was: ") + error));
}

void TestStore::migratesOlderFilesInOrder()
{
    // Two synthetic steps after the current version, run in order on a current file.
    const int v = Schema::version;
    const Workspace ws = sample();
    const QByteArray current = SqliteFormat().serialize(ws);
    const QList<Migration> chain = {
        {v + 1, QStringLiteral("UPDATE candidates SET notes = 'migrated: ' || legacy; ALTER TABLE candidates DROP COLUMN legacy;")},
        {v, QStringLiteral("ALTER TABLE candidates ADD COLUMN legacy TEXT; UPDATE candidates SET legacy = name;")},
    };
    QString error;
    std::unique_ptr<Workspace> back = readImage(current, &error, SqliteFormat(chain, v + 2));
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->candidates[0].notes, QStringLiteral("migrated: Rust"));
    QCOMPARE(back->candidates.size(), ws.candidates.size());
    // A file already at the target version is read as is.
    const QByteArray later = SqliteFormat({}, v + 2).serialize(ws);
    back = readImage(later, &error, SqliteFormat(chain, v + 2));
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == ws);
}

void TestStore::opensVersionOneFiles()
{
    // Files written by the first schema (tests/data, made with version 1):
    // the built-in migration adds the missing-figure policy and the AHP table.
    const QString dir = qEnvironmentVariable("ARCHBOARD_TESTDATA");
    if (dir.isEmpty())
        QSKIP("ARCHBOARD_TESTDATA not set (run through ctest)");
    // Schema 3 added the Azure and Google presets, uncertainty ranges and a
    // few TCO fields to the sample; older files get the fields' defaults.
    // Schema 5 changed the sample again (issue 14): start from the schema-4
    // sample (tests/data/workspace-v4.archboard.yaml, read with its own
    // migration) and take away what schemas 2–4 added.
    InputError v4Error;
    std::unique_ptr<Workspace> v4 = WorkspaceFile::load(dir + QStringLiteral("/workspace-v4.archboard.yaml"), &v4Error);
    QVERIFY2(v4, qPrintable(v4Error.toString()));
    Workspace expected = *v4;
    QVERIFY(expected.tierComparisons.empty());
    expected.info.missingPolicy = MissingPolicy::Exclude;
    std::erase_if(expected.providers, [](const FaasProvider &p) { return !p.id.startsWith(u"aws-"); });
    QCOMPARE(expected.providers.size(), size_t(2));
    expected.tcoRanges.clear();
    std::erase_if(expected.fragmentationThresholds, [](const FragmentationThreshold &t) {
        return t.metric == FragmentationMetric::PeerDependencyHygiene || t.metric == FragmentationMetric::StackHeterogeneity;
    });
    for (TcoScenario &s : expected.scenarios) {
        const TcoScenario defaults;
        s.sensitivityPct = defaults.sensitivityPct;
        s.monteCarloRuns = defaults.monteCarloRuns;
        s.monteCarloSeed = defaults.monteCarloSeed;
        s.source.replace(QStringLiteral("storage and transfer prices, day rate, the uncertainty ranges."),
                         QStringLiteral("storage price, day rate."));
    }
    for (LanguageProfile &p : expected.languageProfiles) {
        if (p.language == u"typescript" || p.language == u"java") {
            p.languageFactor.reset(); // the neutral 1.0 estimate came later
            p.source.replace(QStringLiteral("the language factor 1.0 is a neutral estimate until the board sets one; no cold-start figures"),
                             QStringLiteral("no language factor or cold-start figures"));
        }
    }
    for (const char *name : {"workspace-v1.archboard", "workspace-v1.archboard.yaml", "workspace-v2.archboard.yaml"}) {
        InputError error;
        std::unique_ptr<Workspace> ws = WorkspaceFile::load(dir + u'/' + QLatin1StringView(name), &error);
        QVERIFY2(ws, qPrintable(error.toString()));
        QVERIFY2(*ws == expected, name);
    }
    QFile v1(dir + QStringLiteral("/workspace-v1.archboard"));
    QVERIFY(v1.open(QIODevice::ReadOnly));
    QCOMPARE(be32(v1.read(100), 60), 1u); // the fixture really is version 1
}

void TestStore::migratesSchemaFourToFive()
{
    const QString dir = qEnvironmentVariable("ARCHBOARD_TESTDATA");
    if (dir.isEmpty())
        QSKIP("ARCHBOARD_TESTDATA not set (run through ctest)");
    // A real version-4 database: the version-1 fixture taken through the
    // built-in steps 1 → 4, with an artifact transfer price set.
    QFile v1(dir + QStringLiteral("/workspace-v1.archboard"));
    QVERIFY(v1.open(QIODevice::ReadOnly));
    const QByteArray image = v1.readAll();
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    auto *buf = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    std::memcpy(buf, image.constData(), size_t(image.size()));
    sqlite3_deserialize(db, "main", buf, image.size(), image.size(), SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    QString error;
    QList<Migration> upToFour = SqliteFormat::builtinMigrations();
    upToFour.removeIf([](const Migration &m) { return m.from >= 4; });
    QVERIFY2(SqliteFormat::migrate(db, 1, 4, upToFour, &error), qPrintable(error));
    QCOMPARE(sqlite3_exec(db, "UPDATE scenarios SET transfer_price_per_gb_usd = 0.09", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_int64 size = 0;
    unsigned char *out = sqlite3_serialize(db, "main", &size, 0);
    const QByteArray four(reinterpret_cast<const char *>(out), qsizetype(size));
    sqlite3_free(out);
    sqlite3_close(db);
    QCOMPARE(be32(four, 60), 4u);
    std::unique_ptr<Workspace> ws = readImage(four, &error);
    QVERIFY2(ws, qPrintable(error));
    // The new fields read as the migration step documents them; the voting
    // tables of schema 6 are there and empty.
    QVERIFY(ws->votingRounds.empty() && ws->roundScores.empty());
    QCOMPARE(ws->info.weightBandPp, 5.0);
    QCOMPARE(ws->info.winDraws, 10000);
    for (const TcoScenario &s : ws->scenarios)
        QCOMPARE(s.teamSize, 1); // the old monitoring figure
    for (const Measurement &m : ws->measurements)
        QCOMPARE(m.distribution, Distribution::None);
    for (const FaasProvider &p : ws->providers)
        QCOMPARE(p.maxMemoryMb, 0.0); // not known, no limit applied
    // The schema-4 sample in YAML (with its transfer price) opens and keeps
    // its figures but the dropped line: 54 245.03 USD a year, its three
    // ranges still triangular.
    InputError yamlError;
    ws = WorkspaceFile::load(dir + QStringLiteral("/workspace-v4.archboard.yaml"), &yamlError);
    QVERIFY2(ws, qPrintable(yamlError.toString()));
    QCOMPARE(ws->tcoRanges.size(), size_t(3));
    for (const TcoRange &r : ws->tcoRanges)
        QCOMPARE(r.distribution, Distribution::Triangular);
    QCOMPARE(std::round(*Tco::baselineTotal(*ws) * 100) / 100, 54245.03);
    // A file of schema 5 or later may not carry the dropped key.
    QByteArray yaml = Sample::yaml();
    yaml.replace("    day_rate_usd: 800\n", "    day_rate_usd: 800\n    transfer_price_per_gb_usd: 0.09\n");
    QTemporaryDir tmp;
    QFile f(tmp.filePath(QStringLiteral("five.archboard.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(yaml) == yaml.size());
    f.close();
    QVERIFY(!WorkspaceFile::load(f.fileName(), &yamlError));
    QVERIFY2(yamlError.toString().contains(QStringLiteral("unknown key “transfer_price_per_gb_usd”")), qPrintable(yamlError.toString()));
}

void TestStore::migratesSchemaFiveToSix()
{
    const QString dir = qEnvironmentVariable("ARCHBOARD_TESTDATA");
    if (dir.isEmpty())
        QSKIP("ARCHBOARD_TESTDATA not set (run through ctest)");
    // A real version-5 database (the version-1 fixture through the built-in
    // steps 1 → 5) with issue 14's figures set: schema 6 adds the live-voting
    // tables and must keep them.
    QFile v1(dir + QStringLiteral("/workspace-v1.archboard"));
    QVERIFY(v1.open(QIODevice::ReadOnly));
    const QByteArray image = v1.readAll();
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    auto *buf = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    std::memcpy(buf, image.constData(), size_t(image.size()));
    sqlite3_deserialize(db, "main", buf, image.size(), image.size(), SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    QString error;
    QList<Migration> upToFive = SqliteFormat::builtinMigrations();
    upToFive.removeIf([](const Migration &m) { return m.from >= 5; });
    QVERIFY2(SqliteFormat::migrate(db, 1, 5, upToFive, &error), qPrintable(error));
    QCOMPARE(sqlite3_exec(db, "UPDATE workspace SET weight_band_pp = 7.5, win_draws = 2000;"
                              "UPDATE scenarios SET team_size = 4;",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_int64 size = 0;
    unsigned char *out = sqlite3_serialize(db, "main", &size, 0);
    const QByteArray five(reinterpret_cast<const char *>(out), qsizetype(size));
    sqlite3_free(out);
    sqlite3_close(db);
    QCOMPARE(be32(five, 60), 5u);
    std::unique_ptr<Workspace> ws = readImage(five, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->info.weightBandPp, 7.5);
    QCOMPARE(ws->info.winDraws, 2000);
    QVERIFY(!ws->scenarios.empty());
    for (const TcoScenario &s : ws->scenarios)
        QCOMPARE(s.teamSize, 4);
    QVERIFY(ws->votingRounds.empty() && ws->roundScores.empty());

    // A schema-5 YAML file (the sample as issue 14 wrote it, without the
    // voting tables) opens too.
    QByteArray yaml = Sample::yaml();
    QVERIFY(yaml.contains("archboard: 7\n"));
    yaml.replace("archboard: 7\n", "archboard: 5\n");
    yaml.replace("voting_rounds: []\n", "");
    yaml.replace("round_scores: []\n", "");
    QTemporaryDir tmp;
    QFile f(tmp.filePath(QStringLiteral("five.archboard.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(yaml) == yaml.size());
    f.close();
    InputError yamlError;
    ws = WorkspaceFile::load(f.fileName(), &yamlError);
    QVERIFY2(ws, qPrintable(yamlError.toString()));
    QVERIFY(ws->votingRounds.empty());

    // Both features' data survive a save and a load in both formats: win
    // settings, distributions and team size (schema 5) beside voting rounds
    // and their scores (schema 6).
    Workspace both = Testing::generateWorkspace(Testing::GeneratorSpec{}, 11);
    both.info.weightBandPp = 3.5;
    both.info.winSeed = 42;
    QVERIFY(!both.votingRounds.empty() && !both.roundScores.empty());
    QVERIFY(std::any_of(both.measurements.begin(), both.measurements.end(),
                        [](const Measurement &m) { return m.distribution != Distribution::None; }));
    for (const char *name : {"both.archboard", "both.archboard.yaml"}) {
        const QString path = tmp.filePath(QString::fromLatin1(name));
        QString saveError;
        QVERIFY2(WorkspaceFile::save(both, path, &saveError), qPrintable(saveError));
        InputError loadError;
        std::unique_ptr<Workspace> back = WorkspaceFile::load(path, &loadError);
        QVERIFY2(back, qPrintable(loadError.toString()));
        QCOMPARE(back->info.weightBandPp, 3.5);
        QCOMPARE(back->info.winSeed, 42);
        QCOMPARE(back->measurements, both.measurements);
        QCOMPARE(back->votingRounds, both.votingRounds);
        QCOMPARE(back->roundScores, both.roundScores);
        QVERIFY(*back == both);
    }
}


void TestStore::opensSchemaSixFiles()
{
    const QString dir = qEnvironmentVariable("ARCHBOARD_TESTDATA");
    if (dir.isEmpty())
        QSKIP("ARCHBOARD_TESTDATA not set (run through ctest)");
    QCOMPARE(Schema::version, 7);
    // A real version-6 database: the version-1 fixture taken through the built-in steps 1 → 6.
    QFile v1(dir + QStringLiteral("/workspace-v1.archboard"));
    QVERIFY(v1.open(QIODevice::ReadOnly));
    const QByteArray image = v1.readAll();
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    auto *buf = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    std::memcpy(buf, image.constData(), size_t(image.size()));
    sqlite3_deserialize(db, "main", buf, image.size(), image.size(), SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    QString error;
    QList<Migration> upToSix = SqliteFormat::builtinMigrations();
    upToSix.removeIf([](const Migration &m) { return m.from >= 6; });
    QVERIFY2(SqliteFormat::migrate(db, 1, 6, upToSix, &error), qPrintable(error));
    sqlite3_int64 size = 0;
    unsigned char *out = sqlite3_serialize(db, "main", &size, 0);
    const QByteArray six(reinterpret_cast<const char *>(out), qsizetype(size));
    sqlite3_free(out);
    sqlite3_close(db);
    QCOMPARE(be32(six, 60), 6u);
    // It opens through the no-op step 6 → 7, is upgraded, and holds what the version-1 file holds.
    std::unique_ptr<Workspace> ws = readImage(six, &error);
    QVERIFY2(ws, qPrintable(error));
    InputError v1Error;
    std::unique_ptr<Workspace> fromOne = WorkspaceFile::load(v1.fileName(), &v1Error);
    QVERIFY2(fromOne, qPrintable(v1Error.toString()));
    QVERIFY(*ws == *fromOne);
    QCOMPARE(be32(SqliteFormat().serialize(*ws), 60), quint32(Schema::version)); // saved again, it is a version-7 file
    // The schema-6 sample in YAML opens and equals today's.
    QByteArray yaml = Sample::yaml();
    QVERIFY(yaml.contains("\narchboard: 7\n"));
    yaml.replace("\narchboard: 7\n", "\narchboard: 6\n");
    QTemporaryDir tmp;
    QFile f(tmp.filePath(QStringLiteral("six.archboard.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(yaml) == yaml.size());
    f.close();
    InputError yamlError;
    ws = WorkspaceFile::load(f.fileName(), &yamlError);
    QVERIFY2(ws, qPrintable(yamlError.toString()));
    QVERIFY(*ws == sample());
    // What schema 7 added (a record numbered 0 that states no status) saves and opens in both formats.
    Workspace withUnstated = sample();
    DecisionRecord r;
    r.id = QStringLiteral("adr-0000");
    r.number = 0;
    r.title = QStringLiteral("Use MADR");
    r.status = DecisionStatus::Unstated;
    r.date = QDate(2026, 1, 1);
    withUnstated.decisions.push_back(r);
    for (const char *name : {"seven.archboard", "seven.archboard.yaml"}) {
        const QString path = tmp.filePath(QString::fromLatin1(name));
        QString saveError;
        QVERIFY2(WorkspaceFile::save(withUnstated, path, &saveError), qPrintable(saveError));
        InputError loadError;
        std::unique_ptr<Workspace> back = WorkspaceFile::load(path, &loadError);
        QVERIFY2(back, qPrintable(loadError.toString()));
        QVERIFY2(*back == withUnstated, name);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray head = saved.read(200);
        QVERIFY2(QByteArray(name).endsWith(".yaml") ? head.contains("\narchboard: 7\n") : be32(head, 60) == 7u, name);
    }
}


void TestStore::failingMigrationRollsBackEverything()
{
    const int v = Schema::version;
    const QByteArray image = SqliteFormat().serialize(sample());
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    auto *buf = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    std::memcpy(buf, image.constData(), size_t(image.size()));
    sqlite3_deserialize(db, "main", buf, image.size(), image.size(), SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    const QList<Migration> chain = {
        {v, QStringLiteral("ALTER TABLE candidates ADD COLUMN legacy TEXT; UPDATE candidates SET legacy = 'x';")},
        {v + 1, QStringLiteral("UPDATE no_such_table SET x = 1;")},
    };
    QString error;
    QVERIFY(!SqliteFormat::migrate(db, v, v + 2, chain, &error));
    QVERIFY2(error.contains(QStringLiteral("from schema version %1 to %2").arg(v + 1).arg(v + 2)) && error.contains(QStringLiteral("no_such_table")),
             qPrintable(error));
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), v);
    sqlite3_finalize(st);
    // The first step was undone with the second: the column it added is gone.
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT legacy FROM candidates", -1, &st, nullptr), SQLITE_ERROR);
    sqlite3_finalize(st);
    sqlite3_close(db);

    std::unique_ptr<Workspace> back = readImage(image, &error, SqliteFormat(chain, v + 2));
    QVERIFY(!back);
    QVERIFY2(error.contains(QStringLiteral("cannot upgrade")), qPrintable(error));
}

void TestStore::missingMigrationStepIsReported()
{
    const int v = Schema::version;
    const QByteArray image = SqliteFormat().serialize(sample());
    QString error;
    std::unique_ptr<Workspace> back = readImage(image, &error, SqliteFormat({{v, QStringLiteral("SELECT 1;")}}, v + 2));
    QVERIFY(!back);
    QVERIFY2(error.contains(QStringLiteral("no migration from schema version %1 to %2").arg(v + 1).arg(v + 2)), qPrintable(error));
}

void TestStore::fileApiChoosesFormatAndReportsErrors()
{
    QTemporaryDir dir;
    const Workspace ws = sample();
    QString error;
    const QString db = dir.filePath(QStringLiteral("board.archboard"));
    const QString yaml = dir.filePath(QStringLiteral("board.archboard.yaml"));
    QVERIFY2(WorkspaceFile::save(ws, db, &error), qPrintable(error));
    QVERIFY2(WorkspaceFile::save(ws, yaml, &error), qPrintable(error));
    QFile f(db);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(16).startsWith("SQLite format 3"));
    f.close();
    QFile y(yaml);
    QVERIFY(y.open(QIODevice::ReadOnly));
    QVERIFY(y.readLine().startsWith("# ArchBoard workspace"));
    y.close();

    InputError inputError;
    for (const QString &path : {db, yaml}) {
        std::unique_ptr<Workspace> back = WorkspaceFile::load(path, &inputError);
        QVERIFY2(back, qPrintable(inputError.toString()));
        QVERIFY(*back == ws);
    }
    // Content decides over the suffix: an SQLite file named .yaml still opens.
    const QString misnamed = dir.filePath(QStringLiteral("misnamed.archboard.yaml"));
    QVERIFY(QFile::copy(db, misnamed));
    QVERIFY(WorkspaceFile::load(misnamed, &inputError));

    QVERIFY(!WorkspaceFile::save(ws, dir.filePath(QStringLiteral("board.txt")), &error));
    QVERIFY(error.contains(QStringLiteral(".archboard")));
    QVERIFY(!WorkspaceFile::save(ws, dir.filePath(QStringLiteral("no/such/dir/x.archboard")), &error));
    QVERIFY(error.contains(QStringLiteral("no/such/dir")));
    QVERIFY(!WorkspaceFile::load(dir.filePath(QStringLiteral("absent.archboard")), &inputError));
    QVERIFY(inputError.toString().contains(QStringLiteral("absent.archboard: the file does not exist")));
    QVERIFY(!WorkspaceFile::load(dir.path(), &inputError));
    QVERIFY(inputError.message.contains(QStringLiteral("folder")));
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile t(text);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("just some notes\n");
    t.close();
    QVERIFY(!WorkspaceFile::load(text, &inputError));
    QVERIFY(inputError.message.contains(QStringLiteral("not an ArchBoard workspace")));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
