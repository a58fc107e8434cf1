#include "core/storage/WindowCommit.h"

#include "core/storage/ChangeFeed.h"
#include "core/storage/OperatorRequestQueue.h"

#include "core/storage/AlertStateStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"
#include "core/storage/HistoryStore.h"

namespace earshot {

namespace {

// Retention is enforced at most once per hour of data time, inside a window's commit.
constexpr qint64 kPruneEverySecs = 3600;
const QString kLastPruneKey = QStringLiteral("history.last_prune");

QJsonObject decisionDetails(const Decision &d)
{
    QJsonObject o{{QLatin1StringView("severity"), severityKey(d.severity)},
                  {QLatin1StringView("queueId"), d.queueId},
                  {QLatin1StringView("queueName"), d.queueName},
                  {QLatin1StringView("episodeStart"), double(d.episodeStart)},
                  {QLatin1StringView("at"), double(d.at)},
                  {QLatin1StringView("pages"), d.pages}};
    if (d.reason != ResolveReason::None)
        o.insert(QLatin1StringView("reason"), resolveReasonKey(d.reason));
    if (!d.note.isEmpty())
        o.insert(QLatin1StringView("note"), d.note);
    if (!d.groupKey.isEmpty()) // paged through a storm group's incident
        o.insert(QLatin1StringView("group"), d.groupKey);
    if (!d.breaches.isEmpty()) // what breached and by how much, for the incident's timeline
        o.insert(QLatin1StringView("breaches"), breachesToJson(d.breaches));
    return o;
}

} // namespace

Status commitWindow(Database &database, const WindowRecord &r)
{
    return database.transaction([&]() -> Status {
        HistoryStore history(database);
        AlertStateStore state(database);
        AuditLog audit(database);
        EventOutbox outbox(database);
        if (Status s = history.store(r.samples); !s.ok())
            return s;
        for (const Decision &d : r.decisions) {
            if (Status s = state.applyDecision(d); !s.ok())
                return s;
            AuditEntry entry;
            entry.atMs = r.nowMs;
            entry.kind = QStringLiteral("decision.") + decisionKindKey(d.kind);
            entry.subject = d.dedupKey;
            entry.actor = d.actor.isEmpty() ? QStringLiteral("earshot") : d.actor;
            entry.outcome = d.pages                 ? QStringLiteral("paged")
                            : !d.groupKey.isEmpty() ? QStringLiteral("grouped")
                            : d.silenced            ? QStringLiteral("silenced")
                                                    : QStringLiteral("recorded");
            entry.details = decisionDetails(d);
            if (Status s = audit.append(entry); !s.ok())
                return s;
        }
        for (const AuditEntry &entry : r.audit) {
            if (Status s = audit.append(entry); !s.ok())
                return s;
        }
        for (const PendingEvent &e : r.events) {
            const auto id = outbox.enqueue(e.dedupKey, e.action, e.body, r.nowMs);
            if (!id.ok())
                return id.error();
        }
        if (r.engineChange) {
            if (Status s = state.saveEngineState(*r.engineChange); !s.ok())
                return s;
        }
        for (const auto &[key, value] : r.meta) {
            if (Status s = state.setMeta(key, value); !s.ok())
                return s;
        }
        if (r.settlesRequest > 0) {
            if (Status s = OperatorRequestQueue(database).settle(
                    r.settlesRequest, OperatorRequest::State::Done, QStringLiteral("ok"), r.nowMs);
                !s.ok())
                return s;
        }
        // The other consoles of a shared database read again once this commits.
        if (Status s = notifyChange(database, r.cursorWindowEnd > 0
                                                  ? QStringLiteral("window %1").arg(r.windowStart)
                                                  : QStringLiteral("action"));
            !s.ok())
            return s;
        if (r.cursorWindowEnd > 0) {
            if (Status s = state.setMeta(kCursorKey, QString::number(r.cursorWindowEnd)); !s.ok())
                return s;
            const auto last = state.meta(kLastPruneKey);
            if (!last.ok())
                return last.error();
            if (r.windowEnd - last.value().toLongLong() >= kPruneEverySecs) {
                const auto pruned = history.prune(r.windowEnd, r.retentionSecs);
                if (!pruned.ok())
                    return pruned.error();
                if (Status s = state.setMeta(kLastPruneKey, QString::number(r.windowEnd)); !s.ok())
                    return s;
            }
        }
        return success();
    });
}

} // namespace earshot
