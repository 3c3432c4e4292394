#pragma once

#include <QString>
#include <QStringList>

namespace ArchBoard::Translations {

/// The QSettings key holding the user's language: "" follows the system locale.
inline constexpr char kLanguageKey[] = "ui/language";

/// The languages ArchBoard ships, as codes for the settings ("en", "zh_CN").
QStringList available();

/// The language's own name ("English", "简体中文"), for the settings' language list.
QString nativeName(const QString &language);

/// The language stored in QSettings under kLanguageKey; "" (follow the system
/// locale) when unset or not one of available().
QString configuredLanguage();
void setConfiguredLanguage(const QString &language);

/**
 * Installs on the running application the translators for \a language ("" = the
 * system locale's UI languages, LANG / LC_ALL / LANGUAGE): ArchBoard's own
 * (:/i18n/archboard_<language>.qm) and Qt's (qtbase_<language>.qm from the Qt
 * translations folder, when installed). Replaces the translators of an earlier
 * call. Returns the code of the ArchBoard translation loaded, or "" when none
 * matched and the source texts (English) show.
 */
QString install(const QString &language);

} // namespace ArchBoard::Translations
