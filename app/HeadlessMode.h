#pragma once

#include <QString>

namespace earshot {

// The modes without a window. Each runs the event loop itself and returns the process
// exit code: 0 on success, 1 when the work failed, 2 for a bad command line or config.
[[nodiscard]] int runCheckConfig(const QString &configFile);
[[nodiscard]] int runCheckGenesys(const QString &configFile, bool json);
[[nodiscard]] int runHeadless(const QString &configFile, bool once, bool resetDatabase = false);

} // namespace earshot
