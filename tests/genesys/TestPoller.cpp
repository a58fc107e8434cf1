#include "tests/support/GenesysFixture.h"

#include "core/model/TimeWindow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr qint64 kW = 300;

// Two calls per window per queue, deterministic.
QList<SimulatedCall> twoCallsPerQueue(qint64 start, qint64)
{
    QList<SimulatedCall> calls;
    for (const QString &q : {QStringLiteral("qA"), QStringLiteral("qB")}) {
        for (int i = 0; i < 2; ++i) {
            SimulatedCall c;
            c.conversationId = QStringLiteral("%1-%2-%3").arg(q).arg(start).arg(i);
            c.startSecs = start + 30 + i;
            c.queueIds = {q};
            c.mos = 4.2;
            calls.append(c);
        }
    }
    return calls;
}

struct Recorder : QObject
{
    QList<WindowResult> windows;
    QList<qint64> failed;
    bool autoComplete = true;
    Poller *poller = nullptr;

    explicit Recorder(Poller *p)
        : poller(p)
    {
        connect(p, &Poller::windowReady, this, [this](const WindowResult &w) {
            windows.append(w);
            if (autoComplete)
                poller->completeWindow(w.windowStart, true);
        });
        connect(p, &Poller::windowFailed, this,
                [this](qint64 start, qint64, const QString &) { failed.append(start); });
    }
};

} // namespace

class TestPoller : public QObject
{
    Q_OBJECT

private slots:
    void pollsEachWindowOnceAfterTheLag()
    {
        GenesysFixture f;
        f.fake.setCallsProvider(twoCallsPerQueue);
        Recorder r(f.poller);
        f.poller->start();
        // At 10:00:00 with a 60 s lag the newest complete window is 09:50-09:55.
        QVERIFY(waitFor([&] { return r.windows.size() == 1; }));
        QCOMPARE(r.windows[0].windowStart, kT0 - 2 * kW);
        QCOMPARE(r.windows[0].samples.size(), 2);
        QCOMPARE(r.windows[0].samples[0].queueName, QStringLiteral("Sales"));
        QCOMPARE(r.windows[0].samples[0].calls, 2);
        QCOMPARE(f.poller->cursor(), kT0 - kW);
        QCOMPARE(f.poller->state(), PollerState::Ok);
        // 09:55-10:00 is due at 10:01:00, not before.
        QCOMPARE(f.poller->nextPollAtMs(), (kT0 + 60) * 1000);
        f.clock.advanceTo((kT0 + 59) * 1000);
        // A second early the poll's wake-up has not fired: it is still the next one due.
        QCOMPARE(f.clock.nextDueMs(), (kT0 + 60) * 1000);
        QCOMPARE(r.windows.size(), 1);
        f.clock.advanceTo((kT0 + 60) * 1000);
        QVERIFY(waitFor([&] { return r.windows.size() == 2; }));
        QCOMPARE(r.windows[1].windowStart, kT0 - kW);
        const int detailsCalls = f.fake.requestCount("/api/v2/analytics");
        f.clock.advance(30'000); // nothing new is due
        // The only wake-up left is the poll of 10:00-10:05, due at 10:06:00: nothing ran.
        QCOMPARE(f.poller->nextPollAtMs(), (kT0 + 60 + kW) * 1000);
        QCOMPARE(f.clock.nextDueMs(), f.poller->nextPollAtMs());
        QCOMPARE(f.fake.requestCount("/api/v2/analytics"), detailsCalls);
        QCOMPARE(r.windows.size(), 2);
    }

    void unstoredWindowIsNotAdvanced()
    {
        GenesysFixture f;
        Recorder r(f.poller);
        r.autoComplete = false;
        f.poller->start();
        QVERIFY(waitFor([&] { return r.windows.size() == 1; }));
        f.poller->completeWindow(r.windows[0].windowStart, false);
        QCOMPARE(f.poller->cursor(), r.windows[0].windowStart); // still the next one to do
        QCOMPARE(f.poller->state(), PollerState::ApiError);
        f.clock.advance(30'000);
        QVERIFY(waitFor([&] { return r.windows.size() == 2; }));
        QCOMPARE(r.windows[1].windowStart, r.windows[0].windowStart); // the same window again
    }

    void backfillsInOrderUpToTheCap()
    {
        GenesysFixture f;
        f.fake.setCallsProvider(twoCallsPerQueue);
        Recorder r(f.poller);
        QSignalSpy skipped(f.poller, &Poller::windowsSkipped);
        const qint64 latestEnd = kT0 - kW;
        f.poller->setCursor(latestEnd - 20 * kW); // 20 windows behind
        f.poller->start();
        QVERIFY(waitFor([&] { return r.windows.size() == 12; }));
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped[0][0].toInt(), 8);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(r.windows[i].windowStart, latestEnd - (12 - i) * kW);
        QCOMPARE(f.poller->cursor(), latestEnd);
    }

    void failedWindowIsRetriedNextCycleNeverFabricated()
    {
        GenesysFixture f;
        f.fake.setCallsProvider(twoCallsPerQueue);
        Recorder r(f.poller);
        f.faults.push(GenesysFault::malformedBody("/api/v2/analytics"));
        f.poller->start();
        QVERIFY(waitFor([&] { return r.failed.size() == 1; }));
        QVERIFY(r.windows.isEmpty());
        QCOMPARE(f.poller->state(), PollerState::ApiError);
        QVERIFY2(f.poller->lastError().startsWith(QStringLiteral("POST "
                                                                 "/api/v2/analytics/conversations/"
                                                                 "details/query, page 1")),
                 qPrintable(f.poller->lastError()));
        QCOMPARE(f.poller->cursor(), kT0 - 2 * kW); // the failed window stays next
        // Next cycle: the failed window and the newly due one, in order.
        f.clock.advanceTo(f.poller->nextPollAtMs());
        QVERIFY(waitFor([&] { return r.windows.size() == 2; }));
        QCOMPARE(r.windows[0].windowStart, kT0 - 2 * kW);
        QCOMPARE(r.windows[1].windowStart, kT0 - kW);
        QCOMPARE(f.poller->state(), PollerState::Ok);
    }

    void nullLadenAnswerGivesNoSample()
    {
        GenesysFixture f(QualitySourceKind::Summary);
        Recorder r(f.poller);
        f.faults.push(GenesysFault::nullLadenBody("/api/v2/analytics"));
        f.poller->start();
        QVERIFY(waitFor([&] { return r.windows.size() + r.failed.size() == 1; }));
        // Every record in it is refused: the window has no sample and says why.
        QCOMPARE(r.windows.size(), 1);
        QVERIFY(r.windows[0].samples.isEmpty());
        QVERIFY(!r.windows[0].problems.isEmpty());
    }

    void statesAreVisible()
    {
        GenesysFixture f;
        Recorder r(f.poller);
        f.faults.push(GenesysFault::status("/api/v2/analytics", 429, "30"));
        f.poller->start();
        QVERIFY(waitFor([&] { return f.poller->state() == PollerState::RateLimited; }));
        QCOMPARE(f.poller->rateLimitedUntilMs(), (kT0 + 30) * 1000);
        f.clock.advance(30'000);
        QVERIFY(waitFor([&] { return r.windows.size() == 1; }));
        QCOMPARE(f.poller->state(), PollerState::Ok);
        QVERIFY(f.poller->rateLimit().allowed == 300);

        GenesysFixture bad;
        bad.fake.setCredentials(QStringLiteral("x"), QStringLiteral("y"));
        bad.poller->start();
        QVERIFY(waitFor([&] { return bad.poller->state() == PollerState::AuthFailed; }));

        GenesysFixture offline;
        offline.fake.server().close();
        offline.poller->start();
        for (int i = 0; i < 20 && offline.poller->state() != PollerState::Offline; ++i) {
            QVERIFY(waitFor([&] {
                return offline.clock.pendingCount() > 0 ||
                       offline.poller->state() == PollerState::Offline;
            }));
            if (offline.poller->state() != PollerState::Offline)
                offline.clock.advance(offline.clock.nextDueMs() - offline.clock.nowMs());
        }
        QVERIFY(waitFor([&] { return offline.poller->state() == PollerState::Offline; }));
        QVERIFY(!offline.poller->lastError().isEmpty());
    }

    void pagesThroughManyPages()
    {
        GenesysFixture f;
        f.fake.setCallsProvider([](qint64 start, qint64) {
            QList<SimulatedCall> calls;
            for (int i = 0; i < 1050; ++i) {
                SimulatedCall c;
                c.conversationId = QStringLiteral("c%1").arg(i);
                c.startSecs = start + i % 300;
                c.queueIds = i % 10 == 0 ? QStringList{QStringLiteral("qA"), QStringLiteral("qB")}
                                         : QStringList{QStringLiteral("qA")};
                c.mos = 4.0;
                calls.append(c);
            }
            return calls;
        });
        Recorder r(f.poller);
        f.poller->start();
        QVERIFY(waitFor([&] { return r.windows.size() == 1; }, 20'000));
        QCOMPARE(f.fake.requestCount("/api/v2/analytics/conversations/details/query"), 12);
        QCOMPARE(r.windows[0].samples.size(), 2);
        QCOMPARE(r.windows[0].samples[0].calls, 1050);
        QCOMPARE(r.windows[0].samples[1].calls, 105); // the calls that touched both queues
    }

    void monitoredQueuesGoInTheQuery()
    {
        GenesysFixture f(QualitySourceKind::Details, {QStringLiteral("qB")});
        f.fake.setCallsProvider(twoCallsPerQueue);
        Recorder r(f.poller);
        f.poller->start();
        QVERIFY(waitFor([&] { return r.windows.size() == 1; }));
        QCOMPARE(r.windows[0].samples.size(), 1);
        QCOMPARE(r.windows[0].samples[0].queueId, QStringLiteral("qB"));
        int queries = 0;
        for (const HttpRequest &req : f.fake.server().requests()) {
            if (!req.path.endsWith("details/query"))
                continue;
            ++queries;
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            QCOMPARE(body.value(QStringLiteral("interval")).toString(),
                     isoInterval(kT0 - 2 * kW, kT0 - kW));
            QCOMPARE(body.value(QStringLiteral("paging"))
                         .toObject()
                         .value(QStringLiteral("pageSize"))
                         .toInt(),
                     100);
            const QJsonArray filters = body.value(QStringLiteral("segmentFilters")).toArray();
            QCOMPARE(filters.size(), 2);
            const QJsonObject media =
                filters[0].toObject().value(QStringLiteral("predicates")).toArray()[0].toObject();
            QCOMPARE(media.value(QStringLiteral("value")).toString(), QStringLiteral("voice"));
            const QJsonObject queue =
                filters[1].toObject().value(QStringLiteral("predicates")).toArray()[0].toObject();
            QCOMPARE(filters[1].toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("or"));
            QCOMPARE(queue.value(QStringLiteral("dimension")).toString(),
                     QStringLiteral("queueId"));
            QCOMPARE(queue.value(QStringLiteral("value")).toString(), QStringLiteral("qB"));
        }
        QVERIFY(queries >= 2);
    }

    void summarySourceEndToEnd()
    {
        GenesysFixture f(QualitySourceKind::Summary);
        f.fake.setSummaryProvider([](qint64, qint64) {
            return QList<FakeGenesysCloud::SummaryRow>{
                {QStringLiteral("qA"), QStringLiteral("Sales"), false, 2.45, 3.2, 120.0, 14},
                {QStringLiteral("qB"), QStringLiteral("Billing"), true, {}, {}, {}, 0}};
        });
        Recorder r(f.poller);
        f.poller->start();
        QVERIFY(waitFor([&] { return r.windows.size() == 1; }));
        QCOMPARE(r.windows[0].samples.size(), 1); // Billing had no calls: no data
        QCOMPARE(*r.windows[0].samples[0].jitterMs, 120.0);
        QCOMPARE(r.windows[0].samples[0].calls, 14);
    }

    void authenticatingUntilTheFirstToken()
    {
        GenesysFixture f;
        Recorder r(f.poller);
        QSignalSpy changes(f.poller, &Poller::stateChanged);
        QCOMPARE(f.poller->state(), PollerState::Idle);
        f.poller->start();
        QCOMPARE(f.poller->state(), PollerState::Authenticating);
        QVERIFY(waitFor([&] { return r.windows.size() == 1; }));
        QCOMPARE(f.poller->state(), PollerState::Ok);
        QCOMPARE(f.poller->lastSuccessAtMs(), f.clock.nowMs());
        QVERIFY(f.poller->lastError().isEmpty());
        QVERIFY(changes.count() >= 2);
    }

    void aWindowIsHandedOutExactlyOnce()
    {
        GenesysFixture f;
        f.fake.setCallsProvider(twoCallsPerQueue);
        Recorder r(f.poller);
        r.autoComplete = false;
        f.poller->start();
        QVERIFY(waitFor([&] { return r.windows.size() == 1; }));
        const qint64 first = r.windows[0].windowStart;
        // Until the pipeline answers, nothing else is fetched, even when more falls due.
        f.clock.advance(10 * 60'000);
        // Waiting for the pipeline, the poller keeps no wake-up: nothing can fetch.
        QCOMPARE(f.clock.nextDueMs(), qint64(-1));
        QCOMPARE(r.windows.size(), 1);
        // An answer for another window is ignored.
        f.poller->completeWindow(first + kW, true);
        QCOMPARE(f.poller->cursor(), first);
        f.poller->completeWindow(first, true);
        QCOMPARE(f.poller->cursor(), first + kW);
        // A repeated answer does not advance twice.
        QVERIFY(waitFor([&] { return r.windows.size() == 2; }));
        f.poller->completeWindow(first, true);
        QCOMPARE(f.poller->cursor(), first + kW);
        QCOMPARE(r.windows[1].windowStart, first + kW);
    }

    void skippedWindowsAreToldWithTheNextWindow()
    {
        GenesysFixture f;
        Recorder r(f.poller);
        const qint64 latestEnd = kT0 - kW;
        f.poller->setCursor(latestEnd - 15 * kW);
        f.poller->start();
        QVERIFY(waitFor([&] { return r.windows.size() == 12; }));
        QVERIFY(!r.windows[0].problems.isEmpty());
        QVERIFY2(r.windows[0].problems[0].startsWith(QStringLiteral("3 missed window(s)")),
                 qPrintable(r.windows[0].problems[0]));
        for (int i = 1; i < 12; ++i)
            QVERIFY(r.windows[i].problems.isEmpty());
    }

    void aLongRateLimitWaitsForTheNextCycle()
    {
        GenesysFixture f;
        Recorder r(f.poller);
        // Longer than the client waits (180 s): the window fails now and retries later.
        f.faults.push(GenesysFault::status("/api/v2/analytics", 429, "900"));
        f.poller->start();
        QVERIFY(waitFor([&] { return r.failed.size() == 1; }));
        QCOMPARE(f.poller->state(), PollerState::RateLimited);
        QCOMPARE(f.poller->rateLimitedUntilMs(), (kT0 + 900) * 1000);
        QCOMPARE(f.poller->nextPollAtMs(), (kT0 + 900) * 1000);
        f.clock.advanceTo((kT0 + 900) * 1000);
        // 09:50 (the failed one) first, then 09:55, 10:00 and 10:05, due at 10:11.
        QVERIFY(waitFor([&] { return r.windows.size() == 4; }));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(r.windows[i].windowStart, kT0 - 2 * kW + i * kW);
        QCOMPARE(f.poller->state(), PollerState::Ok);
    }

    void refusedCredentialsStopAfterThreeCyclesUntilRetried()
    {
        GenesysFixture f;
        Recorder r(f.poller);
        f.fake.setCredentials(QStringLiteral("earshot-client"), QStringLiteral("rotated"));
        f.poller->start();
        for (int cycle = 0; cycle < 5; ++cycle) {
            QVERIFY(waitFor([&] { return r.failed.size() == cycle + 1; }));
            QCOMPARE(f.poller->state(), PollerState::AuthFailed);
            f.clock.advanceTo(f.poller->nextPollAtMs());
        }
        QCOMPARE(f.fake.requestCount("/oauth/token"), TokenCache::kMaxBadCredentialAnswers);
        QVERIFY(r.windows.isEmpty());
        // The operator fixed the client in Genesys and asks to retry.
        f.fake.setCredentials(QStringLiteral("earshot-client"), QStringLiteral("earshot-secret"));
        QVERIFY(waitFor([&] { return r.failed.size() == 6; }));
        f.poller->retryNow();
        QVERIFY(waitFor([&] { return f.poller->state() == PollerState::Ok; }));
        QVERIFY(!r.windows.isEmpty());
    }

    void runOnceReportsAFailure()
    {
        GenesysFixture f;
        Recorder r(f.poller);
        f.faults.push(GenesysFault::status("/api/v2/analytics", 403));
        std::optional<Status> status;
        f.poller->runOnce([&](const Status &s) { status = s; });
        QVERIFY(waitFor([&] { return status.has_value(); }));
        QVERIFY(!status->ok());
        QVERIFY(status->error().message.contains(QStringLiteral("HTTP 403")));
        QCOMPARE(f.poller->state(), PollerState::ApiError);
        QVERIFY(r.windows.isEmpty());
        QCOMPARE(r.failed.size(), 1);
        QCOMPARE(f.clock.pendingCount(), 0); // once: nothing scheduled
    }

    void runOnceDrainsWhatIsDue()
    {
        GenesysFixture f;
        f.fake.setCallsProvider(twoCallsPerQueue);
        Recorder r(f.poller);
        f.poller->setCursor(kT0 - 4 * kW);
        bool done = false;
        bool ok = false;
        f.poller->runOnce([&](const Status &s) {
            done = true;
            ok = s.ok();
        });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY(ok);
        QCOMPARE(r.windows.size(), 3);
        QCOMPARE(f.poller->cursor(), kT0 - kW);
        QCOMPARE(f.clock.pendingCount(), 0); // once: nothing scheduled
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "TestPoller.moc"
