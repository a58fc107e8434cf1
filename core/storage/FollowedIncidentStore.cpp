#include "core/storage/FollowedIncidentStore.h"

#include "core/storage/Database.h"
#include "core/storage/SqlUpsert.h"

#include <QSqlQuery>
#include <QVariant>

namespace earshot {

bool FollowedIncident::resolved() const
{
    return status == QLatin1StringView("resolved");
}

bool FollowedIncident::acknowledged() const
{
    return status == QLatin1StringView("acknowledged");
}

FollowedIncidentStore::FollowedIncidentStore(Database &database)
    : m_database(database)
{
}

Status FollowedIncidentStore::save(const FollowedIncident &i)
{
    QSqlQuery q(m_database.connection());
    const QString columns = QStringLiteral(
        "dedup_key, incident_id, incident_number, status, changed_by, changed_at_ms, html_url, "
        "seen_at_ms, healthy_since_resolve, repaged_at");
    q.prepare(QStringLiteral("INSERT INTO pagerduty_incidents (") + columns +
              QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?)") +
              replaceOnConflict(QStringLiteral("dedup_key"), columns));
    q.addBindValue(i.dedupKey);
    q.addBindValue(i.incidentId.isNull() ? QStringLiteral("") : i.incidentId);
    q.addBindValue(i.number);
    q.addBindValue(i.status.isNull() ? QStringLiteral("") : i.status);
    q.addBindValue(i.changedBy.isNull() ? QStringLiteral("") : i.changedBy);
    q.addBindValue(i.changedAtMs);
    q.addBindValue(i.htmlUrl.isNull() ? QStringLiteral("") : i.htmlUrl);
    q.addBindValue(i.seenAtMs);
    q.addBindValue(i.healthySinceResolve ? 1 : 0);
    q.addBindValue(i.repagedAt);
    return m_database.exec(q, "writing a followed PagerDuty incident");
}

Result<QHash<QString, FollowedIncident>> FollowedIncidentStore::all() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT dedup_key, incident_id, incident_number, status, changed_by, changed_at_ms, "
        "html_url, seen_at_ms, healthy_since_resolve, repaged_at FROM pagerduty_incidents"));
    if (Status s = m_database.exec(q, "reading followed PagerDuty incidents"); !s.ok())
        return s.error();
    QHash<QString, FollowedIncident> rows;
    while (q.next()) {
        FollowedIncident i;
        i.dedupKey = q.value(0).toString();
        i.incidentId = q.value(1).toString();
        i.number = q.value(2).toInt();
        i.status = q.value(3).toString();
        i.changedBy = q.value(4).toString();
        i.changedAtMs = q.value(5).toLongLong();
        i.htmlUrl = q.value(6).toString();
        i.seenAtMs = q.value(7).toLongLong();
        i.healthySinceResolve = q.value(8).toInt() != 0;
        i.repagedAt = q.value(9).toLongLong();
        rows.insert(i.dedupKey, i);
    }
    return rows;
}

} // namespace earshot
