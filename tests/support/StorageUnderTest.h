#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/StorageTarget.h"
#include "tests/support/PostgresServer.h"

#include <QTemporaryDir>

#include <memory>

namespace earshot::test {

// The backend a storage test runs on: SQLite files in a temporary folder (the default), or
// databases on a PostgreSQL server of the test's own when EARSHOT_TEST_STORAGE=postgresql.
// CTest registers every storage test both ways (earshot_add_storage_test), so the same
// test functions prove both backends.
class StorageUnderTest
{
public:
    StorageUnderTest();

    // Starts the PostgreSQL server when the test runs on it; an empty string or why not.
    [[nodiscard]] QString start();
    [[nodiscard]] bool postgres() const;
    // "sqlite" or "postgresql", for messages.
    [[nodiscard]] QString backendName() const;

    // A new, empty database (a file not yet made, or a database just created).
    [[nodiscard]] StorageTarget fresh(const QString &hint = QStringLiteral("t"));
    // fresh(), opened.
    [[nodiscard]] Result<std::unique_ptr<Database>> openFresh();

    // The server, when the test runs on PostgreSQL (else null).
    [[nodiscard]] PostgresServer *server();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_server;
    int m_databases = 0;
};

} // namespace earshot::test
