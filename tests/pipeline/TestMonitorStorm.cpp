// Storm grouping through the whole pipeline: the real Monitor, SQLite and outbox, the fake
// Genesys Cloud and the fake PagerDuty over loopback sockets.
#include "tests/support/MonitorWorld.h"
#include "tests/support/PipelineRig.h"

#include "core/alerting/StormGrouper.h"
#include "core/pipeline/Monitor.h"

#include <QJsonArray>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

QString stormQueueId(int i)
{
    return QStringLiteral("q-%1").arg(i, 2, 10, QChar(u'0'));
}

// 13 queues, by window index from the script's first window: 0-2 healthy; at 3 queues
// 1-12 degrade (odd ones by MOS, even ones by loss), at 4 queue 13 joins them (critical),
// from 6 on all are healthy again. `degraded` narrows the storm to the first N queues.
struct StormScript
{
    qint64 firstWindow = 0;
    int degraded = 12;

    [[nodiscard]] QList<FakeGenesysCloud::SummaryRow> rows(qint64 windowStart) const
    {
        const qint64 i = (windowStart - firstWindow) / 300;
        QList<FakeGenesysCloud::SummaryRow> rows;
        for (int q = 1; q <= 13; ++q) {
            FakeGenesysCloud::SummaryRow row;
            row.queueId = stormQueueId(q);
            row.queueName = QStringLiteral("Queue %1").arg(q);
            row.mosScore = 4.2;
            row.packetLossPercent = 0.2;
            row.jitterMs = 10;
            row.conversationCount = 30;
            const bool storm = i >= 3 && i <= 5 && q <= degraded;
            const bool late = i >= 4 && i <= 5 && q == 13 && degraded == 12;
            if (storm && q % 2 == 1)
                row.mosScore = 3.3;
            if (storm && q % 2 == 0)
                row.packetLossPercent = 1.5;
            if (late)
                row.mosScore = 2.6;
            rows.append(row);
        }
        return rows;
    }
};

struct StormWorld
{
    StormWorld(int degraded = 12)
    {
        storm.firstWindow = w.script.firstWindow;
        storm.degraded = degraded;
        QList<QueueInfo> queues;
        for (int q = 1; q <= 13; ++q)
            queues.append(QueueInfo{stormQueueId(q), QStringLiteral("Queue %1").arg(q)});
        w.genesys.setQueues(queues);
        w.genesys.setSummaryProvider([this](qint64 start, qint64) { return storm.rows(start); });
    }

    [[nodiscard]] MonitorSetup setup(const QString &path)
    {
        MonitorSetup s = w.setup(path);
        s.storm = StormPolicy{10, 0};
        return s;
    }

    World w;
    StormScript storm;
};

QList<QJsonObject> eventsFor(const FakePagerDuty &pd, const QString &key)
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : pd.acceptedEvents()) {
        if (e.value(QStringLiteral("dedup_key")).toString() == key)
            out.append(e);
    }
    return out;
}

QJsonObject detailsOf(const QJsonObject &event)
{
    return event.value(QStringLiteral("payload"))
        .toObject()
        .value(QStringLiteral("custom_details"))
        .toObject();
}

} // namespace

class TestMonitorStorm : public QObject
{
    Q_OBJECT

private slots:
    void twelveQueuesPageOnceAThirteenthJoinsOneResolve()
    {
        QTemporaryDir dir;
        StormWorld s;
        auto created = Monitor::create(s.setup(dir.filePath(QStringLiteral("s.sqlite"))));
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        Monitor &monitor = *created.value();
        monitor.start();
        s.w.run(monitor, 10);

        const QString key = makeStormKey(s.w.script.firstWindow + 3 * 300, StormPolicy{10, 0});
        // PagerDuty heard of the group only: no member's own key, one incident.
        QCOMPARE(dedupKeys(s.w.pagerDuty), QStringList{key});
        QCOMPARE(actionsFor(s.w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("trigger:critical"),
                              QStringLiteral("resolve")}));
        QCOMPARE(s.w.pagerDuty.incidents().size(), 1);
        QCOMPARE(s.w.pagerDuty.incidents()[0].status, QStringLiteral("resolved"));

        const QList<QJsonObject> events = eventsFor(s.w.pagerDuty, key);
        const QJsonObject opened = events[0].value(QStringLiteral("payload")).toObject();
        QCOMPARE(opened.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("12 queues degraded: MOS, packet loss; likely shared cause"));
        const QJsonArray members = detailsOf(events[0]).value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 12);
        const QJsonObject first = members[0].toObject();
        QCOMPARE(first.value(QStringLiteral("queue_name")).toString(), QStringLiteral("Queue 1"));
        QCOMPARE(first.value(QStringLiteral("metric")).toString(), QStringLiteral("mos"));
        QCOMPARE(first.value(QStringLiteral("value")).toDouble(), 3.3);
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(members[1].toObject().value(QStringLiteral("metric")).toString(),
                 QStringLiteral("packet_loss"));
        // The 13th: an update of the same incident, now critical, with 13 members.
        const QJsonObject update = detailsOf(events[1]);
        QCOMPARE(update.value(QStringLiteral("members")).toArray().size(), 13);
        QCOMPARE(update.value(QStringLiteral("joined_now")).toArray(),
                 QJsonArray{QStringLiteral("Queue 13")});

        // Every queue's episode is still tracked, shown and audited.
        const QList<IncidentRow> rows = monitor.incidents().value();
        QCOMPARE(rows.size(), 14);
        int groups = 0;
        for (const IncidentRow &r : rows) {
            QCOMPARE(r.state, IncidentRow::State::Resolved);
            if (r.isGroup) {
                ++groups;
                QCOMPARE(r.dedupKey, key);
                QCOMPARE(r.groupMembers, 13);
            } else {
                QCOMPARE(r.groupKey, key);
                const QList<IncidentEvent> timeline = monitor.incidentTimeline(r.dedupKey).value();
                QVERIFY(!timeline.isEmpty());
                QCOMPARE(timeline[0].kind, IncidentEvent::Kind::Triggered);
                QCOMPARE(timeline[0].groupKey, key);
                QVERIFY(!timeline[0].paged);
            }
        }
        QCOMPARE(groups, 1);
        const QList<IncidentEvent> groupTimeline = monitor.incidentTimeline(key).value();
        QVERIFY(
            std::any_of(groupTimeline.cbegin(), groupTimeline.cend(), [](const IncidentEvent &e) {
                return e.kind == IncidentEvent::Kind::Joined &&
                       e.detail == QStringLiteral("Queue 13");
            }));
    }

    void belowTheThresholdPagesPerQueue()
    {
        QTemporaryDir dir;
        StormWorld s(3);
        auto created = Monitor::create(s.setup(dir.filePath(QStringLiteral("b.sqlite"))));
        QVERIFY(created.ok());
        created.value()->start();
        s.w.run(*created.value(), 10);
        const QStringList keys = dedupKeys(s.w.pagerDuty);
        QCOMPARE(keys.size(), 3);
        for (int q = 1; q <= 3; ++q) {
            const QString key = makeDedupKey(stormQueueId(q), s.w.script.firstWindow + 3 * 300);
            QVERIFY(keys.contains(key));
            QCOMPARE(actionsFor(s.w.pagerDuty, key),
                     (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("resolve")}));
        }
        for (const IncidentRow &r : created.value()->incidents().value())
            QVERIFY(!r.isGroup && r.groupKey.isEmpty());
    }

    void restartMidStormNeitherRepagesNorLosesTheResolve()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        StormWorld s;
        {
            auto first = Monitor::create(s.setup(path));
            QVERIFY(first.ok());
            first.value()->start();
            s.w.run(*first.value(), 5); // windows 0-4: the storm is open with 13 members
            QVERIFY(!first.value()->incidents().value().isEmpty());
        }
        auto second = Monitor::create(s.setup(path));
        QVERIFY(second.ok());
        second.value()->start();
        s.w.run(*second.value(), 5);
        const QString key = makeStormKey(s.w.script.firstWindow + 3 * 300, StormPolicy{10, 0});
        QCOMPARE(dedupKeys(s.w.pagerDuty), QStringList{key});
        QCOMPARE(actionsFor(s.w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("trigger:critical"),
                              QStringLiteral("resolve")}));
    }

    void operatorAcknowledgesAndResolvesTheGroup()
    {
        QTemporaryDir dir;
        StormWorld s;
        auto created = Monitor::create(s.setup(dir.filePath(QStringLiteral("o.sqlite"))));
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        monitor.start();
        s.w.run(monitor, 4);
        const QString key = makeStormKey(s.w.script.firstWindow + 3 * 300, StormPolicy{10, 0});
        // A member's acknowledge is recorded only: PagerDuty knows the group.
        const QString member = makeDedupKey(stormQueueId(1), s.w.script.firstWindow + 3 * 300);
        QVERIFY(monitor.acknowledge(member, QStringLiteral("ana"), {}).ok());
        QVERIFY(monitor.acknowledge(key, QStringLiteral("ana"), QStringLiteral("carrier")).ok());
        QVERIFY(!monitor.acknowledge(key, QStringLiteral("bo"), {}).ok());
        QVERIFY(QTest::qWaitFor(
            [&] { return s.w.pagerDuty.incident(key)->status == QStringLiteral("acknowledged"); },
            5000));
        QVERIFY(monitor.resolve(key, QStringLiteral("ana"), QStringLiteral("fixed")).ok());
        QVERIFY(QTest::qWaitFor(
            [&] { return s.w.pagerDuty.incident(key)->status == QStringLiteral("resolved"); },
            5000));
        QCOMPARE(dedupKeys(s.w.pagerDuty), QStringList{key});
        for (const IncidentRow &r : monitor.incidents().value())
            QCOMPARE(r.state, IncidentRow::State::Resolved);
    }
};

QTEST_GUILESS_MAIN(TestMonitorStorm)
#include "TestMonitorStorm.moc"
