#pragma once

#include "core/model/Metric.h"
#include "core/status/MonitorTypes.h"

#include <QString>

namespace earshot {

// The level of a queue's current window (see QueueCondition). Shown as an icon AND a word,
// never colour alone. A silence is shown beside it, never instead of it.
enum class QueueStatus : int
{
    Ok,
    Warning,
    Critical,
    NoData,  // too few calls or a partial window: not judged
    NoCalls, // idle: no calls in the newest window, or none since it is monitored
    Stale    // the newest data is older than 2 windows, or polling failed
};

[[nodiscard]] QString queueStatusWord(QueueStatus status); // "OK", "Warning", ...
[[nodiscard]] QString queueStatusIconPath(QueueStatus status);
// Sorting rank: worse is larger (OK < No calls < No data < Stale < Warning < Critical).
[[nodiscard]] int queueStatusRank(QueueStatus status);

[[nodiscard]] QString severityWord(Severity severity); // "Warning", "Critical", "None"
[[nodiscard]] QString severityIconPath(Severity severity);

[[nodiscard]] QString incidentStateWord(IncidentRow::State state); // "Open", ...
[[nodiscard]] QString incidentStateIconPath(IncidentRow::State state);

[[nodiscard]] QString pollerStateWord(PollerStatus::State state);
[[nodiscard]] QString pollerStateIconPath(PollerStatus::State state);
[[nodiscard]] QString deliveryStateWord(DeliveryStatus::State state);
[[nodiscard]] QString deliveryStateIconPath(DeliveryStatus::State state);

// One phrase each, no word twice: "Polling OK", "Rate limited until 10:05:30",
// "Offline: <the error>". The error in full belongs in a tooltip.
[[nodiscard]] QString pollerStatusText(const PollerStatus &status);
// "PagerDuty: all events delivered", "PagerDuty: no integration key — nothing can be paged",
// "PagerDuty: key rejected — paging paused", "PagerDuty unreachable — retrying at 10:05:30".
[[nodiscard]] QString deliveryStatusText(const DeliveryStatus &status);
[[nodiscard]] QString deliveryStatusIconPath(const DeliveryStatus &status);
// "Watchdog OK", "Watchdog: no data for 2 window(s) of 3", "Watchdog paged: no data (…)", with
// " · heartbeat failed: …" after it when the heartbeat fails.
[[nodiscard]] QString healthStatusText(const HealthStatus &status);
// "following 3 PagerDuty incident(s)", "rate limited by PagerDuty until 10:05:30", ...
[[nodiscard]] QString followStatusText(const FollowStatus &status);
// The banner over the tabs while paging cannot work (no key, a rejected key, an outage):
// what is wrong, what waits and what to do. Empty while paging works.
[[nodiscard]] QString deliveryProblemText(const DeliveryStatus &status);
// A shared database: who polls it, and this console's actions still waiting for that one.
// Empty on a database of the console's own. Its tooltip says more; an alarm when nobody
// polls (nothing is polled or paged then).
[[nodiscard]] QString sharedDatabaseText(const SharedDatabaseStatus &status);
[[nodiscard]] QString sharedDatabaseTip(const SharedDatabaseStatus &status);
[[nodiscard]] bool sharedDatabaseAlarm(const SharedDatabaseStatus &status);

[[nodiscard]] QString metricTitle(Metric metric); // "MOS", "Packet loss", ...

} // namespace earshot
