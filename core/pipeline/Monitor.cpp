#include "core/pipeline/Monitor.h"

#include "core/pipeline/DirectPager.h"
#include "core/pipeline/Heartbeat.h"
#include "core/pipeline/StormRecords.h"

#include "core/alerting/AlertEngine.h"
#include "core/alerting/EngineStateRecord.h"
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
    // After a failed commit the next one stores the engine's whole state, so the stored
    // state is whole again even if the failure was that it did not add up.
    bool storeWholeState = false;

    // What the engine changed since `before`, as the next commit stores it.
    [[nodiscard]] EngineStateChange engineChange(const EngineStateRecord &before) const
    {
        return storeWholeState ? engine.wholeStateChange() : engine.changesSince(before);
    }
    // Nothing of a failed commit may stay in the engine either.
    void rollBack(EngineStateRecord before)
    {
        storeWholeState = true;
        if (Status s = engine.restoreStateRecord(std::move(before)); !s.ok())
            qCCritical(lcPipeline).noquote() << s.error().message;
    }
    StormGrouper storm;
    HealthWatchdog watchdog{0};
    qint64 lastGoodAtMs = 0; // when the newest good window was stored
    quint64 healthGeneration = 0;
    qint64 healthArmedAtMs = 0; // when the armed health check wakes (0: none)
    bool running = false;       // start()ed: the health check may arm a wake-up
    std::unique_ptr<Heartbeat> heartbeat;
    std::unique_ptr<FollowedIncidentStore> followStore;
    QHash<QString, FollowedIncident> followed; // by dedup key, as stored
    std::unique_ptr<IncidentFollower> follower;
    // Earshot's health page when the database (and so the outbox) cannot be written: sent
    // from memory; its audit entry is stored with the next write that succeeds.
    std::unique_ptr<DirectPager> direct;
    std::optional<AuditEntry> unstoredHealthPage;
};

namespace {

const QString kStormStateKey = QStringLiteral("storm.state");
const QString kHealthStateKey = QStringLiteral("health.state");
const QString kLastGoodKey = QStringLiteral("health.last_good_ms");

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> metaJson(const AlertStateStore &store, const QString &key)
{
    const auto text = store.meta(key);
    if (!text.ok())
        return text.error();
    return QJsonDocument::fromJson(text.value().toUtf8()).object();
}

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
    auto saved = parts->state->engineState();
    if (!saved.ok())
        return saved.error();
    if (Status s = parts->engine.restoreStateRecord(std::move(saved).value()); !s.ok())
        return s.error();
    const auto cursor = parts->state->meta(kCursorKey);
    if (!cursor.ok())
        return cursor.error();
    parts->storm.setPolicy(setup.storm);
    const auto storm = metaJson(*parts->state, kStormStateKey);
    if (!storm.ok())
        return storm.error();
    if (Status s = parts->storm.restoreState(storm.value()); !s.ok())
        return s.error();
    parts->watchdog = HealthWatchdog(setup.health.pageAfterWindows);
    const auto health = metaJson(*parts->state, kHealthStateKey);
    if (!health.ok())
        return health.error();
    parts->watchdog.restoreState(health.value());
    const auto lastGood = parts->state->meta(kLastGoodKey);
    if (!lastGood.ok())
        return lastGood.error();
    // Never a good window yet: the watchdog counts from the first start, so a service
    // whose sign-in fails from the beginning still pages.
    parts->lastGoodAtMs = lastGood.value().toLongLong();
    if (parts->lastGoodAtMs <= 0) {
        parts->lastGoodAtMs = setup.clock->nowMs();
        if (Status s = parts->state->setMeta(kLastGoodKey, QString::number(parts->lastGoodAtMs));
            !s.ok())
            return s.error();
    }

    parts->network = std::make_unique<QNetworkAccessManager>();
    parts->genesys = std::make_unique<GenesysStack>(*parts->network, *setup.clock, setup.genesys);
    parts->genesys->poller().setCursor(cursor.value().isEmpty() ? setup.initialCursor
                                                                : cursor.value().toLongLong());
    parts->pagerduty =
        std::make_unique<PagerDutyClient>(*parts->network, *setup.clock, setup.pagerduty);
    parts->keys = std::make_unique<RoutingKeyProvider>(setup.secrets, setup.fixedRoutingKey);
    parts->heartbeat = std::make_unique<Heartbeat>(
        *parts->network, *setup.clock, setup.health.heartbeatUrl, setup.health.heartbeatTimeoutMs);
    parts->delivery =
        std::make_unique<OutboxDelivery>(*parts->outbox, parts->audit.get(), *parts->pagerduty,
                                         *parts->keys, *setup.clock, setup.deliveryBackoff);
    parts->direct = std::make_unique<DirectPager>(*parts->pagerduty, *parts->keys, *setup.clock,
                                                  setup.deliveryBackoff);
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
    connect(&poller, &Poller::stateChanged, this, [this] {
        const PollerState state = m_parts->genesys->poller().state();
        if (state == PollerState::RateLimited || state == PollerState::AuthFailed ||
            state == PollerState::ApiError || state == PollerState::Offline ||
            state == PollerState::ClockOff)
            armHealthCheck();
    });
    connect(&poller, &Poller::windowFailed, this,
            [this](qint64 start, qint64 end, const QString &error) {
                qCWarning(lcPipeline).noquote()
                    << tr("window %1 not evaluated: %2").arg(isoInterval(start, end), error);
                checkHealth();
                armHealthCheck();
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
    connect(m_parts->heartbeat.get(), &Heartbeat::changed, this, &Monitor::healthStatusChanged);
    connect(m_parts->direct.get(), &DirectPager::changed, this, &Monitor::healthStatusChanged);
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
    m_parts->running = true;
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
    m_parts->running = false;
    ++m_parts->healthGeneration;
    m_parts->follower->stop();
}

void Monitor::runOnce(std::function<void(const Status &)> done)
{
    m_parts->genesys->poller().runOnce([this, done](const Status &polled) {
        checkHealth(); // a run that found no good window may owe the health page
        m_parts->delivery->deliverAll([this, done, polled](const Status &delivered) {
            const auto finish = [this, done, polled, delivered] {
                if (!m_storageProblem.isEmpty())
                    done(Error{QStringLiteral("storage"), m_storageProblem});
                else if (!polled.ok())
                    done(polled);
                else
                    done(delivered);
            };
            // The heartbeat has its own short timeout; a failed one changes no exit status.
            m_parts->heartbeat->whenIdle(finish);
        });
    });
}

void Monitor::onWindow(const WindowResult &window)
{
    Parts &p = *m_parts;
    EngineStateRecord before = p.engine.stateRecord();
    const QJsonObject stormBefore = p.storm.saveState();
    const QJsonObject healthBefore = p.watchdog.saveState();
    QList<Decision> decisions =
        p.engine.evaluateWindow(window.windowStart, window.windowEnd, window.samples);
    // An episode resolved in PagerDuty while still degraded pages nothing more (FollowGate),
    // before a storm groups what still pages.
    const FollowGateOutcome gate =
        applyFollowGate(&decisions, p.followed, p.engine, p.setup.pagerduty.repageAfterFreshBreach,
                        window.windowEnd);
    decisions.append(gate.repages);
    const int queuesWithCalls =
        int(std::count_if(window.samples.cbegin(), window.samples.cend(),
                          [](const QualitySample &s) { return s.calls > 0; }));
    const QList<StormDecision> storm =
        p.storm.apply(window.windowStart, window.windowEnd, queuesWithCalls, &decisions);
    WindowRecord record;
    record.windowStart = window.windowStart;
    record.windowEnd = window.windowEnd;
    record.samples = window.samples;
    record.decisions = decisions;
    record.events = eventsFor(decisions, p.setup.pagerduty);
    record.engineChange = p.engineChange(before);
    record.cursorWindowEnd = window.windowEnd;
    record.nowMs = p.clock->nowMs();
    record.retentionSecs = qint64(p.setup.retentionDays) * 86'400;
    addStormRecords(storm, p.setup.pagerduty, &record);
    if (const QJsonObject after = p.storm.saveState(); after != stormBefore)
        record.meta.append({kStormStateKey, compactJson(after)});
    // Data flows: Earshot's own incident, if open, resolves with this window. A page sent
    // straight to PagerDuty that is still on its way is resolved by DirectPager, in order;
    // otherwise the resolve goes through the outbox like every event.
    QByteArray directResolve;
    if (p.watchdog.goodWindow() == HealthWatchdog::Action::Resolve) {
        const QString key = healthDedupKey(p.setup.health.host);
        const BuiltEvent resolve = buildHealthEvent(key, false, {}, 0, {}, p.setup.pagerduty);
        if (p.direct->holds(key))
            directResolve = resolve.body;
        else
            record.events.append(PendingEvent{key, resolve.action, resolve.body});
        AuditEntry entry;
        entry.atMs = record.nowMs;
        entry.kind = QStringLiteral("health.resolve");
        entry.subject = key;
        entry.actor = QStringLiteral("earshot");
        entry.outcome = QStringLiteral("paged");
        record.audit.append(entry);
        record.meta.append({kHealthStateKey, QStringLiteral("")}); // NOT NULL: "" is "not paged"
    }
    record.meta.append({kLastGoodKey, QString::number(record.nowMs)});
    if (p.unstoredHealthPage)
        record.audit.prepend(*p.unstoredHealthPage);
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
        p.rollBack(std::move(before));
        if (Status s = p.storm.restoreState(stormBefore); !s.ok())
            qCCritical(lcPipeline).noquote() << s.error().message;
        p.watchdog.restoreState(healthBefore);
        setStorageProblem(stored.error().message);
        // A new connection, so the next window succeeds once the cause is gone
        // (permissions restored, space freed) without a restart.
        if (Status s = p.database->reopen(); !s.ok())
            qCCritical(lcPipeline).noquote() << s.error().message;
        p.genesys->poller().completeWindow(window.windowStart, false);
        checkHealth();
        armHealthCheck();
        return;
    }
    p.storeWholeState = false;
    setStorageProblem({});
    p.unstoredHealthPage.reset();
    if (!directResolve.isEmpty())
        p.direct->resolve(healthDedupKey(p.setup.health.host), directResolve);
    p.lastGoodAtMs = record.nowMs;
    ++p.healthGeneration; // data flows: no wake-up needed
    p.healthArmedAtMs = 0;
    m_healthUnpaged = false;
    if (!healthBefore.isEmpty())
        qCInfo(lcPipeline).noquote() << tr("data flows again: Earshot's health incident resolves");
    emit healthStatusChanged();
    p.heartbeat->send();
    for (const FollowedIncident &f : gate.changed)
        p.followed.insert(f.dedupKey, f);
    p.database->checkpoint();
    for (const Decision &d : decisions)
        qCInfo(lcPipeline).noquote()
            << decisionKindKey(d.kind) << severityKey(d.severity)
            << (d.queueName.isEmpty() ? d.queueId : d.queueName) << d.dedupKey
            << (d.pages                 ? "paged"
                : !d.groupKey.isEmpty() ? "grouped"
                                        : "not paged");
    emit windowStored(window.windowStart, window.windowEnd);
    if (!decisions.isEmpty())
        emit incidentsChanged();
    for (const Decision &d : decisions) {
        if (d.kind == DecisionKind::Trigger && d.pages)
            emit incidentOpened(d.queueName, d.dedupKey, d.severity);
    }
    for (const StormDecision &sd : storm) {
        if (sd.kind == StormDecision::Kind::Open)
            emit incidentOpened(
                tr("%n queue(s) degraded together", nullptr, int(sd.group.members.size())),
                sd.group.dedupKey, sd.group.worstSeverity());
    }
    if (!record.events.isEmpty())
        p.delivery->kick();
    p.genesys->poller().completeWindow(window.windowStart, true);
}

Status Monitor::commitOperatorDecision(const Decision &decision, const QString &auditKind,
                                       const EngineStateRecord &before,
                                       const QList<StormDecision> &storm, const QString &actor,
                                       const QString &note)
{
    Parts &p = *m_parts;
    WindowRecord record;
    record.decisions = {decision};
    record.events = eventsFor(record.decisions, p.setup.pagerduty);
    record.engineChange = p.engineChange(before);
    record.nowMs = p.clock->nowMs();
    addStormRecords(storm, p.setup.pagerduty, &record, actor, note);
    record.meta.append({kStormStateKey, compactJson(p.storm.saveState())});
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
        p.storeWholeState = false;
        emit incidentsChanged();
        p.delivery->kick();
    } else {
        p.rollBack(before);
    }
    return s;
}

Status Monitor::acknowledge(const QString &dedupKey, const QString &actor, const QString &note)
{
    Parts &p = *m_parts;
    if (isStormKey(dedupKey))
        return acknowledgeGroup(dedupKey, actor, note);
    const EngineStateRecord before = p.engine.stateRecord();
    const QJsonObject stormBefore = p.storm.saveState();
    auto decision = p.engine.acknowledge(dedupKey, actor, note, p.clock->nowSecs());
    if (!decision)
        return Error{QStringLiteral("pipeline.noepisode"),
                     tr("%1 is not open or is already acknowledged").arg(dedupKey)};
    // A storm member: PagerDuty knows only the group; recorded here, not paged.
    (void)p.storm.applyOperator(&*decision);
    const Status s =
        commitOperatorDecision(*decision, QStringLiteral("operator.acknowledge"), before);
    if (!s.ok()) // the engine went back in commitOperatorDecision; the storm goes back here
        (void)p.storm.restoreState(stormBefore);
    return s;
}

Status Monitor::resolve(const QString &dedupKey, const QString &actor, const QString &note)
{
    Parts &p = *m_parts;
    if (isStormKey(dedupKey))
        return resolveGroup(dedupKey, actor, note);
    const EngineStateRecord before = p.engine.stateRecord();
    const QJsonObject stormBefore = p.storm.saveState();
    auto decision = p.engine.resolveManually(dedupKey, actor, note, p.clock->nowSecs());
    if (!decision)
        return Error{QStringLiteral("pipeline.noepisode"), tr("%1 is not open").arg(dedupKey)};
    QList<StormDecision> storm;
    if (auto last = p.storm.applyOperator(&*decision))
        storm.append(*last); // the last degraded member of a storm: the group resolves
    const Status s = commitOperatorDecision(*decision, QStringLiteral("operator.resolve"), before,
                                            storm, actor, note);
    if (!s.ok()) // the engine went back in commitOperatorDecision; the storm goes back here
        (void)p.storm.restoreState(stormBefore);
    return s;
}

Status Monitor::acknowledgeGroup(const QString &groupKey, const QString &actor, const QString &note)
{
    Parts &p = *m_parts;
    const QJsonObject stormBefore = p.storm.saveState();
    if (!p.storm.acknowledgeGroup(groupKey))
        return Error{QStringLiteral("pipeline.noepisode"),
                     tr("%1 is not open or is already acknowledged").arg(groupKey)};
    Decision d;
    d.kind = DecisionKind::Acknowledge;
    d.dedupKey = groupKey;
    d.severity = p.storm.openGroup()->worstSeverity();
    d.episodeStart = p.storm.openGroup()->start;
    d.at = p.clock->nowSecs();
    d.actor = actor;
    d.note = note;
    const Status s =
        commitOperatorDecision(d, QStringLiteral("operator.acknowledge"), p.engine.stateRecord());
    if (!s.ok())
        (void)p.storm.restoreState(stormBefore);
    return s;
}

// Resolving a storm's incident by hand resolves every member still degraded (each waits
// for healthy windows before it can page again, as after any manual resolve); the group
// resolves with the last of them, in one commit.
Status Monitor::resolveGroup(const QString &groupKey, const QString &actor, const QString &note)
{
    Parts &p = *m_parts;
    const std::optional<StormGroup> group = p.storm.openGroup();
    if (!group || group->dedupKey != groupKey)
        return Error{QStringLiteral("pipeline.noepisode"), tr("%1 is not open").arg(groupKey)};
    const EngineStateRecord before = p.engine.stateRecord();
    const QJsonObject stormBefore = p.storm.saveState();
    const qint64 now = p.clock->nowSecs();
    WindowRecord record;
    record.nowMs = p.clock->nowMs();
    QList<StormDecision> storm;
    for (const StormMember &m : group->members) {
        if (m.recovered)
            continue;
        auto d = p.engine.resolveManually(m.dedupKey, actor, note, now);
        if (!d)
            continue;
        if (auto last = p.storm.applyOperator(&*d))
            storm.append(*last);
        record.decisions.append(*d);
    }
    record.events = eventsFor(record.decisions, p.setup.pagerduty);
    addStormRecords(storm, p.setup.pagerduty, &record, actor, note);
    record.engineChange = p.engineChange(before);
    record.meta.append({kStormStateKey, compactJson(p.storm.saveState())});
    AuditEntry entry;
    entry.atMs = record.nowMs;
    entry.kind = QStringLiteral("operator.resolve");
    entry.subject = groupKey;
    entry.actor = actor;
    entry.outcome = QStringLiteral("ok");
    entry.details = QJsonObject{{QLatin1StringView("note"), note}};
    record.audit.append(entry);
    const Status s = commitWindow(*p.database, record);
    if (!s.ok()) {
        p.rollBack(before);
        (void)p.storm.restoreState(stormBefore);
        return s;
    }
    p.storeWholeState = false;
    emit incidentsChanged();
    p.delivery->kick();
    return s;
}

Status Monitor::silenceQueue(const QString &queueId, qint64 untilSecs, const QString &actor,
                             const QString &reason)
{
    Parts &p = *m_parts;
    const EngineStateRecord before = p.engine.stateRecord();
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
    const EngineStateRecord before = p.engine.stateRecord();
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
    const EngineStateRecord before = p.engine.stateRecord();
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

Status Monitor::commitSilenceChange(const EngineStateRecord &before, const QString &kind,
                                    const QString &subject, const QString &actor,
                                    const QJsonObject &details)
{
    Parts &p = *m_parts;
    WindowRecord record;
    record.engineChange = p.engineChange(before);
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
    if (!s.ok()) {
        p.rollBack(before);
    } else {
        p.storeWholeState = false;
        emit incidentsChanged();
    }
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

// Armed on trouble only (a failed window or write, a poller in an error state): a poller
// waiting out a long rate limit fails no window, yet the page must go out when
// page_after_windows have passed since the last good one. While windows arrive, no wake-up.
void Monitor::armHealthCheck()
{
    Parts &p = *m_parts;
    if (!p.watchdog.enabled() || p.watchdog.paged() || !p.running)
        return;
    const qint64 dueMs = p.lastGoodAtMs + qint64(p.setup.health.pageAfterWindows) *
                                              p.setup.genesys.windowSecs * 1000;
    if (dueMs == p.healthArmedAtMs)
        return;
    p.healthArmedAtMs = dueMs;
    const quint64 generation = ++p.healthGeneration;
    p.clock->callAt(dueMs, this, [this, generation] {
        if (generation != m_parts->healthGeneration)
            return;
        m_parts->healthArmedAtMs = 0;
        checkHealth();
    });
}

QString Monitor::healthCause() const
{
    if (!m_storageProblem.isEmpty())
        return tr("the database cannot be written: %1").arg(m_storageProblem);
    const PollerStatus poller = pollerStatus();
    if (poller.state == PollerStatus::State::Ok || poller.state == PollerStatus::State::Idle)
        return tr("no window has been stored");
    if (poller.lastError.isEmpty() || poller.text.contains(poller.lastError))
        return poller.text;
    return poller.text + QStringLiteral(" (") + poller.lastError + u')';
}

void Monitor::checkHealth()
{
    Parts &p = *m_parts;
    if (!p.watchdog.enabled())
        return;
    const qint64 nowMs = p.clock->nowMs();
    const qint64 windowMs = qint64(p.setup.genesys.windowSecs) * 1000;
    const int behindBefore = p.watchdog.windowsBehind();
    if (p.watchdog.assess(p.lastGoodAtMs, nowMs, windowMs, healthCause()) !=
        HealthWatchdog::Action::Page) {
        if (p.watchdog.windowsBehind() > 0)
            armHealthCheck();
        if (p.watchdog.windowsBehind() != behindBefore) {
            if (p.watchdog.windowsBehind() > 0 && !p.watchdog.paged())
                qCWarning(lcPipeline).noquote()
                    << tr("watchdog: no good window for %n window(s) (%1); Earshot pages its "
                          "own incident at %2",
                          nullptr, p.watchdog.windowsBehind())
                           .arg(p.watchdog.cause())
                           .arg(p.setup.health.pageAfterWindows);
            emit healthStatusChanged();
        }
        return;
    }
    const QString key = healthDedupKey(p.setup.health.host);
    const QString host = p.setup.health.host.isEmpty() ? QStringLiteral("?") : p.setup.health.host;
    // PagerDuty's texts are English, like the voice-quality incidents.
    const QString summary = QStringLiteral("Earshot on %1 has stored no voice-quality data for "
                                           "%2 windows: %3")
                                .arg(host)
                                .arg(p.watchdog.windowsBehind())
                                .arg(p.watchdog.cause());
    const QJsonObject details{
        {QLatin1StringView("host"), host},
        {QLatin1StringView("windows_without_data"), p.watchdog.windowsBehind()},
        {QLatin1StringView("cause"), p.watchdog.cause()},
        {QLatin1StringView("last_good_window_stored_at"), isoUtc(p.lastGoodAtMs / 1000)}};
    const BuiltEvent event =
        buildHealthEvent(key, true, summary, nowMs / 1000, details, p.setup.pagerduty);
    WindowRecord record;
    record.nowMs = nowMs;
    record.events.append(PendingEvent{key, event.action, event.body});
    AuditEntry entry;
    entry.atMs = nowMs;
    entry.kind = QStringLiteral("health.page");
    entry.subject = key;
    entry.actor = QStringLiteral("earshot");
    entry.outcome = QStringLiteral("paged");
    entry.details = details;
    record.audit.append(entry);
    record.meta.append({kHealthStateKey, compactJson(p.watchdog.saveState())});
    const Status stored = commitWindow(*p.database, record);
    if (!stored.ok()) {
        // The outbox lives in the database that fails, yet this is when the page matters
        // most: it goes straight to PagerDuty from memory (DirectPager), retried until
        // accepted. The watchdog stays paged, so the next good window resolves it; the
        // audit entry is stored with that window. Not durable: a restart now finds the
        // database refused anyway, and the next run pages again under the same key.
        m_healthUnpaged = true;
        entry.outcome = QStringLiteral("sent directly: the database cannot be written");
        p.unstoredHealthPage = entry;
        qCCritical(lcPipeline).noquote()
            << tr("Earshot's health incident %1 could not be stored (%2); sending it straight "
                  "to PagerDuty")
                   .arg(key, stored.error().message);
        p.direct->send(key, event.action, event.body);
        emit healthStatusChanged();
        return;
    }
    m_healthUnpaged = false;
    qCCritical(lcPipeline).noquote() << tr("no good window for %n window(s): paging Earshot's "
                                           "health incident %1 (%2)",
                                           nullptr, p.watchdog.windowsBehind())
                                            .arg(key, p.watchdog.cause());
    emit healthStatusChanged();
    p.delivery->kick();
}

HealthStatus Monitor::healthStatus() const
{
    const Parts &p = *m_parts;
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
    switch (h.state) {
    case HealthStatus::State::Off:
        h.text = tr("Watchdog off");
        break;
    case HealthStatus::State::Ok:
        h.text = tr("Watchdog OK");
        break;
    case HealthStatus::State::Late:
        h.text = tr("Watchdog: no data for %n window(s) of %1", nullptr, h.windowsBehind)
                     .arg(h.pageAfterWindows);
        break;
    case HealthStatus::State::Paged:
        h.text = tr("Watchdog paged: no data (%1)").arg(h.cause);
        break;
    case HealthStatus::State::Unpaged:
        h.text = tr("Watchdog cannot page (the database cannot be written): %1")
                     .arg(p.direct->lastError());
        break;
    }
    if (h.heartbeat == HealthStatus::Heartbeat::Failed)
        h.text += QStringLiteral(" · ") + tr("heartbeat failed: %1").arg(h.heartbeatError);
    return h;
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
        if (e.open && !isStormKey(e.dedupKey)) {
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
    markStormRows(m_parts->storm, &rows);
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
