// Benchmark, not a test: a Monitor watching 10,000 queues (the fake Genesys Cloud's quality
// summary, a real SQLite file, the fake PagerDuty), timed from the moment the poller hands
// a window over to the moment the window is stored: the alert engine's evaluation and the
// one transaction that commits samples, decisions, events, audit and the engine's state.
// Windows where every queue has calls, then windows where one queue in ten has.
#include "tests/support/MonitorWorld.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr int kQueues = 10'000;

QElapsedTimer g_clock;
qint64 g_windowReadyNs = -1;
double g_windowReadyCpu = 0;

// The CPU this thread used: on a shared machine the wall time also counts the waits for
// a core.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The poller logs a line right before it hands the window to the monitor.
void timingHandler(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "earshot.poller") == 0 &&
        message.contains(QLatin1StringView("with data"))) {
        g_windowReadyNs = g_clock.nsecsElapsed();
        g_windowReadyCpu = threadCpuMs();
    }
}

QString queueId(int i)
{
    return QStringLiteral("q-%1").arg(i, 5, 10, QLatin1Char('0'));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    World world;
    // Which queues have calls in the window starting at `start`: all, or one in ten. One
    // in a hundred is below the MOS lines, so episodes open and events go to the outbox.
    int activeEvery = 1;
    world.genesys.setSummaryProvider([&](qint64 start, qint64) {
        QList<FakeGenesysCloud::SummaryRow> rows;
        rows.reserve(kQueues);
        for (int i = 0; i < kQueues; i += activeEvery) {
            FakeGenesysCloud::SummaryRow r;
            r.queueId = queueId(i);
            r.queueName = QStringLiteral("Queue %1").arg(i);
            r.mosScore = i % 100 == 7 ? 2.6 : 4.1 + 0.1 * double((start / 300 + i) % 3);
            r.packetLossPercent = 0.2;
            r.jitterMs = 12;
            r.conversationCount = 5 + i % 20;
            rows.append(r);
        }
        return rows;
    });
    QTemporaryDir dir;
    auto created = Monitor::create(world.setup(dir.filePath(QStringLiteral("bench.sqlite"))));
    if (!created.ok()) {
        out << "monitor window: " << created.error().message << "\n";
        return 1;
    }
    Monitor &monitor = *created.value();

    qInstallMessageHandler(timingHandler);
    g_clock.start();
    std::vector<double> times;
    std::vector<double> cpuTimes;
    // The same, up to the end of the WAL checkpoint the monitor runs in the next turn of the
    // event loop (a zero timer queued before this one's).
    std::vector<double> checkpointedTimes;
    std::vector<double> checkpointedCpuTimes;
    int stored = 0;
    QObject::connect(&monitor, &Monitor::windowStored, &monitor, [&](qint64, qint64) {
        if (g_windowReadyNs >= 0) {
            times.push_back(double(g_clock.nsecsElapsed() - g_windowReadyNs) / 1e6);
            cpuTimes.push_back(threadCpuMs() - g_windowReadyCpu);
            QTimer::singleShot(
                0, &monitor, [&, readyNs = g_windowReadyNs, readyCpu = g_windowReadyCpu] {
                    checkpointedTimes.push_back(double(g_clock.nsecsElapsed() - readyNs) / 1e6);
                    checkpointedCpuTimes.push_back(threadCpuMs() - readyCpu);
                });
        }
        g_windowReadyNs = -1;
        ++stored;
    });
    monitor.start();
    struct Figures
    {
        std::vector<double> wall;
        std::vector<double> cpu;
        std::vector<double> checkpointedWall;
        std::vector<double> checkpointedCpu;
    };
    const auto runWindows = [&](int windows) {
        times.clear();
        cpuTimes.clear();
        checkpointedTimes.clear();
        checkpointedCpuTimes.clear();
        const int target = stored + windows;
        while (stored < target) {
            QTest::qWait(2);
            if (world.clock.pendingCount() > 0 && stored < target)
                world.clock.advanceTo(world.clock.nextDueMs());
        }
        QTest::qWait(20); // the last window's checkpoint
        return Figures{times, cpuTimes, checkpointedTimes, checkpointedCpuTimes};
    };
    const Figures first = runWindows(1);
    const Figures busy = runWindows(7);
    activeEvery = 10;
    const Figures quiet = runWindows(7);
    qInstallMessageHandler(nullptr);
    const auto describe = [](const Figures &f) {
        return QStringLiteral("median %1 ms of CPU (%2 ms wall), best %3 ms of CPU, %4 windows")
            .arg(median(f.cpu), 0, 'f', 1)
            .arg(median(f.wall), 0, 'f', 1)
            .arg(*std::min_element(f.cpu.begin(), f.cpu.end()), 0, 'f', 1)
            .arg(f.cpu.size());
    };

    out << "monitor window, " << kQueues << " queues: first window (every queue new) "
        << QString::number(first.cpu.front(), 'f', 1) << " ms of CPU ("
        << QString::number(first.wall.front(), 'f', 1) << " ms wall) evaluated and committed\n";
    out << "monitor window, " << kQueues
        << " queues: every queue with calls, evaluated and committed: " << describe(busy)
        << " (goal < 100 ms)\n";
    out << "monitor window, " << kQueues
        << " queues: every queue with calls, up to the end of the WAL checkpoint that follows "
           "in the next turn of the event loop: "
        << describe(Figures{busy.checkpointedWall, busy.checkpointedCpu, {}, {}}) << "\n";
    out << "monitor window, " << kQueues
        << " queues: one in ten with calls, evaluated and committed: " << describe(quiet) << "\n";
    out << "monitor window: database "
        << QFileInfo(dir.filePath(QStringLiteral("bench.sqlite"))).size() / 1024 << " KiB after "
        << stored << " windows\n";
    monitor.stop();
    return 0;
}
