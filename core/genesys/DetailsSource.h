#pragma once

#include "core/genesys/GenesysSettings.h"
#include "core/genesys/QualitySource.h"

namespace earshot {

class GenesysApiClient;
class QueueDirectory;

// POST /api/v2/analytics/conversations/details/query for the window, voice only, pages of
// 100 until a page comes back without conversations, aggregated per queue.
class DetailsSource final : public QualitySource
{
    Q_OBJECT

public:
    // The API refuses to page past 100,000 results.
    static constexpr int kMaxPages = 1000;

    DetailsSource(GenesysApiClient &api, QueueDirectory &directory, GenesysSettings settings,
                  QObject *parent = nullptr);

    void fetchWindow(qint64 windowStart, qint64 windowEnd, QObject *context,
                     Callback callback) override;

    // The request body of one page (public for tests).
    [[nodiscard]] QByteArray queryBody(qint64 windowStart, qint64 windowEnd, int page) const;

private:
    struct Fetch;
    void fetchPage(std::shared_ptr<Fetch> fetch);

    GenesysApiClient &m_api;
    QueueDirectory &m_directory;
    GenesysSettings m_settings;
};

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
