#include "UiSamples.h"

#include "app/demo/FakePagerDuty.h"
#include "core/pagerduty/rest/RestKeyCheck.h"

#include "core/common/Logging.h"
#include "core/genesys/Region.h"
#include "ui/MessageBox.h"
#include "ui/QueuePickerList.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace earshot;

namespace {

const QString kSecret = QStringLiteral("s3cr3t-client-secret-9f2a");
const QString kRoutingKey = QStringLiteral("R0123456789abcdef0123456789abcd");
const QString kSharedDatabase = QStringLiteral("postgresql://earshot@db.noc.example:5432/earshot");

SettingsData complete()
{
    SettingsData d;
    d.region = QStringLiteral("eu-central-1");
    d.clientId = QStringLiteral("client-1");
    d.clientSecret = kSecret;
    d.pagerDutyKey = kRoutingKey;
    d.monitoredQueueIds = {QStringLiteral("q-sales")};
    return d;
}

QList<QueueInfo> queues()
{
    return {{QStringLiteral("q-sales"), QStringLiteral("Sales")},
            {QStringLiteral("q-support"), QStringLiteral("Support")},
            {QStringLiteral("q-billing"), QStringLiteral("Billing DE")}};
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsUntouchedSettings()
    {
        SettingsDialog dialog(complete(), queues());
        QCOMPARE(dialog.data(), complete());
    }

    void languageChoiceIsOfferedAndReturned()
    {
        SettingsData initial = complete();
        initial.language = QStringLiteral("es");
        SettingsDialog dialog(initial, queues());
        QComboBox *box = dialog.languageBox();
        QCOMPARE(box->count(), 5);
        QCOMPARE(box->currentText(), QStringLiteral("Español"));
        QCOMPARE(box->itemData(0).toString(), QString()); // "System default"
        box->setCurrentIndex(box->findText(QStringLiteral("Deutsch")));
        QCOMPARE(dialog.data().language, QStringLiteral("de"));
        box->setCurrentIndex(0);
        QCOMPARE(dialog.data().language, QString());
        bool saysNextStart = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            saysNextStart |= label->text().contains(QStringLiteral("next time Earshot starts"));
        QVERIFY(saysNextStart);
    }

    void everyRegionAndCustomUrls()
    {
        SettingsDialog dialog(complete(), queues());
        QCOMPARE(dialog.regionBox()->count(), int(genesysRegions().size()) + 1);
        QCOMPARE(dialog.regionBox()->currentData().toString(), QStringLiteral("eu-central-1"));
        QVERIFY(dialog.regionBox()->currentText().contains(QStringLiteral("mypurecloud.de")));
        QVERIFY(!dialog.loginUrlEdit()->isEnabled());
        dialog.regionBox()->setCurrentIndex(dialog.regionBox()->findData(customRegionKey()));
        QVERIFY(dialog.loginUrlEdit()->isEnabled());
        dialog.loginUrlEdit()->setText(QStringLiteral("https://login.example.pure.cloud"));
        dialog.apiUrlEdit()->setText(QStringLiteral("https://api.example.pure.cloud"));
        const SettingsData d = dialog.data();
        QCOMPARE(d.region, customRegionKey());
        QCOMPARE(d.apiUrl, QUrl(QStringLiteral("https://api.example.pure.cloud")));
        QVERIFY(validateSettings(d).isEmpty());
        // A region given as an unknown domain is kept, not replaced by the first entry.
        SettingsData unknown = complete();
        unknown.region = QStringLiteral("new1.pure.cloud");
        SettingsDialog other(unknown, {});
        QCOMPARE(other.data().region, QStringLiteral("new1.pure.cloud"));
    }

    void secretsAreMasked()
    {
        SettingsDialog dialog(complete(), queues());
        QCOMPARE(dialog.clientSecretEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.pagerDutyKeyEdit()->echoMode(), QLineEdit::Password);
        dialog.clientSecretEdit()->setText(QStringLiteral("new-secret"));
        QCOMPARE(dialog.data().clientSecret, QStringLiteral("new-secret"));
    }

    void restApiKeyIsASecretLikeTheOthers()
    {
        SettingsData d = complete();
        SettingsDialog dialog(d, queues());
        QLineEdit *token = dialog.pagerDutyApiTokenEdit();
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.pagerDutyApiTokenInUseText().startsWith(
            QStringLiteral("In use: none (not set)")));
        token->setText(QStringLiteral(" read-only-key "));
        QCOMPARE(dialog.data().pagerDutyApiToken, QStringLiteral("read-only-key"));
        QVERIFY(!dialog.data().repageAfterFreshBreach);

        d.pagerDutyApiToken = QStringLiteral("from-the-environment-1234");
        d.pagerDutyApiTokenFromEnvironment = true;
        d.pagerDutyApiTokenInUse = {maskSecret(d.pagerDutyApiToken),
                                    SettingsData::Origin::Environment};
        d.repageAfterFreshBreach = true;
        SettingsDialog fromEnv(d, queues());
        QVERIFY(fromEnv.pagerDutyApiTokenEdit()->isReadOnly());
        QVERIFY(!fromEnv.pagerDutyApiTokenEdit()->text().contains(d.pagerDutyApiToken));
        QVERIFY(
            fromEnv.pagerDutyApiTokenInUseText().contains(QStringLiteral("PAGERDUTY_API_TOKEN")));
        QCOMPARE(fromEnv.data().pagerDutyApiToken, d.pagerDutyApiToken);
        QVERIFY(fromEnv.data().repageAfterFreshBreach);
    }

    void environmentSecretIsReadOnlyWithANote()
    {
        SettingsData d = complete();
        d.pagerDutyKeyFromEnvironment = true;
        SettingsDialog dialog(d, queues());
        QLineEdit *key = dialog.pagerDutyKeyEdit();
        QVERIFY(key->isReadOnly());
        QVERIFY(!key->isEnabled());
        QCOMPARE(key->text(), maskSecret(kRoutingKey));
        QVERIFY(!key->text().contains(kRoutingKey));
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        bool noted = false;
        for (QLabel *l : labels)
            noted = noted || l->text().contains(QStringLiteral("PAGERDUTY_INTEGRATION_KEY"));
        QVERIFY(noted);
        // The value itself is untouched: the masked text is never written back.
        QCOMPARE(dialog.data().pagerDutyKey, kRoutingKey);
    }

    // The database password is asked for only where there is one: a shared PostgreSQL
    // database ([storage] backend = postgresql), never with Earshot's own SQLite file.
    void databasePasswordOnlyForASharedDatabase()
    {
        SettingsDialog sqlite(complete(), queues());
        QVERIFY(!sqlite.databasePasswordEdit());
        QVERIFY(sqlite.databasePasswordInUseText().isEmpty());
        for (const QLabel *label : sqlite.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QStringLiteral("PostgreSQL")),
                     qPrintable(label->text()));

        SettingsData d = complete();
        d.sharedDatabase = kSharedDatabase;
        d.databasePasswordInUse = {maskSecret(QStringLiteral("kept-password-1234")),
                                   SettingsData::Origin::Keychain};
        SettingsDialog shared(d, queues());
        QLineEdit *password = shared.databasePasswordEdit();
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!password->isReadOnly());
        QVERIFY(password->text().isEmpty());
        QVERIFY(password->placeholderText().contains(QStringLiteral("keep")));
        // Where the password is used: the shared database, named in the tooltip and the hint.
        QVERIFY(password->toolTip().contains(kSharedDatabase));
        bool named = false;
        for (const QLabel *label : shared.findChildren<QLabel *>())
            named = named || label->text().contains(kSharedDatabase);
        QVERIFY(named);
        QVERIFY2(shared.databasePasswordInUseText().startsWith(
                     QStringLiteral("In use: ••••1234, from the system keychain")),
                 qPrintable(shared.databasePasswordInUseText()));
        // Untouched, it keeps the stored one; typed, it is returned as typed (spaces too).
        QVERIFY(shared.data().databasePassword.isEmpty());
        password->setText(QStringLiteral(" new db pass "));
        QCOMPARE(shared.data().databasePassword, QStringLiteral(" new db pass "));
    }

    void databasePasswordFromTheEnvironmentIsReadOnly()
    {
        const QString fromEnvironment = QStringLiteral("env-db-password-7781");
        SettingsData d = complete();
        d.sharedDatabase = kSharedDatabase;
        d.databasePassword = fromEnvironment;
        d.databasePasswordFromEnvironment = true;
        d.databasePasswordInUse = {maskSecret(fromEnvironment), SettingsData::Origin::Environment};
        SettingsDialog dialog(d, queues());
        QLineEdit *password = dialog.databasePasswordEdit();
        QVERIFY(password);
        QVERIFY(password->isReadOnly());
        QVERIFY(!password->isEnabled());
        QVERIFY(!password->text().contains(fromEnvironment));
        const QString note = dialog.databasePasswordInUseText();
        QVERIFY2(note.startsWith(QStringLiteral(
                     "In use: ••••7781, from the EARSHOT_DB_PASSWORD environment variable")),
                 qPrintable(note));
        QVERIFY(note.contains(QStringLiteral(
            "Set by the EARSHOT_DB_PASSWORD environment variable; change it there.")));
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY(!label->text().contains(fromEnvironment));
        // The masked text is never handed back as a new password.
        QCOMPARE(dialog.data().databasePassword, fromEnvironment);
    }

    void testButtonsEmitTheEditedSettings()
    {
        SettingsDialog dialog(complete(), queues());
        QSignalSpy genesys(&dialog, &SettingsDialog::testGenesysRequested);
        QSignalSpy pagerDuty(&dialog, &SettingsDialog::testPagerDutyRequested);
        dialog.clientIdEdit()->setText(QStringLiteral("client-2"));
        dialog.testGenesysButton()->click(); // the dialog is not shown: no mouse
        QCOMPARE(genesys.count(), 1);
        QCOMPARE(genesys.first().first().value<SettingsData>().clientId,
                 QStringLiteral("client-2"));
        dialog.testPagerDutyButton()->click();
        QCOMPARE(pagerDuty.count(), 1);
        dialog.showGenesysTestResult(false, QStringLiteral("401 invalid_client"));
        QCOMPARE(dialog.genesysResultLabel()->text(),
                 QStringLiteral("✘ Failed: 401 invalid_client"));
        dialog.showPagerDutyTestResult(true, QStringLiteral("202"));
        QVERIFY(dialog.pagerDutyResultLabel()->text().startsWith(QStringLiteral("✔")));
    }

    // Issue 14: the REST API key's "Test" asks PagerDuty's REST API (the fake, over a
    // loopback socket) the way the app wires it (GuiSession::testPagerDutyApiToken): a key
    // it knows works, another is rejected (401), and the key never shows in the answer.
    void restKeyTestAsksPagerDuty()
    {
        FakePagerDuty pagerDuty;
        QVERIFY(pagerDuty.listen());
        const QString good = QStringLiteral("u+readOnlyRestKey123");
        pagerDuty.addApiToken(good);
        QNetworkAccessManager network;
        PagerDutySettings settings;
        settings.apiUrl = pagerDuty.restUrl();
        SettingsDialog dialog(complete(), queues());
        connect(&dialog, &SettingsDialog::testPagerDutyApiTokenRequested, &dialog,
                [&](const SettingsData &data) {
                    checkPagerDutyRestKey(network, settings, data.pagerDutyApiToken, &dialog,
                                          [&dialog](const RestKeyCheck &check) {
                                              dialog.showPagerDutyApiTokenTestResult(check.works,
                                                                                     check.text);
                                          });
                });
        QLabel *result = dialog.pagerDutyApiTokenResultLabel();
        const auto answered = [result] {
            return QTest::qWaitFor(
                [result] { return !result->text().startsWith(QStringLiteral("Testing")); }, 10'000);
        };

        dialog.pagerDutyApiTokenEdit()->setText(good);
        dialog.testPagerDutyApiTokenButton()->click(); // the dialog is not shown: no mouse
        QCOMPARE(result->text(), QStringLiteral("Testing…"));
        QVERIFY(answered());
        QCOMPARE(result->text(), QStringLiteral("✔ REST key works"));

        dialog.pagerDutyApiTokenEdit()->setText(QStringLiteral("u+someoneElsesKey999"));
        dialog.testPagerDutyApiTokenButton()->click();
        QVERIFY(answered());
        QVERIFY2(result->text().startsWith(QStringLiteral("✘ rejected (401)")),
                 qPrintable(result->text()));
        QVERIFY(!result->text().contains(QStringLiteral("someoneElses")));
        QCOMPARE(pagerDuty.restRequestCount(), 2);
    }

    void queuesSearchAndAll()
    {
        SettingsDialog dialog(complete(), queues());
        QVERIFY(!dialog.allQueuesBox()->isChecked());
        QueuePickerList *picker = dialog.queuePicker();
        QCOMPARE(picker->checkedIds(), QStringList{QStringLiteral("q-sales")});
        picker->searchEdit()->setText(QStringLiteral("bill"));
        QCOMPARE(picker->visibleCount(), 1);
        picker->searchEdit()->setText(QStringLiteral("Q-SUP")); // ids, case-insensitive
        QCOMPARE(picker->visibleCount(), 1);
        picker->list()->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.data().monitoredQueueIds,
                 (QStringList{QStringLiteral("q-sales"), QStringLiteral("q-support")}));
        dialog.allQueuesBox()->setChecked(true);
        QVERIFY(!picker->isEnabled());
        QVERIFY(dialog.data().monitoredQueueIds.isEmpty());
        // A monitored id the directory does not know stays listed and checked.
        SettingsData d = complete();
        d.monitoredQueueIds = {QStringLiteral("q-gone")};
        SettingsDialog other(d, queues());
        QCOMPARE(other.queuePicker()->checkedIds(), QStringList{QStringLiteral("q-gone")});
    }

    void okRefusesBadSettings()
    {
        SettingsData d = complete();
        d.windowSecs = 420; // does not divide a day
        SettingsDialog dialog(d, queues());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("window")));
        // The refusal never quotes a secret.
        QVERIFY(!MessageBox::lastText().contains(kSecret));
        dialog.windowSpin()->setValue(300);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void emptySecretsKeepTheStoredOnes()
    {
        SettingsData d = complete();
        d.clientId.clear();
        d.clientSecret.clear();
        d.pagerDutyKey.clear();
        QVERIFY(validateSettings(d).isEmpty());
        SettingsDialog dialog(d, queues());
        QVERIFY(dialog.clientSecretEdit()->placeholderText().contains(QStringLiteral("keep")));
        QVERIFY(dialog.data().clientSecret.isEmpty());
    }

    // Issue 9 item 8: what is in use, masked, and where it comes from, beside each field.
    void secretsInUseAreShownWithTheirOrigin()
    {
        SettingsData d = complete();
        d.clientId.clear();
        d.clientIdInUse = {maskSecret(QStringLiteral("client-0123456789abcd")),
                           SettingsData::Origin::Keychain};
        d.clientSecretInUse = {maskSecret(QStringLiteral("secret-0123456789wxyz")),
                               SettingsData::Origin::Environment};
        SettingsDialog dialog(d, queues());
        QCOMPARE(dialog.clientIdInUseText(),
                 QStringLiteral("In use: ••••abcd, from the system keychain"));
        QVERIFY(dialog.clientSecretInUseText().startsWith(QStringLiteral(
            "In use: ••••wxyz, from the GENESYS_CLIENT_SECRET environment variable")));
        QVERIFY(
            dialog.pagerDutyKeyInUseText().startsWith(QStringLiteral("In use: none (not set)")));
        // An empty client id field keeps the one in use (and says so).
        QVERIFY(dialog.data().clientId.isEmpty());
        d.clientIdInUse.origin = SettingsData::Origin::Demo;
        SettingsDialog demo(d, queues());
        QVERIFY(demo.clientIdInUseText().startsWith(
            QStringLiteral("In use now: the demo simulator's")));
    }

    void validationCatchesBadValues()
    {
        SettingsData d = complete();
        d.region = customRegionKey();
        d.loginUrl = QUrl(QStringLiteral("http://login.example.com")); // plain http off loopback
        d.apiUrl = QUrl(QStringLiteral("https://api.example.com"));
        d.windowSecs = 420; // does not divide a day
        d.ingestLagSecs = -1;
        const QStringList problems = validateSettings(d);
        QCOMPARE(problems.size(), 3);
        for (const QString &p : problems)
            QVERIFY(!p.contains(kSecret));
        SettingsData noUrls = complete();
        noUrls.region = customRegionKey();
        QCOMPARE(validateSettings(noUrls).size(), 1);
        SettingsData junkRegion = complete();
        junkRegion.region = QStringLiteral("not a region!");
        QCOMPARE(validateSettings(junkRegion).size(), 1);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
