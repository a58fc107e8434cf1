// The NOC wall display with 500 queues at 3840x2160: the time to paint a frame (a repaint
// such as the clock's, and a page turn where every tile is painted anew), and the time a
// new window of data takes from the Monitor's values to a painted wall (model, board,
// layout, paint). Printed as wall-clock and as this thread's CPU time (the machine may be
// shared); never asserted.
#include "WallScenario.h"

#include "ui/wall/WallView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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
    }
    return 0;
}
