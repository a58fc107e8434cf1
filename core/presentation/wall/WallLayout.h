#pragma once

#include "core/presentation/wall/WallLevel.h"

#include <QList>
#include <QSize>

#include <functional>

namespace earshot {

// Text sizes of the wall, in pixels, from the screen's height: readable across a room. The
// queue name is at least 2.5 % of the screen height, the MOS digits twice that; `scale`
// (>= 1) makes everything larger when few tiles leave room.
struct WallTextSizes
{
    int namePx = 0;   // queue name, status word, header and banners
    int mosPx = 0;    // the MOS digits
    int detailPx = 0; // loss, jitter, calls, episode line
    double scale = 1.0;
};

inline constexpr double kWallNameShareOfHeight = 0.025;

[[nodiscard]] WallTextSizes wallTextSizes(int screenHeightPx, double scale = 1.0);
// Fixed parts of the screen: the header line and each banner, and the gap between tiles.
[[nodiscard]] int wallHeaderHeight(const WallTextSizes &sizes);
[[nodiscard]] int wallBannerHeight(const WallTextSizes &sizes);
[[nodiscard]] int wallGap(int screenHeightPx);

// How tiles fill the area under the header: as large as they can be while every tile of
// a page fits, never smaller than the text sizes at scale 1 need.
struct WallGrid
{
    int columns = 1;
    int rows = 1;
    QSize tile;
    int gap = 0;
    WallTextSizes sizes;

    [[nodiscard]] int capacity() const
    {
        return columns * rows;
    }
};

// The smallest tile that shows its texts at these sizes unclipped: measured by the view
// from real font metrics (core has no fonts).
using WallTileNeed = std::function<QSize(const WallTextSizes &sizes)>;

[[nodiscard]] WallGrid planWallGrid(QSize area, int screenHeightPx, int tileCount,
                                    const WallTileNeed &need);

// Pages of tile indices (into the worst-first order). Problems (critical, warning) are
// pinned to every page while they take at most half of it; in a storm (more problems than
// that) the pages simply follow the order, worst first. Every tile is on at least one page.
struct WallPages
{
    QList<QList<int>> pages;
    int pinned = 0; // tiles repeated on every page
};

[[nodiscard]] WallPages planWallPages(const QList<WallLevel> &orderedLevels, int capacity);

} // namespace earshot
