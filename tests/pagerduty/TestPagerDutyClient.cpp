#include "app/demo/FakePagerDuty.h"
#include "app/demo/LoopbackHttpServer.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "tests/support/ManualClock.h"
#include "tests/support/PagerDutyFaults.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef0123456789ABCDEF");

QByteArray triggerBody(const QString &key)
{
    Decision d;
    d.queueId = QStringLiteral("q1");
    d.queueName = QStringLiteral("Sales");
    d.dedupKey = makeDedupKey(d.queueId, 1000);
    d.severity = Severity::Warning;
    return withRoutingKey(buildEvent(d, {})->body, key);
}

} // namespace

class TestPagerDutyClient : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    DeliveryOutcome send(const QUrl &url, const QByteArray &body, int timeoutMs = 2000)
    {
        QNetworkAccessManager network;
        PagerDutySettings settings;
        settings.eventsUrl = url;
        settings.requestTimeoutMs = timeoutMs;
        PagerDutyClient client(network, m_clock, settings);
        std::optional<DeliveryOutcome> outcome;
        client.send(body, this, [&](const DeliveryOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 8000)) {
            qWarning("the client never answered");
            return DeliveryOutcome{DeliveryOutcome::Kind::Accepted, -1, {}, {}};
        }
        return *outcome;
    }

    // A raw answer over a real socket: what a proxy, a captive portal or a broken
    // PagerDuty edge could send.
    DeliveryOutcome answeredWith(const HttpResponse &response)
    {
        LoopbackHttpServer server;
        if (!server.listen())
            qFatal("cannot listen on 127.0.0.1");
        server.setHandler([response](const HttpRequest &) { return response; });
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/v2/enqueue"));
        return send(url, triggerBody(kKey));
    }

private slots:
    void acceptedWith202AndTheRightHeaders()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        const DeliveryOutcome o = send(pd.eventsUrl(), triggerBody(kKey));
        QCOMPARE(o.kind, DeliveryOutcome::Kind::Accepted);
        QCOMPARE(o.status, 202);
        QCOMPARE(pd.incidents().size(), 1);
        QCOMPARE(pd.incidents()[0].status, QStringLiteral("triggered"));
        const HttpRequest &seen = pd.server().requests().constFirst();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.path, QByteArray("/v2/enqueue"));
        QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
        QCOMPARE(seen.header("accept"), QByteArray("application/json"));
        QVERIFY(seen.header("authorization").isEmpty()); // the routing key authenticates
    }

    void wrongKeyIsA400NamingIt()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        const QString wrong = QStringLiteral("ffffffffffffffffffffffffffffffff");
        const DeliveryOutcome o = send(pd.eventsUrl(), triggerBody(wrong));
        QCOMPARE(o.status, 400);
        QCOMPARE(o.kind, DeliveryOutcome::Kind::KeyRejected);
        QVERIFY2(o.message.contains(QStringLiteral("verify the integration key")),
                 qPrintable(o.message));
        QVERIFY(o.message.contains(QStringLiteral("'routing_key' is invalid")));
        QVERIFY(!o.message.contains(wrong));
    }

    void keyEchoedByTheServerIsMasked()
    {
        const QByteArray body = "{\"status\":\"invalid event\",\"message\":\"Invalid routing key " +
                                kKey.toLatin1() + "\",\"errors\":[\"routing key " +
                                kKey.toLatin1() + " not found\"]}";
        const DeliveryOutcome o = answeredWith(HttpResponse::json(400, body));
        QCOMPARE(o.kind, DeliveryOutcome::Kind::KeyRejected);
        QVERIFY2(!o.message.contains(kKey), qPrintable(o.message));
        QVERIFY(o.message.contains(QStringLiteral("CDEF"))); // masked, still tells keys apart
    }

    void invalidEventIsRejectedWithPagerDutysWords()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        const QByteArray v1 = "{\"routing_key\":\"" + kKey.toLatin1() +
                              "\",\"event_type\":\"trigger\",\"dedup_key\":\"x\"}";
        const DeliveryOutcome o = send(pd.eventsUrl(), v1);
        QCOMPARE(o.status, 400);
        QCOMPARE(o.kind, DeliveryOutcome::Kind::Rejected);
        QVERIFY2(o.message.contains(QStringLiteral("HTTP 400")), qPrintable(o.message));
        QVERIFY(o.message.contains(QStringLiteral("Event object is invalid")));
        QVERIFY(o.message.contains(QStringLiteral("event_action")));
    }

    void statusAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::addColumn<qint64>("retryAfterMs"); // -1: none
        QTest::newRow("401 from a proxy")
            << 401 << QByteArray() << int(DeliveryOutcome::Kind::KeyRejected)
            << QStringLiteral("verify the integration key") << qint64(-1);
        QTest::newRow("403 from a proxy")
            << 403 << QByteArray() << int(DeliveryOutcome::Kind::KeyRejected)
            << QStringLiteral("verify the service is active and accepts events") << qint64(-1);
        QTest::newRow("429 with Retry-After seconds")
            << 429 << QByteArray("30") << int(DeliveryOutcome::Kind::Retry)
            << QStringLiteral("too many events") << qint64(30'000);
        // ManualClock starts at 2025-11-23T10:00:00Z.
        QTest::newRow("429 with Retry-After date")
            << 429 << QByteArray("Sun, 23 Nov 2025 10:01:30 GMT")
            << int(DeliveryOutcome::Kind::Retry) << QStringLiteral("429") << qint64(90'000);
        QTest::newRow("429 without Retry-After")
            << 429 << QByteArray() << int(DeliveryOutcome::Kind::Retry) << QStringLiteral("429")
            << qint64(-1);
        QTest::newRow("429 with garbage Retry-After")
            << 429 << QByteArray("soon") << int(DeliveryOutcome::Kind::Retry)
            << QStringLiteral("429") << qint64(-1);
        QTest::newRow("500") << 500 << QByteArray() << int(DeliveryOutcome::Kind::Retry)
                             << QStringLiteral("HTTP 500") << qint64(-1);
        QTest::newRow("502") << 502 << QByteArray() << int(DeliveryOutcome::Kind::Retry)
                             << QStringLiteral("HTTP 502") << qint64(-1);
        QTest::newRow("503") << 503 << QByteArray() << int(DeliveryOutcome::Kind::Retry)
                             << QStringLiteral("HTTP 503") << qint64(-1);
    }

    void statusAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, words);
        QFETCH(qint64, retryAfterMs);
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        PagerDutyFaults faults(pd);
        faults.push(PagerDutyFault::status(status, retryAfter));
        const DeliveryOutcome o = send(pd.eventsUrl(), triggerBody(kKey));
        QCOMPARE(o.status, status);
        QCOMPARE(int(o.kind), kind);
        QVERIFY2(o.message.contains(words), qPrintable(o.message));
        QCOMPARE(o.retryAfterMs,
                 retryAfterMs < 0 ? std::nullopt : std::optional<qint64>(retryAfterMs));
        QVERIFY(pd.incidents().isEmpty());
    }

    void timeoutIsRetried()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        PagerDutyFaults faults(pd);
        faults.push(PagerDutyFault::delayed(3000));
        const DeliveryOutcome o = send(pd.eventsUrl(), triggerBody(kKey), 200);
        QCOMPARE(o.kind, DeliveryOutcome::Kind::Retry);
        QVERIFY2(o.message.contains(QStringLiteral("timed out")), qPrintable(o.message));
    }

    void droppedConnectionIsRetried()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        // Qt resends once on its own when a connection drops before any answer: drop twice.
        PagerDutyFaults faults(pd);
        faults.push(PagerDutyFault::droppedConnection());
        faults.push(PagerDutyFault::droppedConnection());
        QCOMPARE(send(pd.eventsUrl(), triggerBody(kKey)).kind, DeliveryOutcome::Kind::Retry);
        QVERIFY(pd.acceptedEvents().isEmpty());
    }

    void refusedConnectionIsRetried()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        QVERIFY(pd.setRefusing(true));
        const DeliveryOutcome o = send(pd.eventsUrl(), triggerBody(kKey));
        QCOMPARE(o.kind, DeliveryOutcome::Kind::Retry);
        QCOMPARE(o.status, 0);
        QVERIFY(!o.message.isEmpty());
        QVERIFY(pd.setRefusing(false)); // same port again
        QCOMPARE(send(pd.eventsUrl(), triggerBody(kKey)).kind, DeliveryOutcome::Kind::Accepted);
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        // A captive portal or a wrong URL answering 200: not delivered.
        QTest::newRow("200 html") << 200 << QByteArray("<html>Welcome</html>")
                                  << int(DeliveryOutcome::Kind::Retry)
                                  << QStringLiteral("events_url");
        QTest::newRow("202 not json")
            << 202 << QByteArray("accepted") << int(DeliveryOutcome::Kind::Retry)
            << QStringLiteral("success");
        QTest::newRow("202 json array")
            << 202 << QByteArray("[\"success\"]") << int(DeliveryOutcome::Kind::Retry)
            << QStringLiteral("success");
        QTest::newRow("202 status null")
            << 202 << QByteArray("{\"status\":null}") << int(DeliveryOutcome::Kind::Retry)
            << QStringLiteral("success");
        QTest::newRow("202 empty") << 202 << QByteArray() << int(DeliveryOutcome::Kind::Retry)
                                   << QStringLiteral("success");
        QTest::newRow("400 html") << 400 << QByteArray("<html>bad request</html>")
                                  << int(DeliveryOutcome::Kind::Rejected)
                                  << QStringLiteral("no reason given");
        QTest::newRow("400 wrong types")
            << 400
            << QByteArray("{\"message\":17,\"errors\":[null,3,{\"x\":1},\"'summary' is missing\"]}")
            << int(DeliveryOutcome::Kind::Rejected) << QStringLiteral("'summary' is missing");
        QTest::newRow("400 errors not a list")
            << 400 << QByteArray("{\"message\":\"Event object is invalid\",\"errors\":\"x\"}")
            << int(DeliveryOutcome::Kind::Rejected) << QStringLiteral("Event object is invalid");
        QTest::newRow("413") << 413 << QByteArray("{\"message\":\"Request too large\"}")
                             << int(DeliveryOutcome::Kind::TooLarge)
                             << QStringLiteral("Request too large");
        QTest::newRow("404") << 404 << QByteArray("not found") << int(DeliveryOutcome::Kind::Retry)
                             << QStringLiteral("HTTP 404");
    }

    void malformedAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, words);
        HttpResponse response = HttpResponse::json(status, body);
        const DeliveryOutcome o = answeredWith(response);
        QCOMPARE(o.status, status);
        QCOMPARE(int(o.kind), kind);
        QVERIFY2(o.message.contains(words), qPrintable(o.message));
    }

    void hugeAnswerIsCutAndRetried()
    {
        const QByteArray huge =
            "{\"status\":\"success\",\"message\":\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}";
        const DeliveryOutcome o = answeredWith(HttpResponse::json(202, huge));
        QCOMPARE(o.kind, DeliveryOutcome::Kind::Retry);
        QVERIFY2(o.message.contains(QStringLiteral("larger than")), qPrintable(o.message));
    }

    void truncatedAnswerIsRetried()
    {
        HttpResponse response = HttpResponse::json(
            202, "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"x\"}");
        response.truncateBodyAt = 10;
        QCOMPARE(answeredWith(response).kind, DeliveryOutcome::Kind::Retry);
    }

    void plainHttpToARemoteHostNeverCarriesTheKey()
    {
        const DeliveryOutcome o =
            send(QUrl(QStringLiteral("http://events.pagerduty.com/v2/enqueue")), triggerBody(kKey));
        QCOMPARE(o.kind, DeliveryOutcome::Kind::KeyRejected); // pauses delivery, drops nothing
        QCOMPARE(o.status, 0);
        QVERIFY2(o.message.contains(QStringLiteral("https")), qPrintable(o.message));
        QVERIFY(!o.message.contains(kKey));
    }

    void classifyReadsAnswersDirectly()
    {
        HttpResult ok;
        ok.status = 202;
        ok.body = R"({"status":"success","message":"Event processed","dedup_key":"k"})";
        QCOMPARE(PagerDutyClient::classify(ok, 0).kind, DeliveryOutcome::Kind::Accepted);

        HttpResult integrationKey;
        integrationKey.status = 400;
        integrationKey.body = R"({"status":"invalid event","message":"Invalid Integration Key"})";
        QCOMPARE(PagerDutyClient::classify(integrationKey, 0).kind,
                 DeliveryOutcome::Kind::KeyRejected);

        HttpResult timeout;
        timeout.failure = HttpResult::Failure::Timeout;
        timeout.errorText = QStringLiteral("POST /v2/enqueue: no answer within 30 s (timed out).");
        const DeliveryOutcome t = PagerDutyClient::classify(timeout, 0);
        QCOMPARE(t.kind, DeliveryOutcome::Kind::Retry);
        QCOMPARE(t.message, timeout.errorText);
        QVERIFY(!t.retryAfterMs);
    }
};

QTEST_GUILESS_MAIN(TestPagerDutyClient)
#include "TestPagerDutyClient.moc"
