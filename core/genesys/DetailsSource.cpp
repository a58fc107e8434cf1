#include "core/genesys/DetailsSource.h"

#include "core/common/Logging.h"
#include "core/genesys/GenesysApiClient.h"
#include "core/genesys/QueueDirectory.h"
#include "core/genesys/parse/QualityAggregator.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace earshot {

struct DetailsSource::Fetch
{
    qint64 start = 0;
    qint64 end = 0;
    int page = 1;
    QPointer<QObject> context;
    Callback callback;
    std::unique_ptr<QualityAggregator> aggregator;
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
    QJsonArray filters;
    filters.append(QJsonObject{
        {QLatin1StringView("type"), QStringLiteral("and")},
        {QLatin1StringView("predicates"),
         QJsonArray{QJsonObject{{QLatin1StringView("type"), QStringLiteral("dimension")},
                                {QLatin1StringView("dimension"), QStringLiteral("mediaType")},
                                {QLatin1StringView("operator"), QStringLiteral("matches")},
                                {QLatin1StringView("value"), QStringLiteral("voice")}}}}});
    if (!m_settings.monitoredQueues.isEmpty()) {
        QJsonArray predicates;
        for (const QString &id : m_settings.monitoredQueues)
            predicates.append(
                QJsonObject{{QLatin1StringView("type"), QStringLiteral("dimension")},
                            {QLatin1StringView("dimension"), QStringLiteral("queueId")},
                            {QLatin1StringView("operator"), QStringLiteral("matches")},
                            {QLatin1StringView("value"), id}});
        filters.append(QJsonObject{{QLatin1StringView("type"), QStringLiteral("or")},
                                   {QLatin1StringView("predicates"), predicates}});
    }
    const QJsonObject body{
        {QLatin1StringView("interval"), isoInterval(windowStart, windowEnd)},
        {QLatin1StringView("order"), QStringLiteral("asc")},
        {QLatin1StringView("orderBy"), QStringLiteral("conversationStart")},
        {QLatin1StringView("paging"), QJsonObject{{QLatin1StringView("pageSize"), 100},
                                                  {QLatin1StringView("pageNumber"), page}}},
        {QLatin1StringView("segmentFilters"), filters},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void DetailsSource::fetchWindow(qint64 windowStart, qint64 windowEnd, QObject *context,
                                Callback callback)
{
    auto fetch = std::make_shared<Fetch>();
    fetch->start = windowStart;
    fetch->end = windowEnd;
    fetch->context = context;
    fetch->callback = std::move(callback);
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
    m_api.send(call, this, [this, fetch](const Result<HttpResult> &answer) {
        if (!fetch->context)
            return;
        if (!answer.ok()) {
            fetch->callback(answer.error());
            return;
        }
        const auto page = parseDetailsPage(answer.value().body);
        if (!page.ok()) {
            // A broken page breaks the window: a sample from part of the data would lie.
            fetch->callback(page.error());
            return;
        }
        if (page.value().skipped > 0) {
            const QString problem =
                QCoreApplication::translate("DetailsSource",
                                            "page %1: %2 malformed conversation(s) skipped (%3)")
                    .arg(fetch->page)
                    .arg(page.value().skipped)
                    .arg(page.value().firstProblem);
            qCWarning(lcGenesys).noquote() << problem;
            fetch->problems.append(problem);
        }
        fetch->aggregator->add(page.value());
        if (page.value().conversations.isEmpty() && page.value().skipped == 0) {
            fetch->callback(WindowFetch{fetch->aggregator->samples(), fetch->problems});
            return;
        }
        if (++fetch->page > kMaxPages) {
            fetch->callback(Error{
                QStringLiteral("genesys.toolarge"),
                QCoreApplication::translate("DetailsSource",
                                            "the window has more than 100,000 conversations; the "
                                            "details query cannot page that far")});
            return;
        }
        fetchPage(fetch);
    });
}

SummarySource::SummarySource(GenesysApiClient &api, GenesysSettings settings, QObject *parent)
    : QualitySource(parent)
    , m_api(api)
    , m_settings(std::move(settings))
{
}

void SummarySource::fetchWindow(qint64 windowStart, qint64 windowEnd, QObject *context,
                                Callback callback)
{
    ApiCall call;
    call.path = QStringLiteral("/api/v2/analytics/quality/summary");
    call.query.addQueryItem(QStringLiteral("granularity"), QStringLiteral("FIVE_MINUTES"));
    call.query.addQueryItem(QStringLiteral("interval"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                            isoInterval(windowStart, windowEnd))));
    QPointer<QObject> guard(context);
    const QStringList monitored = m_settings.monitoredQueues;
    m_api.send(call, this,
               [guard, callback = std::move(callback), windowStart, windowEnd,
                monitored](const Result<HttpResult> &answer) {
                   if (!guard)
                       return;
                   if (!answer.ok()) {
                       callback(answer.error());
                       return;
                   }
                   auto parsed = parseQualitySummary(answer.value().body, windowStart, windowEnd);
                   if (!parsed.ok()) {
                       callback(parsed.error());
                       return;
                   }
                   WindowFetch fetch;
                   for (const QualitySample &s : parsed.value().samples) {
                       if (monitored.isEmpty() || monitored.contains(s.queueId))
                           fetch.samples.append(s);
                   }
                   fetch.problems = parsed.value().problems;
                   for (const QString &p : std::as_const(fetch.problems))
                       qCWarning(lcGenesys).noquote() << p;
                   callback(fetch);
               });
}

} // namespace earshot
