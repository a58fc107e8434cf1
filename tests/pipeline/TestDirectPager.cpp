// Earshot's health page sent straight to PagerDuty when the database cannot be written:
// the real PagerDutyClient against the fake PagerDuty over a loopback socket, time on a
// ManualClock.
#include "tests/support/ManualClock.h"
#include "tests/support/PagerDutyFaults.h"
#include "tests/support/PipelineRig.h"

#include "app/demo/FakePagerDuty.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/pipeline/DirectPager.h"
#include "core/pipeline/HealthWatchdog.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kKey = healthDedupKey(QStringLiteral("noc-7"));

struct Rig
{
    Rig()
    {
        if (!pagerDuty.listen())
            qFatal("the fake PagerDuty could not listen");
        pagerDuty.addRoutingKey(kRoutingKey);
        PagerDutySettings settings;
        settings.eventsUrl = pagerDuty.eventsUrl();
        client = std::make_unique<PagerDutyClient>(network, clock, settings);
        direct = std::make_unique<DirectPager>(*client, keys, clock,
                                               BackoffPolicy{1'000, 30'000, 2.0, 0.0, -1});
    }

    void trigger()
    {
        const BuiltEvent e = buildHealthEvent(kKey, true, QStringLiteral("no data"), 1, {}, {});
        direct->send(kKey, e.action, e.body);
    }
    [[nodiscard]] QByteArray resolveBody() const
    {
        return buildHealthEvent(kKey, false, {}, 0, {}, {}).body;
    }

    ManualClock clock{1'763'892'000'000};
    FakePagerDuty pagerDuty;
    PagerDutyFaults faults{pagerDuty};
    QNetworkAccessManager network;
    RoutingKeyProvider keys{nullptr, kRoutingKey};
    std::unique_ptr<PagerDutyClient> client;
    std::unique_ptr<DirectPager> direct;
};

} // namespace

class TestDirectPager : public QObject
{
    Q_OBJECT

private slots:
    void aPageIsRetriedUntilPagerDutyAcceptsIt()
    {
        Rig r;
        r.faults.push(PagerDutyFault::status(503));
        r.trigger();
        QVERIFY(r.direct->holds(kKey));
        QVERIFY(QTest::qWaitFor([&] { return r.direct->state() == DirectPager::State::Retrying; }));
        QVERIFY2(r.direct->lastError().contains(QStringLiteral("503")),
                 qPrintable(r.direct->lastError()));
        QVERIFY(r.pagerDuty.acceptedEvents().isEmpty());
        QCOMPARE(r.clock.pendingCount(), 1);
        r.clock.advanceTo(r.clock.nextDueMs());
        QVERIFY(QTest::qWaitFor([&] { return r.direct->state() == DirectPager::State::Idle; }));
        QCOMPARE(actionsFor(r.pagerDuty, kKey), QStringList{QStringLiteral("trigger:error")});
        QVERIFY(r.direct->lastError().isEmpty());
        QVERIFY(!r.direct->holds(kKey));
        QCOMPARE(r.direct->acceptedCount(), 1);
    }

    // Data flows again before the page got out: PagerDuty never hears of it.
    void aResolveDropsAPageThatNeverLeft()
    {
        Rig r;
        r.faults.push(PagerDutyFault::status(503));
        r.trigger();
        QVERIFY(QTest::qWaitFor([&] { return r.direct->state() == DirectPager::State::Retrying; }));
        r.direct->resolve(kKey, r.resolveBody());
        QCOMPARE(r.direct->state(), DirectPager::State::Idle);
        QVERIFY(!r.direct->holds(kKey));
        if (r.clock.pendingCount() > 0)
            r.clock.advanceTo(r.clock.nextDueMs()); // the planned retry finds nothing to do
        QTest::qWait(50);
        QCOMPARE(r.pagerDuty.server().requests().size(), 1); // the one that failed
        QVERIFY(r.pagerDuty.acceptedEvents().isEmpty());
    }

    // A resolve while the page is on the wire follows it: never the other way round.
    void aResolveFollowsAPageOnTheWire()
    {
        Rig r;
        r.pagerDuty.server().holdAnswers("/v2/enqueue");
        r.trigger();
        QVERIFY(QTest::qWaitFor([&] { return r.pagerDuty.server().heldAnswers() == 1; }));
        QCOMPARE(r.direct->state(), DirectPager::State::Sending);
        r.direct->resolve(kKey, r.resolveBody());
        QVERIFY(r.direct->holds(kKey));
        r.pagerDuty.server().releaseHeld();
        QVERIFY(QTest::qWaitFor([&] { return r.direct->state() == DirectPager::State::Idle; }));
        QCOMPARE(actionsFor(r.pagerDuty, kKey),
                 (QStringList{QStringLiteral("trigger:error"), QStringLiteral("resolve")}));
        QCOMPARE(r.pagerDuty.incident(kKey)->status, QStringLiteral("resolved"));
    }
};

QTEST_GUILESS_MAIN(TestDirectPager)
#include "TestDirectPager.moc"
