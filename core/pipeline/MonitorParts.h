#pragma once

// Monitor's parts, shared by the three files that implement it: Monitor.cpp (the wiring, the
// window path and the watchdog), MonitorCommands.cpp (the operator's commands) and
// MonitorQueries.cpp (the read side). Private to core/pipeline.
#include "core/alerting/AlertEngine.h"
#include "core/alerting/EngineStateRecord.h"
#include "core/alerting/StormGrouper.h"
#include "core/common/Logging.h"
#include "core/genesys/GenesysStack.h"
#include "core/pagerduty/OutboxDelivery.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/pagerduty/rest/IncidentFollower.h"
#include "core/pipeline/DirectPager.h"
#include "core/pipeline/HealthWatchdog.h"
#include "core/pipeline/Heartbeat.h"
#include "core/pipeline/LeaderStatus.h"
#include "core/pipeline/Monitor.h"
#include "core/storage/AlertStateStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"
#include "core/storage/FollowedIncidentStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/OperatorRequestQueue.h"
#include "core/storage/WindowCommit.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

#include <memory>
#include <optional>

namespace earshot {

// What an operator change may have to undo: the engine's and the storm grouper's state.
struct Monitor::Snapshot
{
    EngineStateRecord engine;
    QJsonObject storm;
};

struct Monitor::Parts
{
    MonitorSetup setup;
    Clock *clock = nullptr;
    std::unique_ptr<Database> database;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<AlertStateStore> state;
    std::unique_ptr<EventOutbox> outbox;
    std::unique_ptr<AuditLog> audit;
    AlertEngine engine;
    StormGrouper storm;
    // Declared before everything that sends through it: it is destroyed after them, and takes
    // their requests still in flight with it (HttpJob).
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<GenesysStack> genesys;
    std::unique_ptr<PagerDutyClient> pagerduty;
    std::unique_ptr<RoutingKeyProvider> keys;
    std::unique_ptr<OutboxDelivery> delivery;
    std::unique_ptr<Heartbeat> heartbeat;
    std::unique_ptr<FollowedIncidentStore> followStore;
    QHash<QString, FollowedIncident> followed; // by dedup key, as stored
    std::unique_ptr<IncidentFollower> follower;
    // Earshot's health page when the database (and so the outbox) cannot be written: sent
    // from memory; its audit entry is stored with the next write that succeeds.
    std::unique_ptr<DirectPager> direct;
    std::optional<AuditEntry> unstoredHealthPage;

    // After a failed commit the next one stores the engine's whole state, so the stored
    // state is whole again even if the failure was that it did not add up.
    bool storeWholeState = false;
    // The watchdog over Earshot itself.
    HealthWatchdog watchdog{0};
    qint64 lastGoodAtMs = 0; // when the newest good window was stored
    quint64 healthGeneration = 0;
    qint64 healthArmedAtMs = 0; // when the armed health check wakes (0: none)
    bool running = false;       // start()ed: the health check may arm a wake-up
    qint64 cursor = 0;          // the stored poller cursor, as loadState() read it

    // A shared database (MonitorSharing.cpp). This console's name for the leader lock.
    QString holder;
    ConsoleRole role = ConsoleRole::Auto;
    // This console views the database another console polls: nothing here polls, evaluates
    // or pages; the state is read again at every change (ChangeFeed), and the operator's
    // actions become requests the polling console carries out.
    bool viewer = false;
    std::unique_ptr<OperatorRequestQueue> requests;
    std::unique_ptr<ChangeFeed> feed; // shared databases only
    QList<qint64> waitingRequests;    // a viewer's requests not yet settled
    qint64 settlingRequest = 0;       // the request the next operator commit carries out
    LeaderStatus viewed;              // a viewer: what the polling console last said
    QString leaderText;               // who polls, as its claim wrote it
    bool leaderPresent = true;        // somebody holds the leader lock
    quint64 takeOverGeneration = 0;
    bool publishQueued = false;
    QSet<QString> viewedOpen; // a viewer: the paged open episodes it has announced
    bool viewedOnce = false;

    // Reads the engine's, the storm grouper's and the watchdog's state, the cursor, the
    // followed incidents and a shared database's thresholds. The console that polls also
    // gives the poller its cursor and starts the watchdog's count.
    [[nodiscard]] Status loadState();

    [[nodiscard]] Snapshot snapshot() const
    {
        return {engine.stateRecord(), storm.saveState()};
    }
    // What the engine changed since `before`, as the next commit stores it.
    [[nodiscard]] EngineStateChange engineChange(const EngineStateRecord &before) const
    {
        return storeWholeState ? engine.wholeStateChange() : engine.changesSince(before);
    }
    // Nothing of a failed commit may stay in the engine or the storm grouper either. An error
    // when even that failed: the caller says so.
    [[nodiscard]] Status rollBack(Snapshot before)
    {
        storeWholeState = true;
        if (Status s = engine.restoreStateRecord(std::move(before.engine)); !s.ok())
            return s;
        return storm.restoreState(before.storm);
    }
};

// The meta keys of the storm grouper's and the watchdog's state, and of the last good window.
inline const QString kStormStateKey = QStringLiteral("storm.state");
inline const QString kHealthStateKey = QStringLiteral("health.state");
inline const QString kLastGoodKey = QStringLiteral("health.last_good_ms");
// A shared database's thresholds, as an operator last applied them on any console.
inline const QString kSharedPolicyKey = QStringLiteral("policy.shared");

// The PagerDuty events of these decisions, ready for the outbox.
[[nodiscard]] QList<PendingEvent> outboxEventsFor(const QList<Decision> &decisions,
                                                  const PagerDutySettings &settings);
[[nodiscard]] QString compactJson(const QJsonObject &object);

} // namespace earshot
