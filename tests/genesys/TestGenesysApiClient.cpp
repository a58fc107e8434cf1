#include "tests/support/GenesysFixture.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

struct Outcome
{
    bool done = false;
    bool ok = false;
    QString error;
    std::optional<ErrorKind> kind;
    int status = 0;
    QByteArray body;
};

std::shared_ptr<Outcome> send(GenesysApiClient &api, const ApiCall &call, QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    api.send(call, context, [outcome](const Result<HttpResult> &r) {
        outcome->done = true;
        outcome->ok = r.ok();
        if (r.ok()) {
            outcome->status = r.value().status;
            outcome->body = r.value().body;
        } else {
            outcome->error = r.error().message;
            outcome->kind = r.error().kind;
        }
    });
    return outcome;
}

const QString kQueues = QStringLiteral("/api/v2/routing/queues");

ApiCall get(const QString &path)
{
    ApiCall call;
    call.path = path;
    return call;
}

std::shared_ptr<Outcome> send(GenesysFixture &f, const QString &path, QObject *context)
{
    return send(*f.api, get(path), context);
}

// Gets a token first, so what follows measures the API's behaviour alone.
void warmUp(GenesysFixture &f, QObject *context)
{
    auto warm = send(f, kQueues, context);
    if (!waitFor([&] { return warm->done; }) || !warm->ok)
        qFatal("warm-up request failed");
}

int queueRequests(const GenesysFixture &f)
{
    return f.fake.requestCount("/api/v2/routing/queues");
}

// Runs the event loop until a retry is planned, then moves the clock to it.
bool advanceToNextRetry(GenesysFixture &f, int timeoutMs = 5000)
{
    if (!waitFor([&] { return f.clock.pendingCount() > 0; }, timeoutMs))
        return false;
    f.clock.advanceTo(f.clock.nextDueMs());
    return true;
}

} // namespace

class TestGenesysApiClient : public QObject
{
    Q_OBJECT

private slots:
    void sendsTheBearerToken()
    {
        GenesysFixture f;
        auto o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY2(o->ok, qPrintable(o->error));
        QCOMPARE(o->status, 200);
        const HttpRequest &sent = f.fake.server().requests().last();
        QVERIFY(sent.header("authorization").startsWith("Bearer "));
        QVERIFY(sent.header("authorization").size() > 30);
        QCOMPARE(f.api->rateLimit().allowed, 300);
        QCOMPARE(f.api->rateLimit().count, 2); // the token request counted too
        QVERIFY(f.api->rateLimit().resetSecs > 0);
    }

    // Issue 14: the Date of every answer tells how far this computer's clock is off.
    void theDateOfAnswersMeasuresTheClock()
    {
        HttpResult http;
        http.headers.append(
            {QByteArrayLiteral("Date"), QByteArrayLiteral("Sun, 23 Nov 2025 10:00:07 GMT")});
        QCOMPARE(readAnswerMeta(http).serverDateMs, std::optional<qint64>((kT0 + 7) * 1000));
        http.headers.last().second = QByteArrayLiteral("yesterday");
        QCOMPARE(readAnswerMeta(http).serverDateMs, std::nullopt);
        // Within the exchange (the Date cut to the second): not off, however slow.
        QCOMPARE(answerClockOffsetMs(10'000, 10'400, 10'900), 0);
        QCOMPARE(answerClockOffsetMs(10'000, 9'000, 70'000), 0);
        // Before the request left: this clock is ahead; after the answer came: behind.
        QCOMPARE(answerClockOffsetMs(10'000, 611'000, 612'000), -600'000);
        QCOMPARE(answerClockOffsetMs(612'000, 11'000, 12'000), 600'000);

        GenesysFixture f;
        QCOMPARE(f.api->clockOffsetMs(), std::nullopt);
        f.fake.setDateOffsetMs(-600'000); // the fake's clock is 10 minutes behind
        auto o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY2(o->ok, qPrintable(o->error));
        QVERIFY(f.api->clockOffsetMs().has_value());
        QVERIFY2(*f.api->clockOffsetMs() <= -599'000 && *f.api->clockOffsetMs() >= -600'000,
                 qPrintable(QString::number(*f.api->clockOffsetMs())));
        f.fake.setDateOffsetMs(0);
        o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return o->done; }));
        QCOMPARE(f.api->clockOffsetMs(), std::optional<qint64>(0));
    }

    void unauthorizedRefreshesTheTokenOnceAndRetriesOnce()
    {
        GenesysFixture f;
        warmUp(f, this);
        f.fake.revokeAllTokens();
        auto o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY2(o->ok, qPrintable(o->error));
        QCOMPARE(f.fake.tokensIssued(), 2);
        QCOMPARE(queueRequests(f), 3); // warm-up, the 401, the retry

        // A 401 that persists: exactly one refresh and one retry, then a clear error.
        f.faults.push(GenesysFault::status("/api/v2/routing", 401).times(5));
        auto denied = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return denied->done; }));
        QVERIFY(!denied->ok);
        QCOMPARE(denied->kind, ErrorKind::AuthFailed);
        QVERIFY(denied->error.contains(QStringLiteral("GET /api/v2/routing/queues: HTTP 401")));
        QCOMPARE(f.fake.tokensIssued(), 3);
        QCOMPARE(queueRequests(f), 5);
        QCOMPARE(f.clock.pendingCount(), 0);
    }

    void rateLimitWaitsOnTheClock_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("expectedWaitMs");
        QTest::newRow("Retry-After seconds") << QByteArray("30") << qint64(30'000);
        // kT0 = Sun, 23 Nov 2025 10:00:00 GMT; the date says 45 s later.
        QTest::newRow("Retry-After HTTP date")
            << QByteArray("Sun, 23 Nov 2025 10:00:45 GMT") << qint64(45'000);
        // No Retry-After: inin-ratelimit-reset (the fake says 60 s at 10:00:00).
        QTest::newRow("no Retry-After: inin-ratelimit-reset") << QByteArray() << qint64(60'000);
    }

    void rateLimitWaitsOnTheClock()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, expectedWaitMs);
        GenesysFixture f;
        warmUp(f, this);
        QSignalSpy retries(f.api, &GenesysApiClient::retryScheduled);
        f.faults.push(GenesysFault::status("/api/v2/routing", 429, retryAfter));
        const qint64 start = f.clock.nowMs();
        auto o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries[0][0].value<ErrorKind>(), ErrorKind::GenesysRateLimited);
        QCOMPARE(retries[0][2].toLongLong(), start + expectedWaitMs);
        QCOMPARE(f.api->rateLimitedUntilMs(), start + expectedWaitMs);
        QCOMPARE(f.clock.nextDueMs(), start + expectedWaitMs);

        // Not re-sent a millisecond early (a due retry is sent from the clock's callback, so
        // nothing started means nothing was sent)...
        const qint64 started = f.api->requestsStarted();
        f.clock.advance(expectedWaitMs - 1);
        QCOMPARE(f.api->requestsStarted(), started);
        QCOMPARE(f.clock.pendingCount(), 1);
        QCOMPARE(queueRequests(f), 2);
        QVERIFY(!o->done);
        // ...and re-sent on time.
        f.clock.advance(1);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(o->ok);
        QCOMPARE(queueRequests(f), 3);
    }

    void rateLimitWithoutAnyHintBacksOff()
    {
        GenesysFixture f;
        warmUp(f, this);
        // A proxy's bare 429: no Retry-After, no inin-ratelimit-reset.
        f.faults.push(GenesysFault::status("/api/v2/routing", 429).fromProxy());
        auto o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }));
        QCOMPARE(f.clock.nextDueMs() - f.clock.nowMs(), 1000); // the first backoff step
        QCOMPARE(f.api->rateLimitedUntilMs(), 0);              // no server figure to show
        f.clock.advanceTo(f.clock.nextDueMs());
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(o->ok);
    }

    void tooLongRetryAfterGivesUpForThisCycle()
    {
        GenesysFixture f;
        warmUp(f, this);
        f.faults.push(GenesysFault::status("/api/v2/routing", 429, "600"));
        auto o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(!o->ok);
        QCOMPARE(o->kind, ErrorKind::GenesysRateLimited);
        QVERIFY(o->error.contains(QStringLiteral("600 s")));
        QCOMPARE(f.api->rateLimitedUntilMs(), f.clock.nowMs() + 600'000);
        QCOMPARE(f.clock.pendingCount(), 0);
    }

    void serverErrorBurstsBackOffExponentiallyThenSucceed()
    {
        GenesysFixture f;
        warmUp(f, this);
        f.faults.push(GenesysFault::status("/api/v2/routing", 503).times(3));
        auto o = send(f, kQueues, this);
        for (const qint64 wait : {1000, 2000, 4000}) {
            QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }));
            QCOMPARE(f.clock.nextDueMs() - f.clock.nowMs(), wait);
            f.clock.advance(wait);
        }
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY2(o->ok, qPrintable(o->error));
        QCOMPARE(queueRequests(f), 5);
    }

    void retriesAreBounded_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("504") << 504;
    }

    void retriesAreBounded()
    {
        QFETCH(int, status);
        GenesysFixture f;
        warmUp(f, this);
        f.faults.push(GenesysFault::status("/api/v2/routing", status).times(100));
        auto o = send(f, kQueues, this);
        qint64 previousWait = 0;
        for (int i = 0; i < 5; ++i) { // five retries, doubling, capped at 60 s
            QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }));
            const qint64 wait = f.clock.nextDueMs() - f.clock.nowMs();
            QVERIFY(wait > previousWait && wait <= 60'000);
            previousWait = wait;
            f.clock.advance(wait);
        }
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(!o->ok);
        QCOMPARE(o->kind, ErrorKind::GenesysHttp);
        QVERIFY(o->error.contains(QStringLiteral("HTTP %1").arg(status)));
        QVERIFY(o->error.contains(QStringLiteral("gave up after 5 retries")));
        QVERIFY(o->error.contains(QStringLiteral("ININ-Correlation-Id")));
        QCOMPARE(queueRequests(f), 1 + 6);
        QCOMPARE(f.clock.pendingCount(), 0);
    }

    void aRetryBudgetBoundsManyRequestsTogether()
    {
        GenesysFixture f;
        warmUp(f, this);
        f.faults.push(GenesysFault::status("/api/v2/routing", 503).times(100));
        ApiCall call = get(kQueues);
        call.budget = std::make_shared<RetryBudget>(RetryBudget{2});
        auto o = send(*f.api, call, this);
        QVERIFY(advanceToNextRetry(f));
        QVERIFY(advanceToNextRetry(f));
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(!o->ok);
        QVERIFY(o->error.contains(QStringLiteral("retries are spent")));
        QCOMPARE(call.budget->remaining, 0);
        QCOMPARE(queueRequests(f), 1 + 3);
    }

    void otherClientErrorsAreNotRetried_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("404") << QStringLiteral("/api/v2/nowhere") << 0
                             << QStringLiteral("GET /api/v2/nowhere: HTTP 404: The requested "
                                               "resource was not found.");
        QTest::newRow("403") << kQueues << 403
                             << QStringLiteral("GET /api/v2/routing/queues: HTTP 403");
        QTest::newRow("400") << kQueues << 400
                             << QStringLiteral("GET /api/v2/routing/queues: HTTP 400");
        QTest::newRow("501 (not transient)")
            << kQueues << 501 << QStringLiteral("GET /api/v2/routing/queues: HTTP 501");
    }

    void otherClientErrorsAreNotRetried()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, expected);
        GenesysFixture f;
        warmUp(f, this);
        if (status != 0)
            f.faults.push(GenesysFault::status(path.toLatin1(), status));
        const int before = f.fake.requestCount(path.toLatin1());
        auto o = send(f, path, this);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(!o->ok);
        QCOMPARE(o->kind, ErrorKind::GenesysHttp);
        QVERIFY2(o->error.startsWith(expected), qPrintable(o->error));
        QVERIFY(o->error.contains(QStringLiteral("ININ-Correlation-Id")));
        if (status == 403)
            QVERIFY(o->error.contains(QStringLiteral("Routing > Queue > View")));
        QCOMPARE(f.fake.requestCount(path.toLatin1()), before + 1);
        QCOMPARE(f.clock.pendingCount(), 0);
    }

    void droppedConnectionsAreRetriedThenOffline()
    {
        GenesysFixture f;
        warmUp(f, this);
        GenesysApiClient api(f.network, f.clock, *f.tokens, f.settings.endpoints.apiBase, {},
                             BackoffPolicy{1000, 60'000, 2.0, 0.0, 1, 180'000});
        // Qt re-sends on a dropped connection by itself, too
        f.faults.push(GenesysFault::droppedConnection("/api/v2/routing").times(1000));
        auto o = send(api, get(kQueues), this);
        QVERIFY(advanceToNextRetry(f));
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(!o->ok);
        QCOMPARE(o->kind, ErrorKind::NetworkOffline);
        QVERIFY(o->error.startsWith(QStringLiteral("GET /api/v2/routing/queues: ")));
        QVERIFY(o->error.contains(QStringLiteral("gave up after 1 retries")));
        f.faults.clear();
    }

    void timeoutsAndCutBodiesAreRetried()
    {
        GenesysFixture f; // transfer timeout: 2 s
        warmUp(f, this);
        f.faults.push(GenesysFault::delayed("/api/v2/routing", 4000));
        f.faults.push(GenesysFault::truncatedBody("/api/v2/routing"));
        QSignalSpy retries(f.api, &GenesysApiClient::retryScheduled);
        auto o = send(f, kQueues, this);
        for (int i = 0; i < 2; ++i)
            QVERIFY(advanceToNextRetry(f, 8000));
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY2(o->ok, qPrintable(o->error));
        QCOMPARE(retries.size(), 2);
        QVERIFY(retries[0][1].toString().contains(QStringLiteral("timed out")));
        QVERIFY(retries[1][1].toString().contains(QStringLiteral("cut off")));
        for (const auto &r : std::as_const(retries))
            QCOMPARE(r[0].value<ErrorKind>(), ErrorKind::NetworkOffline);
    }

    void persistentTimeoutsFailAsOffline()
    {
        GenesysFixture f;
        warmUp(f, this);
        GenesysApiClient api(f.network, f.clock, *f.tokens, f.settings.endpoints.apiBase,
                             HttpJob::Options{.transferTimeoutMs = 300,
                                              .totalDeadlineMs = 0,
                                              .maxBodyBytes = 1024 * 1024,
                                              .label = {}},
                             BackoffPolicy{1000, 60'000, 2.0, 0.0, 1, 180'000});
        f.faults.push(GenesysFault::delayed("/api/v2/routing", 1500).times(2));
        auto o = send(api, get(kQueues), this);
        QVERIFY(advanceToNextRetry(f));
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(!o->ok);
        QCOMPARE(o->kind, ErrorKind::NetworkOffline);
        QVERIFY(o->error.contains(QStringLiteral("GET /api/v2/routing/queues")));
        QVERIFY(o->error.contains(QStringLiteral("timed out")));
    }

    void oversizedBodiesAreAbortedNotRetried()
    {
        GenesysFixture f;
        QList<QueueInfo> many;
        for (int i = 0; i < 100; ++i)
            many.append({QStringLiteral("queue-%1").arg(i), QString(50, u'x')});
        f.fake.setQueues(many);
        GenesysApiClient api(
            f.network, f.clock, *f.tokens, f.settings.endpoints.apiBase,
            HttpJob::Options{
                .transferTimeoutMs = 2000, .totalDeadlineMs = 0, .maxBodyBytes = 2000, .label = {}},
            f.settings.backoff);
        ApiCall call = get(kQueues);
        call.query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        auto o = send(api, call, this);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(!o->ok);
        QCOMPARE(o->kind, ErrorKind::GenesysTooLarge);
        QVERIFY(o->error.startsWith(QStringLiteral("GET /api/v2/routing/queues: ")));
        QCOMPARE(queueRequests(f), 1);
        QCOMPARE(f.clock.pendingCount(), 0);
    }

    void badBodiesAreHandedToTheParsersUntouched()
    {
        // The client delivers what a 2xx carried; the sources refuse it (see
        // TestDetailsSource / TestSummarySource). A 2xx is never retried.
        GenesysFixture f;
        warmUp(f, this);
        f.faults.push(GenesysFault::malformedBody("/api/v2/routing"));
        auto o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(o->ok);
        QVERIFY(o->body.startsWith("{\"totalHits\": 3"));
        QCOMPARE(queueRequests(f), 2);
    }

    void refusedConnectionIsOffline()
    {
        GenesysFixture f;
        f.fake.server().close();
        GenesysApiClient api(f.network, f.clock, *f.tokens, f.settings.endpoints.apiBase, {},
                             BackoffPolicy{1000, 60'000, 2.0, 0.0, 1, 180'000});
        auto o = send(api, get(kQueues), this);
        QVERIFY(advanceToNextRetry(f));
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(!o->ok);
        QCOMPARE(o->kind, ErrorKind::NetworkOffline);
        QVERIFY(o->error.contains(QStringLiteral("POST /oauth/token")));
    }

    void refusedCredentialsAreNotRetried()
    {
        GenesysFixture f;
        f.fake.setCredentials(QStringLiteral("earshot-client"), QStringLiteral("rotated"));
        auto o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(!o->ok);
        QCOMPARE(o->kind, ErrorKind::AuthFailed);
        QCOMPARE(f.fake.requestCount("/oauth/token"), 1);
        QCOMPARE(queueRequests(f), 0);
        QCOMPARE(f.clock.pendingCount(), 0);
    }

    void droppedContextGetsNoCallback()
    {
        GenesysFixture f;
        warmUp(f, this);
        f.faults.push(GenesysFault::status("/api/v2/routing", 503));
        auto context = std::make_unique<QObject>();
        auto o = send(f, kQueues, context.get());
        QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }));
        context.reset();
        const qint64 started = f.api->requestsStarted();
        f.clock.advanceTo(f.clock.nextDueMs());
        QCOMPARE(f.clock.pendingCount(), 0);         // the retry came due...
        QCOMPARE(f.api->requestsStarted(), started); // ...and sent nothing
        QVERIFY(!o->done);
        QCOMPARE(queueRequests(f), 2); // not re-sent for nobody
    }
};

QTEST_GUILESS_MAIN(TestGenesysApiClient)
#include "TestGenesysApiClient.moc"
