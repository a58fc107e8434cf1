#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace earshot {

// One incident from GET /incidents (REST API v2), reduced to what Earshot follows. Fields
// PagerDuty left out, sent as null or with another type are empty (0 for times).
struct RestIncident
{
    QString id;
    int number = 0;
    QString status; // "triggered", "acknowledged" or "resolved"; an incident without one is
                    // dropped
    QString incidentKey;
    qint64 createdAtMs = 0;
    QString htmlUrl;
    QString lastChangeBy; // last_status_change_by.summary
    qint64 lastChangeAtMs = 0;
    QString acknowledgedBy; // the newest acknowledgements[].acknowledger.summary
    qint64 acknowledgedAtMs = 0;
};

// One entry of GET /incidents/{id}/log_entries.
struct RestLogEntry
{
    enum class Kind
    {
        Acknowledge, // acknowledge_log_entry
        Resolve,     // resolve_log_entry
        Other,
    };
    Kind kind = Kind::Other;
    QString agent;     // agent.summary: "Jane Doe", or an integration's name
    QString agentType; // agent.type: "user_reference", "service_reference", ...
    qint64 atMs = 0;   // created_at
};

// {"incidents":[...]}: the incidents; an Error (ErrorKind::PagerDutyRestData) when the body is not
// such an object. Entries that are not objects or carry no id or status are skipped.
[[nodiscard]] Result<QList<RestIncident>> parseIncidentList(const QByteArray &body);
// {"log_entries":[...]}: the entries in the order given.
[[nodiscard]] Result<QList<RestLogEntry>> parseLogEntries(const QByteArray &body);

// The incident that answers for a dedup key: the newest (created last, then the highest
// number), since a trigger after a resolve opens a new incident with the same key.
[[nodiscard]] std::optional<RestIncident> newestIncident(const QList<RestIncident> &incidents);

// Who changed the incident to its current status and when: the newest log entry of that
// kind, else the incident's own acknowledgements / last_status_change_by.
struct StatusChange
{
    QString by;
    qint64 atMs = 0;
};
[[nodiscard]] StatusChange statusChangeOf(const RestIncident &incident,
                                          const QList<RestLogEntry> &entries);

// PagerDuty's "error":{"message":...} or "error":"..." cut to a readable length; empty when
// the body has none.
[[nodiscard]] QString restErrorMessage(const QByteArray &body);

} // namespace earshot
