#include "ui/wall/WallPalette.h"

namespace earshot {

QColor WallPalette::levelColor(WallLevel level) const
{
    const bool dark = theme == WallTheme::Dark;
    switch (level) {
    case WallLevel::Critical:
        return dark ? QColor(0xFF, 0x6A, 0x1A) : QColor(0xC2, 0x4A, 0x00); // vermillion
    case WallLevel::Warning:
        return dark ? QColor(0xF0, 0xE4, 0x42) : QColor(0x8A, 0x6D, 0x00); // yellow
    case WallLevel::Stale:
        return dark ? QColor(0xB0, 0xB4, 0xBA) : QColor(0x5F, 0x63, 0x68);
    case WallLevel::NoData:
        return dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x5F, 0x9E); // sky blue
    case WallLevel::Ok:
        return dark ? QColor(0x2E, 0xC4, 0x95) : QColor(0x00, 0x7A, 0x5A); // bluish green
    case WallLevel::NoCalls:
        return dark ? QColor(0x8A, 0x8F, 0x98) : QColor(0x6B, 0x70, 0x78);
    }
    return text;
}

QColor WallPalette::tileColor(WallLevel level) const
{
    const bool dark = theme == WallTheme::Dark;
    switch (level) {
    case WallLevel::Critical:
        return dark ? QColor(0x4A, 0x1B, 0x0A) : QColor(0xFF, 0xE2, 0xD1);
    case WallLevel::Warning:
        return dark ? QColor(0x3B, 0x37, 0x0E) : QColor(0xFF, 0xF6, 0xC2);
    default:
        return tile;
    }
}

WallPalette WallPalette::of(WallTheme theme)
{
    WallPalette p;
    p.theme = theme;
    if (theme == WallTheme::Light) {
        p.background = QColor(0xE6, 0xE8, 0xEB);
        p.tile = QColor(0xFF, 0xFF, 0xFF);
        p.text = QColor(0x10, 0x12, 0x14);
        p.dimText = QColor(0x4A, 0x4F, 0x55);
        p.headerBackground = QColor(0xFF, 0xFF, 0xFF);
    } else {
        p.background = QColor(0x0B, 0x0D, 0x10);
        p.tile = QColor(0x1C, 0x20, 0x26);
        p.text = QColor(0xF4, 0xF5, 0xF7);
        p.dimText = QColor(0xB8, 0xBD, 0xC4);
        p.headerBackground = QColor(0x15, 0x18, 0x1D);
    }
    p.staleBanner = QColor(0xF0, 0xE4, 0x42);
    p.staleBannerText = QColor(0x10, 0x10, 0x10);
    p.brokenBanner = QColor(0xB0, 0x10, 0x10);
    p.brokenBannerText = QColor(0xFF, 0xFF, 0xFF);
    p.flash = theme == WallTheme::Light ? QColor(0x10, 0x12, 0x14) : QColor(0xFF, 0xFF, 0xFF);
    return p;
}

} // namespace earshot
