#pragma once

#include <QString>

namespace earshot {

// Where Earshot keeps its state: a SQLite file of its own (the default, nothing to set up),
// or a database on a PostgreSQL server that several consoles share ([storage] backend).
struct StorageTarget
{
    enum class Backend
    {
        Sqlite,
        PostgreSql,
    };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;

    // PostgreSQL: libpq's connection settings. The password never comes from the INI file
    // (EARSHOT_DB_PASSWORD or the keychain) and is never printed.
    QString host;
    int port = 5432;
    QString dbname;
    QString user;
    QString sslmode = QStringLiteral("prefer");
    QString password;

    [[nodiscard]] static StorageTarget sqlite(const QString &path);

    // The database for messages and logs, without the password: the SQLite file's path, or
    // "postgresql://user@host:port/dbname".
    [[nodiscard]] QString describe() const;
};

} // namespace earshot
