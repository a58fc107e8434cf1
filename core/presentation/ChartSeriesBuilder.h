#pragma once

#include "core/alerting/AlertPolicy.h"
#include "core/model/Metric.h"
#include "core/model/QualitySample.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <array>
#include <optional>

namespace earshot {

// The points of one metric, split into segments: a missing window, a window under the
// minimum call volume or an absent value ends a segment. A gap is never drawn as zero.
// x is milliseconds since the epoch (UTC) at the middle of the window, y the value.
struct MetricSeries
{
    QList<QList<QPointF>> segments;
    int pointCount = 0;
    std::optional<double> minValue;
    std::optional<double> maxValue;

    [[nodiscard]] bool hasValues() const;
};

// A metric's threshold lines under a queue's effective policy.
struct ThresholdLine
{
    bool enabled = false;
    double warning = 0.0;
    double critical = 0.0;

    friend bool operator==(const ThresholdLine &, const ThresholdLine &) = default;
};

struct QueueChartSeries
{
    QString queueId;
    QString queueName;
    qint64 fromSecs = 0;
    qint64 toSecs = 0;
    std::array<MetricSeries, kMetricCount> metrics{};
    std::array<ThresholdLine, kMetricCount> thresholds{};

    [[nodiscard]] const MetricSeries &operator[](Metric m) const;
};

class ChartSeriesBuilder
{
public:
    // samples: one queue's windows (any order; duplicates of a window count once). Only
    // windows that lie within [fromSecs, toSecs] are used; toSecs <= 0 means no upper bound.
    [[nodiscard]] static QueueChartSeries build(const QString &queueId,
                                                const QList<QualitySample> &samples,
                                                const AlertPolicy &policy, qint64 fromSecs,
                                                qint64 toSecs);

    [[nodiscard]] static std::array<ThresholdLine, kMetricCount>
    thresholdLines(const AlertPolicy &policy, const QString &queueId);

    // Where a window's point sits on the time axis (ms since the epoch).
    [[nodiscard]] static double pointX(const QualitySample &sample);
};

} // namespace earshot
