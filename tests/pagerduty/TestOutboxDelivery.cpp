#include "app/demo/FakePagerDuty.h"
#include "core/alerting/Decision.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pagerduty/OutboxDelivery.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"
#include "tests/support/ManualClock.h"
#include "tests/support/PagerDutyFaults.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef0123456789ABCDEF");
const QString kNewKey = QStringLiteral("fedcba9876543210fedcba9876543210");
// No jitter, so the schedule can be checked to the millisecond.
const BackoffPolicy kPolicy{1000, 60'000, 2.0, 0.0, -1, 3'600'000};

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
    explicit Rig(const QString &path, qint64 startMs = 1'763'892'000'000)
        : clock(startMs)
    {
        auto opened = Database::open(path);
        if (!opened.ok())
            qFatal("cannot open the database: %s", qPrintable(opened.error().message));
        database = std::move(opened).value();
        outbox = std::make_unique<EventOutbox>(*database);
        audit = std::make_unique<AuditLog>(*database);
    }

    // A request still in flight must not outlive the network manager, even when a failed
    // check ended the test early.
    ~Rig()
    {
        if (delivery)
            (void)QTest::qWaitFor(
                [&] { return delivery->state() != OutboxDelivery::State::Delivering; }, 10'000);
    }

    void connectTo(FakePagerDuty &pd, int timeoutMs = 2000)
    {
        PagerDutySettings settings;
        settings.eventsUrl = pd.eventsUrl();
        settings.requestTimeoutMs = timeoutMs;
        client = std::make_unique<PagerDutyClient>(network, clock, settings);
        keys = std::make_unique<RoutingKeyProvider>(nullptr); // the environment's key
        delivery =
            std::make_unique<OutboxDelivery>(*outbox, audit.get(), *client, *keys, clock, kPolicy);
    }

    qint64 enqueue(const QString &dedupKey, const char *action, const QByteArray &body)
    {
        const auto id = outbox->enqueue(dedupKey, QString::fromLatin1(action), body, clock.nowMs());
        if (!id.ok())
            qFatal("enqueue failed: %s", qPrintable(id.error().message));
        return id.value();
    }

    [[nodiscard]] int pending() const
    {
        return outbox->pendingCount().value();
    }

    // Waits (without moving the clock) until delivery has nothing left to do now.
    bool settle()
    {
        return QTest::qWaitFor(
            [&] {
                return pending() == 0 || (delivery->state() != OutboxDelivery::State::Delivering &&
                                          clock.pendingCount() > 0);
            },
            10'000);
    }

    // Runs the event loop and moves the clock from wake-up to wake-up until the outbox is
    // empty.
    bool drain(int maxWakeups = 60)
    {
        for (int i = 0; i < maxWakeups; ++i) {
            if (!settle())
                return false;
            if (pending() == 0)
                return true;
            clock.advanceTo(clock.nextDueMs());
        }
        return pending() == 0;
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

// "trigger:warning", "acknowledge", ... for one dedup key, in the order PagerDuty got them.
QStringList actionsFor(const FakePagerDuty &pd, const QString &dedupKey)
{
    QStringList out;
    for (const QJsonObject &e : pd.acceptedEvents()) {
        if (e.value(QStringLiteral("dedup_key")).toString() != dedupKey)
            continue;
        const QString severity = e.value(QStringLiteral("payload"))
                                     .toObject()
                                     .value(QStringLiteral("severity"))
                                     .toString();
        out.append(e.value(QStringLiteral("event_action")).toString() +
                   (severity.isEmpty() ? QString() : u':' + severity));
    }
    return out;
}

// A proxy in front of PagerDuty with a smaller body limit: larger requests get 413.
void limitBodies(FakePagerDuty &pd, qsizetype bytes)
{
    pd.setAnswerHook([bytes](const HttpRequest &request) -> std::optional<HttpResponse> {
        if (request.body.size() <= bytes)
            return std::nullopt;
        return HttpResponse::json(413, "{\"status\":\"error\",\"message\":\"Request too large\"}");
    });
}

} // namespace

class TestOutboxDelivery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dbPath(const char *name) const
    {
        return m_dir.filePath(QLatin1StringView(name) + QStringLiteral(".sqlite"));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        qputenv("PAGERDUTY_INTEGRATION_KEY", kKey.toLatin1());
    }

    void deliversInIdOrderAndSignalsEachEvent()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("order"));
        rig.connectTo(pd);
        const qint64 a = rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        const qint64 b = rig.enqueue(QStringLiteral("B"), "trigger", trigger(QStringLiteral("B")));
        const qint64 r =
            rig.enqueue(QStringLiteral("A"), "resolve", plain("resolve", QStringLiteral("A")));
        QList<QPair<qint64, QString>> delivered;
        connect(rig.delivery.get(), &OutboxDelivery::eventDelivered, this,
                [&](qint64 id, const QString &dedupKey, const QString &action, qint64 atMs) {
                    QCOMPARE(atMs, rig.clock.nowMs());
                    delivered.append({id, dedupKey + u'/' + action});
                });
        rig.delivery->start();
        QVERIFY(rig.drain());
        QCOMPARE(delivered, (QList<QPair<qint64, QString>>{{a, QStringLiteral("A/trigger")},
                                                           {b, QStringLiteral("B/trigger")},
                                                           {r, QStringLiteral("A/resolve")}}));
        for (const QJsonObject &e : pd.acceptedEvents())
            QCOMPARE(e.value(QStringLiteral("routing_key")).toString(), kKey);
        QCOMPARE(rig.outbox->event(a).value()->state, OutboxEvent::State::Delivered);
        QCOMPARE(rig.outbox->event(a).value()->deliveredAtMs, rig.clock.nowMs());
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Idle);
        QCOMPARE(rig.delivery->backlog(), 0);
        // The key is added at send time only: the database never has it.
        QVERIFY(!rig.outbox->event(a).value()->body.contains(kKey.toLatin1()));
    }

    void everythingArrivesInOrderPerKeyAfterEveryKindOfFailure()
    {
        FakePagerDuty pd;
        PagerDutyFaults faults(pd);
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("outage"));
        rig.connectTo(pd, 300);
        rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        rig.enqueue(QStringLiteral("B"), "trigger", trigger(QStringLiteral("B")));
        rig.enqueue(QStringLiteral("A"), "trigger",
                    trigger(QStringLiteral("A"), QStringLiteral("critical")));
        rig.enqueue(QStringLiteral("B"), "acknowledge", plain("acknowledge", QStringLiteral("B")));
        rig.enqueue(QStringLiteral("A"), "resolve", plain("resolve", QStringLiteral("A")));
        rig.enqueue(QStringLiteral("B"), "resolve", plain("resolve", QStringLiteral("B")));
        // PagerDuty misbehaves in every way for a while.
        faults.push(PagerDutyFault::status(500));
        faults.push(PagerDutyFault::status(429, QByteArray("7")));
        faults.push(PagerDutyFault::status(502));
        faults.push(PagerDutyFault::delayed(2000)); // slower than the 300 ms timeout
        faults.push(
            PagerDutyFault::droppedConnection()); // connection dropped (twice: Qt resends once)
        faults.push(PagerDutyFault::droppedConnection());
        faults.push(PagerDutyFault::status(503));
        faults.push(PagerDutyFault::status(429));
        rig.delivery->start();
        QVERIFY(rig.settle());
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Retrying);
        // Then it refuses connections for a while.
        QVERIFY(pd.setRefusing(true));
        for (int i = 0; i < 3; ++i) {
            rig.clock.advanceTo(rig.clock.nextDueMs());
            QVERIFY(rig.settle());
        }
        QCOMPARE(rig.pending(), 6); // nothing dropped
        QVERIFY(pd.setRefusing(false));
        QVERIFY(rig.drain());
        QCOMPARE(actionsFor(pd, QStringLiteral("A")),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("trigger:critical"),
                              QStringLiteral("resolve")}));
        QCOMPARE(actionsFor(pd, QStringLiteral("B")),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("acknowledge"),
                              QStringLiteral("resolve")}));
        QCOMPARE(pd.incident(QStringLiteral("A"))->status, QStringLiteral("resolved"));
        QCOMPARE(pd.incident(QStringLiteral("A"))->triggers, 2);
        QCOMPARE(pd.incident(QStringLiteral("B"))->status, QStringLiteral("resolved"));
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Idle);
    }

    void backoffIsExponentialAndCapped()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("backoff"));
        rig.connectTo(pd);
        const qint64 id = rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        pd.setOutageStatus(503);
        rig.delivery->start();
        QList<qint64> waits;
        for (int i = 0; i < 8; ++i) {
            QVERIFY(rig.settle());
            const OutboxEvent e = *rig.outbox->event(id).value();
            QCOMPARE(e.attempts, i + 1);
            waits.append(e.nextAttemptAtMs - rig.clock.nowMs());
            QCOMPARE(rig.delivery->retryAtMs(), e.nextAttemptAtMs);
            rig.clock.advanceTo(e.nextAttemptAtMs);
        }
        // Capped at 30 s whatever the policy says (60 s here): a page is urgent.
        QCOMPARE(waits, (QList<qint64>{1000, 2000, 4000, 8000, 16'000, 30'000, 30'000, 30'000}));
        QVERIFY(rig.settle());
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Retrying);
        QVERIFY2(rig.delivery->lastError().contains(QStringLiteral("HTTP 503")),
                 qPrintable(rig.delivery->lastError()));
        pd.setOutageStatus(0);
        QVERIFY(rig.drain());
        QCOMPARE(pd.acceptedEvents().size(), 1);
    }

    void everyWaitingEventGoesOutWithin30sOfRecovery()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        pd.setClock(nullptr);
        Rig rig(dbPath("recovery"));
        rig.connectTo(pd);
        // The production policy: backoff doubling up to 5 minutes.
        rig.delivery = std::make_unique<OutboxDelivery>(
            *rig.outbox, rig.audit.get(), *rig.client, *rig.keys, rig.clock,
            BackoffPolicy{1'000, 300'000, 2.0, 0.2, -1, 3'600'000});
        pd.setOutageStatus(503);
        rig.delivery->start();
        // A 5-minute outage during which a new page arrives every 30 s.
        const qint64 outageEnd = rig.clock.nowMs() + 300'000;
        qint64 nextPageAt = rig.clock.nowMs();
        int n = 0;
        while (rig.clock.nowMs() < outageEnd) {
            if (rig.clock.nowMs() >= nextPageAt) {
                const QString key = QStringLiteral("K%1").arg(n++);
                rig.enqueue(key, "trigger", trigger(key));
                rig.delivery->kick();
                nextPageAt += 30'000;
            }
            QVERIFY(rig.settle());
            rig.clock.advanceTo(std::min({rig.clock.nextDueMs(), outageEnd, nextPageAt}));
        }
        QVERIFY(n >= 8);
        QCOMPARE(rig.pending(), n);
        pd.setOutageStatus(0);
        QVERIFY(rig.drain());
        QCOMPARE(pd.acceptedEvents().size(), n);
        // The last one left within 30 s of the recovery, not at the end of a 5-minute backoff.
        QVERIFY2(rig.clock.nowMs() - outageEnd <= 30'000,
                 qPrintable(QString::number(rig.clock.nowMs() - outageEnd)));
    }

    void longQueueIdStillPagesWithAShortDeterministicKey()
    {
        const QString longId = QString(300, u'q');
        const QString otherLongId = QString(299, u'q') + u'r';
        const QString key = makeDedupKey(longId, 1'763'892'000);
        QVERIFY(key.toUtf8().size() <= 255);
        QCOMPARE(makeDedupKey(longId, 1'763'892'000), key);       // deterministic
        QVERIFY(makeDedupKey(otherLongId, 1'763'892'000) != key); // distinct
        QVERIFY(key.endsWith(QStringLiteral("_1763892000")));
        // Multi-byte ids are cut on whole characters and still fit in 255 bytes.
        const QString wide =
            makeDedupKey(QString(200, QChar(0x00E9)) + QStringLiteral("\U0001F600"), 7);
        QVERIFY(wide.toUtf8().size() <= 255);
        QVERIFY(!wide.contains(QChar(QChar::ReplacementCharacter)));
        // A normal id is unchanged.
        QCOMPARE(makeDedupKey(QStringLiteral("abc"), 5),
                 QStringLiteral("voice_quality_alert_abc_5"));

        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("longid"));
        rig.connectTo(pd);
        Decision d;
        d.kind = DecisionKind::Trigger;
        d.pages = true;
        d.queueId = longId;
        d.dedupKey = key;
        d.severity = Severity::Critical;
        d.breaches = {Breach{Metric::Mos, Severity::Critical, 2.1, 3.0}};
        const auto built = buildEvent(d, PagerDutySettings{});
        QVERIFY(built);
        rig.enqueue(key, "trigger", built->body);
        rig.delivery->start();
        QVERIFY(rig.drain());
        QCOMPARE(pd.rejectedCount(), 0);
        QCOMPARE(pd.acceptedEvents().size(), 1);
        const QJsonObject sent = pd.acceptedEvents().constFirst();
        QCOMPARE(sent.value(QStringLiteral("dedup_key")).toString(), key);
        QCOMPARE(sent.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("custom_details"))
                     .toObject()
                     .value(QStringLiteral("genesys_queue_id"))
                     .toString(),
                 longId); // the full id travels with the page
    }

    void burstOf413IsRetriedAndNothingIsLost()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("burst413"));
        rig.connectTo(pd);
        for (int i = 0; i < 5; ++i) {
            const QString key = QStringLiteral("E%1").arg(i);
            rig.enqueue(key, "trigger", trigger(key));
            rig.enqueue(key, "resolve", plain("resolve", key));
        }
        PagerDutyFaults faults(pd);
        for (int i = 0; i < 10; ++i)
            faults.push(PagerDutyFault::status(413));
        rig.delivery->start();
        QVERIFY(rig.drain());
        for (int i = 0; i < 5; ++i) {
            const QString key = QStringLiteral("E%1").arg(i);
            QCOMPARE(actionsFor(pd, key),
                     (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("resolve")}));
        }
        QCOMPARE(rig.outbox->failedCount().value(), 0);
        QCOMPARE(rig.delivery->failedCount(), 0);
    }

    void oversizeEventIsShrunkUntilItFits()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("shrink"));
        rig.connectTo(pd);
        Decision d;
        d.kind = DecisionKind::Trigger;
        d.queueId = QStringLiteral("q1");
        d.dedupKey = makeDedupKey(d.queueId, 1'763'892'000);
        d.severity = Severity::Critical;
        d.breaches = {Breach{Metric::Mos, Severity::Critical, 2.1, 3.0}};
        QualitySample s;
        s.queueId = d.queueId;
        s.calls = 40;
        for (int i = 0; i < 5; ++i)
            s.worstCalls.append(WorstCall{QString(400, QChar(u'a' + i)), 1.5, 9.0});
        d.sample = s;
        const auto built = buildEvent(d, PagerDutySettings{});
        QVERIFY(built);
        QVERIFY(built->body.size() > 2000);
        limitBodies(pd, 1500); // a proxy that takes less than PagerDuty does
        const qint64 id = rig.enqueue(d.dedupKey, "trigger", built->body);
        rig.delivery->start();
        QVERIFY(rig.drain());
        QCOMPARE(pd.acceptedEvents().size(), 1);
        const QJsonObject details = pd.acceptedEvents()
                                        .constFirst()
                                        .value(QStringLiteral("payload"))
                                        .toObject()
                                        .value(QStringLiteral("custom_details"))
                                        .toObject();
        QCOMPARE(details.value(QStringLiteral("genesys_queue_id")).toString(), d.queueId);
        QVERIFY(details.value(QStringLiteral("worst_conversations")).toArray().isEmpty());
        QCOMPARE(rig.outbox->event(id).value()->state, OutboxEvent::State::Delivered);
    }

    void eventThatNeverFitsFailsRedAndCounted()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("never413"));
        rig.connectTo(pd);
        const qint64 id = rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        rig.enqueue(QStringLiteral("A"), "resolve", plain("resolve", QStringLiteral("A")));
        limitBodies(pd, 10); // nothing fits
        rig.delivery->start();
        for (int i = 0;
             i < 40 && rig.outbox->event(id).value()->state == OutboxEvent::State::Pending; ++i) {
            QVERIFY(rig.settle());
            rig.clock.advanceTo(rig.clock.nextDueMs());
        }
        const OutboxEvent failed = *rig.outbox->event(id).value();
        QCOMPARE(failed.state, OutboxEvent::State::Failed);
        QCOMPARE(failed.attempts, OutboxDelivery::kMaxTooLargeAttempts);
        QVERIFY2(failed.lastError.contains(QStringLiteral("413")), qPrintable(failed.lastError));
        QVERIFY(rig.settle());
        QCOMPARE(rig.outbox->failedCount().value(), 1);
        QVERIFY(rig.delivery->failedCount() >= 1);
    }

    void replayedTriggerAfterADeliveredResolveIsNeverSent()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("replay"));
        rig.connectTo(pd);
        rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        rig.enqueue(QStringLiteral("A"), "resolve", plain("resolve", QStringLiteral("A")));
        rig.delivery->start();
        QVERIFY(rig.drain());
        // The database lost its newest commits (WAL damage): the same window is evaluated
        // again and its trigger stored again.
        const qint64 again =
            rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        rig.enqueue(QStringLiteral("B"), "trigger", trigger(QStringLiteral("B")));
        rig.delivery->kick();
        QVERIFY(rig.drain());
        QCOMPARE(actionsFor(pd, QStringLiteral("A")),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("resolve")}));
        QCOMPARE(pd.incident(QStringLiteral("A"))->status, QStringLiteral("resolved"));
        QCOMPARE(rig.outbox->event(again).value()->state, OutboxEvent::State::Skipped);
        QCOMPARE(actionsFor(pd, QStringLiteral("B")),
                 QStringList{QStringLiteral("trigger:warning")});
        QCOMPARE(rig.outbox->failedCount().value(), 0); // skipped is not a failure
    }

    void retryAfterIsHonoured()
    {
        FakePagerDuty pd;
        PagerDutyFaults faults(pd);
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("retryafter"));
        rig.connectTo(pd);
        const qint64 id = rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        faults.push(PagerDutyFault::status(429, QByteArray("7")));
        const qint64 t0 = rig.clock.nowMs();
        rig.delivery->start();
        QVERIFY(rig.settle());
        QCOMPARE(rig.outbox->event(id).value()->nextAttemptAtMs, t0 + 7000); // not the 1 s backoff
        rig.clock.advanceTo(t0 + 6999);
        QVERIFY(rig.settle());
        QCOMPARE(pd.server().requests().size(), 1); // not before PagerDuty said
        rig.clock.advanceTo(t0 + 7000);
        QVERIFY(rig.drain());
        QCOMPARE(pd.server().requests().size(), 2);
    }

    void everyAttemptIsAudited()
    {
        FakePagerDuty pd;
        PagerDutyFaults faults(pd);
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("audit"));
        rig.connectTo(pd);
        rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        faults.push(PagerDutyFault::status(500));
        faults.push(PagerDutyFault::status(429));
        rig.delivery->start();
        QVERIFY(rig.drain());
        const auto audit = rig.audit->forSubject(QStringLiteral("A"));
        QVERIFY(audit.ok());
        QStringList outcomes;
        for (const AuditEntry &e : audit.value()) {
            QCOMPARE(e.kind, QStringLiteral("delivery.attempt"));
            QVERIFY(!e.outcome.contains(kKey));
            outcomes.append(e.outcome.section(u':', 0, 0));
        }
        QCOMPARE(outcomes, (QStringList{QStringLiteral("retry"), QStringLiteral("retry"),
                                        QStringLiteral("accepted")}));
    }

    void retryNowSkipsTheWait()
    {
        FakePagerDuty pd;
        PagerDutyFaults faults(pd);
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("retrynow"));
        rig.connectTo(pd);
        rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        rig.enqueue(QStringLiteral("A"), "resolve", plain("resolve", QStringLiteral("A")));
        faults.push(PagerDutyFault::status(503));
        rig.delivery->start();
        QVERIFY(rig.settle());
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Retrying);
        QVERIFY(rig.delivery->retryAtMs() > rig.clock.nowMs());
        rig.delivery->retryNow(); // the operator does not want to wait
        QVERIFY(QTest::qWaitFor([&] { return rig.pending() == 0; }, 10'000));
        QCOMPARE(actionsFor(pd, QStringLiteral("A")),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("resolve")}));
    }

    void badEventFailsAloneAndItsKeyMovesOn()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("bad"));
        rig.connectTo(pd);
        // A trigger without a payload: PagerDuty answers 400 and will never take it.
        const qint64 bad = rig.enqueue(QStringLiteral("A"), "trigger",
                                       "{\"event_action\":\"trigger\",\"dedup_key\":\"A\"}");
        rig.enqueue(QStringLiteral("A"), "resolve", plain("resolve", QStringLiteral("A")));
        QStringList failures;
        connect(rig.delivery.get(), &OutboxDelivery::eventFailed, this,
                [&](qint64 id, const QString &, const QString &e) {
                    QCOMPARE(id, bad);
                    failures.append(e);
                });
        rig.delivery->start();
        QVERIFY(rig.drain());
        const OutboxEvent failed = *rig.outbox->event(bad).value();
        QCOMPARE(failed.state, OutboxEvent::State::Failed);
        QVERIFY(failed.lastError.contains(QStringLiteral("summary")));
        QCOMPARE(failures.size(), 1); // tried once, never again
        QVERIFY(failures[0].contains(QStringLiteral("HTTP 400")));
        QCOMPARE(actionsFor(pd, QStringLiteral("A")), QStringList{QStringLiteral("resolve")});
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Idle);
    }

    void rejectedKeyPausesUntilRotated()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kNewKey); // the configured kKey is not (or no longer) valid
        Rig rig(dbPath("key"));
        rig.connectTo(pd);
        for (const QString &k : {QStringLiteral("A"), QStringLiteral("B")})
            rig.enqueue(k, "trigger", trigger(k));
        rig.delivery->start();
        QVERIFY(QTest::qWaitFor(
            [&] { return rig.delivery->state() == OutboxDelivery::State::Paused; }, 10'000));
        QVERIFY(rig.delivery->lastError().contains(QStringLiteral("verify the integration key")));
        QVERIFY(!rig.delivery->lastError().contains(kKey));
        QCOMPARE(pd.server().requests().size(), 1); // B was not sent to meet the same answer
        // Still the same key: it stays paused, however long.
        for (int i = 0; i < 3; ++i) {
            rig.clock.advance(OutboxDelivery::kKeyRecheckMs);
            QVERIFY(rig.settle());
            QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Paused);
        }
        QCOMPARE(pd.server().requests().size(), 1);
        QCOMPARE(rig.pending(), 2);                               // nothing dropped
        qputenv("PAGERDUTY_INTEGRATION_KEY", kNewKey.toLatin1()); // the key is rotated
        rig.clock.advance(OutboxDelivery::kKeyRecheckMs);
        QVERIFY(rig.drain());
        QCOMPARE(pd.acceptedEvents().size(), 2);
        for (const QJsonObject &e : pd.acceptedEvents())
            QCOMPARE(e.value(QStringLiteral("routing_key")).toString(), kNewKey);
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Idle);
    }

    void proxyRefusalPausesAndRetryNowResumes()
    {
        FakePagerDuty pd;
        PagerDutyFaults faults(pd);
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("proxy"));
        rig.connectTo(pd);
        rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        faults.push(PagerDutyFault::status(403)); // a proxy in front of PagerDuty says no, once
        rig.delivery->start();
        QVERIFY(QTest::qWaitFor(
            [&] { return rig.delivery->state() == OutboxDelivery::State::Paused; }, 10'000));
        QVERIFY(rig.delivery->lastError().contains(QStringLiteral("service is active")));
        rig.delivery->retryNow(); // the operator fixed the proxy
        QVERIFY(QTest::qWaitFor([&] { return rig.pending() == 0; }, 10'000));
        QCOMPARE(pd.acceptedEvents().size(), 1);
    }

    void missingKeyPausesWithoutSending()
    {
        qunsetenv("PAGERDUTY_INTEGRATION_KEY");
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("nokey"));
        rig.connectTo(pd);
        rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        rig.delivery->start();
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Paused);
        QVERIFY(rig.delivery->lastError().contains(QStringLiteral("PAGERDUTY_INTEGRATION_KEY")));
        QVERIFY(pd.server().requests().isEmpty());
        qputenv("PAGERDUTY_INTEGRATION_KEY", kKey.toLatin1());
        rig.delivery->retryNow();
        QVERIFY(QTest::qWaitFor([&] { return rig.pending() == 0; }, 10'000));
        QCOMPARE(actionsFor(pd, QStringLiteral("A")),
                 QStringList{QStringLiteral("trigger:warning")});
    }

    void newEventsWhileBusyAreNotForgotten()
    {
        FakePagerDuty pd;
        PagerDutyFaults faults(pd);
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("busy"));
        rig.connectTo(pd);
        rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        // A slow answer, so the next event arrives mid-flight (a fault's answer is not
        // PagerDuty's "success": A is retried later).
        faults.push(PagerDutyFault::delayed(200));
        rig.delivery->start();
        QCOMPARE(rig.delivery->state(), OutboxDelivery::State::Delivering);
        rig.enqueue(QStringLiteral("B"), "trigger", trigger(QStringLiteral("B")));
        rig.delivery->kick();
        QVERIFY(QTest::qWaitFor([&] { return pd.acceptedEvents().size() == 1; }, 10'000));
        QCOMPARE(actionsFor(pd, QStringLiteral("B")),
                 QStringList{QStringLiteral("trigger:warning")});
        QVERIFY(QTest::qWaitFor([&] { return rig.pending() == 1; }, 10'000)); // A, retried later
        QVERIFY(rig.drain());
    }

    void restartResumesPending()
    {
        const QString path = dbPath("restart");
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        qint64 stopMs = 0;
        {
            Rig first(path);
            first.connectTo(pd);
            first.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
            first.enqueue(QStringLiteral("A"), "resolve", plain("resolve", QStringLiteral("A")));
            first.enqueue(QStringLiteral("B"), "trigger", trigger(QStringLiteral("B")));
            pd.setOutageStatus(500);
            first.delivery->start();
            QVERIFY(first.settle());
            QCOMPARE(first.pending(), 3);
            stopMs = first.clock.nowMs();
            // The process dies here, with every event stored and retries scheduled.
        }
        pd.setOutageStatus(0);
        Rig second(path, stopMs + 600'000);
        second.connectTo(pd);
        second.delivery->start();
        QVERIFY(second.drain());
        QCOMPARE(actionsFor(pd, QStringLiteral("A")),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("resolve")}));
        QCOMPARE(actionsFor(pd, QStringLiteral("B")),
                 QStringList{QStringLiteral("trigger:warning")});
    }

    void onceModeTriesEachEventOnce()
    {
        FakePagerDuty pd;
        PagerDutyFaults faults(pd);
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        Rig rig(dbPath("once"));
        rig.connectTo(pd);
        rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        rig.enqueue(QStringLiteral("B"), "trigger", trigger(QStringLiteral("B")));
        faults.push(PagerDutyFault::status(503));
        std::optional<Status> result;
        rig.delivery->deliverAll([&](const Status &s) { result = s; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10'000));
        QVERIFY(!result->ok());
        QVERIFY(result->error().message.contains(QStringLiteral("1 event(s) still wait")));
        QCOMPARE(pd.server().requests().size(), 2); // each once, A not again
        QCOMPARE(pd.acceptedEvents().size(), 1);
        result.reset();
        // The next scheduled run does not wait for the backoff either.
        rig.delivery->deliverAll([&](const Status &s) { result = s; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10'000));
        QVERIFY(result->ok());
        QCOMPARE(pd.acceptedEvents().size(), 2);
        result.reset();
        rig.delivery->deliverAll([&](const Status &s) { result = s; }); // nothing to do
        QVERIFY(result.has_value() && result->ok());
    }

    void onceModeReportsARejectedKey()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kNewKey);
        Rig rig(dbPath("oncekey"));
        rig.connectTo(pd);
        rig.enqueue(QStringLiteral("A"), "trigger", trigger(QStringLiteral("A")));
        std::optional<Status> result;
        rig.delivery->deliverAll([&](const Status &s) { result = s; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10'000));
        QVERIFY(!result->ok());
        QVERIFY(result->error().message.contains(QStringLiteral("verify the integration key")));
        QCOMPARE(rig.pending(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "TestOutboxDelivery.moc"
