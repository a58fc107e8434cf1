#pragma once

#include <QString>

namespace earshot {

// Where the desktop application keeps its configuration when no --config is given:
// earshot.ini in the platform's config folder for Earshot (~/.config/Earshot/ on Linux,
// %LOCALAPPDATA%\Earshot\ on Windows, ~/Library/Preferences/Earshot/ on macOS). The
// application sets no organization name, so Qt does not nest a second Earshot folder.
[[nodiscard]] QString defaultConfigPath();

// Where Earshot 0.1 kept it: it set the organization name to "Earshot" too, so the file
// was in ~/.config/Earshot/Earshot/.
[[nodiscard]] QString legacyConfigPath();

// The default configuration file, ready to use: its folder exists, and a configuration
// found only at the legacy path is moved to the default one first. When the move fails
// (a read-only folder), the legacy file is used where it is, so it is never ignored.
[[nodiscard]] QString prepareDefaultConfigPath();

} // namespace earshot
