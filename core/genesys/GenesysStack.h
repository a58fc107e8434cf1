#pragma once

#include "core/genesys/DetailsSource.h"
#include "core/genesys/GenesysApiClient.h"
#include "core/genesys/GenesysCheck.h"
#include "core/genesys/GenesysSettings.h"
#include "core/genesys/Poller.h"
#include "core/genesys/QueueDirectory.h"
#include "core/genesys/SummarySource.h"
#include "core/genesys/TokenCache.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace earshot {

class Clock;

// The Genesys side, wired once: token cache, API client, queue directory, the configured
// quality source and the poller. The pipeline, --check-genesys and the demo all use it.
class GenesysStack : public QObject
{
    Q_OBJECT

public:
    GenesysStack(QNetworkAccessManager &network, Clock &clock, const GenesysSettings &settings,
                 QObject *parent = nullptr);
    ~GenesysStack() override;

    [[nodiscard]] TokenCache &tokens();
    [[nodiscard]] GenesysApiClient &api();
    [[nodiscard]] QueueDirectory &directory();
    [[nodiscard]] QualitySource &source();
    [[nodiscard]] Poller &poller();
    [[nodiscard]] const GenesysSettings &settings() const;

private:
    GenesysSettings m_settings;
    std::unique_ptr<TokenCache> m_tokens;
    std::unique_ptr<GenesysApiClient> m_api;
    std::unique_ptr<QueueDirectory> m_directory;
    std::unique_ptr<QualitySource> m_source;
    std::unique_ptr<Poller> m_poller;
};

} // namespace earshot
