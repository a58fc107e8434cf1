// ChangeFeed between consoles of one shared database, on a PostgreSQL server the test starts
// itself: a window committed by one console reaches the others as a notification once it is
// visible, a rolled-back one never does, and the slow re-read comes on the clock (also on
// SQLite, where nobody notifies).
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/WindowCommit.h"
#include "tests/support/ManualClock.h"
#include "tests/support/PostgresServer.h"

#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;

namespace {

WindowRecord windowOf(qint64 start, int queues)
{
    WindowRecord r;
    r.windowStart = start;
    r.windowEnd = start + 300;
    r.cursorWindowEnd = start + 300;
    r.nowMs = (start + 360) * 1000;
    for (int i = 0; i < queues; ++i) {
        QualitySample s;
        s.queueId = QStringLiteral("q-%1").arg(i);
        s.queueName = QStringLiteral("Queue %1").arg(i);
        s.windowStart = start;
        s.windowEnd = start + 300;
        s.calls = 10;
        s.mosMean = 4.1;
        r.samples.append(s);
    }
    return r;
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private:
    test::PostgresServer m_server;

private slots:
    void initTestCase()
    {
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aCommittedWindowReachesTheOtherConsoles()
    {
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("f")));
        auto leader = Database::open(target);
        auto viewer = Database::open(target);
        QVERIFY(leader.ok() && viewer.ok());
        ManualClock clock;
        ChangeFeed feed(*viewer.value(), clock);
        QVERIFY(feed.listening());
        QSignalSpy changed(&feed, &ChangeFeed::changed);

        // Rolled back: nothing is said, since nothing changed.
        const Status failed = leader.value()->transaction([&]() -> Status {
            if (Status s = commitWindow(*leader.value(), windowOf(1000, 3)); !s.ok())
                return s;
            return Error{ErrorKind::Storage, QStringLiteral("the rest failed")};
        });
        QVERIFY(!failed.ok());
        QVERIFY(commitWindow(*leader.value(), windowOf(1300, 3)).ok());
        QVERIFY(changed.wait(10'000));
        // The first word is the committed window's: the rolled-back one sent none.
        QCOMPARE(changed.first().first().toString(), QStringLiteral("window 1300"));
        // What it says is visible to the viewer when it comes.
        const auto latest = HistoryStore(*viewer.value()).latestPerQueue();
        QVERIFY(latest.ok());
        QCOMPARE(latest.value().size(), 3);
        QCOMPARE(latest.value().first().windowStart, 1300);
    }

    // A viewer's connection made anew (Database::reopen() after a lost session) has no
    // LISTEN; the slow re-read subscribes again, and notifications flow once more.
    void aNewSessionListensAgain()
    {
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("r")));
        auto leader = Database::open(target);
        auto viewer = Database::open(target);
        QVERIFY(leader.ok() && viewer.ok());
        ManualClock clock;
        ChangeFeed feed(*viewer.value(), clock);
        QVERIFY(feed.listening());
        QVERIFY(viewer.value()->reopen().ok());
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        clock.advance(ChangeFeed::kFallbackMs);
        QCOMPARE(changed.count(), 1); // the re-read itself
        QVERIFY(feed.listening());
        QVERIFY(commitWindow(*leader.value(), windowOf(1600, 1)).ok());
        QVERIFY(changed.wait(10'000));
        QCOMPARE(changed.last().first().toString(), QStringLiteral("window 1600"));
        QCOMPARE(changed.count(), 2); // once, although subscribed twice on this driver
    }

    void theSlowReReadComesOnTheClock()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        ManualClock clock;
        ChangeFeed feed(*db.value(), clock);
        QVERIFY(!feed.listening()); // SQLite: nobody else writes
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        clock.advance(ChangeFeed::kFallbackMs - 1);
        QCOMPARE(changed.count(), 0);
        clock.advance(1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("re-read"));
        clock.advance(ChangeFeed::kFallbackMs);
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "TestChangeFeed.moc"
