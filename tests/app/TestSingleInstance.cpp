// What a starting Earshot does when its database is taken, with the holder in another
// process: a window hands over to a window, is refused by a headless holder; a headless
// instance is refused by anyone, with the lock file named; a killed holder blocks nobody.
#include "LockHolderProcess.h"

#include "app/SingleInstance.h"
#include "core/instance/InstanceLock.h"

#include <QDir>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_LOCK_HOLDER").isEmpty())
            QFAIL("EARSHOT_LOCK_HOLDER is not set (ctest sets it)");
    }

    void theFirstClaimsTheDatabase()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        SingleInstance instance(ActivationServer::Role::Window);
        QCOMPARE(instance.claim(database), SingleInstance::Outcome::Claimed);
        QVERIFY(QFileInfo::exists(InstanceLock::lockFilePath(database)));
        // Held: another process cannot take it.
        LockHolderProcess other(database, QStringLiteral("window"));
        QVERIFY(!other.ready());
    }

    void aSecondWindowHandsOverToTheFirst()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        LockHolderProcess first(database, QStringLiteral("window"));
        QVERIFY(first.ready());
        SingleInstance second(ActivationServer::Role::Window);
        QCOMPARE(second.claim(database), SingleInstance::Outcome::HandedOver);
        QVERIFY(first.waitForLine("activated"));
        QVERIFY2(second.message().contains(QDir::toNativeSeparators(database)),
                 qPrintable(second.message()));
        QVERIFY(second.message().contains(QString::number(first.pid())));
        QVERIFY(second.message().contains(QStringLiteral("brought to the front")));
    }

    void aWindowIsRefusedByAHeadlessHolder()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        LockHolderProcess holder(database, QStringLiteral("headless"));
        QVERIFY(holder.ready());
        SingleInstance window(ActivationServer::Role::Window);
        QCOMPARE(window.claim(database), SingleInstance::Outcome::Refused);
        QVERIFY2(window.message().startsWith(
                     QStringLiteral("A headless Earshot (process %1)").arg(holder.pid())),
                 qPrintable(window.message()));
    }

    void headlessIsRefusedAndToldTheLock_data()
    {
        QTest::addColumn<QString>("holderRole");
        QTest::newRow("window holder") << QStringLiteral("window");
        QTest::newRow("headless holder") << QStringLiteral("headless");
    }

    void headlessIsRefusedAndToldTheLock()
    {
        QFETCH(QString, holderRole);
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        LockHolderProcess holder(database, holderRole);
        QVERIFY(holder.ready());
        SingleInstance headless(ActivationServer::Role::Headless);
        QCOMPARE(headless.claim(database), SingleInstance::Outcome::Refused);
        const QString message = headless.message();
        QVERIFY2(
            message.contains(
                QStringLiteral("is in use by another Earshot (process %1 on ").arg(holder.pid())),
            qPrintable(message));
        QVERIFY(message.contains(QDir::toNativeSeparators(InstanceLock::lockFilePath(database))));
    }

    void aKilledHolderBlocksNobody()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        LockHolderProcess holder(database, QStringLiteral("window"));
        QVERIFY(holder.ready());
        QVERIFY(holder.killHard());
        SingleInstance next(ActivationServer::Role::Headless);
        QCOMPARE(next.claim(database), SingleInstance::Outcome::Claimed);
    }

    void noLockNoStart()
    {
        QTemporaryDir dir;
        SingleInstance instance(ActivationServer::Role::Headless);
        QCOMPARE(instance.claim(dir.filePath(QStringLiteral("missing/earshot.sqlite"))),
                 SingleInstance::Outcome::Refused);
        QVERIFY2(instance.message().contains(QStringLiteral("missing")),
                 qPrintable(instance.message()));
    }

    void laterInstancesReachTheClaimant()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        SingleInstance instance(ActivationServer::Role::Window);
        QCOMPARE(instance.claim(database), SingleInstance::Outcome::Claimed);
        QSignalSpy asked(&instance, &SingleInstance::activationRequested);
        // A later instance, speaking the protocol from a socket of its own.
        QLocalSocket socket;
        socket.connectToServer(ActivationServer::channelName(database));
        QVERIFY(socket.waitForConnected(30'000));
        socket.write("earshot-activate/1\n");
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine(), 30'000);
        QCOMPARE(socket.readLine(), QByteArray("window\n"));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
