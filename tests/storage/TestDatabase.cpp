#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migratesAnEmptyFileAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(
                db.value()->execSql(QStringLiteral("INSERT INTO meta VALUES ('k','v')"), "t").ok());
        }
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QSqlQuery q(again.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key='k'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("v"));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()->execSql(QStringLiteral("PRAGMA user_version = 99"), "t").ok());
        }
        auto newer = Database::open(path);
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().code, QStringLiteral("storage.newer"));
        QVERIFY(newer.error().message.contains(QStringLiteral("99")));
    }

    void failedTransactionLeavesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        Database &d = *db.value();
        const Status s = d.transaction([&]() -> Status {
            if (Status a = d.execSql(QStringLiteral("INSERT INTO meta VALUES ('a','1')"), "a");
                !a.ok())
                return a;
            return d.execSql(QStringLiteral("INSERT INTO no_such_table VALUES (1)"), "b");
        });
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("no_such_table")));
        QSqlQuery q(d.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM meta")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void unopenablePathIsAClearError()
    {
        auto db = Database::open(QStringLiteral("/proc/earshot/cannot/be/here.sqlite"));
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("database")));
    }

    // ~/.local/share/Earshot/ (XDG_DATA_HOME here); a database only in Earshot 0.1's nested
    // folder is used where it is; the demo always gets the current folder.
    void defaultPathsAndTheLegacyFolder()
    {
        QTemporaryDir home;
        const QByteArray savedDataHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
        QCoreApplication::setApplicationName(QStringLiteral("Earshot"));
        const QString folder = home.filePath(QStringLiteral("Earshot"));
        QCOMPARE(Database::defaultPath(), folder + QStringLiteral("/earshot.sqlite"));
        QCOMPARE(Database::defaultPath(true), folder + QStringLiteral("/earshot-demo.sqlite"));
        QVERIFY(QFileInfo(folder).isDir());

        const QString legacy = folder + QStringLiteral("/Earshot/earshot.sqlite");
        QVERIFY(QDir().mkpath(QFileInfo(legacy).path()));
        QVERIFY(Database::open(legacy).ok());
        QCOMPARE(Database::defaultPath(), legacy);
        QCOMPARE(Database::defaultPath(true), folder + QStringLiteral("/earshot-demo.sqlite"));

        QVERIFY(Database::open(folder + QStringLiteral("/earshot.sqlite")).ok());
        QCOMPARE(Database::defaultPath(), folder + QStringLiteral("/earshot.sqlite"));
        qputenv("XDG_DATA_HOME", savedDataHome);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
