#include "EngineScript.h"

namespace earshot::test {

W mos(double v)
{
    return W{v, std::nullopt, 20};
}

W loss(double v)
{
    return W{4.2, v, 20};
}

W idle()
{
    return W{std::nullopt, std::nullopt, 0};
}

QualitySample sampleFor(const QString &queueId, int windowIndex, const W &w)
{
    QualitySample s;
    s.queueId = queueId;
    s.queueName = QStringLiteral("Queue ") + queueId;
    s.windowStart = windowStartOf(windowIndex);
    s.windowEnd = s.windowStart + kWindow;
    s.calls = w.calls;
    if (w.calls > 0) {
        s.mosMean = w.mos;
        s.packetLossPercent = w.loss;
    }
    return s;
}

QList<Decision> feed(AlertEngine &engine, int windowIndex, const QList<QualitySample> &samples)
{
    const qint64 start = windowStartOf(windowIndex);
    return engine.evaluateWindow(start, start + kWindow, samples);
}

QString describe(const Decision &d, int windowIndex)
{
    QString text = QString::number(windowIndex) + u':' + decisionKindKey(d.kind) + u':' +
                   severityKey(d.severity);
    if (d.pages)
        text += QStringLiteral(":p");
    return text;
}

QStringList describeAll(const QList<Decision> &decisions, int windowIndex)
{
    QStringList out;
    for (const Decision &d : decisions)
        out.append(describe(d, windowIndex));
    return out;
}

QStringList run(AlertEngine &engine, const QString &queueId, const QList<W> &windows,
                int firstIndex)
{
    QStringList out;
    for (int i = 0; i < windows.size(); ++i) {
        const int index = firstIndex + i;
        out += describeAll(feed(engine, index, {sampleFor(queueId, index, windows[i])}), index);
    }
    return out;
}

} // namespace earshot::test
