#include "core/alerting/BreachAssessment.h"

#include <algorithm>

namespace earshot {

BreachAssessment assessSample(const QualitySample &sample, const Thresholds &thresholds)
{
    BreachAssessment a;
    for (Metric m : kAllMetrics) {
        const MetricThreshold &t = thresholds[m];
        if (!t.enabled)
            continue;
        const std::optional<double> v = sample.value(m);
        if (!v)
            continue;
        const bool low = lowerIsWorse(m);
        Severity level = Severity::None;
        if (low ? *v < t.critical : *v > t.critical)
            level = Severity::Critical;
        else if (low ? *v < t.warning : *v > t.warning)
            level = Severity::Warning;
        a.levels[std::size_t(metricIndex(m))] = level;
        a.severity = std::max(a.severity, level);
    }
    return a;
}

void breachesOf(const BreachAssessment &assessment, const QualitySample &sample,
                const Thresholds &thresholds, QList<Breach> *target)
{
    qsizetype n = 0;
    for (Metric m : kAllMetrics) {
        const Severity level = assessment.levels[std::size_t(metricIndex(m))];
        if (level == Severity::None)
            continue;
        const MetricThreshold &t = thresholds[m];
        const Breach b{m, level, sample.value(m).value_or(0.0),
                       level == Severity::Critical ? t.critical : t.warning};
        if (n < target->size())
            (*target)[n] = b;
        else
            target->append(b);
        ++n;
    }
    target->resize(n);
}

} // namespace earshot
