#pragma once

#include "core/common/Clock.h"

#include <QElapsedTimer>

namespace earshot {

// Demo time: starts at startMs and runs `factor` times faster than real time, so the
// whole pipeline (5-minute windows, ingest lag, Retry-After, token lifetimes) plays out
// unchanged, only compressed.
class ScaledClock final : public Clock
{
public:
    ScaledClock(qint64 startMs, double factor);
    // Anchored form: reads startMs at the real instant realAnchorMs (epoch ms), so several
    // processes (or one restarted process) share one simulated timeline.
    ScaledClock(qint64 startMs, double factor, qint64 realAnchorMs);

    [[nodiscard]] qint64 nowMs() const override;
    void callAt(qint64 atMs, QObject *context, std::function<void()> fn) override;
    [[nodiscard]] double factor() const;

private:
    qint64 m_startMs;
    double m_factor;
    qint64 m_realAnchorMs; // -1: anchored at construction through m_elapsed
    QElapsedTimer m_elapsed;
};

} // namespace earshot
