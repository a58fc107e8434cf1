#pragma once

#include "tests/support/PipelineRig.h"

#include "core/pipeline/Monitor.h"
#include "tests/support/ManualClock.h"
#include "tests/support/PagerDutyFaults.h"

namespace earshot::test {

inline constexpr qint64 kT0 = 1'763'892'000;

// A fake Genesys Cloud playing Script, a fake PagerDuty, and a ManualClock: everything a
// Monitor needs, in this process.
struct World
{
    World();
    [[nodiscard]] MonitorSetup setup(const QString &databasePath);
    // Lets the pipeline work, then moves time to its next wake-up; until `windows` more
    // windows have been stored (and what they produced is delivered).
    void run(Monitor &monitor, int windows);

    ManualClock clock{kT0 * 1000};
    FakeGenesysCloud genesys{clock};
    FakePagerDuty pagerDuty;
    PagerDutyFaults pagerDutyFaults{pagerDuty};
    Script script;
};

} // namespace earshot::test
