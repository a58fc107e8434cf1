#include "core/common/ScaledClock.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace earshot {

ScaledClock::ScaledClock(qint64 startMs, double factor)
    : m_startMs(startMs)
    , m_factor(std::max(1.0, factor))
    , m_realAnchorMs(-1)
{
    m_elapsed.start();
}

ScaledClock::ScaledClock(qint64 startMs, double factor, qint64 realAnchorMs)
    : m_startMs(startMs)
    , m_factor(std::max(1.0, factor))
    , m_realAnchorMs(realAnchorMs)
{
    m_elapsed.start();
}

qint64 ScaledClock::nowMs() const
{
    const qint64 realElapsed = m_realAnchorMs < 0
                                   ? m_elapsed.elapsed()
                                   : QDateTime::currentMSecsSinceEpoch() - m_realAnchorMs;
    return m_startMs + qint64(std::llround(double(realElapsed) * m_factor));
}

void ScaledClock::callAt(qint64 atMs, QObject *context, std::function<void()> fn)
{
    const double realMs = double(atMs - nowMs()) / m_factor;
    const qint64 delay =
        std::clamp<qint64>(qint64(std::ceil(realMs)), 0, std::numeric_limits<int>::max());
    QTimer::singleShot(std::chrono::milliseconds(delay), context, std::move(fn));
}

double ScaledClock::factor() const
{
    return m_factor;
}

} // namespace earshot
