#include "tests/support/GenesysFixture.h"

#include "core/model/TimeWindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr qint64 kStart = kT0 - 600; // 09:50-09:55, the newest complete window at 10:00
constexpr qint64 kEnd = kT0 - 300;
const QByteArray kDetailsPath = "/api/v2/analytics/conversations/details/query";

SimulatedCall call(const QString &id, qint64 start, QStringList queues, double mos = 4.2)
{
    SimulatedCall c;
    c.conversationId = id;
    c.startSecs = start;
    c.queueIds = std::move(queues);
    c.mos = mos;
    return c;
}

QList<SimulatedCall> numberedCalls(int count, const QString &queue)
{
    QList<SimulatedCall> calls;
    for (int i = 0; i < count; ++i)
        calls.append(
            call(QStringLiteral("c%1").arg(i, 5, 10, QLatin1Char('0')), kStart + i % 300, {queue}));
    return calls;
}

Result<WindowFetch> fetch(GenesysFixture &f, QObject *context, qint64 start = kStart,
                          qint64 end = kEnd)
{
    std::optional<Result<WindowFetch>> result;
    f.stack->source().fetchWindow(start, end, context,
                                  [&](const Result<WindowFetch> &r) { result = r; });
    if (!waitFor([&] { return result.has_value(); }, 30'000))
        return Error{ErrorKind::NetworkOffline, // no kind matches a test timeout; never expected
                     QStringLiteral("no answer")};
    return *result;
}

QList<QJsonObject> detailsBodies(GenesysFixture &f)
{
    QList<QJsonObject> bodies;
    for (const HttpRequest &r : f.fake.server().requests()) {
        if (r.path == kDetailsPath)
            bodies.append(QJsonDocument::fromJson(r.body).object());
    }
    return bodies;
}

// The page numbers the server was asked for, sorted.
QList<int> pageNumbersRequested(GenesysFixture &f)
{
    QList<int> pages;
    for (const QJsonObject &body : detailsBodies(f))
        pages.append(body.value(QStringLiteral("paging"))
                         .toObject()
                         .value(QStringLiteral("pageNumber"))
                         .toInt());
    std::sort(pages.begin(), pages.end());
    return pages;
}

const QualitySample *sampleFor(const WindowFetch &w, const QString &queueId)
{
    for (const QualitySample &s : w.samples) {
        if (s.queueId == queueId)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestDetailsSource : public QObject
{
    Q_OBJECT

private slots:
    void requestBodyIsTheReferenceQuery()
    {
        GenesysFixture f(QualitySourceKind::Details, {QStringLiteral("q1"), QStringLiteral("q2")});
        auto &source = static_cast<DetailsSource &>(f.stack->source());
        const QJsonObject expected = QJsonDocument::fromJson(R"({
          "interval": "2025-11-23T09:50:00.000Z/2025-11-23T09:55:00.000Z",
          "order": "asc",
          "orderBy": "conversationStart",
          "paging": { "pageSize": 100, "pageNumber": 3 },
          "segmentFilters": [
            { "type": "and", "predicates": [
              { "type": "dimension", "dimension": "mediaType", "operator": "matches", "value": "voice" } ] },
            { "type": "or", "predicates": [
              { "type": "dimension", "dimension": "queueId", "operator": "matches", "value": "q1" },
              { "type": "dimension", "dimension": "queueId", "operator": "matches", "value": "q2" } ] }
          ]
        })")
                                         .object();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(source.queryBody(kStart, kEnd, 3)).object(), expected);

        // Every queue: only the voice filter.
        GenesysFixture all;
        const QJsonObject body =
            QJsonDocument::fromJson(
                static_cast<DetailsSource &>(all.stack->source()).queryBody(kStart, kEnd, 1))
                .object();
        QCOMPARE(body.value(QStringLiteral("segmentFilters")).toArray().size(), 1);
    }

    void pagesUntilAPageComesBackWithoutConversations()
    {
        GenesysFixture f;
        f.fake.setCallsProvider(
            [](qint64, qint64) { return numberedCalls(1050, QStringLiteral("qA")); });
        const auto r = fetch(f, this);
        QVERIFY2(r.ok(), qPrintable(failureOf(r)));
        // 11 pages with calls (the last one partly filled), then one without: 12 requests.
        // Pages go out concurrently: they reach the server in any order.
        QCOMPARE(pageNumbersRequested(f), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        QCOMPARE(r.value().samples.size(), 1);
        QCOMPARE(r.value().samples[0].calls, 1050);
        QCOMPARE(r.value().samples[0].windowStart, kStart);
        QCOMPARE(r.value().samples[0].windowEnd, kEnd);
        QVERIFY(r.value().problems.isEmpty());
    }

    void anEmptyWindowIsOneRequestAndNoSample()
    {
        GenesysFixture f;
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        QVERIFY(r.value().samples.isEmpty()); // no calls: no data, never bad quality
        QCOMPARE(f.fake.requestCount(kDetailsPath), 1);
    }

    void aCallInTwoQueuesCountsForBoth()
    {
        GenesysFixture f;
        f.fake.setCallsProvider([](qint64, qint64) {
            return QList<SimulatedCall>{
                call(QStringLiteral("transferred"), kStart + 10,
                     {QStringLiteral("qA"), QStringLiteral("qB")}, 2.0),
                call(QStringLiteral("sales-only"), kStart + 20, {QStringLiteral("qA")}, 4.0)};
        });
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        QCOMPARE(r.value().samples.size(), 2);
        const QualitySample *sales = sampleFor(r.value(), QStringLiteral("qA"));
        const QualitySample *billing = sampleFor(r.value(), QStringLiteral("qB"));
        QVERIFY(sales && billing);
        QCOMPARE(sales->calls, 2);
        QCOMPARE(billing->calls, 1);
        QCOMPARE(*billing->mosMin, 2.0);
        QCOMPARE(*sales->mosMean, 3.0);
    }

    void conversationsRepeatedByShiftingPagesCountOnce()
    {
        GenesysFixture f;
        int requests = 0;
        f.fake.setCallsProvider([&requests](qint64, qint64) {
            // From the second page on, a call that arrived meanwhile sorts first, so the
            // last call of page 1 comes back again on page 2.
            QList<SimulatedCall> calls = numberedCalls(150, QStringLiteral("qA"));
            if (++requests >= 2)
                calls.prepend(call(QStringLiteral("arrived-late"), kStart, {QStringLiteral("qA")}));
            return calls;
        });
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        QCOMPARE(f.fake.requestCount(kDetailsPath), 3);
        // c00000..c00149 once each; c00099 was served twice; "arrived-late" sat on page 1.
        QCOMPARE(r.value().samples[0].calls, 150);
    }

    void monitoredQueuesAreFilteredInTheRequest()
    {
        GenesysFixture f(QualitySourceKind::Details, {QStringLiteral("qB")});
        f.fake.setCallsProvider([](qint64, qint64) {
            return QList<SimulatedCall>{
                call(QStringLiteral("a1"), kStart + 1, {QStringLiteral("qA")}),
                call(QStringLiteral("b1"), kStart + 2, {QStringLiteral("qB")}),
                call(QStringLiteral("ab"), kStart + 3,
                     {QStringLiteral("qA"), QStringLiteral("qB")})};
        });
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        // The server filtered by queue; a call that also touched qA counts for qB only.
        QCOMPARE(r.value().samples.size(), 1);
        QCOMPARE(r.value().samples[0].queueId, QStringLiteral("qB"));
        QCOMPARE(r.value().samples[0].calls, 2);
        const QJsonArray filters =
            detailsBodies(f).first().value(QStringLiteral("segmentFilters")).toArray();
        QCOMPARE(filters.size(), 2);
        QCOMPARE(filters[1].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("or"));
        QCOMPARE(filters[1]
                     .toObject()
                     .value(QStringLiteral("predicates"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("qB"));
    }

    void queueNamesComeFromTheDirectory()
    {
        GenesysFixture f;
        f.fake.setCallsProvider([](qint64, qint64) {
            return QList<SimulatedCall>{call(QStringLiteral("x"), kStart, {QStringLiteral("qB")}),
                                        call(QStringLiteral("y"), kStart, {QStringLiteral("qZ")})};
        });
        std::optional<Status> listed;
        f.stack->directory().refresh(this, [&](const Status &s) { listed = s; });
        QVERIFY(waitFor([&] { return listed.has_value(); }));
        QVERIFY(listed->ok());
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        QCOMPARE(sampleFor(r.value(), QStringLiteral("qB"))->queueName, QStringLiteral("Billing"));
        // A queue the directory does not know keeps its id and no invented name.
        QVERIFY(sampleFor(r.value(), QStringLiteral("qZ"))->queueName.isEmpty());
    }

    void aBrokenPageFailsTheWholeWindow_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("malformed JSON") << QByteArray("{\"totalHits\": 3, \"conversations\": [{");
        QTest::newRow("not an object") << QByteArray("[1,2,3]");
        QTest::newRow("conversations not an array")
            << QByteArray("{\"totalHits\":3,\"conversations\":{\"a\":1}}");
        QTest::newRow("empty body") << QByteArray(" ");
    }

    void aBrokenPageFailsTheWholeWindow()
    {
        QFETCH(QByteArray, body);
        GenesysFixture f;
        f.fake.setCallsProvider(
            [](qint64, qint64) { return numberedCalls(250, QStringLiteral("qA")); });
        f.faults.push(GenesysFault::asIs(kDetailsPath));       // page 1 as it is
        f.faults.push(GenesysFault::body(kDetailsPath, body)); // page 2
        // Faults hit requests in arrival order: one page at a time keeps it page order.
        static_cast<DetailsSource &>(f.stack->source()).setMaxPagesInFlight(1);
        const auto r = fetch(f, this);
        QVERIFY(!r.ok()); // never a sample from part of the window
        QCOMPARE(r.error().kind, ErrorKind::GenesysData);
        QVERIFY2(r.error().message.contains(QStringLiteral("page 2")),
                 qPrintable(r.error().message));
        QCOMPARE(f.fake.requestCount(kDetailsPath), 2);
    }

    void aCutOffPageIsFetchedAgain()
    {
        GenesysFixture f;
        f.fake.setCallsProvider(
            [](qint64, qint64) { return numberedCalls(150, QStringLiteral("qA")); });
        f.faults.push(GenesysFault::truncatedBody(kDetailsPath));
        std::optional<Result<WindowFetch>> result;
        f.stack->source().fetchWindow(kStart, kEnd, this,
                                      [&](const Result<WindowFetch> &r) { result = r; });
        QVERIFY(waitFor([&] { return f.clock.pendingCount() > 0; }));
        f.clock.advanceTo(f.clock.nextDueMs());
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(result->ok());
        QCOMPARE(result->value().samples[0].calls, 150);
    }

    void nullLadenAnswersGiveNoSample()
    {
        GenesysFixture f;
        f.faults.push(GenesysFault::nullLadenBody(kDetailsPath));
        const auto r = fetch(f, this);
        if (r.ok()) {
            QVERIFY(r.value().samples.isEmpty());
            QVERIFY(!r.value().problems.isEmpty()); // the refused records are reported
        } else {
            QCOMPARE(r.error().kind, ErrorKind::GenesysData);
        }
    }

    void aMalformedConversationIsSkippedAndReported()
    {
        GenesysFixture f;
        SimulatedCall good = call(QStringLiteral("good"), kStart + 5, {QStringLiteral("qA")}, 3.9);
        f.faults.push(GenesysFault::body(
            kDetailsPath, "{\"totalHits\":2,\"conversations\":[" + conversationJson(good) +
                              ",{\"conversationStart\":\"2025-11-23T09:50:09.000Z\"}]}"));
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        QCOMPARE(r.value().samples.size(), 1);
        QCOMPARE(r.value().samples[0].calls, 1);
        QCOMPARE(r.value().problems.size(), 1);
        QVERIFY(r.value().problems[0].contains(QStringLiteral("page 1")));
        QCOMPARE(f.fake.requestCount(kDetailsPath), 2);
        QVERIFY(r.value().samples[0].partial); // 1 of 2 skipped: not a sound sample
    }

    void skippedHealthyCallsMakeTheWindowPartial()
    {
        // The adversarial run: 9 healthy calls malformed (receivedPackets 15000.5) and
        // skipped, 1 bad call left. What is left must not look like a sound sample.
        GenesysFixture f;
        QByteArray conversations;
        for (int i = 0; i < 9; ++i) {
            QString healthy = QString::fromUtf8(conversationJson(
                call(QStringLiteral("h%1").arg(i), kStart + 5 + i, {QStringLiteral("qA")}, 4.3)));
            healthy.replace(QRegularExpression(QStringLiteral("\"receivedPackets\":\\d+")),
                            QStringLiteral("\"receivedPackets\":15000.5"));
            conversations += healthy.toUtf8() + ',';
        }
        conversations +=
            conversationJson(call(QStringLiteral("bad"), kStart + 20, {QStringLiteral("qA")}, 2.1));
        f.faults.push(GenesysFault::body(kDetailsPath, "{\"totalHits\":10,\"conversations\":[" +
                                                           conversations + "]}"));
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        QCOMPARE(r.value().samples.size(), 1);
        const QualitySample &s = r.value().samples[0];
        QCOMPARE(s.calls, 1);
        QVERIFY(s.partial);
        QVERIFY(r.value().problems[0].contains(QStringLiteral("9 malformed")));
    }

    void aFewSkippedCallsLeaveASoundSample()
    {
        // 1 of 40 skipped (2.5 %) is within the 5 % rule: the sample is judged as usual.
        GenesysFixture f;
        QByteArray conversations;
        for (int i = 0; i < 39; ++i)
            conversations += conversationJson(call(QStringLiteral("g%1").arg(i), kStart + 5 + i,
                                                   {QStringLiteral("qA")}, 4.1)) +
                             ',';
        conversations += "{\"conversationStart\":\"2025-11-23T09:50:09.000Z\"}";
        f.faults.push(GenesysFault::body(kDetailsPath, "{\"totalHits\":40,\"conversations\":[" +
                                                           conversations + "]}"));
        const auto r = fetch(f, this);
        QVERIFY(r.ok());
        QCOMPARE(r.value().samples.size(), 1);
        QCOMPARE(r.value().samples[0].calls, 39);
        QVERIFY(!r.value().samples[0].partial);
    }

    void aWindowOverTheApiPagingLimitIsRefused()
    {
        GenesysFixture f;
        const QByteArray one =
            conversationJson(call(QStringLiteral("x"), kStart, {QStringLiteral("qA")}));
        f.faults.push(GenesysFault::body(kDetailsPath,
                                         "{\"totalHits\":150000,\"conversations\":[" + one + "]}"));
        const auto r = fetch(f, this);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::GenesysTooLarge);
        QVERIFY(r.error().message.startsWith(QStringLiteral("window too large")));
        QCOMPARE(f.fake.requestCount(kDetailsPath), 1);
    }

    void aServerThatNeverEndsIsStoppedAtTheApiLimit()
    {
        GenesysFixture f;
        // Every page has a conversation and no totalHits: only the page guard stops it.
        f.faults.push(
            GenesysFault::body(kDetailsPath, "{\"conversations\":[" +
                                                 conversationJson(call(QStringLiteral("x"), kStart,
                                                                       {QStringLiteral("qA")})) +
                                                 "]}")
                .times(1000));
        // The real guard is 1000 pages (the API's 100,000 results); 25 here, same code path.
        static_cast<DetailsSource &>(f.stack->source()).setMaxPages(25);
        const auto r = fetch(f, this);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::GenesysTooLarge);
        QVERIFY(r.error().message.startsWith(QStringLiteral("window too large")));
        QCOMPARE(f.fake.requestCount(kDetailsPath), 25);
        QCOMPARE(DetailsSource::kMaxPages * DetailsSource::kPageSize, 100'000);
    }

    void anOversizedPageIsRefused()
    {
        GenesysFixture f;
        f.settings.maxBodyBytes = 100'000; // ~15 realistic call records
        GenesysStack stack(f.network, f.clock, f.settings);
        f.fake.setCallsProvider(
            [](qint64, qint64) { return numberedCalls(100, QStringLiteral("qA")); });
        std::optional<Result<WindowFetch>> result;
        stack.source().fetchWindow(kStart, kEnd, this,
                                   [&](const Result<WindowFetch> &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::GenesysTooLarge);
        QCOMPARE(f.clock.pendingCount(), 0);
    }

    void failuresAreRetriedWithinTheWindowsBudget()
    {
        GenesysFixture f;
        f.settings.maxRetriesPerWindow = 3;
        GenesysStack stack(f.network, f.clock, f.settings);
        f.fake.setCallsProvider(
            [](qint64, qint64) { return numberedCalls(350, QStringLiteral("qA")); });
        // Each page fails twice before it answers: 4 pages would need 8 retries. Faults hit
        // requests in arrival order: one page at a time keeps it page order.
        static_cast<DetailsSource &>(stack.source()).setMaxPagesInFlight(1);
        for (int page = 0; page < 4; ++page) {
            f.faults.push(GenesysFault::status(kDetailsPath, 503).times(2));
            f.faults.push(GenesysFault::asIs(kDetailsPath));
        }
        std::optional<Result<WindowFetch>> result;
        stack.source().fetchWindow(kStart, kEnd, this,
                                   [&](const Result<WindowFetch> &r) { result = r; });
        for (int i = 0; i < 20 && !result; ++i) {
            QVERIFY(waitFor([&] { return result.has_value() || f.clock.pendingCount() > 0; }));
            if (!result)
                f.clock.advanceTo(f.clock.nextDueMs());
        }
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY(result->error().message.contains(QStringLiteral("retries are spent")));
        QCOMPARE(f.fake.requestCount(kDetailsPath), 3 + 2); // page 1: 3, page 2: 2 (spent)
    }

    void pagesAfterTheFirstAreFetchedFourAtATime()
    {
        GenesysFixture f;
        f.fake.setCallsProvider(
            [](qint64, qint64) { return numberedCalls(950, QStringLiteral("qA")); });
        // Page 1 answers; the others wait until the test has seen what was sent.
        f.fake.server().holdAnswers(kDetailsPath, 1);
        const qint64 started = f.api->requestsStarted();
        std::optional<Result<WindowFetch>> result;
        f.stack->source().fetchWindow(kStart, kEnd, this,
                                      [&](const Result<WindowFetch> &r) { result = r; });
        QVERIFY(waitFor([&] { return f.fake.server().heldAnswers() == 4; }));
        // Pages are sent as soon as they may be: page 1, then four at once. Nothing more was
        // started, so no fifth page is on its way.
        QCOMPARE(f.api->requestsStarted() - started, 5);
        QCOMPARE(f.fake.server().heldAnswers(), 4);
        QCOMPARE(pageNumbersRequested(f), (QList<int>{1, 2, 3, 4, 5}));
        f.fake.server().releaseHeld();
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY2(result->ok(), qPrintable(failureOf(*result)));
        QCOMPARE(result->value().samples[0].calls, 950);
        // totalHits 950: pages 1-10, then the empty page 11; nothing past it.
        QCOMPARE(pageNumbersRequested(f), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
    }

    void pagesAreFoldedInPageOrderWhateverOrderTheyArriveIn()
    {
        GenesysFixture f;
        f.fake.setCallsProvider([](qint64, qint64) {
            // "moved" is on page 2 with MOS 2.0 and, shifted, on page 3 with MOS 4.4: the
            // page-order fold keeps the first, as a sequential fetch would.
            QList<SimulatedCall> calls = numberedCalls(400, QStringLiteral("qA"));
            calls[150] = call(QStringLiteral("moved"), kStart + 1, {QStringLiteral("qA")}, 2.0);
            calls[250] = call(QStringLiteral("moved"), kStart + 1, {QStringLiteral("qA")}, 4.4);
            return calls;
        });
        f.fake.server().holdAnswers(kDetailsPath, 1);
        std::optional<Result<WindowFetch>> result;
        f.stack->source().fetchWindow(kStart, kEnd, this,
                                      [&](const Result<WindowFetch> &r) { result = r; });
        QVERIFY(waitFor([&] { return f.fake.server().heldAnswers() == 4; }));
        f.fake.server().releaseHeld(true); // page 5 arrives first, page 2 last
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY2(result->ok(), qPrintable(failureOf(*result)));
        const QualitySample &s = result->value().samples[0];
        QCOMPARE(s.calls, 399);
        QCOMPARE(*s.mosMin, 2.0);
        QCOMPARE(s.worstCalls[0].conversationId, QStringLiteral("moved"));
    }

    void aLowRateLimitBudgetFetchesFewerPagesAtOnce()
    {
        GenesysFixture f;
        // 12 requests a minute: after the token and page 1, fewer than 20 are left.
        f.fake.setRateLimit(12, false);
        f.fake.setCallsProvider(
            [](qint64, qint64) { return numberedCalls(450, QStringLiteral("qA")); });
        f.fake.server().holdAnswers(kDetailsPath, 1);
        const qint64 started = f.api->requestsStarted();
        std::optional<Result<WindowFetch>> result;
        f.stack->source().fetchWindow(kStart, kEnd, this,
                                      [&](const Result<WindowFetch> &r) { result = r; });
        QVERIFY(waitFor([&] { return f.fake.server().heldAnswers() >= 2; }));
        // About 10 left: 10 / 5 = 2 pages at once, not the full 4 (page 1, then two; nothing
        // more was started).
        QCOMPARE(f.api->requestsStarted() - started, 3);
        QCOMPARE(f.fake.server().heldAnswers(), 2);
        f.fake.server().releaseHeld();
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY2(result->ok(), qPrintable(failureOf(*result)));
        QCOMPARE(result->value().samples[0].calls, 450);
    }
};

QTEST_GUILESS_MAIN(TestDetailsSource)
#include "TestDetailsSource.moc"
