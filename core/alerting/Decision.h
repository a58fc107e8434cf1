#pragma once

#include "core/model/Metric.h"
#include "core/model/QualitySample.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace earshot {

enum class DecisionKind
{
    Trigger,     // a new episode (or a silenced one that still breaches when the silence ends)
    Escalate,    // warning -> critical: one update with the same dedup key
    Deescalate,  // critical -> warning: recorded, never paged
    Resolve,     // recovered, no traffic, or resolved by an operator
    Acknowledge, // an operator acknowledged; the episode stays open
};

enum class ResolveReason
{
    None,
    Recovered,
    NoTraffic,
    Manual
};

// One metric over one of its levels in a window.
struct Breach
{
    Metric metric = Metric::Mos;
    Severity level = Severity::None;
    double value = 0.0;
    double threshold = 0.0;

    friend bool operator==(const Breach &, const Breach &) = default;
};

// What the engine decided. Only decisions with pages == true become PagerDuty events;
// every decision goes to the audit log.
struct Decision
{
    DecisionKind kind = DecisionKind::Trigger;
    QString queueId;
    QString queueName;
    QString dedupKey;
    Severity severity = Severity::None;
    qint64 episodeStart = 0; // UTC epoch seconds: start of the episode's first breaching window
    qint64 at = 0;           // UTC epoch seconds: the window end, or the operator action time
    bool pages = true;
    bool silenced = false; // true when a silence held the page back
    ResolveReason reason = ResolveReason::None;
    QList<Breach> breaches;
    std::optional<QualitySample> sample; // the window that caused it, when one did
    QString actor;                       // operator actions: who
    QString note;                        // operator actions: why
    // A member of this storm group (StormGrouper): PagerDuty hears of it through the
    // group's incident, so the decision itself does not page.
    QString groupKey;

    friend bool operator==(const Decision &, const Decision &) = default;
};

[[nodiscard]] QString decisionKindKey(DecisionKind kind);     // "trigger", "escalate", ...
[[nodiscard]] QString resolveReasonKey(ResolveReason reason); // "recovered", "no_traffic", ...

// PagerDuty's limit for a dedup_key.
inline constexpr qsizetype kMaxDedupKeyBytes = 255;

// voice_quality_alert_{queueId}_{episodeStartEpoch}: the same on every machine that sees the
// same data, and never reused by a later episode. A queue id too long for PagerDuty's 255
// bytes is cut and followed by '~' and 16 hex digits of its SHA-256, so the key stays
// deterministic, distinct and accepted.
[[nodiscard]] QString makeDedupKey(const QString &queueId, qint64 episodeStartEpoch);

// [{"metric","level","value","threshold"}, ...] as stored and shown.
[[nodiscard]] QJsonArray breachesToJson(const QList<Breach> &breaches);

} // namespace earshot
