#include "app/demo/FakeGenesysCloud.h"
#include "tests/support/GenesysFaults.h"
#include "tests/support/ManualClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr qint64 kT0 = 1'763'892'000; // 2025-11-23T10:00:00Z
const QByteArray kGoodBasic = "Basic " + QByteArray("earshot-client:earshot-secret").toBase64();
const QByteArray kForm = "application/x-www-form-urlencoded";

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(body).object();
    }
};

class Client
{
public:
    explicit Client(const QUrl &base)
        : m_base(base)
    {
    }

    Answer send(const QByteArray &verb, const QString &pathAndQuery,
                const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const QByteArray &body = {})
    {
        QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            qFatal("no answer from the fake");
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.error = reply->error();
        a.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return a;
    }

    QByteArray token()
    {
        const Answer a = send("POST", QStringLiteral("/oauth/token"),
                              {{"Authorization", kGoodBasic}, {"Content-Type", kForm}},
                              "grant_type=client_credentials");
        return a.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }

    Answer api(const QByteArray &verb, const QString &path, const QByteArray &token,
               const QByteArray &body = {})
    {
        return send(verb, path,
                    {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                    body);
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

QByteArray detailsQuery(const QByteArray &paging)
{
    return "{\"interval\":\"2025-11-23T09:50:00.000Z/2025-11-23T09:55:00.000Z\",\"order\":"
           "\"asc\",\"orderBy\":\"conversationStart\",\"paging\":" +
           paging +
           ",\"segmentFilters\":[{\"type\":\"and\",\"predicates\":[{\"type\":\"dimension\","
           "\"dimension\":\"mediaType\",\"operator\":\"matches\",\"value\":\"voice\"}]}]}";
}

const QString kDetails = QStringLiteral("/api/v2/analytics/conversations/details/query");

} // namespace

class TestFakeGenesysCloud : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{kT0 * 1000};

private slots:
    void tokenEndpointChecksTheRequest_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("good") << kGoodBasic << kForm << QByteArray("grant_type=client_credentials")
                              << 200 << QString();
        QTest::newRow("wrong secret") << "Basic " + QByteArray("earshot-client:nope").toBase64()
                                      << kForm << QByteArray("grant_type=client_credentials") << 401
                                      << QStringLiteral("invalid_client");
        QTest::newRow("no authorization")
            << QByteArray() << kForm << QByteArray("grant_type=client_credentials") << 401
            << QStringLiteral("invalid_client");
        QTest::newRow("other grant") << kGoodBasic << kForm << QByteArray("grant_type=password")
                                     << 400 << QStringLiteral("unsupported_grant_type");
        QTest::newRow("json body") << kGoodBasic << QByteArray("application/json")
                                   << QByteArray("{\"grant_type\":\"client_credentials\"}") << 400
                                   << QStringLiteral("invalid_request");
    }

    void tokenEndpointChecksTheRequest()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        FakeGenesysCloud fake(m_clock);
        QVERIFY(fake.listen());
        Client client(fake.baseUrl());
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const Answer a = client.send("POST", QStringLiteral("/oauth/token"), headers, body);
        QCOMPARE(a.status, status);
        if (status == 200) {
            QCOMPARE(a.json().value(QStringLiteral("token_type")).toString(),
                     QStringLiteral("bearer"));
            QCOMPARE(a.json().value(QStringLiteral("expires_in")).toInt(), 86'400);
            QCOMPARE(fake.tokensIssued(), 1);
        } else {
            QCOMPARE(a.json().value(QStringLiteral("error")).toString(), error);
            QVERIFY(!a.json().value(QStringLiteral("error_description")).toString().isEmpty());
            QCOMPARE(fake.tokensIssued(), 0);
        }
    }

    void tokensAreRandomExpireOnTheClockAndCanBeRevoked()
    {
        ManualClock clock(kT0 * 1000);
        FakeGenesysCloud fake(clock);
        QVERIFY(fake.listen());
        fake.setTokenLifetimeSecs(300);
        Client client(fake.baseUrl());
        const QByteArray first = client.token();
        const QByteArray second = client.token();
        QVERIFY(!first.isEmpty());
        QVERIFY(first != second);
        QCOMPARE(fake.liveTokens(), 2);
        const QString queues = QStringLiteral("/api/v2/routing/queues");
        QCOMPARE(client.api("GET", queues, first).status, 200);
        clock.advance(299'999);
        QCOMPARE(client.api("GET", queues, first).status, 200);
        clock.advance(1);
        const Answer expired = client.api("GET", queues, first);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("bad.credentials"));
        const QByteArray fresh = client.token();
        fake.revokeAllTokens();
        QCOMPARE(client.api("GET", queues, fresh).status, 401);
        QCOMPARE(client.api("GET", queues, "made-up").status, 401);
        QCOMPARE(fake.liveTokens(), 0);
    }

    void queuesArePaged()
    {
        FakeGenesysCloud fake(m_clock);
        QVERIFY(fake.listen());
        QList<QueueInfo> queues;
        for (int i = 0; i < 250; ++i)
            queues.append({QStringLiteral("q%1").arg(i), QStringLiteral("Queue %1").arg(i)});
        fake.setQueues(queues);
        Client client(fake.baseUrl());
        const QByteArray token = client.token();
        const Answer page3 = client.api(
            "GET", QStringLiteral("/api/v2/routing/queues?pageSize=100&pageNumber=3"), token);
        QCOMPARE(page3.status, 200);
        const QJsonObject o = page3.json();
        QCOMPARE(o.value(QStringLiteral("pageCount")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 250);
        QCOMPARE(o.value(QStringLiteral("pageNumber")).toInt(), 3);
        const QJsonArray entities = o.value(QStringLiteral("entities")).toArray();
        QCOMPARE(entities.size(), 50);
        QCOMPARE(entities[0].toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("q200"));
        QCOMPARE(
            client.api("GET", QStringLiteral("/api/v2/routing/queues?pageSize=0"), token).status,
            400);
    }

    void detailsQueryIsValidatedLikeTheRealApi_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("interval=now");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no interval") << QByteArray("{\"paging\":{\"pageSize\":100}}");
        QTest::newRow("backwards interval")
            << QByteArray("{\"interval\":\"2025-11-23T09:55:00.000Z/2025-11-23T09:50:00.000Z\"}");
        QTest::newRow("page size 101") << detailsQuery("{\"pageSize\":101,\"pageNumber\":1}");
        QTest::newRow("page size as text")
            << detailsQuery("{\"pageSize\":\"100\",\"pageNumber\":1}");
        QTest::newRow("page 0") << detailsQuery("{\"pageSize\":100,\"pageNumber\":0}");
        QTest::newRow("past 100,000") << detailsQuery("{\"pageSize\":100,\"pageNumber\":1001}");
        QTest::newRow("bad order")
            << QByteArray("{\"interval\":\"2025-11-23T09:50:00.000Z/2025-11-23T09:55:00.000Z\","
                          "\"order\":\"sideways\"}");
        QTest::newRow("bad filter")
            << QByteArray("{\"interval\":\"2025-11-23T09:50:00.000Z/2025-11-23T09:55:00.000Z\","
                          "\"segmentFilters\":[{\"type\":\"xor\",\"predicates\":[]}]}");
    }

    void detailsQueryIsValidatedLikeTheRealApi()
    {
        QFETCH(QByteArray, body);
        FakeGenesysCloud fake(m_clock);
        QVERIFY(fake.listen());
        Client client(fake.baseUrl());
        const Answer a = client.api("POST", kDetails, client.token(), body);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json().value(QStringLiteral("status")).toInt(), 400);
        QVERIFY(!a.json().value(QStringLiteral("message")).toString().isEmpty());
    }

    void detailsAreServedFromTheProviderInPages()
    {
        FakeGenesysCloud fake(m_clock);
        QVERIFY(fake.listen());
        qint64 askedStart = 0;
        fake.setCallsProvider([&](qint64 start, qint64) {
            askedStart = start;
            QList<SimulatedCall> calls;
            for (int i = 0; i < 130; ++i) {
                SimulatedCall c;
                c.conversationId = QStringLiteral("c%1").arg(i);
                c.startSecs = start + i;
                c.queueIds = {QStringLiteral("qA")};
                calls.append(c);
            }
            SimulatedCall outside; // starts after the window: not served
            outside.conversationId = QStringLiteral("late");
            outside.startSecs = start + 400;
            calls.append(outside);
            return calls;
        });
        Client client(fake.baseUrl());
        const QByteArray token = client.token();
        const Answer page2 = client.api("POST", kDetails, token,
                                        detailsQuery("{\"pageSize\":100,\"pageNumber\":2}"));
        QCOMPARE(page2.status, 200);
        QCOMPARE(askedStart, kT0 - 600);
        QCOMPARE(page2.json().value(QStringLiteral("totalHits")).toInt(), 130);
        QCOMPARE(page2.json().value(QStringLiteral("conversations")).toArray().size(), 30);
        const Answer page3 = client.api("POST", kDetails, token,
                                        detailsQuery("{\"pageSize\":100,\"pageNumber\":3}"));
        QCOMPARE(page3.status, 200);
        QVERIFY(!page3.json().contains(QStringLiteral("conversations"))); // absent when empty
        QCOMPARE(page3.json().value(QStringLiteral("totalHits")).toInt(), 130);
    }

    void summaryNeedsFiveMinuteGranularity()
    {
        FakeGenesysCloud fake(m_clock);
        QVERIFY(fake.listen());
        fake.setSummaryProvider([](qint64, qint64) {
            FakeGenesysCloud::SummaryRow quiet;
            quiet.queueId = QStringLiteral("qB");
            quiet.metricsNull = true;
            return QList<FakeGenesysCloud::SummaryRow>{quiet};
        });
        Client client(fake.baseUrl());
        const QByteArray token = client.token();
        const QString interval =
            QStringLiteral("interval=2025-11-23T09%3A50%3A00.000Z%2F2025-11-23T09%3A55%3A00.000Z");
        QCOMPARE(client
                     .api("GET",
                          QStringLiteral("/api/v2/analytics/quality/summary?granularity=HOUR&") +
                              interval,
                          token)
                     .status,
                 400);
        QCOMPARE(
            client
                .api("GET",
                     QStringLiteral("/api/v2/analytics/quality/summary?granularity=FIVE_MINUTES"),
                     token)
                .status,
            400); // no interval
        const Answer ok = client.api(
            "GET",
            QStringLiteral("/api/v2/analytics/quality/summary?granularity=FIVE_MINUTES&") +
                interval,
            token);
        QCOMPARE(ok.status, 200);
        const QJsonObject result =
            ok.json().value(QStringLiteral("results")).toArray()[0].toObject();
        QVERIFY(result.value(QStringLiteral("metrics")).isNull());
        QCOMPARE(result.value(QStringLiteral("interval")).toString(),
                 QStringLiteral("2025-11-23T09:50:00.000Z/2025-11-23T09:55:00.000Z"));
    }

    void everyAnswerCarriesRateLimitAndCorrelationHeaders()
    {
        FakeGenesysCloud fake(m_clock);
        QVERIFY(fake.listen());
        Client client(fake.baseUrl());
        const QByteArray token = client.token();
        for (const Answer &a : {client.api("GET", QStringLiteral("/api/v2/routing/queues"), token),
                                client.api("GET", QStringLiteral("/api/v2/nowhere"), token),
                                client.api("GET", QStringLiteral("/api/v2/routing/queues"), "x")}) {
            QVERIFY(!a.header("inin-ratelimit-count").isEmpty());
            QCOMPARE(a.header("inin-ratelimit-allowed"), QByteArray("300"));
            QVERIFY(a.header("inin-ratelimit-reset").toInt() > 0);
            QCOMPARE(a.header("ININ-Correlation-Id").size(), 36);
        }
    }

    void faultsHitTheNextMatchingRequestsInOrder()
    {
        FakeGenesysCloud fake(m_clock);
        QVERIFY(fake.listen());
        Client client(fake.baseUrl());
        const QByteArray token = client.token();
        GenesysFaults faults(fake);
        faults.push(GenesysFault::status("/api/v2/analytics", 503).times(2));
        faults.push(GenesysFault::status("/api/v2/routing", 429, "Sun, 23 Nov 2025 10:00:45 GMT"));
        faults.push(GenesysFault::status("/api/v2/routing", 502));
        QCOMPARE(faults.pending(), 4);
        const QString queues = QStringLiteral("/api/v2/routing/queues");
        const Answer limited = client.api("GET", queues, token);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("Sun, 23 Nov 2025 10:00:45 GMT"));
        QCOMPARE(limited.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("too.many.requests.retry.after"));
        QCOMPARE(client.api("GET", queues, token).status, 502);
        QCOMPARE(client.api("GET", queues, token).status, 200);
        const QByteArray query = detailsQuery("{\"pageSize\":100,\"pageNumber\":1}");
        QCOMPARE(client.api("POST", kDetails, token, query).status, 503);
        QCOMPARE(client.api("POST", kDetails, token, query).status, 503);
        QCOMPARE(client.api("POST", kDetails, token, query).status, 200);
        QCOMPARE(faults.pending(), 0);
        QCOMPARE(fake.requestCount("/api/v2/routing"), 3);
        QCOMPARE(fake.requestCount("/api/v2/analytics"), 3);

        faults.push(GenesysFault::malformedBody("/api"));
        faults.push(GenesysFault::truncatedBody("/api"));
        // Qt itself re-sends a request whose connection dropped
        faults.push(GenesysFault::droppedConnection("/api").times(10));
        const Answer malformed = client.api("GET", queues, token);
        QCOMPARE(malformed.status, 200);
        QVERIFY(QJsonDocument::fromJson(malformed.body).isNull());
        QVERIFY(client.api("GET", queues, token).error != QNetworkReply::NoError);
        const int before = fake.requestCount("/api");
        const Answer none = client.api("GET", queues, token);
        QCOMPARE(none.status, 0);
        QVERIFY(none.error != QNetworkReply::NoError);
        QVERIFY(fake.requestCount("/api") > before);
        faults.clear();
        QCOMPARE(faults.pending(), 0);
        QCOMPARE(client.api("GET", queues, token).status, 200);
    }

    void anEnforcedRateLimitAnswers429()
    {
        FakeGenesysCloud fake(m_clock);
        QVERIFY(fake.listen());
        fake.setRateLimit(3, true);
        Client client(fake.baseUrl());
        const QByteArray token = client.token(); // 1
        const QString queues = QStringLiteral("/api/v2/routing/queues");
        QCOMPARE(client.api("GET", queues, token).status, 200); // 2
        QCOMPARE(client.api("GET", queues, token).status, 200); // 3
        const Answer over = client.api("GET", queues, token);
        QCOMPARE(over.status, 429);
        QCOMPARE(over.header("Retry-After"), QByteArray("60"));
        QCOMPARE(over.header("inin-ratelimit-allowed"), QByteArray("3"));
    }
};

QTEST_GUILESS_MAIN(TestFakeGenesysCloud)
#include "TestFakeGenesysCloud.moc"
