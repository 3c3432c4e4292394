// ArchBoard in git, with Debian's git in a temporary repository: the merge
// driver, the diff textconv, `diff git:REV:PATH` and its exit codes, as
// docs/git.md sets them up.
#include "cliprocess.h"
#include "generator.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchBoard;

namespace {

struct GitRun
{
    int code = -1;
    QString out;
    QString err;
};

TierWeight &weight(Workspace &ws, const char *tier, const char *criterion)
{
    for (TierWeight &w : ws.tierWeights) {
        if (w.tier == QLatin1StringView(tier) && w.criterion == QLatin1StringView(criterion))
            return w;
    }
    qFatal("no weight %s/%s", tier, criterion);
}

/// What docs/git.md tells a user to set up: the ```gitattributes block and the `git config` lines.
struct GitSetup
{
    QByteArray attributes;
    QList<std::pair<QString, QString>> config; ///< key, value
};

GitSetup readGitSetup()
{
    GitSetup setup;
    QFile doc(qEnvironmentVariable("ARCHBOARD_TESTDATA") + QStringLiteral("/../../docs/git.md"));
    if (!doc.open(QIODevice::ReadOnly))
        return setup;
    const QStringList lines = QString::fromUtf8(doc.readAll()).split(u'\n');
    const QRegularExpression config(QStringLiteral("^git config (\\S+) \"([^\"]*)\"$"));
    QString block;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("```"))) {
            block = block.isEmpty() ? line.mid(3).trimmed() + u' ' : QString();
            continue;
        }
        if (block == u"gitattributes ")
            setup.attributes += line.toUtf8() + '\n';
        else if (const QRegularExpressionMatch m = config.match(line); block == u"sh " && m.hasMatch())
            setup.config.append({m.captured(1), m.captured(2)});
    }
    return setup;
}

} // namespace

class TestGit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void mergeDriverCombinesBranches_data();
    void mergeDriverCombinesBranches();
    void mergeDriverListsConflicts();
    void textconvShowsYaml();
    void diffBetweenRevisions();
    void commandHelpAndOptions();

private:
    GitRun git(const QStringList &args);
    void commitWorkspace(const Workspace &ws, const QString &message);
    Workspace loadWorkspace();
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file; ///< the workspace file in the repository
};

void TestGit::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QFAIL("git is not installed (scripts/setup.sh installs it)");
}

void TestGit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}).code, 0);
    // The set-up blocks of docs/git.md, run as a user would, with the archboard-cli under test.
    const QString cli = qEnvironmentVariable("ARCHBOARD_CLI");
    const GitSetup setup = readGitSetup();
    QVERIFY2(setup.attributes.contains("merge=archboard"), "docs/git.md has no ```gitattributes block");
    QCOMPARE(setup.config.size(), 3);
    QFile attributes(path(QStringLiteral(".gitattributes")));
    QVERIFY(attributes.open(QIODevice::WriteOnly));
    attributes.write(setup.attributes);
    attributes.close();
    for (const auto &[key, value] : setup.config) {
        QString v = value;
        if (v.startsWith(QStringLiteral("archboard-cli ")))
            v.replace(0, int(qstrlen("archboard-cli")), QStringLiteral("'%1'").arg(cli));
        QCOMPARE(git({QStringLiteral("config"), key, v}).code, 0);
    }
    QCOMPARE(git({QStringLiteral("add"), QStringLiteral(".gitattributes")}).code, 0);
}

GitRun TestGit::git(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path()); // no user or system configuration of this machine
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Board"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("board@example.org"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Board"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("board@example.org"));
    env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestGit::commitWorkspace(const Workspace &ws, const QString &message)
{
    QString error;
    QVERIFY2(WorkspaceFile::save(ws, path(m_file), &error), qPrintable(error));
    QCOMPARE(git({QStringLiteral("add"), m_file}).code, 0);
    const GitRun r = git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

Workspace TestGit::loadWorkspace()
{
    InputError error;
    std::unique_ptr<Workspace> ws = WorkspaceFile::load(path(m_file), &error);
    if (!ws)
        qWarning("%s", qPrintable(error.toString()));
    return ws ? *ws : Workspace();
}

void TestGit::mergeDriverCombinesBranches_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("yaml") << QStringLiteral("board.archboard.yaml");
    QTest::newRow("sqlite") << QStringLiteral("board.archboard");
}

void TestGit::mergeDriverCombinesBranches()
{
    QFETCH(QString, file);
    m_file = file;
    const Workspace base = Testing::sampleWorkspace();
    commitWorkspace(base, QStringLiteral("base"));
    QCOMPARE(git({QStringLiteral("branch"), QStringLiteral("theirs")}).code, 0);

    // Neighbouring lines on both branches: a textual merge conflicts, a merge by element does not.
    Workspace ours = base;
    weight(ours, "tier-9999", "cold-start").weight = 5;
    ours.contexts[0].language = QStringLiteral("rust");
    ours.contexts[0].latencyToleranceMs = 250;
    ours.scenarios[0].memoryMb = 1024;
    commitWorkspace(ours, QStringLiteral("ours: weights, contexts, scenarios"));
    QCOMPARE(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("theirs")}).code, 0);
    Workspace theirs = base;
    weight(theirs, "tier-9999", "memory-jitter").weight = 7;
    theirs.contexts[0].team = QStringLiteral("Platform team");
    theirs.contexts[0].dataFormat = DataFormat::Json; // the line next to ours' language
    theirs.contexts[1].tier = QStringLiteral("tier-core");
    theirs.scenarios[1].invocationsPerMonth = 123456;
    commitWorkspace(theirs, QStringLiteral("theirs: weights, contexts, scenarios"));
    QCOMPARE(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).code, 0);

    if (file.endsWith(QStringLiteral(".yaml"))) {
        // Without the driver: git's own line merge of the same three versions conflicts.
        const QStringList sides = {QStringLiteral("main"), QStringLiteral("main~1"), QStringLiteral("theirs")};
        QTemporaryDir scratch;
        QStringList files;
        for (const QString &side : sides) {
            const GitRun show = git({QStringLiteral("show"), side + u':' + file});
            QCOMPARE(show.code, 0);
            files << scratch.filePath(QString::number(files.size()) + QStringLiteral(".yaml"));
            QFile out(files.last());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(show.out.toUtf8());
        }
        const GitRun plain = git(QStringList{QStringLiteral("merge-file"), QStringLiteral("-p")} + files);
        QVERIFY2(plain.code > 0, "git's line merge was expected to conflict on neighbouring lines");
    }
    const GitRun merge = git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"), QStringLiteral("theirs")});
    QVERIFY2(merge.code == 0, qPrintable(merge.out + merge.err));
    Workspace expected = ours;
    weight(expected, "tier-9999", "memory-jitter").weight = 7;
    expected.contexts[0].team = QStringLiteral("Platform team");
    expected.contexts[0].dataFormat = DataFormat::Json;
    expected.contexts[1].tier = QStringLiteral("tier-core");
    expected.scenarios[1].invocationsPerMonth = 123456;
    QVERIFY(loadWorkspace() == expected);
    QVERIFY(git({QStringLiteral("status"), QStringLiteral("--porcelain")}).out.isEmpty());
}

void TestGit::mergeDriverListsConflicts()
{
    m_file = QStringLiteral("board.archboard.yaml");
    const Workspace base = Testing::sampleWorkspace();
    commitWorkspace(base, QStringLiteral("base"));
    QCOMPARE(git({QStringLiteral("branch"), QStringLiteral("theirs")}).code, 0);
    Workspace ours = base;
    weight(ours, "tier-9999", "cold-start").weight = 5;
    commitWorkspace(ours, QStringLiteral("ours"));
    QCOMPARE(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("theirs")}).code, 0);
    Workspace theirs = base;
    weight(theirs, "tier-9999", "cold-start").weight = 6;
    theirs.contexts[0].team = QStringLiteral("Merged cleanly");
    commitWorkspace(theirs, QStringLiteral("theirs"));
    QCOMPARE(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).code, 0);

    const GitRun merge = git({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("theirs")});
    QVERIFY(merge.code != 0);
    const QString line = QStringLiteral("tier_weights[tier-9999 / cold-start].weight: ours “5”, theirs “6” (base “3”); kept ours");
    QVERIFY2((merge.out + merge.err).contains(QStringLiteral("CONFLICT (archboard): ") + m_file + QStringLiteral(": ") + line),
             qPrintable(merge.out + merge.err)); // the file as the user knows it (%P), not git's temporary name
    QVERIFY(git({QStringLiteral("status"), QStringLiteral("--porcelain")}).out.contains(QStringLiteral("UU ") + m_file));
    // The file in the work tree still opens, lists the conflict and has everything else merged.
    QFile f(path(m_file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("# MERGE CONFLICTS")));
    QVERIFY(text.contains(QStringLiteral("#   ") + line));
    QVERIFY(!text.contains(QStringLiteral("<<<<<<<")));
    Workspace expected = ours;
    expected.contexts[0].team = QStringLiteral("Merged cleanly");
    QVERIFY(loadWorkspace() == expected);
}

void TestGit::textconvShowsYaml()
{
    m_file = QStringLiteral("board.archboard");
    Workspace ws = Testing::sampleWorkspace();
    commitWorkspace(ws, QStringLiteral("base"));
    weight(ws, "tier-core", "resilience").weight = 9;
    QString error;
    QVERIFY(WorkspaceFile::save(ws, path(m_file), &error));
    const GitRun diff = git({QStringLiteral("diff")});
    QCOMPARE(diff.code, 0);
    QVERIFY2(!diff.out.contains(QStringLiteral("Binary files")), qPrintable(diff.out));
    QVERIFY2(diff.out.contains(QStringLiteral("-    weight: 4\n+    weight: 9\n")), qPrintable(diff.out));
    commitWorkspace(ws, QStringLiteral("resilience counts more"));
    const GitRun log = git({QStringLiteral("log"), QStringLiteral("-p"), QStringLiteral("-1")});
    QVERIFY2(log.out.contains(QStringLiteral("+    weight: 9")), qPrintable(log.out));
    QVERIFY(log.out.contains(QStringLiteral("tier_weights:")));
}

void TestGit::diffBetweenRevisions()
{
    m_file = QStringLiteral("board.archboard.yaml");
    const Workspace base = Testing::sampleWorkspace();
    commitWorkspace(base, QStringLiteral("base"));
    Workspace next = base;
    for (TierWeight &w : next.tierWeights) {
        if (w.tier == u"tier-9999")
            w.weight = w.criterion == u"delivery-speed" ? 10 : 0;
    }
    for (TierThreshold &t : next.tierThresholds)
        t.value = 1000;
    commitWorkspace(next, QStringLiteral("delivery first"));
    const QString cli = qEnvironmentVariable("ARCHBOARD_CLI");
    auto diff = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(m_dir->path());
        p.start(cli, QStringList{QStringLiteral("diff")} + args);
        p.waitForFinished(120000);
        return GitRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    };
    const QString before = QStringLiteral("git:HEAD~1:") + m_file;
    GitRun r = diff({before, m_file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("winner Rust → TypeScript")), qPrintable(r.out));
    QCOMPARE(diff({before, QStringLiteral("git:HEAD~1:") + m_file}).code, 0);
    r = diff({before, QStringLiteral("git:HEAD:") + m_file, QStringLiteral("--format"), QStringLiteral("json"),
              QStringLiteral("--fail-on"), QStringLiteral("winner")});
    QCOMPARE(r.code, 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("winners_changed")).toInt(), 1);
    QVERIFY(!json.value(QStringLiteral("failed")).toArray().isEmpty());
    QCOMPARE(diff({before, m_file, QStringLiteral("--fail-on"), QStringLiteral("tco-rise=1")}).code, 0); // no cost moved
    // Bad input: exit 2 naming what is wrong.
    r = diff({QStringLiteral("git:no-such-rev:") + m_file, m_file});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("git:no-such-rev:") + m_file), qPrintable(r.err));
    QCOMPARE(diff({before, QStringLiteral("missing.archboard.yaml")}).code, 2);
    QCOMPARE(diff({before, m_file, QStringLiteral("--fail-on"), QStringLiteral("nonsense")}).code, 2);
    QCOMPARE(diff({before}).code, 2);
    r = diff({before, m_file, QStringLiteral("--format"), QStringLiteral("markdown")});
    QVERIFY(r.out.startsWith(QStringLiteral("### ArchBoard: ")));
}

void TestGit::commandHelpAndOptions()
{
    auto cli = [](const QStringList &args) {
        QProcess p;
        p.start(qEnvironmentVariable("ARCHBOARD_CLI"), args);
        p.waitForFinished(60000);
        return GitRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    };
    GitRun r = cli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *entry : {"diff OLD NEW", "merge BASE OURS THEIRS", "textconv FILE"})
        QVERIFY2(r.out.contains(QLatin1StringView(entry)), entry);
    // A command's own help: what it does and only its options.
    r = cli({QStringLiteral("diff"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("git:REV:PATH")) && r.out.contains(QStringLiteral("--fail-on")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("--scenario")));
    // Its usage line names the positional arguments, options left to the list below.
    QVERIFY2(r.out.section(u'\n', 0, 0).endsWith(QStringLiteral("archboard-cli diff [options] OLD NEW")), qPrintable(r.out));
    r = cli({QStringLiteral("merge"), QStringLiteral("--help")});
    QVERIFY2(r.out.contains(QStringLiteral("%O")) && r.out.contains(QStringLiteral("--output")), qPrintable(r.out));
    QVERIFY2(r.out.section(u'\n', 0, 0).endsWith(QStringLiteral("archboard-cli merge [options] BASE OURS THEIRS")), qPrintable(r.out));
    r = cli({QStringLiteral("textconv"), QStringLiteral("--help")});
    QVERIFY2(r.out.section(u'\n', 0, 0).endsWith(QStringLiteral("archboard-cli textconv [options] FILE")), qPrintable(r.out));
    // The general help's usage line names the command and its arguments.
    r = cli({QStringLiteral("--help")});
    QVERIFY2(r.out.section(u'\n', 0, 0).endsWith(QStringLiteral("archboard-cli [options] command [args...]")), qPrintable(r.out));
    // Options of other commands are refused by name.
    r = cli({QStringLiteral("diff"), QStringLiteral("a.archboard"), QStringLiteral("b.archboard"), QStringLiteral("--scenario"), QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("diff does not take --scenario")), qPrintable(r.err));
    r = cli({QStringLiteral("textconv"), QStringLiteral("a.archboard"), QStringLiteral("--output"), QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("textconv does not take --output")), qPrintable(r.err));
    r = cli({QStringLiteral("textconv")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("FILE")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestGit)
#include "tst_git.moc"
