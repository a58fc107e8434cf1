// The watchdog over Earshot itself and the heartbeat, through the whole pipeline: the real
// Monitor, SQLite and outbox against the fakes over loopback sockets.
#include "tests/support/GenesysFaults.h"
#include "tests/support/MonitorWorld.h"
#include "tests/support/PipelineRig.h"

#include "app/demo/LoopbackHttpServer.h"
#include "core/pipeline/Monitor.h"
#include "core/storage/Database.h"

#include <QFileInfo>
#include <QObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kHost = QStringLiteral("noc-7");

// Moves the clock towards its next wake-up, at most 5 s at a time (so a request on the
// wire is answered before the clock runs far past it), until `done` holds.
template<typename Predicate> bool advanceUntil(ManualClock &clock, Predicate done, int steps = 3000)
{
    for (int i = 0; i < steps; ++i) {
        if (done())
            return true;
        QTest::qWait(2);
        if (clock.pendingCount() > 0)
            clock.advanceTo(std::min(clock.nextDueMs(), clock.nowMs() + 5'000));
    }
    return done();
}

// Windows stored by World::run, which counts on from where its previous call ended: `windows`
// when it got there before its time ran out, -1 when not.
int storedWindows(Monitor &monitor, World &w, int windows)
{
    return w.run(monitor, windows) ? windows : -1;
}

// Makes the database really refuse writes, the way a machine does, for root too (tests run
// as root, whom permissions do not stop): RLIMIT_FSIZE of 0 for this process, as a full disk
// or an exhausted quota. Every write to a regular file fails (EFBIG; SIGXFSZ ignored
// meanwhile), even through the descriptors SQLite holds open. It ends when the object goes,
// even when a check fails half-way. (Not chattr +i: a crash half-way would leave files that
// nothing can delete.)
class UnwritableDatabase
{
public:
    UnwritableDatabase()
    {
        m_oldSignal = std::signal(SIGXFSZ, SIG_IGN);
        if (getrlimit(RLIMIT_FSIZE, &m_oldLimit) != 0)
            return;
        rlimit none = m_oldLimit;
        none.rlim_cur = 0;
        m_active = setrlimit(RLIMIT_FSIZE, &none) == 0;
    }
    ~UnwritableDatabase()
    {
        end();
    }
    UnwritableDatabase(const UnwritableDatabase &) = delete;
    UnwritableDatabase &operator=(const UnwritableDatabase &) = delete;

    [[nodiscard]] bool active() const
    {
        return m_active;
    }
    void end()
    {
        if (m_oldSignal == SIG_ERR)
            return;
        if (m_active)
            (void)setrlimit(RLIMIT_FSIZE, &m_oldLimit);
        std::signal(SIGXFSZ, m_oldSignal);
        m_oldSignal = SIG_ERR;
        m_active = false;
    }

private:
    bool m_active = false;
    rlimit m_oldLimit{};
    void (*m_oldSignal)(int) = SIG_ERR;
};

QStringList auditOutcomes(Monitor &monitor, const QString &kind)
{
    QSqlQuery q(monitor.database().connection());
    q.prepare(QStringLiteral("SELECT outcome FROM audit WHERE kind = ? ORDER BY id"));
    q.addBindValue(kind);
    QStringList outcomes;
    if (!q.exec())
        return {QStringLiteral("query failed")};
    while (q.next())
        outcomes << q.value(0).toString();
    return outcomes;
}

} // namespace

class TestMonitorHealth : public QObject
{
    Q_OBJECT

private slots:
    void threeFailingWindowsPageOnceAndDataResolves()
    {
        QTemporaryDir dir;
        World w;
        MonitorSetup setup = w.setup(dir.filePath(QStringLiteral("h.sqlite")));
        setup.health.pageAfterWindows = 3;
        setup.health.host = kHost;
        auto created = Monitor::create(setup);
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        monitor.start();
        w.run(monitor, 2);
        QCOMPARE(monitor.healthStatus().state, HealthStatus::State::Ok);

        // The API goes down: every analytics request answers 503 until cleared.
        GenesysFaults faults(w.genesys);
        faults.push(GenesysFault::status("/api/v2/analytics", 503).times(100'000));
        const QString key = QStringLiteral("earshot_monitor_health_noc-7");
        QVERIFY(advanceUntil(
            w.clock, [&] { return monitor.healthStatus().state == HealthStatus::State::Late; }));
        QVERIFY(dedupKeys(w.pagerDuty).isEmpty()); // late, not yet paged
        QVERIFY(advanceUntil(w.clock, [&] { return !actionsFor(w.pagerDuty, key).isEmpty(); }));
        const HealthStatus paged = monitor.healthStatus();
        QCOMPARE(paged.state, HealthStatus::State::Paged);
        QCOMPARE(paged.windowsBehind, 3);
        QVERIFY2(paged.cause.contains(QStringLiteral("503")), qPrintable(paged.cause));
        const QJsonObject trigger = w.pagerDuty.acceptedEvents().constLast();
        const QJsonObject payload = trigger.value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(payload.value(QStringLiteral("summary")).toString().contains(kHost));
        QVERIFY(
            payload.value(QStringLiteral("summary")).toString().contains(QStringLiteral("503")));

        // More failing windows page nothing more.
        const qint64 moreMs = w.clock.nowMs() + 4 * 300'000;
        QVERIFY(advanceUntil(w.clock, [&] { return w.clock.nowMs() >= moreMs; }));
        QCOMPARE(actionsFor(w.pagerDuty, key), QStringList{QStringLiteral("trigger:error")});

        // Data flows again: one resolve.
        faults.clear();
        QVERIFY(advanceUntil(w.clock, [&] { return actionsFor(w.pagerDuty, key).size() == 2; }));
        QCOMPARE(actionsFor(w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:error"), QStringLiteral("resolve")}));
        QCOMPARE(monitor.healthStatus().state, HealthStatus::State::Ok);
        QCOMPARE(w.pagerDuty.incident(key)->status, QStringLiteral("resolved"));
    }

    // Issue 14: "the database not writable" is a window without data. The outbox lives in
    // that database, so the page goes straight to PagerDuty (DirectPager); once writes
    // work again the next good window resolves it through the outbox, and the audit log
    // gets the page's entry after the fact.
    void aDatabaseThatCannotBeWrittenPagesOnceAndResolves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        World w;
        MonitorSetup setup = w.setup(path);
        setup.health.pageAfterWindows = 3;
        setup.health.host = kHost;
        auto created = Monitor::create(setup);
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        monitor.start();
        w.run(monitor, 2);
        QCOMPARE(monitor.healthStatus().state, HealthStatus::State::Ok);
        const QString key = QStringLiteral("earshot_monitor_health_noc-7");

        UnwritableDatabase unwritable;
        QVERIFY2(unwritable.active(), "setrlimit(RLIMIT_FSIZE) failed");
        QVERIFY(advanceUntil(w.clock, [&] { return !monitor.storageProblem().isEmpty(); }));
        QVERIFY(dedupKeys(w.pagerDuty).isEmpty()); // a failed write alone pages nothing
        QVERIFY(advanceUntil(w.clock, [&] { return !actionsFor(w.pagerDuty, key).isEmpty(); }));
        const HealthStatus paged = monitor.healthStatus();
        QCOMPARE(paged.state, HealthStatus::State::Paged);
        QCOMPARE(paged.windowsBehind, 3);
        QVERIFY2(paged.cause.contains(QStringLiteral("database cannot be written")),
                 qPrintable(paged.cause));
        const QJsonObject trigger = w.pagerDuty.acceptedEvents().constLast();
        const QJsonObject payload = trigger.value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(payload.value(QStringLiteral("summary"))
                    .toString()
                    .contains(QStringLiteral("database cannot be written")));

        // More windows that cannot be stored page nothing more.
        const qint64 moreMs = w.clock.nowMs() + 4 * 300'000;
        QVERIFY(advanceUntil(w.clock, [&] { return w.clock.nowMs() >= moreMs; }));
        QCOMPARE(actionsFor(w.pagerDuty, key), QStringList{QStringLiteral("trigger:error")});
        QVERIFY(!monitor.storageProblem().isEmpty());
        QCOMPARE(monitor.healthStatus().state, HealthStatus::State::Paged);

        // Writable again: one resolve, and the story is in the audit log.
        unwritable.end();
        QVERIFY(advanceUntil(w.clock, [&] { return actionsFor(w.pagerDuty, key).size() == 2; }));
        QCOMPARE(actionsFor(w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:error"), QStringLiteral("resolve")}));
        QVERIFY(monitor.storageProblem().isEmpty());
        QCOMPARE(monitor.healthStatus().state, HealthStatus::State::Ok);
        QCOMPARE(w.pagerDuty.incident(key)->status, QStringLiteral("resolved"));
        QCOMPARE(auditOutcomes(monitor, QStringLiteral("health.page")),
                 QStringList{QStringLiteral("sent directly: the database cannot be written")});
        QCOMPARE(auditOutcomes(monitor, QStringLiteral("health.resolve")),
                 QStringList{QStringLiteral("paged")});
        const qint64 laterMs = w.clock.nowMs() + 4 * 300'000;
        QVERIFY(advanceUntil(w.clock, [&] { return w.clock.nowMs() >= laterMs; }));
        QCOMPARE(actionsFor(w.pagerDuty, key).size(), 2);
    }

    // Issue 14: "the clock off by more than a window". Earshot compares its clock with the
    // Date of Genesys Cloud's answers: off by less than a window changes nothing; off by
    // more, the poller's status says so, no window is used (a window without data: the
    // watchdog pages once), and the clock set right resolves it.
    void aClockOffByMoreThanAWindowPagesOnceAndResolves()
    {
        QTemporaryDir dir;
        World w;
        MonitorSetup setup = w.setup(dir.filePath(QStringLiteral("c.sqlite")));
        setup.health.pageAfterWindows = 3;
        setup.health.host = kHost;
        auto created = Monitor::create(setup);
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        monitor.start();
        const QString key = QStringLiteral("earshot_monitor_health_noc-7");

        w.genesys.setDateOffsetMs(-4 * 60'000); // 4 minutes: less than a window
        QCOMPARE(storedWindows(monitor, w, 2), 2);
        QCOMPARE(monitor.pollerStatus().state, PollerStatus::State::Ok);
        QCOMPARE(monitor.healthStatus().state, HealthStatus::State::Ok);

        // Earshot's clock runs 20 minutes ahead of Genesys Cloud's.
        w.genesys.setDateOffsetMs(-20 * 60'000);
        QVERIFY(advanceUntil(w.clock, [&] {
            return monitor.pollerStatus().lastError.contains(QStringLiteral("clock"));
        }));
        const PollerStatus off = monitor.pollerStatus();
        QCOMPARE(off.state, PollerStatus::State::ApiError);
        // "%n minute(s)": no English plural forms are loaded here.
        QVERIFY2(off.lastError.contains(QStringLiteral("clock is 20 minute")) &&
                     off.lastError.contains(QStringLiteral("ahead of Genesys Cloud")),
                 qPrintable(off.lastError));
        QVERIFY(dedupKeys(w.pagerDuty).isEmpty());
        QVERIFY(advanceUntil(w.clock, [&] { return !actionsFor(w.pagerDuty, key).isEmpty(); }));
        const HealthStatus paged = monitor.healthStatus();
        QCOMPARE(paged.state, HealthStatus::State::Paged);
        QCOMPARE(paged.windowsBehind, 3);
        QVERIFY2(paged.cause.contains(QStringLiteral("ahead of Genesys Cloud")),
                 qPrintable(paged.cause));
        const QJsonObject payload =
            w.pagerDuty.acceptedEvents().constLast().value(QStringLiteral("payload")).toObject();
        QVERIFY(
            payload.value(QStringLiteral("summary")).toString().contains(QStringLiteral("clock")));

        const qint64 moreMs = w.clock.nowMs() + 4 * 300'000;
        QVERIFY(advanceUntil(w.clock, [&] { return w.clock.nowMs() >= moreMs; }));
        QCOMPARE(actionsFor(w.pagerDuty, key), QStringList{QStringLiteral("trigger:error")});

        // Behind by as much is off just the same; nothing more is paged.
        w.genesys.setDateOffsetMs(20 * 60'000);
        QVERIFY(advanceUntil(w.clock, [&] {
            return monitor.pollerStatus().lastError.contains(
                QStringLiteral("behind Genesys Cloud"));
        }));
        QCOMPARE(actionsFor(w.pagerDuty, key), QStringList{QStringLiteral("trigger:error")});

        // Set right: the windows flow again and the incident resolves.
        w.genesys.setDateOffsetMs(0);
        QVERIFY(advanceUntil(w.clock, [&] { return actionsFor(w.pagerDuty, key).size() == 2; }));
        QCOMPARE(actionsFor(w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:error"), QStringLiteral("resolve")}));
        QCOMPARE(monitor.pollerStatus().state, PollerStatus::State::Ok);
        QCOMPARE(monitor.healthStatus().state, HealthStatus::State::Ok);
    }

    void restartWhilePagedResolvesWithoutPagingAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        World w;
        MonitorSetup setup = w.setup(path);
        setup.health.pageAfterWindows = 3;
        setup.health.host = kHost;
        const QString key = QStringLiteral("earshot_monitor_health_noc-7");
        GenesysFaults faults(w.genesys);
        {
            auto first = Monitor::create(setup);
            QVERIFY(first.ok());
            first.value()->start();
            w.run(*first.value(), 1);
            faults.push(GenesysFault::status("/api/v2/analytics", 503).times(100'000));
            QVERIFY(advanceUntil(w.clock, [&] { return !actionsFor(w.pagerDuty, key).isEmpty(); }));
            // Let the request on the wire finish: the restart is the point, not a teardown
            // in the middle of an HTTP exchange.
            first.value()->stop();
            QTest::qWait(200);
        }
        auto second = Monitor::create(setup);
        QVERIFY(second.ok());
        QCOMPARE(second.value()->healthStatus().state, HealthStatus::State::Paged);
        second.value()->start();
        const qint64 moreMs = w.clock.nowMs() + 2 * 300'000;
        QVERIFY(advanceUntil(w.clock, [&] { return w.clock.nowMs() >= moreMs; }));
        faults.clear();
        QVERIFY(advanceUntil(w.clock, [&] { return actionsFor(w.pagerDuty, key).size() == 2; }));
        QCOMPARE(actionsFor(w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:error"), QStringLiteral("resolve")}));
    }

    void offPagesNothing()
    {
        QTemporaryDir dir;
        World w;
        MonitorSetup setup = w.setup(dir.filePath(QStringLiteral("o.sqlite")));
        setup.health.pageAfterWindows = 0;
        auto created = Monitor::create(setup);
        QVERIFY(created.ok());
        created.value()->start();
        w.run(*created.value(), 1);
        GenesysFaults faults(w.genesys);
        faults.push(GenesysFault::status("/api/v2/analytics", 503).times(100'000));
        const qint64 laterMs = w.clock.nowMs() + 6 * 300'000;
        QVERIFY(advanceUntil(w.clock, [&] { return w.clock.nowMs() >= laterMs; }));
        QVERIFY(dedupKeys(w.pagerDuty).isEmpty());
        QCOMPARE(created.value()->healthStatus().state, HealthStatus::State::Off);
    }

    void heartbeatAfterEveryGoodWindow()
    {
        QTemporaryDir dir;
        World w;
        LoopbackHttpServer heartbeat;
        QVERIFY(heartbeat.listen());
        heartbeat.setHandler([](const HttpRequest &) { return HttpResponse::json(200, "OK"); });
        MonitorSetup setup = w.setup(dir.filePath(QStringLiteral("b.sqlite")));
        setup.health.heartbeatUrl = heartbeat.baseUrl().resolved(QUrl(QStringLiteral("/ping/abc")));
        auto created = Monitor::create(setup);
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        QCOMPARE(monitor.healthStatus().heartbeat, HealthStatus::Heartbeat::Waiting);
        monitor.start();
        for (int i = 0; i < 3; ++i) {
            w.run(monitor, 1);
            // One call per good window, at least: a back-fill can store two windows in one
            // poll, and a call still on its way is not doubled.
            QVERIFY(QTest::qWaitFor([&] { return heartbeat.requests().size() >= i + 1; }, 5000));
        }
        QCOMPARE(heartbeat.requests()[0].method, QByteArray("GET"));
        QCOMPARE(heartbeat.requests()[0].path, QByteArray("/ping/abc"));
        QVERIFY(QTest::qWaitFor(
            [&] { return monitor.healthStatus().heartbeat == HealthStatus::Heartbeat::Ok; }, 5000));
    }

    void aFailingOrHangingHeartbeatBlocksNothing()
    {
        QTemporaryDir dir;
        World w;
        LoopbackHttpServer heartbeat;
        QVERIFY(heartbeat.listen());
        heartbeat.setHandler([](const HttpRequest &) { return HttpResponse::json(500, "{}"); });
        heartbeat.holdAnswers("/ping", 1); // the first answers 500, the next ones hang
        MonitorSetup setup = w.setup(dir.filePath(QStringLiteral("f.sqlite")));
        setup.health.heartbeatUrl = heartbeat.baseUrl().resolved(QUrl(QStringLiteral("/ping/abc")));
        setup.health.pageAfterWindows = 3;
        auto created = Monitor::create(setup);
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        monitor.start();
        w.run(monitor, 1);
        QVERIFY(QTest::qWaitFor(
            [&] { return monitor.healthStatus().heartbeat == HealthStatus::Heartbeat::Failed; },
            5000));
        const HealthStatus failed = monitor.healthStatus();
        QVERIFY2(failed.heartbeatError.contains(QStringLiteral("500")),
                 qPrintable(failed.heartbeatError));
        QVERIFY(
            !failed.heartbeatError.contains(QStringLiteral("abc"))); // the URL's token stays out
        QCOMPARE(failed.state, HealthStatus::State::Ok);
        // The next heartbeat hangs: windows are still polled, stored and paged on time.
        QCOMPARE(storedWindows(monitor, w, 13), 13);
        QVERIFY(heartbeat.heldAnswers() >= 1);
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QCOMPARE(dedupKeys(w.pagerDuty), QStringList{key});
        QCOMPARE(actionsFor(w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("trigger:critical"),
                              QStringLiteral("resolve")}));
        heartbeat.releaseHeld();
    }
};

QTEST_GUILESS_MAIN(TestMonitorHealth)
#include "TestMonitorHealth.moc"
