#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/model/QualitySample.h"
#include "core/presentation/QueueTableModel.h"
#include "core/presentation/wall/WallBoard.h"
#include "core/presentation/wall/WallHealth.h"
#include "core/status/MonitorTypes.h"

#include <QHash>
#include <QList>

namespace earshot::test {

// The demo's states for the wall display, as plain values a Monitor would hand out: the
// screenshots and the benchmark feed them through the real QueueTableModel and WallBoard.
enum class WallState
{
    AllOk,
    OneCritical,
    Storm,
    Stale,
    PagingBroken
};

[[nodiscard]] QString wallStateName(WallState state); // "all-ok", "one-critical", ...

struct WallScenario
{
    QList<QueueInfo> queues;
    QList<QualitySample> latest;
    QHash<QString, QList<QualitySample>> lastHour;
    QList<IncidentRow> incidents;
    QList<Silence> silences;
    WallHealthInput health;
    qint64 currentWindowEnd = 0;
};

// `queues` queues named like a multi-site contact centre ("Paris Billing").
[[nodiscard]] WallScenario wallScenario(WallState state, int queues);

// Feeds a scenario through the model and the board, as WallBinding does.
void loadWallScenario(const WallScenario &scenario, QueueTableModel *model, WallBoard *board);

} // namespace earshot::test
