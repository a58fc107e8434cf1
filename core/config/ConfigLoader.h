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

// Reads an INI file (see README "Configuration" for every key). A missing file, a value of
// the wrong type, an unknown section or key, and a secret written into the file are all
// reported, each in one sentence that names the key — never the secret's value.
[[nodiscard]] ConfigLoad loadConfigFile(const QString &path);

// Writes the non-secret settings (the GUI's Settings and Thresholds pages use this).
[[nodiscard]] Status saveConfigFile(const AppConfig &config, const QString &path);

} // namespace earshot
