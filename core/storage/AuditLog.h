#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace earshot {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString kind;    // "decision.trigger", "delivery.attempt", "operator.acknowledge", ...
    QString subject; // a dedup key or a queue id
    QString actor;   // an operator, or "earshot"
    QString outcome; // "ok", "failed: ...", "paged", "silenced"
    QJsonObject details;
};

// Every decision, every delivery attempt and every operator action, with its outcome.
class AuditLog
{
public:
    explicit AuditLog(Database &database);

    [[nodiscard]] Status append(const AuditEntry &entry);
    [[nodiscard]] Result<QList<AuditEntry>> latest(int limit) const; // newest first
    [[nodiscard]] Result<QList<AuditEntry>>
    forSubject(const QString &subject) const; // oldest first

private:
    Database &m_database;
};

} // namespace earshot
