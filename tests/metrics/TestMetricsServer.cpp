// The metrics endpoint over real sockets on 127.0.0.1: what it answers, and that a slow,
// oversized or crowding client cannot hold it.
#include "core/metrics/MetricsServer.h"
#include "core/metrics/OpenMetricsWriter.h"

#include <QObject>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace earshot;

namespace {

const QByteArray kBody = "# TYPE x gauge\n# HELP x X.\nx 1\n# EOF\n";

// A short deadline: the slow-client tests wait for it.
constexpr int kTestDeadlineMs = 300;

ListenAddress anyFreeLoopbackPort()
{
    return ListenAddress{QHostAddress(QHostAddress::LocalHost), 0};
}

struct Exchange
{
    QByteArray answer;
    bool closedByServer = false;
};

// Sends `request` in one piece and reads until the server closes the connection.
Exchange exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }))
        return {};
    socket.write(request);
    Exchange out;
    out.closedByServer = QTest::qWaitFor(
        [&] {
            out.answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        10'000);
    out.answer += socket.readAll();
    return out;
}

QByteArray statusLine(const QByteArray &answer)
{
    return answer.left(answer.indexOf("\r\n"));
}

QByteArray body(const QByteArray &answer)
{
    return answer.mid(answer.indexOf("\r\n\r\n") + 4);
}

} // namespace

class TestMetricsServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MetricsServer> m_server;
    int m_renders = 0;

private slots:
    void init()
    {
        m_renders = 0;
        m_server = std::make_unique<MetricsServer>(
            [this] {
                ++m_renders;
                return kBody;
            },
            kTestDeadlineMs);
        const Status listening = m_server->listen(anyFreeLoopbackPort());
        QVERIFY2(listening.ok(), listening.ok() ? "" : qPrintable(listening.error().message));
        QVERIFY(m_server->port() != 0);
    }

    void cleanup()
    {
        m_server.reset();
    }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("renders");
        QTest::newRow("GET /metrics")
            << QByteArray("GET /metrics HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n")
            << QByteArray("HTTP/1.1 200 OK") << kBody << 1;
        QTest::newRow("Prometheus' request")
            << QByteArray("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: "
                          "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;"
                          "q=0.5,*/*;q=0.1\r\nX-Prometheus-Scrape-Timeout-Seconds: 10\r\n\r\n")
            << QByteArray("HTTP/1.1 200 OK") << kBody << 1;
        QTest::newRow("query string") << QByteArray("GET /metrics?x=1 HTTP/1.0\r\n\r\n")
                                      << QByteArray("HTTP/1.1 200 OK") << kBody << 1;
        QTest::newRow("HEAD") << QByteArray("HEAD /metrics HTTP/1.1\r\n\r\n")
                              << QByteArray("HTTP/1.1 200 OK") << QByteArray() << 1;
        QTest::newRow("another path")
            << QByteArray("GET / HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 404 Not Found")
            << QByteArray("not found; try /metrics\n") << 0;
        QTest::newRow("a longer path")
            << QByteArray("GET /metrics/x HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 404 Not Found")
            << QByteArray("not found; try /metrics\n") << 0;
        QTest::newRow("POST") << QByteArray("POST /metrics HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi")
                              << QByteArray("HTTP/1.1 405 Method Not Allowed")
                              << QByteArray("method not allowed\n") << 0;
        QTest::newRow("DELETE") << QByteArray("DELETE /metrics HTTP/1.1\r\n\r\n")
                                << QByteArray("HTTP/1.1 405 Method Not Allowed")
                                << QByteArray("method not allowed\n") << 0;
        QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n")
                                  << QByteArray("HTTP/1.1 400 Bad Request")
                                  << QByteArray("bad request\n") << 0;
        QTest::newRow("no version")
            << QByteArray("GET /metrics\r\n\r\n") << QByteArray("HTTP/1.1 400 Bad Request")
            << QByteArray("bad request\n") << 0;
        QTest::newRow("absolute URL")
            << QByteArray("GET http://x/metrics HTTP/1.1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request") << QByteArray("bad request\n") << 0;
        QTest::newRow("too large")
            << QByteArray("GET /metrics HTTP/1.1\r\nX: " + QByteArray(9000, 'a') + "\r\n\r\n")
            << QByteArray("HTTP/1.1 431 Request Header Fields Too Large")
            << QByteArray("request too large\n") << 0;
    }

    void answers()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, body);
        QFETCH(int, renders);
        const Exchange e = exchange(m_server->port(), request);
        QVERIFY(e.closedByServer); // one request per connection
        QCOMPARE(statusLine(e.answer), status);
        QCOMPARE(::body(e.answer), body);
        QVERIFY(e.answer.contains("\r\nConnection: close\r\n"));
        QCOMPARE(m_renders, renders);
        if (status.endsWith("200 OK")) {
            QVERIFY(e.answer.contains(
                QByteArray("\r\nContent-Type: " + QByteArray(kOpenMetricsContentType) + "\r\n")));
            QVERIFY(e.answer.contains(
                QByteArray("\r\nContent-Length: " + QByteArray::number(kBody.size()) + "\r\n")));
        }
        if (status.contains("405"))
            QVERIFY(e.answer.contains("\r\nAllow: GET, HEAD\r\n"));
    }

    void requestInPieces()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        for (const char *piece : {"GET /met", "rics HTTP/1.1\r\n", "Host: x\r\n", "\r\n"}) {
            socket.write(piece);
            QVERIFY(socket.waitForBytesWritten(5000));
            QTest::qWait(10);
        }
        QByteArray answer;
        QVERIFY(QTest::qWaitFor([&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        }));
        answer += socket.readAll();
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(body(answer), kBody);
    }

    void aClientThatSendsNothingIsCutOff()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /metrics HTTP/1.1\r\n"); // and never the end of the request
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                                10'000));
        QCOMPARE(socket.readAll(), QByteArray()); // cut, not answered
        QCOMPARE(m_renders, 0);
        // The server still answers others.
        QCOMPARE(statusLine(exchange(m_server->port(), "GET /metrics HTTP/1.1\r\n\r\n").answer),
                 QByteArray("HTTP/1.1 200 OK"));
    }

    void crowdingClientsAreRefusedAndCutOff()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < MetricsServer::kMaxConnections + 1; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress(QHostAddress::LocalHost), m_server->port());
            QVERIFY(idle.back()->waitForConnected(5000));
        }
        // The one beyond the limit is closed at once, the others at their deadline.
        for (const auto &socket : idle)
            QVERIFY(QTest::qWaitFor(
                [&] { return socket->state() == QAbstractSocket::UnconnectedState; }, 10'000));
        QCOMPARE(statusLine(exchange(m_server->port(), "GET /metrics HTTP/1.1\r\n\r\n").answer),
                 QByteArray("HTTP/1.1 200 OK"));
    }

    void anAddressInUseIsAClearError()
    {
        MetricsServer second([] { return QByteArray(); });
        const ListenAddress taken{QHostAddress(QHostAddress::LocalHost), m_server->port()};
        const Status listening = second.listen(taken);
        QVERIFY(!listening.ok());
        QCOMPARE(listening.error().kind, ErrorKind::MetricsListen);
        QVERIFY2(listening.error().message.contains(taken.text()),
                 qPrintable(listening.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMetricsServer)
#include "TestMetricsServer.moc"
