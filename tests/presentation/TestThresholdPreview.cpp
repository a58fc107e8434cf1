#include "SampleFactory.h"

#include "core/alerting/AlertEngine.h"
#include "core/presentation/ThresholdPreview.h"

#include <QObject>
#include <QTest>

#include <algorithm>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kQ = QStringLiteral("q-sales");

// 48 windows (4 hours) with known dips:
//   5: MOS 3.3 (warning)          12-13: MOS 2.8 (critical)
//  20: loss 1.5 % (warning)       21: MOS 3.4 (warning)
//  30: MOS 3.45 (warning, just)   40: MOS 3.2, then quiet (0 calls) to the end
QList<Win> knownDips()
{
    QList<Win> w(48, healthy());
    w[5] = mos(3.3);
    w[12] = mos(2.8);
    w[13] = mos(2.8);
    w[20] = loss(1.5);
    w[21] = mos(3.4);
    w[30] = mos(3.45);
    w[40] = mos(3.2);
    for (int i = 41; i < 48; ++i)
        w[i] = quiet();
    return w;
}

// The reference: an AlertEngine driven directly, one evaluateWindow per window index from
// the first to the last sample (windows without a sample evaluated empty, as the live
// pipeline does for a queue that sent nothing).
QList<PreviewEpisode> drivenDirectly(const QList<QualitySample> &samples, const AlertPolicy &policy)
{
    AlertEngine engine(policy);
    QList<PreviewEpisode> episodes;
    const qint64 first = samples.first().windowStart;
    const qint64 last = samples.last().windowStart;
    for (qint64 start = first; start <= last; start += kWindow) {
        QList<QualitySample> window;
        for (const QualitySample &s : samples) {
            if (s.windowStart == start)
                window.append(s);
        }
        for (const Decision &d : engine.evaluateWindow(start, start + kWindow, window)) {
            if (d.kind == DecisionKind::Trigger) {
                episodes.append(PreviewEpisode{d.episodeStart, 0, d.severity});
            } else if (d.kind == DecisionKind::Escalate) {
                episodes.last().maxSeverity = std::max(episodes.last().maxSeverity, d.severity);
            } else if (d.kind == DecisionKind::Resolve) {
                for (PreviewEpisode &e : episodes) {
                    if (e.start == d.episodeStart)
                        e.end = d.at;
                }
            }
        }
    }
    return episodes;
}

qint64 at(int windowIndex)
{
    return kT0 + qint64(windowIndex) * kWindow;
}

AlertPolicy withMosWarning(double warning)
{
    AlertPolicy p;
    p.global[Metric::Mos].warning = warning;
    return p;
}

} // namespace

class TestThresholdPreview : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFindEveryDip()
    {
        const QList<QualitySample> h = history(kQ, knownDips());
        const PreviewResult r = ThresholdPreview::replay(h, AlertPolicy{});
        const QList<PreviewEpisode> expected = {
            {at(5), at(8), Severity::Warning},    // clears after 2 healthy windows (6, 7)
            {at(12), at(16), Severity::Critical}, // 14, 15 healthy
            {at(20), at(24), Severity::Warning},  // loss then MOS: one episode
            {at(30), at(33), Severity::Warning},
            {at(40), 0, Severity::Warning}, // quiet afterwards: still open when history ends
        };
        QCOMPARE(r.count(), 5);
        QCOMPARE(r.episodes, expected);
        QCOMPARE(r.episodes, drivenDirectly(h, AlertPolicy{}));
    }

    // Editing thresholds changes the preview exactly as the engine itself says.
    void editedThresholdsMatchTheEngine_data()
    {
        QTest::addColumn<AlertPolicy>("policy");
        QTest::addColumn<int>("expectedCount");

        QTest::newRow("defaults") << AlertPolicy{} << 5;
        // 3.4 is not under a 3.4 line, 3.45 neither: episodes at 20 (loss) stays, 30 goes.
        QTest::newRow("MOS warning 3.4") << withMosWarning(3.4) << 4;
        QTest::newRow("MOS warning 3.0 (the 2.8 dip and the loss)") << withMosWarning(3.0) << 2;
        QTest::newRow("MOS warning 3.5 -> 3.6 changes nothing") << withMosWarning(3.6) << 5;

        AlertPolicy raise2;
        raise2.raiseAfterWindows = 2;
        QTest::newRow("raise after 2 windows") << raise2 << 2;

        AlertPolicy noMos;
        noMos.global[Metric::Mos].enabled = false;
        QTest::newRow("MOS disabled") << noMos << 1;

        AlertPolicy lossStricter;
        lossStricter.global[Metric::PacketLoss].warning = 2.0;
        QTest::newRow("loss warning 2 % (21 still breaches on MOS)") << lossStricter << 5;

        AlertPolicy minCalls;
        minCalls.global.minCalls = 30; // every window has 20 calls: nothing is data
        QTest::newRow("min calls above every window") << minCalls << 0;

        AlertPolicy overridden;
        QueueOverride o;
        o.metrics[std::size_t(metricIndex(Metric::Mos))] = MetricThreshold{true, 3.0, 2.5};
        overridden.overrides.insert(kQ, o);
        QTest::newRow("per-queue override") << overridden << 2;

        AlertPolicy otherQueue;
        otherQueue.overrides.insert(QStringLiteral("q-other"), o);
        QTest::newRow("another queue's override does not apply") << otherQueue << 5;

        AlertPolicy clear1;
        clear1.clearAfterWindows = 1;
        QTest::newRow("clear after 1 window") << clear1 << 5;
    }
    void editedThresholdsMatchTheEngine()
    {
        QFETCH(AlertPolicy, policy);
        QFETCH(int, expectedCount);
        const QList<QualitySample> h = history(kQ, knownDips());
        const PreviewResult r = ThresholdPreview::replay(h, policy);
        QCOMPARE(r.count(), expectedCount);
        QCOMPARE(r.episodes, drivenDirectly(h, policy));
    }

    void missingWindowsResolveAnIdleEpisodeWhenTheEngineWould()
    {
        // An episode at window 2, then nothing at all until window 30.
        QList<Win> w(31, healthy());
        w[2] = mos(3.1);
        QList<int> missing;
        for (int i = 3; i < 30; ++i)
            missing.append(i);
        const QList<QualitySample> h = history(kQ, w, missing);
        const PreviewResult r = ThresholdPreview::replay(h, AlertPolicy{});
        QCOMPARE(r.count(), 1);
        // Last data ended at window 3's start; idle for 3600 s resolves at window 15's end.
        QCOMPARE(r.episodes.first().start, at(2));
        QCOMPARE(r.episodes.first().end, at(3) + 3600);
        QCOMPARE(r.episodes, drivenDirectly(h, AlertPolicy{}));

        AlertPolicy patient;
        patient.idleResolveSecs = 4 * 3600; // longer than the gap: recovery resolves it
        const PreviewResult p = ThresholdPreview::replay(h, patient);
        QCOMPARE(p.count(), 1);
        QCOMPARE(p.episodes, drivenDirectly(h, patient));
    }

    void escalationKeepsTheMaximum()
    {
        const QList<Win> w = {mos(3.3), mos(2.5),  mos(3.3), mos(3.3),
                              mos(3.3), healthy(), healthy()};
        const QList<QualitySample> h = history(kQ, w);
        const PreviewResult r = ThresholdPreview::replay(h, AlertPolicy{});
        QCOMPARE(r.count(), 1);
        QCOMPARE(r.episodes.first().maxSeverity, Severity::Critical);
        QCOMPARE(r.episodes.first().end, at(7));
    }

    void orderDuplicatesAndJunkDoNotMatter()
    {
        const QList<QualitySample> h = history(kQ, knownDips());
        QList<QualitySample> shuffled = h;
        std::reverse(shuffled.begin(), shuffled.end());
        shuffled.append(h[5]); // a window seen twice
        QualitySample broken = sampleAt(kQ, 60, mos(1.0));
        broken.windowEnd = broken.windowStart; // zero length: ignored
        shuffled.append(broken);
        QualitySample nameless = sampleAt(QString(), 61, mos(1.0));
        shuffled.append(nameless);
        const PreviewResult r = ThresholdPreview::replay(shuffled, AlertPolicy{});
        QCOMPARE(r.episodes, ThresholdPreview::replay(h, AlertPolicy{}).episodes);
    }

    void otherQueuesSamplesAreIgnored()
    {
        QList<QualitySample> h = history(kQ, {healthy(), healthy(), healthy()});
        h.append(sampleAt(QStringLiteral("q-other"), 1, mos(1.5)));
        QCOMPARE(ThresholdPreview::replay(h, AlertPolicy{}).count(), 0);
    }

    void emptyHistoryOpensNothing()
    {
        QCOMPARE(ThresholdPreview::replay({}, AlertPolicy{}).count(), 0);
        QCOMPARE(ThresholdPreview::replay(history(kQ, {quiet(), quiet()}), AlertPolicy{}).count(),
                 0);
    }

    void absurdGapDoesNotHang()
    {
        // A sample years later must not make the replay walk millions of empty windows.
        QList<QualitySample> h = history(kQ, {mos(2.0)});
        h.append(sampleAt(kQ, 5'000'000, mos(2.0)));
        const PreviewResult r = ThresholdPreview::replay(h, AlertPolicy{});
        QCOMPARE(r.count(), 2);
        QCOMPARE(r.episodes.first().end, at(1) + 3600);
        QCOMPARE(r.episodes.last().end, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestThresholdPreview)
#include "TestThresholdPreview.moc"
