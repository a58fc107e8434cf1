#include "tests/support/MonitorWorld.h"
#include "tests/support/PipelineRig.h"

#include "core/pipeline/Monitor.h"
#include "core/presentation/DisplayText.h"
#include "core/presentation/IncidentTableModel.h"
#include "tests/support/ManualClock.h"

#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kApiToken = QStringLiteral("y_NbAkKc66ryYTWUXYEu");

std::optional<IncidentRow> rowOf(const Monitor &monitor, const QString &key)
{
    for (const IncidentRow &r : monitor.incidents().value()) {
        if (r.dedupKey == key)
            return r;
    }
    return std::nullopt;
}

} // namespace

// Two-way PagerDuty through the whole pipeline: the fake Genesys Cloud plays a degradation,
// the Monitor pages the fake PagerDuty, an engineer acts "on a phone" there, and the
// follower brings it back, all over loopback sockets on a ManualClock.
class TestPagerDutyFollow : public QObject
{
    Q_OBJECT

private:
    MonitorSetup setupFor(World &w, const QString &path, const QString &token = kApiToken)
    {
        w.pagerDuty.setClock(&w.clock);
        w.pagerDuty.addApiToken(kApiToken);
        MonitorSetup s = w.setup(path);
        s.pagerduty.apiUrl = w.pagerDuty.restUrl();
        s.pagerduty.followSeconds = 60;
        s.fixedApiToken = token;
        return s;
    }

    // Moves the clock wake-up by wake-up, never past `deadlineMs`, until `done`.
    static bool runUntil(World &w, qint64 deadlineMs, const std::function<bool()> &done)
    {
        return QTest::qWaitFor(
            [&] {
                if (done())
                    return true;
                if (w.clock.pendingCount() > 0 && w.clock.nextDueMs() <= deadlineMs)
                    w.clock.advanceTo(w.clock.nextDueMs());
                return false;
            },
            15'000);
    }

    // MOS per window index (from the script's first window); 4.2 after the list ends.
    static void playMos(World &w, QList<double> mos)
    {
        const qint64 first = w.script.firstWindow;
        w.genesys.setSummaryProvider([first, mos](qint64 start, qint64) {
            FakeGenesysCloud::SummaryRow sales;
            sales.queueId = kQueue;
            sales.queueName = QStringLiteral("Sales");
            const qint64 i = (start - first) / 300;
            sales.mosScore = i >= 0 && i < mos.size() ? mos[i] : 4.2;
            sales.packetLossPercent = 0.2;
            sales.jitterMs = 10;
            sales.conversationCount = 25;
            return QList<FakeGenesysCloud::SummaryRow>{sales};
        });
    }

private slots:
    void acknowledgedOnAPhoneShowsWithinOneFollowInterval()
    {
        QTemporaryDir dir;
        World w;
        auto created = Monitor::create(setupFor(w, dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        monitor.start();
        w.run(monitor, 5); // windows 0-4: the warning trigger has gone out
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QVERIFY(w.pagerDuty.incident(key).has_value());
        QVERIFY(runUntil(w, w.clock.nowMs() + 60'000, [&] {
            return rowOf(monitor, key)->pagerDutyStatus == QStringLiteral("triggered");
        }));
        QCOMPARE(monitor.followStatus().state, FollowStatus::State::Following);

        QSignalSpy told(&monitor, &Monitor::incidentChangedInPagerDuty);
        QVERIFY(w.pagerDuty.acknowledgeFromPhone(key, QStringLiteral("Jane Doe")));
        const qint64 ackedAt = w.clock.nowMs();
        QVERIFY(runUntil(w, ackedAt + 60'000, [&] {
            return rowOf(monitor, key)->pagerDutyStatus == QStringLiteral("acknowledged");
        }));
        QVERIFY(w.clock.nowMs() <= ackedAt + 60'000);
        const IncidentRow row = *rowOf(monitor, key);
        QCOMPARE(row.pagerDutyBy, QStringLiteral("Jane Doe"));
        QCOMPARE(row.pagerDutyAtMs, ackedAt / 1000 * 1000); // PagerDuty says whole seconds
        QCOMPARE(told.size(), 1);
        QCOMPARE(told[0][0].toString(), key);

        // The Incidents view's PagerDuty column.
        IncidentTableModel model;
        model.setIncidents(monitor.incidents().value());
        const QString expected = QStringLiteral("Acknowledged in PagerDuty by Jane Doe at ") +
                                 localTimeTextMs(ackedAt, timeFormat());
        QCOMPARE(model
                     .data(model.index(model.rowOf(key), IncidentTableModel::DeliveryColumn),
                           Qt::DisplayRole)
                     .toString(),
                 expected);
        QCOMPARE(pagerDutyChangeNotice(row),
                 QStringLiteral("Sales: acknowledged in PagerDuty by Jane Doe"));
        // The incident's timeline tells it, at PagerDuty's time.
        const QList<IncidentEvent> timeline = monitor.incidentTimeline(key).value();
        QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [&](const IncidentEvent &e) {
            return e.kind == IncidentEvent::Kind::AcknowledgedInPagerDuty &&
                   e.actor == QStringLiteral("Jane Doe") && e.atMs == ackedAt / 1000 * 1000;
        }));
        // Earshot's own state is its operators': PagerDuty's acknowledgement is shown beside it.
        QCOMPARE(row.state, IncidentRow::State::Open);

        // Stored: a restarted Monitor shows it before its first follow round.
        created.value()->stop();
        auto again = Monitor::create(setupFor(w, dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(again.ok());
        QCOMPARE(rowOf(*again.value(), key)->pagerDutyBy, QStringLiteral("Jane Doe"));
    }

    void resolvedInPagerDutyStillDegradedIsNotRetriggered_data()
    {
        QTest::addColumn<bool>("repageAfterFreshBreach");
        QTest::newRow("default") << false;
        // The script never recovers before the episode ends: no fresh breach either way.
        QTest::newRow("repage after fresh breach") << true;
    }

    void resolvedInPagerDutyStillDegradedIsNotRetriggered()
    {
        QFETCH(bool, repageAfterFreshBreach);
        QTemporaryDir dir;
        World w;
        MonitorSetup setup = setupFor(w, dir.filePath(QStringLiteral("r.sqlite")));
        setup.pagerduty.repageAfterFreshBreach = repageAfterFreshBreach;
        auto created = Monitor::create(setup);
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        monitor.start();
        w.run(monitor, 5); // trigger:warning at window 3
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QVERIFY(w.pagerDuty.resolveFromPhone(key, QStringLiteral("Tim Early")));
        QVERIFY(runUntil(w, w.clock.nowMs() + 60'000,
                         [&] { return rowOf(monitor, key)->resolvedInPagerDutyStillDegraded(); }));
        const IncidentRow row = *rowOf(monitor, key);
        QVERIFY(pagerDutyFollowText(row).startsWith(
            QStringLiteral("Resolved in PagerDuty by Tim Early at ")));
        QVERIFY(pagerDutyFollowText(row).endsWith(QStringLiteral(", still degraded")));

        // Windows 5-9 still breach, 7-9 critical: the escalation is recorded, not paged.
        w.run(monitor, 5);
        QCOMPARE(rowOf(monitor, key)->state, IncidentRow::State::Open);
        QCOMPARE(rowOf(monitor, key)->severity, Severity::Critical);
        QCOMPARE(actionsFor(w.pagerDuty, key), QStringList{QStringLiteral("trigger:warning")});
        QCOMPARE(w.pagerDuty.incidents().size(), 1);
        const QList<IncidentEvent> timeline = monitor.incidentTimeline(key).value();
        const auto escalated =
            std::find_if(timeline.cbegin(), timeline.cend(), [](const IncidentEvent &e) {
                return e.kind == IncidentEvent::Kind::Escalated;
            });
        QVERIFY(escalated != timeline.cend());
        QVERIFY(!escalated->paged);

        // The episode ends (windows 10-11 healthy): its resolve closes nothing new.
        w.run(monitor, 3);
        QCOMPARE(rowOf(monitor, key)->state, IncidentRow::State::Resolved);
        QCOMPARE(w.pagerDuty.incidents().size(), 1);
        QCOMPARE(actionsFor(w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("resolve")}));
        QCOMPARE(w.pagerDuty.incidents()[0].resolvedBy, QStringLiteral("Tim Early"));
    }

    void freshBreachPagesAgainOnlyWhenConfigured_data()
    {
        QTest::addColumn<bool>("repageAfterFreshBreach");
        QTest::addColumn<int>("incidents");
        QTest::newRow("default") << false << 1;
        QTest::newRow("repage after fresh breach") << true << 2;
    }

    void freshBreachPagesAgainOnlyWhenConfigured()
    {
        QFETCH(bool, repageAfterFreshBreach);
        QFETCH(int, incidents);
        QTemporaryDir dir;
        World w;
        // 3-4 warning (trigger at 3), 5 healthy, 6 warning: a fresh breach; then healthy.
        playMos(w, {4.2, 4.2, 4.2, 3.3, 3.3, 4.2, 3.3, 3.3});
        MonitorSetup setup = setupFor(w, dir.filePath(QStringLiteral("f.sqlite")));
        setup.pagerduty.repageAfterFreshBreach = repageAfterFreshBreach;
        auto created = Monitor::create(setup);
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        monitor.start();
        w.run(monitor, 4);
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QVERIFY(w.pagerDuty.resolveFromPhone(key, QStringLiteral("Tim Early")));
        QVERIFY(runUntil(w, w.clock.nowMs() + 60'000,
                         [&] { return rowOf(monitor, key)->resolvedInPagerDutyStillDegraded(); }));
        w.run(monitor, 4); // 4 warning, 5 healthy, 6-7 warning
        QCOMPARE(rowOf(monitor, key)->state, IncidentRow::State::Open);
        QCOMPARE(w.pagerDuty.incidents().size(), incidents);
        QStringList expected{QStringLiteral("trigger:warning")};
        if (repageAfterFreshBreach)
            expected << QStringLiteral("trigger:warning");
        QCOMPARE(actionsFor(w.pagerDuty, key), expected);
        if (repageAfterFreshBreach) {
            // The new incident is followed: no longer "resolved, still degraded".
            QVERIFY(runUntil(w, w.clock.nowMs() + 60'000,
                             [&] { return rowOf(monitor, key)->pagerDutyNumber == 2; }));
            QCOMPARE(rowOf(monitor, key)->pagerDutyStatus, QStringLiteral("triggered"));
            QVERIFY(!rowOf(monitor, key)->resolvedInPagerDutyStillDegraded());
        } else {
            QVERIFY(rowOf(monitor, key)->resolvedInPagerDutyStillDegraded());
        }
    }

    void wrongTokenShowsAnErrorAndNothingElseChanges()
    {
        QTemporaryDir dir;
        World w;
        auto created = Monitor::create(setupFor(w, dir.filePath(QStringLiteral("w.sqlite")),
                                                QStringLiteral("wrong-token-0000")));
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        QSignalSpy followChanges(&monitor, &Monitor::followStatusChanged);
        monitor.start();
        w.run(monitor, 14);
        const FollowStatus follow = monitor.followStatus();
        QCOMPARE(follow.state, FollowStatus::State::TokenRejected);
        QVERIFY(follow.lastError.contains(QStringLiteral("401")));
        QVERIFY(!follow.lastError.contains(QStringLiteral("wrong-token-0000")));
        QVERIFY(followChanges.size() >= 1);
        // Paging is as it is without a REST API key.
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QCOMPARE(actionsFor(w.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("trigger:critical"),
                              QStringLiteral("resolve")}));
        QCOMPARE(monitor.deliveryStatus().problem, DeliveryStatus::Problem::None);
        QVERIFY(rowOf(monitor, key)->pagerDutyStatus.isEmpty());
        QVERIFY(pagerDutyFollowText(*rowOf(monitor, key)).isEmpty());
    }

    void withoutATokenFollowingIsOffQuietly()
    {
        qunsetenv("PAGERDUTY_API_TOKEN");
        QTemporaryDir dir;
        World w;
        auto created =
            Monitor::create(setupFor(w, dir.filePath(QStringLiteral("n.sqlite")), QString()));
        QVERIFY(created.ok());
        Monitor &monitor = *created.value();
        monitor.start();
        w.run(monitor, 5);
        QCOMPARE(monitor.followStatus().state, FollowStatus::State::Off);
        QVERIFY(!monitor.followStatus().isProblem());
        QCOMPARE(w.pagerDuty.restRequestCount(), 0);
        QCOMPARE(w.pagerDuty.incidents().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPagerDutyFollow)
#include "TestPagerDutyFollow.moc"
