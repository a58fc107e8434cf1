// The wiring, the window path (poll -> store -> evaluate -> deliver) and the watchdog. The
// operator's commands are in MonitorCommands.cpp, the read side in MonitorQueries.cpp.
#include "core/pipeline/Monitor.h"

#include "core/pipeline/FollowGate.h"
#include "core/pipeline/MonitorParts.h"
#include "core/pipeline/StormRecords.h"

#include "core/common/Clock.h"
#include "core/model/TimeWindow.h"
#include "core/pagerduty/EventBuilder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace earshot {

QList<PendingEvent> outboxEventsFor(const QList<Decision> &decisions,
                                    const PagerDutySettings &settings)
{
    QList<PendingEvent> events;
    for (const Decision &d : decisions) {
        if (const auto built = buildEvent(d, settings))
            events.append(PendingEvent{d.dedupKey, built->action, built->body});
    }
    return events;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

namespace {

Result<QJsonObject> metaJson(const AlertStateStore &store, const QString &key)
{
    const auto text = store.meta(key);
    if (!text.ok())
        return text.error();
    return QJsonDocument::fromJson(text.value().toUtf8()).object();
}

} // namespace

Result<std::unique_ptr<Monitor>> Monitor::create(MonitorSetup setup, QObject *parent)
{
    if (!setup.clock)
        return Error{ErrorKind::SetupFailed, tr("no clock")};
    auto parts = std::make_unique<Parts>();
    parts->clock = setup.clock;
    auto database = Database::open(
        setup.sharedStorage ? *setup.sharedStorage : StorageTarget::sqlite(setup.databasePath),
        setup.resetDatabase ? Database::OpenMode::Reset : Database::OpenMode::Normal);
    if (!database.ok())
        return database.error();
    parts->database = std::move(database).value();
    parts->holder = leaderClaim(*setup.clock);
    // On a shared database only one console polls, evaluates and pages (Database); the
    // others view it (--role).
    if (!setup.sharedStorage) {
        if (setup.role == ConsoleRole::Viewer)
            return Error{ErrorKind::SetupFailed,
                         tr("--role viewer needs a shared database ([storage] backend = "
                            "postgresql): with a database of its own, a console must poll")};
    } else if (setup.role == ConsoleRole::Viewer) {
        parts->viewer = true;
    } else if (Status s = parts->database->claimLeadership(parts->holder); !s.ok()) {
        if (setup.role == ConsoleRole::Leader ||
            s.error().kind != ErrorKind::StorageLeaderElsewhere)
            return s.error();
        parts->viewer = true; // auto: view, and take over when the leader stops
    }
    parts->role = setup.role;
    Database &db = *parts->database;
    parts->history = std::make_unique<HistoryStore>(db);
    parts->state = std::make_unique<AlertStateStore>(db);
    parts->outbox = std::make_unique<EventOutbox>(db);
    parts->audit = std::make_unique<AuditLog>(db);
    parts->requests = std::make_unique<OperatorRequestQueue>(db);
    parts->followStore = std::make_unique<FollowedIncidentStore>(db);
    parts->engine.setPolicy(setup.policy);
    parts->storm.setPolicy(setup.storm);
    parts->watchdog = HealthWatchdog(setup.health.pageAfterWindows);

    parts->network = std::make_unique<QNetworkAccessManager>();
    parts->genesys = std::make_unique<GenesysStack>(*parts->network, *setup.clock, setup.genesys);
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
    parts->follower = std::make_unique<IncidentFollower>(
        *parts->network, *setup.clock, setup.pagerduty, setup.secrets, setup.fixedApiToken);
    parts->setup = std::move(setup);
    if (Status s = parts->loadState(); !s.ok())
        return s.error();
    qCInfo(lcPipeline).noquote() << tr("database %1; %n open episode(s) restored; cursor %2",
                                       nullptr, int(parts->engine.openEpisodes().size()))
                                        .arg(parts->database->path())
                                        .arg(parts->cursor <= 0 ? tr("none")
                                                                : isoUtc(parts->cursor));
    return std::unique_ptr<Monitor>(new Monitor(std::move(parts), parent));
}

Status Monitor::Parts::loadState()
{
    auto saved = state->engineState();
    if (!saved.ok())
        return saved.error();
    if (const auto shared = metaJson(*state, kSharedPolicyKey); !shared.ok()) {
        return shared.error();
    } else if (!shared.value().isEmpty()) {
        // A shared database keeps the thresholds an operator applied on any console.
        const AlertPolicy applied = AlertPolicy::fromJson(shared.value());
        if (applied.validate().isEmpty()) {
            setup.policy = applied;
            engine.setPolicy(applied);
        }
    }
    if (Status s = engine.restoreStateRecord(std::move(saved).value()); !s.ok())
        return s;
    const auto storedCursor = state->meta(kCursorKey);
    if (!storedCursor.ok())
        return storedCursor.error();
    cursor = storedCursor.value().toLongLong();
    const auto stormState = metaJson(*state, kStormStateKey);
    if (!stormState.ok())
        return stormState.error();
    if (Status s = storm.restoreState(stormState.value()); !s.ok())
        return s;
    const auto health = metaJson(*state, kHealthStateKey);
    if (!health.ok())
        return health.error();
    watchdog.restoreState(health.value());
    const auto lastGood = state->meta(kLastGoodKey);
    if (!lastGood.ok())
        return lastGood.error();
    lastGoodAtMs = lastGood.value().toLongLong();
    auto stored = followStore->all();
    if (!stored.ok())
        return stored.error();
    followed = std::move(stored).value();
    if (viewer)
        return success(); // a viewer writes nothing of the poller's
    // Never a good window yet: the watchdog counts from the first start, so a service
    // whose sign-in fails from the beginning still pages.
    if (lastGoodAtMs <= 0) {
        lastGoodAtMs = clock->nowMs();
        if (Status s = state->setMeta(kLastGoodKey, QString::number(lastGoodAtMs)); !s.ok())
            return s;
    }
    genesys->poller().setCursor(cursor > 0 ? cursor : setup.initialCursor);
    return success();
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
    wireSharing();
}

Monitor::~Monitor() = default;

void Monitor::start()
{
    m_parts->running = true;
    if (m_parts->viewer) {
        viewAgain(true);
        armTakeOver();
        return;
    }
    startPolling();
}

void Monitor::startPolling()
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
    // What viewers asked while no console polled.
    carryOutRequests();
    publishStatusSoon();
}

void Monitor::stop()
{
    m_parts->genesys->poller().stop();
    m_parts->running = false;
    ++m_parts->healthGeneration;
    ++m_parts->takeOverGeneration;
    m_parts->follower->stop();
}

void Monitor::runOnce(std::function<void(const Status &)> done)
{
    if (m_parts->viewer) {
        done(Error{ErrorKind::SetupFailed, tr("this console views a shared database and polls "
                                              "nothing")});
        return;
    }
    // A shared database: what viewers asked since the last run, carried out first.
    carryOutRequests();
    m_parts->genesys->poller().runOnce([this, done](const Status &polled) {
        checkHealth(); // a run that found no good window may owe the health page
        m_parts->delivery->deliverAll([this, done, polled](const Status &delivered) {
            const auto finish = [this, done, polled, delivered] {
                publishStatus(); // for the viewers, before this process ends
                if (!m_storageProblem.isEmpty())
                    done(Error{ErrorKind::Storage, m_storageProblem});
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
    Snapshot before = p.snapshot();
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
    record.events = outboxEventsFor(decisions, p.setup.pagerduty);
    record.engineChange = p.engineChange(before.engine);
    record.cursorWindowEnd = window.windowEnd;
    record.nowMs = p.clock->nowMs();
    record.retentionSecs = qint64(p.setup.retentionDays) * 86'400;
    addStormRecords(storm, p.setup.pagerduty, &record);
    if (const QJsonObject after = p.storm.saveState(); after != before.storm)
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
        if (Status s = p.rollBack(std::move(before)); !s.ok())
            qCCritical(lcPipeline).noquote() << s.error().message;
        p.watchdog.restoreState(healthBefore);
        setStorageProblem(stored.error().message);
        // A new connection, so the next window succeeds once the cause is gone
        // (permissions restored, space freed) without a restart.
        if (Status s = p.database->reopen(); !s.ok()) {
            qCCritical(lcPipeline).noquote() << s.error().message;
            // Another console polls now: said at once (the window, headless), not at the
            // next window's failure.
            if (p.database->leadershipLost())
                setStorageProblem(s.error().message);
        }
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
            announceStorm(sd.group);
    }
    if (!record.events.isEmpty())
        p.delivery->kick();
    p.genesys->poller().completeWindow(window.windowStart, true);
    // The WAL checkpoint and its fsync wait for the next turn of the event loop: the window
    // is committed (a commit survives kill -9 without it), and its events go to PagerDuty
    // first. On a window of 10,000 queues the checkpoint is a third of the wall time.
    QTimer::singleShot(0, this, [this] { m_parts->database->checkpoint(); });
}

void Monitor::announceStorm(const StormGroup &group)
{
    emit incidentOpened(tr("%n queue(s) degraded together", nullptr, int(group.members.size())),
                        group.dedupKey, group.worstSeverity());
}

// Armed on trouble only (a failed window or write, a poller in an error state): a poller
// waiting out a long rate limit fails no window, yet the page must go out when
// page_after_windows have passed since the last good one. While windows arrive, no wake-up.
void Monitor::armHealthCheck()
{
    Parts &p = *m_parts;
    if (!p.watchdog.enabled() || p.watchdog.paged() || !p.running || p.viewer ||
        p.database->leadershipLost())
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

// Why no data comes, for Earshot's own incident (PagerDuty) and the watchdog's status. The
// screens' status words are StatusTexts'; this one phrase is the page's, so it is made here.
QString Monitor::healthCause() const
{
    if (!m_storageProblem.isEmpty())
        return tr("the database cannot be written: %1").arg(m_storageProblem);
    const PollerStatus poller = pollerStatus();
    QString trouble;
    switch (poller.state) {
    case PollerStatus::State::Idle:
    case PollerStatus::State::Ok:
        return tr("no window has been stored");
    case PollerStatus::State::Authenticating:
        trouble = tr("signing in to Genesys Cloud");
        break;
    case PollerStatus::State::RateLimited:
        trouble = tr("rate limited by Genesys Cloud");
        break;
    case PollerStatus::State::AuthFailed:
        trouble = tr("Genesys Cloud sign-in fails");
        break;
    case PollerStatus::State::ApiError:
        trouble = tr("Genesys Cloud API errors");
        break;
    case PollerStatus::State::Offline:
        trouble = tr("Genesys Cloud unreachable");
        break;
    }
    return poller.lastError.isEmpty() ? trouble : tr("%1: %2").arg(trouble, poller.lastError);
}

void Monitor::checkHealth()
{
    Parts &p = *m_parts;
    // Another console polls the shared database (it took over while this one was cut off):
    // data flows there, and this one pages nothing, not even its own health.
    if (!p.watchdog.enabled() || p.viewer || p.database->leadershipLost())
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

QString Monitor::storageProblem() const
{
    return m_storageProblem;
}

QString Monitor::sharedDatabase() const
{
    const Database &db = *m_parts->database;
    return db.backend() == StorageTarget::Backend::PostgreSql ? db.path() : QString();
}

bool Monitor::leadershipLost() const
{
    return m_parts->database->leadershipLost();
}

void Monitor::setStorageProblem(const QString &problem)
{
    if (problem == m_storageProblem)
        return;
    m_storageProblem = problem;
    emit storageStatusChanged();
}

} // namespace earshot
