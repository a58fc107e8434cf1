#include "RestFixtures.h"

// Kept out of the test's own file: moc reads raw strings that span lines as code.

QByteArray incidentsFixture()
{
    return R"({
  "incidents": [
    {
      "id": "PT4KHLK", "type": "incident", "summary": "[#1234] Sales: critical",
      "incident_number": 1234, "title": "Sales: critical", "status": "resolved",
      "incident_key": "voice_quality_alert_q1_1763891400",
      "created_at": "2025-11-23T09:50:00Z",
      "html_url": "https://acme.pagerduty.com/incidents/PT4KHLK",
      "service": {"id": "PIJ90N7", "type": "service_reference"},
      "assignments": [], "acknowledgements": [],
      "last_status_change_at": "2025-11-23T09:58:00Z",
      "last_status_change_by": {"id": "PXPGF42", "type": "user_reference",
                                "summary": "Earline Greenholt"},
      "resolved_at": "2025-11-23T09:58:00Z"
    },
    {
      "id": "PQ9K7I8", "type": "incident", "incident_number": 1240, "status": "acknowledged",
      "incident_key": "voice_quality_alert_q1_1763891400",
      "created_at": "2025-11-23T10:10:00-01:00",
      "html_url": "https://acme.pagerduty.com/incidents/PQ9K7I8",
      "acknowledgements": [
        {"at": "2025-11-23T11:12:00Z",
         "acknowledger": {"type": "user_reference", "summary": "Tim Early"}},
        {"at": "2025-11-23T11:14:00Z",
         "acknowledger": {"type": "user_reference", "summary": "Jane Doe"}}
      ],
      "last_status_change_at": "2025-11-23T11:14:00Z",
      "last_status_change_by": null
    }
  ],
  "limit": 25, "offset": 0, "total": null, "more": false
})";
}

QByteArray logEntriesFixture()
{
    return R"({
  "log_entries": [
    {"id": "R1", "type": "resolve_log_entry", "created_at": "2025-11-23T11:20:00Z",
     "agent": {"id": "PXPGF42", "type": "user_reference", "summary": "Jane Doe"}},
    {"id": "R2", "type": "acknowledge_log_entry", "created_at": "2025-11-23T11:14:00Z",
     "agent": {"id": "PXPGF42", "type": "user_reference", "summary": "Jane Doe"}},
    {"id": "R3", "type": "notify_log_entry", "created_at": "2025-11-23T11:01:00Z",
     "agent": null},
    {"id": "R4", "type": "trigger_log_entry", "created_at": "2025-11-23T11:00:00Z",
     "agent": {"type": "generic_events_api_inbound_integration_reference",
               "summary": "Earshot Events API v2 integration"}}
  ],
  "limit": 25, "more": false
})";
}

QByteArray oddIncidentsFixture()
{
    return R"({"incidents": [
            {"id": "PA", "status": "triggered", "incident_number": "12", "created_at": 5,
             "html_url": null, "acknowledgements": {"at": "x"},
             "last_status_change_by": "Jane", "last_status_change_at": "yesterday"},
            {"id": 7, "status": "triggered"},
            {"id": "PB", "status": "exploded"},
            {"id": "PC"},
            "PD", null, 3,
            {"id": "PE\u0007\u001b[31m", "status": "acknowledged",
             "acknowledgements": [{"at": null, "acknowledger": {"summary": ["x"]}}, 4]}
        ]})";
}
