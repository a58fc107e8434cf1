#include "core/common/Clock.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace earshot {

Clock::~Clock() = default;

void Clock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    callAt(nowMs() + std::max<qint64>(0, delayMs), context, std::move(fn));
}

qint64 Clock::nowSecs() const
{
    return nowMs() / 1000;
}

QDateTime Clock::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void SystemClock::callAt(qint64 atMs, QObject *context, std::function<void()> fn)
{
    // QTimer takes an int; a wake-up more than ~24 days away is re-planned on the way.
    const qint64 delay = std::clamp<qint64>(atMs - nowMs(), 0, std::numeric_limits<int>::max());
    QTimer::singleShot(std::chrono::milliseconds(delay), context, std::move(fn));
}

} // namespace earshot
