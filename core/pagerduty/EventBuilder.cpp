#include "core/pagerduty/EventBuilder.h"

#include "core/model/TimeWindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot {

namespace {

QJsonValue opt(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString metricTitle(Metric m)
{
    switch (m) {
    case Metric::Mos:
        return QStringLiteral("MOS");
    case Metric::PacketLoss:
        return QStringLiteral("packet loss");
    case Metric::Jitter:
        return QStringLiteral("jitter");
    case Metric::Latency:
        return QStringLiteral("latency");
    case Metric::JitterBufferDiscard:
        return QStringLiteral("jitter-buffer discard");
    }
    return {};
}

QString summaryFor(const Decision &d)
{
    const QString queue = d.queueName.isEmpty() ? d.queueId : d.queueName;
    QStringList parts;
    for (const Breach &b : d.breaches)
        parts.append(metricTitle(b.metric) + u' ' + QString::number(b.value, 'f', 2) +
                     metricUnit(b.metric));
    QString text = QStringLiteral("Voice quality degraded on ") + queue;
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    text += QStringLiteral(" (") + severityKey(d.severity) + u')';
    if (text.size() > kMaxSummaryChars) {
        text.truncate(kMaxSummaryChars - 1);
        if (text.back().isHighSurrogate()) // never split a character
            text.chop(1);
        text += QChar(0x2026);
    }
    return text;
}

} // namespace

std::optional<BuiltEvent> buildEvent(const Decision &d, const PagerDutySettings &settings)
{
    if (!d.pages)
        return std::nullopt;
    QJsonObject body{{QLatin1StringView("dedup_key"), d.dedupKey}};
    QString action;
    switch (d.kind) {
    case DecisionKind::Trigger:
    case DecisionKind::Escalate:
        action = QStringLiteral("trigger");
        break;
    case DecisionKind::Acknowledge:
        action = QStringLiteral("acknowledge");
        break;
    case DecisionKind::Resolve:
        action = QStringLiteral("resolve");
        break;
    case DecisionKind::Deescalate:
        return std::nullopt;
    }
    body.insert(QLatin1StringView("event_action"), action);
    if (action == QLatin1StringView("trigger")) {
        QJsonObject details{
            {QLatin1StringView("genesys_queue_id"), d.queueId},
            {QLatin1StringView("queue_name"), d.queueName},
            {QLatin1StringView("thresholds_breached"), breachesToJson(d.breaches)},
            {QLatin1StringView("episode_start"), isoUtc(d.episodeStart)},
        };
        QJsonArray worst;
        if (d.sample) {
            const QualitySample &s = *d.sample;
            details.insert(QLatin1StringView("mos_score"), opt(s.mosMean));
            details.insert(QLatin1StringView("mos_min"), opt(s.mosMin));
            details.insert(QLatin1StringView("packet_loss_percent"), opt(s.packetLossPercent));
            details.insert(QLatin1StringView("jitter_ms"), opt(s.jitterMs));
            details.insert(QLatin1StringView("latency_p95_ms"), opt(s.latencyP95Ms));
            details.insert(QLatin1StringView("time_window"),
                           isoInterval(s.windowStart, s.windowEnd));
            details.insert(QLatin1StringView("call_count"), s.calls);
            for (const WorstCall &w : s.worstCalls)
                worst.append(QJsonObject{
                    {QLatin1StringView("conversation_id"), w.conversationId},
                    {QLatin1StringView("mos"), opt(w.mos)},
                    {QLatin1StringView("packet_loss_percent"), opt(w.packetLossPercent)}});
            details.insert(QLatin1StringView("worst_conversations"), worst);
        }
        QJsonObject payload{{QLatin1StringView("summary"), summaryFor(d)},
                            {QLatin1StringView("source"), settings.source},
                            {QLatin1StringView("severity"), severityKey(d.severity)},
                            {QLatin1StringView("timestamp"), isoUtc(d.at)},
                            {QLatin1StringView("component"), settings.component},
                            {QLatin1StringView("class"), settings.eventClass},
                            {QLatin1StringView("custom_details"), details}};
        if (!settings.group.isEmpty())
            payload.insert(QLatin1StringView("group"), settings.group);
        body.insert(QLatin1StringView("payload"), payload);
        body.insert(QLatin1StringView("client"), settings.client);
        if (!settings.clientUrl.isEmpty())
            body.insert(QLatin1StringView("client_url"), settings.clientUrl);
        QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (bytes.size() > kMaxEventBytes - 1024) { // keep room for the routing key
            details.remove(QLatin1StringView("worst_conversations"));
            payload.insert(QLatin1StringView("custom_details"), details);
            body.insert(QLatin1StringView("payload"), payload);
        }
    }
    return BuiltEvent{action, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

QByteArray withRoutingKey(const QByteArray &body, const QString &routingKey)
{
    QJsonObject o = QJsonDocument::fromJson(body).object();
    o.insert(QLatin1StringView("routing_key"), routingKey);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace earshot
