#include "core/secrets/SecretStore.h"
#include "tests/support/ManualClock.h"

#include <QObject>
#include <QTest>

using namespace earshot;

// SecretStore when no keyring answers (CMake points the session bus at nothing): one
// delayed retry on the clock, then a clear error, and never a plaintext fallback.
class TestSecretStoreNotReady : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                     .contains(QStringLiteral("nonexistent")),
                 "run through ctest: the test needs a session bus address that leads nowhere");
    }

    void readRetriesOnceThenSaysWhy()
    {
        SecretStore store(m_clock, QStringLiteral("EarshotTestNotReady"));
        std::optional<Result<QString>> answer;
        const qint64 t0 = m_clock.nowMs();
        store.read(QStringLiteral("pagerduty/integration_key"), this,
                   [&](const Result<QString> &r) { answer = r; });
        // The first failure is kept back: one retry waits on the clock.
        QVERIFY(QTest::qWaitFor([&] { return m_clock.pendingCount() > 0 || answer; }, 10'000));
        QVERIFY(!answer);
        QCOMPARE(m_clock.pendingCount(), 1);
        QCOMPARE(m_clock.nextDueMs(), t0 + SecretStore::kRetryDelayMs);
        m_clock.advance(SecretStore::kRetryDelayMs - 1);
        QVERIFY(!answer);
        m_clock.advance(1);
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 10'000));
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::SecretsUnavailable);
        QVERIFY2(answer->error().message.contains(QStringLiteral("keychain")),
                 qPrintable(answer->error().message));
        QCOMPARE(m_clock.pendingCount(), 0); // only one retry
    }

    void writeFailsInsteadOfFallingBackToPlaintext()
    {
        SecretStore store(m_clock, QStringLiteral("EarshotTestNotReady"));
        std::optional<Status> answer;
        store.write(QStringLiteral("genesys/client_secret"), QStringLiteral("s3cret-value"), this,
                    [&](const Status &s) { answer = s; });
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!answer && m_clock.pendingCount() > 0)
                    m_clock.advanceTo(m_clock.nextDueMs());
                return answer.has_value();
            },
            10'000));
        QVERIFY(!answer->ok()); // an insecure fallback would have "succeeded" into a file
        QCOMPARE(answer->error().kind, ErrorKind::SecretsUnavailable);
        QVERIFY(!answer->error().message.contains(QStringLiteral("s3cret-value")));
        std::optional<Result<QString>> read;
        store.read(QStringLiteral("genesys/client_secret"), this,
                   [&](const Result<QString> &r) { read = r; });
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!read && m_clock.pendingCount() > 0)
                    m_clock.advanceTo(m_clock.nextDueMs());
                return read.has_value();
            },
            10'000));
        QVERIFY(!read->ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNotReady)
#include "TestSecretStoreNotReady.moc"
