#include "core/model/QualitySample.h"

#include <QJsonArray>
#include <QJsonValue>

namespace earshot {

std::optional<double> QualitySample::value(Metric m) const
{
    switch (m) {
    case Metric::Mos:
        return mosMean;
    case Metric::PacketLoss:
        return packetLossPercent;
    case Metric::Jitter:
        return jitterMs;
    case Metric::Latency:
        return latencyP95Ms;
    case Metric::JitterBufferDiscard:
        return jitterBufferDiscardPercent;
    }
    return std::nullopt;
}

namespace {

void put(QJsonObject &o, QLatin1StringView key, const std::optional<double> &v)
{
    if (v)
        o.insert(key, *v);
}

std::optional<double> take(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return v.toDouble();
}

} // namespace

QJsonObject QualitySample::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1StringView("queueId"), queueId);
    o.insert(QLatin1StringView("queueName"), queueName);
    o.insert(QLatin1StringView("windowStart"), windowStart);
    o.insert(QLatin1StringView("windowEnd"), windowEnd);
    o.insert(QLatin1StringView("calls"), calls);
    if (partial)
        o.insert(QLatin1StringView("partial"), true);
    put(o, QLatin1StringView("mosMean"), mosMean);
    put(o, QLatin1StringView("mosMin"), mosMin);
    put(o, QLatin1StringView("mosP10"), mosP10);
    put(o, QLatin1StringView("mosBelowWarningShare"), mosBelowWarningShare);
    put(o, QLatin1StringView("packetLossPercent"), packetLossPercent);
    put(o, QLatin1StringView("jitterMs"), jitterMs);
    put(o, QLatin1StringView("latencyMaxMs"), latencyMaxMs);
    put(o, QLatin1StringView("latencyP95Ms"), latencyP95Ms);
    put(o, QLatin1StringView("jitterBufferDiscardPercent"), jitterBufferDiscardPercent);
    QJsonArray worst;
    for (const WorstCall &w : worstCalls) {
        QJsonObject c;
        c.insert(QLatin1StringView("conversationId"), w.conversationId);
        put(c, QLatin1StringView("mos"), w.mos);
        put(c, QLatin1StringView("packetLossPercent"), w.packetLossPercent);
        worst.append(c);
    }
    if (!worst.isEmpty())
        o.insert(QLatin1StringView("worstCalls"), worst);
    return o;
}

QualitySample QualitySample::fromJson(const QJsonObject &o)
{
    QualitySample s;
    s.queueId = o.value(QLatin1StringView("queueId")).toString();
    s.queueName = o.value(QLatin1StringView("queueName")).toString();
    s.windowStart = qint64(o.value(QLatin1StringView("windowStart")).toDouble());
    s.windowEnd = qint64(o.value(QLatin1StringView("windowEnd")).toDouble());
    s.calls = o.value(QLatin1StringView("calls")).toInt();
    s.partial = o.value(QLatin1StringView("partial")).toBool();
    s.mosMean = take(o, QLatin1StringView("mosMean"));
    s.mosMin = take(o, QLatin1StringView("mosMin"));
    s.mosP10 = take(o, QLatin1StringView("mosP10"));
    s.mosBelowWarningShare = take(o, QLatin1StringView("mosBelowWarningShare"));
    s.packetLossPercent = take(o, QLatin1StringView("packetLossPercent"));
    s.jitterMs = take(o, QLatin1StringView("jitterMs"));
    s.latencyMaxMs = take(o, QLatin1StringView("latencyMaxMs"));
    s.latencyP95Ms = take(o, QLatin1StringView("latencyP95Ms"));
    s.jitterBufferDiscardPercent = take(o, QLatin1StringView("jitterBufferDiscardPercent"));
    const QJsonArray worst = o.value(QLatin1StringView("worstCalls")).toArray();
    for (const QJsonValue &v : worst) {
        const QJsonObject c = v.toObject();
        s.worstCalls.append(WorstCall{c.value(QLatin1StringView("conversationId")).toString(),
                                      take(c, QLatin1StringView("mos")),
                                      take(c, QLatin1StringView("packetLossPercent"))});
    }
    return s;
}

} // namespace earshot
