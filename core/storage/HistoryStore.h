#pragma once

#include "core/common/Result.h"
#include "core/model/QualitySample.h"

#include <QList>

namespace earshot {

class Database;

// Quality history: one row per queue per window. Storing a window again replaces it.
// Absent metrics stay NULL — never 0.
class HistoryStore
{
public:
    explicit HistoryStore(Database &database);

    [[nodiscard]] Status store(const QList<QualitySample> &samples);
    [[nodiscard]] Result<QList<QualitySample>>
    range(const QString &queueId, qint64 fromSecs,
          qint64 toSecs) const; // [from, to), oldest first
    [[nodiscard]] Result<QList<QualitySample>> latestPerQueue() const;
    [[nodiscard]] Result<QList<QueueInfo>> queues() const;
    // Deletes windows that ended before nowSecs - retentionSecs; returns rows deleted.
    [[nodiscard]] Result<int> prune(qint64 nowSecs, qint64 retentionSecs);

private:
    Database &m_database;
};

} // namespace earshot
