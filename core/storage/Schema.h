#pragma once

#include <span>

namespace earshot::schema {

// The schema's version, the same on both backends: a table or column added later is one
// more migration for each.
inline constexpr int kVersion = 6;

// SQLite: entry i moves a database from version i to i + 1 (PRAGMA user_version). Version
// 4 also converts schema 3's JSON rows (EngineStateRows::convertSchema3).
[[nodiscard]] std::span<const char *const> sqliteMigrations();

// PostgreSQL came with schema 5: an empty database gets the whole schema at once, in the
// same tables, columns and keys as SQLite's, with PostgreSQL's types (64-bit integers for
// the millisecond times, double precision, bytea, identity ids). Later versions will be
// migrations on both.
inline constexpr int kPostgresBaseline = 5;
[[nodiscard]] const char *postgresBaseline();
// PostgreSQL: entry i moves a database from version kPostgresBaseline + i to the next.
[[nodiscard]] std::span<const char *const> postgresMigrations();

} // namespace earshot::schema
