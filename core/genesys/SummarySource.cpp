#include "core/genesys/SummarySource.h"

#include "core/common/Logging.h"
#include "core/genesys/GenesysApiClient.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>
#include <QPointer>

namespace earshot {

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
    // Percent-encoded here so "/" and ":" reach the server as %2F and %3A.
    call.query.addQueryItem(QStringLiteral("interval"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                            isoInterval(windowStart, windowEnd))));
    call.budget = std::make_shared<RetryBudget>(RetryBudget{m_settings.maxRetriesPerWindow});
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
                       const QString text =
                           QCoreApplication::translate(
                               "SummarySource", "GET /api/v2/analytics/quality/summary for %1: %2")
                               .arg(isoInterval(windowStart, windowEnd), parsed.error().message);
                       qCWarning(lcGenesys).noquote() << text;
                       callback(Error{ErrorKind::GenesysData, text});
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
