#include "core/storage/EngineStateRows.h"

#include "core/storage/AlertStateStore.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace earshot {

namespace {

const QString kHeadKey = QStringLiteral("engine.state");
// In the head: the queues are in engine_queues. Its absence marks the older form.
constexpr QLatin1StringView kRowsMarker("queueRows");
constexpr QLatin1StringView kQueues("queues");

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString queueIdOf(const QJsonValue &queue)
{
    return queue.toObject().value(QLatin1StringView("queueId")).toString();
}

} // namespace

EngineStateRows::EngineStateRows(Database &database)
    : m_database(database)
{
}

Result<bool> EngineStateRows::storedAsRows() const
{
    const auto text = AlertStateStore(m_database).meta(kHeadKey);
    if (!text.ok())
        return text.error();
    const QJsonObject head = QJsonDocument::fromJson(text.value().toUtf8()).object();
    return head.value(kRowsMarker).toBool() && !head.contains(kQueues);
}

Result<int> EngineStateRows::rowCount() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM engine_queues"));
    if (Status s = m_database.exec(q, "reading the alert state"); !s.ok())
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Status EngineStateRows::writeHead(const QJsonObject &state)
{
    QJsonObject head = state;
    head.remove(kQueues);
    head.insert(kRowsMarker, true);
    return AlertStateStore(m_database).setMeta(kHeadKey, compact(head));
}

QSqlQuery EngineStateRows::prepareUpsert() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO engine_queues (queue_id, position, state) VALUES (?, ?, ?)"));
    return q;
}

Status EngineStateRows::writeQueue(QSqlQuery &upsert, const QJsonObject &queue, int position)
{
    upsert.bindValue(0, queue.value(QLatin1StringView("queueId")).toString());
    upsert.bindValue(1, position);
    upsert.bindValue(2, compact(queue));
    return m_database.exec(upsert, "writing the alert state");
}

Status EngineStateRows::writeAll(const QJsonObject &state)
{
    if (Status s = m_database.execSql(QStringLiteral("DELETE FROM engine_queues"),
                                      "writing the alert state");
        !s.ok())
        return s;
    const QJsonArray queues = state.value(kQueues).toArray();
    QSqlQuery upsert = prepareUpsert();
    for (qsizetype i = 0; i < queues.size(); ++i) {
        if (Status s = writeQueue(upsert, queues.at(i).toObject(), int(i)); !s.ok())
            return s;
    }
    return writeHead(state);
}

Status EngineStateRows::save(const QJsonObject &state, const QJsonObject &stored)
{
    return m_database.transaction([&]() -> Status {
        const auto rows = storedAsRows();
        if (!rows.ok())
            return rows.error();
        if (stored.isEmpty() || !rows.value())
            return writeAll(state);
        const QJsonArray before = stored.value(kQueues).toArray();
        const QJsonArray after = state.value(kQueues).toArray();
        // A queue's row changes when its state or its place in the order does.
        QSqlQuery upsert = prepareUpsert();
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (i < before.size() && before.at(i) == after.at(i))
                continue;
            if (Status s = writeQueue(upsert, after.at(i).toObject(), int(i)); !s.ok())
                return s;
        }
        // Queues gone from the engine (it never drops one today); any other mismatch shows
        // in the count below.
        if (after.size() < before.size()) {
            QSet<QString> kept;
            for (const QJsonValue &q : after)
                kept.insert(queueIdOf(q));
            for (const QJsonValue &q : before) {
                if (kept.contains(queueIdOf(q)))
                    continue;
                QSqlQuery del(m_database.connection());
                del.prepare(QStringLiteral("DELETE FROM engine_queues WHERE queue_id = ?"));
                del.addBindValue(queueIdOf(q));
                if (Status s = m_database.exec(del, "writing the alert state"); !s.ok())
                    return s;
            }
        }
        // `stored` was not what the database holds after all: store everything.
        const auto count = rowCount();
        if (!count.ok())
            return count.error();
        if (count.value() != after.size())
            return writeAll(state);
        QJsonObject beforeHead = stored;
        beforeHead.remove(kQueues);
        QJsonObject afterHead = state;
        afterHead.remove(kQueues);
        return beforeHead == afterHead ? success() : writeHead(state);
    });
}

Result<QJsonObject> EngineStateRows::load() const
{
    const auto text = AlertStateStore(m_database).meta(kHeadKey);
    if (!text.ok())
        return text.error();
    if (text.value().isEmpty())
        return QJsonObject();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.value().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return storageError(QStringLiteral("reading the alert state"), error.errorString());
    QJsonObject state = doc.object();
    if (!state.value(kRowsMarker).toBool())
        return state; // the older form: the queues are in it
    state.remove(kRowsMarker);
    QSqlQuery rows(m_database.connection());
    rows.prepare(QStringLiteral("SELECT state FROM engine_queues ORDER BY position"));
    if (Status s = m_database.exec(rows, "reading the alert state"); !s.ok())
        return s.error();
    QJsonArray queues;
    while (rows.next()) {
        const QJsonDocument row =
            QJsonDocument::fromJson(rows.value(0).toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !row.isObject())
            return storageError(QStringLiteral("reading the alert state"), error.errorString());
        queues.append(row.object());
    }
    state.insert(kQueues, queues);
    return state;
}

} // namespace earshot
