// The real `earshot --headless` on a shared PostgreSQL database when the leader is cut off
// the network: its packets to and from the server are dropped in the kernel (no FIN, no RST,
// no ACK), as when a cable is pulled or a firewall starts dropping. Within a minute the server
// gives the silent session up (its keepalives, or its user timeout when data was in flight)
// and frees the leader lock, the standby takes over and finishes the episode, and once the
// network is back the old leader finds the lock taken and stands by: PagerDuty sees one
// incident, in order.
//
// The cut is an nftables drop rule in a network namespace of this test's own, never the
// machine's: a userspace relay could not model it, as its kernel would go on ACKing both
// sides (the server's keepalive probes too), so neither side would ever notice the cut.
#include "core/alerting/Decision.h"
#include "tests/support/HeadlessConsoles.h"
#include "tests/support/PostgresServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <vector>

#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace earshot;
using namespace earshot::test;

namespace {

// A window lasts 7.5 s: the minute that the cut lasts is 8 windows, within the poller's
// back-fill limit (12) and the watchdog's threshold below, as a minute is far within both at
// the real pace (at the other tests' 300, the standby would skip windows and the old leader's
// watchdog would page Earshot's own health).
constexpr double kCutSpeed = 40;

// This process, and all it starts from now on (the server, the fakes, the consoles), moves
// to a network namespace of its own with only a loopback: the drop rule cuts nothing
// outside the test and ends with it.
QString enterPrivateNetwork()
{
    if (::unshare(CLONE_NEWNET) != 0)
        return QStringLiteral("unshare(CLONE_NEWNET): %1; the test runs as root, as CI does")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ifreq loopback{};
    std::strncpy(loopback.ifr_name, "lo", IFNAMSIZ - 1);
    bool up = fd >= 0 && ::ioctl(fd, SIOCGIFFLAGS, &loopback) == 0;
    loopback.ifr_flags |= IFF_UP;
    up = up && ::ioctl(fd, SIOCSIFFLAGS, &loopback) == 0;
    const int error = errno;
    if (fd >= 0)
        ::close(fd);
    return up ? QString()
              : QStringLiteral("cannot bring the loopback up: %1")
                    .arg(QString::fromLocal8Bit(std::strerror(error)));
}

// Runs an nftables script in this namespace; empty string or what went wrong.
QString nft(const QByteArray &script)
{
    // In /usr/sbin, which not every PATH has.
    QString program = QStandardPaths::findExecutable(QStringLiteral("nft"));
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(
            QStringLiteral("nft"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (program.isEmpty())
        return QStringLiteral("nft is not installed (Debian: nftables); "
                              "packaging/linux/install-deps.sh installs it");
    QProcess p;
    p.start(program, {QStringLiteral("-f"), QStringLiteral("-")});
    p.write(script);
    p.closeWriteChannel();
    if (!p.waitForFinished(10'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("nft failed (%1): %2")
            .arg(p.errorString(), QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return {};
}

// Every packet to or from the server's second address is dropped: the consoles connected
// through it hear nothing more, and neither does the server from them.
QString cut()
{
    return nft(QStringLiteral("table inet earshot_network_cut {\n"
                              " chain output {\n"
                              "  type filter hook output priority 0; policy accept;\n"
                              "  ip daddr %1 drop\n"
                              "  ip saddr %1 drop\n"
                              " }\n"
                              "}\n")
                   .arg(PostgresServer::kSecondAddress)
                   .toLatin1());
}

QString heal()
{
    return nft("delete table inet earshot_network_cut\n");
}

} // namespace

class TestHeadlessNetworkCut : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_BINARY").isEmpty())
            QFAIL("EARSHOT_BINARY is not set (ctest sets it)");
        const QString network = enterPrivateNetwork();
        QVERIFY2(network.isEmpty(), qPrintable(network));
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Two consoles: the leader reaches the server through the address that is cut, the
    // standby through 127.0.0.1. The cut comes after the first page, mid-episode.
    void aLeaderCutOffTheNetworkHandsOverWithoutTwoLeaders()
    {
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("n")));
        StorageTarget throughTheCut = target;
        throughTheCut.host = PostgresServer::kSecondAddress;
        Harness h(storageSection(throughTheCut) + "[health]\npage_after_windows = 24\n", kCutSpeed);
        const QString standbyConfig = h.dir.filePath(QStringLiteral("standby.ini"));
        {
            QFile leaderIni(h.configPath);
            QFile standbyIni(standbyConfig);
            QVERIFY(leaderIni.open(QIODevice::ReadOnly) && standbyIni.open(QIODevice::WriteOnly));
            QVERIFY(standbyIni.write(leaderIni.readAll().replace(storageSection(throughTheCut),
                                                                 storageSection(target))) > 0);
        }
        const QString key = makeDedupKey(kQueue, h.windowZero + 3 * 300);
        std::vector<Console> consoles;
        consoles.push_back(startConsole(h, target.password));
        QVERIFY(
            QTest::qWaitFor([&] { return h.genesys->requestCount("/oauth/token") > 0; }, 30'000));
        consoles.push_back(startConsole(h, target.password, standbyConfig));
        Console &leader = consoles[0];
        Console &standby = consoles[1];
        QVERIFY(QTest::qWaitFor([&] { return standingBy(consoles) == 1; }, 30'000));
        QVERIFY(standby.standingBy());
        QVERIFY(QTest::qWaitFor([&] { return !actionsFor(h.pagerDuty, key).isEmpty(); }, 60'000));

        QString problem = cut();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QElapsedTimer sinceCut;
        sinceCut.start();
        // Within a minute the server gives the silent session up (keepalives when it was
        // idle, the user timeout when its answer was in flight) and frees the lock, which the
        // standby asks for every 30 s (simulated).
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         standby.read();
                         return !standby.standingBy();
                     },
                     180'000),
                 "the standby never took over from the leader cut off the network");
        const qint64 takeoverMs = sinceCut.elapsed();
        leader.read();
        QVERIFY(!leader.err.contains("another Earshot took over polling"));

        problem = heal();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(QTest::qWaitFor([&] { return h.resolvedAtPagerDuty(key); }, 120'000));
        // Its own user timeout has ended the old leader's wait on the cut connection; back on
        // the network, it finds the lock taken: it writes nothing more and stands by.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         leader.read();
                         return leader.err.contains("another Earshot took over polling") &&
                                leader.standingBy();
                     },
                     120'000),
                 leader.err.constData());
        const qint64 backMs = sinceCut.elapsed();
        qInfo("the standby took over %.1f s after the cut; the old leader stood by %.1f s after "
              "it",
              double(takeoverMs) / 1000, double(backMs) / 1000);
        QCOMPARE(standingBy(consoles), 1);
        for (Console &c : consoles)
            QVERIFY(stop(*c.process));

        QCOMPARE(dedupKeys(h.pagerDuty), QStringList{key});
        QCOMPARE(h.pagerDuty.incidents().size(), 1);
        const QStringList actions = actionsFor(h.pagerDuty, key);
        qInfo().noquote() << "PagerDuty received:" << actions.join(QStringLiteral(", "));
        problem = episodeOrderProblem(actions);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The standby went on from the shared cursor: no window is missing from the history.
        const qint64 first = scalar(target, QStringLiteral("SELECT MIN(window_start) FROM "
                                                           "history"));
        const qint64 last = scalar(target, QStringLiteral("SELECT MAX(window_start) FROM "
                                                          "history"));
        QCOMPARE(scalar(target, QStringLiteral("SELECT COUNT(DISTINCT window_start) FROM "
                                               "history")),
                 (last - first) / 300 + 1);
    }
};

QTEST_GUILESS_MAIN(TestHeadlessNetworkCut)
#include "TestHeadlessNetworkCut.moc"
