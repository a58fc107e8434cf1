#include "core/alerting/Decision.h"

#include <QCryptographicHash>
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
    const QString prefix = QStringLiteral("voice_quality_alert_");
    const QString suffix = u'_' + QString::number(episodeStartEpoch);
    const QString plain = prefix + queueId + suffix;
    if (plain.toUtf8().size() <= kMaxDedupKeyBytes)
        return plain;
    // PagerDuty refuses longer keys (HTTP 400: the page would be lost). A stable hash of
    // the whole id keeps the key deterministic and distinct; the event's custom_details
    // carry the full id.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(queueId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const qsizetype room =
        kMaxDedupKeyBytes - prefix.size() - suffix.size() - hash.size() - 1; // 1 for '~'
    // Whole characters of the id's start while they fit in the room left, in UTF-8 bytes.
    QString head;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < queueId.size(); ++i) {
        const bool pair = queueId.at(i).isHighSurrogate() && i + 1 < queueId.size();
        const QString ch = queueId.mid(i, pair ? 2 : 1);
        const qsizetype size = ch.toUtf8().size();
        if (bytes + size > room)
            break;
        head += ch;
        bytes += size;
        i += pair ? 1 : 0;
    }
    return prefix + head + u'~' + hash + suffix;
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
