#pragma once

#include "core/model/Metric.h"
#include "core/model/QualitySample.h"
#include "core/status/MonitorTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace earshot {

// One monitored queue as the metrics show it.
struct QueueMetrics
{
    enum class Episode
    {
        None,
        Open,
        Acknowledged
    };

    QString id;
    QString name;
    std::optional<QualitySample> latest; // the newest stored window; none before the first
    Episode episode = Episode::None;
    Severity severity = Severity::None; // of the open episode
};

// Everything the metrics endpoint serves, as plain values (openMetricsText renders it).
struct MetricsSnapshot
{
    QString version;
    QList<QueueMetrics> queues;
    PollerStatus::State pollerState = PollerStatus::State::Idle;
    qint64 lastSuccessfulPollMs = 0; // 0: no successful poll yet
    DeliveryStatus::State deliveryState = DeliveryStatus::State::Idle;
    DeliveryStatus::Problem deliveryProblem = DeliveryStatus::Problem::None;
    int outboxBacklog = 0; // events waiting for PagerDuty
    int outboxFailed = 0;  // events PagerDuty finally refused
    bool databaseWritable = true;
};

} // namespace earshot
