#include "core/presentation/IncidentTimeline.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/StatusTexts.h"

namespace earshot {

QString breachesShortText(const QList<Breach> &breaches)
{
    QStringList parts;
    for (const Breach &b : breaches)
        parts << breachShortText(b);
    return parts.join(QStringLiteral(", "));
}

QString IncidentTimeline::eventLine(const IncidentEvent &event)
{
    const QString at = localTimeTextMs(event.atMs, timeWithSecondsFormat());
    const QString severity = severityWord(event.severity).toLower();
    const QString breaches = breachesShortText(event.breaches);
    QString what;
    switch (event.kind) {
    case IncidentEvent::Kind::Triggered:
        what = tr("Triggered (%1)").arg(severity);
        break;
    case IncidentEvent::Kind::Escalated:
        what = tr("Escalated to %1").arg(severity);
        break;
    case IncidentEvent::Kind::Deescalated:
        what = tr("Eased to %1").arg(severity);
        break;
    case IncidentEvent::Kind::Acknowledged:
        what = tr("Acknowledged by %1").arg(event.actor);
        break;
    case IncidentEvent::Kind::Resolved: {
        const QString reason = resolveReasonText(event.reason);
        what = event.reason == ResolveReason::Manual ? tr("Resolved by %1").arg(event.actor)
                                                     : tr("Resolved");
        if (!reason.isEmpty() && event.reason != ResolveReason::Manual)
            what += QStringLiteral(" (") + reason + QStringLiteral(")");
        break;
    }
    case IncidentEvent::Kind::Delivered:
        return tr("%1  Delivered to PagerDuty").arg(at);
    case IncidentEvent::Kind::DeliveryFailed:
        return tr("%1  Not delivered: %2").arg(at, event.detail);
    case IncidentEvent::Kind::Joined:
        return tr("%1  Joined the storm: %2").arg(at, event.detail);
    case IncidentEvent::Kind::AcknowledgedInPagerDuty:
        return tr("%1  Acknowledged in PagerDuty by %2").arg(at, event.actor);
    case IncidentEvent::Kind::ResolvedInPagerDuty:
        return tr("%1  Resolved in PagerDuty by %2").arg(at, event.actor);
    }
    if (!breaches.isEmpty())
        what += QStringLiteral(": ") + breaches;
    if (!event.note.isEmpty())
        what += QStringLiteral(" — “") + event.note + QStringLiteral("”");
    if (!event.groupKey.isEmpty())
        what += QStringLiteral(" — ") + tr("paged with its storm group");
    else if (!event.paged && event.kind != IncidentEvent::Kind::Deescalated)
        what += QStringLiteral(" — ") + tr("recorded, not paged");
    return at + QStringLiteral("  ") + what;
}

QStringList IncidentTimeline::detailLines(const IncidentRow &incident,
                                          const QList<IncidentEvent> &events)
{
    QStringList lines;
    lines << tr("%1 — %2, %3")
                 .arg(incident.queueName.isEmpty() ? incident.queueId : incident.queueName,
                      severityWord(incident.severity), incidentStateWord(incident.state));
    if (!incident.breaches.isEmpty())
        lines << tr("Breached: %1").arg(breachesShortText(incident.breaches));
    lines << tr("Started: %1").arg(localTimeText(incident.startedAt, dateTimeFormat()));
    lines << tr("PagerDuty: %1").arg(deliveryText(incident));
    if (const QString followed = pagerDutyFollowText(incident); !followed.isEmpty())
        lines << followed;
    if (!incident.pagerDutyUrl.isEmpty())
        lines << tr("PagerDuty incident: %1").arg(incident.pagerDutyUrl);
    lines << tr("Dedup key: %1").arg(incident.dedupKey);
    if (incident.isGroup)
        lines << tr("Storm of %n queue(s), %1 still degraded: %2", nullptr, incident.groupMembers)
                     .arg(incident.groupMembersDegraded)
                     .arg(incident.groupMemberNames.join(QStringLiteral(", ")));
    else if (!incident.groupKey.isEmpty())
        lines << tr("Paged as part of the storm %1").arg(incident.groupKey);
    lines << QString() << tr("Timeline:");
    if (events.isEmpty())
        lines << tr("(nothing recorded yet)");
    for (const IncidentEvent &e : events)
        lines << eventLine(e);
    return lines;
}

} // namespace earshot
