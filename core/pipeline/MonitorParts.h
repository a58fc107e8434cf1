#pragma once

// Monitor's parts, shared by the three files that implement it: Monitor.cpp (the wiring and
// the window path), MonitorCommands.cpp (the operator's commands) and MonitorQueries.cpp
// (the read side). Private to core/pipeline.
#include "core/alerting/AlertEngine.h"
#include "core/genesys/GenesysStack.h"
#include "core/pagerduty/OutboxDelivery.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/pipeline/Monitor.h"
#include "core/storage/AlertStateStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/WindowCommit.h"

#include <QNetworkAccessManager>

#include <memory>

namespace earshot {

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
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<GenesysStack> genesys;
    std::unique_ptr<PagerDutyClient> pagerduty;
    std::unique_ptr<RoutingKeyProvider> keys;
    std::unique_ptr<OutboxDelivery> delivery;
};

// The PagerDuty events of these decisions, ready for the outbox.
[[nodiscard]] QList<PendingEvent> outboxEventsFor(const QList<Decision> &decisions,
                                                  const PagerDutySettings &settings);

} // namespace earshot
