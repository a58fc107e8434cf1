#include "core/common/ScaledClock.h"

#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace earshot {

ScaledClock::ScaledClock(qint64 startMs, double factor)
    : m_startMs(startMs)
    , m_factor(std::max(1.0, factor))
{
    m_elapsed.start();
}

qint64 ScaledClock::nowMs() const
{
    return m_startMs + qint64(std::llround(double(m_elapsed.elapsed()) * m_factor));
}

void ScaledClock::callAt(qint64 atMs, QObject *context, std::function<void()> fn)
{
    const double realMs = double(atMs - nowMs()) / m_factor;
    const qint64 delay = std::clamp<qint64>(qint64(std::ceil(realMs)), 0,
                                            std::numeric_limits<int>::max());
    QTimer::singleShot(std::chrono::milliseconds(delay), context, std::move(fn));
}

double ScaledClock::factor() const
{
    return m_factor;
}

} // namespace earshot
