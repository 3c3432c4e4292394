// Translations: the committed .ts files are up to date with the sources and
// complete, zh_CN keeps every placeholder and tag, the .qm files are linked in
// and translate the GUI, the model's texts and the CLI; the language setting.
#include "mainwindow.h"
#include "schema.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ArchBoard;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms; ///< the translation, or its numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                m = Message{context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", false, {}};
            } else if (name == u"source") {
                m.source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                m.finished = type.isEmpty();
                if (!m.numerus)
                    m.forms = {xml.readElementText()};
            } else if (name == u"numerusform") {
                m.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    out.sort();
    out.removeDuplicates();
    return out;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "</?(a|b|big|br|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strong|sub|sup|table|td|th|tr|tt|u|ul)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().toLower());
    out.sort();
    return out;
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

QString tsFile(const QString &language)
{
    return QDir(qEnvironmentVariable("ARCHBOARD_SOURCE_DIR"))
        .filePath(QStringLiteral("resources/translations/archboard_%1.ts").arg(language));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void tsUpToDateAndComplete_data();
    void tsUpToDateAndComplete();
    void zhKeepsPlaceholdersAndTags();
    void englishPluralForms();
    void qmTranslatesGuiAndModel();
    void mainWindowInChinese();
    void cliFollowsTheLocale();
    void settingsDialogStoresTheLanguage();
};

void TestTranslations::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_SOURCE_DIR") || qEnvironmentVariableIsEmpty("ARCHBOARD_LUPDATE"))
        QSKIP("ARCHBOARD_SOURCE_DIR / ARCHBOARD_LUPDATE not set (run through ctest)");
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ArchBoardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
}

void TestTranslations::cleanup()
{
    Translations::install(QStringLiteral("en"));
}

void TestTranslations::tsUpToDateAndComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

// lupdate over today's sources into a copy: a tr() text added without a
// translation comes back unfinished, one whose context lupdate cannot tell warns.
void TestTranslations::tsUpToDateAndComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> committed = readTs(tsFile(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(committed.size() > 1000, qPrintable(QString::number(committed.size())));

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("archboard_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsFile(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QDir src(qEnvironmentVariable("ARCHBOARD_SOURCE_DIR"));
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    for (const char *folder : {"models", "data", "views", "app"})
        args << src.filePath(QLatin1StringView(folder));
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(qEnvironmentVariable("ARCHBOARD_LUPDATE"), args);
    QVERIFY(lupdate.waitForFinished(120000));
    const QString log = QString::fromLocal8Bit(lupdate.readAll());
    QCOMPARE(lupdate.exitCode(), 0);
    // A free tr() helper or a class without Q_OBJECT: lupdate files the text under a context the program never asks for.
    QVERIFY2(!log.contains(u"lacks Q_OBJECT") && !log.contains(u"cannot be called without context"), qPrintable(log));

    const QList<Message> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList unfinished;
    for (const Message &m : updated) {
        if (!m.finished)
            unfinished << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished (see docs/translations.md):\n%2")
                            .arg(unfinished.size()).arg(unfinished.mid(0, 30).join(u'\n'))));
    // Up to date: lupdate neither adds nor drops an entry.
    QCOMPARE(updated.size(), committed.size());
}

void TestTranslations::zhKeepsPlaceholdersAndTags()
{
    QString error;
    const QList<Message> messages = readTs(tsFile(QStringLiteral("zh_CN")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    int numerus = 0;
    for (const Message &m : messages) {
        numerus += m.numerus ? 1 : 0;
        QVERIFY2(!m.forms.isEmpty(), qPrintable(m.source));
        for (const QString &form : m.forms) {
            if (form.isEmpty())
                problems << QStringLiteral("empty: ") + m.source;
            else if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("placeholders: %1 → %2").arg(m.source, form);
            else if (htmlTags(form) != htmlTags(m.source))
                problems << QStringLiteral("tags: %1 → %2").arg(m.source, form);
            // An accelerator stays an accelerator: "&File" → "文件(&F)".
            else if (m.source.contains(QRegularExpression(QStringLiteral("&[A-Za-z]"))) && !form.contains(u'&'))
                problems << QStringLiteral("accelerator: %1 → %2").arg(m.source, form);
        }
    }
    QVERIFY(numerus > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::englishPluralForms()
{
    QString error;
    const QList<Message> messages = readTs(tsFile(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int checked = 0;
    for (const Message &m : messages) {
        if (!m.numerus)
            continue;
        QCOMPARE(m.forms.size(), 2);
        QVERIFY2(!m.forms.at(0).contains(u"(s)") && !m.forms.at(1).contains(u"(s)"), qPrintable(m.source));
        ++checked;
    }
    QVERIFY(checked > 0);
    Translations::install(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Manifests", "%n more error(s) not listed", nullptr, 1), QStringLiteral("1 more error not listed"));
    QCOMPARE(QCoreApplication::translate("Manifests", "%n more error(s) not listed", nullptr, 3), QStringLiteral("3 more errors not listed"));
}

void TestTranslations::qmTranslatesGuiAndModel()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/archboard_zh_CN.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/archboard_en.qm")));
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("ArchBoard::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    // Texts of the core library, from tables of QT_TRANSLATE_NOOP and from Q_DECLARE_TR_FUNCTIONS contexts.
    QCOMPARE(Schema::table(TableId::Contexts).title(), QStringLiteral("限界上下文"));
    QCOMPARE(Schema::table(TableId::Candidates).title(), QStringLiteral("候选技术"));
    QCOMPARE(QCoreApplication::translate("Enum", "Anticorruption Layer"), QStringLiteral("防腐层"));
    QCOMPARE(QCoreApplication::translate("Validation", "a context cannot be upstream of itself"), QStringLiteral("上下文不能是自身的上游"));
    QCOMPARE(QCoreApplication::translate("Manifests", "%n more error(s) not listed", nullptr, 4), QStringLiteral("另有 4 个错误未列出"));
    // Qt's own strings come along when qt6-translations-l10n is installed.
    if (QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(QStringLiteral("qtbase_zh_CN.qm"))))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ArchBoard::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(Schema::table(TableId::Contexts).title(), QStringLiteral("Bounded contexts"));
}

void TestTranslations::mainWindowInChinese()
{
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    MainWindow window;
    window.setInteractive(false);
    window.resize(1200, 800);
    window.show();
    window.openSample();
    QStringList titles;
    for (QAction *a : window.menuBar()->actions()) {
        if (!a->text().isEmpty())
            titles << a->text();
    }
    QVERIFY(titles.size() >= 4);
    for (const QString &title : titles)
        QVERIFY2(hasCjk(title), qPrintable(titles.join(u", ")));
    QVERIFY2(titles.contains(QStringLiteral("文件(&F)")), qPrintable(titles.join(u", ")));
    QVERIFY2(hasCjk(window.windowTitle()) || window.windowTitle().contains(u"ArchBoard"), qPrintable(window.windowTitle()));
}

void TestTranslations::cliFollowsTheLocale()
{
    if (qEnvironmentVariableIsEmpty("ARCHBOARD_CLI"))
        QSKIP("ARCHBOARD_CLI not set (run through ctest)");
    auto run = [](const QString &lang) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), lang);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("ARCHBOARD_CLI"), {QStringLiteral("frobnicate")});
        p.waitForFinished(30000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    const auto [codeC, errC] = run(QStringLiteral("C.UTF-8"));
    QCOMPARE(codeC, 2);
    QVERIFY2(errC.contains(u"unknown command “frobnicate”"), qPrintable(errC));
    const auto [codeZh, errZh] = run(QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(codeZh, 2);
    QVERIFY2(errZh.contains(u"未知命令“frobnicate”"), qPrintable(errZh));
}

void TestTranslations::settingsDialogStoresTheLanguage()
{
    Translations::setConfiguredLanguage(QString());
    SettingsDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(dialog.language(), QString());
    QVERIFY(combo->findText(QStringLiteral("简体中文")) >= 0);
    combo->setCurrentIndex(combo->findText(QStringLiteral("简体中文")));
    QCOMPARE(dialog.language(), QStringLiteral("zh_CN"));
    QVERIFY(dialog.save());
    QCOMPARE(QSettings().value(QLatin1StringView(Translations::kLanguageKey)).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(Translations::configuredLanguage(), QStringLiteral("zh_CN"));
    QVERIFY(!dialog.save()); // unchanged: nothing to restart for

    SettingsDialog again;
    QCOMPARE(again.language(), QStringLiteral("zh_CN"));
    again.setLanguage(QString());
    QVERIFY(again.save());
    QCOMPARE(Translations::configuredLanguage(), QString());
    QVERIFY(!QSettings().contains(QLatin1StringView(Translations::kLanguageKey)));
    // A value the application does not ship falls back to the system locale.
    QSettings().setValue(QLatin1StringView(Translations::kLanguageKey), QStringLiteral("xx"));
    QCOMPARE(Translations::configuredLanguage(), QString());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
