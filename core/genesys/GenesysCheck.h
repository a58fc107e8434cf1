#pragma once

#include "core/model/QualitySample.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace earshot {

class Clock;
class GenesysStack;

// What `earshot --check-genesys` found: authenticate, list the queues, poll the latest
// complete window. On failure `error` says which step failed and why (never a secret).
struct GenesysCheckResult
{
    bool ok = false;
    bool authenticated = false;
    QString error;
    QList<QueueInfo> queues; // every queue the OAuth client can see
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    QList<QualitySample> samples; // queues with calls in the window
    QList<QueueInfo> quietQueues; // monitored queues without calls in the window
    QStringList problems;         // refused records, monitored ids that are not visible
};

// Runs the check on the stack's token cache, directory and source; `done` runs once
// (dropped if `context` is destroyed first).
void runGenesysCheck(GenesysStack &stack, Clock &clock, QObject *context,
                     std::function<void(const GenesysCheckResult &)> done);

// A table for people: the window, one line per queue, problems; or the failure reason.
[[nodiscard]] QString formatCheckTable(const GenesysCheckResult &result);
// A JSON array, one object per queue (samples, then quiet monitored queues), with exactly
// queueId, queueName, windowStart, windowEnd (ISO UTC), calls, mosMean, mosMin,
// packetLossPercent, jitterMs; a metric that was not measured is null.
[[nodiscard]] QByteArray formatCheckJson(const GenesysCheckResult &result);

} // namespace earshot
