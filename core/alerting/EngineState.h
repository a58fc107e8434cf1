#pragma once

// Internal to core/alerting: the engine's state, shared by AlertEngine.cpp (the rules) and
// EngineStateRecord.cpp (save/restore as typed values). Not part of the public API.

#include "core/alerting/AlertEngine.h"
#include "core/alerting/EngineStateRecord.h"

#include <QHash>
#include <QList>

#include <limits>
#include <vector>

namespace earshot {

struct QueueAlertState
{
    QString queueId;
    QString queueName;
    qint64 newestWindowStart = std::numeric_limits<qint64>::min(); // min: never evaluated
    qint64 lastDataEnd = 0; // end of the last window with data (0: never)
    int breachRun = 0;      // consecutive breaching data windows, while no episode is open
    qint64 breachRunStart = 0;
    int healthyRun = 0;      // consecutive healthy data windows
    int lowerRun = 0;        // consecutive warning-level windows of a critical episode
    bool suppressed = false; // after a manual resolve, until healthy for M windows
    bool hasEpisode = false;
    Episode episode;

    // Cache of the effective policy for this queue, refreshed when the policy changes.
    quint64 policyGeneration = 0;
    EffectivePolicy effective;
};

struct AlertEngine::State
{
    AlertPolicy policy;
    quint64 policyGeneration = 1;
    std::vector<QueueAlertState> queues;
    QHash<QString, int> index; // queue id -> position in queues
    QList<Silence> silences;
    qint64 newestWindowEnd = std::numeric_limits<qint64>::min();
    int openCount = 0;

    QueueAlertState &queue(const QString &queueId);
};

// save/restore as typed values (EngineStateRecord.cpp)
[[nodiscard]] EngineStateRecord recordOfState(const AlertEngine::State &state);
// Checks the rules between values (unique, non-empty queue ids; an episode filed under its
// own queue, with a key and a severity) and fills an empty `state`.
[[nodiscard]] Status stateFromRecord(EngineStateRecord record, AlertEngine::State *state);
[[nodiscard]] EngineStateChange changesOfState(const AlertEngine::State &state,
                                               const EngineStateRecord *before);

} // namespace earshot
