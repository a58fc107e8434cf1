#include "core/presentation/WindowAssessment.h"

#include "core/alerting/AlertEngine.h"

#include <algorithm>

namespace earshot {

WindowAssessment assessWindow(const QualitySample &sample, const AlertPolicy &policy)
{
    WindowAssessment result;
    const EffectivePolicy effective = policy.effectiveFor(sample.queueId);
    if (sample.calls < std::max(1, effective.thresholds.minCalls) || sample.partial)
        return result;
    result.hasData = true;

    // A one-window policy: the same comparisons, no hysteresis, no overrides left to apply.
    AlertPolicy single;
    single.global = effective.thresholds;
    single.raiseAfterWindows = 1;
    single.clearAfterWindows = 1;
    AlertEngine engine(single);
    QualitySample probe = sample;
    if (probe.queueId.isEmpty())
        probe.queueId = QStringLiteral("queue"); // the engine ignores samples without an id
    const QList<Decision> decisions =
        engine.evaluateWindow(probe.windowStart, probe.windowEnd, {probe});
    for (const Decision &d : decisions) {
        if (d.kind == DecisionKind::Trigger) {
            result.severity = d.severity;
            result.breaches = d.breaches;
        }
    }
    return result;
}

} // namespace earshot
