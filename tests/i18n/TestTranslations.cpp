// The translations are really shown: with a language installed the way the app installs
// it, texts from every kind of translation context (Q_OBJECT classes, plain classes and
// free functions with Q_DECLARE_TR_FUNCTIONS, literal contexts) come out translated, and
// every entry of the committed catalogues is found at run time under its lupdate context.
#include "app/demo/DemoScenario.h"
#include "core/alerting/AlertPolicy.h"
#include "core/common/UrlPolicy.h"
#include "core/config/AppConfig.h"
#include "core/config/ConfigLoader.h"
#include "core/genesys/GenesysCheck.h"
#include "core/genesys/GenesysSettings.h"
#include "core/genesys/Region.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/i18n/Translations.h"
#include "core/presentation/DisplayText.h"
#include "core/presentation/IncidentTableModel.h"
#include "core/presentation/SilenceChoices.h"
#include "core/presentation/StatusTexts.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace earshot;

namespace {

struct CatalogueEntry
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QList<CatalogueEntry> readCatalogue(const QString &path)
{
    QList<CatalogueEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    CatalogueEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = CatalogueEntry{context,
                                   {},
                                   {},
                                   {},
                                   xml.attributes().value(QLatin1String("numerus")) ==
                                       QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            entry.comment = xml.readElementText();
        } else if (name == QLatin1String("translation") && !entry.numerus) {
            entry.translations = {xml.readElementText()};
            entries.append(entry);
        } else if (name == QLatin1String("numerusform")) {
            entry.translations.append(xml.readElementText());
            if (entry.translations.size() == 2)
                entries.append(entry);
        }
    }
    return entries;
}

QString translated(const CatalogueEntry &e, int n = -1)
{
    const QByteArray context = e.context.toUtf8();
    const QByteArray source = e.source.toUtf8();
    const QByteArray comment = e.comment.toUtf8();
    return QCoreApplication::translate(context.constData(), source.constData(),
                                       e.comment.isEmpty() ? nullptr : comment.constData(), n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        installTranslations(QLocale(QLocale::C));
    }

    void earshotAndQtCataloguesLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void earshotAndQtCataloguesLoad()
    {
        QFETCH(QString, language);
        const InstalledTranslations installed = installTranslations(localeForLanguage(language));
        QCOMPARE(installed.earshot,
                 QStringLiteral(":/earshot/translations/earshot_%1.qm").arg(language));
        QVERIFY2(installed.qt.endsWith(QStringLiteral("qtbase_%1.qm").arg(language)),
                 "Qt's own catalogue is missing: install qt6-translations-l10n");
    }

    void everyCatalogueEntryIsFoundAtRunTime_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("es") << QStringLiteral("es");
    }

    // Reads the committed .ts (what lupdate extracted, under its contexts) and asks the
    // running translator for each entry: a context the runtime does not use would fail.
    void everyCatalogueEntryIsFoundAtRunTime()
    {
        QFETCH(QString, language);
        const QList<CatalogueEntry> entries = readCatalogue(
            QStringLiteral(EARSHOT_SOURCE_DIR "/translations/earshot_%1.ts").arg(language));
        QVERIFY(entries.size() > 400);
        QVERIFY(!installTranslations(localeForLanguage(language)).earshot.isEmpty());
        int differentFromSource = 0;
        for (const CatalogueEntry &e : entries) {
            if (e.numerus) {
                QString one = e.translations.at(0);
                QString many = e.translations.at(1);
                QCOMPARE(translated(e, 1), one.replace(QStringLiteral("%n"), QStringLiteral("1")));
                QCOMPARE(translated(e, 7), many.replace(QStringLiteral("%n"), QStringLiteral("7")));
            } else {
                QCOMPARE(translated(e), e.translations.at(0));
            }
            differentFromSource += e.translations.at(0) != e.source ? 1 : 0;
        }
        QVERIFY(differentFromSource > entries.size() / 2);
    }

    // One text from each kind of context, through the functions the window and the
    // command line call.
    void germanTextsFromEveryKindOfContext()
    {
        QVERIFY(!installTranslations(QLocale(QLocale::German)).earshot.isEmpty());
        QCOMPARE(queueStatusWord(QueueStatus::Critical), QStringLiteral("Kritisch"));
        QCOMPARE(pollerStateWord(PollerStatus::State::RateLimited),
                 QStringLiteral("Ratenlimit erreicht"));
        QCOMPARE(dateTimeFormat(), QStringLiteral("dd.MM.yyyy HH:mm"));
        QCOMPARE(durationText(25 * 3600), QStringLiteral("1 T. 1 Std."));
        QCOMPARE(silenceChoiceText(silenceChoices().first()), QStringLiteral("30 Minuten"));

        AppConfig config;
        config.pagerduty.source.clear();
        QVERIFY(validateConfig(config).join(u'\n').contains(
            QStringLiteral("source darf nicht leer sein")));
        const ConfigLoad load = loadConfigFile(QStringLiteral("/nonexistent/earshot.ini"));
        QCOMPARE(
            load.errors.value(0),
            QStringLiteral("Die Konfigurationsdatei „/nonexistent/earshot.ini“ existiert nicht."));

        const auto frankfurt = findRegion(QStringLiteral("eu-central-2"));
        QVERIFY(frankfurt.has_value());
        QCOMPARE(regionDisplayName(*frankfurt), QStringLiteral("Zürich"));
        const auto endpoints =
            resolveEndpoints(QString(), QUrl(QStringLiteral("https://login.example.com")));
        QVERIFY(!endpoints.ok());
        QCOMPARE(endpoints.error().message,
                 QStringLiteral("login_url und api_url gehören zusammen: Setzen Sie beide oder "
                                "keine."));
        QCOMPARE(*endpointUrlProblem(QUrl(QStringLiteral("ftp://x")), QStringLiteral("api_url")),
                 QStringLiteral("api_url muss eine https://-URL sein: „ftp://x“"));

        const auto token = parseTokenResponse("{}");
        QVERIFY(!token.ok());
        QVERIFY2(token.error().message.startsWith(QStringLiteral("die Token-Antwort")),
                 qPrintable(token.error().message));

        GenesysSettings genesys;
        QVERIFY(genesys.validate().contains(QStringLiteral("Die OAuth-Client-ID ist leer.")));

        AlertPolicy policy;
        policy.global[Metric::Mos].critical = 4.0; // above the 3.5 warning: wrong way round
        QVERIFY2(policy.validate().join(u'\n').contains(QStringLiteral("muss unter dem Warnwert")),
                 qPrintable(policy.validate().join(u'\n')));

        GenesysCheckResult check;
        check.ok = true;
        check.authenticated = true;
        check.queues = {QueueInfo{QStringLiteral("q1"), QStringLiteral("Sales")},
                        QueueInfo{QStringLiteral("q2"), QStringLiteral("Billing")}};
        QVERIFY2(formatCheckTable(check).contains(
                     QStringLiteral("Angemeldet. 2 Warteschlangen sichtbar.")),
                 qPrintable(formatCheckTable(check)));

        const DemoScenario scenario(0, 300);
        QCOMPARE(scenario.narrative(0),
                 QStringLiteral("Szenario beginnt: alle Warteschlangen in Ordnung."));

        IncidentTableModel incidents;
        QCOMPARE(
            incidents
                .headerData(IncidentTableModel::SeverityColumn, Qt::Horizontal, Qt::DisplayRole)
                .toString(),
            QStringLiteral("Schweregrad"));
    }

    void frenchAndSpanishPlurals()
    {
        GenesysCheckResult check;
        check.ok = true;
        check.authenticated = true;
        check.queues = {QueueInfo{QStringLiteral("q1"), QStringLiteral("Sales")}};
        QVERIFY(!installTranslations(QLocale(QLocale::French)).earshot.isEmpty());
        QVERIFY(formatCheckTable(check).contains(QStringLiteral("Authentifié. 1 file visible.")));
        QVERIFY(!installTranslations(QLocale(QLocale::Spanish)).earshot.isEmpty());
        check.queues.append(QueueInfo{QStringLiteral("q2"), QStringLiteral("Billing")});
        QVERIFY(formatCheckTable(check).contains(QStringLiteral("Autenticado. 2 colas visibles.")));
    }

    void englishHasItsPluralForms()
    {
        QVERIFY(!installTranslations(QLocale(QLocale::English)).earshot.isEmpty());
        GenesysCheckResult check;
        check.ok = true;
        check.authenticated = true;
        check.queues = {QueueInfo{QStringLiteral("q1"), QStringLiteral("Sales")}};
        QVERIFY(
            formatCheckTable(check).contains(QStringLiteral("Authenticated. 1 queue visible.")));
        QCOMPARE(queueStatusWord(QueueStatus::Critical), QStringLiteral("Critical"));
    }

    void theChoiceIsStoredAndReadBack()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat);
        QCOMPARE(storedLanguage(settings), QString());
        storeLanguage(settings, QStringLiteral("fr"));
        QCOMPARE(storedLanguage(settings), QStringLiteral("fr"));
        QCOMPARE(localeForLanguage(storedLanguage(settings)).language(), QLocale::French);
        settings.setValue(QStringLiteral("language"), QStringLiteral("tlh")); // not offered
        QCOMPARE(storedLanguage(settings), QString());
        storeLanguage(settings, QString());
        QVERIFY(!settings.contains(QStringLiteral("language")));
        QCOMPARE(languageChoices().size(), 5);
        QCOMPARE(languageChoices().first().code, QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
