#pragma once

#include <QLatin1StringView>

namespace earshot {

// What went wrong, for the code that decides what to do next (retry, wait, ask for a key,
// show a state). Callers switch over it exhaustively, so a new kind, or a typo, is a compile
// error rather than a string that silently matches nothing. The text for people travels
// beside it in Error::message.
enum class ErrorKind
{
    // The network: no connection, a timeout, a refused or reset socket.
    NetworkOffline,

    // Genesys Cloud's OAuth login.
    // No client id or secret configured.
    AuthMissing,
    // The credentials or the role were refused.
    AuthFailed,
    // Refused earlier with the same credentials; not retried until they change.
    AuthBlocked,
    // The login service failed (5xx, redirect, a garbled answer).
    AuthUnavailable,
    // The token answer could not be read.
    AuthToken,

    // Genesys Cloud's API.
    // An HTTP error answer.
    GenesysHttp,
    // 429 until the retries were spent.
    GenesysRateLimited,
    // An answer over the size limit.
    GenesysTooLarge,
    // An answer whose content was refused.
    GenesysData,
    // A details page that could not be read.
    GenesysDetails,
    // A details page that is not JSON at all.
    GenesysDetailsJson,
    // A summary answer that could not be read.
    GenesysSummary,
    // A queue list that could not be read.
    GenesysQueues,
    // An unknown region or a bad API URL.
    GenesysRegion,
    // This computer's clock is off from Genesys Cloud's by more than a window.
    ClockOff,

    // The database.
    // A statement or a transaction failed.
    Storage,
    // The file cannot be written.
    StorageReadOnly,
    // Written by a newer Earshot (a higher schema).
    StorageNewer,
    // Failed its integrity check, or existed and is now empty.
    StorageDamaged,
    // The database server cannot be reached (down, the network, no driver).
    StorageUnreachable,
    // The database server refused the login (user, password, TLS).
    StorageLoginRefused,
    // Another Earshot polls this shared database (it holds the leader lock).
    StorageLeaderElsewhere,

    // The system keychain.
    // No keychain, or it refused.
    SecretsUnavailable,
    // No such entry (often not an error for the caller).
    SecretsNotFound,

    // PagerDuty delivery.
    // No integration key configured.
    PagerDutyNoKey,
    // A key that is not 32 characters of the allowed alphabet.
    PagerDutyBadKey,
    // The key comes from the environment and cannot be stored.
    PagerDutyReadOnly,
    // PagerDuty refused the key (the outbox is paused).
    PagerDutyRejected,
    // Delivery paused after a refused key.
    PagerDutyPaused,
    // Events still wait (an outage, or the deadline passed).
    PagerDutyPending,
    // A PagerDuty REST API answer that could not be read.
    PagerDutyRestData,

    // The monitor's own operations.
    // The pipeline could not be built (a missing part).
    SetupFailed,
    // Acknowledge or resolve of an episode that is not open.
    NoSuchEpisode,
    // End or edit of a silence that does not exist.
    NoSuchSilence,
    // Thresholds that do not validate.
    PolicyRejected,
    // A stored engine state that cannot be read.
    EngineState,
    // The config file could not be written.
    ConfigWrite,
    // Another instance holds the activation channel.
    InstanceRunning,
    // The demo's fake servers could not listen.
    DemoListen,
    // The metrics endpoint: a bad [metrics] listen value, or the address is taken.
    MetricsListen,
};

// A stable short name for logs, JSON output and test failure messages.
[[nodiscard]] QLatin1StringView errorCode(ErrorKind kind);

} // namespace earshot
