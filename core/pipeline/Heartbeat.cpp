#include "core/pipeline/Heartbeat.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/http/HttpJob.h"

#include <QNetworkRequest>

#include <utility>

namespace earshot {

Heartbeat::Heartbeat(QNetworkAccessManager &network, Clock &clock, QUrl url, int timeoutMs,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_url(std::move(url))
    , m_timeoutMs(timeoutMs)
    , m_state(m_url.isEmpty() ? HealthStatus::Heartbeat::None : HealthStatus::Heartbeat::Waiting)
{
}

void Heartbeat::send()
{
    if (m_url.isEmpty())
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    HttpJob::Options options;
    options.transferTimeoutMs = m_timeoutMs;
    options.totalDeadlineMs = m_timeoutMs;
    options.maxBodyBytes = 64 * 1024;
    options.label = tr("heartbeat");
    HttpJob::start(
        m_network, "GET", QNetworkRequest(m_url), {}, options, this, [this](const HttpResult &r) {
            m_busy = false;
            m_atMs = m_clock.nowMs();
            if (r.isSuccess()) {
                m_state = HealthStatus::Heartbeat::Ok;
                m_error.clear();
            } else {
                m_state = HealthStatus::Heartbeat::Failed;
                QString error = r.errorText;
                error.replace(m_url.toString(), tr("the heartbeat URL"));
                m_error = error.isEmpty() ? tr("HTTP %1").arg(r.status) : error;
                qCWarning(lcPipeline).noquote() << tr("heartbeat failed: %1").arg(m_error);
            }
            emit changed();
            if (std::exchange(m_again, false)) {
                send();
                return; // idle once that call is answered too
            }
            if (m_whenIdle)
                std::exchange(m_whenIdle, {})();
        });
}

void Heartbeat::whenIdle(std::function<void()> fn)
{
    if (m_busy)
        m_whenIdle = std::move(fn);
    else
        fn();
}

HealthStatus::Heartbeat Heartbeat::state() const
{
    return m_state;
}

QString Heartbeat::lastError() const
{
    return m_error;
}

qint64 Heartbeat::lastAtMs() const
{
    return m_atMs;
}

} // namespace earshot
