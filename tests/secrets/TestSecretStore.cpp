#include "core/secrets/SecretStore.h"
#include "tests/support/ManualClock.h"
#include "tests/support/WaitOnClock.h"

#include <QObject>
#include <QTest>
#include <QUuid>

using namespace earshot;

// Talks to a real Secret Service (run inside dbus-run-session with an unlocked
// gnome-keyring, as .ci/run does). Without one these tests fail, unless
// EARSHOT_NO_KEYCHAIN_TESTS=1 says the machine has none.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    // Services of their own, so the test never touches a real "Earshot" entry.
    QString m_service = uniqueService();
    QString m_otherService = uniqueService();

    static QString uniqueService()
    {
        return QStringLiteral("EarshotTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    // The keychain answers over D-Bus; a keyring that is not ready retries on the clock.
    template<typename T> T wait(std::optional<T> &slot)
    {
        return test::waitOnClock(m_clock, slot);
    }

    Status write(SecretStore &store, const QString &key, const QString &value)
    {
        std::optional<Status> s;
        store.write(key, value, this, [&](const Status &x) { s = x; });
        return wait(s);
    }

    Result<QString> read(SecretStore &store, const QString &key)
    {
        std::optional<Result<QString>> r;
        store.read(key, this, [&](const Result<QString> &x) { r = x; });
        return wait(r);
    }

    Status remove(SecretStore &store, const QString &key)
    {
        std::optional<Status> s;
        store.remove(key, this, [&](const Status &x) { s = x; });
        return wait(s);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_NO_KEYCHAIN_TESTS") == QLatin1StringView("1"))
            QSKIP("EARSHOT_NO_KEYCHAIN_TESTS=1: no Secret Service on this machine");
    }

    void cleanupTestCase()
    {
        SecretStore store(m_clock, m_service);
        SecretStore other(m_clock, m_otherService);
        for (const QString &key : {QStringLiteral("genesys/client_secret"),
                                   QStringLiteral("unicode"), QStringLiteral("shared")}) {
            (void)remove(store, key);
            (void)remove(other, key);
        }
    }

    void writeReadDeleteThroughTheRealKeychain()
    {
        SecretStore store(m_clock, m_service);
        const Status w =
            write(store, QStringLiteral("genesys/client_secret"), QStringLiteral("s3cret-value"));
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        const Result<QString> r = read(store, QStringLiteral("genesys/client_secret"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), QStringLiteral("s3cret-value"));

        QVERIFY(
            write(store, QStringLiteral("genesys/client_secret"), QStringLiteral("rotated")).ok());
        QCOMPARE(read(store, QStringLiteral("genesys/client_secret")).value(),
                 QStringLiteral("rotated"));

        QVERIFY(remove(store, QStringLiteral("genesys/client_secret")).ok());
        const Result<QString> gone = read(store, QStringLiteral("genesys/client_secret"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, ErrorKind::SecretsNotFound);
        QVERIFY(!gone.error().message.contains(QStringLiteral("rotated")));
        QVERIFY(!gone.error().message.contains(QStringLiteral("s3cret-value")));
    }

    void neverStoredIsNotFound()
    {
        SecretStore store(m_clock, m_service);
        const Result<QString> r = read(store, QStringLiteral("never/stored"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::SecretsNotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("never/stored")));
        // Removing what is not there leaves the keychain as asked.
        QVERIFY(remove(store, QStringLiteral("never/stored")).ok());
    }

    void valuesComeBackExactly()
    {
        SecretStore store(m_clock, m_service);
        const QString value = QStringLiteral("  pässwörd ✓ \"quoted\" ") + QString(4000, u'z');
        QVERIFY(write(store, QStringLiteral("unicode"), value).ok());
        QCOMPARE(read(store, QStringLiteral("unicode")).value(), value);
    }

    void servicesAreSeparate()
    {
        SecretStore store(m_clock, m_service);
        SecretStore other(m_clock, m_otherService);
        QVERIFY(write(store, QStringLiteral("shared"), QStringLiteral("mine")).ok());
        QVERIFY(write(other, QStringLiteral("shared"), QStringLiteral("theirs")).ok());
        QCOMPARE(read(store, QStringLiteral("shared")).value(), QStringLiteral("mine"));
        QCOMPARE(read(other, QStringLiteral("shared")).value(), QStringLiteral("theirs"));
        QVERIFY(remove(other, QStringLiteral("shared")).ok());
        QCOMPARE(read(store, QStringLiteral("shared")).value(), QStringLiteral("mine"));
    }

    void answerIsDroppedWhenTheAskerIsGone()
    {
        SecretStore store(m_clock, m_service);
        QVERIFY(write(store, QStringLiteral("shared"), QStringLiteral("mine")).ok());
        bool called = false;
        {
            QObject asker;
            store.read(QStringLiteral("shared"), &asker,
                       [&](const Result<QString> &) { called = true; });
        }
        // A second request on the same connection answers after the first one did.
        QCOMPARE(read(store, QStringLiteral("shared")).value(), QStringLiteral("mine"));
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
