#include "core/common/ManualClock.h"
#include "core/pagerduty/OutboxDelivery.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/simulator/FakePagerDuty.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef0123456789ABCDEF");
const QString kNewKey = QStringLiteral("fedcba9876543210fedcba9876543210");

QByteArray trigger(const QString &dedupKey, const QString &severity = QStringLiteral("warning"))
{
    return "{\"event_action\":\"trigger\",\"dedup_key\":\"" + dedupKey.toLatin1() +
           "\",\"payload\":{\"summary\":\"Voice quality degraded\",\"source\":\"test\","
           "\"severity\":\"" +
           severity.toLatin1() + "\"}}";
}

QByteArray plain(const char *action, const QString &dedupKey)
{
    return QByteArray("{\"event_action\":\"") + action + "\",\"dedup_key\":\"" +
           dedupKey.toLatin1() + "\"}";
}

// Everything delivery needs, on a real database file and a real fake PagerDuty.
struct Rig
{
    explicit Rig(const QString &path)
    {
        database = std::move(Database::open(path)).value();
        outbox = std::make_unique<EventOutbox>(*database);
        audit = std::make_unique<AuditLog>(*database);
    }

    void connectTo(FakePagerDuty &pd, int timeoutMs = 2000)
    {
        PagerDutySettings settings;
        settings.eventsUrl = pd.eventsUrl();
        settings.requestTimeoutMs = timeoutMs;
        client = std::make_unique<PagerDutyClient>(network, clock, settings);
        keys = std::make_unique<RoutingKeyProvider>(nullptr);
        delivery =
            std::make_unique<OutboxDelivery>(*outbox, audit.get(), *client, *keys, clock,
                                             BackoffPolicy{1000, 60'000, 2.0, 0.0, -1, 3'600'000});
    }

    // Runs the event loop and the clock until the outbox is empty (or time runs out).
    bool drain(int maxWakeups = 50)
    {
        for (int i = 0; i < maxWakeups; ++i) {
            (void)QTest::qWaitFor(
                [&] { return delivery->state() != OutboxDelivery::State::Delivering; }, 5000);
            QTest::qWait(5);
            if (outbox->pendingCount().value() == 0)
                return true;
            if (clock.pendingCount() > 0)
                clock.advanceTo(clock.nextDueMs());
        }
        return outbox->pendingCount().value() == 0;
    }

    ManualClock clock;
    QNetworkAccessManager network;
    std::unique_ptr<Database> database;
    std::unique_ptr<EventOutbox> outbox;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<PagerDutyClient> client;
    std::unique_ptr<RoutingKeyProvider> keys;
    std::unique_ptr<OutboxDelivery> delivery;
};

QStringList actionsFor(const FakePagerDuty &pd, const QString &dedupKey)
{
    QStringList out;
    for (const QJsonObject &e : pd.acceptedEvents()) {
        if (e.value(QStringLiteral("dedup_key")).toString() == dedupKey)
            out.append(e.value(QStringLiteral("event_action")).toString() +
                       e.value(QStringLiteral("payload"))
                           .toObject()
                           .value(QStringLiteral("severity"))
                           .toString());
    }
    return out;
}

} // namespace

class TestOutboxDelivery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        qputenv("PAGERDUTY_INTEGRATION_KEY", kKey.toLatin1());
    }

    void everythingArrivesInOrderAfterAnOutage()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(m_dir.filePath(QStringLiteral("outage.sqlite")));
        rig.connectTo(pd, 300);
        const qint64 t = rig.clock.nowMs();
        QVERIFY(rig.outbox
                    ->enqueue(QStringLiteral("A"), QStringLiteral("trigger"),
                              trigger(QStringLiteral("A")), t)
                    .ok());
        QVERIFY(rig.outbox
                    ->enqueue(QStringLiteral("B"), QStringLiteral("trigger"),
                              trigger(QStringLiteral("B")), t)
                    .ok());
        QVERIFY(rig.outbox
                    ->enqueue(QStringLiteral("A"), QStringLiteral("trigger"),
                              trigger(QStringLiteral("A"), QStringLiteral("critical")), t)
                    .ok());
        QVERIFY(rig.outbox
                    ->enqueue(QStringLiteral("B"), QStringLiteral("acknowledge"),
                              plain("acknowledge", QStringLiteral("B")), t)
                    .ok());
        QVERIFY(rig.outbox
                    ->enqueue(QStringLiteral("A"), QStringLiteral("resolve"),
                              plain("resolve", QStringLiteral("A")), t)
                    .ok());
        QVERIFY(rig.outbox
                    ->enqueue(QStringLiteral("B"), QStringLiteral("resolve"),
                              plain("resolve", QStringLiteral("B")), t)
                    .ok());
        // PagerDuty misbehaves in every way for a while.
        pd.pushFault({500, {}, 0, false});
        pd.pushFault({429, "7", 0, false});
        pd.pushFault({502, {}, 0, false});
        pd.pushFault({202, {}, 2000, false}); // slower than the 300 ms timeout
        pd.pushFault({0, {}, 0, true});       // connection dropped
        pd.pushFault({503, {}, 0, false});
        rig.delivery->start();
        QVERIFY(rig.drain());
        QCOMPARE(actionsFor(pd, QStringLiteral("A")),
                 (QStringList{QStringLiteral("triggerwarning"), QStringLiteral("triggercritical"),
                              QStringLiteral("resolve")}));
        QCOMPARE(actionsFor(pd, QStringLiteral("B")),
                 (QStringList{QStringLiteral("triggerwarning"), QStringLiteral("acknowledge"),
                              QStringLiteral("resolve")}));
        QCOMPARE(pd.incident(QStringLiteral("A"))->status, QStringLiteral("resolved"));
        QCOMPARE(pd.incident(QStringLiteral("B"))->status, QStringLiteral("resolved"));
        // Every attempt is in the audit log.
        const auto audit = rig.audit->forSubject(QStringLiteral("A"));
        QVERIFY(audit.value().size() >= 4);
        // The 429's Retry-After was honoured (7 s, not the 1-2 s backoff).
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Idle);
    }

    void outageThenRecovery()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(m_dir.filePath(QStringLiteral("down.sqlite")));
        rig.connectTo(pd);
        for (int i = 0; i < 5; ++i)
            QVERIFY(rig.outbox
                        ->enqueue(QStringLiteral("K%1").arg(i % 2), QStringLiteral("trigger"),
                                  trigger(QStringLiteral("K%1").arg(i % 2)), rig.clock.nowMs())
                        .ok());
        pd.setOutageStatus(503);
        rig.delivery->start();
        for (int i = 0; i < 6; ++i) {
            (void)QTest::qWaitFor([&] { return rig.clock.pendingCount() > 0; }, 5000);
            rig.clock.advanceTo(rig.clock.nextDueMs());
        }
        QVERIFY(QTest::qWaitFor(
            [&] { return rig.delivery->state() == OutboxDelivery::State::Retrying; }, 5000));
        QCOMPARE(pd.acceptedEvents().size(), 0);
        QCOMPARE(rig.outbox->pendingCount().value(), 5); // nothing dropped
        QVERIFY(rig.delivery->stateText().contains(QStringLiteral("503")));
        pd.setOutageStatus(0);
        QVERIFY(rig.drain());
        QCOMPARE(pd.acceptedEvents().size(), 5);
    }

    void badEventFailsAloneAndTheKeyMovesOn()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(m_dir.filePath(QStringLiteral("bad.sqlite")));
        rig.connectTo(pd);
        const qint64 bad =
            rig.outbox
                ->enqueue(QStringLiteral("A"), QStringLiteral("trigger"),
                          "{\"event_action\":\"trigger\",\"dedup_key\":\"A\"}", rig.clock.nowMs())
                .value();
        QVERIFY(rig.outbox
                    ->enqueue(QStringLiteral("A"), QStringLiteral("resolve"),
                              plain("resolve", QStringLiteral("A")), rig.clock.nowMs())
                    .ok());
        QString failure;
        connect(rig.delivery.get(), &OutboxDelivery::eventFailed, this,
                [&](qint64, const QString &, const QString &e) { failure = e; });
        rig.delivery->start();
        QVERIFY(rig.drain());
        QCOMPARE(rig.outbox->event(bad).value()->state, OutboxEvent::State::Failed);
        QVERIFY(rig.outbox->event(bad).value()->lastError.contains(QStringLiteral("summary")));
        QVERIFY(failure.contains(QStringLiteral("HTTP 400")));
        QCOMPARE(actionsFor(pd, QStringLiteral("A")), QStringList{QStringLiteral("resolve")});
    }

    void rejectedKeyPausesUntilRotated()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kNewKey); // the configured kKey is not (or no longer) valid
        Rig rig(m_dir.filePath(QStringLiteral("key.sqlite")));
        rig.connectTo(pd);
        for (const QString &k : {QStringLiteral("A"), QStringLiteral("B")})
            QVERIFY(rig.outbox->enqueue(k, QStringLiteral("trigger"), trigger(k), rig.clock.nowMs())
                        .ok());
        rig.delivery->start();
        QVERIFY(QTest::qWaitFor(
            [&] { return rig.delivery->state() == OutboxDelivery::State::Paused; }, 5000));
        QVERIFY(rig.delivery->stateText().contains(QStringLiteral("verify the integration key")));
        QVERIFY(!rig.delivery->stateText().contains(kKey));
        rig.clock.advance(OutboxDelivery::kKeyRecheckMs);
        QTest::qWait(50);
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Paused); // same key: still paused
        QCOMPARE(rig.outbox->pendingCount().value(), 2);                // nothing dropped
        qputenv("PAGERDUTY_INTEGRATION_KEY", kNewKey.toLatin1());       // the key is rotated
        rig.clock.advance(OutboxDelivery::kKeyRecheckMs);
        QVERIFY(rig.drain());
        QCOMPARE(pd.acceptedEvents().size(), 2);
        for (const QJsonObject &e : pd.acceptedEvents())
            QCOMPARE(e.value(QStringLiteral("routing_key")).toString(), kNewKey);
    }

    void restartResumesPending()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.sqlite"));
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        {
            Rig first(path);
            first.connectTo(pd);
            QVERIFY(first.outbox
                        ->enqueue(QStringLiteral("A"), QStringLiteral("trigger"),
                                  trigger(QStringLiteral("A")), 0)
                        .ok());
            QVERIFY(first.outbox
                        ->enqueue(QStringLiteral("A"), QStringLiteral("resolve"),
                                  plain("resolve", QStringLiteral("A")), 0)
                        .ok());
            // Never started: the process "died" with both events stored.
        }
        Rig second(path);
        second.connectTo(pd);
        second.delivery->start();
        QVERIFY(second.drain());
        QCOMPARE(actionsFor(pd, QStringLiteral("A")),
                 (QStringList{QStringLiteral("triggerwarning"), QStringLiteral("resolve")}));
    }

    void onceModeTriesEachEventOnce()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(m_dir.filePath(QStringLiteral("once.sqlite")));
        rig.connectTo(pd);
        QVERIFY(rig.outbox
                    ->enqueue(QStringLiteral("A"), QStringLiteral("trigger"),
                              trigger(QStringLiteral("A")), 0)
                    .ok());
        QVERIFY(rig.outbox
                    ->enqueue(QStringLiteral("B"), QStringLiteral("trigger"),
                              trigger(QStringLiteral("B")), 0)
                    .ok());
        pd.pushFault({503, {}, 0, false});
        std::optional<Status> result;
        rig.delivery->deliverAll([&](const Status &s) { result = s; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QVERIFY(!result->ok());
        QVERIFY(result->error().message.contains(QStringLiteral("1 event(s) still wait")));
        QCOMPARE(pd.acceptedEvents().size(), 1);
        result.reset();
        rig.delivery->deliverAll([&](const Status &s) { result = s; }); // the next scheduled run
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QVERIFY(result->ok());
        QCOMPARE(pd.acceptedEvents().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "TestOutboxDelivery.moc"
