#include "core/pipeline/LeaderStatus.h"

#include <QJsonValue>

namespace earshot {

namespace {

// Enums travel as their numbers, bounded on the way back: the statuses are Earshot's own,
// written by the same build of it (one schema), and read defensively all the same.
template<typename E> E enumFrom(const QJsonValue &value, E last)
{
    const int n = value.toInt(0);
    return n >= 0 && n <= int(last) ? E(n) : E(0);
}

qint64 msFrom(const QJsonValue &value)
{
    return qint64(value.toDouble(0));
}

} // namespace

QJsonObject LeaderStatus::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("poller"),
         QJsonObject{
             {QLatin1StringView("state"), int(poller.state)},
             {QLatin1StringView("error"), poller.lastError},
             {QLatin1StringView("last_success_ms"), double(poller.lastSuccessAtMs)},
             {QLatin1StringView("next_poll_ms"), double(poller.nextPollAtMs)},
             {QLatin1StringView("rate_remaining"), poller.rateLimitRemaining},
             {QLatin1StringView("rate_limited_until_ms"), double(poller.rateLimitedUntilMs)}}},
        {QLatin1StringView("delivery"),
         QJsonObject{{QLatin1StringView("state"), int(delivery.state)},
                     {QLatin1StringView("problem"), int(delivery.problem)},
                     {QLatin1StringView("error"), delivery.lastError},
                     {QLatin1StringView("retry_ms"), double(delivery.retryAtMs)},
                     {QLatin1StringView("backlog"), delivery.backlog},
                     {QLatin1StringView("failed"), delivery.failed}}},
        {QLatin1StringView("health"),
         QJsonObject{{QLatin1StringView("state"), int(health.state)},
                     {QLatin1StringView("behind"), health.windowsBehind},
                     {QLatin1StringView("page_after"), health.pageAfterWindows},
                     {QLatin1StringView("cause"), health.cause},
                     {QLatin1StringView("heartbeat"), int(health.heartbeat)},
                     {QLatin1StringView("heartbeat_error"), health.heartbeatError},
                     {QLatin1StringView("direct_error"), health.directPageError},
                     {QLatin1StringView("heartbeat_ms"), double(health.heartbeatAtMs)}}},
        {QLatin1StringView("follow"),
         QJsonObject{{QLatin1StringView("state"), int(follow.state)},
                     {QLatin1StringView("error"), follow.lastError},
                     {QLatin1StringView("last_success_ms"), double(follow.lastSuccessAtMs)},
                     {QLatin1StringView("retry_ms"), double(follow.retryAtMs)},
                     {QLatin1StringView("followed"), follow.followed}}},
        {QLatin1StringView("written_ms"), double(writtenAtMs)},
        {QLatin1StringView("holder"), holder},
    };
}

LeaderStatus LeaderStatus::fromJson(const QJsonObject &json)
{
    LeaderStatus s;
    const QJsonObject p = json.value(QLatin1StringView("poller")).toObject();
    s.poller.state = enumFrom(p.value(QLatin1StringView("state")), PollerStatus::State::Offline);
    s.poller.lastError = p.value(QLatin1StringView("error")).toString();
    s.poller.lastSuccessAtMs = msFrom(p.value(QLatin1StringView("last_success_ms")));
    s.poller.nextPollAtMs = msFrom(p.value(QLatin1StringView("next_poll_ms")));
    s.poller.rateLimitRemaining = p.value(QLatin1StringView("rate_remaining")).toInt(-1);
    s.poller.rateLimitedUntilMs = msFrom(p.value(QLatin1StringView("rate_limited_until_ms")));
    const QJsonObject d = json.value(QLatin1StringView("delivery")).toObject();
    s.delivery.state = enumFrom(d.value(QLatin1StringView("state")), DeliveryStatus::State::Paused);
    s.delivery.problem =
        enumFrom(d.value(QLatin1StringView("problem")), DeliveryStatus::Problem::Unreachable);
    s.delivery.lastError = d.value(QLatin1StringView("error")).toString();
    s.delivery.retryAtMs = msFrom(d.value(QLatin1StringView("retry_ms")));
    s.delivery.backlog = d.value(QLatin1StringView("backlog")).toInt();
    s.delivery.failed = d.value(QLatin1StringView("failed")).toInt();
    const QJsonObject h = json.value(QLatin1StringView("health")).toObject();
    s.health.state = enumFrom(h.value(QLatin1StringView("state")), HealthStatus::State::Unpaged);
    s.health.windowsBehind = h.value(QLatin1StringView("behind")).toInt();
    s.health.pageAfterWindows = h.value(QLatin1StringView("page_after")).toInt();
    s.health.cause = h.value(QLatin1StringView("cause")).toString();
    s.health.heartbeat =
        enumFrom(h.value(QLatin1StringView("heartbeat")), HealthStatus::Heartbeat::Failed);
    s.health.heartbeatError = h.value(QLatin1StringView("heartbeat_error")).toString();
    s.health.directPageError = h.value(QLatin1StringView("direct_error")).toString();
    s.health.heartbeatAtMs = msFrom(h.value(QLatin1StringView("heartbeat_ms")));
    const QJsonObject f = json.value(QLatin1StringView("follow")).toObject();
    s.follow.state = enumFrom(f.value(QLatin1StringView("state")), FollowStatus::State::Failing);
    s.follow.lastError = f.value(QLatin1StringView("error")).toString();
    s.follow.lastSuccessAtMs = msFrom(f.value(QLatin1StringView("last_success_ms")));
    s.follow.retryAtMs = msFrom(f.value(QLatin1StringView("retry_ms")));
    s.follow.followed = f.value(QLatin1StringView("followed")).toInt();
    s.writtenAtMs = msFrom(json.value(QLatin1StringView("written_ms")));
    s.holder = json.value(QLatin1StringView("holder")).toString();
    return s;
}

} // namespace earshot
