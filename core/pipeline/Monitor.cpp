#include "core/pipeline/Monitor.h"

#include "core/alerting/AlertEngine.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/genesys/GenesysStack.h"
#include "core/model/TimeWindow.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pagerduty/OutboxDelivery.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/pagerduty/rest/IncidentFollower.h"
#include "core/pipeline/FollowGate.h"
#include "core/storage/AlertStateStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"
#include "core/storage/FollowedIncidentStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/WindowCommit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUuid>

#include <algorithm>

namespace earshot {

struct Monitor::Parts
{
    MonitorSetup setup;
    Clock *clock = nullptr;
    std::unique_ptr<Database> database;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<AlertStateStore> state;
    std::unique_ptr<EventOutbox> outbox;
    std::unique_ptr<AuditLog> audit;
    AlertEngine engine;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<GenesysStack> genesys;
    std::unique_ptr<PagerDutyClient> pagerduty;
    std::unique_ptr<RoutingKeyProvider> keys;
    std::unique_ptr<OutboxDelivery> delivery;
    std::unique_ptr<FollowedIncidentStore> followStore;
    QHash<QString, FollowedIncident> followed; // by dedup key, as stored
    std::unique_ptr<IncidentFollower> follower;
};

namespace {

QList<PendingEvent> eventsFor(const QList<Decision> &decisions, const PagerDutySettings &settings)
{
    QList<PendingEvent> events;
    for (const Decision &d : decisions) {
        if (const auto built = buildEvent(d, settings))
            events.append(PendingEvent{d.dedupKey, built->action, built->body});
    }
    return events;
}

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

Result<std::unique_ptr<Monitor>> Monitor::create(MonitorSetup setup, QObject *parent)
{
    if (!setup.clock)
        return Error{QStringLiteral("pipeline.setup"), tr("no clock")};
    auto parts = std::make_unique<Parts>();
    parts->clock = setup.clock;
    auto database =
        Database::open(setup.databasePath, setup.resetDatabase ? Database::OpenMode::Reset
                                                               : Database::OpenMode::Normal);
    if (!database.ok())
        return database.error();
    parts->database = std::move(database).value();
    Database &db = *parts->database;
    parts->history = std::make_unique<HistoryStore>(db);
    parts->state = std::make_unique<AlertStateStore>(db);
    parts->outbox = std::make_unique<EventOutbox>(db);
    parts->audit = std::make_unique<AuditLog>(db);

    parts->engine.setPolicy(setup.policy);
    const auto saved = parts->state->engineState();
    if (!saved.ok())
        return saved.error();
    if (Status s = parts->engine.restoreState(saved.value()); !s.ok())
        return s.error();
    const auto cursor = parts->state->meta(kCursorKey);
    if (!cursor.ok())
        return cursor.error();

    parts->network = std::make_unique<QNetworkAccessManager>();
    parts->genesys = std::make_unique<GenesysStack>(*parts->network, *setup.clock, setup.genesys);
    parts->genesys->poller().setCursor(cursor.value().isEmpty() ? setup.initialCursor
                                                                : cursor.value().toLongLong());
    parts->pagerduty =
        std::make_unique<PagerDutyClient>(*parts->network, *setup.clock, setup.pagerduty);
    parts->keys = std::make_unique<RoutingKeyProvider>(setup.secrets, setup.fixedRoutingKey);
    parts->delivery =
        std::make_unique<OutboxDelivery>(*parts->outbox, parts->audit.get(), *parts->pagerduty,
                                         *parts->keys, *setup.clock, setup.deliveryBackoff);
    parts->followStore = std::make_unique<FollowedIncidentStore>(db);
    auto followed = parts->followStore->all();
    if (!followed.ok())
        return followed.error();
    parts->followed = std::move(followed).value();
    parts->follower = std::make_unique<IncidentFollower>(
        *parts->network, *setup.clock, setup.pagerduty, setup.secrets, setup.fixedApiToken);
    parts->setup = std::move(setup);
    qCInfo(lcPipeline).noquote() << tr("database %1; %n open episode(s) restored; cursor %2",
                                       nullptr, int(parts->engine.openEpisodes().size()))
                                        .arg(parts->database->path())
                                        .arg(cursor.value().isEmpty()
                                                 ? tr("none")
                                                 : isoUtc(cursor.value().toLongLong()));
    return std::unique_ptr<Monitor>(new Monitor(std::move(parts), parent));
}

Monitor::Monitor(std::unique_ptr<Parts> parts, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
{
    Poller &poller = m_parts->genesys->poller();
    connect(&poller, &Poller::windowReady, this, &Monitor::onWindow);
    connect(&poller, &Poller::stateChanged, this, &Monitor::pollerStatusChanged);
    connect(&poller, &Poller::windowFailed, this,
            [](qint64 start, qint64 end, const QString &error) {
                qCWarning(lcPipeline).noquote()
                    << tr("window %1 not evaluated: %2").arg(isoInterval(start, end), error);
            });
    OutboxDelivery &delivery = *m_parts->delivery;
    connect(&delivery, &OutboxDelivery::stateChanged, this, &Monitor::deliveryStatusChanged);
    connect(m_parts->keys.get(), &RoutingKeyProvider::keyChanged, this,
            &Monitor::deliveryStatusChanged);
    connect(&delivery, &OutboxDelivery::eventDelivered, this, [this] {
        // A delivered event is settled for good: keep it out of the WAL, so damage there
        // cannot make it pending (and sent) again.
        m_parts->database->checkpoint();
        emit incidentsChanged();
    });
    connect(&delivery, &OutboxDelivery::eventFailed, this, &Monitor::incidentsChanged);
    IncidentFollower &follower = *m_parts->follower;
    follower.setKeysToFollow([this] {
        QStringList keys;
        for (const Episode &e : m_parts->engine.openEpisodes()) {
            if (e.paged)
                keys.append(e.dedupKey);
        }
        return keys;
    });
    connect(&follower, &IncidentFollower::observed, this, &Monitor::onFollowed);
    connect(&follower, &IncidentFollower::statusChanged, this, &Monitor::followStatusChanged);
}

Monitor::~Monitor() = default;

void Monitor::start()
{
    m_parts->genesys->poller().start();
    m_parts->delivery->start();
    m_parts->follower->start();
    // With nothing to deliver the key is not read: read it now, so a missing key is a
    // warning from the start, not at the first page.
    m_parts->keys->refresh(this, [this](const Result<QString> &) {
        m_keyChecked = true;
        emit deliveryStatusChanged();
    });
}

void Monitor::stop()
{
    m_parts->genesys->poller().stop();
    m_parts->follower->stop();
}

void Monitor::runOnce(std::function<void(const Status &)> done)
{
    m_parts->genesys->poller().runOnce([this, done](const Status &polled) {
        m_parts->delivery->deliverAll([this, done, polled](const Status &delivered) {
            if (!m_storageProblem.isEmpty())
                done(Error{QStringLiteral("storage"), m_storageProblem});
            else if (!polled.ok())
                done(polled);
            else
                done(delivered);
        });
    });
}

void Monitor::onWindow(const WindowResult &window)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
    QList<Decision> decisions =
        p.engine.evaluateWindow(window.windowStart, window.windowEnd, window.samples);
    const FollowGateOutcome gate =
        applyFollowGate(&decisions, p.followed, p.engine, p.setup.pagerduty.repageAfterFreshBreach,
                        window.windowEnd);
    decisions.append(gate.repages);
    WindowRecord record;
    record.windowStart = window.windowStart;
    record.windowEnd = window.windowEnd;
    record.samples = window.samples;
    record.decisions = decisions;
    record.events = eventsFor(decisions, p.setup.pagerduty);
    record.engineState = p.engine.saveState();
    record.engineStateBefore = before;
    record.cursorWindowEnd = window.windowEnd;
    record.nowMs = p.clock->nowMs();
    record.retentionSecs = qint64(p.setup.retentionDays) * 86'400;
    for (const QString &problem : window.problems) {
        AuditEntry entry;
        entry.atMs = record.nowMs;
        entry.kind = QStringLiteral("data.problem");
        entry.actor = QStringLiteral("earshot");
        entry.outcome = problem;
        record.audit.append(entry);
    }
    const Status stored = gate.changed.isEmpty()
                              ? commitWindow(*p.database, record)
                              : p.database->transaction([&]() -> Status {
                                    if (Status s = commitWindow(*p.database, record); !s.ok())
                                        return s;
                                    for (const FollowedIncident &f : gate.changed) {
                                        if (Status s = p.followStore->save(f); !s.ok())
                                            return s;
                                    }
                                    return success();
                                });
    if (!stored.ok()) {
        // Nothing of this window is stored, so nothing of it may stay in the engine either.
        qCCritical(lcPipeline).noquote() << stored.error().message;
        if (Status s = p.engine.restoreState(before); !s.ok())
            qCCritical(lcPipeline).noquote() << s.error().message;
        setStorageProblem(stored.error().message);
        // A new connection, so the next window succeeds once the cause is gone
        // (permissions restored, space freed) without a restart.
        if (Status s = p.database->reopen(); !s.ok())
            qCCritical(lcPipeline).noquote() << s.error().message;
        p.genesys->poller().completeWindow(window.windowStart, false);
        return;
    }
    setStorageProblem({});
    for (const FollowedIncident &f : gate.changed)
        p.followed.insert(f.dedupKey, f);
    p.database->checkpoint();
    for (const Decision &d : decisions)
        qCInfo(lcPipeline).noquote() << decisionKindKey(d.kind) << severityKey(d.severity)
                                     << (d.queueName.isEmpty() ? d.queueId : d.queueName)
                                     << d.dedupKey << (d.pages ? "paged" : "not paged");
    emit windowStored(window.windowStart, window.windowEnd);
    if (!decisions.isEmpty())
        emit incidentsChanged();
    for (const Decision &d : decisions) {
        if (d.kind == DecisionKind::Trigger && d.pages)
            emit incidentOpened(d.queueName, d.dedupKey, d.severity);
    }
    if (!record.events.isEmpty())
        p.delivery->kick();
    p.genesys->poller().completeWindow(window.windowStart, true);
}

Status Monitor::commitOperatorDecision(const Decision &decision, const QString &auditKind)
{
    Parts &p = *m_parts;
    WindowRecord record;
    record.decisions = {decision};
    record.events = eventsFor(record.decisions, p.setup.pagerduty);
    record.engineState = p.engine.saveState();
    record.nowMs = p.clock->nowMs();
    AuditEntry entry;
    entry.atMs = record.nowMs;
    entry.kind = auditKind;
    entry.subject = decision.dedupKey;
    entry.actor = decision.actor;
    entry.outcome = QStringLiteral("ok");
    entry.details = QJsonObject{{QLatin1StringView("note"), decision.note}};
    record.audit.append(entry);
    const Status s = commitWindow(*p.database, record);
    if (s.ok()) {
        emit incidentsChanged();
        p.delivery->kick();
    }
    return s;
}

Status Monitor::acknowledge(const QString &dedupKey, const QString &actor, const QString &note)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
    const auto decision = p.engine.acknowledge(dedupKey, actor, note, p.clock->nowSecs());
    if (!decision)
        return Error{QStringLiteral("pipeline.noepisode"),
                     tr("%1 is not open or is already acknowledged").arg(dedupKey)};
    const Status s = commitOperatorDecision(*decision, QStringLiteral("operator.acknowledge"));
    if (!s.ok())
        (void)p.engine.restoreState(before);
    return s;
}

Status Monitor::resolve(const QString &dedupKey, const QString &actor, const QString &note)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
    const auto decision = p.engine.resolveManually(dedupKey, actor, note, p.clock->nowSecs());
    if (!decision)
        return Error{QStringLiteral("pipeline.noepisode"), tr("%1 is not open").arg(dedupKey)};
    const Status s = commitOperatorDecision(*decision, QStringLiteral("operator.resolve"));
    if (!s.ok())
        (void)p.engine.restoreState(before);
    return s;
}

Status Monitor::silenceQueue(const QString &queueId, qint64 untilSecs, const QString &actor,
                             const QString &reason)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
    Silence silence{QUuid::createUuid().toString(QUuid::WithoutBraces),
                    queueId,
                    untilSecs,
                    reason,
                    actor,
                    p.clock->nowSecs()};
    p.engine.addSilence(silence);
    return commitSilenceChange(before, QStringLiteral("operator.silence"), queueId, actor,
                               QJsonObject{{QLatin1StringView("until"), isoUtc(untilSecs)},
                                           {QLatin1StringView("reason"), reason}});
}

Status Monitor::endSilence(const QString &silenceId, const QString &actor)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
    QString queueId;
    for (const Silence &s : p.engine.silences())
        queueId = s.id == silenceId ? s.queueId : queueId;
    if (!p.engine.removeSilence(silenceId))
        return Error{QStringLiteral("pipeline.nosilence"),
                     tr("The silence %1 has already ended.").arg(silenceId)};
    return commitSilenceChange(before, QStringLiteral("operator.silence_end"), queueId, actor,
                               QJsonObject{{QLatin1StringView("silence"), silenceId}});
}

Status Monitor::editSilence(const QString &silenceId, qint64 untilSecs, const QString &actor,
                            const QString &reason)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
    const QList<Silence> active = p.engine.silences();
    const auto it = std::find_if(active.cbegin(), active.cend(),
                                 [&](const Silence &s) { return s.id == silenceId; });
    if (it == active.cend())
        return Error{QStringLiteral("pipeline.nosilence"),
                     tr("The silence %1 has already ended.").arg(silenceId)};
    Silence edited = *it;
    edited.until = untilSecs;
    edited.reason = reason;
    (void)p.engine.removeSilence(silenceId);
    p.engine.addSilence(edited);
    return commitSilenceChange(before, QStringLiteral("operator.silence_edit"), edited.queueId,
                               actor,
                               QJsonObject{{QLatin1StringView("silence"), silenceId},
                                           {QLatin1StringView("until"), isoUtc(untilSecs)},
                                           {QLatin1StringView("reason"), reason}});
}

Status Monitor::commitSilenceChange(const QJsonObject &before, const QString &kind,
                                    const QString &subject, const QString &actor,
                                    const QJsonObject &details)
{
    Parts &p = *m_parts;
    WindowRecord record;
    record.engineState = p.engine.saveState();
    record.nowMs = p.clock->nowMs();
    AuditEntry entry;
    entry.atMs = record.nowMs;
    entry.kind = kind;
    entry.subject = subject;
    entry.actor = actor;
    entry.outcome = QStringLiteral("ok");
    entry.details = details;
    record.audit.append(entry);
    const Status s = commitWindow(*p.database, record);
    if (!s.ok())
        (void)p.engine.restoreState(before);
    else
        emit incidentsChanged();
    return s;
}

Status Monitor::applyPolicy(const AlertPolicy &policy, const QString &actor)
{
    const QStringList problems = policy.validate();
    if (!problems.isEmpty())
        return Error{QStringLiteral("pipeline.policy"), problems.join(u'\n')};
    Parts &p = *m_parts;
    if (p.setup.savePolicy) {
        if (Status s = p.setup.savePolicy(policy); !s.ok())
            return s;
    }
    p.engine.setPolicy(policy);
    p.setup.policy = policy;
    WindowRecord record;
    record.nowMs = p.clock->nowMs();
    AuditEntry entry;
    entry.atMs = record.nowMs;
    entry.kind = QStringLiteral("operator.thresholds");
    entry.actor = actor;
    entry.outcome = QStringLiteral("applied");
    entry.details = policy.toJson();
    record.audit.append(entry);
    const Status s = commitWindow(*p.database, record);
    emit policyChanged();
    return s;
}

void Monitor::retryDelivery()
{
    m_parts->delivery->retryNow();
}

void Monitor::followPagerDutyNow()
{
    m_parts->follower->followNow();
}

FollowStatus Monitor::followStatus() const
{
    return m_parts->follower->status();
}

void Monitor::onFollowed(const FollowedIncident &observed)
{
    Parts &p = *m_parts;
    const auto stored = p.followed.constFind(observed.dedupKey);
    const FollowedIncident *before = stored == p.followed.cend() ? nullptr : &*stored;
    const std::optional<FollowedIncident> merged = mergeObservation(before, observed);
    if (!merged)
        return;
    const bool announce =
        merged->status != QLatin1StringView("triggered") &&
        (!before || before->status != merged->status || before->incidentId != merged->incidentId);
    const Status saved = p.database->transaction([&]() -> Status {
        if (Status s = p.followStore->save(*merged); !s.ok())
            return s;
        if (!announce)
            return success();
        AuditEntry entry;
        entry.atMs = p.clock->nowMs();
        entry.kind = QStringLiteral("pagerduty.") + merged->status;
        entry.subject = merged->dedupKey;
        entry.actor = merged->changedBy;
        entry.outcome = QStringLiteral("seen");
        entry.details = QJsonObject{{QLatin1StringView("incident"), merged->incidentId},
                                    {QLatin1StringView("number"), merged->number},
                                    {QLatin1StringView("at_ms"), merged->changedAtMs}};
        return p.audit->append(entry);
    });
    if (!saved.ok()) {
        qCWarning(lcPipeline).noquote() << saved.error().message;
        return;
    }
    p.followed.insert(merged->dedupKey, *merged);
    emit incidentsChanged();
    if (announce)
        emit incidentChangedInPagerDuty(merged->dedupKey);
}

QList<QueueInfo> Monitor::knownQueues() const
{
    auto queues = m_parts->history->queues();
    return queues.ok() ? queues.value() : QList<QueueInfo>{};
}

QList<QueueInfo> Monitor::directoryQueues() const
{
    const QueueDirectory &directory = m_parts->genesys->directory();
    return directory.loaded() ? directory.queues() : knownQueues();
}

QList<QueueInfo> Monitor::monitoredQueues() const
{
    const QList<QueueInfo> directory = directoryQueues();
    const QStringList &chosen = m_parts->setup.genesys.monitoredQueues;
    if (chosen.isEmpty())
        return directory;
    QHash<QString, QString> names;
    for (const QueueInfo &q : directory)
        names.insert(q.id, q.name);
    QList<QueueInfo> queues;
    for (const QString &id : chosen)
        queues.append(QueueInfo{id, names.value(id, id)});
    return queues;
}

QList<QualitySample> Monitor::latestSamples() const
{
    auto latest = m_parts->history->latestPerQueue();
    return latest.ok() ? latest.value() : QList<QualitySample>{};
}

QList<QualitySample> Monitor::history(const QString &queueId, qint64 fromSecs, qint64 toSecs) const
{
    auto rows = m_parts->history->range(queueId, fromSecs, toSecs);
    return rows.ok() ? rows.value() : QList<QualitySample>{};
}

QList<IncidentRow> Monitor::incidents(int limit) const
{
    QList<IncidentRow> rows;
    const auto episodes = m_parts->state->episodes(limit);
    if (!episodes.ok())
        return rows;
    for (const StoredEpisode &e : episodes.value()) {
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
        if (const auto f = m_parts->followed.constFind(e.dedupKey); f != m_parts->followed.cend()) {
            r.pagerDutyStatus = f->status;
            r.pagerDutyBy = f->changedBy;
            r.pagerDutyAtMs = f->changedAtMs;
            r.pagerDutyNumber = f->number;
            r.pagerDutyUrl = f->htmlUrl;
        }
        if (e.open) {
            r.healthyWindows = m_parts->engine.healthyRun(e.queueId);
            const std::optional<Episode> episode = m_parts->engine.openEpisode(e.queueId);
            if (episode && episode->dedupKey == e.dedupKey)
                r.breaches = episode->lastBreaches;
        }
        const auto events = m_parts->outbox->eventsForKey(e.dedupKey);
        if (events.ok()) {
            for (const OutboxEvent &ev : events.value()) {
                if (ev.state == OutboxEvent::State::Pending) {
                    ++r.pendingEvents;
                    if (!ev.lastError.isEmpty())
                        r.deliveryError = ev.lastError;
                } else if (ev.state == OutboxEvent::State::Delivered) {
                    r.lastEventAction = ev.action;
                    r.lastDeliveredAtMs = ev.deliveredAtMs;
                } else if (ev.state == OutboxEvent::State::Skipped) {
                    // a replayed trigger after the resolve: deliberately not sent
                } else {
                    r.deliveryError = ev.lastError;
                }
            }
        }
        rows.append(r);
    }
    return rows;
}

QList<IncidentEvent> Monitor::incidentTimeline(const QString &dedupKey) const
{
    QList<IncidentEvent> events;
    const auto entries = m_parts->audit->forSubject(dedupKey);
    if (!entries.ok())
        return events;
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
        s.state = PollerStatus::State::ApiError;
        break;
    case PollerState::Offline:
        s.state = PollerStatus::State::Offline;
        break;
    }
    s.text = poller.stateText();
    s.rateLimitedUntilMs = poller.rateLimitedUntilMs();
    s.lastError = poller.lastError();
    s.lastSuccessAtMs = poller.lastSuccessAtMs();
    s.nextPollAtMs = poller.nextPollAtMs();
    const RateLimitBudget budget = poller.rateLimit();
    s.rateLimitRemaining = budget.allowed >= 0 ? budget.allowed - budget.count : -1;
    return s;
}

QString Monitor::storageProblem() const
{
    return m_storageProblem;
}

void Monitor::setStorageProblem(const QString &problem)
{
    if (problem == m_storageProblem)
        return;
    m_storageProblem = problem;
    emit storageStatusChanged();
}

DeliveryStatus Monitor::deliveryStatus() const
{
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
    s.text = d.stateText();
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

} // namespace earshot
