#pragma once

#include <QByteArray>
#include <QRandomGenerator>

#include <optional>

namespace earshot {

struct BackoffPolicy
{
    qint64 initialMs = 1'000;
    qint64 maxMs = 60'000;
    double multiplier = 2.0;
    // Each delay is drawn from [delay * (1 - jitter), delay], so many clients that failed
    // together do not retry together.
    double jitter = 0.2;
    // Retries after the first attempt; 0 means no retry. Negative means unbounded (the
    // outbox keeps going until PagerDuty answers).
    int maxRetries = 5;
    // A server's Retry-After longer than this is not honoured by waiting: the attempt
    // is given up (the caller retries later, e.g. next cycle).
    qint64 maxRetryAfterMs = 180'000;
};

// Exponential backoff with jitter that honours a server's Retry-After. Pure: no timers,
// the caller waits the returned time on its Clock.
class Backoff
{
public:
    explicit Backoff(BackoffPolicy policy = {}, quint32 seed = 0);

    // The wait before retry number `retry` (1-based) when the server said nothing.
    [[nodiscard]] qint64 delayForRetry(int retry);

    // The wait before the next retry given the server's Retry-After (if any), or nullopt
    // when retries are exhausted (or the server asks for more than maxRetryAfterMs).
    [[nodiscard]] std::optional<qint64> nextDelay(int retry, std::optional<qint64> retryAfterMs);

    [[nodiscard]] const BackoffPolicy &policy() const;

    // Retry-After as delta-seconds ("120") or an HTTP-date ("Fri, 31 Dec 1999 23:59:59
    // GMT"), relative to nowMs. nullopt for anything else.
    [[nodiscard]] static std::optional<qint64> parseRetryAfter(const QByteArray &value,
                                                               qint64 nowMs);

private:
    BackoffPolicy m_policy;
    QRandomGenerator m_random;
};

} // namespace earshot
