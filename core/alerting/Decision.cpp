#include "core/alerting/Decision.h"

#include <QJsonArray>
#include <QJsonObject>

namespace earshot {

QString decisionKindKey(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Trigger:
        return QStringLiteral("trigger");
    case DecisionKind::Escalate:
        return QStringLiteral("escalate");
    case DecisionKind::Deescalate:
        return QStringLiteral("deescalate");
    case DecisionKind::Resolve:
        return QStringLiteral("resolve");
    case DecisionKind::Acknowledge:
        return QStringLiteral("acknowledge");
    }
    return {};
}

QString resolveReasonKey(ResolveReason reason)
{
    switch (reason) {
    case ResolveReason::None:
        return QStringLiteral("none");
    case ResolveReason::Recovered:
        return QStringLiteral("recovered");
    case ResolveReason::NoTraffic:
        return QStringLiteral("no_traffic");
    case ResolveReason::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

QString makeDedupKey(const QString &queueId, qint64 episodeStartEpoch)
{
    return QStringLiteral("voice_quality_alert_") + queueId + u'_' +
           QString::number(episodeStartEpoch);
}

QJsonArray breachesToJson(const QList<Breach> &breaches)
{
    QJsonArray a;
    for (const Breach &b : breaches)
        a.append(QJsonObject{{QLatin1StringView("metric"), metricKey(b.metric)},
                             {QLatin1StringView("level"), severityKey(b.level)},
                             {QLatin1StringView("value"), b.value},
                             {QLatin1StringView("threshold"), b.threshold}});
    return a;
}

} // namespace earshot
