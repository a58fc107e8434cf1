#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
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
        QCOMPARE(newer.error().kind, ErrorKind::StorageNewer);
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

    void anEmptyExistingFileIsRefusedUnlessReset()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::StorageDamaged);
        QVERIFY(refused.error().message.contains(QStringLiteral("empty")));
        QCOMPARE(QFileInfo(path).size(), 0); // never recreated behind the operator's back
        auto reset = Database::open(path, Database::OpenMode::Reset);
        QVERIFY2(reset.ok(), reset.ok() ? "" : qPrintable(reset.error().message));
        QCOMPARE(reset.value()->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("empty.sqlite.damaged-*")}).size(), 1);
    }

    void anOverwrittenInteriorPageFailsTheIntegrityCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pages.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            Database &d = *db.value();
            QVERIFY(d.transaction([&]() -> Status {
                         QSqlQuery q(d.connection());
                         q.prepare(QStringLiteral("INSERT INTO audit (at_ms, kind, outcome) "
                                                  "VALUES (?, 'k', ?)"));
                         for (int i = 0; i < 2000; ++i) {
                             q.addBindValue(i);
                             q.addBindValue(QString(100, QChar(u'a' + i % 26)));
                             if (Status s = d.exec(q, "insert"); !s.ok())
                                 return s;
                         }
                         return success();
                     }).ok());
            QVERIFY(d.execSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), "cp").ok());
        }
        QFile file(path);
        QVERIFY(file.size() > 20 * 4096);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(10 * 4096)); // an interior page, as in the adversarial run
        QByteArray junk(4096, 0);
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) ^ 0x5a);
        file.write(junk);
        file.close();
        auto damaged = Database::open(path);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().kind, ErrorKind::StorageDamaged);
        QVERIFY2(damaged.error().message.contains(QStringLiteral("--reset-database")),
                 qPrintable(damaged.error().message));
    }

    void garbageIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::StorageDamaged);
        QCOMPARE(QFileInfo(path).size(), 8192);
    }

    void aDatabaseThatCannotBeWrittenIsRefusedAndRecoversOnReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()->execSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), "cp").ok());
        // Root ignores permissions (CI runs as root): the immutable flag stops root too.
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0)
            QSKIP("chattr +i is not available here: cannot make the file unwritable");
        auto readOnly = Database::open(path);
        const Status reopened = db.value()->reopen();
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        QVERIFY(!readOnly.ok());
        QCOMPARE(readOnly.error().kind, ErrorKind::StorageReadOnly);
        QVERIFY(readOnly.error().message.contains(QStringLiteral("cannot be written")));
        QVERIFY(!reopened.ok()); // still unwritable
        // Writable again: the same object recovers without a restart.
        QVERIFY2(db.value()->reopen().ok(), "reopen after the cause is gone");
        QVERIFY(db.value()->execSql(QStringLiteral("INSERT INTO meta VALUES ('r','1')"), "w").ok());
    }

    void walIsCheckpointedOften()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("wal.sqlite")));
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kWalCheckpointPages);
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
