#pragma once

#include <QString>

namespace earshot {

// The operator's window, on a configured pipeline or (demo) on the embedded simulator.
[[nodiscard]] int runGui(const QString &configFile, bool demo);

} // namespace earshot
