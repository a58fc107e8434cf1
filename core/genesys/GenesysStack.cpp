#include "core/genesys/GenesysStack.h"

#include "core/common/Clock.h"

namespace earshot {

GenesysStack::GenesysStack(QNetworkAccessManager &network, Clock &clock,
                           const GenesysSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    HttpJob::Options options;
    options.transferTimeoutMs = settings.requestTimeoutMs;
    options.maxBodyBytes = settings.maxBodyBytes;
    m_tokens = std::make_unique<TokenCache>(network, clock, settings.endpoints.loginBase, options);
    m_tokens->setCredentials(settings.clientId, settings.clientSecret);
    m_api = std::make_unique<GenesysApiClient>(
        network, clock, *m_tokens, settings.endpoints.apiBase, options, settings.backoff);
    m_directory = std::make_unique<QueueDirectory>(*m_api);
    if (settings.source == QualitySourceKind::Summary)
        m_source = std::make_unique<SummarySource>(*m_api, settings);
    else
        m_source = std::make_unique<DetailsSource>(*m_api, *m_directory, settings);
    m_poller =
        std::make_unique<Poller>(clock, *m_source, *m_tokens, *m_api, *m_directory, settings);
}

GenesysStack::~GenesysStack() = default;

TokenCache &GenesysStack::tokens()
{
    return *m_tokens;
}

GenesysApiClient &GenesysStack::api()
{
    return *m_api;
}

QueueDirectory &GenesysStack::directory()
{
    return *m_directory;
}

QualitySource &GenesysStack::source()
{
    return *m_source;
}

Poller &GenesysStack::poller()
{
    return *m_poller;
}

const GenesysSettings &GenesysStack::settings() const
{
    return m_settings;
}

} // namespace earshot
