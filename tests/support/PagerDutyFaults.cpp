#include "tests/support/PagerDutyFaults.h"

namespace earshot::test {

PagerDutyFault PagerDutyFault::status(int status, const QByteArray &retryAfter)
{
    PagerDutyFault f;
    f.m_status = status;
    f.m_retryAfter = retryAfter;
    return f;
}

PagerDutyFault PagerDutyFault::delayed(int ms)
{
    return status(202).delayedBy(ms);
}

PagerDutyFault PagerDutyFault::droppedConnection()
{
    PagerDutyFault f;
    f.m_dropped = true;
    return f;
}

PagerDutyFault PagerDutyFault::delayedBy(int ms) const
{
    PagerDutyFault f = *this;
    f.m_delayMs = ms;
    return f;
}

PagerDutyFaults::PagerDutyFaults(FakePagerDuty &fake)
    : m_fake(fake)
{
    m_fake.setAnswerHook([this](const HttpRequest &request) { return answerFor(request); });
}

PagerDutyFaults::~PagerDutyFaults()
{
    m_fake.setAnswerHook({});
}

void PagerDutyFaults::push(const PagerDutyFault &fault)
{
    m_queue.append(fault);
}

int PagerDutyFaults::pending() const
{
    return int(m_queue.size());
}

std::optional<HttpResponse> PagerDutyFaults::answerFor(const HttpRequest &)
{
    if (m_queue.isEmpty())
        return std::nullopt;
    const PagerDutyFault f = m_queue.takeFirst();
    HttpResponse r = HttpResponse::json(f.m_status, "{\"status\":\"error\"}");
    if (!f.m_retryAfter.isEmpty())
        r.withHeader("Retry-After", f.m_retryAfter);
    r.delayMs = f.m_delayMs;
    r.dropConnection = f.m_dropped;
    return r;
}

} // namespace earshot::test
