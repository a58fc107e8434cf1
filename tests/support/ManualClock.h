#pragma once

#include "core/common/Clock.h"

#include <QList>
#include <QPointer>

namespace earshot {

// A clock that moves only when told to. advance() fires every wake-up that falls due, in
// time order, with nowMs() reading each wake-up's own time while it runs: a test of a
// 60-second backoff takes no time at all.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'763'892'000'000); // 2025-11-23T10:00:00Z

    [[nodiscard]] qint64 nowMs() const override;
    void callAt(qint64 atMs, QObject *context, std::function<void()> fn) override;

    void advance(qint64 ms);
    void advanceTo(qint64 atMs);
    // Fires what is due now without moving time.
    void runDue();

    [[nodiscard]] int pendingCount() const;
    // The earliest pending wake-up, or -1 when none.
    [[nodiscard]] qint64 nextDueMs() const;

private:
    struct Pending
    {
        qint64 atMs;
        quint64 order;
        QPointer<QObject> context;
        bool hadContext;
        std::function<void()> fn;
    };

    qint64 m_nowMs;
    quint64 m_order = 0;
    QList<Pending> m_pending;
};

} // namespace earshot
