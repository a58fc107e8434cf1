// The NOC wall display with 500 queues at 3840x2160: the time to paint a frame (a repaint
// such as the clock's, and a page turn where every tile is painted anew), and the time a
// new window of data takes from the Monitor's values to a painted wall (model, board,
// layout, paint). Printed as wall-clock and as this thread's CPU time (the machine may be
// shared); never asserted. Then 24 simulated hours of windows through the same model,
// board and view, painted at every window, with RSS after a 4-hour warm-up and at the end.
#include "WallScenario.h"

#include "ui/wall/WallView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr int kQueues = 500;
constexpr int kRounds = 20;

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall-clock and CPU milliseconds of each round, reported as medians and maxima.
class Figures
{
public:
    void start()
    {
        m_cpu = threadCpuMs();
        m_clock.start();
    }
    void stop()
    {
        m_wall.append(double(m_clock.nsecsElapsed()) / 1e6);
        m_cpuMs.append(threadCpuMs() - m_cpu);
    }
    void print(const char *what) const
    {
        QList<double> wall = m_wall;
        QList<double> cpu = m_cpuMs;
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("wall: %s: median %.2f ms (CPU %.2f ms), max %.2f ms (CPU %.2f ms)\n", what,
                    wall[wall.size() / 2], cpu[cpu.size() / 2], wall.constLast(), cpu.constLast());
    }

private:
    QElapsedTimer m_clock;
    double m_cpu = 0;
    QList<double> m_wall;
    QList<double> m_cpuMs;
};

void paintOnce(WallView &view, QImage *image)
{
    QPainter painter(image);
    view.render(&painter);
}

// This process's resident set in MB (Linux; 0 elsewhere).
double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

// 24 simulated hours, a window every 5 minutes: MOS wobbles, queues go critical and
// recover, the page turns; every window goes through the model, the board and the view
// and is painted, as the wall does.
void memoryOverADay(QSize size)
{
    constexpr int kWindowsPerHour = 12;
    constexpr int kHours = 24;
    constexpr int kWarmUpHours = 4;
    const WallScenario sc = wallScenario(WallState::AllOk, kQueues);
    QueueTableModel model;
    WallBoard board;
    loadWallScenario(sc, &model, &board);
    WallView view;
    view.setRotateSeconds(0);
    view.resize(size);
    QImage image(size, QImage::Format_RGB32);
    QList<QualitySample> latest = sc.latest;
    qint64 windowEnd = sc.currentWindowEnd;
    double warmRss = 0;
    double peakRss = 0;
    QStringList every4h; // the trend: a plateau, or a climb
    QElapsedTimer clock;
    clock.start();
    for (int w = 1; w <= kHours * kWindowsPerHour; ++w) {
        windowEnd += 300;
        for (int i = 0; i < latest.size(); ++i) {
            QualitySample &s = latest[i];
            s.windowStart += 300;
            s.windowEnd += 300;
            if (!s.mosMean)
                continue;
            const bool bad = (w + i * 7) % 97 < 5; // an episode of 25 minutes now and then
            s.mosMean = bad ? 2.6 + 0.01 * (w % 7) : 4.1 + 0.01 * ((w + i) % 17);
            s.packetLossPercent = bad ? 4.0 : 0.1 + 0.01 * (w % 9);
        }
        WallHealthInput health = sc.health;
        health.newestWindowEnd = windowEnd;
        health.nowSecs = windowEnd + 80;
        model.setLatestSamples(latest);
        model.setCurrentWindowEnd(windowEnd);
        board.addWindows(latest);
        (void)board.update(model, assessWallHealth(health));
        view.setNowSecs(health.nowSecs);
        view.setBoard(board);
        paintOnce(view, &image);
        view.showNextPage();
        view.prepareNextPage(); // what idle time does between windows
        paintOnce(view, &image);
        if (w == kWarmUpHours * kWindowsPerHour)
            warmRss = rssMb();
        if (w >= kWarmUpHours * kWindowsPerHour)
            peakRss = std::max(peakRss, rssMb());
        if (w % (4 * kWindowsPerHour) == 0)
            every4h << QString::number(rssMb(), 'f', 1);
    }
    const double endRss = rssMb();
    std::printf("wall: 24 simulated hours (%d windows, %d queues at %dx%d, painted twice a "
                "window, %.1f s): RSS after the %d-hour warm-up %.1f MB, at the end %.1f MB "
                "(peak %.1f MB), drift %+.1f %%\n",
                kHours * kWindowsPerHour, kQueues, size.width(), size.height(),
                double(clock.elapsed()) / 1000.0, kWarmUpHours, warmRss, endRss, peakRss,
                warmRss > 0 ? (endRss - warmRss) / warmRss * 100.0 : 0.0);
    std::printf("wall: RSS every 4 simulated hours: %s MB\n",
                qPrintable(every4h.join(QStringLiteral(", "))));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The wall logs what it shows whenever that changes: every window here.
    QLoggingCategory::setFilterRules(QStringLiteral("earshot.ui.info=false"));
    const QSize size(3840, 2160);
    for (const WallState state : {WallState::AllOk, WallState::Storm}) {
        const WallScenario sc = wallScenario(state, kQueues);
        QueueTableModel model;
        WallBoard board;
        loadWallScenario(sc, &model, &board);
        WallView view;
        view.setRotateSeconds(0);
        view.resize(size);
        view.setNowSecs(sc.health.nowSecs);
        view.setBoard(board);
        QImage image(size, QImage::Format_RGB32);
        paintOnce(view, &image); // fonts and glyph caches warm
        std::printf("wall: %d queues at %dx%d, %s: %d tiles a page, %d pages\n", kQueues,
                    size.width(), size.height(), qPrintable(wallStateName(state)),
                    int(view.frame().tiles.size()), view.pageCount());

        Figures repaint;
        for (int i = 0; i < kRounds; ++i) {
            view.setNowSecs(sc.health.nowSecs + i); // the clock ticks; no tile changes
            repaint.start();
            paintOnce(view, &image);
            repaint.stop();
        }
        repaint.print("repaint a frame (clock tick)");

        Figures turn;
        for (int i = 0; i < kRounds; ++i) {
            turn.start();
            view.showNextPage();
            paintOnce(view, &image);
            turn.stop();
        }
        turn.print("turn the page (every tile painted anew)");

        Figures ahead;
        for (int i = 0; i < kRounds; ++i) {
            view.prepareNextPage(); // idle time between two turns
            ahead.start();
            view.showNextPage();
            paintOnce(view, &image);
            ahead.stop();
        }
        ahead.print("turn the page (next page painted ahead in idle time)");

        // A new window: every queue's newest sample moves on by one window.
        Figures update;
        QList<QualitySample> latest = sc.latest;
        qint64 windowEnd = sc.currentWindowEnd;
        for (int u = 0; u < kRounds; ++u) {
            windowEnd += 300;
            for (QualitySample &s : latest) {
                s.windowStart += 300;
                s.windowEnd += 300;
                if (s.mosMean)
                    s.mosMean = *s.mosMean + ((u % 2) ? 0.01 : -0.01);
            }
            WallHealthInput health = sc.health;
            health.newestWindowEnd = windowEnd;
            health.nowSecs = windowEnd + 80;
            update.start();
            model.setLatestSamples(latest);
            model.setCurrentWindowEnd(windowEnd);
            board.addWindows(latest);
            (void)board.update(model, assessWallHealth(health));
            view.setNowSecs(health.nowSecs);
            view.setBoard(board);
            paintOnce(view, &image);
            update.stop();
        }
        update.print("new window -> model, board, layout, painted frame");

        // The cold turn again with a worker thread filling the tiles' grounds, as the wall
        // does by default with more than two cores (CPU: this thread's only).
        view.setGroundWorker(true);
        Figures worker;
        for (int i = 0; i < kRounds; ++i) {
            worker.start();
            view.showNextPage();
            paintOnce(view, &image);
            worker.stop();
        }
        worker.print("turn the page (every tile painted anew, grounds filled on a worker)");
    }
    memoryOverADay(size);
    return 0;
}
