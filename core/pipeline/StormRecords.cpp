#include "core/pipeline/StormRecords.h"

#include "core/common/Logging.h"
#include "core/pagerduty/EventBuilder.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace earshot {

namespace {

class StormRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(StormRecords)
};

QString nameOf(const StormMember &m)
{
    return m.queueName.isEmpty() ? m.queueId : m.queueName;
}

} // namespace

bool isStormKey(const QString &dedupKey)
{
    return dedupKey.startsWith(QLatin1StringView("voice_quality_storm_"));
}

void addStormRecords(const QList<StormDecision> &storm, const PagerDutySettings &settings,
                     WindowRecord *record, const QString &actor, const QString &note)
{
    for (const StormDecision &sd : storm) {
        const StormGroup &g = sd.group;
        const BuiltEvent event = buildStormEvent(sd, settings);
        record->events.append(PendingEvent{g.dedupKey, event.action, event.body});
        Decision row;
        row.dedupKey = g.dedupKey;
        row.queueId = QStringLiteral(""); // no queue: its members are the queues (NOT NULL)
        row.queueName = QStringLiteral("%1 queues degraded together").arg(g.members.size());
        row.severity = g.worstSeverity();
        row.episodeStart = g.start;
        row.at = sd.at;
        switch (sd.kind) {
        case StormDecision::Kind::Open:
            row.kind = DecisionKind::Trigger;
            break;
        case StormDecision::Kind::Update:
            row.kind = DecisionKind::Escalate;
            break;
        case StormDecision::Kind::Resolve:
            row.kind = DecisionKind::Resolve;
            row.reason = actor.isEmpty() ? ResolveReason::Recovered : ResolveReason::Manual;
            row.actor = actor;
            row.note = note;
            break;
        }
        // An update that only adds members is no escalation: it shows as "joined" below.
        if (sd.kind != StormDecision::Kind::Update || sd.severityRose)
            record->decisions.append(row);
        if (sd.kind == StormDecision::Kind::Open || !sd.joinedNames.isEmpty()) {
            QStringList names = sd.joinedNames;
            if (sd.kind == StormDecision::Kind::Open) {
                for (const StormMember &m : g.members)
                    names.append(nameOf(m));
            }
            AuditEntry entry;
            entry.atMs = record->nowMs;
            entry.kind = QStringLiteral("storm.join");
            entry.subject = g.dedupKey;
            entry.actor = QStringLiteral("earshot");
            entry.outcome = QStringLiteral("paged");
            entry.details =
                QJsonObject{{QLatin1StringView("queues"), QJsonArray::fromStringList(names)},
                            {QLatin1StringView("members"), int(g.members.size())}};
            record->audit.append(entry);
        }
        qCInfo(lcPipeline).noquote()
            << StormRecordsText::tr("storm %1: %2, %n queue(s)", nullptr, int(g.members.size()))
                   .arg(g.dedupKey, event.action);
    }
}

void markStormRows(const StormGrouper &grouper, QList<IncidentRow> *rows)
{
    const std::optional<StormGroup> open = grouper.openGroup();
    const auto recent = grouper.recentGroups();
    for (IncidentRow &r : *rows) {
        if (!isStormKey(r.dedupKey)) {
            r.groupKey = grouper.groupOf(r.dedupKey);
            continue;
        }
        r.isGroup = true;
        if (open && open->dedupKey == r.dedupKey) {
            r.groupMembers = int(open->members.size());
            r.groupMembersDegraded = open->activeCount();
            for (const StormMember &m : open->members)
                r.groupMemberNames.append(nameOf(m));
            continue;
        }
        for (const auto &[key, members] : recent) {
            if (key != r.dedupKey)
                continue;
            r.groupMembers = int(members.size());
            // Names from the members' own rows, where they are among those shown.
            for (const IncidentRow &m : std::as_const(*rows)) {
                if (members.contains(m.dedupKey))
                    r.groupMemberNames.append(m.queueName.isEmpty() ? m.queueId : m.queueName);
            }
        }
    }
}

} // namespace earshot
