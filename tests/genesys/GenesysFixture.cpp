#include "GenesysFixture.h"

#include <QTest>

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
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace earshot::test
