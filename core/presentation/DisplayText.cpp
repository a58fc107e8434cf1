#include "core/presentation/DisplayText.h"

#include "core/presentation/StatusTexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "DisplayText".
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
};

QString unitSuffix(Metric metric)
{
    const QString unit = metricUnit(metric);
    return unit.isEmpty() ? QString() : QStringLiteral(" ") + unit;
}

} // namespace

QString timeFormat()
{
    return DisplayText::tr("hh:mm", "time format (QDateTime::toString)");
}

QString timeWithSecondsFormat()
{
    return DisplayText::tr("hh:mm:ss", "time format with seconds (QDateTime::toString)");
}

QString dateTimeFormat()
{
    return DisplayText::tr("yyyy-MM-dd hh:mm", "date and time format (QDateTime::toString)");
}

QString dayTimeFormat()
{
    return DisplayText::tr("ddd hh:mm", "weekday and time format (QDateTime::toString)");
}

QString localTimeText(qint64 epochSecs, const QString &format)
{
    // QLocale (the default one installTranslations() sets) names days in the user's language.
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSecs, Qt::UTC).toLocalTime(),
                              format);
}

QString localTimeTextMs(qint64 epochMs, const QString &format)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toLocalTime(),
                              format);
}

QString windowRangeText(qint64 startSecs, qint64 endSecs)
{
    const QString hhmm = timeFormat();
    return localTimeText(startSecs, hhmm) + QChar(0x2013) + localTimeText(endSecs, hhmm);
}

QString durationText(qint64 secs)
{
    if (secs < 0)
        secs = 0;
    if (secs < 60)
        return DisplayText::tr("%1 s").arg(secs);
    const qint64 minutes = secs / 60;
    if (minutes < 60)
        return DisplayText::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return DisplayText::tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return DisplayText::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString metricValueText(Metric metric, double value)
{
    switch (metric) {
    case Metric::Mos:
        return QString::number(value, 'f', 2);
    case Metric::PacketLoss:
    case Metric::JitterBufferDiscard:
        return QString::number(value, 'f', 2);
    case Metric::Jitter:
    case Metric::Latency:
        return QString::number(value, 'f', 0);
    }
    return QString::number(value);
}

QString breachText(const Breach &breach)
{
    const QString value = metricValueText(breach.metric, breach.value) + unitSuffix(breach.metric);
    const QString threshold =
        metricValueText(breach.metric, breach.threshold) + unitSuffix(breach.metric);
    const QString level = breach.level == Severity::Critical ? DisplayText::tr("critical")
                                                             : DisplayText::tr("warning");
    if (lowerIsWorse(breach.metric))
        return DisplayText::tr("%1 %2 below %3 %4")
            .arg(metricTitle(breach.metric), value, level, threshold);
    return DisplayText::tr("%1 %2 above %3 %4")
        .arg(metricTitle(breach.metric), value, level, threshold);
}

namespace {

QString shortMetricName(Metric metric)
{
    switch (metric) {
    case Metric::Mos:
        return DisplayText::tr("MOS");
    case Metric::PacketLoss:
        return DisplayText::tr("loss");
    case Metric::Jitter:
        return DisplayText::tr("jitter");
    case Metric::Latency:
        return DisplayText::tr("latency");
    case Metric::JitterBufferDiscard:
        return DisplayText::tr("discards");
    }
    return {};
}

// One decimal for MOS and loss, whole milliseconds: what a notification needs.
QString shortValue(Metric metric, double value)
{
    const int decimals = metric == Metric::Mos || metric == Metric::PacketLoss ? 1 : 0;
    return QLocale().toString(value, 'f', decimals) + unitSuffix(metric);
}

} // namespace

QString breachShortText(const Breach &breach)
{
    const QString op = lowerIsWorse(breach.metric) ? QStringLiteral("<") : QStringLiteral(">");
    return DisplayText::tr("%1 %2 %3 %4")
        .arg(shortMetricName(breach.metric), shortValue(breach.metric, breach.value), op,
             shortValue(breach.metric, breach.threshold));
}

QString incidentSummaryText(const QString &queueName, Severity severity,
                            const QList<Breach> &breaches)
{
    QStringList parts;
    for (const Breach &b : breaches) {
        const QString op = lowerIsWorse(b.metric) ? QStringLiteral("<") : QStringLiteral(">");
        parts << DisplayText::tr("%1 %2 (%3 %4)")
                     .arg(shortMetricName(b.metric), shortValue(b.metric, b.value), op,
                          shortValue(b.metric, b.threshold));
    }
    const QString head = DisplayText::tr("%1: %2").arg(queueName, severityWord(severity).toLower());
    return parts.isEmpty() ? head : head + QStringLiteral(" — ") + parts.join(QStringLiteral(", "));
}

QString jitterAbsentNote()
{
    return DisplayText::tr("Genesys details data has no jitter in ms");
}

QString deliveryText(const IncidentRow &row)
{
    // Still pending with an error: the outbox keeps trying (or waits for a new key); only
    // an event PagerDuty refused for good is "failed".
    if (row.pendingEvents > 0 && !row.deliveryError.isEmpty())
        return DisplayText::tr("pending (%1), last attempt: %2")
            .arg(row.pendingEvents)
            .arg(row.deliveryError);
    if (!row.deliveryError.isEmpty())
        return DisplayText::tr("failed: %1").arg(row.deliveryError);
    if (row.pendingEvents > 0)
        return DisplayText::tr("pending (%1)").arg(row.pendingEvents);
    if (row.lastDeliveredAtMs > 0)
        return DisplayText::tr("delivered %1")
            .arg(localTimeTextMs(row.lastDeliveredAtMs, timeWithSecondsFormat()));
    if (!row.groupKey.isEmpty()) // PagerDuty knows it through its storm's one incident
        return DisplayText::tr("paged with its storm");
    if (!row.paged)
        return DisplayText::tr("held back by a silence");
    return DisplayText::tr("not sent yet");
}

QString pagerDutyFollowText(const IncidentRow &row)
{
    const bool acknowledged = row.pagerDutyStatus == QLatin1StringView("acknowledged");
    const bool resolved = row.pagerDutyStatus == QLatin1StringView("resolved");
    if (!acknowledged && !resolved)
        return {};
    const QString who = row.pagerDutyBy.isEmpty() ? DisplayText::tr("someone") : row.pagerDutyBy;
    const QString at = row.pagerDutyAtMs > 0 ? localTimeTextMs(row.pagerDutyAtMs, timeFormat())
                                             : QStringLiteral("—");
    if (acknowledged)
        return DisplayText::tr("Acknowledged in PagerDuty by %1 at %2").arg(who, at);
    if (row.resolvedInPagerDutyStillDegraded())
        return DisplayText::tr("Resolved in PagerDuty by %1 at %2, still degraded").arg(who, at);
    return DisplayText::tr("Resolved in PagerDuty by %1 at %2").arg(who, at);
}

QString pagerDutyChangeNotice(const IncidentRow &row)
{
    const QString queue = row.queueName.isEmpty() ? row.queueId : row.queueName;
    const QString who = row.pagerDutyBy.isEmpty() ? DisplayText::tr("someone") : row.pagerDutyBy;
    if (row.pagerDutyStatus == QLatin1StringView("acknowledged"))
        return DisplayText::tr("%1: acknowledged in PagerDuty by %2").arg(queue, who);
    if (row.resolvedInPagerDutyStillDegraded())
        return DisplayText::tr("%1: resolved in PagerDuty by %2, still degraded; not paged again "
                               "until it recovers")
            .arg(queue, who);
    if (row.pagerDutyStatus == QLatin1StringView("resolved"))
        return DisplayText::tr("%1: resolved in PagerDuty by %2").arg(queue, who);
    return {};
}

QString resolveReasonText(ResolveReason reason)
{
    switch (reason) {
    case ResolveReason::None:
        return {};
    case ResolveReason::Recovered:
        return DisplayText::tr("recovered");
    case ResolveReason::NoTraffic:
        return DisplayText::tr("no traffic");
    case ResolveReason::Manual:
        return DisplayText::tr("resolved by an operator");
    }
    return {};
}

} // namespace earshot
