#include "core/storage/EventOutbox.h"

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace earshot {

OutboxEvent::State outboxStateFromKey(const QString &key)
{
    if (key == QLatin1StringView("delivered"))
        return OutboxEvent::State::Delivered;
    if (key == QLatin1StringView("failed"))
        return OutboxEvent::State::Failed;
    if (key == QLatin1StringView("skipped"))
        return OutboxEvent::State::Skipped;
    return OutboxEvent::State::Pending;
}

namespace {

const char *const kColumns = "id, dedup_key, action, body, state, attempts, created_at_ms, "
                             "next_attempt_at_ms, delivered_at_ms, last_error";

OutboxEvent eventFrom(const QSqlQuery &q)
{
    OutboxEvent e;
    e.id = q.value(0).toLongLong();
    e.dedupKey = q.value(1).toString();
    e.action = q.value(2).toString();
    e.body = q.value(3).toByteArray();
    e.state = outboxStateFromKey(q.value(4).toString());
    e.attempts = q.value(5).toInt();
    e.createdAtMs = q.value(6).toLongLong();
    e.nextAttemptAtMs = q.value(7).toLongLong();
    e.deliveredAtMs = q.value(8).toLongLong();
    e.lastError = q.value(9).toString();
    return e;
}

Result<QList<OutboxEvent>> readEvents(Database &database, QSqlQuery &q)
{
    const Status st = database.exec(q, "reading the outbox");
    if (!st.ok())
        return st.error();
    QList<OutboxEvent> out;
    while (q.next())
        out.append(eventFrom(q));
    return out;
}

} // namespace

EventOutbox::EventOutbox(Database &database)
    : m_database(database)
{
}

Result<qint64> EventOutbox::enqueue(const QString &dedupKey, const QString &action,
                                    const QByteArray &body, qint64 nowMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO outbox (dedup_key, action, body, state, attempts, "
                             "created_at_ms, next_attempt_at_ms) VALUES (?,?,?,'pending',0,?,?) "
                             "RETURNING id"));
    q.addBindValue(dedupKey);
    q.addBindValue(action);
    q.addBindValue(body);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    const Status st = m_database.exec(q, "storing an event in the outbox");
    if (!st.ok())
        return st.error();
    // RETURNING, not lastInsertId(): QPSQL has no last insert id for identity columns.
    if (!q.next())
        return storageError(QStringLiteral("storing an event in the outbox"),
                            QStringLiteral("no id returned"));
    return q.value(0).toLongLong();
}

Result<QList<OutboxEvent>> EventOutbox::due(qint64 nowMs, int limit)
{
    // The oldest pending event of each key, and only if it is due: a later event of a key
    // never overtakes an earlier one, and one key's retry does not hold up the others.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kColumns) +
              QStringLiteral(" FROM outbox WHERE id IN (SELECT MIN(id) FROM outbox WHERE "
                             "state = 'pending' GROUP BY dedup_key) AND next_attempt_at_ms <= ? "
                             "ORDER BY id LIMIT ?"));
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    return readEvents(m_database, q);
}

Status EventOutbox::markDelivered(qint64 id, qint64 atMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'delivered', attempts = attempts + 1, "
                             "delivered_at_ms = ?, last_error = NULL WHERE id = ?"));
    q.addBindValue(atMs);
    q.addBindValue(id);
    return m_database.exec(q, "marking an event delivered");
}

Status EventOutbox::markFailed(qint64 id, const QString &error, qint64 atMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', attempts = attempts + 1, "
                             "last_error = ?, next_attempt_at_ms = ? WHERE id = ?"));
    q.addBindValue(error);
    q.addBindValue(atMs);
    q.addBindValue(id);
    return m_database.exec(q, "marking an event failed");
}

Status EventOutbox::markSkipped(qint64 id, const QString &reason, qint64 atMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'skipped', last_error = ?, "
                             "next_attempt_at_ms = ? WHERE id = ? AND state = 'pending'"));
    q.addBindValue(reason);
    q.addBindValue(atMs);
    q.addBindValue(id);
    return m_database.exec(q, "skipping an event");
}

Result<bool> EventOutbox::resolveDelivered(const QString &dedupKey)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE dedup_key = ? AND "
                             "action = 'resolve' AND state = 'delivered')"));
    q.addBindValue(dedupKey);
    const Status st = m_database.exec(q, "reading the outbox");
    if (!st.ok())
        return st.error();
    return q.next() && q.value(0).toInt() != 0;
}

Status EventOutbox::scheduleRetry(qint64 id, qint64 nextAttemptAtMs, const QString &error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at_ms = ?, "
                             "last_error = ? WHERE id = ? AND state = 'pending'"));
    q.addBindValue(nextAttemptAtMs);
    q.addBindValue(error);
    q.addBindValue(id);
    return m_database.exec(q, "scheduling an event retry");
}

Status EventOutbox::replaceBody(qint64 id, const QByteArray &body)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET body = ? WHERE id = ? AND state = 'pending'"));
    q.addBindValue(body);
    q.addBindValue(id);
    return m_database.exec(q, "shrinking an event");
}

Result<int> EventOutbox::failedCount()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'failed'"));
    const Status st = m_database.exec(q, "counting failed events");
    if (!st.ok())
        return st.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<int> EventOutbox::pendingCount()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"));
    const Status st = m_database.exec(q, "counting the outbox");
    if (!st.ok())
        return st.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<std::optional<qint64>> EventOutbox::nextAttemptAtMs()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at_ms) FROM outbox WHERE id IN (SELECT "
                             "MIN(id) FROM outbox WHERE state = 'pending' GROUP BY dedup_key)"));
    const Status st = m_database.exec(q, "reading the outbox");
    if (!st.ok())
        return st.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QList<OutboxEvent>> EventOutbox::eventsForKey(const QString &dedupKey)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kColumns) +
              QStringLiteral(" FROM outbox WHERE dedup_key = ? ORDER BY id"));
    q.addBindValue(dedupKey);
    return readEvents(m_database, q);
}

Result<std::optional<OutboxEvent>> EventOutbox::event(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kColumns) +
              QStringLiteral(" FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    auto events = readEvents(m_database, q);
    if (!events.ok())
        return events.error();
    if (events.value().isEmpty())
        return std::optional<OutboxEvent>();
    return std::optional<OutboxEvent>(events.value().constFirst());
}

} // namespace earshot
