#include "SampleFactory.h"

namespace earshot::test {

Win healthy()
{
    return Win{};
}

Win mos(double v)
{
    Win w;
    w.mos = v;
    return w;
}

Win loss(double v)
{
    Win w;
    w.loss = v;
    return w;
}

Win quiet()
{
    Win w;
    w.calls = 0;
    w.mos.reset();
    w.loss.reset();
    w.latency.reset();
    return w;
}

QualitySample sampleAt(const QString &queueId, int windowIndex, const Win &w)
{
    QualitySample s;
    s.queueId = queueId;
    s.queueName = QStringLiteral("Queue ") + queueId;
    s.windowStart = kT0 + qint64(windowIndex) * kWindow;
    s.windowEnd = s.windowStart + kWindow;
    s.calls = w.calls;
    s.mosMean = w.mos;
    s.packetLossPercent = w.loss;
    s.jitterMs = w.jitter;
    s.latencyP95Ms = w.latency;
    return s;
}

QList<QualitySample> history(const QString &queueId, const QList<Win> &windows,
                             const QList<int> &missing)
{
    QList<QualitySample> out;
    for (int i = 0; i < int(windows.size()); ++i) {
        if (!missing.contains(i))
            out.append(sampleAt(queueId, i, windows[i]));
    }
    return out;
}

} // namespace earshot::test
