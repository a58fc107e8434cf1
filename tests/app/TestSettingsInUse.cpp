// Issue 9 item 8: Settings always shows what is in use (masked) and where it comes from —
// through the real GuiSession, its real window and the real dialog (offscreen). Secrets come
// from environment variables here, so the user's keychain is never written.
#include "app/GuiSession.h"
#include "app/demo/DemoEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

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
