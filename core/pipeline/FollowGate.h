#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/alerting/Decision.h"
#include "core/storage/FollowedIncidentStore.h"

#include <QHash>
#include <QList>

namespace earshot {

// What Earshot does about an incident an engineer resolved in PagerDuty while its queue
// still breaches ("resolved in PagerDuty, still degraded"): it does not page it again until
// the episode ends. Escalations and catch-up triggers of that episode are recorded (and
// shown) but not sent, since a trigger with the resolved incident's dedup key would open a
// new incident for the degradation the engineer just closed.
//
// With [pagerduty] repage_after_fresh_breach = true it pages once more after a FRESH BREACH:
// a breaching data window of the queue that comes after at least one healthy data window
// seen since PagerDuty resolved the incident (windows without data count neither way, and a
// queue that only got worse without ever recovering is not fresh). The re-page is one
// trigger with the episode's dedup key at its current severity; PagerDuty opens a new
// incident for it, which is followed in turn.
struct FollowGateOutcome
{
    QList<Decision> repages;         // triggers to page (fresh breaches)
    QList<FollowedIncident> changed; // rows to store with the window
};

// Pure: `decisions` are this window's; those held back get pages = false.
[[nodiscard]] FollowGateOutcome applyFollowGate(QList<Decision> *decisions,
                                                const QHash<QString, FollowedIncident> &followed,
                                                const AlertEngine &engine,
                                                bool repageAfterFreshBreach, qint64 windowEnd);

// The row to store for what the follower just observed, given the stored one; nullopt when
// nothing worth storing changed (the same status, by and incident), or when it is the old,
// resolved incident still answering after a re-page PagerDuty has not processed yet.
[[nodiscard]] std::optional<FollowedIncident> mergeObservation(const FollowedIncident *stored,
                                                               const FollowedIncident &observed);

} // namespace earshot
