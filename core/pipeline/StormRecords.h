#pragma once

#include "core/alerting/StormGrouper.h"
#include "core/pagerduty/PagerDutySettings.h"
#include "core/status/MonitorTypes.h"
#include "core/storage/WindowCommit.h"

#include <QList>
#include <QString>

namespace earshot {

[[nodiscard]] bool isStormKey(const QString &dedupKey);

// What a storm group's decisions add to the commit of a window (or of an operator's
// action): its PagerDuty events, its own row in the incidents view (an episode without a
// queue) and, in the audit log, the queues that joined it. A Resolve with an actor is an
// operator's.
void addStormRecords(const QList<StormDecision> &storm, const PagerDutySettings &settings,
                     WindowRecord *record, const QString &actor = {}, const QString &note = {});

// Marks the incidents view's rows that belong to storms: the group rows (their size and
// members, for the open group and the recent ones) and the members (their group's key).
void markStormRows(const StormGrouper &grouper, QList<IncidentRow> *rows);

} // namespace earshot
