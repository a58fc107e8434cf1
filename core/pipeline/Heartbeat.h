#pragma once

#include "core/status/MonitorTypes.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace earshot {

class Clock;

// [health] heartbeat_url: a GET after every good window, so an outside "dead man's switch"
// notices when Earshot stops. One at a time, with a short timeout, beside polling: a slow
// or failing heartbeat is a warning, never a delay. The URL (often a secret token) never
// appears in its texts.
class Heartbeat : public QObject
{
    Q_OBJECT

public:
    Heartbeat(QNetworkAccessManager &network, Clock &clock, QUrl url, int timeoutMs,
              QObject *parent = nullptr);

    void send(); // skipped while one is in flight, and without a URL
    // Calls fn now, or when the heartbeat in flight has finished (--once exits after it).
    void whenIdle(std::function<void()> fn);

    [[nodiscard]] HealthStatus::Heartbeat state() const;
    [[nodiscard]] QString lastError() const;
    [[nodiscard]] qint64 lastAtMs() const;

signals:
    void changed();

private:
    QNetworkAccessManager &m_network;
    Clock &m_clock;
    QUrl m_url;
    int m_timeoutMs = 10'000;
    bool m_busy = false;
    // A good window came while a call was on its way: one more call follows it, so the
    // outside check always hears of the newest window (calls never overlap or pile up).
    bool m_again = false;
    HealthStatus::Heartbeat m_state = HealthStatus::Heartbeat::None;
    QString m_error;
    qint64 m_atMs = 0;
    std::function<void()> m_whenIdle;
};

} // namespace earshot
