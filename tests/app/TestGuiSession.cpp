// GuiSession: the desktop session's plumbing, through its real window and dialogs offscreen,
// the real keychain (a Secret Service, under a service name of the test's own) and the fake
// Genesys Cloud on loopback.
#include "app/GuiSession.h"
#include "app/demo/FakeGenesysCloud.h"
#include "core/common/Clock.h"
#include "core/pipeline/PipelineConfig.h"
#include "core/secrets/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
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

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestGuiSession)
#include "TestGuiSession.moc"
