#pragma once

#include "app/GuiSession.h"

#include <QString>

namespace earshot {

// The operator's window, on a configured pipeline or (demo) on the embedded simulator.
// demoState: with demo, the state to hold instead of the story (earshot --demo-state).
[[nodiscard]] int runGui(const QString &configFile, bool demo, const WallStart &wall = {},
                         const std::optional<DemoStateRequest> &demoState = std::nullopt,
                         ConsoleRole role = ConsoleRole::Auto);

} // namespace earshot
