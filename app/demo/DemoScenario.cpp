#include "app/demo/DemoScenario.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace earshot {

namespace {

enum QueueSlot
{
    Sales,
    Billing,
    TechnicalSupport,
    CustomerCare,
    Retentions,
    Claims,
    PremiumSupport,
    SpanishLine,
    Collections,
    Appointments,
    ShippingReturns,
    AfterHours,
};

double lerp(double a, double b, double t)
{
    return a + (b - a) * std::clamp(t, 0.0, 1.0);
}

// The translation context of this file's texts: lupdate and the runtime both file them
// under "DemoScenario".
class DemoScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(DemoScenario)
};

} // namespace

DemoScenario::DemoScenario(qint64 originSecs, int windowSecs)
    : m_originSecs(originSecs)
    , m_windowSecs(windowSecs > 0 ? windowSecs : 300)
{
    // Stable, UUID-shaped ids so dedup keys look like the real thing.
    const auto id = [](int n) {
        return QStringLiteral("5e1f0c2a-7d3b-4c8e-9a10-%1").arg(n, 12, 10, QLatin1Char('0'));
    };
    m_queues = {
        {id(1), QStringLiteral("Sales"), 48},
        {id(2), QStringLiteral("Billing"), 36},
        {id(3), QStringLiteral("Technical Support"), 60},
        {id(4), QStringLiteral("Customer Care"), 52},
        {id(5), QStringLiteral("Retentions"), 18},
        {id(6), QStringLiteral("Claims"), 24},
        {id(7), QStringLiteral("Premium Support"), 12},
        {id(8), QStringLiteral("Spanish Line"), 20},
        {id(9), QStringLiteral("Collections"), 15},
        {id(10), QStringLiteral("Appointments"), 22},
        {id(11), QStringLiteral("Shipping & Returns"), 30},
        {id(12), QStringLiteral("After Hours"), 8},
    };
}

const QList<DemoQueue> &DemoScenario::queues() const
{
    return m_queues;
}

int DemoScenario::loopIndex(qint64 windowStart) const
{
    const qint64 n = (windowStart - m_originSecs) / m_windowSecs;
    const qint64 r = n % kLoopWindows;
    return int(r < 0 ? r + kLoopWindows : r);
}

QueueCondition DemoScenario::condition(int queueIndex, qint64 windowStart) const
{
    QueueCondition c;
    if (queueIndex < 0 || queueIndex >= m_queues.size())
        return c;
    const int i = loopIndex(windowStart);
    // A gentle daily-looking wave in volume, different per queue, never zero by itself.
    const double wave = 1.0 + 0.25 * std::sin((i + queueIndex * 3) * 0.35);
    c.calls = std::max(1, int(std::lround(m_queues.at(queueIndex).baseCalls * wave)));
    c.mos = 4.2 + 0.05 * std::sin((i + queueIndex) * 0.9);

    switch (queueIndex) {
    case Billing: // gradual decline into warning, then recovery
        if (i >= 6 && i < 18)
            c.mos = i < 14 ? lerp(4.2, 3.3, (i - 6) / 8.0) : 3.3;
        break;
    case Sales: // sudden critical outage: a carrier drops packets
        if (i >= 10 && i < 16) {
            c.mos = 2.6;
            c.lossPercent = 4.5;
            c.latencyMs = 180;
        }
        break;
    case TechnicalSupport: // warning that escalates to critical, then recovers
        if (i >= 20 && i < 23)
            c.mos = 3.35;
        else if (i >= 23 && i < 28)
            c.mos = 2.8;
        break;
    case Claims: // loss only, MOS still fair
        if (i >= 30 && i < 35) {
            c.lossPercent = 2.2;
            c.mos = 3.9;
        }
        break;
    case SpanishLine: // jitter only (reported by the summary source)
        if (i >= 26 && i < 32)
            c.jitterMs = 75;
        break;
    case PremiumSupport: // flaps around the warning line: one episode, no storm
        if (i >= 36 && i < 44)
            c.mos = (i % 2 == 0) ? 3.42 : 3.56;
        break;
    case AfterHours: // degrades, then the queue closes with the episode still open
        if (i >= 8 && i < 12)
            c.mos = 3.2;
        if (i >= 12 && i < 40)
            c.calls = 0;
        break;
    default:
        break;
    }
    // A storm: a shared carrier degrades eight queues at once (one grouped PagerDuty
    // incident); a window later Technical Support joins it, critical.
    constexpr QueueSlot kStormQueues[] = {Sales,  Billing,     CustomerCare, Retentions,
                                          Claims, Collections, Appointments, ShippingReturns};
    if (i >= 44 && i < 47 &&
        std::find(std::begin(kStormQueues), std::end(kStormQueues), queueIndex) !=
            std::end(kStormQueues)) {
        c.mos = 3.25;
        c.lossPercent = 1.6;
    }
    if (queueIndex == TechnicalSupport && i >= 45 && i < 47)
        c.mos = 2.8;
    return c;
}

bool DemoScenario::rateLimitBurst(qint64 windowStart) const
{
    return loopIndex(windowStart) == 5;
}

bool DemoScenario::revokeTokens(qint64 windowStart) const
{
    return loopIndex(windowStart) == 25;
}

bool DemoScenario::pagerDutyOutage(qint64 windowStart) const
{
    const int i = loopIndex(windowStart);
    return i >= 12 && i < 15;
}

int DemoScenario::phoneAcknowledgement(qint64 windowStart) const
{
    // Prepared as window 26 is stored, so after the escalation's trigger has gone out
    // (window 23): the acknowledgement stands until the queue recovers (window 28).
    return loopIndex(windowStart) == 27 ? TechnicalSupport : -1;
}

QString DemoScenario::phoneUser()
{
    return QStringLiteral("Jane Doe");
}

QString DemoScenario::narrative(qint64 windowStart) const
{
    switch (loopIndex(windowStart)) {
    case 0:
        return DemoScenarioText::tr("Scenario starts: all queues healthy.");
    case 5:
        return DemoScenarioText::tr("Genesys Cloud answers a burst of HTTP 429 with Retry-After.");
    case 6:
        return DemoScenarioText::tr("Billing: MOS starts a slow decline.");
    case 8:
        return DemoScenarioText::tr("After Hours: quality drops before the queue closes.");
    case 10:
        return DemoScenarioText::tr(
            "Sales: sudden critical degradation (packet loss on a carrier).");
    case 12:
        return DemoScenarioText::tr(
            "PagerDuty outage begins; events wait in the outbox. After Hours closes.");
    case 15:
        return DemoScenarioText::tr(
            "PagerDuty is back; the outbox delivers what waited, in order.");
    case 16:
        return DemoScenarioText::tr("Sales recovers.");
    case 18:
        return DemoScenarioText::tr("Billing recovers.");
    case 20:
        return DemoScenarioText::tr("Technical Support: warning-level MOS.");
    case 23:
        return DemoScenarioText::tr("Technical Support escalates to critical.");
    case 25:
        return DemoScenarioText::tr("The access token is revoked; the poller refreshes it once.");
    case 26:
        return DemoScenarioText::tr("Spanish Line: jitter rises.");
    case 27:
        return DemoScenarioText::tr(
            "Technical Support: the on-call engineer acknowledges from a phone in PagerDuty.");
    case 28:
        return DemoScenarioText::tr("Technical Support recovers.");
    case 30:
        return DemoScenarioText::tr("Claims: packet loss without a MOS drop.");
    case 36:
        return DemoScenarioText::tr("Premium Support flaps around the MOS warning line.");
    case 44:
        return DemoScenarioText::tr(
            "Storm: a carrier degrades eight queues at once; one grouped incident pages.");
    case 45:
        return DemoScenarioText::tr("Technical Support joins the storm: the incident is updated.");
    case 47:
        return DemoScenarioText::tr(
            "The carrier recovers; the storm resolves once every queue has.");
    default:
        return {};
    }
}

} // namespace earshot
