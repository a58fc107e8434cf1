// The operator's window with a large contact centre in memory: 500 queues x 7 days of
// 5-minute windows. Measures what an operator waits for: switching the charted queue
// (series built, charts repainted) and recomputing a threshold preview while editing.
#include "UiSamples.h"

#include "core/presentation/ChartSeriesBuilder.h"
#include "core/presentation/ThresholdPreview.h"
#include "ui/QualityChartView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>

#include <cstdio>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr int kQueues = 500;
constexpr int kWindows = 2016; // 7 days
constexpr int kDayWindows = 288;
constexpr int kRounds = 20;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);

    QElapsedTimer t;
    t.start();
    QList<QList<QualitySample>> histories;
    histories.reserve(kQueues);
    for (int q = 0; q < kQueues; ++q) {
        const QString id = QStringLiteral("q-%1").arg(q, 3, 10, QLatin1Char('0'));
        // Dips and quiet windows at different places per queue.
        histories.append(queueHistory(id, kWindows, (q * 37) % kWindows, 40 + q % 20));
    }
    std::printf("ui: generated %d queues x %d windows in %.0f ms\n", kQueues, kWindows, msSince(t));

    const qint64 now = kT0 + qint64(kWindows) * kWindow;
    const AlertPolicy policy;

    // 1. The series alone (pure).
    t.restart();
    int points = 0;
    for (int r = 0; r < kRounds; ++r) {
        const QList<QualitySample> &h = histories[(r * 97) % kQueues];
        const QueueChartSeries s =
            ChartSeriesBuilder::build(h.first().queueId, h, policy, now - 24 * 3600, now);
        points += s[Metric::Mos].pointCount;
    }
    std::printf("ui: build chart series 24h (one queue, %d points): %.2f ms\n", points / kRounds,
                msSince(t) / kRounds);

    // 2. Switching the charted queue: the view gets the queue's week, shows 24 h, repaints.
    QualityChartView view;
    view.resize(1280, 760);
    view.setNowSecs(now);
    view.setPolicy(policy);
    view.show();
    view.setQueueHistories(
        {{histories[0].first().queueId, QStringLiteral("warm-up"), histories[0]}});
    (void)view.grab();
    t.restart();
    qint64 pixels = 0;
    for (int r = 1; r <= kRounds; ++r) {
        const QList<QualitySample> &h = histories[(r * 131) % kQueues];
        view.setQueueHistories({{h.first().queueId, h.first().queueName, h}});
        QCoreApplication::processEvents(); // the legend's deferred layout, as on screen
        pixels += view.grab().toImage().width();
    }
    std::printf("ui: switch charted queue: %.1f ms (setQueueHistories 7 d in memory, 24 h shown, "
                "grab %lld px wide)\n",
                msSince(t) / kRounds, pixels / kRounds);

    // 3. Threshold preview over the shown 24 h, as every edit in the panel does.
    // A warning line inside the queues' normal wave (MOS 4.1-4.3): many episodes, the
    // expensive case for an operator dragging a slider.
    AlertPolicy draft = policy;
    draft.global[Metric::Mos].warning = 4.2;
    t.restart();
    int episodes = 0;
    for (int r = 0; r < kRounds; ++r) {
        const QList<QualitySample> &h = histories[(r * 53) % kQueues];
        episodes += ThresholdPreview::replay(h.mid(kWindows - kDayWindows), draft).count();
    }
    std::printf("ui: threshold preview 24h: %.3f ms (%d episodes per queue on average)\n",
                msSince(t) / kRounds, episodes / kRounds);

    t.restart();
    for (int r = 0; r < kRounds; ++r)
        (void)ThresholdPreview::replay(histories[(r * 53) % kQueues], draft);
    std::printf("ui: threshold preview 7d: %.3f ms\n", msSince(t) / kRounds);

    // 4. The preview as the chart shows it: lines move, episodes shaded, repaint.
    t.restart();
    for (int r = 0; r < kRounds; ++r) {
        draft.global[Metric::Mos].warning = 4.1 + 0.01 * r;
        view.setPreviewPolicy(draft);
        QCoreApplication::processEvents();
        (void)view.grab();
    }
    std::printf("ui: preview on chart (lines, shading, repaint): %.1f ms\n", msSince(t) / kRounds);
    return 0;
}
