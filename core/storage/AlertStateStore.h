#pragma once

#include "core/alerting/Decision.h"
#include "core/alerting/EngineStateRecord.h"
#include "core/common/Result.h"
#include "core/model/Metric.h"
#include "core/storage/EventOutbox.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace earshot {

class Database;

// One episode as stored: what the incidents view shows.
struct StoredEpisode
{
    QString dedupKey;
    QString queueId;
    QString queueName;
    Severity severity = Severity::None;
    qint64 startedAt = 0;
    qint64 lastChange = 0;
    bool open = true;
    bool paged = false;
    QString acknowledgedBy;
    qint64 acknowledgedAt = 0;
    QString acknowledgeNote;
    qint64 resolvedAt = 0;
    QString resolvedBy;
    ResolveReason resolveReason = ResolveReason::None;
    QString resolveNote;
};

// An episode with the PagerDuty events of its dedup key, oldest first (bodies left out).
struct StoredIncident
{
    StoredEpisode episode;
    QList<OutboxEvent> events;
};

// The alert engine's state (restored on start, so an episode opened before a restart is
// still escalated and resolved after it), the episodes table, and small key/value state
// such as the poller's cursor.
class AlertStateStore
{
public:
    explicit AlertStateStore(Database &database);

    // Through EngineStateRows: only what `change` holds is written.
    [[nodiscard]] Status saveEngineState(const EngineStateChange &change);
    [[nodiscard]] Result<EngineStateRecord> engineState() const; // empty when none saved

    [[nodiscard]] Status applyDecision(const Decision &decision);
    // The newest `limit` episodes (open first, then newest first) with their events, read in
    // one query.
    [[nodiscard]] Result<QList<StoredIncident>> incidents(int limit) const;
    [[nodiscard]] Result<std::optional<StoredEpisode>> episode(const QString &dedupKey) const;

    [[nodiscard]] Status setMeta(const QString &key, const QString &value);
    [[nodiscard]] Result<QString> meta(const QString &key) const; // empty when unset

private:
    Database &m_database;
};

} // namespace earshot
