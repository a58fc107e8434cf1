// The real `earshot --headless` with [storage] backend = postgresql, against a PostgreSQL
// server this test starts (PostgresServer) and the fakes: the scripted episode pages once,
// in order, with everything kept in PostgreSQL (no SQLite file is made); kill -9 at many
// points loses and doubles nothing; a wrong password is a clear error that never shows it.
#include "core/alerting/Decision.h"
#include "tests/support/HeadlessConsoles.h"
#include "tests/support/PostgresServer.h"

#include <QFileInfo>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace earshot;
using namespace earshot::test;

class TestHeadlessPostgres : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_BINARY").isEmpty())
            QFAIL("EARSHOT_BINARY is not set (ctest sets it)");
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void scriptedEpisodeIsKeptInPostgres()
    {
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("e")));
        Harness h(storageSection(target));
        const QString key = makeDedupKey(kQueue, h.windowZero + 3 * 300);
        auto child = h.start(passwordEnvironment(target.password));
        QVERIFY(QTest::qWaitFor([&] { return h.resolvedAtPagerDuty(key); }, 60'000));
        // Everything is in PostgreSQL: the three events marked delivered once PagerDuty
        // answered, the episode resolved, the history.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return scalar(target, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = "
                                                     "'delivered'")) == 3;
            },
            30'000));
        QVERIFY(stop(*child));
        QCOMPARE(dedupKeys(h.pagerDuty), QStringList{key});
        QCOMPARE(actionsFor(h.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("trigger:critical"),
                              QStringLiteral("resolve")}));
        QCOMPARE(scalar(target, QStringLiteral("SELECT COUNT(*) FROM episodes WHERE state = "
                                               "'resolved'")),
                 1);
        QVERIFY(scalar(target, QStringLiteral("SELECT COUNT(*) FROM history")) >= 10);
        QVERIFY(!QFileInfo::exists(h.dir.filePath(QStringLiteral("state.sqlite"))));
    }

    void killNineAtManyPointsLosesNothing()
    {
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("k")));
        Harness h(storageSection(target));
        const QString key = makeDedupKey(kQueue, h.windowZero + 3 * 300);
        QVERIFY(killNineUntilResolved(h, key, 20261202, 12, passwordEnvironment(target.password)));
        // One episode, one incident, in order; a trigger may come twice (at least once).
        QCOMPARE(dedupKeys(h.pagerDuty), QStringList{key});
        QCOMPARE(h.pagerDuty.incidents().size(), 1);
        const QString problem = episodeOrderProblem(actionsFor(h.pagerDuty, key));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Three consoles on one database: one polls and pages, two stand by. The leader is
    // killed with SIGKILL mid-episode, again and again; each time a standby takes over from
    // the shared cursor (no window missing from the history), and PagerDuty sees one
    // incident: its triggers (at least once) before its one resolve.
    void threeConsolesOneLeaderAndTakeoverAfterKillNine()
    {
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("t")));
        Harness h(storageSection(target));
        const QString key = makeDedupKey(kQueue, h.windowZero + 3 * 300);
        std::vector<Console> consoles;
        for (int i = 0; i < 3; ++i)
            consoles.push_back(startConsole(h, target.password));
        const auto standbys = [&] {
            return standingBy(consoles);
        };
        QVERIFY(QTest::qWaitFor([&] { return standbys() == 2; }, 30'000));
        int takeovers = 0;
        for (int round = 0; round < 3 && !h.resolvedAtPagerDuty(key); ++round) {
            // Kill points: after the warning is paged, in the middle, after the critical.
            if (round == 0)
                QVERIFY(QTest::qWaitFor([&] { return !actionsFor(h.pagerDuty, key).isEmpty(); },
                                        60'000));
            else if (round == 1)
                QTest::qWait(700);
            else
                QVERIFY(QTest::qWaitFor(
                    [&] {
                        return actionsFor(h.pagerDuty, key)
                                   .contains(QStringLiteral("trigger:critical")) ||
                               h.resolvedAtPagerDuty(key);
                    },
                    60'000));
            QCOMPARE(standbys(), 2);
            auto leader = std::find_if(consoles.begin(), consoles.end(),
                                       [](const Console &c) { return !c.standingBy(); });
            leader->process->kill();
            QVERIFY(finished(*leader->process, 5000));
            consoles.erase(leader);
            // One of the two standbys takes over; a new console joins as a standby.
            QVERIFY(QTest::qWaitFor([&] { return standbys() == 1; }, 30'000));
            ++takeovers;
            consoles.push_back(startConsole(h, target.password));
            QVERIFY(QTest::qWaitFor([&] { return standbys() == 2; }, 30'000));
        }
        QVERIFY(takeovers >= 2);
        QVERIFY(QTest::qWaitFor([&] { return h.resolvedAtPagerDuty(key); }, 60'000));
        for (Console &c : consoles)
            QVERIFY(stop(*c.process));
        QCOMPARE(dedupKeys(h.pagerDuty), QStringList{key});
        QCOMPARE(h.pagerDuty.incidents().size(), 1);
        const QStringList actions = actionsFor(h.pagerDuty, key);
        qInfo().noquote() << "takeovers:" << takeovers
                          << "- PagerDuty received:" << actions.join(QStringLiteral(", "));
        const QString problem = episodeOrderProblem(actions);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The windows went on from the shared cursor: none is missing from the history.
        const qint64 first = scalar(target, QStringLiteral("SELECT MIN(window_start) FROM "
                                                           "history"));
        const qint64 last = scalar(target, QStringLiteral("SELECT MAX(window_start) FROM "
                                                          "history"));
        QCOMPARE(scalar(target, QStringLiteral("SELECT COUNT(DISTINCT window_start) FROM "
                                               "history")),
                 (last - first) / 300 + 1);
    }

    // The server ends the leader's session (a DBA, a fail-over proxy): its lock is gone, the
    // standby takes it, and the old leader, when it connects again, finds the lock taken,
    // writes nothing more and stands by. Whoever leads, PagerDuty sees one incident, in order.
    void aKilledSessionHandsOverWithoutTwoLeaders()
    {
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("s")));
        Harness h(storageSection(target));
        const QString key = makeDedupKey(kQueue, h.windowZero + 3 * 300);
        std::vector<Console> consoles;
        consoles.push_back(startConsole(h, target.password));
        QVERIFY(
            QTest::qWaitFor([&] { return h.genesys->requestCount("/oauth/token") > 0; }, 30'000));
        consoles.push_back(startConsole(h, target.password));
        const auto standbys = [&] {
            return standingBy(consoles);
        };
        QVERIFY(QTest::qWaitFor([&] { return standbys() == 1; }, 30'000));
        QVERIFY(consoles[1].standingBy());
        QVERIFY(QTest::qWaitFor([&] { return !actionsFor(h.pagerDuty, key).isEmpty(); }, 60'000));
        QVERIFY(m_server.terminateSessions(target.dbname));
        QVERIFY(QTest::qWaitFor([&] { return h.resolvedAtPagerDuty(key); }, 60'000));
        // One leader at the end, the other standing by; both still running.
        QCOMPARE(standbys(), 1);
        for (Console &c : consoles)
            QCOMPARE(c.process->state(), QProcess::Running);
        const bool handedOver = consoles[0].err.contains("another Earshot took over polling");
        qInfo() << "the standby took over:" << handedOver;
        if (handedOver)
            QVERIFY(!consoles[1].standingBy() && consoles[0].standingBy());
        for (Console &c : consoles)
            QVERIFY(stop(*c.process));
        QCOMPARE(dedupKeys(h.pagerDuty), QStringList{key});
        QCOMPARE(h.pagerDuty.incidents().size(), 1);
        const QString problem = episodeOrderProblem(actionsFor(h.pagerDuty, key));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // --role leader: poll or exit, never stand by. While another console polls it exits 1
    // naming that one; the one that polls goes on.
    void aLeaderRoleExitsWhileAnotherPolls()
    {
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("l")));
        Harness h(storageSection(target));
        Console first = startConsole(h, target.password);
        QVERIFY(QTest::qWaitFor([&] { return h.genesys->requestCount("/oauth/token") > 0; },
                                30'000)); // it leads: it polls
        QProcess second;
        QProcessEnvironment env = Harness::environment();
        env.insert(QStringLiteral("EARSHOT_DB_PASSWORD"), target.password);
        second.setProcessEnvironment(env);
        second.start(qEnvironmentVariable("EARSHOT_BINARY"),
                     {QStringLiteral("--headless"), QStringLiteral("--role"),
                      QStringLiteral("leader"), QStringLiteral("--config"), h.configPath});
        QVERIFY(finished(second, 30'000));
        const QString err = QString::fromUtf8(second.readAllStandardError());
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1StringView("another Earshot polls the database")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("(process %1)").arg(first.process->processId())),
                 qPrintable(err));
        QVERIFY2(!err.contains(QLatin1StringView("standing by")), qPrintable(err));
        first.read();
        QVERIFY(!first.standingBy());
        QCOMPARE(first.process->state(), QProcess::Running);
        QVERIFY(stop(*first.process));
    }

    void aWrongPasswordIsAClearErrorThatNeverShowsIt()
    {
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("w")));
        Harness h(storageSection(target));
        QProcess p;
        QProcessEnvironment env = Harness::environment();
        env.insert(QStringLiteral("EARSHOT_DB_PASSWORD"), QStringLiteral("wrong-Pa55-9d1e"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("EARSHOT_BINARY"),
                {QStringLiteral("--headless"), QStringLiteral("--config"), h.configPath});
        QVERIFY(finished(p, 30'000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1StringView("refused Earshot's login")), qPrintable(err));
        QVERIFY2(err.contains(target.describe()), qPrintable(err));
        QVERIFY(!err.contains(QLatin1StringView("wrong-Pa55-9d1e")));
        QCOMPARE(h.genesys->requestCount("/oauth/token"), 0); // nothing polled
        QVERIFY(h.pagerDuty.incidents().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeadlessPostgres)
#include "TestHeadlessPostgres.moc"
