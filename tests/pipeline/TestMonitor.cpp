#include "tests/support/MonitorWorld.h"
#include "tests/support/PipelineRig.h"

#include "core/model/TimeWindow.h"
#include "core/pipeline/Monitor.h"
#include "tests/support/ManualClock.h"
#include "tests/support/PostgresServer.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

class TestMonitor : public QObject
{
    Q_OBJECT

private slots:
    // Issue 13: on a shared database one Monitor leads and says so; a second one that must
    // lead (--role leader) is refused with who leads, until the first is gone.
    void oneMonitorLeadsASharedDatabase()
    {
        PostgresServer server;
        const QString problem = server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const StorageTarget target = server.target(server.createDatabase(QStringLiteral("m")));
        World w;
        MonitorSetup setup = w.setup(QString());
        setup.sharedStorage = target;
        {
            auto leader = Monitor::create(setup);
            QVERIFY2(leader.ok(), leader.ok() ? "" : qPrintable(leader.error().message));
            QCOMPARE(leader.value()->sharedDatabase(), target.describe());
            MonitorSetup mustLead = setup;
            mustLead.role = ConsoleRole::Leader;
            auto second = Monitor::create(mustLead);
            QVERIFY(!second.ok());
            QCOMPARE(second.error().kind, ErrorKind::StorageLeaderElsewhere);
            QVERIFY2(second.error().message.contains(QStringLiteral("(process %1), leading since")
                                                         .arg(QCoreApplication::applicationPid())),
                     qPrintable(second.error().message));
        }
        setup.role = ConsoleRole::Leader;
        auto next = Monitor::create(setup); // the leader's session ended with it
        QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().message));
        QTemporaryDir dir;
        auto own = Monitor::create(w.setup(dir.filePath(QStringLiteral("own.sqlite"))));
        QVERIFY(own.ok());
        QVERIFY(own.value()->sharedDatabase().isEmpty());
    }

    void oneTriggerOneEscalationOneResolve()
    {
        QTemporaryDir dir;
        World w;
        auto monitor = Monitor::create(w.setup(dir.filePath(QStringLiteral("m.sqlite"))));
        QVERIFY2(monitor.ok(), monitor.ok() ? "" : qPrintable(monitor.error().message));
        monitor.value()->start();
        w.run(*monitor.value(), 14);
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QCOMPARE(dedupKeys(w.pagerDuty), QStringList{key});
        QCOMPARE(actionsFor(w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("trigger:critical"),
                              QStringLiteral("resolve")}));
        QCOMPARE(w.pagerDuty.incidents().size(), 1);
        QCOMPARE(w.pagerDuty.incidents()[0].status, QStringLiteral("resolved"));
        // The views read it back.
        const QList<IncidentRow> rows = monitor.value()->incidents().value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].state, IncidentRow::State::Resolved);
        QCOMPARE(rows[0].severity, Severity::Critical);
        QCOMPARE(rows[0].lastEventAction, QStringLiteral("resolve"));
        QVERIFY(rows[0].lastDeliveredAtMs > 0);
        const QList<QualitySample> history =
            monitor.value()->history(kQueue, w.script.firstWindow, kT0 + 86'400).value();
        QCOMPARE(history.size(), 14);
        QCOMPARE(monitor.value()->latestSamples().value().size(), 1); // the idle queue has no data
        QCOMPARE(monitor.value()->pollerStatus().state, PollerStatus::State::Ok);
    }

    void restartMidEpisodeStillEscalatesAndResolves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        World w;
        {
            auto first = Monitor::create(w.setup(path));
            QVERIFY(first.ok());
            first.value()->start();
            w.run(*first.value(), 5); // windows 0-4: the trigger has gone out
        }
        auto second = Monitor::create(w.setup(path));
        QVERIFY(second.ok());
        second.value()->start();
        w.run(*second.value(), 9);
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QCOMPARE(dedupKeys(w.pagerDuty), QStringList{key});
        QCOMPARE(actionsFor(w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("trigger:critical"),
                              QStringLiteral("resolve")}));
    }

    // A window whose commit fails leaves nothing behind, in the database or in the engine:
    // once the database takes writes again the same window is evaluated again, PagerDuty
    // hears exactly what an uninterrupted run sends, and the state stored after the
    // failure (whole again) is what a restart reads.
    void aWindowThatCannotBeStoredLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.sqlite"));
        World w;
        const auto refuseHistory = [&](const char *sql) {
            {
                QSqlDatabase other =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                other.setDatabaseName(path);
                QVERIFY(other.open());
                QSqlQuery q(other);
                QVERIFY(q.exec(QString::fromLatin1(sql)));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        };
        {
            auto monitor = Monitor::create(w.setup(path));
            QVERIFY(monitor.ok());
            monitor.value()->start();
            w.run(*monitor.value(), 4); // windows 0-3: the warning trigger has gone out
            refuseHistory("CREATE TRIGGER refuse BEFORE INSERT ON history BEGIN "
                          "SELECT RAISE(ABORT, 'disk says no'); END");
            // Until the first failed commit, so the clock does not run past the back-fill
            // limit while the database refuses.
            for (int i = 0; i < 400 && monitor.value()->storageProblem().isEmpty(); ++i) {
                QTest::qWait(2);
                if (w.clock.pendingCount() > 0 && monitor.value()->storageProblem().isEmpty())
                    w.clock.advanceTo(w.clock.nextDueMs());
            }
            QVERIFY2(monitor.value()->storageProblem().contains(QStringLiteral("disk says no")),
                     qPrintable(monitor.value()->storageProblem()));
            refuseHistory("DROP TRIGGER refuse");
            w.run(*monitor.value(), 6);
            QVERIFY(monitor.value()->storageProblem().isEmpty());
        }
        auto restarted = Monitor::create(w.setup(path));
        QVERIFY2(restarted.ok(), restarted.ok() ? "" : qPrintable(restarted.error().message));
        restarted.value()->start();
        w.run(*restarted.value(), 4);
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QCOMPARE(dedupKeys(w.pagerDuty), QStringList{key});
        QCOMPARE(actionsFor(w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("trigger:critical"),
                              QStringLiteral("resolve")}));
        QCOMPARE(
            restarted.value()->history(kQueue, w.script.firstWindow, kT0 + 86'400).value().size(),
            14);
    }

    void operatorActionsReachPagerDuty()
    {
        QTemporaryDir dir;
        World w;
        auto created = Monitor::create(w.setup(dir.filePath(QStringLiteral("o.sqlite"))));
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        monitor.start();
        w.run(monitor, 5);
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QVERIFY(monitor.acknowledge(key, QStringLiteral("ana"), QStringLiteral("on it")).ok());
        QVERIFY(QTest::qWaitFor(
            [&] { return w.pagerDuty.incident(key)->status == QStringLiteral("acknowledged"); },
            5000));
        QVERIFY(!monitor.acknowledge(key, QStringLiteral("bo"), {}).ok()); // once is enough
        QCOMPARE(monitor.incidents().value()[0].state, IncidentRow::State::Acknowledged);
        QVERIFY(monitor.resolve(key, QStringLiteral("ana"), QStringLiteral("carrier fixed")).ok());
        QVERIFY(QTest::qWaitFor(
            [&] { return w.pagerDuty.incident(key)->status == QStringLiteral("resolved"); }, 5000));
        // Still degraded, but resolved by hand: not paged again until healthy and breaching anew.
        w.run(monitor, 5);
        QCOMPARE(dedupKeys(w.pagerDuty), QStringList{key});
        QVERIFY(monitor
                    .silenceQueue(kQueue, kT0 + 86'400, QStringLiteral("ana"),
                                  QStringLiteral("maintenance"))
                    .ok());
    }

    void thresholdsApplyFromTheNextWindow()
    {
        QTemporaryDir dir;
        World w;
        AlertPolicy saved;
        MonitorSetup setup = w.setup(dir.filePath(QStringLiteral("p.sqlite")));
        setup.savePolicy = [&](const AlertPolicy &p) {
            saved = p;
            return success();
        };
        auto created = Monitor::create(setup);
        QVERIFY(created.ok());
        AlertPolicy bad;
        bad.global[Metric::Mos] = MetricThreshold{true, 3.0, 3.5};
        QVERIFY(!created.value()->applyPolicy(bad, QStringLiteral("ana")).ok());
        AlertPolicy strict;
        strict.global[Metric::Mos] = MetricThreshold{true, 4.5, 3.0};
        const Status applied = created.value()->applyPolicy(strict, QStringLiteral("ana"));
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
        QCOMPARE(saved, strict);
        QCOMPARE(created.value()->policy(), strict);
        created.value()->start();
        w.run(*created.value(), 1);
        QCOMPARE(w.pagerDuty.acceptedEvents().size(), 1); // MOS 4.2 < 4.5 now pages
    }
};

QTEST_GUILESS_MAIN(TestMonitor)
#include "TestMonitor.moc"
