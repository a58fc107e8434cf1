// Database on a real PostgreSQL server that the test starts itself (PostgresServer): the
// schema made once and kept, a newer schema refused, a wrong password, a server away, a
// read-only database and a connection lost mid-window, each a clear error of its own kind
// that never shows the password.
#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"
#include "tests/support/PostgresServer.h"

#include <QObject>
#include <QSqlQuery>
#include <QTest>

using namespace earshot;

class TestDatabasePostgres : public QObject
{
    Q_OBJECT

private:
    test::PostgresServer m_server;

    StorageTarget freshTarget(const QString &hint)
    {
        const QString name = m_server.createDatabase(hint);
        if (name.isEmpty())
            qFatal("cannot create a database: %s", qPrintable(m_server.log().right(2000)));
        return m_server.target(name);
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void makesTheSchemaOnceAndReopens()
    {
        const StorageTarget target = freshTarget(QStringLiteral("schema"));
        {
            auto db = Database::open(target);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            QCOMPARE(db.value()->backend(), StorageTarget::Backend::PostgreSql);
            QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
            QVERIFY(
                db.value()->execSql(QStringLiteral("INSERT INTO meta VALUES ('k','v')"), "t").ok());
        }
        // A second console on the same database: the schema is there, nothing is made twice.
        auto first = Database::open(target);
        auto second = Database::open(target);
        QVERIFY(first.ok() && second.ok());
        QSqlQuery q(second.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM earshot_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key='k'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("v"));
        // The password is nowhere in what Earshot says about the database.
        QVERIFY(!first.value()->path().contains(target.password));
        QCOMPARE(first.value()->path(), QStringLiteral("postgresql://earshot@127.0.0.1:%1/%2")
                                            .arg(m_server.port())
                                            .arg(target.dbname));
    }

    // A database made at schema 5 (the first PostgreSQL schema) gains what came later,
    // once, with the data kept.
    void aSchema5DatabaseIsMigrated()
    {
        const StorageTarget target = freshTarget(QStringLiteral("five"));
        {
            auto db = Database::open(target);
            QVERIFY(db.ok());
            QVERIFY(db.value()->execSql(QStringLiteral("DROP TABLE operator_requests"), "t").ok());
            QVERIFY(db.value()
                        ->execSql(QStringLiteral("UPDATE earshot_schema SET version = 5"), "t")
                        .ok());
            QVERIFY(db.value()
                        ->execSql(QStringLiteral("INSERT INTO meta VALUES ('kept','yes')"), "t")
                        .ok());
        }
        auto db = Database::open(target);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM operator_requests")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key='kept'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("yes"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM earshot_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void refusesANewerSchema()
    {
        const StorageTarget target = freshTarget(QStringLiteral("newer"));
        {
            auto db = Database::open(target);
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        ->execSql(QStringLiteral("UPDATE earshot_schema SET version = 99"), "t")
                        .ok());
        }
        auto newer = Database::open(target);
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().kind, ErrorKind::StorageNewer);
        QVERIFY(newer.error().message.contains(QStringLiteral("99")));
    }

    void aWrongPasswordIsRefusedWithoutShowingIt()
    {
        StorageTarget target = freshTarget(QStringLiteral("password"));
        target.password = QStringLiteral("not-the-password-7f3a9c");
        auto refused = Database::open(target);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::StorageLoginRefused);
        QVERIFY2(refused.error().message.contains(QLatin1StringView("password")),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(target.password));
    }

    void aServerThatIsAwayIsUnreachable()
    {
        StorageTarget target = freshTarget(QStringLiteral("away"));
        target.port = 1; // tcpmux: nothing listens there

        auto refused = Database::open(target);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::StorageUnreachable);
        QVERIFY2(refused.error().message.contains(target.describe()),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(target.password));
    }

    void aReadOnlyDatabaseIsRefused()
    {
        const StorageTarget target = freshTarget(QStringLiteral("readonly"));
        QVERIFY(Database::open(target).ok());
        QCOMPARE(m_server.execute(QStringLiteral("postgres"),
                                  QStringLiteral("ALTER DATABASE %1 SET "
                                                 "default_transaction_read_only = on")
                                      .arg(target.dbname)),
                 QString());
        auto refused = Database::open(target);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::StorageReadOnly);
    }

    // The server ends the session in the middle of a window (a DBA, a fail-over): the
    // window's transaction fails with a clear error and takes nothing with it; reopen()
    // connects again and the next attempt stores the window once.
    void aLostConnectionFailsTheWindowAndReopenRecovers()
    {
        const StorageTarget target = freshTarget(QStringLiteral("lost"));
        auto opened = Database::open(target);
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        EventOutbox outbox(db);
        QVERIFY(outbox.enqueue(QStringLiteral("A"), QStringLiteral("trigger"), "{}", 1).ok());
        const Status lost = db.transaction([&]() -> Status {
            if (auto id = outbox.enqueue(QStringLiteral("B"), QStringLiteral("trigger"), "{}", 2);
                !id.ok())
                return id.error();
            if (!m_server.terminateSessions(target.dbname))
                return Error{ErrorKind::Storage, QStringLiteral("test: terminate failed")};
            return outbox.enqueue(QStringLiteral("C"), QStringLiteral("trigger"), "{}", 3).ok()
                       ? success()
                       : Error{ErrorKind::Storage, QStringLiteral("connection lost")};
        });
        QVERIFY(!lost.ok());
        QVERIFY(!outbox.pendingCount().ok()); // the connection is gone until reopened
        const Status reopened = db.reopen();
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        QCOMPARE(outbox.pendingCount().value(), 1); // A only: B went with the transaction
        const Status again = db.transaction([&]() -> Status {
            auto id = outbox.enqueue(QStringLiteral("B"), QStringLiteral("trigger"), "{}", 2);
            if (!id.ok())
                return id.error();
            return success();
        });
        QVERIFY(again.ok());
        QCOMPARE(outbox.pendingCount().value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabasePostgres)
#include "TestDatabasePostgres.moc"
