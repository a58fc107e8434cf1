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
// last commits, never corrupt. The schema is versioned (PRAGMA user_version) and migrated
// forward on open, each step in its own transaction.
class Database
{
public:
    static constexpr int kSchemaVersion = 1;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path);
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

private:
    Database(QString connectionName, QString path);
    [[nodiscard]] Status migrate();

    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
};

[[nodiscard]] Error storageError(const QString &what, const QString &detail);

} // namespace earshot
