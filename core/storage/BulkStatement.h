#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace earshot {

class Database;

// One INSERT run for many rows inside the caller's transaction: a window's quality history
// and the alert engine's changed queues, 10,000 rows each at 10,000 queues.
//
// Where Qt's SQLite driver runs on the same SQLite library as Earshot (Debian's Qt links
// the system one), the rows go through the sqlite3 C API on the driver's own connection:
// QtSql's QVariant per value, its placeholder bookkeeping and UTF-16 text that SQLite then
// converts were about a third of such a window's commit. Elsewhere (Qt for Windows builds
// SQLite into its driver, so its connection is not ours to use) the same rows go through
// QSqlQuery, bound by name. Both paths store the same values; TestBulkStatement runs both.
//
// Text is never bound as NULL: a null QString is stored as '' (bindNull for NULL).
class BulkStatement
{
public:
    enum class Path
    {
        Direct, // the sqlite3 C API
        QtSql,
    };

    // `insertHead` is the statement up to its VALUES, e.g. "INSERT INTO t (a, b)"; the
    // placeholders for `columns` values are added here, then `afterValues` (an ON CONFLICT
    // clause, SqlUpsert.h). Direct is used when asked for and available (directAvailable),
    // else QtSql (always on PostgreSQL). `what` names the statement in errors.
    BulkStatement(Database &database, const QString &insertHead, int columns, const char *what,
                  Path wanted = Path::Direct, const QString &afterValues = QString());
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // Whether this build and the running Qt SQL driver allow the direct path: compiled
    // with the SQLite headers (not on Windows), the connection is a QSQLITE one, and the
    // driver's SQLite is the very library Earshot links (same version, same handle type).
    [[nodiscard]] static bool directAvailable(const Database &database);

    [[nodiscard]] Path path() const;
    // An error when the statement could not be prepared; run() then returns it too.
    [[nodiscard]] Status prepared() const;

    void bindText(int column, const QString &text);
    void bindText(int column, const QByteArray &utf8);
    void bindInteger(int column, qint64 value);
    void bindReal(int column, double value);
    void bindReal(int column, const std::optional<double> &value); // nullopt: NULL
    void bindNull(int column);

    // Runs the statement with the values bound since the last run.
    [[nodiscard]] Status run();

private:
    struct Direct;
    struct ViaQtSql;

    const char *m_what;
    Status m_prepared = success();
    std::unique_ptr<Direct> m_direct;
    std::unique_ptr<ViaQtSql> m_qtSql;
};

} // namespace earshot
