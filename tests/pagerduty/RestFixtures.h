#pragma once

#include <QByteArray>

// Answers shaped like PagerDuty's REST API v2: GET /incidents (two incidents for one
// incident_key), GET /incidents/{id}/log_entries, and a list full of nulls and wrong types.
[[nodiscard]] QByteArray incidentsFixture();
[[nodiscard]] QByteArray logEntriesFixture();
[[nodiscard]] QByteArray oddIncidentsFixture();
