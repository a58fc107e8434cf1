#pragma once

#include "core/genesys/GenesysSettings.h"
#include "core/genesys/QualitySource.h"

#include <memory>

namespace earshot {

class GenesysApiClient;
class QueueDirectory;

// Per-queue quality from the conversation details query, the public API:
// POST /api/v2/analytics/conversations/details/query for the window (voice only, the
// monitored queues as "or" predicates), pages of 100 until a page comes back without
// conversations (totalHits is approximate and pages shift while data arrives; the
// aggregator de-duplicates by conversation id), then one QualitySample per queue.
// A broken page fails the whole window: a sample from part of the data would lie.
class DetailsSource final : public QualitySource
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    // The API refuses to page past 100,000 results.
    static constexpr int kMaxPages = 1000;

    DetailsSource(GenesysApiClient &api, QueueDirectory &directory, GenesysSettings settings,
                  QObject *parent = nullptr);

    void fetchWindow(qint64 windowStart, qint64 windowEnd, QObject *context,
                     Callback callback) override;

    // The request body of one page, exactly as the reference shows it.
    [[nodiscard]] QByteArray queryBody(qint64 windowStart, qint64 windowEnd, int page) const;

    // Lowers the page guard (kMaxPages) so tests can reach it with a few requests.
    void setMaxPages(int pages);

private:
    struct Fetch;
    void fetchPage(std::shared_ptr<Fetch> fetch);
    void onPage(const std::shared_ptr<Fetch> &fetch, const QByteArray &body);

    GenesysApiClient &m_api;
    QueueDirectory &m_directory;
    GenesysSettings m_settings;
    int m_maxPages = kMaxPages;
};

} // namespace earshot
