#include "core/common/ManualClock.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/simulator/FakePagerDuty.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>

using namespace earshot;

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
    DeliveryOutcome send(FakePagerDuty &pd, const QByteArray &body, int timeoutMs = 2000)
    {
        ManualClock clock;
        QNetworkAccessManager network;
        PagerDutySettings settings;
        settings.eventsUrl = pd.eventsUrl();
        settings.requestTimeoutMs = timeoutMs;
        PagerDutyClient client(network, clock, settings);
        std::optional<DeliveryOutcome> outcome;
        client.send(body, this, [&](const DeliveryOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 8000))
            return DeliveryOutcome{
                DeliveryOutcome::Kind::Retry, -1, {}, QStringLiteral("no answer")};
        return *outcome;
    }

private slots:
    void acceptedAndKeptByTheFake()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        const DeliveryOutcome o = send(pd, triggerBody(kKey));
        QCOMPARE(o.kind, DeliveryOutcome::Kind::Accepted);
        QCOMPARE(o.status, 202);
        QCOMPARE(pd.incidents().size(), 1);
        QCOMPARE(pd.incidents()[0].status, QStringLiteral("triggered"));
        const HttpRequest &seen = pd.server().requests().constFirst();
        QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
        QCOMPARE(seen.header("accept"), QByteArray("application/json"));
    }

    void wrongKeyIsA400NamingIt()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        const QString wrong = QStringLiteral("ffffffffffffffffffffffffffffffff");
        const DeliveryOutcome o = send(pd, triggerBody(wrong));
        QCOMPARE(o.status, 400);
        QCOMPARE(o.kind, DeliveryOutcome::Kind::KeyRejected);
        QVERIFY(o.message.contains(QStringLiteral("verify the integration key")));
        QVERIFY(!o.message.contains(wrong)); // the key never appears in error text
    }

    void invalidEventIsRejectedNotRetried()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        const QByteArray v1 = "{\"routing_key\":\"" + kKey.toLatin1() +
                              "\",\"event_type\":\"trigger\",\"dedup_key\":\"x\"}";
        const DeliveryOutcome o = send(pd, v1);
        QCOMPARE(o.kind, DeliveryOutcome::Kind::Rejected);
        QVERIFY(o.message.contains(QStringLiteral("event_action")));
    }

    void proxyAnswersAndTransientFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("401") << 401 << QByteArray() << int(DeliveryOutcome::Kind::KeyRejected)
                             << QStringLiteral("verify the integration key");
        QTest::newRow("403") << 403 << QByteArray() << int(DeliveryOutcome::Kind::KeyRejected)
                             << QStringLiteral("verify the service is active and accepts events");
        QTest::newRow("429") << 429 << QByteArray("30") << int(DeliveryOutcome::Kind::Retry)
                             << QStringLiteral("429");
        QTest::newRow("500") << 500 << QByteArray() << int(DeliveryOutcome::Kind::Retry)
                             << QStringLiteral("500");
        QTest::newRow("503") << 503 << QByteArray() << int(DeliveryOutcome::Kind::Retry)
                             << QStringLiteral("503");
    }

    void proxyAnswersAndTransientFailures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, words);
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        pd.pushFault(FakePagerDuty::Fault{status, retryAfter, 0, false});
        const DeliveryOutcome o = send(pd, triggerBody(kKey));
        QCOMPARE(int(o.kind), kind);
        QVERIFY2(o.message.contains(words), qPrintable(o.message));
        if (!retryAfter.isEmpty())
            QCOMPARE(o.retryAfterMs, std::optional<qint64>(30'000));
        QVERIFY(pd.incidents().isEmpty());
    }

    void timeoutAndRefusedAreRetried()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        pd.pushFault(FakePagerDuty::Fault{202, {}, 3000, false});
        QCOMPARE(send(pd, triggerBody(kKey), 200).kind, DeliveryOutcome::Kind::Retry);
        // Qt resends once on its own when a connection drops before any answer: drop twice.
        pd.pushFault(FakePagerDuty::Fault{0, {}, 0, true});
        pd.pushFault(FakePagerDuty::Fault{0, {}, 0, true});
        QCOMPARE(send(pd, triggerBody(kKey)).kind, DeliveryOutcome::Kind::Retry);
        pd.close();
        QCOMPARE(send(pd, triggerBody(kKey)).kind, DeliveryOutcome::Kind::Retry);
    }

    void classifyIsPure()
    {
        HttpResult garbage;
        garbage.status = 400;
        garbage.body = "<html>bad gateway</html>";
        const DeliveryOutcome o = PagerDutyClient::classify(garbage, 0);
        QCOMPARE(o.kind, DeliveryOutcome::Kind::Rejected);
        QVERIFY(o.message.contains(QStringLiteral("no reason given")));
    }
};

QTEST_GUILESS_MAIN(TestPagerDutyClient)
#include "TestPagerDutyClient.moc"
