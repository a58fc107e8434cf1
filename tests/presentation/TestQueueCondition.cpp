#include "SampleFactory.h"

#include "core/presentation/QueueCondition.h"

#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kSales = QStringLiteral("q-sales");

IncidentRow openEpisode(Severity severity, int healthyWindows)
{
    IncidentRow r;
    r.queueId = kSales;
    r.dedupKey = QStringLiteral("voice_quality_alert_q-sales_1");
    r.severity = severity;
    r.state = IncidentRow::State::Open;
    r.startedAt = kT0;
    r.healthyWindows = healthyWindows;
    return r;
}

QueueConditionContext currentAt(int windowIndex)
{
    QueueConditionContext c;
    c.currentWindowEnd = kT0 + (windowIndex + 1) * kWindow;
    c.windowSecs = kWindow;
    return c;
}

} // namespace

// The one rule the table, the wall tiles and the tooltips share (issue 9, items 3-5).
class TestQueueCondition : public QObject
{
    Q_OBJECT

private slots:
    void silenceIsShownBesideTheLevelNeverInsteadOfIt()
    {
        QualitySample s = sampleAt(kSales, 0, mos(2.57));
        s.packetLossPercent = 4.47;
        const Silence silence{QStringLiteral("s1"), kSales, kT0 + 4 * 3600, {}, {}, 0};
        const QueueCondition c =
            assessQueue(kSales, s, std::nullopt, {silence}, AlertPolicy{}, currentAt(0));
        QCOMPARE(c.status, QueueStatus::Critical);
        QCOMPARE(c.text(), QStringLiteral("Critical · silenced until 14:00")); // TZ=UTC
        QVERIFY(c.needsAttention());
        // A global silence (no queue id) covers the queue too; an ended one does not.
        const Silence global{QStringLiteral("g"), {}, kT0 + 3600, {}, {}, 0};
        QCOMPARE(assessQueue(kSales, s, std::nullopt, {global}, {}, currentAt(0)).silencedUntil,
                 kT0 + 3600);
        const Silence ended{QStringLiteral("e"), kSales, kT0, {}, {}, 0};
        QCOMPARE(assessQueue(kSales, s, std::nullopt, {ended}, {}, currentAt(0)).text(),
                 QStringLiteral("Critical"));
    }

    void currentLevelAndOpenEpisodeAreShownApart()
    {
        QualitySample s = sampleAt(kSales, 3, mos(4.27));
        s.packetLossPercent = 0.22;
        const QueueCondition c = assessQueue(kSales, s, openEpisode(Severity::Critical, 1), {},
                                             AlertPolicy{}, currentAt(3));
        QCOMPARE(c.status, QueueStatus::Ok);
        QCOMPARE(c.text(), QStringLiteral("OK now · critical episode open, clearing 1/2"));
        QVERIFY(c.needsAttention());
        QCOMPARE(c.attentionRank(), queueStatusRank(QueueStatus::Critical));
        // The current window as bad as the episode: one word, the incident column has the rest.
        const QueueCondition bad =
            assessQueue(kSales, sampleAt(kSales, 3, mos(2.5)), openEpisode(Severity::Critical, 0),
                        {}, {}, currentAt(3));
        QCOMPARE(bad.text(), QStringLiteral("Critical"));
        // A per-queue clear count is the one shown.
        AlertPolicy policy;
        QueueOverride o;
        o.clearAfterWindows = 4;
        policy.overrides.insert(kSales, o);
        QCOMPARE(assessQueue(kSales, s, openEpisode(Severity::Warning, 3), {}, policy, currentAt(3))
                     .text(),
                 QStringLiteral("OK now · warning episode open, clearing 3/4"));
    }

    void oldDataIsStaleWithTheTimeOfTheLastData()
    {
        const QualitySample s = sampleAt(kSales, 0, mos(3.2)); // 10:00-10:05
        // Missing from the newest poll: no calls now, the old values are not current.
        QueueCondition c = assessQueue(kSales, s, std::nullopt, {}, {}, currentAt(1));
        QCOMPARE(c.status, QueueStatus::NoCalls);
        QVERIFY(!c.valuesCurrent);
        QCOMPARE(c.text(), QStringLiteral("No calls · last data 10:05"));
        // Older than 2 windows: stale.
        c = assessQueue(kSales, s, std::nullopt, {}, {}, currentAt(3));
        QCOMPARE(c.status, QueueStatus::Stale);
        QVERIFY(!c.valuesCurrent);
        QCOMPARE(c.text(), QStringLiteral("Stale · last data 10:05"));
        QVERIFY(!c.needsAttention()); // old Warning values are not a current warning
        // Polling failed: even the newest window is stale.
        QueueConditionContext failed = currentAt(0);
        failed.pollingFailed = true;
        c = assessQueue(kSales, s, std::nullopt, {}, {}, failed);
        QCOMPARE(c.status, QueueStatus::Stale);
        // Current: judged and shown in normal text.
        c = assessQueue(kSales, s, std::nullopt, {}, {}, currentAt(0));
        QCOMPARE(c.status, QueueStatus::Warning);
        QVERIFY(c.valuesCurrent);
    }

    void idleQueuesSayNoCalls()
    {
        // A monitored queue that never had a window, once polling works.
        QCOMPARE(assessQueue(kSales, std::nullopt, std::nullopt, {}, {}, currentAt(0)).text(),
                 QStringLiteral("No calls"));
        // Before the first poll nothing is known.
        QCOMPARE(assessQueue(kSales, std::nullopt, std::nullopt, {}, {}, {}).status,
                 QueueStatus::NoData);
        // A window with 0 calls.
        QCOMPARE(
            assessQueue(kSales, sampleAt(kSales, 0, quiet()), std::nullopt, {}, {}, currentAt(0))
                .status,
            QueueStatus::NoCalls);
        // Some calls, fewer than min calls: not judged.
        AlertPolicy policy;
        policy.global.minCalls = 25;
        QCOMPARE(assessQueue(kSales, sampleAt(kSales, 0, mos(2.0)), std::nullopt, {}, policy,
                             currentAt(0))
                     .status,
                 QueueStatus::NoData);
        // An idle queue with an open episode says both.
        QCOMPARE(assessQueue(kSales, std::nullopt, openEpisode(Severity::Critical, 0), {}, {},
                             currentAt(0))
                     .text(),
                 QStringLiteral("No calls · critical episode open"));
    }
};

QTEST_GUILESS_MAIN(TestQueueCondition)
#include "TestQueueCondition.moc"
