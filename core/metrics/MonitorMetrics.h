#pragma once

#include "core/common/Result.h"
#include "core/config/AppConfig.h"
#include "core/metrics/MetricsServer.h"
#include "core/metrics/MetricsSnapshot.h"

#include <QObject>

#include <memory>

namespace earshot {

class Monitor;

// The metrics of a running Monitor. The poller, the outbox and the database are read at each
// scrape (plain values in memory); the queues' windows and episodes come from the database,
// read again at the first scrape after a window was stored or the incidents changed, so
// the window path never waits for a scrape and a scrape reads the database at most once
// per change.
class MonitorMetrics : public QObject
{
    Q_OBJECT

public:
    explicit MonitorMetrics(const Monitor &monitor, QObject *parent = nullptr);

    [[nodiscard]] MetricsSnapshot snapshot();

private:
    void readQueues();

    const Monitor &m_monitor;
    QList<QueueMetrics> m_queues;
    bool m_stale = true;
};

// [metrics] listen: the endpoint serving the monitor's metrics, or null when the key is
// empty (off). The error says why it cannot listen (a bad address, the port in use).
[[nodiscard]] Result<std::unique_ptr<MetricsServer>>
serveMonitorMetrics(const MetricsConfig &config, const Monitor &monitor);

} // namespace earshot
