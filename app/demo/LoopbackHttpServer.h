#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace earshot {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QByteArray path;   // without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &lowerName) const;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Fault injection, real time: answer after delayMs; close the connection without an
    // answer; or announce the whole body but send only truncateBodyAt bytes, then close.
    int delayMs = 0;
    bool dropConnection = false;
    int truncateBodyAt = -1;
    // Send the headers at once, then the body one byte every trickleIntervalMs (a server
    // that is alive but never finishes).
    int trickleIntervalMs = 0;

    [[nodiscard]] static HttpResponse json(int status, const QByteArray &body);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// A small HTTP/1.1 server on 127.0.0.1 for the simulator and the tests: real sockets and
// the real wire format, with keep-alive, Content-Length bodies and fault injection. It is
// not a general web server: no chunked requests, no TLS, loopback only.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one.
    [[nodiscard]] bool listen(quint16 port = 0);
    void close();
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:PORT
    [[nodiscard]] QUrl baseUrl() const;

    void setHandler(Handler handler);

    // Every request received, in order (bodies over 1 MiB are not kept).
    [[nodiscard]] const QList<HttpRequest> &requests() const;
    void clearRequests();

    // Holds the answers to requests whose path starts with pathPrefix (after letting the
    // first `passFirst` through) until releaseHeld(): a test sees what a client sends
    // while it waits, with no clock involved.
    void holdAnswers(const QByteArray &pathPrefix, int passFirst = 0);
    [[nodiscard]] int heldAnswers() const;
    // Sends the held answers, the last held first when `newestFirst`, and stops holding.
    void releaseHeld(bool newestFirst = false);

signals:
    void requestHandled(const QByteArray &method, const QByteArray &path, int status);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpRequest &request);
    void writeResponse(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);
    void trickle(QTcpSocket *socket, const QByteArray &body, int intervalMs, bool close);

    QTcpServer *m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<HttpRequest> m_requests;
    struct HeldAnswer
    {
        QPointer<QTcpSocket> socket;
        HttpResponse response;
        bool keepAlive = true;
    };
    QByteArray m_holdPrefix;
    int m_holdPass = 0;
    QList<HeldAnswer> m_held;
};

} // namespace earshot
