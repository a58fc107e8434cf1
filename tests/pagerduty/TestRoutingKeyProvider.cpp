#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/ManualClock.h"
#include "tests/support/WaitOnClock.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace earshot;

namespace {

const QString kKeychainKey = QStringLiteral("abcdefabcdefabcdefabcdefabcdef12");
const QString kRotatedKey = QStringLiteral("ABCDEF0123456789abcdef0123456789");
const QString kEnvKey = QStringLiteral("00000000000000000000000000000000");

} // namespace

// Talks to a real Secret Service (run inside dbus-run-session with an unlocked
// gnome-keyring, as .ci/run does). Without one these tests fail, unless
// EARSHOT_NO_KEYCHAIN_TESTS=1 says the machine has none.
class TestRoutingKeyProvider : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    // A service of its own, so the test never touches a real "Earshot" entry.
    QString m_service =
        QStringLiteral("EarshotTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    // The keychain answers over D-Bus; a keyring that is not ready retries on the clock.
    template<typename T> T wait(std::optional<T> &slot)
    {
        return test::waitOnClock(m_clock, slot);
    }

    Result<QString> refresh(RoutingKeyProvider &keys)
    {
        std::optional<Result<QString>> r;
        keys.refresh(this, [&](const Result<QString> &x) { r = x; });
        return wait(r);
    }

    Status setKey(RoutingKeyProvider &keys, const QString &key)
    {
        std::optional<Status> s;
        keys.setKey(key, this, [&](const Status &x) { s = x; });
        return wait(s);
    }

    Status removeStored(SecretStore &store)
    {
        std::optional<Status> s;
        store.remove(RoutingKeyProvider::kKeychainKey, this, [&](const Status &x) { s = x; });
        return wait(s);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_NO_KEYCHAIN_TESTS") == QLatin1StringView("1"))
            QSKIP("EARSHOT_NO_KEYCHAIN_TESTS=1: no Secret Service on this machine");
    }

    void init()
    {
        qunsetenv(RoutingKeyProvider::kEnvironmentVariable);
    }

    void cleanupTestCase()
    {
        qunsetenv(RoutingKeyProvider::kEnvironmentVariable);
        SecretStore store(m_clock, m_service);
        (void)removeStored(store);
    }

    void formatCheck_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lower hex") << kKeychainKey << true;
        QTest::newRow("mixed case") << kRotatedKey << true;
        QTest::newRow("letters beyond hex")
            << QStringLiteral("R0ut1ngKeyR0ut1ngKeyR0ut1ngKey12") << true;
        QTest::newRow("31") << kKeychainKey.left(31) << false;
        QTest::newRow("33") << kKeychainKey + u'a' << false;
        QTest::newRow("dash") << QStringLiteral("abcdefabcdefabcdefabcdefabcde-12") << false;
        QTest::newRow("space") << QStringLiteral("abcdefabcdefabcd efabcdefabcdef12") << false;
        QTest::newRow("non-ascii digit")
            << QStringLiteral("abcdefabcdefabcdefabcdefabcdef1") + QChar(0x0663) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void formatCheck()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QCOMPARE(RoutingKeyProvider::looksValid(key), valid);
    }

    void missingEverywhere()
    {
        SecretStore store(m_clock, m_service);
        RoutingKeyProvider keys(&store);
        const Result<QString> r = refresh(keys);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("PAGERDUTY_INTEGRATION_KEY")),
                 qPrintable(r.error().message));
        QCOMPARE(keys.source(), RoutingKeyProvider::Source::Missing);
        QVERIFY(keys.current().isEmpty());
        QVERIFY(!keys.readOnly());
    }

    void keychainKeyIsStoredReadAndRotated()
    {
        SecretStore store(m_clock, m_service);
        RoutingKeyProvider keys(&store);
        QSignalSpy changed(&keys, &RoutingKeyProvider::keyChanged);
        const Status stored = setKey(keys, kKeychainKey);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(changed.size(), 1); // delivery resumes on this signal
        QCOMPARE(keys.current(), kKeychainKey);
        QCOMPARE(keys.source(), RoutingKeyProvider::Source::Keychain);

        // What a new process (or the next delivery batch) reads.
        RoutingKeyProvider fresh(&store);
        const Result<QString> read = refresh(fresh);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value(), kKeychainKey);
        QCOMPARE(fresh.source(), RoutingKeyProvider::Source::Keychain);
        QSignalSpy freshChanged(&fresh, &RoutingKeyProvider::keyChanged);
        QCOMPARE(refresh(fresh).value(), kKeychainKey);
        QCOMPARE(freshChanged.size(), 0); // the same key is no change

        // Rotated in the settings of another window: the next read sees it.
        QVERIFY(setKey(keys, QStringLiteral("  ") + kRotatedKey + QStringLiteral("\n")).ok());
        QCOMPARE(refresh(fresh).value(), kRotatedKey); // pasted whitespace is not part of it
        QCOMPARE(freshChanged.size(), 1);
    }

    void malformedKeyIsRefusedAndNeverRepeated()
    {
        SecretStore store(m_clock, m_service);
        RoutingKeyProvider keys(&store);
        QVERIFY(setKey(keys, kKeychainKey).ok());
        const QString pasted = QStringLiteral("my-genesys-client-secret-by-mistake");
        const Status refused = setKey(keys, pasted);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("32 letters and digits")));
        QVERIFY(!refused.error().message.contains(pasted));
        QCOMPARE(refresh(keys).value(), kKeychainKey); // the stored key is untouched
    }

    void environmentWinsAndIsReadOnly()
    {
        SecretStore store(m_clock, m_service);
        RoutingKeyProvider keys(&store);
        QVERIFY(setKey(keys, kKeychainKey).ok());
        qputenv(RoutingKeyProvider::kEnvironmentVariable, kEnvKey.toLatin1());
        QCOMPARE(refresh(keys).value(), kEnvKey);
        QCOMPARE(keys.source(), RoutingKeyProvider::Source::Environment);
        QVERIFY(keys.readOnly());
        const Status refused = setKey(keys, kRotatedKey);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("PAGERDUTY_INTEGRATION_KEY")));
        QVERIFY(!refused.error().message.contains(kEnvKey));
        // The keychain still has its own key, used again once the variable is gone.
        qunsetenv(RoutingKeyProvider::kEnvironmentVariable);
        QCOMPARE(refresh(keys).value(), kKeychainKey);
        QCOMPARE(keys.source(), RoutingKeyProvider::Source::Keychain);
    }

    void removedFromTheKeychainIsMissing()
    {
        SecretStore store(m_clock, m_service);
        RoutingKeyProvider keys(&store);
        QVERIFY(setKey(keys, kKeychainKey).ok());
        QVERIFY(removeStored(store).ok());
        QSignalSpy changed(&keys, &RoutingKeyProvider::keyChanged);
        QVERIFY(!refresh(keys).ok());
        QCOMPARE(keys.source(), RoutingKeyProvider::Source::Missing);
        QCOMPARE(changed.size(), 1);
    }

    void withoutAKeychainOnlyTheEnvironment()
    {
        RoutingKeyProvider keys(nullptr);
        QVERIFY(!refresh(keys).ok());
        QVERIFY(!setKey(keys, kKeychainKey).ok());
        qputenv(RoutingKeyProvider::kEnvironmentVariable, QByteArray(" ") + kEnvKey.toLatin1());
        QCOMPARE(refresh(keys).value(), kEnvKey);
        QCOMPARE(keys.source(), RoutingKeyProvider::Source::Environment);
    }

    void fixedKeyForTheDemo()
    {
        qputenv(RoutingKeyProvider::kEnvironmentVariable, kEnvKey.toLatin1());
        RoutingKeyProvider keys(nullptr, kRotatedKey);
        QCOMPARE(refresh(keys).value(), kRotatedKey); // the simulator's key, whatever is set
        QVERIFY(keys.readOnly());
    }
};

QTEST_GUILESS_MAIN(TestRoutingKeyProvider)
#include "TestRoutingKeyProvider.moc"
