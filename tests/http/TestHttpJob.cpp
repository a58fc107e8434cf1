#include "app/demo/LoopbackHttpServer.h"
#include "core/http/HttpJob.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>

#include <QPointer>

#include <memory>
#include <optional>

using namespace earshot;

// HttpJob over real sockets against LoopbackHttpServer: redirects are never followed and
// every request ends by its total deadline, however lively the server pretends to be.
class TestHttpJob : public QObject
{
    Q_OBJECT

private:
    static std::optional<HttpResult> run(QNetworkAccessManager &nam, const QUrl &url,
                                         const QByteArray &authorization, HttpJob::Options options)
    {
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        std::optional<HttpResult> result;
        QObject context;
        HttpJob::start(nam, "POST", request, "secret-body", options, &context,
                       [&result](const HttpResult &r) { result = r; });
        // Bounded by the job's own deadline; the wait is only a safety net.
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
            return std::nullopt;
        return result;
    }

private slots:
    void redirectToAnotherOriginIsNeverFollowed()
    {
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.setHandler([](const HttpRequest &) { return HttpResponse::json(200, "{}"); });
        QUrl target = elsewhere.baseUrl();
        target.setPath(QStringLiteral("/steal"));
        target.setQuery(QStringLiteral("token=abc"));
        QFETCH(int, status);

        LoopbackHttpServer origin;
        QVERIFY(origin.listen());
        origin.setHandler([&](const HttpRequest &) {
            return HttpResponse::json(status, "{}").withHeader("Location", target.toEncoded());
        });
        QNetworkAccessManager nam;
        HttpJob::Options options;
        options.label = QStringLiteral("POST /oauth/token");
        const auto result = run(nam, origin.baseUrl(), "Basic c2VjcmV0", options);
        QVERIFY(result);
        QCOMPARE(result->failure, HttpResult::Failure::Redirected);
        QCOMPARE(result->status, status);
        QVERIFY(!result->isSuccess());
        QCOMPARE(origin.requests().size(), 1);
        QCOMPARE(elsewhere.requests().size(), 0); // neither the header nor the body left
        QVERIFY2(result->errorText.contains(QStringLiteral("/steal")),
                 qPrintable(result->errorText));
        QVERIFY2(result->errorText.contains(QString::number(elsewhere.port())),
                 qPrintable(result->errorText));
        QVERIFY(!result->errorText.contains(QStringLiteral("token=abc")));
    }
    void redirectToAnotherOriginIsNeverFollowed_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 303, 307, 308})
            QTest::newRow(qPrintable(QString::number(status))) << status;
    }

    void redirectFromLoopbackToPlainHttpElsewhereIsNotFollowed()
    {
        LoopbackHttpServer origin;
        QVERIFY(origin.listen());
        origin.setHandler([](const HttpRequest &) {
            return HttpResponse::json(302, "{}").withHeader(
                "Location", "http://user:pw@example.invalid/v2/enqueue?\x01x=1");
        });
        QNetworkAccessManager nam;
        const auto result = run(nam, origin.baseUrl(), {}, {});
        QVERIFY(result);
        QCOMPARE(result->failure, HttpResult::Failure::Redirected);
        QVERIFY2(result->errorText.contains(QStringLiteral("http://example.invalid/v2/enqueue")),
                 qPrintable(result->errorText));
        QVERIFY(!result->errorText.contains(QStringLiteral("pw")));
        QCOMPARE(HttpJob::redirectTarget({}), QStringLiteral("(no Location)"));
    }

    void tricklingBodyEndsAtTheTotalDeadline()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, QByteArray(100'000, ' '));
            r.trickleIntervalMs = 50; // far inside the transfer timeout: it never fires
            return r;
        });
        QNetworkAccessManager nam;
        HttpJob::Options options;
        options.transferTimeoutMs = 1000;
        options.totalDeadlineMs = 1500;
        options.label = QStringLiteral("GET /api/v2/routing/queues");
        const auto result = run(nam, server.baseUrl(), {}, options);
        QVERIFY(result);
        QCOMPARE(result->failure, HttpResult::Failure::Timeout);
        QVERIFY2(result->errorText.contains(QStringLiteral("deadline")),
                 qPrintable(result->errorText));
        QVERIFY(result->errorText.startsWith(options.label));
    }

    void defaultDeadlineIsTwiceTheTransferTimeout()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, QByteArray(100'000, ' '));
            r.trickleIntervalMs = 100;
            return r;
        });
        QNetworkAccessManager nam;
        HttpJob::Options options;
        options.transferTimeoutMs = 1000;
        const auto result = run(nam, server.baseUrl(), {}, options);
        QVERIFY(result);
        QCOMPARE(result->failure, HttpResult::Failure::Timeout);
        QVERIFY2(result->errorText.contains(QStringLiteral("within 2 s")),
                 qPrintable(result->errorText));
    }

    // A manager going away with a request in flight (a monitor restarted or shut down) takes
    // the job and its reply with it: no callback, and nothing left to end later against the
    // dead manager. Before, the reply outlived the manager and the deadline's abort crashed.
    void managerDestroyedMidRequestTakesTheJobWithIt()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, QByteArray(100'000, ' '));
            r.trickleIntervalMs = 20;
            return r;
        });
        auto nam = std::make_unique<QNetworkAccessManager>();
        HttpJob::Options options;
        options.transferTimeoutMs = 300;
        options.totalDeadlineMs = 400;
        QObject context;
        int calls = 0;
        QPointer<HttpJob> job =
            HttpJob::start(*nam, "GET", QNetworkRequest(server.baseUrl()), {}, options, &context,
                           [&](const HttpResult &) { ++calls; });
        QVERIFY(QTest::qWaitFor([&] { return !server.requests().isEmpty(); }, 5000));
        nam.reset();
        QVERIFY(job.isNull());
        QTest::qWait(700); // past the job's deadline: its timer went with it
        QCOMPARE(calls, 0);
    }

    // An owner gone before the answer: the exchange still ends (no callback) and nothing of
    // it stays behind in the manager.
    void contextDestroyedMidRequestLeavesNothingBehind()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, QByteArray(2'000, ' '));
            r.trickleIntervalMs = 20;
            return r;
        });
        QNetworkAccessManager nam;
        int calls = 0;
        QPointer<HttpJob> job;
        {
            QObject context;
            job = HttpJob::start(nam, "GET", QNetworkRequest(server.baseUrl()), {}, {}, &context,
                                 [&](const HttpResult &) { ++calls; });
            QVERIFY(QTest::qWaitFor([&] { return !server.requests().isEmpty(); }, 5000));
        }
        QVERIFY(QTest::qWaitFor([&] { return job.isNull(); }, 10'000));
        QCOMPARE(calls, 0);
        QVERIFY(QTest::qWaitFor([&] { return nam.findChildren<QNetworkReply *>().isEmpty(); }));
    }

    void slowButFinishedAnswerIsKept()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, "{\"ok\":1}");
            r.trickleIntervalMs = 5;
            return r;
        });
        QNetworkAccessManager nam;
        HttpJob::Options options;
        options.totalDeadlineMs = 10'000;
        const auto result = run(nam, server.baseUrl(), {}, options);
        QVERIFY(result);
        QVERIFY(result->isSuccess());
        QCOMPARE(result->body, QByteArray("{\"ok\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestHttpJob)
#include "TestHttpJob.moc"
