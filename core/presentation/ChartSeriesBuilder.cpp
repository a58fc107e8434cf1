#include "core/presentation/ChartSeriesBuilder.h"

#include <algorithm>

namespace earshot {

bool MetricSeries::hasValues() const
{
    return pointCount > 0;
}

const MetricSeries &QueueChartSeries::operator[](Metric m) const
{
    return metrics[std::size_t(metricIndex(m))];
}

std::array<ThresholdLine, kMetricCount>
ChartSeriesBuilder::thresholdLines(const AlertPolicy &policy, const QString &queueId)
{
    const EffectivePolicy effective = policy.effectiveFor(queueId);
    std::array<ThresholdLine, kMetricCount> lines{};
    for (Metric m : kAllMetrics) {
        const MetricThreshold &t = effective.thresholds[m];
        lines[std::size_t(metricIndex(m))] = ThresholdLine{t.enabled, t.warning, t.critical};
    }
    return lines;
}

double ChartSeriesBuilder::pointX(const QualitySample &sample)
{
    return double(sample.windowStart) * 1000.0 +
           double(sample.windowEnd - sample.windowStart) * 500.0;
}

QueueChartSeries ChartSeriesBuilder::build(const QString &queueId,
                                           const QList<QualitySample> &samples,
                                           const AlertPolicy &policy, qint64 fromSecs,
                                           qint64 toSecs)
{
    QueueChartSeries out;
    out.queueId = queueId;
    out.fromSecs = fromSecs;
    out.toSecs = toSecs;
    out.thresholds = thresholdLines(policy, queueId);
    const int minCalls = std::max(1, policy.effectiveFor(queueId).thresholds.minCalls);

    QList<const QualitySample *> windows;
    windows.reserve(samples.size());
    for (const QualitySample &s : samples) {
        if (s.queueId != queueId || s.windowEnd <= s.windowStart)
            continue;
        if (s.windowStart < fromSecs || (toSecs > 0 && s.windowEnd > toSecs))
            continue;
        windows.append(&s);
    }
    std::stable_sort(windows.begin(), windows.end(),
                     [](const QualitySample *a, const QualitySample *b) {
                         return a->windowStart < b->windowStart;
                     });

    std::array<bool, kMetricCount> open{}; // whether the metric's last segment may continue
    qint64 previousEnd = 0;
    qint64 previousStart = 0;
    bool first = true;
    for (const QualitySample *s : std::as_const(windows)) {
        if (!first && s->windowStart == previousStart)
            continue; // the same window twice: the first one counts
        if (!s->queueName.isEmpty())
            out.queueName = s->queueName;
        // A window that does not follow on from the previous one means windows are missing.
        const bool contiguous = !first && s->windowStart == previousEnd;
        first = false;
        previousStart = s->windowStart;
        previousEnd = s->windowEnd;
        const bool hasData = s->calls >= minCalls;
        const double x = pointX(*s);
        for (Metric m : kAllMetrics) {
            const std::size_t i = std::size_t(metricIndex(m));
            const std::optional<double> v = hasData ? s->value(m) : std::nullopt;
            if (!v) {
                open[i] = false;
                continue;
            }
            MetricSeries &series = out.metrics[i];
            if (!open[i] || !contiguous)
                series.segments.append(QList<QPointF>{});
            series.segments.last().append(QPointF(x, *v));
            open[i] = true;
            ++series.pointCount;
            series.minValue = series.minValue ? std::min(*series.minValue, *v) : *v;
            series.maxValue = series.maxValue ? std::max(*series.maxValue, *v) : *v;
        }
    }
    if (out.queueName.isEmpty())
        out.queueName = queueId;
    return out;
}

} // namespace earshot
