#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace earshot {

class DemoEnvironment;

// The still pictures the demo can hold instead of playing its story (earshot --demo
// --demo-state NAME [--demo-queues N]): what a NOC wall must show right, for screenshots,
// trade-show screens and trying the wall on a TV.
enum class DemoState
{
    Ok,          // every queue healthy
    Critical,    // one queue critical, paged
    Storm,       // two queues in five critical, one in five warning
    Stale,       // polling fails (HTTP 503) since 25 minutes: the data is old
    PagingBroken // one queue critical and PagerDuty answering 503: nothing gets through
};

struct DemoStateRequest
{
    DemoState state = DemoState::Ok;
    int queues = kDefaultQueues;

    static constexpr int kDefaultQueues = 12;
    static constexpr int kMaxQueues = 2000;
};

[[nodiscard]] QStringList demoStateNames(); // "ok", "critical", "storm", "stale", "paging-broken"
[[nodiscard]] std::optional<DemoState> demoStateFromName(const QString &name);
[[nodiscard]] QString demoStateName(DemoState state);

// Makes a created, not yet started demo hold `request`: its queues, their data over the
// back-fill (healthy for half an hour, then the state) and the platform faults. The
// alerting, paging and wall are the real ones, as in the story.
void holdDemoState(DemoEnvironment &demo, const DemoStateRequest &request);

} // namespace earshot
