#pragma once

#include "core/common/Result.h"
#include "core/config/ListenAddress.h"

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace earshot {

// The metrics endpoint: GET (or HEAD) /metrics answers what `render` gives, as OpenMetrics
// text; other paths 404, other methods 405, a malformed request 400. One request per
// connection, closed after the answer. A request over kMaxRequestBytes is refused (431), and
// a connection still open after the deadline (a client that sends or reads too slowly) is cut,
// as is one beyond kMaxConnections: a slow or hostile client cannot hold it.
class MetricsServer : public QObject
{
    Q_OBJECT

public:
    using Render = std::function<QByteArray()>;
    static constexpr qsizetype kMaxRequestBytes = 8 * 1024;
    static constexpr int kDeadlineMs = 10'000;
    static constexpr int kMaxConnections = 16;

    explicit MetricsServer(Render render, int deadlineMs = kDeadlineMs, QObject *parent = nullptr);

    // An error (ErrorKind::MetricsListen) names the address and why, e.g. it is in use.
    [[nodiscard]] Status listen(const ListenAddress &address);
    [[nodiscard]] quint16 port() const; // where it listens (0 before listen)

private:
    void onNewConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &contentType,
                const QByteArray &body, bool head, const QByteArray &extraHeaders = {});

    Render m_render;
    int m_deadlineMs;
    // Before m_server: its sockets, deleted with it, count themselves out here.
    int m_open = 0;
    QTcpServer m_server;
};

} // namespace earshot
