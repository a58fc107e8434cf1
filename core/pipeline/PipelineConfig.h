#pragma once

#include "core/common/Result.h"
#include "core/config/AppConfig.h"
#include "core/genesys/GenesysSettings.h"
#include "core/pagerduty/PagerDutySettings.h"
#include "core/pipeline/HealthWatchdog.h"
#include "core/pipeline/Monitor.h"

#include <QObject>

#include <functional>

namespace earshot {

class Clock;
class SecretStore;

struct GenesysCredentials
{
    QString clientId;
    QString clientSecret;
    bool fromEnvironment = false;
};

inline const QString kClientIdKey = QStringLiteral("genesys/client_id");
inline const QString kClientSecretKey = QStringLiteral("genesys/client_secret");
inline const QString kDatabasePasswordKey = QStringLiteral("storage/password");
// Wins over the keychain's kDatabasePasswordKey.
inline constexpr char kDatabasePasswordVariable[] = "EARSHOT_DB_PASSWORD";

// The INI configuration turned into what each part needs (no secrets yet): the region
// resolved to endpoints, the thresholds, the database path.
struct ResolvedConfig
{
    GenesysSettings genesys;
    PagerDutySettings pagerduty;
    HealthSettings health; // [health], with this machine's host name
    QString databasePath;  // SQLite (also the key of the one-instance lock)
    // [storage] backend = postgresql, without its password (loadDatabasePassword).
    std::optional<StorageTarget> sharedStorage;
};

[[nodiscard]] Result<ResolvedConfig> resolveConfig(const AppConfig &config);
// [storage] backend = postgresql as a StorageTarget without its password; nullopt for SQLite.
[[nodiscard]] std::optional<StorageTarget> sharedStorageOf(const StorageConfig &storage);

// The PostgreSQL password, from EARSHOT_DB_PASSWORD or else the keychain (kDatabasePasswordKey);
// done gets an empty string when neither has one (a server may trust the host).
void loadDatabasePassword(SecretStore *store, QObject *context,
                          std::function<void(const Result<QString> &)> done);

// A setup with the PostgreSQL password of its sharedStorage filled in (loadDatabasePassword);
// a SQLite setup is handed on as it is, at once.
void completeStorageSetup(MonitorSetup setup, SecretStore *store, QObject *context,
                          std::function<void(const Result<MonitorSetup> &)> done);

// What a Monitor runs on, from the config, its resolution and the account's credentials:
// built here once for the window and for headless mode. The caller adds what is its own
// (--reset-database, where applied thresholds are saved).
[[nodiscard]] MonitorSetup monitorSetup(const AppConfig &config, const ResolvedConfig &resolved,
                                        const GenesysCredentials &credentials, Clock &clock,
                                        SecretStore *secrets);

// GENESYS_CLIENT_ID / GENESYS_CLIENT_SECRET when both are set, else the OS keychain.
void loadGenesysCredentials(SecretStore *store, QObject *context,
                            std::function<void(const Result<GenesysCredentials> &)> done);

} // namespace earshot
