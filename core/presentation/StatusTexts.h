#pragma once

#include "core/model/Metric.h"
#include "core/pipeline/MonitorTypes.h"

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

[[nodiscard]] QString metricTitle(Metric metric); // "MOS", "Packet loss", ...

} // namespace earshot
