#include "SampleFactory.h"

#include "core/presentation/ChartSeriesBuilder.h"

#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kQ = QStringLiteral("q-sales");

double xOf(int windowIndex)
{
    return double(kT0 + qint64(windowIndex) * kWindow) * 1000.0 + kWindow * 500.0;
}

QList<int> segmentSizes(const MetricSeries &s)
{
    QList<int> sizes;
    for (const QList<QPointF> &seg : s.segments)
        sizes.append(int(seg.size()));
    return sizes;
}

bool anyZero(const MetricSeries &s)
{
    for (const QList<QPointF> &seg : s.segments) {
        for (const QPointF &p : seg) {
            if (p.y() == 0.0)
                return true;
        }
    }
    return false;
}

} // namespace

class TestChartSeriesBuilder : public QObject
{
    Q_OBJECT

private slots:
    void contiguousWindowsAreOneLine()
    {
        const QList<QualitySample> h = history(kQ, {mos(4.1), mos(3.9), mos(4.0)});
        const QueueChartSeries c = ChartSeriesBuilder::build(kQ, h, AlertPolicy{}, 0, 0);
        const MetricSeries &m = c[Metric::Mos];
        QCOMPARE(segmentSizes(m), QList<int>{3});
        QCOMPARE(m.segments[0][0], QPointF(xOf(0), 4.1));
        QCOMPARE(m.segments[0][2], QPointF(xOf(2), 4.0));
        QCOMPARE(m.pointCount, 3);
        QCOMPARE(*m.minValue, 3.9);
        QCOMPARE(*m.maxValue, 4.1);
        QCOMPARE(c.queueName, QStringLiteral("Queue q-sales"));
    }

    void missingWindowIsAGapNotAZero()
    {
        const QList<QualitySample> h =
            history(kQ, {mos(4.1), mos(4.0), healthy(), mos(3.9), mos(3.8)}, {2});
        const MetricSeries m = ChartSeriesBuilder::build(kQ, h, AlertPolicy{}, 0, 0)[Metric::Mos];
        QCOMPARE(segmentSizes(m), (QList<int>{2, 2}));
        QCOMPARE(m.segments[1][0].x(), xOf(3));
        QVERIFY(!anyZero(m));
    }

    void quietWindowIsAGapNotAZero()
    {
        // 0 calls, and calls under the minimum: both break the line; neither is plotted.
        QList<Win> w = {mos(4.1), quiet(), mos(4.0), mos(4.0), mos(3.9)};
        w[3].calls = 3;
        AlertPolicy policy;
        policy.global.minCalls = 5;
        const QList<QualitySample> h = history(kQ, w);
        const QueueChartSeries c = ChartSeriesBuilder::build(kQ, h, policy, 0, 0);
        QCOMPARE(segmentSizes(c[Metric::Mos]), (QList<int>{1, 1, 1}));
        QCOMPARE(segmentSizes(c[Metric::PacketLoss]), (QList<int>{1, 1, 1}));
        QVERIFY(!anyZero(c[Metric::PacketLoss]));
        // With the default minimum (1 call), the 3-call window counts.
        const QueueChartSeries d = ChartSeriesBuilder::build(kQ, h, AlertPolicy{}, 0, 0);
        QCOMPARE(segmentSizes(d[Metric::Mos]), (QList<int>{1, 3}));
    }

    void absentMetricHasNoPoints()
    {
        QList<Win> w = {healthy(), healthy(), healthy()};
        w[1].jitter = 12.0; // one window from a source with jitter
        const QueueChartSeries c =
            ChartSeriesBuilder::build(kQ, history(kQ, w), AlertPolicy{}, 0, 0);
        QCOMPARE(segmentSizes(c[Metric::Jitter]), QList<int>{1});
        const QueueChartSeries none =
            ChartSeriesBuilder::build(kQ, history(kQ, {healthy(), healthy()}), AlertPolicy{}, 0, 0);
        QVERIFY(!none[Metric::Jitter].hasValues());
        QVERIFY(none[Metric::Jitter].segments.isEmpty());
        QVERIFY(!none[Metric::Jitter].maxValue.has_value());
        QVERIFY(none[Metric::Mos].hasValues());
    }

    void rangeSelectsWindowsInside()
    {
        QList<Win> w(12, healthy());
        const QList<QualitySample> h = history(kQ, w);
        // Windows 4..7 lie within [at(4), at(8)].
        const QueueChartSeries c =
            ChartSeriesBuilder::build(kQ, h, AlertPolicy{}, kT0 + 4 * kWindow, kT0 + 8 * kWindow);
        QCOMPARE(segmentSizes(c[Metric::Mos]), QList<int>{4});
        QCOMPARE(c[Metric::Mos].segments[0].first().x(), xOf(4));
        QCOMPARE(c.fromSecs, kT0 + 4 * kWindow);
    }

    void duplicatesUnsortedAndOtherQueues()
    {
        QList<QualitySample> h = history(kQ, {mos(4.1), mos(3.9), mos(4.0)});
        QList<QualitySample> mixed = {h[2], h[0], h[1], h[1]};
        mixed.append(sampleAt(QStringLiteral("q-other"), 1, mos(1.0)));
        QualitySample broken = sampleAt(kQ, 1, mos(1.0));
        broken.windowEnd = broken.windowStart - 5;
        mixed.append(broken);
        const MetricSeries m =
            ChartSeriesBuilder::build(kQ, mixed, AlertPolicy{}, 0, 0)[Metric::Mos];
        QCOMPARE(segmentSizes(m), QList<int>{3});
        QCOMPARE(m.segments[0][1].y(), 3.9);
        QVERIFY(
            ChartSeriesBuilder::build(kQ, {}, AlertPolicy{}, 0, 0)[Metric::Mos].segments.isEmpty());
    }

    void thresholdLinesFollowTheEffectivePolicy()
    {
        AlertPolicy policy;
        QueueOverride o;
        o.metrics[std::size_t(metricIndex(Metric::Mos))] = MetricThreshold{true, 3.8, 3.2};
        o.metrics[std::size_t(metricIndex(Metric::Jitter))] = MetricThreshold{false, 40, 80};
        policy.overrides.insert(kQ, o);
        const QueueChartSeries c = ChartSeriesBuilder::build(kQ, {}, policy, 0, 0);
        QCOMPARE(c.thresholds[std::size_t(metricIndex(Metric::Mos))],
                 (ThresholdLine{true, 3.8, 3.2}));
        QCOMPARE(c.thresholds[std::size_t(metricIndex(Metric::Jitter))].enabled, false);
        QCOMPARE(c.thresholds[std::size_t(metricIndex(Metric::PacketLoss))],
                 (ThresholdLine{true, 1.0, 3.0}));
        const auto global = ChartSeriesBuilder::thresholdLines(policy, QStringLiteral("q-other"));
        QCOMPARE(global[std::size_t(metricIndex(Metric::Mos))], (ThresholdLine{true, 3.5, 3.0}));
    }
};

QTEST_GUILESS_MAIN(TestChartSeriesBuilder)
#include "TestChartSeriesBuilder.moc"
