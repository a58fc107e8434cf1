#include "ErrorKind.h"

namespace earshot {

QLatin1StringView errorCode(ErrorKind kind)
{
    // No default: a kind added without a name here is a -Wswitch error.
    switch (kind) {
    case ErrorKind::NetworkOffline:
        return QLatin1StringView("net.offline");
    case ErrorKind::AuthMissing:
        return QLatin1StringView("auth.missing");
    case ErrorKind::AuthFailed:
        return QLatin1StringView("auth.failed");
    case ErrorKind::AuthBlocked:
        return QLatin1StringView("auth.blocked");
    case ErrorKind::AuthUnavailable:
        return QLatin1StringView("auth.unavailable");
    case ErrorKind::AuthToken:
        return QLatin1StringView("auth.token");
    case ErrorKind::GenesysHttp:
        return QLatin1StringView("genesys.http");
    case ErrorKind::GenesysRateLimited:
        return QLatin1StringView("genesys.ratelimit");
    case ErrorKind::GenesysTooLarge:
        return QLatin1StringView("genesys.toolarge");
    case ErrorKind::GenesysData:
        return QLatin1StringView("genesys.data");
    case ErrorKind::GenesysDetails:
        return QLatin1StringView("genesys.details");
    case ErrorKind::GenesysDetailsJson:
        return QLatin1StringView("genesys.details.json");
    case ErrorKind::GenesysSummary:
        return QLatin1StringView("genesys.summary");
    case ErrorKind::GenesysQueues:
        return QLatin1StringView("genesys.queues");
    case ErrorKind::GenesysRegion:
        return QLatin1StringView("genesys.region");
    case ErrorKind::ClockOff:
        return QLatin1StringView("genesys.clock");
    case ErrorKind::Storage:
        return QLatin1StringView("storage");
    case ErrorKind::StorageReadOnly:
        return QLatin1StringView("storage.readonly");
    case ErrorKind::StorageNewer:
        return QLatin1StringView("storage.newer");
    case ErrorKind::StorageDamaged:
        return QLatin1StringView("storage.damaged");
    case ErrorKind::StorageUnreachable:
        return QLatin1StringView("storage.unreachable");
    case ErrorKind::StorageLoginRefused:
        return QLatin1StringView("storage.login");
    case ErrorKind::StorageLeaderElsewhere:
        return QLatin1StringView("storage.leader");
    case ErrorKind::SecretsUnavailable:
        return QLatin1StringView("secrets.unavailable");
    case ErrorKind::SecretsNotFound:
        return QLatin1StringView("secrets.notfound");
    case ErrorKind::PagerDutyNoKey:
        return QLatin1StringView("pagerduty.nokey");
    case ErrorKind::PagerDutyBadKey:
        return QLatin1StringView("pagerduty.badkey");
    case ErrorKind::PagerDutyReadOnly:
        return QLatin1StringView("pagerduty.readonly");
    case ErrorKind::PagerDutyRejected:
        return QLatin1StringView("pagerduty.key");
    case ErrorKind::PagerDutyPaused:
        return QLatin1StringView("pagerduty.paused");
    case ErrorKind::PagerDutyPending:
        return QLatin1StringView("pagerduty.pending");
    case ErrorKind::PagerDutyRestData:
        return QLatin1StringView("pagerduty.rest.parse");
    case ErrorKind::SetupFailed:
        return QLatin1StringView("pipeline.setup");
    case ErrorKind::NoSuchEpisode:
        return QLatin1StringView("pipeline.noepisode");
    case ErrorKind::NoSuchSilence:
        return QLatin1StringView("pipeline.nosilence");
    case ErrorKind::PolicyRejected:
        return QLatin1StringView("pipeline.policy");
    case ErrorKind::EngineState:
        return QLatin1StringView("alerting.state");
    case ErrorKind::ConfigWrite:
        return QLatin1StringView("config.write");
    case ErrorKind::InstanceRunning:
        return QLatin1StringView("instance");
    case ErrorKind::DemoListen:
        return QLatin1StringView("demo.listen");
    case ErrorKind::MetricsListen:
        return QLatin1StringView("metrics.listen");
    }
    return QLatin1StringView("unknown");
}

} // namespace earshot
