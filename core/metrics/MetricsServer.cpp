#include "core/metrics/MetricsServer.h"

#include "core/common/Logging.h"
#include "core/metrics/OpenMetricsWriter.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

namespace earshot {

namespace {

const char *const kBufferProperty = "earshotRequest";

} // namespace

MetricsServer::MetricsServer(Render render, int deadlineMs, QObject *parent)
    : QObject(parent)
    , m_render(std::move(render))
    , m_deadlineMs(deadlineMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::onNewConnection);
}

Status MetricsServer::listen(const ListenAddress &address)
{
    if (!m_server.listen(address.host, address.port))
        return Error{ErrorKind::MetricsListen, tr("The metrics endpoint cannot listen on %1: %2")
                                                   .arg(address.text(), m_server.errorString())};
    const QString where = ListenAddress{address.host, m_server.serverPort()}.text();
    if (address.isLoopback())
        qCInfo(lcMetrics).noquote() << "serving /metrics on" << where;
    else
        qCWarning(lcMetrics).noquote()
            << "serving /metrics on" << where
            << "- not a loopback address: other machines can read it (no authentication)";
    return success();
}

quint16 MetricsServer::port() const
{
    return m_server.serverPort();
}

void MetricsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_open >= kMaxConnections) {
            qCDebug(lcMetrics) << "too many connections; one refused";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        // Qt reads no more than this ahead of the request parser: a client sending without
        // end fills its own socket buffers, not this process's memory.
        socket->setReadBufferSize(kMaxRequestBytes + 1);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        // Reading the request and sending the answer together: a client that dawdles at
        // either end is cut off.
        QTimer::singleShot(m_deadlineMs, socket, [socket] {
            qCDebug(lcMetrics) << "a connection outlived its deadline; closed";
            socket->abort();
            socket->deleteLater();
        });
    }
}

void MetricsServer::onReadable(QTcpSocket *socket)
{
    QByteArray request = socket->property(kBufferProperty).toByteArray();
    request += socket->read(kMaxRequestBytes + 1 - request.size());
    socket->setProperty(kBufferProperty, request);
    const qsizetype end = request.indexOf("\r\n\r\n");
    if (end < 0 && request.size() > kMaxRequestBytes) {
        answer(socket, "431 Request Header Fields Too Large", "text/plain; charset=utf-8",
               "request too large\n", false);
        return;
    }
    if (end < 0)
        return; // the rest of the request is still on its way
    const QList<QByteArray> parts = request.left(request.indexOf("\r\n")).split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith('/')) {
        answer(socket, "400 Bad Request", "text/plain; charset=utf-8", "bad request\n", false);
        return;
    }
    const QByteArray &method = parts[0];
    const qsizetype query = parts[1].indexOf('?');
    const QByteArray path = query < 0 ? parts[1] : parts[1].left(query);
    const bool head = method == "HEAD";
    if (path != "/metrics") {
        answer(socket, "404 Not Found", "text/plain; charset=utf-8", "not found; try /metrics\n",
               head);
        return;
    }
    if (method != "GET" && !head) {
        answer(socket, "405 Method Not Allowed", "text/plain; charset=utf-8",
               "method not allowed\n", false, "Allow: GET, HEAD\r\n");
        return;
    }
    answer(socket, "200 OK", kOpenMetricsContentType, m_render(), head);
}

void MetricsServer::answer(QTcpSocket *socket, const QByteArray &status,
                           const QByteArray &contentType, const QByteArray &body, bool head,
                           const QByteArray &extraHeaders)
{
    // One request per connection: whatever else the client sends is read and dropped until
    // the connection closes (closing on unread bytes would reset it, answer and all).
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->setProperty(kBufferProperty, QVariant());
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { (void)socket->readAll(); });
    (void)socket->readAll();
    socket->write(QByteArray("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
                             "\r\nContent-Length: " + QByteArray::number(body.size()) +
                             "\r\nConnection: close\r\n" + extraHeaders + "\r\n"));
    if (!head)
        socket->write(body);
    socket->disconnectFromHost(); // after the answer is written
}

} // namespace earshot
