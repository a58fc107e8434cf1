// Benchmark, not a test: the storage costs of one window and of the chart queries.
#include "core/alerting/AlertEngine.h"
#include "core/storage/Database.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/WindowCommit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace earshot;

namespace {

constexpr qint64 kT0 = 1'763'892'000;

QualitySample sample(int queue, qint64 start, bool degraded)
{
    QualitySample s;
    s.queueId = QStringLiteral("8a9b0c1d-2e3f-4a5b-6c7d-%1").arg(queue, 12, 10, QLatin1Char('0'));
    s.queueName = QStringLiteral("Queue %1").arg(queue);
    s.windowStart = start;
    s.windowEnd = start + 300;
    s.calls = 20 + queue % 30;
    s.mosMean = degraded ? 2.9 : 4.1;
    s.mosMin = 3.0;
    s.packetLossPercent = degraded ? 2.5 : 0.2;
    s.latencyP95Ms = 90;
    s.worstCalls = {WorstCall{QStringLiteral("c-%1").arg(queue), 2.0, 3.0}};
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
    QTemporaryDir dir;
    {
        auto db = Database::open(dir.filePath(QStringLiteral("commit.sqlite")));
        AlertEngine engine;
        std::vector<double> times;
        for (int w = 0; w < 11; ++w) {
            const qint64 start = kT0 + w * 300;
            const EngineStateRecord before = engine.stateRecord();
            WindowRecord r;
            r.windowStart = start;
            r.windowEnd = start + 300;
            for (int q = 0; q < 1000; ++q)
                r.samples.append(sample(q, start, (q + w) % 20 == 0));
            r.decisions = engine.evaluateWindow(start, start + 300, r.samples);
            for (const Decision &d : r.decisions)
                r.events.append(
                    PendingEvent{d.dedupKey, decisionKindKey(d.kind), QByteArray(1500, 'x')});
            r.engineChange = engine.changesSince(before);
            r.cursorWindowEnd = start + 300;
            r.nowMs = (start + 360) * 1000;
            QElapsedTimer t;
            t.start();
            if (!commitWindow(*db.value(), r).ok())
                return 1;
            if (w > 0)
                times.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        out << "storage: commit one window of 1000 queues (history + decisions + outbox + audit "
               "+ engine state): "
            << median(times) << " ms (median of " << times.size() << ")\n";
    }
    {
        auto db = Database::open(dir.filePath(QStringLiteral("week.sqlite")));
        HistoryStore history(*db.value());
        const int windows = 7 * 288;
        for (int w = 0; w < windows; ++w) {
            QList<QualitySample> samples;
            for (int q = 0; q < 500; ++q)
                samples.append(sample(q, kT0 + w * 300, false));
            if (!db.value()->transaction([&] { return history.store(samples); }).ok())
                return 1;
        }
        QElapsedTimer t;
        t.start();
        const auto day = history.range(sample(42, 0, false).queueId, kT0 + (windows - 288) * 300,
                                       kT0 + windows * 300);
        out << "storage: load one queue's 24 h (" << day.value().size()
            << " windows) from 500 queues x 7 days: " << double(t.nsecsElapsed()) / 1e6 << " ms\n";
        t.restart();
        const auto latest = history.latestPerQueue();
        out << "storage: latest sample of each of " << latest.value().size()
            << " queues: " << double(t.nsecsElapsed()) / 1e6 << " ms\n";
    }
    return 0;
}
