// Issue 9 item 8: Settings always shows what is in use (masked) and where it comes from —
// through the real GuiSession, its real window and the real dialog (offscreen). Secrets come
// from environment variables, or from the real keychain under a service name of the test's
// own (the user's "Earshot" entries are never touched).
#include "app/GuiSession.h"
#include "app/demo/DemoEnvironment.h"
#include "app/demo/FakeGenesysCloud.h"
#include "core/common/Clock.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/pipeline/PipelineConfig.h"
#include "core/secrets/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QObject>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace earshot;

namespace {

SettingsDialog *openSettingsOf(GuiSession &session)
{
    emit session.window()->settingsRequested();
    SettingsDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = session.window()->findChild<SettingsDialog *>();
            return dialog != nullptr;
        },
        5000);
    return dialog;
}

Status waitFor(std::optional<Status> &status)
{
    if (!QTest::qWaitFor([&] { return status.has_value(); }, 20000))
        return Error{ErrorKind::NetworkOffline, // no kind matches a test timeout; never expected
                     QStringLiteral("the keychain did not answer")};
    return *status;
}

} // namespace

class TestSettingsInUse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The demo's database and the config land in this folder, never in the user's.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }

    void environmentSecretsShowWhereTheyComeFrom()
    {
        qputenv("GENESYS_CLIENT_ID", "client-0123456789abcd");
        qputenv("GENESYS_CLIENT_SECRET", "secret-0123456789wxyz");
        qputenv("PAGERDUTY_INTEGRATION_KEY", "0123456789abcdef0123456789ABCDEF");
        const QString config = m_home.filePath(QStringLiteral("env.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Loopback endpoints nobody listens on: no request leaves this machine.
        file.write("[genesys]\nlogin_url = http://127.0.0.1:9/\napi_url = http://127.0.0.1:9/\n"
                   "[pagerduty]\nevents_url = http://127.0.0.1:9/v2/enqueue\n"
                   "[storage]\ndatabase = " +
                   m_home.filePath(QStringLiteral("env.sqlite")).toUtf8() + "\n");
        file.close();
        GuiSession session(config, false);
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.window() != nullptr; }, 5000));
        SettingsDialog *dialog = openSettingsOf(session);
        QVERIFY(dialog);
        QCOMPARE(
            dialog->clientIdInUseText(),
            QStringLiteral("In use: ••••abcd, from the GENESYS_CLIENT_ID environment variable"));
        QVERIFY2(dialog->clientSecretInUseText().startsWith(QStringLiteral(
                     "In use: ••••wxyz, from the GENESYS_CLIENT_SECRET environment variable")),
                 qPrintable(dialog->clientSecretInUseText()));
        QVERIFY(dialog->pagerDutyKeyInUseText().startsWith(QStringLiteral(
            "In use: ••••CDEF, from the PAGERDUTY_INTEGRATION_KEY environment variable")));
        // Never the secret itself.
        QVERIFY(!dialog->clientSecretInUseText().contains(QStringLiteral("secret-0123")));
        dialog->reject();
        qunsetenv("GENESYS_CLIENT_ID");
        qunsetenv("GENESYS_CLIENT_SECRET");
        qunsetenv("PAGERDUTY_INTEGRATION_KEY");
    }

    // EARSHOT_DB_PASSWORD wins over the keychain: Settings shows the shared database's
    // password field read-only, masked, and says where to change it.
    void environmentDatabasePasswordIsReadOnly()
    {
        qputenv("GENESYS_CLIENT_ID", "client-0123456789abcd");
        qputenv("GENESYS_CLIENT_SECRET", "secret-0123456789wxyz");
        qputenv("PAGERDUTY_INTEGRATION_KEY", "0123456789abcdef0123456789ABCDEF");
        qputenv("EARSHOT_DB_PASSWORD", "db-password-from-env-4321");
        const auto unset = qScopeGuard([] {
            for (const char *variable : {"GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET",
                                         "PAGERDUTY_INTEGRATION_KEY", "EARSHOT_DB_PASSWORD"})
                qunsetenv(variable);
            MessageBox::setNextAnswer(QMessageBox::NoButton);
        });
        const QString config = m_home.filePath(QStringLiteral("shared.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // No server listens on port 9: the session fails to connect, Settings still opens.
        file.write("[genesys]\nlogin_url = http://127.0.0.1:9/\napi_url = http://127.0.0.1:9/\n"
                   "[pagerduty]\nevents_url = http://127.0.0.1:9/v2/enqueue\n"
                   "[storage]\nbackend = postgresql\nhost = 127.0.0.1\nport = 9\n"
                   "dbname = noc\nuser = earshot\nsslmode = disable\n");
        file.close();
        MessageBox::setNextAnswer(QMessageBox::Ok); // the unreachable server's warning
        GuiSession session(config, false);
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.window() != nullptr; }, 10000));
        QVERIFY(!MessageBox::lastText().contains(QStringLiteral("db-password-from-env")));
        SettingsDialog *dialog = openSettingsOf(session);
        QVERIFY(dialog);
        QLineEdit *password = dialog->databasePasswordEdit();
        QVERIFY(password);
        QVERIFY(!password->isEnabled());
        QVERIFY(!password->text().contains(QStringLiteral("db-password")));
        QVERIFY(
            password->toolTip().contains(QStringLiteral("postgresql://earshot@127.0.0.1:9/noc")));
        QVERIFY2(dialog->databasePasswordInUseText().startsWith(QStringLiteral(
                     "In use: ••••4321, from the EARSHOT_DB_PASSWORD environment variable")),
                 qPrintable(dialog->databasePasswordInUseText()));
        dialog->reject();
    }

    // The defect: a client id saved to the keychain showed an empty field and "Test
    // connection" said no client id was configured, while polling used it.
    void keychainSecretsAreShownAndTestConnectionUsesThem()
    {
        if (qEnvironmentVariable("EARSHOT_NO_KEYCHAIN_TESTS") == QLatin1StringView("1"))
            QSKIP("EARSHOT_NO_KEYCHAIN_TESTS=1: no Secret Service on this machine");
        const QString service =
            QStringLiteral("EarshotTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        SystemClock clock;
        SecretStore store(clock, service);
        const QList<std::pair<QString, QString>> secrets = {
            {kClientIdKey, QStringLiteral("kc-client-9876abcd")},
            {kClientSecretKey, QStringLiteral("kc-secret-5678wxyz")},
            {RoutingKeyProvider::kKeychainKey, QStringLiteral("fedcba9876543210fedcba98765KEYS")}};
        for (const auto &[key, value] : secrets) {
            std::optional<Status> written;
            store.write(key, value, this, [&](const Status &s) { written = s; });
            const Status s = waitFor(written);
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        }
        FakeGenesysCloud genesys(clock);
        genesys.setCredentials(QStringLiteral("kc-client-9876abcd"),
                               QStringLiteral("kc-secret-5678wxyz"));
        QVERIFY(genesys.listen());
        const QByteArray base = genesys.baseUrl().toString().toUtf8();
        const QString config = m_home.filePath(QStringLiteral("keychain.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[genesys]\nlogin_url = " + base + "\napi_url = " + base +
                   "\n[pagerduty]\nevents_url = http://127.0.0.1:9/v2/enqueue\n"
                   "[storage]\ndatabase = " +
                   m_home.filePath(QStringLiteral("keychain.sqlite")).toUtf8() + "\n");
        file.close();
        {
            GuiSession session(config, false, {}, service);
            session.start();
            QVERIFY(QTest::qWaitFor([&] { return session.window() != nullptr; }, 10000));
            SettingsDialog *dialog = openSettingsOf(session);
            QVERIFY(dialog);
            QCOMPARE(dialog->clientIdInUseText(),
                     QStringLiteral("In use: ••••abcd, from the system keychain"));
            QVERIFY2(dialog->clientSecretInUseText().startsWith(
                         QStringLiteral("In use: ••••wxyz, from the system keychain")),
                     qPrintable(dialog->clientSecretInUseText()));
            QVERIFY2(dialog->pagerDutyKeyInUseText().startsWith(
                         QStringLiteral("In use: ••••KEYS, from the system keychain")),
                     qPrintable(dialog->pagerDutyKeyInUseText()));
            QVERIFY(!dialog->clientSecretInUseText().contains(QStringLiteral("kc-secret")));
            // The fields are empty (secrets are never shown); Test connection uses what is in
            // use and reaches the fake Genesys Cloud with the keychain's credentials.
            dialog->testGenesysButton()->click();
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             return dialog->genesysResultLabel()->text().startsWith(
                                 QStringLiteral("✔ Connected."));
                         },
                         20000),
                     qPrintable(dialog->genesysResultLabel()->text()));
            dialog->reject();
        }
        for (const auto &[key, value] : secrets) {
            std::optional<Status> removed;
            store.remove(key, this, [&](const Status &s) { removed = s; });
            (void)waitFor(removed);
        }
    }

    void demoModeSaysTheSimulatorIsInUse()
    {
        // Environment variables keep the keychain out of this test.
        qputenv("GENESYS_CLIENT_ID", "client-0123456789abcd");
        qputenv("GENESYS_CLIENT_SECRET", "secret-0123456789wxyz");
        qputenv("PAGERDUTY_INTEGRATION_KEY", "0123456789abcdef0123456789ABCDEF");
        GuiSession session(m_home.filePath(QStringLiteral("demo.ini")), true);
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.window() != nullptr; }, 10000));
        SettingsDialog *dialog = openSettingsOf(session);
        QVERIFY(dialog);
        for (const QString &text : {dialog->clientIdInUseText(), dialog->clientSecretInUseText(),
                                    dialog->pagerDutyKeyInUseText()})
            QVERIFY2(text.startsWith(QStringLiteral("In use now: the demo simulator's")),
                     qPrintable(text));
        dialog->reject();
        qunsetenv("GENESYS_CLIENT_ID");
        qunsetenv("GENESYS_CLIENT_SECRET");
        qunsetenv("PAGERDUTY_INTEGRATION_KEY");
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestSettingsInUse)
#include "TestSettingsInUse.moc"
