#include "core/common/ScaledClock.h"
#include "tests/support/ManualClock.h"

#include <QObject>
#include <QTest>

using namespace earshot;

class TestManualClock : public QObject
{
    Q_OBJECT

private slots:
    void firesInTimeOrderWithItsOwnTime()
    {
        ManualClock clock(1000);
        QList<qint64> seen;
        QObject context;
        clock.callAt(5000, &context, [&] { seen.append(clock.nowMs()); });
        clock.callAt(2000, &context, [&] { seen.append(clock.nowMs()); });
        clock.advance(500);
        QVERIFY(seen.isEmpty());
        QCOMPARE(clock.nextDueMs(), 2000);
        clock.advance(10'000);
        QCOMPARE(seen, (QList<qint64>{2000, 5000}));
        QCOMPARE(clock.nowMs(), 11'500);
        QCOMPARE(clock.pendingCount(), 0);
    }

    void callbacksMayScheduleMore()
    {
        ManualClock clock(0);
        QObject context;
        int count = 0;
        std::function<void()> tick = [&] {
            ++count;
            if (count < 5)
                clock.callAfter(100, &context, tick);
        };
        clock.callAfter(100, &context, tick);
        clock.advance(1000);
        QCOMPARE(count, 5);
    }

    void destroyedContextDropsTheCall()
    {
        ManualClock clock(0);
        bool fired = false;
        {
            QObject context;
            clock.callAfter(10, &context, [&] { fired = true; });
        }
        clock.advance(100);
        QVERIFY(!fired);
    }

    void scaledClockRunsFaster()
    {
        ScaledClock clock(0, 1000.0);
        QObject context;
        bool fired = false;
        // 60 simulated seconds are 60 real milliseconds.
        clock.callAfter(60'000, &context, [&] { fired = true; });
        QTRY_VERIFY_WITH_TIMEOUT(fired, 5000);
        QVERIFY(clock.nowMs() >= 60'000);
    }
};

QTEST_GUILESS_MAIN(TestManualClock)
#include "TestManualClock.moc"
