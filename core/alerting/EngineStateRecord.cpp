#include "core/alerting/EngineStateRecord.h"

#include "core/alerting/EngineState.h"

#include <limits>

namespace earshot {

namespace {

constexpr qint64 kNeverEvaluated = std::numeric_limits<qint64>::min();

QueueStateRecord queueRecordOf(const QueueAlertState &q)
{
    QueueStateRecord r;
    r.queueId = q.queueId;
    r.queueName = q.queueName;
    if (q.newestWindowStart != kNeverEvaluated)
        r.newestWindowStart = q.newestWindowStart;
    r.lastDataEnd = q.lastDataEnd;
    r.breachRun = q.breachRun;
    r.breachRunStart = q.breachRunStart;
    r.healthyRun = q.healthyRun;
    r.lowerRun = q.lowerRun;
    r.suppressed = q.suppressed;
    if (q.hasEpisode)
        r.episode = q.episode;
    return r;
}

// Field by field, so the unchanged queues of a window are never copied.
bool sameAsRecord(const QueueAlertState &q, const QueueStateRecord &r)
{
    const qint64 newest = r.newestWindowStart ? *r.newestWindowStart : kNeverEvaluated;
    return q.newestWindowStart == newest && q.lastDataEnd == r.lastDataEnd &&
           q.breachRun == r.breachRun && q.breachRunStart == r.breachRunStart &&
           q.healthyRun == r.healthyRun && q.lowerRun == r.lowerRun &&
           q.suppressed == r.suppressed && q.hasEpisode == r.episode.has_value() &&
           (!q.hasEpisode || q.episode == *r.episode) && q.queueId == r.queueId &&
           q.queueName == r.queueName;
}

EngineStateHead headOf(const AlertEngine::State &s)
{
    EngineStateHead head;
    if (s.newestWindowEnd != kNeverEvaluated)
        head.newestWindowEnd = s.newestWindowEnd;
    head.silences = s.silences;
    return head;
}

} // namespace

EngineStateRecord recordOfState(const AlertEngine::State &s)
{
    EngineStateRecord record;
    record.head = headOf(s);
    record.queues.reserve(s.queues.size());
    for (const QueueAlertState &q : s.queues)
        record.queues.push_back(queueRecordOf(q));
    return record;
}

Status stateFromRecord(EngineStateRecord record, AlertEngine::State *s)
{
    s->newestWindowEnd = record.head.newestWindowEnd.value_or(kNeverEvaluated);
    s->silences = std::move(record.head.silences);
    s->queues.reserve(record.queues.size());
    s->index.reserve(qsizetype(record.queues.size()));
    for (QueueStateRecord &r : record.queues) {
        if (r.queueId.isEmpty() || s->index.contains(r.queueId))
            return damagedStateError(QStringLiteral("queueId"));
        if (r.breachRun < 0)
            return damagedStateError(QStringLiteral("breachRun"));
        if (r.healthyRun < 0)
            return damagedStateError(QStringLiteral("healthyRun"));
        if (r.lowerRun < 0)
            return damagedStateError(QStringLiteral("lowerRun"));
        QueueAlertState &q = s->queue(r.queueId);
        q.queueName = std::move(r.queueName);
        q.newestWindowStart = r.newestWindowStart.value_or(kNeverEvaluated);
        q.lastDataEnd = r.lastDataEnd;
        q.breachRun = r.breachRun;
        q.breachRunStart = r.breachRunStart;
        q.healthyRun = r.healthyRun;
        q.lowerRun = r.lowerRun;
        q.suppressed = r.suppressed;
        if (r.episode) {
            // An episode filed under another queue, without a key or without a severity
            // could never be acknowledged, resolved or paged correctly.
            if (r.episode->queueId != q.queueId)
                return damagedStateError(QStringLiteral("episode.queueId"));
            if (r.episode->dedupKey.isEmpty())
                return damagedStateError(QStringLiteral("episode.dedupKey"));
            if (r.episode->severity == Severity::None)
                return damagedStateError(QStringLiteral("episode.severity"));
            q.episode = std::move(*r.episode);
            q.hasEpisode = true;
            ++s->openCount;
        }
    }
    return success();
}

EngineStateChange changesOfState(const AlertEngine::State &s, const EngineStateRecord *before)
{
    EngineStateChange change;
    change.queueCount = int(s.queues.size());
    // The head also carries how many queues there are: a late window can add a queue
    // without moving the newest window.
    EngineStateHead head = headOf(s);
    if (!before || head != before->head || s.queues.size() != before->queues.size())
        change.head = std::move(head);
    change.whole = before == nullptr;
    for (std::size_t i = 0; i < s.queues.size(); ++i) {
        const QueueAlertState &q = s.queues[i];
        if (before && i < before->queues.size() && sameAsRecord(q, before->queues[i]))
            continue;
        change.queues.push_back(EngineStateChange::Queue{int(i), queueRecordOf(q)});
    }
    return change;
}

} // namespace earshot
