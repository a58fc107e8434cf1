#pragma once

#include "core/storage/StorageTarget.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace earshot::test {

// A real PostgreSQL server of the tests' own (Debian's postgresql package): a new cluster
// made with initdb in a temporary folder, started with pg_ctl on a free loopback port, and
// stopped and deleted with this object. PostgreSQL refuses to run as root, so when the
// tests run as root (CI) the cluster belongs to the unprivileged "nobody" and its programs
// run as that user (setpriv). Password authentication (scram-sha-256) is on, so a wrong
// password is refused as on a real server.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Makes and starts the cluster; an empty string, or what went wrong (a missing
    // PostgreSQL is a failure, never a skip: packaging/linux/install-deps.sh installs it).
    [[nodiscard]] QString start();
    // Stops the server at once (pg_ctl -m immediate), as if its machine had died.
    void stop();
    [[nodiscard]] bool running() const;

    // Besides 127.0.0.1, the server listens on this loopback address and lets its clients
    // in: a test can cut the packets of one client off by address (TestHeadlessNetworkCut).
    static inline const QString kSecondAddress = QStringLiteral("127.0.0.2");

    // A new empty database on this server; its name is unique within the server.
    [[nodiscard]] QString createDatabase(const QString &hint = QStringLiteral("t"));
    // The connection to `dbname` as the cluster's owner, with the right password.
    [[nodiscard]] StorageTarget target(const QString &dbname) const;
    // Ends every session connected to `dbname` from the server's side, as a DBA or a
    // failed-over proxy would (pg_terminate_backend).
    [[nodiscard]] bool terminateSessions(const QString &dbname);
    // Runs one statement on `dbname` as the owner; empty string or the error.
    [[nodiscard]] QString execute(const QString &dbname, const QString &sql);

    [[nodiscard]] int port() const;
    [[nodiscard]] QString log() const;

    // The folder of Debian's PostgreSQL programs (initdb, pg_ctl), newest version first.
    [[nodiscard]] static QString binDir();

private:
    [[nodiscard]] QString run(const QString &program, const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_password;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
    bool m_asNobody = false;
};

} // namespace earshot::test
