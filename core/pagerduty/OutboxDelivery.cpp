#include "core/pagerduty/OutboxDelivery.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/storage/AuditLog.h"
#include "core/storage/EventOutbox.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace earshot {

namespace {

constexpr int kBatch = 200;
constexpr qint64 kStorageRetryMs = 5000;

// Delivery goes on when the outbox cannot record an outcome: the event is sent again
// later (PagerDuty folds it by dedup_key), which is better than stopping all pages.
void warnIfFailed(const Status &s)
{
    if (!s.ok())
        qCWarning(lcPagerDuty).noquote() << s.error().message;
}

} // namespace

OutboxDelivery::OutboxDelivery(EventOutbox &outbox, AuditLog *audit, PagerDutyClient &client,
                               RoutingKeyProvider &keys, Clock &clock, BackoffPolicy backoff,
                               QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_audit(audit)
    , m_client(client)
    , m_keys(keys)
    , m_clock(clock)
    , m_backoff(backoff)
{
    connect(&m_keys, &RoutingKeyProvider::keyChanged, this, [this] {
        if (m_state == State::Paused && m_keys.current() != m_pausedWithKey) {
            qCInfo(lcPagerDuty) << "integration key changed; resuming delivery";
            setState(State::Idle);
            kick();
        }
    });
}

void OutboxDelivery::start()
{
    m_running = true;
    kick();
}

void OutboxDelivery::kick()
{
    if (m_busy) {
        m_pumpAgain = true;
        return;
    }
    pump();
}

void OutboxDelivery::retryNow()
{
    if (m_state == State::Paused)
        setState(State::Idle);
    m_pausedWithKey.clear();
    m_forceRequested = true;
    kick();
}

void OutboxDelivery::deliverAll(std::function<void(const Status &)> done)
{
    m_once = std::move(done);
    m_forceRequested = true;
    kick();
}

void OutboxDelivery::finishOnce(const Status &status)
{
    if (m_once)
        std::exchange(m_once, {})(status);
}

void OutboxDelivery::endPass()
{
    m_busy = false;
    m_forcePass = false;
    m_triedThisPass.clear();
    m_failedKeysThisPass.clear();
}

void OutboxDelivery::updateBacklog()
{
    const auto count = m_outbox.pendingCount();
    m_backlog = count.ok() ? count.value() : m_backlog;
    const auto failed = m_outbox.failedCount();
    m_failed = failed.ok() ? failed.value() : m_failed;
}

void OutboxDelivery::onTooLarge(const OutboxEvent &event, const DeliveryOutcome &outcome, qint64 at)
{
    const int attempt = event.attempts + 1;
    if (const auto smaller = shrunkEvent(event.body)) {
        warnIfFailed(m_outbox.replaceBody(event.id, *smaller));
        const qint64 next = at + std::min(m_backoff.delayForRetry(1), kMaxPageWaitMs);
        warnIfFailed(m_outbox.scheduleRetry(event.id, next, outcome.message));
        audit(event.id, event.dedupKey,
              QStringLiteral("shrunk to %1 bytes: ").arg(smaller->size()) + outcome.message);
        qCWarning(lcPagerDuty).noquote() << outcome.message << "- sending" << event.dedupKey
                                         << "again in" << smaller->size() << "bytes";
    } else if (attempt >= kMaxTooLargeAttempts) {
        const QString text = tr("%1; still refused after %2 attempts at its smallest")
                                 .arg(outcome.message)
                                 .arg(attempt);
        warnIfFailed(m_outbox.markFailed(event.id, text, at));
        audit(event.id, event.dedupKey, QStringLiteral("failed: ") + text);
        qCCritical(lcPagerDuty).noquote() << event.dedupKey << text;
        emit eventFailed(event.id, event.dedupKey, text);
        return;
    } else {
        const qint64 delay = std::min(m_backoff.delayForRetry(attempt), kMaxPageWaitMs);
        warnIfFailed(m_outbox.scheduleRetry(event.id, at + delay, outcome.message));
        audit(event.id, event.dedupKey, QStringLiteral("retry: ") + outcome.message);
        qCWarning(lcPagerDuty).noquote() << outcome.message << "- attempt" << attempt << "for"
                                         << event.dedupKey << "; next in" << delay << "ms";
    }
    m_text = outcome.message;
    m_failedKeysThisPass.insert(event.dedupKey);
    emit eventFailed(event.id, event.dedupKey, outcome.message);
}

void OutboxDelivery::pump()
{
    updateBacklog();
    if (m_backlog == 0) {
        m_forceRequested = false;
        endPass();
        setState(State::Idle);
        finishOnce(success());
        return;
    }
    m_busy = true;
    m_forcePass = std::exchange(m_forceRequested, false);
    // The key is read again for every pass: a rotated key is used from the next event,
    // and a paused delivery sees the new key without a restart.
    m_keys.refresh(this, [this](const Result<QString> &key) { onKey(key); });
}

void OutboxDelivery::onKey(const Result<QString> &key)
{
    const qint64 now = m_clock.nowMs();
    if (m_state == State::Paused) {
        if (!key.ok() || key.value() == m_pausedWithKey) {
            // Still the key PagerDuty refused (or none): look again now and then.
            endPass();
            scheduleWake(now + kKeyRecheckMs);
            finishOnce(Error{ErrorKind::PagerDutyPaused, m_text});
            return;
        }
        qCInfo(lcPagerDuty) << "integration key changed; resuming delivery";
        setState(State::Idle);
    }
    if (!key.ok()) {
        endPass();
        m_pausedWithKey.clear();
        setState(State::Paused, key.error().message);
        qCWarning(lcPagerDuty).noquote() << "delivery paused:" << key.error().message;
        scheduleWake(now + kKeyRecheckMs);
        finishOnce(key.error());
        return;
    }
    sendNext(key.value());
}

void OutboxDelivery::sendNext(const QString &key)
{
    const qint64 now = m_clock.nowMs();
    const bool force = m_forcePass || bool(m_once);
    auto due = m_outbox.due(force ? std::numeric_limits<qint64>::max() : now, kBatch);
    if (!due.ok()) {
        endPass();
        setState(State::Retrying, due.error().message);
        scheduleWake(now + kStorageRetryMs);
        finishOnce(due.error());
        return;
    }
    // Each event at most once per pass: a failure that could not be rescheduled (storage
    // trouble, Retry-After: 0) must not spin.
    const auto &events = due.value();
    const auto next = std::find_if(events.cbegin(), events.cend(), [this](const OutboxEvent &e) {
        return !m_triedThisPass.contains(e.id) && !m_failedKeysThisPass.contains(e.dedupKey);
    });
    if (next == events.cend()) {
        endPass();
        updateBacklog();
        if (m_backlog == 0)
            finishOnce(success());
        else
            finishOnce(Error{ErrorKind::PagerDutyPending,
                             tr("%n event(s) still wait for PagerDuty: %1", nullptr, int(m_backlog))
                                 .arg(m_text)});
        const auto wake = m_outbox.nextAttemptAtMs();
        if (wake.ok() && wake.value()) {
            // Something due was already tried in this pass: wait a little, do not spin.
            const qint64 at = *wake.value();
            setState(State::Retrying, m_text);
            scheduleWake(at > now ? at : now + m_backoff.policy().initialMs);
        } else {
            setState(State::Idle);
        }
        if (std::exchange(m_pumpAgain, false))
            pump();
        return;
    }
    const OutboxEvent event = *next;
    m_triedThisPass.insert(event.id);
    if (event.action == QLatin1StringView("trigger") &&
        !event.dedupKey.startsWith(kHealthDedupKeyPrefix)) {
        const auto resolved = m_outbox.resolveDelivered(event.dedupKey);
        if (resolved.ok() && resolved.value()) {
            // Only a replay makes this (the database lost commits, the same windows were
            // evaluated again): re-triggering would reopen an incident that is over.
            const QString why = tr("not sent: PagerDuty already has this episode's resolve");
            warnIfFailed(m_outbox.markSkipped(event.id, why, now));
            audit(event.id, event.dedupKey, QStringLiteral("skipped: ") + why);
            qCWarning(lcPagerDuty).noquote() << event.dedupKey << why;
            sendNext(key);
            return;
        }
    }
    setState(State::Delivering);
    m_client.send(
        withRoutingKey(event.body, key), this,
        [this, event, key](const DeliveryOutcome &outcome) { onOutcome(event, key, outcome); });
}

void OutboxDelivery::onOutcome(const OutboxEvent &event, const QString &key,
                               const DeliveryOutcome &outcome)
{
    const qint64 at = m_clock.nowMs();
    switch (outcome.kind) {
    case DeliveryOutcome::Kind::Accepted:
        warnIfFailed(m_outbox.markDelivered(event.id, at));
        audit(event.id, event.dedupKey, QStringLiteral("accepted"));
        qCInfo(lcPagerDuty).noquote() << event.action << event.dedupKey << "accepted";
        m_text.clear();
        // PagerDuty is back after a failure: what waits goes now, not at its backoff time.
        if (event.attempts > 0)
            m_forcePass = true;
        emit eventDelivered(event.id, event.dedupKey, event.action, at);
        break;
    case DeliveryOutcome::Kind::Rejected:
        warnIfFailed(m_outbox.markFailed(event.id, outcome.message, at));
        audit(event.id, event.dedupKey, QStringLiteral("rejected: ") + outcome.message);
        qCWarning(lcPagerDuty).noquote() << event.dedupKey << outcome.message;
        emit eventFailed(event.id, event.dedupKey, outcome.message);
        break;
    case DeliveryOutcome::Kind::TooLarge:
        onTooLarge(event, outcome, at);
        break;
    case DeliveryOutcome::Kind::KeyRejected:
        // Every event would meet the same answer: stop, keep everything, wait for a new key.
        warnIfFailed(m_outbox.scheduleRetry(event.id, at, outcome.message));
        audit(event.id, event.dedupKey, QStringLiteral("paused: ") + outcome.message);
        qCWarning(lcPagerDuty).noquote()
            << "delivery paused:" << outcome.message << "(key" << maskSecret(key) << ")";
        endPass();
        m_pausedWithKey = key;
        setState(State::Paused, outcome.message);
        scheduleWake(at + kKeyRecheckMs);
        emit eventFailed(event.id, event.dedupKey, outcome.message);
        finishOnce(Error{ErrorKind::PagerDutyRejected, outcome.message});
        return;
    case DeliveryOutcome::Kind::Retry: {
        // Retries never give up (the outbox is durable); a Retry-After is a lower bound.
        const int attempt = event.attempts + 1;
        const qint64 backoff = std::min(m_backoff.delayForRetry(attempt), kMaxPageWaitMs);
        const qint64 delay = outcome.retryAfterMs
                                 ? std::clamp(*outcome.retryAfterMs, backoff, kMaxRetryAfterMs)
                                 : backoff;
        warnIfFailed(m_outbox.scheduleRetry(event.id, at + delay, outcome.message));
        audit(event.id, event.dedupKey, QStringLiteral("retry: ") + outcome.message);
        qCWarning(lcPagerDuty).noquote() << outcome.message << "- attempt" << attempt << "for"
                                         << event.dedupKey << "; next in" << delay << "ms";
        m_text = outcome.message;
        m_failedKeysThisPass.insert(event.dedupKey);
        emit eventFailed(event.id, event.dedupKey, outcome.message);
        break;
    }
    }
    sendNext(key);
}

void OutboxDelivery::scheduleWake(qint64 atMs)
{
    m_retryAtMs = atMs;
    if (!m_running)
        return;
    const quint64 generation = ++m_generation;
    m_clock.callAt(atMs, this, [this, generation] {
        if (generation == m_generation)
            kick();
    });
}

void OutboxDelivery::audit(qint64 id, const QString &dedupKey, const QString &outcome)
{
    if (!m_audit)
        return;
    AuditEntry entry;
    entry.atMs = m_clock.nowMs();
    entry.kind = QStringLiteral("delivery.attempt");
    entry.subject = dedupKey;
    entry.actor = QStringLiteral("earshot");
    entry.outcome = outcome;
    entry.details = QJsonObject{{QLatin1StringView("eventId"), double(id)}};
    if (Status s = m_audit->append(entry); !s.ok())
        qCWarning(lcPagerDuty).noquote() << s.error().message;
}

void OutboxDelivery::setState(State state, const QString &text)
{
    if (state == m_state && text == m_text && state != State::Delivering)
        return;
    m_state = state;
    if (state == State::Paused || !text.isEmpty())
        m_text = text;
    updateBacklog();
    emit stateChanged();
}

OutboxDelivery::State OutboxDelivery::state() const
{
    return m_state;
}

int OutboxDelivery::backlog() const
{
    return m_backlog;
}

int OutboxDelivery::failedCount() const
{
    return m_failed;
}

qint64 OutboxDelivery::retryAtMs() const
{
    return m_retryAtMs;
}

QString OutboxDelivery::lastError() const
{
    return m_text;
}

} // namespace earshot
