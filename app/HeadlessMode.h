#pragma once

#include "core/status/MonitorTypes.h"

#include <QString>

namespace earshot {

// The modes without a window. Each runs the event loop itself and returns the process
// exit code: 0 on success, 1 when the work failed, 2 for a bad command line or config.
[[nodiscard]] int runCheckConfig(const QString &configFile);
[[nodiscard]] int runCheckGenesys(const QString &configFile, bool json);
// role: on a shared database, auto stands by while another console polls and takes over
// when it stops; leader exits instead (a headless console never views).
[[nodiscard]] int runHeadless(const QString &configFile, bool once, bool resetDatabase = false,
                              ConsoleRole role = ConsoleRole::Auto);

} // namespace earshot
