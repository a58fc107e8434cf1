#include "core/genesys/DetailsSource.h"

#include "core/common/Logging.h"
#include "core/genesys/GenesysApiClient.h"
#include "core/genesys/QueueDirectory.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/genesys/parse/QualityAggregator.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>
#include <map>

namespace earshot {

namespace {

QJsonObject dimension(const QString &name, const QString &value)
{
    return QJsonObject{{QLatin1StringView("type"), QStringLiteral("dimension")},
                       {QLatin1StringView("dimension"), name},
                       {QLatin1StringView("operator"), QStringLiteral("matches")},
                       {QLatin1StringView("value"), value}};
}

Error windowTooLarge(qint64 start, qint64 end)
{
    return Error{ErrorKind::GenesysTooLarge,
                 DetailsSource::tr(
                     "window too large: %1 has more than 100,000 voice conversations, the most "
                     "the details query can page through")
                     .arg(isoInterval(start, end))};
}

} // namespace

struct DetailsSource::Fetch
{
    qint64 start = 0;
    qint64 end = 0;
    QPointer<QObject> context;
    Callback callback;
    std::unique_ptr<QualityAggregator> aggregator;
    std::shared_ptr<RetryBudget> budget;
    QStringList problems;
    // The context of this window's requests: deleting it drops those still under way.
    std::unique_ptr<QObject> requests = std::make_unique<QObject>();
    int nextToFold = 1; // pages are folded in page order
    int nextToSend = 1;
    int lastPlanned = 1; // from totalHits: the last page with data, plus the empty one after
    int inFlight = 0;
    std::map<int, QByteArray> arrived; // answered, waiting for their turn
    bool done = false;
};

DetailsSource::DetailsSource(GenesysApiClient &api, QueueDirectory &directory,
                             GenesysSettings settings, QObject *parent)
    : QualitySource(parent)
    , m_api(api)
    , m_directory(directory)
    , m_settings(std::move(settings))
{
}

QByteArray DetailsSource::queryBody(qint64 windowStart, qint64 windowEnd, int page) const
{
    QJsonArray filters{
        QJsonObject{{QLatin1StringView("type"), QStringLiteral("and")},
                    {QLatin1StringView("predicates"),
                     QJsonArray{dimension(QStringLiteral("mediaType"), QStringLiteral("voice"))}}}};
    if (!m_settings.monitoredQueues.isEmpty()) {
        QJsonArray predicates;
        for (const QString &id : m_settings.monitoredQueues)
            predicates.append(dimension(QStringLiteral("queueId"), id));
        filters.append(QJsonObject{{QLatin1StringView("type"), QStringLiteral("or")},
                                   {QLatin1StringView("predicates"), predicates}});
    }
    const QJsonObject body{
        {QLatin1StringView("interval"), isoInterval(windowStart, windowEnd)},
        {QLatin1StringView("order"), QStringLiteral("asc")},
        {QLatin1StringView("orderBy"), QStringLiteral("conversationStart")},
        {QLatin1StringView("paging"), QJsonObject{{QLatin1StringView("pageSize"), kPageSize},
                                                  {QLatin1StringView("pageNumber"), page}}},
        {QLatin1StringView("segmentFilters"), filters},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void DetailsSource::setMaxPages(int pages)
{
    m_maxPages = std::clamp(pages, 1, kMaxPages);
}

void DetailsSource::setMaxPagesInFlight(int pages)
{
    m_maxPagesInFlight = std::clamp(pages, 1, kMaxPagesInFlight);
}

int DetailsSource::pagesInFlightAllowed() const
{
    // Genesys counts requests per token and minute. With little of that budget left,
    // fewer pages at once: a burst would end in 429s for this and every other caller.
    const RateLimitBudget budget = m_api.rateLimit();
    if (budget.allowed <= 0 || budget.count < 0)
        return m_maxPagesInFlight;
    const int remaining = budget.allowed - budget.count;
    if (remaining >= kLowRateLimitBudget)
        return m_maxPagesInFlight;
    return std::clamp(remaining / 5, 1, m_maxPagesInFlight);
}

void DetailsSource::fetchWindow(qint64 windowStart, qint64 windowEnd, QObject *context,
                                Callback callback)
{
    auto fetch = std::make_shared<Fetch>();
    fetch->start = windowStart;
    fetch->end = windowEnd;
    fetch->context = context;
    fetch->callback = std::move(callback);
    fetch->budget = std::make_shared<RetryBudget>(RetryBudget{m_settings.maxRetriesPerWindow});
    const QStringList &monitored = m_settings.monitoredQueues;
    fetch->aggregator = std::make_unique<QualityAggregator>(
        windowStart, windowEnd, m_settings.mosWarning, m_directory.names(),
        QSet<QString>(monitored.cbegin(), monitored.cend()));
    sendPages(fetch);
}

void DetailsSource::sendPages(const std::shared_ptr<Fetch> &fetch)
{
    // At most the allowed number of pages outstanding past the fold point, answered or
    // not, so a slow page cannot make the others pile up in memory.
    const int last = std::min(fetch->lastPlanned, m_maxPages);
    while (!fetch->done && fetch->nextToSend <= last && fetch->inFlight < pagesInFlightAllowed() &&
           fetch->nextToSend < fetch->nextToFold + m_maxPagesInFlight)
        fetchPage(fetch, fetch->nextToSend++);
}

void DetailsSource::fetchPage(const std::shared_ptr<Fetch> &fetch, int page)
{
    ApiCall call;
    call.verb = "POST";
    call.path = QStringLiteral("/api/v2/analytics/conversations/details/query");
    call.jsonBody = queryBody(fetch->start, fetch->end, page);
    call.budget = fetch->budget;
    ++fetch->inFlight;
    m_api.send(call, fetch->requests.get(), [this, fetch, page](const Result<HttpResult> &answer) {
        --fetch->inFlight;
        if (fetch->done)
            return;
        if (!fetch->context) {
            finish(fetch);
            return;
        }
        if (!answer.ok()) {
            fail(fetch, answer.error());
            return;
        }
        fetch->arrived.emplace(page, answer.value().body);
        foldArrived(fetch);
    });
}

void DetailsSource::finish(const std::shared_ptr<Fetch> &fetch)
{
    fetch->done = true;
    fetch->arrived.clear();
    // Drops the other pages' requests and retries; not from inside their callback.
    if (QObject *requests = fetch->requests.release())
        requests->deleteLater();
}

void DetailsSource::fail(const std::shared_ptr<Fetch> &fetch, const Error &error)
{
    finish(fetch);
    fetch->callback(error);
}

void DetailsSource::foldArrived(const std::shared_ptr<Fetch> &fetch)
{
    for (auto next = fetch->arrived.find(fetch->nextToFold); next != fetch->arrived.end();
         next = fetch->arrived.find(fetch->nextToFold)) {
        const QByteArray body = std::move(next->second);
        fetch->arrived.erase(next);
        if (!foldPage(fetch, fetch->nextToFold, body))
            return;
        ++fetch->nextToFold;
    }
    sendPages(fetch);
}

bool DetailsSource::foldPage(const std::shared_ptr<Fetch> &fetch, int pageNumber,
                             const QByteArray &body)
{
    const auto parsed = parseDetailsPage(body, *fetch->aggregator);
    if (!parsed.ok()) {
        const QString text =
            tr("POST /api/v2/analytics/conversations/details/query, page %1 "
               "of %2: %3")
                .arg(pageNumber)
                .arg(isoInterval(fetch->start, fetch->end), parsed.error().message);
        qCWarning(lcGenesys).noquote() << text;
        fail(fetch, Error{ErrorKind::GenesysData, text});
        return false;
    }
    const DetailsPageCounts &page = parsed.value();
    if (page.totalHits && *page.totalHits > qint64(kMaxPages) * kPageSize) {
        fail(fetch, windowTooLarge(fetch->start, fetch->end));
        return false;
    }
    if (page.skipped > 0) {
        const QString problem =
            tr("page %1: %n malformed conversation(s) skipped (%2)", nullptr, int(page.skipped))
                .arg(pageNumber)
                .arg(page.firstProblem);
        qCWarning(lcGenesys).noquote() << problem;
        fetch->problems.append(problem);
    }
    if (page.conversations == 0 && page.skipped == 0) {
        qCDebug(lcGenesys).noquote()
            << "window" << isoInterval(fetch->start, fetch->end) << "ended after" << pageNumber
            << "page(s)," << fetch->aggregator->conversationCount() << "conversation(s)";
        finish(fetch);
        fetch->callback(WindowFetch{fetch->aggregator->samples(), fetch->problems});
        return false;
    }
    if (pageNumber + 1 > m_maxPages) {
        fail(fetch, windowTooLarge(fetch->start, fetch->end));
        return false;
    }
    // totalHits is approximate and pages shift while data arrives: the pages it promises
    // go out together, then one at a time until a page comes back empty.
    qint64 planned = pageNumber + 1;
    if (page.totalHits && *page.totalHits > 0)
        planned = std::max(planned, (*page.totalHits + kPageSize - 1) / kPageSize + 1);
    fetch->lastPlanned = int(std::clamp<qint64>(planned, fetch->lastPlanned, m_maxPages));
    return true;
}

} // namespace earshot
