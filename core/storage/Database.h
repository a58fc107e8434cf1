#pragma once

#include "core/common/Result.h"
#include "core/storage/Schema.h"
#include "core/storage/StorageTarget.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace earshot {

// The database through QtSql: a SQLite file of Earshot's own (the default), or a database
// on a PostgreSQL server shared by several consoles (StorageTarget). The same tables and
// statements on both; what differs (opening, checking, the schema's version, the WAL) is
// here.
//
// SQLite: WAL journal with synchronous=NORMAL: a committed transaction survives the process
// being killed (kill -9); only a power loss may drop the last commits, never corrupt. The
// WAL is checkpointed often (every kWalCheckpointPages pages and after every window), so
// damage to it can only lose the newest commits. The schema is versioned (PRAGMA
// user_version) and migrated forward on open, each step in its own transaction.
// Opening checks the file: an existing file that is empty, unreadable or fails
// PRAGMA quick_check, or a database that cannot be written, is refused with an error of
// code "storage.damaged" (or "storage.readonly") — never silently recreated, since the
// episodes PagerDuty knows about live in it. OpenMode::Reset moves such a file aside
// (<path>.damaged-<UTC time>, nothing deleted) and starts a new one.
//
// PostgreSQL: the version is in the table earshot_schema; the schema is made or migrated
// under a transaction-scoped advisory lock, so consoles starting together do it once. A
// server that cannot be reached, a refused login and a read-only database are refused at
// open with their own error kinds; OpenMode::Reset never touches a shared database.
class Database
{
public:
    static constexpr int kSchemaVersion = schema::kVersion;
    static constexpr int kWalCheckpointPages = 100;
    // The page cache: a window of 10,000 queues dirties more than SQLite's default 2 MiB,
    // which then spills pages to the WAL in the middle of the transaction and writes them
    // again at its end.
    static constexpr int kCacheKiB = 16 * 1024;
    // libpq gives up on a server that does not answer within this many seconds.
    static constexpr int kConnectTimeoutSeconds = 10;

    enum class OpenMode
    {
        Normal,
        Reset, // --reset-database (SQLite only)
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const StorageTarget &target,
                                                                OpenMode mode = OpenMode::Normal);
    // A SQLite file.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                OpenMode mode = OpenMode::Normal);
    // <AppDataLocation>/earshot.sqlite (or earshot-demo.sqlite), creating the folder
    // (~/.local/share/Earshot/ on Linux); a database left in Earshot 0.1's nested folder
    // (<AppDataLocation>/Earshot/) is used there.
    [[nodiscard]] static QString defaultPath(bool demo = false);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] StorageTarget::Backend backend() const;
    // The SQLite file's path, or the PostgreSQL database without its password.
    [[nodiscard]] QString path() const;
    [[nodiscard]] int schemaVersion() const;

    // Runs work in one transaction: commit when it succeeds, roll back when it fails.
    // Nested calls join the outer transaction.
    [[nodiscard]] Status transaction(const std::function<Status()> &work);

    // Prepares and runs a statement; the error text names the statement, never the values.
    [[nodiscard]] Status exec(QSqlQuery &query, const char *what);
    [[nodiscard]] Status execSql(const QString &sql, const char *what);

    // After a failed write: a new connection to the same database, checked to be writable.
    // Fails while the cause (permissions, a full disk, a server away) remains.
    [[nodiscard]] Status reopen();
    // PostgreSQL: the one console that polls, evaluates and pages a shared database holds
    // a session-level advisory lock for as long as its session lives. A console that is
    // killed, cut off (server-side TCP keepalives and user timeout) or whose session the
    // server ends loses it, and a standby takes it. `holder` (host and process) is written
    // beside it for the others to show. A console that lost it never writes again
    // (StorageLeaderElsewhere): reopen() takes it back only if nobody else has. SQLite:
    // always granted (one process per file is the lock file's job).
    [[nodiscard]] Status claimLeadership(const QString &holder);
    // This console led a shared database and another took over (it writes no more).
    [[nodiscard]] bool leadershipLost() const;
    // Who claimed leadership last, as its claim wrote it ("" if nobody or SQLite).
    [[nodiscard]] QString leader() const;
    // Whether some console holds the leader lock now (pg_locks; always true on SQLite).
    [[nodiscard]] Result<bool> leaderPresent() const;
    // This console holds the leader lock (always true on SQLite).
    [[nodiscard]] bool leads() const;
    // Gives the leader lock up (a console that took it and then could not start polling).
    void releaseLeadership();

    // SQLite: moves what the WAL holds into the database file (a passive checkpoint).
    // PostgreSQL: nothing (the server owns its log).
    void checkpoint();

private:
    Database(QString connectionName, StorageTarget target);
    [[nodiscard]] Status migrate();
    [[nodiscard]] Status migrateSqlite(int version);
    [[nodiscard]] Status migratePostgres();
    [[nodiscard]] Status connect();
    [[nodiscard]] Status connectPostgres();
    [[nodiscard]] Status checkHealth();
    [[nodiscard]] Status checkPostgresWritable();

    [[nodiscard]] Status retakeLeadership();

    QString m_connectionName;
    StorageTarget m_target;
    int m_transactionDepth = 0;
    QString m_leaderHolder; // set while this console leads (PostgreSQL)
    bool m_fenced = false;  // leadership lost: no more writes
};

[[nodiscard]] Error storageError(const QString &what, const QString &detail);
// Another console leads this shared database (code "storage.leader").
[[nodiscard]] Error leaderElsewhereError(const QString &database, const QString &leader);
// A database written by a newer Earshot (code "storage.newer").
[[nodiscard]] Error newerSchemaError(const QString &database, int version);

} // namespace earshot
