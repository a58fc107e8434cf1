#include "core/storage/Database.h"
#include "core/storage/HistoryStore.h"
#include "tests/support/StorageUnderTest.h"

#include <QObject>
#include <QTest>

using namespace earshot;

namespace {

QualitySample sample(const QString &queue, qint64 start, std::optional<double> mos, int calls = 10)
{
    QualitySample s;
    s.queueId = queue;
    s.queueName = queue.toUpper();
    s.windowStart = start;
    s.windowEnd = start + 300;
    s.calls = calls;
    s.mosMean = mos;
    return s;
}

} // namespace

class TestHistoryStore : public QObject
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

    void storesReplacesAndKeepsNulls()
    {
        auto db = m_storage.openFresh();
        QVERIFY(db.ok());
        HistoryStore h(*db.value());
        QualitySample rich = sample(QStringLiteral("a"), 1000, 4.1);
        rich.packetLossPercent = 0.5;
        rich.worstCalls = {WorstCall{QStringLiteral("c1"), 2.1, 4.0}};
        rich.partial = true; // kept and shown as partial after a restart
        QVERIFY(h.store({rich, sample(QStringLiteral("a"), 1300, std::nullopt)}).ok());
        QVERIFY(h.store({sample(QStringLiteral("a"), 1300, 3.3, 12)}).ok()); // same window again
        const auto rows = h.range(QStringLiteral("a"), 0, 5000);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value()[0], rich);
        QVERIFY(!rows.value()[0].jitterMs.has_value()); // NULL stays absent, never 0
        QVERIFY(rows.value()[0].partial);
        QVERIFY(!rows.value()[1].partial);
        QCOMPARE(rows.value()[1].calls, 12);
        QCOMPARE(*rows.value()[1].mosMean, 3.3);
    }

    void aQueueWithoutANameIsStored()
    {
        auto db = m_storage.openFresh();
        QVERIFY(db.ok());
        HistoryStore h(*db.value());
        QualitySample s = sample(QStringLiteral("x"), 1000, 4.0);
        s.queueName = QString();
        QVERIFY(h.store({s}).ok());
        QCOMPARE(h.queues().value().size(), 1);
    }

    void latestPerQueueAndPrune()
    {
        auto db = m_storage.openFresh();
        QVERIFY(db.ok());
        HistoryStore h(*db.value());
        for (int i = 0; i < 5; ++i)
            QVERIFY(h.store({sample(QStringLiteral("a"), 1000 + i * 300, 4.0 + i * 0.1),
                             sample(QStringLiteral("b"), 1000 + i * 300, 3.0)})
                        .ok());
        QVERIFY(h.store({sample(QStringLiteral("c"), 400, 2.0)}).ok());
        const auto latest = h.latestPerQueue();
        QVERIFY(latest.ok());
        QCOMPARE(latest.value().size(), 3);
        QCOMPARE(latest.value()[0].queueId, QStringLiteral("a"));
        QCOMPARE(latest.value()[0].windowStart, 2200);
        QCOMPARE(h.queues().value().size(), 3);
        const auto pruned = h.prune(2500, 1000); // windows ending before 1500 go
        QVERIFY(pruned.ok());
        QCOMPARE(pruned.value(), 3); // a@1000, b@1000, c@400
        QCOMPARE(h.range(QStringLiteral("a"), 0, 99999).value().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "TestHistoryStore.moc"
