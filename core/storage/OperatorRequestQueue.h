#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace earshot {

class Database;

// An operator action asked on a console that views a shared database: the console that
// polls carries it out (the engine's state is its alone), through its own commit, so the
// audit log and the PagerDuty outbox get it exactly as if it had been asked there.
struct OperatorRequest
{
    enum class State
    {
        Pending,
        Done,
        Refused, // the action could not be carried out: `outcome` says why
    };

    qint64 id = 0;
    qint64 requestedAtMs = 0;
    QString console; // who asked: host (process)
    QString kind;    // kAcknowledge, kResolve, ...
    QString subject; // a dedup key, a queue id or a silence id
    QString actor;
    QJsonObject args; // note, until, reason, policy: per kind
    State state = State::Pending;
    QString outcome;
    qint64 settledAtMs = 0;

    static inline const QString kAcknowledge = QStringLiteral("acknowledge");
    static inline const QString kResolve = QStringLiteral("resolve");
    static inline const QString kSilence = QStringLiteral("silence");
    static inline const QString kEndSilence = QStringLiteral("silence_end");
    static inline const QString kEditSilence = QStringLiteral("silence_edit");
    static inline const QString kThresholds = QStringLiteral("thresholds");
};

// The table operator_requests. A request is settled once: settle() refuses a request that
// is no longer pending, so the commit that carries it out rolls back instead of doing it
// twice.
class OperatorRequestQueue
{
public:
    explicit OperatorRequestQueue(Database &database);

    // Stores the request and tells the console that polls (ChangeFeed), in one transaction.
    [[nodiscard]] Result<qint64> submit(const OperatorRequest &request);
    // Oldest first.
    [[nodiscard]] Result<QList<OperatorRequest>> pending() const;
    // These requests as they stand now (settled ones included), by id.
    [[nodiscard]] Result<QList<OperatorRequest>> byIds(const QList<qint64> &ids) const;
    // Marks a pending request done or refused; an error if it is not pending any more.
    [[nodiscard]] Status settle(qint64 id, OperatorRequest::State state, const QString &outcome,
                                qint64 atMs);

private:
    Database &m_database;
};

} // namespace earshot
