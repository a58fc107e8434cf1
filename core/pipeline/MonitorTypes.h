#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/alerting/Decision.h"
#include "core/model/Metric.h"

#include <QString>

namespace earshot {

// One row of the incidents view: an episode and how PagerDuty delivery of its events went.
struct IncidentRow
{
    enum class State
    {
        Open,
        Acknowledged,
        Resolved
    };

    QString dedupKey;
    QString queueId;
    QString queueName;
    Severity severity = Severity::None;
    State state = State::Open;
    qint64 startedAt = 0;  // epoch secs
    qint64 lastChange = 0; // epoch secs
    qint64 resolvedAt = 0; // epoch secs, 0 while open
    ResolveReason resolveReason = ResolveReason::None;
    QString acknowledgedBy;
    QString resolvedBy;
    bool paged = false; // false while a silence holds the page back
    // Open episodes: consecutive healthy windows so far (it clears at clearAfterWindows).
    int healthyWindows = 0;

    // Delivery of this episode's events to PagerDuty.
    int pendingEvents = 0;
    QString lastEventAction;      // "trigger", "acknowledge", "resolve"
    qint64 lastDeliveredAtMs = 0; // when PagerDuty accepted the last delivered event
    QString deliveryError;        // the last failure, empty when none
};

// What the status bar and the wall display say about the poller.
struct PollerStatus
{
    enum class State
    {
        Idle,
        Ok,
        Authenticating,
        RateLimited,
        AuthFailed,
        ApiError,
        Offline
    };

    State state = State::Idle;
    QString text; // translated, e.g. "rate limited until 10:05:30"
    QString lastError;
    qint64 lastSuccessAtMs = 0;
    qint64 nextPollAtMs = 0;
    int rateLimitRemaining = -1; // -1 when unknown
};

struct DeliveryStatus
{
    enum class State
    {
        Idle,
        Delivering,
        Retrying,
        Paused
    };

    State state = State::Idle;
    QString text; // translated, e.g. "paused: verify the integration key"
    int backlog = 0;
    int failed = 0; // events PagerDuty finally refused: shown in red while non-zero
};

} // namespace earshot
