#include "tests/support/GenesysFixture.h"

#include "core/model/TimeWindow.h"

#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr qint64 kStart = kT0 - 600;
constexpr qint64 kEnd = kT0 - 300;
const QByteArray kSummaryPath = "/api/v2/analytics/quality/summary";

using Row = FakeGenesysCloud::SummaryRow;

Row row(const QString &id, const QString &name, std::optional<double> mos,
        std::optional<double> loss, std::optional<double> jitter, int calls)
{
    Row r;
    r.queueId = id;
    r.queueName = name;
    r.mosScore = mos;
    r.packetLossPercent = loss;
    r.jitterMs = jitter;
    r.conversationCount = calls;
    return r;
}

Row noCalls(const QString &id, const QString &name)
{
    Row r;
    r.queueId = id;
    r.queueName = name;
    r.metricsNull = true;
    return r;
}

Result<WindowFetch> fetch(GenesysFixture &f, QObject *context)
{
    std::optional<Result<WindowFetch>> result;
    f.stack->source().fetchWindow(kStart, kEnd, context,
                                  [&](const Result<WindowFetch> &r) { result = r; });
    if (!waitFor([&] { return result.has_value(); }))
        return Error{ErrorKind::NetworkOffline, // no kind matches a test timeout; never expected
                     QStringLiteral("no answer")};
    return *result;
}

QByteArray summaryBody(const QByteArray &results)
{
    return "{\"granularity\":\"FIVE_MINUTES\",\"interval\":\"2025-11-23T09:50:00.000Z/"
           "2025-11-23T09:55:00.000Z\",\"results\":" +
           results + "}";
}

} // namespace

class TestSummarySource : public QObject
{
    Q_OBJECT

private slots:
    void asksForTheWindowWithAnEncodedInterval()
    {
        GenesysFixture f(QualitySourceKind::Summary);
        QVERIFY(fetch(f, this).ok());
        QCOMPARE(f.fake.requestCount(kSummaryPath), 1);
        const HttpRequest &sent = f.fake.server().requests().last();
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(sent.path, kSummaryPath);
        QVERIFY2(sent.target.contains("granularity=FIVE_MINUTES"), sent.target.constData());
        QVERIFY2(sent.target.contains(
                     "interval=2025-11-23T09%3A50%3A00.000Z%2F2025-11-23T09%3A55%3A00.000Z"),
                 sent.target.constData());
        QCOMPARE(sent.query.queryItemValue(QStringLiteral("interval"), QUrl::FullyDecoded),
                 isoInterval(kStart, kEnd));
        QVERIFY(sent.header("authorization").startsWith("Bearer "));
    }

    void theReferenceExampleBecomesSamples()
    {
        GenesysFixture f(QualitySourceKind::Summary);
        f.fake.setSummaryProvider([](qint64 start, qint64 end) {
            Q_ASSERT(start == kStart && end == kEnd);
            return QList<Row>{row(QStringLiteral("8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d"),
                                  QStringLiteral("Sales"), 2.45, 3.2, 120.0, 14),
                              noCalls(QStringLiteral("billing"), QStringLiteral("Billing"))};
        });
        const auto r = fetch(f, this);
        QVERIFY2(r.ok(), qPrintable(failureOf(r)));
        QCOMPARE(r.value().samples.size(), 1); // Billing had no calls: no data, not bad
        const QualitySample &s = r.value().samples[0];
        QCOMPARE(s.queueName, QStringLiteral("Sales"));
        QCOMPARE(s.windowStart, kStart);
        QCOMPARE(s.windowEnd, kEnd);
        QCOMPARE(s.calls, 14);
        QCOMPARE(*s.mosMean, 2.45);
        QCOMPARE(*s.packetLossPercent, 3.2);
        QCOMPARE(*s.jitterMs, 120.0);
        QVERIFY(r.value().problems.isEmpty());
    }

    void nullMetricsAreAbsentNotZero()
    {
        GenesysFixture f(QualitySourceKind::Summary);
        f.fake.setSummaryProvider([](qint64, qint64) {
            return QList<Row>{row(QStringLiteral("qA"), QStringLiteral("Sales"), std::nullopt, 1.5,
                                  std::nullopt, 5)};
        });
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        QCOMPARE(r.value().samples.size(), 1);
        QVERIFY(!r.value().samples[0].mosMean.has_value());
        QVERIFY(!r.value().samples[0].jitterMs.has_value());
        QCOMPARE(*r.value().samples[0].packetLossPercent, 1.5);
    }

    void onlyMonitoredQueuesAreKept()
    {
        GenesysFixture f(QualitySourceKind::Summary, {QStringLiteral("qB")});
        f.fake.setSummaryProvider([](qint64, qint64) {
            return QList<Row>{
                row(QStringLiteral("qA"), QStringLiteral("Sales"), 4.1, 0.1, 5.0, 9),
                row(QStringLiteral("qB"), QStringLiteral("Billing"), 3.1, 2.0, 30.0, 4)};
        });
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        QCOMPARE(r.value().samples.size(), 1);
        QCOMPARE(r.value().samples[0].queueId, QStringLiteral("qB"));
    }

    void outOfRangeValuesRefuseTheQueueAndSayWhy()
    {
        GenesysFixture f(QualitySourceKind::Summary);
        f.fake.setSummaryProvider([](qint64, qint64) {
            return QList<Row>{
                row(QStringLiteral("qA"), QStringLiteral("Sales"), 7.5, 0.1, 5.0, 9),
                row(QStringLiteral("qB"), QStringLiteral("Billing"), 4.0, 0.5, 9.0, 3)};
        });
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        QCOMPARE(r.value().samples.size(), 1); // only the sound queue
        QCOMPARE(r.value().samples[0].queueId, QStringLiteral("qB"));
        QCOMPARE(r.value().problems.size(), 1);
        QVERIFY2(r.value().problems[0].contains(QStringLiteral("mosScore")),
                 qPrintable(r.value().problems[0]));
    }

    void badBodiesGiveNoSample_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("whole"); // the whole answer is refused (an error)
        QTest::newRow("malformed JSON") << QByteArray("{\"results\": [{\"queueId\": ") << true;
        QTest::newRow("not an object") << QByteArray("[]") << true;
        QTest::newRow("HTML from a proxy") << QByteArray("<html>Bad gateway</html>") << true;
        QTest::newRow("wrong types")
            << summaryBody("[{\"queueId\":\"qA\",\"metrics\":{\"mosScore\":\"high\","
                           "\"conversationCount\":3}}]")
            << false;
        QTest::newRow("null-laden")
            << summaryBody("[null,{\"queueId\":null,\"metrics\":"
                           "{\"mosScore\":null,\"conversationCount\":null}}]")
            << false;
        QTest::newRow("huge numbers")
            << summaryBody("[{\"queueId\":\"qA\",\"metrics\":{\"mosScore\":1e400,"
                           "\"conversationCount\":3}}]")
            << false;
    }

    void badBodiesGiveNoSample()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, whole);
        GenesysFixture f(QualitySourceKind::Summary);
        f.faults.push(GenesysFault::body(kSummaryPath, body));
        const auto r = fetch(f, this);
        if (!r.ok()) {
            QCOMPARE(r.error().kind, ErrorKind::GenesysData);
            QVERIFY(r.error().message.startsWith(
                QStringLiteral("GET /api/v2/analytics/quality/summary for ")));
            return;
        }
        // Only a per-queue refusal may leave the answer standing: no sample, and why.
        QVERIFY(!whole);
        QVERIFY(r.value().samples.isEmpty());
        QVERIFY(!r.value().problems.isEmpty());
    }

    void httpErrorsAreErrors()
    {
        GenesysFixture f(QualitySourceKind::Summary);
        f.faults.push(GenesysFault::status(kSummaryPath, 404));
        const auto r = fetch(f, this);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::GenesysHttp);
        QVERIFY(r.error().message.startsWith(
            QStringLiteral("GET /api/v2/analytics/quality/summary: HTTP 404")));
    }

    void aHugeAnswerIsRefused()
    {
        GenesysFixture f(QualitySourceKind::Summary);
        f.settings.maxBodyBytes = 64 * 1024;
        GenesysStack stack(f.network, f.clock, f.settings);
        f.faults.push(
            GenesysFault::body(kSummaryPath, summaryBody("[" + QByteArray(200'000, ' ') + "]")));
        std::optional<Result<WindowFetch>> result;
        stack.source().fetchWindow(kStart, kEnd, this,
                                   [&](const Result<WindowFetch> &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::GenesysTooLarge);
    }
};

QTEST_GUILESS_MAIN(TestSummarySource)
#include "TestSummarySource.moc"
