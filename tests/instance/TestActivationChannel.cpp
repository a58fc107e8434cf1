// The line to the Earshot that holds a database, over a real local socket to another
// process: a window holder shows its window, a headless one says it has none, a killed
// one's socket is taken over, and a peer that does not speak the protocol is cut off.
#include "LockHolderProcess.h"

#include "core/instance/ActivationChannel.h"
#include "core/instance/InstanceLock.h"

#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr int kTimeoutMs = 30'000; // generous: the machine may be loaded

} // namespace

class TestActivationChannel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_LOCK_HOLDER").isEmpty())
            QFAIL("EARSHOT_LOCK_HOLDER is not set (ctest sets it)");
    }

    void oneChannelPerDatabase()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        const QString name = ActivationServer::channelName(database);
        QVERIFY(name.startsWith(QStringLiteral("earshot-")));
        QCOMPARE(name.size(), 8 + 24);
        QCOMPARE(ActivationServer::channelName(dir.filePath(QStringLiteral("./earshot.sqlite"))),
                 name);
        QVERIFY(ActivationServer::channelName(dir.filePath(QStringLiteral("other.sqlite"))) !=
                name);
    }

    void aWindowHolderShowsItsWindow()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        LockHolderProcess holder(database, QStringLiteral("window"));
        QVERIFY(holder.ready());
        QCOMPARE(requestActivation(ActivationServer::channelName(database), kTimeoutMs),
                 ActivationReply::WindowShown);
        QVERIFY(holder.waitForLine("activated"));
    }

    void aHeadlessHolderSaysItHasNoWindow()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        LockHolderProcess holder(database, QStringLiteral("headless"));
        QVERIFY(holder.ready());
        QCOMPARE(requestActivation(ActivationServer::channelName(database), kTimeoutMs),
                 ActivationReply::NoWindow);
    }

    void nobodyListening()
    {
        QTemporaryDir dir;
        QCOMPARE(requestActivation(
                     ActivationServer::channelName(dir.filePath(QStringLiteral("none.sqlite"))),
                     kTimeoutMs),
                 ActivationReply::NoAnswer);
    }

    void theNextHolderTakesOverAKilledOnesSocket()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        {
            LockHolderProcess killed(database, QStringLiteral("window"));
            QVERIFY(killed.ready());
            QVERIFY(killed.killHard()); // its lock file and socket stay behind
        }
        QCOMPARE(requestActivation(ActivationServer::channelName(database), kTimeoutMs),
                 ActivationReply::NoAnswer);
        LockHolderProcess next(database, QStringLiteral("window"));
        QVERIFY(next.ready());
        QCOMPARE(requestActivation(ActivationServer::channelName(database), kTimeoutMs),
                 ActivationReply::WindowShown);
        QVERIFY(next.waitForLine("activated"));
    }

    void listeningTakesTheLock()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        const LockAttempt attempt = InstanceLock::tryAcquire(database);
        QVERIFY(attempt.lock);
        ActivationServer server(ActivationServer::Role::Window);
        QVERIFY(server.listen(*attempt.lock).ok());
        QVERIFY(server.serverName().contains(ActivationServer::channelName(database)));
    }

    void aPeerThatDoesNotSpeakTheProtocolIsCutOff_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("another request") << QByteArray("earshot-quit/1\n");
        QTest::newRow("another version") << QByteArray("earshot-activate/2\n");
        QTest::newRow("endless line") << QByteArray(4096, 'x');
    }

    void aPeerThatDoesNotSpeakTheProtocolIsCutOff()
    {
        QFETCH(QByteArray, request);
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("earshot.sqlite"));
        LockHolderProcess holder(database, QStringLiteral("window"));
        QVERIFY(holder.ready());
        QLocalSocket socket;
        socket.connectToServer(ActivationServer::channelName(database));
        QVERIFY(socket.waitForConnected(kTimeoutMs));
        socket.write(request);
        QVERIFY(socket.waitForDisconnected(kTimeoutMs));
        QVERIFY(socket.readAll().isEmpty()); // no answer, no window
        // It still serves the next one.
        QCOMPARE(requestActivation(ActivationServer::channelName(database), kTimeoutMs),
                 ActivationReply::WindowShown);
    }
};

QTEST_GUILESS_MAIN(TestActivationChannel)
#include "TestActivationChannel.moc"
