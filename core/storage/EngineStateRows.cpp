#include "core/storage/EngineStateRows.h"

#include "core/storage/AlertStateStore.h"
#include "core/storage/BulkStatement.h"
#include "core/storage/Database.h"
#include "core/storage/SqlUpsert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace earshot {

namespace {

const QString kHeadKey = QStringLiteral("engine.state");
// In the head: how many rows engine_queue_state holds (positions 0 to queueCount - 1).
constexpr QLatin1StringView kQueueCount("queueCount");
constexpr QLatin1StringView kQueues("queues");
// Schema 3's marker in the head: the queues are JSON rows of engine_queues.
constexpr QLatin1StringView kRowsMarker("queueRows");

const char *const kQueueColumns =
    "position, queue_id, queue_name, newest_window_start, last_data_end, breach_run, "
    "breach_run_start, healthy_run, lower_run, suppressed";
const char *const kEpisodeColumns =
    "episode_dedup_key, episode_queue_id, episode_queue_name, episode_start, "
    "episode_last_change, episode_severity, episode_paged_severity, episode_paged, "
    "episode_acknowledged, episode_acknowledged_by, episode_acknowledge_note, "
    "episode_acknowledged_at, episode_breaches";
constexpr int kQueueColumnCount = 10;
constexpr int kEpisodeColumnCount = 13;

void bindQueue(BulkStatement &b, int position, const QueueStateRecord &r)
{
    b.bindInteger(0, position);
    b.bindText(1, r.queueId);
    b.bindText(2, r.queueName);
    if (r.newestWindowStart)
        b.bindInteger(3, *r.newestWindowStart);
    else
        b.bindNull(3);
    b.bindInteger(4, r.lastDataEnd);
    b.bindInteger(5, r.breachRun);
    b.bindInteger(6, r.breachRunStart);
    b.bindInteger(7, r.healthyRun);
    b.bindInteger(8, r.lowerRun);
    b.bindInteger(9, r.suppressed ? 1 : 0);
}

void bindEpisode(BulkStatement &b, const Episode &e)
{
    constexpr int k = kQueueColumnCount;
    b.bindText(k + 0, e.dedupKey);
    b.bindText(k + 1, e.queueId);
    b.bindText(k + 2, e.queueName);
    b.bindInteger(k + 3, e.start);
    b.bindInteger(k + 4, e.lastChange);
    b.bindText(k + 5, severityKey(e.severity));
    b.bindText(k + 6, severityKey(e.pagedSeverity));
    b.bindInteger(k + 7, e.paged ? 1 : 0);
    b.bindInteger(k + 8, e.acknowledged ? 1 : 0);
    b.bindText(k + 9, e.acknowledgedBy);
    b.bindText(k + 10, e.acknowledgeNote);
    b.bindInteger(k + 11, e.acknowledgedAt);
    b.bindText(k + 12,
               QJsonDocument(breachesToJson(e.lastBreaches)).toJson(QJsonDocument::Compact));
}

// Typed reading of one row: the first value of the wrong type or out of range names its
// column, and the row is refused.
class RowReader
{
public:
    explicit RowReader(const QSqlQuery &query)
        : m_query(query)
    {
    }

    qint64 integer(int column, const char *name)
    {
        const QVariant v = m_query.value(column);
        // SQLite gives every integer as a qlonglong; Qt's PostgreSQL driver an INTEGER as
        // int and a BIGINT as qulonglong, whatever its sign.
        const int type = v.isNull() ? QMetaType::UnknownType : v.typeId();
        if (type != QMetaType::LongLong && type != QMetaType::Int && type != QMetaType::ULongLong) {
            fail(name);
            return 0;
        }
        return v.toLongLong();
    }
    std::optional<qint64> optionalInteger(int column, const char *name)
    {
        if (m_query.value(column).isNull())
            return std::nullopt;
        return integer(column, name);
    }
    int count(int column, const char *name)
    {
        const qint64 n = integer(column, name);
        if (n < 0 || n > std::numeric_limits<int>::max()) {
            fail(name);
            return 0;
        }
        return int(n);
    }
    bool flag(int column, const char *name)
    {
        const qint64 n = integer(column, name);
        if (n != 0 && n != 1)
            fail(name);
        return n == 1;
    }
    // NULL reads as an empty text: Qt stores an empty QString as NULL.
    QString text(int column, const char *name)
    {
        const QVariant v = m_query.value(column);
        if (v.isNull())
            return QString();
        if (v.typeId() != QMetaType::QString)
            fail(name);
        return v.toString();
    }
    Severity severity(int column, const char *name)
    {
        Severity s = Severity::None;
        if (!severityFromKey(text(column, name), &s))
            fail(name);
        return s;
    }
    QList<Breach> breaches(int column, const char *name)
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text(column, name).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            fail(name);
            return {};
        }
        auto breaches = breachesFromJson(doc.array());
        if (!breaches.ok()) {
            fail(name);
            return {};
        }
        return std::move(breaches).value();
    }
    [[nodiscard]] bool isNull(int column) const
    {
        return m_query.value(column).isNull();
    }
    [[nodiscard]] const char *failed() const
    {
        return m_failed;
    }

private:
    void fail(const char *name)
    {
        if (!m_failed)
            m_failed = name;
    }

    const QSqlQuery &m_query;
    const char *m_failed = nullptr;
};

QueueStateRecord queueFrom(RowReader &r)
{
    QueueStateRecord q;
    q.queueId = r.text(1, "queue_id");
    q.queueName = r.text(2, "queue_name");
    q.newestWindowStart = r.optionalInteger(3, "newest_window_start");
    q.lastDataEnd = r.integer(4, "last_data_end");
    q.breachRun = r.count(5, "breach_run");
    q.breachRunStart = r.integer(6, "breach_run_start");
    q.healthyRun = r.count(7, "healthy_run");
    q.lowerRun = r.count(8, "lower_run");
    q.suppressed = r.flag(9, "suppressed");
    constexpr int k = kQueueColumnCount;
    if (r.isNull(k))
        return q; // no open episode
    Episode &e = q.episode.emplace();
    e.dedupKey = r.text(k + 0, "episode_dedup_key");
    e.queueId = r.text(k + 1, "episode_queue_id");
    e.queueName = r.text(k + 2, "episode_queue_name");
    e.start = r.integer(k + 3, "episode_start");
    e.lastChange = r.integer(k + 4, "episode_last_change");
    e.severity = r.severity(k + 5, "episode_severity");
    e.pagedSeverity = r.severity(k + 6, "episode_paged_severity");
    e.paged = r.flag(k + 7, "episode_paged");
    e.acknowledged = r.flag(k + 8, "episode_acknowledged");
    e.acknowledgedBy = r.text(k + 9, "episode_acknowledged_by");
    e.acknowledgeNote = r.text(k + 10, "episode_acknowledge_note");
    e.acknowledgedAt = r.integer(k + 11, "episode_acknowledged_at");
    e.lastBreaches = r.breaches(k + 12, "episode_breaches");
    return q;
}

Error unreadable(const QString &detail)
{
    return storageError(QStringLiteral("reading the alert state"), detail);
}

Result<QJsonObject> parseObject(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unreadable(error.errorString());
    return doc.object();
}

} // namespace

EngineStateRows::EngineStateRows(Database &database)
    : m_database(database)
{
}

Status EngineStateRows::writeQueues(const EngineStateChange &change)
{
    if (change.queues.empty())
        return success();
    // One statement for the queues without an episode (nearly all of them), one with.
    // A row replaces the queue's row; without an episode, the episode's columns become NULL.
    // (The upsert measured as fast as SQLite's INSERT OR REPLACE, which PostgreSQL lacks.)
    const QString queueColumns = QLatin1StringView(kQueueColumns);
    const QString episodeColumns = QLatin1StringView(kEpisodeColumns);
    const QString allColumns = queueColumns + QStringLiteral(", ") + episodeColumns;
    const QString key = QStringLiteral("position");
    BulkStatement plain(m_database,
                        QStringLiteral("INSERT INTO engine_queue_state (") + queueColumns + u')',
                        kQueueColumnCount, "writing the alert state", BulkStatement::Path::Direct,
                        replaceOnConflict(key, queueColumns, episodeColumns));
    BulkStatement withEpisode(
        m_database, QStringLiteral("INSERT INTO engine_queue_state (") + allColumns + u')',
        kQueueColumnCount + kEpisodeColumnCount, "writing the alert state",
        BulkStatement::Path::Direct, replaceOnConflict(key, allColumns));
    for (const BulkStatement *statement : {&plain, &withEpisode}) {
        if (Status s = statement->prepared(); !s.ok())
            return s;
    }
    for (const EngineStateChange::Queue &q : change.queues) {
        BulkStatement &statement = q.state.episode ? withEpisode : plain;
        bindQueue(statement, q.position, q.state);
        if (q.state.episode)
            bindEpisode(statement, *q.state.episode);
        if (Status s = statement.run(); !s.ok())
            return s;
    }
    return success();
}

Status EngineStateRows::writeHead(const EngineStateHead &head, int queueCount)
{
    QJsonObject o = engineStateToJson(EngineStateRecord{head, {}});
    o.insert(kQueueCount, queueCount);
    return AlertStateStore(m_database)
        .setMeta(kHeadKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Status EngineStateRows::checkRowsAddUp(int queueCount) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT COUNT(*), COALESCE(MAX(position), -1) FROM engine_queue_state"));
    if (Status s = m_database.exec(q, "writing the alert state"); !s.ok())
        return s;
    if (!q.next() || q.value(0).toLongLong() != queueCount ||
        q.value(1).toLongLong() != qint64(queueCount) - 1)
        return Error{ErrorKind::Storage,
                     storageError(QStringLiteral("writing the alert state"),
                                  QStringLiteral("the stored queues do not add up"))
                         .message};
    return success();
}

Status EngineStateRows::save(const EngineStateChange &change)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery trim(m_database.connection());
        trim.prepare(QStringLiteral("DELETE FROM engine_queue_state WHERE position >= ?"));
        trim.addBindValue(change.whole ? 0 : change.queueCount);
        if (Status s = m_database.exec(trim, "writing the alert state"); !s.ok())
            return s;
        if (Status s = writeQueues(change); !s.ok())
            return s;
        if (change.head) {
            if (Status s = writeHead(*change.head, change.queueCount); !s.ok())
                return s;
        }
        return change.whole ? success() : checkRowsAddUp(change.queueCount);
    });
}

Result<EngineStateRecord> EngineStateRows::load() const
{
    const auto text = AlertStateStore(m_database).meta(kHeadKey);
    if (!text.ok())
        return text.error();
    if (text.value().isEmpty())
        return EngineStateRecord{};
    auto parsed = parseObject(text.value());
    if (!parsed.ok())
        return parsed.error();
    QJsonObject head = std::move(parsed).value();
    const double count = head.value(kQueueCount).toDouble(-1);
    if (count < 0 || count > std::numeric_limits<int>::max() || int(count) != count)
        return damagedStateError(kQueueCount);
    const int queueCount = int(count);
    head.remove(kQueueCount);
    auto state = engineStateFromJson(head);
    if (!state.ok())
        return state.error();
    EngineStateRecord record = std::move(state).value();

    QSqlQuery rows(m_database.connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kQueueColumns) +
                 QStringLiteral(", ") + QLatin1StringView(kEpisodeColumns) +
                 QStringLiteral(" FROM engine_queue_state ORDER BY position"));
    if (Status s = m_database.exec(rows, "reading the alert state"); !s.ok())
        return s.error();
    record.queues.reserve(std::size_t(queueCount));
    while (rows.next()) {
        RowReader reader(rows);
        if (reader.integer(0, "position") != qint64(record.queues.size()))
            return damagedStateError(QStringLiteral("position"));
        record.queues.push_back(queueFrom(reader));
        if (const char *column = reader.failed())
            return damagedStateError(QString::fromLatin1(column));
    }
    if (record.queues.size() != std::size_t(queueCount))
        return damagedStateError(kQueueCount);
    return record;
}

Status EngineStateRows::convertSchema3()
{
    const auto text = AlertStateStore(m_database).meta(kHeadKey);
    if (!text.ok())
        return text.error();
    if (!text.value().isEmpty()) {
        auto parsed = parseObject(text.value());
        if (!parsed.ok())
            return parsed.error();
        QJsonObject old = std::move(parsed).value();
        if (old.value(kRowsMarker).toBool() && !old.contains(kQueues)) {
            // Schema 3's form: a JSON row per queue, in the engine's order.
            QSqlQuery rows(m_database.connection());
            rows.setForwardOnly(true);
            rows.prepare(QStringLiteral("SELECT state FROM engine_queues ORDER BY position"));
            if (Status s = m_database.exec(rows, "reading the alert state"); !s.ok())
                return s;
            QJsonArray queues;
            while (rows.next()) {
                auto row = parseObject(rows.value(0).toString());
                if (!row.ok())
                    return row.error();
                queues.append(row.value());
            }
            old.insert(kQueues, queues);
        }
        old.remove(kRowsMarker);
        auto record = engineStateFromJson(old);
        if (!record.ok())
            return record.error();
        EngineStateChange whole;
        whole.whole = true;
        whole.head = record.value().head;
        whole.queueCount = int(record.value().queues.size());
        whole.queues.reserve(record.value().queues.size());
        for (QueueStateRecord &q : record.value().queues)
            whole.queues.push_back(
                EngineStateChange::Queue{int(whole.queues.size()), std::move(q)});
        if (Status s = save(whole); !s.ok())
            return s;
    }
    return m_database.execSql(QStringLiteral("DROP TABLE engine_queues"), "migration");
}

} // namespace earshot
