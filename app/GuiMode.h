#pragma once

#include "app/GuiSession.h"

#include <QString>

namespace earshot {

// The operator's window, on a configured pipeline or (demo) on the embedded simulator.
[[nodiscard]] int runGui(const QString &configFile, bool demo, const WallStart &wall = {});

} // namespace earshot
