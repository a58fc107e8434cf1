#include "tests/support/ManualClock.h"

#include <algorithm>

namespace earshot {

ManualClock::ManualClock(qint64 startMs)
    : m_nowMs(startMs)
{
}

qint64 ManualClock::nowMs() const
{
    return m_nowMs;
}

void ManualClock::callAt(qint64 atMs, QObject *context, std::function<void()> fn)
{
    m_pending.append(
        Pending{atMs, m_order++, QPointer<QObject>(context), context != nullptr, std::move(fn)});
}

void ManualClock::advance(qint64 ms)
{
    advanceTo(m_nowMs + std::max<qint64>(0, ms));
}

void ManualClock::advanceTo(qint64 atMs)
{
    for (;;) {
        auto due = std::min_element(
            m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
                return a.atMs != b.atMs ? a.atMs < b.atMs : a.order < b.order;
            });
        if (due == m_pending.end() || due->atMs > atMs)
            break;
        Pending next = std::move(*due);
        m_pending.erase(due);
        m_nowMs = std::max(m_nowMs, next.atMs);
        if (!next.hadContext || next.context)
            next.fn();
    }
    m_nowMs = std::max(m_nowMs, atMs);
}

void ManualClock::runDue()
{
    advanceTo(m_nowMs);
}

int ManualClock::pendingCount() const
{
    return int(m_pending.size());
}

qint64 ManualClock::nextDueMs() const
{
    qint64 best = -1;
    for (const Pending &p : m_pending) {
        if (best < 0 || p.atMs < best)
            best = p.atMs;
    }
    return best;
}

} // namespace earshot
