#include "core/metrics/MetricsText.h"

#include "core/metrics/OpenMetricsWriter.h"

#include <cstddef>
#include <limits>
#include <utility>

namespace earshot {

namespace {

using Type = OpenMetricsWriter::Type;

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

double valueOr(const std::optional<double> &value, double scale = 1.0)
{
    return value ? *value * scale : kNoValue;
}

MetricLabels queueLabels(const QueueMetrics &q)
{
    return {{"queue_id", q.id}, {"queue", q.name}};
}

// One gauge per queue with a stored window, from that window.
template<typename ValueOf>
void perWindow(OpenMetricsWriter &w, const MetricsSnapshot &s, const char *name, const char *help,
               const char *unit, ValueOf valueOf)
{
    w.family(name, Type::Gauge, help, unit);
    for (const QueueMetrics &q : s.queues) {
        if (q.latest)
            w.sample(queueLabels(q), valueOf(*q.latest));
    }
}

// A state as one gauge per possible value, 1 for the current one (what Prometheus reads
// where OpenMetrics would have a stateset).
template<typename State, std::size_t N>
void oneHot(OpenMetricsWriter &w, const MetricLabels &labels, const char *label, State current,
            const std::pair<State, const char *> (&states)[N])
{
    for (const auto &[state, key] : states) {
        MetricLabels withState = labels;
        withState.append({label, QString::fromLatin1(key)});
        w.sample(withState, state == current ? 1.0 : 0.0);
    }
}

constexpr std::pair<QueueMetrics::Episode, const char *> kEpisodeStates[] = {
    {QueueMetrics::Episode::None, "none"},
    {QueueMetrics::Episode::Open, "open"},
    {QueueMetrics::Episode::Acknowledged, "acknowledged"},
};

constexpr std::pair<PollerStatus::State, const char *> kPollerStates[] = {
    {PollerStatus::State::Idle, "idle"},
    {PollerStatus::State::Ok, "ok"},
    {PollerStatus::State::Authenticating, "authenticating"},
    {PollerStatus::State::RateLimited, "rate_limited"},
    {PollerStatus::State::AuthFailed, "auth_failed"},
    {PollerStatus::State::ApiError, "api_error"},
    {PollerStatus::State::Offline, "offline"},
};

constexpr std::pair<DeliveryStatus::State, const char *> kDeliveryStates[] = {
    {DeliveryStatus::State::Idle, "idle"},
    {DeliveryStatus::State::Delivering, "delivering"},
    {DeliveryStatus::State::Retrying, "retrying"},
    {DeliveryStatus::State::Paused, "paused"},
};

constexpr std::pair<DeliveryStatus::Problem, const char *> kDeliveryProblems[] = {
    {DeliveryStatus::Problem::None, "none"},
    {DeliveryStatus::Problem::NoKey, "no_key"},
    {DeliveryStatus::Problem::KeyRejected, "key_rejected"},
    {DeliveryStatus::Problem::Unreachable, "unreachable"},
};

void writeQueues(OpenMetricsWriter &w, const MetricsSnapshot &s)
{
    perWindow(w, s, "earshot_queue_mos",
              "Mean MOS of the calls of the queue's newest window (1 to 5).", nullptr,
              [](const QualitySample &x) { return valueOr(x.mosMean); });
    perWindow(w, s, "earshot_queue_packet_loss_ratio",
              "Packet loss of the queue's newest window, (lost + invalid) / received.", "ratio",
              [](const QualitySample &x) { return valueOr(x.packetLossPercent, 0.01); });
    perWindow(w, s, "earshot_queue_jitter_seconds",
              "Jitter of the queue's newest window (absent where the source reports none).",
              "seconds", [](const QualitySample &x) { return valueOr(x.jitterMs, 0.001); });
    perWindow(w, s, "earshot_queue_latency_seconds",
              "95th percentile of the calls' worst one-way latency in the queue's newest window.",
              "seconds", [](const QualitySample &x) { return valueOr(x.latencyP95Ms, 0.001); });
    perWindow(w, s, "earshot_queue_calls", "Calls of the queue's newest window.", nullptr,
              [](const QualitySample &x) { return double(x.calls); });
    perWindow(w, s, "earshot_queue_window_partial",
              "1 when too many of the newest window's conversations were malformed: its values "
              "are shown but not judged.",
              nullptr, [](const QualitySample &x) { return x.partial ? 1.0 : 0.0; });
    perWindow(w, s, "earshot_queue_window_end_timestamp_seconds",
              "End of the queue's newest stored window (Unix time).", "seconds",
              [](const QualitySample &x) { return double(x.windowEnd); });

    w.family("earshot_queue_episode_state", Type::Gauge,
             "1 for the state of the queue's degraded episode: none, open or acknowledged.");
    for (const QueueMetrics &q : s.queues)
        oneHot(w, queueLabels(q), "state", q.episode, kEpisodeStates);
    w.family("earshot_queue_episode_severity", Type::Gauge,
             "Severity of the queue's open episode: 0 none, 1 warning, 2 critical.");
    for (const QueueMetrics &q : s.queues)
        w.sample(queueLabels(q), q.episode == QueueMetrics::Episode::None ? 0.0 : int(q.severity));
}

} // namespace

QByteArray metricsText(const MetricsSnapshot &s)
{
    OpenMetricsWriter w;
    w.family("earshot_build_version", Type::Gauge, "Always 1; the label names Earshot's version.");
    w.sample({{"version", s.version}}, 1.0);
    writeQueues(w, s);

    w.family("earshot_poller_state", Type::Gauge,
             "1 for the state of the Genesys Cloud poller, 0 for the others.");
    oneHot(w, {}, "state", s.pollerState, kPollerStates);
    w.family("earshot_poller_last_success_timestamp_seconds", Type::Gauge,
             "When the poller last stored a window (Unix time); absent before the first.",
             "seconds");
    if (s.lastSuccessfulPollMs > 0)
        w.sample(double(s.lastSuccessfulPollMs) / 1000.0);

    w.family("earshot_outbox_pending_events", Type::Gauge,
             "PagerDuty events in the outbox waiting to be delivered.");
    w.sample(s.outboxBacklog);
    w.family("earshot_outbox_failed_events", Type::Gauge,
             "PagerDuty events PagerDuty finally refused (delivery failures kept in the outbox).");
    w.sample(s.outboxFailed);
    w.family("earshot_delivery_state", Type::Gauge,
             "1 for the state of delivery to PagerDuty, 0 for the others.");
    oneHot(w, {}, "state", s.deliveryState, kDeliveryStates);
    w.family("earshot_delivery_problem", Type::Gauge,
             "1 for why paging cannot work now (none when it can), 0 for the others.");
    oneHot(w, {}, "problem", s.deliveryProblem, kDeliveryProblems);
    w.family("earshot_database_writable", Type::Gauge,
             "1 while writes to the database succeed; 0 when nothing is stored or paged.");
    w.sample(s.databaseWritable ? 1.0 : 0.0);
    return w.finish();
}

} // namespace earshot
