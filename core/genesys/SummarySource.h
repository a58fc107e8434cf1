#pragma once

#include "core/genesys/GenesysSettings.h"
#include "core/genesys/QualitySource.h"

namespace earshot {

class GenesysApiClient;

// Per-queue quality from the guide's summary endpoint (shared/reference/
// quality-summary-endpoint.md), served by a local summary service or the simulator:
// GET /api/v2/analytics/quality/summary?granularity=FIVE_MINUTES&interval={start}/{end}.
// Rows of queues outside the monitored set are dropped; refused rows become problems.
class SummarySource final : public QualitySource
{
    Q_OBJECT

public:
    SummarySource(GenesysApiClient &api, GenesysSettings settings, QObject *parent = nullptr);

    void fetchWindow(qint64 windowStart, qint64 windowEnd, QObject *context,
                     Callback callback) override;

private:
    GenesysApiClient &m_api;
    GenesysSettings m_settings;
};

} // namespace earshot
