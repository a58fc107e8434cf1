#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace earshot {

// One SQLite database through QtSql. WAL journal with synchronous=NORMAL: a committed
// transaction survives the process being killed (kill -9); only a power loss may drop the
// last commits, never corrupt. The WAL is checkpointed often (every kWalCheckpointPages
// pages and after every window), so damage to it can only lose the newest commits. The
// schema is versioned (PRAGMA user_version) and migrated forward on open, each step in its
// own transaction.
//
// Opening checks the file: an existing file that is empty, unreadable or fails
// PRAGMA quick_check, or a database that cannot be written, is refused with an error of
// code "storage.damaged" (or "storage.readonly") — never silently recreated, since the
// episodes PagerDuty knows about live in it. OpenMode::Reset moves such a file aside
// (<path>.damaged-<UTC time>, nothing deleted) and starts a new one.
class Database
{
public:
    static constexpr int kSchemaVersion = 5;
    static constexpr int kWalCheckpointPages = 100;
    // The page cache: a window of 10,000 queues dirties more than SQLite's default 2 MiB,
    // which then spills pages to the WAL in the middle of the transaction and writes them
    // again at its end.
    static constexpr int kCacheKiB = 16 * 1024;

    enum class OpenMode
    {
        Normal,
        Reset, // --reset-database
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                OpenMode mode = OpenMode::Normal);
    // <AppDataLocation>/earshot.sqlite (or earshot-demo.sqlite), creating the folder
    // (~/.local/share/Earshot/ on Linux); a database left in Earshot 0.1's nested folder
    // (<AppDataLocation>/Earshot/) is used there.
    [[nodiscard]] static QString defaultPath(bool demo = false);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] int schemaVersion() const;

    // Runs work in one transaction: commit when it succeeds, roll back when it fails.
    // Nested calls join the outer transaction.
    [[nodiscard]] Status transaction(const std::function<Status()> &work);

    // Prepares and runs a statement; the error text names the statement, never the values.
    [[nodiscard]] Status exec(QSqlQuery &query, const char *what);
    [[nodiscard]] Status execSql(const QString &sql, const char *what);

    // After a failed write: a new connection to the same file, checked to be writable.
    // Fails while the cause (permissions, a full disk) remains.
    [[nodiscard]] Status reopen();
    // Moves what the WAL holds into the database file (a passive checkpoint).
    void checkpoint();

private:
    Database(QString connectionName, QString path);
    [[nodiscard]] Status migrate();
    [[nodiscard]] Status connect();
    [[nodiscard]] Status checkHealth();

    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
};

[[nodiscard]] Error storageError(const QString &what, const QString &detail);

} // namespace earshot
