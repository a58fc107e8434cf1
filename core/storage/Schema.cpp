#include "core/storage/Schema.h"

#include <iterator>

namespace earshot::schema {

namespace {

// Each entry moves the schema from version i to i + 1.
const char *const kSqliteMigrations[] = {
    // 1: history, episodes, outbox, audit log, key/value state
    "CREATE TABLE history ("
    " queue_id TEXT NOT NULL, queue_name TEXT NOT NULL DEFAULT '',"
    " window_start INTEGER NOT NULL, window_end INTEGER NOT NULL, calls INTEGER NOT NULL,"
    " mos_mean REAL, mos_min REAL, mos_p10 REAL, mos_below_share REAL,"
    " packet_loss_percent REAL, jitter_ms REAL, latency_max_ms REAL, latency_p95_ms REAL,"
    " jitter_buffer_discard_percent REAL, worst_calls TEXT,"
    " PRIMARY KEY (queue_id, window_start)) WITHOUT ROWID;"
    "CREATE INDEX history_by_window ON history (window_start);"
    "CREATE TABLE episodes ("
    " dedup_key TEXT PRIMARY KEY, queue_id TEXT NOT NULL, queue_name TEXT NOT NULL DEFAULT '',"
    " severity TEXT NOT NULL, started_at INTEGER NOT NULL, last_change INTEGER NOT NULL,"
    " state TEXT NOT NULL, paged INTEGER NOT NULL DEFAULT 0,"
    " acknowledged_by TEXT, acknowledged_at INTEGER, acknowledge_note TEXT,"
    " resolved_at INTEGER, resolved_by TEXT, resolve_reason TEXT, resolve_note TEXT,"
    " breaches TEXT);"
    "CREATE INDEX episodes_by_state ON episodes (state, started_at);"
    "CREATE TABLE outbox ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, dedup_key TEXT NOT NULL, action TEXT NOT NULL,"
    " body BLOB NOT NULL, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL "
    " DEFAULT 0, created_at_ms INTEGER NOT NULL, next_attempt_at_ms INTEGER NOT NULL,"
    " delivered_at_ms INTEGER, last_error TEXT);"
    "CREATE INDEX outbox_pending ON outbox (state, dedup_key, id);"
    "CREATE TABLE audit ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, kind TEXT NOT NULL,"
    " subject TEXT NOT NULL DEFAULT '', actor TEXT NOT NULL DEFAULT '',"
    " outcome TEXT NOT NULL DEFAULT '', details TEXT);"
    "CREATE INDEX audit_by_subject ON audit (subject, id);"
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // 2: a window with too many malformed conversations is kept, marked partial
    "ALTER TABLE history ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;",
    // 3: the alert engine's state one row per queue (EngineStateRows)
    "CREATE TABLE engine_queues ("
    " queue_id TEXT PRIMARY KEY, position INTEGER NOT NULL, state TEXT NOT NULL) WITHOUT ROWID;",
    // 4: the alert engine's state in typed columns, keyed by the queue's place in the
    // engine's order; the JSON rows of schema 3 are converted by
    // EngineStateRows::convertSchema3 in the same transaction, then dropped.
    "CREATE TABLE engine_queue_state ("
    " position INTEGER PRIMARY KEY, queue_id TEXT NOT NULL, queue_name TEXT NOT NULL,"
    " newest_window_start INTEGER, last_data_end INTEGER NOT NULL,"
    " breach_run INTEGER NOT NULL, breach_run_start INTEGER NOT NULL,"
    " healthy_run INTEGER NOT NULL, lower_run INTEGER NOT NULL, suppressed INTEGER NOT NULL,"
    " episode_dedup_key TEXT, episode_queue_id TEXT, episode_queue_name TEXT,"
    " episode_start INTEGER, episode_last_change INTEGER, episode_severity TEXT,"
    " episode_paged_severity TEXT, episode_paged INTEGER, episode_acknowledged INTEGER,"
    " episode_acknowledged_by TEXT, episode_acknowledge_note TEXT,"
    " episode_acknowledged_at INTEGER, episode_breaches TEXT);",
    // 5: what the PagerDuty REST API says about the incidents Earshot opened
    // (FollowedIncidentStore)
    "CREATE TABLE pagerduty_incidents ("
    " dedup_key TEXT PRIMARY KEY, incident_id TEXT NOT NULL DEFAULT '',"
    " incident_number INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL,"
    " changed_by TEXT NOT NULL DEFAULT '', changed_at_ms INTEGER NOT NULL DEFAULT 0,"
    " html_url TEXT NOT NULL DEFAULT '', seen_at_ms INTEGER NOT NULL DEFAULT 0,"
    " healthy_since_resolve INTEGER NOT NULL DEFAULT 0, repaged_at INTEGER NOT NULL DEFAULT 0)"
    " WITHOUT ROWID;",
    // 6: operator actions asked of the console that polls a shared database
    // (OperatorRequestQueue); on SQLite the table stays empty.
    "CREATE TABLE operator_requests ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, requested_at_ms INTEGER NOT NULL,"
    " console TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '',"
    " actor TEXT NOT NULL DEFAULT '', args TEXT NOT NULL DEFAULT '{}',"
    " state TEXT NOT NULL DEFAULT 'pending', outcome TEXT NOT NULL DEFAULT '',"
    " settled_at_ms INTEGER);"
    "CREATE INDEX operator_requests_pending ON operator_requests (state, id);",
};
static_assert(std::size(kSqliteMigrations) == kVersion);

// Schema 5 as SQLite's migrations leave it (less schema 3's dropped engine_queues).
// INTEGER columns that hold milliseconds are BIGINT here: PostgreSQL's INTEGER has 32 bits.
const char *const kPostgresSchema =
    "CREATE TABLE history ("
    " queue_id TEXT NOT NULL, queue_name TEXT NOT NULL DEFAULT '',"
    " window_start BIGINT NOT NULL, window_end BIGINT NOT NULL, calls BIGINT NOT NULL,"
    " mos_mean DOUBLE PRECISION, mos_min DOUBLE PRECISION, mos_p10 DOUBLE PRECISION,"
    " mos_below_share DOUBLE PRECISION, packet_loss_percent DOUBLE PRECISION,"
    " jitter_ms DOUBLE PRECISION, latency_max_ms DOUBLE PRECISION,"
    " latency_p95_ms DOUBLE PRECISION, jitter_buffer_discard_percent DOUBLE PRECISION,"
    " worst_calls TEXT, partial INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (queue_id, window_start));"
    "CREATE INDEX history_by_window ON history (window_start);"
    "CREATE TABLE episodes ("
    " dedup_key TEXT PRIMARY KEY, queue_id TEXT NOT NULL, queue_name TEXT NOT NULL DEFAULT '',"
    " severity TEXT NOT NULL, started_at BIGINT NOT NULL, last_change BIGINT NOT NULL,"
    " state TEXT NOT NULL, paged INTEGER NOT NULL DEFAULT 0,"
    " acknowledged_by TEXT, acknowledged_at BIGINT, acknowledge_note TEXT,"
    " resolved_at BIGINT, resolved_by TEXT, resolve_reason TEXT, resolve_note TEXT,"
    " breaches TEXT);"
    "CREATE INDEX episodes_by_state ON episodes (state, started_at);"
    "CREATE TABLE outbox ("
    " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, dedup_key TEXT NOT NULL,"
    " action TEXT NOT NULL, body BYTEA NOT NULL, state TEXT NOT NULL DEFAULT 'pending',"
    " attempts INTEGER NOT NULL DEFAULT 0, created_at_ms BIGINT NOT NULL,"
    " next_attempt_at_ms BIGINT NOT NULL, delivered_at_ms BIGINT, last_error TEXT);"
    "CREATE INDEX outbox_pending ON outbox (state, dedup_key, id);"
    "CREATE TABLE audit ("
    " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, at_ms BIGINT NOT NULL,"
    " kind TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', actor TEXT NOT NULL DEFAULT '',"
    " outcome TEXT NOT NULL DEFAULT '', details TEXT);"
    "CREATE INDEX audit_by_subject ON audit (subject, id);"
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE engine_queue_state ("
    " position BIGINT PRIMARY KEY, queue_id TEXT NOT NULL, queue_name TEXT NOT NULL,"
    " newest_window_start BIGINT, last_data_end BIGINT NOT NULL,"
    " breach_run BIGINT NOT NULL, breach_run_start BIGINT NOT NULL,"
    " healthy_run BIGINT NOT NULL, lower_run BIGINT NOT NULL, suppressed INTEGER NOT NULL,"
    " episode_dedup_key TEXT, episode_queue_id TEXT, episode_queue_name TEXT,"
    " episode_start BIGINT, episode_last_change BIGINT, episode_severity TEXT,"
    " episode_paged_severity TEXT, episode_paged INTEGER, episode_acknowledged INTEGER,"
    " episode_acknowledged_by TEXT, episode_acknowledge_note TEXT,"
    " episode_acknowledged_at BIGINT, episode_breaches TEXT);"
    "CREATE TABLE pagerduty_incidents ("
    " dedup_key TEXT PRIMARY KEY, incident_id TEXT NOT NULL DEFAULT '',"
    " incident_number BIGINT NOT NULL DEFAULT 0, status TEXT NOT NULL,"
    " changed_by TEXT NOT NULL DEFAULT '', changed_at_ms BIGINT NOT NULL DEFAULT 0,"
    " html_url TEXT NOT NULL DEFAULT '', seen_at_ms BIGINT NOT NULL DEFAULT 0,"
    " healthy_since_resolve INTEGER NOT NULL DEFAULT 0, repaged_at BIGINT NOT NULL DEFAULT 0);";

const char *const kPostgresMigrations[] = {
    // 6: as SQLite's 6
    "CREATE TABLE operator_requests ("
    " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, requested_at_ms BIGINT NOT NULL,"
    " console TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '',"
    " actor TEXT NOT NULL DEFAULT '', args TEXT NOT NULL DEFAULT '{}',"
    " state TEXT NOT NULL DEFAULT 'pending', outcome TEXT NOT NULL DEFAULT '',"
    " settled_at_ms BIGINT);"
    "CREATE INDEX operator_requests_pending ON operator_requests (state, id);",
};
static_assert(std::size(kPostgresMigrations) == kVersion - kPostgresBaseline);

} // namespace

std::span<const char *const> postgresMigrations()
{
    return kPostgresMigrations;
}

std::span<const char *const> sqliteMigrations()
{
    return kSqliteMigrations;
}

const char *postgresBaseline()
{
    return kPostgresSchema;
}

} // namespace earshot::schema
