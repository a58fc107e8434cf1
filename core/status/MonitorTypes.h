#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/alerting/Decision.h"
#include "core/model/Metric.h"
#include "core/status/FollowStatus.h"

#include <QString>
#include <QStringList>

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
    // Open episodes: what the newest breaching window breached, and by how much.
    QList<Breach> breaches;

    // Storm grouping: a group row (the one PagerDuty incident of a storm) has isGroup and
    // its members' count; a member row names its group (it did not page on its own).
    bool isGroup = false;
    int groupMembers = 0;
    int groupMembersDegraded = 0;
    QString groupKey;
    QStringList groupMemberNames; // a group row: its members' queue names, joining order

    // Delivery of this episode's events to PagerDuty.
    int pendingEvents = 0;
    QString lastEventAction;      // "trigger", "acknowledge", "resolve"
    qint64 lastDeliveredAtMs = 0; // when PagerDuty accepted the last delivered event
    QString deliveryError;        // the last failure, empty when none

    // Two-way PagerDuty (IncidentFollower): what the REST API last said; empty when not
    // followed (no REST API key) or not found yet.
    QString pagerDutyStatus; // "triggered", "acknowledged", "resolved"
    QString pagerDutyBy;     // who acknowledged or resolved it there
    qint64 pagerDutyAtMs = 0;
    int pagerDutyNumber = 0;
    QString pagerDutyUrl;

    // Resolved in PagerDuty while the episode is still open: not paged again (FollowGate.h).
    [[nodiscard]] bool resolvedInPagerDutyStillDegraded() const
    {
        return state != State::Resolved && pagerDutyStatus == QLatin1StringView("resolved");
    }
};

// One line of an incident's timeline, from the audit log: a decision (triggered,
// escalated, acknowledged with a note, resolved) or a delivery to PagerDuty.
struct IncidentEvent
{
    enum class Kind
    {
        Triggered,
        Escalated,
        Deescalated,
        Acknowledged,
        Resolved,
        Delivered,      // PagerDuty accepted an event
        DeliveryFailed, // PagerDuty refused or could not be reached (it is retried)
        Joined,         // a storm group: queues joined it (detail: their names)
        // Two-way PagerDuty: someone acted in PagerDuty (actor: who; atMs: when, there).
        AcknowledgedInPagerDuty,
        ResolvedInPagerDuty,
    };

    Kind kind = Kind::Triggered;
    qint64 atMs = 0;
    QString actor; // an operator, or "earshot"
    QString note;
    Severity severity = Severity::None;
    QList<Breach> breaches;
    ResolveReason reason = ResolveReason::None;
    QString detail;    // delivery: the event action, or the failure
    bool paged = true; // decisions: false when recorded only (silenced, or never paged)
    QString groupKey;  // decisions of a storm member: paged through this group instead
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

    // The words for all this are core/presentation/StatusTexts' (pollerStatusText).
    State state = State::Idle;
    QString lastError;
    qint64 lastSuccessAtMs = 0;
    qint64 nextPollAtMs = 0;
    int rateLimitRemaining = -1; // -1 when unknown
    qint64 rateLimitedUntilMs = 0;
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

    // Why paging cannot work now; each is its own warning in the window until it is fixed.
    enum class Problem
    {
        None,
        NoKey,       // no PagerDuty integration key is configured
        KeyRejected, // PagerDuty refused the key: delivery paused
        Unreachable  // PagerDuty or the network fails: events wait and are retried
    };

    State state = State::Idle;
    Problem problem = Problem::None;
    // The words for all this are core/presentation/StatusTexts' (deliveryStatusText).
    QString lastError; // the last failure in words, empty when none
    qint64 retryAtMs = 0;
    int backlog = 0;
    int failed = 0; // events PagerDuty finally refused: shown in red while non-zero
};

// What the status bar and the headless log say about Earshot's watchdog over itself.
struct HealthStatus
{
    enum class State
    {
        Off,  // [health] page_after_windows = 0
        Ok,   // good windows arrive
        Late, // no good window for some windows, fewer than page_after_windows
        // Earshot's own incident is open in PagerDuty (or waiting in the outbox, or sent
        // straight to PagerDuty when the database cannot be written: DirectPager)
        Paged,
        Unpaged, // the outbox could not store the page and sending it directly fails too
    };
    enum class Heartbeat
    {
        None,    // no heartbeat_url
        Waiting, // none sent yet
        Ok,
        Failed
    };

    State state = State::Off;
    int windowsBehind = 0;
    int pageAfterWindows = 0;
    QString cause; // why no data comes (poller or database), translated
    // The words for all this are core/presentation/StatusTexts' (healthStatusText).
    Heartbeat heartbeat = Heartbeat::None;
    QString heartbeatError; // the last failure, no secrets
    // Unpaged: why sending the health page straight to PagerDuty fails (the database, and so
    // the outbox, cannot be written).
    QString directPageError;
    qint64 heartbeatAtMs = 0;
};

// --role: what a console does on a shared database (SQLite: it always polls).
enum class ConsoleRole
{
    Auto,   // polls when no other console does; views, and takes over when that one stops
    Leader, // polls, or does not start (another console polls)
    Viewer, // never polls or pages: reads the database and asks the polling console to act
};

// What the status bar says about a shared PostgreSQL database.
struct SharedDatabaseStatus
{
    QString database;          // without its password; empty: a SQLite file of this console's own
    bool polls = false;        // this console polls, evaluates and pages
    bool mayTakeOver = false;  // a viewer that takes over when nobody polls (--role auto)
    QString leader;            // who polls: "host (process N), leading since ..."
    bool leaderPresent = true; // some console holds the leader lock now
    int waitingRequests = 0;   // this console's actions the polling console has not done yet
};

} // namespace earshot
