#pragma once

#include "core/status/FollowStatus.h"
#include "core/status/MonitorTypes.h"

#include <QJsonObject>

namespace earshot {

// What the console that polls a shared database says about its poller, its delivery to
// PagerDuty, its watchdog and its following of PagerDuty: written to the meta table
// whenever one of them changes, so the consoles that view the database show the same
// status bar (and the same warnings) as the one that polls.
struct LeaderStatus
{
    PollerStatus poller;
    DeliveryStatus delivery;
    HealthStatus health;
    FollowStatus follow;
    qint64 writtenAtMs = 0;
    // Who wrote it (its leader claim): a viewer shows it only while that console leads.
    QString holder;

    [[nodiscard]] QJsonObject toJson() const;
    // Unknown or missing fields keep their defaults: a newer console's status still reads.
    [[nodiscard]] static LeaderStatus fromJson(const QJsonObject &json);
};

inline const QString kLeaderStatusKey = QStringLiteral("leader.status");

} // namespace earshot
