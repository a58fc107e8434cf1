#pragma once

#include "core/common/Result.h"
#include "core/config/AppConfig.h"

#include <QString>
#include <QStringList>

namespace earshot {

struct ConfigLoad
{
    AppConfig config;
    QStringList errors;   // the config must not be used
    QStringList warnings; // usable, but probably not what the operator meant (unknown keys)

    [[nodiscard]] bool ok() const
    {
        return errors.isEmpty();
    }
};

inline constexpr qint64 kMaxConfigFileBytes = 1024 * 1024;
inline constexpr int kMaxConfigWarnings = 20;
inline constexpr int kMaxConfigTextChars = 255; // [pagerduty] source/component/group, region
inline constexpr int kMaxConfigUrlChars = 2048;

// Reads an INI file (see README "Configuration" for every key). A missing file, a value of
// the wrong type, an unknown section or key, and a secret written into the file are all
// reported, each in one sentence that names the key — never the secret's value. A file
// over 1 MB, one that is not UTF-8 text (NUL or other control bytes) and one with keys
// but no known section are refused as a whole; over-long values are errors; warnings
// stop at kMaxConfigWarnings plus one line counting the rest. Nothing is logged here: the
// caller prints the problems once. Control characters are never echoed back.
[[nodiscard]] ConfigLoad loadConfigFile(const QString &path);

// Writes the non-secret settings (the GUI's Settings and Thresholds pages use this).
[[nodiscard]] Status saveConfigFile(const AppConfig &config, const QString &path);

} // namespace earshot
