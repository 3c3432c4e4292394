// Versions: ordering tables from the specifications' own examples (SemVer 2.0
// §11, Maven's ComparableVersionTest, PEP 440's ordering summary, Go
// pseudo-versions), node-semver's documented range examples and test
// fixtures, Cargo's requirement table, PEP 440 specifier examples, Maven
// ranges, floors, differences, non-registry sources and hostile input.
#include "versions.h"

#include <QTest>

#include <cmath>

using namespace ArchBoard;

Q_DECLARE_METATYPE(ArchBoard::Ecosystem)
Q_DECLARE_METATYPE(ArchBoard::VersionSpec::Kind)
Q_DECLARE_METATYPE(ArchBoard::DriftLevel)

namespace {

using Kind = VersionSpec::Kind;

constexpr Ecosystem kAll[] = {Ecosystem::Npm, Ecosystem::Go, Ecosystem::Cargo, Ecosystem::Maven, Ecosystem::PyPI, Ecosystem::Other};

const char *ecoName(Ecosystem e)
{
    switch (e) {
    case Ecosystem::Npm:
        return "npm";
    case Ecosystem::Go:
        return "go";
    case Ecosystem::Cargo:
        return "cargo";
    case Ecosystem::Maven:
        return "maven";
    case Ecosystem::PyPI:
        return "pypi";
    case Ecosystem::Other:
        return "other";
    }
    return "?";
}

const char *kindName(Kind k)
{
    switch (k) {
    case Kind::Exact:
        return "Exact";
    case Kind::Range:
        return "Range";
    case Kind::Any:
        return "Any";
    case Kind::NonRegistry:
        return "NonRegistry";
    case Kind::Invalid:
        return "Invalid";
    }
    return "?";
}

/// Every pair (i < j) of an ascending list, as ComparableVersionTest checks its lists.
void addChain(Ecosystem e, const QStringList &chain)
{
    for (qsizetype i = 0; i < chain.size(); ++i) {
        for (qsizetype j = i + 1; j < chain.size(); ++j)
            QTest::addRow("%s: %s < %s", ecoName(e), qPrintable(chain[i]), qPrintable(chain[j])) << e << chain[i] << chain[j];
    }
}

void addPair(Ecosystem e, const QString &lower, const QString &higher)
{
    QTest::addRow("%s: %s < %s", ecoName(e), qPrintable(lower), qPrintable(higher)) << e << lower << higher;
}

QString releaseText(const Version &v)
{
    QStringList parts;
    for (qint64 n : v.release)
        parts << QString::number(n);
    return parts.join(u'.');
}

/// A row name for any text: at most 24 characters, control characters escaped.
QByteArray rowName(const QString &text)
{
    QString name;
    for (QChar c : QStringView(text).left(24))
        name += c.isPrint() ? QString(c) : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return name.toUtf8();
}

Version referenceVersion(Ecosystem e)
{
    return Versions::parse(e, e == Ecosystem::Go ? QStringLiteral("v1.0.0") : QStringLiteral("1.0.0"));
}

} // namespace

class TestVersions : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
    void equal_data();
    void equal();
    void fields_data();
    void fields();
    void invalidVersion_data();
    void invalidVersion();
    void satisfies_data();
    void satisfies();
    void spec_data();
    void spec();
    void difference_data();
    void difference();
    void levelKey();
    void satisfiesNeedsTheSpecsEcosystem();
    void hostileInvariants_data();
    void hostileInvariants();
    void hostileSpecifics_data();
    void hostileSpecifics();
};

// ---------------------------------------------------------------------------
// Ordering

void TestVersions::order_data()
{
    QTest::addColumn<Ecosystem>("ecosystem");
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");

    // SemVer 2.0 §11
    const QStringList precedence{"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                                 "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"};
    const QStringList releases{"1.0.0", "2.0.0", "2.1.0", "2.1.1"};
    for (Ecosystem e : {Ecosystem::Npm, Ecosystem::Cargo, Ecosystem::Other}) {
        addChain(e, precedence);
        addChain(e, releases);
    }
    QStringList goPrecedence;
    for (const QString &v : precedence)
        goPrecedence << u'v' + v;
    addChain(Ecosystem::Go, goPrecedence);
    addPair(Ecosystem::Npm, "1.0.0-2", "1.0.0-10");
    addPair(Ecosystem::Npm, "1.0.0-9999", "1.0.0-99999999999999999999999");
    addPair(Ecosystem::Npm, "1.0.0-99999999999999999999999", "1.0.0-a");
    addPair(Ecosystem::Npm, "1.0.0-beta", "1.0.0-beta.0");
    addPair(Ecosystem::Npm, "9007199254740990.0.0", "9007199254740991.0.0");
    addPair(Ecosystem::Cargo, "0.9.0", "0.10.0");
    addPair(Ecosystem::Other, "1.2", "1.2.0.1");
    addPair(Ecosystem::Other, "r99", "r100");

    // Go: pseudo-versions are pre-releases; among those of one base the timestamp orders them.
    addChain(Ecosystem::Go, {"v0.0.0-20190101000000-aaaaaaaaaaaa", "v0.0.0-20191109021931-daa7c04131f5",
                             "v0.0.0-20191109021931-ffffffffffff", "v0.1.0", "v1.2.3",
                             "v1.2.4-0.20191109021931-daa7c04131f5", "v1.2.4-0.20200101000000-000000000000",
                             "v1.2.4-pre", "v1.2.4-pre.0.20191109021931-daa7c04131f5", "v1.2.4-pre.1", "v1.2.4",
                             "v2.0.0+incompatible", "v2.0.1-0.20200101000000-abcdefabcdef+incompatible", "v2.0.1"});

    // Maven ComparableVersionTest: VERSIONS_QUALIFIER and VERSIONS_NUMBER, every pair
    addChain(Ecosystem::Maven, {"1-alpha2snapshot", "1-alpha2", "1-alpha-123", "1-beta-2", "1-beta123", "1-m2", "1-m11",
                                "1-rc", "1-cr2", "1-rc123", "1-SNAPSHOT", "1", "1-sp", "1-sp2", "1-sp123", "1-abc",
                                "1-def", "1-pom-1", "1-1-snapshot", "1-1", "1-2", "1-123"});
    addChain(Ecosystem::Maven, {"2.0", "2-1", "2.0.a", "2.0.0.a", "2.0.2", "2.0.123", "2.1.0", "2.1-a", "2.1b", "2.1-c",
                                "2.1-1", "2.1.0.1", "2.2", "2.123", "11.a2", "11.a11", "11.b2", "11.b11", "11.m2",
                                "11.m11", "11", "11.a", "11b", "11c", "11m"});
    // testVersionComparing
    const char *const comparing[][2] = {
        {"1", "2"}, {"1.5", "2"}, {"1", "2.5"}, {"1.0", "1.1"}, {"1.1", "1.2"}, {"1.0.0", "1.1"}, {"1.0.1", "1.1"},
        {"1.1", "1.2.0"}, {"1.0-alpha-1", "1.0"}, {"1.0-alpha-1", "1.0-alpha-2"}, {"1.0-alpha-1", "1.0-beta-1"},
        {"1.0-beta-1", "1.0-SNAPSHOT"}, {"1.0-SNAPSHOT", "1.0"}, {"1.0-alpha-1-SNAPSHOT", "1.0-alpha-1"},
        {"1.0", "1.0-1"}, {"1.0-1", "1.0-2"}, {"1.0.0", "1.0-1"}, {"2.0-1", "2.0.1"}, {"2.0.1-klm", "2.0.1-lmn"},
        {"2.0.1", "2.0.1-xyz"}, {"2.0.1", "2.0.1-123"}, {"2.0.1-xyz", "2.0.1-123"},
        // MNG-5568, MNG-6572 (numbers beyond int and long), MNG-6964
        {"6.1.0rc3", "6.1.0"}, {"6.1.0rc3", "6.1H.5-beta"}, {"6.1.0", "6.1H.5-beta"},
        {"20190126.230843", "1234567890.12345"}, {"1234567890.12345", "123456789012345.1H.5-beta"},
        {"123456789012345.1H.5-beta", "12345678901234567890.1H.5-beta"}, {"20190126.230843", "12345678901234567890.1H.5-beta"},
        {"1-0.alpha", "1"}, {"1-0.beta", "1"}, {"1-0.alpha", "1-0.beta"},
        // qualifier order in words
        {"1.0-alpha", "1.0-beta"}, {"1.0-beta", "1.0-milestone"}, {"1.0-milestone", "1.0-rc"}, {"1.0-rc", "1.0-snapshot"},
        {"1.0-snapshot", "1.0"}, {"1.0", "1.0-sp"}, {"1.0-sp", "1.0-zzz"}, {"1.0-aaa", "1.0-zzz"}};
    for (const auto &pair : comparing)
        addPair(Ecosystem::Maven, pair[0], pair[1]);

    // PEP 440, "Summary of permitted suffixes and relative ordering" (local versions are equal rows below)
    addChain(Ecosystem::PyPI, {"1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456",
                               "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0",
                               "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1"});
    addPair(Ecosystem::PyPI, "2.0", "1!1.0");
    addPair(Ecosystem::PyPI, "1.0.post1", "1.0.post2.dev1");
    addPair(Ecosystem::PyPI, "1.0.0.0.1", "1.0.1");
    addPair(Ecosystem::PyPI, "1.0rc1", "1.0rc1.post1");
}

void TestVersions::order()
{
    QFETCH(Ecosystem, ecosystem);
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    const Version a = Versions::parse(ecosystem, lower);
    const Version b = Versions::parse(ecosystem, higher);
    QVERIFY2(a.valid, qPrintable(a.error));
    QVERIFY2(b.valid, qPrintable(b.error));
    QVERIFY(Versions::compare(a, b) < 0);
    QVERIFY(Versions::compare(b, a) > 0);
    QCOMPARE(Versions::compare(a, a), 0);
    QCOMPARE(Versions::compare(b, b), 0);
}

void TestVersions::equal_data()
{
    QTest::addColumn<Ecosystem>("ecosystem");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    auto row = [](Ecosystem e, const char *a, const char *b) {
        QTest::addRow("%s: %s = %s", ecoName(e), a, b) << e << QString::fromUtf8(a) << QString::fromUtf8(b);
    };
    // SemVer: build metadata does not count; npm drops a leading v / =
    row(Ecosystem::Npm, "1.2.3+build.5", "1.2.3");
    row(Ecosystem::Npm, "1.0.0-alpha+001", "1.0.0-alpha+exp.sha.5114f85");
    row(Ecosystem::Npm, "v1.2.3", "1.2.3");
    row(Ecosystem::Npm, " =1.2.3 ", "1.2.3");
    row(Ecosystem::Cargo, "1.2.3+build", "1.2.3");
    row(Ecosystem::Go, "v2.0.0+incompatible", "v2.0.0");
    row(Ecosystem::Other, "v1.2", "1.2.0");
    // Maven ComparableVersionTest.testVersionsEqual
    const char *const maven[][2] = {
        {"1", "1"}, {"1", "1.0"}, {"1", "1.0.0"}, {"1.0", "1.0.0"}, {"1", "1-0"}, {"1", "1.0-0"}, {"1.0", "1.0-0"},
        {"1a", "1-a"}, {"1a", "1.0-a"}, {"1a", "1.0.0-a"}, {"1.0a", "1-a"}, {"1.0.0a", "1-a"}, {"1x", "1-x"},
        {"1x", "1.0-x"}, {"1x", "1.0.0-x"}, {"1.0x", "1-x"}, {"1.0.0x", "1-x"}, {"1ga", "1"}, {"1release", "1"},
        {"1final", "1"}, {"1cr", "1rc"}, {"1a1", "1-alpha-1"}, {"1b2", "1-beta-2"}, {"1m3", "1-milestone-3"},
        {"1X", "1x"}, {"1A", "1a"}, {"1B", "1b"}, {"1M", "1m"}, {"1Ga", "1"}, {"1GA", "1"}, {"1RELEASE", "1"},
        {"1RELeaSE", "1"}, {"1Final", "1"}, {"1FinaL", "1"}, {"1FINAL", "1"}, {"1Cr", "1Rc"}, {"1cR", "1rC"},
        {"1m3", "1Milestone3"}, {"1m3", "1MileStone3"}, {"1m3", "1MILESTONE3"}, {"2.5.0.RELEASE", "2.5"},
        {"007", "7"}};
    for (const auto &pair : maven)
        row(Ecosystem::Maven, pair[0], pair[1]);
    // PEP 440 normalisation
    const char *const pep440[][2] = {
        {"1.0alpha1", "1.0a1"}, {"1.0-beta.2", "1.0b2"}, {"1.0c1", "1.0rc1"}, {"1.0pre1", "1.0rc1"},
        {"1.0preview1", "1.0rc1"}, {"1.0-RC_1", "1.0rc1"}, {"1.0a", "1.0a0"}, {"1.0-1", "1.0.post1"},
        {"1.0-r4", "1.0.post4"}, {"1.0rev4", "1.0.post4"}, {"1.0.POST", "1.0.post0"}, {"1.0-dev2", "1.0.dev2"},
        {"1.0dev", "1.0.dev0"}, {"v1.0", "1.0"}, {"V1.0", "1.0"}, {"1.0.0", "1.0"}, {"01.02", "1.2"},
        {"0!1.0", "1.0"}, {"1.0+abc.5", "1.0"}, {"1.0+abc.7", "1.0+5"}, {"  1.0  ", "1.0"}};
    for (const auto &pair : pep440)
        row(Ecosystem::PyPI, pair[0], pair[1]);
}

void TestVersions::equal()
{
    QFETCH(Ecosystem, ecosystem);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const Version x = Versions::parse(ecosystem, a);
    const Version y = Versions::parse(ecosystem, b);
    QVERIFY2(x.valid, qPrintable(x.error));
    QVERIFY2(y.valid, qPrintable(y.error));
    QCOMPARE(Versions::compare(x, y), 0);
    QCOMPARE(Versions::compare(y, x), 0);
    QCOMPARE(Versions::difference(x, y).level, DriftLevel::None);
}

void TestVersions::fields_data()
{
    QTest::addColumn<Ecosystem>("ecosystem");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("prerelease");
    QTest::addColumn<int>("epoch");
    QTest::addColumn<qint64>("post"); // -1: none
    QTest::addColumn<qint64>("dev");  // -1: none
    QTest::addColumn<QString>("pseudoTimestamp");
    auto row = [](Ecosystem e, const char *text, const char *release, const char *pre, int epoch = 0, qint64 post = -1,
                  qint64 dev = -1, const char *stamp = "") {
        QTest::addRow("%s: %s", ecoName(e), text) << e << QString::fromUtf8(text) << QString::fromUtf8(release)
                                                  << QString::fromUtf8(pre) << epoch << post << dev << QString::fromUtf8(stamp);
    };
    row(Ecosystem::Npm, "1.2.3-beta.1+build.7", "1.2.3", "beta.1");
    row(Ecosystem::Npm, "v10.20.30", "10.20.30", "");
    row(Ecosystem::Npm, "9007199254740991.0.0", "9007199254740991.0.0", "");
    row(Ecosystem::Cargo, "0.10.0-rc.1", "0.10.0", "rc.1");
    row(Ecosystem::Cargo, "9223372036854775807.0.0", "9223372036854775807.0.0", "");
    row(Ecosystem::Go, "v0.0.0-20191109021931-daa7c04131f5", "0.0.0", "20191109021931-daa7c04131f5", 0, -1, -1, "20191109021931");
    row(Ecosystem::Go, "v1.2.4-0.20191109021931-daa7c04131f5", "1.2.4", "0.20191109021931-daa7c04131f5", 0, -1, -1, "20191109021931");
    row(Ecosystem::Go, "v1.2.4-pre.0.20191109021931-daa7c04131f5", "1.2.4", "pre.0.20191109021931-daa7c04131f5", 0, -1, -1, "20191109021931");
    row(Ecosystem::Go, "v2.0.1-0.20200101000000-abcdefabcdef+incompatible", "2.0.1", "0.20200101000000-abcdefabcdef", 0, -1, -1, "20200101000000");
    row(Ecosystem::Go, "v1.2.4-pre", "1.2.4", "pre");
    row(Ecosystem::Go, "v1.2.4-1.20191109021931-daa7c04131f5", "1.2.4", "1.20191109021931-daa7c04131f5"); // not "0." → no pseudo
    row(Ecosystem::Go, "v2.3.4+incompatible", "2.3.4", "");
    row(Ecosystem::Maven, "1.0-SNAPSHOT", "1.0", "snapshot");
    row(Ecosystem::Maven, "2.5.0.RELEASE", "2.5.0", "");
    row(Ecosystem::Maven, "1.0.0-RC1", "1.0.0", "rc1");
    row(Ecosystem::Maven, "5.3.30.Final", "5.3.30", "");
    row(Ecosystem::Maven, "12345678901234567890.1", "9223372036854775807.1", "");
    row(Ecosystem::Maven, "r09", "", "r09");
    row(Ecosystem::PyPI, "1!2.0.0rc1.post2.dev3+local.7", "2.0.0", "rc1", 1, 2, 3);
    row(Ecosystem::PyPI, "1.0-1", "1.0", "", 0, 1);
    row(Ecosystem::PyPI, "v1.0alpha", "1.0", "a0");
    row(Ecosystem::PyPI, "1.0.POST", "1.0", "", 0, 0);
    row(Ecosystem::PyPI, "1.0-dev", "1.0", "", 0, -1, 0);
    row(Ecosystem::PyPI, "1.0preview2", "1.0", "rc2");
    row(Ecosystem::PyPI, "1.0-beta.2", "1.0", "b2");
    row(Ecosystem::PyPI, "2024.1.15", "2024.1.15", "");
    row(Ecosystem::Other, "r1234", "1234", "");
    row(Ecosystem::Other, "2023-10-01", "2023", "10-01");
    row(Ecosystem::Other, "v1.2", "1.2", "");
    row(Ecosystem::Other, "1.2.3.4-beta", "1.2.3.4", "beta");
    row(Ecosystem::Other, "build 7 rev 12", "7.12", "");
}

void TestVersions::fields()
{
    QFETCH(Ecosystem, ecosystem);
    QFETCH(QString, text);
    QFETCH(QString, release);
    QFETCH(QString, prerelease);
    QFETCH(int, epoch);
    QFETCH(qint64, post);
    QFETCH(qint64, dev);
    QFETCH(QString, pseudoTimestamp);
    const Version v = Versions::parse(ecosystem, text);
    QVERIFY2(v.valid, qPrintable(v.error));
    QVERIFY(v.error.isEmpty());
    QCOMPARE(v.ecosystem, ecosystem);
    QCOMPARE(v.text, text);
    QCOMPARE(releaseText(v), release);
    QCOMPARE(v.prerelease, prerelease);
    QCOMPARE(v.epoch, epoch);
    QCOMPARE(v.post.value_or(-1), post);
    QCOMPARE(v.dev.value_or(-1), dev);
    QCOMPARE(v.pseudoTimestamp, pseudoTimestamp);
}

void TestVersions::invalidVersion_data()
{
    QTest::addColumn<Ecosystem>("ecosystem");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    auto row = [](Ecosystem e, const QString &text, const char *error) {
        QTest::addRow("%s: %s", ecoName(e), rowName(text).constData()) << e << text << QString::fromUtf8(error);
    };
    row(Ecosystem::Npm, "", "empty version");
    row(Ecosystem::Npm, "   ", "empty version");
    row(Ecosystem::Npm, "1.2", "MAJOR.MINOR.PATCH");
    row(Ecosystem::Npm, "1.2.3.4", "unexpected '.'");
    row(Ecosystem::Npm, "01.2.3", "leading zero");
    row(Ecosystem::Npm, "1.2.3-01", "leading zero");
    row(Ecosystem::Npm, "9007199254740992.0.0", "too large");
    row(Ecosystem::Npm, "1.2.3-", "empty pre-release");
    row(Ecosystem::Npm, "1.2.3+", "empty build metadata");
    row(Ecosystem::Npm, "1.2.3-a..b", "empty identifier");
    row(Ecosystem::Npm, QString::fromUtf8("1.2.3-\xc3\xa4"), "only letters, digits");
    row(Ecosystem::Npm, QString::fromUtf8("\xef\xbc\x91.2.3"), "expected a number"); // fullwidth 1
    row(Ecosystem::Npm, QString(300, u'1'), "longer than 256");
    row(Ecosystem::Npm, "^1.2.3", "expected a number");
    row(Ecosystem::Cargo, "v1.2.3", "without 'v'");
    row(Ecosystem::Cargo, "9223372036854775808.0.0", "too large");
    row(Ecosystem::Cargo, "1.2", "MAJOR.MINOR.PATCH");
    row(Ecosystem::Go, "1.2.3", "start with 'v'");
    row(Ecosystem::Go, "v1.2", "MAJOR.MINOR.PATCH");
    row(Ecosystem::Go, "v1.2.3+meta", "only +incompatible");
    row(Ecosystem::Go, "v1.2.3+incompatible", "major version 2");
    row(Ecosystem::Go, "v99999999999999999999.0.0", "too large");
    row(Ecosystem::Maven, "1.0 beta", "no spaces");
    row(Ecosystem::Maven, "[1.0]", "version range");
    row(Ecosystem::Maven, "${project.version}", "unresolved property");
    row(Ecosystem::Maven, QString(257, u'a'), "longer than 256");
    row(Ecosystem::PyPI, "1.0-foo", "unexpected");
    row(Ecosystem::PyPI, "1.0+", "local version label");
    row(Ecosystem::PyPI, "1.0+a..b", "local version label");
    row(Ecosystem::PyPI, "99999999999999999999", "too large");
    row(Ecosystem::PyPI, "a1.0", "release number");
    row(Ecosystem::PyPI, "1.0a1b2", "unexpected");
    row(Ecosystem::PyPI, "1!", "after the epoch");
    row(Ecosystem::Other, "abc", "no number");
    row(Ecosystem::Other, "99999999999999999999", "too large");
}

void TestVersions::invalidVersion()
{
    QFETCH(Ecosystem, ecosystem);
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Version v = Versions::parse(ecosystem, text);
    QVERIFY(!v.valid);
    QCOMPARE(v.text, text);
    QVERIFY(v.release.empty());
    QVERIFY2(v.error.contains(error), qPrintable(v.error));
}

// ---------------------------------------------------------------------------
// Ranges

void TestVersions::satisfies_data()
{
    QTest::addColumn<Ecosystem>("ecosystem");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("expected");
    auto row = [](Ecosystem e, const char *spec, const char *version, bool expected) {
        QTest::addRow("%s: %s %s %s", ecoName(e), version, expected ? "in" : "not in", spec)
            << e << QString::fromUtf8(spec) << QString::fromUtf8(version) << expected;
    };
    const Ecosystem npm = Ecosystem::Npm;
    // node-semver README
    for (const char *v : {"1.2.7", "1.2.9", "1.4.6"})
        row(npm, "1.2.7 || >=1.2.9 <2.0.0", v, true);
    for (const char *v : {"1.2.8", "2.0.0"})
        row(npm, "1.2.7 || >=1.2.9 <2.0.0", v, false);
    for (const char *v : {"1.2.7", "1.2.8", "2.5.3", "42.0.0"})
        row(npm, ">=1.2.7", v, true);
    for (const char *v : {"1.2.6", "1.1.0"})
        row(npm, ">=1.2.7", v, false);
    for (const char *v : {"1.2.7", "1.2.8", "1.2.99"})
        row(npm, ">=1.2.7 <1.3.0", v, true);
    for (const char *v : {"1.2.6", "1.3.0", "1.1.0"})
        row(npm, ">=1.2.7 <1.3.0", v, false);
    row(npm, ">1.2.3-alpha.3", "1.2.3-alpha.7", true);
    row(npm, ">1.2.3-alpha.3", "3.4.5-alpha.9", false);
    row(npm, ">1.2.3-alpha.3", "3.4.5", true);
    // hyphen ranges
    row(npm, "1.2.3 - 2.3.4", "1.2.3", true);
    row(npm, "1.2.3 - 2.3.4", "2.3.4", true);
    row(npm, "1.2.3 - 2.3.4", "2.3.5", false);
    row(npm, "1.2 - 2.3.4", "1.2.0", true);
    row(npm, "1.2 - 2.3.4", "1.1.9", false);
    row(npm, "1.2.3 - 2.3", "2.3.9", true);
    row(npm, "1.2.3 - 2.3", "2.4.0", false);
    row(npm, "1.2.3 - 2", "2.9.9", true);
    row(npm, "1.2.3 - 2", "3.0.0", false);
    // x-ranges and partial versions
    row(npm, "*", "1.2.3", true);
    row(npm, "*", "0.0.0", true);
    row(npm, "*", "1.3.0-beta", false);
    row(npm, "", "1.0.0", true);
    row(npm, "1.x", "1.9.9", true);
    row(npm, "1.x", "2.0.0", false);
    row(npm, "1.x", "2.0.0-0", false);
    row(npm, "1.2.x", "1.2.9", true);
    row(npm, "1.2.x", "1.3.0", false);
    row(npm, "1", "1.9.0", true);
    row(npm, "1.2", "1.2.99", true);
    row(npm, "1.2", "1.3.0", false);
    // tilde
    row(npm, "~1.2.3", "1.2.9", true);
    row(npm, "~1.2.3", "1.3.0", false);
    row(npm, "~1.2.3", "1.2.2", false);
    row(npm, "~1.2", "1.2.0", true);
    row(npm, "~1.2", "1.3.0", false);
    row(npm, "~1", "1.9.9", true);
    row(npm, "~1", "2.0.0", false);
    row(npm, "~0.2.3", "0.2.9", true);
    row(npm, "~0.2.3", "0.3.0", false);
    row(npm, "~0", "0.9.9", true);
    row(npm, "~0", "1.0.0", false);
    row(npm, "~1.2.3-beta.2", "1.2.3-beta.4", true);
    row(npm, "~1.2.3-beta.2", "1.2.4-beta.2", false);
    row(npm, "~1.2.3-beta.2", "1.2.5", true);
    // caret
    row(npm, "^1.2.3", "1.8.1", true);
    row(npm, "^1.2.3", "2.0.0", false);
    row(npm, "^1.2.3", "1.2.2", false);
    row(npm, "^0.2.3", "0.2.9", true);
    row(npm, "^0.2.3", "0.3.0", false);
    row(npm, "^0.0.3", "0.0.3", true);
    row(npm, "^0.0.3", "0.0.4", false);
    row(npm, "^1.2.3-beta.2", "1.2.3-beta.4", true);
    row(npm, "^1.2.3-beta.2", "1.2.4-beta.2", false);
    row(npm, "^1.2.3-beta.2", "1.9.0", true);
    row(npm, "^0.0.3-beta", "0.0.3-pr.2", true);
    row(npm, "^0.0.3-beta", "0.0.4", false);
    row(npm, "^1.2.x", "1.9.0", true);
    row(npm, "^1.2.x", "1.1.9", false);
    row(npm, "^0.0.x", "0.0.9", true);
    row(npm, "^0.0.x", "0.1.0", false);
    row(npm, "^0.0", "0.0.9", true);
    row(npm, "^0.0", "0.1.0", false);
    row(npm, "^1.x", "1.9.9", true);
    row(npm, "^0.x", "0.9.9", true);
    row(npm, "^0.x", "1.0.0", false);
    // node-semver fixtures (range-include / range-exclude)
    row(npm, "1.0.0 - 2.0.0", "1.2.3", true);
    row(npm, "1.0.0 - 2.0.0", "2.2.3", false);
    row(npm, "^1.2.3+build", "1.2.3", true);
    row(npm, "^1.2.3+build", "1.3.0", true);
    row(npm, "^1.2.3+build", "2.0.0", false);
    row(npm, "1.2.3-pre+asdf - 2.4.3-pre+asdf", "1.2.3-pre.2", true);
    row(npm, "1.2.3-pre+asdf - 2.4.3-pre+asdf", "2.4.3-alpha", true);
    row(npm, "1.2.3+asdf - 2.4.3+asdf", "1.2.3-pre.2", false);
    row(npm, "1.2.3+asdf - 2.4.3+asdf", "2.4.3-alpha", false);
    row(npm, "1.0.0", "1.0.0", true);
    row(npm, "1.0.0", "1.0.1", false);
    row(npm, ">=*", "0.2.4", true);
    row(npm, ">= 1.0.0", "1.0.0", true);
    row(npm, ">=  1.0.0", "1.0.1", true);
    row(npm, "> 1.0.0", "1.0.1", true);
    row(npm, ">1.0.0", "0.1.0", false);
    row(npm, "<=2.0.0", "2.0.0", true);
    row(npm, "<= 2.0.0", "1.9999.9999", true);
    row(npm, "<=2.0.0", "2.2.9", false);
    row(npm, "<\t2.0.0", "0.2.9", true);
    row(npm, "<2.0.0", "2.9999.9999", false);
    row(npm, ">=0.1.97", "v0.1.97", true);
    row(npm, ">=0.1.97", "0.1.93", false);
    row(npm, "0.1.20 || 1.2.4", "1.2.4", true);
    row(npm, "0.1.20 || 1.2.4", "1.2.3", false);
    row(npm, ">=0.2.3 || <0.0.1", "0.0.0", true);
    row(npm, ">=0.2.3 || <0.0.1", "0.2.4", true);
    row(npm, ">=0.2.3 || <0.0.1", "0.0.3", false);
    row(npm, "||", "1.3.4", true);
    row(npm, "2.x.x", "2.1.3", true);
    row(npm, "2.x.x", "3.1.3", false);
    row(npm, "1.2.x || 2.x", "2.1.3", true);
    row(npm, "1.2.x || 2.x", "1.1.3", false);
    row(npm, "x", "1.2.3", true);
    row(npm, "2.*.*", "2.1.3", true);
    row(npm, "1.2.* || 2.*", "3.1.3", false);
    row(npm, "2", "2.1.2", true);
    row(npm, "2.3", "2.4.1", false);
    row(npm, "~0.0.1", "0.0.2", true);
    row(npm, "~0.0.1", "0.1.0-alpha", false);
    row(npm, "~x", "0.0.9", true);
    row(npm, "~>3.2.1", "3.2.2", true);
    row(npm, "~>3.2.1", "3.3.2", false);
    row(npm, "~> 1", "1.2.3", true);
    row(npm, "~ 1.0", "1.0.2", true);
    row(npm, "~ 1.0.3", "1.0.12", true);
    row(npm, "~1.0", "1.1.0", false);
    row(npm, ">=1", "1.0.0", true);
    row(npm, "< 1.2", "1.1.1", true);
    row(npm, "<1", "1.0.0-beta", false);
    row(npm, "~v0.5.4-pre", "0.5.5", true);
    row(npm, "~v0.5.4-pre", "0.5.4", true);
    row(npm, "=0.7.x", "0.7.2", true);
    row(npm, "=0.7.x", "0.8.2", false);
    row(npm, "=0.7.x", "0.7.0-asdf", false);
    row(npm, "<=0.7.x", "0.7.2", true);
    row(npm, "<=0.7.x", "0.6.2", true);
    row(npm, ">=0.7.x", "0.6.2", false);
    row(npm, "<0.7.x", "0.7.2", false);
    row(npm, "~1.2.1 >=1.2.3", "1.2.3", true);
    row(npm, "~1.2.1 =1.2.3", "1.2.3", true);
    row(npm, "~1.2.1 1.2.3", "1.2.3", true);
    row(npm, ">=1.2.1 >=1.2.3", "1.2.3", true);
    row(npm, ">=1.2", "1.2.8", true);
    row(npm, ">1.2", "1.2.8", false);
    row(npm, ">1.2", "1.3.0-beta", false);
    row(npm, "^1.2 ^1", "1.4.2", true);
    row(npm, "^1.2.3-alpha", "1.2.3-pre", true);
    row(npm, "^1.2.0-alpha", "1.2.0-pre", true);
    row(npm, "^0.0.1-alpha", "0.0.1-beta", true);
    row(npm, "^0.1.1-alpha", "0.1.1-beta", true);
    row(npm, "^x", "1.2.3", true);
    row(npm, "x - 1.0.0", "0.9.7", true);
    row(npm, "x - 1.x", "0.9.7", true);
    row(npm, "1.0.0 - x", "1.9.7", true);
    row(npm, "1.x - x", "1.9.7", true);
    row(npm, "<=7.x", "7.9.9", true);
    row(npm, "<=7.x", "8.0.0", false);
    row(npm, "^1.2.3", "1.2.3-beta", false);
    row(npm, "^1.2.3", "2.0.0-alpha", false);
    row(npm, "<=1.2.3", "1.2.3-beta", false);
    row(npm, "<1.2.3", "1.2.3-beta", false);
    row(npm, "=1.2.3", "1.2.3-beta", false);
    row(npm, "^0.0.1", "0.0.2", false);
    row(npm, "0.x", "1.0.0", false);
    row(npm, "latest", "3.0.0", true);
    row(npm, "latest", "3.0.0-rc.1", false);
    // Cargo book, "Specifying dependencies"
    const Ecosystem cargo = Ecosystem::Cargo;
    row(cargo, "^1.2.3", "1.2.3", true);
    row(cargo, "^1.2.3", "1.9.9", true);
    row(cargo, "^1.2.3", "2.0.0", false);
    row(cargo, "^1.2.3", "1.2.2", false);
    row(cargo, "^1.2", "1.2.0", true);
    row(cargo, "^1", "1.99.0", true);
    row(cargo, "^0.2.3", "0.2.9", true);
    row(cargo, "^0.2.3", "0.3.0", false);
    row(cargo, "^0.2", "0.2.0", true);
    row(cargo, "^0.0.3", "0.0.3", true);
    row(cargo, "^0.0.3", "0.0.4", false);
    row(cargo, "^0.0", "0.0.9", true);
    row(cargo, "^0.0", "0.1.0", false);
    row(cargo, "^0", "0.9.9", true);
    row(cargo, "^0", "1.0.0", false);
    row(cargo, "1.2", "1.9.0", true);
    row(cargo, "1.2", "2.0.0", false);
    row(cargo, "1.2", "1.1.0", false);
    row(cargo, "0.3", "0.3.9", true);
    row(cargo, "0.3", "0.4.0", false);
    row(cargo, "~1.2.3", "1.2.9", true);
    row(cargo, "~1.2.3", "1.3.0", false);
    row(cargo, "~1.2", "1.2.0", true);
    row(cargo, "~1.2", "1.3.0", false);
    row(cargo, "~1", "1.9.0", true);
    row(cargo, "~1", "2.0.0", false);
    row(cargo, "*", "0.0.1", true);
    row(cargo, "*", "1.0.0-alpha", false);
    row(cargo, "1.*", "1.5.0", true);
    row(cargo, "1.*", "2.0.0", false);
    row(cargo, "1.2.*", "1.2.7", true);
    row(cargo, "1.2.*", "1.3.0", false);
    row(cargo, ">= 1.2, < 1.5", "1.4.9", true);
    row(cargo, ">= 1.2, < 1.5", "1.5.0", false);
    row(cargo, ">= 1.2.0", "1.2.0", true);
    row(cargo, "= 1.2.3", "1.2.3", true);
    row(cargo, "=1.2.3", "1.2.4", false);
    row(cargo, "=1.2", "1.2.9", true);
    row(cargo, "=1.2", "1.3.0", false);
    row(cargo, ">1", "1.9.9", false);
    row(cargo, ">1", "2.0.0", true);
    row(cargo, ">1.2", "1.2.9", false);
    row(cargo, ">1.2", "1.3.0", true);
    row(cargo, "<2", "1.99.99", true);
    row(cargo, "<2", "2.0.0", false);
    row(cargo, "<=1.2", "1.2.9", true);
    row(cargo, "<=1.2", "1.3.0", false);
    row(cargo, "^1.2.3", "2.0.0-alpha", false);
    row(cargo, "^1.2.3", "1.3.0-beta", false);
    row(cargo, ">=1.0.0-alpha, <2", "1.0.0-beta", true);
    row(cargo, "^1.2.3-alpha.1", "1.2.3-alpha.2", true);
    row(cargo, "^1.2.3-alpha.1", "1.2.4-alpha.2", false);
    // PEP 440 "Version specifiers"
    const Ecosystem py = Ecosystem::PyPI;
    row(py, "~=2.2", "2.2", true);
    row(py, "~=2.2", "2.3", true);
    row(py, "~=2.2", "2.9.1", true);
    row(py, "~=2.2", "3.0", false);
    row(py, "~=2.2", "2.1", false);
    row(py, "~=1.4.5", "1.4.9", true);
    row(py, "~=1.4.5", "1.5.0", false);
    row(py, "~=1.4.5", "1.4.4", false);
    row(py, "~=2.2.post3", "2.2.post3", true);
    row(py, "~=2.2.post3", "2.2", false);
    row(py, "~=2.2.post3", "2.3", true);
    row(py, "~=1.4.5a4", "1.4.5a4", true);
    row(py, "~=1.4.5a4", "1.4.5", true);
    row(py, "~=1.4.5a4", "1.4.5a3", false);
    row(py, "~=1!1.2", "1!1.3", true);
    row(py, "~=1!1.2", "1.3", false);
    row(py, "==1.1", "1.1.0", true);
    row(py, "==1.1", "1.1.post1", false);
    row(py, "==1.1.post1", "1.1.post1", true);
    row(py, "==1.1.*", "1.1.post1", true);
    row(py, "==1.1.*", "1.1.5", true);
    row(py, "==1.1.*", "1.10", false);
    row(py, "==1.1.*", "1.1a1", false);
    row(py, "==1.0", "1.0+local.1", true);
    row(py, "!=1.1", "1.1.0", false);
    row(py, "!=1.1", "1.2", true);
    row(py, "!=1.1.*", "1.1.3", false);
    row(py, "!=1.1.*", "1.2", true);
    row(py, ">1.7", "1.7.1", true);
    row(py, ">1.7", "1.7.0.post1", false);
    row(py, ">1.7.post2", "1.7.1", true);
    row(py, ">1.7.post2", "1.7.0.post3", true);
    row(py, ">1.7.post2", "1.7.0", false);
    row(py, "<1.7", "1.6.9", true);
    row(py, "<1.7", "1.7", false);
    row(py, "<1.7", "1.7.0rc1", false);
    row(py, "<1.7rc2", "1.7rc1", true);
    row(py, ">=1.0", "1.1a1", false);
    row(py, ">=1.0a1", "1.1a1", true);
    row(py, ">=1.0", "1.1.dev1", false);
    row(py, "<=2.0", "2.0", true);
    row(py, "<=2.0", "2.0.post1", false);
    row(py, ">=1.5,<2", "1.9", true);
    row(py, ">=1.5, <2", "2.0", false);
    row(py, ">= 1.5 , < 2", "1.4.9", false);
    row(py, "*", "1.0", true);
    row(py, "*", "1.0a1", false);
    row(py, "", "2.0", true);
    row(py, "===1.0", "1.0", true);
    row(py, "===1.0", "1.0.0", false);
    // Poetry
    row(py, "^1.2", "1.9", true);
    row(py, "^1.2", "2.0", false);
    row(py, "^1.2", "2.0a1", false);
    row(py, "^0.2.3", "0.2.9", true);
    row(py, "^0.2.3", "0.3.0", false);
    row(py, "^0.0.3", "0.0.3", true);
    row(py, "^0.0.3", "0.0.4", false);
    row(py, "~1.2", "1.2.9", true);
    row(py, "~1.2", "1.3", false);
    row(py, "~1", "1.9", true);
    row(py, "~1", "2.0", false);
    row(py, "1.2.3", "1.2.3", true);
    row(py, "1.2.3", "1.2.4", false);
    row(py, "1.2.*", "1.2.4", true);
    row(py, ">=1.0,<1.1 || >=2.0", "2.5", true);
    row(py, ">=1.0,<1.1 || >=2.0", "1.5", false);
    row(py, ">=1.0 <1.1", "1.0.5", true);
    // Maven version ranges
    const Ecosystem mvn = Ecosystem::Maven;
    row(mvn, "[1.0,2.0)", "1.0", true);
    row(mvn, "[1.0,2.0)", "1.9.9", true);
    row(mvn, "[1.0,2.0)", "2.0", false);
    row(mvn, "[1.0,2.0)", "2.0-SNAPSHOT", true); // 2.0-SNAPSHOT < 2.0
    row(mvn, "[1.0,2.0)", "1.0-SNAPSHOT", false);
    row(mvn, "(,1.0]", "0.9", true);
    row(mvn, "(,1.0]", "1.0", true);
    row(mvn, "(,1.0]", "1.0.0", true);
    row(mvn, "(,1.0]", "1.1", false);
    row(mvn, "[1.2]", "1.2", true);
    row(mvn, "[1.2]", "1.2.0", true);
    row(mvn, "[1.2]", "1.2.1", false);
    row(mvn, "[1.0,)", "99", true);
    row(mvn, "[1.0,)", "0.9", false);
    row(mvn, "[1,2),[3,4)", "1.5", true);
    row(mvn, "[1,2),[3,4)", "2.5", false);
    row(mvn, "[1,2),[3,4)", "3.5", true);
    row(mvn, "[1,2),[3,4)", "4", false);
    row(mvn, "(1.0,2.0)", "1.0", false);
    row(mvn, "(1.0,2.0)", "1.0.1", true);
    row(mvn, "[ 1.0 , 2.0 ]", "2.0", true);
    row(mvn, "1.2.3", "1.2.3", true);
    row(mvn, "1.2.3", "1.2.4", false);
    row(mvn, "LATEST", "0.1", true);
    // Go: exact module versions
    row(Ecosystem::Go, "v1.2.3", "v1.2.3", true);
    row(Ecosystem::Go, "v1.2.3", "v1.2.4", false);
    row(Ecosystem::Go, "v2.0.0+incompatible", "v2.0.0+incompatible", true);
    row(Ecosystem::Go, "", "v0.1.0-pre", true);
    // Other: SemVer-ish with node-semver operators, commas and ==
    row(Ecosystem::Other, ">=1.2, <2", "1.5", true);
    row(Ecosystem::Other, ">=1.2, <2", "2.0", false);
    row(Ecosystem::Other, "==1.2.3", "1.2.3", true);
    row(Ecosystem::Other, "1.2.3.4", "1.2.3.4", true);
    row(Ecosystem::Other, "1.2.3.4", "1.2.3.5", false);
    row(Ecosystem::Other, "^1.2", "1.9.0", true);
}

void TestVersions::satisfies()
{
    QFETCH(Ecosystem, ecosystem);
    QFETCH(QString, spec);
    QFETCH(QString, version);
    QFETCH(bool, expected);
    const VersionSpec s = Versions::parseSpec(ecosystem, spec);
    QVERIFY2(s.kind != Kind::Invalid, qPrintable(s.note));
    QCOMPARE(s.ecosystem, ecosystem);
    const Version v = Versions::parse(ecosystem, version);
    QVERIFY2(v.valid, qPrintable(v.error));
    QCOMPARE(Versions::satisfies(s, v), expected);
}

void TestVersions::spec_data()
{
    QTest::addColumn<Ecosystem>("ecosystem");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("floor"); // empty: none
    QTest::addColumn<QString>("note");  // a fragment of the note; empty: not checked
    auto row = [](Ecosystem e, const QString &text, Kind kind, const char *floor = "", const char *note = "") {
        QTest::addRow("%s: %s → %s", ecoName(e), rowName(text).constData(), kindName(kind))
            << e << text << kind << QString::fromUtf8(floor) << QString::fromUtf8(note);
    };
    const Ecosystem npm = Ecosystem::Npm;
    // floors
    row(npm, "^1.2", Kind::Range, "1.2.0");
    row(npm, ">=1.5 <2", Kind::Range, "1.5.0");
    row(npm, "1.x", Kind::Range, "1.0.0");
    row(npm, "*", Kind::Any);
    row(npm, "", Kind::Any, "", "no version requested");
    row(npm, "x", Kind::Any);
    row(npm, "1.x || *", Kind::Any);
    row(npm, "^2 || ^3 || ^1.5", Kind::Range, "1.5.0");
    row(npm, "1.2.3 || 2", Kind::Range, "1.2.3");
    row(npm, "1.2.3", Kind::Exact, "1.2.3");
    row(npm, "=1.2.3", Kind::Exact, "1.2.3");
    row(npm, "v1.2.3", Kind::Exact, "1.2.3");
    row(npm, "1.2.3-beta.1", Kind::Exact, "1.2.3-beta.1");
    row(npm, "1.2.3 - 2.3.4", Kind::Range, "1.2.3");
    row(npm, "1.2 - 2.3.4", Kind::Range, "1.2.0");
    row(npm, "~1.1.1", Kind::Range, "1.1.1");
    row(npm, "^0.0.3", Kind::Range, "0.0.3");
    row(npm, "^0.x", Kind::Range, "0.0.0");
    row(npm, "~0", Kind::Range, "0.0.0");
    row(npm, ">1.0.0", Kind::Range, "1.0.1");
    row(npm, ">1.0.0-beta", Kind::Range, "1.0.0-beta.0");
    row(npm, ">1", Kind::Range, "2.0.0");
    row(npm, ">1.0", Kind::Range, "1.1.0");
    row(npm, ">=1.2.3-alpha", Kind::Range, "1.2.3-alpha");
    row(npm, "<2.0.0", Kind::Range, "0.0.0");
    row(npm, "<0.0.1-beta", Kind::Range, "0.0.0");
    row(npm, "<0.0.0-beta", Kind::Range, "0.0.0-0");
    row(npm, ">1.0.0 <1.0.1", Kind::Range, "", "matches no version");
    row(npm, ">*", Kind::Range, "", "matches no version");
    // non-registry sources
    row(npm, "workspace:*", Kind::NonRegistry, "", "workspace protocol");
    row(npm, "workspace:^1.2.3", Kind::NonRegistry, "", "workspace protocol");
    row(npm, "file:../lib", Kind::NonRegistry, "", "local file");
    row(npm, "link:../lib", Kind::NonRegistry, "", "link protocol");
    row(npm, "portal:../lib", Kind::NonRegistry, "", "portal protocol");
    row(npm, "patch:lodash@npm%3A4.17.21#./patches/lodash.patch", Kind::NonRegistry, "", "patch protocol");
    row(npm, "git+ssh://git@github.com:npm/cli.git#v1.0.27", Kind::NonRegistry, "", "git dependency");
    row(npm, "git+ssh://git@github.com:npm/cli#semver:^5.0", Kind::NonRegistry, "", "git dependency");
    row(npm, "git+https://isaacs@github.com/npm/cli.git", Kind::NonRegistry, "", "git dependency");
    row(npm, "git://github.com/npm/cli.git#v1.0.27", Kind::NonRegistry, "", "git dependency");
    row(npm, "github:user/repo", Kind::NonRegistry, "", "git dependency (github)");
    row(npm, "expressjs/express", Kind::NonRegistry, "", "GitHub shorthand");
    row(npm, "mochajs/mocha#4727d357ea", Kind::NonRegistry, "", "GitHub shorthand");
    row(npm, "https://example.com/pkg-1.0.0.tgz", Kind::NonRegistry, "", "tarball URL");
    row(npm, "http://example.com/pkg.tgz", Kind::NonRegistry, "", "tarball URL");
    row(npm, "https://github.com/user/repo.git#main", Kind::NonRegistry, "", "git dependency");
    row(npm, "npm:other@^2", Kind::NonRegistry, "", "alias of other@^2");
    row(npm, "npm:@scope/pkg@1.0.0", Kind::NonRegistry, "", "alias of @scope/pkg@1.0.0");
    row(npm, "./local-pkg", Kind::NonRegistry, "", "local path");
    row(npm, "~/projects/pkg", Kind::NonRegistry, "", "local path");
    row(npm, "latest", Kind::Any, "", "dist-tag latest");
    row(npm, "next", Kind::NonRegistry, "", "dist-tag next");
    row(npm, "beta-2", Kind::NonRegistry, "", "dist-tag beta-2");
    // invalid npm
    row(npm, "1.2.3.4", Kind::Invalid, "", "too many parts");
    row(npm, ">=foo", Kind::Invalid, "", "not an npm range");
    row(npm, "^", Kind::Invalid, "", "without a version");
    row(npm, ">= ", Kind::Invalid, "", "without a version");
    row(npm, "1.2.3 -", Kind::Invalid, "", "not an npm range");
    row(npm, "^01.2", Kind::Invalid, "", "leading zero");
    row(npm, "^1.2-beta", Kind::Invalid, "", "unexpected '-'");
    row(npm, "npm:", Kind::Invalid, "", "without a package name");
    row(npm, "9007199254740992", Kind::Invalid, "", "too large");
    row(npm, ">9007199254740991", Kind::Range, "", "matches no version");
    row(npm, ">=9007199254740991", Kind::Range, "9007199254740991.0.0");
    // Cargo
    const Ecosystem cargo = Ecosystem::Cargo;
    row(cargo, "1.2", Kind::Range, "1.2.0", "caret requirement");
    row(cargo, "^1.2.3", Kind::Range, "1.2.3");
    row(cargo, "=1.2.3", Kind::Exact, "1.2.3");
    row(cargo, "= 1.2.3", Kind::Exact, "1.2.3");
    row(cargo, "=1.2", Kind::Range, "1.2.0");
    row(cargo, "*", Kind::Any);
    row(cargo, "", Kind::Any, "", "no version requested");
    row(cargo, ">= 1.2, < 1.5", Kind::Range, "1.2.0");
    row(cargo, ">1", Kind::Range, "2.0.0");
    row(cargo, ">1.2.3", Kind::Range, "1.2.4");
    row(cargo, "~1", Kind::Range, "1.0.0");
    row(cargo, "1.*", Kind::Range, "1.0.0");
    row(cargo, "<2", Kind::Range, "0.0.0");
    row(cargo, "0.0", Kind::Range, "0.0.0");
    row(cargo, "git+https://github.com/rust-lang/regex", Kind::NonRegistry, "", "git dependency");
    row(cargo, "../local-crate", Kind::NonRegistry, "", "local path");
    row(cargo, ">=1 <2", Kind::Invalid, "", "separated by commas");
    row(cargo, "1.2 || 2", Kind::Invalid, "", "not a Cargo requirement");
    row(cargo, "==1.2", Kind::Invalid, "", "not a Cargo requirement");
    row(cargo, "*, >=1", Kind::Invalid, "", "must stand alone");
    row(cargo, "1.2.3.4", Kind::Invalid, "", "too many parts");
    row(cargo, "01.2", Kind::Invalid, "", "leading zero");
    row(cargo, "1.0,", Kind::Invalid, "", "empty requirement");
    row(cargo, "1.*.3", Kind::Invalid, "", "after a wildcard");
    // PyPI
    const Ecosystem py = Ecosystem::PyPI;
    row(py, "==1.2.3", Kind::Exact, "1.2.3");
    row(py, "=== 1.0", Kind::Exact, "1.0");
    row(py, ">=1.5,<2", Kind::Range, "1.5");
    row(py, ">= 1.5, < 2", Kind::Range, "1.5");
    row(py, "~=1.4.5", Kind::Range, "1.4.5");
    row(py, "~=2.2", Kind::Range, "2.2");
    row(py, "==1.2.*", Kind::Range, "1.2");
    row(py, "<2", Kind::Range);
    row(py, "!=1.5", Kind::Range);
    row(py, ">1.0", Kind::Range, "1.0");
    row(py, ">1.0,>=1.2,<3", Kind::Range, "1.2");
    row(py, "^1.2", Kind::Range, "1.2", "Poetry ^1.2: >=1.2,<2");
    row(py, "^0.2.3", Kind::Range, "0.2.3", "<0.3");
    row(py, "~1.2", Kind::Range, "1.2", "<1.3");
    row(py, "1.2.3", Kind::Exact, "1.2.3", "bare version");
    row(py, "*", Kind::Any);
    row(py, "", Kind::Any);
    row(py, ">=1.0 || >=0.5", Kind::Range, "0.5", "alternatives");
    row(py, ">=1.0,<2 || <0.5", Kind::Range);
    row(py, "git+https://github.com/psf/requests.git@v2.31.0", Kind::NonRegistry, "", "git dependency");
    row(py, "@ https://example.com/pkg-1.0.tar.gz", Kind::NonRegistry, "", "direct reference (direct URL)");
    row(py, "@ file:///srv/pkg", Kind::NonRegistry, "", "direct reference (local file");
    row(py, "~=1", Kind::Invalid, "", "two release numbers");
    row(py, ">=1.0+local", Kind::Invalid, "", "local version label");
    row(py, "==1.0a1.*", Kind::Invalid, "", "only follows a release");
    row(py, ">=1.0.*", Kind::Invalid, "", "only follows a release");
    row(py, "=>1.0", Kind::Invalid, "", "without a version");
    row(py, ">=", Kind::Invalid, "", "without a version");
    row(py, "===", Kind::Invalid, "", "without a version");
    row(py, ">=1.0; python_version<'3'", Kind::Invalid, "", "bad version");
    row(py, "@", Kind::Invalid, "", "without a URL");
    // Maven
    const Ecosystem mvn = Ecosystem::Maven;
    row(mvn, "1.2.3", Kind::Exact, "1.2.3", "soft requirement");
    row(mvn, "[1.2.3]", Kind::Exact, "1.2.3");
    row(mvn, "[1.0,2.0)", Kind::Range, "1.0");
    row(mvn, "(,1.0]", Kind::Range);
    row(mvn, "[1.0,)", Kind::Range, "1.0");
    row(mvn, "[1,2),[3,4)", Kind::Range, "1");
    row(mvn, "[1.2],[1.3]", Kind::Range, "1.2");
    row(mvn, "(1.0,2.0)", Kind::Range, "1.0");
    row(mvn, "[1.0,1.0]", Kind::Range, "1.0");
    row(mvn, "(,1.0],[1.2,)", Kind::Range);
    row(mvn, "LATEST", Kind::Any, "", "meta-version");
    row(mvn, "", Kind::Any);
    row(mvn, "[1.0", Kind::Invalid, "", "unbounded range");
    row(mvn, "[2.0,1.0]", Kind::Invalid, "", "defies version ordering");
    row(mvn, "(1.0)", Kind::Invalid, "", "surrounded by [ ]");
    row(mvn, "[1.0,1.0)", Kind::Invalid, "", "identical boundaries");
    row(mvn, "[1,2),3", Kind::Invalid, "", "only ranges");
    row(mvn, "[1.5,2.0),[1.0,1.2]", Kind::Invalid, "", "overlap");
    row(mvn, "[1.0,),[2.0,3.0]", Kind::Invalid, "", "overlap");
    row(mvn, "${spring.version}", Kind::Invalid, "", "unresolved property");
    row(mvn, "[1.0,2.0,3.0]", Kind::Invalid, "", "two bounds");
    row(mvn, "[]", Kind::Invalid, "", "empty range");
    // Go
    const Ecosystem go = Ecosystem::Go;
    row(go, "v1.2.3", Kind::Exact, "v1.2.3");
    row(go, "v0.0.0-20191109021931-daa7c04131f5", Kind::Exact, "v0.0.0-20191109021931-daa7c04131f5", "pseudo-version");
    row(go, "v2.1.0+incompatible", Kind::Exact, "v2.1.0+incompatible");
    row(go, "1.2.3", Kind::Invalid, "", "start with 'v'");
    row(go, "../fork", Kind::NonRegistry, "", "local path");
    row(go, "", Kind::Any);
    // Other
    const Ecosystem other = Ecosystem::Other;
    row(other, "1.2.3", Kind::Exact, "1.2.3");
    row(other, ">=1.2, <2", Kind::Range, "1.2.0");
    row(other, "~> 1.2", Kind::Range, "1.2.0");
    row(other, "latest", Kind::Any);
    row(other, "2023-10-01", Kind::Exact, "2023-10-01");
    row(other, "abc", Kind::Invalid, "", "neither a version nor a range");
    // exact pins in each notation: the floor is the plain version
    row(cargo, "=1.2.3-rc.1", Kind::Exact, "1.2.3-rc.1");
    row(py, "==1.2.3.post1", Kind::Exact, "1.2.3.post1");
    row(py, "==v1.0", Kind::Exact, "v1.0");
    row(mvn, "[1.2.3.RELEASE]", Kind::Exact, "1.2.3.RELEASE");
    // bounded input
    row(npm, QString(1025, u'1'), Kind::Invalid, "", "longer than 1024");
    row(py, QString(1025, u' '), Kind::Invalid, "", "longer than 1024");
}

void TestVersions::spec()
{
    QFETCH(Ecosystem, ecosystem);
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(QString, floor);
    QFETCH(QString, note);
    const VersionSpec s = Versions::parseSpec(ecosystem, text);
    QCOMPARE(s.text, text);
    QCOMPARE(s.ecosystem, ecosystem);
    if (s.kind != kind)
        qWarning("kind %s, note: %s", kindName(s.kind), qPrintable(s.note));
    QCOMPARE(s.kind, kind);
    if (floor.isEmpty()) {
        QVERIFY2(!s.floor, qPrintable(s.floor ? s.floor->text : QString()));
    } else {
        QVERIFY(s.floor.has_value());
        QVERIFY(s.floor->valid);
        QCOMPARE(s.floor->ecosystem, ecosystem);
        QCOMPARE(s.floor->text, floor);
        const Version again = Versions::parse(ecosystem, s.floor->text);
        QVERIFY2(again.valid, qPrintable(again.error));
        QCOMPARE(Versions::compare(*s.floor, again), 0);
    }
    if (!note.isEmpty())
        QVERIFY2(s.note.contains(note), qPrintable(s.note));
    if (kind == Kind::Invalid)
        QVERIFY(!s.note.isEmpty());
}

// ---------------------------------------------------------------------------
// Differences

void TestVersions::difference_data()
{
    QTest::addColumn<Ecosystem>("ecosystem");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<DriftLevel>("level");
    QTest::addColumn<double>("magnitude");
    auto row = [](Ecosystem e, const char *a, const char *b, DriftLevel level, double magnitude) {
        QTest::addRow("%s: %s vs %s", ecoName(e), a, b) << e << QString::fromUtf8(a) << QString::fromUtf8(b) << level << magnitude;
    };
    row(Ecosystem::Npm, "1.2.3", "1.2.3", DriftLevel::None, 0);
    row(Ecosystem::Npm, "1.2.3", "1.2.3+build", DriftLevel::None, 0);
    row(Ecosystem::Npm, "1.2.3", "1.2.4", DriftLevel::Patch, 0.0001);
    row(Ecosystem::Npm, "1.2.3", "1.2.10", DriftLevel::Patch, 0.0007);
    row(Ecosystem::Npm, "1.2.10", "1.2.3", DriftLevel::Patch, 0.0007);
    row(Ecosystem::Npm, "1.2.3", "1.4.0", DriftLevel::Minor, 0.02);
    row(Ecosystem::Npm, "0.1.0", "0.3.5", DriftLevel::Minor, 0.02);
    row(Ecosystem::Npm, "1.2.3", "3.0.0", DriftLevel::Major, 2);
    row(Ecosystem::Npm, "3.0.0", "1.9.9", DriftLevel::Major, 2);
    row(Ecosystem::Npm, "1.2.3", "1.2.3-beta", DriftLevel::Patch, 0.0001);
    row(Ecosystem::Npm, "1.2.3-alpha", "1.2.3-beta", DriftLevel::Patch, 0.0001);
    row(Ecosystem::Npm, "0.0.0", "9007199254740991.0.0", DriftLevel::Major, 9007199254740991.0);
    row(Ecosystem::Cargo, "0.10.0", "0.12.1", DriftLevel::Minor, 0.02);
    row(Ecosystem::Go, "v1.2.3", "v1.2.4-0.20191109021931-daa7c04131f5", DriftLevel::Patch, 0.0001);
    row(Ecosystem::Go, "v1.2.4-0.20191109021931-daa7c04131f5", "v1.2.4-0.20200101000000-abcdefabcdef", DriftLevel::Patch, 0.0001);
    row(Ecosystem::Go, "v2.0.0+incompatible", "v2.0.0", DriftLevel::None, 0);
    row(Ecosystem::Go, "v1.5.0", "v2.0.0+incompatible", DriftLevel::Major, 1);
    row(Ecosystem::Maven, "1.0", "1.0.0", DriftLevel::None, 0);
    row(Ecosystem::Maven, "1.0-SNAPSHOT", "1.0", DriftLevel::Patch, 0.0001);
    row(Ecosystem::Maven, "3.8.1", "3.9.6", DriftLevel::Minor, 0.01);
    row(Ecosystem::Maven, "1.2.3.4", "1.2.3.5", DriftLevel::Patch, 0.0001);
    row(Ecosystem::Maven, "5.3.30.RELEASE", "6.1.2", DriftLevel::Major, 1);
    row(Ecosystem::Maven, "2.5.0.RELEASE", "2.5", DriftLevel::None, 0);
    row(Ecosystem::PyPI, "1.0", "1.0.post1", DriftLevel::Patch, 0.0001);
    row(Ecosystem::PyPI, "1.0", "1.0.0", DriftLevel::None, 0);
    row(Ecosystem::PyPI, "1.0", "1.0+local", DriftLevel::None, 0);
    row(Ecosystem::PyPI, "2.1", "2.5", DriftLevel::Minor, 0.04);
    row(Ecosystem::PyPI, "2.0rc1", "2.0", DriftLevel::Patch, 0.0001);
    row(Ecosystem::PyPI, "1.0.dev1", "1.0", DriftLevel::Patch, 0.0001);
    row(Ecosystem::PyPI, "1!1.0", "2.0", DriftLevel::Major, 1);
    row(Ecosystem::PyPI, "1!1.0", "1.0", DriftLevel::Major, 1);
    row(Ecosystem::PyPI, "1!1.0", "4.0", DriftLevel::Major, 3);
    row(Ecosystem::Other, "1.2", "1.4", DriftLevel::Minor, 0.02);
    row(Ecosystem::Npm, "1.2.3", "not-a-version", DriftLevel::None, 0);
    row(Ecosystem::PyPI, "", "1.0", DriftLevel::None, 0);
}

void TestVersions::difference()
{
    QFETCH(Ecosystem, ecosystem);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(DriftLevel, level);
    QFETCH(double, magnitude);
    const VersionDifference d = Versions::difference(Versions::parse(ecosystem, a), Versions::parse(ecosystem, b));
    QCOMPARE(Versions::levelKey(d.level), Versions::levelKey(level));
    QVERIFY2(std::abs(d.magnitude - magnitude) < 1e-9, qPrintable(QString::number(d.magnitude, 'g', 17)));
    const VersionDifference back = Versions::difference(Versions::parse(ecosystem, b), Versions::parse(ecosystem, a));
    QCOMPARE(back.level, d.level);
    QCOMPARE(back.magnitude, d.magnitude);
}

void TestVersions::levelKey()
{
    QCOMPARE(Versions::levelKey(DriftLevel::None), QStringLiteral("none"));
    QCOMPARE(Versions::levelKey(DriftLevel::Patch), QStringLiteral("patch"));
    QCOMPARE(Versions::levelKey(DriftLevel::Minor), QStringLiteral("minor"));
    QCOMPARE(Versions::levelKey(DriftLevel::Major), QStringLiteral("major"));
}

void TestVersions::satisfiesNeedsTheSpecsEcosystem()
{
    const VersionSpec caret = Versions::parseSpec(Ecosystem::Npm, QStringLiteral("^1"));
    QVERIFY(Versions::satisfies(caret, Versions::parse(Ecosystem::Npm, QStringLiteral("1.2.3"))));
    QVERIFY(!Versions::satisfies(caret, Versions::parse(Ecosystem::Cargo, QStringLiteral("1.2.3"))));
    QVERIFY(!Versions::satisfies(caret, Versions::parse(Ecosystem::Npm, QStringLiteral("1.2"))));
    QVERIFY(!Versions::satisfies(Versions::parseSpec(Ecosystem::Npm, QStringLiteral("workspace:*")),
                                 Versions::parse(Ecosystem::Npm, QStringLiteral("1.0.0"))));
    QVERIFY(!Versions::satisfies(Versions::parseSpec(Ecosystem::Npm, QStringLiteral(">=foo")),
                                 Versions::parse(Ecosystem::Npm, QStringLiteral("1.0.0"))));
    // Different ecosystems never compare equal, invalid versions sort first.
    const Version npm = Versions::parse(Ecosystem::Npm, QStringLiteral("1.0.0"));
    const Version cargo = Versions::parse(Ecosystem::Cargo, QStringLiteral("1.0.0"));
    const Version bad = Versions::parse(Ecosystem::Npm, QStringLiteral("bad"));
    QVERIFY(Versions::compare(npm, cargo) != 0);
    QCOMPARE(Versions::compare(npm, cargo), -Versions::compare(cargo, npm));
    QVERIFY(Versions::compare(bad, npm) < 0);
    QVERIFY(Versions::compare(npm, bad) > 0);
    QCOMPARE(Versions::compare(bad, bad), 0);
    QCOMPARE(Versions::difference(npm, cargo).level, DriftLevel::None);
    QCOMPARE(Versions::difference(npm, cargo).magnitude, 0.0);
}

// ---------------------------------------------------------------------------
// Hostile input

void TestVersions::hostileInvariants_data()
{
    QTest::addColumn<QString>("text");
    QStringList texts{"", " ", "\t\n", "0", "00", "0.0.0", "v", "vv1.0.0", "=", "==", "=v", "-1.0.0", "1.-1.0", "1..0",
                      ".1.0", "1.0.", "1.0.0-", "1.0.0+", "1.0.0-+", "1.0.0-a.", "1.0.0-.a", "x.x.x", "*.*", "^", "~",
                      "^^1", "~~1", "~>", "||", "| |", "1 || || 2", ">=", "<=<=1", "1 - ", " - 1", "1 - 2 - 3", "[", "]",
                      "(", ")", "[,]", "(,)", "[1,", ",1]", "[1.0,2.0),", "[1]]", "[[1]]", "${", "${x}", "npm:", "npm:@",
                      "workspace:", "git+", "@", "@ ", "~=", "===", "!=", "1!", "!1", "1!!2", "1.0+", "1.0++",
                      "1.0a1b2", "99999999999999999999999.0.0", "18446744073709551616.0.0", "9223372036854775808.0.0",
                      "9223372036854775807.9223372036854775807.9223372036854775807",
                      "v9223372036854775807.9223372036854775807.9223372036854775807",
                      "9007199254740991.9007199254740991.9007199254740991", "[9223372036854775807,)",
                      "^9223372036854775807", "^9223372036854775807.0", "~9223372036854775807.9223372036854775807",
                      ">9223372036854775807.9223372036854775807.9223372036854775807", "<=9007199254740991",
                      "^9007199254740991.9007199254740991.9007199254740991", "~=9223372036854775807.9223372036854775807",
                      "^0.0.9223372036854775807", ">9007199254740991", ">9223372036854775807", "9223372036854775807!1.0", "2147483648!1.0",
                      "1.0.post9223372036854775807.dev9223372036854775807", "1.0.0-99999999999999999999999999999999",
                      "v0.0.0-00000000000000-", "v0.0.0-20191109021931-", "v1.0.0-0.20191109021931-ab+incompatible",
                      QString::fromUtf8("\xc3\xbc"), QString::fromUtf8("\xef\xbc\x91.\xef\xbc\x92.\xef\xbc\x93"),
                      QString::fromUtf8("\xf0\x9f\x98\x80"), QString::fromUtf8("1.0-\xf0\x9f\x98\x80"),
                      QString::fromUtf8("1.0.0-\xc4\xb0"), QString::fromUtf8("\xe2\x80\x8b" "1.0.0"),
                      QString(QChar(0)), QStringLiteral("1.0") + QChar(0), QString(200, u'-'), QString(255, u'a'),
                      QString(256, u'9'), QString(257, u'9'), QString(10000, u'x'), QString(10000, u'1'),
                      QString(10000, u'|'), QString(10000, u'['), QStringLiteral("1.") + QString(9998, u'0')};
    QString nested = QStringLiteral("1");
    while (nested.size() < 250)
        nested += QStringLiteral("-1");
    texts << nested;
    texts << QString(nested).replace(u'-', u'.');
    QString ranges;
    while (ranges.size() < 1000)
        ranges += QStringLiteral("[1,2),");
    texts << ranges;
    QString alternatives;
    while (alternatives.size() < 1020)
        alternatives += QStringLiteral("^1 || ");
    texts << alternatives;
    for (const QString &t : texts)
        QTest::addRow("%s (%lld chars)", rowName(t).constData(), qlonglong(t.size())) << t;
}

void TestVersions::hostileInvariants()
{
    QFETCH(QString, text);
    for (Ecosystem e : kAll) {
        const Version v = Versions::parse(e, text);
        QCOMPARE(v.text, text);
        QCOMPARE(v.ecosystem, e);
        if (v.valid) {
            QVERIFY(v.error.isEmpty());
        } else {
            QVERIFY2(!v.error.isEmpty(), ecoName(e));
            QVERIFY(v.release.empty());
        }
        const Version ref = referenceVersion(e);
        QCOMPARE(Versions::compare(v, v), 0);
        QCOMPARE(Versions::compare(v, ref), -Versions::compare(ref, v));
        const VersionDifference d = Versions::difference(v, ref);
        QVERIFY(std::isfinite(d.magnitude) && d.magnitude >= 0);
        if (!v.valid)
            QCOMPARE(d.level, DriftLevel::None);

        const VersionSpec s = Versions::parseSpec(e, text);
        QCOMPARE(s.text, text);
        QCOMPARE(s.ecosystem, e);
        if (s.kind == Kind::Invalid || s.kind == Kind::NonRegistry) {
            QVERIFY2(!s.note.isEmpty(), ecoName(e));
            QVERIFY(!s.floor);
        }
        if (s.kind == Kind::Any)
            QVERIFY(!s.floor);
        if (s.floor) {
            QVERIFY(s.floor->valid);
            QCOMPARE(s.floor->ecosystem, e);
            const Version again = Versions::parse(e, s.floor->text);
            QVERIFY2(again.valid, qPrintable(again.error));
            QCOMPARE(Versions::compare(again, *s.floor), 0);
            // node-semver's minVersion is a version the range allows
            if (e == Ecosystem::Npm || e == Ecosystem::Cargo || e == Ecosystem::Other)
                QVERIFY2(Versions::satisfies(s, *s.floor), qPrintable(s.floor->text));
        }
        Versions::satisfies(s, v);
        Versions::satisfies(s, ref);
    }
}

void TestVersions::hostileSpecifics_data()
{
    QTest::addColumn<Ecosystem>("ecosystem");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Kind>("kind");
    auto row = [](Ecosystem e, const QString &text, bool valid, Kind kind) {
        QTest::addRow("%s: %s (%lld chars)", ecoName(e), rowName(text).constData(), qlonglong(text.size())) << e << text << valid << kind;
    };
    for (Ecosystem e : kAll) {
        row(e, QString(10000, u'1'), false, Kind::Invalid);
        row(e, QString(10000, u'x'), false, Kind::Invalid);
        row(e, QString(), false, Kind::Any);
        row(e, QStringLiteral(" \t "), false, Kind::Any);
        row(e, QString::fromUtf8("\xf0\x9f\x98\x80"), false, Kind::Invalid);
    }
    row(Ecosystem::Npm, "9007199254740992.0.0", false, Kind::Invalid);
    row(Ecosystem::Npm, "^9007199254740991.0.0", false, Kind::Range);
    row(Ecosystem::Cargo, "18446744073709551616.0.0", false, Kind::Invalid);
    row(Ecosystem::Cargo, "^9223372036854775807.0", false, Kind::Range);
    row(Ecosystem::Go, "v99999999999999999999.0.0", false, Kind::Invalid);
    row(Ecosystem::Maven, "99999999999999999999999.0.0", true, Kind::Exact);
    row(Ecosystem::Maven, QString::fromUtf8("1.0-\xc3\x9f"), true, Kind::Exact);
    row(Ecosystem::Maven, QString(256, u'9'), true, Kind::Exact);
    row(Ecosystem::PyPI, "99999999999999999999", false, Kind::Invalid);
    row(Ecosystem::PyPI, "2147483648!1.0", false, Kind::Invalid);
    row(Ecosystem::PyPI, QString::fromUtf8("1.0\xef\xbd\x81" "1"), false, Kind::Invalid);
    row(Ecosystem::Other, "99999999999999999999", false, Kind::Invalid);
    row(Ecosystem::Npm, "||||", false, Kind::Any);
    row(Ecosystem::Npm, QString::fromUtf8("\xef\xbc\x91.\xef\xbc\x92.\xef\xbc\x93"), false, Kind::Invalid);
}

void TestVersions::hostileSpecifics()
{
    QFETCH(Ecosystem, ecosystem);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(Kind, kind);
    const Version v = Versions::parse(ecosystem, text);
    QCOMPARE(v.valid, valid);
    QCOMPARE(v.error.isEmpty(), valid);
    const VersionSpec s = Versions::parseSpec(ecosystem, text);
    if (s.kind != kind)
        qWarning("kind %s, note: %s", kindName(s.kind), qPrintable(s.note));
    QCOMPARE(s.kind, kind);
}

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
