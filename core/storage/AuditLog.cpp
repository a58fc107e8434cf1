#include "core/storage/AuditLog.h"

#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace earshot {

AuditLog::AuditLog(Database &database)
    : m_database(database)
{
}

Status AuditLog::append(const AuditEntry &e)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO audit (at_ms, kind, subject, actor, outcome, details) "
                             "VALUES (?,?,?,?,?,?)"));
    q.addBindValue(e.atMs);
    // A null QString binds as SQL NULL; these columns are text, possibly empty.
    const auto text = [](const QString &s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    q.addBindValue(text(e.kind));
    q.addBindValue(text(e.subject));
    q.addBindValue(text(e.actor));
    q.addBindValue(text(e.outcome));
    q.addBindValue(e.details.isEmpty()
                       ? QVariant(QMetaType(QMetaType::QByteArray))
                       : QVariant(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
    return m_database.exec(q, "writing the audit log");
}

namespace {

Result<QList<AuditEntry>> read(Database &database, QSqlQuery &q)
{
    const Status st = database.exec(q, "reading the audit log");
    if (!st.ok())
        return st.error();
    QList<AuditEntry> out;
    while (q.next())
        out.append(AuditEntry{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                              q.value(5).toString(),
                              QJsonDocument::fromJson(q.value(6).toByteArray()).object()});
    return out;
}

} // namespace

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, at_ms, kind, subject, actor, outcome, details FROM audit "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    return read(m_database, q);
}

Result<QList<AuditEntry>> AuditLog::forSubject(const QString &subject) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, at_ms, kind, subject, actor, outcome, details FROM audit "
                             "WHERE subject = ? ORDER BY id"));
    q.addBindValue(subject);
    return read(m_database, q);
}

} // namespace earshot
