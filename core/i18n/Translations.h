#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QSettings;

namespace earshot {

// A language the user can choose in Settings. An empty code means "follow the system".
struct LanguageChoice
{
    QString code;       // "de", "en", "es", "fr"; empty: the system's languages
    QString nativeName; // shown in its own language ("Deutsch"), never translated
};

// Every choice the Settings dialog offers, "System default" (empty code) first.
[[nodiscard]] QList<LanguageChoice> languageChoices();

// The chosen language as stored in the user's preferences (QSettings key "language"):
// empty when unset or unknown, which means "follow the system".
[[nodiscard]] QString storedLanguage(const QSettings &settings);
void storeLanguage(QSettings &settings, const QString &code);

// The locale whose translations are loaded: the chosen language, or the system's UI
// languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix) when the choice is empty.
[[nodiscard]] QLocale localeForLanguage(const QString &code);

// What installTranslations() loaded, for logs and tests.
struct InstalledTranslations
{
    QString earshot; // the embedded catalogue, e.g. ":/earshot/translations/earshot_de.qm"
    QString qt;      // Qt's own strings (qtbase_de.qm in QLibraryInfo::TranslationsPath)
};

// Makes `locale` the default QLocale and installs, on the running QCoreApplication, a
// translator for Earshot's texts (embedded in the binary) and one for Qt's own texts (dialog
// buttons, context menus), both for `locale`'s UI languages. English loads only its plural
// forms; a language without a catalogue installs nothing and the source texts show. The
// translators of an earlier call are removed first.
InstalledTranslations installTranslations(const QLocale &locale);

} // namespace earshot
