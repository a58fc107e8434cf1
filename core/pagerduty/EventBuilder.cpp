#include "core/pagerduty/EventBuilder.h"

#include "core/model/TimeWindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot {

namespace {

// Room left for "routing_key":"<32 chars>" and its punctuation, added at send time.
constexpr int kRoutingKeyReserve = 1024;
// Strings from the data (queue names and ids) are cut to this when an event would
// otherwise exceed PagerDuty's size limit; real ones are far shorter.
constexpr int kMaxDataStringChars = 1024;

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// At most maxChars UTF-16 units, never splitting a surrogate pair, ending with an
// ellipsis when anything was cut.
QString truncated(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    QString cut = text.left(maxChars - 1);
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut + QChar(0x2026);
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

// PagerDuty knows critical/error/warning/info. A trigger must page: a decision without a
// level still goes out as a warning instead of being refused as an invalid event.
QString pagerDutySeverity(Severity s)
{
    return s == Severity::Critical ? QStringLiteral("critical") : QStringLiteral("warning");
}

// "Voice quality degraded on Sales: MOS 2.45, packet loss 3.20% (critical)"
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
    text += QStringLiteral(" (") + pagerDutySeverity(d.severity) + u')';
    return truncated(text, kMaxSummaryChars);
}

QJsonArray worstConversations(const QualitySample &s)
{
    QJsonArray worst;
    for (const WorstCall &w : s.worstCalls)
        worst.append(
            QJsonObject{{QLatin1StringView("conversation_id"), w.conversationId},
                        {QLatin1StringView("mos"), orNull(w.mos)},
                        {QLatin1StringView("packet_loss_percent"), orNull(w.packetLossPercent)}});
    return worst;
}

// Every metric key is always there: a value that was not measured is null, so a responder
// reads "no jitter data" instead of a missing field or an invented zero.
QJsonObject customDetails(const Decision &d)
{
    const std::optional<QualitySample> &s = d.sample;
    const auto metric = [&s](std::optional<double> QualitySample::*field) {
        return s ? orNull((*s).*field) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QLatin1StringView("mos_score"), metric(&QualitySample::mosMean)},
        {QLatin1StringView("mos_min"), metric(&QualitySample::mosMin)},
        {QLatin1StringView("packet_loss_percent"), metric(&QualitySample::packetLossPercent)},
        {QLatin1StringView("jitter_ms"), metric(&QualitySample::jitterMs)},
        {QLatin1StringView("latency_p95_ms"), metric(&QualitySample::latencyP95Ms)},
        {QLatin1StringView("time_window"),
         s ? QJsonValue(isoInterval(s->windowStart, s->windowEnd)) : QJsonValue()},
        {QLatin1StringView("genesys_queue_id"), d.queueId},
        {QLatin1StringView("queue_name"), d.queueName},
        {QLatin1StringView("call_count"), s ? QJsonValue(s->calls) : QJsonValue()},
        {QLatin1StringView("thresholds_breached"), breachesToJson(d.breaches)},
        {QLatin1StringView("worst_conversations"), s ? worstConversations(*s) : QJsonArray()},
        {QLatin1StringView("episode_start"), isoUtc(d.episodeStart)},
    };
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject triggerBody(const Decision &d, const PagerDutySettings &settings,
                        const QJsonObject &details)
{
    // When the degraded window ended, not when Earshot noticed.
    const qint64 when = d.sample && d.sample->windowEnd > 0 ? d.sample->windowEnd : d.at;
    QJsonObject payload{{QLatin1StringView("summary"), summaryFor(d)},
                        {QLatin1StringView("source"), settings.source},
                        {QLatin1StringView("severity"), pagerDutySeverity(d.severity)},
                        {QLatin1StringView("timestamp"), isoUtc(when)},
                        {QLatin1StringView("component"), settings.component},
                        {QLatin1StringView("class"), settings.eventClass},
                        {QLatin1StringView("custom_details"), details}};
    if (!settings.group.isEmpty())
        payload.insert(QLatin1StringView("group"), settings.group);
    QJsonObject body{{QLatin1StringView("event_action"), QStringLiteral("trigger")},
                     {QLatin1StringView("dedup_key"), d.dedupKey},
                     {QLatin1StringView("payload"), payload},
                     {QLatin1StringView("client"), settings.client}};
    if (!settings.clientUrl.isEmpty())
        body.insert(QLatin1StringView("client_url"), settings.clientUrl);
    return body;
}

// PagerDuty refuses events of 512 KB or more. The worst conversations are context, not
// the alert: they go first; then over-long strings from the data are cut.
QByteArray fittedTrigger(const Decision &d, const PagerDutySettings &settings)
{
    constexpr int limit = kMaxEventBytes - kRoutingKeyReserve;
    QJsonObject details = customDetails(d);
    QByteArray bytes = compact(triggerBody(d, settings, details));
    if (bytes.size() < limit)
        return bytes;
    details.insert(QLatin1StringView("worst_conversations"), QJsonArray());
    bytes = compact(triggerBody(d, settings, details));
    if (bytes.size() < limit)
        return bytes;
    details.insert(QLatin1StringView("queue_name"), truncated(d.queueName, kMaxDataStringChars));
    details.insert(QLatin1StringView("genesys_queue_id"),
                   truncated(d.queueId, kMaxDataStringChars));
    return compact(triggerBody(d, settings, details));
}

} // namespace

std::optional<BuiltEvent> buildEvent(const Decision &d, const PagerDutySettings &settings)
{
    if (!d.pages)
        return std::nullopt;
    switch (d.kind) {
    case DecisionKind::Trigger:
    case DecisionKind::Escalate:
        // An escalation re-triggers the same dedup_key: PagerDuty updates the open alert
        // with the new severity instead of opening a second one.
        return BuiltEvent{QStringLiteral("trigger"), fittedTrigger(d, settings)};
    case DecisionKind::Acknowledge:
    case DecisionKind::Resolve: {
        const QString action = d.kind == DecisionKind::Acknowledge ? QStringLiteral("acknowledge")
                                                                   : QStringLiteral("resolve");
        const QJsonObject body{{QLatin1StringView("event_action"), action},
                               {QLatin1StringView("dedup_key"), d.dedupKey}};
        return BuiltEvent{action, compact(body)};
    }
    case DecisionKind::Deescalate:
        return std::nullopt; // recorded by the engine, never paged
    }
    return std::nullopt;
}

namespace {

QJsonObject stormMemberJson(const StormMember &m)
{
    QJsonObject o{
        {QLatin1StringView("queue_name"), truncated(m.queueName, kMaxDataStringChars)},
        {QLatin1StringView("genesys_queue_id"), truncated(m.queueId, kMaxDataStringChars)},
        {QLatin1StringView("severity"), severityKey(m.severity)},
        {QLatin1StringView("dedup_key"), m.dedupKey},
        {QLatin1StringView("joined_at"), isoUtc(m.joinedAt)},
        {QLatin1StringView("recovered"), m.recovered}};
    // The member's worst breach first: "metric" and "value" say at a glance what went.
    if (!m.breaches.isEmpty()) {
        const Breach *worst = &m.breaches.front();
        for (const Breach &b : m.breaches) {
            if (b.level > worst->level)
                worst = &b;
        }
        o.insert(QLatin1StringView("metric"), metricKey(worst->metric));
        o.insert(QLatin1StringView("value"), worst->value);
        o.insert(QLatin1StringView("thresholds_breached"), breachesToJson(m.breaches));
    }
    return o;
}

// "12 queues degraded: MOS, packet loss; likely shared cause"
QString stormSummary(const StormGroup &g)
{
    QStringList metrics;
    for (const Metric m : g.metrics())
        metrics.append(metricTitle(m));
    QString text = QString::number(g.members.size()) + QStringLiteral(" queues degraded");
    if (!metrics.isEmpty())
        text += QStringLiteral(": ") + metrics.join(QStringLiteral(", "));
    return truncated(text + QStringLiteral("; likely shared cause"), kMaxSummaryChars);
}

QByteArray stormTrigger(const StormDecision &d, const PagerDutySettings &settings, int keep)
{
    const StormGroup &g = d.group;
    QJsonArray members;
    for (int i = 0; i < keep; ++i)
        members.append(stormMemberJson(g.members[i]));
    QJsonArray metrics;
    for (const Metric m : g.metrics())
        metrics.append(metricKey(m));
    QJsonObject details{{QLatin1StringView("storm"), true},
                        {QLatin1StringView("queue_count"), int(g.members.size())},
                        {QLatin1StringView("queues_still_degraded"), g.activeCount()},
                        {QLatin1StringView("metrics"), metrics},
                        {QLatin1StringView("storm_start"), isoUtc(g.start)},
                        {QLatin1StringView("members"), members}};
    if (keep < g.members.size())
        details.insert(QLatin1StringView("members_omitted"), int(g.members.size()) - keep);
    if (!d.joinedNames.isEmpty())
        details.insert(QLatin1StringView("joined_now"), QJsonArray::fromStringList(d.joinedNames));
    QJsonObject payload{{QLatin1StringView("summary"), stormSummary(g)},
                        {QLatin1StringView("source"), settings.source},
                        {QLatin1StringView("severity"), pagerDutySeverity(g.worstSeverity())},
                        {QLatin1StringView("timestamp"), isoUtc(d.at)},
                        {QLatin1StringView("component"), settings.component},
                        {QLatin1StringView("class"), settings.eventClass},
                        {QLatin1StringView("custom_details"), details}};
    if (!settings.group.isEmpty())
        payload.insert(QLatin1StringView("group"), settings.group);
    QJsonObject body{{QLatin1StringView("event_action"), QStringLiteral("trigger")},
                     {QLatin1StringView("dedup_key"), g.dedupKey},
                     {QLatin1StringView("payload"), payload},
                     {QLatin1StringView("client"), settings.client}};
    if (!settings.clientUrl.isEmpty())
        body.insert(QLatin1StringView("client_url"), settings.clientUrl);
    return compact(body);
}

} // namespace

BuiltEvent buildStormEvent(const StormDecision &d, const PagerDutySettings &settings)
{
    if (d.kind == StormDecision::Kind::Resolve) {
        const QJsonObject body{{QLatin1StringView("event_action"), QStringLiteral("resolve")},
                               {QLatin1StringView("dedup_key"), d.group.dedupKey}};
        return BuiltEvent{QStringLiteral("resolve"), compact(body)};
    }
    // Thousands of members may not fit in 512 KB: keep as many as fit, in joining order.
    constexpr int limit = kMaxEventBytes - kRoutingKeyReserve;
    int keep = int(d.group.members.size());
    QByteArray bytes = stormTrigger(d, settings, keep);
    while (bytes.size() >= limit && keep > 0) {
        keep /= 2;
        bytes = stormTrigger(d, settings, keep);
    }
    return BuiltEvent{QStringLiteral("trigger"), bytes};
}

BuiltEvent buildHealthEvent(const QString &dedupKey, bool trigger, const QString &summary,
                            qint64 at, const QJsonObject &details,
                            const PagerDutySettings &settings)
{
    if (!trigger) {
        const QJsonObject body{{QLatin1StringView("event_action"), QStringLiteral("resolve")},
                               {QLatin1StringView("dedup_key"), dedupKey}};
        return BuiltEvent{QStringLiteral("resolve"), compact(body)};
    }
    const QJsonObject payload{{QLatin1StringView("summary"), truncated(summary, kMaxSummaryChars)},
                              {QLatin1StringView("source"), settings.source},
                              {QLatin1StringView("severity"), QStringLiteral("error")},
                              {QLatin1StringView("timestamp"), isoUtc(at)},
                              {QLatin1StringView("component"), QStringLiteral("Earshot")},
                              {QLatin1StringView("class"), QStringLiteral("monitor health")},
                              {QLatin1StringView("custom_details"), details}};
    const QJsonObject body{{QLatin1StringView("event_action"), QStringLiteral("trigger")},
                           {QLatin1StringView("dedup_key"), dedupKey},
                           {QLatin1StringView("payload"), payload},
                           {QLatin1StringView("client"), settings.client}};
    return BuiltEvent{QStringLiteral("trigger"), compact(body)};
}

std::optional<QByteArray> shrunkEvent(const QByteArray &body)
{
    QJsonObject event = QJsonDocument::fromJson(body).object();
    QJsonObject payload = event.value(QLatin1StringView("payload")).toObject();
    if (payload.isEmpty())
        return std::nullopt;
    QJsonObject details = payload.value(QLatin1StringView("custom_details")).toObject();
    const auto rebuilt = [&] {
        payload.insert(QLatin1StringView("custom_details"), details);
        event.insert(QLatin1StringView("payload"), payload);
        return compact(event);
    };
    const QLatin1StringView worst("worst_conversations");
    if (!details.value(worst).toArray().isEmpty()) {
        details.insert(worst, QJsonArray());
        return rebuilt();
    }
    const QLatin1StringView kept[] = {
        QLatin1StringView("genesys_queue_id"), QLatin1StringView("time_window"),
        QLatin1StringView("episode_start"), QLatin1StringView("call_count")};
    const QLatin1StringView shrunkMark("details_shrunk");
    if (!details.contains(shrunkMark)) {
        QJsonObject minimal{{shrunkMark, true}};
        for (const QLatin1StringView key : kept) {
            if (details.contains(key))
                minimal.insert(key, details.value(key));
        }
        details = minimal;
        return rebuilt();
    }
    constexpr int kShortText = 256;
    bool cut = false;
    for (const QLatin1StringView key :
         {QLatin1StringView("summary"), QLatin1StringView("source"), QLatin1StringView("component"),
          QLatin1StringView("group"), QLatin1StringView("class")}) {
        const QString text = payload.value(key).toString();
        if (text.size() > kShortText) {
            payload.insert(key, truncated(text, kShortText));
            cut = true;
        }
    }
    const QString queueId = details.value(QLatin1StringView("genesys_queue_id")).toString();
    if (queueId.size() > kShortText) {
        details.insert(QLatin1StringView("genesys_queue_id"), truncated(queueId, kShortText));
        cut = true;
    }
    if (!cut)
        return std::nullopt;
    return rebuilt();
}

QByteArray withRoutingKey(const QByteArray &body, const QString &routingKey)
{
    QJsonObject o = QJsonDocument::fromJson(body).object();
    o.insert(QLatin1StringView("routing_key"), routingKey);
    return compact(o);
}

} // namespace earshot
