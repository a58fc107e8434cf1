#include "app/demo/LoopbackHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace earshot {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
constexpr qsizetype kMaxKeptBodyBytes = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    return headers.value(lowerName);
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void LoopbackHttpServer::close()
{
    m_server->close();
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *s : sockets)
        s->abort();
}

quint16 LoopbackHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void LoopbackHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

const QList<HttpRequest> &LoopbackHttpServer::requests() const
{
    return m_requests;
}

void LoopbackHttpServer::clearRequests()
{
    m_requests.clear();
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());

    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxHeaderBytes)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3) {
            writeResponse(socket, HttpResponse::json(400, "{\"message\":\"bad request line\"}"),
                          false);
            return;
        }
        HttpRequest request;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        const qsizetype q = request.target.indexOf('?');
        request.path = q < 0 ? request.target : request.target.left(q);
        if (q >= 0)
            request.query = QUrlQuery(QString::fromLatin1(request.target.mid(q + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        bool okLength = true;
        const qsizetype length = request.headers.value("content-length", "0").toLongLong(&okLength);
        if (!okLength || length < 0 || length > kMaxBodyBytes) {
            writeResponse(socket, HttpResponse::json(413, "{\"message\":\"body too large\"}"),
                          false);
            return;
        }
        const qsizetype total = headerEnd + 4 + length;
        if (buffer.size() < total)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, total);
        respond(socket, request);
        if (!m_buffers.contains(socket) || socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void LoopbackHttpServer::holdAnswers(const QByteArray &pathPrefix, int passFirst)
{
    m_holdPrefix = pathPrefix;
    m_holdPass = passFirst;
}

int LoopbackHttpServer::heldAnswers() const
{
    return int(m_held.size());
}

void LoopbackHttpServer::releaseHeld(bool newestFirst)
{
    m_holdPrefix.clear();
    QList<HeldAnswer> held = std::exchange(m_held, {});
    if (newestFirst)
        std::reverse(held.begin(), held.end());
    for (const HeldAnswer &h : std::as_const(held)) {
        if (h.socket && h.socket->state() == QAbstractSocket::ConnectedState)
            writeResponse(h.socket, h.response, h.keepAlive);
    }
}

void LoopbackHttpServer::respond(QTcpSocket *socket, const HttpRequest &request)
{
    HttpResponse response =
        m_handler ? m_handler(request) : HttpResponse::json(404, "{\"message\":\"no handler\"}");
    HttpRequest kept = request;
    if (kept.body.size() > kMaxKeptBodyBytes)
        kept.body.clear();
    m_requests.append(std::move(kept));
    emit requestHandled(request.method, request.path, response.status);

    const bool keepAlive = request.header("connection").toLower() != "close";
    if (!m_holdPrefix.isEmpty() && request.path.startsWith(m_holdPrefix)) {
        if (m_holdPass > 0) {
            --m_holdPass;
        } else {
            m_held.append(HeldAnswer{socket, response, keepAlive});
            return;
        }
    }
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response, keepAlive] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                writeResponse(guard, response, keepAlive);
        });
        return;
    }
    writeResponse(socket, response, keepAlive);
}

void LoopbackHttpServer::writeResponse(QTcpSocket *socket, const HttpResponse &response,
                                       bool keepAlive)
{
    if (response.dropConnection) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    const bool truncate =
        response.truncateBodyAt >= 0 && response.truncateBodyAt < response.body.size();
    const bool close = !keepAlive || truncate;
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    if (response.trickleIntervalMs > 0) {
        socket->write(head);
        trickle(socket, truncate ? response.body.left(response.truncateBodyAt) : response.body,
                response.trickleIntervalMs, close);
        return;
    }
    // One write: headers and body in separate segments would wait for the client's delayed
    // ACK (Nagle), adding ~40 ms to every small answer.
    socket->write(head + (truncate ? response.body.left(response.truncateBodyAt) : response.body));
    if (close)
        socket->disconnectFromHost();
}

void LoopbackHttpServer::trickle(QTcpSocket *socket, const QByteArray &body, int intervalMs,
                                 bool close)
{
    if (body.isEmpty()) {
        if (close)
            socket->disconnectFromHost();
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(intervalMs, this, [this, guard, body, intervalMs, close] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        guard->write(body.left(1));
        trickle(guard, body.mid(1), intervalMs, close);
    });
}

} // namespace earshot
