#pragma once

#include "core/status/MonitorTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace earshot {

// An incident's detail pane, in words: what breached, its dedup key, its PagerDuty
// delivery, and its timeline (triggered, escalated, acknowledged by whom with the note,
// delivered at, resolved). Pure: the operator's window and the wall display share it.
class IncidentTimeline
{
    Q_DECLARE_TR_FUNCTIONS(IncidentTimeline)

public:
    // "10:05:00  Triggered (warning): MOS 3.3 < 3.5 — paged"
    [[nodiscard]] static QString eventLine(const IncidentEvent &event);
    // The whole pane as plain text lines.
    [[nodiscard]] static QStringList detailLines(const IncidentRow &incident,
                                                 const QList<IncidentEvent> &events);
};

// "MOS 2.6 < 3.0, loss 4.5 % > 3.0 %" (empty when nothing is known).
[[nodiscard]] QString breachesShortText(const QList<Breach> &breaches);

} // namespace earshot
