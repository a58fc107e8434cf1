#pragma once

#include "core/common/Result.h"

#include <QHostAddress>
#include <QString>

namespace earshot {

// Where a local server listens: an IP address and a port ([metrics] listen).
struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;

    [[nodiscard]] bool isLoopback() const;
    // "127.0.0.1:9464", "[::1]:9464": as operators write it, for messages and logs.
    [[nodiscard]] QString text() const;
};

// "127.0.0.1:9464", "[::1]:9464", "0.0.0.0:9464", "localhost:9464" or a bare "9464" (which
// means loopback: nothing listens beyond this machine unless an address says so). Host
// names other than localhost are refused: what they resolve to can change under a running
// server. The error (ErrorKind::MetricsListen) is a sentence naming `key`.
[[nodiscard]] Result<ListenAddress> parseListenAddress(const QString &text, const QString &key);

} // namespace earshot
