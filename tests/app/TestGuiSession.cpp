// GuiSession: the desktop session's plumbing, through its real window and dialogs offscreen,
// the real keychain (a Secret Service, under a service name of the test's own), the fake
// Genesys Cloud on loopback and, for a shared database, a real PostgreSQL server of the
// test's own.
#include "app/GuiSession.h"
#include "app/demo/FakeGenesysCloud.h"
#include "core/common/Clock.h"
#include "core/config/ConfigLoader.h"
#include "core/pipeline/PipelineConfig.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/PostgresServer.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace earshot;

namespace {

std::optional<Result<QString>> readSecret(SecretStore &store, const QString &key, QObject *context)
{
    std::optional<Result<QString>> value;
    store.read(key, context, [&](const Result<QString> &r) { value = r; });
    (void)QTest::qWaitFor([&] { return value.has_value(); }, 20000);
    return value;
}

} // namespace

class TestGuiSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qunsetenv("GENESYS_CLIENT_ID");
        qunsetenv("GENESYS_CLIENT_SECRET");
        qunsetenv("PAGERDUTY_INTEGRATION_KEY");
    }

    // Issue 12: the session restarts on new settings once the keychain has stored the
    // secrets just entered, never on a timer that a slow keychain outlasts.
    void savedSecretsAreStoredBeforeTheSessionRestartsOnThem()
    {
        if (qEnvironmentVariable("EARSHOT_NO_KEYCHAIN_TESTS") == QLatin1StringView("1"))
            QSKIP("EARSHOT_NO_KEYCHAIN_TESTS=1: no Secret Service on this machine");
        const QString service =
            QStringLiteral("EarshotTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        SystemClock clock;
        FakeGenesysCloud genesys(clock);
        genesys.setCredentials(QStringLiteral("new-client-1234"),
                               QStringLiteral("new-secret-5678"));
        QVERIFY(genesys.listen());
        const QByteArray base = genesys.baseUrl().toString().toUtf8();
        const QString config = m_home.filePath(QStringLiteral("session.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[genesys]\nlogin_url = " + base + "\napi_url = " + base +
                   "\n[pagerduty]\nevents_url = http://127.0.0.1:9/v2/enqueue\n"
                   "[storage]\ndatabase = " +
                   m_home.filePath(QStringLiteral("session.sqlite")).toUtf8() + "\n");
        file.close();

        GuiSession session(config, false, {}, service);
        QSignalSpy applied(&session, &GuiSession::settingsApplied);
        session.start();
        // No credentials anywhere yet: the welcome page.
        QVERIFY(QTest::qWaitFor([&] { return session.window() != nullptr; }, 10000));
        QVERIFY(session.window()->isShowingWelcome());
        QVERIFY(!session.window()->isMonitoringActive());
        QCOMPARE(genesys.requestCount("/oauth/token"), 0);

        emit session.window()->settingsRequested();
        SettingsDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                dialog = session.window()->findChild<SettingsDialog *>();
                return dialog != nullptr;
            },
            10000));
        // SQLite: no database password to ask for.
        QVERIFY(!dialog->databasePasswordEdit());
        dialog->clientIdEdit()->setText(QStringLiteral("new-client-1234"));
        dialog->clientSecretEdit()->setText(QStringLiteral("new-secret-5678"));
        dialog->accept();

        QVERIFY(applied.wait(20000));
        QCOMPARE(applied.size(), 1);
        // Both secrets were in the keychain when the session started again...
        SecretStore store(clock, service);
        const auto id = readSecret(store, kClientIdKey, this);
        const auto secret = readSecret(store, kClientSecretKey, this);
        QVERIFY(id && id->ok() && secret && secret->ok());
        QCOMPARE(id->value(), QStringLiteral("new-client-1234"));
        QCOMPARE(secret->value(), QStringLiteral("new-secret-5678"));
        // ...so the new session signs in with them and monitors.
        QVERIFY(QTest::qWaitFor([&] { return session.window()->isMonitoringActive(); }, 20000));
        QVERIFY(!session.window()->isShowingWelcome());
        QVERIFY(QTest::qWaitFor([&] { return genesys.requestCount("/oauth/token") >= 1; }, 20000));

        for (const QString &key : {kClientIdKey, kClientSecretKey}) {
            std::optional<Status> removed;
            store.remove(key, this, [&](const Status &s) { removed = s; });
            (void)QTest::qWaitFor([&] { return removed.has_value(); }, 20000);
        }
    }

    // A shared database whose login was refused for want of a password: the password typed
    // into Settings goes to the keychain (never the INI file), and the session started again
    // logs in with it and monitors.
    void databasePasswordIsStoredAndTheSessionLogsInWithIt()
    {
        if (qEnvironmentVariable("EARSHOT_NO_KEYCHAIN_TESTS") == QLatin1StringView("1"))
            QSKIP("EARSHOT_NO_KEYCHAIN_TESTS=1: no Secret Service on this machine");
        test::PostgresServer server;
        const QString started = server.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const StorageTarget database = server.target(server.createDatabase());
        QVERIFY(!database.password.isEmpty());
        qunsetenv("EARSHOT_DB_PASSWORD");
        // The Genesys credentials from the environment keep this test to the one keychain
        // entry it is about.
        qputenv("GENESYS_CLIENT_ID", "db-client-1234");
        qputenv("GENESYS_CLIENT_SECRET", "db-secret-5678");
        const auto unsetCredentials = qScopeGuard([] {
            qunsetenv("GENESYS_CLIENT_ID");
            qunsetenv("GENESYS_CLIENT_SECRET");
        });
        const QString service =
            QStringLiteral("EarshotTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        SystemClock clock;
        FakeGenesysCloud genesys(clock);
        genesys.setCredentials(QStringLiteral("db-client-1234"), QStringLiteral("db-secret-5678"));
        QVERIFY(genesys.listen());
        const QByteArray base = genesys.baseUrl().toString().toUtf8();
        const QString config = m_home.filePath(QStringLiteral("shared.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[genesys]\nlogin_url = " + base + "\napi_url = " + base +
                   "\n[pagerduty]\nevents_url = http://127.0.0.1:9/v2/enqueue\n"
                   "[storage]\nbackend = postgresql\nhost = " +
                   database.host.toUtf8() + "\nport = " + QByteArray::number(database.port) +
                   "\ndbname = " + database.dbname.toUtf8() + "\nuser = " + database.user.toUtf8() +
                   "\nsslmode = " + database.sslmode.toUtf8() + "\n");
        file.close();

        GuiSession session(config, false, {}, service);
        QSignalSpy applied(&session, &GuiSession::settingsApplied);
        MessageBox::setNextAnswer(QMessageBox::Ok); // the refused login's warning
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.window() != nullptr; }, 20000));
        QVERIFY(session.window()->isShowingWelcome());
        QVERIFY(!session.window()->isMonitoringActive());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("refused")),
                 qPrintable(MessageBox::lastText()));

        emit session.window()->settingsRequested();
        SettingsDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                dialog = session.window()->findChild<SettingsDialog *>();
                return dialog != nullptr;
            },
            20000));
        QLineEdit *password = dialog->databasePasswordEdit();
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(password->isEnabled());
        QVERIFY(password->toolTip().contains(database.describe()));
        QVERIFY2(dialog->databasePasswordInUseText().startsWith(
                     QStringLiteral("In use: none (not set)")),
                 qPrintable(dialog->databasePasswordInUseText()));
        password->setText(database.password);
        // Should the new login be refused too, its warning is answered (and this test fails
        // below) instead of waiting for a click no one gives.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const auto clearAnswer =
            qScopeGuard([] { MessageBox::setNextAnswer(QMessageBox::NoButton); });
        dialog->accept();

        QVERIFY(applied.wait(20000));
        SecretStore store(clock, service);
        const auto removeStored = qScopeGuard([&] {
            std::optional<Status> removed;
            store.remove(kDatabasePasswordKey, this, [&](const Status &s) { removed = s; });
            (void)QTest::qWaitFor([&] { return removed.has_value(); }, 20000);
        });
        const auto stored = readSecret(store, kDatabasePasswordKey, this);
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value(), database.password);
        // The config file written on the way keeps the shared database, without its password.
        QFile written(config);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray ini = written.readAll();
        QVERIFY2(ini.contains("backend=postgresql"), ini.constData());
        QVERIFY(!ini.contains(database.password.toUtf8()));
        QVERIFY(loadConfigFile(config).ok()); // a password key would be an error
        // The session started again logs in with the new password and monitors.
        QVERIFY2(QTest::qWaitFor([&] { return session.window()->isMonitoringActive(); }, 30000),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(!session.window()->isShowingWelcome());
        QVERIFY(!MessageBox::lastText().contains(database.password));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestGuiSession)
#include "TestGuiSession.moc"
