#include "core/storage/AlertStateStore.h"

#include "core/storage/Database.h"
#include "core/storage/EngineStateRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace earshot {

namespace {

QByteArray breachesJson(const QList<Breach> &breaches)
{
    return QJsonDocument(breachesToJson(breaches)).toJson(QJsonDocument::Compact);
}

} // namespace

AlertStateStore::AlertStateStore(Database &database)
    : m_database(database)
{
}

Status AlertStateStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                             "DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return m_database.exec(q, "writing state");
}

Result<QString> AlertStateStore::meta(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    const Status st = m_database.exec(q, "reading state");
    if (!st.ok())
        return st.error();
    return q.next() ? q.value(0).toString() : QString();
}

Status AlertStateStore::saveEngineState(const EngineStateChange &change)
{
    return EngineStateRows(m_database).save(change);
}

Result<EngineStateRecord> AlertStateStore::engineState() const
{
    return EngineStateRows(m_database).load();
}

Status AlertStateStore::applyDecision(const Decision &d)
{
    QSqlQuery q(m_database.connection());
    switch (d.kind) {
    case DecisionKind::Trigger:
        q.prepare(QStringLiteral(
            "INSERT INTO episodes (dedup_key, queue_id, queue_name, severity, started_at, "
            "last_change, state, paged, breaches) VALUES (?,?,?,?,?,?,'open',?,?) "
            "ON CONFLICT(dedup_key) DO UPDATE SET severity = excluded.severity, "
            "last_change = excluded.last_change, "
            // Once paged, an episode stays paged (a scalar MAX in SQLite, GREATEST in
            // PostgreSQL: the CASE is both).
            "paged = CASE WHEN excluded.paged > episodes.paged THEN excluded.paged "
            "ELSE episodes.paged END, "
            "breaches = excluded.breaches"));
        q.addBindValue(d.dedupKey);
        q.addBindValue(d.queueId);
        q.addBindValue(d.queueName.isNull() ? QStringLiteral("") : d.queueName);
        q.addBindValue(severityKey(d.severity));
        q.addBindValue(d.episodeStart);
        q.addBindValue(d.at);
        q.addBindValue(d.pages ? 1 : 0);
        q.addBindValue(breachesJson(d.breaches));
        break;
    case DecisionKind::Escalate:
    case DecisionKind::Deescalate:
        q.prepare(QStringLiteral("UPDATE episodes SET severity = ?, last_change = ?, breaches = ? "
                                 "WHERE dedup_key = ?"));
        q.addBindValue(severityKey(d.severity));
        q.addBindValue(d.at);
        q.addBindValue(breachesJson(d.breaches));
        q.addBindValue(d.dedupKey);
        break;
    case DecisionKind::Acknowledge:
        q.prepare(QStringLiteral("UPDATE episodes SET acknowledged_by = ?, acknowledged_at = ?, "
                                 "acknowledge_note = ?, last_change = ? WHERE dedup_key = ?"));
        q.addBindValue(d.actor);
        q.addBindValue(d.at);
        q.addBindValue(d.note);
        q.addBindValue(d.at);
        q.addBindValue(d.dedupKey);
        break;
    case DecisionKind::Resolve:
        q.prepare(QStringLiteral("UPDATE episodes SET state = 'resolved', resolved_at = ?, "
                                 "resolved_by = ?, resolve_reason = ?, resolve_note = ?, "
                                 "last_change = ? WHERE dedup_key = ?"));
        q.addBindValue(d.at);
        q.addBindValue(d.actor);
        q.addBindValue(resolveReasonKey(d.reason));
        q.addBindValue(d.note);
        q.addBindValue(d.at);
        q.addBindValue(d.dedupKey);
        break;
    }
    return m_database.exec(q, "recording an episode");
}

namespace {

StoredEpisode episodeFrom(const QSqlQuery &q)
{
    StoredEpisode e;
    e.dedupKey = q.value(0).toString();
    e.queueId = q.value(1).toString();
    e.queueName = q.value(2).toString();
    if (!severityFromKey(q.value(3).toString(), &e.severity))
        e.severity = Severity::None;
    e.startedAt = q.value(4).toLongLong();
    e.lastChange = q.value(5).toLongLong();
    e.open = q.value(6).toString() == QLatin1StringView("open");
    e.paged = q.value(7).toInt() != 0;
    e.acknowledgedBy = q.value(8).toString();
    e.acknowledgedAt = q.value(9).toLongLong();
    e.acknowledgeNote = q.value(10).toString();
    e.resolvedAt = q.value(11).toLongLong();
    e.resolvedBy = q.value(12).toString();
    const QString reason = q.value(13).toString();
    for (ResolveReason r :
         {ResolveReason::Recovered, ResolveReason::NoTraffic, ResolveReason::Manual}) {
        if (resolveReasonKey(r) == reason)
            e.resolveReason = r;
    }
    e.resolveNote = q.value(14).toString();
    return e;
}

const char *const kEpisodeColumns =
    "dedup_key, queue_id, queue_name, severity, started_at, last_change, state, paged, "
    "acknowledged_by, acknowledged_at, acknowledge_note, resolved_at, resolved_by, "
    "resolve_reason, resolve_note";

} // namespace

Result<QList<StoredIncident>> AlertStateStore::incidents(int limit) const
{
    // The episode columns first (episodeFrom reads them by position), then the events'.
    QString episodeColumns;
    for (const QString &column : QString::fromLatin1(kEpisodeColumns).split(QStringLiteral(", ")))
        episodeColumns += (episodeColumns.isEmpty() ? QString() : QStringLiteral(", ")) +
                          QStringLiteral("e.") + column;
    const int eventColumn = int(QString::fromLatin1(kEpisodeColumns).count(u',')) + 1;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + episodeColumns +
              QStringLiteral(", o.id, o.action, o.state, o.attempts, o.created_at_ms, "
                             "o.next_attempt_at_ms, o.delivered_at_ms, o.last_error "
                             "FROM (SELECT * FROM episodes ORDER BY state = 'open' DESC, "
                             "started_at DESC LIMIT ?) AS e "
                             "LEFT JOIN outbox AS o ON o.dedup_key = e.dedup_key "
                             "ORDER BY e.state = 'open' DESC, e.started_at DESC, e.dedup_key, "
                             "o.id"));
    q.addBindValue(limit);
    const Status st = m_database.exec(q, "reading incidents");
    if (!st.ok())
        return st.error();
    QList<StoredIncident> out;
    while (q.next()) {
        const QString dedupKey = q.value(0).toString();
        if (out.isEmpty() || out.constLast().episode.dedupKey != dedupKey)
            out.append(StoredIncident{episodeFrom(q), {}});
        if (q.value(eventColumn).isNull())
            continue; // an episode without events (never paged)
        OutboxEvent e;
        e.id = q.value(eventColumn).toLongLong();
        e.dedupKey = dedupKey;
        e.action = q.value(eventColumn + 1).toString();
        e.state = outboxStateFromKey(q.value(eventColumn + 2).toString());
        e.attempts = q.value(eventColumn + 3).toInt();
        e.createdAtMs = q.value(eventColumn + 4).toLongLong();
        e.nextAttemptAtMs = q.value(eventColumn + 5).toLongLong();
        e.deliveredAtMs = q.value(eventColumn + 6).toLongLong();
        e.lastError = q.value(eventColumn + 7).toString();
        out.last().events.append(e);
    }
    return out;
}

Result<std::optional<StoredEpisode>> AlertStateStore::episode(const QString &dedupKey) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kEpisodeColumns) +
              QStringLiteral(" FROM episodes WHERE dedup_key = ?"));
    q.addBindValue(dedupKey);
    const Status st = m_database.exec(q, "reading an episode");
    if (!st.ok())
        return st.error();
    if (!q.next())
        return std::optional<StoredEpisode>();
    return std::optional<StoredEpisode>(episodeFrom(q));
}

} // namespace earshot
