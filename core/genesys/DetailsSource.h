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
// Once page 1 gives totalHits, the pages it promises (and the empty one after) are fetched
// concurrently, 4 at a time (fewer when inin-ratelimit-* says the minute's budget is
// low), and folded in page order as they are parsed: bodies straight into the aggregator.
// A broken page fails the whole window: a sample from part of the data would lie.
class DetailsSource final : public QualitySource
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    // The API refuses to page past 100,000 results.
    static constexpr int kMaxPages = 1000;
    static constexpr int kMaxPagesInFlight = 4;
    // Below this many requests left in the rate-limit minute, fewer pages at once.
    static constexpr int kLowRateLimitBudget = 20;

    DetailsSource(GenesysApiClient &api, QueueDirectory &directory, GenesysSettings settings,
                  QObject *parent = nullptr);

    void fetchWindow(qint64 windowStart, qint64 windowEnd, QObject *context,
                     Callback callback) override;

    // The request body of one page, exactly as the reference shows it.
    [[nodiscard]] QByteArray queryBody(qint64 windowStart, qint64 windowEnd, int page) const;

    // Lowers the page guard (kMaxPages) so tests can reach it with a few requests.
    void setMaxPages(int pages);
    // Lowers the pages fetched at once (kMaxPagesInFlight); 1 sends them in page order,
    // for tests whose faults must hit a given page.
    void setMaxPagesInFlight(int pages);

private:
    struct Fetch;
    [[nodiscard]] int pagesInFlightAllowed() const;
    void sendPages(const std::shared_ptr<Fetch> &fetch);
    void fetchPage(const std::shared_ptr<Fetch> &fetch, int page);
    void foldArrived(const std::shared_ptr<Fetch> &fetch);
    // False when the window ended (done or failed) with this page.
    bool foldPage(const std::shared_ptr<Fetch> &fetch, int pageNumber, const QByteArray &body);
    void finish(const std::shared_ptr<Fetch> &fetch);
    void fail(const std::shared_ptr<Fetch> &fetch, const Error &error);

    GenesysApiClient &m_api;
    QueueDirectory &m_directory;
    GenesysSettings m_settings;
    int m_maxPages = kMaxPages;
    int m_maxPagesInFlight = kMaxPagesInFlight;
};

} // namespace earshot
