// Benchmark, not a test: prints how fast the alert engine evaluates windows.
#include "core/alerting/AlertEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace earshot;

namespace {

constexpr qint64 kT0 = 1'763'892'000;
constexpr qint64 kWindow = 300;

QList<QString> makeQueueIds(int n)
{
    QList<QString> ids;
    for (int i = 0; i < n; ++i)
        ids.append(QStringLiteral("8a9b0c1d-2e3f-4a5b-6c7d-%1").arg(i, 12, 10, QLatin1Char('0')));
    return ids;
}

// About 5 % of queue-windows degraded, in runs, like real incidents.
QualitySample sample(const QString &id, int queue, int window)
{
    QualitySample s;
    s.queueId = id;
    s.queueName = id;
    s.windowStart = kT0 + window * kWindow;
    s.windowEnd = s.windowStart + kWindow;
    s.calls = 5 + (queue * 7 + window) % 40;
    const bool degraded = ((window / 6 + queue * 31) % 20) == 0;
    s.mosMean = degraded ? 3.1 - (queue % 3) * 0.2 : 4.1 + (window % 5) * 0.02;
    s.packetLossPercent = degraded ? 2.0 : 0.3;
    s.latencyP95Ms = 80.0;
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    {
        const int queues = 10'000;
        const QList<QString> ids = makeQueueIds(queues);
        AlertEngine engine;
        std::vector<double> times;
        for (int w = 0; w < 21; ++w) {
            QList<QualitySample> samples;
            samples.reserve(queues);
            for (int q = 0; q < queues; ++q)
                samples.append(sample(ids[q], q, w));
            QElapsedTimer timer;
            timer.start();
            const QList<Decision> decisions =
                engine.evaluateWindow(kT0 + w * kWindow, kT0 + (w + 1) * kWindow, samples);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (w > 0) // the first window also builds the queue table
                times.push_back(ms);
            if (decisions.size() > queues)
                return 1;
        }
        out << "alert engine: one window of 10000 queues: " << median(times) << " ms (median of "
            << times.size() << " windows)\n";
    }
    {
        const int queues = 1000;
        const int windows = 30 * 24 * 12;
        const QList<QString> ids = makeQueueIds(queues);
        // Pre-built samples, queue-id strings shared as the poller shares them.
        std::vector<QList<QualitySample>> all(windows);
        for (int w = 0; w < windows; ++w) {
            all[std::size_t(w)].reserve(queues);
            for (int q = 0; q < queues; ++q)
                all[std::size_t(w)].append(sample(ids[q], q, w));
        }
        AlertEngine engine;
        qint64 decisions = 0;
        QElapsedTimer timer;
        timer.start();
        for (int w = 0; w < windows; ++w)
            decisions +=
                engine
                    .evaluateWindow(kT0 + w * kWindow, kT0 + (w + 1) * kWindow, all[std::size_t(w)])
                    .size();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        out << "alert engine: replay 30 days x 1000 queues (" << qint64(windows) * queues
            << " samples): " << ms << " ms, " << decisions << " decisions\n";
    }
    return 0;
}
