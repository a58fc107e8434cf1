#include "core/common/Backoff.h"

#include <QObject>
#include <QTest>

using namespace earshot;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void doublesUpToTheCapWithJitter()
    {
        Backoff backoff(BackoffPolicy{1000, 60'000, 2.0, 0.2, -1, 180'000}, 42);
        const qint64 bases[] = {1000, 2000, 4000, 8000, 16'000, 32'000, 60'000, 60'000};
        for (int retry = 1; retry <= 8; ++retry) {
            const qint64 base = bases[retry - 1];
            const qint64 d = backoff.delayForRetry(retry);
            QVERIFY2(d <= base && d >= base * 8 / 10,
                     qPrintable(QStringLiteral("retry %1: %2").arg(retry).arg(d)));
        }
    }

    void withoutJitterIsExact()
    {
        Backoff backoff(BackoffPolicy{1000, 60'000, 2.0, 0.0, 3, 180'000}, 1);
        QCOMPARE(backoff.nextDelay(1, std::nullopt), std::optional<qint64>(1000));
        QCOMPARE(backoff.nextDelay(3, std::nullopt), std::optional<qint64>(4000));
        QCOMPARE(backoff.nextDelay(4, std::nullopt), std::nullopt); // exhausted
    }

    void retryAfterWins()
    {
        Backoff backoff(BackoffPolicy{1000, 60'000, 2.0, 0.2, 5, 180'000}, 7);
        QCOMPARE(backoff.nextDelay(1, 7000), std::optional<qint64>(7000));
        QCOMPARE(backoff.nextDelay(1, 181'000), std::nullopt); // too long to wait in place
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<qint64>("expected"); // -1: not parsed
        QTest::newRow("seconds") << QByteArray("30") << qint64(0) << qint64(30'000);
        QTest::newRow("padded") << QByteArray(" 5 ") << qint64(0) << qint64(5000);
        QTest::newRow("negative") << QByteArray("-3") << qint64(0) << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(0) << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(0) << qint64(-1);
        // Sun, 06 Nov 1994 08:49:37 GMT = 784111777
        QTest::newRow("http-date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                   << qint64(784111777000 - 12'000) << qint64(12'000);
        QTest::newRow("http-date-past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                        << qint64(784111777000 + 5000) << qint64(0);
    }

    void parsesRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, nowMs);
        QFETCH(qint64, expected);
        const auto parsed = Backoff::parseRetryAfter(value, nowMs);
        if (expected < 0)
            QVERIFY(!parsed.has_value());
        else
            QCOMPARE(parsed, std::optional<qint64>(expected));
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
