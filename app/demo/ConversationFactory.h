#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace earshot {

// One simulated voice call, as the fake Genesys Cloud serves it.
struct SimulatedCall
{
    QString conversationId;
    qint64 startSecs = 0;
    int durationSecs = 240;
    QStringList queueIds;
    std::optional<double> mos;
    qint64 receivedPackets = 12'000;
    qint64 discardedPackets = 0;
    qint64 invalidPackets = 0;
    qint64 overrunPackets = 0;
    qint64 underrunPackets = 0;
    std::optional<double> maxLatencyMs;
};

struct QueueLoad
{
    QString queueId;
    int calls = 0;
    double mosMean = 4.2;
    double mosSpread = 0.15;
    double lossPercent = 0.2;
    double latencyMs = 70.0;
};

// A realistic inbound call record of the details query (customer, IVR, ACD and agent
// participants, sessions, segments, metrics, several endpoint stats), compact, 5-10 KB,
// with zero counters omitted as Genesys omits them.
[[nodiscard]] QByteArray conversationJson(const SimulatedCall &call);
[[nodiscard]] QByteArray detailsPageJson(const QList<SimulatedCall> &calls, qint64 totalHits);
// Deterministic calls for one window from a seed.
[[nodiscard]] QList<SimulatedCall> generateWindow(quint32 seed, qint64 windowStart, int windowSecs,
                                                  const QList<QueueLoad> &queues);

} // namespace earshot
