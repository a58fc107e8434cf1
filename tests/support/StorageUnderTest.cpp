#include "tests/support/StorageUnderTest.h"

#include <QtGlobal>

namespace earshot::test {

StorageUnderTest::StorageUnderTest()
{
    if (qEnvironmentVariable("EARSHOT_TEST_STORAGE") == QLatin1StringView("postgresql"))
        m_server = std::make_unique<PostgresServer>();
}

QString StorageUnderTest::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    return m_server ? m_server->start() : QString();
}

bool StorageUnderTest::postgres() const
{
    return m_server != nullptr;
}

QString StorageUnderTest::backendName() const
{
    return postgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

StorageTarget StorageUnderTest::fresh(const QString &hint)
{
    if (m_server)
        return m_server->target(m_server->createDatabase(hint));
    return StorageTarget::sqlite(
        m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(hint).arg(++m_databases)));
}

Result<std::unique_ptr<Database>> StorageUnderTest::openFresh()
{
    return Database::open(fresh());
}

PostgresServer *StorageUnderTest::server()
{
    return m_server.get();
}

} // namespace earshot::test
