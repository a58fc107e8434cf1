#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace earshot {

class Database;

// What the PagerDuty REST API last said about an incident Earshot opened, and what Earshot
// did about it. One row per dedup key: after a re-page PagerDuty opens a new incident with
// the same key, and the row follows the newest one.
struct FollowedIncident
{
    QString dedupKey;
    QString incidentId; // PagerDuty's id ("PT4KHLK"); empty until found
    int number = 0;     // PagerDuty's incident number
    QString status;     // "triggered", "acknowledged" or "resolved"
    QString changedBy;  // who acknowledged or resolved it ("Jane Doe"); empty when unknown
    qint64 changedAtMs = 0;
    QString htmlUrl;
    qint64 seenAtMs = 0; // when the follower last read it
    // Resolved in PagerDuty while the episode is open: a healthy window of its queue has been
    // seen since (the first half of a fresh breach; see FollowGate.h).
    bool healthySinceResolve = false;
    qint64 repagedAt = 0; // epoch secs of Earshot's re-page after a fresh breach; 0: none

    [[nodiscard]] bool resolved() const;
    [[nodiscard]] bool acknowledged() const;
    friend bool operator==(const FollowedIncident &, const FollowedIncident &) = default;
};

class FollowedIncidentStore
{
public:
    explicit FollowedIncidentStore(Database &database);

    [[nodiscard]] Status save(const FollowedIncident &incident);
    [[nodiscard]] Result<QHash<QString, FollowedIncident>> all() const;

private:
    Database &m_database;
};

} // namespace earshot
