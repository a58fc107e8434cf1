#pragma once

#include "core/model/Metric.h"
#include "core/pipeline/MonitorTypes.h"

#include <QString>

namespace earshot {

// What one queue looks like right now. Shown as an icon AND a word, never colour alone.
enum class QueueStatus : int
{
    Ok,
    Warning,
    Critical,
    NoData,
    Silenced
};

[[nodiscard]] QString queueStatusWord(QueueStatus status); // "OK", "Warning", ...
[[nodiscard]] QString queueStatusIconPath(QueueStatus status);
// Sorting rank: worse is larger (OK < No data < Silenced < Warning < Critical).
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
