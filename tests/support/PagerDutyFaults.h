#pragma once

#include "app/demo/FakePagerDuty.h"

#include <QByteArray>
#include <QList>

namespace earshot::test {

// One broken answer of the fake PagerDuty, built by name: PagerDutyFault::status(429, "5"),
// PagerDutyFault::delayed(3000), PagerDutyFault::droppedConnection().
class PagerDutyFault
{
public:
    // This status with {"status":"error"}, and Retry-After when given.
    [[nodiscard]] static PagerDutyFault status(int status, const QByteArray &retryAfter = {});
    // A 202 sent after `ms` of real time (for timeouts).
    [[nodiscard]] static PagerDutyFault delayed(int ms);
    // The connection closed without an answer.
    [[nodiscard]] static PagerDutyFault droppedConnection();

    // The same answer, sent after `ms` of real time.
    [[nodiscard]] PagerDutyFault delayedBy(int ms) const;

private:
    friend class PagerDutyFaults;
    PagerDutyFault() = default;

    int m_status = 503;
    QByteArray m_retryAfter;
    int m_delayMs = 0;
    bool m_dropped = false;
};

// Queues PagerDutyFaults on a FakePagerDuty: each answers the next request, first in first
// out, for as long as this lives.
class PagerDutyFaults
{
public:
    explicit PagerDutyFaults(FakePagerDuty &fake);
    ~PagerDutyFaults();
    PagerDutyFaults(const PagerDutyFaults &) = delete;
    PagerDutyFaults &operator=(const PagerDutyFaults &) = delete;

    void push(const PagerDutyFault &fault);
    [[nodiscard]] int pending() const;

private:
    [[nodiscard]] std::optional<HttpResponse> answerFor(const HttpRequest &request);

    FakePagerDuty &m_fake;
    QList<PagerDutyFault> m_queue;
};

} // namespace earshot::test
