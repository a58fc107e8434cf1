#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"
#include "tests/support/StorageUnderTest.h"

#include <QObject>
#include <QTest>

using namespace earshot;

class TestEventOutbox : public QObject
{
    Q_OBJECT

private:
    test::StorageUnderTest m_storage;

private slots:
    void initTestCase()
    {
        const QString problem = m_storage.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void headOfLinePerKeyOthersNotBlocked()
    {
        const StorageTarget path = m_storage.fresh();
        qint64 a1 = 0, a2 = 0, b1 = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            EventOutbox outbox(*db.value());
            a1 = outbox.enqueue(QStringLiteral("A"), QStringLiteral("trigger"), "{1}", 100).value();
            b1 = outbox.enqueue(QStringLiteral("B"), QStringLiteral("trigger"), "{2}", 100).value();
            a2 = outbox.enqueue(QStringLiteral("A"), QStringLiteral("resolve"), "{3}", 100).value();
            auto due = outbox.due(100);
            QVERIFY(due.ok());
            QCOMPARE(due.value().size(), 2);
            QCOMPARE(due.value()[0].id, a1);
            QCOMPARE(due.value()[1].id, b1);
            // A's head fails for now: A waits, B does not, and A's resolve never overtakes.
            QVERIFY(outbox.scheduleRetry(a1, 5000, QStringLiteral("HTTP 503")).ok());
            due = outbox.due(200);
            QCOMPARE(due.value().size(), 1);
            QCOMPARE(due.value()[0].id, b1);
            QVERIFY(outbox.markDelivered(b1, 210).ok());
            QCOMPARE(outbox.pendingCount().value(), 2);
            QCOMPARE(outbox.nextAttemptAtMs().value(), std::optional<qint64>(5000));
        }
        // Across a restart: the same order.
        auto db = Database::open(path);
        EventOutbox outbox(*db.value());
        auto due = outbox.due(5000);
        QCOMPARE(due.value().size(), 1);
        QCOMPARE(due.value()[0].id, a1);
        QCOMPARE(due.value()[0].attempts, 1);
        QCOMPARE(due.value()[0].lastError, QStringLiteral("HTTP 503"));
        QVERIFY(outbox.markFailed(a1, QStringLiteral("invalid event"), 5001).ok());
        due = outbox.due(5001);
        QCOMPARE(due.value().size(), 1);
        QCOMPARE(due.value()[0].id, a2); // a failed event stops blocking its key
        const auto events = outbox.eventsForKey(QStringLiteral("A"));
        QCOMPARE(events.value().size(), 2);
        QCOMPARE(events.value()[0].state, OutboxEvent::State::Failed);
        QCOMPARE(outbox.event(b1).value()->state, OutboxEvent::State::Delivered);
        QCOMPARE(outbox.event(b1).value()->deliveredAtMs, 210);
        QVERIFY(!outbox.event(9999).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestEventOutbox)
#include "TestEventOutbox.moc"
