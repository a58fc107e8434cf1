// The read side: plain values for the views. A database that cannot be read is an error for
// the caller to show, never an empty list that looks like "all quiet".
#include "core/pipeline/Monitor.h"

#include "core/common/Clock.h"
#include "core/pipeline/MonitorParts.h"
#include "core/pipeline/StormRecords.h"

#include <QJsonArray>

namespace earshot {

namespace {

// The audit log's decision details, read back for an incident's timeline. Lenient: an
// entry written before breaches were recorded simply has none.
QList<Breach> breachesFromDetails(const QJsonArray &array)
{
    QList<Breach> breaches;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Breach b;
        if (!metricFromKey(o.value(QLatin1StringView("metric")).toString(), &b.metric))
            continue;
        (void)severityFromKey(o.value(QLatin1StringView("level")).toString(), &b.level);
        b.value = o.value(QLatin1StringView("value")).toDouble();
        b.threshold = o.value(QLatin1StringView("threshold")).toDouble();
        breaches.append(b);
    }
    return breaches;
}

ResolveReason resolveReasonFromDetails(const QString &key)
{
    for (ResolveReason r :
         {ResolveReason::Recovered, ResolveReason::NoTraffic, ResolveReason::Manual}) {
        if (resolveReasonKey(r) == key)
            return r;
    }
    return ResolveReason::None;
}

} // namespace

Result<QList<QueueInfo>> Monitor::knownQueues() const
{
    return m_parts->history->queues();
}

Result<QList<QueueInfo>> Monitor::directoryQueues() const
{
    const QueueDirectory &directory = m_parts->genesys->directory();
    if (directory.loaded())
        return directory.queues();
    return knownQueues();
}

Result<QList<QueueInfo>> Monitor::monitoredQueues() const
{
    const auto directory = directoryQueues();
    const QStringList &chosen = m_parts->setup.genesys.monitoredQueues;
    if (!directory.ok() || chosen.isEmpty())
        return directory;
    QHash<QString, QString> names;
    for (const QueueInfo &q : directory.value())
        names.insert(q.id, q.name);
    QList<QueueInfo> queues;
    for (const QString &id : chosen)
        queues.append(QueueInfo{id, names.value(id, id)});
    return queues;
}

Result<QList<QualitySample>> Monitor::latestSamples() const
{
    return m_parts->history->latestPerQueue();
}

Result<QList<QualitySample>> Monitor::history(const QString &queueId, qint64 fromSecs,
                                              qint64 toSecs) const
{
    return m_parts->history->range(queueId, fromSecs, toSecs);
}

Result<QList<IncidentRow>> Monitor::incidents(int limit) const
{
    const Parts &p = *m_parts;
    const auto stored = p.state->incidents(limit);
    if (!stored.ok())
        return stored.error();
    QList<IncidentRow> rows;
    rows.reserve(stored.value().size());
    for (const StoredIncident &incident : stored.value()) {
        const StoredEpisode &e = incident.episode;
        IncidentRow r;
        r.dedupKey = e.dedupKey;
        r.queueId = e.queueId;
        r.queueName = e.queueName;
        r.severity = e.severity;
        r.state = !e.open ? IncidentRow::State::Resolved
                          : (e.acknowledgedBy.isEmpty() ? IncidentRow::State::Open
                                                        : IncidentRow::State::Acknowledged);
        r.startedAt = e.startedAt;
        r.lastChange = e.lastChange;
        r.resolvedAt = e.resolvedAt;
        r.resolveReason = e.resolveReason;
        r.acknowledgedBy = e.acknowledgedBy;
        r.resolvedBy = e.resolvedBy;
        r.paged = e.paged;
        if (const auto f = p.followed.constFind(e.dedupKey); f != p.followed.cend()) {
            r.pagerDutyStatus = f->status;
            r.pagerDutyBy = f->changedBy;
            r.pagerDutyAtMs = f->changedAtMs;
            r.pagerDutyNumber = f->number;
            r.pagerDutyUrl = f->htmlUrl;
        }
        if (e.open && !isStormKey(e.dedupKey)) {
            r.healthyWindows = p.engine.healthyRun(e.queueId);
            const std::optional<Episode> episode = p.engine.openEpisode(e.queueId);
            if (episode && episode->dedupKey == e.dedupKey)
                r.breaches = episode->lastBreaches;
        }
        for (const OutboxEvent &ev : incident.events) {
            switch (ev.state) {
            case OutboxEvent::State::Pending:
                ++r.pendingEvents;
                if (!ev.lastError.isEmpty())
                    r.deliveryError = ev.lastError;
                break;
            case OutboxEvent::State::Delivered:
                r.lastEventAction = ev.action;
                r.lastDeliveredAtMs = ev.deliveredAtMs;
                break;
            case OutboxEvent::State::Skipped:
                break; // a replayed trigger after the resolve: deliberately not sent
            case OutboxEvent::State::Failed:
                r.deliveryError = ev.lastError;
                break;
            }
        }
        rows.append(r);
    }
    markStormRows(p.storm, &rows);
    return rows;
}

Result<QList<IncidentEvent>> Monitor::incidentTimeline(const QString &dedupKey) const
{
    const auto entries = m_parts->audit->forSubject(dedupKey);
    if (!entries.ok())
        return entries.error();
    QList<IncidentEvent> events;
    static const QHash<QString, IncidentEvent::Kind> decisionKinds{
        {QStringLiteral("decision.trigger"), IncidentEvent::Kind::Triggered},
        {QStringLiteral("decision.escalate"), IncidentEvent::Kind::Escalated},
        {QStringLiteral("decision.deescalate"), IncidentEvent::Kind::Deescalated},
        {QStringLiteral("decision.acknowledge"), IncidentEvent::Kind::Acknowledged},
        {QStringLiteral("decision.resolve"), IncidentEvent::Kind::Resolved}};
    for (const AuditEntry &entry : entries.value()) {
        IncidentEvent event;
        event.atMs = entry.atMs;
        event.actor = entry.actor;
        const QJsonObject &d = entry.details;
        if (const auto kind = decisionKinds.constFind(entry.kind); kind != decisionKinds.cend()) {
            event.kind = kind.value();
            event.note = d.value(QLatin1StringView("note")).toString();
            (void)severityFromKey(d.value(QLatin1StringView("severity")).toString(),
                                  &event.severity);
            event.reason =
                resolveReasonFromDetails(d.value(QLatin1StringView("reason")).toString());
            event.breaches = breachesFromDetails(d.value(QLatin1StringView("breaches")).toArray());
            event.paged = entry.outcome == QLatin1StringView("paged");
            event.groupKey = d.value(QLatin1StringView("group")).toString();
        } else if (entry.kind == QLatin1StringView("storm.join")) {
            event.kind = IncidentEvent::Kind::Joined;
            QStringList names;
            for (const QJsonValue &v : d.value(QLatin1StringView("queues")).toArray())
                names.append(v.toString());
            event.detail = names.join(QStringLiteral(", "));
        } else if (entry.kind == QLatin1StringView("delivery.attempt")) {
            const bool accepted = entry.outcome == QLatin1StringView("accepted");
            event.kind =
                accepted ? IncidentEvent::Kind::Delivered : IncidentEvent::Kind::DeliveryFailed;
            // "retry: PagerDuty: HTTP 503…" -> the failure itself.
            event.detail = entry.outcome.section(QStringLiteral(": "), 1);
            if (event.detail.isEmpty())
                event.detail = entry.outcome;
        } else if (entry.kind == QLatin1StringView("pagerduty.acknowledged") ||
                   entry.kind == QLatin1StringView("pagerduty.resolved")) {
            event.kind = entry.kind == QLatin1StringView("pagerduty.acknowledged")
                             ? IncidentEvent::Kind::AcknowledgedInPagerDuty
                             : IncidentEvent::Kind::ResolvedInPagerDuty;
            // When it happened there, not when Earshot saw it.
            const qint64 at = qint64(d.value(QLatin1StringView("at_ms")).toDouble());
            if (at > 0)
                event.atMs = at;
        } else {
            continue; // operator.* entries repeat their decision; data problems are elsewhere
        }
        events.append(event);
    }
    return events;
}

const AlertPolicy &Monitor::policy() const
{
    return m_parts->engine.policy();
}

QList<Silence> Monitor::silences() const
{
    const qint64 now = m_parts->clock->nowSecs();
    QList<Silence> active = m_parts->engine.silences();
    active.removeIf([now](const Silence &s) { return s.until < now; });
    return active;
}

PollerStatus Monitor::pollerStatus() const
{
    if (m_parts->viewer) {
        // The polling console's poller, as it last said; nobody's when nobody polls.
        if (!m_parts->leaderPresent)
            return PollerStatus{};
        return m_parts->viewed.poller;
    }
    const Poller &poller = m_parts->genesys->poller();
    PollerStatus s;
    switch (poller.state()) {
    case PollerState::Idle:
        s.state = PollerStatus::State::Idle;
        break;
    case PollerState::Ok:
        s.state = PollerStatus::State::Ok;
        break;
    case PollerState::Authenticating:
        s.state = PollerStatus::State::Authenticating;
        break;
    case PollerState::RateLimited:
        s.state = PollerStatus::State::RateLimited;
        break;
    case PollerState::AuthFailed:
        s.state = PollerStatus::State::AuthFailed;
        break;
    case PollerState::ApiError:
    case PollerState::ClockOff: // its text says which
        s.state = PollerStatus::State::ApiError;
        break;
    case PollerState::Offline:
        s.state = PollerStatus::State::Offline;
        break;
    }
    s.rateLimitedUntilMs = poller.rateLimitedUntilMs();
    s.lastError = poller.lastError();
    s.lastSuccessAtMs = poller.lastSuccessAtMs();
    s.nextPollAtMs = poller.nextPollAtMs();
    const RateLimitBudget budget = poller.rateLimit();
    s.rateLimitRemaining = budget.allowed >= 0 ? budget.allowed - budget.count : -1;
    return s;
}

DeliveryStatus Monitor::deliveryStatus() const
{
    if (m_parts->viewer) {
        DeliveryStatus s = m_parts->viewed.delivery;
        // The outbox itself, as it stands now: it fills while nobody delivers.
        if (const auto pending = m_parts->outbox->pendingCount(); pending.ok())
            s.backlog = int(pending.value());
        if (!m_parts->leaderPresent) {
            s.state = DeliveryStatus::State::Paused;
            s.problem = DeliveryStatus::Problem::Unreachable;
            s.lastError = tr("no console polls the shared database, so nothing is delivered");
            s.retryAtMs = 0;
        }
        return s;
    }
    const OutboxDelivery &d = *m_parts->delivery;
    DeliveryStatus s;
    s.failed = d.failedCount();
    switch (d.state()) {
    case OutboxDelivery::State::Idle:
        s.state = DeliveryStatus::State::Idle;
        break;
    case OutboxDelivery::State::Delivering:
        s.state = DeliveryStatus::State::Delivering;
        break;
    case OutboxDelivery::State::Retrying:
        s.state = DeliveryStatus::State::Retrying;
        break;
    case OutboxDelivery::State::Paused:
        s.state = DeliveryStatus::State::Paused;
        break;
    }
    s.lastError = d.lastError();
    // A retry time already past is no promise: say "retrying" without one.
    s.retryAtMs = d.retryAtMs() > m_parts->clock->nowMs() ? d.retryAtMs() : 0;
    // The outbox itself, not the delivery's count: while delivery is paused (no key) it
    // does not recount, and new events still arrive.
    const auto pending = m_parts->outbox->pendingCount();
    s.backlog = pending.ok() ? int(pending.value()) : d.backlog();
    const bool noKey = m_keyChecked && m_parts->keys->current().isEmpty();
    if (s.state == DeliveryStatus::State::Paused)
        s.problem = m_parts->keys->current().isEmpty() ? DeliveryStatus::Problem::NoKey
                                                       : DeliveryStatus::Problem::KeyRejected;
    else if (s.state == DeliveryStatus::State::Retrying)
        s.problem = DeliveryStatus::Problem::Unreachable;
    else if (noKey)
        s.problem = DeliveryStatus::Problem::NoKey;
    return s;
}

qint64 Monitor::nowSecs() const
{
    return m_parts->clock->nowSecs();
}

qint64 Monitor::windowSecs() const
{
    return m_parts->setup.genesys.windowSecs;
}

const Clock &Monitor::clock() const
{
    return *m_parts->clock;
}

RoutingKeyProvider &Monitor::routingKeys()
{
    return *m_parts->keys;
}

Database &Monitor::database()
{
    return *m_parts->database;
}

HealthStatus Monitor::healthStatus() const
{
    const Parts &p = *m_parts;
    if (p.viewer)
        return p.viewed.health;
    HealthStatus h;
    h.pageAfterWindows = p.setup.health.pageAfterWindows;
    h.windowsBehind = p.watchdog.windowsBehind();
    h.heartbeat = p.heartbeat->state();
    h.heartbeatError = p.heartbeat->lastError();
    h.heartbeatAtMs = p.heartbeat->lastAtMs();
    if (!p.watchdog.enabled())
        h.state = HealthStatus::State::Off;
    else if (m_healthUnpaged && !p.direct->lastError().isEmpty())
        h.state = HealthStatus::State::Unpaged; // not stored, and sending it directly fails
    else if (p.watchdog.paged())
        h.state = HealthStatus::State::Paged;
    else if (h.windowsBehind > 0)
        h.state = HealthStatus::State::Late;
    else
        h.state = HealthStatus::State::Ok;
    h.cause = h.state == HealthStatus::State::Ok || h.state == HealthStatus::State::Off
                  ? QString()
                  : (p.watchdog.cause().isEmpty() ? healthCause() : p.watchdog.cause());
    h.directPageError = p.direct->lastError();
    return h;
}

FollowStatus Monitor::followStatus() const
{
    if (m_parts->viewer)
        return m_parts->viewed.follow;
    return m_parts->follower->status();
}

} // namespace earshot
