#pragma once

#include "core/presentation/wall/WallBoard.h"
#include "core/presentation/wall/WallLayout.h"

#include <QFont>
#include <QList>
#include <QRect>
#include <QString>

namespace earshot {

// The wall's fonts at one set of text sizes.
struct WallFonts
{
    QFont name;   // queue name, status word, header, banners (bold)
    QFont mos;    // MOS digits (bold)
    QFont detail; // loss, jitter, calls, episode line

    [[nodiscard]] static WallFonts of(const QFont &base, const WallTextSizes &sizes);
};

// One text of the page: where it goes and what it needs. Tests check need <= rect.
struct WallText
{
    enum class Font
    {
        Name,
        Mos,
        Detail
    };
    enum class Role
    {
        Plain,
        Status, // the tile's status word, in its level's colour
        Dim
    };

    QRect rect;
    QString text; // already elided where a name may be long
    Font font = Font::Detail;
    Role role = Role::Plain;
    int neededWidth = 0;  // the advance of `text` in its font
    int neededHeight = 0; // the font's height
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
};

struct WallTileFrame
{
    int tileIndex = -1; // into WallBoard::tiles()
    QRect rect;
    QRect shape; // the status shape
    QRect sparkline;
    QList<WallText> texts;
};

// Everything on one page, laid out from real font metrics and painted as is.
struct WallFrame
{
    QSize size;
    WallGrid grid;
    WallFonts fonts;
    QRect header;
    QRect staleBanner;     // empty when the data is fresh
    QRect brokenBanner;    // empty while paging works
    QList<WallText> texts; // header and banners
    QList<WallTileFrame> tiles;
};

} // namespace earshot
