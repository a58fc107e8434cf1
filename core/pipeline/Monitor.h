#pragma once

#include "core/storage/StorageTarget.h"

#include "core/alerting/AlertEngine.h"
#include "core/alerting/AlertPolicy.h"
#include "core/alerting/StormGrouper.h"
#include "core/common/Backoff.h"
#include "core/common/Result.h"
#include "core/genesys/GenesysSettings.h"
#include "core/model/QualitySample.h"
#include "core/pagerduty/PagerDutySettings.h"
#include "core/pipeline/HealthWatchdog.h"
#include "core/status/MonitorTypes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace earshot {

class Clock;
class SecretStore;
class RoutingKeyProvider;
class Database;

struct MonitorSetup
{
    GenesysSettings genesys;
    PagerDutySettings pagerduty;
    AlertPolicy policy;
    StormPolicy storm;     // [alerting] storm_queues / storm_percent
    HealthSettings health; // [health]
    QString databasePath;  // the SQLite file, unless sharedStorage is set
    // [storage] backend = postgresql: a database on a PostgreSQL server, password included.
    std::optional<StorageTarget> sharedStorage;
    // --reset-database: a damaged or empty database is moved aside and a new one started.
    bool resetDatabase = false;
    int retentionDays = 30;
    Clock *clock = nullptr;         // required
    SecretStore *secrets = nullptr; // optional: the integration key from the keychain
    QString fixedRoutingKey;        // demo only: the simulator's key
    QString fixedApiToken;          // demo and tests: the fake PagerDuty's REST API key
    qint64 initialCursor = 0;       // where polling starts when the database has no cursor
    BackoffPolicy deliveryBackoff{1'000, 30'000, 2.0, 0.2, -1, 3'600'000};
    // Persists thresholds applied from the GUI (e.g. into the INI file); may be empty. A
    // shared database keeps them itself, for every console.
    std::function<Status(const AlertPolicy &)> savePolicy;
    // --role, on a shared database.
    ConsoleRole role = ConsoleRole::Auto;
};

// The running pipeline behind the GUI, the wall display and headless mode: poll -> store
// -> evaluate -> deliver. Views read plain values from it and send operator commands to
// it; they hold no business logic of their own.
class Monitor : public QObject
{
    Q_OBJECT

public:
    // How often a viewer with --role auto asks for the leader lock (besides whenever it
    // sees that nobody holds it).
    static constexpr qint64 kTakeOverRetryMs = 30'000;

    // Opens the database, restores the alert engine and the poller's cursor. On a shared
    // database it claims the leader lock (--role auto or leader) or views (--role viewer,
    // or auto while another console polls).
    [[nodiscard]] static Result<std::unique_ptr<Monitor>> create(MonitorSetup setup,
                                                                 QObject *parent = nullptr);
    ~Monitor() override;

    void start(); // poll on schedule and deliver continuously
    void stop();
    // One cycle for --once: poll every window that is due, evaluate, deliver the outbox.
    void runOnce(std::function<void(const Status &)> done);

    // --- read side (MonitorQueries.cpp; plain values, safe to call from views at any time).
    // A database that cannot be read is an error for the caller to show, never an empty list.
    [[nodiscard]] Result<QList<QueueInfo>> knownQueues() const;
    // Every queue the OAuth client can see (GET /api/v2/routing/queues, fetched at the
    // first poll); the queues with history until then.
    [[nodiscard]] Result<QList<QueueInfo>> directoryQueues() const;
    // The queues this Monitor watches: the directory's, narrowed to [genesys] queues when
    // set (a configured id the directory lacks keeps a row under its id).
    [[nodiscard]] Result<QList<QueueInfo>> monitoredQueues() const;
    // The newest stored sample per queue.
    [[nodiscard]] Result<QList<QualitySample>> latestSamples() const;
    [[nodiscard]] Result<QList<QualitySample>> history(const QString &queueId, qint64 fromSecs,
                                                       qint64 toSecs) const;
    // Open first, then newest; each with how PagerDuty delivery of its events went.
    [[nodiscard]] Result<QList<IncidentRow>> incidents(int limit = 500) const;
    // An incident's story from the audit log, oldest first.
    [[nodiscard]] Result<QList<IncidentEvent>> incidentTimeline(const QString &dedupKey) const;
    [[nodiscard]] const AlertPolicy &policy() const;
    [[nodiscard]] QList<Silence> silences() const; // active ones, as the engine keeps them
    [[nodiscard]] PollerStatus pollerStatus() const;
    [[nodiscard]] DeliveryStatus deliveryStatus() const;
    // The watchdog over Earshot itself and the heartbeat.
    [[nodiscard]] HealthStatus healthStatus() const;
    // Two-way PagerDuty: following the incidents Earshot opened through the REST API.
    [[nodiscard]] FollowStatus followStatus() const;
    // Why the last write to the database failed; empty while writes succeed. Nothing is
    // evaluated or paged while it is set: a loud state (window, --once exit status, the
    // headless exit status).
    [[nodiscard]] QString storageProblem() const;
    // On a shared database: another console took over polling while this one was away
    // (storageStatusChanged tells when); this Monitor can store nothing more.
    [[nodiscard]] bool leadershipLost() const;
    // The shared PostgreSQL database this Monitor leads (without its password), or empty on
    // a SQLite file of its own.
    [[nodiscard]] QString sharedDatabase() const;
    // Who polls a shared database, whether this console does, and its actions still waiting.
    [[nodiscard]] SharedDatabaseStatus sharedStatus() const;
    // This console polls, evaluates and pages (always, on a database of its own).
    [[nodiscard]] bool polls() const;
    [[nodiscard]] qint64 nowSecs() const;
    [[nodiscard]] qint64 windowSecs() const;
    [[nodiscard]] const Clock &clock() const;
    [[nodiscard]] RoutingKeyProvider &routingKeys();
    [[nodiscard]] Database &database();

    // --- operator commands (MonitorCommands.cpp; audited; PagerDuty events go through the
    // outbox). Each holds entirely or not at all. On a viewer each is stored as a request
    // for the polling console (OperatorRequestQueue), which carries it out within moments;
    // success then means "asked", and operatorRequestRefused tells if it could not be done.
    [[nodiscard]] Status applyPolicy(const AlertPolicy &policy, const QString &actor);
    [[nodiscard]] Status acknowledge(const QString &dedupKey, const QString &actor,
                                     const QString &note);
    [[nodiscard]] Status resolve(const QString &dedupKey, const QString &actor,
                                 const QString &note);
    [[nodiscard]] Status silenceQueue(const QString &queueId, qint64 untilSecs,
                                      const QString &actor, const QString &reason);
    // A silence's early end, or a new end and reason (audited, kept in the database). An
    // episode held back by the silence pages at the next window outside any silence.
    [[nodiscard]] Status endSilence(const QString &silenceId, const QString &actor);
    [[nodiscard]] Status editSilence(const QString &silenceId, qint64 untilSecs,
                                     const QString &actor, const QString &reason);
    // Both do nothing on a viewer: only the polling console talks to PagerDuty.
    void retryDelivery();
    // Reads the REST API key again and follows now (a key was entered in Settings).
    void followPagerDutyNow();

signals:
    void windowStored(qint64 windowStart, qint64 windowEnd);
    void incidentsChanged();
    void incidentOpened(const QString &queueName, const QString &dedupKey, Severity severity);
    void policyChanged();
    void pollerStatusChanged();
    void deliveryStatusChanged();
    void storageStatusChanged();
    void healthStatusChanged();
    void followStatusChanged();
    // Someone acknowledged or resolved the incident in PagerDuty (seen by the follower).
    void incidentChangedInPagerDuty(const QString &dedupKey);
    // A shared database: who polls changed, this console took over, or its waiting actions.
    void sharedStatusChanged();
    // A viewer's action the polling console could not carry out (`why`, translated there).
    void operatorRequestRefused(const QString &kind, const QString &subject, const QString &why);

private:
    struct Parts;
    explicit Monitor(std::unique_ptr<Parts> parts, QObject *parent);
    void onWindow(const struct WindowResult &window);
    // incidentOpened for a storm's one incident, as the polling console and a viewer say it.
    void announceStorm(const StormGroup &group);
    void setStorageProblem(const QString &problem);
    // The watchdog: pages (or resolves) Earshot's own incident through the outbox.
    void checkHealth();
    void armHealthCheck();
    [[nodiscard]] QString healthCause() const;
    void onFollowed(const struct FollowedIncident &observed);

    // A shared database (MonitorSharing.cpp).
    // What this console writes beside the leader lock: host, process, since when.
    [[nodiscard]] static QString leaderClaim(const Clock &clock);

    void wireSharing();
    void startPolling();
    void onDatabaseChanged(const QString &what);
    // A viewer reads what the polling console changed, and emits what a poller would have.
    void viewAgain(bool stateToo);
    void settleWaitingRequests();
    void armTakeOver();
    void tryTakeOver();
    void publishStatusSoon();
    void publishStatus();
    // The polling console carries out the viewers' requests, oldest first.
    void carryOutRequests();
    [[nodiscard]] Status carryOut(const struct OperatorRequest &request);
    [[nodiscard]] Status askPollingConsole(const QString &kind, const QString &subject,
                                           const QString &actor, const QJsonObject &args);

    // The one path of every operator change (MonitorCommands.cpp): what the engine and the
    // storm grouper changed since `before`, with the record's audit entries and events, in
    // one transaction. On failure both go back to `before`, and the error says so when even
    // that failed.
    struct Snapshot;
    [[nodiscard]] Status commitChange(Snapshot before, struct WindowRecord record);
    [[nodiscard]] Status commitDecisions(Snapshot before, const QList<struct Decision> &decisions,
                                         const QList<StormDecision> &storm,
                                         const QString &auditKind, const QString &subject,
                                         const QString &actor, const QString &note);
    [[nodiscard]] Status commitAudited(Snapshot before, const QString &auditKind,
                                       const QString &subject, const QString &actor,
                                       const QJsonObject &details);
    [[nodiscard]] Status acknowledgeGroup(const QString &groupKey, const QString &actor,
                                          const QString &note);
    [[nodiscard]] Status resolveGroup(const QString &groupKey, const QString &actor,
                                      const QString &note);

    std::unique_ptr<Parts> m_parts;
    QString m_storageProblem;
    bool m_keyChecked = false;    // the integration key has been read once
    bool m_healthUnpaged = false; // the health page could not be stored
};

} // namespace earshot
