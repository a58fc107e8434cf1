#pragma once

#include <QtGlobal>

#include <functional>

class QDateTime;
class QObject;

namespace earshot {

// Time is injected everywhere: production code runs on SystemClock, tests on ManualClock
// (instant, no sleeping) and the demo on ScaledClock (a 5-minute window lasts seconds).
// Times are milliseconds since the Unix epoch, UTC.
class Clock
{
public:
    virtual ~Clock();

    [[nodiscard]] virtual qint64 nowMs() const = 0;

    // Calls fn once when this clock reaches atMs (at once if it already has). The call is
    // dropped if context is destroyed first. Callers that may re-plan keep a generation
    // counter and ignore superseded wake-ups.
    virtual void callAt(qint64 atMs, QObject *context, std::function<void()> fn) = 0;

    void callAfter(qint64 delayMs, QObject *context, std::function<void()> fn);
    [[nodiscard]] qint64 nowSecs() const;
    [[nodiscard]] QDateTime nowUtc() const;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
    void callAt(qint64 atMs, QObject *context, std::function<void()> fn) override;
};

} // namespace earshot
