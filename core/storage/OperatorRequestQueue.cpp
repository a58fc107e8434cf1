#include "core/storage/OperatorRequestQueue.h"

#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace earshot {

namespace {

const char *stateKey(OperatorRequest::State state)
{
    switch (state) {
    case OperatorRequest::State::Pending:
        return "pending";
    case OperatorRequest::State::Done:
        return "done";
    case OperatorRequest::State::Refused:
        return "refused";
    }
    return "pending";
}

OperatorRequest::State stateFromKey(const QString &key)
{
    if (key == QLatin1StringView("done"))
        return OperatorRequest::State::Done;
    if (key == QLatin1StringView("refused"))
        return OperatorRequest::State::Refused;
    return OperatorRequest::State::Pending;
}

const QString kColumns = QStringLiteral("id, requested_at_ms, console, kind, subject, actor, args, "
                                        "state, outcome, settled_at_ms");

Result<QList<OperatorRequest>> readAll(Database &database, QSqlQuery &q)
{
    if (Status s = database.exec(q, "reading the operator requests"); !s.ok())
        return s.error();
    QList<OperatorRequest> out;
    while (q.next()) {
        OperatorRequest r;
        r.id = q.value(0).toLongLong();
        r.requestedAtMs = q.value(1).toLongLong();
        r.console = q.value(2).toString();
        r.kind = q.value(3).toString();
        r.subject = q.value(4).toString();
        r.actor = q.value(5).toString();
        r.args = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        r.state = stateFromKey(q.value(7).toString());
        r.outcome = q.value(8).toString();
        r.settledAtMs = q.value(9).toLongLong();
        out.append(r);
    }
    return out;
}

} // namespace

OperatorRequestQueue::OperatorRequestQueue(Database &database)
    : m_database(database)
{
}

Result<qint64> OperatorRequestQueue::submit(const OperatorRequest &r)
{
    qint64 id = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO operator_requests (requested_at_ms, console, kind, "
                                 "subject, actor, args) VALUES (?,?,?,?,?,?) RETURNING id"));
        const auto text = [](const QString &s) {
            return s.isNull() ? QStringLiteral("") : s;
        };
        q.addBindValue(r.requestedAtMs);
        q.addBindValue(text(r.console));
        q.addBindValue(text(r.kind));
        q.addBindValue(text(r.subject));
        q.addBindValue(text(r.actor));
        q.addBindValue(QString::fromUtf8(QJsonDocument(r.args).toJson(QJsonDocument::Compact)));
        if (Status s = m_database.exec(q, "storing an operator request"); !s.ok())
            return s;
        if (!q.next())
            return storageError(QStringLiteral("storing an operator request"),
                                QStringLiteral("no id returned"));
        id = q.value(0).toLongLong();
        return notifyChange(m_database, QStringLiteral("request %1").arg(id));
    });
    if (!stored.ok())
        return stored.error();
    return id;
}

Result<QList<OperatorRequest>> OperatorRequestQueue::pending() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM operator_requests WHERE state = 'pending' ORDER BY id")
                  .arg(kColumns));
    return readAll(m_database, q);
}

Result<QList<OperatorRequest>> OperatorRequestQueue::byIds(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<OperatorRequest>{};
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM operator_requests WHERE id IN (%2) ORDER BY id")
                  .arg(kColumns, marks.join(u',')));
    for (const qint64 id : ids)
        q.addBindValue(id);
    return readAll(m_database, q);
}

Status OperatorRequestQueue::settle(qint64 id, OperatorRequest::State state, const QString &outcome,
                                    qint64 atMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE operator_requests SET state = ?, outcome = ?, "
                             "settled_at_ms = ? WHERE id = ? AND state = 'pending'"));
    q.addBindValue(QString::fromLatin1(stateKey(state)));
    q.addBindValue(outcome.isNull() ? QStringLiteral("") : outcome);
    q.addBindValue(atMs);
    q.addBindValue(id);
    if (Status s = m_database.exec(q, "settling an operator request"); !s.ok())
        return s;
    if (q.numRowsAffected() != 1)
        return storageError(QStringLiteral("settling an operator request"),
                            QStringLiteral("request %1 is not pending any more").arg(id));
    return success();
}

} // namespace earshot
