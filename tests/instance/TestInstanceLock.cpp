// The database lock: beside the database, one holder at a time, taken over at once from a
// process killed with SIGKILL, never from a live one however old its lock file is.
#include "LockHolderProcess.h"

#include "core/instance/InstanceLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

class TestInstanceLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_LOCK_HOLDER").isEmpty())
            QFAIL("EARSHOT_LOCK_HOLDER is not set (ctest sets it)");
    }

    void lockFileSitsBesideTheDatabaseWhileHeld()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        const QString lockFile = dir.filePath(QStringLiteral("earshot.sqlite.lock"));
        {
            LockAttempt attempt = InstanceLock::tryAcquire(database);
            QVERIFY(attempt.lock);
            QVERIFY(!attempt.holder);
            QCOMPARE(attempt.lock->lockFilePath(), lockFile);
            QCOMPARE(InstanceLock::lockFilePath(database), lockFile);
            QVERIFY(QFileInfo::exists(lockFile));
        }
        QVERIFY(!QFileInfo::exists(lockFile)); // released with the lock
        QVERIFY(InstanceLock::tryAcquire(database).lock);
    }

    void secondAttemptNamesTheHolder()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        const LockAttempt first = InstanceLock::tryAcquire(database);
        QVERIFY(first.lock);
        const LockAttempt second = InstanceLock::tryAcquire(database);
        QVERIFY(!second.lock);
        QVERIFY(second.holder);
        QCOMPARE(second.holder->pid, QCoreApplication::applicationPid());
        QCOMPARE(second.holder->hostname, QSysInfo::machineHostName());
        QVERIFY(second.error.isEmpty());
    }

    void spellingsOfOneDatabaseShareOneLock()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data/sub")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("data")),
                            dir.filePath(QStringLiteral("linked"))));
        const QString database = dir.filePath(QStringLiteral("data/earshot.sqlite"));
        const LockAttempt held = InstanceLock::tryAcquire(database);
        QVERIFY(held.lock);
        const QStringList spellings{dir.filePath(QStringLiteral("data/sub/../earshot.sqlite")),
                                    dir.filePath(QStringLiteral("linked/earshot.sqlite")),
                                    dir.filePath(QStringLiteral("data/./earshot.sqlite"))};
        for (const QString &spelling : spellings) {
            QCOMPARE(InstanceLock::lockFilePath(spelling), held.lock->lockFilePath());
            const LockAttempt other = InstanceLock::tryAcquire(spelling);
            QVERIFY2(!other.lock && other.holder, qPrintable(spelling));
        }
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(dir.filePath(QStringLiteral("data/sub")));
        const LockAttempt relative = InstanceLock::tryAcquire(QStringLiteral("../earshot.sqlite"));
        QDir::setCurrent(cwd);
        QVERIFY(!relative.lock && relative.holder);
        // Another file in the same folder is another database.
        QVERIFY(InstanceLock::tryAcquire(dir.filePath(QStringLiteral("data/other.sqlite"))).lock);
    }

    void anotherProcessHoldsIt()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        LockHolderProcess holder(database, QStringLiteral("headless"));
        QVERIFY(holder.ready());
        const LockAttempt attempt = InstanceLock::tryAcquire(database);
        QVERIFY(!attempt.lock);
        QVERIFY(attempt.holder);
        QCOMPARE(attempt.holder->pid, holder.pid());
    }

    void aLiveHolderIsNeverStaleHoweverOld()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        LockHolderProcess holder(database, QStringLiteral("headless"));
        QVERIFY(holder.ready());
        // As if it had been running for a day, far older than QLockFile's default stale age.
        QFile lockFile(InstanceLock::lockFilePath(database));
        QVERIFY(lockFile.open(QIODevice::ReadWrite));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1),
                                     QFileDevice::FileModificationTime));
        lockFile.close();
        const LockAttempt attempt = InstanceLock::tryAcquire(database);
        QVERIFY(!attempt.lock);
        QVERIFY(attempt.holder);
        QCOMPARE(attempt.holder->pid, holder.pid());
    }

    void aKilledHoldersLockIsTakenOverAtOnce()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        LockHolderProcess holder(database, QStringLiteral("headless"));
        QVERIFY(holder.ready());
        QVERIFY(holder.killHard());
        QVERIFY(QFileInfo::exists(InstanceLock::lockFilePath(database))); // left behind
        const LockAttempt attempt = InstanceLock::tryAcquire(database);
        QVERIFY(attempt.lock);
        QVERIFY(!attempt.holder);
    }

    // Killed between creating the lock file and writing its content: no process to check.
    void anEmptyLockFileLeftBehindIsTakenOver()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        QFile empty(InstanceLock::lockFilePath(database));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const LockAttempt attempt = InstanceLock::tryAcquire(database);
        QVERIFY(attempt.lock);
        QCOMPARE(InstanceLock::tryAcquire(database).holder->pid,
                 QCoreApplication::applicationPid());
    }

    void aFolderThatCannotHoldALockIsAnError()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("missing/earshot.sqlite"));
        const LockAttempt attempt = InstanceLock::tryAcquire(database);
        QVERIFY(!attempt.lock);
        QVERIFY(!attempt.holder);
        QVERIFY2(attempt.error.contains(QDir::toNativeSeparators(
                     dir.filePath(QStringLiteral("missing/earshot.sqlite.lock")))),
                 qPrintable(attempt.error));
    }
};

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "TestInstanceLock.moc"
