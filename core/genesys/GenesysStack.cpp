#include "core/genesys/GenesysStack.h"

#include "core/common/Clock.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

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

void runGenesysCheck(GenesysStack &stack, Clock &clock, QObject *context,
                     std::function<void(const GenesysCheckResult &)> done)
{
    QPointer<QObject> guard(context);
    QueueDirectory *directory = &stack.directory();
    QualitySource *source = &stack.source();
    const qint64 end = stack.poller().latestDueWindowEnd(clock.nowSecs());
    const qint64 start = end - stack.settings().windowSecs;
    directory->refresh(context, [=](const Status &status) {
        GenesysCheckResult result;
        if (!status.ok()) {
            result.error = status.error().message;
            done(result);
            return;
        }
        result.queues = directory->queues();
        source->fetchWindow(start, end, context, [=](const Result<WindowFetch> &fetch) mutable {
            result.windowStart = start;
            result.windowEnd = end;
            if (!fetch.ok()) {
                result.error = fetch.error().message;
            } else {
                result.ok = true;
                result.samples = fetch.value().samples;
                result.problems = fetch.value().problems;
            }
            done(result);
        });
    });
}

namespace {

QString cell(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

QJsonValue json(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString formatCheckTable(const GenesysCheckResult &r)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("GenesysCheck", text);
    };
    if (!r.ok && r.queues.isEmpty())
        return tr("Genesys Cloud check failed: %1\n").arg(r.error);
    QString out = tr("Authenticated. %1 queue(s) visible.\n").arg(r.queues.size());
    if (!r.ok)
        return out + tr("Polling the latest window failed: %1\n").arg(r.error);
    out += tr("Window %1: %2 queue(s) with calls.\n")
               .arg(isoInterval(r.windowStart, r.windowEnd))
               .arg(r.samples.size());
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(tr("Queue"), -32)
               .arg(tr("Calls"), 6)
               .arg(tr("MOS mean"), 9)
               .arg(tr("MOS min"), 8)
               .arg(tr("Loss %"), 7)
               .arg(tr("Jitter ms"), 10)
               .arg(tr("Queue id"));
    for (const QualitySample &s : r.samples)
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg((s.queueName.isEmpty() ? s.queueId : s.queueName).left(32), -32)
                   .arg(s.calls, 6)
                   .arg(cell(s.mosMean, 2), 9)
                   .arg(cell(s.mosMin, 2), 8)
                   .arg(cell(s.packetLossPercent, 2), 7)
                   .arg(cell(s.jitterMs, 1), 10)
                   .arg(s.queueId);
    for (const QString &p : r.problems)
        out += tr("problem: %1\n").arg(p);
    return out;
}

QByteArray formatCheckJson(const GenesysCheckResult &r)
{
    QJsonArray rows;
    for (const QualitySample &s : r.samples)
        rows.append(QJsonObject{{QLatin1StringView("queueId"), s.queueId},
                                {QLatin1StringView("queueName"), s.queueName},
                                {QLatin1StringView("windowStart"), isoUtc(s.windowStart)},
                                {QLatin1StringView("windowEnd"), isoUtc(s.windowEnd)},
                                {QLatin1StringView("calls"), s.calls},
                                {QLatin1StringView("mosMean"), json(s.mosMean)},
                                {QLatin1StringView("mosMin"), json(s.mosMin)},
                                {QLatin1StringView("packetLossPercent"), json(s.packetLossPercent)},
                                {QLatin1StringView("jitterMs"), json(s.jitterMs)}});
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace earshot
