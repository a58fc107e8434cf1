#pragma once

#include "ui/wall/WallFrame.h"

namespace earshot {

// What the header says, besides the counts.
struct WallHeaderTexts
{
    QString clock;  // "14:32"
    QString counts; // "3 critical · 5 warning · 112 OK · 14 no calls"
    QString groups; // "Paris: 1 critical · Lyon: 4 OK" (may be dropped when it does not fit)
    QString status; // "Genesys: OK · PagerDuty: delivering"
    // The part of `status` that is shortened when even the smaller font leaves no room
    // (the poller's text, e.g. an error): the rest, PagerDuty's state, stays whole.
    QString statusElidable;
    QString page; // "page 2/5", empty with one page
};

// The smallest tile that shows its texts unclipped at these fonts.
[[nodiscard]] QSize wallTileNeed(const WallFonts &fonts, const WallTextSizes &sizes);

// Lays out the header, the banners and the given tiles of one page.
[[nodiscard]] WallFrame layoutWallFrame(QSize size, const QFont &base, const WallGrid &grid,
                                        const WallHeaderTexts &header, const WallHealth &health,
                                        const QList<WallTile> &tiles, const QList<int> &page,
                                        qint64 nowSecs);

// The area the tiles may use under the header and banners.
[[nodiscard]] QRect wallTileArea(QSize size, const WallTextSizes &sizes, const WallHealth &health);

} // namespace earshot
