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
    return Error{QStringLiteral("genesys.toolarge"),
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
    int page = 1;
    QPointer<QObject> context;
    Callback callback;
    std::unique_ptr<QualityAggregator> aggregator;
    std::shared_ptr<RetryBudget> budget;
    QStringList problems;
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
    fetchPage(fetch);
}

void DetailsSource::fetchPage(std::shared_ptr<Fetch> fetch)
{
    ApiCall call;
    call.verb = "POST";
    call.path = QStringLiteral("/api/v2/analytics/conversations/details/query");
    call.jsonBody = queryBody(fetch->start, fetch->end, fetch->page);
    call.budget = fetch->budget;
    m_api.send(call, this, [this, fetch](const Result<HttpResult> &answer) {
        if (!fetch->context)
            return;
        if (!answer.ok()) {
            fetch->callback(answer.error());
            return;
        }
        onPage(fetch, answer.value().body);
    });
}

void DetailsSource::onPage(const std::shared_ptr<Fetch> &fetch, const QByteArray &body)
{
    const auto parsed = parseDetailsPage(body);
    if (!parsed.ok()) {
        const QString text =
            DetailsSource::tr("POST /api/v2/analytics/conversations/details/query, page %1 "
                              "of %2: %3")
                .arg(fetch->page)
                .arg(isoInterval(fetch->start, fetch->end), parsed.error().message);
        qCWarning(lcGenesys).noquote() << text;
        fetch->callback(Error{QStringLiteral("genesys.data"), text});
        return;
    }
    const DetailsPage &page = parsed.value();
    if (page.totalHits && *page.totalHits > qint64(kMaxPages) * kPageSize) {
        fetch->callback(windowTooLarge(fetch->start, fetch->end));
        return;
    }
    if (page.skipped > 0) {
        const QString problem =
            tr("page %1: %n malformed conversation(s) skipped (%2)", nullptr, int(page.skipped))
                .arg(fetch->page)
                .arg(page.firstProblem);
        qCWarning(lcGenesys).noquote() << problem;
        fetch->problems.append(problem);
    }
    fetch->aggregator->add(page);
    if (page.conversations.isEmpty() && page.skipped == 0) {
        qCDebug(lcGenesys).noquote()
            << "window" << isoInterval(fetch->start, fetch->end) << "ended after" << fetch->page
            << "page(s)," << fetch->aggregator->conversationCount() << "conversation(s)";
        fetch->callback(WindowFetch{fetch->aggregator->samples(), fetch->problems});
        return;
    }
    if (++fetch->page > m_maxPages) {
        fetch->callback(windowTooLarge(fetch->start, fetch->end));
        return;
    }
    fetchPage(fetch);
}

} // namespace earshot
