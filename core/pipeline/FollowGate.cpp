#include "core/pipeline/FollowGate.h"

#include <algorithm>

namespace earshot {

FollowGateOutcome applyFollowGate(QList<Decision> *decisions,
                                  const QHash<QString, FollowedIncident> &followed,
                                  const AlertEngine &engine, bool repageAfterFreshBreach,
                                  qint64 windowEnd)
{
    FollowGateOutcome out;
    if (followed.isEmpty() || std::none_of(followed.cbegin(), followed.cend(),
                                           [](const FollowedIncident &f) { return f.resolved(); }))
        return out;
    for (Decision &d : *decisions) {
        if (!d.pages || (d.kind != DecisionKind::Trigger && d.kind != DecisionKind::Escalate))
            continue;
        const auto f = followed.constFind(d.dedupKey);
        if (f != followed.cend() && f->resolved())
            d.pages = false;
    }
    if (!repageAfterFreshBreach)
        return out;
    for (const Episode &episode : engine.openEpisodes()) {
        const auto f = followed.constFind(episode.dedupKey);
        if (f == followed.cend() || !f->resolved())
            continue;
        const int healthy = engine.healthyRun(episode.queueId);
        if (healthy > 0 && !f->healthySinceResolve) {
            FollowedIncident changed = *f;
            changed.healthySinceResolve = true;
            out.changed.append(changed);
        } else if (healthy == 0 && f->healthySinceResolve) {
            // Only a breaching data window sets the healthy run back to 0: fresh.
            Decision d;
            d.kind = DecisionKind::Trigger;
            d.queueId = episode.queueId;
            d.queueName = episode.queueName;
            d.dedupKey = episode.dedupKey;
            d.severity = episode.severity;
            d.episodeStart = episode.start;
            d.at = windowEnd;
            d.breaches = episode.lastBreaches;
            d.note = QStringLiteral("fresh breach after the incident was resolved in PagerDuty");
            out.repages.append(d);
            FollowedIncident changed = *f;
            changed.status = QStringLiteral("triggered");
            changed.incidentId.clear(); // PagerDuty opens a new one
            changed.number = 0;
            changed.htmlUrl.clear();
            changed.healthySinceResolve = false;
            changed.repagedAt = windowEnd;
            out.changed.append(changed);
        }
    }
    return out;
}

std::optional<FollowedIncident> mergeObservation(const FollowedIncident *stored,
                                                 const FollowedIncident &observed)
{
    FollowedIncident merged = observed;
    if (stored) {
        const bool awaitingNew = stored->repagedAt > 0 && stored->incidentId.isEmpty();
        if (awaitingNew && observed.resolved() && observed.changedAtMs <= stored->repagedAt * 1000)
            return std::nullopt;
        merged.repagedAt = stored->repagedAt;
        merged.healthySinceResolve = stored->healthySinceResolve && stored->resolved() &&
                                     observed.resolved() &&
                                     stored->incidentId == observed.incidentId;
        if (stored->incidentId == observed.incidentId && stored->status == observed.status &&
            stored->changedBy == observed.changedBy &&
            stored->changedAtMs == observed.changedAtMs && stored->htmlUrl == observed.htmlUrl)
            return std::nullopt;
    }
    return merged;
}

} // namespace earshot
