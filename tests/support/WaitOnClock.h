#pragma once

#include "tests/support/ManualClock.h"

#include <QTest>

#include <optional>

namespace earshot::test {

// Waits for an asynchronous answer (D-Bus, sockets) to land in `slot`, moving a ManualClock
// to each wake-up on the way, so retries planned on the clock happen without sleeping.
template<typename T>
T waitOnClock(ManualClock &clock, std::optional<T> &slot, int timeoutMs = 20'000)
{
    const bool answered = QTest::qWaitFor(
        [&] {
            if (!slot && clock.pendingCount() > 0)
                clock.advanceTo(clock.nextDueMs());
            return slot.has_value();
        },
        timeoutMs);
    if (!answered)
        qFatal("no answer within %d ms", timeoutMs);
    return *slot;
}

} // namespace earshot::test
