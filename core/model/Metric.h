#pragma once

#include <QString>

#include <array>

namespace earshot {

// The quality metrics Earshot can alert on. The order is stable: it indexes arrays and is
// stored in the database by key, never by number.
enum class Metric : int
{
    Mos,                 // mean opinion score, 1..5; lower is worse
    PacketLoss,          // percent of packets lost; higher is worse
    Jitter,              // interarrival jitter in ms; higher is worse (absent for Genesys details)
    Latency,             // p95 one-way latency in ms; higher is worse
    JitterBufferDiscard, // percent of packets discarded by the jitter buffer; higher is worse
};

inline constexpr int kMetricCount = 5;
inline constexpr std::array<Metric, kMetricCount> kAllMetrics = {
    Metric::Mos, Metric::PacketLoss, Metric::Jitter, Metric::Latency, Metric::JitterBufferDiscard};

[[nodiscard]] constexpr int metricIndex(Metric m)
{
    return static_cast<int>(m);
}

// MOS degrades downwards; every other metric degrades upwards.
[[nodiscard]] constexpr bool lowerIsWorse(Metric m)
{
    return m == Metric::Mos;
}

// Stable machine key: "mos", "packet_loss", "jitter", "latency", "jitter_buffer_discard".
[[nodiscard]] QString metricKey(Metric m);
[[nodiscard]] bool metricFromKey(const QString &key, Metric *out);
// Unit suffix for display: "", "%", "ms".
[[nodiscard]] QString metricUnit(Metric m);

enum class Severity : int
{
    None = 0,
    Warning = 1,
    Critical = 2
};

// "warning" / "critical" (PagerDuty's severity names) and "none".
[[nodiscard]] QString severityKey(Severity s);
[[nodiscard]] bool severityFromKey(const QString &key, Severity *out);

} // namespace earshot
