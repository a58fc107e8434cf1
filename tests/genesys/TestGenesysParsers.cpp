#include "app/demo/ConversationFactory.h"
#include "core/genesys/parse/ConversationChecks.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/genesys/parse/QualityAggregator.h"

#include <QObject>
#include <QTest>

using namespace earshot;

namespace {

constexpr qint64 kStart = 1'763'892'000; // 2025-11-23T10:00:00Z
constexpr qint64 kEnd = kStart + 300;

SimulatedCall call(const QString &id, QStringList queues, double mos, qint64 received,
                   qint64 discarded, qint64 invalid, double latency)
{
    SimulatedCall c;
    c.conversationId = id;
    c.startSecs = kStart + 10;
    c.queueIds = std::move(queues);
    c.mos = mos;
    c.receivedPackets = received;
    c.discardedPackets = discarded;
    c.invalidPackets = invalid;
    c.overrunPackets = discarded / 2;
    c.underrunPackets = 0;
    c.maxLatencyMs = latency;
    return c;
}

} // namespace

class TestGenesysParsers : public QObject
{
    Q_OBJECT

private slots:
    void token()
    {
        const auto ok = parseTokenResponse(
            R"({"access_token":"abc.def","token_type":"bearer","expires_in":86400})");
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().accessToken, QStringLiteral("abc.def"));
        QCOMPARE(ok.value().expiresInSecs, 86400);
        QVERIFY(!parseTokenResponse(R"({"access_token":"x","expires_in":0})").ok());
        QVERIFY(!parseTokenResponse(R"({"access_token":"","expires_in":60})").ok());
        QVERIFY(
            !parseTokenResponse(R"({"access_token":"x","token_type":"mac","expires_in":60})").ok());
        QVERIFY(!parseTokenResponse(R"({"access_token":null,"expires_in":null})").ok());
        // Found by FuzzTokenParser: a lifetime that truncates to 0 or overflows an integer.
        QVERIFY(!parseTokenResponse(R"({"access_token":"x","expires_in":0.5})").ok());
        QVERIFY(!parseTokenResponse(R"({"access_token":"x","expires_in":8.63e101})").ok());
        const auto truncated = parseTokenResponse("{\"access_token\":\"s3cr3t-token\",\"expi");
        QVERIFY(!truncated.ok());
        QVERIFY(!truncated.error().message.contains(QStringLiteral("s3cr3t")));
        QCOMPARE(parseOAuthError(R"({"error":"invalid_client","error_description":"bad"})").error,
                 QStringLiteral("invalid_client"));
        QCOMPARE(parseOAuthError("<html>").error, QString());
    }

    void detailsPageOfRealShape()
    {
        const QList<SimulatedCall> calls = {
            call(QStringLiteral("c1"), {QStringLiteral("qA")}, 4.1, 10'000, 30, 10, 80),
            call(QStringLiteral("c2"), {QStringLiteral("qA"), QStringLiteral("qB")}, 2.9, 8'000,
                 400, 0, 200),
        };
        const QByteArray body = detailsPageJson(calls, 2);
        QVERIFY(body.size() > 10'000); // two 5-10 KB records
        const auto page = parseDetailsPage(body);
        QVERIFY(page.ok());
        QCOMPARE(page.value().totalHits, std::optional<qint64>(2));
        QCOMPARE(page.value().conversations.size(), 2);
        const ConversationQuality &c2 = page.value().conversations[1];
        QCOMPARE(c2.conversationId, QStringLiteral("c2"));
        QCOMPARE(c2.queueIds, (QStringList{QStringLiteral("qA"), QStringLiteral("qB")}));
        QCOMPARE(c2.minMos, std::optional<double>(2.9));
        // Counters split over endpoints sum back to the call's totals.
        QCOMPARE(c2.receivedPackets, 8'000);
        QCOMPARE(c2.discardedPackets, 400);
        QCOMPARE(c2.invalidPackets, 0);
        QCOMPARE(c2.overrunPackets, 200);
        QCOMPARE(c2.maxLatencyMs, std::optional<double>(200));
    }

    void realisticRecordSize()
    {
        const QList<SimulatedCall> calls =
            generateWindow(7, kStart, 300, {QueueLoad{QStringLiteral("q"), 20}});
        for (const SimulatedCall &c : calls) {
            const qsizetype size = conversationJson(c).size();
            QVERIFY2(size >= 5 * 1024 && size <= 10 * 1024, qPrintable(QString::number(size)));
        }
    }

    void emptyPageHasNoArray()
    {
        const QByteArray body = detailsPageJson({}, 0);
        QVERIFY(!body.contains("conversations"));
        const auto page = parseDetailsPage(body);
        QVERIFY(page.ok());
        QVERIFY(page.value().conversations.isEmpty());
    }

    void brokenPagesAreErrorsNeverPartialSuccess()
    {
        const QByteArray body =
            detailsPageJson(generateWindow(3, kStart, 300, {QueueLoad{QStringLiteral("q"), 5}}), 5);
        for (int cut = 1; cut < body.size(); cut += 997)
            QVERIFY2(!parseDetailsPage(body.left(cut)).ok(), qPrintable(QString::number(cut)));
        QVERIFY(!parseDetailsPage("[]").ok());
        QVERIFY(!parseDetailsPage(R"({"conversations":"many"})").ok());
        QVERIFY(!parseDetailsPage("").ok());
        QVERIFY(!parseDetailsPage(QByteArray(100'000, '[')).ok()); // deep nesting
    }

    void malformedConversationsAreSkippedAndCounted()
    {
        const auto page = parseDetailsPage(
            R"({"totalHits":null,"conversations":[null,{"conversationId":null},
               {"conversationId":"c-bad-start","conversationStart":"yesterday"},
               {"conversationId":"c-bad-counter","conversationStart":"2025-11-23T10:00:05.000Z",
                "participants":[{"sessions":[{"mediaType":"voice","mediaEndpointStats":[{"receivedPackets":"lots"}]}]}]},
               {"conversationId":"c-mos","conversationStart":"2025-11-23T10:00:05.000Z",
                "mediaStatsMinConversationMos":9.5,
                "participants":[{"sessions":[{"mediaType":"voice","segments":[{"queueId":"q1"}],
                  "mediaEndpointStats":[{"minMos":3.9,"receivedPackets":1e3}]}]}]},
               {"conversationId":"c-ok","conversationStart":"2025-11-23T10:00:05.000Z",
                "participants":[{"sessions":[{"mediaType":"voice","segments":[{"queueId":"q1"}],
                  "mediaEndpointStats":[{"minMos":3.9,"receivedPackets":1e3}]}]}]}]})");
        QVERIFY(page.ok());
        QCOMPARE(page.value().skipped, 5); // MOS 9.5 is impossible: that call is malformed
        QVERIFY(!page.value().firstProblem.isEmpty());
        QCOMPARE(page.value().conversations.size(), 1);
        QCOMPARE(page.value().conversations[0].conversationId, QStringLiteral("c-ok"));
        QCOMPARE(page.value().conversations[0].minMos, std::optional<double>(3.9));
        QVERIFY(!page.value().totalHits.has_value());
    }

    void impossibleValuesMakeAConversationMalformed_data()
    {
        QTest::addColumn<QByteArray>("stats");
        QTest::addColumn<QString>("words");
        QTest::newRow("discarded > received")
            << QByteArray(R"("receivedPackets":100,"discardedPackets":150)")
            << QStringLiteral("lost");
        QTest::newRow("discarded+invalid > received")
            << QByteArray(R"("receivedPackets":100,"discardedPackets":60,"invalidPackets":60)")
            << QStringLiteral("lost");
        QTest::newRow("buffer discards > received")
            << QByteArray(R"("receivedPackets":100,"overrunPackets":80,"underrunPackets":80)")
            << QStringLiteral("jitter-buffer");
        QTest::newRow("latency 1e300")
            << QByteArray(R"("receivedPackets":100,"maxLatencyMs":1e300)")
            << QStringLiteral("latency");
        QTest::newRow("latency over a minute")
            << QByteArray(R"("receivedPackets":100,"maxLatencyMs":60001)")
            << QStringLiteral("latency");
        QTest::newRow("negative latency")
            << QByteArray(R"("receivedPackets":100,"maxLatencyMs":-5)")
            << QStringLiteral("latency");
        QTest::newRow("MOS 0.5") << QByteArray(R"("receivedPackets":100,"minMos":0.5)")
                                 << QStringLiteral("MOS");
        QTest::newRow("MOS 5.01") << QByteArray(R"("receivedPackets":100,"minMos":5.01)")
                                  << QStringLiteral("MOS");
        QTest::newRow("2e9 packets")
            << QByteArray(R"("receivedPackets":2e9)") << QStringLiteral("packets");
        QTest::newRow("negative counter")
            << QByteArray(R"("receivedPackets":-1)") << QStringLiteral("whole number");
    }

    void impossibleValuesMakeAConversationMalformed()
    {
        QFETCH(QByteArray, stats);
        QFETCH(QString, words);
        const QByteArray body =
            R"({"conversations":[{"conversationId":"c-x","conversationStart":"2025-11-23T10:00:05.000Z",
                "participants":[{"sessions":[{"mediaType":"voice","segments":[{"queueId":"q1"}],
                  "mediaEndpointStats":[{)" +
            stats + R"(}]}]}]}]})";
        const auto page = parseDetailsPage(body);
        QVERIFY(page.ok());
        QCOMPARE(page.value().skipped, 1);
        QCOMPARE(page.value().conversations.size(), 0);
        QVERIFY2(page.value().firstProblem.contains(words), qPrintable(page.value().firstProblem));
        QVERIFY(page.value().firstProblem.size() < 200); // never a 300-digit number
    }

    void plausibleEdgesAreKept()
    {
        ConversationQuality c;
        c.conversationId = QStringLiteral("c");
        c.receivedPackets = 100;
        c.discardedPackets = 60;
        c.invalidPackets = 40; // exactly 100 % lost: bad, but possible
        c.minMos = 1.0;
        c.maxLatencyMs = 60'000;
        QCOMPARE(implausibility(c), QString());
        c.minMos = 5.0;
        c.maxLatencyMs = 0;
        QCOMPARE(implausibility(c), QString());
        c.minMos.reset();
        c.maxLatencyMs.reset();
        QCOMPARE(implausibility(c), QString());
        c.overrunPackets = -1;
        QVERIFY(implausibility(c).contains(QStringLiteral("negative")));
    }

    void aggregationMathByHand()
    {
        // Four calls on qA (one also on qB), hand-computed:
        //   MOS 4.0, 3.0, 2.0, 4.4 -> mean 3.35, min 2.0, p10 (rank ceil(0.4)=1) 2.0,
        //   below 3.5: 2 of 4 = 0.5
        //   received 1000+2000+1000+4000 = 8000; discarded+invalid 10+100+50+0 = 160 -> 2.0 %
        //   overrun (discarded/2): 5+40+25+0 = 70 -> 0.875 %
        //   latency 100, 300, 200, 50 -> max 300, p95 (rank ceil(3.8)=4) 300
        QualityAggregator agg(kStart, kEnd, 3.5, {{QStringLiteral("qA"), QStringLiteral("Sales")}},
                              {});
        const QList<SimulatedCall> calls = {
            call(QStringLiteral("c1"), {QStringLiteral("qA")}, 4.0, 1000, 10, 0, 100),
            call(QStringLiteral("c2"), {QStringLiteral("qA"), QStringLiteral("qB")}, 3.0, 2000, 80,
                 20, 300),
            call(QStringLiteral("c3"), {QStringLiteral("qA")}, 2.0, 1000, 50, 0, 200),
            call(QStringLiteral("c4"), {QStringLiteral("qA")}, 4.4, 4000, 0, 0, 50),
        };
        // Two pages that overlap (pages shift while data arrives): c2 is seen twice.
        const auto page1 = parseDetailsPage(detailsPageJson(calls.mid(0, 2), 4));
        const auto page2 = parseDetailsPage(detailsPageJson(calls.mid(1), 4));
        QVERIFY(page1.ok() && page2.ok());
        agg.add(page1.value());
        agg.add(page2.value());
        QCOMPARE(agg.conversationCount(), 4);
        const QList<QualitySample> samples = agg.samples();
        QCOMPARE(samples.size(), 2);
        const QualitySample &a = samples[0];
        QCOMPARE(a.queueId, QStringLiteral("qA"));
        QCOMPARE(a.queueName, QStringLiteral("Sales"));
        QCOMPARE(a.calls, 4);
        QCOMPARE(*a.mosMean, 3.35);
        QCOMPARE(*a.mosMin, 2.0);
        QCOMPARE(*a.mosP10, 2.0);
        QCOMPARE(*a.mosBelowWarningShare, 0.5);
        QCOMPARE(*a.packetLossPercent, 2.0);
        QCOMPARE(*a.jitterBufferDiscardPercent, 0.875);
        QCOMPARE(*a.latencyMaxMs, 300.0);
        QCOMPARE(*a.latencyP95Ms, 300.0);
        QVERIFY(!a.jitterMs.has_value()); // Genesys details: no jitter in ms
        QCOMPARE(a.worstCalls.size(), 4);
        QCOMPARE(a.worstCalls[0].conversationId, QStringLiteral("c3"));
        QCOMPARE(*a.worstCalls[0].packetLossPercent, 5.0);
        QCOMPARE(a.worstCalls[1].conversationId, QStringLiteral("c2"));
        // The conversation in two queues counts for qB too.
        const QualitySample &b = samples[1];
        QCOMPARE(b.queueId, QStringLiteral("qB"));
        QCOMPARE(b.calls, 1);
        QCOMPARE(*b.packetLossPercent, 5.0);
    }

    void aggregationRespectsMonitoredSetAndWindow()
    {
        QualityAggregator agg(kStart, kEnd, 3.5, {}, {QStringLiteral("qB")});
        SimulatedCall outside =
            call(QStringLiteral("late"), {QStringLiteral("qB")}, 2.0, 10, 0, 0, 1);
        outside.startSecs = kEnd + 1;
        const auto page = parseDetailsPage(
            detailsPageJson({call(QStringLiteral("c1"), {QStringLiteral("qA")}, 2.0, 10, 0, 0, 1),
                             call(QStringLiteral("c2"),
                                  {QStringLiteral("qA"), QStringLiteral("qB")}, 3.9, 10, 0, 0, 1),
                             outside},
                            3));
        agg.add(page.value());
        const QList<QualitySample> samples = agg.samples();
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples[0].queueId, QStringLiteral("qB"));
        QCOMPARE(samples[0].calls, 1);
        QCOMPARE(*samples[0].mosMean, 3.9);
    }

    void summaryFromTheReference()
    {
        const QByteArray body = R"({
          "granularity": "FIVE_MINUTES",
          "interval": "2025-11-23T10:00:00.000Z/2025-11-23T10:05:00.000Z",
          "results": [
            {"queueId": "8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d", "queueName": "Sales",
             "interval": "2025-11-23T10:00:00.000Z/2025-11-23T10:05:00.000Z",
             "metrics": {"mosScore": 2.45, "packetLossPercent": 3.2, "jitterMs": 120, "conversationCount": 14}},
            {"queueId": "b", "queueName": "Billing", "interval": "2025-11-23T10:00:00.000Z/2025-11-23T10:05:00.000Z", "metrics": null},
            {"queueId": "c", "queueName": "Claims", "metrics": {"mosScore": null, "packetLossPercent": 0.5, "conversationCount": 3}},
            {"queueId": "d", "queueName": "Dispatch", "metrics": {"mosScore": 7.5, "conversationCount": 3}},
            {"queueId": "e", "queueName": "Escalations", "metrics": {"mosScore": "4.1", "conversationCount": 3}},
            {"queueId": "f", "queueName": "Field", "metrics": {"mosScore": 4.1, "conversationCount": -2}},
            {"queueId": "g", "queueName": "Gold", "metrics": {"mosScore": 4.1, "conversationCount": 0}},
            {"queueId": "h", "queueName": "Help", "interval": "2025-11-23T09:00:00.000Z/2025-11-23T09:05:00.000Z",
             "metrics": {"mosScore": 4.1, "conversationCount": 9}}
          ]})";
        const auto parsed = parseQualitySummary(body, kStart, kEnd);
        QVERIFY(parsed.ok());
        const QList<QualitySample> &s = parsed.value().samples;
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].queueName, QStringLiteral("Sales"));
        QCOMPARE(*s[0].mosMean, 2.45);
        QCOMPARE(*s[0].packetLossPercent, 3.2);
        QCOMPARE(*s[0].jitterMs, 120.0);
        QCOMPARE(s[0].calls, 14);
        QCOMPARE(s[1].queueId, QStringLiteral("c"));
        QVERIFY(!s[1].mosMean.has_value());          // null metric = absent, not zero
        QCOMPARE(parsed.value().problems.size(), 4); // d, e, f, h; b and g are simply no data
        QVERIFY(parsed.value().problems.join(u' ').contains(QStringLiteral("Dispatch")));
        QVERIFY(!parseQualitySummary("{\"results\":[", kStart, kEnd).ok());
        QVERIFY(!parseQualitySummary(R"({"results":{}})", kStart, kEnd).ok());
        QVERIFY(parseQualitySummary(R"({"results":[]})", kStart, kEnd).value().samples.isEmpty());
    }

    void queuePage()
    {
        const auto page = parseQueuePage(
            R"({"entities":[{"id":"q1","name":"Sales"},{"name":"no id"}],"pageNumber":1,"pageCount":3,"total":250})");
        QVERIFY(page.ok());
        QCOMPARE(page.value().queues.size(), 1);
        QCOMPARE(page.value().pageCount, 3);
        QVERIFY(!parseQueuePage("{").ok());
        QVERIFY(!parseQueuePage(R"({"entities":5})").ok());
    }
};

QTEST_GUILESS_MAIN(TestGenesysParsers)
#include "TestGenesysParsers.moc"
