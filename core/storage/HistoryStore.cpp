#include "core/storage/HistoryStore.h"

#include "core/storage/BulkStatement.h"
#include "core/storage/Database.h"
#include "core/storage/SqlUpsert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace earshot {

namespace {

std::optional<double> optOf(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

// The worstCalls array as QualitySample::toJson writes it, without the rest of the sample.
QByteArray worstCallsJson(const QualitySample &s)
{
    QJsonArray worst;
    for (const WorstCall &w : s.worstCalls) {
        QJsonObject c{{QLatin1StringView("conversationId"), w.conversationId}};
        if (w.mos)
            c.insert(QLatin1StringView("mos"), *w.mos);
        if (w.packetLossPercent)
            c.insert(QLatin1StringView("packetLossPercent"), *w.packetLossPercent);
        worst.append(c);
    }
    return QJsonDocument(worst).toJson(QJsonDocument::Compact);
}

const char *const kColumns =
    "queue_id, queue_name, window_start, window_end, calls, mos_mean, mos_min, mos_p10, "
    "mos_below_share, packet_loss_percent, jitter_ms, latency_max_ms, latency_p95_ms, "
    "jitter_buffer_discard_percent, worst_calls, partial";

QualitySample sampleFrom(const QSqlQuery &q)
{
    QualitySample s;
    s.queueId = q.value(0).toString();
    s.queueName = q.value(1).toString();
    s.windowStart = q.value(2).toLongLong();
    s.windowEnd = q.value(3).toLongLong();
    s.calls = q.value(4).toInt();
    s.mosMean = optOf(q.value(5));
    s.mosMin = optOf(q.value(6));
    s.mosP10 = optOf(q.value(7));
    s.mosBelowWarningShare = optOf(q.value(8));
    s.packetLossPercent = optOf(q.value(9));
    s.jitterMs = optOf(q.value(10));
    s.latencyMaxMs = optOf(q.value(11));
    s.latencyP95Ms = optOf(q.value(12));
    s.jitterBufferDiscardPercent = optOf(q.value(13));
    if (!q.value(14).isNull()) {
        const QJsonArray worst = QJsonDocument::fromJson(q.value(14).toByteArray()).array();
        QJsonObject wrapper{{QLatin1StringView("worstCalls"), worst}};
        s.worstCalls = QualitySample::fromJson(wrapper).worstCalls;
    }
    s.partial = q.value(15).toInt() != 0;
    return s;
}

Result<QList<QualitySample>> readSamples(Database &database, QSqlQuery &q, const char *what)
{
    const Status st = database.exec(q, what);
    if (!st.ok())
        return st.error();
    QList<QualitySample> out;
    while (q.next())
        out.append(sampleFrom(q));
    return out;
}

} // namespace

HistoryStore::HistoryStore(Database &database)
    : m_database(database)
{
}

Status HistoryStore::store(const QList<QualitySample> &samples)
{
    if (samples.isEmpty())
        return success();
    // One statement for the whole window (BulkStatement).
    const QString columns = QLatin1StringView(kColumns);
    BulkStatement insert(m_database, QStringLiteral("INSERT INTO history (") + columns + u')', 16,
                         "storing quality history", BulkStatement::Path::Direct,
                         replaceOnConflict(QStringLiteral("queue_id, window_start"), columns));
    if (Status s = insert.prepared(); !s.ok())
        return s;
    for (const QualitySample &s : samples) {
        insert.bindText(0, s.queueId);
        insert.bindText(1, s.queueName);
        insert.bindInteger(2, s.windowStart);
        insert.bindInteger(3, s.windowEnd);
        insert.bindInteger(4, s.calls);
        insert.bindReal(5, s.mosMean);
        insert.bindReal(6, s.mosMin);
        insert.bindReal(7, s.mosP10);
        insert.bindReal(8, s.mosBelowWarningShare);
        insert.bindReal(9, s.packetLossPercent);
        insert.bindReal(10, s.jitterMs);
        insert.bindReal(11, s.latencyMaxMs);
        insert.bindReal(12, s.latencyP95Ms);
        insert.bindReal(13, s.jitterBufferDiscardPercent);
        if (s.worstCalls.isEmpty())
            insert.bindNull(14);
        else
            insert.bindText(14, worstCallsJson(s));
        insert.bindInteger(15, s.partial ? 1 : 0);
        if (Status st = insert.run(); !st.ok())
            return st;
    }
    return success();
}

Result<QList<QualitySample>> HistoryStore::range(const QString &queueId, qint64 fromSecs,
                                                 qint64 toSecs) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kColumns) +
              QStringLiteral(" FROM history WHERE queue_id = ? AND window_start >= ? AND "
                             "window_start < ? ORDER BY window_start"));
    q.addBindValue(queueId);
    q.addBindValue(fromSecs);
    q.addBindValue(toSecs);
    return readSamples(m_database, q, "reading quality history");
}

// The newest row of each queue by primary-key lookups only (a "skip scan" over the queue
// ids): milliseconds even with weeks of history, where a GROUP BY reads the whole table.
static const char *const kLatestRows =
    "WITH RECURSIVE ids(id) AS (SELECT MIN(queue_id) FROM history UNION ALL SELECT (SELECT "
    "MIN(queue_id) FROM history WHERE queue_id > ids.id) FROM ids WHERE ids.id IS NOT NULL) "
    "SELECT h.* FROM ids JOIN history h ON h.queue_id = ids.id AND h.window_start = (SELECT "
    "MAX(window_start) FROM history WHERE queue_id = ids.id)";

Result<QList<QualitySample>> HistoryStore::latestPerQueue() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kColumns) + QStringLiteral(" FROM (") +
              QLatin1StringView(kLatestRows) +
              QStringLiteral(") AS latest ORDER BY queue_name, queue_id"));
    return readSamples(m_database, q, "reading the latest quality");
}

Result<QList<QueueInfo>> HistoryStore::queues() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT queue_id, queue_name FROM (") +
              QLatin1StringView(kLatestRows) +
              QStringLiteral(") AS latest ORDER BY queue_name, queue_id"));
    const Status st = m_database.exec(q, "listing queues");
    if (!st.ok())
        return st.error();
    QList<QueueInfo> out;
    while (q.next())
        out.append(QueueInfo{q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<int> HistoryStore::prune(qint64 nowSecs, qint64 retentionSecs)
{
    if (retentionSecs <= 0) // never "keep nothing": a bad value must not wipe the history
        return 0;
    QSqlQuery q(m_database.connection());
    // window_start < window_end, so the extra condition selects the same rows through the
    // window index instead of a full scan.
    q.prepare(QStringLiteral("DELETE FROM history WHERE window_start < ? AND window_end < ?"));
    q.addBindValue(nowSecs - retentionSecs);
    q.addBindValue(nowSecs - retentionSecs);
    const Status st = m_database.exec(q, "pruning quality history");
    if (!st.ok())
        return st.error();
    return q.numRowsAffected();
}

} // namespace earshot
