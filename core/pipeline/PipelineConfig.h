#pragma once

#include "core/common/Result.h"
#include "core/config/AppConfig.h"
#include "core/genesys/GenesysSettings.h"
#include "core/pagerduty/PagerDutySettings.h"
#include "core/pipeline/HealthWatchdog.h"

#include <QObject>

#include <functional>

namespace earshot {

class SecretStore;

struct GenesysCredentials
{
    QString clientId;
    QString clientSecret;
    bool fromEnvironment = false;
};

inline const QString kClientIdKey = QStringLiteral("genesys/client_id");
inline const QString kClientSecretKey = QStringLiteral("genesys/client_secret");

// The INI configuration turned into what each part needs (no secrets yet): the region
// resolved to endpoints, the thresholds, the database path.
struct ResolvedConfig
{
    GenesysSettings genesys;
    PagerDutySettings pagerduty;
    HealthSettings health; // [health], with this machine's host name
    QString databasePath;
};

[[nodiscard]] Result<ResolvedConfig> resolveConfig(const AppConfig &config);

// GENESYS_CLIENT_ID / GENESYS_CLIENT_SECRET when both are set, else the OS keychain.
void loadGenesysCredentials(SecretStore *store, QObject *context,
                            std::function<void(const Result<GenesysCredentials> &)> done);

} // namespace earshot
