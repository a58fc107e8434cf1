#include "GenesysFixture.h"

#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_log.append(msg);
}

struct Outcome
{
    bool done = false;
    bool ok = false;
    QString error;
    QString code;
    int status = 0;
};

std::shared_ptr<Outcome> send(GenesysFixture &f, const QString &path, QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    ApiCall call;
    call.path = path;
    f.api->send(call, context, [outcome](const Result<HttpResult> &r) {
        outcome->done = true;
        outcome->ok = r.ok();
        if (r.ok())
            outcome->status = r.value().status;
        else {
            outcome->error = r.error().message;
            outcome->code = r.error().code;
        }
    });
    return outcome;
}

const QString kQueues = QStringLiteral("/api/v2/routing/queues");

} // namespace

class TestGenesysApiClient : public QObject
{
    Q_OBJECT

private slots:
    void tokenIsCachedAndReused()
    {
        GenesysFixture f;
        for (int i = 0; i < 3; ++i) {
            auto o = send(f, kQueues, this);
            QVERIFY(waitFor([&] { return o->done; }));
            QVERIFY2(o->ok, qPrintable(o->error));
        }
        QCOMPARE(f.fake.tokensIssued(), 1);
        QCOMPARE(f.fake.requestCount("/api/v2/routing/queues"), 3);
    }

    void refreshesBeforeExpiryNeverAfter_data()
    {
        QTest::addColumn<int>("lifetimeSecs");
        QTest::addColumn<int>("refreshBeforeSecs");
        QTest::newRow("24 h token: 5 min before") << 86'400 << 300;
        QTest::newRow("5 min token: half-way") << 300 << 150;
    }

    void refreshesBeforeExpiryNeverAfter()
    {
        QFETCH(int, lifetimeSecs);
        QFETCH(int, refreshBeforeSecs);
        GenesysFixture f;
        f.fake.setTokenLifetimeSecs(lifetimeSecs);
        const qint64 issuedAt = f.clock.nowMs();
        auto first = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return first->done; }));
        QCOMPARE(f.tokens->expiresAtMs(), issuedAt + lifetimeSecs * 1000LL);
        QCOMPARE(f.tokens->refreshAtMs(), issuedAt + (lifetimeSecs - refreshBeforeSecs) * 1000LL);
        f.clock.advanceTo(f.tokens->refreshAtMs() - 1);
        auto before = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return before->done; }));
        QCOMPARE(f.fake.tokensIssued(), 1);
        f.clock.advanceTo(f.tokens->refreshAtMs());
        auto after = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return after->done; }));
        QVERIFY(after->ok);
        QCOMPARE(f.fake.tokensIssued(), 2);
        // Past expiry the old token is never used: with the login server down, no call goes
        // out with it.
        f.clock.advance(qint64(lifetimeSecs) * 1000 + 1);
        f.fake.pushFault(FakeGenesysCloud::Fault::at("/oauth", 503));
        const int apiCallsBefore = f.fake.requestCount("/api/v2/routing/queues");
        auto expired = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0 || expired->done; }));
        QCOMPARE(f.fake.requestCount("/api/v2/routing/queues"), apiCallsBefore);
    }

    void unauthorizedRefreshesOnceAndRetriesOnce()
    {
        GenesysFixture f;
        auto warm = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return warm->done; }));
        f.fake.revokeAllTokens();
        auto o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY2(o->ok, qPrintable(o->error));
        QCOMPARE(f.fake.tokensIssued(), 2);
        QCOMPARE(f.fake.requestCount("/api/v2/routing/queues"), 3);

        // A 401 that persists: one refresh, one retry, then a clear error. No loop.
        f.fake.pushFault(FakeGenesysCloud::Fault::at("/api/v2/routing", 401));
        f.fake.pushFault(FakeGenesysCloud::Fault::at("/api/v2/routing", 401));
        f.fake.pushFault(FakeGenesysCloud::Fault::at("/api/v2/routing", 401));
        auto denied = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return denied->done; }));
        QVERIFY(!denied->ok);
        QCOMPARE(denied->code, QStringLiteral("auth.failed"));
        QCOMPARE(f.fake.tokensIssued(), 3);
        QCOMPARE(f.fake.requestCount("/api/v2/routing/queues"), 5);
    }

    void rateLimitWaitsRetryAfterOnTheClock_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("expectedWaitMs");
        QTest::newRow("seconds") << QByteArray("30") << qint64(30'000);
        // kT0 = Sun, 23 Nov 2025 10:00:00 GMT; the date says 45 s later.
        QTest::newRow("http-date") << QByteArray("Sun, 23 Nov 2025 10:00:45 GMT") << qint64(45'000);
        // No Retry-After: wait for inin-ratelimit-reset (the fake says 60 s at 10:00:00).
        QTest::newRow("absent: inin-ratelimit-reset") << QByteArray() << qint64(60'000);
    }

    void rateLimitWaitsRetryAfterOnTheClock()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, expectedWaitMs);
        GenesysFixture f;
        auto warm = send(f, kQueues, this); // token first, so timings below are the API's
        QVERIFY(waitFor([&] { return warm->done; }));
        qint64 waitingUntil = 0;
        connect(f.api, &GenesysApiClient::waitingUntil, this,
                [&](qint64 until, const QString &) { waitingUntil = until; });
        auto fault = FakeGenesysCloud::Fault::at("/api/v2/routing", 429);
        fault.retryAfter = retryAfter;
        f.fake.pushFault(fault);
        const qint64 start = f.clock.nowMs();
        auto o = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }));
        QCOMPARE(waitingUntil, start + expectedWaitMs);
        QCOMPARE(f.clock.nextDueMs(), start + expectedWaitMs);
        f.clock.advance(expectedWaitMs - 1);
        QTest::qWait(20);
        QCOMPARE(f.fake.requestCount("/api/v2/routing/queues"), 2); // not re-sent early
        QVERIFY(!o->done);
        f.clock.advance(1);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(o->ok);
        QCOMPARE(f.fake.requestCount("/api/v2/routing/queues"), 3);
    }

    void serverErrorsBackOffExponentiallyAndBounded()
    {
        GenesysFixture f;
        auto warm = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return warm->done; }));
        for (int i = 0; i < 3; ++i)
            f.fake.pushFault(FakeGenesysCloud::Fault::at("/api/v2/routing", 503));
        auto o = send(f, kQueues, this);
        const qint64 expectedWaits[] = {1000, 2000, 4000};
        for (qint64 wait : expectedWaits) {
            QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }));
            QCOMPARE(f.clock.nextDueMs() - f.clock.nowMs(), wait);
            f.clock.advance(wait);
        }
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(o->ok);

        // Six failures in a row: five retries, then the call fails with the last error.
        for (int i = 0; i < 6; ++i)
            f.fake.pushFault(FakeGenesysCloud::Fault::at("/api/v2/routing", 500));
        auto failing = send(f, kQueues, this);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }));
            f.clock.advance(f.clock.nextDueMs() - f.clock.nowMs());
        }
        QVERIFY(waitFor([&] { return failing->done; }));
        QVERIFY(!failing->ok);
        QVERIFY(failing->error.contains(QStringLiteral("HTTP 500")));
    }

    void otherClientErrorsAreNotRetried()
    {
        GenesysFixture f;
        auto o = send(f, QStringLiteral("/api/v2/nowhere"), this);
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY(!o->ok);
        QVERIFY(o->error.contains(QStringLiteral("GET /api/v2/nowhere: HTTP 404")));
        QVERIFY(o->error.contains(QStringLiteral("not found")));
        QCOMPARE(f.fake.requestCount("/api/v2/nowhere"), 1);
        QCOMPARE(f.clock.pendingCount(), 0);
    }

    void timeoutsAndCutBodiesAreRetried()
    {
        GenesysFixture f;
        auto warm = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return warm->done; }));
        auto slow = FakeGenesysCloud::Fault::at("/api/v2/routing");
        slow.delayMs = 3000; // beyond the 2 s transfer timeout
        f.fake.pushFault(slow);
        auto cut = FakeGenesysCloud::Fault::at("/api/v2/routing");
        cut.truncatedBody = true;
        f.fake.pushFault(cut);
        auto o = send(f, kQueues, this);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }, 8000));
            f.clock.advance(f.clock.nextDueMs() - f.clock.nowMs());
        }
        QVERIFY(waitFor([&] { return o->done; }));
        QVERIFY2(o->ok, qPrintable(o->error));
    }

    void oversizedBodiesAreRefused()
    {
        GenesysFixture f;
        QList<QueueInfo> many;
        for (int i = 0; i < 100; ++i)
            many.append({QStringLiteral("queue-%1").arg(i), QString(50, u'x')});
        f.fake.setQueues(many);
        HttpJob::Options small;
        small.maxBodyBytes = 2000;
        GenesysApiClient api(f.network, f.clock, *f.tokens, f.settings.endpoints.apiBase, small,
                             f.settings.backoff);
        bool done = false;
        QString code;
        ApiCall call;
        call.path = kQueues;
        call.query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        api.send(call, this, [&](const Result<HttpResult> &r) {
            done = true;
            code = r.ok() ? QString() : r.error().code;
        });
        QVERIFY(waitFor([&] { return done; }));
        QCOMPARE(code, QStringLiteral("genesys.toolarge"));
    }

    void badCredentialsStopHammeringAndNeverLeak()
    {
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        GenesysFixture f;
        f.fake.setCredentials(QStringLiteral("earshot-client"), QStringLiteral("the-real-one"));
        for (int i = 0; i < 5; ++i) {
            auto o = send(f, kQueues, this);
            QVERIFY(waitFor([&] { return o->done; }));
            QVERIFY(!o->ok);
            QVERIFY(o->error.contains(QStringLiteral("check client id / secret / role")));
            QVERIFY(o->code.startsWith(QStringLiteral("auth.")));
        }
        QCOMPARE(f.fake.requestCount("/oauth/token"), TokenCache::kMaxBadCredentialAnswers);
        QVERIFY(f.tokens->blocked());
        // New credentials unblock it.
        f.tokens->setCredentials(QStringLiteral("earshot-client"), QStringLiteral("the-real-one"));
        auto fixed = send(f, kQueues, this);
        QVERIFY(waitFor([&] { return fixed->done; }));
        QVERIFY(fixed->ok);
        qInstallMessageHandler(previous);
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QStringLiteral("earshot-secret")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("the-real-one")), qPrintable(line));
        }
        QVERIFY(!g_log.isEmpty()); // the failures were logged (under earshot.auth)
    }

    void refusedConnectionIsOffline()
    {
        GenesysFixture f;
        f.settings.backoff.maxRetries = 1;
        f.fake.server().close();
        GenesysApiClient api(f.network, f.clock, *f.tokens, f.settings.endpoints.apiBase, {},
                             BackoffPolicy{1000, 60'000, 2.0, 0.0, 1, 180'000});
        bool done = false;
        QString code;
        ApiCall call;
        call.path = kQueues;
        api.send(call, this, [&](const Result<HttpResult> &r) {
            done = true;
            code = r.ok() ? QString() : r.error().code;
        });
        QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }));
        f.clock.advance(1000);
        QVERIFY(waitFor([&] { return done; }));
        QCOMPARE(code, QStringLiteral("net.offline"));
    }
};

QTEST_GUILESS_MAIN(TestGenesysApiClient)
#include "TestGenesysApiClient.moc"
