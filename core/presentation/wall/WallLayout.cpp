#include "core/presentation/wall/WallLayout.h"

#include <algorithm>
#include <cmath>

namespace earshot {

namespace {

// Scales tried from large to small: a wall of 12 queues gets big tiles, 500 get the minimum.
constexpr double kScales[] = {2.5, 2.0, 1.75, 1.5, 1.25, 1.0};
// A tile grows at most this much taller than it needs (the sparkline takes the rest).
constexpr double kMaxTileStretch = 1.35;

} // namespace

WallTextSizes wallTextSizes(int screenHeightPx, double scale)
{
    WallTextSizes sizes;
    sizes.scale = std::max(1.0, scale);
    const double height = std::max(1, screenHeightPx);
    sizes.namePx = int(std::ceil(kWallNameShareOfHeight * height * sizes.scale));
    sizes.mosPx = 2 * sizes.namePx;
    sizes.detailPx = std::max(10, int(std::ceil(0.72 * sizes.namePx)));
    return sizes;
}

int wallHeaderHeight(const WallTextSizes &sizes)
{
    return int(std::ceil(sizes.namePx * 1.9));
}

int wallBannerHeight(const WallTextSizes &sizes)
{
    return int(std::ceil(sizes.namePx * 1.8));
}

int wallGap(int screenHeightPx)
{
    return std::max(4, int(std::lround(0.006 * screenHeightPx)));
}

WallGrid planWallGrid(QSize area, int screenHeightPx, int tileCount, const WallTileNeed &need)
{
    WallGrid grid;
    grid.gap = wallGap(screenHeightPx);
    const int width = std::max(1, area.width());
    const int height = std::max(1, area.height());
    const int count = std::max(1, tileCount);
    for (const double scale : kScales) {
        const WallTextSizes sizes = wallTextSizes(screenHeightPx, scale);
        const QSize tile = need(sizes);
        const int columns = std::max(1, (width + grid.gap) / (tile.width() + grid.gap));
        const int rows = std::max(1, (height + grid.gap) / (tile.height() + grid.gap));
        if (columns * rows < count && scale > 1.0)
            continue;
        grid.sizes = sizes;
        // No empty columns or rows when the tiles are few; the rest stretches them.
        grid.columns = std::min(columns, count);
        grid.rows = std::min(rows, (count + grid.columns - 1) / grid.columns);
        const int tileWidth = (width - (grid.columns - 1) * grid.gap) / grid.columns;
        const int fullHeight = (height - (grid.rows - 1) * grid.gap) / grid.rows;
        const int tileHeight =
            std::max(tile.height(), std::min(fullHeight, int(tile.height() * kMaxTileStretch)));
        grid.tile = QSize(std::max(tile.width(), tileWidth), tileHeight);
        return grid;
    }
    return grid; // not reached: scale 1.0 always returns
}

WallPages planWallPages(const QList<WallLevel> &orderedLevels, int capacity)
{
    WallPages result;
    const int pageSize = std::max(1, capacity);
    const int total = int(orderedLevels.size());
    QList<int> pinned;
    QList<int> rest;
    for (int i = 0; i < total; ++i)
        (isWallProblem(orderedLevels[i]) ? pinned : rest).append(i);
    if (total <= pageSize) {
        QList<int> all;
        all.reserve(total);
        for (int i = 0; i < total; ++i)
            all.append(i);
        result.pages.append(all);
        result.pinned = int(pinned.size());
        return result;
    }
    if (pinned.isEmpty() || pinned.size() > pageSize / 2) {
        // Nothing to pin, or a storm: plain pages in worst-first order.
        for (int start = 0; start < total; start += pageSize) {
            QList<int> page;
            for (int i = start; i < std::min(total, start + pageSize); ++i)
                page.append(i);
            result.pages.append(page);
        }
        return result;
    }
    result.pinned = int(pinned.size());
    const int unpinned = pageSize - result.pinned;
    for (qsizetype start = 0; start < rest.size(); start += unpinned) {
        QList<int> page = pinned;
        page.append(rest.mid(start, unpinned));
        result.pages.append(page);
    }
    return result;
}

} // namespace earshot
