#include "core/presentation/StatusTexts.h"

#include "core/presentation/DisplayText.h"

#include <QCoreApplication>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "StatusTexts".
class StatusTexts
{
    Q_DECLARE_TR_FUNCTIONS(StatusTexts)
};

QString icon(const char *name)
{
    return QStringLiteral(":/earshot/icons/") + QLatin1StringView(name) + QStringLiteral(".svg");
}

} // namespace

QString queueStatusWord(QueueStatus status)
{
    switch (status) {
    case QueueStatus::Ok:
        return StatusTexts::tr("OK");
    case QueueStatus::Warning:
        return StatusTexts::tr("Warning");
    case QueueStatus::Critical:
        return StatusTexts::tr("Critical");
    case QueueStatus::NoData:
        return StatusTexts::tr("No data");
    case QueueStatus::NoCalls:
        return StatusTexts::tr("No calls");
    case QueueStatus::Stale:
        return StatusTexts::tr("Stale");
    }
    return {};
}

QString queueStatusIconPath(QueueStatus status)
{
    switch (status) {
    case QueueStatus::Ok:
        return icon("status-ok");
    case QueueStatus::Warning:
        return icon("status-warning");
    case QueueStatus::Critical:
        return icon("status-critical");
    case QueueStatus::NoData:
    case QueueStatus::NoCalls:
    case QueueStatus::Stale:
        return icon("status-nodata");
    }
    return {};
}

int queueStatusRank(QueueStatus status)
{
    switch (status) {
    case QueueStatus::Ok:
        return 0;
    case QueueStatus::NoCalls:
        return 1;
    case QueueStatus::NoData:
        return 2;
    case QueueStatus::Stale:
        return 3;
    case QueueStatus::Warning:
        return 4;
    case QueueStatus::Critical:
        return 5;
    }
    return 0;
}

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::None:
        return StatusTexts::tr("None");
    case Severity::Warning:
        return StatusTexts::tr("Warning");
    case Severity::Critical:
        return StatusTexts::tr("Critical");
    }
    return {};
}

QString severityIconPath(Severity severity)
{
    switch (severity) {
    case Severity::None:
        return icon("status-ok");
    case Severity::Warning:
        return icon("status-warning");
    case Severity::Critical:
        return icon("status-critical");
    }
    return {};
}

QString incidentStateWord(IncidentRow::State state)
{
    switch (state) {
    case IncidentRow::State::Open:
        return StatusTexts::tr("Open");
    case IncidentRow::State::Acknowledged:
        return StatusTexts::tr("Acknowledged");
    case IncidentRow::State::Resolved:
        return StatusTexts::tr("Resolved");
    }
    return {};
}

QString incidentStateIconPath(IncidentRow::State state)
{
    switch (state) {
    case IncidentRow::State::Open:
        return icon("incident-open");
    case IncidentRow::State::Acknowledged:
        return icon("incident-acknowledged");
    case IncidentRow::State::Resolved:
        return icon("incident-resolved");
    }
    return {};
}

QString pollerStateWord(PollerStatus::State state)
{
    switch (state) {
    case PollerStatus::State::Idle:
        return StatusTexts::tr("Not polling");
    case PollerStatus::State::Ok:
        return StatusTexts::tr("Polling OK");
    case PollerStatus::State::Authenticating:
        return StatusTexts::tr("Signing in");
    case PollerStatus::State::RateLimited:
        return StatusTexts::tr("Rate limited");
    case PollerStatus::State::AuthFailed:
        return StatusTexts::tr("Sign-in failed");
    case PollerStatus::State::ApiError:
        return StatusTexts::tr("Genesys API error");
    case PollerStatus::State::Offline:
        return StatusTexts::tr("Offline");
    }
    return {};
}

QString pollerStateIconPath(PollerStatus::State state)
{
    switch (state) {
    case PollerStatus::State::Ok:
        return icon("status-ok");
    case PollerStatus::State::Idle:
    case PollerStatus::State::Authenticating:
        return icon("status-nodata");
    case PollerStatus::State::RateLimited:
        return icon("status-warning");
    case PollerStatus::State::AuthFailed:
    case PollerStatus::State::ApiError:
    case PollerStatus::State::Offline:
        return icon("status-critical");
    }
    return {};
}

QString deliveryStateWord(DeliveryStatus::State state)
{
    switch (state) {
    case DeliveryStatus::State::Idle:
        return StatusTexts::tr("PagerDuty: up to date");
    case DeliveryStatus::State::Delivering:
        return StatusTexts::tr("PagerDuty: delivering");
    case DeliveryStatus::State::Retrying:
        return StatusTexts::tr("PagerDuty: retrying");
    case DeliveryStatus::State::Paused:
        return StatusTexts::tr("PagerDuty: paused");
    }
    return {};
}

QString deliveryStateIconPath(DeliveryStatus::State state)
{
    switch (state) {
    case DeliveryStatus::State::Idle:
    case DeliveryStatus::State::Delivering:
        return icon("status-ok");
    case DeliveryStatus::State::Retrying:
        return icon("status-warning");
    case DeliveryStatus::State::Paused:
        return icon("status-critical");
    }
    return {};
}

QString pollerStatusText(const PollerStatus &status)
{
    switch (status.state) {
    case PollerStatus::State::Idle:
        if (status.nextPollAtMs == 0 && status.lastSuccessAtMs == 0)
            return StatusTexts::tr("Not polling");
        return StatusTexts::tr("Waiting for the first window");
    case PollerStatus::State::Ok:
        return StatusTexts::tr("Polling OK");
    case PollerStatus::State::Authenticating:
        return StatusTexts::tr("Signing in to Genesys Cloud");
    case PollerStatus::State::RateLimited:
        if (status.rateLimitedUntilMs > 0)
            return StatusTexts::tr("Rate limited until %1")
                .arg(localTimeTextMs(status.rateLimitedUntilMs, timeWithSecondsFormat()));
        return StatusTexts::tr("Rate limited");
    case PollerStatus::State::AuthFailed:
        return StatusTexts::tr("Sign-in failed: check the client id, secret and role");
    case PollerStatus::State::ApiError:
        return status.lastError.isEmpty()
                   ? StatusTexts::tr("Genesys API error")
                   : StatusTexts::tr("Genesys API error: %1").arg(status.lastError);
    case PollerStatus::State::Offline:
        return status.lastError.isEmpty() ? StatusTexts::tr("Offline")
                                          : StatusTexts::tr("Offline: %1").arg(status.lastError);
    }
    return {};
}

QString healthStatusText(const HealthStatus &status)
{
    QString text;
    switch (status.state) {
    case HealthStatus::State::Off:
        text = StatusTexts::tr("Watchdog off");
        break;
    case HealthStatus::State::Ok:
        text = StatusTexts::tr("Watchdog OK");
        break;
    case HealthStatus::State::Late:
        text = StatusTexts::tr("Watchdog: no data for %n window(s) of %1", nullptr,
                               status.windowsBehind)
                   .arg(status.pageAfterWindows);
        break;
    case HealthStatus::State::Paged:
        text = StatusTexts::tr("Watchdog paged: no data (%1)").arg(status.cause);
        break;
    case HealthStatus::State::Unpaged:
        text = StatusTexts::tr("Watchdog cannot page (the database cannot be written): %1")
                   .arg(status.directPageError);
        break;
    }
    if (status.heartbeat == HealthStatus::Heartbeat::Failed)
        text += QStringLiteral(" · ") +
                StatusTexts::tr("heartbeat failed: %1").arg(status.heartbeatError);
    return text;
}

QString followStatusText(const FollowStatus &status)
{
    switch (status.state) {
    case FollowStatus::State::Off:
        return StatusTexts::tr("off: no PagerDuty REST API key (optional; set PAGERDUTY_API_TOKEN "
                               "or enter it in Settings)");
    case FollowStatus::State::Starting:
        return StatusTexts::tr("starting");
    case FollowStatus::State::Following:
        return StatusTexts::tr("following %n PagerDuty incident(s)", nullptr, status.followed);
    case FollowStatus::State::TokenRejected:
        return StatusTexts::tr("the PagerDuty REST API key was refused");
    case FollowStatus::State::RateLimited:
        return StatusTexts::tr("rate limited by PagerDuty until %1")
            .arg(localTimeTextMs(status.retryAtMs, timeWithSecondsFormat()));
    case FollowStatus::State::Failing:
        return StatusTexts::tr("following PagerDuty failed; trying again");
    }
    return {};
}

QString deliveryStatusText(const DeliveryStatus &status)
{
    switch (status.problem) {
    case DeliveryStatus::Problem::NoKey:
        return StatusTexts::tr("PagerDuty: no integration key — nothing can be paged");
    case DeliveryStatus::Problem::KeyRejected:
        return StatusTexts::tr("PagerDuty: integration key rejected — paging paused");
    case DeliveryStatus::Problem::Unreachable:
        if (status.retryAtMs > 0)
            return StatusTexts::tr("PagerDuty unreachable — retrying at %1")
                .arg(localTimeTextMs(status.retryAtMs, timeWithSecondsFormat()));
        return StatusTexts::tr("PagerDuty unreachable — retrying");
    case DeliveryStatus::Problem::None:
        break;
    }
    switch (status.state) {
    case DeliveryStatus::State::Delivering:
        return StatusTexts::tr("PagerDuty: delivering");
    case DeliveryStatus::State::Retrying:
        return StatusTexts::tr("PagerDuty: retrying");
    case DeliveryStatus::State::Paused:
        return StatusTexts::tr("PagerDuty: paused");
    case DeliveryStatus::State::Idle:
        break;
    }
    return status.backlog == 0 ? StatusTexts::tr("PagerDuty: all events delivered")
                               : StatusTexts::tr("PagerDuty: events waiting");
}

QString deliveryStatusIconPath(const DeliveryStatus &status)
{
    switch (status.problem) {
    case DeliveryStatus::Problem::NoKey:
    case DeliveryStatus::Problem::KeyRejected:
        return icon("status-critical");
    case DeliveryStatus::Problem::Unreachable:
        return icon("status-warning");
    case DeliveryStatus::Problem::None:
        break;
    }
    return deliveryStateIconPath(status.state);
}

QString deliveryProblemText(const DeliveryStatus &status)
{
    const QString waiting = status.backlog > 0 ? StatusTexts::tr("%n event(s) wait in the outbox.",
                                                                 nullptr, status.backlog)
                                               : QString();
    QString text;
    switch (status.problem) {
    case DeliveryStatus::Problem::None:
        return {};
    case DeliveryStatus::Problem::NoKey:
        text = StatusTexts::tr("No PagerDuty integration key: nothing will be paged. Set the key "
                               "in File > Settings.");
        break;
    case DeliveryStatus::Problem::KeyRejected:
        text = StatusTexts::tr("PagerDuty rejected the integration key: paging is paused until "
                               "the key is corrected in File > Settings.");
        break;
    case DeliveryStatus::Problem::Unreachable:
        text = StatusTexts::tr("PagerDuty cannot be reached: events are kept and retried.");
        break;
    }
    return waiting.isEmpty() ? text : text + QLatin1Char(' ') + waiting;
}

QString metricTitle(Metric metric)
{
    switch (metric) {
    case Metric::Mos:
        return StatusTexts::tr("MOS");
    case Metric::PacketLoss:
        return StatusTexts::tr("Packet loss");
    case Metric::Jitter:
        return StatusTexts::tr("Jitter");
    case Metric::Latency:
        return StatusTexts::tr("Latency p95");
    case Metric::JitterBufferDiscard:
        return StatusTexts::tr("Jitter-buffer discards");
    }
    return {};
}

QString sharedDatabaseText(const SharedDatabaseStatus &status)
{
    if (status.database.isEmpty())
        return {};
    QString text;
    if (status.polls)
        text = StatusTexts::tr("Shared database: this console polls");
    else if (!status.leaderPresent)
        text = StatusTexts::tr("Shared database: no console polls");
    else
        // The host, without the process and the time (those are in the tooltip).
        text = StatusTexts::tr("Shared database: viewing, %1 polls")
                   .arg(status.leader.section(QStringLiteral(" ("), 0, 0));
    if (status.waitingRequests > 0)
        text +=
            QStringLiteral(" · ") + StatusTexts::tr("%n action(s) waiting for the polling console",
                                                    nullptr, status.waitingRequests);
    return text;
}

QString sharedDatabaseTip(const SharedDatabaseStatus &status)
{
    if (status.database.isEmpty())
        return {};
    if (status.polls)
        return StatusTexts::tr("This console polls Genesys Cloud and pages PagerDuty for every "
                               "console on %1; the others view it.")
            .arg(status.database);
    if (!status.leaderPresent)
        return status.mayTakeOver
                   ? StatusTexts::tr("No console polls %1: nothing is polled or paged. This "
                                     "console takes over within a minute.")
                         .arg(status.database)
                   : StatusTexts::tr("No console polls %1: nothing is polled or paged. Start "
                                     "an Earshot with --role auto or leader.")
                         .arg(status.database);
    return StatusTexts::tr("%1 polls %2; this console shows what it stores, and its actions "
                           "are carried out there.")
        .arg(status.leader, status.database);
}

bool sharedDatabaseAlarm(const SharedDatabaseStatus &status)
{
    return !status.database.isEmpty() && !status.polls && !status.leaderPresent;
}

} // namespace earshot
