#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ArchBoard::Translations {

namespace {

// The translators installed by install(); QCoreApplication does not own them.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString nativeName(const QString &language)
{
    // Each language in its own words, so a user who cannot read the current one still finds theirs.
    if (language == u"en")
        return QStringLiteral("English");
    if (language == u"zh_CN")
        return QStringLiteral("简体中文");
    return language;
}

QString configuredLanguage()
{
    const QString language = QSettings().value(QLatin1StringView(kLanguageKey)).toString();
    return available().contains(language) ? language : QString();
}

void setConfiguredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1StringView(kLanguageKey));
    else
        settings.setValue(QLatin1StringView(kLanguageKey), language);
}

QString install(const QString &language)
{
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(locale, QStringLiteral("archboard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return {};
    QCoreApplication::installTranslator(ours.get());
    // The file's language ("zh_CN" for a zh-Hans-CN system locale): :/i18n/archboard_zh_CN.qm.
    const QString file = QFileInfo(ours->filePath()).completeBaseName();
    const QString loaded = file.mid(file.indexOf(u'_') + 1);
    installed().push_back(std::move(ours));

    // Qt's own texts (standard dialog buttons, file dialogs); optional: qt6-translations-l10n.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return loaded;
}

} // namespace ArchBoard::Translations
