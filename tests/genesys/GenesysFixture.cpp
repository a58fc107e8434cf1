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
    HttpJob::Options options;
    options.transferTimeoutMs = settings.requestTimeoutMs;
    options.maxBodyBytes = settings.maxBodyBytes;
    tokens = std::make_unique<TokenCache>(network, clock, settings.endpoints.loginBase, options);
    tokens->setCredentials(settings.clientId, settings.clientSecret);
    api = std::make_unique<GenesysApiClient>(network, clock, *tokens, settings.endpoints.apiBase,
                                             options, settings.backoff);
    directory = std::make_unique<QueueDirectory>(*api);
    if (sourceKind == QualitySourceKind::Details)
        source = std::make_unique<DetailsSource>(*api, *directory, settings);
    else
        source = std::make_unique<SummarySource>(*api, settings);
    poller = std::make_unique<Poller>(clock, *source, *tokens, *api, *directory, settings);
    fake.setQueues({{QStringLiteral("qA"), QStringLiteral("Sales")},
                    {QStringLiteral("qB"), QStringLiteral("Billing")}});
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace earshot::test
