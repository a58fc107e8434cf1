#include "tests/support/GenesysFixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTest>
#include <QTimer>

namespace earshot::test {

GenesysFixture::GenesysFixture(QualitySourceKind sourceKind, QStringList monitored)
{
    if (!fake.listen())
        qFatal("fake Genesys Cloud could not listen");
    settings.endpoints = GenesysEndpoints{fake.baseUrl(), fake.baseUrl()};
    settings.clientId = QStringLiteral("earshot-client");
    settings.clientSecret = QStringLiteral("earshot-secret");
    settings.source = sourceKind;
    settings.monitoredQueues = std::move(monitored);
    settings.backoff.jitter = 0.0; // exact waits to assert against
    settings.requestTimeoutMs = 2000;
    stack = std::make_unique<GenesysStack>(network, clock, settings);
    tokens = &stack->tokens();
    api = &stack->api();
    poller = &stack->poller();
    fake.setQueues({{QStringLiteral("qA"), QStringLiteral("Sales")},
                    {QStringLiteral("qB"), QStringLiteral("Billing")}});
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    // QTest::qWaitFor sleeps 10 ms between rounds, which adds up over hundreds of requests;
    // this wakes on every event instead. The timeout only guards against a hang.
    QTimer tick; // wakes the loop now and then even when nothing else happens
    tick.start(5);
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace earshot::test
