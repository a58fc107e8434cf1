#include "core/pipeline/PipelineConfig.h"

#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSysInfo>

namespace earshot {

Result<ResolvedConfig> resolveConfig(const AppConfig &config)
{
    const auto endpoints =
        resolveEndpoints(config.genesys.region, config.genesys.loginUrl, config.genesys.apiUrl);
    if (!endpoints.ok())
        return endpoints.error();
    ResolvedConfig r;
    r.genesys.endpoints = endpoints.value();
    r.genesys.source = config.genesys.source;
    r.genesys.monitoredQueues = config.genesys.queues;
    r.genesys.windowSecs = config.schedule.windowSecs;
    r.genesys.ingestLagSecs = config.schedule.ingestLagSecs;
    r.genesys.mosWarning = config.policy.global[Metric::Mos].warning;
    r.genesys.requestTimeoutMs = config.schedule.requestTimeoutSecs * 1000;
    r.pagerduty.requestTimeoutMs = config.schedule.requestTimeoutSecs * 1000;
    r.pagerduty.eventsUrl = config.pagerduty.eventsUrl;
    r.pagerduty.source = config.pagerduty.source;
    r.pagerduty.component = config.pagerduty.component;
    r.pagerduty.group = config.pagerduty.group;
    r.health.pageAfterWindows = config.health.pageAfterWindows;
    r.health.heartbeatUrl = config.health.heartbeatUrl;
    r.health.host = QSysInfo::machineHostName();
    r.pagerduty.apiUrl = config.pagerduty.apiUrl;
    r.pagerduty.followSeconds = config.pagerduty.followSeconds;
    r.pagerduty.serviceId = config.pagerduty.serviceId;
    r.pagerduty.repageAfterFreshBreach = config.pagerduty.repageAfterFreshBreach;
    r.databasePath = config.storage.databasePath.isEmpty() ? Database::defaultPath()
                                                           : config.storage.databasePath;
    r.sharedStorage = sharedStorageOf(config.storage);
    return r;
}

std::optional<StorageTarget> sharedStorageOf(const StorageConfig &storage)
{
    if (!storage.postgres())
        return std::nullopt;
    StorageTarget t;
    t.backend = StorageTarget::Backend::PostgreSql;
    t.host = storage.host;
    t.port = storage.port;
    t.dbname = storage.dbname;
    t.user = storage.user;
    t.sslmode = storage.sslmode;
    return t;
}

MonitorSetup monitorSetup(const AppConfig &config, const ResolvedConfig &resolved,
                          const GenesysCredentials &credentials, Clock &clock, SecretStore *secrets)
{
    MonitorSetup setup;
    setup.clock = &clock;
    setup.secrets = secrets;
    setup.genesys = resolved.genesys;
    setup.genesys.clientId = credentials.clientId;
    setup.genesys.clientSecret = credentials.clientSecret;
    setup.pagerduty = resolved.pagerduty;
    setup.policy = config.policy;
    setup.storm = config.storm;
    setup.health = resolved.health;
    setup.databasePath = resolved.databasePath;
    setup.sharedStorage = resolved.sharedStorage;
    setup.retentionDays = config.storage.retentionDays;
    return setup;
}

void loadGenesysCredentials(SecretStore *store, QObject *context,
                            std::function<void(const Result<GenesysCredentials> &)> done)
{
    const QString id = qEnvironmentVariable("GENESYS_CLIENT_ID").trimmed();
    const QString secret = qEnvironmentVariable("GENESYS_CLIENT_SECRET").trimmed();
    if (!id.isEmpty() && !secret.isEmpty()) {
        done(GenesysCredentials{id, secret, true});
        return;
    }
    const Error missing{
        ErrorKind::AuthMissing,
        QCoreApplication::translate("PipelineConfig",
                                    "no Genesys Cloud credentials: set GENESYS_CLIENT_ID and "
                                    "GENESYS_CLIENT_SECRET, or enter them in Settings")};
    if (!store) {
        done(missing);
        return;
    }
    QPointer<QObject> guard(context);
    store->read(
        kClientIdKey, context, [store, guard, done, missing](const Result<QString> &idRead) {
            if (!idRead.ok() || idRead.value().isEmpty()) {
                done(idRead.ok() || idRead.error().kind == ErrorKind::SecretsNotFound
                         ? missing
                         : idRead.error());
                return;
            }
            store->read(kClientSecretKey, guard, [idRead, done, missing](const Result<QString> &s) {
                if (!s.ok() || s.value().isEmpty()) {
                    done(s.ok() || s.error().kind == ErrorKind::SecretsNotFound ? missing
                                                                                : s.error());
                    return;
                }
                done(GenesysCredentials{idRead.value(), s.value(), false});
            });
        });
}

void loadDatabasePassword(SecretStore *store, QObject *context,
                          std::function<void(const Result<QString> &)> done)
{
    if (qEnvironmentVariableIsSet(kDatabasePasswordVariable)) {
        done(qEnvironmentVariable(kDatabasePasswordVariable));
        return;
    }
    if (!store) {
        done(QString());
        return;
    }
    store->read(kDatabasePasswordKey, context, [done](const Result<QString> &read) {
        if (!read.ok() && read.error().kind == ErrorKind::SecretsNotFound)
            done(QString());
        else
            done(read);
    });
}

void completeStorageSetup(MonitorSetup setup, SecretStore *store, QObject *context,
                          std::function<void(const Result<MonitorSetup> &)> done)
{
    if (!setup.sharedStorage) {
        done(setup);
        return;
    }
    loadDatabasePassword(store, context, [setup, done](const Result<QString> &password) mutable {
        if (!password.ok()) {
            done(password.error());
            return;
        }
        setup.sharedStorage->password = password.value();
        done(setup);
    });
}

} // namespace earshot
