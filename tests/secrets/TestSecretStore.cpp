#include "core/common/ManualClock.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/secrets/SecretStore.h"

#include <QObject>
#include <QTest>
#include <QUuid>

using namespace earshot;

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    // A service name of its own, so the test never touches a real "Earshot" entry.
    QString m_service =
        QStringLiteral("EarshotTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    template<typename T> T wait(std::optional<T> &slot)
    {
        // The keychain answers over D-Bus; a not-ready keyring retries on the clock.
        for (int i = 0; i < 200 && !slot; ++i) {
            QTest::qWait(25);
            if (m_clock.pendingCount() > 0)
                m_clock.advanceTo(m_clock.nextDueMs());
        }
        if (!slot)
            qFatal("the keychain did not answer");
        return *slot;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_NO_KEYCHAIN_TESTS") == QLatin1StringView("1"))
            QSKIP("EARSHOT_NO_KEYCHAIN_TESTS=1: no Secret Service on this machine");
        qunsetenv("PAGERDUTY_INTEGRATION_KEY");
    }

    void writeReadDeleteThroughTheRealKeychain()
    {
        SecretStore store(m_clock, m_service);
        std::optional<Status> written;
        store.write(QStringLiteral("genesys/client_secret"), QStringLiteral("s3cret-value"), this,
                    [&](const Status &s) { written = s; });
        const Status w = wait(written);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));

        std::optional<Result<QString>> read;
        store.read(QStringLiteral("genesys/client_secret"), this,
                   [&](const Result<QString> &r) { read = r; });
        const Result<QString> r = wait(read);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), QStringLiteral("s3cret-value"));

        std::optional<Status> removed;
        store.remove(QStringLiteral("genesys/client_secret"), this,
                     [&](const Status &s) { removed = s; });
        QVERIFY(wait(removed).ok());
        std::optional<Result<QString>> gone;
        store.read(QStringLiteral("genesys/client_secret"), this,
                   [&](const Result<QString> &x) { gone = x; });
        const Result<QString> g = wait(gone);
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, QStringLiteral("secrets.notfound"));
        QVERIFY(!g.error().message.contains(QStringLiteral("s3cret-value")));
    }

    void routingKeyFromKeychainAndEnvironment()
    {
        SecretStore store(m_clock, m_service);
        RoutingKeyProvider keys(&store);
        std::optional<Result<QString>> missing;
        keys.refresh(this, [&](const Result<QString> &r) { missing = r; });
        QVERIFY(!wait(missing).ok());
        QCOMPARE(keys.source(), RoutingKeyProvider::Source::Missing);

        const QString key = QStringLiteral("abcdefabcdefabcdefabcdefabcdef12");
        std::optional<Status> set;
        keys.setKey(key, this, [&](const Status &s) { set = s; });
        QVERIFY(wait(set).ok());
        std::optional<Result<QString>> fromKeychain;
        keys.refresh(this, [&](const Result<QString> &r) { fromKeychain = r; });
        QCOMPARE(wait(fromKeychain).value(), key);
        QCOMPARE(keys.source(), RoutingKeyProvider::Source::Keychain);
        QVERIFY(RoutingKeyProvider::looksValid(key));
        QVERIFY(!RoutingKeyProvider::looksValid(QStringLiteral("short")));

        // The environment wins and is read-only.
        qputenv("PAGERDUTY_INTEGRATION_KEY", "00000000000000000000000000000000");
        std::optional<Result<QString>> fromEnv;
        keys.refresh(this, [&](const Result<QString> &r) { fromEnv = r; });
        QCOMPARE(wait(fromEnv).value(), QStringLiteral("00000000000000000000000000000000"));
        QCOMPARE(keys.source(), RoutingKeyProvider::Source::Environment);
        QVERIFY(keys.readOnly());
        std::optional<Status> refused;
        keys.setKey(key, this, [&](const Status &s) { refused = s; });
        QVERIFY(!wait(refused).ok());
        qunsetenv("PAGERDUTY_INTEGRATION_KEY");
        std::optional<Status> cleanup;
        store.remove(RoutingKeyProvider::kKeychainKey, this, [&](const Status &s) { cleanup = s; });
        QVERIFY(wait(cleanup).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
