#include "core/pipeline/Monitor.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/model/TimeWindow.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pipeline/MonitorParts.h"

#include <QCoreApplication>

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

Result<std::unique_ptr<Monitor>> Monitor::create(MonitorSetup setup, QObject *parent)
{
    if (!setup.clock)
        return Error{ErrorKind::SetupFailed, tr("no clock")};
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
}

Monitor::~Monitor() = default;

void Monitor::start()
{
    m_parts->genesys->poller().start();
    m_parts->delivery->start();
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
}

void Monitor::runOnce(std::function<void(const Status &)> done)
{
    m_parts->genesys->poller().runOnce([this, done](const Status &polled) {
        m_parts->delivery->deliverAll([this, done, polled](const Status &delivered) {
            if (!m_storageProblem.isEmpty())
                done(Error{ErrorKind::Storage, m_storageProblem});
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
    const QList<Decision> decisions =
        p.engine.evaluateWindow(window.windowStart, window.windowEnd, window.samples);
    WindowRecord record;
    record.windowStart = window.windowStart;
    record.windowEnd = window.windowEnd;
    record.samples = window.samples;
    record.decisions = decisions;
    record.events = outboxEventsFor(decisions, p.setup.pagerduty);
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
    const Status stored = commitWindow(*p.database, record);
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

} // namespace earshot
