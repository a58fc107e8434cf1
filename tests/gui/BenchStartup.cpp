// Benchmark, not a test: the window on a database of 500 queues x 7 days of history.
#include "core/pipeline/Monitor.h"
#include "core/presentation/ThresholdPreview.h"
#include "core/storage/Database.h"
#include "core/storage/HistoryStore.h"
#include "tests/support/ManualClock.h"
#include "ui/ChartsPage.h"
#include "ui/MainWindow.h"
#include "ui/MonitorWindow.h"
#include "ui/QualityChartView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace earshot;

namespace {

constexpr qint64 kWindows = 7 * 288;
constexpr int kQueues = 500;

QualitySample sample(int queue, qint64 start)
{
    QualitySample s;
    s.queueId = QStringLiteral("8a9b0c1d-2e3f-4a5b-6c7d-%1").arg(queue, 12, 10, QLatin1Char('0'));
    s.queueName = QStringLiteral("Queue %1").arg(queue, 3, 10, QLatin1Char('0'));
    s.windowStart = start;
    s.windowEnd = start + 300;
    s.calls = 10 + queue % 40;
    const bool dip = ((start / 300) + queue) % 97 < 3;
    s.mosMean = dip ? 3.2 : 4.1 + (queue % 7) * 0.02;
    s.packetLossPercent = dip ? 1.5 : 0.2;
    s.jitterMs = 12;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("week.sqlite"));
    const qint64 t0 = 1'763'892'000;
    {
        auto db = Database::open(path);
        HistoryStore history(*db.value());
        for (qint64 w = 0; w < kWindows; ++w) {
            QList<QualitySample> samples;
            for (int q = 0; q < kQueues; ++q)
                samples.append(sample(q, t0 + w * 300));
            if (!db.value()->transaction([&] { return history.store(samples); }).ok())
                return 1;
        }
    }
    ManualClock clock((t0 + kWindows * 300 + 120) * 1000);
    MonitorSetup setup;
    setup.clock = &clock;
    setup.databasePath = path;
    setup.genesys.endpoints = GenesysEndpoints{QUrl(QStringLiteral("http://127.0.0.1:9")),
                                               QUrl(QStringLiteral("http://127.0.0.1:9"))};
    setup.pagerduty.eventsUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v2/enqueue"));

    QElapsedTimer timer;
    timer.start();
    auto monitor = Monitor::create(setup);
    if (!monitor.ok())
        return 1;
    MonitorWindow window(*monitor.value());
    window.resize(1600, 900);
    window.show();
    (void)window.grab(); // painted once
    out << "ui: start on 500 queues x 7 days and show the first window: " << timer.elapsed()
        << " ms\n";

    const auto queues = monitor.value()->knownQueues().value();
    QualityChartView *chart = window.chartsPage()->chartView();
    window.showPage(MainWindow::Page::Charts);
    timer.restart();
    for (int i = 0; i < 10; ++i) {
        const QString id = queues[i * 37 % queues.size()].id;
        const qint64 now = monitor.value()->nowSecs();
        chart->setQueueHistory(id, id, monitor.value()->history(id, now - 86'400, now).value());
        (void)window.grab();
    }
    out << "ui: switch the charted queue (load 24 h from the database, repaint): "
        << double(timer.elapsed()) / 10.0 << " ms\n";

    const qint64 now = monitor.value()->nowSecs();
    const QList<QualitySample> day =
        monitor.value()->history(queues[3].id, now - 86'400, now).value();
    AlertPolicy strict;
    strict.global[Metric::Mos] = MetricThreshold{true, 4.0, 3.0};
    timer.restart();
    int episodes = 0;
    for (int i = 0; i < 100; ++i)
        episodes += ThresholdPreview::replay(day, strict).count();
    out << "ui: threshold preview over 24 h for one queue: " << double(timer.nsecsElapsed()) / 1e8
        << " ms (" << episodes / 100 << " episodes)\n";
    return 0;
}
