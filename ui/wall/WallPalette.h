#pragma once

#include "core/config/AppConfig.h"
#include "core/presentation/wall/WallLevel.h"

#include <QColor>

namespace earshot {

// The wall's colours. Status colours come from the Okabe-Ito palette (safe for the common
// colour blindnesses), and every status also has a word and a shape: colour is never the
// only signal.
struct WallPalette
{
    QColor background;
    QColor tile;
    QColor text;
    QColor dimText;
    QColor headerBackground;
    QColor staleBanner;
    QColor staleBannerText;
    QColor brokenBanner;
    QColor brokenBannerText;
    QColor flash;

    [[nodiscard]] QColor levelColor(WallLevel level) const;
    [[nodiscard]] QColor tileColor(WallLevel level) const; // tinted for problems
    [[nodiscard]] static WallPalette of(WallTheme theme);

    WallTheme theme = WallTheme::Dark;
};

} // namespace earshot
