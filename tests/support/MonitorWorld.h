#pragma once

#include "tests/support/PipelineRig.h"

#include "core/pipeline/Monitor.h"
#include "tests/support/ManualClock.h"
#include "tests/support/PagerDutyFaults.h"

#include <QPointer>

namespace earshot::test {

inline constexpr qint64 kT0 = 1'763'892'000;

// A fake Genesys Cloud playing Script, a fake PagerDuty, and a ManualClock: everything a
// Monitor needs, in this process.
struct World
{
    World();
    [[nodiscard]] MonitorSetup setup(const QString &databasePath);
    // Lets the pipeline work, then moves time to its next wake-up; until `windows` more
    // windows have been stored (and what they produced is delivered). Counted from where
    // the previous run() on the same monitor ended, not from this call: a window already
    // in flight when that run() returned (the back-fill fetches the next one at once) and
    // stored while the test waited for something else is one of these, so "run 4, wait,
    // run 4" is windows 0-7 however the wait and the fetch interleave. False when time
    // ran out before that many were stored.
    bool run(Monitor &monitor, int windows);

    ManualClock clock{kT0 * 1000};
    FakeGenesysCloud genesys{clock};
    FakePagerDuty pagerDuty;
    PagerDutyFaults pagerDutyFaults{pagerDuty};
    Script script;

private:
    QPointer<Monitor> m_counted; // the monitor whose windows are counted
    int m_stored = 0;            // windows it stored since the first run()
    int m_target = 0;            // where the last run() was asked to get to
};

} // namespace earshot::test
