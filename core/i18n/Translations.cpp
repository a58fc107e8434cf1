#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace earshot {

namespace {

const QString kLanguageKey = QStringLiteral("language");

// Translators owned by the application object, so they live as long as it does.
QTranslator *replaceTranslator(const QString &objectName)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (auto *old = app->findChild<QTranslator *>(objectName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *translator = new QTranslator(app);
    translator->setObjectName(objectName);
    return translator;
}

} // namespace

QList<LanguageChoice> languageChoices()
{
    return {
        {QString(), QCoreApplication::translate("LanguageChoice", "System default")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QString storedLanguage(const QSettings &settings)
{
    const QString code = settings.value(kLanguageKey).toString();
    for (const LanguageChoice &choice : languageChoices()) {
        if (!code.isEmpty() && choice.code == code)
            return code;
    }
    return {};
}

void storeLanguage(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QLocale localeForLanguage(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

InstalledTranslations installTranslations(const QLocale &locale)
{
    InstalledTranslations installed;
    if (!QCoreApplication::instance())
        return installed;
    // Day names in dates and the decimal separator of spin boxes follow the same choice.
    QLocale::setDefault(locale);
    QTranslator *earshot = replaceTranslator(QStringLiteral("earshot-translator"));
    if (earshot->load(locale, QStringLiteral("earshot"), QStringLiteral("_"),
                      QStringLiteral(":/earshot/translations"))) {
        QCoreApplication::installTranslator(earshot);
        installed.earshot = earshot->filePath();
    }
    QTranslator *qt = replaceTranslator(QStringLiteral("qt-translator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed.qt = qt->filePath();
    }
    return installed;
}

} // namespace earshot
