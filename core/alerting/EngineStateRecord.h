#pragma once

// The alert engine's state as typed values: what storage keeps between runs, and what one
// window changed. Saving and comparing it needs no JSON, so a window of 10,000 queues costs
// a copy and a comparison per queue.

#include "core/alerting/AlertEngine.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace earshot {

// One queue's saved state (AlertEngine::State without the policy cache).
struct QueueStateRecord
{
    QString queueId;
    QString queueName;
    std::optional<qint64> newestWindowStart; // nullopt: never evaluated
    qint64 lastDataEnd = 0;                  // end of the last window with data (0: never)
    int breachRun = 0;
    qint64 breachRunStart = 0;
    int healthyRun = 0;
    int lowerRun = 0;
    bool suppressed = false;
    std::optional<Episode> episode; // the open episode, filed under this queue

    friend bool operator==(const QueueStateRecord &, const QueueStateRecord &) = default;
};

// Everything but the queues: small, and stored as one value.
struct EngineStateHead
{
    std::optional<qint64> newestWindowEnd; // nullopt: no window evaluated yet
    QList<Silence> silences;

    friend bool operator==(const EngineStateHead &, const EngineStateHead &) = default;
};

// The whole state; queues in the engine's order (the order they were first seen).
struct EngineStateRecord
{
    EngineStateHead head;
    std::vector<QueueStateRecord> queues;

    friend bool operator==(const EngineStateRecord &, const EngineStateRecord &) = default;
};

// What changed between two states of one engine: the head when it differs, and the queues
// whose state differs (or that are new), each with its place in the order. `whole` means
// `queues` is every queue: the stored state is replaced rather than updated.
struct EngineStateChange
{
    struct Queue
    {
        int position = 0;
        QueueStateRecord state;

        friend bool operator==(const Queue &, const Queue &) = default;
    };

    bool whole = false;
    // Set when the head or the number of queues changed, and always when whole.
    std::optional<EngineStateHead> head;
    std::vector<Queue> queues;
    int queueCount = 0; // queues in the engine after the change
};

// The state as the engine's JSON form (AlertEngine::saveState) and back. The reader is
// strict: a value missing, of the wrong type or out of range is an ErrorKind::EngineState Error;
// the rules between values (unique queue ids, an episode's key and severity) are checked
// by AlertEngine::restoreStateRecord. An empty object is a fresh engine's state.
[[nodiscard]] QJsonObject engineStateToJson(const EngineStateRecord &state);
[[nodiscard]] Result<EngineStateRecord> engineStateFromJson(const QJsonObject &json);

// The ErrorKind::EngineState Error of a saved value that is missing, of the wrong type or out of
// range, naming it.
[[nodiscard]] Error damagedStateError(const QString &key);

// The strict reader of a lastBreaches array, for storage that keeps it as JSON.
[[nodiscard]] Result<QList<Breach>> breachesFromJson(const QJsonArray &json);

} // namespace earshot
