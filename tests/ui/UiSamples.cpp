#include "UiSamples.h"

#include <cmath>

namespace earshot::test {

QualitySample window(const QString &queueId, qint64 windowStart, double mos, int calls)
{
    QualitySample s;
    s.queueId = queueId;
    s.queueName = QStringLiteral("Queue ") + queueId;
    s.windowStart = windowStart;
    s.windowEnd = windowStart + kWindow;
    s.calls = calls;
    if (calls > 0) {
        s.mosMean = mos;
        s.packetLossPercent = mos < 3.5 ? 2.4 : 0.3;
        s.latencyP95Ms = 90.0;
    }
    return s;
}

QList<QualitySample> queueHistory(const QString &queueId, int windows, int dipStart, int quietEvery,
                                  qint64 firstWindowStart)
{
    QList<QualitySample> out;
    out.reserve(windows);
    for (int i = 0; i < windows; ++i) {
        const bool dip = dipStart >= 0 && i >= dipStart && i < dipStart + 3;
        const bool quiet = quietEvery > 0 && i % quietEvery == quietEvery - 1;
        // A gentle wave so lines are not flat.
        const double mos = dip ? 3.2 : 4.2 + 0.1 * std::sin(double(i) / 7.0);
        out.append(window(queueId, firstWindowStart + qint64(i) * kWindow, mos, quiet ? 0 : 20));
    }
    return out;
}

IncidentRow incidentRow(const QString &key, const QString &queueId, IncidentRow::State state,
                        Severity severity)
{
    IncidentRow r;
    r.dedupKey = key;
    r.queueId = queueId;
    r.queueName = QStringLiteral("Queue ") + queueId;
    r.severity = severity;
    r.state = state;
    r.startedAt = kT0;
    r.paged = true;
    if (state == IncidentRow::State::Resolved)
        r.resolvedAt = kT0 + 1800;
    return r;
}

} // namespace earshot::test
