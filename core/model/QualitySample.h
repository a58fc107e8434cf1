#pragma once

#include "core/model/Metric.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace earshot {

// One of the worst conversations of a queue-window, kept as incident context.
struct WorstCall
{
    QString conversationId;
    std::optional<double> mos;
    std::optional<double> packetLossPercent;

    friend bool operator==(const WorstCall &, const WorstCall &) = default;
};

// One queue over one data window. Times are UTC epoch seconds. A metric that was not
// measured is absent (nullopt), never zero: Genesys' details data has no jitter in ms,
// and a window without calls has no quality at all.
struct QualitySample
{
    QString queueId;
    QString queueName;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    int calls = 0;
    // Too many of the window's conversations were malformed and skipped (see
    // QualityAggregator::kMaxSkippedShare): what is left is not a sound sample. Shown, kept
    // in the history, and treated as no data by the alert engine (never raises, never
    // recovers).
    bool partial = false;

    std::optional<double> mosMean; // the value MOS thresholds compare with
    std::optional<double> mosMin;
    std::optional<double> mosP10;
    std::optional<double> mosBelowWarningShare; // 0..1, share of calls under the MOS warning line
    std::optional<double> packetLossPercent;
    std::optional<double> jitterMs;
    std::optional<double> latencyMaxMs;
    std::optional<double> latencyP95Ms; // the value latency thresholds compare with
    std::optional<double> jitterBufferDiscardPercent;

    QList<WorstCall> worstCalls;

    // The value thresholds for metric m compare with.
    [[nodiscard]] std::optional<double> value(Metric m) const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static QualitySample fromJson(const QJsonObject &json);

    friend bool operator==(const QualitySample &, const QualitySample &) = default;
};

struct QueueInfo
{
    QString id;
    QString name;

    friend bool operator==(const QueueInfo &, const QueueInfo &) = default;
};

} // namespace earshot
