#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace earshot {

class Database;

// One PagerDuty event waiting for, or past, delivery. The body is the Events API v2 JSON
// *without* routing_key: the key is a secret and is added only at send time, so it never
// reaches the database.
struct OutboxEvent
{
    enum class State
    {
        Pending,
        Delivered,
        Failed,
        // Never sent, on purpose: a trigger for an episode whose resolve PagerDuty already
        // has (a replay after the database lost its newest commits).
        Skipped
    };

    qint64 id = 0; // also the global order of decisions
    QString dedupKey;
    QString action; // "trigger", "acknowledge" or "resolve"
    QByteArray body;
    State state = State::Pending;
    int attempts = 0;
    qint64 createdAtMs = 0;
    qint64 nextAttemptAtMs = 0;
    qint64 deliveredAtMs = 0; // when PagerDuty answered 202
    QString lastError;        // the last failure, in words (no secrets)
};

// The outbox's state column ("pending", "delivered", "failed", "skipped").
[[nodiscard]] OutboxEvent::State outboxStateFromKey(const QString &key);

// The durable outbox in SQLite: every event is stored before it is sent, and sent in order
// per dedup key. Delivery itself (HTTP, backoff) lives in core/pagerduty.
class EventOutbox
{
public:
    explicit EventOutbox(Database &database);

    // Stores a pending event, due at nowMs. Call inside the caller's transaction to store
    // it atomically with the decision that produced it.
    [[nodiscard]] Result<qint64> enqueue(const QString &dedupKey, const QString &action,
                                         const QByteArray &body, qint64 nowMs);

    // The events to send now: for each dedup key, its oldest pending event, if that one is
    // due (nextAttemptAtMs <= nowMs). A later event of a key never overtakes an earlier one.
    // Ordered by id.
    [[nodiscard]] Result<QList<OutboxEvent>> due(qint64 nowMs, int limit = 100);

    [[nodiscard]] Status markDelivered(qint64 id, qint64 atMs);
    // Permanent failure (PagerDuty said 400 for a reason other than the routing key): the
    // event stops blocking its key and is shown with the error.
    [[nodiscard]] Status markFailed(qint64 id, const QString &error, qint64 atMs);
    [[nodiscard]] Status markSkipped(qint64 id, const QString &reason, qint64 atMs);
    // Whether a resolve of this key was delivered: a trigger after it would reopen an
    // incident that is over.
    [[nodiscard]] Result<bool> resolveDelivered(const QString &dedupKey);
    // Transient failure: counts the attempt and sets when to try again.
    [[nodiscard]] Status scheduleRetry(qint64 id, qint64 nextAttemptAtMs, const QString &error);

    // After a 413: the smaller body to send from now on (same id, same place in order).
    [[nodiscard]] Status replaceBody(qint64 id, const QByteArray &body);

    [[nodiscard]] Result<int> pendingCount();
    // Events PagerDuty finally refused: shown in red and counted, never silently dropped.
    [[nodiscard]] Result<int> failedCount();
    // The earliest nextAttemptAtMs among pending events, if any.
    [[nodiscard]] Result<std::optional<qint64>> nextAttemptAtMs();
    [[nodiscard]] Result<QList<OutboxEvent>> eventsForKey(const QString &dedupKey);
    [[nodiscard]] Result<std::optional<OutboxEvent>> event(qint64 id);

private:
    Database &m_database;
};

} // namespace earshot
