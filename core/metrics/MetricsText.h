#pragma once

#include "core/metrics/MetricsSnapshot.h"

#include <QByteArray>

namespace earshot {

// Earshot's metrics in the OpenMetrics text format (kOpenMetricsContentType): per queue the
// newest window's MOS, loss, jitter, latency and calls and its episode, then the poller,
// the PagerDuty outbox and the database. Every family is a gauge: each value is a state
// read from the monitor. The names are listed in README "Metrics for Prometheus". Pure:
// the same snapshot gives the same bytes.
[[nodiscard]] QByteArray metricsText(const MetricsSnapshot &snapshot);

} // namespace earshot
