#include "core/metrics/MonitorMetrics.h"

#include "core/common/Logging.h"
#include "core/metrics/MetricsText.h"
#include "core/pipeline/Monitor.h"

#include <QHash>

namespace earshot {

MonitorMetrics::MonitorMetrics(const Monitor &monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    const auto markStale = [this] {
        m_stale = true;
    };
    connect(&monitor, &Monitor::windowStored, this, markStale);
    connect(&monitor, &Monitor::incidentsChanged, this, markStale);
}

MetricsSnapshot MonitorMetrics::snapshot()
{
    if (m_stale)
        readQueues();
    MetricsSnapshot s;
    s.version = QStringLiteral(EARSHOT_VERSION);
    s.queues = m_queues;
    const PollerStatus poller = m_monitor.pollerStatus();
    s.pollerState = poller.state;
    s.lastSuccessfulPollMs = poller.lastSuccessAtMs;
    const DeliveryStatus delivery = m_monitor.deliveryStatus();
    s.deliveryState = delivery.state;
    s.deliveryProblem = delivery.problem;
    s.outboxBacklog = delivery.backlog;
    s.outboxFailed = delivery.failed;
    s.databaseWritable = m_monitor.storageProblem().isEmpty();
    return s;
}

void MonitorMetrics::readQueues()
{
    const auto queues = m_monitor.monitoredQueues();
    const auto samples = m_monitor.latestSamples();
    // Open episodes come first, and a queue has at most one: enough rows for all of them.
    const auto incidents =
        queues.ok() ? m_monitor.incidents(int(queues.value().size()) + 100) : m_monitor.incidents();
    for (const Error *error :
         {queues.ok() ? nullptr : &queues.error(), samples.ok() ? nullptr : &samples.error(),
          incidents.ok() ? nullptr : &incidents.error()}) {
        if (error) {
            // The previous values stay, and the next scrape reads again.
            qCWarning(lcMetrics).noquote() << "cannot read the queues' metrics:" << error->message;
            return;
        }
    }
    QHash<QString, QualitySample> latest;
    for (const QualitySample &sample : samples.value())
        latest.insert(sample.queueId, sample);
    QHash<QString, const IncidentRow *> open;
    for (const IncidentRow &row : incidents.value()) {
        if (row.state != IncidentRow::State::Resolved && !row.isGroup)
            open.insert(row.queueId, &row);
    }
    m_queues.clear();
    for (const QueueInfo &queue : queues.value()) {
        QueueMetrics q;
        q.id = queue.id;
        q.name = queue.name;
        if (const auto it = latest.constFind(queue.id); it != latest.cend())
            q.latest = *it;
        if (const IncidentRow *row = open.value(queue.id)) {
            q.episode = row->state == IncidentRow::State::Acknowledged
                            ? QueueMetrics::Episode::Acknowledged
                            : QueueMetrics::Episode::Open;
            q.severity = row->severity;
        }
        m_queues.append(q);
    }
    m_stale = false;
}

Result<std::unique_ptr<MetricsServer>> serveMonitorMetrics(const MetricsConfig &config,
                                                           const Monitor &monitor)
{
    if (config.listen.isEmpty())
        return std::unique_ptr<MetricsServer>();
    const auto address = parseListenAddress(config.listen, QStringLiteral("[metrics] listen"));
    if (!address.ok())
        return address.error();
    auto *metrics = new MonitorMetrics(monitor);
    auto server =
        std::make_unique<MetricsServer>([metrics] { return metricsText(metrics->snapshot()); });
    metrics->setParent(server.get());
    if (Status listening = server->listen(address.value()); !listening.ok())
        return listening.error();
    return Result<std::unique_ptr<MetricsServer>>(std::move(server));
}

} // namespace earshot
