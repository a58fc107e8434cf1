// Issue 13: several consoles on one PostgreSQL database, in this process, against the fakes:
// one polls, the others view it, and what an operator does on any of them is carried out
// once, by the one that polls.
#include "tests/support/MonitorWorld.h"
#include "tests/support/PipelineRig.h"

#include "core/metrics/MonitorMetrics.h"
#include "core/model/TimeWindow.h"
#include "core/pipeline/LeaderStatus.h"
#include "core/pipeline/Monitor.h"
#include "core/storage/AlertStateStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "tests/support/ManualClock.h"
#include "tests/support/PostgresServer.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>
#include <vector>

using namespace earshot;
using namespace earshot::test;

namespace {

// Long enough for any loaded machine; what is waited for comes by LISTEN/NOTIFY, as the
// test clock (and with it the slow re-read) does not move while it waits.
constexpr int kWaitMs = 15'000;

std::unique_ptr<Monitor> created(Result<std::unique_ptr<Monitor>> r)
{
    if (!r.ok()) {
        qWarning().noquote() << r.error().message;
        return nullptr;
    }
    return std::move(r).value();
}

IncidentRow rowOf(const Monitor &monitor, const QString &key)
{
    const auto rows = monitor.incidents();
    if (rows.ok()) {
        for (const IncidentRow &r : rows.value()) {
            if (r.dedupKey == key)
                return r;
        }
    }
    return {};
}

int countOf(const QStringList &list, const QString &item)
{
    return int(list.count(item));
}

} // namespace

class TestSharedConsoles : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    int m_databases = 0;

    // A World's setup on a new database of the test server.
    MonitorSetup sharedSetup(World &w, ConsoleRole role)
    {
        MonitorSetup setup = w.setup(QString());
        setup.sharedStorage =
            m_server.target(m_server.createDatabase(QStringLiteral("c%1").arg(m_databases)));
        setup.role = role;
        return setup;
    }

    // A polling console and `viewers` viewers (--role viewer) on a new database, started.
    struct Consoles
    {
        MonitorSetup setup;
        std::unique_ptr<Monitor> leader;
        std::vector<std::unique_ptr<Monitor>> viewers;

        [[nodiscard]] bool ok() const
        {
            return leader && std::all_of(viewers.cbegin(), viewers.cend(),
                                         [](const auto &v) { return v != nullptr; });
        }
    };
    Consoles startConsoles(World &w, int viewers)
    {
        Consoles c;
        c.setup = sharedSetup(w, ConsoleRole::Auto);
        c.leader = created(Monitor::create(c.setup));
        c.setup.role = ConsoleRole::Viewer;
        for (int i = 0; i < viewers; ++i)
            c.viewers.push_back(created(Monitor::create(c.setup)));
        if (c.ok()) {
            c.leader->start();
            for (const auto &v : c.viewers)
                v->start();
        }
        return c;
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init()
    {
        ++m_databases;
    }

    void rolesDecideWhoPolls()
    {
        World w;
        MonitorSetup setup = sharedSetup(w, ConsoleRole::Auto);
        auto leader = created(Monitor::create(setup));
        QVERIFY(leader);
        QVERIFY(leader->polls());
        QVERIFY(leader->sharedStatus().polls);
        // auto while another console polls: it views.
        auto autoViewer = created(Monitor::create(setup));
        QVERIFY(autoViewer);
        QVERIFY(!autoViewer->polls());
        QVERIFY(autoViewer->sharedStatus().mayTakeOver);
        // leader while another console polls: refused, naming who polls.
        setup.role = ConsoleRole::Leader;
        auto refused = Monitor::create(setup);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::StorageLeaderElsewhere);
        setup.role = ConsoleRole::Viewer;
        auto viewer = created(Monitor::create(setup));
        QVERIFY(viewer);
        QVERIFY(!viewer->sharedStatus().mayTakeOver);
        viewer->start();
        QVERIFY(viewer->sharedStatus().leaderPresent);
        QVERIFY2(viewer->sharedStatus().leader.contains(QStringLiteral("leading since")),
                 qPrintable(viewer->sharedStatus().leader));
        // A viewer needs a shared database.
        QTemporaryDir dir;
        MonitorSetup own = w.setup(dir.filePath(QStringLiteral("own.sqlite")));
        own.role = ConsoleRole::Viewer;
        auto lonely = Monitor::create(own);
        QVERIFY(!lonely.ok());
        QCOMPARE(lonely.error().kind, ErrorKind::SetupFailed);
    }

    // The poller status a viewer shows is the one the console that leads now wrote, never
    // one left by a console that led before.
    void aViewerShowsOnlyTheLeadingConsolesStatus()
    {
        World w;
        MonitorSetup setup = sharedSetup(w, ConsoleRole::Leader);
        auto leader = created(Monitor::create(setup)); // not started: it writes no status
        setup.role = ConsoleRole::Viewer;
        auto viewer = created(Monitor::create(setup));
        QVERIFY(leader && viewer);
        const auto writeStatus = [&](const QString &holder) {
            LeaderStatus status;
            status.poller.state = PollerStatus::State::Ok;
            status.poller.lastSuccessAtMs = 1'763'892'000'000;
            status.holder = holder;
            Database &db = leader->database();
            return db.transaction([&]() -> Status {
                if (Status s = AlertStateStore(db).setMeta(
                        kLeaderStatusKey,
                        QString::fromUtf8(
                            QJsonDocument(status.toJson()).toJson(QJsonDocument::Compact)));
                    !s.ok())
                    return s;
                return notifyChange(db, QStringLiteral("status"));
            });
        };
        QVERIFY(writeStatus(QStringLiteral("old-desk (process 1), leading since then")).ok());
        viewer->start();
        QCOMPARE(viewer->pollerStatus().state, PollerStatus::State::Idle);
        QCOMPARE(viewer->pollerStatus().lastSuccessAtMs, 0);
        QVERIFY(writeStatus(leader->sharedStatus().leader).ok());
        QVERIFY(QTest::qWaitFor(
            [&] { return viewer->pollerStatus().state == PollerStatus::State::Ok; }, kWaitMs));
        QCOMPARE(viewer->pollerStatus().lastSuccessAtMs, 1'763'892'000'000);
    }

    // The episode the leader stores shows on the viewer, and the viewer's acknowledgement
    // is carried out by the leader: PagerDuty gets it once.
    void acknowledgeOnAViewerReachesPagerDutyOnce()
    {
        World w;
        const Consoles c = startConsoles(w, 2);
        QVERIFY(c.ok());
        Monitor *leader = c.leader.get();
        Monitor *viewer = c.viewers[0].get();
        Monitor *other = c.viewers[1].get();
        QSignalSpy opened(viewer, &Monitor::incidentOpened);
        QVERIFY(w.run(*leader, 5));
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QVERIFY(QTest::qWaitFor([&] { return rowOf(*viewer, key).dedupKey == key; }, kWaitMs));
        QCOMPARE(rowOf(*viewer, key).state, IncidentRow::State::Open);
        QCOMPARE(opened.size(), 1); // the viewer's tray says so too
        QCOMPARE(opened[0][1].toString(), key);
        // The leader's poller, as it last said (the status bar and the wall show it).
        QVERIFY(QTest::qWaitFor(
            [&] {
                return viewer->pollerStatus().state == PollerStatus::State::Ok &&
                       viewer->pollerStatus().lastSuccessAtMs ==
                           leader->pollerStatus().lastSuccessAtMs;
            },
            kWaitMs));

        // Prometheus scraping a viewer gets what the leader would serve.
        {
            MonitorMetrics onViewer(*viewer);
            MonitorMetrics onLeader(*leader);
            const MetricsSnapshot v = onViewer.snapshot();
            const MetricsSnapshot l = onLeader.snapshot();
            QCOMPARE(v.pollerState, PollerStatus::State::Ok);
            QCOMPARE(v.lastSuccessfulPollMs, l.lastSuccessfulPollMs);
            QCOMPARE(v.queues.size(), l.queues.size());
            const auto sales = std::find_if(v.queues.cbegin(), v.queues.cend(),
                                            [](const QueueMetrics &q) { return q.id == kQueue; });
            QVERIFY(sales != v.queues.cend() && sales->latest);
            QCOMPARE(sales->episode, QueueMetrics::Episode::Open);
            QCOMPARE(sales->latest->mosMean,
                     l.queues[int(sales - v.queues.cbegin())].latest->mosMean);
        }

        const qint64 clockBefore = w.clock.nowMs();
        QVERIFY(viewer->acknowledge(key, QStringLiteral("alice"), QStringLiteral("on it")).ok());
        QCOMPARE(viewer->sharedStatus().waitingRequests, 1);
        QVERIFY(QTest::qWaitFor(
            [&] { return rowOf(*other, key).state == IncidentRow::State::Acknowledged; }, kWaitMs));
        QCOMPARE(rowOf(*other, key).acknowledgedBy, QStringLiteral("alice"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return countOf(actionsFor(w.pagerDuty, key), QStringLiteral("acknowledge")) == 1;
            },
            kWaitMs));
        QVERIFY(
            QTest::qWaitFor([&] { return viewer->sharedStatus().waitingRequests == 0; }, kWaitMs));
        QCOMPARE(w.clock.nowMs(), clockBefore); // by NOTIFY, not by the slow re-read
        // Asked once, carried out once, by the leader.
        QSqlQuery requests(leader->database().connection());
        QVERIFY(requests.exec(QStringLiteral("SELECT kind, subject, actor, state FROM "
                                             "operator_requests")));
        QVERIFY(requests.next());
        QCOMPARE(requests.value(0).toString(), QStringLiteral("acknowledge"));
        QCOMPARE(requests.value(1).toString(), key);
        QCOMPARE(requests.value(2).toString(), QStringLiteral("alice"));
        QCOMPARE(requests.value(3).toString(), QStringLiteral("done"));
        QVERIFY(!requests.next());
        // The audit log says who, as if it had been done on the leader.
        const auto audit = AuditLog(leader->database()).forSubject(key);
        QVERIFY(audit.ok());
        QVERIFY(std::any_of(audit.value().cbegin(), audit.value().cend(), [](const AuditEntry &e) {
            return e.kind == QStringLiteral("operator.acknowledge") &&
                   e.actor == QStringLiteral("alice");
        }));
        // The episode goes on; the acknowledgement is not sent again.
        QVERIFY(w.run(*leader, 9));
        QCOMPARE(countOf(actionsFor(w.pagerDuty, key), QStringLiteral("acknowledge")), 1);
        QCOMPARE(dedupKeys(w.pagerDuty), QStringList{key});
        QCOMPARE(actionsFor(w.pagerDuty, key).constLast(), QStringLiteral("resolve"));
        QVERIFY(QTest::qWaitFor(
            [&] { return rowOf(*viewer, key).state == IncidentRow::State::Resolved; }, kWaitMs));
    }

    void aRefusedActionIsToldToTheViewer()
    {
        World w;
        const Consoles c = startConsoles(w, 1);
        QVERIFY(c.ok());
        Monitor *viewer = c.viewers[0].get();
        QSignalSpy refused(viewer, &Monitor::operatorRequestRefused);
        QVERIFY(viewer->acknowledge(QStringLiteral("no-such-episode"), QStringLiteral("bob"), {})
                    .ok()); // asked
        QVERIFY(refused.wait(kWaitMs));
        QCOMPARE(refused[0][1].toString(), QStringLiteral("no-such-episode"));
        QVERIFY2(refused[0][2].toString().contains(QStringLiteral("not open")),
                 qPrintable(refused[0][2].toString()));
        QCOMPARE(viewer->sharedStatus().waitingRequests, 0);
        QVERIFY(w.pagerDuty.acceptedEvents().isEmpty());
    }

    // Silences and thresholds set on a viewer hold on every console, and on one started
    // later.
    void silencesAndThresholdsFromAViewerReachEveryConsole()
    {
        World w;
        const Consoles c = startConsoles(w, 1);
        QVERIFY(c.ok());
        Monitor *leader = c.leader.get();
        Monitor *viewer = c.viewers[0].get();
        QSignalSpy policyChanged(viewer, &Monitor::policyChanged);
        QVERIFY(viewer
                    ->silenceQueue(kQueue, kT0 + 7'200, QStringLiteral("carol"),
                                   QStringLiteral("carrier maintenance"))
                    .ok());
        QVERIFY(QTest::qWaitFor([&] { return viewer->silences().size() == 1; }, kWaitMs));
        QCOMPARE(leader->silences().size(), 1);
        QCOMPARE(viewer->silences()[0].reason, QStringLiteral("carrier maintenance"));
        QVERIFY(viewer->endSilence(viewer->silences()[0].id, QStringLiteral("carol")).ok());
        QVERIFY(QTest::qWaitFor([&] { return viewer->silences().isEmpty(); }, kWaitMs));
        QVERIFY(leader->silences().isEmpty());

        AlertPolicy stricter = viewer->policy();
        stricter.global[Metric::Mos] = MetricThreshold{true, 3.9, 3.4};
        QVERIFY(viewer->applyPolicy(stricter, QStringLiteral("carol")).ok());
        QVERIFY(policyChanged.wait(kWaitMs));
        QCOMPARE(viewer->policy().toJson(), stricter.toJson());
        QCOMPARE(leader->policy().toJson(), stricter.toJson());
        auto later = created(Monitor::create(c.setup)); // reads them from the database
        QVERIFY(later);
        QCOMPARE(later->policy().toJson(), stricter.toJson());
        // A policy the engine would refuse is refused on the viewer at once.
        AlertPolicy bad = stricter;
        bad.global[Metric::Mos] = MetricThreshold{true, 3.0, 3.5};
        QCOMPARE(viewer->applyPolicy(bad, QStringLiteral("carol")).error().kind,
                 ErrorKind::PolicyRejected);
    }

    // --role auto: the viewer takes over when the leader stops, from the shared cursor and
    // episode; PagerDuty sees one incident, in order; an action asked while nobody polled
    // is carried out by the new leader.
    void anAutoViewerTakesOverWhenTheLeaderStops()
    {
        World w;
        MonitorSetup setup = sharedSetup(w, ConsoleRole::Auto);
        auto leader = created(Monitor::create(setup));
        auto standby = created(Monitor::create(setup));
        QVERIFY(leader && standby);
        QVERIFY(!standby->polls());
        leader->start();
        standby->start();
        QVERIFY(w.run(*leader, 5));
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QVERIFY(QTest::qWaitFor([&] { return rowOf(*standby, key).dedupKey == key; }, kWaitMs));
        leader.reset(); // its session ends: the lock is free
        QVERIFY(standby->acknowledge(key, QStringLiteral("dave"), {}).ok());
        QSignalSpy took(standby.get(), &Monitor::sharedStatusChanged);
        w.clock.advance(Monitor::kTakeOverRetryMs);
        QVERIFY(QTest::qWaitFor([&] { return standby->polls(); }, kWaitMs));
        QVERIFY(standby->sharedStatus().polls);
        QVERIFY(QTest::qWaitFor(
            [&] { return rowOf(*standby, key).state == IncidentRow::State::Acknowledged; },
            kWaitMs));
        QVERIFY(w.run(*standby, 9));
        QCOMPARE(dedupKeys(w.pagerDuty), QStringList{key});
        const QStringList actions = actionsFor(w.pagerDuty, key);
        QCOMPARE(actions.constFirst(), QStringLiteral("trigger:warning"));
        QCOMPARE(countOf(actions, QStringLiteral("acknowledge")), 1);
        QCOMPARE(actions.constLast(), QStringLiteral("resolve"));
        QCOMPARE(countOf(actions, QStringLiteral("resolve")), 1);
        // No window lost or stored twice across the handover.
        const auto history = standby->history(kQueue, w.script.firstWindow, kT0 + 86'400);
        QVERIFY(history.ok());
        QSet<qint64> starts;
        for (const QualitySample &s : history.value())
            starts.insert(s.windowStart);
        QCOMPARE(starts.size(), history.value().size());
        for (qint64 t = w.script.firstWindow; t < w.script.firstWindow + 14 * 300; t += 300)
            QVERIFY2(starts.contains(t), qPrintable(isoUtc(t)));
    }

    // A leader run by a scheduler (--once) carries out what the viewers asked since its
    // last run.
    void aRunOnceCarriesOutWhatViewersAsked()
    {
        World w;
        MonitorSetup setup = sharedSetup(w, ConsoleRole::Leader);
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        {
            auto first = created(Monitor::create(setup));
            QVERIFY(first);
            first->start();
            QVERIFY(w.run(*first, 5));
        }
        setup.role = ConsoleRole::Viewer;
        auto viewer = created(Monitor::create(setup));
        QVERIFY(viewer);
        viewer->start();
        QVERIFY(viewer->acknowledge(key, QStringLiteral("frank"), {}).ok());
        setup.role = ConsoleRole::Leader;
        auto once = created(Monitor::create(setup));
        QVERIFY(once);
        std::optional<Status> finished;
        once->runOnce([&](const Status &s) { finished = s; });
        QVERIFY(QTest::qWaitFor([&] { return finished.has_value(); }, kWaitMs));
        QVERIFY2(finished->ok(), finished->ok() ? "" : qPrintable(finished->error().message));
        QCOMPARE(countOf(actionsFor(w.pagerDuty, key), QStringLiteral("acknowledge")), 1);
        QVERIFY(
            QTest::qWaitFor([&] { return viewer->sharedStatus().waitingRequests == 0; }, kWaitMs));
    }

    // A leader whose session ended while another console took over finds itself fenced:
    // its windows fail, and its watchdog pages nothing (not even straight to PagerDuty),
    // since the data flows on the other console.
    void aFencedLeaderPagesNothing()
    {
        World w;
        MonitorSetup setup = sharedSetup(w, ConsoleRole::Leader);
        setup.health.pageAfterWindows = 1;
        setup.health.host = QStringLiteral("desk-1");
        auto first = created(Monitor::create(setup));
        QVERIFY(first);
        first->start();
        QVERIFY(w.run(*first, 3));
        QVERIFY(m_server.terminateSessions(setup.sharedStorage->dbname));
        auto second = created(Monitor::create(setup)); // the lock is free: it leads
        QVERIFY(second);
        for (int i = 0; i < 200 && !first->leadershipLost(); ++i) {
            if (w.clock.pendingCount() > 0)
                w.clock.advanceTo(w.clock.nextDueMs());
            QTest::qWait(5);
        }
        QVERIFY(first->leadershipLost());
        // Windows go on failing on the fenced console, long past page_after_windows.
        for (int i = 0; i < 50; ++i) {
            if (w.clock.pendingCount() > 0)
                w.clock.advanceTo(w.clock.nextDueMs());
            QTest::qWait(5);
        }
        for (const QJsonObject &e : w.pagerDuty.acceptedEvents())
            QVERIFY2(!e.value(QLatin1StringView("dedup_key"))
                          .toString()
                          .startsWith(QStringLiteral("earshot_monitor_health")),
                     "a fenced console paged its health");
        QCOMPARE(first->healthStatus().state == HealthStatus::State::Paged, false);
    }

    // A viewer with nobody polling says so, and does not pretend delivery works.
    void aViewerWithNobodyPollingSaysSo()
    {
        World w;
        MonitorSetup setup = sharedSetup(w, ConsoleRole::Viewer);
        auto viewer = created(Monitor::create(setup));
        QVERIFY(viewer);
        viewer->start();
        QVERIFY(!viewer->sharedStatus().leaderPresent);
        QCOMPARE(viewer->pollerStatus().state, PollerStatus::State::Idle);
        QCOMPARE(viewer->deliveryStatus().state, DeliveryStatus::State::Paused);
        // Asked all the same: the next console to poll carries it out.
        QVERIFY(viewer->silenceQueue(kQueue, kT0 + 600, QStringLiteral("erin"), {}).ok());
        QCOMPARE(viewer->sharedStatus().waitingRequests, 1);
        setup.role = ConsoleRole::Leader;
        auto leader = created(Monitor::create(setup));
        QVERIFY(leader);
        leader->start();
        QVERIFY(
            QTest::qWaitFor([&] { return viewer->sharedStatus().waitingRequests == 0; }, kWaitMs));
        QCOMPARE(leader->silences().size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return viewer->sharedStatus().leaderPresent; }, kWaitMs));
    }
};

QTEST_GUILESS_MAIN(TestSharedConsoles)
#include "TestSharedConsoles.moc"
