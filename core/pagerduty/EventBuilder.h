#pragma once

#include "core/alerting/Decision.h"
#include "core/alerting/StormGrouper.h"
#include "core/pagerduty/PagerDutySettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace earshot {

// The Events API v2 body for a decision, WITHOUT routing_key: the key is a secret and is
// added only when the event is sent, so it never reaches the database. Trigger and
// Escalate are both event_action "trigger" (an escalation re-triggers the same dedup_key
// with the new severity); Acknowledge and Resolve carry only the action and the key.
// Decisions that do not page give no event.
struct BuiltEvent
{
    QString action;
    QByteArray body;
};

[[nodiscard]] std::optional<BuiltEvent> buildEvent(const Decision &decision,
                                                   const PagerDutySettings &settings);

// A storm group's event: Open and Update are triggers of the group's key ("12 queues
// degraded: MOS, packet loss; likely shared cause", severity the worst member's, every
// member in custom_details.members); Resolve resolves it. Members that do not fit under
// PagerDuty's size limit are left out and counted in custom_details.members_omitted.
[[nodiscard]] BuiltEvent buildStormEvent(const StormDecision &decision,
                                         const PagerDutySettings &settings);

// Earshot's own health incident: earshot_monitor_health_{host}. Unlike an episode's key it
// is used again for every outage (PagerDuty opens a new incident for a trigger after the
// resolve), so the outbox never holds its trigger back as a replay.
inline const QString kHealthDedupKeyPrefix = QStringLiteral("earshot_monitor_health_");

// Earshot's own health incident (the watchdog): a trigger with severity "error" and the
// summary given, or its resolve.
[[nodiscard]] BuiltEvent buildHealthEvent(const QString &dedupKey, bool trigger,
                                          const QString &summary, qint64 at,
                                          const QJsonObject &details,
                                          const PagerDutySettings &settings);

// Adds routing_key to a stored body at send time.
[[nodiscard]] QByteArray withRoutingKey(const QByteArray &body, const QString &routingKey);

// After a 413, a smaller form of a stored trigger that still pages the same incident:
// first without the worst conversations, then with only the identifying details, then
// with the free-text fields cut to 256 characters. nullopt when it cannot get smaller
// (acknowledge and resolve bodies are already minimal).
[[nodiscard]] std::optional<QByteArray> shrunkEvent(const QByteArray &body);

inline constexpr int kMaxSummaryChars = 1024;
inline constexpr int kMaxEventBytes = 512 * 1024;

} // namespace earshot
