// The NOC wall display with 500 queues at 3840x2160: the time to paint one frame, and the
// time a new window of data takes from the Monitor's values to a painted wall (model,
// board, layout, paint). Figures are printed, never asserted.
#include "WallScenario.h"

#include "ui/wall/WallView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr int kQueues = 500;
constexpr int kFrames = 30;
constexpr int kUpdates = 20;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

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

        QList<double> frames;
        QElapsedTimer t;
        for (int i = 0; i < kFrames; ++i) {
            t.start();
            paintOnce(view, &image);
            frames.append(msSince(t));
            view.showNextPage();
        }
        std::sort(frames.begin(), frames.end());

        // A new window: every queue's newest sample moves on by one window.
        QList<double> updates;
        QList<QualitySample> latest = sc.latest;
        qint64 windowEnd = sc.currentWindowEnd;
        for (int u = 0; u < kUpdates; ++u) {
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
            t.start();
            model.setLatestSamples(latest);
            model.setCurrentWindowEnd(windowEnd);
            board.addWindows(latest);
            (void)board.update(model, assessWallHealth(health));
            view.setNowSecs(health.nowSecs);
            view.setBoard(board);
            paintOnce(view, &image);
            updates.append(msSince(t));
        }
        std::sort(updates.begin(), updates.end());
        std::printf("wall: %d queues at %dx%d (%s, %d tiles a page, %d pages): frame median "
                    "%.2f ms, max %.2f ms\n",
                    kQueues, size.width(), size.height(), qPrintable(wallStateName(state)),
                    int(view.frame().tiles.size()), view.pageCount(), frames[kFrames / 2],
                    frames.constLast());
        std::printf("wall: new window -> model, board, layout, painted frame (%s): median %.2f "
                    "ms, max %.2f ms\n",
                    qPrintable(wallStateName(state)), updates[kUpdates / 2], updates.constLast());
    }
    return 0;
}
