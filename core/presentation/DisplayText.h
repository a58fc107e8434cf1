#pragma once

#include "core/alerting/Decision.h"
#include "core/model/Metric.h"
#include "core/status/MonitorTypes.h"

#include <QString>

namespace earshot {

// Operators read local time; everything is stored and computed in UTC epoch seconds.
// Date and time formats for localTimeText(), in the user's language: a translation may
// reorder them ("dd.MM.yyyy HH:mm"). 24-hour clock in the source language.
[[nodiscard]] QString timeFormat();            // "hh:mm"
[[nodiscard]] QString timeWithSecondsFormat(); // "hh:mm:ss"
[[nodiscard]] QString dateTimeFormat();        // "yyyy-MM-dd hh:mm"
[[nodiscard]] QString dayTimeFormat();         // "ddd hh:mm" (chart axes over several days)

[[nodiscard]] QString localTimeText(qint64 epochSecs, const QString &format);
[[nodiscard]] QString localTimeTextMs(qint64 epochMs, const QString &format);
// "10:00–10:05" (local hh:mm of a window's start and end).
[[nodiscard]] QString windowRangeText(qint64 startSecs, qint64 endSecs);
// "45 s", "12 min", "1 h 05 min", "2 d 3 h".
[[nodiscard]] QString durationText(qint64 secs);

// A metric value with the precision operators read it in, without its unit.
[[nodiscard]] QString metricValueText(Metric metric, double value);
// "MOS 3.21 below warning 3.50", "Packet loss 3.4 % above critical 3.0 %".
[[nodiscard]] QString breachText(const Breach &breach);
// "MOS 2.6 < 3.0", "loss 4.5 % > 3.0 %": which metric breached and by how much.
[[nodiscard]] QString breachShortText(const Breach &breach);
// "Sales: critical — MOS 2.6 (< 3.0), loss 4.5 % (> 3.0 %)" (a notification, a tile).
[[nodiscard]] QString incidentSummaryText(const QString &queueName, Severity severity,
                                          const QList<Breach> &breaches);
// Why the jitter column is empty for the details source (api-facts: no jitter in ms).
[[nodiscard]] QString jitterAbsentNote();

// The PagerDuty column: "delivered 10:05:12", "pending (2)", "failed: <error>",
// "held back by a silence" or "not sent yet".
[[nodiscard]] QString deliveryText(const IncidentRow &row);

[[nodiscard]] QString resolveReasonText(ResolveReason reason);

// Two-way PagerDuty: "Acknowledged in PagerDuty by Jane Doe at 14:02", "Resolved in
// PagerDuty by Jane Doe at 14:05", "Resolved in PagerDuty by Jane Doe at 14:05, still
// degraded" (the episode is open: not paged again); empty when PagerDuty has said nothing of
// the kind (or is not followed).
[[nodiscard]] QString pagerDutyFollowText(const IncidentRow &row);
// The same for a notification or a tile: "Sales: acknowledged in PagerDuty by Jane Doe".
[[nodiscard]] QString pagerDutyChangeNotice(const IncidentRow &row);

} // namespace earshot
