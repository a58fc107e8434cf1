#include "app/demo/LoopbackHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;

class TestLoopbackHttpServer : public QObject
{
    Q_OBJECT

private:
    static QNetworkReply *waitFor(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            [&] {
                QVERIFY(finished.wait(5000));
            }();
        return reply;
    }

private slots:
    void answersOverRealSockets()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &r) {
            return HttpResponse::json(202, "{\"path\":\"" + r.path + "\",\"n\":" +
                                               QByteArray::number(r.body.size()) + "}")
                .withHeader("Retry-After", "3");
        });
        QNetworkAccessManager nam;
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/v2/enqueue"));
        url.setQuery(QStringLiteral("a=1&b=two"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(waitFor(nam.post(request, QByteArray("{\"x\":1}"))));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("3"));
        QCOMPARE(reply->readAll(), QByteArray("{\"path\":\"/v2/enqueue\",\"n\":7}"));
        QCOMPARE(server.requests().size(), 1);
        const HttpRequest &seen = server.requests().constFirst();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("b")), QStringLiteral("two"));
        QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
        QCOMPARE(seen.body, QByteArray("{\"x\":1}"));

        // Keep-alive: a second request on the same manager works too.
        std::unique_ptr<QNetworkReply> again(waitFor(nam.get(QNetworkRequest(url))));
        QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        QCOMPARE(server.requests().size(), 2);
    }

    void injectsFaults()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        int n = 0;
        server.setHandler([&n](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, "{\"long\":\"0123456789\"}");
            if (n++ == 0)
                r.dropConnection = true;
            else
                r.truncateBodyAt = 5;
            return r;
        });
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> dropped(waitFor(nam.get(QNetworkRequest(server.baseUrl()))));
        QVERIFY(dropped->error() != QNetworkReply::NoError);
        std::unique_ptr<QNetworkReply> truncated(
            waitFor(nam.get(QNetworkRequest(server.baseUrl()))));
        QVERIFY(truncated->error() != QNetworkReply::NoError || truncated->readAll().size() < 22);
    }

    void delaysTriggerTransferTimeouts()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, "{}");
            r.delayMs = 2000;
            return r;
        });
        QNetworkAccessManager nam;
        QNetworkRequest request(server.baseUrl());
        request.setTransferTimeout(100);
        std::unique_ptr<QNetworkReply> reply(waitFor(nam.get(request)));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackHttpServer)
#include "TestLoopbackHttpServer.moc"
